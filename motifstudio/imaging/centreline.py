"""Centreline tracing: thin strokes of line art become stroked paths with a measured width.

Drawn outlines and chain-stitch lines are better as one line with a pen width
than as two parallel region boundaries: that is what an embroidery outline
or a transfer sheet needs.  Thin components of the stroke colour are
skeletonised, the skeleton is split into chains between junctions and ends,
each chain is fitted like a region edge, and its width is the ink area of
its stroke divided by the stroke's centreline length.  The stroke pixels are then handed to
the surrounding colour, so the regions underneath stay an exact partition.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
from scipy import ndimage

from ..core.document import Stroke
from .fit import fit_polylines

_OFFS4 = ((0, 1), (1, 0), (0, -1), (-1, 0))
_OFFS_DIAG = ((1, 1), (1, -1), (-1, 1), (-1, -1))


def stroke_class(palette_lab: np.ndarray, stroke_rgb: Optional[tuple] = None) -> int:
    """The class drawn as strokes: the one nearest *stroke_rgb*, else the darkest."""
    if stroke_rgb is not None:
        from ..core.colour import rgb_to_lab
        target = rgb_to_lab(np.asarray(stroke_rgb, np.uint8))
        return int(np.argmin(np.sum((palette_lab - target) ** 2, axis=1)))
    return int(np.argmin(palette_lab[:, 0]))


def _skeleton_graph(skel: np.ndarray):
    """Neighbour lists of skeleton pixels: 4-neighbours, plus diagonals not bridged by one."""
    H, W = skel.shape
    ys, xs = np.nonzero(skel)
    index = np.full((H + 2, W + 2), -1, np.int64)
    index[ys + 1, xs + 1] = np.arange(len(ys))
    nbrs = []
    for dy, dx in _OFFS4:
        nbrs.append(index[ys + 1 + dy, xs + 1 + dx])
    for dy, dx in _OFFS_DIAG:
        n = index[ys + 1 + dy, xs + 1 + dx]
        bridged = (index[ys + 1 + dy, xs + 1] >= 0) | (index[ys + 1, xs + 1 + dx] >= 0)
        nbrs.append(np.where(bridged, -1, n))
    return ys, xs, np.stack(nbrs, axis=1)


def _chains(nbr: np.ndarray) -> list[tuple[list[int], bool]]:
    """Split the skeleton graph into chains between nodes (degree != 2); cycles too."""
    deg = (nbr >= 0).sum(1)
    visited_edge = set()
    chains = []
    used = np.zeros(len(nbr), bool)
    nodes = np.flatnonzero(deg != 2)
    adj = [row[row >= 0].tolist() for row in nbr]
    for start in nodes.tolist():
        used[start] = True
        for nxt in adj[start]:
            if (start, nxt) in visited_edge:
                continue
            path = [start]
            prev, cur = start, nxt
            while True:
                visited_edge.add((prev, cur))
                visited_edge.add((cur, prev))
                path.append(cur)
                used[cur] = True
                if deg[cur] != 2:
                    break
                a, b = adj[cur]
                prev, cur = cur, (b if a == prev else a)
            chains.append((path, False))
    # What is left are cycles without any node.
    for start in np.flatnonzero(~used & (deg == 2)).tolist():
        if used[start]:
            continue
        path = [start]
        used[start] = True
        prev, cur = start, adj[start][0]
        while cur != start:
            path.append(cur)
            used[cur] = True
            a, b = adj[cur]
            prev, cur = cur, (b if a == prev else a)
        path.append(start)
        chains.append((path, True))
    return chains


def trace_centrelines(labels: np.ndarray, palette_lab: np.ndarray, *, max_stroke_px: float = 8.0,
                      stroke_rgb: Optional[tuple] = None, tolerance: float = 0.5,
                      corner_threshold: float = 60.0, smoothing: int = 2,
                      min_length_px: float = 3.0) -> tuple[np.ndarray, list[Stroke]]:
    """Find thin strokes of the stroke colour and trace their centrelines.

    Returns
    -------
    labels : (H, W) array
        The label map with the stroke pixels given to their surrounding colour.
    strokes : list of Stroke
        Fitted centrelines in pixel coordinates, with their width in pixels.
    """
    from skimage.morphology import skeletonize  # heavy import, only for line art

    labels = np.asarray(labels)
    c = stroke_class(np.asarray(palette_lab), stroke_rgb)
    mask = labels == c
    if not mask.any():
        return labels, []
    dist = ndimage.distance_transform_edt(mask)
    comp, n_comp = ndimage.label(mask, structure=np.ones((3, 3)))
    skel = skeletonize(mask)
    width_at = 2.0 * dist - 1.0
    # A component is a stroke when it is thin along most of its skeleton.
    sk_comp = comp[skel]
    med = ndimage.median(width_at[skel], labels=sk_comp, index=np.arange(1, n_comp + 1)) \
        if n_comp else np.zeros(0)
    thin_comp = np.zeros(n_comp + 1, bool)
    thin_comp[1:] = np.asarray(med) <= max_stroke_px
    stroke_px = thin_comp[comp] & mask
    skel &= stroke_px
    if not skel.any():
        return labels, []

    ys, xs, nbr = _skeleton_graph(skel)
    deg = (nbr >= 0).sum(1)
    chains = _chains(nbr)
    pts_list, closed, widths, lengths = [], [], [], []
    for path, is_cycle in chains:
        idx = np.asarray(path)
        p = np.stack([xs[idx] + 0.5, ys[idx] + 0.5], axis=1).astype(np.float64)
        length = np.sum(np.hypot(*np.diff(p, axis=0).T))
        if length < min_length_px:
            continue
        # A sharp tip or a thick join leaves a short skeleton spur from a junction to
        # the stroke's edge; it is part of the stroke, not a line of its own.
        ends = sorted((deg[path[0]], deg[path[-1]]))
        w_here = float(np.median(width_at[ys[idx], xs[idx]]))
        if not is_cycle and ends[0] == 1 and ends[1] >= 3 and length < 1.5 * w_here + 2:
            continue
        pts_list.append(p)
        closed.append(is_cycle)
        widths.append(comp[ys[idx[len(idx) // 2]], xs[idx[len(idx) // 2]]])
        lengths.append(length)
    # Width = ink area / centreline length, per connected stroke: unlike the distance
    # transform on the skeleton it is not fooled by diagonals or by the pixel grid.
    if pts_list:
        comp_ids = np.asarray(widths)
        ink = np.bincount(comp[stroke_px], minlength=n_comp + 1).astype(float)
        length_of = np.bincount(comp_ids, weights=np.asarray(lengths), minlength=n_comp + 1)
        widths = (ink[comp_ids] / np.maximum(length_of[comp_ids], 1e-9)).tolist()
    strokes: list[Stroke] = []
    if pts_list:
        off = np.zeros(len(pts_list) + 1, np.int64)
        np.cumsum([len(p) for p in pts_list], out=off[1:])
        fitted = fit_polylines(np.concatenate(pts_list), off, np.asarray(closed),
                               tolerance=tolerance, corner_threshold=corner_threshold,
                               smoothing=smoothing)
        for k, w in enumerate(widths):
            strokes.append(Stroke(pts=fitted.pts[fitted.pt_off[k]:fitted.pt_off[k + 1]].copy(),
                                  ops=fitted.ops[fitted.seg_off[k]:fitted.seg_off[k + 1]].copy(),
                                  width=max(1.0, w), colour=c, closed=bool(closed[k])))
    # Hand the stroke pixels to the nearest other colour.
    keep = ~stroke_px
    if keep.any():
        _, (iy, ix) = ndimage.distance_transform_edt(~keep, return_indices=True)
        new_labels = labels[iy, ix]
    else:
        new_labels = labels.copy()
    return new_labels, strokes
