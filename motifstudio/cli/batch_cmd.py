"""``motifstudio batch IN_DIR --out DIR``: digitise a whole folder of scans with one recipe.

The work is done by :func:`motifstudio.project.batch.run_batch`; this module
parses the flags, draws a progress bar over the files, reports each failure
in one line on stderr and ends with a summary line.  Exit status: 0 when
every file is done (digitised now or skipped as already done), 1 when some
failed, 130 when interrupted (Ctrl-C or SIGTERM; the files finished so far
stay done and a rerun continues).
"""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading


def add_parser(sub) -> None:
    from ..imaging.presets import describe_preset, preset_names
    from ..project.batch import IMAGE_EXTENSIONS, MANIFEST_NAME
    from .options import add_recipe_flags

    exts = ", ".join(e.lstrip(".") for e in IMAGE_EXTENSIONS)
    b = sub.add_parser(
        "batch", help="digitise every image in a folder into .motif projects",
        description=(f"Digitise every image under IN_DIR (recursively; {exts}, any case) with "
                     "one recipe, in parallel, into OUT/<relative path>.motif (the original "
                     f"kept inside). A manifest OUT/{MANIFEST_NAME} records every file; a rerun "
                     "skips files already done with the same input and recipe. One failing "
                     "file does not stop the others."))
    b.add_argument("in_dir", metavar="IN_DIR", help="folder of scans or photos")
    b.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    b.add_argument("--preset", choices=preset_names(), metavar="PRESET",
                   help="one named recipe for every file: " + "; ".join(
                       f"{n}: {describe_preset(n)}" for n in preset_names()))
    b.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes on this computer (default: min(2, number of cores))")
    b.add_argument("--dask", metavar="ADDRESS", default=None,
                   help="run on a Dask distributed scheduler (e.g. tcp://host:8786) instead "
                        "of local processes; its workers must see IN_DIR and DIR under the "
                        "same paths (needs the 'archive' extra)")
    b.add_argument("--catalogue", metavar="PATH", default=None,
                   help="also add each digitised project to this catalogue (SQLite file, "
                        "created if missing), once per original (SHA-256): a rerun adds "
                        "what an interrupted run did not")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    add_recipe_flags(b)  # includes --width-mm


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """Make SIGTERM cancel like Ctrl-C, so a terminated batch stops its workers cleanly."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


@contextlib.contextmanager
def _dask_executor(address):
    if address is None:
        yield None, None
        return
    try:
        from distributed import Client
    except ImportError:
        raise ValueError("--dask needs the 'distributed' package: "
                         "pip install 'motifstudio[archive]'") from None
    with Client(address) as client:
        threads = sum(client.nthreads().values()) or 1
        yield client.get_executor(pure=False), 2 * threads


def run(args) -> int:
    from ..imaging.params import Recipe
    from ..imaging.presets import apply_preset
    from ..project.batch import FAILED, run_batch
    from .main import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, CliError
    from .options import recipe_from_args
    from .progressbar import ProgressBar

    if not os.path.isdir(args.in_dir):
        raise CliError(f"{args.in_dir}: no such folder")
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise CliError(f"{args.out} is a file; give a folder for the projects")
    if args.workers is not None and args.workers < 1:
        raise CliError(f"--workers must be at least 1, got {args.workers}")
    base = apply_preset(args.preset) if args.preset else Recipe()
    recipe = recipe_from_args(args, base).validated()

    bar = ProgressBar(enabled=not args.quiet)

    def say(text: str) -> None:
        if bar.enabled and bar.tty:
            sys.stderr.write("\n")
        print(f"motifstudio: batch: {text}", file=sys.stderr)

    with contextlib.ExitStack() as stack:
        adder = None
        if args.catalogue:
            adder = _CatalogueAdder(args.catalogue, args.out, say)
            stack.callback(adder.close)

        def on_result(res) -> None:
            if res.status == FAILED:
                say(f"{res.input}: failed: {res.error}")
            elif adder is not None:
                adder(res)  # here in the parent: the catalogue has one writer

        try:
            with _sigterm_as_interrupt(), _dask_executor(args.dask) as (executor, inflight):
                summary = run_batch(args.in_dir, args.out, recipe, workers=args.workers,
                                    executor=executor, inflight=inflight, progress=bar,
                                    on_result=on_result)
        finally:
            bar.close()
    total = len(summary.results) + len(summary.pending)
    line = (f"batch: {total} file(s): {summary.n_ok} digitised, {summary.n_skipped} already "
            f"done, {summary.n_failed} failed")
    if summary.cancelled:
        line += f", {len(summary.pending)} not done (interrupted; run again to continue)"
    if adder is not None:
        line += f"; catalogue: {adder.added} added, {adder.present} already there"
        if adder.errors:
            line += f", {adder.errors} could not be added"
    if not args.quiet or summary.n_failed or summary.cancelled or (adder and adder.errors):
        print(f"{line}; manifest {summary.manifest}", file=sys.stderr)
    if summary.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_ERROR if summary.n_failed or (adder is not None and adder.errors) else EXIT_OK


class _CatalogueAdder:
    """Adds each project done to a catalogue, once per original, from the parent process."""

    def __init__(self, path, out_dir, say):
        from ..catalogue import Catalogue

        self.cat = Catalogue(path)
        self.out_dir = out_dir
        self.say = say
        self.added = self.present = self.errors = 0

    def __call__(self, res) -> None:
        from ..catalogue.exchange.lookup import record_with_original
        from ..catalogue.ingest import add_project

        try:
            if res.sha256 and record_with_original(self.cat, res.sha256) is not None:
                self.present += 1
                return
            add_project(self.cat, os.path.join(self.out_dir, *res.output.split("/")))
            self.added += 1
        except Exception as exc:  # noqa: BLE001 -- report, and go on with the batch
            self.errors += 1
            self.say(f"{res.input}: not added to the catalogue: {exc}")

    def close(self) -> None:
        self.cat.close()
