"""Fill stitching: parallel rows at an angle, for many faces at once.

How
---
All faces are rotated so that the rows run along x.  Row ``k`` lies at
``y = phase + k * spacing`` (one grid for the whole design, so neighbouring
faces' rows line up).  Every polygon edge finds the rows it crosses (a
half-open y range, so a vertex is counted once) and the crossings are
expanded with ``np.repeat`` -- all edges of all faces in one pass, as in
:mod:`motifstudio.core.rasterise`.  Sorted by (face, row, x), crossings pair
up even-odd into row *segments*, holes included.

Segments are chained into *sections*: segment ``a`` in row ``k`` continues
into ``b`` in row ``k + 1`` when each is the other's only overlapping
neighbour.  A section is sewn back and forth (boustrophedon), so the short
stitch from one row's end to the next row's start stays inside the face;
where a face forks, a new section starts (and the planner jumps to it).
Links are found with ``searchsorted`` and sections numbered by pointer
doubling -- no loop over rows or segments.

Along a row the needle goes in at a global grid ``offset_k + j * L`` (``L``
the longest stitch), with ``offset_k`` shifting by ``L / STAGGER`` from row
to row, so the penetrations of neighbouring rows are staggered and do not
line up into a visible groove.

The underlay uses the same machinery at right angles with sparser rows, on
the face *eroded* by ``UNDERLAY_INSET``: a row keeps only what is inside the
face on the scan lines ``inset`` above and below it too (intersection of
three interval sets by an event sweep) and is then shortened by ``inset`` at
both ends, so it hides under the top rows.
"""
from __future__ import annotations

import math

import numpy as np

__all__ = ["rotation", "ring_edges", "scan_segments", "erode_segments", "sections",
           "row_stitches", "fill_runs", "STAGGER", "UNDERLAY_SPACING", "UNDERLAY_INSET"]

#: rows in a stagger cycle: penetrations shift by L / STAGGER from row to row
STAGGER = 4
#: underlay row spacing, as a multiple of the top row spacing
UNDERLAY_SPACING = 4.0
#: how far the underlay keeps inside the face's edge (mm)
UNDERLAY_INSET = 0.8


def rotation(angle_deg: float) -> np.ndarray:
    """The 2x2 matrix turning by *angle_deg* anticlockwise **as seen on the design**
    (y down, so it is the mathematical clockwise matrix)."""
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    return np.array([[c, s], [-s, c]])


def ring_edges(polys) -> tuple:
    """Edge arrays of a list of polygons (each a list of closed (N, 2) rings):
    ``(p, q, owner)`` with ``p``, ``q`` (E, 2) the ends and ``owner`` (E,) the polygon index."""
    ps, owners = [], []
    for i, rings in enumerate(polys):
        for r in rings:
            r = np.asarray(r, float)
            if len(r) >= 2 and np.array_equal(r[0], r[-1]):
                r = r[:-1]
            if len(r) < 3:
                continue
            ps.append(r)
            owners.append(np.full(len(r), i, np.int64))
    if not ps:
        z = np.zeros((0, 2))
        return z, z, np.zeros(0, np.int64)
    q = [np.concatenate([r[1:], r[:1]]) for r in ps]
    return np.concatenate(ps), np.concatenate(q), np.concatenate(owners)


def scan_segments(p, q, owner, spacing: float, phase: float) -> tuple:
    """Row segments of polygons given by their edges (rows along x, at
    ``y = phase + k * spacing``).

    Returns ``(owner, k, x0, x1)`` sorted by (owner, k, x0); ``x0 < x1``.
    """
    py, qy = p[:, 1], q[:, 1]
    ylo, yhi = np.minimum(py, qy), np.maximum(py, qy)
    k0 = np.ceil((ylo - phase) / spacing).astype(np.int64)
    k1 = np.ceil((yhi - phase) / spacing).astype(np.int64)
    n = np.maximum(k1 - k0, 0)
    total = int(n.sum())
    if total == 0:
        e = np.zeros(0, np.int64)
        return e, e, np.zeros(0), np.zeros(0)
    e = np.repeat(np.arange(len(n)), n)
    k = k0[e] + (np.arange(total) - np.repeat(np.cumsum(n) - n, n))
    y = phase + k * spacing
    t = (y - py[e]) / (qy[e] - py[e])
    x = p[e, 0] + t * (q[e, 0] - p[e, 0])
    own = owner[e]
    order = np.lexsort((x, k, own))
    own, k, x = own[order], k[order], x[order]
    # each (owner, row) has an even number of crossings: pair them globally
    s0, s1 = slice(0, None, 2), slice(1, None, 2)
    keep = x[s1] > x[s0]
    return own[s0][keep], k[s0][keep], x[s0][keep], x[s1][keep]


def erode_segments(p, q, owner, spacing: float, phase: float, inset: float,
                   min_length: float = 0.0) -> tuple:
    """Row segments of the polygons eroded by about *inset* (see the module notes)."""
    parts = [scan_segments(p, q, owner, spacing, phase + d) for d in (-inset, 0.0, inset)]
    own = np.concatenate([np.r_[a[0], a[0]] for a in parts])
    k = np.concatenate([np.r_[a[1], a[1]] for a in parts])
    x = np.concatenate([np.r_[a[2], a[3]] for a in parts])
    delta = np.concatenate([np.r_[np.ones(len(a[2]), np.int8), -np.ones(len(a[3]), np.int8)]
                            for a in parts])
    if len(x) == 0:
        return own, k, x, x
    order = np.lexsort((delta, x, k, own))      # at one x an end comes before a start
    own, k, x = own[order], k[order], x[order]
    depth = np.cumsum(delta[order], dtype=np.int64)   # each (owner, row) sums to 0
    start = np.flatnonzero(depth == 3)
    x0, x1 = x[start] + inset, x[start + 1] - inset
    keep = x1 - x0 > min_length
    return own[start][keep], k[start][keep], x0[keep], x1[keep]


