"""Rasterise a planar map back to a label image, vectorised.

Used by property tests (labels → planar map → labels must round-trip, no
gaps, no overlaps) and by previews.  A pixel belongs to a face when its
CENTRE ``(x + 0.5, y + 0.5)`` has a non-zero winding number for that face's
loops.  Each edge is flattened and its crossings with the pixel-centre rows
found ONCE; both faces beside the edge reuse those crossings (with opposite
directions), so a shared boundary gives each pixel to exactly one side.

The work is whole-array numpy: crossings of every flattened segment with
every row, sorted per (face, row), winding by cumulative sum, covered spans
painted with a difference array.  There is no Python loop per pixel,
segment or face.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from .planar import CUBIC, PlanarMap

__all__ = ["rasterise_faces", "coverage_counts", "flatten_edges"]

_MAX_PIECES = 64


def flatten_edges(pm: PlanarMap, *, scale=(1.0, 1.0),
                  flatness: float = 0.25) -> tuple[np.ndarray, np.ndarray]:
    """Every edge as a polyline, cubics subdivided (vectorised).

    The subdivision count per cubic follows :meth:`PlanarMap.edge_polyline`
    (``ceil(sqrt(control-polygon length / flatness))``, 2..64 pieces) measured
    in scaled coordinates.

    Parameters
    ----------
    pm : PlanarMap
    scale : (float, float), optional
        Factors applied to x and y first.
    flatness : float, optional
        Target chord deviation in scaled pixels.

    Returns
    -------
    xy : (N, 2) float ndarray
        All polylines' points, edge after edge.
    off : (n_edges + 1,) int ndarray
        Edge *e* is ``xy[off[e]:off[e + 1]]``.
    """
    pts = np.asarray(pm.pts, dtype=np.float64).reshape(-1, 2) * np.asarray(scale, dtype=np.float64)
    ops = np.asarray(pm.ops)
    pt_off = np.asarray(pm.pt_off, dtype=np.int64)
    seg_off = np.asarray(pm.seg_off, dtype=np.int64)
    E, S = pm.n_edges, len(ops)
    if E == 0:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64)
    # index of each segment's start point: the edge's first point plus the points used so far
    per_seg = np.where(ops == CUBIC, 3, 1)
    seg_edge = np.repeat(np.arange(E), np.diff(seg_off))
    used = np.cumsum(per_seg) - per_seg                  # points consumed before, map-wide
    start = used + seg_edge                              # + one start point per earlier/this edge
    cubic = ops == CUBIC
    # pieces per segment: 1 for lines, n for cubics
    pieces = np.ones(S, dtype=np.int64)
    ci = np.flatnonzero(cubic)
    if len(ci):
        p0, p1, p2, p3 = (pts[start[ci] + k] for k in range(4))
        span = (np.hypot(*(p1 - p0).T) + np.hypot(*(p2 - p1).T) + np.hypot(*(p3 - p2).T))
        n = np.ceil(np.sqrt(span / max(flatness, 1e-3)))
        pieces[ci] = np.clip(n, 2, _MAX_PIECES).astype(np.int64)
    # Output rows, in order: each edge's first point, then `pieces` points per
    # segment; every row is sum_j w_j * pts[first + j].  Building the rows in
    # order (no scatter) keeps memory access sequential on big maps.
    k = pieces
    first = np.repeat(start, k)
    t = (np.arange(len(first)) - np.repeat(np.cumsum(k) - k, k) + 1) / np.repeat(k.astype(np.float64), k)
    cub = np.repeat(cubic, k)
    at = (np.cumsum(k) - k)[seg_off[:-1]]        # where each edge's pieces begin
    first = np.insert(first, at, pt_off[:-1])
    t = np.insert(t, at, 0.0)                    # t = 0 on a line piece: its start point
    cub = np.insert(cub, at, False)
    mt = 1.0 - t
    # cubic: Bernstein weights (no pow(): millions of points); line: (1 - t, t, 0, 0)
    w = (np.where(cub, mt * mt * mt, mt), np.where(cub, 3.0 * mt * mt * t, t),
         np.where(cub, 3.0 * mt * t * t, 0.0), np.where(cub, t * t * t, 0.0))
    last = len(pts) - 1
    xy = np.empty((len(first), 2))
    for axis in (0, 1):
        c = np.ascontiguousarray(pts[:, axis])
        xy[:, axis] = sum(w[j] * c.take(np.minimum(first + j, last)) for j in range(4))
    edge_first_out = np.concatenate([[0], np.cumsum(np.add.reduceat(k, seg_off[:-1]) + 1)])
    return xy, edge_first_out


def _frame_shape(pm: PlanarMap, shape, scale: float) -> tuple[int, int]:
    if shape is None:
        # a tiny epsilon so 6.0000000001 px is still 6 pixels, not 7
        return (int(np.ceil(pm.height * scale - 1e-6)), int(np.ceil(pm.width * scale - 1e-6)))
    h, w = (int(v) for v in shape)
    if h < 0 or w < 0:
        raise ValueError(f"shape must be non-negative, got {shape}")
    return h, w


def _spans(pm: PlanarMap, H: int, W: int, scale: float, flatness: float):
    """Covered spans ``(face, row, col_start, col_end)`` (end exclusive), one per run."""
    empty = (np.zeros(0, np.int64),) * 4
    if pm.n_edges == 0 or pm.n_faces == 0 or H == 0 or W == 0:
        return empty
    xy, off = flatten_edges(pm, scale=(scale, scale), flatness=flatness)
    # segments = consecutive points within an edge
    a = np.ones(len(xy), dtype=bool)
    a[off[1:] - 1] = False                      # an edge's last point starts no segment
    i0 = np.flatnonzero(a)
    x0, y0 = xy[i0, 0], xy[i0, 1]
    x1, y1 = xy[i0 + 1, 0], xy[i0 + 1, 1]
    seg_edge = np.searchsorted(off, i0, side="right") - 1
    # rows whose centre r + 0.5 lies in [min y, max y): half-open so a vertex
    # shared by two segments is counted once, horizontal segments never
    lo = np.maximum(np.ceil(np.minimum(y0, y1) - 0.5), 0).astype(np.int64)
    hi = np.minimum(np.ceil(np.maximum(y0, y1) - 0.5), H).astype(np.int64)
    cnt = np.maximum(hi - lo, 0)
    keep = cnt > 0
    s_idx = np.flatnonzero(keep)
    cnt = cnt[keep]
    owner = np.repeat(s_idx, cnt)
    row = np.repeat(lo[keep], cnt) + (np.arange(len(owner)) - np.repeat(np.cumsum(cnt) - cnt, cnt))
    yc = row + 0.5
    dy = y1[owner] - y0[owner]
    x = x0[owner] + (yc - y0[owner]) * (x1[owner] - x0[owner]) / dy
    # first pixel whose centre lies strictly right of the crossing
    col = np.clip(np.floor(x - 0.5).astype(np.int64) + 1, 0, W)
    direction = np.where(dy > 0, 1, -1)
    c_edge = seg_edge[owner]
    # crossings grouped by edge (they already come edge after edge)
    c_off = np.searchsorted(c_edge, np.arange(pm.n_edges + 1), side="left")

    # darts -> (face, edge, sign); every crossing of the edge goes to the face
    darts = np.asarray(pm.darts, dtype=np.int64)
    dart_off = np.asarray(pm.dart_off, dtype=np.int64)
    loop_off = np.asarray(pm.loop_off, dtype=np.int64)
    loop_face = np.repeat(np.arange(pm.n_faces), np.diff(loop_off))
    dart_face = np.repeat(loop_face, np.diff(dart_off))
    d_edge = np.where(darts >= 0, darts, ~darts)
    d_sign = np.where(darts >= 0, 1, -1)
    n_c = c_off[d_edge + 1] - c_off[d_edge]
    ev_dart = np.repeat(np.arange(len(darts)), n_c)
    ev_c = np.repeat(c_off[d_edge], n_c) + (np.arange(len(ev_dart)) - np.repeat(np.cumsum(n_c) - n_c, n_c))
    ev_face = dart_face[ev_dart]
    ev_row = row[ev_c]
    ev_col = col[ev_c]
    ev_dir = direction[ev_c] * d_sign[ev_dart]
    if not len(ev_face):
        return empty
    # sort by (face, row, col); winding = running sum within each (face, row)
    group = ev_face * H + ev_row
    order = np.lexsort((ev_col, group))
    group, ev_col, ev_dir = group[order], ev_col[order], ev_dir[order]
    run = np.cumsum(ev_dir)
    new_group = np.ones(len(group), dtype=bool)
    new_group[1:] = group[1:] != group[:-1]
    first = np.maximum.accumulate(np.where(new_group, np.arange(len(group)), 0))
    winding = run - (run[first] - ev_dir[first])
    # span from each event to the next event of the same group, where winding != 0
    nxt = np.flatnonzero((~new_group[1:]) & (winding[:-1] != 0))
    start, end = ev_col[nxt], ev_col[nxt + 1]
    ok = end > start
    nxt, start, end = nxt[ok], start[ok], end[ok]
    g = group[nxt]
    return g // H, g % H, start, end


def _accumulate(rows, start, end, weights, H: int, W: int) -> np.ndarray:
    """Sum *weights* over every pixel of the spans (difference array + cumsum)."""
    n = H * (W + 1)
    diff = (np.bincount(rows * (W + 1) + start, weights=weights, minlength=n)
            - np.bincount(rows * (W + 1) + end, weights=weights, minlength=n))
    return np.cumsum(diff.reshape(H, W + 1), axis=1)[:, :W]


def coverage_counts(pm: PlanarMap, *, shape: Optional[tuple[int, int]] = None,
                    scale: float = 1.0, flatness: float = 0.25) -> np.ndarray:
    """Number of faces covering each pixel centre.

    A sound planar map gives 1 everywhere inside its frame: 0 marks a gap,
    2 or more an overlap.

    Parameters
    ----------
    pm : PlanarMap
    shape : (int, int), optional
        ``(H, W)`` of the output; default the frame size times *scale*.
    scale : float, optional
        Map pixels → output pixels.
    flatness : float, optional
        Cubic flattening tolerance in output pixels.

    Returns
    -------
    (H, W) int32 ndarray
    """
    H, W = _frame_shape(pm, shape, scale)
    face, rows, start, end = _spans(pm, H, W, scale, flatness)
    if not len(rows):
        return np.zeros((H, W), dtype=np.int32)
    return np.rint(_accumulate(rows, start, end, None, H, W)).astype(np.int32)


def rasterise_faces(pm: PlanarMap, *, shape: Optional[tuple[int, int]] = None,
                    scale: float = 1.0, flatness: float = 0.25) -> np.ndarray:
    """Face id of every pixel centre (non-zero winding), -1 where no face.

    Parameters
    ----------
    pm : PlanarMap
    shape : (int, int), optional
        ``(H, W)`` of the output; default the frame size times *scale*.
    scale : float, optional
        Map pixels → output pixels (e.g. 0.25 for a small preview).
    flatness : float, optional
        Cubic flattening tolerance in output pixels.

    Returns
    -------
    (H, W) int32 ndarray
        Where faces overlap (a damaged map) the highest face id wins.

    Examples
    --------
    >>> import numpy as np
    >>> from motifstudio.core.planar import PlanarMap, LINE
    >>> i = lambda *v: np.array(v, dtype=np.int64)
    >>> square = PlanarMap(width=3, height=2,
    ...     pts=np.array([[0., 0], [2, 0], [2, 2], [0, 2], [0, 0]]), pt_off=i(0, 5),
    ...     ops=np.zeros(4, np.uint8), seg_off=i(0, 4),
    ...     left=np.array([-1], np.int32), right=np.array([0], np.int32),
    ...     face_colour=np.array([0], np.int32), loop_off=i(0, 1), dart_off=i(0, 1), darts=i(0))
    >>> rasterise_faces(square)
    array([[ 0,  0, -1],
           [ 0,  0, -1]], dtype=int32)
    """
    H, W = _frame_shape(pm, shape, scale)
    face, rows, start, end = _spans(pm, H, W, scale, flatness)
    labels = np.full((H, W), -1, dtype=np.int32)
    if not len(rows):
        return labels
    count = np.rint(_accumulate(rows, start, end, None, H, W)).astype(np.int64)
    # with exactly one covering face, the sum of (face + 1) over spans is that face + 1
    total = np.rint(_accumulate(rows, start, end, face + 1.0, H, W)).astype(np.int64)
    single = count == 1
    labels[single] = total[single] - 1
    if np.any(count > 1):  # damaged map: resolve overlaps explicitly, highest id wins
        lengths = end - start
        pix = (np.repeat(rows * W + start, lengths)
               + np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths))
        flat = labels.reshape(-1)
        np.maximum.at(flat, pix, np.repeat(face, lengths).astype(np.int32))
    return labels


def partition_defects(pm: PlanarMap, *, shape: Optional[tuple[int, int]] = None,
                      scale: float = 1.0, flatness: float = 0.25) -> np.ndarray:
    """Where the faces fail to tile the frame exactly: (K, 3) rows of (row, col_start, col_end).

    Each interval is a run of pixel centres covered by no face (a gap) or by
    more than one (an overlap).  Equivalent to ``coverage_counts(...) != 1``
    but works on the covered spans directly, so a large, supersampled check
    needs memory for the spans only, not for a full-size count image.
    """
    H, W = _frame_shape(pm, shape, scale)
    face, rows, start, end = _spans(pm, H, W, scale, flatness)
    bad = []
    covered_rows = np.zeros(H, bool)
    if len(rows):
        covered_rows[rows] = True
        order = np.lexsort((start, rows))
        rows, start, end = rows[order], start[order], end[order]
        first = np.ones(len(rows), bool)
        first[1:] = rows[1:] != rows[:-1]
        last = np.ones(len(rows), bool)
        last[:-1] = rows[1:] != rows[:-1]
        # furthest end reached so far in the row (rows sorted, so the offset keeps rows apart)
        key = rows * (W + 1) + end
        reach = np.maximum.accumulate(key) - rows * (W + 1)
        prev_reach = np.empty_like(reach)
        prev_reach[1:] = reach[:-1]
        prev_reach[first] = 0
        gap = start > prev_reach                      # includes a gap at the row's start
        bad.append(np.stack([rows[gap], prev_reach[gap], start[gap]], 1))
        ovl = start < prev_reach
        bad.append(np.stack([rows[ovl], start[ovl], np.minimum(prev_reach[ovl], end[ovl])], 1))
        tail = last & (reach < W)
        bad.append(np.stack([rows[tail], reach[tail], np.full(tail.sum(), W)], 1))
    empty_rows = np.flatnonzero(~covered_rows)
    bad.append(np.stack([empty_rows, np.zeros_like(empty_rows), np.full_like(empty_rows, W)], 1))
    out = np.concatenate(bad).astype(np.int64) if bad else np.zeros((0, 3), np.int64)
    return out[out[:, 2] > out[:, 1]]
