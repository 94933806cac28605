"""Colour segmentation: a cleaned photo -> a label map over a palette of N colours.

The stage in the flow ``cleanup -> segment -> trace``.  It answers: which of N
colours is each pixel, where the colours are chosen so that a textile's
*small but distinct* colours (a thin gold frame, the eye of a bird) survive
while the in-between colours that blur, anti-aliasing and the camera create
along every boundary do not become colours of their own.

How
---
1. The image is converted to CIELAB (D65) once, in row chunks.
2. A fixed, seeded random subsample (65 536 pixels) is **over-clustered** with
   k-means (:mod:`~motifstudio.imaging.kmeans`) into ``K' = max(2N, N + 6)``
   clusters (at least as many as the automatic suggestion needs); pinned
   colours are fixed centres.
3. The clusters are **merged agglomeratively** down to N.  Two moves compete,
   each costed in ΔE2000 as "how wrong the colour of the removed cluster is
   after the move":

   * *merge* two clusters: cost = ΔE2000 between their centres, the new
     centre is the weighted mean.  Cost does not depend on cluster size, so a
     2 % gold frame is as safe as a 40 % background.
   * *dissolve* a **blend** cluster B: B's pixels are explained as a mixture
     of two other clusters A and C and are later handed to whichever of the
     two is nearer, *without* moving A's or C's centre.  Cost = the ΔE2000
     from B to the nearest mixture of A and C (mixing in gamma-encoded sRGB,
     linear light and CIELAB, ``t`` in [0.1, 0.9]) **plus**
     ``BLEND_PRIOR * (1 - e_B)``, where ``e_B`` is the fraction of B's
     sampled pixels that sit *spatially* on a colour ramp (their neighbours
     two pixels away on either side differ, and the pixel's colour lies
     between them).  Blur bands have ``e_B`` near 1 and go first; a real
     mid-grey area between black and white has ``e_B`` near 0 and is kept.

4. Every pixel goes to its nearest final centre (Euclidean in CIELAB, i.e.
   ΔE76, which is what k-means minimises; ΔE2000 per pixel would be several
   times slower).  Pixels that sit between two *other* colours (two pixels
   away on either side) and are explained better as a mixture of those two
   than by their own colour are **unblended** (given to the nearer of the
   two): this removes the thin halo lines of a mid colour that otherwise
   appear along boundaries between two other colours.
5. The majority (mode) filter of radius ``smoothing`` cleans ragged edges,
   then speckles under ``min_area`` merge into the surrounding regions
   (:func:`remove_speckles`); the palette is the mean colour of each class
   (pinned colours exactly as given).

Results are deterministic: the same image and parameters give the same
labels (the random generator is seeded).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Iterable, Optional, Union

import numpy as np
from scipy import ndimage as ndi
from skimage.measure import label as _cc_label

from ..core import colour as _colour
from ..core.colour import (delta_e_ciede2000, hex_to_rgb8, lab_to_rgb, linear_to_srgb,
                           rgb_to_lab, srgb_to_linear)
from ..core.params import validate
from ..core.progress import CancelToken, ProgressFn, check, report, sub_progress
from .kmeans import kmeans, nearest_centre
from .params import SegmentParams

__all__ = ["Segmentation", "segment", "suggest_n_colors", "remove_speckles", "majority_filter",
           "relabel_to_palette", "auto_min_area", "BLEND_PRIOR", "SUGGEST_DELTA_E",
           "SUGGEST_MIN_FRACTION", "SUGGEST_NOISE_FACTOR"]

#: Seed of every random choice in this module (determinism).
_SEED = 0x5E6_2024
#: Pixels of the colour subsample that is clustered.
_SAMPLE = 65_536
#: Pixels per chunk of per-pixel work (bounds the temporary memory).
_CHUNK = 1 << 19
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
#: Speck pixels above which remove_speckles fills in bulk first (and 1 % of the image).
_BULK_SPECKLES = 20_000
#: Candidate parent clusters per blend test (the nearest ones in colour).
_BLEND_NEIGHBOURS = 10


@dataclass(frozen=True, eq=False)
class Segmentation:
    """The result of :func:`segment`.

    Attributes
    ----------
    labels : (H, W) uint8 (uint16 above 256 classes)
        Class index of every pixel.  Every index is used, except that a
        pinned colour stays in the palette even when no pixel is nearest to it.
    palette_lab : (N, 3) float64
        CIELAB of each class: the mean of its pixels, or the pinned colour.
    palette_rgb : (N, 3) uint8
        The same colours in sRGB (pinned colours exactly as given).
    pinned : (N,) bool
        Which classes are pinned colours.  Pinned classes come first, in the
        order of ``SegmentParams.pinned``; the others follow by decreasing area.
    suggested_n : int
        The automatically suggested number of colours (also computed when
        ``n_colors`` was given).
    """
    labels: np.ndarray
    palette_lab: np.ndarray
    palette_rgb: np.ndarray
    pinned: np.ndarray
    suggested_n: int
    #: The clustering before clean-up, so a change of smoothing or smallest region
    #: only redoes the clean-up (:func:`refine`).
    clusters: Optional["_ClusterState"] = field(default=None, repr=False, compare=False)

    @property
    def n_colors(self) -> int:
        return int(self.palette_lab.shape[0])


@dataclass(frozen=True, eq=False)
class _ClusterState:
    lab: np.ndarray          # the image in CIELAB
    assigned: np.ndarray     # nearest centre per pixel
    unblended: np.ndarray    # after halo removal
    cl: "_Clusters"
    suggested: int
    pin_rgb8: np.ndarray
    pin_lab: np.ndarray
    params: SegmentParams    # the parameters the clustering used

# Parameters that only affect the clean-up after clustering.
_CLEANUP_FIELDS = ("min_area", "min_area_unit", "smoothing")


# --------------------------------------------------------------------------- colour conversion

_LUT_SIZE = 1 << 16
_LIN_LUT = srgb_to_linear(np.linspace(0.0, 1.0, _LUT_SIZE)).astype(np.float32)
# sRGB-linear -> XYZ scaled by the D65 white, as in core.colour.rgb_to_lab.
_RGB2XYZN = (_colour._M_RGB2XYZ.T / _colour._WHITE_D65[None, :]).astype(np.float32)
_LAB_EPS = np.float32(216 / 24389)
_LAB_KAPPA = np.float32(24389 / 27)


def _fast_rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB (n, 3) floats -> CIELAB float32, the maths of :func:`core.colour.rgb_to_lab`.

    Per-pixel speed matters here: the core function evaluates ``x ** 2.4``
    and ``cbrt`` on every channel (about 1.3 s for 3 MP on a workshop-class
    CPU).  Here the gamma curve is read from a 65 536-entry table (error
    < 1e-4 in linear light, < 0.01 ΔE), the cube root uses float32
    ``power``, and the work runs on contiguous channel planes with the 3 x 3
    matrix product spelled out (OpenBLAS is slow and erratic on (n, 3) @
    (3, 3) when the CPU is busy).  Inputs outside [0, 1] are clipped.
    """
    n = rgb.shape[0]
    planes = np.multiply(rgb.T, np.float32(_LUT_SIZE - 1), dtype=np.float32)  # (3, n) copy
    planes += np.float32(0.5)
    np.clip(planes, 0, _LUT_SIZE - 1, out=planes)
    lin = _LIN_LUT[planes.astype(np.uint16)]
    f = np.empty_like(lin)
    for d in range(3):
        np.multiply(lin[0], _RGB2XYZN[0, d], out=f[d])
        f[d] += lin[1] * _RGB2XYZN[1, d]
        f[d] += lin[2] * _RGB2XYZN[2, d]
    low = f <= _LAB_EPS
    low_xyz = f[low] if low.any() else None
    np.power(f, np.float32(1.0 / 3.0), out=f)
    if low_xyz is not None:
        f[low] = (_LAB_KAPPA * low_xyz + np.float32(16)) / np.float32(116)
    out = np.empty((n, 3), np.float32)
    np.multiply(f[1], np.float32(116), out=out[:, 0])
    out[:, 0] -= np.float32(16)
    np.subtract(f[0], f[1], out=out[:, 1])
    out[:, 1] *= np.float32(500)
    np.subtract(f[1], f[2], out=out[:, 2])
    out[:, 2] *= np.float32(200)
    return out


