"""Coloured drawings of a design built from motif symbols: the carpet A / carpet B
thumbnails of the cut template, and the colour zones of the laying map.

The motif's faces are drawn once per colouring as a :class:`Symbol` (one
filled path per colour, exact curves) and every copy is a :class:`Use` with
its matrix and clips, so even a rug of thousands of copies stays small.
"""
from __future__ import annotations

import numpy as np

from ...core.svgpath import face_paths
from ...design.spec import Design
from ..sheet import PathItem, Symbol, TextItem, Use, polygon_d
from .colours import FeltColours

__all__ = ["fill_symbol", "placed_uses", "carpet_previews", "affine"]


def affine(scale=(1.0, 1.0), offset=(0.0, 0.0)) -> np.ndarray:
    return np.array([[scale[0], 0.0, offset[0]], [0.0, scale[1], offset[1]], [0.0, 0.0, 1.0]])


def fill_symbol(design: Design, sid: str, rgb_of_colour: np.ndarray, paths=None) -> Symbol:
    """The motif's faces filled with ``rgb_of_colour[motif colour]``, in motif mm."""
    motif = design.motif
    pm = motif.planar_map
    if paths is None:
        paths = face_paths(pm, scale=motif.mm_per_px, decimals=3)
    fc = np.asarray(pm.face_colour)
    groups: dict = {}
    for f in range(pm.n_faces):
        if paths[f]:
            groups.setdefault(tuple(int(v) for v in rgb_of_colour[fc[f]]), []).append(paths[f])
    return Symbol(sid, tuple(PathItem(" ".join(ds), fill=rgb) for rgb, ds in groups.items()))


def placed_uses(design: Design, sid_of_variant: dict, transform: np.ndarray, *, box=None,
                layer: str = "") -> list:
    """One :class:`Use` per copy, the whole design mapped by *transform* (3x3, design
    mm -> sheet mm); copies without a clip of their own are clipped to *box*."""
    out = []
    for pl in design.composition.placements:
        if pl.clip is not None:
            c = np.asarray(pl.clip, float)
            clip = c @ transform[:2, :2].T + transform[:2, 2]
        else:
            clip = box
        for m, v in zip(pl.transforms, pl.variants.tolist()):
            out.append(Use(sid_of_variant[int(v)], transform @ m, pl.local_clip, clip, layer=layer))
    return out


def carpet_previews(design: Design, colours: FeltColours, x: float, y: float, w: float,
                    h: float, *, layer: str = "Key", captions=("Carpet A", "Carpet B"),
                    horizontal: bool = False) -> tuple:
    """Two thumbnails in the box (x, y, w, h) mm, side by side when *horizontal*,
    else one above the other: carpet A (as designed) and carpet B (the pair
    exchanged).  Returns (symbols, items, height used)."""
    W, H = (float(v) for v in design.size_mm)
    gap, cap = 6.0, 6.0
    if horizontal:
        bw, bh = (w - gap) / 2, h - cap
    else:
        bw, bh = w, (h - 2 * cap - gap) / 2
    k = min(bw / W, bh / H)
    tw, th = W * k, H * k
    motif = design.motif
    paths = face_paths(motif.planar_map, scale=motif.mm_per_px, decimals=3)
    swapped = colours.swapped()
    n_var = colours.perm.shape[0]
    symbols, items = [], []
    by_colouring: dict = {}           # a counterchanged copy of A is often a copy of B
    used_h = 0.0
    for carpet in range(2):
        ids = {}
        for v in range(n_var):
            cid = colours.perm[v] if carpet == 0 else swapped[colours.perm[v]]
            key = tuple(cid.tolist())
            if key not in by_colouring:
                by_colouring[key] = f"colouring{len(by_colouring)}"
                symbols.append(fill_symbol(design, by_colouring[key], colours.rgb[cid], paths))
            ids[v] = by_colouring[key]
        if horizontal:
            ox, oy = x + carpet * (bw + gap), y + cap
        else:
            ox, oy = x, y + cap + carpet * (bh + cap + gap)
        ground = colours.rgb[colours.ground if carpet == 0 else swapped[colours.ground]]
        box = np.array([(ox, oy), (ox + tw, oy), (ox + tw, oy + th), (ox, oy + th)])
        items.append(TextItem(ox, oy - 1.5, captions[carpet], 3.5, bold=True, layer=layer))
        items.append(PathItem(polygon_d(box), fill=tuple(int(v) for v in ground), layer=layer))
        items += placed_uses(design, ids, affine((k, k), (ox, oy)), box=box, layer=layer)
        items.append(PathItem(polygon_d(box), stroke=(60, 60, 60), width=0.25, layer=layer))
        used_h = max(used_h, oy + th - y)
    return symbols, items, used_h
