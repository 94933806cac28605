"""Several sheets in one PDF, each printed at 1:1 by the tiled print engine.

:func:`~motifstudio.export.print_pdf.sheet_pdf` prints one sheet per file; the
per-bath charts and the screen-print films need one file with a sheet after
another, each on its own page(s).  This drives the engine's page drawing
(overview page, tile pages with name, trim lines, registration marks and the
100 mm bar) sheet by sheet on one canvas.
"""
from __future__ import annotations

import io
from typing import Optional

import numpy as np

from ...core.params import validate
from ..print_pdf import PT, PrintOptions, page_grid
# the engine's page drawing; a public multi-sheet entry point there would retire these
from ..print_pdf import _DEFAULT_LABELS, _bbox, _draw_items, _overview, _tile_page, _y_down

__all__ = ["sheets_pdf", "print_options"]


def sheets_pdf(sheets, options: Optional[PrintOptions] = None, *, overview: str = "option",
               labels: Optional[dict] = None) -> bytes:
    """Print *sheets* one after another at 1:1 (tiled where a sheet exceeds a page).

    *overview*: ``"option"`` follows ``options.overview``; ``"tiled"`` adds the
    overview page only to sheets that need more than one page.  Symbols must
    have ids unique across the sheets (PDF forms are shared by the document).
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
    buf = io.BytesIO()
    canvas = None
    for sheet in sheets:
        grid = page_grid(sheet.size_mm, options)
        pw, ph = grid.paper_mm
        if canvas is None:
            canvas = Canvas(buf, pagesize=(pw * PT, ph * PT), invariant=1)
            canvas.setTitle(sheets[0].title or "Motif Studio")
            canvas.setCreator("Motif Studio")
            boxes = _define_forms(canvas, sheets)
            first = True
        bbs = np.array([_bbox(it, boxes) for it in sheet.items]).reshape(-1, 4)

        def new_page():
            nonlocal first
            if not first:
                canvas.showPage()
            canvas.setPageSize((pw * PT, ph * PT))
            _y_down(canvas, ph)
            first = False

        want = options.overview if overview == "option" else \
            (options.overview and grid.n_pages > 1)
        if want:
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


def _define_forms(canvas, sheets) -> dict:
    """Every symbol of *sheets* as a PDF form (named as the engine draws them), with its
    own bounding box: reportlab's default box is the first page's size in points, which
    would crop a symbol reaching past 595 mm (a whole film is one symbol)."""
    boxes = {}
    for sheet in sheets:
        for s in sheet.symbols:
            b = np.array([np.inf, np.inf, -np.inf, -np.inf])
            for it in s.items:
                bb = _bbox(it, boxes)
                b = np.r_[np.minimum(b[:2], bb[:2]), np.maximum(b[2:], bb[2:])]
            if not np.isfinite(b).all():
                b = np.zeros(4)
            b += (-1.0, -1.0, 1.0, 1.0)
            canvas.beginForm(f"sym_{s.id}", *(float(v) for v in b))
            _draw_items(canvas, s.items, set())
            canvas.endForm()
            boxes[s.id] = b
    return boxes


def print_options(options) -> PrintOptions:
    """The :class:`PrintOptions` part of an options object that extends it."""
    from dataclasses import fields
    return PrintOptions(**{f.name: getattr(options, f.name) for f in fields(PrintOptions)})
