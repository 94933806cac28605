"""Point-sample the flattened design on a regular grid: the colour of each sample.

The binding plan needs the colour *area* of every (bundle, position) cell; we
get it by sampling each cell on a k x k grid.  The samples come straight from
the placed polygons of :func:`~motifstudio.design.flatten.flatten_design` (an
exact even-odd scanline fill at the sample centres), so colours are the
regions' own rgb -- no anti-aliasing to unmix, no colour guessing.

All rings of all regions are filled in one vectorised pass: every edge is
crossed with the sample rows it spans, the crossings are sorted by (region,
row, x) and paired (even-odd within a region, so holes stay empty), and the
spans are written with ``np.maximum.at`` of the region's drawing order, which
is the painter's rule (a later region covers an earlier one).
"""
from __future__ import annotations

import numpy as np

__all__ = ["paint_regions"]


def paint_regions(rings, ring_region, n_regions: int, shape, dx: float, dy: float) -> np.ndarray:
    """Index of the topmost region at each sample, -1 where none.

    Parameters
    ----------
    rings : list of (n, 2) arrays
        Closed polygons in mm (the last point need not repeat the first).
    ring_region : sequence of int
        The region (drawing order, 0 first) each ring belongs to.
    n_regions : int
    shape : (rows, cols)
        Samples sit at ``((c + 0.5) * dx, (r + 0.5) * dy)`` mm.
    dx, dy : float
        Sample spacing in mm.
    """
    R, C = (int(v) for v in shape)
    out = np.full(R * C, -1, np.int64)
    rings = [np.asarray(r, float).reshape(-1, 2) for r in rings]
    keep = [i for i, r in enumerate(rings) if len(r) >= 3]
    if not keep or R == 0 or C == 0:
        return out.reshape(R, C)
    lens = np.array([len(rings[i]) for i in keep])
    p = np.concatenate([rings[i] for i in keep])
    start = np.repeat(np.cumsum(lens) - lens, lens)
    nxt = np.arange(len(p)) + 1
    nxt[np.cumsum(lens) - 1] = start[np.cumsum(lens) - 1]          # close each ring
    q = p[nxt]
    region = np.repeat(np.asarray(ring_region, np.int64)[keep], lens)
    # sample space: sample (c, r) at integer (c, r)
    px, py = p[:, 0] / dx - 0.5, p[:, 1] / dy - 0.5
    qx, qy = q[:, 0] / dx - 0.5, q[:, 1] / dy - 0.5
    slanted = py != qy
    px, py, qx, qy, region = px[slanted], py[slanted], qx[slanted], qy[slanted], region[slanted]
    # an edge crosses the rows r with lo <= r < hi (half-open: a vertex is counted once)
    lo, hi = np.minimum(py, qy), np.maximum(py, qy)
    r0 = np.clip(np.ceil(lo), 0, R).astype(np.int64)
    r1 = np.clip(np.ceil(hi), 0, R).astype(np.int64)
    n = np.maximum(r1 - r0, 0)
    total = int(n.sum())
    if not total:
        return out.reshape(R, C)
    e = np.repeat(np.arange(len(n)), n)
    rows = np.arange(total) - np.repeat(np.cumsum(n) - n, n) + r0[e]
    t = (rows - py[e]) / (qy[e] - py[e])
    x = px[e] + t * (qx[e] - px[e])
    reg = region[e]
    order = np.lexsort((x, rows, reg))
    x, rows, reg = x[order], rows[order], reg[order]
    # every closed ring crosses a whole row an even number of times, so the sorted
    # crossings pair up within each (region, row)
    x_in, x_out = x[0::2], x[1::2]
    rows, reg = rows[0::2], reg[0::2]
    c0 = np.clip(np.ceil(x_in), 0, C).astype(np.int64)
    c1 = np.clip(np.ceil(x_out), 0, C).astype(np.int64)
    w = np.maximum(c1 - c0, 0)
    covered = int(w.sum())
    if not covered:
        return out.reshape(R, C)
    s = np.repeat(np.arange(len(w)), w)
    flat = np.arange(covered) - np.repeat(np.cumsum(w) - w, w) + np.repeat(rows * C + c0, w)
    np.maximum.at(out, flat, reg[s])
    return out.reshape(R, C)
