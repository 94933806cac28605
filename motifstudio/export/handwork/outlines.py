"""The lines where the design's colour changes, as polylines in design mm.

A transfer sheet shows only where one colour meets another: not the cut of
a copy at its fundamental region, not the frame between two copies whose
grounds are the same colour.  Every ring of every placed face
(:func:`~.paint.paint_list`) is a candidate; it is cut into pieces of at
most ``piece_mm`` and each piece is tested by looking at the top-most item a
little to either side of its middle (:func:`~.paint.items_at`):

* neither side is this face (it is covered there) or both are: no line;
* the other side is outside the design: no line (the design's edge is not a
  colour change; the sheet frames it separately);
* the other side has the same colour: no line;
* the other side is the background: a line;
* the other side is another face: a line drawn by the later of the two,
  so a boundary is drawn once.

Kept pieces that follow each other along a ring are joined again.  The
motif's centreline strokes are lines themselves: each copy's strokes,
clipped like its faces, are kept where no later placement covers them.
"""
from __future__ import annotations

import math

import numpy as np

from ...design.spec import Design
from .paint import items_at, paint_list, stroke_polylines

__all__ = ["colour_boundaries", "default_resolution"]


def default_resolution(size_mm) -> float:
    """Raster step of the side look-ups: 0.05 mm, coarser for very large designs
    (about 40 million samples at most)."""
    W, H = (float(v) for v in size_mm)
    return max(0.05, math.sqrt(W * H / 40e6))


def _pieces(poly: np.ndarray, closed: bool, piece_mm: float) -> tuple:
    """Split the segments of *poly* into pieces of at most *piece_mm*: (a, b, seg)."""
    p = poly
    q = np.roll(poly, -1, axis=0) if closed else poly[1:]
    p = p[:len(q)]
    L = np.hypot(*(q - p).T)
    n = np.maximum(1, np.ceil(L / piece_mm).astype(np.int64))
    seg = np.repeat(np.arange(len(p)), n)
    k = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    t0 = (k / n[seg])[:, None]
    t1 = ((k + 1) / n[seg])[:, None]
    d = (q - p)[seg]
    return p[seg] + t0 * d, p[seg] + t1 * d, L[seg] > 1e-12


def _simplify(poly: np.ndarray) -> np.ndarray:
    """Drop interior points that lie on a straight run (the piece cuts)."""
    if len(poly) < 3:
        return poly
    u = poly[1:-1] - poly[:-2]
    v = poly[2:] - poly[1:-1]
    cross = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
    scale = np.hypot(*u.T) * np.hypot(*v.T)
    straight = (np.abs(cross) <= 1e-9 * np.maximum(scale, 1e-300)) & ((u * v).sum(1) > 0)
    return poly[np.r_[True, ~straight, True]]


def _join(a: np.ndarray, b: np.ndarray, keep: np.ndarray, closed: bool) -> list:
    """Runs of consecutive kept pieces as polylines (a ring's last run wraps to its first)."""
    idx = np.flatnonzero(keep)
    if not len(idx):
        return []
    runs = np.split(idx, np.flatnonzero(np.diff(idx) != 1) + 1)
    if closed and len(runs) > 1 and runs[0][0] == 0 and runs[-1][-1] == len(keep) - 1:
        runs = [np.concatenate([runs[-1], runs[0]])] + runs[1:-1]
    elif closed and len(runs) == 1 and len(idx) == len(keep):
        run = runs[0]
        return [_simplify(np.vstack([a[run], a[run[:1]]]))]
    return [_simplify(np.vstack([a[run[:1]], b[run]])) for run in runs]


def colour_boundaries(design: Design, *, piece_mm: float = 1.0, res_mm=None) -> list:
    """The colour boundaries of *design* as a list of (N, 2) polylines in mm
    (see the module docstring); *res_mm* is the look-up raster step (default
    :func:`default_resolution`)."""
    paint = paint_list(design, strokes=False)
    res = float(res_mm) if res_mm is not None else default_resolution(design.size_mm)
    delta = 1.6 * res
    rings = paint.rings
    if not rings:
        return []
    parts = [_pieces(np.asarray(r, float), True, piece_mm) for r in rings]
    counts = np.array([len(p[0]) for p in parts])
    a = np.concatenate([p[0] for p in parts])
    b = np.concatenate([p[1] for p in parts])
    ok = np.concatenate([p[2] for p in parts])
    item = np.repeat(paint.ring_item, counts)
    d = b - a
    L = np.maximum(np.hypot(*d.T), 1e-12)
    n = np.c_[-d[:, 1], d[:, 0]] / L[:, None] * delta
    mid = (a + b) / 2
    side = items_at(paint, np.vstack([mid + n, mid - n]), res_mm=res)
    s1, s2 = side[:len(mid)], side[len(mid):]
    own1, own2 = s1 == item, s2 == item
    other = np.where(own1, s2, s1)
    # an item's colour key: the same colour counts as one, whatever the item
    colours = np.vstack([paint.rgb, np.asarray(paint.background, np.uint8)[None]])
    _, key = np.unique(colours, axis=0, return_inverse=True)
    key = key.ravel()
    bg_key = key[-1]
    other_key = np.where(other >= 0, key[np.maximum(other, 0)], bg_key)
    keep = (ok & (own1 != own2) & (other != -2) & (other_key != key[item])
            & ((other == -1) | (item > other)))
    out = []
    start = 0
    for r, cnt in enumerate(counts.tolist()):
        sl = slice(start, start + cnt)
        out += _join(a[sl], b[sl], keep[sl], True)
        start += cnt
    # strokes: kept where no later placement's face lies on top
    strokes = stroke_polylines(design)
    if strokes:
        sp = [_pieces(poly, False, piece_mm) for poly, _, _, _ in strokes]
        sa = np.concatenate([p[0] for p in sp])
        sb = np.concatenate([p[1] for p in sp])
        top = items_at(paint, (sa + sb) / 2, res_mm=res)
        owner = np.repeat([pi for _, _, pi, _ in strokes], [len(p[0]) for p in sp])
        top_pl = np.where(top >= 0, paint.placement[np.maximum(top, 0)], -1)
        visible = (top != -2) & (top_pl <= owner)
        start = 0
        for p in sp:
            cnt = len(p[0])
            out += _join(sa[start:start + cnt], sb[start:start + cnt],
                         visible[start:start + cnt], False)
            start += cnt
    return out
