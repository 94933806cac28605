"""Print a :class:`~motifstudio.export.sheet.Sheet` at 1:1 as a vector PDF, tiled
over A4, A3 or Letter pages.

Every page keeps a margin that home printers cannot print anyway; neighbouring
pages overlap by ``overlap_mm`` so they can be trimmed along the printed trim
line and glued with the registration marks on top of each other.  Pages are
named like a map grid: rows A, B, C … from the top, columns 1, 2, 3 … from the
left.  Each page has its name, its neighbours' names at its edges, and a
100 mm scale-check bar; an overview page comes first with the whole sheet, the
page grid and a title block (name, size, colours, date).

Only the items that reach a page are written on it (bounding boxes), and
repeated content is one PDF form drawn many times, so a 150 x 220 cm felt
template on 80 pages stays fast and small.
"""
from __future__ import annotations

import datetime as _dt
import io
import math
import os
import string
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..core.atomic import write_output
from ..core.params import param, validate
from .sheet import ImageItem, PathItem, Sheet, TextItem, Use, parse_path

__all__ = ["PrintOptions", "PAPERS", "page_grid", "sheet_pdf", "sheets_pdf", "write_sheet_pdf"]

PAPERS = {"A4": (210.0, 297.0), "A3": (297.0, 420.0), "Letter": (215.9, 279.4)}
PT = 72.0 / 25.4                   # points per mm
SCALE_BAR_MM = 100.0
_MARK_STEP_MM = 60.0               # registration marks along an overlap strip


@dataclass(frozen=True)
class PrintOptions:
    paper: str = param("A4", label="Paper", choices=tuple(PAPERS),
                       help="The paper in the printer.")
    orientation: str = param("auto", label="Orientation", choices=("auto", "portrait", "landscape"),
                             help="Auto: whichever needs fewer pages.")
    overlap_mm: float = param(10.0, label="Overlap", unit="mm", minimum=0.0, maximum=60.0,
                              help="How much neighbouring pages share, for gluing.")
    margin_mm: float = param(10.0, label="Margin", unit="mm", minimum=5.0, maximum=30.0,
                             help="Left blank round each page; most printers cannot print "
                                  "to the edge.")
    overview: bool = param(True, label="Overview page",
                           help="A first page with the whole design and the page grid.")
    marks: bool = param(True, label="Alignment marks",
                        help="Trim lines and registration marks for gluing the pages.")


@dataclass(frozen=True)
class PageGrid:
    paper_mm: tuple         # (w, h) of the chosen orientation
    origins: np.ndarray     # (rows, cols, 2) sheet mm at each page's printable top-left
    printable: tuple        # (w, h) mm
    rows: int
    cols: int

    @property
    def n_pages(self) -> int:
        return self.rows * self.cols


def _count(length: float, printable: float, step: float) -> int:
    if length <= printable + 1e-9:
        return 1
    return int(math.ceil((length - printable) / step - 1e-9)) + 1


def page_grid(size_mm, options: PrintOptions, *, centre: bool = True) -> PageGrid:
    """The tiling of a sheet of *size_mm* over pages (see the module docstring).

    With ``centre=False`` the sheet starts at the first page's top-left corner
    (documents such as a costing sheet) instead of being centred on the pages."""
    validate(options)
    W, H = (float(v) for v in size_mm)
    if not (W > 0 and H > 0):
        raise ValueError(f"nothing to print: the sheet is {W:g} x {H:g} mm")
    pw, ph = PAPERS[options.paper]
    cands = {"portrait": (pw, ph), "landscape": (ph, pw)}
    best = None
    for name, (w, h) in cands.items():
        if options.orientation not in ("auto", name):
            continue
        aw, ah = w - 2 * options.margin_mm, h - 2 * options.margin_mm
        if options.overlap_mm >= min(aw, ah) / 2:
            raise ValueError(f"an overlap of {options.overlap_mm:g} mm leaves too little of each "
                             f"{options.paper} page")
        cols = _count(W, aw, aw - options.overlap_mm)
        rows = _count(H, ah, ah - options.overlap_mm)
        if best is None or rows * cols < best[0]:
            best = (rows * cols, (w, h), (aw, ah), rows, cols)
    _, paper, (aw, ah), rows, cols = best
    if rows * cols > 2000:
        raise ValueError(f"{rows * cols} pages: print on larger paper or export a smaller design")
    xs = np.arange(cols) * (aw - options.overlap_mm)
    ys = np.arange(rows) * (ah - options.overlap_mm)
    if centre:
        # centre the sheet on the grid of pages, so both outer margins are equal
        xs += ((xs[-1] + aw) - W) / -2 if cols > 1 else (W - aw) / 2
        ys += ((ys[-1] + ah) - H) / -2 if rows > 1 else (H - ah) / 2
    origins = np.stack(np.meshgrid(xs, ys, indexing="xy"), -1)    # (rows, cols, 2)
    return PageGrid(paper, origins, (aw, ah), rows, cols)


