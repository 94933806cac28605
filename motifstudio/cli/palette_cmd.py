"""``motifstudio palette``: recolour a project, list and show bundled palettes,
extract a palette from an image, measure one from a photo of real threads.

The original form ``motifstudio palette PROJECT.motif --to dmc -o OUT`` keeps
working: :func:`route` inserts the ``recolour`` action when the word after
``palette`` is not an action (argparse cannot mix a sub-command with a free
positional in the same place).
"""
from __future__ import annotations

import os
import sys

DESCRIPTION = ("Palettes: recolour a .motif project (DMC threads, a bundled palette or a "
               ".gpl/.ase file), list and show the bundled palettes, extract a palette from "
               "an image, or measure one from a photo of threads or felt beside a white card.")
EPILOG = """forms:
  motifstudio palette PROJECT.motif --to dmc|ID|FILE.gpl|FILE.ase -o OUT.svg|OUT.motif
  motifstudio palette list
  motifstudio palette show ID|FILE
  motifstudio palette extract IMAGE -o OUT.gpl|OUT.ase [--colours N]
  motifstudio palette measure PHOTO --white X,Y,W,H --swatch NAME=X,Y,W,H ... -o OUT.gpl|OUT.ase
"""
ACTIONS = ("recolour", "recolor", "list", "show", "extract", "measure")
_PALETTE_EXTS = (".gpl", ".ase")


def route(argv: list[str]) -> list[str]:
    """Insert ``recolour`` into ``palette PROJECT ...`` (the form without an action)."""
    for i, word in enumerate(argv):
        if not word.startswith("-"):
            break
    else:
        return argv
    if word != "palette" or i + 1 >= len(argv):
        return argv
    nxt = argv[i + 1]
    if nxt in ACTIONS or nxt in ("-h", "--help"):
        return argv
    return argv[:i + 1] + ["recolour"] + argv[i + 1:]


