"""The arranged design as a paint list of polygons, and a scanline sampler over it.

Hand-embroidery exports ask two questions of the whole design: "what colour
is at this point?" (the stitch grid, one stitch per fabric square) and "does
the colour change across this line?" (the transfer sheet's outlines).  Both
are answered from the same paint list: every placed, clipped face of
:func:`~motifstudio.design.flatten.flatten_design`, and the motif's
centreline strokes as thin quads, in drawing order (a placement's strokes on
top of its faces, later placements over earlier ones).

:func:`sample_items` finds the top-most item at every point of a grid
``xs`` x ``ys`` with one even-odd scanline pass: each polygon edge is crossed
with the sample rows it spans (vectorised over all edges), the crossings of
each item and row are paired into spans, and the spans are expanded to
samples, the highest item id winning (``np.maximum.at``).  Rows are done in
bands, so memory stays bounded however large the design.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from ...core.planar import curve_polyline
from ...design.flatten import flatten_design, ring_area
from ...design.spec import Design

__all__ = ["PaintList", "paint_list", "stroke_polylines", "sample_items", "items_at",
           "clip_polyline"]

#: samples per band of rows in :func:`sample_items` (bounds the expanded spans)
_BAND_SAMPLES = 4_000_000


@dataclass(frozen=True, eq=False)
class PaintList:
    """Items in drawing order.  Item ``i`` has colour ``rgb[i]``, belongs to
    placement ``placement[i]`` and is a face (``stroke[i]`` False) or a stroke
    quad.  ``rings[k]`` (closed (N, 2) mm, last point not repeated) belongs to
    item ``ring_item[k]``; an item's rings are filled even-odd."""
    rings: tuple
    ring_item: np.ndarray
    rgb: np.ndarray
    placement: np.ndarray
    stroke: np.ndarray
    background: tuple
    size_mm: tuple

    @property
    def n_items(self) -> int:
        return len(self.rgb)

    @functools.cached_property
    def edges(self) -> tuple:
        """(p, q, item): every ring edge as start and end points and its item (cached)."""
        if not self.rings:
            z = np.zeros((0, 2))
            return z, z, np.zeros(0, np.int32)
        p = np.concatenate(self.rings)
        q = np.concatenate([np.roll(r, -1, axis=0) for r in self.rings])
        item = np.repeat(self.ring_item, [len(r) for r in self.rings]).astype(np.int32)
        return p, q, item


# ----------------------------------------------------------------------------- curves

def clip_polyline(poly: np.ndarray, clip: np.ndarray) -> list:
    """The parts of an open polyline inside the convex polygon *clip* (Cyrus–Beck,
    vectorised over segments); consecutive surviving segments stay joined."""
    poly = np.asarray(poly, float)
    if len(poly) < 2:
        return []
    c = np.asarray(clip, float)
    if ring_area(c) < 0:
        c = c[::-1]
    P, D = poly[:-1], np.diff(poly, axis=0)
    t0, t1 = np.zeros(len(P)), np.ones(len(P))
    for a, b in zip(c, np.roll(c, -1, axis=0)):
        e = b - a
        f0 = e[0] * (P[:, 1] - a[1]) - e[1] * (P[:, 0] - a[0])     # >= 0 inside
        df = e[0] * D[:, 1] - e[1] * D[:, 0]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = -f0 / df
        t0 = np.where(df > 0, np.maximum(t0, t), t0)
        t1 = np.where(df < 0, np.minimum(t1, t), t1)
        t1 = np.where((df == 0) & (f0 < 0), -1.0, t1)
    keep = t1 - t0 > 1e-12
    if not keep.any():
        return []
    a = P + t0[:, None] * D
    b = P + t1[:, None] * D
    out = []
    idx = np.flatnonzero(keep)
    # a run continues while a segment ends where the next kept one starts unclipped
    breaks = np.flatnonzero((np.diff(idx) != 1) | (t1[idx[:-1]] < 1 - 1e-12)
                            | (t0[idx[1:]] > 1e-12)) + 1
    for run in np.split(idx, breaks):
        out.append(np.vstack([a[run[:1]], b[run]]))
    return out


