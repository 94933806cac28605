"""A costing sheet: the materials a piece needs (taken from the production
exports' own figures), the hours of work at a rate, and the price.

The quantities come from the same plans the exports write, so the sheet and
the cut template / stitch file / chart can never disagree:

* shyrdak — felt per colour with waste, cord per colour, backing (``felt.plan``);
* ala-kiyiz — wool per colour by weight (``felt.laying``);
* machine embroidery — thread per DMC colour in skeins, stabiliser fabric
  (``stitch.plan``);
* cross-stitch — skeins per DMC colour, the evenweave fabric with 5 cm
  margins (``handwork.stitchgrid``).

Written as a one-page PDF (via the print engine) or as CSV.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass
from typing import Optional

from ..core.atomic import write_output
from ..core.params import param, validate
from ..design.spec import Design
from .print_pdf import PrintOptions, write_sheet_pdf
from .sheet import PathItem, Sheet, TextItem, polygon_d

__all__ = ["CostingOptions", "CostLine", "Costing", "costing", "write_costing_pdf",
           "write_costing_csv", "PRODUCTS"]

PRODUCTS = ("shyrdak", "ala-kiyiz", "machine-embroidery", "cross-stitch")
FABRIC_MARGIN_MM = 50.0          # evenweave / stabiliser beyond the design on each side


@dataclass(frozen=True)
class CostingOptions:
    product: str = param("shyrdak", label="Product", choices=PRODUCTS,
                         help="What is made: the materials follow from it.")
    hours: float = param(40.0, label="Hours of work", unit="h", minimum=0.0, maximum=10000.0)
    rate: float = param(150.0, label="Rate per hour", minimum=0.0, maximum=1e7,
                        help="In your currency.")
    currency: str = param("KGS", label="Currency", help="Written after the amounts.")
    felt_price: float = param(900.0, label="Felt price", unit="per m²", minimum=0.0, maximum=1e7)
    cord_price: float = param(20.0, label="Cord price", unit="per m", minimum=0.0, maximum=1e7)
    backing_price: float = param(300.0, label="Backing price", unit="per m²", minimum=0.0,
                                 maximum=1e7)
    wool_price: float = param(450.0, label="Wool price", unit="per kg", minimum=0.0, maximum=1e7)
    skein_price: float = param(60.0, label="Thread price", unit="per skein", minimum=0.0,
                               maximum=1e7)
    fabric_price: float = param(400.0, label="Fabric price", unit="per m²", minimum=0.0,
                                maximum=1e7, help="Cloth, evenweave or stabiliser.")
    margin_percent: float = param(30.0, label="Margin", unit="%", minimum=0.0, maximum=1000.0,
                                  help="Added to the cost to make the price.")


@dataclass(frozen=True)
class CostLine:
    item: str
    colour: str            # "#rrggbb" or ""
    quantity: float
    unit: str
    unit_price: float

    @property
    def cost(self) -> float:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class Costing:
    product: str
    lines: tuple
    hours: float
    rate: float
    margin_percent: float
    currency: str

    @property
    def materials(self) -> float:
        return float(sum(line.cost for line in self.lines))

    @property
    def labour(self) -> float:
        return self.hours * self.rate

    @property
    def cost(self) -> float:
        return self.materials + self.labour

    @property
    def price(self) -> float:
        return self.cost * (1.0 + self.margin_percent / 100.0)


# ----------------------------------------------------------------------------- materials

def _shyrdak(design: Design, o: CostingOptions) -> list:
    from .felt.plan import shyrdak_plan
    plan = shyrdak_plan(design)
    lines = []
    for f in plan.figures:
        lines.append(CostLine(f"felt {f.name}", f.hex, f.felt_mm2 / 1e6, "m²", o.felt_price))
    for f in plan.figures:
        lines.append(CostLine(f"cord {f.name}", f.hex, f.cord_mm / 1000.0, "m", o.cord_price))
    bw, bh = plan.backing_mm
    lines.append(CostLine("backing", "", bw * bh / 1e6, "m²", o.backing_price))
    return lines


def _ala_kiyiz(design: Design, o: CostingOptions) -> list:
    from .felt.laying import laying_plan
    plan = laying_plan(design)
    return [CostLine(f"wool {f.name}", f.hex, f.wool_g / 1000.0, "kg", o.wool_price)
            for f in plan.figures]


def _machine(design: Design, o: CostingOptions) -> list:
    from .stitch.plan import plan_stitches
    from .stitch.thread_list import thread_rows
    plan = plan_stitches(design)
    lines = [CostLine(f"thread DMC {r['dmc']} {r['name']}".strip(), r["rgb"], r["skeins"],
                      "skein", o.skein_price) for r in thread_rows(plan)]
    W, H = design.size_mm
    m = 2 * FABRIC_MARGIN_MM
    lines.append(CostLine("fabric and stabiliser", "", (W + m) * (H + m) / 1e6, "m²",
                          o.fabric_price))
    return lines


def _cross_stitch(design: Design, o: CostingOptions) -> list:
    from .handwork.stitchgrid import finished_size_cm, skeins, stitch_grid
    grid = stitch_grid(design)
    need = skeins(grid.counts(), grid.count)
    lines = []
    for t, n in zip(grid.threads, need.tolist()):
        if n:
            lines.append(CostLine(f"thread DMC {t.number} {t.name}".strip(),
                                  "#%02x%02x%02x" % tuple(t.rgb), n, "skein", o.skein_price))
    w_cm, h_cm = finished_size_cm(grid.across, grid.down, grid.count)
    m = 2 * FABRIC_MARGIN_MM
    lines.append(CostLine(f"evenweave {grid.count}-count", "",
                          (w_cm * 10 + m) * (h_cm * 10 + m) / 1e6, "m²", o.fabric_price))
    return lines


_MATERIALS = {"shyrdak": _shyrdak, "ala-kiyiz": _ala_kiyiz, "machine-embroidery": _machine,
              "cross-stitch": _cross_stitch}


def costing(design: Design, options: Optional[CostingOptions] = None) -> Costing:
    o = validate(options or CostingOptions())
    lines = _MATERIALS[o.product](design, o)
    return Costing(o.product, tuple(lines), o.hours, o.rate, o.margin_percent, o.currency)


# ----------------------------------------------------------------------------- writers

def _money(v: float, currency: str) -> str:
    return f"{v:,.2f} {currency}".replace(",", " ")


def costing_sheet(design: Design, options: Optional[CostingOptions] = None) -> Sheet:
    c = costing(design, options)
    W_SHEET, x0 = 186.0, 2.0
    items = []
    y = 10.0
    title = design.motif.metadata.title or "Motif"
    items.append(TextItem(x0, y, f"Costing — {title}", 6.0, bold=True))
    y += 7
    W, H = design.size_mm
    items.append(TextItem(x0, y, f"{c.product}, {W / 10:.0f} × {H / 10:.0f} cm, "
                                 f"{_dt.date.today().isoformat()}", 3.4))
    y += 9
    cols = (x0, 110.0, 135.0, 160.0, W_SHEET)
    for text, x, anchor in (("Material", cols[0], "start"), ("Quantity", cols[2] - 2, "end"),
                            ("Unit price", cols[3] - 2, "end"), ("Cost", cols[4], "end")):
        items.append(TextItem(x, y, text, 3.4, anchor=anchor, bold=True))
    y += 2
    items.append(PathItem(polygon_d([(x0, y), (W_SHEET, y)], closed=False), stroke=(0, 0, 0),
                          width=0.3))
    y += 5
    for line in c.lines:
        if line.colour:
            r, g, b = (int(line.colour[i:i + 2], 16) for i in (1, 3, 5))
            items.append(PathItem(polygon_d([(x0, y - 3), (x0 + 4, y - 3), (x0 + 4, y + 1),
                                             (x0, y + 1)]), fill=(r, g, b), stroke=(90, 90, 90),
                                  width=0.15))
        items.append(TextItem(x0 + 6, y, line.item[:60], 3.2))
        qty = f"{line.quantity:.0f}" if line.unit == "skein" else f"{line.quantity:.2f}"
        items.append(TextItem(cols[2] - 2, y, f"{qty} {line.unit}", 3.2, anchor="end"))
        items.append(TextItem(cols[3] - 2, y, f"{line.unit_price:,.2f}".replace(",", " "), 3.2,
                              anchor="end"))
        items.append(TextItem(cols[4], y, _money(line.cost, c.currency), 3.2, anchor="end"))
        y += 5.2
    y += 1
    items.append(PathItem(polygon_d([(x0, y), (W_SHEET, y)], closed=False), stroke=(0, 0, 0),
                          width=0.3))
    y += 6
    for label, value, bold in (("Materials", c.materials, False),
                               (f"Work: {c.hours:g} h × {c.rate:g}", c.labour, False),
                               ("Cost", c.cost, True),
                               (f"Price with {c.margin_percent:g} % margin", c.price, True)):
        items.append(TextItem(cols[2] + 10, y, label, 3.6, anchor="end", bold=bold))
        items.append(TextItem(cols[4], y, _money(value, c.currency), 3.6, anchor="end", bold=bold))
        y += 6
    return Sheet(size_mm=(190.0, max(60.0, y + 4)), items=tuple(items),
                 title=f"Costing — {title}")


def write_costing_pdf(design: Design, dest, options: Optional[CostingOptions] = None) -> None:
    """The costing on A4 (one page for up to about 45 materials)."""
    write_sheet_pdf(costing_sheet(design, options), dest,
                    PrintOptions(paper="A4", orientation="portrait", overview=False, marks=False),
                    centre=False)


def write_costing_csv(design: Design, dest, options: Optional[CostingOptions] = None) -> None:
    c = costing(design, options)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["item", "colour", "quantity", "unit", "unit_price", "cost", "currency"])
    for line in c.lines:
        w.writerow([line.item, line.colour, f"{line.quantity:.4f}", line.unit,
                    f"{line.unit_price:.2f}", f"{line.cost:.2f}", c.currency])
    for label, value in (("materials", c.materials), ("labour", c.labour), ("cost", c.cost),
                         ("price", c.price)):
        w.writerow([label, "", "", "", "", f"{value:.2f}", c.currency])
    write_output(dest, buf.getvalue().encode("utf-8"))


def _register() -> None:
    from .registry import Writer, register
    register(Writer("costing-pdf", (".pdf",), "Costing sheet: materials from the production "
                    "plans, hours × rate, price (PDF)", write_costing_pdf, CostingOptions,
                    takes="design", preview=costing_sheet))
    register(Writer("costing-csv", (".csv",), "Costing sheet as CSV", write_costing_csv,
                    CostingOptions, takes="design"))


_register()
