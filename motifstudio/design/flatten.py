"""A design as plain coloured polygons in design millimetres.

Production writers that must *reason* about the whole arranged design (stitch
planning, areas and cut-line lengths per colour, binding plans) need every
copy of every face placed and clipped, not ``<use>`` references.  Each face's
loops are flattened once in motif coordinates; each copy maps them with its
matrix (vectorised) and clips them with its convex clips (Sutherland–Hodgman,
exact for a convex clip region; a face's outer ring and holes are clipped
separately, which keeps the even-odd area right).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .spec import Design

__all__ = ["Region", "flatten_design", "ring_area", "clip_ring"]


@dataclass(frozen=True, eq=False)
class Region:
    """One placed face: ``colour`` is the motif colour index, ``rgb`` its colour in
    this copy (counterchange applied), ``rings`` closed (N, 2) polygons in mm
    (outer ring first, then holes, wound the opposite way), ``placement`` and
    ``copy`` say which copy it belongs to."""
    colour: int
    rgb: tuple
    rings: tuple
    placement: int
    copy: int

    @property
    def area(self) -> float:
        """Area in mm² (holes subtracted)."""
        return abs(float(sum(ring_area(r) for r in self.rings)))


def ring_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def clip_ring(ring: np.ndarray, clip: np.ndarray) -> np.ndarray:
    """Sutherland–Hodgman: *ring* clipped by the convex polygon *clip* (either winding)."""
    out = np.asarray(ring, float)
    c = np.asarray(clip, float)
    if ring_area(c) < 0:
        c = c[::-1]
    for a, b in zip(c, np.roll(c, -1, axis=0)):
        if len(out) == 0:
            break
        e = b - a
        side = e[0] * (out[:, 1] - a[1]) - e[1] * (out[:, 0] - a[0])   # >= 0: inside (CCW clip)
        nxt = np.roll(out, -1, axis=0)
        side_n = np.roll(side, -1)
        inside, inside_n = side >= 0, side_n >= 0
        cross = inside != inside_n
        t = np.where(cross, side / np.where(cross, side - side_n, 1.0), 0.0)
        hits = out + t[:, None] * (nxt - out)
        # for each edge p->q: keep p if inside; add the crossing if the edge crosses
        pieces = np.empty((len(out), 2, 2))
        pieces[:, 0] = out
        pieces[:, 1] = hits
        keep = np.stack([inside, cross], 1)
        out = pieces[keep]
    return out


def _inside(points: np.ndarray, clip: np.ndarray) -> np.ndarray:
    """Which *points* lie inside the convex polygon *clip* (boundary included)."""
    c = np.asarray(clip, float)
    if ring_area(c) < 0:
        c = c[::-1]
    e = np.roll(c, -1, axis=0) - c
    rel = points[:, None, :] - c[None]
    return ((e[None, :, 0] * rel[..., 1] - e[None, :, 1] * rel[..., 0]) >= -1e-9).all(1)


def _box_corners(lo, hi) -> np.ndarray:
    return np.array([[lo[0], lo[1]], [hi[0], lo[1]], [hi[0], hi[1]], [lo[0], hi[1]]])


def flatten_design(design: Design, *, flatness: float = 0.05) -> list:
    """Every placed, clipped face of *design* as a :class:`Region` (mm).

    *flatness* is the curve flattening tolerance in motif **pixels** (the
    planar map's units).  Copies entirely inside their clips (most of them)
    are mapped in one matrix product; only rings that cross a clip are clipped.
    """
    motif = design.motif
    pm = motif.planar_map
    scale = np.array(motif.mm_per_px)
    rings, ring_face = [], []
    face_colour = np.asarray(pm.face_colour)
    for f in range(pm.n_faces):
        rs = [np.asarray(r, float)[:-1] * scale for r in pm.face_polygons(f, flatness=flatness)]
        rs = sorted((r for r in rs if len(r) >= 3), key=lambda r: -abs(ring_area(r)))
        rings += rs
        ring_face += [f] * len(rs)
    if not rings:
        return []
    allpts = np.concatenate(rings)
    ring_face = np.array(ring_face)
    motif_box = _box_corners(allpts.min(0), allpts.max(0))
    out = []
    for pi, pl in enumerate(design.composition.placements):
        # The local clip is the same in motif coordinates for every copy of a
        # placement: clip once, then map.
        p_rings, p_face = rings, ring_face
        if pl.local_clip is not None and not _inside(motif_box, pl.local_clip).all():
            p_rings, p_face, dropped = [], [], set()
            for r, f in zip(rings, ring_face.tolist()):
                if f in dropped:
                    continue
                first = not p_face or p_face[-1] != f
                c = r if _inside(_box_corners(r.min(0), r.max(0)), pl.local_clip).all() \
                    else clip_ring(r, pl.local_clip)
                if len(c) < 3 or abs(ring_area(c)) < 1e-9:
                    if first:
                        dropped.add(f)
                    continue
                p_rings.append(c)
                p_face.append(f)
            if not p_rings:
                continue
            p_face = np.array(p_face)
        p_off = np.concatenate([[0], np.cumsum([len(r) for r in p_rings])])
        p_pts = np.concatenate(p_rings)
        lo = np.array([r.min(0) for r in p_rings])
        hi = np.array([r.max(0) for r in p_rings])
        corners = np.stack([lo, np.c_[hi[:, 0], lo[:, 1]], hi, np.c_[lo[:, 0], hi[:, 1]]], 1)
        p_area = np.array([abs(ring_area(r)) for r in p_rings])
        for k, (m, v) in enumerate(zip(pl.transforms, pl.variants.tolist())):
            pal = design.palettes[v]
            lin, t = m[:2, :2], m[:2, 2]
            flip = np.linalg.det(lin) < 0
            need = np.zeros(len(p_rings), bool)
            out_of_box = need
            if pl.clip is not None:
                placed_box = motif_box @ lin.T + t
                cl = np.asarray(pl.clip)
                if not _inside(placed_box, pl.clip).all():
                    if (placed_box.max(0) < cl.min(0)).any() or \
                            (placed_box.min(0) > cl.max(0)).any():
                        continue                  # entirely outside its clip
                    pc = (corners.reshape(-1, 2) @ lin.T + t).reshape(-1, 4, 2)
                    need = ~_inside(pc.reshape(-1, 2), pl.clip).reshape(-1, 4).all(1)
                    # rings whose box misses the clip's box are gone without clipping
                    out_of_box = (pc.max(1) < cl.min(0)).any(1) | (pc.min(1) > cl.max(0)).any(1)
            mapped = p_pts @ lin.T + t
            face_rings: dict = {}
            for j in range(len(p_rings)):
                f = int(p_face[j])
                first = f not in face_rings
                if not first and face_rings[f] is None:
                    continue                      # the outer ring was clipped away
                if out_of_box[j]:
                    if first:
                        face_rings[f] = None
                    continue
                r = mapped[p_off[j]:p_off[j + 1]]
                if need[j]:
                    r = clip_ring(r, pl.clip)
                    small = len(r) < 3 or abs(ring_area(r)) < 1e-9
                else:
                    small = p_area[j] < 1e-9
                if small:
                    if first:
                        face_rings[f] = None
                    continue
                face_rings.setdefault(f, []).append(r[::-1] if flip else r)
            for f, rs in face_rings.items():
                if rs:
                    c = int(face_colour[f])
                    out.append(Region(c, tuple(int(x) for x in pal[c]), tuple(rs), pi, k))
    return out
