"""The ikat (abr) binding plan: which parts of each warp bundle to tie before each dye bath.

In ikat the warp is dyed before weaving.  The threads are grouped in bundles;
before each dye bath the parts of each bundle that must keep their present
colour are bound with resist and the rest takes the dye.  Baths go from the
lightest colour to the darkest, and the lightest colour of the design is the
undyed yarn itself (no bath).

Model (a simplification, as in planning practice)
-------------------------------------------------
Real overdyeing mixes: yellow under red gives orange.  A plan names each bath
by the colour it *results in* where the yarn is unbound, so we take each bath
to replace the colour where the warp is free.  A cell that is to end as the
colour of bath ``k`` (0: the undyed yarn) is then:

* ``tying="overdye"`` (the default, the least tying): free for baths 1..k and
  tied before bath k + 1 until the end.  Ties are only ever added; all are
  cut after the last bath.
* ``tying="single-bath"``: exposed to bath k only -- tied from the start,
  its tie cut before bath k and tied again before bath k + 1.  More work,
  but each colour is dyed on clean yarn (pure hues).

Either way the cell ends as the colour of the last bath it was free in, which
is what :func:`simulate` replays and what the tests rebuild from the CSV.

Reachability: every colour except the yarn needs a bath; a bath can only
darken (CIE L* never rises along the order, and no bath is lighter than the
yarn); there are at most ``max_baths`` baths.  Anything else is a
``ValueError`` that says which colour cannot be made and why.

Mirror fold: the warp may be folded in half across its width so each tie
binds bundle ``j`` and its mirror ``N - 1 - j`` at once; the plan then covers
the first half of the bundles.  Only a design that is mirror-symmetric across
the width can be bound folded: the quantised halves are compared, and more
than ``fold_tolerance`` % of cells differing is refused (fewer is a warning:
the right half will copy the left).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.colour import hex_to_rgb8, rgb_to_hex, rgb_to_lab
from ...core.params import param, validate
from ...design.spec import Design
from .cells import CellGrid, named, quantise

__all__ = ["IkatOptions", "IkatPlan", "plan_ikat", "simulate", "segment_table", "MAX_BATHS"]

MAX_BATHS = 7
_L_TOL = 0.5          # L* units: "the same lightness" for the dye-order checks


@dataclass(frozen=True)
class IkatOptions:
    bundles: int = param(48, label="Warp bundles", minimum=2, maximum=400,
                         help="Bundles of warp threads across the width, each tied as one.")
    step_cm: float = param(1.0, label="Position step", unit="cm", minimum=0.2, maximum=20.0,
                           help="Length of one cell along the warp.")
    loom_width_cm: float = param(0.0, label="Loom width", unit="cm", minimum=0.0, maximum=400.0,
                                 help="Width of the warp on the loom; the design is scaled to it. "
                                      "0: the design's own width.")
    warp: str = param("down", label="Warp runs", choices=("down", "across"),
                      help="down: the warp runs from the top of the design to the bottom. "
                           "across: from its left to its right (the design is laid on the loom "
                           "a quarter turn clockwise).")
    max_baths: int = param(MAX_BATHS, label="Most dye baths", minimum=1, maximum=MAX_BATHS,
                           help="How many dye baths the workshop will do (the undyed yarn is "
                                "one colour more).")
    yarn: str = param("", label="Undyed yarn", help="#rrggbb of the undyed yarn. Empty: the "
                      "lightest colour of the design is the undyed yarn.")
    dye_order: str = param("", label="Dye order", help="Bath colours, lightest first, as "
                           "#rrggbb separated by commas. Empty: every colour but the yarn, "
                           "light to dark by CIE L*.")
    tying: str = param("overdye", label="Tying", choices=("overdye", "single-bath"),
                       help="overdye: a cell is tied once, after its own bath (least work). "
                            "single-bath: a cell is free only in its own bath (pure colours, "
                            "more ties).")
    mirror_fold: bool = param(False, label="Mirror fold", help="Fold the warp in half across "
                              "its width and tie both halves at once (the design must be "
                              "mirror-symmetric left to right).")
    # no unit="%": argparse would read it as a format in the generated --help
    fold_tolerance: float = param(1.0, label="Fold tolerance (% of cells)", minimum=0.0,
                                  maximum=20.0, advanced=True,
                                  help="Per cent of the cells that may differ between the two "
                                       "halves of a folded warp.")


@dataclass(frozen=True, eq=False)
class IkatPlan:
    """A binding plan.

    ``grid``: the quantised design (all bundles).  ``yarn``: the colour index
    of the undyed yarn in ``grid.colours`` (-1: a yarn colour the design does
    not use, ``yarn_rgb``).  ``baths``: the colour index of each bath, in
    order.  ``target[i, j]``: the bath whose colour cell (i, j) ends with
    (0: the yarn), all bundles.  ``bundles``: the bundle numbers (0-based) the
    plan ties (the first half when folded).  ``bound[b]``: the cells of those
    bundles tied during bath ``b + 1``.  ``segments``: a structured array
    (bath, bundle, p0, p1, release) of runs of cells [p0, p1) along one
    bundle tied (release False) or cut free (release True) before a bath.
    """
    grid: CellGrid
    yarn: int
    yarn_rgb: tuple
    baths: tuple
    target: np.ndarray
    bundles: np.ndarray
    bound: np.ndarray
    segments: np.ndarray
    tying: str
    folded: bool
    warnings: tuple = ()

    @property
    def n_baths(self) -> int:
        return len(self.baths)

    def bath_rgb(self, b: int) -> tuple:
        """Colour after bath *b* (0: the undyed yarn)."""
        if b == 0:
            return tuple(self.yarn_rgb)
        return tuple(int(v) for v in self.grid.colours[self.baths[b - 1]])

    def bath_name(self, b: int) -> str:
        if b == 0:
            return self.grid.names[self.yarn] if self.yarn >= 0 else rgb_to_hex(self.yarn_rgb)
        return self.grid.names[self.baths[b - 1]]

    def ties(self) -> np.ndarray:
        """Number of ties made before each bath (bind segments), (n_baths,)."""
        s = self.segments
        return np.bincount(s["bath"][~s["release"]] - 1, minlength=self.n_baths)


_SEG = np.dtype([("bath", np.int32), ("bundle", np.int32), ("p0", np.int32), ("p1", np.int32),
                 ("release", bool)])


def _parse_hex_list(text: str, what: str) -> list:
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(hex_to_rgb8(part))
        except ValueError:
            raise ValueError(f"IkatOptions.{what}: {part!r} is not a #rrggbb colour") from None
    return out


def _runs(mask: np.ndarray) -> tuple:
    """Runs of True along axis 0 of a (P, N) mask: (column, start, stop), column-major."""
    P, N = mask.shape
    m = np.zeros((N, P + 2), np.int8)
    m[:, 1:-1] = mask.T
    d = np.diff(m, axis=1)
    col, start = np.nonzero(d == 1)
    _, stop = np.nonzero(d == -1)
    return col, start, stop


def _colour_list(grid: CellGrid, idx) -> str:
    return ", ".join(named(grid.names[i], grid.colours[i]) for i in idx)


def plan_ikat(design: Design, options: Optional[IkatOptions] = None, *,
              grid: Optional[CellGrid] = None) -> IkatPlan:
    """The binding plan of *design* (see the module docstring).

    *grid* reuses a quantisation made with the same options.

    Raises
    ------
    ValueError
        For bad options, or when a colour of the design cannot be reached by
        the baths, or a folded warp for a design that is not mirror-symmetric.
    """
    options = validate(options or IkatOptions())
    if grid is None:
        grid = quantise(design, bundles=options.bundles, step_cm=options.step_cm,
                        loom_width_cm=options.loom_width_cm, across=options.warp == "across")
    warnings = []
    L = grid.lightness
    used = np.flatnonzero(np.bincount(grid.cells.ravel(), minlength=len(grid.colours)))
    lost = [i for i in range(len(grid.colours)) if i not in used and grid.shares[i] > 0]
    if lost:
        warnings.append(f"too small to show at {grid.n_bundles} bundles x {options.step_cm:g} cm: "
                        + _colour_list(grid, lost))

    # the undyed yarn
    yarns = _parse_hex_list(options.yarn, "yarn")
    if len(yarns) > 1:
        raise ValueError(f"IkatOptions.yarn: one colour, got {options.yarn!r}")
    if yarns:
        yarn_rgb = tuple(yarns[0])
        hit = [i for i in used if tuple(grid.colours[i]) == yarn_rgb]
        yarn = hit[0] if hit else -1
        yarn_L = float(rgb_to_lab(np.array(yarn_rgb, np.uint8))[0])
    else:
        yarn = int(used[np.argmax(L[used])])          # first of equals: the lower index
        yarn_rgb = tuple(int(v) for v in grid.colours[yarn])
        yarn_L = float(L[yarn])

    # the baths
    need = [int(i) for i in used if i != yarn]
    if options.dye_order.strip():
        order = []
        for rgb in _parse_hex_list(options.dye_order, "dye_order"):
            hit = [i for i in range(len(grid.colours)) if tuple(grid.colours[i]) == tuple(rgb)]
            if not hit:
                raise ValueError(f"the dye order names {rgb_to_hex(rgb)}, which is not a colour "
                                 f"of the design (its colours: {_colour_list(grid, used)})")
            if hit[0] == yarn:
                raise ValueError(f"the dye order names {rgb_to_hex(rgb)}, the undyed yarn: it "
                                 f"needs no bath")
            if hit[0] in order:
                raise ValueError(f"the dye order names {rgb_to_hex(rgb)} twice")
            order.append(hit[0])
        missing = [i for i in need if i not in order]
        if missing:
            raise ValueError("no bath makes " + _colour_list(grid, missing)
                             + ": add it to the dye order or it cannot be reached")
        unused = [i for i in order if i not in need]
        if unused:
            warnings.append("the dye order has baths no cell needs: " + _colour_list(grid, unused))
    else:
        order = sorted(need, key=lambda i: (-L[i], i))
    if len(order) > options.max_baths:
        raise ValueError(
            f"the design needs {len(order)} dye baths ({len(need) + 1} colours with the undyed "
            f"yarn) but IkatOptions.max_baths is {options.max_baths}: reduce the design to "
            f"{options.max_baths + 1} colours or allow more baths (up to {MAX_BATHS})")
    for b, i in enumerate(order):
        if L[i] > yarn_L + _L_TOL:
            raise ValueError(
                f"bath {b + 1}, {rgb_to_hex(grid.colours[i])} ({grid.names[i]}, L* {L[i]:.0f}), is "
                f"lighter than the undyed yarn {rgb_to_hex(yarn_rgb)} (L* {yarn_L:.0f}): a dye "
                f"bath can only darken the yarn")
        if b and L[i] > L[order[b - 1]] + _L_TOL:
            raise ValueError(
                f"bath {b + 1}, {rgb_to_hex(grid.colours[i])} ({grid.names[i]}, L* {L[i]:.0f}), is "
                f"lighter than bath {b}, {rgb_to_hex(grid.colours[order[b - 1]])} (L* "
                f"{L[order[b - 1]]:.0f}): a bath can only darken, so dye the lighter colour first")
    n = len(order)
    if n == 0:
        warnings.append("the design has one colour: the undyed yarn, nothing to dye")

    bath_of = np.full(len(grid.colours), -1, np.int64)
    if yarn >= 0:
        bath_of[yarn] = 0
    bath_of[order] = np.arange(1, n + 1)
    target = bath_of[grid.cells]

    N = grid.n_bundles
    bundles = np.arange(N)
    if options.mirror_fold:
        if N % 2:
            raise ValueError(f"a folded warp needs an even number of bundles, got {N}")
        half = N // 2
        differ = target[:, :half] != target[:, ::-1][:, :half]
        share = 100.0 * differ.mean()
        if share > options.fold_tolerance:
            i, j = (int(v) for v in np.argwhere(differ)[0])
            raise ValueError(
                f"the design is not mirror-symmetric across the width: {share:.1f} % of the cells "
                f"differ between the two halves (first at {grid.edges_cm[i]:g} cm, bundles "
                f"{j + 1} and {N - j}); the mirror fold needs at most {options.fold_tolerance:g} %")
        if differ.any():
            warnings.append(f"mirror fold: {differ.sum()} cells ({share:.1f} %) differ between the "
                            f"halves; the right half will copy the left")
        bundles = np.arange(half)
    planned = target[:, bundles]

    b = np.arange(1, n + 1)[:, None, None]
    bound = (planned[None] < b) if options.tying == "overdye" else (planned[None] != b)
    before = np.concatenate([np.zeros((1,) + planned.shape, bool), bound[:-1]]) if n else bound
    parts = []
    for release, mask in ((False, bound & ~before), (True, before & ~bound)):
        for k in range(n):
            col, p0, p1 = _runs(mask[k])
            seg = np.empty(len(col), _SEG)
            seg["bath"], seg["bundle"], seg["p0"], seg["p1"] = k + 1, bundles[col], p0, p1
            seg["release"] = release
            parts.append(seg)
    segs = np.concatenate(parts) if parts else np.empty(0, _SEG)
    segs = segs[np.lexsort((segs["p0"], segs["bundle"], ~segs["release"], segs["bath"]))]
    return IkatPlan(grid=grid, yarn=int(yarn), yarn_rgb=tuple(int(v) for v in yarn_rgb),
                    baths=tuple(int(i) for i in order), target=target, bundles=bundles,
                    bound=bound, segments=segs, tying=options.tying,
                    folded=bool(options.mirror_fold), warnings=tuple(warnings))


def simulate(plan: IkatPlan) -> np.ndarray:
    """Replay the baths on the tied bundles: (P, len(plan.bundles), 3) uint8, each cell's
    colour after the last bath (start undyed; every bath dyes what is not tied)."""
    P = plan.grid.n_positions
    out = np.empty((P, len(plan.bundles), 3), np.uint8)
    out[:] = plan.yarn_rgb
    for b in range(plan.n_baths):
        out[~plan.bound[b]] = plan.bath_rgb(b + 1)
    return out


def segment_table(plan: IkatPlan) -> list:
    """The segments as rows: (bath, colour hex, bundle (1-based), from cm, to cm, action,
    colour name),
    ordered by bath, cuts before ties, bundle and position."""
    e = plan.grid.edges_cm
    rows = []
    for s in plan.segments.tolist():
        bath, bundle, p0, p1, release = s
        rows.append((bath, rgb_to_hex(plan.bath_rgb(bath)), bundle + 1, float(e[p0]), float(e[p1]),
                     "release" if release else "bind", plan.bath_name(bath)))
    return rows
