"""Small synthetic designs for the silk tests: hand-built planar maps of straight-edged
shapes on a ground, laid out ``single`` at a known size, so every colour's area is known.

The shapes are given in design millimetres; the motif frame is the design itself
(1 px = 1 mm), so the design's geometry is exactly the shapes.
"""
from __future__ import annotations

import numpy as np

from motifstudio.core.document import Motif, Palette, Swatch
from motifstudio.design.layout import Layout
from motifstudio.design.spec import DesignSpec, build_design
from planar_maps import build_map

CREAM = (236, 226, 204)
YELLOW = (222, 178, 40)
RED = (178, 34, 40)
BLUE = (32, 44, 96)
NAMES = {CREAM: "cream", YELLOW: "saffron", RED: "madder", BLUE: "indigo"}


def _closed(poly):
    pts = [tuple(map(float, p)) for p in poly]
    return pts + [pts[0]], "L" * len(poly)


def shoelace(poly) -> float:
    p = np.asarray(poly, float)
    q = np.roll(p, -1, 0)
    return abs(float(np.sum(p[:, 0] * q[:, 1] - q[:, 0] * p[:, 1]))) / 2


def rect(x0, y0, x1, y1):
    """Clockwise on screen (y down), like the frame."""
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def diamond(cx, cy, r):
    return [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]


def shapes_design(size, shapes, *, ground=CREAM, background=None):
    """A design of *size* (w, h) mm: the *ground* colour with disjoint *shapes*
    ``[(polygon in mm, rgb), ...]`` strictly inside it."""
    w, h = (float(v) for v in size)
    colours = [ground] + [c for _, c in shapes if c != ground]
    colours = list(dict.fromkeys(colours))
    edges = [_closed(rect(0, 0, w, h))] + [_closed(p) for p, _ in shapes]
    faces = [[[0]] + [[~(k + 1)] for k in range(len(shapes))]] + \
        [[[k + 1]] for k in range(len(shapes))]
    face_colour = [0] + [colours.index(c) for _, c in shapes]
    pm = build_map(w, h, edges, faces, face_colour)
    pal = Palette(tuple(Swatch.from_rgb(c, name=NAMES.get(c, ""), source="traced")
                        for c in colours), name="silk")
    motif = Motif(source=None, recipe={}, palette=pal, planar_map=pm, size_mm=(w, h))
    bg = "#%02x%02x%02x" % (background or ground)
    return build_design(motif, DesignSpec(layout=Layout(kind="single", size_mm=(w, h),
                                                        background=bg)))


#: 96 x 60 mm, mirror-symmetric left to right: a madder band and two saffron squares
#: on whole 2 mm cells, and an indigo diamond that is not
SYMMETRIC = [(rect(6, 20, 90, 30), RED), (rect(10, 44, 20, 52), YELLOW),
             (rect(76, 44, 86, 52), YELLOW), (diamond(48, 44.9, 10.1), BLUE)]


def symmetric_design():
    return shapes_design((96, 60), SYMMETRIC)


def asymmetric_design():
    """The same but the right saffron square moved down: not symmetric."""
    shapes = list(SYMMETRIC)
    shapes[2] = (rect(76, 50, 86, 58), YELLOW)
    return shapes_design((96, 60), shapes)


def areas(size, shapes, ground=CREAM) -> dict:
    """Area in mm^2 of each colour of a :func:`shapes_design`."""
    out = {ground: float(size[0] * size[1])}
    for p, c in shapes:
        out[ground] -= shoelace(p)
        out[c] = out.get(c, 0.0) + shoelace(p)
    return out
