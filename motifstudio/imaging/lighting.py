"""Even out lighting and neutralise colour casts without flattening the motif.

A phone photo of a felt is the motif's colours times a smooth light field
(window light from one side, a vignette, the photographer's shadow).  We
model, in log space, every pixel as *its colour class's offset* plus a smooth
2-D polynomial field, so the field can only explain what varies smoothly
across the image *within* a colour: the motif's own contrasts stay in the
class offsets and survive.

Gains are applied to sRGB values; for a power-law transfer curve a scale in
linear light is a scale in sRGB, so this is the cheap near-equivalent of a
von Kries correction.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

import numpy as np

from ..core.colour import rgb_to_lab
from .resolution import as_float32, check_image, proxy

_LUMA = np.array([0.2126, 0.7152, 0.0722])
_LOG_EPS = 0.02          # keeps log() of near-black pixels finite and tame
_FIT_PROXY_PX = 250_000  # the field is smooth: a small proxy holds all of it
_FIT_SAMPLES = 40_000
_MAX_LOG_GAIN = float(np.log(4.0))


# --------------------------------------------------------------------------- k-means

def kmeans(data, k: int, *, iterations: int = 5, seed: int = 0,
           init: Optional[np.ndarray] = None, fit_samples: int = 50_000
           ) -> tuple[np.ndarray, np.ndarray]:
    """A tiny Lloyd k-means for coarse colour classes.

    Parameters
    ----------
    data : (N, D) array_like
        Points (e.g. Lab colours).
    k : int
        Number of clusters (fewer are returned if clusters empty out).
    iterations : int
        Lloyd iterations, run on at most *fit_samples* random points.
    seed : int
        Seed of the k-means++ initialisation and the subsample (deterministic).
    init : (k, D) array, optional
        Starting centres instead of k-means++.

    Returns
    -------
    centres : (K, D) float64
    labels : (N,) int, index of the nearest centre of every point.
    """
    x = np.asarray(data, dtype=np.float32)
    n = len(x)
    if n == 0:
        raise ValueError("kmeans: no data")
    rng = np.random.default_rng(seed)
    fit = x[rng.choice(n, fit_samples, replace=False)] if n > fit_samples else x
    if init is not None:
        c = np.asarray(init, dtype=np.float64).copy()
    else:
        # k-means++ seeding: far-apart starting colours, deterministic
        c = [fit[rng.integers(len(fit))].astype(np.float64)]
        d2 = np.sum((fit - c[0]) ** 2, axis=1, dtype=np.float64)
        for _ in range(1, k):
            tot = d2.sum()
            if tot <= 0:
                break
            c.append(fit[rng.choice(len(fit), p=d2 / tot)].astype(np.float64))
            d2 = np.minimum(d2, np.sum((fit - c[-1]) ** 2, axis=1, dtype=np.float64))
        c = np.array(c)
    for _ in range(iterations):
        lab = _nearest(fit, c)
        counts = np.bincount(lab, minlength=len(c))
        keep = counts > 0
        sums = np.stack([np.bincount(lab, weights=fit[:, j], minlength=len(c))
                         for j in range(fit.shape[1])], axis=1)
        c = sums[keep] / counts[keep, None]
    return c, _nearest(x, c)


def _nearest(x: np.ndarray, c: np.ndarray) -> np.ndarray:
    cf = c.astype(np.float32)
    # |x - c|^2 = |x|^2 - 2 x.c + |c|^2; |x|^2 is the same for every centre.
    # (einsum beats BLAS matmul for these skinny products.)
    d = (cf * cf).sum(1)[None, :] - 2.0 * np.einsum("nk,jk->nj", x, cf)
    return np.argmin(d, axis=1)


# --------------------------------------------------------------------------- light field

def _exponents(degree: int) -> list[tuple[int, int]]:
    """(a, b) of the terms x**a * y**b with 1 <= a + b <= degree (no constant)."""
    return [(t - b, b) for t in range(1, degree + 1) for b in range(t + 1)]


def _normalised(n: int, pos: np.ndarray) -> np.ndarray:
    return 2.0 * pos / (n - 1) - 1.0 if n > 1 else np.zeros_like(pos)


def _fit_log_field(f: np.ndarray, degree: int, classes: int, iterations: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Fit log(pixel) = class offset + polynomial field; return (coeffs, mean).

    ``coeffs`` is (terms, 3) for :func:`_exponents`, in coordinates normalised
    to [-1, 1] over the full image; ``mean`` (3,) is the field's image mean.
    """
    H, W = f.shape[:2]
    small, kf = proxy(f, _FIT_PROXY_PX)
    h, w = small.shape[:2]
    rng = np.random.default_rng(0)
    idx = rng.choice(h * w, min(_FIT_SAMPLES, h * w), replace=False)
    pix = small.reshape(-1, 3)[idx].astype(np.float64)
    py, px = np.divmod(idx, w)
    xn = _normalised(W, (px + 0.5) * kf - 0.5)
    yn = _normalised(H, (py + 0.5) * kf - 0.5)
    exps = _exponents(degree)
    P = np.stack([xn ** a * yn ** b for a, b in exps], axis=1)
    logv = np.log(pix + _LOG_EPS)
    # Near-black pixels: their log is mostly noise, so they count less.
    base_w = np.clip(pix.mean(1) / 0.15, 0.1, 1.0)
    weight = base_w
    field = np.zeros_like(logv)
    centres = None
    beta = np.zeros((P.shape[1], 3))
    for _ in range(iterations):
        # Re-cluster the corrected colours so classes split by the light merge back.
        lab = rgb_to_lab(np.clip(pix * np.exp(-field), 0.0, 1.0))
        centres, labels = kmeans(lab, classes, iterations=4, seed=0, init=centres)
        onehot = np.zeros((len(labels), len(centres)))
        onehot[np.arange(len(labels)), labels] = 1.0
        X = np.hstack([onehot, P])
        # Weighted normal equations: (11 x 11) for degree 2, well conditioned
        # (one-hot columns plus polynomials on [-1, 1]); a tiny ridge keeps
        # emptied classes solvable.
        Xw = X * weight[:, None]
        A = X.T @ Xw
        A[np.diag_indices_from(A)] += 1e-9 * np.trace(A) + 1e-12
        sol = np.linalg.solve(A, Xw.T @ logv)
        beta = sol[len(centres):]
        field = P @ beta
        # Tukey reweighting: mixed edge pixels and highlights stop pulling.
        r = np.sqrt(np.mean((logv - X @ sol) ** 2, axis=1))
        c = 6.0 * np.median(r) + 1e-4
        weight = base_w * np.clip(1.0 - (r / c) ** 2, 0.0, None) ** 2
        if weight.sum() < 10 * X.shape[1]:
            break
    return beta, field.mean(axis=0)


