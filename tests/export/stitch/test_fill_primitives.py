"""The geometry under the stitch plan: scan-line rows, sections, stitches along rows,
satin rails, polyline clipping and resampling -- checked against shapes with known answers."""
import numpy as np
import pytest

from motifstudio.export.stitch.fill import (erode_segments, fill_runs, ring_edges, rotation,
                                            row_stitches, scan_segments, sections)
from motifstudio.export.stitch.running import bean, clip_polylines, resample_lines
from motifstudio.export.stitch.satin import points_inside, satin_face

SQUARE = np.array([(0, 0), (10, 0), (10, 10), (0, 10)], float)
HOLE = np.array([(3, 3), (3, 7), (7, 7), (7, 3)], float)


def test_rows_of_a_square_with_a_hole_skip_the_hole():
    p, q, own = ring_edges([[SQUARE, HOLE]])
    o, k, x0, x1 = scan_segments(p, q, own, 0.5, 0.25)
    y = 0.25 + 0.5 * k
    assert np.all(np.diff(np.unique(y)) == pytest.approx(0.5))
    assert len(np.unique(k)) == 20                        # rows at 0.25 .. 9.75
    per_row = np.bincount(k - k.min(), weights=x1 - x0)
    in_hole = (np.unique(y) > 3) & (np.unique(y) < 7)
    assert per_row[in_hole] == pytest.approx(6.0)          # 10 - 4 of hole
    assert per_row[~in_hole] == pytest.approx(10.0)


def test_rotation_turns_anticlockwise_on_screen():
    R = rotation(90.0)
    # the row direction (1, 0) in the rotated frame is straight up on the design (y down)
    assert R @ np.array([1.0, 0.0]) == pytest.approx([0.0, -1.0])


def test_erosion_keeps_an_inset_band_clear():
    p, q, own = ring_edges([[SQUARE]])
    o, k, x0, x1 = erode_segments(p, q, own, 0.5, 0.25, 1.0)
    y = 0.25 + 0.5 * k
    assert x0.min() == pytest.approx(1.0) and x1.max() == pytest.approx(9.0)
    assert y.min() >= 1.0 and y.max() <= 9.0


def test_a_u_shape_makes_separate_sections_for_its_arms():
    u = np.array([(0, 0), (3, 0), (3, 7), (7, 7), (7, 0), (10, 0), (10, 10), (0, 10)], float)
    p, q, own = ring_edges([[u]])
    o, k, x0, x1 = scan_segments(p, q, own, 0.5, 0.25)
    order, sec, rank = sections(o, k, x0, x1)
    assert sec.max() + 1 == 3                              # two arms and the base
    # within a section, consecutive rows overlap (the turn stays inside the face)
    for s in range(3):
        idx = order[sec == s]
        a, b = idx[:-1], idx[1:]
        assert np.all(k[b] == k[a] + 1)
        assert np.all(np.minimum(x1[a], x1[b]) > np.maximum(x0[a], x0[b]))


def test_row_stitches_are_staggered_and_never_too_long():
    k = np.arange(8)
    x0, x1 = np.zeros(8), np.full(8, 20.0)
    fw = k % 2 == 0
    u, count = row_stitches(k, x0, x1, fw, 0.4, 0.2, 3.0)
    off = np.r_[0, np.cumsum(count)]
    for i in range(8):
        row = u[off[i]:off[i + 1], 0]
        assert (row[0], row[-1]) == ((0.0, 20.0) if fw[i] else (20.0, 0.0))
        steps = np.abs(np.diff(row))
        # no needle point within 0.75 mm (L / 4) of an end: the end stitches may reach
        # 1.25 L here and are split when the plan is tidied
        assert steps[1:-1] == pytest.approx(3.0) and steps.max() <= 3.75 + 1e-9
        assert steps.min() >= 0.75 - 1e-9
    inner = [set(np.round(u[off[i] + 1:off[i + 1] - 1, 0] % 3.0, 6)) for i in range(4)]
    assert all(len(s) == 1 for s in inner) and len(set.union(*inner)) == 4   # 4 offsets


