"""Measured swatches: real threads or felts photographed beside a reference patch.

A phone photo of yarns, threads or felt pieces lying next to a white card (or
an 18 % grey card) becomes a user palette.  The card tells us two things the
camera got wrong: the colour of the light (white balance) and the exposure.

How
---
1. Each box ``(x, y, w, h)`` is read without its outer 20 % on every side
   (fibre edges, shadows, the background and a sloppy box stay out), and
   reduced to one linear-light RGB colour by the **interquartile mean** of
   each channel: robust to specks, glints and dark gaps between threads, yet
   smoother than a median on 8-bit data.
2. The reference must be neither clipped (more than 10 % of its pixels at
   full scale in a channel) nor too dark (camera luminance under 2 %).
3. The colours go to CIE XYZ and are **chromatically adapted** so that the
   measured reference lands exactly on its known colour: a von Kries-type
   scaling in the Bradford cone space (default), in the von Kries
   (Hunt–Pointer–Estévez) space, or plainly per channel of linear sRGB
   (``adaptation="rgb"``).  The scaling ratio is taken between the
   *unnormalised* XYZ of the measured and the known reference, so the same
   step also corrects exposure: the reference reaches its known luminance.
   colormath2 does the conversions and the adaptation (a few colours, so
   clarity beats vectorising).

Which adaptation?  A cast that is a per-channel gain in linear sRGB is undone
exactly by ``"rgb"``; one from a change of light is modelled better by
``"bradford"`` (the ICC's choice).  For moderate casts they agree within about
1 ΔE2000; for strong ones (tungsten light, phone white balance far off) they
can differ by several ΔE2000 on saturated colours, and neither is exact for a
real camera, whose own white balance happens in its sensor's RGB.  No method
can recover what a camera's tone curve or clipping threw away.

Each swatch's ``lab`` is the measured colour (CIELAB D65, possibly outside
sRGB); ``rgb`` is the nearest displayable sRGB colour (clipped), which is what
palette files store.
"""
from __future__ import annotations

import datetime as _dt
import math
from typing import Mapping, Optional, Union

import numpy as np
from colormath2.chromatic_adaptation import apply_chromatic_adaptation
from colormath2.color_conversions import convert_color
from colormath2.color_objects import LabColor, XYZColor, sRGBColor

from ..core.colour import srgb_to_linear
from ..core.document import Palette, Swatch

__all__ = ["REFERENCES", "ADAPTATIONS", "measure_swatches"]

#: Known colours (CIELAB D65) of the named references.  "white": a matt white
#: card or paper, taken as L* 95 and neutral (give the card's measured L*a*b*
#: when known: papers differ by a few L* and optical brighteners turn them
#: bluish).  "grey18": an 18 % grey card, Y = 0.18, so L* = 116 * 0.18^(1/3) - 16.
REFERENCES = {"white": (95.0, 0.0, 0.0), "grey18": (49.496, 0.0, 0.0)}
#: Spaces in which the white balance is a per-channel scaling.
ADAPTATIONS = ("bradford", "von_kries", "rgb")

Box = tuple[int, int, int, int]

_MARGIN = 0.2          # share of each side left out of a box
_TRIM = 0.25           # interquartile mean: drop the lowest and highest quarter
_CLIPPED_SHARE = 0.10  # more pixels than this at full scale in a channel = clipped
_MIN_REF_Y = 0.02      # camera luminance (linear) of a usable reference
_MIN_REF_CHANNEL = 0.004  # below this a channel is noise: its gain would be a guess