def _check_image(img, name: str = "img") -> np.ndarray:
    if not isinstance(img, np.ndarray):
        raise ValueError(f"{name}: expected a numpy array, got {type(img).__name__}")
    if img.ndim != 3 or img.shape[2] != 3:
        raise ValueError(f"{name}: expected an (H, W, 3) RGB image, got shape {img.shape}")
    if img.shape[0] == 0 or img.shape[1] == 0:
        raise ValueError(f"{name}: the image is empty")
    if img.dtype == np.uint8:
        return img.astype(np.float32) / np.float32(255)
    if img.dtype.kind != "f":
        raise ValueError(f"{name}: expected float sRGB in [0, 1] (or uint8), got {img.dtype}")
    if not np.isfinite(img).all():
        raise ValueError(f"{name}: contains NaN or infinite values")
    return img


def _lab_image(img: np.ndarray, cancel=None, progress=None) -> np.ndarray:
    """(H, W, 3) sRGB -> (H, W, 3) float32 CIELAB, in chunks of rows."""
    h, w, _ = img.shape
    flat = img.reshape(-1, 3)
    out = np.empty((h * w, 3), np.float32)
    step = _CHUNK // 4                       # the conversion likes cache-sized chunks
    for s in range(0, h * w, step):
        check(cancel)
        report(progress, s / (h * w), "Converting to CIELAB")
        out[s:s + step] = _fast_rgb_to_lab(flat[s:s + step])
    return out.reshape(h, w, 3)


