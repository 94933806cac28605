"""The cut lines of a design and their lengths.

A cut line is a boundary between two different colours; in a shyrdak every
one is a seam, sewn and covered with cord.  They come in two kinds:

* **inside a copy**: the motif's planar-map edges whose two faces differ in
  colour (in that copy's colours), cut to the copy's outline.  They are drawn
  as one symbol per copy scale (the edges' exact curves; flattened and cut
  where a placement has a local clip, since an edge lying along that clip is
  outline) and measured from the same edges flattened;
* **along copy outlines**: where a copy meets its neighbour, the ground, or a
  band's edge.  All outline segments of all copies are grouped by the line
  they lie on; along each line, the colour on either side is the face whose
  segments cover it (face-on-the-left winding, so a clip's zero-width
  corridors cancel out), or the ground where no copy is; a stretch is a seam
  where the two sides differ.  The design's own edge is not a seam.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...core.planar import OUTSIDE
from ...core.rasterise import flatten_edges
from ...design.spec import Design
from .colours import FeltColours
from .copies import CopyGeometry, on_lines, similarity_scale

__all__ = ["Seams", "measure_seams", "cut_edge_mask", "clip_segments", "chains_d"]


@dataclass(frozen=True, eq=False)
class Seams:
    """``total_mm``: all seams; ``per_colour_mm[c]``: seams bordering colour c;
    ``inside_mm``: the part inside copies; ``outline``: (M, 2, 2) seam segments
    along copy outlines (design mm), drawn as they are; ``local[p]``: for a
    placement with a local clip, its cut-edge segments cut to that clip
    ``(a, b, edge)`` in motif mm (drawn as polylines: an edge running along the
    clip is outline there, so the whole edge cannot be drawn)."""
    total_mm: float
    per_colour_mm: np.ndarray
    inside_mm: float
    outline: np.ndarray
    local: dict


def cut_edge_mask(design: Design, colours: FeltColours, variant: int) -> np.ndarray:
    """Edges of the motif between two faces of different colour in copy *variant*."""
    pm = design.motif.planar_map
    fc = np.asarray(pm.face_colour, np.int64)
    left, right = np.asarray(pm.left), np.asarray(pm.right)
    inner = (left != OUTSIDE) & (right != OUTSIDE)
    perm = colours.perm[variant]
    cl = np.where(inner, perm[fc[np.maximum(left, 0)]], -1)
    cr = np.where(inner, perm[fc[np.maximum(right, 0)]], -1)
    return inner & (cl != cr)


def clip_segments(a: np.ndarray, b: np.ndarray, poly: np.ndarray) -> tuple:
    """Cyrus-Beck: segments a -> b cut to the convex *poly* (positive area).

    Returns the new ends and a mask of the segments that keep a length.
    """
    d = b - a
    t0 = np.zeros(len(a))
    t1 = np.ones(len(a))
    ok = np.ones(len(a), bool)
    for v, w in zip(poly, np.roll(poly, -1, axis=0)):
        e = w - v
        num = e[0] * (a[:, 1] - v[1]) - e[1] * (a[:, 0] - v[0])     # >= 0: inside at t = 0
        den = e[0] * d[:, 1] - e[1] * d[:, 0]
        par = np.abs(den) < 1e-300
        ok &= ~(par & (num < 0))
        with np.errstate(divide="ignore", invalid="ignore"):
            t = -num / den
        t0 = np.where(~par & (den > 0), np.maximum(t0, t), t0)
        t1 = np.where(~par & (den < 0), np.minimum(t1, t), t1)
    ok &= t1 > t0
    return a + t0[:, None] * d, a + t1[:, None] * d, ok


def chains_d(a: np.ndarray, b: np.ndarray, decimals: int = 3) -> str:
    """Segments a -> b (in drawing order) as SVG path data: one polyline per run of
    segments that join end to start."""
    if not len(a):
        return ""
    new = np.ones(len(a), bool)
    new[1:] = np.abs(a[1:] - b[:-1]).max(1) > 1e-9
    fmt = f"{{:.{decimals}f}} {{:.{decimals}f}}"
    parts = []
    for i in range(len(a)):
        if new[i]:
            parts.append("M" + fmt.format(*a[i]))
        parts.append("L" + fmt.format(*b[i]))
    return " ".join(parts)


def _edge_segments(design: Design, mask: np.ndarray, flatness_mm: float) -> tuple:
    """The edges in *mask* flattened to segments in motif mm: (a, b, edge)."""
    motif = design.motif
    xy, off = flatten_edges(motif.planar_map, scale=motif.mm_per_px, flatness=flatness_mm)
    n = np.diff(off)
    edge_of_pt = np.repeat(np.arange(len(n)), n)
    same = edge_of_pt[:-1] == edge_of_pt[1:]
    e = edge_of_pt[:-1][same]
    a, b = xy[:-1][same], xy[1:][same]
    keep = mask[e]
    return a[keep], b[keep], e[keep]


def _drop_on_outline(a, b, poly, tol) -> np.ndarray:
    """Mask of segments NOT lying along an edge of *poly* (those are outline seams)."""
    on = on_lines(a, poly, tol) & on_lines(b, poly, tol)
    return ~on.any(1)


def _inside_lengths(design: Design, colours: FeltColours, geo: CopyGeometry,
                    flatness_mm: float) -> tuple:
    """(total, per colour) length of the cut edges inside the copies."""
    pm = design.motif.planar_map
    fc = np.asarray(pm.face_colour, np.int64)
    n_var = colours.perm.shape[0]
    masks = [cut_edge_mask(design, colours, v) for v in range(n_var)]
    any_cut = np.logical_or.reduce(masks)
    a, b, e = _edge_segments(design, any_cut, flatness_mm)
    left, right = np.asarray(pm.left)[e], np.asarray(pm.right)[e]
    # per variant: colour of each segment's two sides, and whether it is cut there
    side_l = [colours.perm[v][fc[left]] for v in range(n_var)]
    side_r = [colours.perm[v][fc[right]] for v in range(n_var)]
    is_cut = [m[e] for m in masks]
    n_col = len(colours)
    total = 0.0
    per = np.zeros(n_col)
    W, H = design.size_mm
    mw, mh = design.motif.size_mm
    tol_m = 1e-7 * max(mw, mh)
    tol_d = 1e-7 * max(W, H, mw, mh)

    def add(lengths, v, factor=1.0):
        nonlocal total
        w = lengths * is_cut[v] * factor
        total += float(w.sum())
        per[:] += np.bincount(side_l[v], w, n_col) + np.bincount(side_r[v], w, n_col)

    by_placement: dict = {}
    for ci, cp in enumerate(geo.copies):
        pl = design.composition.placements[cp.placement]
        if cp.placement not in by_placement:
            region = geo.regions[cp.placement]
            if pl.local_clip is not None:
                ca, cb, ok = clip_segments(a, b, region)
                ok &= _drop_on_outline(ca, cb, region, tol_m)
            else:
                ca, cb, ok = a, b, np.ones(len(a), bool)
            by_placement[cp.placement] = (ca, cb, ok, np.hypot(*(cb - ca).T) * ok)
        ca, cb, ok, local_len = by_placement[cp.placement]
        s = similarity_scale(cp.matrix)
        if cp.whole and np.isfinite(s):
            add(local_len, cp.variant, s)
            continue
        lin, t = cp.matrix[:2, :2], cp.matrix[:2, 2]
        pa, pb = ca @ lin.T + t, cb @ lin.T + t
        if not cp.whole:
            pa, pb, ok2 = clip_segments(pa, pb, cp.outline)
            ok2 &= _drop_on_outline(pa, pb, cp.outline, tol_d)
        else:
            ok2 = np.ones(len(pa), bool)
        add(np.hypot(*(pb - pa).T) * (ok & ok2), cp.variant)
    local = {p: (ca[ok], cb[ok], e[ok]) for p, (ca, cb, ok, _) in by_placement.items()
             if design.composition.placements[p].local_clip is not None}
    return total, per, local


def _outline_seams(design: Design, colours: FeltColours, geo: CopyGeometry) -> tuple:
    """(total, per colour, segments) of the seams along copy outlines."""
    n_col = len(colours)
    per = np.zeros(n_col)
    p, q = geo.seg_p, geo.seg_q
    d = q - p
    length = np.hypot(d[:, 0], d[:, 1])
    W, H = (float(v) for v in design.size_mm)
    tol = 1e-7 * max(W, H, *design.motif.size_mm)
    keep = length > tol
    p, q, d, length = p[keep], q[keep], d[keep], length[keep]
    copy_of, face_of = geo.seg_copy[keep], geo.seg_face[keep]
    if not len(p):
        return 0.0, per, np.zeros((0, 2, 2))
    fc = np.asarray(design.motif.planar_map.face_colour, np.int64)
    variant = np.array([c.variant for c in geo.copies], np.int64)
    colour = colours.perm[variant[copy_of], fc[face_of]]
    region = copy_of * max(1, design.motif.planar_map.n_faces) + face_of
    # the line each segment lies on: angle in [0, pi), then offset along the normal
    theta = np.mod(np.arctan2(d[:, 1], d[:, 0]) + 1e-9, np.pi) - 1e-9
    order = np.argsort(theta, kind="stable")
    t_sorted = theta[order]
    ang_id = np.empty(len(p), np.int64)
    ang_id[order] = np.concatenate([[0], np.cumsum(np.diff(t_sorted) > 1e-7)])
    mean_theta = np.bincount(ang_id, theta) / np.bincount(ang_id)
    th = mean_theta[ang_id]
    u = np.stack([np.cos(th), np.sin(th)], 1)
    nrm = np.stack([-u[:, 1], u[:, 0]], 1)
    off = (nrm * p).sum(1)
    order = np.lexsort((off, ang_id))
    brk = np.concatenate([[True], (np.diff(ang_id[order]) != 0)
                          | (np.diff(off[order]) > 10 * tol)])
    line = np.empty(len(p), np.int64)
    line[order] = np.cumsum(brk) - 1
    ta, tb = (u * p).sum(1), (u * q).sum(1)
    along = np.sign(tb - ta)                   # +1: the face is left of u
    lo, hi = np.minimum(ta, tb), np.maximum(ta, tb)
    total = 0.0
    out = []
    for li in np.unique(line):
        idx = np.flatnonzero(line == li)
        stops = np.unique(np.concatenate([lo[idx], hi[idx]]))
        stops = stops[np.concatenate([[True], np.diff(stops) > tol])]
        if len(stops) < 2:
            continue
        mids = (stops[:-1] + stops[1:]) / 2
        # which elementary pieces each segment covers
        s0 = np.searchsorted(stops, lo[idx] + tol / 2, "right") - 1
        s1 = np.searchsorted(stops, hi[idx] - tol / 2, "left")
        cnt = np.maximum(s1 - s0, 0)
        seg = np.repeat(idx, cnt)
        piece = np.repeat(s0, cnt) + np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        # winding difference (left minus right) of each face region over each piece
        key_piece, key_region = piece, region[seg]
        keys, inv = np.unique(np.stack([key_piece, key_region], 1), axis=0, return_inverse=True)
        delta = np.bincount(inv.ravel(), along[seg], len(keys))
        reg_colour = np.zeros(len(keys), np.int64)
        reg_colour[inv.ravel()] = colour[seg]
        npieces = len(mids)
        left = np.full(npieces, -1, np.int64)
        right = np.full(npieces, -1, np.int64)
        pos, neg = delta > 0.5, delta < -0.5
        left[keys[pos, 0]] = reg_colour[pos]
        right[keys[neg, 0]] = reg_colour[neg]
        # a side no copy covers: the ground inside the design, nothing beyond its edge
        i0 = idx[0]
        pts = mids[:, None] * u[i0] + off[i0] * nrm[i0]
        inside = ((pts[:, 0] > tol) & (pts[:, 0] < W - tol)
                  & (pts[:, 1] > tol) & (pts[:, 1] < H - tol))
        left = np.where((left < 0) & inside, colours.ground, left)
        right = np.where((right < 0) & inside, colours.ground, right)
        seam = (left >= 0) & (right >= 0) & (left != right)
        if not seam.any():
            continue
        ln = np.diff(stops) * seam
        total += float(ln.sum())
        per += np.bincount(left[seam], ln[seam], n_col) + np.bincount(right[seam], ln[seam], n_col)
        # join neighbouring seam pieces into one segment
        s = np.concatenate([[False], seam, [False]]).astype(np.int8)
        starts, ends = np.flatnonzero(np.diff(s) == 1), np.flatnonzero(np.diff(s) == -1)
        a = stops[starts][:, None] * u[i0] + off[i0] * nrm[i0]
        b = stops[ends][:, None] * u[i0] + off[i0] * nrm[i0]
        out.append(np.stack([a, b], 1))
    segs = np.concatenate(out) if out else np.zeros((0, 2, 2))
    return total, per, segs


def measure_seams(design: Design, colours: FeltColours, geo: CopyGeometry, *,
                  flatness_mm: float = 0.02) -> Seams:
    """All cut lines of *design*: lengths in total and per colour, and the outline
    seams to draw.  *flatness_mm* flattens the motif's curves (motif mm)."""
    inside, per_in, local = _inside_lengths(design, colours, geo, flatness_mm)
    outline, per_out, segs = _outline_seams(design, colours, geo)
    return Seams(total_mm=inside + outline, per_colour_mm=per_in + per_out, inside_mm=inside,
                 outline=segs, local=local)