def test_fill_runs_cover_the_face_and_stay_inside():
    pts, off, owner = fill_runs([[SQUARE, HOLE]], angle=30.0, spacing=0.4, max_len=4.0)
    assert np.all(owner == 0)
    assert pts.min() >= -1e-9 and pts.max() <= 10 + 1e-9
    inner_hole = np.array([(3.01, 3.01), (3.01, 6.99), (6.99, 6.99), (6.99, 3.01)])
    assert not points_inside(pts, [inner_hole]).any()
    # every row turns inside the face: stitch midpoints are in the square but not in the hole
    mids = np.concatenate([0.5 * (pts[a:b - 1] + pts[a + 1:b]) for a, b in zip(off[:-1], off[1:])])
    assert mids.min() >= -1e-9 and mids.max() <= 10 + 1e-9
    # a turn from one row to the next may cut a corner of the hole, by less than a row
    deep = np.array([(3.4, 3.4), (3.4, 6.6), (6.6, 6.6), (6.6, 3.4)])
    assert not points_inside(mids, [deep]).any()
    # and the rows cover it: every point of the face is within half a row of a stitch row
    g = np.stack(np.meshgrid(np.arange(0.05, 10, 0.1), np.arange(0.05, 10, 0.1)), -1).reshape(-1, 2)
    g = g[points_inside(g, [SQUARE, HOLE])]
    R = rotation(30.0)
    v = g @ R                                  # row coordinate along the rotated y
    rows = (pts @ R)[:, 1]
    dist = np.abs(v[:, 1][:, None] - np.unique(np.round(rows, 6))[None]).min(1)
    assert dist.max() <= 0.2 + 1e-6


def test_satin_face_crosses_a_strip_and_rejects_a_blob():
    strip = np.array([(0, 0), (3, 0), (3, 30), (0, 30)], float)
    pts, under = satin_face([strip], 2.8, 0.4, None)
    d = np.diff(pts[~under], axis=0)
    across = np.abs(d[:, 0]) > 2.5
    assert across.mean() > 0.9 and np.abs(d[across, 1]).max() < 0.5
    assert pts[:, 1].min() == pytest.approx(0.0) and pts[:, 1].max() == pytest.approx(30.0)
    blob = np.array([(0, 0), (20, 0), (20, 20), (0, 20)], float)
    assert satin_face([blob], 3.0, 0.4, None) is None            # far wider than estimated


def test_satin_ring_uses_both_loops():
    t = np.linspace(0, 2 * np.pi, 90, endpoint=False)
    outer = np.c_[20 + 10 * np.cos(t), 20 + 10 * np.sin(t)]
    inner = np.c_[20 + 8 * np.cos(t), 20 + 8 * np.sin(t)][::-1]
    pts, under = satin_face([outer, inner], 2.0, 0.4, 1.5)
    r = np.hypot(*(pts[~under] - 20).T)
    assert np.all(r > 7.9) and np.all(r < 10.1)
    assert (r > 9.5).mean() > 0.4 and (r < 8.5).mean() > 0.4       # alternates between loops
    walk = np.hypot(*(pts[under] - 20).T)
    assert np.all(np.abs(walk - 9.0) < 0.2)                        # the centre walk


def test_clip_polylines_against_a_convex_polygon():
    pts = np.array([(-5, 5), (15, 5), (15, 6), (-5, 6), (5, -5), (5, 15)], float)
    off = np.array([0, 4, 6])
    out, o, src = clip_polylines(pts, off, SQUARE)
    assert out.min() >= -1e-9 and out.max() <= 10 + 1e-9
    assert list(src) == [0, 0, 1]                 # the zig-zag leaves and re-enters
    lengths = [np.hypot(*np.diff(out[a:b], axis=0).T).sum() for a, b in zip(o[:-1], o[1:])]
    assert lengths[0] + lengths[1] == pytest.approx(10 + 10 + 0)
    assert lengths[2] == pytest.approx(10)


def test_resample_keeps_corners_and_bean_triples():
    line = np.array([(0, 0), (10, 0), (10, 7)], float)
    pts, off = resample_lines(line, np.array([0, 3]), 2.5)
    assert any(np.allclose(p, (10, 0)) for p in pts)              # the corner is kept
    steps = np.hypot(*np.diff(pts, axis=0).T)
    assert steps.max() <= 2.5 + 1e-9 and steps.min() > 1.5
    assert np.allclose(pts[0], (0, 0)) and np.allclose(pts[-1], (10, 7))
    b, boff = bean(pts, off)
    assert len(b) == 1 + 3 * (len(pts) - 1)
    assert np.allclose(b[:4], [pts[0], pts[1], pts[0], pts[1]])