def _label_dtype(n: int):
    return np.uint8 if n <= 256 else np.uint16


def _assign(lab: np.ndarray, centres: np.ndarray, cancel=None, progress=None) -> np.ndarray:
    """Nearest centre (ΔE76) of every pixel, chunked so temporaries stay small."""
    h, w, _ = lab.shape
    flat = lab.reshape(-1, 3)
    out = np.empty(h * w, _label_dtype(len(centres)))
    for s in range(0, h * w, _CHUNK):
        check(cancel)
        report(progress, s / (h * w), "Assigning pixels")
        out[s:s + _CHUNK] = nearest_centre(flat[s:s + _CHUNK], centres, with_distance=False)[0]
    return out.reshape(h, w)


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
    (see the module notes): merging the two closest clusters (ΔE2000 of the
    centres) and dissolving the cluster best explained as a blend of two
    others (ΔE2000 to the mixture plus ``BLEND_PRIOR * (1 - e_B)``).  Pinned
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
    max_colors + 6)`` clusters), then merged as in :func:`segment` while the
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
        (what :func:`segment` measures).  Without it no cluster counts as a
        blend (dissolving costs ``BLEND_PRIOR`` more), so left-over blend
        clusters are ignored only through *min_fraction*.
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


# --------------------------------------------------------------------------- per-pixel clean-up

def _unblend(labels: np.ndarray, lab: np.ndarray, centres: np.ndarray,
             keep: Optional[np.ndarray] = None) -> np.ndarray:
    """Give pixels of a thin in-between band to the colours on either side.

    A pixel of class P whose neighbours ``_RAMP_STEP`` px away on both sides
    (horizontally or vertically) are two *other* classes A != C is moved to
    the nearer of A and C when its colour is explained better as a mixture
    of A and C (distance to the segment A-C in CIELAB) than by P's colour.
    Only bands at most ``2 * _RAMP_STEP - 1`` px wide can qualify.  Classes
    flagged in *keep* (pinned colours: the user says the colour is real)
    are never unblended.
    """
    h, w = labels.shape
    s = _RAMP_STEP
    c = np.asarray(centres, np.float32)
    flat_lab = lab.reshape(-1, 3)
    flat = labels.reshape(-1)
    idx_all, r_all, new_all = [], [], []
    for axis in (0, 1):
        if labels.shape[axis] <= 2 * s:
            continue
        if axis == 1:
            p, a, b = labels[:, s:-s], labels[:, :-2 * s], labels[:, 2 * s:]
            off = s
        else:
            p, a, b = labels[s:-s, :], labels[:-2 * s, :], labels[2 * s:, :]
            off = s * w
        cand = (p != a) & (p != b) & (a != b)
        if keep is not None and keep.any():
            cand &= ~keep[p]
        k = np.flatnonzero(cand)
        if k.size == 0:
            continue
        if axis == 1:
            yy, xx = np.divmod(k, w - 2 * s)
            idx = yy * w + xx + s
        else:
            idx = k + s * w
        la, lb, lp = flat[idx - off], flat[idx + off], flat[idx]
        x = flat_lab[idx]
        ca = c[la]
        seg = c[lb] - ca
        xa = x - ca
        t = np.einsum("ij,ij->i", xa, seg) / np.maximum(np.einsum("ij,ij->i", seg, seg), 1e-9)
        np.clip(t, 0.0, 1.0, out=t)
        perp = xa - t[:, None] * seg
        r = np.einsum("ij,ij->i", perp, perp)
        own = x - c[lp]
        better = r < np.einsum("ij,ij->i", own, own)
        if not better.any():
            continue
        idx_all.append(idx[better])
        r_all.append(r[better])
        new_all.append(np.where(t[better] <= 0.5, la[better], lb[better]))
    if not idx_all:
        return labels
    idx, r, new = np.concatenate(idx_all), np.concatenate(r_all), np.concatenate(new_all)
    order = np.lexsort((r, idx))          # best explanation first for each pixel
    first = order[np.r_[True, idx[order][1:] != idx[order][:-1]]]
    out = labels.copy()
    out.reshape(-1)[idx[first]] = new[first]
    return out