def _apply_field_inplace(f: np.ndarray, beta: np.ndarray, mean: np.ndarray, degree: int) -> None:
    """Divide *f* (float32, H x W x 3) by exp(field - mean), evaluated separably."""
    H, W = f.shape[:2]
    xn = _normalised(W, np.arange(W, dtype=np.float64))
    yn = _normalised(H, np.arange(H, dtype=np.float64))
    exps = _exponents(degree)
    for ch in range(3):
        # field = sum_b y^b * (sum_a beta_ab x^a): one outer product per power of y
        rows: dict[int, np.ndarray] = {}
        for (a, b), coef in zip(exps, beta[:, ch]):
            rows[b] = rows.get(b, 0.0) + coef * xn ** a
        neg = np.full((H, W), mean[ch], dtype=np.float32)
        tmp = np.empty((H, W), dtype=np.float32)
        for b, row in rows.items():
            np.multiply((yn ** b).astype(np.float32)[:, None],
                        np.asarray(row, dtype=np.float32)[None, :], out=tmp)
            neg -= tmp
        del tmp
        # A light field never changes brightness more than 4x; beyond that the
        # fit has mistaken a motif colour for light, so cap the damage.
        np.clip(neg, -_MAX_LOG_GAIN, _MAX_LOG_GAIN, out=neg)
        np.exp(neg, out=neg)
        f[..., ch] *= neg
    np.clip(f, 0.0, 1.0, out=f)


def _flatten_inplace(f: np.ndarray, degree: int, *, classes: int = 6, iterations: int = 3) -> None:
    if f.shape[0] * f.shape[1] < 64:
        return
    beta, mean = _fit_log_field(f, degree, classes, iterations)
    _apply_field_inplace(f, beta, mean, degree)


def flatten_lighting(img, *, degree: int = 2, classes: int = 6, iterations: int = 3) -> np.ndarray:
    """Remove uneven lighting, shadow and vignette, keeping the motif's colours.

    Parameters
    ----------
    img : (H, W, 3) ndarray
        sRGB image (uint8, uint16 or float in [0, 1]).
    degree : int
        Degree (1-6) of the smooth 2-D polynomial light field.
    classes : int
        Number of coarse colour classes whose own offsets the field may not touch.
    iterations : int
        Fit / re-cluster / robust-reweight rounds.

    Returns
    -------
    ndarray
        float32 (H, W, 3) in [0, 1]; the image mean brightness is kept.

    Examples
    --------
    >>> y, x = np.mgrid[0:120, 0:160]
    >>> red = ((x // 20 + y // 20) % 2)[..., None] == 1
    >>> motif = np.where(red, [0.8, 0.2, 0.2], [0.9, 0.9, 0.8])
    >>> light = (0.6 + 0.4 * x / 160)[..., None]
    >>> out = flatten_lighting(motif * light)
    >>> bool(np.ptp(out[(x // 20 + y // 20) % 2 == 0, 1]) < 0.05)
    True
    """
    a = check_image(img)
    if not isinstance(degree, (int, np.integer)) or not 1 <= degree <= 6:
        raise ValueError(f"flatten_lighting: degree must be a whole number 1..6, got {degree!r}")
    if not isinstance(classes, (int, np.integer)) or classes < 1:
        raise ValueError(f"flatten_lighting: classes must be a positive whole number, "
                         f"got {classes!r}")
    f = as_float32(a)
    f = f.copy() if f is a else f
    _flatten_inplace(f, int(degree), classes=int(classes), iterations=max(1, int(iterations)))
    return f


