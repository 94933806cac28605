"""From a label map to the topology of its planar map, on the crack lattice.

Pixel (row y, column x) covers the square [x, x+1] × [y, y+1]; the lattice
vertices are the pixel corners.  A *crack* is a unit lattice segment between
two pixels of different faces (or a face and the outside).  Faces are the
4-connected components of equal label.  Cracks are oriented so that the face
with the smaller id lies on their left (left of direction (dx, dy) is
(dy, -dx), y pointing down), which makes every boundary between two faces a
consistently directed chain.  Vertices where the crack count is not two are
nodes; the chains between nodes are the edges of the planar map, each shared
by exactly the two faces it separates.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from skimage.measure import label as cc_label

from .chains import linearise

OUTSIDE = -1


@dataclass(frozen=True, eq=False)
class Topology:
    """Edges as lattice polylines plus the faces' loops of darts."""
    height: int
    width: int
    face_colour: np.ndarray   # (F,) label of each face
    face_map: np.ndarray      # (H, W) int32 face id per pixel
    pts: np.ndarray           # (P, 2) float lattice vertices (x, y) of all edges, concatenated
    pt_off: np.ndarray        # (E + 1,) edge e is pts[pt_off[e]:pt_off[e+1]]
    closed: np.ndarray        # (E,) ring without node (first point == last point)
    pinch_start: np.ndarray   # (E,) the edge starts at a four-crack node
    pinch_end: np.ndarray     # (E,) the edge ends at a four-crack node
    left: np.ndarray          # (E,) face on the left (smaller id)
    right: np.ndarray         # (E,) face on the right
    loop_off: np.ndarray      # (F + 1,) face f has loops loop_off[f]:loop_off[f+1]
    dart_off: np.ndarray      # (L + 1,)
    darts: np.ndarray         # dart d >= 0: edge d forwards, d < 0: edge ~d reversed