def _check_labels(labels, name: str = "labels") -> np.ndarray:
    if not isinstance(labels, np.ndarray) or labels.ndim != 2:
        raise ValueError(f"{name}: expected a 2-D array")
    if labels.dtype.kind not in "iu" or labels.dtype.kind == "b":
        raise ValueError(f"{name}: expected integer class indices, got {labels.dtype}")
    if labels.size and labels.min() < 0:
        raise ValueError(f"{name}: class indices must be >= 0")
    return labels


def majority_filter(labels: np.ndarray, radius: int, n_classes: int) -> np.ndarray:
    """Replace each label by the most frequent label of its (2r+1)² window.

    Parameters
    ----------
    labels : (H, W) integer array
        Class indices in ``range(n_classes)``.
    radius : int
        Window radius r >= 0; 0 returns a copy.
    n_classes : int
        Number of classes.

    Returns
    -------
    (H, W) array of the same dtype.

    Notes
    -----
    One box count of each class's indicator image, then a running argmax,
    so memory stays a few (H, W) small-integer arrays.  On a tie the pixel keeps
    its own label (else the lowest tied index wins).  Edges replicate the
    border pixels.  Caution for line art: a 1 px line *inside* one colour
    only fills 3 of 9 cells of a 3 x 3 window and is erased by r = 1 (a 1 px
    line *between* two colours ties 3:3:3 and survives); presets for thin
    embroidery lines therefore use ``smoothing = 0``.

    Examples
    --------
    >>> lab = np.zeros((5, 5), np.uint8); lab[2, 2] = 1
    >>> int(majority_filter(lab, 1, 2).max())
    0
    """
    labels = _check_labels(labels)
    radius, n_classes = int(radius), int(n_classes)
    if radius < 0:
        raise ValueError("majority_filter: radius must be >= 0")
    if n_classes < 1 or (labels.size and labels.max() >= n_classes):
        raise ValueError("majority_filter: labels must lie in range(n_classes)")
    if radius == 0 or labels.size == 0:
        return labels.copy()
    dtype = np.uint8 if (2 * radius + 1) ** 2 <= 255 else np.uint16
    best = np.zeros(labels.shape, dtype)
    own = np.zeros(labels.shape, dtype)
    out = labels.copy()
    present = np.bincount(labels.ravel(), minlength=n_classes) > 0
    for k in np.flatnonzero(present):
        ind = labels == k
        cnt = _box_count(ind, radius, dtype)
        np.copyto(own, cnt, where=ind)
        upd = cnt > best
        np.copyto(out, k, where=upd, casting="unsafe")
        np.maximum(best, cnt, out=best)
    keep = own >= best
    np.copyto(out, labels, where=keep)
    return out


def _box_count(mask: np.ndarray, r: int, dtype) -> np.ndarray:
    """Number of set pixels in the (2r+1)² window around each pixel (edges replicated).

    Separable running sums of shifted slices in small integers: exact (no
    float ties) and several times faster than a float ``uniform_filter``.
    """
    h, w = mask.shape
    p = np.pad(mask, r, mode="edge").view(np.uint8).astype(dtype)
    rows = p[:, 0:w].copy()
    for i in range(1, 2 * r + 1):
        rows += p[:, i:i + w]
    cnt = rows[0:h].copy()
    for i in range(1, 2 * r + 1):
        cnt += rows[i:i + h]
    return cnt


