"""The cross-stitch chart PDF: an overview with the page map, the key, then the chart.

The chart is a working drawing, not a 1:1 print: each square is a cell of
about 2.8 mm with the thread's symbol (on the thread's colour, or black on
white), a bold line every 10 squares, the stitch numbers 10, 20, … along all
four edges and arrows at the middle row and column.  It is cut into pages
whose new part is a whole number of tens (60 x 80 squares on A4); each page
also repeats the last ``overlap`` columns and rows of the page before it,
shaded, so the stitcher can carry on across a page break.  The overview
page shows the whole design with the pages drawn over it (the page map);
the key lists symbol, DMC number, name, stitches and skeins, and the
finished size at 11, 14, 16 and 18 count (exact: stitches / count x 2.54 cm).
The thread estimate is explained in :mod:`.stitchgrid`.
"""
from __future__ import annotations

import datetime as _dt
import io
import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.atomic import write_output
from ...core.colour import rgb_to_lab
from ...core.params import param
from ...design.spec import Design
from ..print_pdf import PAPERS, PT, _font
from ..registry import Writer, register
from .stitchgrid import (COUNTS, SKEIN_M, THREAD_FACTOR, StitchGrid, StitchGridOptions,
                         check_grid_options, finished_size_cm, grid_image, grid_preview, skeins,
                         stitch_grid, thread_per_stitch_mm)
from .symbols import draw_symbol

__all__ = ["CrossStitchPdfOptions", "ChartPage", "chart_pages", "chart_pdf",
           "write_cross_stitch_pdf"]

CHART_PAPERS = ("A4", "Letter")
MARGIN = 10.0          # mm round every page
HEADER = 12.0          # title lines above the chart
FOOTER = 6.0
NUMBERS = 7.0          # band round the grid for the stitch numbers and centre arrows
MIN_CELL, MAX_CELL = 2.6, 3.2
THIN, BOLD, FRAME = 0.12, 0.5, 0.3     # line widths in mm
KEY_ROW = 7.0


@dataclass(frozen=True)
class CrossStitchPdfOptions(StitchGridOptions):
    style: str = param("on-colour", label="Chart style", choices=("on-colour", "symbols-only"),
                       help="Symbols on squares of the thread colour, or black symbols on white "
                            "(for a black-and-white printer).")
    paper: str = param("A4", label="Paper", choices=CHART_PAPERS)
    overlap: int = param(3, label="Page overlap", unit="stitches", minimum=0, maximum=10,
                         help="Columns and rows of the previous page repeated, shaded, at the "
                              "edge of the next.", advanced=True)
    strands: int = param(2, label="Strands", minimum=1, maximum=6,
                         help="Strands of floss in the needle (for the skein estimate).",
                         advanced=True)


@dataclass(frozen=True)
class ChartPage:
    """One chart page: it shows columns ``c0:c1`` and rows ``r0:r1``; columns
    before ``cn`` and rows before ``rn`` repeat the previous page (shaded)."""
    row: int
    col: int
    c0: int
    cn: int
    c1: int
    r0: int
    rn: int
    r1: int


@dataclass(frozen=True)
class _Layout:
    paper: tuple
    cell: float
    step_c: int
    step_r: int
    pages: tuple          # of ChartPage, row-major
    page_rows: int
    page_cols: int


