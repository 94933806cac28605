"""SVG path data from planar maps: compact numbers, exact reversal, shared text."""
import numpy as np
import pytest

from motifstudio.core.planar import CUBIC, LINE, OUTSIDE, PlanarMap
from motifstudio.core.svgpath import (curve_path_data, edge_path_data, face_path_data,
                                      face_paths, format_numbers, polyline_path_data)


def ref_number(v, d):
    q = int(np.rint(v * 10.0 ** d))
    s = str(abs(q)).rjust(d + 1, "0")
    ip, fp = (s[:-d], s[-d:].rstrip("0")) if d else (s, "")
    return ("-" if q < 0 else "") + ip + ("." + fp if fp else "")


def ref_commands(pts, ops, d, scale=(1, 1)):
    pts = np.asarray(pts) * scale
    out, i = [], 1
    for op in ops:
        k = 3 if op == CUBIC else 1
        out.append(("C" if op == CUBIC else "L") + " ".join(
            f"{ref_number(x, d)} {ref_number(y, d)}" for x, y in pts[i:i + k]))
        i += k
    return "".join(out)


def random_map(n_edges=300, seed=0, spread=5000.0):
    rng = np.random.default_rng(seed)
    per = rng.integers(1, 6, n_edges)
    ops = (rng.random(per.sum()) < 0.6).astype(np.uint8)
    seg_off = np.concatenate([[0], np.cumsum(per)])
    npts = 1 + np.add.reduceat(np.where(ops == CUBIC, 3, 1), seg_off[:-1])
    pt_off = np.concatenate([[0], np.cumsum(npts)])
    pts = (rng.random((pt_off[-1], 2)) - 0.3) * spread
    pts[::5] = np.round(pts[::5])            # integers
    pts[1::5] = np.round(pts[1::5], 1)       # one decimal
    pts[2::9] = rng.random((len(pts[2::9]), 2)) * 1e-3 - 5e-4   # round to (-)0
    z = np.zeros(n_edges, np.int32)
    return PlanarMap(width=spread, height=spread, pts=pts, pt_off=pt_off, ops=ops,
                     seg_off=seg_off, left=z, right=z, face_colour=np.zeros(1, np.int32),
                     loop_off=np.array([0, 0]), dart_off=np.array([0]),
                     darts=np.zeros(0, np.int64))


@pytest.mark.parametrize("decimals", range(7))
def test_format_numbers_matches_reference(decimals):
    rng = np.random.default_rng(decimals)
    v = np.concatenate([(rng.random(2000) - 0.5) * 10.0 ** rng.integers(-3, 6, 2000),
                        [0.0, -0.0, 1.0, -1.0, 10.0, 100.5, -0.004, 0.005, 99999.999, 1e-7]])
    assert format_numbers(v, decimals=decimals) == [ref_number(x, decimals) for x in v]


def test_format_numbers_is_compact():
    assert format_numbers([3.0, -0.5, 12.254, -0.001, 120.10, 7]) == [
        "3", "-0.5", "12.25", "0", "120.1", "7"]
    assert format_numbers([2.5], decimals=0) == ["2"]      # round half to even, like numpy
    assert format_numbers([]) == []


def test_bad_arguments():
    with pytest.raises(ValueError, match="decimals"):
        format_numbers([1.0], decimals=7)
    with pytest.raises(ValueError, match="finite"):
        format_numbers([np.nan])


@pytest.mark.parametrize("decimals,scale", [(2, (1, 1)), (0, (1, 1)), (3, (2.0, 0.5)),
                                            (6, (0.01, 0.01))])
def test_edge_path_data_matches_reference_both_ways(decimals, scale):
    pm = random_map(seed=decimals)
    fwd, rev = edge_path_data(pm, scale=scale, decimals=decimals)
    assert len(fwd) == len(rev) == pm.n_edges
    for e in range(pm.n_edges):
        p, o = pm.edge_points(e), pm.edge_ops(e)
        assert fwd[e] == ref_commands(p, o, decimals, scale)
        assert rev[e] == ref_commands(p[::-1], o[::-1], decimals, scale)


def test_reversal_is_exact_for_lines_and_cubics():
    pm = random_map(n_edges=50, seed=7)
    fwd, rev = edge_path_data(pm)
    for e in range(pm.n_edges):
        start = " ".join(format_numbers(pm.edge_points(e)[0]))
        end = " ".join(format_numbers(pm.edge_points(e)[-1]))
        # the reversed drawing visits the very same numbers backwards
        assert [end] + _pairs(rev[e]) == ([start] + _pairs(fwd[e]))[::-1]
        # and its segment letters run backwards too
        assert _letters(rev[e]) == _letters(fwd[e])[::-1]


