"""``motifstudio layout``: arrange a traced motif at real size (repeat, medallion, rug).

Starts from the layout saved in the project (if any) and changes what the
flags say; writes the whole design (SVG or PNG), its seamless tile
(``--tile``), or the project with the new layout (``.motif``).
"""
from __future__ import annotations

import dataclasses
import os
import sys

DESCRIPTION = ("Arrange a .motif project's motif at real size: an all-over repeat (the 17 "
               "wallpaper groups or block, half-drop, half-brick, brick, mirror), a medallion, "
               "or a rug with frieze borders round a field; with counterchange.")

EXAMPLES = """examples:
  motifstudio layout ram.motif --kind repeat --repeat half-drop --motif-width 120 --size 500x500 -o fabric.svg
  motifstudio layout ram.motif --kind rug --size 1500x2200 --border sidle:150 --border hop:80:motif:30 \\
      --field repeat --repeat block --motif-width 200 --counterchange alternate -o shyrdak.svg
  motifstudio layout ram.motif --kind medallion --rosette 8 --dihedral --size 600x600 -o rosette.png
  motifstudio layout ram.motif --kind repeat --repeat p4m --motif-width 80 --tile -o tile.svg"""


def add_parser(subparsers):
    import argparse
    from ..design.layout import COUNTERCHANGE, FIELDS, KINDS

    p = subparsers.add_parser("layout", help="arrange a motif: repeat, medallion, rug",
                              description=DESCRIPTION, epilog=EXAMPLES,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="PROJECT.motif")
    p.add_argument("-o", "--output", required=True,
                   help="OUT.svg (whole design), OUT.png, or OUT.motif (project with the layout)")
    p.add_argument("--kind", choices=KINDS, help="what to make (default: the project's, else single)")
    p.add_argument("--size", metavar="WxH", help="design size in mm, e.g. 1500x2200")
    p.add_argument("--repeat", metavar="GROUP",
                   help="block, half-drop, half-brick, brick, mirror or a wallpaper group "
                        "(p1 … p6m)")
    p.add_argument("--motif-width", type=float, metavar="MM", help="width of one motif in mm")
    p.add_argument("--spacing", type=float, metavar="MM", help="gap between motifs in mm")
    p.add_argument("--rotation", type=float, metavar="DEG", help="turn the repeat (degrees)")
    p.add_argument("--offset", type=float, metavar="F", help="row shift of 'brick' (0..1)")
    p.add_argument("--rosette", type=int, metavar="N", help="copies in the medallion (1..24)")
    p.add_argument("--dihedral", action="store_true", help="medallion with mirrors (D_n)")
    p.add_argument("--medallion-size", type=float, metavar="F",
                   help="medallion diameter as a fraction of the field's shorter side")
    p.add_argument("--field", choices=FIELDS, help="a rug's field")
    p.add_argument("--border", action="append", metavar="GROUP:WIDTH[:mitre|motif[:GAP]]",
                   help="a frieze border of the rug (outside first; repeat the flag for more); "
                        "GROUP is p111 … p2mm or hop, sidle, jump, step, spinning-hop, "
                        "spinning-sidle, spinning-jump")
    p.add_argument("--no-borders", action="store_true", help="remove the saved borders")
    p.add_argument("--corner-pieces", action="store_true",
                   help="quarter medallions in the rug field's corners")
    p.add_argument("--counterchange", choices=COUNTERCHANGE,
                   help="swap two colours everywhere (all) or on every other copy (alternate)")
    p.add_argument("--swap", nargs=2, metavar=("COLOUR", "COLOUR"),
                   help="the two colours (#rrggbb of the motif) counterchange swaps "
                        "(default: the two largest)")
    p.add_argument("--background", metavar="#RRGGBB", help="ground colour between motifs")
    p.add_argument("--tile", action="store_true", help="write one seamless tile of the repeat")
    p.add_argument("--dpi", type=float, metavar="DPI", help="PNG resolution")
    return p


def _size(text: str):
    from .main import CliError
    parts = text.lower().replace("×", "x").split("x")
    try:
        w, h = (float(v) for v in parts)
    except ValueError:
        raise CliError(f"--size: expected WIDTHxHEIGHT in mm such as 1500x2200, got {text!r}") from None
    if not (w > 0 and h > 0):
        raise CliError(f"--size: width and height must be positive, got {text!r}")
    return (w, h)


