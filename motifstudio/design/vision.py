"""Colour-vision-deficiency and greyscale previews, vectorised over images.

``simulate_cvd`` uses the matrices of

    G. M. Machado, M. M. Oliveira, L. A. F. Fernandes (2009), "A
    Physiologically-based Model for Simulation of Color Vision Deficiency",
    IEEE TVCG 15(6):1291-1298, doi:10.1109/TVCG.2009.113,

from the paper's supplementary table (severities 0.0, 0.1, ..., 1.0 for
protanomaly, deuteranomaly and tritanomaly; severity 1.0 is the dichromat:
protanopia, deuteranopia, tritanopia).  Severities between table rows are
linearly interpolated between the two neighbouring published matrices.  The
matrices act on *linear* RGB, so images are linearised first, multiplied,
clipped to [0, 1] and re-encoded as sRGB.

``greyscale`` keeps CIE L* (what a monochrome laser printer or photocopier
roughly preserves) and returns the neutral sRGB grey of that lightness.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from ..core.colour import (delta_e_ciede2000, lab_to_rgb, linear_to_srgb, rgb_to_lab,
                           srgb_to_linear)

__all__ = ["CVD_KINDS", "machado_matrix", "simulate_cvd", "greyscale",
           "min_adjacent_delta_e"]

CVD_KINDS = ("protan", "deutan", "tritan")

# Machado, Oliveira & Fernandes (2009), supplementary table; index k = severity 0.k.
# Rows act on linear RGB column vectors: rgb_sim = M @ rgb.
_MACHADO = {
    "protan": np.array([
        [[1.000000, 0.000000, -0.000000], [0.000000, 1.000000, 0.000000], [-0.000000, -0.000000, 1.000000]],
        [[0.856167, 0.182038, -0.038205], [0.029342, 0.955115, 0.015544], [-0.002880, -0.001563, 1.004443]],
        [[0.734766, 0.334872, -0.069637], [0.051840, 0.919198, 0.028963], [-0.004928, -0.004209, 1.009137]],
        [[0.630323, 0.465641, -0.095964], [0.069181, 0.890046, 0.040773], [-0.006308, -0.007724, 1.014032]],
        [[0.539009, 0.579343, -0.118352], [0.082546, 0.866121, 0.051332], [-0.007136, -0.011959, 1.019095]],
        [[0.458064, 0.679578, -0.137642], [0.092785, 0.846313, 0.060902], [-0.007494, -0.016807, 1.024301]],
        [[0.385450, 0.769005, -0.154455], [0.100526, 0.829802, 0.069673], [-0.007442, -0.022190, 1.029632]],
        [[0.319627, 0.849633, -0.169261], [0.106241, 0.815969, 0.077790], [-0.007025, -0.028051, 1.035076]],
        [[0.259411, 0.923008, -0.182420], [0.110296, 0.804340, 0.085364], [-0.006276, -0.034346, 1.040622]],
        [[0.203876, 0.990338, -0.194214], [0.112975, 0.794542, 0.092483], [-0.005222, -0.041043, 1.046265]],
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    ]),
    "deutan": np.array([
        [[1.000000, 0.000000, -0.000000], [0.000000, 1.000000, 0.000000], [-0.000000, -0.000000, 1.000000]],
        [[0.866435, 0.177704, -0.044139], [0.049567, 0.939063, 0.011370], [-0.003453, 0.007233, 0.996220]],
        [[0.760729, 0.319078, -0.079807], [0.090568, 0.889315, 0.020117], [-0.006027, 0.013325, 0.992702]],
        [[0.675425, 0.433850, -0.109275], [0.125303, 0.847755, 0.026942], [-0.007950, 0.018572, 0.989378]],
        [[0.605511, 0.528560, -0.134071], [0.155318, 0.812366, 0.032316], [-0.009376, 0.023176, 0.986200]],
        [[0.547494, 0.607765, -0.155259], [0.181692, 0.781742, 0.036566], [-0.010410, 0.027275, 0.983136]],
        [[0.498864, 0.674741, -0.173604], [0.205199, 0.754872, 0.039929], [-0.011131, 0.030969, 0.980162]],
        [[0.457771, 0.731899, -0.189670], [0.226409, 0.731012, 0.042579], [-0.011595, 0.034333, 0.977261]],
        [[0.422823, 0.781057, -0.203881], [0.245752, 0.709602, 0.044646], [-0.011843, 0.037423, 0.974421]],
        [[0.392952, 0.823610, -0.216562], [0.263559, 0.690210, 0.046232], [-0.011910, 0.040281, 0.971630]],
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    ]),
    "tritan": np.array([
        [[1.000000, 0.000000, -0.000000], [0.000000, 1.000000, 0.000000], [-0.000000, -0.000000, 1.000000]],
        [[0.926670, 0.092514, -0.019184], [0.021191, 0.964503, 0.014306], [0.008437, 0.054813, 0.936750]],
        [[0.895720, 0.133330, -0.029050], [0.029997, 0.945400, 0.024603], [0.013027, 0.104707, 0.882266]],
        [[0.905871, 0.127791, -0.033662], [0.026856, 0.941251, 0.031893], [0.013410, 0.148296, 0.838294]],
        [[0.948035, 0.089490, -0.037526], [0.014364, 0.946792, 0.038844], [0.010853, 0.193991, 0.795156]],
        [[1.017277, 0.027029, -0.044306], [-0.006113, 0.958479, 0.047634], [0.006379, 0.248708, 0.744913]],
        [[1.104996, -0.046633, -0.058363], [-0.032137, 0.971635, 0.060503], [0.001336, 0.317922, 0.680742]],
        [[1.193214, -0.109812, -0.083402], [-0.058496, 0.979410, 0.079086], [-0.002346, 0.403492, 0.598854]],
        [[1.257728, -0.139648, -0.118081], [-0.078003, 0.975409, 0.102594], [-0.003316, 0.501214, 0.502102]],
        [[1.278864, -0.125333, -0.153531], [-0.084748, 0.957674, 0.127074], [-0.000989, 0.601151, 0.399838]],
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    ]),
}


def _check_kind(kind: str) -> None:
    if kind not in CVD_KINDS:
        raise ValueError(f"unknown colour-vision deficiency {kind!r}; "
                         f"expected one of {', '.join(CVD_KINDS)}")


def machado_matrix(kind: str, severity: float = 1.0) -> np.ndarray:
    """The 3x3 linear-RGB simulation matrix for ``kind`` at ``severity`` in [0, 1].

    Published rows are at 0.0, 0.1, ..., 1.0; in between, the two neighbouring
    matrices are blended linearly.
    """
    _check_kind(kind)
    s = float(severity)
    if not 0.0 <= s <= 1.0:  # also rejects NaN
        raise ValueError(f"severity must be in [0, 1], got {severity!r}")
    table = _MACHADO[kind]
    pos = s * 10.0
    lo = min(int(np.floor(pos + 1e-9)), 9)
    t = pos - lo
    if abs(t) < 1e-9:
        return table[lo].copy()
    return (1.0 - t) * table[lo] + t * table[lo + 1]


def _to_float_rgb(rgb) -> tuple[np.ndarray, bool]:
    a = np.asarray(rgb)
    if a.ndim == 0 or a.shape[-1] != 3:
        raise ValueError(f"expected an RGB array of shape (..., 3), got shape {a.shape}")
    if a.dtype == np.uint8:
        return a.astype(np.float64) / 255.0, True
    if a.dtype.kind not in "fiu":
        raise ValueError(f"expected uint8 or float RGB, got dtype {a.dtype}")
    return a.astype(np.float64), False


def _from_float_rgb(rgb: np.ndarray, as_uint8: bool) -> np.ndarray:
    rgb = np.clip(rgb, 0.0, 1.0)
    if as_uint8:
        return np.round(rgb * 255.0).astype(np.uint8)
    return rgb


def simulate_cvd(rgb, kind: str, severity: float = 1.0) -> np.ndarray:
    """How an sRGB image looks to a viewer with a colour-vision deficiency.

    Parameters
    ----------
    rgb : (..., 3) array
        sRGB colours: uint8 (0..255) or floats in [0, 1].  Any leading shape
        (one colour, a palette, an (H, W, 3) image).
    kind : {"protan", "deutan", "tritan"}
    severity : float in [0, 1]
        0 is normal vision (identity), 1 is dichromacy.

    Returns
    -------
    Same shape as ``rgb``: uint8 for uint8 input, else float64 sRGB in [0, 1].
    The input is not modified.
    """
    M = machado_matrix(kind, severity)
    f, as_uint8 = _to_float_rgb(rgb)
    lin = srgb_to_linear(f) @ M.T
    return _from_float_rgb(linear_to_srgb(np.clip(lin, 0.0, 1.0)), as_uint8)


def greyscale(rgb) -> np.ndarray:
    """Neutral sRGB grey with each colour's CIE L* (R = G = B exactly).

    uint8 in -> uint8 out, else float64 sRGB in [0, 1]; same shape as ``rgb``.
    """
    f, as_uint8 = _to_float_rgb(rgb)
    L = rgb_to_lab(f)[..., 0]
    kappa, eps = 24389 / 27, 216 / 24389
    Y = np.where(L > kappa * eps, ((L + 16.0) / 116.0) ** 3, L / kappa)
    grey = linear_to_srgb(np.clip(Y, 0.0, 1.0))
    return _from_float_rgb(np.repeat(grey[..., None], 3, axis=-1), as_uint8)


def min_adjacent_delta_e(palette_lab, pairs: Iterable[tuple[int, int]], kind: str | None,
                         *, severity: float = 1.0) -> float:
    """Smallest CIEDE2000 difference over adjacent colour pairs, as seen after simulation.

    Parameters
    ----------
    palette_lab : (N, 3) array
        Palette colours in CIELAB (D65); converted to sRGB (clipped to gamut).
    pairs : iterable of (i, j)
        Indices of colours that touch (e.g. faces sharing an edge).
    kind : {"protan", "deutan", "tritan", "greyscale"} or None
        The viewing condition; None compares the colours as they are.
    severity : float
        For the CVD kinds, as in :func:`simulate_cvd`.

    Returns
    -------
    float
        The minimum ΔE2000 over the pairs; ``inf`` when there are no pairs.
    """
    lab = np.asarray(palette_lab, dtype=np.float64)
    if lab.ndim != 2 or lab.shape[1] != 3:
        raise ValueError(f"palette_lab must have shape (N, 3), got {lab.shape}")
    if kind is not None and kind != "greyscale":
        _check_kind(kind)
    idx = np.asarray(list(pairs), dtype=np.int64)
    if idx.size == 0:
        return float("inf")
    if idx.ndim != 2 or idx.shape[1] != 2:
        raise ValueError("pairs must be (i, j) index pairs")
    if idx.min() < 0 or idx.max() >= len(lab):
        raise ValueError(f"pair index out of range for a palette of {len(lab)} colours")
    if kind is None:
        seen = lab
    elif kind == "greyscale":
        seen = rgb_to_lab(greyscale(lab_to_rgb(lab)))
    else:
        seen = rgb_to_lab(simulate_cvd(lab_to_rgb(lab), kind, severity))
    return float(np.min(delta_e_ciede2000(seen[idx[:, 0]], seen[idx[:, 1]])))