def remove_speckles(labels: np.ndarray, min_area_px: float, *, connectivity: int = 1,
                    keep_classes: Union[bool, Iterable[int]] = False,
                    _bulk: bool = True) -> np.ndarray:
    """Merge connected regions smaller than *min_area_px* into the regions around them.

    Parameters
    ----------
    labels : (H, W) integer array
    min_area_px : float
        Regions (connected components of equal label) with fewer pixels than
        this are removed; <= 1 returns a copy.
    connectivity : {1, 2}
        1 = 4-connected regions, 2 = 8-connected.
    keep_classes : bool or iterable of int
        Classes that must not vanish: if *every* region of such a class is
        small, its largest region is kept (an exception to the size rule).
        ``True`` = all classes.  By default a class made only of specks
        disappears.

    Returns
    -------
    (H, W) array of the same dtype in which no region is smaller than
    *min_area_px*, except protected regions (``keep_classes``) and the case
    of an image that is smaller than *min_area_px* altogether (then it
    becomes one region of the label of its largest region).

    Notes
    -----
    Small regions are filled by growing the surrounding large regions into
    them one pixel ring at a time (4-neighbours, each pixel taking the
    label most of its already-settled neighbours have).  Every filled pixel
    therefore touches, and joins, a large region of its new label, so one
    pass suffices, and a speck is filled from the region it is embedded in
    rather than from a region across it.  The work per ring is proportional
    to the number of speck pixels, not to the image size.  When specks cover
    more than 1 % of the image, they are first filled in bulk from the
    nearest large-region pixel (``distance_transform_edt`` with indices) and
    the rings clean up what that leaves.

    Examples
    --------
    >>> lab = np.zeros((6, 6), np.uint8); lab[1:3, 1:3] = 1; lab[4:, :] = 2
    >>> remove_speckles(lab, 5)[1, 1], remove_speckles(lab, 5)[5, 0]
    (np.uint8(0), np.uint8(2))
    """
    labels = _check_labels(labels)
    if connectivity not in (1, 2):
        raise ValueError("remove_speckles: connectivity must be 1 or 2")
    min_area_px = float(min_area_px)
    if not np.isfinite(min_area_px) or min_area_px < 0:
        raise ValueError("remove_speckles: min_area_px must be a number >= 0")
    if min_area_px <= 1 or labels.size == 0:
        return labels.copy()
    h, w = labels.shape
    comp = _cc_label(labels.astype(np.int32) + 1, connectivity=connectivity, background=0)
    areas = np.bincount(comp.ravel())
    small = areas < min_area_px
    small[0] = False                         # no background: every pixel has a label
    if keep_classes is not False and small.any():
        cls = np.zeros(len(areas), np.int64)
        cls[comp.ravel()] = labels.ravel()
        ids = np.arange(1, len(areas))
        order = ids[np.lexsort((-areas[1:], cls[1:]))]
        largest = order[np.r_[True, cls[order][1:] != cls[order][:-1]]]
        if keep_classes is not True:
            protect = np.asarray(sorted({int(k) for k in keep_classes}), np.int64)
            largest = largest[np.isin(cls[largest], protect)]
        small[largest] = False
    if not small.any():
        return labels.copy()
    if small[1:].all():
        small[int(np.argmax(areas))] = False  # nothing is large: grow from the largest
    settled = ~small[comp].ravel()
    del comp
    todo = np.flatnonzero(~settled)
    if _bulk and todo.size > max(_BULK_SPECKLES, 0.01 * labels.size):
        # Mostly specks (e.g. far more colours asked for than the image has):
        # ring growth would need many passes over many pixels, so fill them
        # all at once from the nearest settled pixel, then check again (the
        # nearest-pixel fill does not guarantee connectivity; the second
        # round's ring growth does).
        iy, ix = ndi.distance_transform_edt(~settled.reshape(h, w), return_distances=False,
                                            return_indices=True)
        filled = labels[iy, ix]
        del iy, ix
        return remove_speckles(filled, min_area_px, connectivity=connectivity,
                               keep_classes=keep_classes, _bulk=False)
    out = labels.copy()
    flat = out.reshape(-1)
    while todo.size:
        y, x = np.divmod(todo, w)
        labs, oks = [], []
        for off, valid in ((-w, y > 0), (w, y < h - 1), (-1, x > 0), (1, x < w - 1)):
            # an off-image neighbour points at the pixel itself, which is unsettled
            nb = np.where(valid, todo + off, todo)
            oks.append(settled[nb])
            labs.append(flat[nb])
        # votes of each settled neighbour = how many settled neighbours share its label
        votes = [ok.astype(np.int8) for ok in oks]
        for d in range(4):
            for e in range(d + 1, 4):
                same = oks[d] & oks[e] & (labs[d] == labs[e])
                votes[d] += same
                votes[e] += same
        ready = oks[0] | oks[1] | oks[2] | oks[3]
        if not ready.any():                  # cannot happen on a connected grid
            break
        pick = np.argmax(np.stack(votes), axis=0)
        chosen = np.choose(pick, labs)
        done = todo[ready]
        flat[done] = chosen[ready]           # synchronous: a ring at a time
        settled[done] = True
        todo = todo[~ready]
    return out


def relabel_to_palette(img: np.ndarray, palette_lab, *, unblend: bool = True) -> np.ndarray:
    """Label every pixel with its nearest palette colour (e.g. after a palette edit).

    Parameters
    ----------
    img : (H, W, 3) float sRGB in [0, 1]
    palette_lab : (N, 3) CIELAB colours
    unblend : bool
        Also give thin in-between bands to the colours on either side, as
        :func:`segment` does (see its notes).  ``False`` = plain nearest colour.

    Returns
    -------
    (H, W) uint8 (uint16 above 256 colours) indices into *palette_lab*.
    """
    img = _check_image(img)
    pal = np.asarray(palette_lab, dtype=np.float64)
    if pal.ndim != 2 or pal.shape[1] != 3 or pal.shape[0] == 0:
        raise ValueError("palette_lab: expected an (N, 3) array with N >= 1")
    if pal.shape[0] > 65536 or not np.isfinite(pal).all():
        raise ValueError("palette_lab: too many colours or non-finite values")
    lab = _lab_image(img)
    labels = _assign(lab, pal)
    return _unblend(labels, lab, pal) if unblend else labels


