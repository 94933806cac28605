"""The frozen program's entry point: the same as the ``motifstudio`` console script.
Started with no arguments (a double click) it opens the window."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()      # batch workers are spawned processes
    from motifstudio.cli.main import main
    sys.exit(main(sys.argv[1:] or ["gui"]))
