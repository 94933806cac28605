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

Layout
------
This module is the stage itself (:func:`segment`, :func:`refine`,
:func:`relabel_to_palette`, colour conversion, per-pixel assignment and
unblending).  The merging of step 3 and :func:`suggest_n_colors` live in
:mod:`~motifstudio.imaging.palette_walk`; the clean-up of step 5
(:func:`majority_filter`, :func:`remove_speckles`, :func:`auto_min_area`) in
:mod:`~motifstudio.imaging.speckles`.  All public names are importable from here.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..core import colour as _colour
from ..core.colour import delta_e_ciede2000, hex_to_rgb8, lab_to_rgb, rgb_to_lab, srgb_to_linear
from ..core.params import validate
from ..core.progress import CancelToken, ProgressFn, check, report, sub_progress
from .kmeans import nearest_centre
# The cluster merging ("palette walk") and the label clean-up live in their own
# modules; their public names are re-exported here, as they were defined here once.
from .palette_walk import (BLEND_PRIOR, SUGGEST_DELTA_E, SUGGEST_MIN_FRACTION,  # noqa: F401
                           SUGGEST_NOISE_FACTOR, _RAMP_STEP, _SAMPLE, _SEED, _Clusters,
                           _clusters_from, _merge_below, _overcluster_k, _ramp_flags, _walk,
                           cluster_and_walk, suggest_n_colors)
from .params import SegmentParams
from .speckles import (_restore_vanished, auto_min_area, majority_filter,  # noqa: F401
                       remove_speckles)

__all__ = ["Segmentation", "segment", "suggest_n_colors", "remove_speckles", "majority_filter",
           "relabel_to_palette", "auto_min_area", "BLEND_PRIOR", "SUGGEST_DELTA_E",
           "SUGGEST_MIN_FRACTION", "SUGGEST_NOISE_FACTOR"]

#: Pixels per chunk of per-pixel work (bounds the temporary memory).
_CHUNK = 1 << 19


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
    suggested, cl = cluster_and_walk(lab, n_target=n_req, max_colors=params.max_auto_colors,
                                     fixed=pin_lab, cancel=cancel)
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
