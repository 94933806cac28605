"""Every visible copy of the motif in a design, with what the felt writers measure.

A copy shows the motif's frame cut by its placement's local clip (in motif
mm) and by its placement's clip (in design mm).  Both clips and the frame are
convex, so what a copy shows is a convex *outline*.  The faces of the motif
are clipped to the frame and local clip once per placement; only copies that
the design clip cuts (a border's mitred ends, the copies along a field's
edge) are clipped again one by one.

For each copy this gives the area of every colour and the *outline
segments*: the stretches of its outline with the face lying along them, the
input of the seam sweep in :mod:`.seams`.  Every face ring is oriented with
the face on its left (outer ring positive, holes negative, in the shoelace
sense), so each segment also says on which side its face lies.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...core.rasterise import flatten_edges
from ...design.flatten import clip_ring, ring_area
from ...design.spec import Design

__all__ = ["Copy", "CopyGeometry", "copy_geometry", "inside_convex", "positive",
           "on_lines", "similarity_scale"]


@dataclass(frozen=True, eq=False)
class Copy:
    """``matrix`` maps motif mm to design mm; ``outline`` is the convex visible
    part in design mm (positive area); ``whole``: the design clip cuts nothing."""
    placement: int
    index: int
    variant: int
    matrix: np.ndarray
    outline: np.ndarray
    whole: bool


@dataclass(frozen=True, eq=False)
class CopyGeometry:
    """The copies of a design and their outline segments.

    ``copies``: every visible :class:`Copy`.  ``regions[p]``: the frame cut by
    placement *p*'s local clip (motif mm).  ``face_area``: (n_copies, n_faces)
    visible area of each face of each copy in design mm².  ``seg_p``/``seg_q``
    (M, 2): outline segments in design mm, the face on the left of p -> q;
    ``seg_copy``/``seg_face`` (M,): whose they are.
    """
    copies: tuple
    regions: tuple
    face_area: np.ndarray
    seg_p: np.ndarray
    seg_q: np.ndarray
    seg_copy: np.ndarray
    seg_face: np.ndarray


def positive(ring: np.ndarray, tol: float = 1e-9) -> np.ndarray:
    """*ring* without repeated points (clipping leaves some), wound with a positive
    shoelace area."""
    ring = np.asarray(ring, float)
    if len(ring) >= 2:
        step = np.hypot(*(np.roll(ring, -1, axis=0) - ring).T)
        ring = ring[step > tol * max(1.0, float(np.abs(ring).max()))]
    return ring[::-1] if len(ring) >= 3 and ring_area(ring) < 0 else ring


def inside_convex(points: np.ndarray, poly: np.ndarray, tol: float = 1e-9) -> np.ndarray:
    """Which *points* lie in the convex polygon *poly* (positive area), boundary included."""
    e = np.roll(poly, -1, axis=0) - poly
    rel = points[:, None, :] - poly[None]
    cross = e[None, :, 0] * rel[..., 1] - e[None, :, 1] * rel[..., 0]
    return (cross >= -tol * np.hypot(e[:, 0], e[:, 1])[None]).all(1)


def on_lines(points: np.ndarray, poly: np.ndarray, tol: float) -> np.ndarray:
    """(N, E) bool: point n lies on the line of edge e of *poly* (within *tol* mm)."""
    e = np.roll(poly, -1, axis=0) - poly
    norm = np.hypot(e[:, 0], e[:, 1])
    rel = points[:, None, :] - poly[None]
    cross = e[None, :, 0] * rel[..., 1] - e[None, :, 1] * rel[..., 0]
    return np.abs(cross) <= tol * np.maximum(norm, 1e-300)[None]


def similarity_scale(m: np.ndarray) -> float:
    """The length factor of a similarity transform (rotation/mirror times a scale), or
    NaN when the matrix stretches lengths differently in different directions."""
    lin = m[:2, :2]
    s2 = abs(float(np.linalg.det(lin)))
    g = lin.T @ lin
    if np.allclose(g, np.eye(2) * s2, rtol=1e-9, atol=1e-12 * max(s2, 1e-300)):
        return float(np.sqrt(s2))
    return float("nan")


def _face_rings(design: Design, flatness_mm: float) -> tuple:
    """All face rings in motif mm, the face on their left; (rings, face of each ring).

    Every edge is flattened once (vectorised) and each loop strings its darts'
    polylines together, so neighbouring faces share the same points.
    """
    motif = design.motif
    pm = motif.planar_map
    xy, off = flatten_edges(pm, scale=motif.mm_per_px, flatness=flatness_mm)
    darts = np.asarray(pm.darts)
    dart_off = np.asarray(pm.dart_off)
    loop_off = np.asarray(pm.loop_off)
    rings, faces = [], []
    for f in range(pm.n_faces):
        rs = []
        for k in range(loop_off[f], loop_off[f + 1]):
            parts = []
            for d in darts[dart_off[k]:dart_off[k + 1]].tolist():
                e = d if d >= 0 else ~d
                poly = xy[off[e]:off[e + 1]]
                poly = poly if d >= 0 else poly[::-1]
                parts.append(poly[:-1])          # the next dart starts where this one ends
            ring = np.concatenate(parts) if parts else np.zeros((0, 2))
            if len(ring) >= 3:
                rs.append(ring)
        if not rs:
            continue
        areas = [ring_area(r) for r in rs]
        outer = int(np.argmax(np.abs(areas)))
        if areas[outer] < 0:                    # turn the whole face so its outer ring is positive
            rs = [r[::-1] for r in rs]
        rings += rs
        faces += [f] * len(rs)
    return rings, np.array(faces, dtype=np.int64)


def _ring_segments(rings: list, poly: np.ndarray, tol: float) -> tuple:
    """Segments of *rings* that lie on an edge of the convex *poly*: (p, q, ring index)."""
    ps, qs, ks = [], [], []
    for k, r in enumerate(rings):
        on = on_lines(r, poly, tol)
        seg = (on & np.roll(on, -1, axis=0)).any(1)
        if seg.any():
            i = np.flatnonzero(seg)
            ps.append(r[i])
            qs.append(r[(i + 1) % len(r)])
            ks.append(np.full(len(i), k, np.int64))
    if not ps:
        return np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(0, np.int64)
    return np.concatenate(ps), np.concatenate(qs), np.concatenate(ks)


def _cut_copy(rings, faces, signed, corners, local_segs, m, clip, outline, n_faces, tol):
    """A copy the design clip cuts: (p, q, face, face areas) with the face left of p -> q.

    Rings wholly inside the clip keep their area and outline segments; rings
    wholly outside are dropped; only the rest are clipped.
    """
    lin, t = m[:2, :2], m[:2, 2]
    det = float(np.linalg.det(lin))
    pc = (corners.reshape(-1, 2) @ lin.T + t).reshape(-1, 4, 2)
    inside = inside_convex(pc.reshape(-1, 2), clip, 1e-9).reshape(-1, 4).all(1)
    e = np.roll(clip, -1, axis=0) - clip
    rel = pc[:, :, None, :] - clip[None, None]
    side = e[None, None, :, 0] * rel[..., 1] - e[None, None, :, 1] * rel[..., 0]
    outside = (side < 0).all(1).any(1)           # all four corners beyond one clip edge
    area = np.zeros(n_faces)
    keep = inside
    np.add.at(area, faces[keep], signed[keep] * abs(det))
    lp, lq, lk = local_segs
    sel = keep[lk]
    ps, qs, fs = [lp[sel] @ lin.T + t], [lq[sel] @ lin.T + t], [faces[lk[sel]]]
    if det < 0:
        ps[0], qs[0] = qs[0], ps[0]
    cross = np.flatnonzero(~inside & ~outside)
    cut = []
    for i in cross.tolist():
        r = rings[i] @ lin.T + t
        if det < 0:
            r = r[::-1]
        r = clip_ring(r, clip)
        if len(r) >= 3:
            cut.append((i, r))
            area[faces[i]] += ring_area(r)
    if cut:
        p, q, k = _ring_segments([r for _, r in cut], outline, tol)
        idx = np.array([i for i, _ in cut])
        ps.append(p)
        qs.append(q)
        fs.append(faces[idx[k]])
    return np.concatenate(ps), np.concatenate(qs), np.concatenate(fs), np.abs(area)


def copy_geometry(design: Design, *, flatness_mm: float = 0.05) -> CopyGeometry:
    """The visible copies of *design* and their outline segments and face areas.

    *flatness_mm* is the curve flattening tolerance in motif mm.
    """
    motif = design.motif
    pm = motif.planar_map
    mw, mh = (float(v) for v in motif.size_mm)
    frame = np.array([(0, 0), (mw, 0), (mw, mh), (0, mh)], float)
    rings, ring_face = _face_rings(design, flatness_mm)
    n_faces = pm.n_faces
    W, H = (float(v) for v in design.size_mm)
    tol_m = 1e-7 * max(mw, mh)
    tol_d = 1e-7 * max(W, H, mw, mh)
    copies, regions, areas = [], [], []
    seg_p, seg_q, seg_copy, seg_face = [], [], [], []
    for pi, pl in enumerate(design.composition.placements):
        region = frame if pl.local_clip is None else positive(clip_ring(frame, pl.local_clip))
        regions.append(region)
        if len(region) < 3 or ring_area(region) <= 0:
            continue
        # the faces cut to the region, once for all copies of the placement
        cut = [(clip_ring(r, region) if pl.local_clip is not None else r) for r in rings]
        keep = [i for i, r in enumerate(cut) if len(r) >= 3]
        p_rings = [cut[i] for i in keep]
        p_face = ring_face[keep]
        signed = np.array([ring_area(r) for r in p_rings])
        local_area = np.zeros(n_faces)
        np.add.at(local_area, p_face, signed)
        local_area = np.abs(local_area)
        lp, lq, lk = _ring_segments(p_rings, region, tol_m)
        lf = p_face[lk]
        lo = np.array([r.min(0) for r in p_rings]).reshape(-1, 2)
        hi = np.array([r.max(0) for r in p_rings]).reshape(-1, 2)
        corners = np.stack([lo, np.c_[hi[:, 0], lo[:, 1]], hi, np.c_[lo[:, 0], hi[:, 1]]], 1)
        clip = None if pl.clip is None else positive(np.asarray(pl.clip, float))
        for k, (m, v) in enumerate(zip(pl.transforms, pl.variants.tolist())):
            lin, t = m[:2, :2], m[:2, 2]
            flip = np.linalg.det(lin) < 0
            placed = positive(region @ lin.T + t)
            whole = clip is None or inside_convex(placed, clip, 1e-9).all()
            if whole:
                outline = placed
                a = local_area * abs(np.linalg.det(lin))
                p, q, f = lp @ lin.T + t, lq @ lin.T + t, lf
            else:
                outline = positive(clip_ring(placed, clip))
                if len(outline) < 3 or ring_area(outline) <= 1e-9:
                    continue
                p, q, f, a = _cut_copy(p_rings, p_face, signed, corners, (lp, lq, lk), m,
                                       clip, outline, n_faces, tol_d)
                flip = False                  # already turned
            if flip:                          # a mirror turns the face to the right: swap ends
                p, q = q, p
            ci = len(copies)
            copies.append(Copy(pi, k, int(v), m, outline, bool(whole)))
            areas.append(a)
            seg_p.append(p)
            seg_q.append(q)
            seg_copy.append(np.full(len(f), ci, np.int64))
            seg_face.append(f)
    cat = (lambda xs, shape: np.concatenate(xs) if xs else np.zeros(shape))  # noqa: E731
    return CopyGeometry(copies=tuple(copies), regions=tuple(regions),
                        face_area=np.array(areas).reshape(len(copies), n_faces),
                        seg_p=cat(seg_p, (0, 2)), seg_q=cat(seg_q, (0, 2)),
                        seg_copy=cat(seg_copy, (0,)).astype(np.int64),
                        seg_face=cat(seg_face, (0,)).astype(np.int64))
