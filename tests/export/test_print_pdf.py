"""The 1:1 tiled print engine, checked with independent readers: pypdf for the
page count and sizes, pdfium (pypdfium2) to rasterise pages at 300 dpi and
measure the 100 mm scale bar and a drawn square with a ruler made of pixels."""
from __future__ import annotations

import io

import numpy as np
import pypdf
import pypdfium2
import pytest

from motifstudio.export.print_pdf import PAPERS, PrintOptions, page_grid, sheet_pdf
from motifstudio.export.sheet import PathItem, Sheet, Symbol, TextItem, Use, polygon_d

DPI = 300
PX_PER_MM = DPI / 25.4


def render(data: bytes, page: int) -> np.ndarray:
    doc = pypdfium2.PdfDocument(data)
    return np.asarray(doc[page].render(scale=DPI / 72).to_pil().convert("RGB"))


def runs(mask_1d: np.ndarray) -> list:
    """(start, length) of runs of True."""
    m = np.concatenate([[False], mask_1d, [False]]).astype(np.int8)
    d = np.diff(m)
    starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    return list(zip(starts, ends - starts))


def scale_bar_mm(img: np.ndarray) -> float:
    """Length of the longest solid black horizontal bar in the lower part of a page."""
    black = (img.max(-1) < 60)
    h = img.shape[0]
    best = 0
    for row in range(h // 2, h):
        for _, n in runs(black[row]):
            best = max(best, n)
    return best / PX_PER_MM


def square_sheet(size=(300.0, 200.0), square=(50.0, 50.0, 80.0)):
    x, y, s = square
    pts = [(x, y), (x + s, y), (x + s, y + s), (x, y + s)]
    return Sheet(size_mm=size, items=(PathItem(polygon_d(pts), fill=(200, 30, 30)),
                                      TextItem(10, 20, "Шырдак — ширдак — shyrdak", 5)),
                 title="Тест", legend=(((200, 30, 30), "DMC 321 Red"),))


def test_grid_covers_the_sheet_with_overlap():
    opts = PrintOptions(paper="A4", orientation="portrait", overlap_mm=10, margin_mm=10)
    g = page_grid((1500.0, 2200.0), opts)
    aw, ah = g.printable
    assert (aw, ah) == (190.0, 277.0)
    xs, ys = g.origins[0, :, 0], g.origins[:, 0, 1]
    assert np.allclose(np.diff(xs), aw - 10) and np.allclose(np.diff(ys), ah - 10)
    assert xs[0] <= 0 and xs[-1] + aw >= 1500 and ys[0] <= 0 and ys[-1] + ah >= 2200
    # one page fewer would not cover it
    assert (g.cols - 2) * (aw - 10) + aw < 1500 and (g.rows - 2) * (ah - 10) + ah < 2200
    auto = page_grid((1500.0, 2200.0), PrintOptions(paper="A4"))
    assert auto.n_pages <= g.n_pages


@pytest.mark.parametrize("paper", list(PAPERS))
def test_pages_scale_bar_and_a_square_measure_true(paper):
    sheet = square_sheet()
    opts = PrintOptions(paper=paper, orientation="portrait")
    data = sheet_pdf(sheet, opts)
    reader = pypdf.PdfReader(io.BytesIO(data))
    grid = page_grid(sheet.size_mm, opts)
    assert len(reader.pages) == grid.n_pages + 1          # overview first
    w_pt, h_pt = PAPERS[paper]
    for p in reader.pages:
        box = p.mediabox
        assert float(box.width) == pytest.approx(w_pt * 72 / 25.4, abs=0.01)
        assert float(box.height) == pytest.approx(h_pt * 72 / 25.4, abs=0.01)
    for page in range(len(reader.pages)):
        img = render(data, page)
        assert scale_bar_mm(img) == pytest.approx(100.0, abs=0.5)
    # the 80 mm red square, on the tile page that holds its top-left corner, is 80 mm
    r, c = np.argwhere((grid.origins[..., 0] <= 50) & (grid.origins[..., 1] <= 50))[-1]
    img = render(data, 1 + r * grid.cols + c)
    red = (img[..., 0] > 150) & (img[..., 1] < 80) & (img[..., 2] < 80)
    rows = np.flatnonzero(red.any(1))
    cols = np.flatnonzero(red.any(0))
    aw, ah = grid.printable
    x_end = min(130.0, grid.origins[r, c][0] + aw) - max(50.0, grid.origins[r, c][0])
    y_end = min(130.0, grid.origins[r, c][1] + ah) - max(50.0, grid.origins[r, c][1])
    assert (cols[-1] - cols[0] + 1) / PX_PER_MM == pytest.approx(x_end, abs=0.5)
    assert (rows[-1] - rows[0] + 1) / PX_PER_MM == pytest.approx(y_end, abs=0.5)


def test_symbols_are_forms_and_only_visible_items_are_written():
    box = Symbol("s", (PathItem(polygon_d([(0, 0), (10, 0), (10, 10), (0, 10)]), fill=(0, 0, 0)),))
    uses = tuple(Use("s", np.array([[1, 0, x], [0, 1, y], [0, 0, 1.0]]))
                 for x in range(0, 1000, 20) for y in range(0, 1000, 20))
    sheet = Sheet(size_mm=(1000.0, 1000.0), items=uses, symbols=(box,), title="grid")
    data = sheet_pdf(sheet, PrintOptions(overview=False))
    reader = pypdf.PdfReader(io.BytesIO(data))
    # one form XObject, shared by every page
    names = set()
    for p in reader.pages:
        names |= set(p["/Resources"]["/XObject"].keys())
    assert len(names) == 1
    # a page draws only the copies that reach it: far fewer than all 2,500
    ops = reader.pages[0].get_contents().get_data().count(b" Do")
    assert 0 < ops < 400


def test_bad_options_are_clear():
    with pytest.raises(ValueError, match="paper"):
        sheet_pdf(square_sheet(), PrintOptions(paper="B5"))
    with pytest.raises(ValueError, match="overlap"):
        sheet_pdf(square_sheet(), PrintOptions(overlap_mm=200))
    with pytest.raises(ValueError, match="nothing to print"):
        page_grid((0.0, 10.0), PrintOptions())
