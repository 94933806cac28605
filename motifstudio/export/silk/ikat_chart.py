"""The ikat binding plan as a printed chart (PDF) and as a table (CSV).

The chart is a *scaled* drawing -- one cell is ``cell_mm`` on paper whatever
its size on the warp -- built as a :class:`~motifstudio.export.sheet.Sheet`
and printed at 1:1 of that drawing by the tiled print engine (so the 100 mm
bar checks the printer, and a 5 mm cell measures 5 mm).  Bundles are the
columns, positions along the warp the rows (the warp runs down the page).

``chart="combined"``: one chart, each cell in its final colour with the
number of its colour's bath (0: the undyed yarn, tied before the first bath;
with overdye tying a cell is tied right after its own bath, and cells of the
last bath, never tied, are left blank).  ``chart="per-bath"``: one chart per
bath, printed one after another: what the bath dyes (in the bath's colour),
what is tied (hatched, in the colour it keeps), B where a tie is made before
this bath and R where one is cut.

Each distinct row of cells is one symbol (a PDF form written once), placed
wherever it occurs: a long warp costs a placement per row, not a text and a
rectangle per cell on every page.

The CSV lists the same plan as steps, bath by bath (see
:func:`write_ikat_plan_csv`).
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.atomic import write_output
from ...core.colour import rgb_to_hex, rgb_to_lab
from ...core.params import param, validate
from ...design.spec import Design
from ..print_pdf import PrintOptions
from ..registry import Writer, register
from ..sheet import PathItem, Sheet, Symbol, TextItem, Use, polygon_d
from .cells import named
from .ikat import IkatOptions, IkatPlan, plan_ikat, segment_table
from .printing import print_options, sheets_pdf

__all__ = ["IkatChartOptions", "ikat_sheets", "ikat_csv_bytes", "write_ikat_plan_pdf",
           "write_ikat_plan_csv", "ikat_preview", "CSV_COLUMNS"]

CSV_COLUMNS = ("bath", "colour", "bundle", "bind_from_cm", "bind_to_cm", "action", "colour_name",
               "mirror_bundle")
_GRID = (120, 120, 120)
_INK = (0, 0, 0)


@dataclass(frozen=True)
class IkatChartOptions(PrintOptions, IkatOptions):
    chart: str = param("combined", label="Chart", choices=("combined", "per-bath"),
                       help="combined: one chart with the bath number in each cell. per-bath: "
                            "one chart per bath showing what to tie and what to cut.")
    cell_mm: float = param(5.0, label="Cell size", unit="mm", minimum=2.5, maximum=20.0,
                           help="Size of one cell on paper (the chart is printed at this scale).")


def _ink_on(rgb) -> tuple:
    return (255, 255, 255) if rgb_to_lab(np.array(rgb, np.uint8))[0] < 55 else _INK


def _rect_d(x0, y0, x1, y1) -> str:
    return polygon_d([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], decimals=2)


class _Frame:
    """The chart's geometry on the sheet: cell (i, j) is at (x0 + j c, y0 + i c)."""

    def __init__(self, plan: IkatPlan, cell: float, n_lines: int):
        self.plan, self.c = plan, cell
        self.P, self.N = plan.grid.n_positions, len(plan.bundles)
        self.x0 = 18.0
        self.y0 = 14.0 + 4.2 * n_lines + 6.0
        legend_h = 6.0 + 5.5 * (plan.n_baths + 1)
        self.W = max(self.x0 + self.N * cell + 12.0, 170.0)
        self.H = self.y0 + self.P * cell + legend_h

    def rows(self, fill: np.ndarray, rgb: dict, ink: dict, text: np.ndarray, words: tuple,
             hatch: Optional[np.ndarray], prefix: str) -> tuple:
        """The cells, a row at a time: each distinct row (colours, words, hatching) is
        drawn once as a symbol and placed wherever it occurs, so a long warp of
        repeating rows costs a few symbols and one placement per row.

        *fill* (P, N) bath index of each cell's colour; *text* (P, N) index into
        *words* ("" for none); *hatch* (P, N) cells to hatch (tied), or None.
        Returns (symbols, uses).
        """
        c, P, N = self.c, self.P, self.N
        # a form may not reach past 595 mm of its own space (reportlab's default box)
        width = max(1, int(400.0 // c))
        hatch = np.zeros((P, N), bool) if hatch is None else hatch
        symbols, uses, seen = [], [], {}
        size = 0.55 * c
        for j0 in range(0, N, width):
            j1 = min(N, j0 + width)
            for i in range(P):
                f, t, h = fill[i, j0:j1], text[i, j0:j1], hatch[i, j0:j1]
                key = (j0, f.tobytes(), t.tobytes(), h.tobytes())
                sid = seen.get(key)
                if sid is None:
                    sid = seen[key] = f"{prefix}r{len(seen)}"
                    symbols.append(Symbol(sid, tuple(self._row_items(f, t, h, rgb, ink, words,
                                                                     size))))
                m = np.array([[1.0, 0.0, self.x0 + j0 * c], [0.0, 1.0, self.y0 + i * c],
                              [0.0, 0.0, 1.0]])
                uses.append(Use(sid, m))
        return symbols, uses

    def _row_items(self, f, t, h, rgb, ink, words, size) -> list:
        c = self.c
        items = []
        cut = np.flatnonzero(np.diff(f)) + 1
        for a, b in zip(np.r_[0, cut].tolist(), np.r_[cut, len(f)].tolist()):
            items.append(PathItem(_rect_d(a * c, 0.0, b * c, c), fill=rgb[int(f[a])]))
        if h.any():
            items.append(PathItem(" ".join(f"M{j * c:.2f} {c:.2f} L{(j + 1) * c:.2f} 0"
                                           for j in np.flatnonzero(h).tolist()),
                                  stroke=(90, 90, 90), width=0.2))
        for j in np.flatnonzero(t).tolist():
            items.append(TextItem((j + 0.5) * c, 0.5 * c + size * 0.36, words[int(t[j])], size,
                                  ink[int(f[j])], anchor="middle"))
        return items

    def grid_lines(self) -> list:
        c, x0, y0, P, N = self.c, self.x0, self.y0, self.P, self.N
        x1, y1 = x0 + N * c, y0 + P * c
        thin, thick = [], []
        for j in range(N + 1):
            (thick if j % 5 == 0 or j == N else thin).append(f"M{x0 + j * c:.2f} {y0:.2f} "
                                                             f"L{x0 + j * c:.2f} {y1:.2f}")
        for i in range(P + 1):
            (thick if i % 5 == 0 or i == P else thin).append(f"M{x0:.2f} {y0 + i * c:.2f} "
                                                             f"L{x1:.2f} {y0 + i * c:.2f}")
        items = [PathItem(" ".join(thin), stroke=_GRID, width=0.1),
                 PathItem(" ".join(thick), stroke=_INK, width=0.3)]
        if self.plan.folded:
            items.append(PathItem(f"M{x1 + 1.5:.2f} {y0 - 2:.2f} L{x1 + 1.5:.2f} {y1 + 2:.2f}",
                                  stroke=(200, 0, 0), width=0.4, dash=(2.0, 1.2)))
            items.append(TextItem(x1 + 4.5, y0 + 2, "fold: centre of the warp", 2.6,
                                  (200, 0, 0), rotate=90))
        return items

    def labels(self) -> list:
        c, g = self.c, self.plan.grid
        size = min(2.6, 0.5 * c)
        every = 1 if c >= 3.5 else 5
        out = []
        for k, j in enumerate(self.plan.bundles.tolist()):
            if (j + 1) % every == 0 or k == 0:
                out.append(TextItem(self.x0 + (k + 0.5) * c, self.y0 - 1.2, str(j + 1), size,
                                    anchor="middle"))
        out.append(TextItem(self.x0, self.y0 - 1.2 - size - 1.0, "bundle", 2.4, (80, 80, 80)))
        for i in range(self.P):
            if i % every == 0:
                out.append(TextItem(self.x0 - 1.0, self.y0 + (i + 0.5) * c + size / 3,
                                    f"{g.edges_cm[i]:g}", size, anchor="end"))
        out.append(TextItem(2.0, self.y0 - 1.2, "cm", 2.4, (80, 80, 80)))
        return out

    def legend(self, rows) -> list:
        c = 4.0
        y = self.y0 + self.P * self.c + 7.0
        out = []
        for rgb, text in rows:
            out.append(PathItem(_rect_d(self.x0, y - c + 0.8, self.x0 + c, y + 0.8), fill=rgb,
                                stroke=_INK, width=0.15))
            out.append(TextItem(self.x0 + c + 2.0, y, text, 3.0))
            y += 5.5
        return out


def _heading(plan: IkatPlan, title: str) -> list:
    g = plan.grid
    N = g.n_bundles
    lines = [f"{N} bundles of {g.bundle_cm:.2f} cm on a {g.loom_cm:.1f} cm loom · a row every "
             f"{g.edges_cm[1] - g.edges_cm[0]:g} cm along a {g.warp_cm:.1f} cm warp · "
             f"{plan.n_baths} dye bath{'s' if plan.n_baths != 1 else ''}, lightest first"]
    if plan.folded:
        lines.append(f"Mirror fold: the warp is folded in half across its width; tie bundles "
                     f"1–{N // 2} through both layers (bundle k lies on bundle {N + 1}−k).")
    if plan.tying == "overdye":
        lines.append("Tying: overdye — tie each cell after the bath of its colour and keep it "
                     "tied; cut all ties after the last bath.")
    else:
        lines.append("Tying: single bath — each cell is free only in the bath of its colour; "
                     "cut all ties after the last bath.")
    lines += [f"Warning: {w}" for w in plan.warnings]
    return lines


def _text_block(lines, title, x=6.0) -> list:
    out = [TextItem(x, 9.0, title, 5.0, bold=True)]
    y = 15.0
    for ln in lines:
        out.append(TextItem(x, y, ln, 2.9, (170, 0, 0) if ln.startswith("Warning") else _INK))
        y += 4.2
    return out


def _info(plan: IkatPlan, options: IkatChartOptions) -> tuple:
    g = plan.grid
    ties = plan.ties()
    return (("Bundles", f"{g.n_bundles} × {g.bundle_cm:.2f} cm" +
             (f" (folded: {len(plan.bundles)} tied)" if plan.folded else "")),
            ("Warp", f"{g.warp_cm:.1f} cm in {g.n_positions} rows"),
            ("Loom width", f"{g.loom_cm:.1f} cm"),
            ("Baths", " → ".join(f"{b}: {plan.bath_name(b)}" for b in range(1, plan.n_baths + 1))
             or "none"),
            ("Undyed yarn", named(plan.bath_name(0), plan.yarn_rgb)),
            ("Ties", f"{int(ties.sum())} (" + ", ".join(str(int(t)) for t in ties) + " per bath)"),
            ("Chart", f"1 cell = {options.cell_mm:g} mm on paper = {g.bundle_cm:.2f} × "
                      f"{g.edges_cm[1] - g.edges_cm[0]:g} cm of warp"))


def _legend_rows(plan: IkatPlan) -> list:
    ties = plan.ties()
    rows = [(plan.bath_rgb(0), f"0 · {named(plan.bath_name(0), plan.yarn_rgb)} — the "
                               f"undyed yarn (no bath)")]
    for b in range(1, plan.n_baths + 1):
        rows.append((plan.bath_rgb(b), f"{b} · {named(plan.bath_name(b), plan.bath_rgb(b))}"
                                       f" — bath {b}, {int(ties[b - 1])} ties before it"))
    return rows


def ikat_sheets(design: Design, options: Optional[IkatChartOptions] = None, *,
                plan: Optional[IkatPlan] = None) -> list:
    """The chart(s) of the binding plan as sheets (one, or one per bath)."""
    options = validate(options or IkatChartOptions())
    plan = plan or plan_ikat(design, options)
    title = (design.motif.metadata.title or "Motif") + " — ikat binding plan"
    lines = _heading(plan, title)
    cols = plan.bundles
    target = plan.target[:, cols]
    n = plan.n_baths
    rgb = {b: plan.bath_rgb(b) for b in range(n + 1)}
    ink = {b: _ink_on(rgb[b]) for b in range(n + 1)}
    legend = tuple(_legend_rows(plan))
    info = _info(plan, options)
    sheets = []
    if options.chart == "combined":
        lines.insert(len(lines) - len(plan.warnings),
                     "In each cell: the bath of its colour (0: the undyed yarn)"
                     + (f"; blank: bath {n}, the last, never tied." if options.tying == "overdye"
                        else "."))
        frame = _Frame(plan, options.cell_mm, len(lines))
        words = tuple(str(b) for b in range(n + 1)) + ("",)
        # the bath after which each cell is tied; a cell of the last bath is never tied
        text = np.where(target < n, target, n + 1) if options.tying == "overdye" else target
        symbols, uses = frame.rows(target, rgb, ink, text, words, None, "c")
        items = (uses + frame.grid_lines() + frame.labels() + _text_block(lines, title)
                 + frame.legend(legend))
        sheets.append(Sheet(size_mm=(frame.W, frame.H), items=tuple(items),
                            symbols=tuple(symbols), title=title, info=info, legend=legend))
        return sheets
    # per bath: the colours as they stand after the bath, ties hatched
    now = np.zeros(target.shape, np.int64)
    for b in range(1, n + 1):
        bound = plan.bound[b - 1]
        before = plan.bound[b - 2] if b > 1 else np.zeros_like(bound)
        now = np.where(bound, now, b)
        frame = _Frame(plan, options.cell_mm, len(lines) + 1)
        letters = np.where(bound & ~before, 1, np.where(before & ~bound, 2, 0))
        symbols, uses = frame.rows(now, rgb, ink, letters, ("", "B", "R"), bound, f"b{b}")
        name = f"bath {b} of {n}: {named(plan.bath_name(b), rgb[b])}"
        bath_lines = lines + [f"Before bath {b}: tie the cells marked B, cut the ties marked R; "
                              f"hatched cells stay tied, the rest takes the "
                              f"{plan.bath_name(b)} dye."]
        bath_legend = (legend + (((255, 255, 255), "B · tie before this bath    R · cut the tie "
                                                    "before this bath    hatched · tied"),))
        items = (uses + frame.grid_lines() + frame.labels()
                 + _text_block(bath_lines, f"{title}: {name}") + frame.legend(bath_legend))
        sheets.append(Sheet(size_mm=(frame.W, frame.H), items=tuple(items),
                            symbols=tuple(symbols), title=f"{title}, {name}", info=info,
                            legend=legend))
    if not sheets:          # one colour: nothing to dye, still say so on paper
        frame = _Frame(plan, options.cell_mm, len(lines))
        symbols, uses = frame.rows(target, rgb, ink, np.zeros_like(target), ("",), None, "c")
        items = (uses + frame.grid_lines() + frame.labels() + _text_block(lines, title)
                 + frame.legend(legend))
        sheets.append(Sheet(size_mm=(frame.W, frame.H), items=tuple(items),
                            symbols=tuple(symbols), title=title, info=info, legend=legend))
    return sheets


def write_ikat_plan_pdf(design: Design, dest, options: Optional[IkatChartOptions] = None) -> None:
    """The binding chart(s) printed at the chart's scale over tiled pages (see module doc)."""
    options = validate(options or IkatChartOptions())
    sheets = ikat_sheets(design, options)
    write_output(dest, sheets_pdf(sheets, print_options(options)))


def ikat_csv_bytes(plan: IkatPlan) -> bytes:
    """The segments as CSV (UTF-8 with a byte-order mark, so spreadsheets read Cyrillic names)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    N = plan.grid.n_bundles
    rows = segment_table(plan)
    k = 0
    for bath in range(1, plan.n_baths + 1):
        while k < len(rows) and rows[k][0] == bath:
            _, hexc, bundle, a, b, action, name = rows[k]
            w.writerow((bath, hexc, bundle, f"{a:.2f}", f"{b:.2f}", action, name,
                        N + 1 - bundle if plan.folded else ""))
            k += 1
        # the bath itself, listed even when it needs no tie (the first bath of an
        # overdye plan whose yarn is not a colour of the design)
        w.writerow((bath, rgb_to_hex(plan.bath_rgb(bath)), "", "", "", "dye",
                    plan.bath_name(bath), ""))
    return buf.getvalue().encode("utf-8-sig")


def write_ikat_plan_csv(design: Design, dest, options: Optional[IkatOptions] = None) -> None:
    """The plan as steps, bath by bath: a row per tie to cut (``release``) or make
    (``bind``) before the bath -- bath, bath colour, bundle (1 = the left edge), from/to cm
    along the warp, colour name and, in a folded warp, the bundle lying under it -- then a
    ``dye`` row for the bath itself (no bundle)."""
    write_output(dest, ikat_csv_bytes(plan_ikat(design, validate(options or IkatOptions()))))


def ikat_preview(design: Design, options=None) -> Sheet:
    """For the export dialog: the (first) chart, from chart or plan options."""
    from dataclasses import fields
    options = options or IkatChartOptions()
    if not isinstance(options, IkatChartOptions):
        options = IkatChartOptions(**{f.name: getattr(options, f.name)
                                      for f in fields(IkatOptions)})
    return ikat_sheets(design, options)[0]


register(Writer("ikat-plan-pdf", (".pdf",), "Ikat (abr) binding chart: the warp bundles to tie "
                "before each dye bath, printed over tiled pages", write_ikat_plan_pdf,
                IkatChartOptions, takes="design", preview=ikat_preview))
register(Writer("ikat-plan-csv", (".csv",), "Ikat (abr) binding plan as a table: each tie to make "
                "or cut, per bath and bundle, in cm along the warp", write_ikat_plan_csv,
                IkatOptions, takes="design", preview=ikat_preview))
