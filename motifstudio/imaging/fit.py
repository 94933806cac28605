"""Fit every edge of a planar map with lines and cubic Béziers, all edges at once.

The lattice polylines are staircases.  We take crack midpoints (which turn a
digital straight line into an almost straight one), find corners by the
turning angle over a few pixels, smooth between corners, and then run a
batched version of Schneider's curve fitting ("An algorithm for
automatically fitting digitized curves", Graphics Gems 1990): every span
between break points is fitted in the same numpy pass, spans that miss the
tolerance are split at their worst point and fitted again.  Tangents at a
split point are shared by both sides, so curves join smoothly; corners and
nodes keep one-sided tangents.  Edge endpoints stay exactly on their nodes,
so the faces meeting there still close.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LINE = 0
CUBIC = 1
_COS_LINE = np.cos(np.radians(12.0))  # a line may leave a tangent by at most this angle


@dataclass(frozen=True, eq=False)
class FittedEdges:
    pts: np.ndarray      # (P, 2)
    pt_off: np.ndarray   # (E + 1,)
    ops: np.ndarray      # (S,) uint8
    seg_off: np.ndarray  # (E + 1,)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated aranges: (indices, owner) for ranges [starts[k], starts[k] + lengths[k])."""
    total = int(lengths.sum())
    owner = np.repeat(np.arange(len(starts)), lengths)
    off = np.zeros(len(starts), np.int64)
    np.cumsum(lengths[:-1], out=off[1:])
    idx = np.arange(total) - off[owner] + starts[owner]
    return idx, owner


def _midpoint_paths(pts, pt_off, closed):
    """Crack midpoints per edge; paths keep their node endpoints, rings are closed by repetition.

    Returns (points, offsets) of the new polylines.  A ring's polyline starts
    and ends on the same midpoint.
    """
    n_e = len(pt_off) - 1
    npts = np.diff(pt_off)                       # lattice points per edge (cracks + 1)
    mids_all = 0.5 * (pts[:-1] + pts[1:])        # includes bogus midpoints across edges
    n_cr = npts - 1
    new_len = np.where(closed, n_cr + 1, n_cr + 2)
    off = np.zeros(n_e + 1, np.int64)
    np.cumsum(new_len, out=off[1:])
    out = np.empty((off[-1], 2))
    # midpoints of each edge's cracks
    idx, owner = _ranges(pt_off[:-1], n_cr)
    pos = idx - pt_off[:-1][owner] + off[:-1][owner] + np.where(closed[owner], 0, 1)
    out[pos] = mids_all[idx]
    paths = ~closed
    out[off[:-1][paths]] = pts[pt_off[:-1][paths]]
    out[off[1:][paths] - 1] = pts[pt_off[1:][paths] - 1]
    rings = closed
    out[off[1:][rings] - 1] = out[off[:-1][rings]]
    # The lattice vertices on either side of each midpoint (corners snap to one of them).
    before = out.copy()
    after = out.copy()
    before[pos] = pts[idx]
    after[pos] = pts[idx + 1]
    before[off[1:][rings] - 1] = before[off[:-1][rings]]
    after[off[1:][rings] - 1] = after[off[:-1][rings]]
    return out, off, before, after


def _turn_angles(Q, off, closed, k):
    """Absolute turning angle (degrees) at every point over chords of k points."""
    n = len(Q)
    owner = np.repeat(np.arange(len(off) - 1), np.diff(off))
    start = off[:-1][owner]
    length = np.diff(off)[owner]
    pos = np.arange(n) - start
    ring = closed[owner]
    ring_len = length - 1  # rings repeat their first point at the end
    prv = np.where(ring, (pos - k) % np.maximum(ring_len, 1), np.maximum(pos - k, 0)) + start
    nxt = np.where(ring, (pos + k) % np.maximum(ring_len, 1), np.minimum(pos + k, length - 1)) + start
    a = Q - Q[prv]
    b = Q[nxt] - Q
    cross = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
    dot = (a * b).sum(1)
    ang = np.degrees(np.abs(np.arctan2(cross, dot)))
    ang[(a ** 2).sum(1) == 0] = 0.0
    ang[(b ** 2).sum(1) == 0] = 0.0
    return ang, owner, pos, length, ring


