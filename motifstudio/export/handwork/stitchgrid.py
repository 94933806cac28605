"""The design quantised to a cross-stitch grid of DMC threads, and thread estimates.

One full cross per fabric square.  The grid is ``stitches_across`` squares
wide (default: the design width at the fabric count) and as many rows as
keep the squares square.  Each square gets the colour most of it shows:
3 x 3 points of the square are sampled (:func:`~.paint.sample_items`) and
the majority wins, the centre point breaking ties.  Colours are mapped to
DMC threads first (so two design colours that map to one thread vote
together): a colour taken from a DMC swatch keeps that thread, any other
goes to the nearest DMC colour by CIEDE2000
(:func:`~motifstudio.design.palettes.nearest`).  Centreline strokes are
stitched at least one square wide, so line drawings survive quantisation.

Thread estimate (documented in the chart's legend)
--------------------------------------------------
A full cross on fabric of ``count`` squares per inch has a square side
``s = 25.4 / count`` mm.  Its thread path is the two diagonals on the front
plus two sides on the back, ``(2 * sqrt(2) + 2) * s`` (4.83 s); half as much
again is added for starting and ending tails, travel and waste, so a cross
uses ``THREAD_FACTOR * s = 7.24 s`` of working thread: 13.1 mm at 14-count.
A skein is 8 m of 6-strand floss; split for ``strands`` strands it gives
``8 m * 6 / strands`` of working thread (24 m at 2 strands), so one skein
covers about 1,830 crosses at 14-count with 2 strands (published rules of
thumb range from 1,500 to 2,500).  Skeins per colour are rounded up.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.colour import rgb_to_lab
from ...core.params import param, validate
from ...design.palettes import load_dmc, nearest
from ...design.spec import Design
from .paint import paint_list, sample_items

__all__ = ["COUNTS", "StitchGridOptions", "Thread", "StitchGrid", "stitch_grid",
           "thread_per_stitch_mm", "skeins", "grid_image", "grid_preview", "finished_size_cm", "SKEIN_M", "THREAD_FACTOR",
           "MAX_STITCHES"]

COUNTS = (11, 14, 16, 18)
SKEIN_M = 8.0                               # one DMC skein: 8 m of 6-strand floss
SKEIN_STRANDS = 6
#: thread per cross in square sides: path (2 sqrt 2 + 2) plus 50 % for tails and travel
THREAD_FACTOR = (2 * math.sqrt(2) + 2) * 1.5
MAX_STITCHES = 1_500_000                    # ~ a 150 x 220 cm rug at 14-count
_SAMPLES = 3                                # samples per square along each axis


@dataclass(frozen=True)
class StitchGridOptions:
    count: int = param(14, label="Fabric count", unit="squares/inch", choices=COUNTS,
                       help="Aida squares per inch (cross stitches per inch).")
    stitches_across: Optional[int] = param(None, kind=int, label="Stitches across",
                                           minimum=2, maximum=2000,
                                           help="Width of the chart in stitches; default: the "
                                                "design's width at the fabric count.")
    skip_background: bool = param(False, label="Leave the background unstitched",
                                  help="Squares of the design's background colour stay empty "
                                       "(the fabric shows; choose fabric of that colour).",
                                  advanced=True)


def check_grid_options(options, cls) -> object:
    """Validate (declared ranges and the fabric count); return the options."""
    options = validate(options if options is not None else cls())
    if options.count not in COUNTS:
        raise ValueError(f"{cls.__name__}.count must be one of "
                         f"{', '.join(map(str, COUNTS))} squares per inch, got {options.count!r}")
    return options


@dataclass(frozen=True)
class Thread:
    """A DMC thread: ``number`` (``"310"``, ``"B5200"``, ``"Ecru"``), its colour name and rgb."""
    number: str
    name: str
    rgb: tuple

    @property
    def label(self) -> str:
        return f"DMC {self.number}"


@dataclass(frozen=True, eq=False)
class StitchGrid:
    """``cells[row, col]`` = index into ``threads`` (-1: no stitch); ``count`` squares
    per inch; ``cell_mm`` the design mm one square stands for (x, y)."""
    cells: np.ndarray
    threads: tuple
    count: int
    cell_mm: tuple
    design_size_mm: tuple

    @property
    def shape(self) -> tuple:
        return self.cells.shape

    @property
    def across(self) -> int:
        return int(self.cells.shape[1])

    @property
    def down(self) -> int:
        return int(self.cells.shape[0])

    def counts(self) -> np.ndarray:
        """Stitches per thread."""
        c = self.cells[self.cells >= 0]
        return np.bincount(c, minlength=len(self.threads))

    @property
    def n_stitches(self) -> int:
        return int((self.cells >= 0).sum())


def thread_per_stitch_mm(count: float) -> float:
    """Working thread per full cross on *count* fabric (see the module docstring)."""
    return THREAD_FACTOR * 25.4 / float(count)


def skeins(stitches, count: float, strands: int = 2) -> np.ndarray:
    """Skeins to buy for *stitches* crosses (rounded up; at least 1 for a used colour)."""
    n = np.asarray(stitches, float)
    per_skein_mm = SKEIN_M * 1000.0 * SKEIN_STRANDS / strands
    need = np.ceil(n * thread_per_stitch_mm(count) / per_skein_mm - 1e-9)
    return np.where(n > 0, np.maximum(need, 1), 0).astype(int)


def finished_size_cm(across: int, down: int, count: float) -> tuple:
    """(width, height) in cm of *across* x *down* stitches on *count* fabric."""
    return (across / count * 2.54, down / count * 2.54)


# ----------------------------------------------------------------------------- DMC

def _dmc_number(source: str) -> Optional[str]:
    parts = (source or "").split()
    if len(parts) >= 2 and parts[0].upper() == "DMC":
        return parts[-1]
    return None


def dmc_threads(design: Design, colours: np.ndarray) -> tuple:
    """For each rgb colour (K, 3): (index into the DMC palette, the palette).

    A colour equal to a motif swatch named after a DMC thread keeps that
    thread; a colour equal to a DMC colour is that thread; any other colour
    goes to the nearest DMC colour (CIEDE2000)."""
    dmc = load_dmc()
    by_number = {_dmc_number(s.source): i for i, s in enumerate(dmc.swatches)}
    dmc_rgb = dmc.rgb_array()
    swatch_thread = {}
    for sw in design.motif.palette.swatches:
        num = _dmc_number(sw.source)
        if num in by_number:
            swatch_thread.setdefault(tuple(int(v) for v in sw.rgb), by_number[num])
    colours = np.asarray(colours, np.uint8).reshape(-1, 3)
    out = np.empty(len(colours), np.intp)
    todo = []
    for k, c in enumerate(colours):
        key = tuple(int(v) for v in c)
        if key in swatch_thread:
            out[k] = swatch_thread[key]
            continue
        exact = np.flatnonzero((dmc_rgb == c).all(1))
        if len(exact):
            out[k] = exact[0]
        else:
            todo.append(k)
    if todo:
        out[todo] = np.atleast_1d(nearest(dmc, rgb_to_lab(colours[todo])))
    return out, dmc


# ----------------------------------------------------------------------------- the grid

def grid_shape(design: Design, count: int, across: Optional[int]) -> tuple:
    W, H = (float(v) for v in design.size_mm)
    if across is None:
        across = max(2, int(round(W / 25.4 * count)))
    down = max(1, int(round(H / (W / across))))
    if across * down > MAX_STITCHES:
        raise ValueError(f"a chart of {across} x {down} = {across * down:,} stitches is too "
                         f"large (at most {MAX_STITCHES:,}); choose fewer stitches across")
    return across, down


def _majority(votes: np.ndarray, centre: int) -> np.ndarray:
    """Per row of *votes* (n, S*S) the most frequent value; ties go to the centre's."""
    out = votes[:, centre].copy()
    mixed = np.flatnonzero((votes != votes[:, :1]).any(1))
    for k in range(0, len(mixed), 200_000):
        rows = mixed[k:k + 200_000]
        v = votes[rows]
        score = (v[:, :, None] == v[:, None, :]).sum(2) * 2 + (v == v[:, centre:centre + 1])
        out[rows] = v[np.arange(len(rows)), score.argmax(1)]
    return out