def page_name(row: int, col: int) -> str:
    letters = string.ascii_uppercase
    r = letters[row] if row < 26 else letters[row // 26 - 1] + letters[row % 26]
    return f"{r}{col + 1}"


# ----------------------------------------------------------------------------- fonts

_FONT = None


def _font() -> tuple:
    """(regular, bold) font names with Cyrillic when a TrueType font is found."""
    global _FONT
    if _FONT is not None:
        return _FONT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    candidates = [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        (os.path.join(os.environ.get("WINDIR", "C:\\Windows"), "Fonts", "arial.ttf"),
         os.path.join(os.environ.get("WINDIR", "C:\\Windows"), "Fonts", "arialbd.ttf")),
        ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    ]
    for regular, bold in candidates:
        if os.path.isfile(regular):
            try:
                pdfmetrics.registerFont(TTFont("MSans", regular))
                pdfmetrics.registerFont(TTFont("MSans-Bold", bold if os.path.isfile(bold) else regular))
                _FONT = ("MSans", "MSans-Bold")
                return _FONT
            except Exception:  # a broken font file: fall back to the built-in font
                continue
    _FONT = ("Helvetica", "Helvetica-Bold")   # Latin only
    return _FONT


# ----------------------------------------------------------------------------- drawing

def _bbox_of_d(d: str) -> np.ndarray:
    nums = [n for _, ns in parse_path(d) for n in ns]
    if not nums:
        return np.array([np.inf, np.inf, -np.inf, -np.inf])
    a = np.asarray(nums, float).reshape(-1, 2)
    return np.concatenate([a.min(0), a.max(0)])


def _bbox(item, sym_boxes: dict) -> np.ndarray:
    if isinstance(item, PathItem):
        box = _bbox_of_d(item.d)
        return box + np.array([-1, -1, 1, 1]) * item.width
    if isinstance(item, TextItem):
        w = item.size * 0.6 * len(item.text)
        return np.array([item.x - w, item.y - item.size * 1.2, item.x + w, item.y + item.size * 0.4])
    if isinstance(item, ImageItem):
        return np.array([item.x, item.y, item.x + item.w, item.y + item.h])
    if isinstance(item, Use):
        x0, y0, x1, y1 = sym_boxes[item.symbol]
        c = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]])
        p = c @ item.matrix[:2].T
        box = np.concatenate([p.min(0), p.max(0)])
        if item.clip is not None:
            cb = np.concatenate([item.clip.min(0), item.clip.max(0)])
            box = np.array([max(box[0], cb[0]), max(box[1], cb[1]), min(box[2], cb[2]),
                            min(box[3], cb[3])])
        return box
    raise TypeError(f"unknown sheet item {type(item).__name__}")


def _path(canvas, d: str):
    p = canvas.beginPath()
    for op, n in parse_path(d):
        if op == "M":
            p.moveTo(*n)
        elif op == "L":
            p.lineTo(*n)
        elif op == "C":
            p.curveTo(*n)
        else:
            p.close()
    return p


def _polygon(canvas, poly):
    p = canvas.beginPath()
    pts = np.asarray(poly, float)
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    return p


def _rgb(canvas, rgb, fill: bool) -> None:
    r, g, b = (float(v) / 255.0 for v in rgb)
    (canvas.setFillColorRGB if fill else canvas.setStrokeColorRGB)(r, g, b)


