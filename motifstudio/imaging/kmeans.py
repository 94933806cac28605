"""Small, deterministic k-means for colour samples (numpy only).

Used by :mod:`motifstudio.imaging.segment` to *over*-cluster a subsample of
an image's CIELAB colours before the clusters are merged down to the wanted
palette.  The data are a few tens of thousands of 3-vectors and a few tens of
centres, so a plain k-means++ seeding followed by Lloyd iterations is fast
enough and, with a seeded generator, exactly reproducible (scikit-learn is not
a dependency, and scipy's ``kmeans2`` cannot hold some centres fixed).
"""
from __future__ import annotations

from typing import Optional

import numpy as np

__all__ = ["kmeans", "nearest_centre"]


def nearest_centre(x: np.ndarray, centres: np.ndarray, *,
                   with_distance: bool = True) -> tuple[np.ndarray, Optional[np.ndarray]]:
    """Index of, and squared Euclidean distance to, the nearest centre of each row.

    Parameters
    ----------
    x : (M, D) float array
    centres : (K, D) float array, K >= 1
    with_distance : bool
        Also return the squared distances (else ``None``).

    Returns
    -------
    labels : (M,) intp
    d2 : (M,) float or None

    Notes
    -----
    ``|x - c|^2 = |x|^2 - 2 x.c + |c|^2``; the ``|x|^2`` term is the same for
    every centre, so the argmin only needs ``|c|^2 - 2 x.c``.  It is
    accumulated centre by centre with a running minimum: no (M, K)
    temporary, and no BLAS call (tall-and-skinny products with an inner
    dimension of 3 are slow and erratic in OpenBLAS on a busy 2-core laptop).
    Ties go to the lower index, as with ``argmin``.
    """
    x = np.asarray(x)
    xt = np.ascontiguousarray(x.T)                 # (D, M): contiguous planes
    c = np.asarray(centres, dtype=np.float64)
    m2c = (-2.0 * c).astype(x.dtype)
    cc = np.einsum("kd,kd->k", c, c).astype(x.dtype)
    labels = np.zeros(x.shape[0], np.intp)
    best = np.empty(x.shape[0], x.dtype)
    s = np.empty(x.shape[0], x.dtype)
    for k in range(c.shape[0]):
        np.multiply(xt[0], m2c[k, 0], out=s)
        for d in range(1, xt.shape[0]):
            s += xt[d] * m2c[k, d]
        s += cc[k]
        if k == 0:
            best[:] = s
        else:
            upd = s < best
            labels[upd] = k
            np.minimum(best, s, out=best)
    if not with_distance:
        return labels, None
    best += np.einsum("dm,dm->m", xt, xt)
    np.maximum(best, 0, out=best)  # rounding can make an exact hit slightly negative
    return labels, best


def _kmeans_pp(x: np.ndarray, k: int, fixed: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Greedy k-means++ seeding of *k* free centres around the *fixed* ones.

    Each new centre is the best of a few candidates drawn with probability
    proportional to the squared distance to the nearest centre so far
    (Arthur & Vassilvitskii 2007, with scikit-learn's greedy trials).  Far,
    rare colours are therefore likely to get a centre of their own, which is
    what lets a small but distinct colour survive.  Seeding stops early when
    every sample already coincides with a centre (fewer distinct colours
    than *k*).
    """
    m = x.shape[0]
    xt = np.ascontiguousarray(x.T)
    centres = [c for c in fixed]
    if not centres:
        centres.append(x[rng.integers(m)])
        k -= 1
    d2 = nearest_centre(x, np.asarray(centres))[1]
    trials = 2 + int(np.log(max(k, 1)))
    for _ in range(k):
        total = float(d2.sum())
        if total <= 1e-12:
            break
        cand = np.searchsorted(np.cumsum(d2), rng.random(trials) * total)
        cand = np.minimum(cand, m - 1)
        # potential (sum of d2) if each candidate were added; keep the best
        cd2 = np.zeros((trials, m), x.dtype)
        for d in range(xt.shape[0]):
            cd2 += (xt[d][None, :] - x[cand, d][:, None]) ** 2
        np.minimum(cd2, d2[None, :], out=cd2)
        best = int(np.argmin(cd2.sum(axis=1)))
        centres.append(x[cand[best]])
        d2 = cd2[best]
    return np.asarray(centres, dtype=x.dtype)


def kmeans(x: np.ndarray, k: int, *, fixed: Optional[np.ndarray] = None, seed: int = 0,
           max_iter: int = 30, tol: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Cluster the rows of *x* into *k* free clusters plus optional fixed ones.

    Parameters
    ----------
    x : (M, D) float array
        Samples (here: CIELAB colours).
    k : int
        Number of free centres, >= 0.  Fewer are returned when *x* has fewer
        distinct rows.
    fixed : (P, D) array, optional
        Centres that take part in the assignment but never move (pinned
        colours).  They come first in the result.
    seed : int
        Seed of the random generator; equal inputs give equal outputs.
    max_iter : int
        Most Lloyd iterations.
    tol : float
        Stop when no centre moves further than this (or no label changes).

    Returns
    -------
    centres : (P + k', D) array
        Fixed centres first, then the free ones.
    labels : (M,) intp
        Index of each sample's centre.

    Examples
    --------
    >>> x = np.array([[0., 0, 0], [0, 0, 1], [10, 0, 0], [10, 0, 1]])
    >>> c, lab = kmeans(x, 2)
    >>> sorted(c[:, 0].tolist()), bool(lab[0] == lab[1] != lab[2] == lab[3])
    ([0.0, 10.0], True)
    """
    x = np.ascontiguousarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] == 0:
        raise ValueError("kmeans: expected a non-empty (M, D) array")
    if k < 0:
        raise ValueError("kmeans: k must be >= 0")
    fixed = (np.zeros((0, x.shape[1])) if fixed is None
             else np.asarray(fixed, dtype=np.float64).reshape(-1, x.shape[1]))
    p = fixed.shape[0]
    if k == 0 and p == 0:
        raise ValueError("kmeans: need at least one centre")
    rng = np.random.default_rng(seed)
    centres = _kmeans_pp(x, k, fixed, rng) if k else fixed.copy()
    labels, _ = nearest_centre(x, centres, with_distance=False)
    for _ in range(max_iter):
        n = centres.shape[0]
        counts = np.bincount(labels, minlength=n)
        sums = np.stack([np.bincount(labels, weights=x[:, j], minlength=n)
                         for j in range(x.shape[1])], axis=1)
        new = centres.copy()
        live = counts > 0
        new[live] = sums[live] / counts[live, None]
        new[:p] = fixed
        # An emptied free centre restarts at the sample worst served so far;
        # if that sample already sits on a centre, the centre is dropped.
        empty = np.flatnonzero(~live[p:]) + p
        if empty.size:
            d2 = ((x - centres[labels]) ** 2).sum(axis=1)
            drop = []
            for e in empty:
                far = int(np.argmax(d2))
                if d2[far] <= 1e-12:
                    drop.append(e)
                    continue
                new[e] = x[far]
                d2[far] = 0.0
            new = np.delete(new, drop, axis=0)
        shift = (np.inf if new.shape != centres.shape
                 else float(np.sqrt(((new - centres) ** 2).sum(axis=1)).max()))
        centres = new
        new_labels, _ = nearest_centre(x, centres, with_distance=False)
        unchanged = np.array_equal(new_labels, labels)
        labels = new_labels
        if shift <= tol or unchanged:
            break
    return centres, labels