def _border(text: str):
    from ..design.layout import Border
    from .main import CliError
    parts = text.split(":")
    if not 2 <= len(parts) <= 4:
        raise CliError(f"--border: expected GROUP:WIDTH[:mitre|motif[:GAP]], got {text!r}")
    group = parts[0].replace("-", " ")
    try:
        from ..design.symmetry import frieze_group_name
        group = frieze_group_name(group)
        width = float(parts[1])
        corners = parts[2] if len(parts) > 2 else "mitre"
        gap = float(parts[3]) if len(parts) > 3 else 0.0
        b = Border(group=group, width_mm=width, corners=corners, gap_mm=gap)
        b.check()
    except ValueError as exc:
        raise CliError(f"--border {text}: {exc}") from None
    return b


def layout_from_args(args, layout):
    """The project's *layout* changed by the flags (ValueError/CliError for bad values)."""
    changes = {}
    if args.kind:
        changes["kind"] = args.kind
    if args.size:
        changes["size_mm"] = _size(args.size)
    if args.field:
        changes["field"] = args.field
    if args.corner_pieces:
        changes["corner_pieces"] = True
    if args.counterchange:
        changes["counterchange"] = args.counterchange
    if args.background:
        changes["background"] = args.background
    if args.no_borders:
        changes["borders"] = ()
    if args.border:
        changes["borders"] = tuple(_border(b) for b in args.border)
    rep = {k: v for k, v in (("group", args.repeat), ("motif_width_mm", args.motif_width),
                             ("spacing_mm", args.spacing), ("rotation_deg", args.rotation),
                             ("offset", args.offset)) if v is not None}
    if rep:
        changes["repeat"] = dataclasses.replace(layout.repeat, **rep)
    med = {k: v for k, v in (("n", args.rosette), ("size", args.medallion_size)) if v is not None}
    if args.dihedral:
        med["dihedral"] = True
    if med:
        changes["medallion"] = dataclasses.replace(layout.medallion, **med)
    # a flag that only makes sense for one kind picks that kind when none is given
    if "kind" not in changes and layout.kind == "single":
        if args.border or args.field:
            changes["kind"] = "rug"
        elif rep:
            changes["kind"] = "repeat"
        elif med:
            changes["kind"] = "medallion"
    out = layout.replace(**changes)
    out.check()
    return out


def run(args) -> int:
    from ..design.spec import build_design
    from ..export.registry import writer_for
    from ..project.motif_file import load_project, save_motif
    from .main import EXIT_OK, CliError

    if not os.path.exists(args.input):
        raise CliError(f"{args.input}: no such file")
    if not args.input.lower().endswith(".motif"):
        raise CliError(f"{args.input}: not a .motif project (trace an image first)")
    if os.path.isdir(args.output):
        raise CliError(f"{args.output} is a folder; give a file name ending in .svg, .png "
                       "or .motif")
    if os.path.abspath(args.output) == os.path.abspath(args.input):
        raise CliError(f"{args.output}: would overwrite the input project; choose another name")
    out_dir = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(out_dir):
        raise CliError(f"{args.output}: the folder {out_dir} does not exist")
    is_project = args.output.lower().endswith(".motif")
    if is_project and args.tile:
        raise CliError("--tile writes an image (.svg or .png), not a project")
    writer = None
    if not is_project:
        ext = os.path.splitext(args.output)[1].lower()
        try:
            names = {".svg": ("design-svg", "tile-svg"), ".png": ("png", "tile-png")}
            writer = writer_for(names[ext][bool(args.tile)]) if ext in names \
                else writer_for(args.output, takes="design")
        except ValueError as exc:
            raise CliError(f"{args.output}: {exc}") from None
        if writer.takes != "design":
            raise CliError(f"{args.output}: {writer.name} writes a motif, not a design")
    motif, original, spec = load_project(args.input)
    spec = spec.replace(layout=layout_from_args(args, spec.layout))
    if args.swap:
        spec = spec.replace(swap=tuple(args.swap))
    design = build_design(motif, spec)
    if is_project:
        save_motif(args.output, motif, original, allow_missing_original=original is None,
                   design=spec)
    else:
        options = None
        if args.dpi is not None and writer.options_type is not None and \
                "dpi" in {f.name for f in dataclasses.fields(writer.options_type)}:
            options = writer.options_type(dpi=args.dpi)
        writer.func(design, args.output, options)
    for w in design.warnings:
        print(f"motifstudio: warning: {w}", file=sys.stderr)
    if args.tile:
        from ..export.design_svg import tile_design
        design = tile_design(design)
    W, H = design.size_mm
    what = "seamless tile" if args.tile else spec.layout.kind
    print(f"{args.output}: {what}, {W:.1f} × {H:.1f} mm, "
          f"{design.composition.n_instances} copies", file=sys.stderr)
    return EXIT_OK