def add_parser(subparsers):
    import argparse

    p = subparsers.add_parser("palette", help="recolour with, list, show, extract or measure "
                              "palettes", description=DESCRIPTION, epilog=EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(palette_help=p.format_help)
    actions = p.add_subparsers(dest="action", metavar="ACTION")

    r = actions.add_parser("recolour", aliases=["recolor"],
                           help="recolour a .motif project (the default action)",
                           description="Recolour a .motif project with DMC threads, a bundled "
                           "palette or a palette file, keeping the lightness order and keeping "
                           "touching colours apart.")
    r.add_argument("input", help="PROJECT.motif")
    r.add_argument("--to", required=True, metavar="PALETTE",
                   help="'dmc' (DMC stranded cotton), a bundled palette id such as "
                        "natural-dye/madder (see 'palette list'), a GIMP .gpl or an Adobe .ase "
                        "file")
    r.add_argument("-o", "--output", required=True, help="OUT.motif or OUT.svg")
    r.add_argument("--min-delta-e", type=float, default=10.0, metavar="DE",
                   help="touching colours should stay at least this far apart (ΔE2000, default 10)")
    r.add_argument("--max-colours", type=int, default=None, metavar="N",
                   help="use at most N colours (threads); the closest colours are merged")
    r.add_argument("--no-lightness-order", action="store_true",
                   help="do not keep the light/dark order of the colours")

    actions.add_parser("list", help="list the bundled palettes (id, colours, kind, name)")

    s = actions.add_parser("show", help="print the colours of a palette")
    s.add_argument("palette", metavar="ID|FILE",
                   help="a bundled palette id (see 'palette list'), a .gpl or an .ase file")

    e = actions.add_parser("extract", help="extract a palette from an image",
                           description="Find the main colours of an image (the colours tracing "
                           "would find) and write them as a palette, darkest first.")
    e.add_argument("image", help="image file (PNG, JPEG, TIFF, BMP, WebP)")
    e.add_argument("-o", "--output", required=True, help="OUT.gpl or OUT.ase")
    e.add_argument("--colours", "--colors", dest="colours", type=int, default=None,
                   metavar="N", help="number of colours (default: chosen automatically)")
    e.add_argument("--max-colours", type=int, default=12, metavar="N",
                   help="most colours of the automatic choice (default 12)")

    m = actions.add_parser("measure", help="measure a palette from a photo of real threads, "
                           "yarns or felt beside a white or grey card",
                           description="Measure the colours of boxes in a photo, white-balanced "
                           "and exposure-corrected by a white (or 18% grey) reference card in "
                           "the same photo. Boxes are X,Y,W,H in pixels of the photo as it is "
                           "displayed (EXIF rotation applied); the outer 20% of each box is "
                           "ignored.")
    m.add_argument("photo", help="photo file (PNG, JPEG, TIFF, BMP, WebP)")
    m.add_argument("--white", required=True, metavar="X,Y,W,H",
                   help="box of the reference card (white, or grey with --reference grey18)")
    m.add_argument("--reference", default="white", metavar="white|grey18|L,A,B",
                   help="what the reference is: a white card (L* 95, default), an 18%% grey "
                        "card, or the card's measured CIELAB")
    m.add_argument("--swatch", action="append", required=True, metavar="NAME=X,Y,W,H",
                   help="a patch to measure (repeat for each)")
    m.add_argument("--adaptation", choices=("bradford", "von_kries", "rgb"), default="bradford",
                   help="white-balance method (default bradford)")
    m.add_argument("-o", "--output", required=True, help="OUT.gpl or OUT.ase")
    return p


def run(args) -> int:
    from .main import EXIT_USAGE

    action = args.action
    if action is None:
        print(args.palette_help(), file=sys.stderr)
        return EXIT_USAGE
    handlers = {"recolour": _recolour, "recolor": _recolour, "list": _list, "show": _show,
                "extract": _extract, "measure": _measure}
    return handlers[action](args)


# --------------------------------------------------------------------------- helpers

def _load_target(spec: str):
    """A palette from 'dmc', a bundled id or a .gpl / .ase file."""
    from ..design.library import load_palette
    from ..design.palettes import read_ase, read_gpl
    from .main import CliError

    ext = os.path.splitext(spec)[1].lower()
    if ext not in _PALETTE_EXTS:
        try:
            return load_palette(spec)
        except ValueError:
            raise CliError(f"{spec}: unknown palette; use 'dmc', a bundled palette id "
                           f"(see 'motifstudio palette list'), a .gpl or an .ase file") from None
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


def _check_output(path: str, exts: tuple[str, ...], what: str) -> None:
    """Fail before any work if *path* cannot be written (nothing is touched)."""
    from .main import CliError

    if os.path.isdir(path):
        raise CliError(f"{path} is a folder; give a file name ending in {what}")
    if os.path.splitext(path)[1].lower() not in exts:
        raise CliError(f"{path}: unknown output format; give a file name ending in {what}")
    out_dir = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(out_dir):
        raise CliError(f"{path}: the folder {out_dir} does not exist")


def _write_palette(palette, path: str) -> None:
    from ..design.palettes import write_ase, write_gpl

    (write_gpl if path.lower().endswith(".gpl") else write_ase)(palette, path)


def _print_swatches(palette, stream) -> None:
    for s in palette.swatches:
        L, a, b = s.lab
        r, g, bl = s.rgb
        print(f"{s.hex}  {r:3d} {g:3d} {bl:3d}  L {L:5.1f} a {a:6.1f} b {b:6.1f}  {s.name}",
              file=stream)


def _load_photo(path: str):
    from ..imaging.load import load_image
    from .main import CliError

    if not os.path.exists(path):
        raise CliError(f"{path}: no such file")
    return load_image(path)   # ImageLoadError is a ValueError naming the file


# --------------------------------------------------------------------------- actions

def _recolour(args) -> int:
    from ..design.recolour import recolour
    from ..export.registry import writer_for
    from ..design.spec import ColourPlan
    from ..project.motif_file import load_project, save_motif
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
    motif, original, spec = load_project(args.input)

    result = recolour(motif, target, min_delta_e=args.min_delta_e,
                      keep_lightness_order=not args.no_lightness_order,
                      max_colours=args.max_colours)
    if is_project:
        # The project keeps the traced motif and records the recolouring as the
        # design's colour plan, so a re-trace, a layout or an export applies it again.
        plan = ColourPlan(target=target, min_delta_e=args.min_delta_e,
                          max_colours=args.max_colours,
                          keep_lightness_order=not args.no_lightness_order)
        save_motif(args.output, motif, original, allow_missing_original=original is None,
                   design=spec.replace(colours=plan))
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


def _list(args) -> int:
    from ..design.library import bundled_palettes
    from .main import EXIT_OK

    infos = bundled_palettes()
    width = max(len(i.id) for i in infos)
    print(f"{'ID':<{width}}  {'COLOURS':>7}  {'KIND':<11}  NAME")
    for i in infos:
        print(f"{i.id:<{width}}  {i.count:>7}  {i.kind:<11}  {i.name}")
    return EXIT_OK


def _show(args) -> int:
    from ..design.library import bundled_palettes
    from .main import EXIT_OK

    palette = _load_target(args.palette)
    key = args.palette.strip().lower()
    info = next((i for i in bundled_palettes() if i.id == key), None)
    if info is not None:
        print(f"{info.id}: {info.name} ({info.kind}, {info.count} colours)")
        print(f"Provenance: {info.provenance}")
        print(f"Licence: {info.licence}")
    else:
        print(f"{args.palette}: {palette.name or os.path.basename(args.palette)} "
              f"({len(palette)} colours)")
    print()
    _print_swatches(palette, sys.stdout)
    return EXIT_OK


def _extract(args) -> int:
    from ..imaging.extract import extract_palette
    from .main import EXIT_OK, CliError

    _check_output(args.output, _PALETTE_EXTS, ".gpl or .ase")
    for flag, value in (("--colours", args.colours), ("--max-colours", args.max_colours)):
        if value is not None and value < 1:
            raise CliError(f"{flag} must be at least 1, got {value}")
    loaded = _load_photo(args.image)
    palette = extract_palette(loaded.rgb, args.colours, max_colours=args.max_colours,
                              name=os.path.basename(args.image))
    _write_palette(palette, args.output)
    _print_swatches(palette, sys.stderr)
    print(f"{args.output}: {len(palette)} colours", file=sys.stderr)
    return EXIT_OK


def _parse_box(text: str, flag: str):
    from .main import CliError

    parts = [p.strip() for p in text.split(",")]
    try:
        box = tuple(int(p) for p in parts)
    except ValueError:
        box = ()
    if len(box) != 4:
        raise CliError(f"{flag} {text!r}: expected X,Y,W,H (four whole numbers of pixels)")
    return box


def _parse_reference(text: str):
    from .main import CliError

    key = text.strip().lower()
    if key in ("white", "grey18", "gray18"):
        return "grey18" if key == "gray18" else key
    try:
        lab = tuple(float(p) for p in key.split(","))
    except ValueError:
        lab = ()
    if len(lab) != 3:
        raise CliError(f"--reference {text!r}: use white, grey18 or L,A,B (the card's CIELAB)")
    return lab


def _measure(args) -> int:
    from ..imaging.measure import measure_swatches
    from .main import EXIT_OK, CliError

    _check_output(args.output, _PALETTE_EXTS, ".gpl or .ase")
    white = _parse_box(args.white, "--white")
    reference = _parse_reference(args.reference)
    boxes = {}
    for item in args.swatch:
        name, sep, spec = item.rpartition("=")
        name = name.strip()
        if not sep or not name:
            raise CliError(f"--swatch {item!r}: expected NAME=X,Y,W,H")
        if name in boxes:
            raise CliError(f"--swatch {name!r} is given twice")
        boxes[name] = _parse_box(spec, f"--swatch {name}")
    loaded = _load_photo(args.photo)
    try:
        palette = measure_swatches(loaded.rgb, white, boxes, reference=reference,
                                   adaptation=args.adaptation,
                                   source=os.path.basename(args.photo))
    except ValueError as exc:
        raise CliError(f"{args.photo}: {exc}") from None
    _write_palette(palette, args.output)
    _print_swatches(palette, sys.stderr)
    print(f"{args.output}: {len(palette)} colours", file=sys.stderr)
    return EXIT_OK
