"""Small synthetic designs with known geometry for the embroidery tests, and an
independent look at machine files through pyembroidery's readers."""
from __future__ import annotations

import numpy as np

from motifstudio.core.document import Motif, Palette, Swatch
from motifstudio.design.layout import Layout, Repeat
from motifstudio.design.spec import DesignSpec, build_design
from planar_maps import build_map

# DMC colours exactly (so a thread's colour is the design's): Ecru, 321 (red), 820 (blue)
CREAM, RED, BLUE = (240, 234, 218), (199, 43, 59), (14, 54, 92)

#: the "blocks" motif, 60 x 40 mm at 1 mm per px: a red square, a blue 3 mm strip and a
#: second, far-away red square on a cream ground
SQUARE = [(5, 5), (25, 5), (25, 25), (5, 25)]
STRIP = [(35, 5), (38, 5), (38, 35), (35, 35)]
SQUARE2 = [(45, 28), (55, 28), (55, 38), (45, 38)]


def _ring(poly):
    pts = [tuple(map(float, p)) for p in poly]
    return pts + [pts[0]], "L" * len(poly)


def palette():
    return Palette(tuple(Swatch.from_rgb(c, source="traced") for c in (CREAM, RED, BLUE)),
                   name="traced")


def blocks_motif() -> Motif:
    outer = [(0, 0), (60, 0), (60, 40), (0, 40)]
    pm = build_map(60.0, 40.0, [_ring(outer), _ring(SQUARE), _ring(STRIP), _ring(SQUARE2)],
                   [[[0], [~1], [~2], [~3]], [[1]], [[2]], [[3]]], [0, 1, 2, 1])
    return Motif(source=None, recipe={}, palette=palette(), planar_map=pm, size_mm=(60.0, 40.0))


def blocks_design(size=(60.0, 40.0)):
    return build_design(blocks_motif(), DesignSpec(layout=Layout(kind="single", size_mm=size)))


def repeat_design(size=(120.0, 80.0)):
    return build_design(blocks_motif(), DesignSpec(layout=Layout(
        kind="repeat", size_mm=size, repeat=Repeat("block", 60.0))))


def polygon_mask(polys, shape, ppm):
    """Even-odd raster (Pillow) of polygons in mm at *ppm* px per mm."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (shape[1], shape[0]), 0)
    d = ImageDraw.Draw(img)
    for p in polys:
        d.polygon([(x * ppm, y * ppm) for x, y in p], fill=255)
    return np.asarray(img) > 0
