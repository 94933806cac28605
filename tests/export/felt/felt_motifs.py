"""Synthetic felt motifs with known geometry (1 px = 1 mm), for the felt export tests.

Every motif is a ground of colour 1 (cream) holding straight-edged figures of
colour 0 (red), so seam lengths, areas and pieces are known exactly.
"""
from __future__ import annotations

from motifstudio.core.document import Motif, Palette, Swatch
from motifstudio.design.layout import Layout
from motifstudio.design.spec import DesignSpec, build_design
from planar_maps import build_map

RED, CREAM = (170, 30, 40), (235, 220, 180)


def palette() -> Palette:
    return Palette((Swatch.from_rgb(RED, name="Red"), Swatch.from_rgb(CREAM, name="Cream")),
                   name="felt")


def _ring(pts):
    pts = [tuple(map(float, p)) for p in pts]
    return pts + [pts[0]], "L" * len(pts)


def figures_motif(figures, size=(200.0, 200.0)) -> Motif:
    """A cream frame of *size* mm with red polygons *figures* (lists of points, mm)."""
    w, h = size
    edges = [_ring([(0, 0), (w, 0), (w, h), (0, h)])] + [_ring(f) for f in figures]
    faces = [[[0]] + [[~(i + 1)] for i in range(len(figures))]] + \
        [[[i + 1]] for i in range(len(figures))]
    pm = build_map(w, h, edges, faces, [1] + [0] * len(figures))
    return Motif(source=None, recipe={}, palette=palette(), planar_map=pm, size_mm=(w, h))


def square(x, y, s):
    return [(x, y), (x + s, y), (x + s, y + s), (x, y + s)]


def dumbbell(neck, *, size=200.0, blob=60.0, bar=40.0, cx=None):
    """Two blob x blob squares joined by a horizontal bar *bar* long and *neck* wide."""
    cy = size / 2
    x0 = (size - 2 * blob - bar) / 2 if cx is None else cx
    x1, x2, x3 = x0 + blob, x0 + blob + bar, x0 + 2 * blob + bar
    t, b = cy - blob / 2, cy + blob / 2
    nt, nb = cy - neck / 2, cy + neck / 2
    return [(x0, t), (x1, t), (x1, nt), (x2, nt), (x2, t), (x3, t), (x3, b), (x2, b),
            (x2, nb), (x1, nb), (x1, b), (x0, b)]


def single(motif, *, size=None, background="", **layout):
    size = size or motif.size_mm
    return build_design(motif, DesignSpec(layout=Layout(kind="single", size_mm=tuple(size),
                                                        background=background, **layout)))


def counterchanged_halves(x=20.0, y=60.0, s=60.0) -> Motif:
    """A 200 x 200 mm motif: the left half cream holding a red square at (x, y), the
    right half red holding a cream square at the mirror image: the cut lines mirror
    left to right while the colours swap."""
    xb = 200.0 - x - s
    edges = [([(100.0, 200.0), (0.0, 200.0), (0.0, 0.0), (100.0, 0.0)], "LLL"),
             ([(100.0, 0.0), (100.0, 200.0)], "L"),
             ([(100.0, 0.0), (200.0, 0.0), (200.0, 200.0), (100.0, 200.0)], "LLL"),
             _ring(square(x, y, s)), _ring(square(xb, y, s))]
    faces = [[[1, 0], [~3]], [[2, ~1], [~4]], [[3]], [[4]]]
    pm = build_map(200.0, 200.0, edges, faces, [1, 0, 0, 1])
    return Motif(source=None, recipe={}, palette=palette(), planar_map=pm, size_mm=(200.0, 200.0))
