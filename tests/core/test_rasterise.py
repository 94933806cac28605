"""Rasterising planar maps: exact labels, no gaps, no overlaps."""
import numpy as np
import pytest

from motifstudio.core.planar import CUBIC, LINE, OUTSIDE, PlanarMap
from motifstudio.core.rasterise import coverage_counts, flatten_edges, rasterise_faces
from planar_maps import build_map

K = 0.5522847498  # cubic quarter-circle control distance




def two_rects():
    """6x4 frame: face 0 = x < 3, face 1 = x > 3, sharing the edge x = 3."""
    edges = [([(3, 0), (3, 4)], "L"),
             ([(3, 4), (0, 4), (0, 0), (3, 0)], "LLL"),
             ([(3, 0), (6, 0), (6, 4), (3, 4)], "LLL")]
    return build_map(6, 4, edges, [[[1, 0]], [[2, ~0]]])


def square_with_hole():
    """6x6 frame: face 0 = the frame minus [2,4]², face 1 = the square hole."""
    edges = [([(0, 0), (6, 0), (6, 6), (0, 6), (0, 0)], "LLLL"),
             ([(2, 2), (4, 2), (4, 4), (2, 4), (2, 2)], "LLLL")]
    return build_map(6, 6, edges, [[[0], [~1]], [[1]]])


def disc(cx=4.0, cy=4.0, r=3.0, size=8):
    """Face 1 = a disc of four cubic quarter arcs, face 0 = the rest of the frame."""
    k = K * r
    ring = [(cx + r, cy),
            (cx + r, cy + k), (cx + k, cy + r), (cx, cy + r),
            (cx - k, cy + r), (cx - r, cy + k), (cx - r, cy),
            (cx - r, cy - k), (cx - k, cy - r), (cx, cy - r),
            (cx + k, cy - r), (cx + r, cy - k), (cx + r, cy)]
    edges = [([(0, 0), (size, 0), (size, size), (0, size), (0, 0)], "LLLL"), (ring, "CCCC")]
    # the ring runs clockwise on screen like the frame; the frame face uses it reversed
    return build_map(size, size, edges, [[[0], [~1]], [[1]]])


def wavy_grid(nx=5, ny=4, cell=7.0, seed=0):
    """A grid of faces whose interior edges bulge as random cubics, shared by both sides."""
    rng = np.random.default_rng(seed)
    W, H = nx * cell, ny * cell
    node = lambda i, j: (i * cell, j * cell)

    def curve(a, b, interior):
        a, b = np.asarray(a, float), np.asarray(b, float)
        if not interior:
            return [tuple(a), tuple(b)], "L"
        n = np.array([-(b - a)[1], (b - a)[0]]) / cell
        c1 = a + (b - a) / 3 + n * rng.uniform(-1.5, 1.5)
        c2 = a + 2 * (b - a) / 3 + n * rng.uniform(-1.5, 1.5)
        return [tuple(a), tuple(c1), tuple(c2), tuple(b)], "C"

    edges, h_id, v_id = [], {}, {}
    for j in range(ny + 1):          # horizontal edges, rightwards
        for i in range(nx):
            h_id[i, j] = len(edges)
            edges.append(curve(node(i, j), node(i + 1, j), 0 < j < ny))
    for i in range(nx + 1):          # vertical edges, downwards
        for j in range(ny):
            v_id[i, j] = len(edges)
            edges.append(curve(node(i, j), node(i, j + 1), 0 < i < nx))
    faces = []
    for j in range(ny):
        for i in range(nx):          # clockwise on screen: top, right, bottom back, left up
            faces.append([[h_id[i, j], v_id[i + 1, j], ~h_id[i, j + 1], ~v_id[i, j]]])
    return build_map(W, H, edges, faces)


def centres(shape):
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]]
    return xx + 0.5, yy + 0.5


# ---------------------------------------------------------------- exact labels
def test_two_rectangles_sharing_an_edge():
    pm = two_rects()
    expected = np.zeros((4, 6), np.int32)
    expected[:, 3:] = 1
    np.testing.assert_array_equal(rasterise_faces(pm), expected)
    np.testing.assert_array_equal(coverage_counts(pm), np.ones((4, 6)))


def test_square_with_hole_outer_face_has_two_loops():
    pm = square_with_hole()
    expected = np.zeros((6, 6), np.int32)
    expected[2:4, 2:4] = 1
    np.testing.assert_array_equal(rasterise_faces(pm), expected)
    np.testing.assert_array_equal(coverage_counts(pm), np.ones((6, 6)))


def test_cubic_disc():
    pm = disc(cx=8.3, cy=7.9, r=6.1, size=16)
    labels = rasterise_faces(pm)
    x, y = centres(labels.shape)
    dist = np.hypot(x - 8.3, y - 7.9)
    sure = np.abs(dist - 6.1) > 0.05      # the cubic circle is within 0.0016 r of the true one
    np.testing.assert_array_equal(labels[sure], (dist < 6.1)[sure].astype(np.int32))
    np.testing.assert_array_equal(coverage_counts(pm), np.ones((16, 16)))


