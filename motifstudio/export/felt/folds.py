"""Symmetry fold lines: does the design mirror itself about its centre lines?

Felt makers fold a symmetric design to cut both halves at once (or to check a
drawing), so the template marks the vertical and horizontal centre lines
when the design is a mirror image across them.  What must mirror is the cut,
not the colouring: a counterchanged design whose pair swaps across the fold
cuts the same, so the mirrored colour map is compared as it is and with the
pair exchanged.  Pixels next to a colour change are left out (a boundary
that falls between pixel centres may round either way); any other
difference, beyond a few stray pixels, means no fold.
"""
from __future__ import annotations

import numpy as np

from .colourmap import ColourMap
from .colours import FeltColours

__all__ = ["mirror_folds"]

#: differing pixels away from any boundary allowed, as a share of the design
_STRAY = 2e-4


def _mirrors(colour: np.ndarray, near: np.ndarray, axis: int, swap: np.ndarray) -> bool:
    flipped = np.flip(colour, axis)
    skip = near | np.flip(near, axis)
    limit = max(2, int(_STRAY * colour.size))
    for target in (flipped, swap[flipped]):
        if int(np.count_nonzero((colour != target) & ~skip)) <= limit:
            return True
    return False


def mirror_folds(cm: ColourMap, colours: FeltColours) -> tuple:
    """``(vertical, horizontal)``: whether the design mirrors across its vertical
    centre line (left <-> right) and across its horizontal one (top <-> bottom)."""
    from scipy import ndimage

    c = cm.colour
    change = np.zeros(c.shape, bool)          # colour changes only: the design's edge is none
    change[:, :-1] |= c[:, :-1] != c[:, 1:]
    change[:, 1:] |= c[:, :-1] != c[:, 1:]
    change[:-1] |= c[:-1] != c[1:]
    change[1:] |= c[:-1] != c[1:]
    near = ndimage.binary_dilation(change, iterations=1)
    swap = colours.swapped()
    return (_mirrors(cm.colour, near, 1, swap), _mirrors(cm.colour, near, 0, swap))