def _letters(cmd):
    return [c for c in cmd if c in "LC"]


def _pairs(cmd):
    nums = cmd.replace("L", " ").replace("C", " ").split()
    return [f"{x} {y}" for x, y in zip(nums[0::2], nums[1::2])]


def _two_rects():
    # face 0: x < 3 drawn as [e1, e0]; face 1: x > 3 drawn as [e2, ~e0]
    pts = np.array([[3, 0], [3, 4], [3, 4], [0, 4], [0, 0], [3, 0],
                    [3, 0], [6, 0], [6, 4], [3, 4]], float)
    i = lambda *v: np.array(v, np.int64)
    return PlanarMap(width=6, height=4, pts=pts, pt_off=i(0, 2, 6, 10),
                     ops=np.zeros(7, np.uint8), seg_off=i(0, 1, 4, 7),
                     left=np.array([0, 0, 1], np.int32), right=np.array([1, OUTSIDE, OUTSIDE], np.int32),
                     face_colour=np.array([0, 1], np.int32), loop_off=i(0, 1, 2),
                     dart_off=i(0, 2, 4), darts=i(1, 0, 2, ~0))


def test_face_path_data_joins_darts():
    pm = _two_rects()
    pm.check()
    fwd, rev = edge_path_data(pm)
    assert face_path_data(pm, 0, fwd, rev) == "M3 4L0 4L0 0L3 0L3 4Z"
    assert face_path_data(pm, 1, fwd, rev) == "M3 0L6 0L6 4L3 4L3 0Z"
    assert face_paths(pm) == [face_path_data(pm, f, fwd, rev) for f in range(2)]
    assert face_paths(pm, scale=(0.5, 0.25), decimals=1)[1] == "M1.5 0L3 0L3 1L1.5 1L1.5 0Z"


def test_face_with_hole_has_one_subpath_per_loop():
    pts = np.array([[0, 0], [6, 0], [6, 6], [0, 6], [0, 0],
                    [2, 2], [4, 2], [4, 4], [2, 4], [2, 2]], float)
    i = lambda *v: np.array(v, np.int64)
    pm = PlanarMap(width=6, height=6, pts=pts, pt_off=i(0, 5, 10), ops=np.zeros(8, np.uint8),
                   seg_off=i(0, 4, 8), left=np.array([0, 1], np.int32),
                   right=np.array([OUTSIDE, 0], np.int32), face_colour=np.array([0, 1], np.int32),
                   loop_off=i(0, 2, 3), dart_off=i(0, 1, 2, 3), darts=i(0, ~1, 1))
    pm.check()
    outer, inner = face_paths(pm)
    assert outer == "M0 0L6 0L6 6L0 6L0 0ZM2 2L2 4L4 4L4 2L2 2Z"
    assert inner == "M2 2L4 2L4 4L2 4L2 2Z"


def test_polyline_and_curve():
    assert polyline_path_data([[0, 0], [1.5, 2], [3, -1]]) == "M0 0L1.5 2L3 -1"
    assert polyline_path_data([[0, 0], [1, 0], [1, 1]], closed=True) == "M0 0L1 0L1 1Z"
    with pytest.raises(ValueError):
        polyline_path_data([[0, 0]])
    assert curve_path_data([[0, 0], [1, 0], [2, 1], [2, 2], [0, 2]], [CUBIC, LINE],
                           closed=True) == "M0 0C1 0 2 1 2 2L0 2Z"
    with pytest.raises(ValueError, match="segment kinds"):
        curve_path_data([[0, 0], [1, 0]], [CUBIC])


def test_empty_map():
    pm = random_map(n_edges=1)
    empty = PlanarMap(width=1, height=1, pts=np.zeros((0, 2)), pt_off=np.zeros(1, np.int64),
                      ops=np.zeros(0, np.uint8), seg_off=np.zeros(1, np.int64),
                      left=np.zeros(0, np.int32), right=np.zeros(0, np.int32),
                      face_colour=np.zeros(0, np.int32), loop_off=np.zeros(1, np.int64),
                      dart_off=np.zeros(1, np.int64), darts=np.zeros(0, np.int64))
    assert edge_path_data(empty) == ([], [])
    assert face_paths(empty) == []
    assert len(edge_path_data(pm)[0]) == 1
