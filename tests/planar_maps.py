"""Hand-built planar maps shared by the tests (imported via tests/conftest.py's path)."""
import numpy as np

from motifstudio.core.planar import CUBIC, LINE, OUTSIDE, PlanarMap


def build_map(width, height, edges, faces, colours=None):
    """A PlanarMap from ``edges = [(points, "LC..."), ...]`` and ``faces = [[loop, ...], ...]``.

    A loop is a list of darts: ``e`` = edge e forwards, ``~e`` = reversed.
    """
    pts, pt_off, ops, seg_off = [], [0], [], [0]
    for p, kinds in edges:
        pts.extend(p)
        pt_off.append(len(pts))
        ops.extend(CUBIC if k == "C" else LINE for k in kinds)
        seg_off.append(len(ops))
    left = np.full(len(edges), OUTSIDE, np.int32)
    right = np.full(len(edges), OUTSIDE, np.int32)
    loop_off, dart_off, darts = [0], [0], []
    for f, loops in enumerate(faces):
        for loop in loops:
            for d in loop:
                (left if d >= 0 else right)[d if d >= 0 else ~d] = f
            darts.extend(loop)
            dart_off.append(len(darts))
        loop_off.append(len(dart_off) - 1)
    i64 = lambda a: np.asarray(a, dtype=np.int64)  # noqa: E731
    pm = PlanarMap(width=width, height=height, pts=np.asarray(pts, float).reshape(-1, 2),
                   pt_off=i64(pt_off), ops=np.asarray(ops, np.uint8), seg_off=i64(seg_off),
                   left=left, right=right,
                   face_colour=np.asarray(colours if colours is not None else range(len(faces)),
                                          np.int32),
                   loop_off=i64(loop_off), dart_off=i64(dart_off), darts=i64(darts))
    pm.check()
    return pm


def two_rectangles() -> PlanarMap:
    """A 4 x 2 frame split at x = 2: edge 0 the shared line, edge 1 the left border, edge 2
    the right border with one cubic.  Face 0 = [e1, e0]; face 1 = [e2, ~e0]."""
    return build_map(4.0, 2.0, [
        ([[2, 0], [2, 2]], "L"),
        ([[2, 2], [0, 2], [0, 0], [2, 0]], "LLL"),
        ([[2, 0], [4, 0], [4, 0.5], [4, 1.5], [4, 2], [2, 2]], "LCL"),
    ], [[[1, 0]], [[2, ~0]]])
