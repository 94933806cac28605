"""``motifstudio palette``: recolour a project with a thread or palette-file palette."""
from __future__ import annotations

import os
import sys

DESCRIPTION = ("Recolour a .motif project with DMC threads or a palette file (.gpl, .ase), "
               "keeping the lightness order and keeping touching colours apart.")


def add_parser(subparsers):
    p = subparsers.add_parser("palette", help="recolour a .motif project with a palette",
                              description=DESCRIPTION)
    p.add_argument("input", help="PROJECT.motif")
    p.add_argument("--to", required=True, metavar="PALETTE",
                   help="'dmc' (DMC stranded cotton), a GIMP .gpl or an Adobe .ase file")
    p.add_argument("-o", "--output", required=True, help="OUT.motif or OUT.svg")
    p.add_argument("--min-delta-e", type=float, default=10.0, metavar="DE",
                   help="touching colours should stay at least this far apart (ΔE2000, default 10)")
    p.add_argument("--max-colours", type=int, default=None, metavar="N",
                   help="use at most N colours (threads); the closest colours are merged")
    p.add_argument("--no-lightness-order", action="store_true",
                   help="do not keep the light/dark order of the colours")
    return p


def _load_target(spec: str):
    from ..design.palettes import load_dmc, read_ase, read_gpl
    from .main import CliError

    if spec.strip().lower() == "dmc":
        return load_dmc()
    ext = os.path.splitext(spec)[1].lower()
    if ext not in (".gpl", ".ase"):
        raise CliError(f"{spec}: unknown palette; use 'dmc', a .gpl or an .ase file")
    if not os.path.isfile(spec):
        raise CliError(f"{spec}: no such file")
    try:
        palette = read_gpl(spec) if ext == ".gpl" else read_ase(spec)
    except (ValueError, UnicodeError) as exc:
        why = " ".join(str(exc).split())
        raise CliError(f"{spec}: not a valid palette file ({why})") from None
    if len(palette) == 0:
        raise CliError(f"{spec}: the palette has no colours")
    return palette


def run(args) -> int:
    from ..design.recolour import recolour
    from ..export.registry import writer_for
    from ..project.motif_file import load_motif, save_motif
    from .main import EXIT_OK, CliError

    if not os.path.exists(args.input):
        raise CliError(f"{args.input}: no such file")
    if not args.input.lower().endswith(".motif"):
        raise CliError(f"{args.input}: not a .motif project (trace an image first)")
    if os.path.isdir(args.output):
        raise CliError(f"{args.output} is a folder; give a file name ending in .svg or .motif")
    if args.max_colours is not None and args.max_colours < 1:
        raise CliError(f"--max-colours must be at least 1, got {args.max_colours}")
    if not args.min_delta_e >= 0:
        raise CliError(f"--min-delta-e must be zero or more, got {args.min_delta_e}")
    is_project = args.output.lower().endswith(".motif")
    writer = None if is_project else writer_for(args.output)
    out_dir = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(out_dir):
        raise CliError(f"{args.output}: the folder {out_dir} does not exist")
    target = _load_target(args.to)
    motif, original = load_motif(args.input)

    result = recolour(motif, target, min_delta_e=args.min_delta_e,
                      keep_lightness_order=not args.no_lightness_order,
                      max_colours=args.max_colours)
    if is_project:
        save_motif(args.output, result.motif, original,
                   allow_missing_original=original is None)
    else:
        writer.func(result.motif, args.output, None)

    for s, t in sorted(result.mapping.items()):
        sw = target[t]
        label = f"{sw.source} {sw.name}" if sw.source and sw.source != sw.name else sw.name
        print(f"{motif.palette[s].hex} → {label} ({sw.hex})", file=sys.stderr)
    for w in result.warnings:
        print(f"motifstudio: warning: {w}", file=sys.stderr)
    print(f"{args.output}: {len(result.motif.palette)} colours", file=sys.stderr)
    return EXIT_OK
