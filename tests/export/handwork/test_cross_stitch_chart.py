"""The cross-stitch chart PDF read back: pypdf for the pages, their size and the key's
text; pdfium for the drawing (grid lines measured in pixels, the numbers' positions,
the centre arrows, the shaded overlap, the squares' colours)."""
from __future__ import annotations

import io
import math

import numpy as np
import pypdf
import pypdfium2
import pytest

from design_helpers import F_AREAS
from handwork_helpers import PX_PER_MM, expected_labels, f_single, red_mask, render, runs
from motifstudio.export.handwork.chart_pdf import (CrossStitchPdfOptions, chart_pages,
                                                   chart_pdf, write_cross_stitch_pdf)
from motifstudio.export.handwork.stitchgrid import stitch_grid
from motifstudio.export.print_pdf import PAPERS
from motifstudio.export.registry import writer_for

N = 100         # the 20 mm F on 100 x 100 squares: every boundary on a grid line


@pytest.fixture(scope="module")
def design():
    return f_single(20.0)


@pytest.fixture(scope="module")
def symbols_only(design):
    return chart_pdf(design, CrossStitchPdfOptions(stitches_across=N, style="symbols-only"))


@pytest.fixture(scope="module")
def first_page(symbols_only):
    """The first chart page (columns 1-60, rows 1-80) at 300 dpi."""
    return render(symbols_only, 2)


def _key_rows(text: str) -> dict:
    """DMC number -> (stitches, skeins) from the key page's text."""
    tokens = [t.strip() for t in text.splitlines() if t.strip()]
    out = {}
    start = tokens.index("Skeins") + 1
    k = start
    while tokens[k] != "Total":
        number, _name, stitches, sk = tokens[k:k + 4]
        out[number] = (int(stitches), int(sk))
        k += 4
    out["Total"] = (int(tokens[k + 1]), int(tokens[k + 2]))
    return out


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_pages_sizes_and_the_key(design, paper):
    data = chart_pdf(design, CrossStitchPdfOptions(stitches_across=N, paper=paper))
    reader = pypdf.PdfReader(io.BytesIO(data))
    # overview, key, then 2 x 2 chart pages (60 x 80 squares on A4, 60 x 70 on Letter)
    assert len(reader.pages) == 1 + 1 + 4
    w, h = PAPERS[paper]
    for p in reader.pages:
        assert float(p.mediabox.width) == pytest.approx(w * 72 / 25.4, abs=0.01)
        assert float(p.mediabox.height) == pytest.approx(h * 72 / 25.4, abs=0.01)
    key = _key_rows(reader.pages[1].extract_text())
    grid = stitch_grid(design, CrossStitchPdfOptions(stitches_across=N))
    want = {t.number: round(F_AREAS[k] * N * N) for k, t in enumerate(grid.threads)}
    assert {n: v[0] for n, v in key.items() if n != "Total"} == want
    assert key["Total"][0] == N * N == sum(want.values())
    # skeins: 13.14 mm of thread a cross, 24 m of 2-strand thread a skein, rounded up
    for n, (stitches, sk) in key.items():
        if n != "Total":
            assert sk == max(1, math.ceil(stitches * 13.1401 / 24000))
    assert key["Total"][1] == sum(v[1] for n, v in key.items() if n != "Total")
    text = reader.pages[1].extract_text()
    for count in (11, 14, 16, 18):
        side = N / count * 2.54
        assert f"{count}-count" in text and f"{side:.1f} × {side:.1f} cm" in text
    assert "24 m of 2-strand thread" in text
    overview = reader.pages[0].extract_text()
    assert "100 × 100 squares" in overview and "18.1 × 18.1 cm at 14-count" in overview


def test_chart_pages_overlap_and_cover_every_square(design):
    grid = stitch_grid(design, CrossStitchPdfOptions(stitches_across=N))
    pages = chart_pages(grid, CrossStitchPdfOptions(stitches_across=N))
    assert [(p.c0, p.cn, p.c1, p.r0, p.rn, p.r1) for p in pages] == [
        (0, 0, 60, 0, 0, 80), (57, 60, 100, 0, 0, 80),
        (0, 0, 60, 77, 80, 100), (57, 60, 100, 77, 80, 100)]
    # each square is new (unshaded) on exactly one page
    seen = np.zeros((N, N), int)
    for p in pages:
        seen[p.rn:p.r1, p.cn:p.c1] += 1
    assert (seen == 1).all()