# --------------------------------------------------------------------------- the stage

def auto_min_area(h: int, w: int) -> float:
    """The automatic smallest region: ``max(4, 0.00002 * H * W)`` pixels (60 px at 3 MP)."""
    return max(4.0, 2e-5 * h * w)


def _min_area_px(params: SegmentParams, h: int, w: int, mm_per_px: Optional[float]) -> float:
    if mm_per_px is not None:
        try:
            ok = not isinstance(mm_per_px, bool) and np.isfinite(float(mm_per_px)) and mm_per_px > 0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ValueError(f"mm_per_px must be a positive number, got {mm_per_px!r}")
    if params.min_area == 0:
        return auto_min_area(h, w)
    if params.min_area_unit == "px":
        return float(params.min_area)
    if mm_per_px is None:
        raise ValueError("SegmentParams.min_area is in mm2, but the image's scale is unknown: "
                         "pass mm_per_px= (or give min_area in px)")
    return float(params.min_area) / float(mm_per_px) ** 2


def _parse_pinned(pinned) -> tuple[np.ndarray, np.ndarray]:
    rgb8 = np.array([hex_to_rgb8(str(p)) if isinstance(p, str) else _bad_pin(p) for p in pinned],
                    dtype=np.uint8).reshape(-1, 3)
    if len(np.unique(rgb8, axis=0)) != len(rgb8):
        raise ValueError("SegmentParams.pinned: the same colour is pinned twice")
    lab = rgb_to_lab(rgb8.astype(np.float64) / 255.0).reshape(-1, 3)
    return rgb8, lab


def _bad_pin(p):
    raise ValueError(f"SegmentParams.pinned: expected '#rrggbb' strings, got {p!r}")


def _restore_vanished(labels: np.ndarray, before: np.ndarray, protect: np.ndarray,
                      n: int) -> np.ndarray:
    """Put back the pixels of protected classes that unblending/smoothing erased."""
    if len(protect) == 0:
        return labels
    had = np.bincount(before.ravel(), minlength=n) > 0
    has = np.bincount(labels.ravel(), minlength=n) > 0
    lost = np.zeros(n, bool)
    lost[protect] = True
    lost &= had & ~has
    if not lost.any():
        return labels
    out = labels.copy()
    np.copyto(out, before, where=lost[before])
    return out


