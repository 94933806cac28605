"""Satin columns: a zig-zag across a narrow face, or along a stroke.

A narrow face (its width ``2 × area / perimeter`` below the threshold) is
split into two *rails*: its outline is cut at the two points farthest apart
(the ends of the column) into two arcs running from one end to the other; a
blunt or square end's edge (the outline within a quarter of the width of the
end) belongs to neither rail, so the first stitch spans it.
A face with one hole (a ring) uses the outer and inner loops as rails.  Both
rails are resampled by arc length to the same number of points, and the
needle alternates between them: every stitch crosses the column.  Tapered,
curved and ring-shaped faces all work; anything else (a face with several
holes, a blob whose zig-zag would leave the face) is reported back so the
planner fills it instead.

A stroke (a centreline of given width) is satin between its centreline
offset by ± half the width.

Underlay (optional) is a centre walk from one end to the other; the zig-zag
then comes back over it, so a column starts and ends at the same end.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

__all__ = ["satin_face", "satin_stroke", "rails_zigzag", "points_inside", "resample"]

#: a face is left to the fill when fewer of its stitch midpoints than this lie inside it
_MIN_INSIDE = 0.9
#: ... or when the 90th percentile stitch is this many times wider than its width estimate
_MAX_SPREAD = 3.0
_MAX_RING_POINTS = 400


def _arc_length(pts: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])


def resample(pts: np.ndarray, n: int) -> np.ndarray:
    """*n* points evenly spaced by arc length along the polyline *pts* (ends kept)."""
    s = _arc_length(pts)
    if s[-1] <= 0:
        return np.repeat(pts[:1], n, axis=0)
    t = np.linspace(0.0, s[-1], n)
    return np.column_stack([np.interp(t, s, pts[:, 0]), np.interp(t, s, pts[:, 1])])


def points_inside(pts: np.ndarray, rings) -> np.ndarray:
    """Even-odd point-in-polygon for many points (all rings of one face)."""
    inside = np.zeros(len(pts), bool)
    x, y = pts[:, 0][:, None], pts[:, 1][:, None]
    for r in rings:
        a = np.asarray(r, float)
        b = np.roll(a, -1, axis=0)
        cond = (a[:, 1] > y) != (b[:, 1] > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            xc = a[:, 0] + (y - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
        inside ^= (cond & (x < xc)).sum(1) % 2 == 1
    return inside


def rails_zigzag(a: np.ndarray, b: np.ndarray, spacing: float, walk_step: Optional[float]
                 ) -> tuple:
    """Zig-zag between rails *a* and *b* (both from end 0 to end 1).

    The needle advances ``spacing / 2`` along the longer rail per stitch
    (``spacing`` from peak to peak).  With *walk_step*, a centre walk from end
    0 to end 1 comes first and the zig-zag runs back from end 1 to end 0.
    Returns ``(points, is_underlay)``.
    """
    la, lb = _arc_length(a)[-1], _arc_length(b)[-1]
    n = max(2, int(np.ceil(max(la, lb) / spacing)) + 1)
    ra, rb = resample(a, n), resample(b, n)
    z = np.empty((2 * n, 2))
    z[0::2], z[1::2] = ra, rb
    if walk_step is None:
        return z, np.zeros(len(z), bool)
    centre = 0.5 * (ra + rb)
    length = _arc_length(centre)[-1]
    walk = resample(centre, max(2, int(np.ceil(length / walk_step)) + 1))
    pts = np.concatenate([walk, z[::-1]])
    return pts, np.r_[np.ones(len(walk), bool), np.zeros(len(z), bool)]


def _open(r) -> np.ndarray:
    r = np.asarray(r, float)
    return r[:-1] if len(r) > 1 and np.array_equal(r[0], r[-1]) else r


def _signed_area(r: np.ndarray) -> float:
    x, y = r[:, 0], r[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def _tip_span(ring: np.ndarray, i: int, axis: np.ndarray, reach: float) -> tuple:
    """The stretch of outline round the column end at vertex *i* that lies within
    *reach* of it along *axis* (pointing into the column): ``(first, last)`` vertex
    indices, going forwards.  A square end is its whole end edge, a point just itself."""
    n = len(ring)
    r = np.roll(ring, -i, axis=0)                         # the end is vertex 0
    near = (r - r[0]) @ axis < reach
    fwd = int(np.argmin(np.r_[near[1:], False]))          # near vertices after 0
    bwd = int(np.argmin(np.r_[near[::-1][:-1], False]))   # near vertices before 0
    if fwd + bwd + 1 >= n:
        return i, i
    return (i - bwd) % n, (i + fwd) % n


def _cyclic(ring: np.ndarray, a: int, b: int, step: int) -> np.ndarray:
    """Vertices from *a* to *b* inclusive, walking by *step* (+1 or -1) round the ring."""
    n = len(ring)
    count = ((b - a) * step) % n + 1
    return ring[(a + step * np.arange(count)) % n]


def satin_face(rings, width: float, spacing: float, walk_step: Optional[float]
               ) -> Optional[tuple]:
    """A satin column for the face *rings* (outer first) of estimated *width*,
    or None when the face is not column-shaped (then it is filled)."""
    outer = _open(rings[0])
    if len(outer) < 3 or len(rings) > 2:
        return None
    if len(rings) == 2:
        # a ring: outer and inner loops, same orientation, both starting near one point
        inner = _open(rings[1])
        if _signed_area(inner) * _signed_area(outer) < 0:
            inner = inner[::-1]
        j = int(np.argmin(np.hypot(*(inner - outer[0]).T)))
        a = np.vstack([outer, outer[:1]])
        b = np.vstack([np.roll(inner, -j, axis=0), inner[j:j + 1]])
    else:
        cand = outer
        if len(outer) > _MAX_RING_POINTS:
            cand = resample(np.vstack([outer, outer[:1]]), _MAX_RING_POINTS)[:-1]
        d = np.hypot(cand[:, None, 0] - cand[None, :, 0], cand[:, None, 1] - cand[None, :, 1])
        i, j = np.unravel_index(int(np.argmax(d)), d.shape)
        # the two ends as vertices of the real outline
        i = int(np.argmin(np.hypot(*(outer - cand[i]).T)))
        j = int(np.argmin(np.hypot(*(outer - cand[j]).T)))
        if i == j:
            return None
        axis = outer[j] - outer[i]
        axis /= np.hypot(*axis)
        # rails run between the ends; a square end's edge is left out, so the first
        # stitch spans it instead of zig-zagging along it
        reach = 0.25 * max(width, 1e-3)
        b1, f1 = _tip_span(outer, i, axis, reach)
        b2, f2 = _tip_span(outer, j, -axis, reach)
        a = _cyclic(outer, f1, b2, 1)
        b = _cyclic(outer, b1, f2, -1)
        if len(a) + len(b) > len(outer) + 2:               # the two ends overlap
            a, b = _cyclic(outer, i, j, 1), _cyclic(outer, i, j, -1)
    pts, under = rails_zigzag(a, b, spacing, walk_step)
    zig = pts[~under]
    mids = 0.5 * (zig[1:] + zig[:-1])
    widths = np.hypot(*np.diff(zig, axis=0).T)
    if len(widths) == 0 or np.sort(widths)[int(0.9 * (len(widths) - 1))] > \
            _MAX_SPREAD * max(width, 0.5):
        return None
    sample = mids[::max(1, len(mids) // 64)]           # a sample is enough to judge
    if points_inside(sample, [_open(r) for r in rings]).mean() < _MIN_INSIDE:
        return None
    return pts, under


def satin_stroke(centre: np.ndarray, width: float, spacing: float, walk_step: Optional[float]
                 ) -> tuple:
    """A satin column of *width* along the polyline *centre*."""
    c = np.asarray(centre, float)
    d = np.diff(c, axis=0)
    seg_len = np.hypot(*d.T)
    keep = np.r_[True, seg_len > 1e-9]
    c = c[keep]
    if len(c) < 2:
        c = np.vstack([c[:1], c[:1] + [1e-3, 0.0]])
    d = np.diff(c, axis=0)
    t = d / np.hypot(*d.T)[:, None]
    tv = np.vstack([t[:1], t[:-1] + t[1:], t[-1:]])         # vertex tangents
    tv /= np.maximum(np.hypot(*tv.T), 1e-12)[:, None]
    nrm = np.column_stack([-tv[:, 1], tv[:, 0]])
    # mitre: keep the rails at half the width from the centreline at gentle bends
    seg_n = np.column_stack([-t[:, 1], t[:, 0]])
    cosang = np.ones(len(c))
    cosang[1:-1] = (nrm[1:-1] * seg_n[:-1]).sum(1)
    scale = 1.0 / np.clip(cosang, 0.5, 1.0)
    half = 0.5 * width * scale[:, None]
    return rails_zigzag(c + nrm * half, c - nrm * half, spacing, walk_step)