# --------------------------------------------------------------------------- white balance

def _neutral_gains(ref: np.ndarray) -> np.ndarray:
    """Channel gains turning colour *ref* grey at the same luminance."""
    ref = np.maximum(np.asarray(ref, dtype=np.float64), 1e-4)
    g = float(_LUMA @ ref) / ref
    return np.clip(g, 0.2, 5.0)


def _auto_gains(f: np.ndarray) -> np.ndarray:
    small, _ = proxy(f, _FIT_PROXY_PX)
    pix = small.reshape(-1, 3).astype(np.float64)
    unclipped = (pix.max(1) < 0.98) & (pix.max(1) > 0.08)
    if unclipped.sum() < 50:
        return np.ones(3)
    pix = pix[unclipped]
    g = np.ones(3)
    for _ in range(3):
        c = pix * g
        mx = c.max(1)
        sat = (mx - c.min(1)) / (mx + 1e-6)
        # Near-neutral candidates: the least saturated pixels (up to a cap, so a
        # red felt's reds never pass for grey), re-chosen as the cast goes away.
        thr = min(float(np.quantile(sat, 0.3)), 0.4)
        neutral = sat <= thr
        if neutral.sum() < 50:
            break
        bright = mx >= np.quantile(mx[neutral], 0.8)
        white = pix[neutral & bright].mean(0)   # white patch (robust: a top fifth, not a max)
        grey = pix[neutral].mean(0)              # grey world, but only over near-greys
        g_new = np.sqrt(_neutral_gains(white) * _neutral_gains(grey))
        if np.allclose(g_new, g, atol=1e-3):
            g = g_new
            break
        g = g_new
    return g


def _point_gains(f: np.ndarray, point: Sequence[float]) -> np.ndarray:
    try:
        x, y = (float(v) for v in point)
    except (TypeError, ValueError):
        raise ValueError(f"white balance: point must be (x, y), got {point!r}") from None
    H, W = f.shape[:2]
    inside = -0.5 <= x < W - 0.5 and -0.5 <= y < H - 0.5
    if not (math.isfinite(x) and math.isfinite(y)) or not inside:
        raise ValueError(f"white balance: neutral point ({x:g}, {y:g}) is outside the "
                         f"{W} x {H} image")
    xi, yi = int(round(x)), int(round(y))
    patch = as_float32(f[max(0, yi - 1):yi + 2, max(0, xi - 1):xi + 2]).reshape(-1, 3)
    ref = patch.mean(0).astype(np.float64)
    if ref.max() < 0.03:
        raise ValueError(f"white balance: the neutral point ({x:g}, {y:g}) is nearly black; "
                         "pick a light grey or white pixel")
    return _neutral_gains(ref)


def white_balance_gains(img, *, mode: str = "auto", point: Optional[Sequence[float]] = None
                        ) -> np.ndarray:
    """Per-channel gains (3,) of :func:`white_balance` without applying them."""
    a = check_image(img)
    if mode == "auto":
        return _auto_gains(as_float32(a) if a.dtype.kind == "f" else a)
    if mode == "point":
        if point is None:
            raise ValueError("white balance: mode 'point' needs point=(x, y)")
        return _point_gains(a, point)
    raise ValueError(f"white balance: mode must be 'auto' or 'point', got {mode!r}")


def white_balance(img, *, mode: str = "auto",
                  point: Optional[Sequence[float]] = None) -> np.ndarray:
    """Neutralise a colour cast.

    Parameters
    ----------
    img : (H, W, 3) ndarray
        sRGB image (uint8, uint16 or float in [0, 1]).
    mode : {'auto', 'point'}
        'auto' blends a white patch (the brightest fifth of the near-neutral
        pixels) and a grey world over the near-neutral pixels, re-choosing them
        as the cast is removed.  'point' makes the 3x3 mean at *point* neutral.
    point : (x, y), optional
        Pixel of a grey or white area, for mode 'point'.

    Returns
    -------
    ndarray
        float32 (H, W, 3) in [0, 1]; luminance of the reference is kept.

    Raises
    ------
    ValueError
        Unknown mode, missing point, point outside the image or nearly black.
    """
    gains = white_balance_gains(img, mode=mode, point=point)
    f = as_float32(img)
    out = f * gains.astype(np.float32)
    np.clip(out, 0.0, 1.0, out=out)
    return out
