"""The suzani transfer sheet: the design's outlines at 1:1, cut into strips.

A suzani is embroidered on strips of cotton (traditionally shared out among
several embroiderers) that are sewn together afterwards.  The sheet shows
only the lines where one colour meets another (:mod:`.outlines`), thin and
unfilled, ready to trace or, mirrored, to draw over with a transfer pen and
iron on.  The drawing is split into strips ``strip_width_cm`` wide (seam to
seam); each strip's drawing runs ``overlap_cm`` past its seams (the seam
allowance, so the lines meet when the strips are sewn).  Numbered match
marks cross every seam at the same heights on both strips (seam.mark, e.g.
``2.3``), in red with the seam lines; cut lines are grey.

Layout: ONE sheet printed by the 1:1 tiled print engine
(:func:`~motifstudio.export.print_pdf.write_sheet_pdf`, with its overview
page, page names, trim and registration marks and 100 mm scale bar).  The
strips sit side by side on it, each starting on a new column of pages and
kept clear of the overlap its neighbour's pages reach into, so every page
belongs to exactly one strip: the pages of a strip can be handed out, glued
and traced on their own.  (A PDF per strip would need several files per
export; one sheet also keeps the overview showing how the strips fit.)
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.params import param, validate
from ...design.spec import Design
from ..print_pdf import PAPERS, PrintOptions, write_sheet_pdf
from ..registry import Writer, register
from ..sheet import PathItem, Sheet, Symbol, TextItem, Use, polygon_d
from .outlines import colour_boundaries

__all__ = ["SuzaniTransferOptions", "Strip", "strips", "transfer_sheet", "transfer_print_options",
           "write_suzani_transfer_pdf"]

LINE = (0, 0, 0)
MARK = (200, 0, 0)
CUT = (130, 130, 130)
PAD = 10.0            # mm beside each strip's cut lines, for labels
TOP, BOTTOM = 18.0, 8.0
TICK_IN = 5.0         # how far a match mark reaches past the seam into the strip
PAGE_OVERLAP = 10.0   # the print engine's default overlap between pages
PAGE_MARGIN = 10.0


@dataclass(frozen=True)
class SuzaniTransferOptions:
    mirror: bool = param(False, label="Mirror for iron-on transfer",
                         help="Draw the design mirrored left to right, for a transfer pen or "
                              "pencil: ironing the sheet face down flips it back.")
    strip_width_cm: float = param(40.0, label="Strip width", unit="cm", minimum=5.0,
                                  maximum=300.0,
                                  help="Width of each cloth strip, seam to seam; suzani are "
                                       "embroidered on strips sewn together afterwards.")
    line_width_mm: float = param(0.35, label="Line width", unit="mm", minimum=0.1, maximum=2.0,
                                 help="Width of the outlines.")
    overlap_cm: float = param(1.0, label="Overlap at the seams", unit="cm", minimum=0.0,
                              maximum=5.0,
                              help="The drawing runs this far past each seam (the seam "
                                   "allowance), so the lines meet when the strips are sewn.")
    mark_step_cm: float = param(5.0, label="Match marks every", unit="cm", minimum=1.0,
                                maximum=50.0, advanced=True,
                                help="Distance between the numbered marks across each seam.")
    paper: str = param("A4", label="Paper", choices=tuple(PAPERS))
    orientation: str = param("auto", label="Orientation",
                             choices=("auto", "portrait", "landscape"),
                             help="Auto: whichever needs fewer pages.")


@dataclass(frozen=True)
class Strip:
    """Strip ``index`` (from 0, left to right as printed): seams at ``a``/``b``
    and drawing from ``lo`` to ``hi`` (mm across the printed design); ``x`` is
    where ``lo`` lands on the sheet."""
    index: int
    a: float
    b: float
    lo: float
    hi: float
    x: float


def _count(length: float, printable: float, step: float) -> int:
    # as print_pdf.page_grid counts pages
    if length <= printable + 1e-9:
        return 1
    return int(math.ceil((length - printable) / step - 1e-9)) + 1


def _plan(W: float, H: float, options: SuzaniTransferOptions, orientation: str) -> tuple:
    """(strips, sheet width, pages) for one page orientation."""
    pw, ph = PAPERS[options.paper]
    if orientation == "landscape":
        pw, ph = ph, pw
    aw, ah = pw - 2 * PAGE_MARGIN, ph - 2 * PAGE_MARGIN
    step = aw - PAGE_OVERLAP
    w = options.strip_width_cm * 10.0
    o = options.overlap_cm * 10.0
    n = max(1, int(math.ceil(W / w - 1e-6)))
    out, col = [], 0
    for i in range(n):
        a, b = i * w, min((i + 1) * w, W)
        lo, hi = max(0.0, a - o), min(W, b + o)
        block = hi - lo + 2 * PAD
        # a strip's columns start clear of the overlap of the previous strip's last page
        k = max(1, int(math.ceil((block + PAGE_OVERLAP) / step - 1e-9)))
        x = col * step + PAGE_OVERLAP + (k * step - PAGE_OVERLAP - block) / 2 + PAD
        out.append(Strip(i, a, b, lo, hi, x))
        col += k
    sheet_w = col * step + PAGE_OVERLAP
    rows = _count(TOP + H + BOTTOM, ah, ah - PAGE_OVERLAP)
    return tuple(out), sheet_w, col * rows


def _choose(W: float, H: float, options: SuzaniTransferOptions) -> tuple:
    cands = ("portrait", "landscape") if options.orientation == "auto" else (options.orientation,)
    best = None
    for orient in cands:
        strips_, sheet_w, pages = _plan(W, H, options, orient)
        if best is None or pages < best[3]:
            best = (orient, strips_, sheet_w, pages)
    return best


def strips(design: Design, options: Optional[SuzaniTransferOptions] = None) -> tuple:
    """The strips of the transfer sheet (see :class:`Strip`)."""
    options = validate(options or SuzaniTransferOptions())
    W, H = (float(v) for v in design.size_mm)
    return _choose(W, H, options)[1]


def transfer_print_options(design: Design, options: Optional[SuzaniTransferOptions] = None
                           ) -> PrintOptions:
    """The print-engine options the sheet is laid out for."""
    options = validate(options or SuzaniTransferOptions())
    W, H = (float(v) for v in design.size_mm)
    orient = _choose(W, H, options)[0]
    return PrintOptions(paper=options.paper, orientation=orient, overlap_mm=PAGE_OVERLAP,
                        margin_mm=PAGE_MARGIN)


def _marks(H: float, step: float) -> list:
    ys = list(np.arange(step, H - 0.25 * step + 1e-9, step))
    return ys or [H / 2]


def transfer_sheet(design: Design, options: Optional[SuzaniTransferOptions] = None) -> Sheet:
    """The transfer drawing as one :class:`~motifstudio.export.sheet.Sheet` (mm)."""
    options = validate(options or SuzaniTransferOptions())
    W, H = (float(v) for v in design.size_mm)
    lines = colour_boundaries(design)
    if not lines:
        raise ValueError("the design has a single colour: there are no outlines to transfer")
    if options.mirror:
        lines = [np.c_[W - p[:, 0], p[:, 1]] for p in lines]
    d = " ".join(polygon_d(p, closed=False) for p in lines)
    symbol = Symbol("outlines", (PathItem(d, stroke=LINE, width=options.line_width_mm),))
    _, plan, sheet_w, _ = _choose(W, H, options)
    n = len(plan)
    o = options.overlap_cm * 10.0
    step = options.mark_step_cm * 10.0
    mark_ys = _marks(H, step)
    title = design.motif.metadata.title or "Motif"
    items = []
    thin = 0.25
    for s in plan:
        X = lambda u, s=s: s.x + (u - s.lo)       # noqa: E731  (printed-design mm -> sheet mm)
        x0, x1 = X(s.lo), X(s.hi)
        m = np.eye(3)
        m[0, 2], m[1, 2] = s.x - s.lo, TOP
        clip = np.array([[x0, TOP - 1], [x1, TOP - 1], [x1, TOP + H + 1], [x0, TOP + H + 1]])
        layer = f"Strip {s.index + 1}"
        items.append(Use("outlines", m, clip=clip, layer=layer))
        # the cloth: cut lines at the sides, the design's top and bottom edges
        frame = [(x0, TOP), (x1, TOP), (x1, TOP + H), (x0, TOP + H)]
        items.append(PathItem(polygon_d(frame), stroke=CUT, width=thin, layer=layer))
        side = " · mirrored" if options.mirror else ""
        items.append(TextItem(x0, 7.0, f"Strip {s.index + 1} of {n}", 5.0, bold=True,
                              layer=layer))
        items.append(TextItem(x0, 13.0, f"{s.a / 10:.1f}–{s.b / 10:.1f} cm of the "
                              f"{W / 10:.1f} cm design{side}; red: seams and match marks",
                              2.8, colour=(60, 60, 60), layer=layer))
        for seam_u, seam_no, sign, cut_u in ((s.a, s.index, 1, s.lo),
                                             (s.b, s.index + 1, -1, s.hi)):
            if not 0 < seam_no < n:
                continue           # the design's own edge: no seam there
            xs, xc = X(seam_u), X(cut_u)
            items.append(PathItem(polygon_d([(xs, TOP), (xs, TOP + H)], closed=False),
                                  stroke=MARK, width=thin, dash=(3.0, 2.0), layer=layer))
            other = seam_no if sign == 1 else seam_no + 1     # strip number across the seam
            label_x = xs - sign * 1.0
            items.append(TextItem(label_x, TOP - 1.5, f"seam {seam_no} · strip {other}", 2.6,
                                  colour=MARK, anchor="end" if sign == 1 else "start",
                                  layer=layer))
            for k, y in enumerate(mark_ys, 1):
                yy = TOP + y
                items.append(PathItem(polygon_d([(xc - sign * 2.0, yy),
                                                 (xs + sign * TICK_IN, yy)], closed=False),
                                      stroke=MARK, width=0.4, layer=layer))
                if o >= 7.0:
                    tx, anchor = (xs + xc) / 2, "middle"
                else:
                    tx, anchor = xc - sign * 2.5, "end" if sign == 1 else "start"
                items.append(TextItem(tx, yy - 1.0, f"{seam_no}.{k}", 2.4, colour=MARK,
                                      anchor=anchor, layer=layer))
    info = (("Strips", f"{n} × {options.strip_width_cm:g} cm (seam to seam)"),
            ("Overlap at the seams", f"{options.overlap_cm:g} cm"),
            ("Match marks", f"every {options.mark_step_cm:g} cm, numbered seam.mark"),
            ("Mirrored", "yes, for an iron-on transfer" if options.mirror else "no"),
            ("Design", f"{W / 10:.1f} × {H / 10:.1f} cm, outlines only"))
    return Sheet(size_mm=(sheet_w, TOP + H + BOTTOM), items=tuple(items), symbols=(symbol,),
                 title=f"{title} — suzani transfer", info=info)


def write_suzani_transfer_pdf(design: Design, dest,
                              options: Optional[SuzaniTransferOptions] = None) -> None:
    """Print the transfer sheet at 1:1 over tiled pages to *dest* (a path, replaced
    atomically, or a binary file)."""
    options = validate(options or SuzaniTransferOptions())
    write_sheet_pdf(transfer_sheet(design, options), dest,
                    transfer_print_options(design, options))


register(Writer("suzani-transfer-pdf", (".pdf",), "Suzani transfer sheet: outlines only at 1:1, "
                "optionally mirrored, in strips with numbered match marks across the seams",
                write_suzani_transfer_pdf, SuzaniTransferOptions, takes="design",
                preview=transfer_sheet))
