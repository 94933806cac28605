"""A palette from any image: the colours a photo, painting or scan is made of.

The image is subsampled (every *s*-th pixel in both directions, so no new
in-between colours are made) to at most :data:`MAX_PIXELS`, converted to
CIELAB, and clustered exactly as :func:`~motifstudio.imaging.segment.segment`
clusters colours (k-means over-clustering, then merging close clusters and
dissolving blur blends, see :func:`~motifstudio.imaging.palette_walk.cluster_and_walk`).
The automatic number of colours is therefore the one tracing would suggest:
clusters less than about 12 ΔE2000 apart (or a few times the image's noise)
count as one colour, and colours under 0.3 % of the pixels are not counted.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from ..core.colour import lab_to_rgb, rgb_to_lab
from ..core.document import Palette, Swatch
from .palette_walk import cluster_and_walk

__all__ = ["MAX_PIXELS", "extract_palette"]

#: Pixels looked at, at most (a 12 MP photo is read every 8th pixel each way).
MAX_PIXELS = 200_000


def extract_palette(image: np.ndarray, n: Optional[int] = None, *, max_colours: int = 12,
                    name: str = "image") -> Palette:
    """The main colours of an image, as a palette sorted dark to light.

    Parameters
    ----------
    image : (H, W, 3) uint8 or uint16 array (or float in [0, 1])
        sRGB pixels, e.g. ``load_image(path).rgb``.  Not modified.
    n : int, optional
        Number of colours; ``None`` chooses it (see the module notes).  Fewer
        are returned when the image has fewer distinct colours.
    max_colours : int, keyword-only
        Upper bound of the automatic choice (ignored when *n* is given).
    name : str, keyword-only
        What the image is called; swatches get the source
        ``"extracted from <name>"``.

    Returns
    -------
    Palette
        Named ``"Extracted from <name>"``; swatches named by their hex value,
        sorted by lightness (L*), darkest first.  The same image always gives
        the same palette.

    Raises
    ------
    ValueError
        Not an (H, W, 3) image, an empty one, float values outside [0, 1], or
        *n* / *max_colours* not a positive integer.

    Examples
    --------
    >>> img = np.zeros((40, 40, 3), np.uint8); img[:, 20:] = (200, 30, 40)
    >>> [s.hex for s in extract_palette(img, name="test").swatches]
    ['#000000', '#c81e28']
    """
    img = _check_image(image)
    for label, value in (("n", n), ("max_colours", max_colours)):
        if value is None and label == "n":
            continue
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{label} must be a positive integer, got {value!r}")
    h, w, _ = img.shape
    step = max(1, math.ceil(math.sqrt(h * w / MAX_PIXELS)))
    lab = rgb_to_lab(img[::step, ::step])
    max_auto = int(max_colours if n is None else max(max_colours, n))
    _, clusters = cluster_and_walk(lab, n_target=None if n is None else int(n),
                                   max_colors=max_auto)

    rgb = np.round(lab_to_rgb(clusters.centres) * 255.0).astype(np.uint8)
    # Two centres closer than 8-bit rounding would make twin swatches: keep one.
    rgb = np.unique(rgb, axis=0)
    source = f"extracted from {name}"
    swatches = [Swatch.from_rgb(c, source=source) for c in rgb]
    swatches.sort(key=lambda s: (s.lab[0], s.lab[1], s.lab[2]))
    return Palette(swatches=tuple(swatches), name=f"Extracted from {name}")


def _check_image(image) -> np.ndarray:
    img = np.asarray(image)
    if img.ndim != 3 or img.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) RGB image, got shape {img.shape}")
    if img.shape[0] == 0 or img.shape[1] == 0:
        raise ValueError("the image is empty")
    if img.dtype.kind == "f":
        if not np.isfinite(img).all() or img.min() < 0 or img.max() > 1:
            raise ValueError("a float image must hold finite values in [0, 1]")
    elif img.dtype not in (np.uint8, np.uint16):
        raise ValueError(f"expected uint8, uint16 or float pixels, got {img.dtype}")
    return img