def _lines(ink: np.ndarray, axis: int) -> list:
    """(centre px, width px) of the grid lines: columns (axis 0) or rows (axis 1) that
    are ink over at least 90 % of the chart."""
    share = ink.mean(axis=axis)
    full = share >= 0.9 * share.max()
    return [(s + (n - 1) / 2, n) for s, n in runs(full)]


def _chart_box(img: np.ndarray) -> tuple:
    """Centres of the chart's outer lines (top, bottom, left, right), in px: the
    first and last of the rows and columns that are dark nearly as far as the
    longest dark line."""
    dark = img.max(-1) < 90
    out = []
    for axis in (1, 0):
        count = dark.sum(axis)
        r = runs(count >= 0.9 * count.max())
        out += [r[0][0] + (r[0][1] - 1) / 2, r[-1][0] + (r[-1][1] - 1) / 2]
    return tuple(int(round(v)) for v in out)


def test_a_bold_line_every_ten_squares(first_page):
    img = first_page
    r0, r1, c0, c1 = _chart_box(img)
    chart = img[r0:r1 + 1, c0:c1 + 1]
    ink = chart.min(-1) < 200
    for axis, n_squares in ((0, 60), (1, 80)):
        lines = _lines(ink, axis)
        assert len(lines) == n_squares + 1
        pos = np.array([c for c, _ in lines])
        width = np.array([w for _, w in lines])
        pitch = np.diff(pos)
        assert pitch.std() < 0.6                       # evenly spaced squares
        bold = width >= 2.5 * np.median(width)
        assert np.flatnonzero(bold).tolist() == list(range(0, n_squares + 1, 10))
        # bold lines are 0.5 mm, thin ones about 0.12 mm
        assert np.median(width[bold]) / PX_PER_MM == pytest.approx(0.5, abs=0.15)
        assert np.median(width[~bold]) / PX_PER_MM < 0.25
        # squares of ~2.8 mm, ten of them between bold lines
        assert pitch.mean() / PX_PER_MM == pytest.approx(2.825, abs=0.05)
        assert np.allclose(np.diff(pos[bold]), 10 * pitch.mean(), atol=1.5)


def test_edges_are_numbered_at_the_bold_lines_and_centre_is_marked(symbols_only, first_page):
    img = first_page
    r0, r1, c0, c1 = _chart_box(img)
    ink = img[r0:r1 + 1, c0:c1 + 1].min(-1) < 200
    xs = [c0 + c for c, _ in _lines(ink, 0)]
    ys = [r0 + c for c, _ in _lines(ink, 1)]
    page = pypdfium2.PdfDocument(symbols_only)[2]
    tp = page.get_textpage()
    h_pt = page.get_height()
    k = 300 / 72
    for label in ("10", "20", "30", "40", "50", "60"):
        boxes = []
        search = tp.search(label, match_whole_word=True)
        while (hit := search.get_next()) is not None:
            i, n = hit
            l, b, _, _ = tp.get_charbox(i)
            _, _, r, t = tp.get_charbox(i + n - 1)
            boxes.append(((l + r) / 2 * k, (h_pt - (b + t) / 2) * k))
        n = int(label)
        above = [x for x, y in boxes if y < r0]
        beside = [y for x, y in boxes if x < c0]
        # over (and under) column line n, beside (left and right of) row line n
        assert any(abs(x - xs[n]) < 0.5 * PX_PER_MM for x in above)
        assert any(abs(y - ys[n]) < 0.8 * PX_PER_MM for y in beside)
    # red arrows at the middle column (50 of 100) above and below, the middle row beside
    red = red_mask(img)
    top = red[:r0]
    cols = np.flatnonzero(top.any(0))
    assert abs((cols.min() + cols.max()) / 2 - xs[50]) < 0.3 * PX_PER_MM
    left = red[:, :c0]
    rows = np.flatnonzero(left.any(1))
    assert abs((rows.min() + rows.max()) / 2 - ys[50]) < 0.3 * PX_PER_MM
    assert red[r1 + 1:].any() and red[:, c1 + 1:].any()


def test_repeated_columns_are_shaded(symbols_only):
    img = render(symbols_only, 3)                     # columns 58-100: 58-60 repeated
    r0, r1, c0, c1 = _chart_box(img)
    chart = img[r0:r1 + 1, c0:c1 + 1].mean(-1)
    cell = (c1 - c0) / 43
    shaded = chart[:, int(0.3 * cell):int(2.7 * cell)]
    plain = chart[:, int(3.3 * cell):]
    assert np.median(shaded) < 225 and np.median(plain) > 250


