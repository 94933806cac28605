"""Colour harmonies in CIE LCh(ab), kept inside the sRGB gamut with true hues.

A harmony rotates the hue of a base colour by fixed offsets at the base's
lightness and chroma (or, for ``"monochromatic"``, walks a lightness ladder at
the base's hue).  Every generated colour is then brought into the sRGB gamut
by *reducing chroma at constant L and h* (vectorised bisection), never by
clipping RGB, so a generated "blue-green" stays blue-green.

Kinds and their hue offsets (degrees, relative to the base hue), in output
order:

=======================  =====  ==========================================
kind                     K      offsets
=======================  =====  ==========================================
``complementary``        2      0, 180
``analogous``            n (3)  ``(k - (n - 1) / 2) * spread``, k = 0..n-1
                                (centred on the base: for odd n the base is
                                the middle colour)
``triadic``              3      0, 120, 240
``split-complementary``  3      0, 180 - spread, 180 + spread
``tetradic``             4      0, 90, 180, 270 (the classic *square*
                                scheme; ``spread`` is not used)
``monochromatic``        n (5)  0 for all; lightness ladder, see below
=======================  =====  ==========================================

``monochromatic``: the n lightnesses are evenly spaced over
``[MONO_L_MIN, MONO_L_MAX]``, dark to light, and the rung nearest the base's
lightness is set to the base lightness exactly (so the base is in the
palette).  All rungs ask for the base chroma; gamut mapping then lowers the
chroma of the very dark and very light rungs as the gamut requires, which
gives the chroma half of the ladder.

``locked``: a list of ``(index, lab)``.  The harmony is generated as usual,
then the colour at each locked index is *replaced by the given Lab exactly*
(no gamut mapping, no rounding).  If ``base_lab`` is None the base is
reconstructed from the first locked colour: its L and C, and its hue minus
the hue offset of its index (so locking a red at index 1 of a triadic puts the
base 120 degrees before that red).  For ``monochromatic`` the base is the
locked colour itself.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# The sRGB <-> XYZ constants of the core colour module: gamut tests need RGB
# *before* clipping, which ``lab_to_rgb`` does not expose.
from ..core.colour import _M_XYZ2RGB, _WHITE_D65

__all__ = ["KINDS", "MONO_L_MIN", "MONO_L_MAX", "lab_to_lch", "lch_to_lab",
           "lab_to_linear_rgb_unclipped", "in_srgb_gamut", "gamut_map_lch", "harmony"]

KINDS = ("complementary", "analogous", "triadic", "split-complementary", "tetradic",
         "monochromatic")
_DEFAULT_N = {"complementary": 2, "analogous": 3, "triadic": 3, "split-complementary": 3,
              "tetradic": 4, "monochromatic": 5}
_FIXED_N = {"complementary", "triadic", "split-complementary", "tetradic"}
MONO_L_MIN = 20.0
MONO_L_MAX = 92.0
_BISECT_STEPS = 40  # chroma range <= ~200 -> resolution ~2e-10


def lab_to_lch(lab) -> np.ndarray:
    """CIELAB (..., 3) -> CIE LCh(ab) (..., 3), hue in degrees in [0, 360).

    >>> lab_to_lch([50.0, 0.0, 10.0]).round(6).tolist()
    [50.0, 10.0, 90.0]
    """
    lab = np.asarray(lab, dtype=np.float64)
    C = np.hypot(lab[..., 1], lab[..., 2])
    h = np.degrees(np.arctan2(lab[..., 2], lab[..., 1])) % 360.0
    return np.stack([lab[..., 0], C, h], axis=-1)


def lch_to_lab(lch) -> np.ndarray:
    """CIE LCh(ab) (..., 3), hue in degrees -> CIELAB (..., 3)."""
    lch = np.asarray(lch, dtype=np.float64)
    hr = np.radians(lch[..., 2])
    return np.stack([lch[..., 0], lch[..., 1] * np.cos(hr), lch[..., 1] * np.sin(hr)], axis=-1)


def lab_to_linear_rgb_unclipped(lab) -> np.ndarray:
    """CIELAB D65 (..., 3) -> linear sRGB (..., 3) *without* clipping (may leave [0, 1])."""
    lab = np.asarray(lab, dtype=np.float64)
    eps, kappa = 216 / 24389, 24389 / 27
    fy = (lab[..., 0] + 16) / 116
    f = np.stack([fy + lab[..., 1] / 500, fy, fy - lab[..., 2] / 200], axis=-1)
    xyz = np.where(f ** 3 > eps, f ** 3, (116 * f - 16) / kappa)
    xyz[..., 1] = np.where(lab[..., 0] > kappa * eps, fy ** 3, lab[..., 0] / kappa)
    return (xyz * _WHITE_D65) @ _M_XYZ2RGB.T


def in_srgb_gamut(lab, *, tol: float = 0.0) -> np.ndarray:
    """Boolean (...,): does each Lab colour lie inside the sRGB cube (within ``tol``)?"""
    lin = lab_to_linear_rgb_unclipped(lab)
    return np.all((lin >= -tol) & (lin <= 1.0 + tol), axis=-1)


def _lightest_in_gamut_grey() -> float:
    """Largest L* whose neutral grey is inside the cube.

    Slightly below 100: the core's D65 white (0.95047, 1, 1.08883) and the row
    sums of its sRGB matrix differ in the 5th decimal, so Lab white maps to
    linear blue 1.00008.
    """
    lo, hi = 99.0, 100.0
    for _ in range(50):
        mid = 0.5 * (lo + hi)
        if in_srgb_gamut([mid, 0.0, 0.0]):
            lo = mid
        else:
            hi = mid
    return lo


_L_WHITE = _lightest_in_gamut_grey()


def gamut_map_lch(lch) -> np.ndarray:
    """Bring LCh colours (..., 3) into sRGB by lowering chroma at constant L and h.

    L is first limited to [0, L_white] (L_white ~ 99.99, the lightest grey that
    the core's conversion keeps in gamut; see ``_lightest_in_gamut_grey``); colours already in gamut are returned
    unchanged; the others get the largest in-gamut chroma below their own,
    found by bisection (vectorised over all colours at once).
    """
    lch = np.array(lch, dtype=np.float64)  # copy
    lch[..., 0] = np.clip(lch[..., 0], 0.0, _L_WHITE)
    lch[..., 1] = np.maximum(lch[..., 1], 0.0)
    L, C, h = lch[..., 0], lch[..., 1], lch[..., 2]
    ok = in_srgb_gamut(lch_to_lab(lch))
    lo = np.zeros_like(C)  # grey at L in [0, L_white]: in gamut
    hi = C.copy()
    for _ in range(_BISECT_STEPS):
        mid = 0.5 * (lo + hi)
        good = in_srgb_gamut(lch_to_lab(np.stack([L, mid, h], axis=-1)))
        lo = np.where(good, mid, lo)
        hi = np.where(good, hi, mid)
    lch[..., 1] = np.where(ok, C, lo)
    return lch


def _offsets(kind: str, n: int, spread: float) -> np.ndarray:
    if kind == "complementary":
        return np.array([0.0, 180.0])
    if kind == "analogous":
        return (np.arange(n) - (n - 1) / 2.0) * spread
    if kind == "triadic":
        return np.array([0.0, 120.0, 240.0])
    if kind == "split-complementary":
        return np.array([0.0, 180.0 - spread, 180.0 + spread])
    if kind == "tetradic":
        return np.array([0.0, 90.0, 180.0, 270.0])
    return np.zeros(n)  # monochromatic


def _check_lab(value, what: str) -> np.ndarray:
    lab = np.asarray(value, dtype=np.float64)
    if lab.shape != (3,) or not np.all(np.isfinite(lab)):
        raise ValueError(f"{what} must be one finite Lab colour (L, a, b), got {value!r}")
    return lab


def harmony(base_lab, kind: str, *, n: int | None = None, spread: float = 30.0,
            locked: Sequence[tuple[int, object]] | None = None) -> np.ndarray:
    """A colour harmony around ``base_lab``, as a (K, 3) float array of CIELAB colours.

    Parameters
    ----------
    base_lab : (3,) array-like or None
        The base colour in CIELAB (D65).  May be None when ``locked`` is given.
    kind : str
        One of :data:`KINDS` (see the module docstring for the hue offsets).
    n : int, optional
        Number of colours for ``"analogous"`` (default 3) and
        ``"monochromatic"`` (default 5); at least 2.  For the fixed-size kinds
        it must be None or equal to their size.
    spread : float
        Hue step in degrees for ``"analogous"``, and the split angle for
        ``"split-complementary"`` (colours at 180 +/- spread).
    locked : list of (index, lab), optional
        Colours that must stay exactly as given at those indices; the others
        are generated.

    Returns
    -------
    (K, 3) ndarray of float64 Lab colours; generated ones are inside the
    sRGB gamut with the hue asked for, locked ones are as given.

    Examples
    --------
    >>> pal = harmony([55.0, 60.0, 40.0], "complementary")
    >>> pal.shape
    (2, 3)
    >>> h = lab_to_lch(pal)[:, 2]
    >>> round(float((h[1] - h[0]) % 360), 6)
    180.0
    """
    if kind not in KINDS:
        raise ValueError(f"unknown harmony kind {kind!r}; expected one of {', '.join(KINDS)}")
    if n is not None and (isinstance(n, bool) or not isinstance(n, (int, np.integer))):
        raise ValueError(f"n must be an integer, got {n!r}")
    if kind in _FIXED_N:
        if n is not None and n != _DEFAULT_N[kind]:
            raise ValueError(f"{kind} harmony always has {_DEFAULT_N[kind]} colours; got n={n}")
        count = _DEFAULT_N[kind]
    else:
        count = _DEFAULT_N[kind] if n is None else int(n)
        if count < 2:
            raise ValueError(f"n must be at least 2 for a {kind} harmony, got {n}")
    spread = float(spread)
    if not np.isfinite(spread):
        raise ValueError(f"spread must be a finite number of degrees, got {spread!r}")

    offsets = _offsets(kind, count, spread)

    locks: dict[int, np.ndarray] = {}
    for item in locked or ():
        try:
            index, lab = item
        except (TypeError, ValueError):
            raise ValueError(f"locked entries must be (index, lab) pairs, got {item!r}") from None
        if isinstance(index, bool) or not isinstance(index, (int, np.integer)):
            raise ValueError(f"locked index must be an integer, got {index!r}")
        index = int(index)
        if not 0 <= index < count:
            raise ValueError(f"locked index {index} out of range for {count} colours")
        if index in locks:
            raise ValueError(f"locked index {index} given twice")
        locks[index] = _check_lab(lab, f"locked colour at index {index}")

    if base_lab is None:
        if not locks:
            raise ValueError("give base_lab or at least one locked colour")
        first_index, first_lab = next(iter(locks.items()))
        L0, C0, h0 = lab_to_lch(first_lab)
        base_lch = np.array([L0, C0, (h0 - offsets[first_index]) % 360.0])
    else:
        base_lch = lab_to_lch(_check_lab(base_lab, "base_lab"))

    L0, C0, h0 = base_lch
    if kind == "monochromatic":
        Ls = np.linspace(MONO_L_MIN, MONO_L_MAX, count)
        Ls[int(np.argmin(np.abs(Ls - L0)))] = L0
    else:
        Ls = np.full(count, L0)
    lch = np.stack([Ls, np.full(count, C0), (h0 + offsets) % 360.0], axis=-1)
    out = lch_to_lab(gamut_map_lch(lch))
    for index, lab in locks.items():
        out[index] = lab
    return out
