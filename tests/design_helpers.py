"""Shared helpers for the layout, design-SVG and raster tests: synthetic motifs with
known truth, an independent SVG reader (cairosvg), and render-and-compare by sampling.

Motifs are hand-built planar maps of straight-edged polygons, so every colour's
area is known exactly.  The "F" motif is asymmetric (no mirror, no rotation
maps it to itself) and has three colours, so a layout's symmetries -- and the
ones it must NOT have -- show up in the rendered pixels.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from motifstudio.core.document import Motif, Palette, Swatch
from motifstudio.design.layout import Layout, Repeat
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.design_svg import design_svg_bytes
from planar_maps import build_map

CREAM, RED, BLUE = (235, 220, 180), (180, 30, 40), (30, 50, 150)
GREEN = (40, 160, 60)            # a background none of the motifs uses
GREEN_HEX = "#28a03c"
COLOURS = np.array([CREAM, RED, BLUE, GREEN], float)
BG = 3                           # label of the background in COLOURS

# the F (clockwise like the frame, y down) and a dot, in unit-square coordinates
# (a thick stem, a top bar, a short middle bar below the middle; the dot bottom right, off every
# diagonal, so that no mirror or quarter turn nearly maps the motif onto itself)
F_POLY = [(.1, .05), (.9, .05), (.9, .25), (.42, .25), (.42, .5), (.68, .5), (.68, .64),
          (.42, .64), (.42, .95), (.1, .95)]
DOT = [(.55, .8), (.95, .8), (.95, .95), (.55, .95)]


def _ring(poly, w, h):
    pts = [(x * w, y * h) for x, y in poly]
    return pts + [pts[0]], "L" * len(poly)


def _shoelace(poly):
    p = np.asarray(poly, float)
    q = np.roll(p, -1, 0)
    return abs(float(np.sum(p[:, 0] * q[:, 1] - q[:, 0] * p[:, 1]))) / 2


#: area shares of cream, red and blue in the F motif
F_AREAS = np.array([1 - _shoelace(F_POLY) - _shoelace(DOT), _shoelace(F_POLY), _shoelace(DOT)])


def palette():
    return Palette(tuple(Swatch.from_rgb(c, source="traced") for c in (CREAM, RED, BLUE)),
                   name="traced")


def f_motif(width_mm=20.0, height_mm=20.0, *, strokes=()) -> Motif:
    """Cream ground, a red "F" and a blue dot; the frame is 100 px wide."""
    w = 100.0
    h = w * height_mm / width_mm
    outer = [(0, 0), (1, 0), (1, 1), (0, 1)]
    pm = build_map(w, h, [_ring(outer, w, h), _ring(F_POLY, w, h), _ring(DOT, w, h)],
                   [[[0], [~1], [~2]], [[1]], [[2]]], [0, 1, 2])
    return Motif(source=None, recipe={}, palette=palette(), planar_map=pm,
                 size_mm=(float(width_mm), float(height_mm)), strokes=tuple(strokes))


def d4_motif(size_mm=20.0) -> Motif:
    """A square with the symmetry of the square (D4): cream, a red diamond, a blue square."""
    w = 100.0
    outer = [(0, 0), (1, 0), (1, 1), (0, 1)]
    diamond = [(.5, .1), (.9, .5), (.5, .9), (.1, .5)]
    square = [(.35, .35), (.65, .35), (.65, .65), (.35, .65)]
    pm = build_map(w, w, [_ring(outer, w, w), _ring(diamond, w, w), _ring(square, w, w)],
                   [[[0], [~1]], [[1], [~2]], [[2]]], [0, 1, 2])
    return Motif(source=None, recipe={}, palette=palette(), planar_map=pm,
                 size_mm=(float(size_mm), float(size_mm)))


def design(motif, **layout):
    """build_design with a green background (unless given) and no recolouring."""
    layout.setdefault("background", GREEN_HEX)
    swap = layout.pop("swap_colours", ())
    return build_design(motif, DesignSpec(layout=Layout(**layout), swap=swap))


def repeat_design(motif, group, size=(120.0, 120.0), **rep):
    return design(motif, kind="repeat", size_mm=size, repeat=Repeat(group=group, **rep))


# ----------------------------------------------------------------------------- reading

def colour_shares(img: np.ndarray, colours=COLOURS) -> np.ndarray:
    """Area share of each colour in *img*, unmixed from the mean colour.

    Antialiasing blends a pixel's colours in proportion to their coverage, so
    the mean colour of an area is the share-weighted sum of the pure colours
    exactly; with the shares summing to 1 that is a 4 x 4 linear system.
    """
    c = np.asarray(colours, float)
    A = np.vstack([c.T, np.ones(len(c))])
    b = np.append(img.reshape(-1, 3).mean(0), 1.0)
    return np.linalg.solve(A, b)


def render_svg(d, ppm: float, *, region=None, shape=None) -> np.ndarray:
    """The design's SVG rendered by cairosvg: (H, W, 3) float RGB at *ppm* px per mm.

    *region* (x0, y0, x1, y1) mm renders a part (by narrowing the viewBox);
    *shape* (H, W) px stretches it to exactly that many pixels.
    """
    cairosvg = pytest.importorskip("cairosvg")
    from PIL import Image

    W, H = d.size_mm
    x0, y0, x1, y1 = region if region is not None else (0.0, 0.0, W, H)
    if shape is None:
        shape = (int(round((y1 - y0) * ppm)), int(round((x1 - x0) * ppm)))
    svg = ET.fromstring(design_svg_bytes(d))
    svg.set("viewBox", f"{x0!r} {y0!r} {x1 - x0!r} {y1 - y0!r}")
    svg.set("preserveAspectRatio", "none")
    svg.set("width", f"{shape[1]}px")
    svg.set("height", f"{shape[0]}px")
    png = cairosvg.svg2png(bytestring=ET.tostring(svg), output_width=shape[1],
                           output_height=shape[0])
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(float)


def labels(img: np.ndarray, colours=COLOURS) -> np.ndarray:
    """Nearest colour (index into *colours*) of every pixel."""
    d = ((img[..., None, :] - np.asarray(colours, float)) ** 2).sum(-1)
    return np.argmin(d, -1)


def edges(lab: np.ndarray, radius: int = 2) -> np.ndarray:
    """Pixels within *radius* px of a colour change (antialiased, not to be trusted)."""
    from scipy import ndimage

    size = 2 * radius + 1
    return ndimage.maximum_filter(lab, size) != ndimage.minimum_filter(lab, size)


def agreement(lab, edge, op, ppm, window, *, stride=1, ignore=BG, mapping=None,
              min_pairs=500) -> float:
    """Share of pixel centres x in *window* (mm) whose colour equals the colour at op(x)
    (or, with *mapping*, whose colour c has ``mapping[c]`` at op(x)).

    Pairs where either pixel is near an edge, op(x) is outside the image, or
    both are the background colour *ignore* (empty ground says nothing) are left out.
    """
    H, W = lab.shape
    x0, y0, x1, y1 = window
    c = np.arange(int(x0 * ppm), int(x1 * ppm), stride)
    r = np.arange(int(y0 * ppm), int(y1 * ppm), stride)
    cc, rr = np.meshgrid(c, r)
    cc, rr = cc.ravel(), rr.ravel()
    x, y = (cc + 0.5) / ppm, (rr + 0.5) / ppm
    gx = op[0, 0] * x + op[0, 1] * y + op[0, 2]
    gy = op[1, 0] * x + op[1, 1] * y + op[1, 2]
    tc, tr = np.floor(gx * ppm).astype(int), np.floor(gy * ppm).astype(int)
    ok = (tc >= 0) & (tc < W) & (tr >= 0) & (tr < H)
    cc, rr, tc, tr = cc[ok], rr[ok], tc[ok], tr[ok]
    ok = ~edge[rr, cc] & ~edge[tr, tc]
    a, b = lab[rr[ok], cc[ok]], lab[tr[ok], tc[ok]]
    if mapping is not None:
        a = np.asarray(mapping)[a]
    if ignore is not None:
        keep = (a != ignore) | (b != ignore)
        a, b = a[keep], b[keep]
    assert len(a) >= min_pairs, f"only {len(a)} pixel pairs to compare: window too small"
    return float(np.mean(a == b))


def affine(lin=((1, 0), (0, 1)), t=(0, 0)) -> np.ndarray:
    m = np.eye(3)
    m[:2, :2] = lin
    m[:2, 2] = t
    return m
