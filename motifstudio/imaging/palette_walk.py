"""Palette walking: merging over-clustered colours down to the palette of a segmentation.

:mod:`motifstudio.imaging.segment` over-clusters a subsample of the image and
then needs to decide which of those clusters are real colours.  This module
holds that decision, kept apart from the per-pixel stage because it works on
a few dozen cluster centres, not on pixels: the cluster set (:class:`_Clusters`),
the two competing moves (*merge* two clusters, *dissolve* a blend cluster
into the two colours it is a mixture of), the cheapest-move-first path
through them (:func:`_greedy_path`, :func:`_walk`), the per-sample
"sits on a colour ramp" measurement that prices a dissolve
(:func:`_ramp_flags`), and the automatic colour count built on the same
path (:func:`suggest_n_colors`), and :func:`cluster_and_walk`, which runs
sampling, over-clustering and the walk for both
:mod:`~motifstudio.imaging.segment` and :mod:`~motifstudio.imaging.extract`.
The method is described in the notes of :mod:`motifstudio.imaging.segment`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..core.colour import delta_e_ciede2000, lab_to_rgb, linear_to_srgb, rgb_to_lab, srgb_to_linear
from ..core.progress import CancelToken, check
from .kmeans import kmeans

__all__ = ["suggest_n_colors", "BLEND_PRIOR", "SUGGEST_DELTA_E", "SUGGEST_MIN_FRACTION",
           "SUGGEST_NOISE_FACTOR"]

#: Seed of every random choice of the segmentation, here and in
#: :mod:`~motifstudio.imaging.segment` (determinism).
_SEED = 0x5E6_2024
#: Pixels of the colour subsample that is clustered.
_SAMPLE = 65_536
#: ΔE2000 added to the cost of dissolving a cluster none of whose pixels sit
#: on a colour ramp; scaled by (1 - e_B).  A real colour lying between two
#: others (grey between black and white, e_B ~ 0) is therefore dissolved only
#: when the alternative would be merging colours about 40 ΔE2000 apart.
BLEND_PRIOR = 40.0
#: The automatic suggestion keeps merging while the cheapest move costs less
#: than this ΔE2000 ...
SUGGEST_DELTA_E = 12.0
#: (or than this many times the noise level of the clusters involved, if that
#: is larger: the median ΔE2000 between their pixels' neighbours 4 px apart) ...
SUGGEST_NOISE_FACTOR = 2.6
#: ... and then counts only the clusters holding at least this fraction of
#: the pixels (smaller ones are specks, dust and left-over blends).
SUGGEST_MIN_FRACTION = 0.003
#: Neighbour distance (px) of the "pixel sits on a colour ramp" tests.
_RAMP_STEP = 2
#: Mixture parameters tried when explaining a cluster as a blend of two.
_MIX_T = np.linspace(0.1, 0.9, 17)
#: Candidate parent clusters per blend test (the nearest ones in colour).
_BLEND_NEIGHBOURS = 10


# --------------------------------------------------------------------------- blends

def _mix_points(ca: np.ndarray, cc: np.ndarray) -> np.ndarray:
    """Lab colours of mixtures of ``ca`` and ``cc`` (each (U, 3)) -> (U, 3 * len(_MIX_T), 3).

    Blur mixes colours in different spaces depending on where it happens:
    optical blur in linear light, resampling and JPEG in gamma-encoded sRGB;
    CIELAB lies in between.  A cluster counts as a blend if it is near any.
    """
    t = _MIX_T[None, :, None]
    rgb_a, rgb_c = lab_to_rgb(ca)[:, None, :], lab_to_rgb(cc)[:, None, :]
    gamma = rgb_to_lab((1 - t) * rgb_a + t * rgb_c)
    lin = linear_to_srgb((1 - t) * srgb_to_linear(rgb_a) + t * srgb_to_linear(rgb_c))
    linear = rgb_to_lab(lin)
    lab = (1 - t) * ca[:, None, :] + t * cc[:, None, :]
    return np.concatenate([gamma, linear, lab], axis=1)


def _blend_residuals(c: np.ndarray, pinned: np.ndarray, ids: Optional[np.ndarray] = None,
                     cache: Optional[dict] = None):
    """For every cluster, how well it is explained as a mixture of two others.

    Parameters
    ----------
    c : (n, 3) Lab centres
    pinned : (n,) bool; pinned clusters are never blends
    ids, cache : optional
        Stable cluster ids and a dict remembering the residual of each
        (blend, parent, parent) triple of ids, so that along the merge path
        only triples involving a changed cluster are evaluated again.

    Returns
    -------
    residual : (n,) float, ΔE2000 to the best mixture (inf if none / pinned)
    parents : (n, 2) intp, the two clusters of that mixture
    t : (n,) float, the mixture's share of the second parent
    """
    n = len(c)
    residual = np.full(n, np.inf)
    parents = np.zeros((n, 2), np.intp)
    tt = np.zeros(n)
    if n < 3:
        return residual, parents, tt
    ids = np.arange(n) if ids is None else np.asarray(ids)
    d = np.sqrt(((c[:, None, :] - c[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(d, np.inf)
    m = min(n - 1, _BLEND_NEIGHBOURS)
    nn = np.argsort(d, axis=1, kind="stable")[:, :m]
    ia, ic = np.triu_indices(m, 1)
    b = np.repeat(np.arange(n), len(ia))
    a = nn[:, ia].ravel()
    cp = nn[:, ic].ravel()
    # "lune" prefilter: a mixture of A and C is closer to each of them than
    # they are to each other.
    keep = (~pinned[b]) & (d[a, b] < d[a, cp]) & (d[cp, b] < d[a, cp])
    if not keep.any():
        return residual, parents, tt
    a, cp, b = a[keep], cp[keep], b[keep]
    swap = ids[a] > ids[cp]                       # canonical order: lower id first
    lo, hi = np.where(swap, cp, a), np.where(swap, a, cp)
    res = np.empty(len(b))
    share = np.empty(len(b))                      # share of `hi` in the mixture
    todo = np.ones(len(b), bool)
    if cache is not None:
        big = np.int64(1 << 20)                   # ids stay far below 2**20
        keys = ((ids[b].astype(np.int64) * big + ids[lo]) * big + ids[hi]).tolist()
        for k, key in enumerate(keys):
            hit = cache.get(key)
            if hit is not None:
                res[k], share[k] = hit
                todo[k] = False
    if todo.any():
        tb, tl, th = b[todo], lo[todo], hi[todo]
        pair, inv = np.unique(tl * n + th, return_inverse=True)
        pts = _mix_points(c[pair // n], c[pair % n])                  # (U, T, 3)
        de = delta_e_ciede2000(c[tb][:, None, :], pts[inv])          # (ntrip, T)
        j = np.argmin(de, axis=1)
        res[todo] = de[np.arange(len(tb)), j]
        share[todo] = np.tile(_MIX_T, 3)[j]
        if cache is not None:
            for k in np.flatnonzero(todo).tolist():
                cache[keys[k]] = (res[k], share[k])
    order = np.lexsort((res, b))
    first = order[np.r_[True, b[order][1:] != b[order][:-1]]]
    residual[b[first]] = res[first]
    parents[b[first], 0] = lo[first]
    parents[b[first], 1] = hi[first]
    tt[b[first]] = share[first]
    return residual, parents, tt


@dataclass
class _Clusters:
    centres: np.ndarray   # (n, 3) Lab float64
    weights: np.ndarray   # (n,) fraction of sampled pixels
    ramp: np.ndarray      # (n,) fraction of its pixels on a colour ramp (e_B)
    noise: np.ndarray     # (n,) typical ΔE76 between its pixels' neighbours (texture, noise)
    pin: np.ndarray       # (n,) index into the pinned colours, -1 if free

    def subset(self, keep: np.ndarray, **replace) -> "_Clusters":
        f = {k: replace.get(k, getattr(self, k)) for k in
             ("centres", "weights", "ramp", "noise", "pin")}
        return _Clusters(**{k: v[keep] for k, v in f.items()})

    def __len__(self) -> int:
        return len(self.centres)


def _merge_matrix(cl: _Clusters) -> np.ndarray:
    """ΔE2000 between all centres; inf on the diagonal and between pinned ones."""
    c = cl.centres
    pinned = cl.pin >= 0
    dm = delta_e_ciede2000(c[:, None, :], c[None, :, :])
    dm[np.eye(len(c), dtype=bool)] = np.inf
    dm[np.ix_(pinned, pinned)] = np.inf
    return dm


def _merge(cl: _Clusters, i: int, j: int) -> tuple[_Clusters, int, int]:
    """Merge *j* into *i* (into the pinned one, if any).

    Returns the new cluster set, the survivor's new position and the
    position (in the old set) of the cluster that went.
    """
    c, w, pin = cl.centres.copy(), cl.weights.copy(), cl.pin
    e, nz = cl.ramp.copy(), cl.noise.copy()
    if pin[j] >= 0:
        i, j = j, i
    tot = w[i] + w[j]
    if pin[i] < 0:
        c[i] = (c[i] * w[i] + c[j] * w[j]) / tot if tot > 0 else (c[i] + c[j]) / 2
    if tot > 0:
        e[i] = (e[i] * w[i] + e[j] * w[j]) / tot
        nz[i] = (nz[i] * w[i] + nz[j] * w[j]) / tot
    w[i] = tot
    out = cl.subset(np.arange(len(c)) != j, centres=c, weights=w, ramp=e, noise=nz)
    return out, i - (j < i), j


def _dissolve(cl: _Clusters, b: int, parents, share: float) -> _Clusters:
    """A new cluster set without blend *b*; its weight goes to its two parents."""
    w = cl.weights.copy()
    w[parents[0]] += (1 - share) * w[b]
    w[parents[1]] += share * w[b]
    return cl.subset(np.arange(len(w)) != b, weights=w)


def _greedy_path(cl: _Clusters):
    """Yield ``(clusters, cost, noise)`` along the cheapest-move-first path.

    *cost* is that of the next move, *noise* the noise level of the
    cluster(s) it removes (the larger of a merged pair).  Two moves compete
    (see the notes of :mod:`motifstudio.imaging.segment`): merging the two
    closest clusters (ΔE2000 of the centres) and dissolving the cluster best
    explained as a blend of two others (ΔE2000 to the mixture plus
    ``BLEND_PRIOR * (1 - e_B)``).  Pinned
    clusters are never dissolved and two pinned clusters never merge.  The
    path ends with a cost of ``inf`` when no move is possible.  Yielded
    states are never modified afterwards.

    The ΔE2000 matrix is updated incrementally and blend residuals are
    cached by cluster id, so a path from 128 clusters stays fast.
    """
    dm = _merge_matrix(cl)
    ids = np.arange(len(cl))
    next_id = len(cl)
    cache: dict = {}
    while True:
        n = len(cl)
        if n < 2:
            yield cl, np.inf, 0.0
            return
        mi, mj = divmod(int(np.argmin(dm)), n)
        mcost = float(dm[mi, mj])
        res, par, share = _blend_residuals(cl.centres, cl.pin >= 0, ids, cache)
        dcost = res + BLEND_PRIOR * (1.0 - cl.ramp)
        db = int(np.argmin(dcost))
        if dcost[db] < mcost:
            yield cl, float(dcost[db]), float(cl.noise[db])
            cl = _dissolve(cl, db, par[db], share[db])
            keep = np.arange(n) != db
            ids, dm = ids[keep], dm[keep][:, keep]
        else:
            yield cl, mcost, float(max(cl.noise[mi], cl.noise[mj]))
            if not np.isfinite(mcost):
                return
            cl, pos, gone = _merge(cl, mi, mj)
            keep = np.arange(n) != gone
            ids, dm = ids[keep], dm[keep][:, keep]
            ids[pos] = next_id
            next_id += 1
            row = delta_e_ciede2000(cl.centres[pos], cl.centres)
            row[pos] = np.inf
            if cl.pin[pos] >= 0:
                row[cl.pin >= 0] = np.inf
            dm[pos, :] = row
            dm[:, pos] = row


def _merge_below(cl: _Clusters, threshold: float) -> _Clusters:
    """Keep merging (never dissolving) clusters closer than *threshold* ΔE2000."""
    while threshold > 0 and len(cl) > 1:
        dm = _merge_matrix(cl)
        mi, mj = divmod(int(np.argmin(dm)), len(cl))
        if not dm[mi, mj] < threshold:
            break
        cl = _merge(cl, mi, mj)[0]
    return cl


def _walk(cl: _Clusters, *, n_target: Optional[int], max_colors: int,
          threshold: float = SUGGEST_DELTA_E, min_fraction: float = SUGGEST_MIN_FRACTION):
    """Follow the greedy path once for both the suggestion and the target N.

    The suggestion is read at the first state whose next move costs at least
    ``max(threshold, SUGGEST_NOISE_FACTOR * noise)``, where *noise* is the
    noise/texture level of the clusters the move removes (k-means splits one
    noisy colour into parts about a noise level apart; noise differs between
    colours: dark ones are noisier in CIELAB), or where only the pinned
    clusters / one cluster remain:
    the clusters holding at least *min_fraction* of the samples (or pinned)
    are counted, at most *max_colors*.  The segmentation state is the first
    with at most *n_target* clusters (*n_target* None = the suggestion, but
    at least the number of pinned colours).

    Returns
    -------
    suggested : int
    state : _Clusters or None (None when *n_target* is 0)
    """
    n_pin = int((cl.pin >= 0).sum())
    floor = max(1, n_pin)
    suggested = None
    state = None
    for st, cost, noise in _greedy_path(cl):
        limit = max(threshold, SUGGEST_NOISE_FACTOR * noise)
        if suggested is None and (cost >= limit or len(st) <= floor):
            count = int(((st.weights >= min_fraction) | (st.pin >= 0)).sum())
            suggested = int(min(max(count, 1), max_colors))
            if n_target is None:
                n_target = max(suggested, n_pin)
        if state is None and n_target is not None and len(st) <= n_target:
            state = st
        if suggested is not None and (state is not None or n_target == 0):
            break
    return suggested, state


def _ramp_flags(lab: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which sampled pixels sit on a colour ramp (a blur band between two colours).

    A pixel is on a ramp along an axis when its neighbours ``_RAMP_STEP``
    pixels away on either side differ clearly (more than a noise-adapted
    ΔE76 threshold) and the pixel's colour lies between theirs: projected
    onto the segment between them at 15..85 % and within a quarter of its
    length from it.  The middle of a thin line whose colour is not a mixture
    of its two sides does not count.

    Returns the flags and each sample's *texture*: the ΔE2000 between the
    two neighbours along the calmer axis, which inside flat regions (and
    along an edge) measures noise and texture.
    """
    h, w, _ = lab.shape
    v = lab[ys, xs].astype(np.float64)
    tests, nbrs = [], []
    for dy, dx in ((0, _RAMP_STEP), (_RAMP_STEP, 0)):
        n1 = lab[np.clip(ys - dy, 0, h - 1), np.clip(xs - dx, 0, w - 1)].astype(np.float64)
        n2 = lab[np.clip(ys + dy, 0, h - 1), np.clip(xs + dx, 0, w - 1)].astype(np.float64)
        seg = n2 - n1
        d2 = (seg * seg).sum(axis=1)
        t = ((v - n1) * seg).sum(axis=1) / np.maximum(d2, 1e-9)
        perp = v - n1 - t[:, None] * seg
        tests.append((d2, t, (perp * perp).sum(axis=1)))
        nbrs.append((n1, n2))
    # Typical neighbour difference inside flat regions = texture/noise level.
    noise = float(np.median(np.sqrt(np.concatenate([tt[0] for tt in tests]))))
    tau = float(np.clip(2.5 * noise, 8.0, 20.0))
    flag = np.zeros(len(ys), bool)
    for d2, t, r2 in tests:
        flag |= (d2 > tau * tau) & (t > 0.15) & (t < 0.85) & (r2 < 0.0625 * d2)
    # texture in the units of the merge costs (ΔE2000), along the calmer axis
    # (the one running along an edge rather than across it)
    calm = (tests[1][0] < tests[0][0])[:, None]
    texture = delta_e_ciede2000(np.where(calm, nbrs[1][0], nbrs[0][0]),
                                np.where(calm, nbrs[1][1], nbrs[0][1]))
    return flag, texture


