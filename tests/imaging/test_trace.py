"""The planar map from a label map: exact partition, shared edges, faithful shapes."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.extra.numpy import arrays

from motifstudio.core.planar import OUTSIDE, PlanarMap
from motifstudio.core.rasterise import coverage_counts, rasterise_faces
from motifstudio.imaging.cracks import topology
from motifstudio.imaging.params import TraceParams
from motifstudio.imaging.trace import trace_regions

EXACT = TraceParams(tolerance=0.05, smoothing=0)


def label_maps(max_side=20, max_classes=4):
    shape = st.tuples(st.integers(1, max_side), st.integers(1, max_side))
    return shape.flatmap(lambda s: arrays(np.int32, s, elements=st.integers(0, max_classes - 1)))


def blobby_maps():
    """Smooth-ish maps: a coarse random grid enlarged, as segmented motifs look."""
    return st.tuples(label_maps(6, 4), st.integers(3, 8)).map(
        lambda t: np.kron(t[0], np.ones((t[1], t[1]), np.int32)))


def assert_sound(pm: PlanarMap, labels: np.ndarray):
    pm.check()
    cov = coverage_counts(pm, shape=labels.shape)
    assert cov.min() == 1 and cov.max() == 1, "gaps or overlaps"
    faces = rasterise_faces(pm, shape=labels.shape)
    return faces


@settings(max_examples=150, deadline=None)
@given(label_maps())
def test_exact_trace_reproduces_labels(labels):
    pm = trace_regions(labels, EXACT)
    faces = assert_sound(pm, labels)
    assert np.array_equal(pm.face_colour[faces], labels)


@settings(max_examples=60, deadline=None)
@given(blobby_maps())
def test_fitted_trace_is_a_partition_close_to_labels(labels):
    pm = trace_regions(labels)
    faces = assert_sound(pm, labels)
    agree = np.mean(pm.face_colour[faces] == labels)
    assert agree >= 0.9


@settings(max_examples=100, deadline=None)
@given(label_maps())
def test_every_edge_is_shared_by_its_two_faces(labels):
    topo = topology(labels)
    pm = trace_regions(labels)
    used = {}
    for f in range(pm.n_faces):
        for loop in pm.face_loops(f):
            for d in loop:
                e = int(d if d >= 0 else ~d)
                side = pm.left[e] if d >= 0 else pm.right[e]
                assert side == f
                used[(e, d >= 0)] = used.get((e, d >= 0), 0) + 1
    for e in range(pm.n_edges):
        # Each side of an edge is drawn exactly once, except the outside which is never drawn.
        assert used.get((e, True), 0) == (0 if pm.left[e] == OUTSIDE else 1)
        assert used.get((e, False), 0) == (0 if pm.right[e] == OUTSIDE else 1)
        assert pm.left[e] != pm.right[e]
    assert topo.face_map.max() + 1 == pm.n_faces


def test_loops_close_and_edges_meet_at_nodes():
    rng = np.random.default_rng(3)
    labels = np.kron(rng.integers(0, 3, (8, 8)), np.ones((5, 5), int))
    pm = trace_regions(labels)
    for f in range(pm.n_faces):
        for loop in pm.face_loops(f):
            ends = []
            for d in loop:
                e = int(d if d >= 0 else ~d)
                p = pm.edge_points(e)
                a, b = (p[0], p[-1]) if d >= 0 else (p[-1], p[0])
                ends.append((a, b))
            for (_, b), (a, _) in zip(ends, ends[1:] + ends[:1]):
                assert np.array_equal(a, b)  # bit-identical: the same node


def test_hole_and_nested_regions():
    labels = np.zeros((30, 30), int)
    labels[5:25, 5:25] = 1
    labels[10:20, 10:20] = 2
    labels[13:17, 13:17] = 0  # an island of the outer colour inside the hole
    pm = trace_regions(labels)
    assert pm.n_faces == 4
    loops = [len(pm.face_loops(f)) for f in range(pm.n_faces)]
    assert sorted(loops) == [1, 2, 2, 2]  # outer ring with hole, two annuli, the island
    faces = assert_sound(pm, labels)
    assert np.array_equal(pm.face_colour[faces], labels)


def test_square_is_four_lines_with_exact_corners():
    labels = np.zeros((40, 40), int)
    labels[10:30, 5:35] = 1
    pm = trace_regions(labels)
    inner = [e for e in range(pm.n_edges) if OUTSIDE not in (pm.left[e], pm.right[e])]
    assert len(inner) == 1
    pts = pm.edge_points(inner[0])
    assert set(pm.edge_ops(inner[0]).tolist()) == {0} and len(pm.edge_ops(inner[0])) == 4
    assert {tuple(p) for p in pts} == {(5.0, 10.0), (35.0, 10.0), (35.0, 30.0), (5.0, 30.0)}


def test_circle_is_smooth_and_compact():
    yy, xx = np.mgrid[:200, :200]
    labels = ((xx - 99.5) ** 2 + (yy - 99.5) ** 2 < 70 ** 2).astype(int)
    pm = trace_regions(labels)
    assert pm.n_segments - 4 <= 12  # the frame's four lines plus a handful of cubics
    area = pm.face_areas()[pm.face_colour == 1].sum()
    assert area == pytest.approx(np.pi * 70 ** 2, rel=0.01)


def test_frame_corners_are_nodes_and_border_is_straight():
    labels = np.zeros((10, 16), int)
    labels[:, 8:] = 1
    pm = trace_regions(labels)
    faces = assert_sound(pm, labels)
    assert np.array_equal(pm.face_colour[faces], labels)
    allpts = np.concatenate([pm.edge_points(e) for e in range(pm.n_edges)])
    for corner in [(0, 0), (16, 0), (16, 10), (0, 10)]:
        assert any(np.array_equal(p, corner) for p in allpts)


def test_bad_labels_raise():
    with pytest.raises(ValueError):
        trace_regions(np.zeros((0, 3), int))
    with pytest.raises(ValueError):
        trace_regions(np.zeros((3, 3), float))