def _layout(grid: StitchGrid, options: CrossStitchPdfOptions) -> _Layout:
    pw, ph = PAPERS[options.paper]
    ov = options.overlap
    avail_w = pw - 2 * MARGIN - 2 * NUMBERS
    avail_h = ph - 2 * MARGIN - HEADER - FOOTER - 2 * NUMBERS
    # the new part of a page is a whole number of tens, so bold lines fall alike on every page
    step_c = max(10, 10 * ((int(avail_w // MIN_CELL) - ov) // 10))
    cell = min(MAX_CELL, avail_w / (step_c + ov))
    step_r = max(10, 10 * ((int(avail_h // cell) - ov) // 10))
    cell = min(cell, avail_h / (step_r + ov))
    ncol = max(1, math.ceil(grid.across / step_c))
    nrow = max(1, math.ceil(grid.down / step_r))
    pages = []
    for r in range(nrow):
        for c in range(ncol):
            cn, rn = c * step_c, r * step_r
            pages.append(ChartPage(r, c, max(0, cn - ov), cn, min(grid.across, cn + step_c),
                                   max(0, rn - ov), rn, min(grid.down, rn + step_r)))
    return _Layout((pw, ph), cell, step_c, step_r, tuple(pages), nrow, ncol)


def chart_pages(grid: StitchGrid, options: Optional[CrossStitchPdfOptions] = None) -> tuple:
    """The chart pages of *grid* (row-major), as :func:`chart_pdf` prints them."""
    options = check_grid_options(options, CrossStitchPdfOptions)
    return _layout(grid, options).pages


# ----------------------------------------------------------------------------- drawing

def _y_down(c, ph: float) -> None:
    c.translate(0, ph * PT)
    c.scale(PT, -PT)


def _text(c, x, y, text, size, *, bold=False, anchor="start", colour=(0, 0, 0)) -> None:
    regular, boldf = _font()
    c.saveState()
    c.translate(x, y)
    c.scale(1, -1)
    c.setFillColorRGB(*(v / 255 for v in colour))
    c.setFont(boldf if bold else regular, size)
    {"start": c.drawString, "middle": c.drawCentredString, "end": c.drawRightString}[anchor](
        0, 0, text)
    c.restoreState()


def _fit_text(text: str, size: float, width: float) -> str:
    """Shorten *text* with an ellipsis so it fits *width* mm at font *size*."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    font = _font()[0]
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _dark(rgb) -> bool:
    return float(rgb_to_lab(np.asarray(rgb, np.uint8))[0]) < 55.0


def _symbol_forms(c, grid: StitchGrid, size: float) -> list:
    """One PDF form per thread symbol in black and one in white; returns
    (black name, white name) per thread."""
    font = _font()[0]
    names = []
    for k in range(len(grid.threads)):
        pair = []
        for tag, colour in (("k", (0.0, 0.0, 0.0)), ("w", (1.0, 1.0, 1.0))):
            name = f"sym{k}{tag}"
            c.beginForm(name, lowerx=-size, lowery=-size, upperx=size, uppery=size)
            draw_symbol(c, k, size, colour, font=font)
            c.endForm()
            pair.append(name)
        names.append(tuple(pair))
    return names


def _chart_page(c, grid: StitchGrid, lay: _Layout, page: ChartPage, forms: list,
                options: CrossStitchPdfOptions, header: tuple) -> None:
    pw, ph = lay.paper
    cell = lay.cell
    ncols, nrows = page.c1 - page.c0, page.r1 - page.r0
    gx = (pw - ncols * cell) / 2
    gy = MARGIN + HEADER + NUMBERS
    title, right, line2 = header
    _text(c, MARGIN, MARGIN + 4.5, _fit_text(title, 4.2, pw - 2 * MARGIN - 45), 4.2, bold=True)
    _text(c, pw - MARGIN, MARGIN + 4.5, right, 3.4, anchor="end", bold=True)
    _text(c, MARGIN, MARGIN + 9.5, line2, 2.8)
    sub = grid.cells[page.r0:page.r1, page.c0:page.c1]
    colour_mode = options.style == "on-colour"
    dark = [_dark(t.rgb) for t in grid.threads]
    # Squares and symbols are written as raw PDF operators (formatted in bulk):
    # through the canvas API they cost ~30 us each, and a rug has a million.
    if colour_mode:
        _squares(c, sub, grid, gx, gy, cell)
    _symbols(c, sub, forms, dark if colour_mode else None, gx, gy, cell)
    # repeated columns and rows, shaded
    c.saveState()
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.setFillAlpha(0.3)
    if page.cn > page.c0:
        c.rect(gx, gy, (page.cn - page.c0) * cell, nrows * cell, stroke=0, fill=1)
    if page.rn > page.r0:
        x0 = gx + (page.cn - page.c0) * cell
        c.rect(x0, gy, (page.c1 - page.cn) * cell, (page.rn - page.r0) * cell, stroke=0, fill=1)
    c.restoreState()
    # grid lines: thin on every square, bold on every tenth (absolute) stitch
    c.setDash([])
    c.setLineCap(0)
    for bold in (False, True):
        p = c.beginPath()
        for k in range(page.c0, page.c1 + 1):
            if (k % 10 == 0) == bold:
                x = gx + (k - page.c0) * cell
                p.moveTo(x, gy)
                p.lineTo(x, gy + nrows * cell)
        for k in range(page.r0, page.r1 + 1):
            if (k % 10 == 0) == bold:
                y = gy + (k - page.r0) * cell
                p.moveTo(gx, y)
                p.lineTo(gx + ncols * cell, y)
        if bold:
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(BOLD)
        else:
            c.setStrokeColorRGB(0.45, 0.45, 0.45)
            c.setLineWidth(THIN)
        c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(FRAME)
    c.rect(gx, gy, ncols * cell, nrows * cell, stroke=1, fill=0)
    # stitch numbers on all four edges
    fs = 2.3
    for k in range(page.c0, page.c1 + 1):
        if k % 10 == 0 and k > 0:
            x = gx + (k - page.c0) * cell
            _text(c, x, gy - 3.6, str(k), fs, anchor="middle")
            _text(c, x, gy + nrows * cell + 3.6 + fs * 0.7, str(k), fs, anchor="middle")
    for k in range(page.r0, page.r1 + 1):
        if k % 10 == 0 and k > 0:
            y = gy + (k - page.r0) * cell + fs * 0.35
            _text(c, gx - 3.0, y, str(k), fs, anchor="end")
            _text(c, gx + ncols * cell + 3.0, y, str(k), fs, anchor="start")
    # centre arrows at the middle column and row
    c.setFillColorRGB(0.75, 0.1, 0.1)
    a = 2.2
    mid_c, mid_r = grid.across / 2, grid.down / 2
    if page.c0 <= mid_c <= page.c1:
        x = gx + (mid_c - page.c0) * cell
        for y, s in ((gy - 0.4, -1), (gy + nrows * cell + 0.4, 1)):
            _triangle(c, [(x, y), (x - a / 2, y + s * a), (x + a / 2, y + s * a)])
    if page.r0 <= mid_r <= page.r1:
        y = gy + (mid_r - page.r0) * cell
        for x, s in ((gx - 0.4, -1), (gx + ncols * cell + 0.4, 1)):
            _triangle(c, [(x, y), (x + s * a, y - a / 2), (x + s * a, y + a / 2)])


def _squares(c, sub: np.ndarray, grid: StitchGrid, gx: float, gy: float, cell: float) -> None:
    """Runs of one thread along each row as filled rectangles, grouped by thread."""
    nrows, ncols = sub.shape
    start = np.ones(sub.shape, bool)
    start[:, 1:] = sub[:, 1:] != sub[:, :-1]
    ri, si = np.nonzero(start)
    nxt = np.r_[si[1:], ncols]
    same_row = np.r_[ri[1:] == ri[:-1], False]
    ei = np.where(same_row, nxt, ncols)
    t = sub[ri, si]
    ops = ["q"]
    for k in np.unique(t[t >= 0]).tolist():
        sel = t == k
        r, g, b = (v / 255 for v in grid.threads[k].rgb)
        ops.append(f"{r:.4f} {g:.4f} {b:.4f} rg")
        xs, ys = gx + si[sel] * cell, gy + ri[sel] * cell
        ws = (ei[sel] - si[sel]) * cell
        ops += [f"{x:.3f} {y:.3f} {w:.3f} {cell:.3f} re" for x, y, w in
                zip(xs.tolist(), ys.tolist(), ws.tolist())]
        ops.append("f")
    ops.append("Q")
    c.addLiteral("\n".join(ops))


def _symbols(c, sub: np.ndarray, forms: list, dark, gx: float, gy: float, cell: float) -> None:
    """Each stitched square's symbol form, white on dark threads when *dark* is given."""
    from reportlab.pdfbase.pdfdoc import xObjectName
    ii, jj = np.nonzero(sub >= 0)
    if not len(ii):
        return
    t = sub[ii, jj].astype(np.intp)
    white = np.zeros(len(forms), bool) if dark is None else np.asarray(dark, bool)
    names = [forms[k][1] if white[k] else forms[k][0] for k in range(len(forms))]
    xs = (gx + (jj + 0.5) * cell).tolist()
    ys = (gy + (ii + 0.5) * cell).tolist()
    kinds, firsts = np.unique(t, return_index=True)
    for k, first in zip(kinds.tolist(), firsts.tolist()):
        # one call through the API registers the form with this page's resources
        c.addLiteral(f"q 1 0 0 1 {xs[first]:.3f} {ys[first]:.3f} cm")
        c.doForm(names[k])
        c.addLiteral("Q")
    rest = np.ones(len(t), bool)
    rest[firsts] = False
    ref = [xObjectName(n) for n in names]
    c.addLiteral("\n".join(f"q 1 0 0 1 {x:.3f} {y:.3f} cm /{ref[k]} Do Q"
                           for x, y, k, r in zip(xs, ys, t.tolist(), rest.tolist()) if r))


def _triangle(c, pts) -> None:
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _overview(c, grid: StitchGrid, lay: _Layout, options: CrossStitchPdfOptions, title: str,
              first_chart_page: int, n_pages: int) -> None:
    from reportlab.lib.utils import ImageReader
    from PIL import Image
    pw, ph = lay.paper
    m = MARGIN
    _text(c, m, m + 7, _fit_text(title, 7, pw - 2 * m), 7, bold=True)
    _text(c, m, m + 13, "Cross-stitch chart", 4.2)
    w_cm, h_cm = finished_size_cm(grid.across, grid.down, grid.count)
    dw, dh = grid.design_size_mm
    rows = [
        ("Stitches", f"{grid.across} × {grid.down} squares, {grid.n_stitches:,} full crosses"),
        ("Fabric", f"{grid.count}-count Aida ({grid.count / 2.54:.1f} squares per cm), "
                   f"{options.strands} strands"),
        ("Finished size", f"{w_cm:.1f} × {h_cm:.1f} cm at {grid.count}-count "
                          f"(design drawn {dw / 10:.1f} × {dh / 10:.1f} cm)"),
        ("Colours", f"{len(grid.threads)} DMC stranded cotton"),
        ("Chart", f"{len(lay.pages)} pages of up to {lay.step_c} × {lay.step_r} squares; "
                  f"{options.overlap} rows/columns of the previous page repeated, shaded"),
        ("Centre", f"column {grid.across / 2:g}, row {grid.down / 2:g} (red arrows)"),
        ("Date", _dt.date.today().isoformat()),
    ]
    y = m + 21
    for k, v in rows:
        _text(c, m, y, f"{k}:", 3.3, bold=True)
        _text(c, m + 30, y, _fit_text(v, 3.3, pw - 2 * m - 30), 3.3)
        y += 5
    y += 3
    _text(c, m, y, "Page map: the whole design; each box is a chart page (PDF page number).",
          3.0)
    top = y + 4
    avail_w, avail_h = pw - 2 * m, ph - m - FOOTER - top
    k = min(avail_w / grid.across, avail_h / grid.down)
    ox = m + (avail_w - grid.across * k) / 2
    img = grid_image(grid, px=max(1, min(8, 1600 // max(grid.shape))))
    c.saveState()
    c.translate(ox, top + grid.down * k)
    c.scale(1, -1)
    c.drawImage(ImageReader(Image.fromarray(img)), 0, 0, grid.across * k, grid.down * k)
    c.restoreState()
    c.setStrokeColorRGB(0.1, 0.1, 0.1)
    c.setLineWidth(0.25)
    c.rect(ox, top, grid.across * k, grid.down * k, stroke=1, fill=0)
    c.setStrokeColorRGB(0.1, 0.3, 0.8)
    c.setLineWidth(0.45)
    for n, pg in enumerate(lay.pages):
        x0, y0 = ox + pg.cn * k, top + pg.rn * k
        w, h = (pg.c1 - pg.cn) * k, (pg.r1 - pg.rn) * k
        c.rect(x0, y0, w, h, stroke=1, fill=0)
        label = str(first_chart_page + n)
        fs = max(2.5, min(8.0, min(w, h) / 3))
        c.saveState()
        c.setFillColorRGB(1, 1, 1)
        c.setFillAlpha(0.75)
        c.rect(x0 + w / 2 - fs * 0.45 * len(label) - 0.8, y0 + h / 2 - fs * 0.55,
               fs * 0.9 * len(label) + 1.6, fs * 1.1, stroke=0, fill=1)
        c.restoreState()
        _text(c, x0 + w / 2, y0 + h / 2 + fs * 0.35, label, fs, bold=True, anchor="middle",
              colour=(25, 75, 200))
    _footer(c, lay, 1, n_pages)


def _footer(c, lay: _Layout, k: int, n: int) -> None:
    pw, ph = lay.paper
    _text(c, pw / 2, ph - MARGIN + 1, f"Motif Studio · cross-stitch chart · page {k} of {n}",
          2.6, anchor="middle", colour=(90, 90, 90))


def _legend_rows_per_page(lay: _Layout) -> tuple:
    """Key rows on a page with the notes (totals, sizes, thread estimate), and without."""
    ph = lay.paper[1]
    with_notes = int((ph - 2 * MARGIN - FOOTER - 20 - 75) // KEY_ROW)
    full = int((ph - 2 * MARGIN - FOOTER - 20) // KEY_ROW)
    return max(1, with_notes), max(1, full)


def _legend_pages(grid: StitchGrid, lay: _Layout) -> list:
    """Rows of the key on each key page; the last page keeps room for the notes."""
    n = len(grid.threads)
    with_notes, full = _legend_rows_per_page(lay)
    pages, k = [], 0
    while n - k > with_notes:
        take = min(full, n - k - 1)          # at least one row stays with the notes
        pages.append(list(range(k, k + take)))
        k += take
    pages.append(list(range(k, n)))
    return pages


def _legend_page(c, grid: StitchGrid, lay: _Layout, options: CrossStitchPdfOptions,
                 rows: list, last: bool, k: int, n_pages: int) -> None:
    pw, ph = lay.paper
    m = MARGIN
    counts = grid.counts()
    sk = skeins(counts, grid.count, options.strands)
    _text(c, m, m + 6, f"Key — DMC stranded cotton, {options.strands} strands, "
                       f"{grid.count}-count", 5, bold=True)
    cols = (m, m + 16, m + 36, pw - m - 32, pw - m)   # symbol, DMC, name, stitches, skeins
    y = m + 15
    _text(c, cols[0], y, "Symbol", 2.8, bold=True)
    _text(c, cols[1], y, "DMC", 2.8, bold=True)
    _text(c, cols[2], y, "Name", 2.8, bold=True)
    _text(c, cols[3], y, "Stitches", 2.8, bold=True, anchor="end")
    _text(c, cols[4], y, "Skeins", 2.8, bold=True, anchor="end")
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    c.line(m, y + 1.5, pw - m, y + 1.5)
    y += 1.5
    font = _font()[0]
    for t in rows:
        thread = grid.threads[t]
        y += KEY_ROW
        box = 5.2
        bx, by = cols[0] + 1, y - box + 0.9
        colour_mode = options.style == "on-colour"
        if colour_mode:
            c.setFillColorRGB(*(v / 255 for v in thread.rgb))
        else:
            c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.15)
        c.rect(bx, by, box, box, stroke=1, fill=1)
        sym_colour = (1.0, 1.0, 1.0) if (colour_mode and _dark(thread.rgb)) else (0.0, 0.0, 0.0)
        c.saveState()
        c.translate(bx + box / 2, by + box / 2)
        draw_symbol(c, t, box * 0.8, sym_colour, font=font)
        c.restoreState()
        if not colour_mode:       # the colour still shown beside the symbol
            c.setFillColorRGB(*(v / 255 for v in thread.rgb))
            c.rect(bx + box + 0.8, by, 2.5, box, stroke=0, fill=1)
        _text(c, cols[1], y - 0.6, thread.number, 3.2, bold=True)
        _text(c, cols[2], y - 0.6, _fit_text(thread.name, 3.2, cols[3] - cols[2] - 18), 3.2)
        _text(c, cols[3], y - 0.6, f"{int(counts[t])}", 3.2, anchor="end")
        _text(c, cols[4], y - 0.6, f"{int(sk[t])}", 3.2, anchor="end")
    if last:
        y += 2.5
        c.line(m, y, pw - m, y)
        y += 5
        _text(c, cols[2], y, "Total", 3.2, bold=True)
        _text(c, cols[3], y, f"{int(counts.sum())}", 3.2, bold=True, anchor="end")
        _text(c, cols[4], y, f"{int(sk.sum())}", 3.2, bold=True, anchor="end")
        y += 10
        _text(c, m, y, "Finished size", 4, bold=True)
        for cnt in COUNTS:
            y += 5
            w, h = finished_size_cm(grid.across, grid.down, cnt)
            _text(c, m, y, f"{cnt}-count", 3.2, bold=cnt == grid.count)
            _text(c, m + 22, y, f"{w:.1f} × {h:.1f} cm", 3.2, bold=cnt == grid.count)
        y += 5
        _text(c, m, y, "Add at least 5 cm of fabric on every side for finishing.", 2.8)
        y += 9
        per = thread_per_stitch_mm(grid.count)
        _text(c, m, y, "Thread estimate", 4, bold=True)
        notes = [
            f"A full cross on {grid.count}-count uses about {per / 10:.2f} cm of thread: the two "
            f"diagonals and two sides on the back, (2√2 + 2) × the square side,",
            f"plus 50 % for tails and travel ({THREAD_FACTOR:.2f} × {25.4 / grid.count:.2f} mm).",
            f"One skein = {SKEIN_M:g} m of 6 strands = {SKEIN_M * 6 / options.strands:g} m of "
            f"{options.strands}-strand thread ≈ "
            f"{SKEIN_M * 6000 / options.strands / per:,.0f} crosses. Skeins are rounded up.",
        ]
        for line in notes:
            y += 4.6
            _text(c, m, y, line, 2.9)
    _footer(c, lay, k, n_pages)


def chart_pdf(design: Design, options: Optional[CrossStitchPdfOptions] = None, *,
              grid: Optional[StitchGrid] = None) -> bytes:
    """The chart as PDF bytes (see the module docstring)."""
    from reportlab.pdfgen.canvas import Canvas
    options = check_grid_options(options, CrossStitchPdfOptions)
    if options.paper not in CHART_PAPERS:
        raise ValueError(f"CrossStitchPdfOptions.paper must be one of {', '.join(CHART_PAPERS)}")
    if grid is None:
        grid = stitch_grid(design, options)
    if grid.n_stitches == 0:
        raise ValueError("nothing to stitch: every square is background (turn off "
                         "'Leave the background unstitched')")
    lay = _layout(grid, options)
    legend = _legend_pages(grid, lay)
    first_chart = 2 + len(legend)
    n_pages = 1 + len(legend) + len(lay.pages)
    title = design.motif.metadata.title or "Motif"
    buf = io.BytesIO()
    pw, ph = lay.paper
    c = Canvas(buf, pagesize=(pw * PT, ph * PT), invariant=1)
    c.setTitle(f"{title} — cross-stitch chart")
    c.setCreator("Motif Studio")
    _y_down(c, ph)
    forms = _symbol_forms(c, grid, lay.cell * 0.78)
    _overview(c, grid, lay, options, title, first_chart, n_pages)
    for i, rows in enumerate(legend):
        c.showPage()
        _y_down(c, ph)
        _legend_page(c, grid, lay, options, rows, i == len(legend) - 1, 2 + i, n_pages)
    for n, page in enumerate(lay.pages):
        c.showPage()
        _y_down(c, ph)
        k = first_chart + n
        near = []
        for dr, dc, fmt in ((0, -1, "← {}"), (0, 1, "{} →"), (-1, 0, "↑ {}"), (1, 0, "↓ {}")):
            rr, cc = page.row + dr, page.col + dc
            if 0 <= rr < lay.page_rows and 0 <= cc < lay.page_cols:
                near.append(fmt.format(first_chart + rr * lay.page_cols + cc))
        line2 = (f"Columns {page.c0 + 1}–{page.c1}, rows {page.r0 + 1}–{page.r1}"
                 + ("  ·  shaded: repeated from the page before" if
                    (page.cn > page.c0 or page.rn > page.r0) else "")
                 + ("  ·  next pages: " + "  ".join(near) if near else ""))
        _chart_page(c, grid, lay, page, forms, options,
                    (title, f"page {k} of {n_pages}", line2))
        _footer(c, lay, k, n_pages)
    c.showPage()
    c.save()
    return buf.getvalue()


def write_cross_stitch_pdf(design: Design, dest, options: Optional[CrossStitchPdfOptions] = None
                           ) -> None:
    """Write the cross-stitch chart PDF to *dest* (a path, replaced atomically, or a binary file)."""
    write_output(dest, chart_pdf(design, options))


register(Writer("cross-stitch-pdf", (".pdf",), "Cross-stitch chart: symbols, DMC key with "
                "skeins, finished sizes, pages with overlap", write_cross_stitch_pdf,
                CrossStitchPdfOptions, takes="design", preview=grid_preview))