def measure_swatches(image: np.ndarray, reference_box, swatch_boxes: Mapping[str, object], *,
                     reference: Union[str, tuple] = "white", adaptation: str = "bradford",
                     source: str = "photo", date: Union[None, str, _dt.date] = None) -> Palette:
    """Measure the colours of patches in a photo, white-balanced by a reference patch.

    Parameters
    ----------
    image : (H, W, 3) uint8 or uint16 array
        The photo in sRGB (as :func:`~motifstudio.imaging.load.load_image`
        returns it: EXIF rotation applied, so boxes are in the pixels of the
        image as it is displayed).
    reference_box : (x, y, w, h)
        The white or grey reference patch, in pixels (x, y = top-left corner).
    swatch_boxes : mapping of name -> (x, y, w, h)
        The patches to measure; the palette keeps this order.
    reference : ``"white"``, ``"grey18"`` or (L, a, b), keyword-only
        The reference's true colour (see :data:`REFERENCES`); an (L, a, b)
        tuple is a measured card (CIELAB D65, L* from 10 to 100).
    adaptation : ``"bradford"``, ``"von_kries"`` or ``"rgb"``, keyword-only
        Where the white balance is applied (see the module notes).
    source : str, keyword-only
        What the photo is called (e.g. its file name).
    date : str or datetime.date, optional
        When it was measured; default today.

    Returns
    -------
    Palette
        Named ``"Measured from <source>"``; each swatch with its name, its
        measured ``lab``, the nearest sRGB ``rgb`` and the source
        ``"measured <date> from <source>"``.

    Raises
    ------
    ValueError
        A box that is not four whole numbers, is empty or reaches outside
        the image; no swatch boxes; a clipped
        (overexposed) or too dark reference; a clipped swatch; an unknown
        reference or adaptation.

    Examples
    --------
    >>> img = np.full((60, 90, 3), 200, np.uint8); img[:, 30:60] = (90, 40, 40)
    >>> p = measure_swatches(img, (0, 0, 30, 60), {"madder": (30, 0, 30, 60)},
    ...                      source="test.jpg", date="2026-11-27")
    >>> p[0].name, p[0].source, p[0].hex
    ('madder', 'measured 2026-11-27 from test.jpg', '#6e3232')
    """
    img = _check_image(image)
    known_lab = _reference_lab(reference)
    if adaptation not in ADAPTATIONS:
        raise ValueError(f"adaptation must be one of {', '.join(ADAPTATIONS)}, got {adaptation!r}")
    if not isinstance(swatch_boxes, Mapping) or not swatch_boxes:
        raise ValueError("no swatch boxes to measure")
    when = _date_text(date)

    ref_lin = _patch_colour(img, reference_box, "the reference box", check_dark=True)
    measured = []
    for name, box in swatch_boxes.items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"swatch names must be non-empty text, got {name!r}")
        measured.append((name.strip(), _patch_colour(img, box, f"swatch {name.strip()!r}")))

    ref_xyz = _xyz(ref_lin)
    known_xyz = convert_color(LabColor(*known_lab, illuminant="d65"), XYZColor,
                              target_illuminant="d65").get_value_tuple()
    if adaptation == "rgb":
        known_lin = _linear_of(known_xyz)
        if min(known_lin) <= 0:
            raise ValueError(f"reference {reference!r} lies outside sRGB; use another "
                             f"adaptation than 'rgb'")
        gains = [k / m for k, m in zip(known_lin, ref_lin)]
    label = f"measured {when} from {source}"
    swatches = []
    for name, lin in measured:
        if adaptation == "rgb":
            xyz = _xyz([v * g for v, g in zip(lin, gains)])
        else:
            # The ratio of unnormalised whites also carries the exposure correction.
            xyz = apply_chromatic_adaptation(*_xyz(lin), orig_illum=ref_xyz,
                                             targ_illum=known_xyz, adaptation=adaptation)
        colour = XYZColor(*xyz, illuminant="d65")
        lab = convert_color(colour, LabColor, target_illuminant="d65").get_value_tuple()
        rgb = convert_color(colour, sRGBColor).get_upscaled_value_tuple()  # clamped
        swatches.append(Swatch(name=name, rgb=tuple(int(v) for v in rgb),
                               lab=tuple(round(float(v), 4) for v in lab), source=label))
    return Palette(swatches=tuple(swatches), name=f"Measured from {source}")


# --------------------------------------------------------------------------- helpers

def _check_image(image) -> np.ndarray:
    img = np.asarray(image)
    if img.ndim != 3 or img.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) RGB image, got shape {img.shape}")
    if img.dtype not in (np.uint8, np.uint16):
        raise ValueError(f"expected uint8 or uint16 pixels, got {img.dtype}")
    return img