# ----------------------------------------------------------------------------- paint list

def stroke_polylines(design: Design) -> list:
    """Every copy's centreline strokes in design mm, clipped like the copy's faces:
    ``(polyline, rgb, placement, width_mm)`` per surviving piece."""
    motif = design.motif
    if not motif.strokes:
        return []
    sx, sy = motif.mm_per_px
    base = [(curve_polyline(s.pts, s.ops, flatness=0.05, max_pieces=64) * (sx, sy), s)
            for s in motif.strokes]
    base = [(np.vstack([p, p[:1]]) if s.closed else p, s) for p, s in base]
    out = []
    for pi, pl in enumerate(design.composition.placements):
        for m, v in zip(pl.transforms, pl.variants.tolist()):
            lin, t = m[:2, :2], m[:2, 2]
            scale = float(np.sqrt(abs(np.linalg.det(lin))))
            clips = [np.asarray(pl.local_clip, float) @ lin.T + t] if pl.local_clip is not None else []
            if pl.clip is not None:
                clips.append(np.asarray(pl.clip, float))
            for poly, s in base:
                pieces = [poly @ lin.T + t]
                for c in clips:
                    pieces = [q for p in pieces for q in clip_polyline(p, c)]
                rgb = tuple(int(x) for x in design.palettes[v][int(s.colour)])
                width = float(s.width) * (sx + sy) / 2 * scale
                out += [(p, rgb, pi, width) for p in pieces if len(p) >= 2]
    return out


def _quads(poly: np.ndarray, width: float) -> list:
    """One rectangle per segment, *width* wide, extended by half the width at both
    ends (square caps cover the joins)."""
    p, q = poly[:-1], poly[1:]
    d = q - p
    L = np.hypot(d[:, 0], d[:, 1])
    ok = L > 1e-9
    p, q, d, L = p[ok], q[ok], d[ok], L[ok]
    if not len(p):
        return []
    h = width / 2
    u = d / L[:, None] * h
    n = np.c_[-u[:, 1], u[:, 0]]
    a, b = p - u, q + u
    return list(np.stack([a + n, b + n, b - n, a - n], 1))


def paint_list(design: Design, *, strokes: bool = True, min_stroke_mm: float = 0.0) -> PaintList:
    """The design's faces (and, with *strokes*, its strokes as quads at least
    *min_stroke_mm* wide) in drawing order; see the module docstring."""
    regions = flatten_design(design)
    per_pl: dict = {}
    for r in regions:
        per_pl.setdefault(r.placement, []).append(("face", r))
    if strokes:
        for poly, rgb, pi, width in stroke_polylines(design):
            w = max(width, min_stroke_mm)
            for quad in _quads(poly, w):
                per_pl.setdefault(pi, []).append(("stroke", (quad, rgb)))
    rings, ring_item, rgb, placement, is_stroke = [], [], [], [], []
    for pi in sorted(per_pl):
        for kind, obj in per_pl[pi]:
            i = len(rgb)
            if kind == "face":
                rs = [np.asarray(r, float) for r in obj.rings]
                colour = obj.rgb
            else:
                rs, colour = [obj[0]], obj[1]
            rings += rs
            ring_item += [i] * len(rs)
            rgb.append(tuple(int(x) for x in colour))
            placement.append(pi)
            is_stroke.append(kind == "stroke")
    return PaintList(rings=tuple(rings), ring_item=np.asarray(ring_item, np.int32),
                     rgb=np.asarray(rgb, np.uint8).reshape(-1, 3),
                     placement=np.asarray(placement, np.int32),
                     stroke=np.asarray(is_stroke, bool),
                     background=tuple(int(v) for v in design.background),
                     size_mm=tuple(float(v) for v in design.size_mm))


# ----------------------------------------------------------------------------- sampling