def _overcluster_k(n: int) -> int:
    return max(2 * n, n + 6)


def suggest_n_colors(lab_samples, *, max_colors: int = 8, ramp: Optional[np.ndarray] = None,
                     texture: Optional[np.ndarray] = None, threshold: float = SUGGEST_DELTA_E,
                     min_fraction: float = SUGGEST_MIN_FRACTION) -> int:
    """Suggest how many colours a set of CIELAB samples holds.

    The samples are over-clustered (k-means, ``max(2 * max_colors,
    max_colors + 6)`` clusters), then merged as in
    :func:`~motifstudio.imaging.segment.segment` while the
    cheapest merge or blend-dissolve costs less than *threshold* ΔE2000 (or
    ``SUGGEST_NOISE_FACTOR`` times the noise of the clusters involved).  The
    clusters that remain and hold at least *min_fraction* of the samples are
    counted; smaller ones (specks, dust, left-over blend bands) are ignored.

    Parameters
    ----------
    lab_samples : (..., 3) array
        CIELAB colours (e.g. a subsample of an image; more than 65 536 are
        subsampled deterministically).
    max_colors : int
        Upper bound of the suggestion.
    ramp : (M,) bool array, optional
        Per sample, whether it sits on a colour ramp between two colours
        (what :func:`~motifstudio.imaging.segment.segment` measures).
        Without it no cluster counts as a blend (dissolving costs
        ``BLEND_PRIOR`` more), so left-over blend clusters are ignored only
        through *min_fraction*.
    texture : (M,) float array, optional
        Per sample, the ΔE2000 between its neighbours 4 px apart (noise and
        texture level); without it only *threshold* applies.
    threshold : float
        ΔE2000 below which clusters count as one colour.
    min_fraction : float
        Smallest share of the samples counted as a colour.

    Returns
    -------
    int
        In ``1 .. max_colors``.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> cols = np.array([[30., 40, 20], [80, 0, 10], [50, -30, -30]])
    >>> samples = cols[rng.integers(3, size=5000)] + rng.normal(0, 1.5, (5000, 3))
    >>> suggest_n_colors(samples)
    3
    """
    x = np.asarray(lab_samples, dtype=np.float64).reshape(-1, 3)
    if x.shape[0] == 0:
        raise ValueError("suggest_n_colors: no samples")
    if not np.isfinite(x).all():
        raise ValueError("suggest_n_colors: samples contain NaN or infinite values")
    if int(max_colors) < 1:
        raise ValueError("suggest_n_colors: max_colors must be >= 1")
    r = np.zeros(x.shape[0]) if ramp is None else np.asarray(ramp, dtype=np.float64).ravel()
    tx = np.zeros(x.shape[0]) if texture is None else np.asarray(texture, np.float64).ravel()
    if r.shape[0] != x.shape[0] or tx.shape[0] != x.shape[0]:
        raise ValueError("suggest_n_colors: ramp and texture need one value per sample")
    if x.shape[0] > _SAMPLE:
        idx = np.sort(np.random.default_rng(_SEED).choice(x.shape[0], _SAMPLE, replace=False))
        x, r, tx = x[idx], r[idx], tx[idx]
    centres, lab = kmeans(x, _overcluster_k(int(max_colors)), seed=_SEED)
    cl = _clusters_from(centres, lab, r, tx, n_pinned=0)
    return _walk(cl, n_target=0, max_colors=int(max_colors), threshold=threshold,
                 min_fraction=min_fraction)[0]