def faces_of(labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """4-connected components of equal label: (face id map, label of each face)."""
    lab = np.asarray(labels)
    if lab.ndim != 2 or lab.size == 0:
        raise ValueError("labels must be a non-empty 2-D array")
    fm = cc_label(lab.astype(np.int32) + 1, background=0, connectivity=1).astype(np.int32) - 1
    n = int(fm.max()) + 1
    colour = np.zeros(n, lab.dtype)
    colour[fm.ravel()] = lab.ravel()
    return fm, colour


def topology(labels: np.ndarray) -> Topology:
    """Build the planar-map topology of a label map (see module docstring)."""
    fm, colour = faces_of(labels)
    H, W = fm.shape
    P = np.full((H + 2, W + 2), OUTSIDE, np.int32)
    P[1:-1, 1:-1] = fm
    VW = W + 1  # vertices per row

    # Vertical cracks: from vertex (y, x) down to (y+1, x); west pixel P[y+1, x], east P[y+1, x+1].
    vw, ve = P[1:-1, :-1], P[1:-1, 1:]
    vy, vx = np.nonzero(vw != ve)
    v_west, v_east = vw[vy, vx], ve[vy, vx]
    # Horizontal cracks: from vertex (y, x) right to (y, x+1); north P[y, x+1], south P[y+1, x+1].
    hn, hs = P[:-1, 1:-1], P[1:, 1:-1]
    hy, hx = np.nonzero(hn != hs)
    h_north, h_south = hn[hy, hx], hs[hy, hx]

    nv = len(vy)
    # Standard directions: down has east on its left, right has north on its left.
    std_left = np.concatenate([v_east, h_north])
    std_right = np.concatenate([v_west, h_south])
    flip = std_left > std_right
    left = np.where(flip, std_right, std_left)
    right = np.where(flip, std_left, std_right)
    a = np.concatenate([vy * VW + vx, hy * VW + hx])             # standard tail vertex
    b = np.concatenate([(vy + 1) * VW + vx, hy * VW + hx + 1])   # standard head vertex
    tail = np.where(flip, b, a)
    head = np.where(flip, a, b)
    n_cracks = len(tail)

    deg = np.bincount(np.concatenate([tail, head]), minlength=(H + 1) * VW)
    pinch = deg == 4  # four cracks: faces touching diagonally, where fitted curves crowd
    # The frame's corners are nodes, so the border stays an exact rectangle.
    deg[[0, W, H * VW, H * VW + W]] = 4
    out_at = np.full((H + 1) * VW, -1, np.int64)
    out_at[tail] = np.arange(n_cracks)  # unique wherever deg == 2
    succ = np.where(deg[head] == 2, out_at[head], -1)
    order, chain_off, closed = linearise(succ)

    n_edges = len(chain_off) - 1
    starts = order[chain_off[:-1]]
    lengths = np.diff(chain_off)
    # Points: the tail of each chain's first crack, then the head of every crack.
    pts_idx = np.empty(n_cracks + n_edges, np.int64)
    pt_off = chain_off + np.arange(n_edges + 1)
    head_pos = np.arange(n_cracks) + np.repeat(np.arange(n_edges), lengths) + 1
    pts_idx[head_pos] = head[order]
    pts_idx[pt_off[:-1]] = tail[starts]
    pts = np.stack([pts_idx % VW, pts_idx // VW], axis=1).astype(np.float64)

    edge_of_crack = np.empty(n_cracks, np.int64)
    edge_of_crack[order] = np.repeat(np.arange(n_edges), lengths)
    first_crack = np.full(n_cracks, False)
    first_crack[starts] = True
    last_crack = np.full(n_cracks, False)
    last_crack[order[chain_off[1:] - 1]] = True

    loop_off, dart_off, darts = _face_loops(P, W, H, tail, head, left, right, nv, hy, hx, vy, vx,
                                            edge_of_crack, starts, order, chain_off, closed,
                                            int(colour.size))
    first_v = pts_idx[pt_off[:-1]]
    last_v = pts_idx[pt_off[1:] - 1]
    return Topology(height=H, width=W, face_colour=colour, face_map=fm, pts=pts, pt_off=pt_off,
                    closed=closed, pinch_start=pinch[first_v] & ~closed,
                    pinch_end=pinch[last_v] & ~closed, left=left[starts].astype(np.int32),
                    right=right[starts].astype(np.int32), loop_off=loop_off, dart_off=dart_off,
                    darts=darts)


def _face_loops(P, W, H, tail, head, left, right, nv, hy, hx, vy, vx, edge_of_crack, starts,
                order, chain_off, closed, n_faces):
    """Link darts into loops: after a dart ends at a node, which dart continues its face?"""
    VW = W + 1
    n_edges = len(starts)
    last = order[chain_off[1:] - 1]
    # Dart k < n_edges: edge k forwards (face left[e] on its left); dart n_edges + k: reversed.
    # The crack by which a dart arrives at its end node, walked with the dart's face on the left.
    arrive = np.concatenate([last, starts])
    fwd = np.concatenate([np.ones(n_edges, bool), np.zeros(n_edges, bool)])
    face = np.concatenate([left[starts], right[starts]])
    end_v = np.where(fwd, head[arrive], tail[arrive])
    start_v = np.where(fwd, tail[arrive], head[arrive])
    ey, ex = end_v // VW, end_v % VW
    dx = ex - start_v % VW
    dy = ey - start_v // VW

    # The four pixels around the end vertex, relative to the walking direction.
    # With y down, direction (dx, dy) has its left normal at (dy, -dx).
    def pix(ox, oy):
        # pixel whose centre is at vertex + (ox, oy) / 2, (ox, oy) in {-1, 1}²
        return P[ey + (oy + 1) // 2, ex + (ox + 1) // 2]

    lx, ly = dy, -dx
    # (d + l) and (d - l) are diagonal unit steps: the front-left and front-right pixels.
    fl = pix(dx + lx, dy + ly)
    fr = pix(dx - lx, dy - ly)
    turn_left = fl != face
    straight = ~turn_left & (fr != face)
    ndx = np.where(turn_left, lx, np.where(straight, dx, -lx))
    ndy = np.where(turn_left, ly, np.where(straight, dy, -ly))

    # Crack leaving the end vertex in direction (ndx, ndy), as a standard crack id.
    vid = np.where(ndy == 1, ey * VW + ex, (ey - 1) * VW + ex)          # vertical key (y, x)
    hid = np.where(ndx == 1, ey * VW + ex, ey * VW + ex - 1)            # horizontal key
    v_keys = vy.astype(np.int64) * VW + vx
    h_keys = hy.astype(np.int64) * VW + hx
    is_v = ndx == 0
    crack = np.where(is_v, np.searchsorted(v_keys, vid),
                     nv + np.searchsorted(h_keys, hid))
    e = edge_of_crack[crack]
    # Walking with `face` on the left: forwards along the crack iff the crack has it on its left.
    nxt_fwd = left[crack] == face
    nxt = np.where(nxt_fwd, e, n_edges + e)
    # Rings (closed edges) have no node: their darts loop onto themselves.
    ring = np.concatenate([closed, closed])
    nxt = np.where(ring, np.arange(2 * n_edges), nxt)

    order_d, off_d, _ = linearise(nxt)
    dart_face = face[order_d[off_d[:-1]]]
    # Skip loops of the outside.
    keep = dart_face != OUTSIDE
    loop_len = np.diff(off_d)
    by_face = np.argsort(dart_face, kind="stable")
    by_face = by_face[keep[by_face]]
    # Gather the kept loops in face order.
    lens = loop_len[by_face]
    dart_off = np.zeros(len(by_face) + 1, np.int64)
    np.cumsum(lens, out=dart_off[1:])
    src = np.repeat(off_d[:-1][by_face] - dart_off[:-1], lens) + np.arange(dart_off[-1])
    d = order_d[src]
    darts = np.where(d < n_edges, d, ~(d - n_edges))
    loop_counts = np.bincount(dart_face[by_face], minlength=n_faces)
    loop_off = np.zeros(n_faces + 1, np.int64)
    np.cumsum(loop_counts, out=loop_off[1:])
    return loop_off, dart_off, darts.astype(np.int64)
