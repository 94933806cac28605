"""Order linked lists and cycles held as successor arrays, without Python loops.

Boundary cracks and face loops are both "each item knows the next one"
structures.  Walking them item by item in Python would cost seconds on a
large map; here the items are grouped with one connected-components call and
ranked by pointer doubling (about log2(longest chain) numpy passes).
"""
from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def linearise(succ: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split a successor array into ordered chains.

    Parameters
    ----------
    succ : (N,) int array
        ``succ[i]`` is the item after ``i``, or -1 if ``i`` ends a chain.
        Every item has at most one predecessor.

    Returns
    -------
    order : (N,) int64
        Items grouped by chain, each chain from its first to its last item.
        A cycle starts at its smallest item.
    offsets : (C + 1,) int64
        Chain ``k`` is ``order[offsets[k]:offsets[k + 1]]``.
    closed : (C,) bool
        Whether chain ``k`` is a cycle.
    """
    succ = np.asarray(succ, dtype=np.int64)
    n = len(succ)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(1, np.int64), np.zeros(0, bool)
    has_next = succ >= 0
    src = np.flatnonzero(has_next)
    graph = coo_matrix((np.ones(len(src), np.int8), (src, succ[src])), shape=(n, n))
    n_comp, comp = connected_components(graph, directed=True, connection="weak")

    has_pred = np.zeros(n, bool)
    has_pred[succ[src]] = True
    starts = np.flatnonzero(~has_pred)
    closed = np.ones(n_comp, bool)
    closed[comp[starts]] = False
    # Break every cycle just before its smallest item.
    first = np.full(n_comp, n, np.int64)
    np.minimum.at(first, comp, np.arange(n))
    cut = succ.copy()
    cyc_first = first[closed]
    if len(cyc_first):
        is_first = np.zeros(n, bool)
        is_first[cyc_first] = True
        cut[has_next & is_first[np.where(has_next, succ, 0)]] = -1

    # Pointer doubling: dist[i] = number of steps from i to the end of its chain.
    dist = (cut >= 0).astype(np.int64)
    nxt = cut.copy()
    active = np.flatnonzero(nxt >= 0)
    while len(active):
        j = nxt[active]
        dist[active] += dist[j]
        nxt[active] = nxt[j]
        active = active[nxt[active] >= 0]

    order = np.lexsort((-dist, comp))
    counts = np.bincount(comp, minlength=n_comp)
    offsets = np.zeros(n_comp + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    return order, offsets, closed
