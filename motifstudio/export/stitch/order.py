"""Sewing order inside a colour block: nearest neighbour, to keep jumps short.

A *group* is what is sewn in one go (a face: its underlay runs, then its top
runs; a satin column; one line).  A *run* is a stretch of needle points sewn
without a jump; most runs may be sewn backwards too.

The planner takes, from where the needle is, the group with the nearest
possible starting point (any end of a run of the group's first phase), sews
its runs -- phase by phase, each time the nearest run next -- and goes on
from where that left the needle.  Groups are found with a k-d tree over all
starting points (rebuilt from the remaining ones when most are used), so a
block of tens of thousands of groups orders in well under a second.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

__all__ = ["Run", "order_groups"]


@dataclass(frozen=True, eq=False)
class Run:
    """Needle points ``pts`` (n, 2) mm with what made each (``kind`` (n,));
    ``reversible``: may be sewn from its last point to its first."""
    pts: np.ndarray
    kind: np.ndarray
    reversible: bool = True

    def oriented(self, backwards: bool) -> "Run":
        if not backwards:
            return self
        return Run(self.pts[::-1], self.kind[::-1], self.reversible)


def _ends(runs) -> tuple:
    """Candidate starts of *runs*: (points (m, 2), run index, backwards flag)."""
    pts, idx, back = [], [], []
    for i, r in enumerate(runs):
        pts.append(r.pts[0])
        idx.append(i)
        back.append(False)
        if r.reversible and len(r.pts) > 1:
            pts.append(r.pts[-1])
            idx.append(i)
            back.append(True)
    return np.array(pts).reshape(-1, 2), np.array(idx, np.int64), np.array(back, bool)


def _sew_group(phases, cur: np.ndarray, out: list) -> np.ndarray:
    """Append the runs of one group, phase by phase, nearest first; return the end point."""
    for runs in phases:
        runs = [r for r in runs if len(r.pts)]
        if not runs:
            continue
        if len(runs) == 1:
            r = runs[0]
            back = r.reversible and _d2(r.pts[-1], cur) < _d2(r.pts[0], cur)
            r = r.oriented(back)
            out.append(r)
            cur = r.pts[-1]
            continue
        pts, idx, back = _ends(runs)
        alive = np.ones(len(pts), bool)
        for _ in range(len(runs)):
            d = (pts[:, 0] - cur[0]) ** 2 + (pts[:, 1] - cur[1]) ** 2
            d[~alive] = np.inf
            j = int(np.argmin(d))
            r = runs[idx[j]].oriented(bool(back[j]))
            alive[idx == idx[j]] = False
            out.append(r)
            cur = r.pts[-1]
    return cur


def _d2(p, q) -> float:
    return float((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)


def order_groups(groups, start) -> tuple:
    """The runs of *groups* (each a list of phases, each a list of :class:`Run`) in
    sewing order from *start*.  Returns ``(runs, end point)``."""
    cur = np.asarray(start, float)
    out: list = []
    firsts = []
    for phases in groups:
        first = next((p for p in phases if any(len(r.pts) for r in p)), [])
        firsts.append([r for r in first if len(r.pts)])
    cand_pts, cand_grp = [], []
    for g, runs in enumerate(firsts):
        if runs:
            p, _, _ = _ends(runs)
            cand_pts.append(p)
            cand_grp.append(np.full(len(p), g, np.int64))
    if not cand_pts:
        return out, cur
    pts = np.concatenate(cand_pts)
    grp = np.concatenate(cand_grp)
    alive = np.zeros(len(groups), bool)
    alive[grp] = True
    remaining = int(alive.sum())
    tree, tree_grp = cKDTree(pts), grp
    while remaining:
        k = 8
        while True:
            kk = min(k, len(tree_grp))
            d, i = tree.query(cur, k=kk)
            i = np.atleast_1d(i)
            ok = alive[tree_grp[i]]
            if ok.any():
                g = int(tree_grp[i[np.argmax(ok)]])
                break
            if kk == len(tree_grp):        # cannot happen while groups remain
                raise RuntimeError("stitch ordering lost a group")
            k *= 4
        cur = _sew_group(groups[g], cur, out)
        alive[g] = False
        remaining -= 1
        # most starting points belong to sewn groups: rebuild the tree from the rest
        live = alive[tree_grp]
        if remaining and live.sum() * 2 < len(tree_grp):
            tree_grp = tree_grp[live]
            tree = cKDTree(tree.data[live])
    return out, cur
