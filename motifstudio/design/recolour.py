"""Recolour a motif with a target palette (e.g. DMC threads).

* :func:`adjacent_pairs` -- which colours touch along an edge of the planar map.
* :func:`recolour` -- map every motif colour to a target swatch by CIEDE2000,
  keeping the lightness order (a light ground stays lighter than its dark
  pattern), keeping touching colours apart, honouring fixed choices and an
  optional limit on the number of colours ("limit to N threads").

The planar map's geometry is never touched: only ``face_colour`` (and stroke
colours) are remapped onto a new palette of the chosen target swatches.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Mapping, Optional

import numpy as np

from motifstudio.core.colour import delta_e_ciede2000
from motifstudio.core.document import Motif, Palette
from motifstudio.core.planar import OUTSIDE, PlanarMap

__all__ = ["RecolourResult", "adjacent_pairs", "recolour"]


@dataclass(frozen=True)
class RecolourResult:
    """What :func:`recolour` did.

    Attributes
    ----------
    motif : Motif
        The recoloured motif (same planar map geometry, new palette).
    mapping : dict
        Source palette index -> target palette index.
    warnings : list of str
        Things the user should know (touching colours that stay too close,
        overrides that break the lightness order, forced merges).
    """
    motif: Motif
    mapping: dict
    warnings: list = field(default_factory=list)


def adjacent_pairs(planar_map: PlanarMap) -> np.ndarray:
    """Distinct colour-index pairs ``(a, b)``, ``a < b``, of faces that share an edge.

    The outside of the frame (face ``-1``) is ignored, as are edges between
    two faces of the same colour.  Rows are sorted; shape ``(K, 2)``.
    """
    left = np.asarray(planar_map.left, dtype=np.int64)
    right = np.asarray(planar_map.right, dtype=np.int64)
    inside = (left != OUTSIDE) & (right != OUTSIDE)
    fc = np.asarray(planar_map.face_colour, dtype=np.int64)
    a = fc[left[inside]]
    b = fc[right[inside]]
    differ = a != b
    pairs = np.stack([np.minimum(a, b)[differ], np.maximum(a, b)[differ]], axis=1)
    if len(pairs) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(pairs, axis=0)


# --------------------------------------------------------------------------- helpers

def _validate(motif: Motif, target: Palette, min_delta_e, overrides, max_colours) -> dict:
    if not isinstance(motif, Motif):
        raise TypeError(f"recolour: expected a Motif, got {type(motif).__name__}")
    if len(target) == 0:
        raise ValueError("the target palette is empty")
    if not np.isfinite(min_delta_e) or min_delta_e < 0:
        raise ValueError(f"min_delta_e must be a non-negative number, got {min_delta_e!r}")
    if max_colours is not None and (isinstance(max_colours, bool)
                                    or not isinstance(max_colours, (int, np.integer))
                                    or max_colours < 1):
        raise ValueError(f"max_colours must be a positive integer, got {max_colours!r}")
    n, m = len(motif.palette), len(target)
    fixed = {}
    for s, t in dict(overrides or {}).items():
        s, t = int(s), int(t)
        if not 0 <= s < n:
            raise ValueError(f"override for colour {s}: the motif has {n} colour(s)")
        if not 0 <= t < m:
            raise ValueError(f"override {s} -> {t}: the target palette has {m} colour(s)")
        fixed[s] = t
    return fixed


def _group_colours(src_lab: np.ndarray, fixed: dict, limit: int) -> list[list[int]]:
    """Groups of source indices: same-override colours together, then the closest merged
    (agglomerative, by CIEDE2000 between group mean colours) until at most *limit* remain."""
    n = len(src_lab)
    groups: list[list[int]] = []
    by_target: dict[int, list[int]] = {}
    for s in range(n):
        if s in fixed:
            if fixed[s] in by_target:
                by_target[fixed[s]].append(s)
                continue
            by_target[fixed[s]] = [s]
            groups.append(by_target[fixed[s]])
        else:
            groups.append([s])
    while len(groups) > limit:
        means = np.array([src_lab[g].mean(axis=0) for g in groups])
        d = delta_e_ciede2000(means[:, None, :], means[None, :, :])
        tgt = [next((fixed[s] for s in g if s in fixed), None) for g in groups]
        for i in range(len(groups)):
            for j in range(len(groups)):
                if i >= j or (tgt[i] is not None and tgt[j] is not None and tgt[i] != tgt[j]):
                    d[i, j] = np.inf
        k = int(np.argmin(d))     # first minimum: deterministic
        i, j = divmod(k, len(groups))
        if not np.isfinite(d[i, j]):
            raise ValueError(f"cannot limit the motif to {limit} colour(s): more overrides "
                             "name different target colours than that")
        groups[i] = sorted(groups[i] + groups[j])
        del groups[j]
    return groups


def _ordered_assignment(cost: np.ndarray, order: np.ndarray) -> Optional[np.ndarray]:
    """Minimum-cost assignment of groups to strictly increasing target positions.

    *cost* is ``(G, m)`` over targets sorted by L*; *order* lists the groups by
    increasing L*.  Returns the position of each group, or ``None`` if
    infeasible (overrides out of order).
    """
    G, m = cost.shape
    if G > m:
        return None
    best = np.full((G, m), np.inf)
    arg = np.zeros((G, m), dtype=np.intp)        # best predecessor position
    best[0] = cost[order[0]]
    for r in range(1, G):
        prev = best[r - 1]
        # prefix minimum over positions < j (first minimum wins ties)
        pm = np.minimum.accumulate(prev)
        idx = np.zeros(m, dtype=np.intp)
        run = 0
        for j in range(1, m):
            if prev[j] < prev[run]:
                run = j
            idx[j] = run
        shifted = np.concatenate([[np.inf], pm[:-1]])
        best[r] = cost[order[r]] + shifted
        arg[r, 1:] = idx[:-1]
    last = int(np.argmin(best[G - 1]))
    if not np.isfinite(best[G - 1, last]):
        return None
    pos = np.empty(G, dtype=np.intp)
    for r in range(G - 1, -1, -1):
        pos[order[r]] = last
        last = int(arg[r, last])
    return pos


def _greedy_assignment(cost: np.ndarray) -> np.ndarray:
    """Distinct targets, cheapest pair first (fixed groups have a single finite cost)."""
    G, m = cost.shape
    c = cost.copy()
    pos = np.full(G, -1, dtype=np.intp)
    for _ in range(G):
        k = int(np.argmin(c))
        g, j = divmod(k, m)
        pos[g] = j
        c[g, :] = np.inf
        c[:, j] = np.inf
    return pos


# --------------------------------------------------------------------------- recolour

def recolour(motif: Motif, target: Palette, *, min_delta_e: float = 10.0,
             keep_lightness_order: bool = True, overrides: Optional[Mapping[int, int]] = None,
             max_colours: Optional[int] = None) -> RecolourResult:
    """Map each colour of *motif* to a swatch of *target* by CIEDE2000.

    Parameters
    ----------
    motif : Motif
        The motif to recolour (not modified).
    target : Palette
        The swatches to choose from (e.g. :func:`~motifstudio.design.palettes.load_dmc`).
    min_delta_e : float, keyword-only
        Colours that touch (share an edge) should end at least this far apart
        (ΔE00).  Where the nearest choices are closer, the next-best targets
        are tried (greedy, deterministic); where that is impossible a warning
        names the two colours.
    keep_lightness_order : bool, keyword-only
        Keep the L* order of the motif's colours: the assignment minimises the
        total ΔE00 subject to monotone L* (a dynamic programme over colours
        and target swatches both sorted by L*).  Without it, colours are
        matched greedily (cheapest pair first) to distinct targets.
    overrides : mapping, keyword-only
        ``{source index: target index}`` choices fixed before anything else.
        If they break the lightness order, the order is dropped with a warning.
    max_colours : int, keyword-only
        At most this many distinct targets ("limit to N threads"): the
        closest source colours are merged first.  Source colours share a
        target only when this (or a target palette smaller than the motif's)
        forces it.

    Returns
    -------
    RecolourResult
        The new motif (palette = the chosen target swatches, each once, in
        the order of their first source colour; faces of merged colours get
        the same colour index), the mapping and warnings.
    """
    fixed = _validate(motif, target, min_delta_e, overrides, max_colours)
    warnings: list[str] = []
    src = motif.palette
    n, m = len(src), len(target)
    if n == 0:
        return RecolourResult(motif, {}, [])
    src_lab = src.lab_array()
    tgt_lab = target.lab_array()

    limit = m if max_colours is None else min(int(max_colours), m)
    if n > m and (max_colours is None or max_colours > m):
        warnings.append(f"the target palette has only {m} colour(s) for {n}; "
                        "the closest colours are merged")
    groups = _group_colours(src_lab, fixed, limit)
    G = len(groups)
    group_of = np.empty(n, dtype=np.intp)
    for g, members in enumerate(groups):
        group_of[members] = g
    group_fixed = [next((fixed[s] for s in members if s in fixed), None) for members in groups]

    # targets sorted by L* (stable: ties keep palette order)
    t_order = np.argsort(tgt_lab[:, 0], kind="stable")
    t_rank = np.empty(m, dtype=np.intp)
    t_rank[t_order] = np.arange(m)
    sorted_lab = tgt_lab[t_order]
    # cost[g, j]: summed ΔE of the group's members to sorted target j
    de_src = delta_e_ciede2000(src_lab[:, None, :], sorted_lab[None, :, :])   # (n, m)
    cost = np.zeros((G, m))
    for g, members in enumerate(groups):
        cost[g] = de_src[members].sum(axis=0)
        if group_fixed[g] is not None:
            keep = cost[g, t_rank[group_fixed[g]]]
            cost[g] = np.inf
            cost[g, t_rank[group_fixed[g]]] = keep

    g_light = np.array([src_lab[members, 0].mean() for members in groups])
    g_order = np.lexsort((np.arange(G), g_light))       # by L*, then group index
    ordered = keep_lightness_order
    pos = _ordered_assignment(cost, g_order) if ordered else None
    if ordered and pos is None:
        warnings.append("the fixed colours break the lightness order; the order is not kept")
        ordered = False
    if pos is None:
        pos = _greedy_assignment(cost)

    # ---------------------------------------------------------------- adjacency
    src_pairs = adjacent_pairs(motif.planar_map)
    gp = group_of[src_pairs] if len(src_pairs) else np.zeros((0, 2), dtype=np.intp)
    gp = gp[gp[:, 0] != gp[:, 1]]
    if len(gp):
        gp = np.unique(np.sort(gp, axis=1), axis=0)
    neighbours: list[set] = [set() for _ in range(G)]
    for a, b in gp:
        neighbours[a].add(int(b))
        neighbours[b].add(int(a))
    rank_of_group = np.empty(G, dtype=np.intp)
    rank_of_group[g_order] = np.arange(G)

    def de_pos(i: int, j: int) -> float:
        return float(delta_e_ciede2000(sorted_lab[i], sorted_lab[j]))

    def candidates(g: int, partner: int):
        """(extra cost, group, new position) of the best fix moving *g*, or None."""
        if group_fixed[g] is not None:
            return None
        allowed = np.ones(m, dtype=bool)
        allowed[pos] = False                     # distinct targets
        if ordered:
            r = rank_of_group[g]
            lo = pos[g_order[r - 1]] if r > 0 else -1
            hi = pos[g_order[r + 1]] if r + 1 < G else m
            allowed[:lo + 1] = False
            allowed[hi:] = False
        if not allowed.any():
            return None
        d_partner = delta_e_ciede2000(sorted_lab, sorted_lab[pos[partner]])
        allowed &= d_partner >= min_delta_e
        for h in neighbours[g]:
            if h == partner:
                continue
            already_bad = de_pos(pos[g], pos[h]) < min_delta_e
            if not already_bad:
                allowed &= delta_e_ciede2000(sorted_lab, sorted_lab[pos[h]]) >= min_delta_e
        if not allowed.any():
            return None
        extra = np.where(allowed, cost[g] - cost[g, pos[g]], np.inf)
        j = int(np.argmin(extra))
        return float(extra[j]), g, j

    if min_delta_e > 0 and len(gp):
        changed = True
        while changed:                           # each change removes >= 1 violation
            changed = False
            for a, b in gp:
                a, b = int(a), int(b)
                if de_pos(pos[a], pos[b]) >= min_delta_e:
                    continue
                options = [c for c in (candidates(a, b), candidates(b, a)) if c is not None]
                if options:
                    _, g, j = min(options)
                    pos[g] = j
                    changed = True

    # ---------------------------------------------------------------- result
    chosen = t_order[pos]                         # target index per group
    mapping = {s: int(chosen[group_of[s]]) for s in range(n)}
    for a, b in gp:
        d = de_pos(pos[a], pos[b])
        if d < min_delta_e:
            sa, sb = groups[a][0], groups[b][0]
            ta, tb = target[int(chosen[a])], target[int(chosen[b])]
            warnings.append(
                f"colours {src[sa].hex} and {src[sb].hex} touch but their targets "
                f"{_label(ta)} and {_label(tb)} are only ΔE {d:.1f} apart "
                f"(less than {min_delta_e:g})")

    # new palette: each chosen target once, in the order of its first source colour
    new_index: dict[int, int] = {}
    swatches = []
    for s in range(n):
        t = mapping[s]
        if t not in new_index:
            new_index[t] = len(swatches)
            swatches.append(target[t])
    remap = np.array([new_index[mapping[s]] for s in range(n)], dtype=np.int32)
    pm = motif.planar_map
    new_pm = pm.with_face_colours(remap[pm.face_colour]) if pm.n_faces else pm
    strokes = tuple(dataclasses.replace(st, colour=int(remap[st.colour])) for st in motif.strokes)
    name = target.name or "recoloured"
    new_motif = motif.replace(palette=Palette(swatches=tuple(swatches), name=name),
                              planar_map=new_pm, strokes=strokes)
    return RecolourResult(new_motif, mapping, warnings)


def _label(swatch) -> str:
    if swatch.source and swatch.source != swatch.name:
        return f"{swatch.source} ({swatch.name})"
    return swatch.name or swatch.hex