def cluster_and_walk(lab: np.ndarray, *, n_target: Optional[int], max_colors: int,
                     fixed: Optional[np.ndarray] = None,
                     cancel: Optional[CancelToken] = None) -> tuple[int, _Clusters]:
    """Steps 2 and 3 of the segmentation on a CIELAB image: sample, over-cluster, walk.

    A seeded subsample of ``_SAMPLE`` pixels of *lab* (H, W, 3) is measured
    for colour ramps (:func:`_ramp_flags`), over-clustered with
    :func:`~motifstudio.imaging.kmeans.kmeans` around the *fixed* (pinned)
    centres, and walked down (:func:`_walk`).  Shared by
    :func:`~motifstudio.imaging.segment.segment` and
    :func:`~motifstudio.imaging.extract.extract_palette`, so a palette
    extracted from an image has the colours tracing would find.

    Returns
    -------
    suggested : int
        The automatic number of colours.
    clusters : _Clusters
        The state with at most *n_target* clusters (the suggestion when None),
        pinned ones first.
    """
    h, w, _ = lab.shape
    npx = h * w
    if npx > _SAMPLE:
        idx = np.sort(np.random.default_rng(_SEED).choice(npx, _SAMPLE, replace=False))
    else:
        idx = np.arange(npx)
    ys, xs = np.divmod(idx, w)
    samples = lab[ys, xs].astype(np.float64)
    ramp, texture = _ramp_flags(lab, ys, xs)
    n_pin = 0 if fixed is None else len(fixed)
    k_free = max(_overcluster_k(n_target or 1), _overcluster_k(max_colors))
    centres, labels = kmeans(samples, k_free, fixed=fixed, seed=_SEED)
    check(cancel)
    cl = _clusters_from(centres, labels, ramp.astype(np.float64), texture, n_pinned=n_pin)
    return _walk(cl, n_target=n_target, max_colors=max_colors)


def _clusters_from(centres, labels, ramp, texture, n_pinned: int) -> _Clusters:
    n = len(centres)
    counts = np.bincount(labels, minlength=n).astype(np.float64)
    e = np.bincount(labels, weights=ramp, minlength=n) / np.maximum(counts, 1)
    # median texture per cluster (robust to the few samples on edges)
    order = np.lexsort((texture, labels))
    start = np.concatenate([[0], np.cumsum(counts.astype(np.intp))])
    mid = np.minimum(start[:-1] + counts.astype(np.intp) // 2, len(labels) - 1)
    noise = np.where(counts > 0, np.asarray(texture, np.float64)[order][mid], 0.0)
    pin = np.where(np.arange(n) < n_pinned, np.arange(n), -1)
    return _Clusters(np.asarray(centres, np.float64).copy(), counts / max(len(labels), 1), e,
                     noise, pin)
