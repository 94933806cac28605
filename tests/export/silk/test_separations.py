"""Screen-print films, read back independently: the PDF rasterised by pdfium, the SVG
by cairosvg, one layer at a time.  Each film's black must cover exactly its colour's
area of the design, and the registration crosses must sit in the same place on every
film, one outside each side of the design."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import numpy as np
import pypdf
import pypdfium2
import pytest
from PIL import Image
from scipy import ndimage

from motifstudio.design.flatten import flatten_design
from motifstudio.design.layout import Layout, Repeat
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.print_pdf import PAPERS, PrintOptions, page_grid
from motifstudio.export.silk.separations import (SeparationOptions, SeparationPdfOptions,
                                                 separations_svg_bytes, write_separations_pdf)
from silk_designs import (BLUE, CREAM, RED, SYMMETRIC, YELLOW, areas, rect, shapes_design,
                          symmetric_design)

DPI = 300
PPM = DPI / 25.4
M = 20.0                                         # film margin, mm
ORDER = [CREAM, YELLOW, RED, BLUE]               # films print light to dark


@pytest.fixture(scope="module")
def design():
    return symmetric_design()


def darkness(img: np.ndarray) -> np.ndarray:
    """Ink coverage 0..1 of each pixel (antialiased edges count in proportion)."""
    return 1.0 - img.astype(float).mean(-1) / 255.0


def marks(ink: np.ndarray, x0, y0, w, h, ppm) -> np.ndarray:
    """Centroids (mm, film coordinates) of the ink blobs round the design box, outside it
    and below the label band; *ink* is a film rendered with its (0, 0) at pixel (x0, y0)."""
    c0, r0 = max(0, int(x0 * ppm)), max(0, int(y0 * ppm))
    c1, r1 = int((x0 + w + 2 * M) * ppm) + 1, int((y0 + h + 2 * M) * ppm) + 1
    mask = ink[r0:r1, c0:c1] > 0.5
    fx = (np.arange(c0, c0 + mask.shape[1]) + 0.5) / ppm - x0            # film mm
    fy = (np.arange(r0, r0 + mask.shape[0]) + 0.5) / ppm - y0
    inside = ((fx > M - 1) & (fx < M + w + 1))[None, :] & ((fy > M - 1) & (fy < M + h + 1))[:, None]
    film = ((fx > 0) & (fx < w + 2 * M))[None, :] & ((fy > 7.0) & (fy < h + 2 * M))[:, None]
    lab, n = ndimage.label(mask & film & ~inside)
    cents = np.array(ndimage.center_of_mass(mask, lab, range(1, n + 1))).reshape(-1, 2)
    return np.c_[cents[:, 1] + c0 + 0.5, cents[:, 0] + r0 + 0.5] / ppm - (x0, y0)


def check_marks(found: np.ndarray, w, h):
    """Four crosses: one beside the middle of each side, outside the design."""
    assert len(found) == 4
    cx, cy = M + w / 2, M + h / 2
    left, right = found[np.argmin(found[:, 0])], found[np.argmax(found[:, 0])]
    top, bottom = found[np.argmin(found[:, 1])], found[np.argmax(found[:, 1])]
    assert left[0] < M and right[0] > M + w and top[1] < M and bottom[1] > M + h
    assert left[1] == pytest.approx(cy, abs=0.2) and right[1] == pytest.approx(cy, abs=0.2)
    assert top[0] == pytest.approx(cx, abs=0.2) and bottom[0] == pytest.approx(cx, abs=0.2)


def test_pdf_films_black_areas_and_registration(design):
    opts = SeparationPdfOptions(paper="A4", orientation="portrait")
    buf = io.BytesIO()
    write_separations_pdf(design, buf, opts)
    data = buf.getvalue()
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 4                   # one page per film: 136 x 100 mm fits A4
    for k, (p, rgb) in enumerate(zip(reader.pages, ORDER), 1):
        assert float(p.mediabox.width) == pytest.approx(PAPERS["A4"][0] * 72 / 25.4, abs=0.01)
        assert float(p.mediabox.height) == pytest.approx(PAPERS["A4"][1] * 72 / 25.4, abs=0.01)
        assert f"Film {k} of 4" in p.extract_text()
    want = areas((96, 60), SYMMETRIC)
    grid = page_grid((96 + 2 * M, 60 + 2 * M), PrintOptions(paper="A4", orientation="portrait"))
    x0 = PrintOptions().margin_mm - grid.origins[0, 0, 0]      # film (0, 0) on the page, mm
    y0 = PrintOptions().margin_mm - grid.origins[0, 0, 1]
    doc = pypdfium2.PdfDocument(data)
    all_marks = []
    for k, rgb in enumerate(ORDER):
        img = np.asarray(doc[k].render(scale=DPI / 72).to_pil().convert("RGB"))
        ink = darkness(img)
        # the 100 mm bar at the bottom of the page
        bar = ink[-int(12 * PPM):] > 0.8
        assert max(np.diff(np.flatnonzero(np.diff(np.r_[0, r, 0]))).max(initial=0)
                   for r in bar.astype(np.int8)) / PPM == pytest.approx(100.0, abs=0.5)
        c0, r0 = int(round((x0 + M) * PPM)), int(round((y0 + M) * PPM))
        box = ink[r0:r0 + int(round(60 * PPM)), c0:c0 + int(round(96 * PPM))]
        assert box.sum() / PPM ** 2 == pytest.approx(want[rgb], rel=0.01), rgb
        found = marks(ink, x0, y0, 96, 60, PPM)
        check_marks(found, 96, 60)
        all_marks.append(np.sort(found.view("f8,f8"), axis=0).view("f8").reshape(-1, 2))
    for m in all_marks[1:]:
        assert np.abs(m - all_marks[0]).max() < 0.05          # mm: the same on every film


def layers(svg: bytes) -> tuple:
    root = ET.fromstring(svg)
    ns = {"svg": "http://www.w3.org/2000/svg"}
    ink = "{http://www.inkscape.org/namespaces/inkscape}"
    groups = [g for g in root.findall("svg:g", ns) if g.get(ink + "groupmode") == "layer"]
    return root, groups, [g.get(ink + "label") for g in groups]


def render_layer(svg: bytes, k: int, ppm: float) -> np.ndarray:
    import cairosvg
    root, groups, _ = layers(svg)
    for j, g in enumerate(groups):
        if j != k:
            root.remove(g)
    w = float(root.get("viewBox").split()[2])
    h = float(root.get("viewBox").split()[3])
    png = cairosvg.svg2png(bytestring=ET.tostring(root), output_width=int(round(w * ppm)),
                           output_height=int(round(h * ppm)), background_color="white")
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_svg_has_one_layer_per_film(design):
    pytest.importorskip("cairosvg")
    svg = separations_svg_bytes(design)
    _, _, labels = layers(svg)
    assert labels == ["Film 1 · cream", "Film 2 · saffron", "Film 3 · madder",
                      "Film 4 · indigo"]
    ppm = 10.0
    want = areas((96, 60), SYMMETRIC)
    first = None
    for k, rgb in enumerate(ORDER):
        ink = darkness(render_layer(svg, k, ppm))
        assert ink.shape == (1000, 1360)
        box = ink[int(M * ppm):int((M + 60) * ppm), int(M * ppm):int((M + 96) * ppm)]
        assert box.sum() / ppm ** 2 == pytest.approx(want[rgb], rel=0.01), rgb
        found = marks(ink, 0.0, 0.0, 96, 60, ppm)
        check_marks(found, 96, 60)
        found = found[np.lexsort(found.T)]
        if first is None:
            first = found
        assert np.abs(found - first).max() < 0.05


def test_ground_as_fabric_has_no_film():
    svg = separations_svg_bytes(symmetric_design(), SeparationOptions(ground="fabric"))
    assert layers(svg)[2] == ["Film 1 · saffron", "Film 2 · madder", "Film 3 · indigo"]


def test_films_of_a_repeat_cover_the_design_once():
    """A turned half-drop repeat, counterchanged, with a ground of another colour showing
    between the copies and copies cut by the edges: the films add up to the whole design,
    each colour with the area of its placed regions."""
    pytest.importorskip("cairosvg")
    motif = shapes_design((20, 20), [(rect(4, 4, 16, 9), RED), (rect(6, 12, 9, 17), BLUE)]).motif
    d = build_design(motif, DesignSpec(layout=Layout(
        kind="repeat", size_mm=(90.0, 70.0), background="#deb228", counterchange="alternate",
        repeat=Repeat(group="half-drop", motif_width_mm=16.0, spacing_mm=4.0, rotation_deg=20))))
    W, H = d.size_mm
    want = {}
    for r in flatten_design(d):
        want[r.rgb] = want.get(r.rgb, 0.0) + r.area
    want[YELLOW] = W * H - sum(want.values())
    assert min(want.values()) > 100                   # every colour really shows
    svg = separations_svg_bytes(d)
    labels = layers(svg)[2]
    assert labels == ["Film 1 · cream", "Film 2 · #deb228", "Film 3 · madder",
                      "Film 4 · indigo"]
    ppm = 8.0
    total = 0.0
    for k, rgb in enumerate([CREAM, YELLOW, RED, BLUE]):
        ink = darkness(render_layer(svg, k, ppm))
        box = ink[int(M * ppm):int((M + H) * ppm), int(M * ppm):int((M + W) * ppm)]
        area = box.sum() / ppm ** 2
        assert area == pytest.approx(want[rgb], rel=0.01), labels[k]
        total += area
        check_marks(marks(ink, 0.0, 0.0, W, H, ppm), W, H)
    assert total == pytest.approx(W * H, rel=0.005)


def test_a_film_larger_than_the_paper_is_tiled():
    d = shapes_design((400, 300), [(rect(50, 50, 350, 250), RED)])
    opts = SeparationPdfOptions(paper="A4")
    buf = io.BytesIO()
    write_separations_pdf(d, buf, opts)
    n = page_grid((400 + 2 * M, 300 + 2 * M), opts).n_pages
    assert n > 1
    # two films, each tiled, each with its overview page
    assert len(pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages) == 2 * (n + 1)