def _corners(Q, off, closed, threshold, k):
    ang, owner, pos, length, ring = _turn_angles(Q, off, closed, k)
    cand = ang >= threshold
    # Non-maximum suppression within a short window (corners of a 4-px square must survive);
    # a tiny positional bias breaks the ties of symmetric corners.
    ang_b = ang + pos * 1e-9
    keep = cand.copy()
    ring_len = np.maximum(length - 1, 1)
    for d in range(1, max(1, k // 2 + 1) + 1):
        for sgn in (-1, 1):
            p = pos + sgn * d
            valid = ring | ((p >= 0) & (p < length))
            p = np.where(ring, p % ring_len, np.clip(p, 0, length - 1))
            other = ang_b[off[:-1][owner] + p]
            keep &= ~(valid & (other > ang_b))
    # A ring's closing duplicate is not a separate corner.
    keep &= ~(ring & (pos == length - 1))
    return keep, ang


def _smooth(Q, off, closed, fixed, passes):
    """[1, 2, 1] / 4 smoothing along each polyline; fixed points stay."""
    if passes <= 0:
        return Q
    n = len(Q)
    owner = np.repeat(np.arange(len(off) - 1), np.diff(off))
    start = off[:-1][owner]
    length = np.diff(off)[owner]
    pos = np.arange(n) - start
    ring = closed[owner]
    ring_len = np.maximum(length - 1, 1)
    prv = np.where(ring, (pos - 1) % ring_len, np.maximum(pos - 1, 0)) + start
    nxt = np.where(ring, (pos + 1) % ring_len, np.minimum(pos + 1, length - 1)) + start
    last_of_ring = ring & (pos == length - 1)
    first_idx = start
    Q = Q.copy()
    for _ in range(passes):
        S = 0.25 * (Q[prv] + 2 * Q + Q[nxt])
        S[fixed] = Q[fixed]
        S[last_of_ring] = S[first_idx[last_of_ring]]
        Q = S
    return Q


def _unit(v):
    n = np.hypot(v[:, 0], v[:, 1])
    out = np.zeros_like(v)
    ok = n > 1e-12
    out[ok] = v[ok] / n[ok, None]
    return out


def midpoint_polylines(pts, pt_off, closed) -> FittedEdges:
    """The exact fallback: each edge as straight lines through its crack midpoints.

    Every pixel centre lies on its own side of these polylines (each segment
    cuts only the corner of one pixel, at a vertex no other edge touches), so
    they reproduce the label map exactly and never cross one another.
    """
    pts = np.asarray(pts, np.float64)
    Q, off, _, _ = _midpoint_paths(pts, pt_off, np.asarray(closed, bool))
    n_seg = np.diff(off) - 1
    seg_off = np.zeros(len(off), np.int64)
    np.cumsum(n_seg, out=seg_off[1:])
    return FittedEdges(Q, off, np.zeros(seg_off[-1], np.uint8), seg_off)


def fit_polylines(pts, pt_off, closed, *, tolerance=0.6, corner_threshold=60.0, smoothing=2,
                  corner_scale=3, max_rounds=24, pinch_start=None,
                  pinch_end=None, decimate=2) -> FittedEdges:
    """Fit lattice polylines (one per edge) with lines and cubics.

    Parameters
    ----------
    pts, pt_off, closed : arrays
        Edge polylines on the pixel lattice (see :class:`cracks.Topology`).
    tolerance : float
        Largest distance, in pixels, between the fit and the smoothed boundary.
    corner_threshold : float
        Turning angle in degrees (over ``corner_scale`` crack midpoints) from
        which a point is a corner.
    smoothing : int
        Passes of [1, 2, 1] smoothing between corners.
    pinch_start, pinch_end : (E,) bool arrays, optional
        Edge ends at four-crack nodes.  There two curves of the same face can
        leave the node almost together and cross; the first half-crack is
        kept straight along the lattice so they leave in different directions.
    """
    if tolerance <= 0:
        raise ValueError("tolerance must be positive")
    pts = np.asarray(pts, np.float64)
    closed = np.asarray(closed, bool)
    n_e = len(pt_off) - 1
    if n_e == 0:
        return FittedEdges(np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(0, np.uint8),
                           np.zeros(1, np.int64))
    Q, off, v_before, v_after = _midpoint_paths(pts, pt_off, closed)
    lengths = np.diff(off)
    owner = np.repeat(np.arange(n_e), lengths)
    pos = np.arange(len(Q)) - off[:-1][owner]
    is_end = ~closed[owner] & ((pos == 0) | (pos == lengths[owner] - 1))
    corner, ang = _corners(Q, off, closed, corner_threshold, corner_scale)
    corner &= ~is_end
    pinned = np.zeros(len(Q), bool)  # break points that stay on their midpoint
    for flags, at in ((pinch_start, off[:-1] + 1), (pinch_end, off[1:] - 2)):
        if flags is not None:
            sel = np.asarray(flags, bool) & ~closed & (lengths > 2)
            pinned[at[sel]] = True
    corner &= ~pinned
    # A corner found at a crack midpoint moves to the lattice vertex where the turn happens.
    ci = np.flatnonzero(corner)
    if len(ci):
        prev_ang = ang[np.maximum(ci - 1, 0)]
        next_ang = ang[np.minimum(ci + 1, len(Q) - 1)]
        Q = Q.copy()
        Q[ci] = np.where((prev_ang >= next_ang)[:, None], v_before[ci], v_after[ci])
        last = closed[owner] & (pos == lengths[owner] - 1)
        Q[last] = Q[off[:-1][owner[last]]]
    corner |= pinned
    Q = _smooth(Q, off, closed, corner | is_end, smoothing)

    # Rotate each ring so it starts at its first corner (if any): the start is then a true break.
    ring_ids = np.flatnonzero(closed)
    ring_start_corner = np.zeros(n_e, bool)
    if len(ring_ids):
        cidx = np.flatnonzero(corner & closed[owner])
        first_c = np.full(n_e, -1, np.int64)
        if len(cidx):
            # first corner per ring (cidx sorted, so the first occurrence per owner)
            own = owner[cidx]
            uniq, first_pos = np.unique(own, return_index=True)
            first_c[uniq] = cidx[first_pos]
        rot = ring_ids[first_c[ring_ids] >= 0]
        if len(rot):
            Q, corner = _rotate_rings(Q, off, corner, rot, first_c[rot])
            ring_start_corner[rot] = True

    # Break points: path ends, corners, ring starts/ends.
    brk = corner | is_end
    brk[off[:-1]] = True
    brk[off[1:] - 1] = True
    # A break is "smooth" (shared central tangent) unless it is a corner or node.
    smooth_brk = np.zeros(len(Q), bool)
    rings_smooth = closed & ~ring_start_corner
    smooth_brk[off[:-1][rings_smooth]] = True
    smooth_brk[off[1:][rings_smooth] - 1] = True

    if decimate > 1 and smoothing >= 2:
        # Smoothed midpoints are dense and redundant: fitting every other one costs half
        # and changes the curves by far less than the tolerance.  Break points stay.
        keep = brk | (pos % decimate == 0)
        Q, brk, smooth_brk, owner = Q[keep], brk[keep], smooth_brk[keep], owner[keep]
        off = np.zeros(n_e + 1, np.int64)
        np.cumsum(np.bincount(owner, minlength=n_e), out=off[1:])

    spans_s = np.flatnonzero(brk)
    # Consecutive breaks within an edge form spans.
    same_edge = owner[spans_s[:-1]] == owner[spans_s[1:]]
    s = spans_s[:-1][same_edge]
    e = spans_s[1:][same_edge]

    t_left, t_right = _tangents(Q, off, owner, closed, s, e, smooth_brk)
    seg_s, seg_e, seg_kind, seg_c = _fit_spans(Q, s, e, t_left, t_right, tolerance,
                                               max_rounds, smooth_brk | ~brk)

    order = np.argsort(seg_s, kind="stable")
    seg_s, seg_e, seg_kind, seg_c = seg_s[order], seg_e[order], seg_kind[order], seg_c[order]
    seg_owner = owner[seg_s]
    seg_counts = np.bincount(seg_owner, minlength=n_e)
    seg_off = np.zeros(n_e + 1, np.int64)
    np.cumsum(seg_counts, out=seg_off[1:])
    npt = np.where(seg_kind == CUBIC, 3, 1)
    pt_counts = 1 + np.bincount(seg_owner, weights=npt, minlength=n_e).astype(np.int64)
    new_off = np.zeros(n_e + 1, np.int64)
    np.cumsum(pt_counts, out=new_off[1:])
    out = np.empty((new_off[-1], 2))
    out[new_off[:-1]] = Q[off[:-1]]
    # position of each segment's first output point
    seg_rank_pts = np.zeros(len(seg_s), np.int64)
    cum = np.cumsum(npt)
    seg_rank_pts[1:] = cum[:-1]
    base = seg_rank_pts - seg_rank_pts[seg_off[:-1]][seg_owner] + new_off[:-1][seg_owner] + 1
    cub = seg_kind == CUBIC
    out[base[cub]] = seg_c[cub, 0]
    out[base[cub] + 1] = seg_c[cub, 1]
    out[base[cub] + 2] = Q[seg_e[cub]]
    out[base[~cub]] = Q[seg_e[~cub]]
    return FittedEdges(out, new_off, seg_kind.astype(np.uint8), seg_off)


def _rotate_rings(Q, off, corner, ring_ids, first_corner):
    Q = Q.copy()
    corner = corner.copy()
    for r, c in zip(ring_ids.tolist(), first_corner.tolist()):
        a, b = off[r], off[r + 1]
        k = c - a
        body = np.roll(Q[a:b - 1], -k, axis=0)
        Q[a:b - 1] = body
        Q[b - 1] = body[0]
        cb = np.roll(corner[a:b - 1], -k)
        corner[a:b - 1] = cb
        corner[b - 1] = False
        corner[a] = False  # it is now the ring's start/end break
    return Q, corner


def _tangents(Q, off, owner, closed, s, e, smooth_brk, m=3):
    """Unit tangents at span ends: t_left at s pointing into the span, t_right at e pointing back."""
    start = off[:-1][owner]
    length = np.diff(off)[owner]
    ring = closed[owner]
    ring_len = np.maximum(length - 1, 1)

    def at(i, d):
        p = i - start[i] + d
        p = np.where(ring[i], p % ring_len[i], np.clip(p, 0, length[i] - 1))
        return start[i] + p

    mm = np.minimum(m, e - s)
    t_left = _unit(Q[np.minimum(s + mm, e)] - Q[s])
    t_right = _unit(Q[np.maximum(e - mm, s)] - Q[e])
    cs = smooth_brk[s]
    if cs.any():
        t_left[cs] = _unit(Q[at(s[cs], m)] - Q[at(s[cs], -m)])
    ce = smooth_brk[e]
    if ce.any():
        t_right[ce] = _unit(Q[at(e[ce], -m)] - Q[at(e[ce], m)])
    return t_left, t_right


def _bezier(p0, c1, c2, p3, u):
    mu = 1 - u
    return ((mu ** 3)[:, None] * p0 + (3 * mu * mu * u)[:, None] * c1
            + (3 * mu * u * u)[:, None] * c2 + (u ** 3)[:, None] * p3)


def _evaluate(Q, cum, s, e, tl, tr, tol):
    """Try every span [s, e] as a line and as a cubic.

    Returns (line_ok, cubic_ok, c1, c2, worst): worst is the global index of
    the point that misses the most (where to split).
    """
    n = e - s + 1
    p0, p3 = Q[s], Q[e]
    idx, own = _ranges(s, n)
    first = np.zeros(len(s), np.int64)
    np.cumsum(n[:-1], out=first[1:])
    P = Q[idx]
    chord = p3 - p0
    clen = np.hypot(chord[:, 0], chord[:, 1])
    ln = np.maximum(clen, 1e-12)
    cu = chord / ln[:, None]

    def line_dev(X):
        rel = X - p0[own]
        d = np.abs(rel[:, 0] * cu[own, 1] - rel[:, 1] * cu[own, 0])
        along = rel[:, 0] * cu[own, 0] + rel[:, 1] * cu[own, 1]
        return np.where((along < -tol) | (along > ln[own] + tol), np.hypot(rel[:, 0], rel[:, 1]), d)

    line_err = np.maximum.reduceat(line_dev(P), first)
    # Inside a smooth run a line would leave a kink: accept it only where it follows the
    # tangents (corners and nodes have one-sided tangents, so straight runs pass).
    follows = ((cu * tl).sum(1) > _COS_LINE) & ((-cu * tr).sum(1) > _COS_LINE)
    line_ok = (line_err <= tol) & (clen > 0) & (follows | (n <= 3))

    total = cum[e] - cum[s]
    u = (cum[idx] - cum[s][own]) / np.maximum(total, 1e-12)[own]
    c1, c2, err2, worst = _solve(P, own, first, u, p0, p3, tl, tr)
    # Spans that miss get one Newton reparameterisation step and a second solve.
    retry = (err2 > tol * tol) & ~line_ok
    if retry.any():
        r = np.flatnonzero(retry)
        pm = retry[own]
        sub_own = np.cumsum(retry)[own[pm]] - 1
        sub_first = np.zeros(len(r), np.int64)
        np.cumsum(n[r][:-1], out=sub_first[1:])
        Pr = P[pm]
        ur = _newton(Pr, sub_own, u[pm], p0[r], c1[r], c2[r], p3[r])
        c1b, c2b, err2b, worstb = _solve(Pr, sub_own, sub_first, ur, p0[r], p3[r], tl[r], tr[r])
        better = err2b < err2[r]
        b = r[better]
        c1[b], c2[b], err2[b], worst[b] = c1b[better], c2b[better], err2b[better], worstb[better]
    cubic_ok = err2 <= tol * tol
    return line_ok, cubic_ok, c1, c2, worst + s


def _fit_spans(Q, s, e, tl, tr, tol, max_rounds, mergeable):
    """Batched Schneider fitting, then merging; returns segments (start, end, kind, controls).

    Spans that fail are split at their worst point, sharing a central tangent
    there.  Greedy splitting overshoots, so afterwards neighbouring segments
    joined at such a smooth split are merged again wherever one curve fits both.
    """
    seglen = np.hypot(*np.diff(Q, axis=0).T)
    cum = np.zeros(len(Q))
    np.cumsum(seglen, out=cum[1:])
    acc = []  # accepted: (s, e, kind, c1, c2, tl, tr)
    for rnd in range(max_rounds + 1):
        if len(s) == 0:
            break
        n = e - s + 1
        line_ok, cubic_ok, c1, c2, worst = _evaluate(Q, cum, s, e, tl, tr, tol)
        is_cubic = ~line_ok & cubic_ok
        give_up = ~line_ok & ~cubic_ok & ((n <= 3) | (rnd == max_rounds))
        if line_ok.any():
            acc.append((s[line_ok], e[line_ok], np.full(line_ok.sum(), LINE), c1[line_ok],
                        c2[line_ok], tl[line_ok], tr[line_ok]))
        if is_cubic.any():
            acc.append((s[is_cubic], e[is_cubic], np.full(is_cubic.sum(), CUBIC), c1[is_cubic],
                        c2[is_cubic], tl[is_cubic], tr[is_cubic]))
        if give_up.any():
            # A short or hopeless span becomes its polyline.
            pi, _ = _ranges(s[give_up], n[give_up] - 1)
            z = np.zeros((len(pi), 2))
            acc.append((pi, pi + 1, np.full(len(pi), LINE), z, z, z, z))
        rest = ~(line_ok | is_cubic | give_up)
        if not rest.any():
            break
        rs, re_, w = s[rest], e[rest], worst[rest]
        w = np.clip(w, rs + 1, re_ - 1)
        tmid = _unit(Q[np.minimum(w + 2, re_)] - Q[np.maximum(w - 2, rs)])
        s = np.concatenate([rs, w])
        e = np.concatenate([w, re_])
        tl = np.concatenate([tl[rest], tmid])
        tr = np.concatenate([-tmid, tr[rest]])
    seg = [np.concatenate(col) for col in zip(*acc)] if acc else \
        [np.zeros(0, np.int64)] * 3 + [np.zeros((0, 2))] * 4
    return _merge(Q, cum, *seg, tol, mergeable)


def _merge(Q, cum, s, e, kind, c1, c2, tl, tr, tol, mergeable, rounds=6):
    """Merge neighbouring cubics across smooth split points where one cubic fits both."""
    order = np.argsort(s, kind="stable")
    s, e, kind, c1, c2, tl, tr = (a[order] for a in (s, e, kind, c1, c2, tl, tr))
    for rnd in range(rounds):
        # Candidate pairs (i, i+1): contiguous, both cubic, joined at a smooth split.
        cand = (e[:-1] == s[1:]) & mergeable[e[:-1]] & (kind[:-1] == CUBIC) & (kind[1:] == CUBIC)
        i = np.flatnonzero(cand)
        if len(i) == 0:
            break
        # Pairs of one parity never share a segment; alternate the parity between rounds.
        i = i[(i % 2) == (rnd % 2)]
        if len(i) == 0:
            continue
        ms, me, mtl, mtr = s[i], e[i + 1], tl[i], tr[i + 1]
        line_ok, cubic_ok, mc1, mc2, _ = _evaluate(Q, cum, ms, me, mtl, mtr, tol)
        ok = cubic_ok
        if not ok.any():
            continue
        j = i[ok]
        e[j] = me[ok]
        c1[j], c2[j], tr[j] = mc1[ok], mc2[ok], mtr[ok]
        keep = np.ones(len(s), bool)
        keep[j + 1] = False
        s, e, kind, c1, c2, tl, tr = (a[keep] for a in (s, e, kind, c1, c2, tl, tr))
    return s, e, kind, np.stack([c1, c2], axis=1)


def _span_sum(v, first):
    """Per-span sums of a per-point quantity; points are contiguous per span."""
    return np.add.reduceat(v, first) if len(v) else np.zeros(len(first))


def _solve(P, own, first, u, p0, p3, tl, tr):
    """Least-squares tangent magnitudes (Schneider's 2x2 system) for every span at once.

    Returns the control points, each span's squared error and the position
    (within the span) of its worst point.
    """
    mu = 1 - u
    b1, b2 = 3 * mu * mu * u, 3 * mu * u * u
    b01 = mu * mu * (mu + 3 * u)
    b23 = u * u * (u + 3 * mu)
    tlo, tro = tl[own], tr[own]
    p0o, p3o = p0[own], p3[own]
    tx = P[:, 0] - b01 * p0o[:, 0] - b23 * p3o[:, 0]
    ty = P[:, 1] - b01 * p0o[:, 1] - b23 * p3o[:, 1]
    a1x, a1y = tlo[:, 0] * b1, tlo[:, 1] * b1
    a2x, a2y = tro[:, 0] * b2, tro[:, 1] * b2
    c11 = _span_sum(a1x * a1x + a1y * a1y, first)
    c12 = _span_sum(a1x * a2x + a1y * a2y, first)
    c22 = _span_sum(a2x * a2x + a2y * a2y, first)
    x1 = _span_sum(a1x * tx + a1y * ty, first)
    x2 = _span_sum(a2x * tx + a2y * ty, first)
    det = c11 * c22 - c12 * c12
    ok = np.abs(det) > 1e-12
    safe = np.where(ok, det, 1.0)
    al1 = np.where(ok, (x1 * c22 - x2 * c12) / safe, 0.0)
    al2 = np.where(ok, (c11 * x2 - c12 * x1) / safe, 0.0)
    dist = np.hypot(*(p3 - p0).T)
    # Wu/Barsky fallback when the solution is degenerate or points backwards.
    bad = ~ok | (al1 < 1e-6 * dist) | (al2 < 1e-6 * dist) | (al1 > 2 * dist) | (al2 > 2 * dist)
    al1 = np.where(bad, dist / 3, al1)
    al2 = np.where(bad, dist / 3, al2)
    c1 = p0 + tl * al1[:, None]
    c2 = p3 + tr * al2[:, None]
    # residual of the fitted curve: tx - b1*c1' - b2*c2' with c' = control - its endpoint share
    c1o, c2o = c1[own], c2[own]
    dx = tx - b1 * (c1o[:, 0] - p0o[:, 0]) - b2 * (c2o[:, 0] - p3o[:, 0])
    dy = ty - b1 * (c1o[:, 1] - p0o[:, 1]) - b2 * (c2o[:, 1] - p3o[:, 1])
    d2 = dx * dx + dy * dy
    err2 = np.maximum.reduceat(d2, first)
    hit = np.flatnonzero(d2 == err2[own])
    worst = hit[np.searchsorted(own[hit], np.arange(len(first)))] - first
    return c1, c2, err2, worst


def _newton(P, own, u, p0, c1, c2, p3):
    """One Newton–Raphson step on each point's parameter towards its closest curve point."""
    a, b, c, d = p0[own], c1[own], c2[own], p3[own]
    mu = 1 - u
    B = _bezier(a, b, c, d, u)
    d1 = (3 * mu * mu)[:, None] * (b - a) + (6 * mu * u)[:, None] * (c - b) + (3 * u * u)[:, None] * (d - c)
    d2 = (6 * mu)[:, None] * (c - 2 * b + a) + (6 * u)[:, None] * (d - 2 * c + b)
    diff = B - P
    num = (diff * d1).sum(1)
    den = (d1 * d1).sum(1) + (diff * d2).sum(1)
    step = np.where(np.abs(den) > 1e-12, num / np.where(den == 0, 1, den), 0.0)
    return np.clip(u - step, 0.0, 1.0)
