"""Lines: running and bean (triple) stitches along polylines, and the placed
polylines themselves -- the boundaries between colours and the motif's strokes.

Polyline sets are flat: ``pts`` (N, 2) and offsets ``off`` (P + 1,), line
``i`` being ``pts[off[i]:off[i+1]]``.  Every operation here works on the whole
set at once.

The boundaries come from the planar map's shared edges -- each boundary is
stitched once, never once per face -- mapped into every copy and clipped to
its fundamental region and band exactly as
:func:`motifstudio.design.flatten.flatten_design` clips the faces.
"""
from __future__ import annotations

import math

import numpy as np

from ...core.planar import CUBIC, OUTSIDE, curve_polyline
from ...design.flatten import ring_area
from ...design.spec import Design

__all__ = ["clip_polylines", "resample_lines", "bean", "placed_lines", "boundary_lines",
           "stroke_lines", "RUNNING_MM", "CORNER_DEG"]

#: running stitch length (capped by the longest stitch)
RUNNING_MM = 2.5
#: a line keeps a needle point at every bend sharper than this
CORNER_DEG = 30.0


def _starts(off: np.ndarray, n: int) -> np.ndarray:
    s = np.zeros(n, bool)
    s[off[:-1][np.diff(off) > 0]] = True
    return s