def test_colour_chart_shows_thread_colours(design):
    opts = CrossStitchPdfOptions(stitches_across=N)
    grid = stitch_grid(design, opts)
    data = chart_pdf(design, opts)
    want = expected_labels(N)
    pages = chart_pages(grid, opts)
    for k, page in enumerate(pages):
        img = render(data, 2 + k, dpi=150)
        r0, r1, c0, c1 = _chart_box(img)
        pitch = (c1 - c0) / (page.c1 - page.c0)
        for label in range(3):
            cells = np.argwhere(want[page.r0:page.r1, page.c0:page.c1] == label)
            for i, j in cells[::7]:
                rgb = np.array(grid.threads[int(grid.cells[page.r0 + i, page.c0 + j])].rgb)
                if page.c0 + j < page.cn or page.r0 + i < page.rn:
                    continue                          # shaded
                # the commonest colour in the square's corners, clear of lines and symbol
                patches = []
                for fy in (0.1, 0.8):
                    for fx in (0.1, 0.8):
                        y0, y1 = (int(round(r0 + (i + f) * pitch)) for f in (fy, fy + 0.1))
                        x0, x1 = (int(round(c0 + (j + f) * pitch)) for f in (fx, fx + 0.1))
                        patches.append(img[y0:y1 + 1, x0:x1 + 1].reshape(-1, 3))
                px, n = np.unique(np.vstack(patches), axis=0, return_counts=True)
                assert np.abs(px[n.argmax()].astype(int) - rgb).max() <= 3


def test_writer_is_registered_and_writes_files(design, tmp_path):
    w = writer_for("cross-stitch-pdf")
    assert w.func is write_cross_stitch_pdf and w.takes == "design"
    assert w.options_type is CrossStitchPdfOptions
    path = tmp_path / "chart.pdf"
    w.func(design, str(path), CrossStitchPdfOptions(stitches_across=30))
    assert path.read_bytes().startswith(b"%PDF")
    buf = io.BytesIO()
    w.func(design, buf, None)
    assert len(pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages) == 3   # 11 x 11 squares
    img = w.preview(design, CrossStitchPdfOptions(stitches_across=N))
    assert img.dtype == np.uint8 and img.shape[2] == 3 and img.shape[0] == img.shape[1] >= N


def test_bad_options_are_named(design):
    with pytest.raises(ValueError, match="style"):
        chart_pdf(design, CrossStitchPdfOptions(style="fancy"))
    with pytest.raises(ValueError, match="paper"):
        chart_pdf(design, CrossStitchPdfOptions(paper="A3"))
    with pytest.raises(ValueError, match="overlap"):
        chart_pdf(design, CrossStitchPdfOptions(overlap=20))


def test_symbols_are_distinct():
    """The first 60 symbols (40 shapes, then letters and digits) drawn 8 mm wide and
    rasterised by pdfium: each leaves ink and differs from every other."""
    from reportlab.pdfgen.canvas import Canvas

    from motifstudio.export.handwork.symbols import draw_symbol, symbol_count
    from motifstudio.export.print_pdf import PT, _font
    assert symbol_count() >= 80
    n, cols, cell = 60, 10, 10.0
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(cols * cell * PT, n // cols * cell * PT))
    c.translate(0, n // cols * cell * PT)
    c.scale(PT, -PT)
    for k in range(n):
        c.saveState()
        c.translate((k % cols + 0.5) * cell, (k // cols + 0.5) * cell)
        draw_symbol(c, k, 8.0, (0, 0, 0), font=_font()[0])
        c.restoreState()
    c.showPage()
    c.save()
    img = render(buf.getvalue(), 0, dpi=150)
    px = int(round(cell / 25.4 * 150))
    ink = img.min(-1) < 128
    tiles = np.array([ink[(k // cols) * px:(k // cols + 1) * px, (k % cols) * px:(k % cols + 1) * px]
                      .ravel() for k in range(n)])
    assert (tiles.mean(1) > 0.02).all()
    diff = (tiles[:, None, :] != tiles[None, :, :]).mean(2)
    np.fill_diagonal(diff, 1.0)
    assert diff.min() > 0.03