def _reference_lab(reference) -> tuple[float, float, float]:
    if isinstance(reference, str):
        if reference not in REFERENCES:
            raise ValueError(f"reference must be one of {', '.join(REFERENCES)} or (L, a, b), "
                             f"got {reference!r}")
        return REFERENCES[reference]
    try:
        L, a, b = (float(v) for v in reference)
    except (TypeError, ValueError):
        raise ValueError(f"reference must be one of {', '.join(REFERENCES)} or (L, a, b), "
                         f"got {reference!r}") from None
    if not all(math.isfinite(v) for v in (L, a, b)) or not 10.0 <= L <= 100.0:
        raise ValueError(f"reference (L, a, b) needs finite values and L* from 10 to 100, "
                         f"got {reference!r}")
    return L, a, b


def _date_text(date) -> str:
    if date is None:
        return _dt.date.today().isoformat()
    if isinstance(date, _dt.date):
        return date.isoformat()[:10]
    if isinstance(date, str) and date.strip():
        return date.strip()
    raise ValueError(f"date must be a datetime.date or non-empty text, got {date!r}")


def _box(box, label: str, width: int, height: int) -> Box:
    try:
        vals = [float(v) for v in box]
    except (TypeError, ValueError):
        vals = []
    if len(vals) != 4 or not all(math.isfinite(v) and v == int(v) for v in vals):
        raise ValueError(f"{label} must be four whole numbers x, y, w, h; got {box!r}")
    x, y, w, h = (int(v) for v in vals)
    if w <= 0 or h <= 0:
        raise ValueError(f"{label} ({x}, {y}, {w}, {h}) is empty: width and height must be "
                         f"positive")
    if x < 0 or y < 0 or x + w > width or y + h > height:
        raise ValueError(f"{label} ({x}, {y}, {w}, {h}) reaches outside the "
                         f"{width} × {height} image")
    return x, y, w, h


def _patch_colour(img: np.ndarray, box, label: str, *, check_dark: bool = False) -> list[float]:
    """Interquartile mean, per channel in linear light, of the centre of a box."""
    height, width = img.shape[:2]
    x, y, w, h = _box(box, label, width, height)
    mx, my = int(w * _MARGIN), int(h * _MARGIN)
    # never empty: int(0.2 * w) < w / 2 for every w >= 1
    centre = img[y + my:y + h - my, x + mx:x + w - mx].reshape(-1, 3)
    full = np.iinfo(img.dtype).max
    # 254 and up: JPEG rounding leaves a clipped 255 as 254 now and then.
    clipped = (centre >= full - full // 255).mean(axis=0)
    worst = int(np.argmax(clipped))
    if clipped[worst] > _CLIPPED_SHARE:
        raise ValueError(f"{label} is overexposed: {clipped[worst]:.0%} of its pixels are "
                         f"clipped in the {'RGB'[worst]} channel; take the photo darker "
                         f"or move the box")
    lin = np.sort(srgb_to_linear(centre).astype(np.float64), axis=0)
    k = int(lin.shape[0] * _TRIM)
    mean = lin[k:lin.shape[0] - k].mean(axis=0)
    if check_dark:
        lum = float(mean @ np.array([0.212671, 0.715160, 0.072169]))
        if lum < _MIN_REF_Y or mean.min() < _MIN_REF_CHANNEL:
            raise ValueError(f"{label} is too dark to balance by (camera luminance "
                             f"{lum:.1%}, weakest channel {mean.min():.2%}); light the "
                             f"card better or check the box")
    return [float(v) for v in mean]


def _xyz(linear_rgb) -> tuple[float, float, float]:
    """Linear sRGB -> XYZ D65 via colormath2, which takes gamma-encoded values.

    Encoded here rather than with ``core.colour.linear_to_srgb``, which clips
    to [0, 1]: a white-balanced swatch may be brighter than display white,
    and colormath2 decodes values above 1 exactly.
    """
    v = np.maximum(np.asarray(linear_rgb, dtype=np.float64), 0.0)
    encoded = np.where(v <= 0.0031308, 12.92 * v, 1.055 * np.power(v, 1 / 2.4) - 0.055)
    colour = convert_color(sRGBColor(*encoded), XYZColor, target_illuminant="d65")
    return colour.get_value_tuple()


def _linear_of(xyz) -> list[float]:
    rgb = convert_color(XYZColor(*xyz, illuminant="d65"), sRGBColor)
    return [float(v) for v in srgb_to_linear(np.array(rgb.get_value_tuple()))]
