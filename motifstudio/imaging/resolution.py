"""Resampling and the choice of the working resolution.

Phone photos are 12 MP or more, but a felt motif's smallest shape is often
dozens of pixels wide: tracing at full resolution only costs time and memory.
:func:`choose_working_scale` measures the motif's thinnest part on a cheap
proxy and picks the smallest scale that still keeps it ``feature_px`` wide.

Coordinates follow scikit-image: pixel centres sit at integer positions, so
resampling by a factor ``s`` maps a working pixel ``x`` to the source position
``(x + 0.5) / s - 0.5``.  Every resampler here is anti-aliased and keeps
memory low on 12 MP ``uint8`` input (integer block means before any float
copy of the full image).
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

import numpy as np
from scipy import ndimage as ndi
from skimage.measure import label as _label_regions
from skimage.transform import warp

from ..core.colour import rgb_to_lab

# Area fraction of the image that must vanish under an opening before we call
# that opening width "the motif's smallest feature".  Low enough to see thin
# outlines around big shapes, high enough to ignore the corners of big shapes.
THIN_AREA_FRACTION = 0.03
# Pixels of the proxy on which the feature width is measured, and the side of
# the full-resolution tiles that check what the proxy cannot resolve.
_PROXY_PX = 500_000
_TILE_PX = 512
_LOCATOR_PX = 150_000
# Below this width (proxy px) the proxy cannot resolve the feature: measure
# again on a full-resolution tile.
_REFINE_BELOW_PX = 6.0


# --------------------------------------------------------------------------- dtype

def check_image(img, *, name: str = "img", channels: Optional[int] = 3) -> np.ndarray:
    """Return *img* as an array after checking its shape and dtype.

    Parameters
    ----------
    img : array_like
        ``(H, W, 3)`` image (or ``(H, W)`` / ``(H, W, C)`` when *channels* is
        None), ``uint8``, ``uint16`` or float in [0, 1].
    name : str
        Name used in error messages.
    channels : int or None
        Required number of channels, None for any (including 2-D).

    Raises
    ------
    ValueError
        Wrong shape, empty image or unsupported dtype.
    """
    a = np.asarray(img)
    if channels is None:
        ok = a.ndim == 2 or a.ndim == 3
    else:
        ok = a.ndim == 3 and a.shape[2] == channels
    if not ok:
        want = f"(H, W, {channels})" if channels is not None else "(H, W) or (H, W, C)"
        raise ValueError(f"{name}: expected an image of shape {want}, got shape {a.shape}")
    if a.shape[0] < 1 or a.shape[1] < 1:
        raise ValueError(f"{name}: the image is empty (shape {a.shape})")
    if a.dtype not in (np.uint8, np.uint16) and a.dtype.kind != "f":
        raise ValueError(f"{name}: expected uint8, uint16 or float pixels, got {a.dtype}")
    return a


def as_float32(img) -> np.ndarray:
    """``img`` as float32 in [0, 1]; float32 input is returned as is (no copy).

    Callers that work in place must copy first.
    """
    a = np.asarray(img)
    if a.dtype == np.float32:
        return a
    if a.dtype in (np.uint8, np.uint16):
        f = a.astype(np.float32)
        f *= np.float32(_unit(a))  # in place: one float copy, not two
        return f
    return a.astype(np.float32)


def from_float32(f: np.ndarray, dtype) -> np.ndarray:
    """Convert float32 [0, 1] pixels back to *dtype* (rounding integers)."""
    dtype = np.dtype(dtype)
    if dtype == np.uint8:
        return np.clip(np.rint(f * 255), 0, 255).astype(np.uint8)
    if dtype == np.uint16:
        return np.clip(np.rint(f * 65535), 0, 65535).astype(np.uint16)
    return f.astype(dtype, copy=False)


def _unit(a: np.ndarray) -> float:
    return {np.dtype(np.uint8): 1 / 255, np.dtype(np.uint16): 1 / 65535}.get(a.dtype, 1.0)


# --------------------------------------------------------------------------- resampling

def _block_sum(a: np.ndarray, k: int, axis: int, dtype=np.float32) -> np.ndarray:
    """Sum every *k* consecutive entries along *axis* (the last block partial).

    k strided adds of the input: numpy casts each chunk on the fly, so a uint8
    photo is never copied to float at full size (and this is ~10x faster
    than ``np.add.reduceat`` along the first axis).
    """
    n = a.shape[axis]
    shape = list(a.shape)
    shape[axis] = -(-n // k)
    out = np.zeros(shape, dtype)
    for i in range(min(k, n)):
        src = [slice(None)] * a.ndim
        src[axis] = slice(i, None, k)
        part = a[tuple(src)]
        dst = [slice(None)] * a.ndim
        dst[axis] = slice(0, part.shape[axis])
        out[tuple(dst)] += part
    return out


def downscale_mean(img, k: int) -> np.ndarray:
    """Average ``k x k`` blocks (the last, partial blocks over what exists).

    Works on ``uint8``/``uint16`` without a full-size float copy, so a 12 MP
    photo costs only the (smaller) result.  Returns float32 in [0, 1].
    """
    a = np.asarray(img)
    k = int(k)
    if k <= 1:
        return as_float32(a).copy() if a.dtype == np.float32 else as_float32(a)
    h, w = a.shape[:2]
    if a.dtype == np.uint8 and k <= 16:
        # k*k*255 fits in uint16: half the memory traffic of float32 sums
        out = _block_sum(_block_sum(a, k, 0, np.uint16), k, 1, np.uint16).astype(np.float32)
    else:
        out = _block_sum(_block_sum(a, k, 0), k, 1)
    cnt_r = np.minimum(k, h - np.arange(0, h, k)).astype(np.float32)
    cnt_c = np.minimum(k, w - np.arange(0, w, k)).astype(np.float32)
    norm = np.float32(_unit(a)) / np.outer(cnt_r, cnt_c)
    if out.ndim == 3:
        norm = norm[:, :, None]
    out *= norm
    return out


def proxy(img, max_px: int) -> tuple[np.ndarray, int]:
    """A block-mean copy of at most about *max_px* pixels and its integer factor.

    Proxy pixel ``p`` covers source pixels around ``(p + 0.5) * k - 0.5``.
    """
    a = np.asarray(img)
    h, w = a.shape[:2]
    k = max(1, math.ceil(math.sqrt(h * w / float(max_px))))
    return downscale_mean(a, k), k


def _jacobian_scale(matrix: np.ndarray, out_shape: Sequence[int]) -> float:
    """Source pixels per output pixel (geometric mean) at the output centre."""
    m = np.asarray(matrix, dtype=np.float64)
    y, x = (out_shape[0] - 1) / 2.0, (out_shape[1] - 1) / 2.0
    p = m @ [x, y, 1.0]
    # d(src)/d(out) of the homography at (x, y)
    jac = (m[:2, :2] * p[2] - np.outer(p[:2], m[2, :2])) / p[2] ** 2
    return math.sqrt(abs(np.linalg.det(jac)))


def resample(img, matrix, out_shape: Sequence[int], *, fill=None) -> np.ndarray:
    """Warp *img* by a 3x3 matrix mapping OUTPUT (x, y, 1) to INPUT (x, y, 1).

    Anti-aliased: when the map shrinks, the input is first block-averaged by
    the integer part of the shrink factor, then Gaussian-prefiltered for the
    rest (as :func:`skimage.transform.resize` does), then sampled bilinearly
    channel by channel in float32.

    Parameters
    ----------
    img : ndarray
        ``(H, W)`` or ``(H, W, C)`` image, any supported dtype.
    matrix : (3, 3) array_like
        Output-to-input homography in pixel-centre (x, y) coordinates.
    out_shape : (rows, cols)
        Shape of the result (channels are added).
    fill : sequence of float, optional
        Per-channel value (float [0, 1]) outside the input; None repeats the
        nearest edge pixel.

    Returns
    -------
    ndarray
        float32 in [0, 1].
    """
    a = np.asarray(img)
    m = np.asarray(matrix, dtype=np.float64)
    oh, ow = int(out_shape[0]), int(out_shape[1])
    if oh < 1 or ow < 1:
        raise ValueError(f"resample: output shape must be positive, got {(oh, ow)}")
    nch = 1 if a.ndim == 2 else a.shape[2]
    if (oh, ow) == a.shape[:2] and np.allclose(m, np.eye(3), atol=1e-9):
        f = as_float32(a)
        return f.copy() if f is a else f
    shrink = _jacobian_scale(m, (oh, ow))
    k = int(math.floor(shrink + 1e-6))
    if k >= 2:
        a = downscale_mean(a, k)
        # source coordinate i -> block coordinate (i + 0.5) / k - 0.5
        to_block = np.array([[1 / k, 0, 0.5 / k - 0.5], [0, 1 / k, 0.5 / k - 0.5], [0, 0, 1]])
        m = to_block @ m
        shrink /= k
    # skimage's anti-aliasing sigma; below 0.25 px its kernel is a no-op
    sigma = max(0.0, (shrink - 1.0) / 2.0)
    sigma = sigma if sigma >= 0.25 else 0.0
    if fill is None and abs(m[0, 1]) < 1e-12 and abs(m[1, 0]) < 1e-12 \
            and abs(m[2, 0]) < 1e-12 and abs(m[2, 1]) < 1e-12 and m[2, 2] == 1.0:
        return _resample_axis_aligned(a, m, (oh, ow), sigma)
    out = np.empty((oh, ow, nch), dtype=np.float32)
    for c in range(nch):
        ch = a if a.ndim == 2 else a[..., c]
        ch = as_float32(ch)
        if sigma > 0:
            ch = ndi.gaussian_filter(ch, sigma, mode="nearest")
        if fill is None:
            kw = dict(mode="edge")
        else:
            kw = dict(mode="constant", cval=float(np.asarray(fill, dtype=np.float64).ravel()[c]))
        out[..., c] = warp(ch, m, output_shape=(oh, ow), order=1, clip=False,
                           preserve_range=True, **kw)
    np.clip(out, 0.0, 1.0, out=out)
    return out[..., 0] if a.ndim == 2 else out


def _lerp_axis(a: np.ndarray, pos: np.ndarray, axis: int) -> np.ndarray:
    """Linear interpolation of 2-D *a* at positions *pos* along *axis*
    (edges repeated); float32 out, in the units of *a*."""
    n = a.shape[axis]
    pos = np.clip(pos, 0, n - 1)
    i0 = np.minimum(np.floor(pos).astype(np.intp), max(n - 2, 0))
    i1 = np.minimum(i0 + 1, n - 1)
    t = (pos - i0).astype(np.float32)
    t = t[:, None] if axis == 0 else t[None, :]
    lo = np.take(a, i0, axis=axis).astype(np.float32, copy=False)
    hi = np.take(a, i1, axis=axis).astype(np.float32, copy=False)
    hi -= lo
    hi *= t
    lo += hi
    return lo


def _resample_axis_aligned(a: np.ndarray, m: np.ndarray, out_shape, sigma: float) -> np.ndarray:
    """Separable bilinear resampling for scale + shift maps (no rotation),
    channel by channel so a uint8 photo is never a full float copy."""
    ys = m[1, 1] * np.arange(out_shape[0]) + m[1, 2]
    xs = m[0, 0] * np.arange(out_shape[1]) + m[0, 2]
    nch = 1 if a.ndim == 2 else a.shape[2]
    out = np.empty((out_shape[0], out_shape[1], nch), np.float32)
    unit = np.float32(_unit(a))
    for c in range(nch):
        plane = a if a.ndim == 2 else a[..., c]
        if sigma > 0:
            plane = ndi.gaussian_filter(as_float32(plane), sigma, mode="nearest")
            u = np.float32(1.0)
        else:
            u = unit
        res = _lerp_axis(_lerp_axis(plane, ys, 0), xs, 1)
        if u != 1:
            res *= u
        out[..., c] = res
    np.clip(out, 0.0, 1.0, out=out)
    return out[..., 0] if a.ndim == 2 else out


def scale_matrix(in_shape: Sequence[int], out_shape: Sequence[int]) -> np.ndarray:
    """The (x, y) matrix mapping INPUT pixel centres to OUTPUT pixel centres
    when an image of *in_shape* is resized to *out_shape* (pixel-centre rule)."""
    sy = out_shape[0] / in_shape[0]
    sx = out_shape[1] / in_shape[1]
    return np.array([[sx, 0, 0.5 * sx - 0.5], [0, sy, 0.5 * sy - 0.5], [0, 0, 1.0]])


def scaled_shape(shape: Sequence[int], scale: float) -> tuple[int, int]:
    """``(rows, cols)`` of an image of *shape* resized by *scale* (at least 1x1)."""
    return max(1, int(round(shape[0] * scale))), max(1, int(round(shape[1] * scale)))


def resize(img, scale: float) -> np.ndarray:
    """Resize by *scale* with anti-aliasing; returns float32 in [0, 1].

    Fast on 12 MP ``uint8``: block means for the integer part of the factor,
    then a small Gaussian prefilter and bilinear sampling for the rest.

    Parameters
    ----------
    img : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    scale : float
        Output pixels per input pixel (> 0).

    Examples
    --------
    >>> resize(np.zeros((400, 600, 3), np.uint8), 0.25).shape
    (100, 150, 3)
    """
    a = check_image(img, channels=None)
    if not (isinstance(scale, (int, float)) and math.isfinite(scale) and scale > 0):
        raise ValueError(f"resize: scale must be a positive number, got {scale!r}")
    out_shape = scaled_shape(a.shape, scale)
    m = np.linalg.inv(scale_matrix(a.shape, out_shape))
    return resample(a, m, out_shape)


# --------------------------------------------------------------------------- working scale

def _quantise(f: np.ndarray, k: int = 6) -> np.ndarray:
    """Coarse colour labels of a float image (k-means in Lab, similar colours merged)."""
    from .lighting import kmeans  # local import: lighting imports this module

    lab = rgb_to_lab(f).reshape(-1, 3)
    centres, labels = kmeans(lab, k, iterations=6, seed=0)
    # Over-split smooth shading gives fake bands; merge close colours.
    merged = np.arange(len(centres))
    for i in range(len(centres)):
        for j in range(i):
            if np.linalg.norm(centres[i] - centres[j]) < 12.0:
                merged[i] = merged[j]
                break
    return merged[labels].reshape(f.shape[:2])


def _lost_mask(dist: np.ndarray, r: int) -> np.ndarray:
    """Pixels removed by an opening of radius *r* (union over all colours).

    ``dist`` is the distance to the nearest colour boundary; the eroded set is
    ``dist >= r`` and its dilation by ``r`` is what survives the opening.
    """
    core = dist >= r
    if not core.any():
        return np.ones(dist.shape, bool)
    return ndi.distance_transform_edt(~core) > r + 1e-6


def _feature_width(f: np.ndarray, fraction: float, r_max: int
                   ) -> tuple[float, Optional[np.ndarray]]:
    """Smallest-feature width in pixels of *f* (``inf`` if wider than ``2 r_max``).

    The width is the opening diameter at which *fraction* of the area is lost
    (a granulometry: the ``fraction``-quantile of local thickness), so the
    tapering tips and corners of big shapes, which hold little area, do not
    count as thin features.  Also returns the mask of the lost (thin) pixels.
    """
    labels = _quantise(f)
    regions = _label_regions(labels + 1, connectivity=1, background=0)
    areas = np.bincount(regions.ravel())
    tiny = areas[regions] < 16
    if tiny.all():
        return math.inf, None
    if tiny.any():
        # Speckles take the colour of the nearest real region.
        idx = ndi.distance_transform_edt(tiny, return_distances=False, return_indices=True)
        labels = labels[idx[0], idx[1]]
    edge = np.zeros(labels.shape, bool)
    dh = labels[:, 1:] != labels[:, :-1]
    dv = labels[1:, :] != labels[:-1, :]
    edge[:, 1:] |= dh
    edge[:, :-1] |= dh
    edge[1:, :] |= dv
    edge[:-1, :] |= dv
    if not edge.any():
        return math.inf, None
    dist = ndi.distance_transform_edt(~edge)
    need = fraction * dist.size
    hi = int(min(r_max, min(labels.shape) // 4))
    if hi < 1:
        return math.inf, None
    lost = _lost_mask(dist, hi)
    if lost.sum() < need:
        return math.inf, None
    lo = 0  # invariant: lost(lo) < need <= lost(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        m = _lost_mask(dist, mid)
        if m.sum() >= need:
            hi, lost = mid, m
        else:
            lo = mid
    # Features lost at radius r but not r-1 are 2r-1 .. 2r pixels wide.
    return 2.0 * hi - 0.5, lost


def _busiest_tiles(small: np.ndarray, k: int, side: int, n: int) -> list[tuple[int, int]]:
    """Top-left corners (full-res y, x) of *n* tiles of *side* px where the
    proxy has the most colour gradient: where thin features would be."""
    lab = rgb_to_lab(small)
    grad = sum(np.hypot(ndi.sobel(lab[..., c], 0), ndi.sobel(lab[..., c], 1)) for c in range(3))
    win = max(1, side // k)
    dens = ndi.uniform_filter(grad.astype(np.float32), size=win, mode="constant")
    out = []
    for _ in range(n):
        py, px = np.unravel_index(int(np.argmax(dens)), dens.shape)
        out.append((int((py + 0.5) * k) - side // 2, int((px + 0.5) * k) - side // 2))
        dens[max(0, py - win):py + win + 1, max(0, px - win):px + win + 1] = -1.0
    return out


def smallest_feature_width(img, *, fraction: float = THIN_AREA_FRACTION,
                           max_width: float = math.inf) -> float:
    """Width in source pixels of the motif's thinnest parts.

    Measured on a proxy of about 0.5 MP when the widths that matter are wide
    enough for it.  Widths below what the proxy resolves are measured at full
    resolution on the two 512 px tiles with the most colour gradient (the
    proxy only locates them), after a 3 px median so noise does not count as
    features while 2 px lines survive.

    Parameters
    ----------
    img : (H, W, 3) ndarray
    fraction : float
        Area fraction that must be this thin.
    max_width : float
        Widths above this do not matter to the caller: the search stops there
        (returns ``inf``), which keeps it cheap.
    """
    from .denoise import separable_median  # local import: denoise imports this module

    a = check_image(img)
    h, wd = a.shape[:2]
    k = max(1, math.ceil(math.sqrt(h * wd / _PROXY_PX)))
    w = math.inf
    if k == 1 or max_width >= _REFINE_BELOW_PX * k:
        # The proxy can resolve (some of) the widths that matter.
        small, k = proxy(a, _PROXY_PX)
        r_max = int(math.ceil(max_width / (2 * k))) + 1 if math.isfinite(max_width) else 1 << 30
        w, _ = _feature_width(small, fraction, r_max)
        w *= k
        if k == 1 or w >= _REFINE_BELOW_PX * k:
            return w
    else:
        # Only a locator is needed: a smaller proxy will do.
        small, k = proxy(a, _LOCATOR_PX)
    # Too thin for the proxy: look at full resolution where the colour changes most.
    side = _TILE_PX
    r_full = int(math.ceil(min(w, max_width) / 2)) + 1
    for y0, x0 in _busiest_tiles(small, k, side, 2):
        y0 = min(max(0, y0), max(0, h - side))
        x0 = min(max(0, x0), max(0, wd - side))
        tile = separable_median(a[y0:y0 + side, x0:x0 + side], 3)
        wt, _ = _feature_width(tile, fraction, r_full)
        w = min(w, wt)
    return w


def working_scale_for(feature_width: float, shape: Sequence[int], *, feature_px: float = 5.0,
                      max_mp: float = 6.0, min_mp: float = 2.0) -> float:
    """Scale (<= 1) keeping *feature_width* px at least *feature_px* wide.

    Clamped so the result has at most *max_mp* and, unless the image is smaller,
    at least ``min(min_mp, max_mp)`` megapixels (big shapes still need enough
    pixels for smooth curves).
    """
    npx = float(shape[0]) * float(shape[1])
    upper = min(1.0, math.sqrt(max_mp * 1e6 / npx))
    lower = min(upper, math.sqrt(min(min_mp, max_mp) * 1e6 / npx))
    want = feature_px / feature_width if feature_width > 0 else 1.0
    return float(min(upper, max(lower, want)))


def choose_working_scale(img, *, feature_px: float = 5.0, max_mp: float = 6.0,
                         min_mp: float = 2.0) -> float:
    """Smallest scale (<= 1) that keeps the motif's thinnest part *feature_px* wide.

    Parameters
    ----------
    img : ndarray
        ``(H, W, 3)`` image at full resolution.
    feature_px : float
        Pixels the thinnest feature must keep across.
    max_mp, min_mp : float
        Bounds of the working size in megapixels (*min_mp* never exceeds the
        image itself or *max_mp*).

    Returns
    -------
    float
        Working pixels per source pixel.

    Examples
    --------
    >>> img = np.zeros((3000, 4000, 3), np.uint8); img[:, 2000:] = 255
    >>> round(choose_working_scale(img), 2)  # one big edge: only min_mp matters
    0.41
    """
    a = check_image(img)
    if not feature_px > 0 or not max_mp > 0:
        raise ValueError("choose_working_scale: feature_px and max_mp must be positive")
    lower = working_scale_for(math.inf, a.shape, max_mp=max_mp, min_mp=min_mp)
    w = smallest_feature_width(a, max_width=feature_px / lower)
    return working_scale_for(w, a.shape, feature_px=feature_px, max_mp=max_mp, min_mp=min_mp)