def _draw_items(canvas, items, forms: set) -> None:
    """Draw in the current (y-down, mm) user space."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO
    regular, bold = _font()
    for it in items:
        if isinstance(it, PathItem):
            if it.fill is None and it.stroke is None:
                continue
            if it.fill is not None:
                _rgb(canvas, it.fill, True)
            if it.stroke is not None:
                _rgb(canvas, it.stroke, False)
                canvas.setLineWidth(it.width)
                canvas.setDash(list(it.dash) if it.dash else [])
                canvas.setLineJoin(1)
                canvas.setLineCap(1)
            canvas.drawPath(_path(canvas, it.d), stroke=int(it.stroke is not None),
                            fill=int(it.fill is not None),
                            fillMode=FILL_EVEN_ODD if it.even_odd else FILL_NON_ZERO)
        elif isinstance(it, TextItem):
            canvas.saveState()
            canvas.translate(it.x, it.y)
            if it.rotate:
                canvas.rotate(it.rotate)
            canvas.scale(1, -1)                      # text upright in a y-down space
            _rgb(canvas, it.colour, True)
            font = bold if it.bold else regular
            canvas.setFont(font, it.size)
            draw = {"start": canvas.drawString, "middle": canvas.drawCentredString,
                    "end": canvas.drawRightString}[it.anchor]
            draw(0, 0, it.text)
            canvas.restoreState()
        elif isinstance(it, ImageItem):
            from PIL import Image
            canvas.saveState()
            canvas.translate(it.x, it.y + it.h)
            canvas.scale(1, -1)
            img = ImageReader(Image.fromarray(np.ascontiguousarray(it.rgb, np.uint8)))
            canvas.drawImage(img, 0, 0, it.w, it.h)
            canvas.restoreState()
        elif isinstance(it, Use):
            canvas.saveState()
            if it.clip is not None:
                canvas.clipPath(_polygon(canvas, it.clip), stroke=0, fill=0)
            m = it.matrix
            canvas.transform(m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2])
            if it.local_clip is not None:
                canvas.clipPath(_polygon(canvas, it.local_clip), stroke=0, fill=0)
            canvas.doForm(f"sym_{it.symbol}")
            canvas.restoreState()


def _define_forms(canvas, sheets) -> dict:
    """Every symbol of *sheets* as one PDF form, with its own bounding box: reportlab's
    default box is the page size at the origin, which would cut off content at negative
    or large (> ~600 mm) coordinates."""
    boxes = {}
    for sheet in sheets:
        for s in sheet.symbols:
            b = np.array([np.inf, np.inf, -np.inf, -np.inf])
            for it in s.items:
                bb = _bbox(it, boxes)
                b = np.r_[np.minimum(b[:2], bb[:2]), np.maximum(b[2:], bb[2:])]
            boxes[s.id] = b
            lo, hi = (b[:2] - 1.0, b[2:] + 1.0) if np.isfinite(b).all() else ((0.0, 0.0), (1.0, 1.0))
            canvas.beginForm(f"sym_{s.id}", lowerx=float(lo[0]), lowery=float(lo[1]),
                             upperx=float(hi[0]), uppery=float(hi[1]))
            _draw_items(canvas, s.items, set())
            canvas.endForm()
    return boxes


def _y_down(canvas, paper_h: float) -> None:
    """User space in mm, origin at the paper's top left, y down."""
    canvas.translate(0, paper_h * PT)
    canvas.scale(PT, -PT)


def _text(canvas, x, y, text, size, *, bold=False, anchor="start", colour=(0, 0, 0)):
    _draw_items(canvas, [TextItem(x, y, text, size, colour, anchor, bold)], set())


def _scale_bar(canvas, x: float, y: float) -> None:
    """A 100 mm bar, black, 2.5 mm tall, with 10 mm ticks, top-left at (x, y) mm."""
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(x, y, SCALE_BAR_MM, 2.5, stroke=0, fill=1)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.2)
    canvas.setDash([])
    for k in range(11):
        canvas.line(x + 10 * k, y + 2.5, x + 10 * k, y + (4.0 if k % 5 == 0 else 3.3))
    _text(canvas, x + SCALE_BAR_MM + 2, y + 2.4, "100 mm", 2.6)


def _cross(canvas, x: float, y: float, r: float = 3.0) -> None:
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.15)
    canvas.setDash([])
    canvas.circle(x, y, r * 0.6, stroke=1, fill=0)
    canvas.line(x - r, y, x + r, y)
    canvas.line(x, y - r, x, y + r)


