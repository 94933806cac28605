"""Shared helpers for the hand-embroidery tests: small designs with known truth and
independent readers (skimage for the expected stitch grid, colormath2 for the
nearest DMC thread, pdfium to rasterise PDF pages)."""
from __future__ import annotations

import numpy as np

from design_helpers import DOT, F_POLY, design, f_motif

DPI = 300
PX_PER_MM = DPI / 25.4


def f_single(size_mm: float = 20.0, **kw):
    """The asymmetric F motif alone, filling a size x size mm design."""
    return design(f_motif(size_mm, size_mm, **kw), kind="single", size_mm=(size_mm, size_mm))


def expected_labels(n: int) -> np.ndarray:
    """Which of cream (0), red F (1), blue dot (2) each square of an n x n grid over
    the F motif shows, from the polygons by skimage (square centres)."""
    from skimage.draw import polygon
    out = np.zeros((n, n), np.intp)
    for label, poly in ((1, F_POLY), (2, DOT)):
        p = np.asarray(poly) * n - 0.5          # square centres sit at integer + 0.5
        rr, cc = polygon(p[:, 1], p[:, 0], (n, n))
        out[rr, cc] = label
    return out


def nearest_dmc_number(rgb) -> str:
    """The DMC thread nearest to *rgb* by CIEDE2000, computed with colormath2."""
    from colormath2.color_conversions import convert_color
    from colormath2.color_diff import delta_e_cie2000
    from colormath2.color_objects import LabColor, sRGBColor

    from motifstudio.design.palettes import load_dmc

    def lab(c):
        return convert_color(sRGBColor(*c, is_upscaled=True), LabColor, target_illuminant="d65")
    target = lab(rgb)
    best = min(load_dmc().swatches, key=lambda s: delta_e_cie2000(target, lab(s.rgb)))
    return best.source.split()[-1]


def render(data: bytes, page: int, dpi: int = DPI) -> np.ndarray:
    import pypdfium2
    doc = pypdfium2.PdfDocument(data)
    return np.asarray(doc[page].render(scale=dpi / 72).to_pil().convert("RGB"))


def runs(mask_1d) -> list:
    """(start, length) of runs of True."""
    m = np.concatenate([[False], np.asarray(mask_1d, bool), [False]]).astype(np.int8)
    d = np.diff(m)
    starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    return list(zip(starts.tolist(), (ends - starts).tolist()))


def scale_bar_mm(img: np.ndarray) -> float:
    """Length of the longest solid black horizontal bar in the lower part of a page."""
    black = img.max(-1) < 60
    best = 0
    for row in range(img.shape[0] // 2, img.shape[0]):
        for _, n in runs(black[row]):
            best = max(best, n)
    return best / PX_PER_MM


def red_mask(img: np.ndarray) -> np.ndarray:
    r, g, b = (img[..., k].astype(int) for k in range(3))
    return (r > 150) & (g < 110) & (b < 110)
