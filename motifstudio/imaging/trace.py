"""Trace a label map into a planar map: topology once, every boundary fitted once.

Fitting with a tolerance can, on strips one or two pixels wide, let the two
curves of a strip cross.  Shared edges make gaps and overlaps impossible
*between* neighbours, but a crossing inverts the strip.  So after fitting,
the map is rasterised at pixel centres (supersampled when the caller will
show it at a finer scale); edges near any pixel covered by no face or by two
are fitted again more tightly, and as a last resort kept as their exact
crack-midpoint polylines, which provably keep every pixel centre on its side.
"""
from __future__ import annotations

import weakref
from typing import Optional

import numpy as np
from scipy import ndimage

from ..core.planar import PlanarMap
from ..core.progress import CancelToken, ProgressFn, check, report
from ..core.rasterise import partition_defects
from .cracks import topology
from .fit import FittedEdges, fit_polylines, midpoint_polylines
from .params import TraceParams


# Previews re-fit the same segmentation with other tolerances: keep the topology of the
# last few read-only label maps (a read-only array cannot change under the cache).
_TOPO_CACHE: dict[int, tuple] = {}


def _topology_cached(labels: np.ndarray):
    if labels.flags.writeable:
        return topology(labels)
    hit = _TOPO_CACHE.get(id(labels))
    if hit is not None and hit[0]() is labels:
        return hit[1]
    topo = topology(labels)
    if len(_TOPO_CACHE) >= 4:
        _TOPO_CACHE.pop(next(iter(_TOPO_CACHE)))
    _TOPO_CACHE[id(labels)] = (weakref.ref(labels), topo)
    return topo


def _planar(topo, fitted: FittedEdges) -> PlanarMap:
    return PlanarMap(width=float(topo.width), height=float(topo.height), pts=fitted.pts,
                     pt_off=fitted.pt_off, ops=fitted.ops, seg_off=fitted.seg_off,
                     left=topo.left, right=topo.right,
                     face_colour=topo.face_colour.astype(np.int32), loop_off=topo.loop_off,
                     dart_off=topo.dart_off, darts=topo.darts)


def _subset(pts, pt_off, edges):
    """The polylines of *edges* as their own (pts, offsets)."""
    lens = pt_off[edges + 1] - pt_off[edges]
    off = np.zeros(len(edges) + 1, np.int64)
    np.cumsum(lens, out=off[1:])
    idx = np.repeat(pt_off[edges] - off[:-1], lens) + np.arange(off[-1])
    return pts[idx], off


def _splice(old: FittedEdges, edges: np.ndarray, new: FittedEdges) -> FittedEdges:
    """Replace the fits of *edges* in *old* by those in *new* (same order)."""
    n_e = len(old.pt_off) - 1
    which = np.full(n_e, -1, np.int64)
    which[edges] = np.arange(len(edges))
    use_new = which >= 0

    def merge(old_a, old_off, new_a, new_off):
        lens = np.where(use_new, np.diff(new_off)[np.maximum(which, 0)], np.diff(old_off))
        off = np.zeros(n_e + 1, np.int64)
        np.cumsum(lens, out=off[1:])
        owner = np.repeat(np.arange(n_e), lens)
        pos = np.arange(off[-1]) - off[:-1][owner]
        src_new = use_new[owner]
        out = np.empty((off[-1],) + old_a.shape[1:], old_a.dtype)
        out[~src_new] = old_a[old_off[:-1][owner[~src_new]] + pos[~src_new]]
        w = which[owner[src_new]]
        out[src_new] = new_a[new_off[:-1][w] + pos[src_new]]
        return out, off

    pts, pt_off = merge(old.pts, old.pt_off, new.pts, new.pt_off)
    ops, seg_off = merge(old.ops, old.seg_off, new.ops, new.seg_off)
    return FittedEdges(pts, pt_off, ops, seg_off)