def _overview(canvas, sheet: Sheet, grid: PageGrid, options: PrintOptions, labels: dict,
              boxes: dict) -> None:
    pw, ph = grid.paper_mm
    m = options.margin_mm
    W, H = sheet.size_mm
    y = m + 7
    _text(canvas, m, y, sheet.title or labels["untitled"], 6, bold=True)
    y += 6
    rows = [(labels["size"], f"{W / 10:.1f} × {H / 10:.1f} cm ({W:.0f} × {H:.0f} mm)"),
            (labels["pages"], labels["pages_value"].format(n=grid.n_pages, rows=grid.rows,
                                                          cols=grid.cols, paper=options.paper)),
            (labels["date"], _dt.date.today().isoformat())] + list(sheet.info)
    for k, v in rows:
        _text(canvas, m, y, f"{k}: {v}", 3.2)
        y += 4.6
    if sheet.legend:
        x = m
        for rgb, label in sheet.legend:
            w = 8 + 1.7 * len(label)
            if x + w > pw - m:
                x = m
                y += 5.5
            _rgb(canvas, rgb, True)
            canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
            canvas.setLineWidth(0.2)
            canvas.rect(x, y - 3.2, 4.5, 4.5, stroke=1, fill=1)
            _text(canvas, x + 6, y, label, 3.0)
            x += w
        y += 5.5
    _text(canvas, m, y + 1, labels["print_note"], 3.0, bold=True)
    y += 5
    # the whole sheet, fitted, with the page grid
    top, bottom = y + 2, ph - m - 10
    avail_w, avail_h = pw - 2 * m, bottom - top
    aw, ah = grid.printable
    # fit the sheet and the page grid round it (pages may reach past the sheet)
    lo = np.minimum(grid.origins.reshape(-1, 2).min(0), 0.0)
    hi = np.maximum(grid.origins.reshape(-1, 2).max(0) + (aw, ah), (W, H))
    ext = hi - lo
    k = min(avail_w / ext[0], avail_h / ext[1])
    ox, oy = m + (avail_w - ext[0] * k) / 2 - lo[0] * k, top - lo[1] * k
    canvas.saveState()
    canvas.translate(ox, oy)
    canvas.scale(k, k)
    canvas.saveState()
    canvas.clipPath(_polygon(canvas, [(0, 0), (W, 0), (W, H), (0, H)]), stroke=0, fill=0)
    if sheet.background is not None:
        _rgb(canvas, sheet.background, True)
        canvas.rect(0, 0, W, H, stroke=0, fill=1)
    _draw_items(canvas, sheet.items, set())
    canvas.restoreState()
    canvas.setStrokeColorRGB(0.1, 0.3, 0.8)
    canvas.setLineWidth(0.3 / k)
    canvas.setDash([])
    for r in range(grid.rows):
        for c in range(grid.cols):
            x0, y0 = grid.origins[r, c]
            canvas.rect(x0, y0, aw, ah, stroke=1, fill=0)
            _text(canvas, x0 + aw / 2, y0 + ah / 2 + 2.5 / k, page_name(r, c), 5 / k, bold=True,
                  anchor="middle", colour=(25, 75, 200))
    canvas.restoreState()
    _scale_bar(canvas, m, ph - m - 5)


def _tile_page(canvas, sheet: Sheet, grid: PageGrid, options: PrintOptions, r: int, c: int,
               visible: list, labels: dict) -> None:
    pw, ph = grid.paper_mm
    m = options.margin_mm
    aw, ah = grid.printable
    x0, y0 = grid.origins[r, c]
    W, H = sheet.size_mm
    canvas.saveState()
    canvas.clipPath(_polygon(canvas, [(m, m), (m + aw, m), (m + aw, m + ah), (m, m + ah)]),
                    stroke=0, fill=0)
    canvas.translate(m - x0, m - y0)
    if sheet.background is not None:
        _rgb(canvas, sheet.background, True)
        canvas.rect(0, 0, W, H, stroke=0, fill=1)
    _draw_items(canvas, visible, set())
    if options.marks:
        ov = options.overlap_mm
        # registration marks in the middle of each overlap strip this page shares
        for cc in (c - 1, c + 1):
            if 0 <= cc < grid.cols:
                xs = grid.origins[r, max(c, cc)][0] + ov / 2
                for yy in np.arange(y0 + 20, y0 + ah - 10, _MARK_STEP_MM):
                    _cross(canvas, xs, yy)
        for rr in (r - 1, r + 1):
            if 0 <= rr < grid.rows:
                ys = grid.origins[max(r, rr), c][1] + ov / 2
                for xx in np.arange(x0 + 20, x0 + aw - 10, _MARK_STEP_MM):
                    _cross(canvas, xx, ys)
    canvas.restoreState()
    if options.marks:
        canvas.setStrokeColorRGB(0.4, 0.4, 0.4)
        canvas.setLineWidth(0.2)
        canvas.setDash([2, 1.5])
        # trim lines: cut along the left and top edges of every page that has a
        # neighbour there, then lay it over that neighbour
        if c > 0:
            canvas.line(m, m - 4, m, m + ah + 4)
        if r > 0:
            canvas.line(m - 4, m, m + aw + 4, m)
        canvas.setDash([])
    name = page_name(r, c)
    _text(canvas, pw / 2, m - 3, f"{name}   ·   {sheet.title}   ·   "
          + labels["page_of"].format(k=r * grid.cols + c + 1, n=grid.n_pages) + "   ·   1:1",
          3.0, anchor="middle")
    _text(canvas, pw - m, m - 3, name, 5, bold=True, anchor="end")
    for dr, dc, x, y, fmt in ((0, -1, m - 2, ph / 2, "← {}"), (0, 1, pw - m + 2, ph / 2, "{} →"),
                              (-1, 0, pw / 2, m - 7.5, "↑ {}"), (1, 0, pw / 2, ph - m + 8, "↓ {}")):
        rr, cc = r + dr, c + dc
        if 0 <= rr < grid.rows and 0 <= cc < grid.cols:
            rot = -90 if dc else 0
            _draw_items(canvas, [TextItem(x, y, fmt.format(page_name(rr, cc)), 3.0,
                                          (60, 60, 60), "middle", True, rotate=rot if dc else 0)],
                        set())
    _scale_bar(canvas, m, ph - m + 2.5)


