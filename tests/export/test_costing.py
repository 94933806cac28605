"""The costing sheet: quantities are the production plans' own figures, the sums
and the price add up, and the PDF/CSV re-read say the same."""
import csv
import io

import numpy as np
import pypdf
import pytest

from design_helpers import f_motif
from motifstudio.design.layout import Layout
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.costing import PRODUCTS, CostingOptions, costing
from motifstudio.export.registry import writer_for


@pytest.fixture(scope="module")
def design():
    return build_design(f_motif(100.0, 100.0),
                        DesignSpec(layout=Layout(kind="single", size_mm=(200.0, 200.0))))


def test_shyrdak_quantities_are_the_felt_plans(design):
    from motifstudio.export.felt.plan import shyrdak_plan
    plan = shyrdak_plan(design)
    c = costing(design, CostingOptions(product="shyrdak", felt_price=1000.0, cord_price=10.0))
    felt = {l.colour: l.quantity for l in c.lines if l.item.startswith("felt")}
    cord = {l.colour: l.quantity for l in c.lines if l.item.startswith("cord")}
    for f in plan.figures:
        assert felt[f.hex] == pytest.approx(f.felt_mm2 / 1e6)
        assert cord[f.hex] == pytest.approx(f.cord_mm / 1000)
    assert c.materials == pytest.approx(sum(l.quantity * l.unit_price for l in c.lines))


def test_cross_stitch_skeins_and_fabric(design):
    from motifstudio.export.handwork.stitchgrid import skeins, stitch_grid
    grid = stitch_grid(design)
    c = costing(design, CostingOptions(product="cross-stitch"))
    threads = [l for l in c.lines if l.unit == "skein"]
    assert sum(l.quantity for l in threads) == int(skeins(grid.counts(), grid.count).sum())
    fabric = next(l for l in c.lines if l.unit == "m²")
    side = 200.0 + 100.0                       # the design (200 mm at 14-count) + 5 cm margins
    assert fabric.quantity == pytest.approx(side * side / 1e6, rel=0.02)


@pytest.mark.parametrize("product", PRODUCTS)
def test_price_adds_up_and_csv_says_the_same(design, product, tmp_path):
    o = CostingOptions(product=product, hours=12.5, rate=200.0, margin_percent=25.0)
    c = costing(design, o)
    assert c.lines and all(l.quantity > 0 for l in c.lines)
    assert c.labour == pytest.approx(2500.0)
    assert c.price == pytest.approx((c.materials + 2500.0) * 1.25)
    out = tmp_path / "cost.csv"
    writer_for("costing-csv").func(design, out, o)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    total = {r["item"]: float(r["cost"]) for r in rows if r["item"] in ("materials", "price")}
    assert total["materials"] == pytest.approx(c.materials, abs=0.01)
    assert total["price"] == pytest.approx(c.price, abs=0.01)


def test_pdf_is_one_a4_page_with_the_price(design, tmp_path):
    out = tmp_path / "cost.pdf"
    o = CostingOptions(product="shyrdak", currency="KGS")
    writer_for("costing-pdf").func(design, out, o)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    text = reader.pages[0].extract_text()
    price = costing(design, o).price
    assert f"{price:,.2f}".replace(",", " ") in text and "KGS" in text
    with pytest.raises(ValueError, match="product"):
        costing(design, CostingOptions(product="hat"))