def _class_means(labels: np.ndarray, lab: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean CIELAB of every class, and its pixel count.

    Pixels on a class boundary are mixtures of both sides (blur, anti-aliasing);
    thin line art would come out several shades too light.  So each class's
    colour comes from its interior pixels (all four neighbours in the class)
    where it has some, else from all of them.  A regular subsample of the
    pixels (a step that does not divide the width, so every column is
    sampled) estimates the means as well as all of them, several times faster.
    """
    flat = labels.ravel()
    counts = np.bincount(flat, minlength=n).astype(np.float64)
    h, w = labels.shape
    interior = np.ones((h, w), bool)
    interior[1:] &= labels[1:] == labels[:-1]
    interior[:-1] &= labels[:-1] == labels[1:]
    interior[:, 1:] &= labels[:, 1:] == labels[:, :-1]
    interior[:, :-1] &= labels[:, :-1] == labels[:, 1:]
    # about 120k samples are plenty for a mean colour
    want = max(1, int(np.ceil(flat.size / 120_000)))
    step = next((k for k in range(want, want + 8) if w % k), want) if want > 1 else 1
    lab_flat = lab.reshape(-1, 3)
    sub, sub_lab, sub_in = flat[::step], lab_flat[::step], interior.ravel()[::step]

    def sums_of(sel):
        c = np.bincount(sub[sel], minlength=n).astype(np.float64)
        t = np.stack([np.bincount(sub[sel], weights=sub_lab[sel, j], minlength=n)
                      for j in range(3)], axis=1)
        return t, c

    sums, used = sums_of(sub_in)
    all_sums, all_used = sums_of(np.ones(len(sub), bool))
    thin = used < 0.3 * all_used  # line art: hardly any pixel is away from an edge
    if thin.any():
        # Take the purer half of a thin class: its pixels farthest from the other colours.
        means0 = all_sums / np.maximum(all_used, 1)[:, None]
        for k in np.flatnonzero(thin & (all_used >= 4)):
            px = sub_lab[sub == k].astype(np.float64)
            others = np.delete(means0, k, axis=0)
            if len(others) == 0:
                continue
            d = np.min(((px[:, None, :] - others[None]) ** 2).sum(-1), axis=1)
            pure = px[d >= np.median(d)]
            sums[k], used[k] = pure.sum(0), len(pure)
        small = thin & (all_used < 4)
        sums[small], used[small] = all_sums[small], all_used[small]
    missing = (used == 0) & (counts > 0)  # too small to be sampled at all
    for k in np.flatnonzero(missing):
        sums[k] = lab_flat[flat == k].astype(np.float64).sum(0)
        used[k] = counts[k]
    means = sums / np.maximum(used, 1)[:, None]
    return means, counts


def _merge_close(labels, means, counts, pin, thr):
    """Merge final classes closer than *thr* ΔE2000 (closest pair first)."""
    lut = np.arange(len(means))
    means, counts, pin = means.copy(), counts.copy(), pin.copy()
    alive = np.ones(len(means), bool)
    while True:
        idx = np.flatnonzero(alive)
        if len(idx) < 2:
            break
        c = means[idx]
        dm = delta_e_ciede2000(c[:, None, :], c[None, :, :])
        dm[np.eye(len(idx), dtype=bool)] = np.inf
        pp = pin[idx] >= 0
        dm[np.ix_(pp, pp)] = np.inf
        k = int(np.argmin(dm))
        i, j = divmod(k, len(idx))
        if dm[i, j] >= thr:
            break
        i, j = idx[i], idx[j]
        if pin[j] >= 0:
            i, j = j, i
        tot = counts[i] + counts[j]
        if pin[i] < 0 and tot > 0:
            means[i] = (means[i] * counts[i] + means[j] * counts[j]) / tot
        counts[i] = tot
        counts[j] = 0
        alive[j] = False
        lut[lut == j] = i
    return lut[labels], means, counts


def segment(img: np.ndarray, params: SegmentParams, *, mm_per_px: Optional[float] = None,
            progress: Optional[ProgressFn] = None,
            cancel: Optional[CancelToken] = None) -> Segmentation:
    """Segment a cleaned image into N colours (see the module notes for the method).

    Parameters
    ----------
    img : (H, W, 3) float32 sRGB in [0, 1]
        The cleaned image (not modified).
    params : SegmentParams
        ``n_colors`` (None = :func:`suggest_n_colors`), ``max_auto_colors``,
        ``merge_delta_e``, ``pinned``, ``min_area`` / ``min_area_unit``,
        ``smoothing``.
    mm_per_px : float, optional
        Physical pixel size; required when ``min_area_unit == "mm2"`` and
        ``min_area > 0``.
    progress, cancel
        See :mod:`motifstudio.core.progress`.

    Returns
    -------
    Segmentation

    Raises
    ------
    ValueError
        Bad image, invalid parameters, more pinned colours than ``n_colors``,
        malformed or repeated pinned colours, or mm2 units without
        *mm_per_px*.

    Notes
    -----
    Number of colours:

    * Exactly ``n_colors`` (pinned ones included) when it is given, except
      that the result has fewer when the image has fewer distinct colours,
      when ``merge_delta_e > 0`` merges classes whose final mean colours are
      closer than that ΔE2000 (pinned colours absorb their close neighbours
      and are never merged with each other).
    * When ``n_colors`` was given, no class vanishes in the clean-up: if the
      majority filter erases a class entirely (e.g. 1 px lines inside one
      colour) its pixels are put back, and if all its regions are smaller
      than ``min_area`` its largest region is kept.  The same holds for
      pinned classes always.  With the automatic N such a class disappears
      and the palette is re-indexed.
    * A pinned colour stays in the palette even if no pixel is nearest to it.

    ``min_area = 0`` means automatic: :func:`auto_min_area`
    (``max(4, 0.00002 * H * W)`` pixels).
    """
    if not isinstance(params, SegmentParams):
        raise ValueError(f"params: expected SegmentParams, got {type(params).__name__}")
    params = validate(params)
    img = _check_image(img)
    h, w, _ = img.shape
    pin_rgb8, pin_lab = _parse_pinned(params.pinned)
    n_pin = len(pin_rgb8)
    n_req = params.n_colors
    if n_req is not None and n_req < n_pin:
        raise ValueError(f"SegmentParams.n_colors ({n_req}) is smaller than the number of "
                         f"pinned colours ({n_pin})")
    min_area = _min_area_px(params, h, w, mm_per_px)

    report(progress, 0.0, "Converting to CIELAB")
    lab = _lab_image(img, cancel, sub_progress(progress, 0.0, 0.25))

    report(progress, 0.25, "Clustering colours")
    rng = np.random.default_rng(_SEED)
    npx = h * w
    if npx > _SAMPLE:
        idx = np.sort(rng.choice(npx, _SAMPLE, replace=False))
    else:
        idx = np.arange(npx)
    ys, xs = np.divmod(idx, w)
    samples = lab[ys, xs].astype(np.float64)
    ramp, texture = _ramp_flags(lab, ys, xs)
    ramp = ramp.astype(np.float64)
    k_free = max(_overcluster_k(n_req or 1), _overcluster_k(params.max_auto_colors))
    centres, slab = kmeans(samples, k_free, fixed=pin_lab, seed=_SEED)
    check(cancel)
    cl = _clusters_from(centres, slab, ramp, texture, n_pinned=n_pin)
    suggested, cl = _walk(cl, n_target=n_req, max_colors=params.max_auto_colors)
    cl = _merge_below(cl, params.merge_delta_e)
    check(cancel)

    report(progress, 0.4, "Assigning pixels")
    assigned = _assign(lab, cl.centres, cancel, sub_progress(progress, 0.4, 0.55))
    unblended = _unblend(assigned, lab, cl.centres, keep=cl.pin >= 0)
    check(cancel)
    # Kept for refine(): read-only, and the image in half precision (class means and
    # splitting a colour need a hundredth of a ΔE at most; it halves the memory).
    lab = lab.astype(np.float16)
    for a in (lab, assigned, unblended):
        a.setflags(write=False)
    state = _ClusterState(lab=lab, assigned=assigned, unblended=unblended, cl=cl,
                          suggested=int(suggested), pin_rgb8=pin_rgb8, pin_lab=pin_lab,
                          params=params)
    return _finish(state, params, min_area, progress=sub_progress(progress, 0.6, 1.0),
                   cancel=cancel)


def refine(seg: Segmentation, params: SegmentParams, *, mm_per_px: Optional[float] = None,
           progress: Optional[ProgressFn] = None,
           cancel: Optional[CancelToken] = None) -> Optional[Segmentation]:
    """Redo only the clean-up of *seg* for new smoothing / smallest-region settings.

    Returns ``None`` when *params* differ in anything else (then call
    :func:`segment`), so previews after such a change skip the clustering.
    """
    state = seg.clusters
    if state is None:
        return None
    params = validate(params)
    same = all(getattr(params, f.name) == getattr(state.params, f.name)
               for f in dataclasses.fields(SegmentParams) if f.name not in _CLEANUP_FIELDS)
    if not same:
        return None
    h, w = state.assigned.shape
    return _finish(state, params, _min_area_px(params, h, w, mm_per_px), progress=progress,
                   cancel=cancel)


def _finish(state: _ClusterState, params: SegmentParams, min_area: float, *,
            progress=None, cancel=None) -> Segmentation:
    """Majority filter, speckle removal, class means and ordering."""
    lab, cl, pin_lab, pin_rgb8 = state.lab, state.cl, state.pin_lab, state.pin_rgb8
    n_req = params.n_colors
    n = len(cl)
    pin_idx = np.flatnonzero(cl.pin >= 0)
    # classes that must not vanish: all when N was asked for, else the pinned
    protect = np.arange(n) if n_req is not None else pin_idx
    labels = state.unblended
    if params.smoothing > 0:
        report(progress, 0.0, "Smoothing edges")
        labels = majority_filter(labels, params.smoothing, n)
        check(cancel)
    labels = _restore_vanished(labels, state.assigned, protect, n)
    report(progress, 0.4, "Removing speckles")
    labels = remove_speckles(labels, min_area, keep_classes=protect.tolist())
    check(cancel)

    report(progress, 0.8, "Measuring colours")
    means, counts = _class_means(labels, lab, n)
    means[pin_idx] = pin_lab[cl.pin[pin_idx]]
    if params.merge_delta_e > 0:
        labels, means, counts = _merge_close(labels, means, counts, cl.pin, params.merge_delta_e)
    # Order: pinned (in the given order), then the others by decreasing area;
    # unused free classes are dropped.
    pinned_mask = cl.pin >= 0
    used = (counts > 0) | pinned_mask
    free = np.flatnonzero(used & ~pinned_mask)
    free = free[np.argsort(-counts[free], kind="stable")]
    order = np.concatenate([pin_idx[np.argsort(cl.pin[pin_idx])], free]).astype(np.intp)
    lut = np.zeros(n, np.intp)
    lut[order] = np.arange(len(order))
    labels = lut[labels].astype(_label_dtype(len(order)))
    palette_lab = means[order]
    pin_of = cl.pin[order]
    palette_rgb = np.round(np.clip(lab_to_rgb(palette_lab), 0, 1) * 255).astype(np.uint8)
    is_pin = pin_of >= 0
    palette_rgb[is_pin] = pin_rgb8[pin_of[is_pin]]
    palette_lab[is_pin] = pin_lab[pin_of[is_pin]]
    for a in (labels, palette_lab, palette_rgb, is_pin):
        a.setflags(write=False)
    report(progress, 1.0, "Done")
    return Segmentation(labels=labels, palette_lab=palette_lab, palette_rgb=palette_rgb,
                        pinned=is_pin, suggested_n=state.suggested, clusters=state)