_DEFAULT_LABELS = {"untitled": "Motif", "size": "Size", "pages": "Pages",
                   "pages_value": "{n} {paper} pages, {rows} rows × {cols} columns",
                   "date": "Date", "page_of": "page {k} of {n}",
                   "print_note": "Print at 100 % (“actual size”), not “fit to page”. "
                                 "Check the 100 mm bar with a ruler."}


def sheets_pdf(sheets, options: Optional[PrintOptions] = None, *, overview: str = "option",
               labels: Optional[dict] = None, centre: bool = True) -> bytes:
    """Print *sheets* one after another at 1:1 in one PDF (bytes), each tiled over pages.

    *overview*: ``"option"`` follows ``options.overview``; ``"tiled"`` gives the
    overview page only to sheets that need more than one page.  Symbol ids must be
    unique across the sheets (the PDF's forms are shared by the whole document).
    """
    from reportlab.pdfgen.canvas import Canvas
    options = validate(options or PrintOptions())
    labels = {**_DEFAULT_LABELS, **(labels or {})}
    sheets = list(sheets)
    if not sheets:
        raise ValueError("nothing to print: no sheets")
    ids = [s.id for sh in sheets for s in sh.symbols]
    if len(ids) != len(set(ids)):
        raise ValueError("symbol ids must be unique across the sheets of one PDF")
    grids = [page_grid(sh.size_mm, options, centre=centre) for sh in sheets]
    buf = io.BytesIO()
    pw, ph = grids[0].paper_mm
    canvas = Canvas(buf, pagesize=(pw * PT, ph * PT), invariant=1)
    canvas.setTitle(sheets[0].title or "Motif Studio")
    canvas.setCreator("Motif Studio")
    _y_down(canvas, ph)
    boxes = _define_forms(canvas, sheets)
    first = True
    for sheet, grid in zip(sheets, grids):
        pw, ph = grid.paper_mm
        bbs = np.array([_bbox(it, boxes) for it in sheet.items]).reshape(-1, 4)

        def new_page():
            nonlocal first
            if not first:      # reportlab starts a page after each showPage: no blank last page
                canvas.showPage()
            canvas.setPageSize((pw * PT, ph * PT))
            if not first:
                _y_down(canvas, ph)
            first = False

        if options.overview if overview == "option" else (options.overview and grid.n_pages > 1):
            new_page()
            _overview(canvas, sheet, grid, options, labels, boxes)
        aw, ah = grid.printable
        for r in range(grid.rows):
            for c in range(grid.cols):
                new_page()
                x0, y0 = grid.origins[r, c]
                hit = ((bbs[:, 0] <= x0 + aw) & (bbs[:, 2] >= x0)
                       & (bbs[:, 1] <= y0 + ah) & (bbs[:, 3] >= y0))
                visible = [sheet.items[i] for i in np.flatnonzero(hit)]
                _tile_page(canvas, sheet, grid, options, r, c, visible, labels)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def sheet_pdf(sheet: Sheet, options: Optional[PrintOptions] = None, *,
              labels: Optional[dict] = None, centre: bool = True) -> bytes:
    """The sheet as a tiled 1:1 PDF (bytes); see the module docstring."""
    return sheets_pdf([sheet], options, labels=labels, centre=centre)


def write_sheet_pdf(sheet: Sheet, dest, options: Optional[PrintOptions] = None, *,
                    labels: Optional[dict] = None, centre: bool = True) -> None:
    write_output(dest, sheet_pdf(sheet, options, labels=labels, centre=centre))
