"""The felts of a design: its distinct colours, the ground, and the pair cut together.

A design's copies may be counterchanged (variant 1 swaps two motif colours),
and the ground between copies may be one of the motif's colours or a colour
of its own.  Felt is bought and cut by *colour*, so every motif colour index
of every variant, and the ground, is mapped to one id per distinct colour.

In a shyrdak two felts are laid together and cut along one line; the pieces
are counterchanged between carpet A (the design as drawn) and carpet B.  The
pair cut together is the design's counterchange pair (``design.swap``, which
defaults to its two largest colours).  Pieces of the pair are lettered A and
B -- A for the colour with the smaller area in the design (the pattern), B
for the other (the ground) -- and any further colours C, D, ...
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.colour import rgb_to_hex
from ...design.spec import Design

__all__ = ["FeltColours", "felt_colours"]


@dataclass(frozen=True, eq=False)
class FeltColours:
    """``rgb`` (n, 3) uint8 and ``names`` of the distinct colours; ``perm[v][c]``
    the colour id of motif colour *c* in copy variant *v*; ``ground`` the id of
    the background; ``pair`` the two ids cut together (A first) or ();
    ``letters`` the piece letter of each id."""
    rgb: np.ndarray
    names: tuple
    perm: np.ndarray
    ground: int
    pair: tuple
    letters: tuple

    def __len__(self) -> int:
        return len(self.rgb)

    def hex(self, i: int) -> str:
        return rgb_to_hex(tuple(int(v) for v in self.rgb[i]))

    def swapped(self) -> np.ndarray:
        """Colour id in carpet B of each colour id of carpet A (the pair exchanged)."""
        out = np.arange(len(self))
        if self.pair:
            a, b = self.pair
            out[a], out[b] = b, a
        return out


def _name(swatch) -> str:
    return swatch.name if swatch.name and swatch.name.lower() != swatch.hex.lower() else swatch.hex


def felt_colours(design: Design, areas: Optional[np.ndarray] = None) -> FeltColours:
    """The colours of *design*; *areas* (mm² per colour id, as in the design) order the
    pair and pick it when the design has no counterchange pair.

    The ids do not depend on *areas*, so a first call without them gives the ids
    to measure the areas by (its pair is then unordered).
    """
    base = np.asarray(design.palettes[0], np.uint8).reshape(-1, 3)
    palettes = [np.asarray(p, np.uint8).reshape(-1, 3) for p in design.palettes]
    swatches = design.motif.palette.swatches
    ids: dict = {}
    rgb, names = [], []
    for c, row in enumerate(base):
        key = tuple(int(v) for v in row)
        if key not in ids:
            ids[key] = len(rgb)
            rgb.append(key)
            names.append(_name(swatches[c]) if c < len(swatches) else rgb_to_hex(key))
    perm = np.array([[ids.get(tuple(int(v) for v in row), 0) for row in p] for p in palettes],
                    dtype=np.int64).reshape(len(palettes), -1)
    bg = tuple(int(v) for v in design.background)
    if bg not in ids:
        ids[bg] = len(rgb)
        rgb.append(bg)
        names.append(f"ground {rgb_to_hex(bg)}")
    ground = ids[bg]
    n = len(rgb)
    if areas is None:
        by_id = np.zeros(n)                    # no areas yet: the ids are what is wanted
    else:
        by_id = np.asarray(areas, float)
        if by_id.shape != (n,):
            raise ValueError(f"areas: expected one per colour ({n}), got {by_id.shape}")
    pair: tuple = ()
    if len(design.swap) == 2 and perm[0][design.swap[0]] != perm[0][design.swap[1]]:
        pair = (int(perm[0][design.swap[0]]), int(perm[0][design.swap[1]]))
    elif n >= 2:
        order = np.argsort(-by_id, kind="stable")
        pair = (int(order[0]), int(order[1]))
    if pair and by_id[pair[0]] > by_id[pair[1]]:
        pair = (pair[1], pair[0])              # A: the smaller (the pattern), B: the ground
    letters = [""] * n
    rest = iter(string.ascii_uppercase[2:] + string.ascii_lowercase)
    for i in range(n):
        if pair and i == pair[0]:
            letters[i] = "A"
        elif pair and i == pair[1]:
            letters[i] = "B"
        else:
            letters[i] = next(rest)
    return FeltColours(rgb=np.array(rgb, np.uint8).reshape(-1, 3), names=tuple(names),
                       perm=perm, ground=int(ground), pair=pair, letters=tuple(letters))