def clip_polylines(pts: np.ndarray, off: np.ndarray, poly) -> tuple:
    """The parts of polylines inside the convex polygon *poly* (Cyrus–Beck on every
    segment at once).  Returns ``(pts, off, src)``: ``src[i]`` is the input line
    that output line ``i`` came from."""
    c = np.asarray(poly, float)
    if ring_area(c) < 0:
        c = c[::-1]
    e = np.roll(c, -1, axis=0) - c
    N = len(pts)
    line_of = np.repeat(np.arange(len(off) - 1), np.diff(off))
    if N < 2:
        return np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(0, np.int64)
    seg = np.flatnonzero(~_starts(off, N)[1:])
    a, b = pts[seg], pts[seg + 1]
    d = b - a
    rel = a[:, None, :] - c[None]                      # (S, P, 2): each end against each corner
    fa = e[None, :, 0] * rel[..., 1] - e[None, :, 1] * rel[..., 0]
    fd = e[None, :, 0] * d[:, None, 1] - e[None, :, 1] * d[:, None, 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -fa / fd
    t0 = np.max(np.where(fd > 0, t, -np.inf), axis=1, initial=0.0)
    t1 = np.min(np.where(fd < 0, t, np.inf), axis=1, initial=1.0)
    outside = ((fd == 0) & (fa < 0)).any(1)
    keep = (t1 > t0 + 1e-12) & ~outside
    seg, t0, t1, a, d = seg[keep], t0[keep], t1[keep], a[keep], d[keep]
    if len(seg) == 0:
        return np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(0, np.int64)
    cont = np.zeros(len(seg), bool)
    cont[1:] = ((seg[1:] == seg[:-1] + 1) & (line_of[seg[1:]] == line_of[seg[:-1]])
                & (t1[:-1] >= 1 - 1e-12) & (t0[1:] <= 1e-12))
    new = ~cont
    count = np.where(new, 2, 1)
    idx = np.repeat(np.arange(len(seg)), count)
    loc = np.arange(len(idx)) - np.repeat(np.cumsum(count) - count, count)
    tt = np.where(new[idx] & (loc == 0), t0[idx], t1[idx])
    out = a[idx] + tt[:, None] * d[idx]
    piece = np.cumsum(new) - 1
    n_per = np.bincount(piece, weights=count, minlength=int(piece[-1]) + 1).astype(np.int64)
    return out, np.concatenate([[0], np.cumsum(n_per)]), line_of[seg[new]]


def _sample(pts, off, step) -> tuple:
    """Each polyline resampled to equal steps of at most *step* (ends kept)."""
    n_lines = len(off) - 1
    N = len(pts)
    start = _starts(off, N)
    seglen = np.zeros(N)
    seglen[1:] = np.hypot(*np.diff(pts, axis=0).T)
    seglen[start] = 0.0
    cum = np.cumsum(seglen)
    first = off[:-1]
    last = np.minimum(off[1:] - 1, N - 1)
    L = np.where(np.diff(off) > 0, cum[last] - cum[np.minimum(first, N - 1)], 0.0)
    n = np.maximum(1, np.ceil(L / step - 1e-9)).astype(np.int64)
    n = np.where(np.diff(off) > 0, n, -1)           # empty lines give nothing
    cnt = n + 1
    line = np.repeat(np.arange(n_lines), cnt)
    j = np.arange(len(line)) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    base = cum[np.minimum(first, N - 1)]
    target = base[line] + j * (L[line] / n[line])
    # the segment of each target inside its own line
    lo, hi = first[line], off[1:][line] - 1
    i = np.clip(np.searchsorted(cum, target, side="right") - 1, lo, np.maximum(hi - 1, lo))
    i1 = np.minimum(i + 1, hi)
    span = cum[i1] - cum[i]
    f = np.where(span > 0, (target - cum[i]) / np.where(span > 0, span, 1.0), 0.0)
    f = np.clip(f, 0.0, 1.0)
    out = pts[i] + f[:, None] * (pts[i1] - pts[i])
    return out, np.concatenate([[0], np.cumsum(cnt)])


def resample_lines(pts: np.ndarray, off: np.ndarray, step: float,
                   corner_deg: float = CORNER_DEG) -> tuple:
    """Running-stitch points along every polyline: steps of at most *step*, with a
    needle point kept at every bend sharper than *corner_deg*."""
    N = len(pts)
    if N == 0:
        return pts, off
    start = _starts(off, N)
    end = np.zeros(N, bool)
    end[off[1:][np.diff(off) > 0] - 1] = True
    interior = ~start & ~end
    corner = np.zeros(N, bool)
    if interior.any():
        i = np.flatnonzero(interior)
        u, v = pts[i] - pts[i - 1], pts[i + 1] - pts[i]
        cross = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
        dot = (u * v).sum(1)
        corner[i] = np.abs(np.degrees(np.arctan2(cross, dot))) > corner_deg
    # split at corners: a corner point ends one sub-line and starts the next
    rep = np.where(corner, 2, 1)
    sub_pts = np.repeat(pts, rep, axis=0)
    new_start = np.repeat(start, rep)
    ci = np.cumsum(rep) - 1                          # the second copy of each corner
    new_start[ci[corner]] = True
    sub_off = np.concatenate([np.flatnonzero(new_start), [len(sub_pts)]])
    line_of = np.repeat(np.repeat(np.arange(len(off) - 1), np.diff(off)), rep)
    sub_line = line_of[new_start]
    s_pts, s_off = _sample(sub_pts, sub_off, step)
    # join the sub-lines again, dropping the repeated corner point
    cnt = np.diff(s_off)
    first_of_line = np.r_[True, sub_line[1:] != sub_line[:-1]]
    drop = np.zeros(len(s_pts), bool)
    drop[s_off[:-1][~first_of_line]] = True
    kept_cnt = cnt - (~first_of_line).astype(np.int64)
    per_line = np.bincount(sub_line, weights=kept_cnt, minlength=len(off) - 1).astype(np.int64)
    return s_pts[~drop], np.concatenate([[0], np.cumsum(per_line)])


def bean(pts: np.ndarray, off: np.ndarray) -> tuple:
    """Bean (triple) stitch: every stitch of a running line sewn forward, back and forward."""
    counts = np.diff(off)
    segs = np.maximum(counts - 1, 0)
    new_counts = np.where(counts > 0, 1 + 3 * segs, 0)
    line = np.repeat(np.arange(len(counts)), new_counts)
    loc = np.arange(len(line)) - np.repeat(np.cumsum(new_counts) - new_counts, new_counts)
    # loc 0 -> point 0; then per segment s (0-based): s+1, s, s+1
    s = (loc - 1) // 3
    r = (loc - 1) % 3
    local = np.where(loc == 0, 0, np.where(r == 1, s, s + 1))
    return pts[off[:-1][line] + local], np.concatenate([[0], np.cumsum(new_counts)])


def _concat_lines(lines) -> tuple:
    if not lines:
        return np.zeros((0, 2)), np.zeros(1, np.int64)
    pts = np.concatenate(lines)
    return pts, np.concatenate([[0], np.cumsum([len(x) for x in lines])])


def placed_lines(design: Design, pts: np.ndarray, off: np.ndarray, include) -> list:
    """Polylines in motif mm placed into every copy and clipped.

    *include* ``(2, P)`` bool: which lines each colour variant keeps.  Returns
    a list of ``(pts, off, src, variant, scale)`` per copy, ``src`` the input
    line of each output line and ``scale`` the copy's linear scale factor.
    """
    out = []
    if len(off) < 2:
        return out
    for pl in design.composition.placements:
        p_pts, p_off, p_src = pts, off, np.arange(len(off) - 1)
        if pl.local_clip is not None:
            p_pts, p_off, s = clip_polylines(pts, off, pl.local_clip)
            p_src = s
        if len(p_src) == 0:
            continue
        cl = None if pl.clip is None else np.asarray(pl.clip, float)
        for m, v in zip(pl.transforms, pl.variants.tolist()):
            keep = include[int(v)][p_src]
            if not keep.any():
                continue
            if not keep.all():
                counts = np.diff(p_off)
                pt_keep = np.repeat(keep, counts)
                q_pts = p_pts[pt_keep]
                q_off = np.concatenate([[0], np.cumsum(counts[keep])])
                q_src = p_src[keep]
            else:
                q_pts, q_off, q_src = p_pts, p_off, p_src
            lin, t = m[:2, :2], m[:2, 2]
            mapped = q_pts @ lin.T + t
            if cl is not None:
                lo, hi = mapped.min(0), mapped.max(0)
                if (hi < cl.min(0)).any() or (lo > cl.max(0)).any():
                    continue
                mapped, q_off, s = clip_polylines(mapped, q_off, cl)
                q_src = q_src[s]
                if len(q_src) == 0:
                    continue
            out.append((mapped, q_off, q_src, int(v), math.sqrt(abs(np.linalg.det(lin)))))
    return out


def edge_polylines(pm, edges: np.ndarray, flatness: float) -> tuple:
    """The polylines of planar-map *edges* (cubics flattened as
    :meth:`~motifstudio.core.planar.PlanarMap.edge_polyline` does), all segments at once.
    Returns ``(pts, off)`` in map pixels."""
    edges = np.asarray(edges, np.int64)
    pt_off, seg_off = np.asarray(pm.pt_off), np.asarray(pm.seg_off)
    ops, P = np.asarray(pm.ops), np.asarray(pm.pts, float)
    n_seg = seg_off[edges + 1] - seg_off[edges]
    seg = np.concatenate([np.arange(a, b) for a, b in zip(seg_off[edges], seg_off[edges + 1])]) \
        if len(edges) else np.zeros(0, np.int64)
    own = np.repeat(np.arange(len(edges)), n_seg)           # position in *edges*
    cubic = ops[seg] == CUBIC
    used = np.where(cubic, 3, 1)
    excl = np.cumsum(used) - used                            # points used before, globally
    first_seg = np.cumsum(n_seg) - n_seg
    start = pt_off[edges][own] + (excl - excl[np.minimum(first_seg, len(seg) - 1)][own]) \
        if len(seg) else np.zeros(0, np.int64)
    p0 = P[start]
    p1, p2, p3 = P[np.minimum(start + 1, len(P) - 1)], P[np.minimum(start + 2, len(P) - 1)], \
        P[np.minimum(start + 3, len(P) - 1)]
    span = (np.hypot(*(p1 - p0).T) + np.hypot(*(p2 - p1).T) + np.hypot(*(p3 - p2).T))
    n = np.where(cubic, np.clip(np.ceil(np.sqrt(span / max(flatness, 1e-3))), 2, 64), 1)
    n = n.astype(np.int64)
    k = np.repeat(np.arange(len(seg)), n)
    t = ((np.arange(len(k)) - np.repeat(np.cumsum(n) - n, n) + 1) / n[k])[:, None]
    mt = 1.0 - t
    curve = (mt ** 3 * p0[k] + 3 * mt * mt * t * p1[k] + 3 * mt * t * t * p2[k]
             + t ** 3 * p3[k])
    samples = np.where(cubic[k][:, None], curve, p1[k])     # a LINE ends at its next point
    # each edge: its first point, then its samples
    per_edge = np.bincount(own[k], minlength=len(edges)) if len(k) else np.zeros(len(edges),
                                                                                  np.int64)
    counts = per_edge + 1
    off = np.concatenate([[0], np.cumsum(counts)])
    out = np.empty((int(off[-1]), 2))
    heads = off[:-1]
    out[heads] = P[pt_off[edges]]
    body = np.ones(len(out), bool)
    body[heads] = False
    out[body] = samples
    return out, off


def boundary_lines(design: Design, thread_of: np.ndarray, *, flatness: float = 0.05) -> tuple:
    """The boundaries between two different threads, placed in every copy.

    *thread_of* ``(2, n_colours)``: the thread (or -1 for the bare fabric) of
    each motif colour in each variant.  Edges along the motif's frame (one side
    OUTSIDE) are left out: the neighbouring copy decides what lies there.
    Returns ``(pts, off)`` in design mm.
    """
    motif = design.motif
    pm = motif.planar_map
    if pm.n_edges == 0:
        return _concat_lines([])
    left, right = np.asarray(pm.left), np.asarray(pm.right)
    inner = np.flatnonzero((left != OUTSIDE) & (right != OUTSIDE))
    if len(inner) == 0:
        return _concat_lines([])
    fc = np.asarray(pm.face_colour)
    cl, cr = fc[left[inner]], fc[right[inner]]
    include = np.stack([thread_of[v][cl] != thread_of[v][cr] for v in (0, 1)])
    if not include.any():
        return _concat_lines([])
    pts, off = edge_polylines(pm, inner, flatness)
    pts = pts * np.array(motif.mm_per_px)
    placed = placed_lines(design, pts, off, include)
    return _concat_lines([p[o0:o1] for p, o, *_ in placed for o0, o1 in zip(o[:-1], o[1:])])


def stroke_lines(design: Design, thread_of: np.ndarray, *, flatness: float = 0.05) -> list:
    """The motif's centreline strokes placed in every copy: a list of
    ``(thread, polyline (n, 2) mm, width mm)``."""
    motif = design.motif
    if not motif.strokes:
        return []
    scale = np.array(motif.mm_per_px)
    lines, colours, widths = [], [], []
    for st in motif.strokes:
        poly = curve_polyline(st.pts, st.ops, flatness=flatness)
        if st.closed and len(poly) > 1:
            poly = np.vstack([poly, poly[:1]])
        lines.append(poly * scale)
        colours.append(int(st.colour))
        widths.append(float(st.width) * float(np.mean(scale)))
    colours = np.array(colours)
    include = np.stack([thread_of[v][colours] >= 0 for v in (0, 1)])
    pts, off = _concat_lines(lines)
    out = []
    for p, o, src, v, s in placed_lines(design, pts, off, include):
        for i, (o0, o1) in enumerate(zip(o[:-1], o[1:])):
            if o1 - o0 >= 2:
                out.append((int(thread_of[v][colours[src[i]]]), p[o0:o1], widths[src[i]] * s))
    return out