@pytest.mark.parametrize("seed", range(4))
def test_wavy_grid_matches_point_in_polygon(seed):
    from skimage.measure import points_in_poly
    pm = wavy_grid(seed=seed)
    labels = rasterise_faces(pm)
    assert labels.shape == (28, 35)
    np.testing.assert_array_equal(coverage_counts(pm), 1)
    x, y = centres(labels.shape)
    p = np.column_stack([x.ravel(), y.ravel()])
    for f in range(pm.n_faces):
        inside = np.zeros(len(p), bool)
        for ring in pm.face_polygons(f):
            inside ^= points_in_poly(p, ring)
        # point-in-polygon on the same flattening; pixel centres on a boundary are ambiguous
        got = (labels.ravel() == f)
        mismatched = np.flatnonzero(got != inside)
        assert len(mismatched) <= 2, (f, mismatched)


def test_scale_and_shape():
    pm = two_rects()
    big = rasterise_faces(pm, scale=2.0)
    assert big.shape == (8, 12)
    np.testing.assert_array_equal(big, np.repeat(np.repeat(rasterise_faces(pm), 2, 0), 2, 1))
    cropped = rasterise_faces(pm, shape=(2, 8))
    np.testing.assert_array_equal(cropped[:, 6:], -1)
    np.testing.assert_array_equal(cropped[:, :6], rasterise_faces(pm)[:2])
    small = rasterise_faces(pm, scale=0.5)
    np.testing.assert_array_equal(small, [[0, 0, 1], [0, 0, 1]])


# ---------------------------------------------------------------- damaged maps
def test_gap_and_overlap_are_counted():
    pm = two_rects()
    # face 1 missing: its pixels are a gap
    gap = build_map(6, 4, [([(3, 0), (3, 4)], "L"), ([(3, 4), (0, 4), (0, 0), (3, 0)], "LLL")],
                    [[[1, 0]]])
    c = coverage_counts(gap)
    assert (c[:, :3] == 1).all() and (c[:, 3:] == 0).all()
    np.testing.assert_array_equal(rasterise_faces(gap)[:, 3:], -1)
    # a third face duplicating face 0: overlap, highest id wins
    edges = [([(3, 0), (3, 4)], "L"), ([(3, 4), (0, 4), (0, 0), (3, 0)], "LLL"),
             ([(3, 0), (6, 0), (6, 4), (3, 4)], "LLL")]
    over = build_map(6, 4, edges, [[[1, 0]], [[2, ~0]], [[1, 0]]])
    c = coverage_counts(over)
    assert (c[:, :3] == 2).all() and (c[:, 3:] == 1).all()
    labels = rasterise_faces(over)
    assert (labels[:, :3] == 2).all() and (labels[:, 3:] == 1).all()
    assert pm.n_faces == 2


def test_orientation_does_not_matter_for_nonzero():
    edges = [([(1, 1), (1, 3), (4, 3), (4, 1), (1, 1)], "LLLL")]   # anticlockwise on screen
    pm = build_map(5, 4, edges, [[[0]]])
    expected = np.full((4, 5), -1)
    expected[1:3, 1:4] = 0
    np.testing.assert_array_equal(rasterise_faces(pm), expected)


def test_empty_map():
    pm = build_map(3, 2, [], [])
    np.testing.assert_array_equal(rasterise_faces(pm), np.full((2, 3), -1))
    np.testing.assert_array_equal(coverage_counts(pm), np.zeros((2, 3)))


# ---------------------------------------------------------------- flattening
def test_flatten_edges_matches_edge_polyline():
    pm = wavy_grid(seed=3)
    xy, off = flatten_edges(pm)
    assert len(off) == pm.n_edges + 1
    for e in range(pm.n_edges):
        np.testing.assert_allclose(xy[off[e]:off[e + 1]], pm.edge_polyline(e))
    pm = disc()
    xy, off = flatten_edges(pm, flatness=0.1)
    np.testing.assert_allclose(xy[off[1]:off[2]], pm.edge_polyline(1, flatness=0.1))


def test_partition_defects_agree_with_coverage_counts():
    from motifstudio.core.rasterise import partition_defects
    from motifstudio.imaging.trace import trace_regions
    from motifstudio.imaging.params import TraceParams
    rng = np.random.default_rng(5)
    lab = np.kron(rng.integers(0, 3, (6, 6)), np.ones((4, 4), int))
    # a deliberately rough fit so curves of thin strips may cross: compare both checks raw
    from motifstudio.imaging.cracks import topology
    from motifstudio.imaging.fit import fit_polylines
    from motifstudio.imaging.trace import _planar
    topo = topology(lab)
    for tol in (0.3, 3.0):
        f = fit_polylines(topo.pts, topo.pt_off, topo.closed, tolerance=tol, smoothing=4)
        pm = _planar(topo, f)
        for ss in (1, 2):
            cov = coverage_counts(pm, shape=(24 * ss, 24 * ss), scale=ss)
            bad = np.zeros_like(cov, bool)
            for r, a, b in partition_defects(pm, shape=(24 * ss, 24 * ss), scale=ss):
                bad[r, a:b] = True
            assert np.array_equal(bad, cov != 1)
