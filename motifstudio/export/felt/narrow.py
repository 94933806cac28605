"""Find necks and pieces too narrow to cut and sew.

A morphological opening with a disc as wide as the minimum width keeps the
parts of every piece a disc of that width can reach; what it removes is
narrower.  Both steps use distance transforms (fast for any disc size): the
*core* is where the distance to the piece's edge is at least half the width,
and the opened piece is everything within half the width of its core.

Not everything removed is a problem: the tip of every convex corner is
removed too.  A removed part is flagged when

* it belongs to a piece with no core at all (the whole piece is too narrow),
* it touches two or more separate wide parts of its piece (a neck), or
* it reaches out at least one minimum width beyond the wide part (a thin
  strip or a spike; a corner's tip only does so when sharper than ~39°).

Each flag is placed in the middle of the narrow part's half farthest from
the wide parts (the middle of a neck, the end of a strip), with its width
estimated from the distance to the edge there; flags closer than 1.5 minimum
widths are one place.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .colourmap import ColourMap
from .distance import capped_distance

__all__ = ["NarrowSpot", "narrow_spots"]


@dataclass(frozen=True)
class NarrowSpot:
    """A flagged place: ``x``, ``y`` mm, the estimated ``width_mm``, the ``piece``
    (index into the colour map's pieces) and ``kind``: "piece", "neck" or "strip"."""
    x: float
    y: float
    width_mm: float
    piece: int
    kind: str


def _reach(cm: ColourMap, core: np.ndarray, cap: float) -> np.ndarray:
    """Distance (mm) from each pixel to the nearest core pixel of its own colour.

    One distance transform per colour (over that colour's bounding box): with
    all cores at once, a thin strip would be "reached" from the wide ground
    beside it.  Pieces of one colour never share an edge, so its other
    pieces' cores lie beyond another colour and are never nearer than its own.
    Distances stop at *cap*; a piece with no core at all is *cap* away.
    """
    px, py = cm.pitch
    reach = np.full(cm.colour.shape, cap, np.float32)
    for c in np.unique(cm.piece_colour).tolist():
        mine = cm.colour == c
        core_c = core & mine
        if not core_c.any():
            continue
        rows, cols = np.flatnonzero(mine.any(1)), np.flatnonzero(mine.any(0))
        box = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
        d = capped_distance(core_c[box], (px, py), cap)
        sub = reach[box]
        sub[mine[box]] = d[mine[box]]
    return reach


def narrow_spots(cm: ColourMap, min_width_mm: float) -> list:
    """The narrow places of the pieces of *cm* (see the module docstring)."""
    from skimage.measure import label

    if not min_width_mm > 0:
        raise ValueError(f"the minimum width must be more than 0 mm, got {min_width_mm!r}")
    px, py = cm.pitch
    half = float(min_width_mm) / 2
    core = cm.edge_dist >= half
    # far enough to tell a strip one width long from a corner's tip
    reach = _reach(cm, core, 3 * half + 2 * max(px, py))
    opened = reach <= half + 0.75 * max(px, py)
    removed = ~opened
    if not removed.any():
        return []
    rem = label(np.where(removed, cm.pieces, 0), background=0, connectivity=1)
    # wide parts: the opened areas round a core (8-connected, so a staircase along a
    # slanted edge stays one part; scraps without a core are no wide part)
    opn = label(np.where(opened, cm.pieces, 0), background=0, connectivity=2)
    wide = np.zeros(int(opn.max()) + 1, bool)
    wide[np.unique(opn[core])] = True
    wide[0] = False
    opn = np.where(wide[opn], opn, 0)
    n_rem = int(rem.max())
    # which wide parts each removed part touches (4-neighbours in the same piece)
    keys = []
    m = int(opn.max()) + 1
    for a, b in (((slice(None), slice(None, -1)), (slice(None), slice(1, None))),
                 ((slice(None, -1), slice(None)), (slice(1, None), slice(None)))):
        for s, t in ((a, b), (b, a)):
            r, o = rem[s], opn[t]
            hit = (r > 0) & (o > 0) & (cm.pieces[s] == cm.pieces[t])
            keys.append(r[hit].astype(np.int64) * m + o[hit])
    pairs = np.unique(np.concatenate(keys)) // m
    touches = np.bincount(pairs, minlength=n_rem + 1)
    flat = rem.ravel()
    sel = np.flatnonzero(flat)
    comp = flat[sel]
    reach_s = reach.ravel()[sel]
    dist_s = cm.edge_dist.ravel()[sel]
    far = np.zeros(n_rem + 1, np.float32)
    near = np.full(n_rem + 1, np.inf, np.float32)
    np.maximum.at(far, comp, reach_s)
    np.minimum.at(near, comp, reach_s)
    piece_has_core = np.zeros(cm.n_pieces + 1, bool)
    piece_has_core[np.unique(cm.pieces[core])] = True
    comp_piece = np.zeros(n_rem + 1, np.int64)
    comp_piece[comp] = cm.pieces.ravel()[sel]
    kind = np.full(n_rem + 1, "", object)
    kind[(far - half >= 2 * half)] = "strip"
    kind[touches >= 2] = "neck"
    kind[~piece_has_core[comp_piece]] = "piece"
    kind[0] = ""
    # where to mark: a narrow piece at its widest pixel; a neck or a strip in the middle
    # of its half farther from the wide parts (the neck's middle, the strip's end)
    whole = (kind == "piece")[comp]
    ridge = whole | (reach_s >= (far[comp] + near[comp]) / 2)
    nx = cm.colour.shape[1]
    ry, rx = np.divmod(sel[ridge], nx)
    rc = comp[ridge]
    cnt = np.maximum(np.bincount(rc, minlength=n_rem + 1), 1)
    cx = np.bincount(rc, rx, n_rem + 1) / cnt
    cy = np.bincount(rc, ry, n_rem + 1) / cnt
    width = np.zeros(n_rem + 1, np.float32)
    np.maximum.at(width, rc, dist_s[ridge])
    score = np.where(whole[ridge], -dist_s[ridge].astype(float),
                     (rx - cx[rc]) ** 2 + (ry - cy[rc]) ** 2)
    best = np.full(n_rem + 1, np.inf)
    np.minimum.at(best, rc, score)
    hit = score <= best[rc]
    comps, first = np.unique(rc[hit], return_index=True)
    at = sel[ridge][hit][first]
    spots = []
    for c, a in zip(comps.tolist(), at.tolist()):
        if not kind[c]:
            continue
        iy, ix = divmod(a, nx)
        spots.append(NarrowSpot(x=(ix + 0.5) * px, y=(iy + 0.5) * py,
                                width_mm=min(2 * float(width[c]), float(min_width_mm)),
                                piece=int(comp_piece[c]) - 1, kind=str(kind[c])))
    return _merge_close(spots, float(min_width_mm))


def _merge_close(spots: list, min_width: float) -> list:
    """One flag per place: drop flags within 1.5 minimum widths of one already kept
    (a neck and the strip beside it; the two sides of a narrow gap), keeping
    whole narrow pieces first, then necks, then strips; in reading order."""
    rank = {"piece": 0, "neck": 1, "strip": 2}
    spots = sorted(spots, key=lambda s: (rank[s.kind], s.y, s.x))
    near = 1.5 * min_width
    cells: dict = {}
    kept = []
    for s in spots:
        cx, cy = int(s.x // near), int(s.y // near)
        close = any(np.hypot(o.x - s.x, o.y - s.y) < near
                    for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                    for o in cells.get((cx + dx, cy + dy), ()))
        if not close:
            kept.append(s)
            cells.setdefault((cx, cy), []).append(s)
    kept.sort(key=lambda s: (int(s.y // 100.0), s.x))
    return kept
