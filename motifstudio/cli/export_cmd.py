"""``motifstudio export PROJECT.motif --format FMT -o OUT [options]``.

Every format is a writer of :mod:`motifstudio.export.registry`; its options are
declared once (``core.params.param``) and become flags here and controls in the
app's export dialog.  The project's saved design (colours and layout) is what
gets exported; the traced motif in the project is used as it is (no re-trace).
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import sys

from ..core.params import specs

DESCRIPTION = ("Export a .motif project's design for production: print at 1:1, cut templates, "
               "binding plans, stitch files, charts. `motifstudio export --list` shows the "
               "formats; `motifstudio export --format FMT --help` shows a format's options.")


def add_parser(subparsers):
    """Listed in `motifstudio --help`; the arguments are parsed by :func:`main`
    because the flags depend on the chosen format."""
    p = subparsers.add_parser("export", help="export a design: PDF, felt template, ikat plan, "
                                             "stitch files, charts…",
                              description=DESCRIPTION, add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    return p


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _writer(fmt, output):
    from ..export.registry import writer_for
    if fmt:
        return writer_for(fmt)
    if not output:
        raise ValueError("give --format FMT or an output file name with a known extension")
    try:
        return writer_for(output, takes="design")
    except ValueError:
        return writer_for(output)


def build_parser(writer=None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="motifstudio export", description=DESCRIPTION)
    p.add_argument("input", nargs="?", help="PROJECT.motif")
    p.add_argument("-o", "--output", help="the file to write")
    p.add_argument("--format", metavar="FMT", help="a format name (see --list); default: "
                                                   "from the output's extension")
    p.add_argument("--list", action="store_true", help="list the formats and exit")
    if writer is not None and writer.options_type is not None:
        group = p.add_argument_group(f"{writer.name} options")
        for spec in specs(writer.options_type):
            unit = f" [{spec.unit}]" if spec.unit else ""
            # argparse formats help with %: a unit such as "%" must be escaped
            text = ((spec.help or spec.label) + unit + f" (default {spec.default})").replace("%", "%%")
            if spec.kind is bool:
                group.add_argument(_flag(spec.name), dest=spec.name, default=None,
                                   action=argparse.BooleanOptionalAction, help=text)
            elif spec.kind in (int, float, str):
                group.add_argument(_flag(spec.name), dest=spec.name, default=None,
                                   type=spec.kind, choices=spec.choices, help=text,
                                   metavar=None if spec.choices else spec.kind.__name__.upper())
    return p


def list_formats() -> str:
    from ..export.registry import writers
    rows = []
    for w in writers():
        rows.append(f"{w.name:22} {' '.join(w.extensions):12} {w.description}")
    return "\n".join(rows)


def options_from_args(writer, args):
    """The writer's options with the flags given (ValueError naming the flag)."""
    if writer.options_type is None:
        return None
    from ..core.params import validate
    changes = {s.name: getattr(args, s.name) for s in specs(writer.options_type)
               if getattr(args, s.name, None) is not None}
    try:
        return validate(writer.options_type(**changes))
    except ValueError as exc:
        text = str(exc)
        for s in specs(writer.options_type):
            text = text.replace(f"{writer.options_type.__name__}.{s.name}", _flag(s.name))
        raise ValueError(text) from None


def main(argv) -> int:
    from ..design.spec import build_design
    from ..project.motif_file import load_project
    from .main import EXIT_OK, EXIT_USAGE, CliError

    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--format")
    pre.add_argument("-o", "--output")
    pre.add_argument("--list", action="store_true")
    known, _ = pre.parse_known_args(argv)
    if known.list:
        print(list_formats())
        return EXIT_OK
    writer = None
    if known.format or known.output:
        try:
            writer = _writer(known.format, known.output)
        except ValueError as exc:
            if "-h" in argv or "--help" in argv:
                writer = None
            else:
                raise CliError(f"--format: {exc}" if known.format else f"{known.output}: {exc}") \
                    from None
    parser = build_parser(writer)
    args = parser.parse_args(argv)
    if not args.input or not args.output:
        parser.print_usage(sys.stderr)
        print("motifstudio export: error: give PROJECT.motif and -o OUT (or --list)",
              file=sys.stderr)
        return EXIT_USAGE
    if not os.path.exists(args.input):
        raise CliError(f"{args.input}: no such file")
    if not args.input.lower().endswith(".motif"):
        raise CliError(f"{args.input}: not a .motif project (trace an image first)")
    if os.path.isdir(args.output):
        raise CliError(f"{args.output} is a folder; give a file name")
    if os.path.abspath(args.output) == os.path.abspath(args.input):
        raise CliError(f"{args.output}: would overwrite the input project; choose another name")
    out_dir = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(out_dir):
        raise CliError(f"{args.output}: the folder {out_dir} does not exist")
    ext = os.path.splitext(args.output)[1].lower()
    if ext not in writer.extensions:
        raise CliError(f"{args.output}: {writer.name} writes {' or '.join(writer.extensions)} "
                       f"files; change the name or the --format")
    options = options_from_args(writer, args)
    motif, _original, spec = load_project(args.input)
    design = build_design(motif, spec)
    target = design if writer.takes == "design" else design.motif
    writer.func(target, args.output, options)
    for w in design.warnings:
        print(f"motifstudio: warning: {w}", file=sys.stderr)
    W, H = design.size_mm
    print(f"{args.output}: {writer.name}, {W:g} × {H:g} mm", file=sys.stderr)
    return EXIT_OK


def describe(writer) -> dict:
    """Name, extensions and options (defaults) of a writer, for docs and tests."""
    out = {"name": writer.name, "extensions": writer.extensions,
           "description": writer.description, "options": {}}
    if writer.options_type is not None:
        out["options"] = {f.name: f.default for f in dataclasses.fields(writer.options_type)}
    return out