def sample_items(paint: PaintList, xs, ys) -> np.ndarray:
    """The top-most item at every sample (x, y) of the grid ``xs`` x ``ys`` (mm,
    both ascending): an ``(len(ys), len(xs))`` int32 array, -1 where no item is.

    A point belongs to an item when a horizontal ray from it crosses the
    item's rings an odd number of times (edges are half-open in y, so a vertex
    is never counted twice).
    """
    xs = np.asarray(xs, float)
    ys = np.asarray(ys, float)
    nx, ny = len(xs), len(ys)
    out = np.full((ny, nx), -1, np.int32)
    if not nx or not ny or not paint.rings:
        return out
    p, q, item = paint.edges
    ylo = np.minimum(p[:, 1], q[:, 1])
    yhi = np.maximum(p[:, 1], q[:, 1])
    r0 = np.searchsorted(ys, ylo, "left")
    r1 = np.searchsorted(ys, yhi, "left")
    spans = r1 > r0                       # horizontal edges and edges between rows cross nothing
    p, q, item, r0, r1 = p[spans], q[spans], item[spans], r0[spans], r1[spans]
    band = max(1, _BAND_SAMPLES // nx)
    for b0 in range(0, ny, band):
        b1 = min(ny, b0 + band)
        sel = np.flatnonzero((r0 < b1) & (r1 > b0))
        if not len(sel):
            continue
        ra = np.maximum(r0[sel], b0)
        n = np.minimum(r1[sel], b1) - ra
        e = np.repeat(sel, n)
        row = np.repeat(ra, n) + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
        pe, qe = p[e], q[e]
        y = ys[row]
        x = pe[:, 0] + (y - pe[:, 1]) / (qe[:, 1] - pe[:, 1]) * (qe[:, 0] - pe[:, 0])
        it = item[e]
        order = np.lexsort((x, row, it))
        x, row, it = x[order], row[order], it[order]
        # each (item, row) has an even number of crossings: pair them into spans
        x0, x1, row, it = x[0::2], x[1::2], row[0::2], it[0::2]
        c0 = np.searchsorted(xs, x0, "left")
        L = np.searchsorted(xs, x1, "left") - c0
        has = L > 0
        c0, L, row, it = c0[has], L[has], row[has], it[has]
        if not len(L):
            continue
        flat = np.repeat((row - b0) * nx + c0, L) + (np.arange(int(L.sum()))
                                                     - np.repeat(np.cumsum(L) - L, L))
        blk = out[b0:b1].reshape(-1)
        np.maximum.at(blk, flat, np.repeat(it, L))
    return out


def items_at(paint: PaintList, points, *, res_mm: float) -> np.ndarray:
    """The top-most item at each point (-1: background, -2: outside the design),
    looked up on a raster of *res_mm*; only the raster rows the points need are
    sampled, band by band."""
    pts = np.asarray(points, float).reshape(-1, 2)
    W, H = paint.size_mm
    out = np.full(len(pts), -2, np.int32)
    inside = (pts[:, 0] >= 0) & (pts[:, 0] <= W) & (pts[:, 1] >= 0) & (pts[:, 1] <= H)
    if not inside.any():
        return out
    nx = max(1, int(np.ceil(W / res_mm)))
    ny = max(1, int(np.ceil(H / res_mm)))
    xs = (np.arange(nx) + 0.5) * (W / nx)
    col = np.clip((pts[:, 0] / (W / nx)).astype(np.int64), 0, nx - 1)
    row = np.clip((pts[:, 1] / (H / ny)).astype(np.int64), 0, ny - 1)
    idx = np.flatnonzero(inside)
    rows = np.unique(row[idx])
    band = max(1, _BAND_SAMPLES // nx)
    for k in range(0, len(rows), band):
        need = rows[k:k + band]
        img = sample_items(paint, xs, (need + 0.5) * (H / ny))
        sel = idx[(row[idx] >= need[0]) & (row[idx] <= need[-1])]
        out[sel] = img[np.searchsorted(need, row[sel]), col[sel]]
    return out