def stitch_grid(design: Design, options: Optional[StitchGridOptions] = None) -> StitchGrid:
    """The design as a grid of DMC cross stitches (see the module docstring)."""
    options = check_grid_options(options, type(options) if options is not None
                                 else StitchGridOptions)
    across, down = grid_shape(design, options.count, options.stitches_across)
    W, H = (float(v) for v in design.size_mm)
    cw, ch = W / across, H / down
    paint = paint_list(design, strokes=True, min_stroke_mm=min(cw, ch))
    S = _SAMPLES
    frac = (np.arange(S) + 0.5) / S
    xs = ((np.arange(across)[:, None] + frac) * cw).ravel()
    ys = ((np.arange(down)[:, None] + frac) * ch).ravel()
    items = sample_items(paint, xs, ys)                       # (down*S, across*S)
    # item -> colour -> DMC thread, background last
    colours = np.vstack([paint.rgb, np.asarray(design.background, np.uint8)[None]])
    uniq, inv = np.unique(colours, axis=0, return_inverse=True)
    inv = inv.ravel()
    dmc_idx, dmc = dmc_threads(design, uniq)
    bg_dmc = dmc_idx[inv[-1]]
    item_dmc = np.append(dmc_idx[inv[:-1]], bg_dmc)        # index -1 = background
    votes = item_dmc[items].reshape(down, S, across, S).transpose(0, 2, 1, 3).reshape(-1, S * S)
    cell_dmc = _majority(votes, (S * S) // 2).reshape(down, across)
    if options.skip_background:
        cell_dmc = np.where(cell_dmc == bg_dmc, -1, cell_dmc)
    used, cells = np.unique(cell_dmc, return_inverse=True)
    cells = cells.reshape(down, across)
    if len(used) and used[0] == -1:
        used, cells = used[1:], cells - 1
    # legend order: most stitches first (they get the plainest symbols), then DMC card order
    n = np.bincount(cells[cells >= 0], minlength=len(used))
    order = np.lexsort((used, -n))
    rank = np.empty(len(order), np.intp)
    rank[order] = np.arange(len(order))
    cells = np.where(cells >= 0, rank[np.maximum(cells, 0)], -1).astype(np.int16)
    threads = tuple(Thread(_dmc_number(dmc[int(used[i])].source) or dmc[int(used[i])].source,
                           dmc[int(used[i])].name, tuple(int(v) for v in dmc[int(used[i])].rgb))
                    for i in order)
    return StitchGrid(cells=cells, threads=threads, count=int(options.count), cell_mm=(cw, ch),
                      design_size_mm=(W, H))


def grid_image(grid: StitchGrid, *, px: int = 1, tens: bool = False) -> np.ndarray:
    """The grid as an RGB image, *px* pixels per stitch (no stitch: white); with
    *tens*, a dark line along every tenth stitch as on the chart."""
    rgb = np.vstack([np.array([t.rgb for t in grid.threads], np.uint8).reshape(-1, 3),
                     np.array([[255, 255, 255]], np.uint8)])
    img = rgb[grid.cells.astype(np.intp)]                 # -1 (no stitch) picks white
    img = np.repeat(np.repeat(img, px, 0), px, 1)
    if tens and px >= 2:
        img[::10 * px] = img[:, ::10 * px] = (40, 40, 40)
    return img


def grid_preview(design: Design, options=None, *, side: int = 640) -> np.ndarray:
    """What the chart will show, for the export dialog: the stitches, with the
    ten-stitch lines when they are far enough apart."""
    grid = stitch_grid(design, options)
    px = max(1, side // max(grid.shape))
    return grid_image(grid, px=px, tens=px >= 3)
