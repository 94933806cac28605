"""`motifstudio` command line: trace, palette, info, presets (and the GUI launcher)."""
from __future__ import annotations

import argparse
import json
import os
import sys

from .. import __version__
from . import batch_cmd, export_cmd, layout_cmd, palette_cmd
from . import symmetry_cmd
from . import catalogue_cmd
from . import archive_cmd
from ..core.progress import Cancelled

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class CliError(Exception):
    """A problem to report in one line and exit with status 1."""


def _build_parser() -> argparse.ArgumentParser:
    from ..imaging.presets import describe_preset, preset_names
    from .options import add_recipe_flags

    p = argparse.ArgumentParser(prog="motifstudio",
                                description="Digitise and vectorise textile motifs.")
    p.add_argument("--version", action="version", version=f"motifstudio {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    t = sub.add_parser("trace", help="trace an image into an SVG or a .motif project",
                       description="Trace a scan or photo of a motif into exact colour regions.")
    t.add_argument("input", help="image file (PNG, JPEG, TIFF, BMP, WebP)")
    t.add_argument("-o", "--output", required=True, help="OUT.svg or OUT.motif")
    t.add_argument("--preset", choices=preset_names(), metavar="PRESET",
                   help="start from a named recipe: " + "; ".join(
                       f"{n}: {describe_preset(n)}" for n in preset_names()))
    t.add_argument("--title", default="", help="title of the motif (default: the file name)")
    t.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add_recipe_flags(t)

    palette_cmd.add_parser(sub)
    symmetry_cmd.add_parser(sub)
    layout_cmd.add_parser(sub)
    export_cmd.add_parser(sub)
    catalogue_cmd.add_parser(sub)
    archive_cmd.add_parser(sub)
    batch_cmd.add_parser(sub)

    i = sub.add_parser("info", help="describe an image or a .motif project")
    i.add_argument("file")
    i.add_argument("--json", action="store_true", help="print JSON")

    sub.add_parser("presets", help="list the named recipes")

    g = sub.add_parser("gui", help="open the desktop app")
    g.add_argument("file", nargs="?", help="image or .motif project to open")
    # the installer's self-test: open FILE, export an SVG, quit (0 = it works)
    g.add_argument("--smoke-export", metavar="OUT.svg", help=argparse.SUPPRESS)
    return p


def _cmd_trace(args) -> int:
    from ..export.registry import writer_for
    from ..imaging.params import Recipe
    from ..imaging.pipeline import digitise
    from ..imaging.presets import apply_preset
    from .options import recipe_from_args
    from .progressbar import ProgressBar

    if not os.path.exists(args.input):
        raise CliError(f"{args.input}: no such file")
    if os.path.isdir(args.output):
        raise CliError(f"{args.output} is a folder; give a file name ending in .svg or .motif")
    base = apply_preset(args.preset) if args.preset else Recipe()
    recipe = recipe_from_args(args, base).validated()
    is_project = args.output.lower().endswith(".motif")
    writer = None if is_project else writer_for(args.output)  # fail before the long work
    out_dir = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(out_dir):
        raise CliError(f"{args.output}: the folder {out_dir} does not exist")
    bar = ProgressBar(enabled=not args.quiet)
    try:
        result = digitise(args.input, recipe, title=args.title, progress=bar)
    finally:
        bar.close()
    if is_project:
        from ..project.motif_file import save_motif
        save_motif(args.output, result.motif, result.loaded.original)
    else:
        writer.func(result.motif, args.output, None)
    m = result.motif
    if not args.quiet:
        lines = f", {len(m.strokes)} lines" if m.strokes else ""
        print(f"{args.output}: {len(m.palette)} colours, {m.planar_map.n_faces} regions{lines}, "
              f"{m.planar_map.n_segments} segments, {m.size_mm[0]:.0f} × {m.size_mm[1]:.0f} mm",
              file=sys.stderr)
    return EXIT_OK


def _cmd_info(args) -> int:
    path = args.file
    if path.lower().endswith(".motif"):
        from ..project.motif_file import read_project_info
        info = {"kind": "project", **read_project_info(path)}
    else:
        from ..imaging.load import probe_image
        info = {"kind": "image", **probe_image(path)}
    if args.json:
        print(json.dumps(info, indent=2, default=str))
    else:
        width = max(len(k) for k in info)
        for k, v in info.items():
            print(f"{k:<{width}}  {v}")
    return EXIT_OK


def _cmd_presets(args) -> int:
    from ..imaging.presets import describe_preset, preset_names
    for n in preset_names():
        print(f"{n:14} {describe_preset(n)}")
    return EXIT_OK


def _cmd_gui(args) -> int:
    try:
        from ..app.main import run_app
    except ImportError as exc:  # PySide6 or Qt's system libraries missing
        raise CliError(f"the desktop app cannot start ({exc}); the command line still works "
                       "(see `motifstudio --help`)") from None
    if args.smoke_export:
        if not args.file:
            raise CliError("--smoke-export needs a file to open")
        from ..app.main import smoke_test
        return smoke_test(args.file, args.smoke_export)
    return run_app([args.file] if args.file else [])


def main(argv=None) -> int:
    parser = _build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] == "export":
        # its flags depend on the chosen format: it parses its own arguments
        args = argparse.Namespace(command="export", rest=argv[1:])
    else:
        args = parser.parse_args(palette_cmd.route(argv))
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    handlers = {"export": lambda a: export_cmd.main(a.rest), "trace": _cmd_trace, "palette": palette_cmd.run, "layout": layout_cmd.run,
                "symmetry": symmetry_cmd.run, "batch": batch_cmd.run, "catalogue": catalogue_cmd.run,
                "archive": archive_cmd.run,
                "info": _cmd_info, "presets": _cmd_presets, "gui": _cmd_gui}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("motifstudio: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Cancelled:
        print("motifstudio: cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (CliError, ValueError, OSError) as exc:
        # ImageLoadError and ProjectError are ValueErrors with messages naming the file.
        print(f"motifstudio: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:
        print("motifstudio: error: not enough memory; try a smaller --max-working-mp",
              file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
