"""Felt areas, waste, cord and backing: exact for polygon motifs, and read back from
the CSV files with the csv module."""
from __future__ import annotations

import csv
import io

import pytest

from motifstudio.design.layout import Layout, Repeat
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.felt.options import AlaKiyizOptions, FeltMaterialsOptions
from motifstudio.export.felt.plan import shyrdak_plan
from motifstudio.export.registry import writer_for

from felt_motifs import dumbbell, figures_motif, single, square


def rows(data: bytes) -> list:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def write(name, design, options=None) -> bytes:
    buf = io.BytesIO()
    writer_for(name).func(design, buf, options)
    return buf.getvalue()


def test_areas_waste_and_backing_are_exact():
    figs = [square(20, 20, 40), dumbbell(10.0)]
    red = 40 * 40 + 2 * 60 * 60 + 40 * 10
    p = shyrdak_plan(single(figures_motif(figs)),
                     FeltMaterialsOptions(waste_pct=20.0, backing_margin_mm=30.0))
    a, b = (p.figure(c) for c in p.colours.pair)
    assert (a.name, b.name) == ("Red", "Cream")
    assert a.area_mm2 == pytest.approx(red, abs=1e-6)
    assert b.area_mm2 == pytest.approx(200 * 200 - red, abs=1e-6)
    assert a.felt_mm2 == pytest.approx(1.2 * red, abs=1e-6)
    # both carpets: the two felts laid together are used whole
    assert a.pair_felt_mm2 == pytest.approx(1.2 * 200 * 200, abs=1e-6)
    assert b.pair_felt_mm2 == pytest.approx(1.2 * 200 * 200, abs=1e-6)
    assert p.backing_mm == (260.0, 260.0)
    assert (a.pieces, b.pieces) == (2, 1)


def test_areas_of_a_clipped_repeat_add_up_to_the_design():
    m = figures_motif([square(50, 50, 100)])
    d = build_design(m, DesignSpec(layout=Layout(kind="repeat", size_mm=(500.0, 300.0),
                                                 repeat=Repeat("block", 150.0, 10.0),
                                                 background="#204080")))
    p = shyrdak_plan(d)
    total = sum(f.area_mm2 for f in p.figures)
    assert total == pytest.approx(500 * 300, abs=1e-6)
    # the blue ground between the copies is a third felt: C pieces, not cut with the pair
    ground = p.figure(p.colours.ground)
    assert ground.letter == "C" and ground.name.startswith("ground")
    # cells of 160 mm (150 mm motif + 10 mm), one centred on the design's centre; each
    # holds a 75 mm red square 42.5 mm in from the cell's corner; cut by the design's edge
    red = next(f for f in p.figures if f.name == "Red")
    expected = 0.0
    for i in range(-4, 5):
        for j in range(-4, 5):
            x0, y0 = 250 - 80 + 160 * i + 42.5, 150 - 80 + 160 * j + 42.5
            w = max(0.0, min(x0 + 75, 500) - max(x0, 0))
            h = max(0.0, min(y0 + 75, 300) - max(y0, 0))
            expected += w * h
    assert red.area_mm2 == pytest.approx(expected, abs=1e-6)


def test_materials_csv_reads_back():
    d = single(figures_motif([square(50, 50, 100)]))
    data = write("felt-materials-csv", d, FeltMaterialsOptions(cord_allowance_pct=10.0,
                                                                waste_pct=15.0,
                                                                backing_margin_mm=50.0))
    r = rows(data)
    felt = {x["colour"]: x for x in r if x["item"] == "felt"}
    assert set(felt) == {"Red", "Cream"}
    assert float(felt["Red"]["area_m2"]) == pytest.approx(0.01, abs=1e-6)
    assert float(felt["Red"]["felt_m2"]) == pytest.approx(0.0115, abs=1e-6)
    assert float(felt["Cream"]["area_m2"]) == pytest.approx(0.03, abs=1e-6)
    assert float(felt["Red"]["felt_both_carpets_m2"]) == pytest.approx(0.046, abs=1e-6)
    assert float(felt["Red"]["seam_m"]) == pytest.approx(0.4, abs=1e-4)
    assert float(felt["Red"]["cord_m"]) == pytest.approx(0.44, abs=1e-4)
    assert (felt["Red"]["letter"], felt["Red"]["pieces"]) == ("A", "1")
    cord = next(x for x in r if x["item"] == "cord")
    assert float(cord["cord_m"]) == pytest.approx(0.44, abs=1e-4)
    backing = next(x for x in r if x["item"] == "backing")
    assert backing["colour"] == "30.0 x 30.0 cm"
    assert float(backing["area_m2"]) == pytest.approx(0.09, abs=1e-6)


def test_ala_kiyiz_wool_is_laid_area_times_grams_per_m2():
    red = 40 * 40 + 2 * 60 * 60 + 40 * 10
    d = single(figures_motif([square(20, 20, 40), dumbbell(10.0)]))
    data = write("ala-kiyiz-csv", d, AlaKiyizOptions(shrinkage_x=1.2, shrinkage_y=1.5,
                                                     wool_g_per_m2=1000.0))
    r = {x["colour"]: x for x in rows(data)}
    assert float(r["Red"]["finished_area_m2"]) == pytest.approx(red / 1e6, abs=1e-6)
    assert float(r["Red"]["laid_area_m2"]) == pytest.approx(red * 1.8 / 1e6, abs=1e-6)
    assert float(r["Red"]["wool_g"]) == pytest.approx(red * 1.8 / 1e6 * 1000, abs=0.05)
    assert float(r["Cream"]["wool_g"]) == pytest.approx((40000 - red) * 1.8 / 1e3, abs=0.05)
    assert float(r["total"]["wool_g"]) == pytest.approx(40000 * 1.8 / 1e3, abs=0.05)
    assert r["Red"]["zones"] == "2" and r["Cream"]["zones"] == "1"
    # the default: 1200 g per m2 at 1.25 x 1.25
    r = {x["colour"]: x for x in rows(write("ala-kiyiz-csv", d))}
    assert float(r["total"]["wool_g"]) == pytest.approx(0.04 * 1.5625 * 1200, abs=0.05)
