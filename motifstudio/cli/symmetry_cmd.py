"""``motifstudio symmetry``: find the symmetry a motif was made with, and restore it.

Without ``--apply`` it lists the candidate symmetries.  With ``--apply`` it
adds a ``symmetrise`` correction to the recipe, re-runs the recipe on the
project's untouched original and saves a new project; the input project is
never modified.
"""
from __future__ import annotations

import os
import sys

#: The groups of imaging.symmetry_repair.GROUPS, spelled out so that building the
#: parser does not import the imaging stack (a test keeps the two in step).
SYMMETRIES = ("mirror-v", "mirror-h", "C2", "D2", "C4", "D4")

DESCRIPTION = ("Find the symmetry of a traced motif (mirror-v: left-right mirror, mirror-h: "
               "top-bottom mirror, C2: half turn, D2: both mirrors, C4: quarter turn, D4: quarter "
               "turn and mirrors) and, with --apply, save a copy of the project in which every "
               "pixel takes the majority colour of its symmetric copies.  The repair is stored in "
               "the recipe; the original photo and the input project stay untouched.")


def add_parser(subparsers):
    p = subparsers.add_parser("symmetry", help="find a motif's symmetry and restore it",
                              description=DESCRIPTION)
    p.add_argument("input", help="PROJECT.motif")
    p.add_argument("--apply", metavar="GROUP", choices=("auto",) + SYMMETRIES,
                   help="restore this symmetry: auto (the largest likely one), "
                        + ", ".join(SYMMETRIES))
    p.add_argument("-o", "--output", help="OUT.motif for --apply (a new file; the input is "
                                          "never changed)")
    p.add_argument("--max-shift", type=float, default=0.08, metavar="F",
                   help="look for the centre up to this fraction of the frame away from its "
                        "middle (default 0.08)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return p


def _check_args(args):
    from .main import CliError

    if not os.path.exists(args.input):
        raise CliError(f"{args.input}: no such file")
    if not args.input.lower().endswith(".motif"):
        raise CliError(f"{args.input}: not a .motif project (trace an image first)")
    if not 0 <= args.max_shift <= 0.25:
        raise CliError(f"--max-shift must be between 0 and 0.25, got {args.max_shift}")
    if args.apply and not args.output:
        raise CliError("--apply needs -o OUT.motif (the input project is never changed)")
    if args.output and not args.apply:
        raise CliError("-o is only for --apply; without it the symmetries are listed")
    if args.output:
        out = args.output
        if os.path.isdir(out):
            raise CliError(f"{out} is a folder; give a file name ending in .motif")
        if not out.lower().endswith(".motif"):
            raise CliError(f"{out}: the output must be a .motif project")
        if os.path.realpath(out) == os.path.realpath(args.input) or \
                (os.path.exists(out) and os.path.samefile(out, args.input)):
            raise CliError(f"{out} is the input project; give a new file name "
                           "(the original project is kept as it is)")
        out_dir = os.path.dirname(os.path.abspath(out))
        if not os.path.isdir(out_dir):
            raise CliError(f"{out}: the folder {out_dir} does not exist")


def _choose(candidates, wanted, frame):
    from .main import CliError

    if wanted == "auto":
        likely = [c for c in candidates if c.likely]
        if not likely:
            best = candidates[0]
            raise CliError(f"no likely symmetry (best: {best.name}, score {best.score:.3f}); "
                           "name one with --apply GROUP to restore it anyway")
        return likely[0]
    for c in candidates:
        if c.name == wanted:
            return c
    raise CliError(f"{wanted} needs a square frame; this motif is {frame[0]:.0f} × "
                   f"{frame[1]:.0f} px (straighten it with --aspect 1 when tracing)")


def run(args) -> int:
    from ..imaging.params import Recipe
    from ..imaging.pipeline import digitise, retrace
    from ..imaging.symmetry_repair import detect_symmetry
    from ..project import workspace as ws_mod
    from ..project.motif_file import load_project, save_motif
    from .main import EXIT_OK, CliError
    from .progressbar import ProgressBar

    _check_args(args)
    motif, original, design = load_project(args.input)
    if original is None:
        raise CliError(f"{args.input}: the project holds no original image, so its motif "
                       "cannot be traced again")
    recipe = Recipe.from_dict(motif.recipe)
    name = motif.source.filename if motif.source else None
    bar = ProgressBar(enabled=not args.quiet)
    try:
        traced = digitise(original, recipe, name=name, title=motif.metadata.title, progress=bar)
    finally:
        bar.close()

    # Detection works on the working-resolution regions; the recipe stores frame pixels.
    scale = traced.cleaned.scale
    labels = traced.regions.labels
    frame = (labels.shape[1] / scale, labels.shape[0] / scale)
    candidates = detect_symmetry(labels, max_shift=args.max_shift)
    for c in candidates:
        x, y = (v / scale for v in c.centre)
        print(f"{c.name:<9} score {c.score:.3f}  figure {c.figure:.3f}  "
              f"centre ({x:.1f}, {y:.1f})  {'likely' if c.likely else 'unlikely'}")
    if not args.apply:
        return EXIT_OK

    chosen = _choose(candidates, args.apply, frame)
    if not chosen.likely:
        print(f"motifstudio: warning: {chosen.name} is unlikely (score {chosen.score:.3f}); "
              "the repair may change the design itself", file=sys.stderr)
    centre = tuple(v / scale for v in chosen.centre)
    ws = ws_mod.Workspace(source=traced.loaded, recipe=recipe, metadata=motif.metadata,
                          design=design)
    ws = ws_mod.symmetrise(chosen.name, centre).apply(ws)
    bar = ProgressBar(enabled=not args.quiet)
    try:
        result = retrace(traced, ws.recipe, progress=bar)  # reuses the clean-up and colours
    finally:
        bar.close()
    new = result.motif.replace(metadata=motif.metadata)
    if [s.rgb for s in motif.palette] != [s.rgb for s in traced.motif.palette]:
        print("motifstudio: warning: the project's colours differ from its recipe's (recoloured?); "
              "the repaired project has the recipe's colours", file=sys.stderr)
    for c in result.regions.skipped:
        print(f"motifstudio: warning: the {c.op} correction no longer applies", file=sys.stderr)
    save_motif(args.output, new, original, design=ws.design)  # the layout etc. carry over

    # Colours, not indices: a colour left only in the noise is dropped and the rest renumbered.
    before = traced.regions.palette_rgb[labels]
    changed = int((result.regions.palette_rgb[result.regions.labels] != before).any(-1).sum())
    print(f"{args.output}: {chosen.name} about ({centre[0]:.1f}, {centre[1]:.1f}) px, "
          f"{changed} pixels changed ({100 * changed / labels.size:.1f} %), "
          f"{new.planar_map.n_faces} regions (was {traced.motif.planar_map.n_faces})",
          file=sys.stderr)
    return EXIT_OK