def sections(owner, k, x0, x1) -> tuple:
    """Chain row segments (sorted by owner, k, x0) into sections.

    Returns ``(order, section, rank)``: ``order`` the segment indices sorted by
    (section, row), and per sorted segment its section id and its rank (row
    position) in the section.
    """
    S = len(owner)
    if S == 0:
        e = np.zeros(0, np.int64)
        return e, e, e
    kmin, kmax = int(k.min()), int(k.max())
    stride = kmax - kmin + 3                   # empty slots between owners
    g = owner * stride + (k - kmin + 1)
    base = float(x0.min())
    W = float(x1.max()) - base + 1.0
    kx0 = g * W + (x0 - base)
    kx1 = g * W + (x1 - base)

    def overlaps(dg):
        lo = np.searchsorted(kx1, (g + dg) * W + (x0 - base), side="right")
        hi = np.searchsorted(kx0, (g + dg) * W + (x1 - base), side="left")
        return lo, hi - lo

    lo_d, n_d = overlaps(1)
    lo_u, n_u = overlaps(-1)
    cand = np.flatnonzero(n_d == 1)
    b = lo_d[cand]
    ok = n_u[b] == 1
    a, b = cand[ok], b[ok]
    parent = np.arange(S)
    parent[b] = a
    # pointer doubling: every segment finds the head of its chain
    while True:
        nxt = parent[parent]
        if np.array_equal(nxt, parent):
            break
        parent = nxt
    rank = k - k[parent]
    order = np.lexsort((rank, parent))
    _, section = np.unique(parent[order], return_inverse=True)
    return order, section.astype(np.int64), rank[order]


def row_stitches(k, x0, x1, forward, spacing: float, phase: float, max_len: float,
                 stagger: int = STAGGER) -> tuple:
    """Needle points along row segments, in the given order and directions.

    Returns ``(u, count)``: ``u`` (M, 2) points in the rotated frame, ``count``
    (S,) points per segment (its two ends plus the grid points between them).
    """
    L = float(max_len)
    eps = min(0.25 * L, 0.8)               # no grid point this close to an end
    off = (np.mod(k, stagger) / stagger) * L
    j0 = np.floor((x0 + eps - off) / L).astype(np.int64) + 1
    j1 = np.ceil((x1 - eps - off) / L).astype(np.int64) - 1
    m = np.maximum(j1 - j0 + 1, 0)
    count = m + 2
    total = int(count.sum())
    seg = np.repeat(np.arange(len(k)), count)
    loc = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    fw = forward[seg]
    gi = np.where(fw, j0[seg] + loc - 1, j1[seg] - loc + 1)
    x = off[seg] + gi * L
    first = loc == 0
    last = loc == count[seg] - 1
    x = np.where(first, np.where(fw, x0[seg], x1[seg]), x)
    x = np.where(last, np.where(fw, x1[seg], x0[seg]), x)
    y = phase + k[seg] * spacing
    return np.column_stack([x, y]), count


def fill_runs(polys, *, angle: float, spacing: float, max_len: float, inset: float = 0.0,
              min_length: float = 0.0) -> tuple:
    """Fill sections of many polygons, as runs of needle points in design mm.

    *polys*: a list of polygons, each a list of rings (outer first, holes
    after; even-odd).  Rows run at *angle* degrees.  With *inset* > 0 the
    polygons are eroded first (underlay).

    Returns ``(pts, off, owner)``: run ``i`` is ``pts[off[i]:off[i+1]]`` and
    belongs to polygon ``owner[i]``.  Runs are sections in polygon order.
    """
    R = rotation(angle)
    p, q, own = ring_edges(polys)
    empty = (np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(0, np.int64))
    if len(p) == 0:
        return empty
    # into the frame where the rows are horizontal: u = R^-1 x = R^T x
    pu, qu = p @ R, q @ R
    phase = 0.5 * spacing
    if inset > 0:
        so, sk, s0, s1 = erode_segments(pu, qu, own, spacing, phase, inset, min_length)
    else:
        so, sk, s0, s1 = scan_segments(pu, qu, own, spacing, phase)
        if min_length > 0:
            keep = s1 - s0 > min_length
            so, sk, s0, s1 = so[keep], sk[keep], s0[keep], s1[keep]
    if len(so) == 0:
        return empty
    order, section, rank = sections(so, sk, s0, s1)
    so, sk, s0, s1 = so[order], sk[order], s0[order], s1[order]
    forward = (rank % 2) == 0
    u, count = row_stitches(sk, s0, s1, forward, spacing, phase, max_len)
    pts = u @ R.T
    # runs: one per section
    n_sec = int(section.max()) + 1
    per_sec = np.bincount(section, weights=count, minlength=n_sec).astype(np.int64)
    off = np.concatenate([[0], np.cumsum(per_sec)])
    first_seg = np.searchsorted(section, np.arange(n_sec))
    return pts, off, so[first_seg]