def _edges_near(bad: np.ndarray, topo, ss: int) -> np.ndarray:
    """Edges with a lattice point within three pixels of a bad (supersampled) interval.

    *bad* holds (row, col_start, col_end) runs of supersampled pixels.
    """
    H, W = topo.height, topo.width
    near = np.zeros((H + 1, W + 1), bool)
    r = np.minimum(bad[:, 0] // ss, H)
    lens = bad[:, 2] - bad[:, 1]
    cols = np.repeat(bad[:, 1], lens) + (np.arange(lens.sum()) - np.repeat(np.cumsum(lens) - lens, lens))
    near[np.repeat(r, lens), np.minimum(cols // ss, W)] = True
    near = ndimage.binary_dilation(near, iterations=3)
    p = topo.pts.astype(np.int64)
    hit = near[p[:, 1], p[:, 0]]
    owner = np.repeat(np.arange(len(topo.pt_off) - 1), np.diff(topo.pt_off))
    return np.unique(owner[hit])


def trace_regions(labels: np.ndarray, params: Optional[TraceParams] = None, *,
                  check_scale: int = 1, progress: Optional[ProgressFn] = None,
                  cancel: Optional[CancelToken] = None) -> PlanarMap:
    """Trace the colour regions of *labels* into a :class:`PlanarMap`.

    Parameters
    ----------
    labels : (H, W) int array
        Class index per pixel; faces are its 4-connected components and
        ``face_colour`` holds their class.
    params : TraceParams
        Fitting tolerance, corner threshold and smoothing.
    check_scale : int
        Supersampling of the gap/overlap check (use the factor by which the
        map will be enlarged, e.g. 2 when traced at half resolution).

    Returns
    -------
    PlanarMap
        In pixel coordinates of *labels* (frame ``W`` × ``H``).

    Examples
    --------
    >>> lab = np.zeros((8, 8), int); lab[2:6, 2:6] = 1
    >>> pm = trace_regions(lab)
    >>> pm.n_faces, pm.n_edges
    (2, 5)
    """
    params = params or TraceParams()
    labels = np.asarray(labels)
    if labels.ndim != 2 or labels.size == 0:
        raise ValueError("labels must be a non-empty 2-D array")
    if labels.dtype.kind not in "iu":
        raise ValueError("labels must be integers")
    report(progress, 0.0, "finding boundaries")
    topo = _topology_cached(labels)
    check(cancel)
    report(progress, 0.3, "fitting curves")
    fitted = fit_polylines(topo.pts, topo.pt_off, topo.closed, tolerance=params.tolerance,
                           corner_threshold=params.corner_threshold, smoothing=params.smoothing,
                           pinch_start=topo.pinch_start, pinch_end=topo.pinch_end)
    check(cancel)
    report(progress, 0.7, "checking the partition")
    ss = max(1, int(check_scale))
    H, W = labels.shape
    for attempt in range(3):
        pm = _planar(topo, fitted)
        bad = partition_defects(pm, shape=(H * ss, W * ss), scale=float(ss), flatness=0.05)
        if not len(bad):
            break
        edges = _edges_near(bad, topo, ss)
        sub_pts, sub_off = _subset(topo.pts, topo.pt_off, edges)
        if attempt < 2:  # tighter, less smoothed fits first
            refit = fit_polylines(sub_pts, sub_off, topo.closed[edges],
                                  tolerance=params.tolerance * 0.5 ** (attempt + 1),
                                  corner_threshold=params.corner_threshold,
                                  smoothing=min(params.smoothing, 1) if attempt == 0 else 0,
                                  pinch_start=topo.pinch_start[edges],
                                  pinch_end=topo.pinch_end[edges])
        else:  # the exact polylines cannot fail
            refit = midpoint_polylines(sub_pts, sub_off, topo.closed[edges])
        fitted = _splice(fitted, edges, refit)
        pm = _planar(topo, fitted)
        check(cancel)
    report(progress, 1.0, "traced")
    return pm
