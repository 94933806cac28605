"""A Euclidean distance transform capped at a given distance, in whole-array numpy.

The felt checks only need distances up to a few centimetres (half the
narrowest width, three times that for a thin strip, a label's size), and a
capped transform is several times faster than a full one on the multi-
megapixel rasters of a rug: a vertical pass finds each pixel's distance to
the nearest feature in its column (two running maxima), then a horizontal
pass takes the least ``dx² + column distance²`` over the offsets within the
cap.  Distances up to the cap are exact (any feature that near lies within
the cap horizontally too); farther ones are reported as the cap.  The
horizontal pass costs one array operation per pixel of the cap, so for a cap
of many pixels (a small design analysed finely) scipy's exact transform is
used instead.
"""
from __future__ import annotations

import numpy as np

__all__ = ["capped_distance"]

#: beyond this many pixels of cap, a full transform is cheaper
_MAX_SHIFTS = 16


def capped_distance(feature: np.ndarray, pitch, cap: float) -> np.ndarray:
    """Distance (mm) from every pixel centre to the nearest *feature* pixel centre,
    at most *cap* mm.  *pitch* is the pixel size (px, py) in mm.

    >>> import numpy as np
    >>> f = np.zeros((1, 6), bool); f[0, 0] = True
    >>> capped_distance(f, (1.0, 1.0), 3.0).tolist()
    [[0.0, 1.0, 2.0, 3.0, 3.0, 3.0]]
    """
    px, py = (float(v) for v in pitch)
    cap = float(cap)
    ny, nx = feature.shape
    if not feature.any():
        return np.full(feature.shape, cap, np.float32)
    if cap / px > _MAX_SHIFTS:
        from scipy import ndimage
        d = ndimage.distance_transform_edt(~feature, sampling=(py, px)).astype(np.float32)
        return np.minimum(d, np.float32(cap), out=d)
    big = np.int32(2 ** 30)
    rows = np.arange(ny, dtype=np.int32)[:, None]
    above = np.where(feature, rows, -big)
    np.maximum.accumulate(above, axis=0, out=above)
    below = np.where(feature, rows, big)[::-1]
    np.minimum.accumulate(below, axis=0, out=below)
    below = below[::-1]
    steps = np.minimum(rows - above, below - rows)
    g = np.minimum(steps.astype(np.float32) * np.float32(py), np.float32(cap))
    best = g * g
    g2 = best.copy()
    for k in range(1, min(nx, int(cap / px) + 1)):
        off = np.float32((k * px) ** 2)
        np.minimum(best[:, k:], g2[:, :-k] + off, out=best[:, k:])
        np.minimum(best[:, :-k], g2[:, k:] + off, out=best[:, :-k])
    np.minimum(best, np.float32(cap * cap), out=best)
    return np.sqrt(best)
