"""The design quantised to warp bundles x positions along the warp: one colour per cell.

The warp runs down the design (y): bundle ``j`` is the ``j``-th strip of
``W / bundles`` across the width, position ``i`` the ``i``-th step along the
warp.  The design is woven at the loom width, so it is scaled (both ways, the
motif keeps its proportions) by ``loom width / design width``; positions are
real centimetres of the warp.

Each cell takes the colour covering most of its area, measured on a k x k
grid of point samples of the flattened design (:mod:`.sampling`), counted
per cell with one ``bincount``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...core.colour import rgb_to_hex, rgb_to_lab
from ...design.flatten import flatten_design
from ...design.spec import Design
from .sampling import paint_regions

__all__ = ["CellGrid", "quantise", "design_colours", "colour_label", "named"]

#: samples of the design (k x k per cell), kept to a few tens of MB
_MAX_SAMPLES = 4_000_000
_MAX_CELLS = 1_000_000


@dataclass(frozen=True, eq=False)
class CellGrid:
    """``cells[i, j]``: colour index of position ``i`` (along the warp) on bundle ``j``.

    ``colours`` (K, 3) uint8 and ``names`` (K,) are every colour of the design
    (the ground first); ``shares`` each colour's share of the design's area
    (from the samples), ``purity`` the share of its cell the chosen colour covers.
    ``edges_cm`` (P + 1,) are the positions' limits along the warp; ``bundle_cm``
    the width of a bundle on the loom; ``scale`` loom mm per design mm.
    """
    cells: np.ndarray
    colours: np.ndarray
    names: tuple
    shares: np.ndarray
    purity: np.ndarray
    edges_cm: np.ndarray
    bundle_cm: float
    loom_cm: float
    scale: float

    @property
    def n_bundles(self) -> int:
        return int(self.cells.shape[1])

    @property
    def n_positions(self) -> int:
        return int(self.cells.shape[0])

    @property
    def warp_cm(self) -> float:
        return float(self.edges_cm[-1])

    @property
    def lightness(self) -> np.ndarray:
        """CIE L* of each colour."""
        return rgb_to_lab(self.colours)[:, 0].astype(float)


def colour_label(design: Design, rgb) -> str:
    """A colour's name for charts: its palette name (and thread/source), else its hex."""
    rgb = tuple(int(v) for v in rgb)
    for sw in design.motif.palette.swatches:
        if tuple(sw.rgb) == rgb:
            name = sw.name if sw.name != sw.hex else sw.hex
            src = sw.source if sw.source and sw.source not in name and sw.source != "traced" else ""
            return f"{src} {name}".strip()
    return rgb_to_hex(rgb)


def named(name: str, rgb) -> str:
    """"madder #b22228", or just "#b22228" when the colour has no name of its own."""
    hexc = rgb_to_hex(tuple(int(v) for v in rgb))
    return hexc if name == hexc else f"{name} {hexc}"


def design_colours(design: Design, regions) -> tuple:
    """(colours (K, 3) uint8, region colour index (n,)): the ground first, then each
    region colour in order of first appearance (exact rgb identity)."""
    index = {tuple(int(v) for v in design.background): 0}
    reg = np.empty(len(regions), np.int64)
    for i, r in enumerate(regions):
        reg[i] = index.setdefault(tuple(r.rgb), len(index))
    return np.array(list(index), np.uint8).reshape(-1, 3), reg


def _positive(value, what) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number, got {value!r}") from None
    if not (math.isfinite(v) and v > 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return v


def quantise(design: Design, *, bundles: int = 48, step_cm: float = 1.0,
             loom_width_cm: float = 0.0, across: bool = False, samples: int = 8) -> CellGrid:
    """Quantise *design* to *bundles* warp bundles x positions every *step_cm* cm.

    *loom_width_cm* 0 weaves the design at its own width.  *across*: the warp
    runs from the design's left to its right instead of top to bottom (the
    design is laid on the loom turned a quarter turn clockwise, so its left
    edge is the start of the warp and its bottom edge the loom's left).
    *samples* is the most samples per cell along each axis (fewer for a very
    large grid).

    Raises
    ------
    ValueError
        For a bad count or size, or a grid of more than a million cells.
    """
    if isinstance(bundles, bool) or not isinstance(bundles, (int, np.integer)) or bundles < 1:
        raise ValueError(f"bundles must be a whole number of at least 1, got {bundles!r}")
    step_mm = 10.0 * _positive(step_cm, "step_cm")
    W, H = (float(v) for v in design.size_mm)
    if across:
        W, H = H, W
    loom_mm = W if not loom_width_cm else 10.0 * _positive(loom_width_cm, "loom_width_cm")
    scale = loom_mm / W
    n_pos = max(1, math.ceil(H * scale / step_mm - 1e-9))
    if bundles * n_pos > _MAX_CELLS:
        raise ValueError(f"{bundles} bundles x {n_pos} positions is {bundles * n_pos:,} cells: "
                         f"take a longer step (step_cm) or fewer bundles")
    k = int(max(1, min(samples, math.isqrt(_MAX_SAMPLES // (bundles * n_pos)))))
    bw = W / bundles                       # design mm
    sd = step_mm / scale                   # design mm along the warp per position
    dx, dy = bw / k, sd / k
    n_rows = max(1, int(round(H / dy)))    # sample rows: the last cell may be partial
    n_pos = -(-n_rows // k)

    regions = flatten_design(design)
    colours, reg_colour = design_colours(design, regions)
    rings, ring_region = [], []
    for i, r in enumerate(regions):
        # turned: design (x, y) lies at loom (H_design - y, x) = (W - y, x) here
        rings += [np.c_[W - q[:, 1], q[:, 0]] for q in r.rings] if across else list(r.rings)
        ring_region += [i] * len(r.rings)
    top = paint_regions(rings, ring_region, len(regions), (n_rows, bundles * k), dx, dy)
    label = np.where(top >= 0, reg_colour[np.maximum(top, 0)], 0)     # 0: the ground

    K = len(colours)
    row_cell = np.arange(n_rows) // k
    col_cell = np.arange(bundles * k) // k
    cell = (row_cell[:, None] * bundles + col_cell[None, :])
    counts = np.bincount((cell * K + label).ravel(), minlength=n_pos * bundles * K)
    counts = counts.reshape(n_pos, bundles, K)
    cells = counts.argmax(-1).astype(np.int16)            # ties: the lower index
    purity = counts.max(-1) / counts.sum(-1)
    shares = np.bincount(label.ravel(), minlength=K) / label.size
    edges = np.minimum(np.arange(n_pos + 1) * step_mm, H * scale) / 10.0
    edges[-1] = H * scale / 10.0          # the warp's end, even past a rounded-off sliver
    names = tuple(colour_label(design, c) for c in colours)
    return CellGrid(cells=cells, colours=colours, names=names, shares=shares, purity=purity,
                    edges_cm=edges, bundle_cm=loom_mm / bundles / 10.0, loom_cm=loom_mm / 10.0,
                    scale=scale)
