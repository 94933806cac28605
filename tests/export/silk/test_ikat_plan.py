"""The ikat binding plan, re-read from its CSV and PDF with independent readers.

The CSV is replayed bath by bath (start undyed; before each bath make and cut
the listed ties; the bath dyes every cell that is not tied) and must give the
quantised design exactly, and the original shapes -- rasterised independently
with scikit-image -- wherever a cell is not cut by a colour boundary.
"""
from __future__ import annotations

import csv
import io

import numpy as np
import pypdf
import pypdfium2
import pytest
from skimage.draw import polygon as fill_polygon

from motifstudio.core.colour import hex_to_rgb8, rgb_to_lab
from motifstudio.export.print_pdf import PAPERS, page_grid
from motifstudio.export.registry import writer_for
from motifstudio.export.sheet import Sheet
from motifstudio.export.silk.ikat import IkatOptions, plan_ikat
from motifstudio.export.silk.ikat_chart import (CSV_COLUMNS, IkatChartOptions, ikat_sheets,
                                                write_ikat_plan_csv, write_ikat_plan_pdf)
from silk_designs import (BLUE, CREAM, RED, SYMMETRIC, YELLOW, asymmetric_design, shapes_design,
                          symmetric_design)

STEP = 0.2          # cm: 2 mm cells on the 96 x 60 mm test design (48 bundles of 2 mm)
DPI = 300
PX_PER_MM = DPI / 25.4


@pytest.fixture(scope="module")
def design():
    return symmetric_design()


def read_csv(design, **opts) -> list:
    buf = io.BytesIO()
    write_ikat_plan_csv(design, buf, IkatOptions(step_cm=STEP, **opts))
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig"))))
    assert rows and tuple(rows[0]) == CSV_COLUMNS
    return rows


def replay(rows, yarn, shape, step_cm=STEP) -> np.ndarray:
    """Dye a (positions, bundles) warp as the CSV says: (P, N, 3) uint8."""
    P, N = shape
    colour = np.empty((P, N, 3), np.uint8)
    colour[:] = yarn
    tied = np.zeros((P, N), bool)
    baths = sorted({int(r["bath"]) for r in rows})
    assert baths == list(range(1, len(baths) + 1))
    for b in baths:
        bath_rows = [r for r in rows if int(r["bath"]) == b]
        rgb = {hex_to_rgb8(r["colour"]) for r in bath_rows}
        assert len(rgb) == 1
        assert [r["action"] for r in bath_rows].count("dye") == 1 and \
            bath_rows[-1]["action"] == "dye", "each bath ends with its one dye step"
        for r in bath_rows[:-1]:
            j = int(r["bundle"]) - 1
            i0 = int(round(float(r["bind_from_cm"]) / step_cm))
            i1 = int(round(float(r["bind_to_cm"]) / step_cm))
            assert 0 <= j < N and 0 <= i0 < i1 <= P
            if r["action"] == "bind":
                assert not tied[i0:i1, j].any(), "a tie over a tie"
                tied[i0:i1, j] = True
            else:
                assert r["action"] == "release" and tied[i0:i1, j].all(), "cutting a missing tie"
                tied[i0:i1, j] = False
        colour[~tied] = rgb.pop()
    return colour


def truth(shapes, size, ppm=20):
    """The design's colour at ppm px per mm, by scikit-image's polygon fill."""
    w, h = size
    img = np.empty((int(h * ppm), int(w * ppm), 3), np.uint8)
    img[:] = CREAM
    for poly, rgb in shapes:
        p = np.asarray(poly, float) * ppm - 0.5        # pixel centres
        rr, cc = fill_polygon(p[:, 1], p[:, 0], img.shape[:2])
        img[rr, cc] = rgb
    return img


def quantised_rgb(plan) -> np.ndarray:
    return plan.grid.colours[plan.grid.cells]


@pytest.mark.parametrize("tying", ["overdye", "single-bath"])
def test_csv_replayed_rebuilds_the_design(design, tying):
    plan = plan_ikat(design, IkatOptions(step_cm=STEP, tying=tying))
    assert (plan.grid.n_positions, plan.grid.n_bundles) == (30, 48)
    rows = read_csv(design, tying=tying)
    got = replay(rows, CREAM, (30, 48))
    # exactly the quantised design
    assert np.array_equal(got, quantised_rgb(plan))
    # and the shapes themselves wherever a 2 mm cell holds one colour
    ppm = 20
    fine = truth(SYMMETRIC, (96, 60), ppm)
    cells = fine.reshape(30, 2 * ppm, 48, 2 * ppm, 3)
    uniform = (cells == cells[:, :1, :, :1]).all((1, 3, 4))
    assert np.array_equal(got[uniform], cells[:, 0, :, 0][uniform])
    # mixed cells lie only along the diamond's slanted edges
    assert (~uniform).sum() <= 40
    # every colour covers the right area, within what the mixed cells can hold
    for rgb in (CREAM, YELLOW, RED, BLUE):
        true_share = (fine == rgb).all(-1).mean()
        got_share = (got == rgb).all(-1).mean()
        assert abs(true_share - got_share) <= (~uniform).mean() / 2 + 1e-9
    if tying == "overdye":
        assert {r["action"] for r in rows} == {"bind", "dye"}, "overdye ties are never cut"
    else:
        assert {r["action"] for r in rows} == {"bind", "release", "dye"}


def test_dye_order_is_light_to_dark_and_the_yarn_is_free(design):
    plan = plan_ikat(design, IkatOptions(step_cm=STEP))
    L = [rgb_to_lab(np.array(plan.bath_rgb(b), np.uint8))[0] for b in range(plan.n_baths + 1)]
    assert plan.bath_rgb(0) == CREAM and np.all(np.diff(L) < 0)
    assert [plan.bath_rgb(b) for b in (1, 2, 3)] == [YELLOW, RED, BLUE]
    rows = read_csv(design)
    # the undyed cream is tied before the first bath, on every bundle
    first = [r for r in rows if r["bath"] == "1" and r["action"] == "bind"]
    assert {int(r["bundle"]) for r in first} == set(range(1, 49))
    assert all(r["colour"] == "#deb228" and r["colour_name"] == "saffron" for r in first)


def test_a_yarn_the_design_does_not_use_needs_a_bath_for_every_colour(design):
    rows = read_csv(design, yarn="#ffffff")
    assert {r["colour"] for r in rows} == {"#ece2cc", "#deb228", "#b22228", "#202c60"}
    plan = plan_ikat(design, IkatOptions(step_cm=STEP, yarn="#ffffff"))
    assert np.array_equal(replay(rows, (255, 255, 255), (30, 48)), quantised_rgb(plan))


def test_unreachable_colours_are_refused(design):
    with pytest.raises(ValueError, match="needs 3 dye baths.*max_baths is 2"):
        plan_ikat(design, IkatOptions(step_cm=STEP, max_baths=2))
    with pytest.raises(ValueError, match="no bath makes indigo #202c60.*cannot be reached"):
        plan_ikat(design, IkatOptions(step_cm=STEP, dye_order="#deb228, #b22228"))
    with pytest.raises(ValueError, match="bath 2, #deb228.*lighter than bath 1.*only darken"):
        plan_ikat(design, IkatOptions(step_cm=STEP, dye_order="#b22228,#deb228,#202c60"))
    with pytest.raises(ValueError, match="lighter than the undyed yarn"):
        plan_ikat(design, IkatOptions(step_cm=STEP, yarn="#808080"))
    with pytest.raises(ValueError, match="#00ff00, which is not a colour of the design"):
        plan_ikat(design, IkatOptions(step_cm=STEP, dye_order="#deb228,#00ff00"))
    with pytest.raises(ValueError, match="the undyed yarn: it needs no bath"):
        plan_ikat(design, IkatOptions(step_cm=STEP, dye_order="#ece2cc,#deb228,#b22228,#202c60"))
    with pytest.raises(ValueError, match="IkatOptions.bundles must be at least 2"):
        plan_ikat(design, IkatOptions(bundles=1))
    with pytest.raises(ValueError, match="IkatOptions.tying must be one of"):
        plan_ikat(design, IkatOptions(tying="dip"))
    # a given order that is reachable works, and is the order of the baths
    plan = plan_ikat(design, IkatOptions(step_cm=STEP, dye_order="#deb228;#b22228;#202c60"))
    assert [plan.bath_rgb(b) for b in (1, 2, 3)] == [YELLOW, RED, BLUE]


def test_mirror_fold_ties_half_the_bundles(design):
    rows = read_csv(design, mirror_fold=True)
    ties = [r for r in rows if r["action"] != "dye"]
    assert {int(r["bundle"]) for r in ties} == set(range(1, 25))
    assert all(int(r["mirror_bundle"]) == 49 - int(r["bundle"]) for r in ties)
    half = replay(rows, CREAM, (30, 24))
    plan = plan_ikat(design, IkatOptions(step_cm=STEP))
    # unfolded, the cloth is the whole quantised design
    assert np.array_equal(np.concatenate([half, half[:, ::-1]], 1), quantised_rgb(plan))
    folded = plan_ikat(design, IkatOptions(step_cm=STEP, mirror_fold=True))
    assert folded.ties().sum() < plan.ties().sum() / 1.9 and not folded.warnings


def test_mirror_fold_refuses_an_asymmetric_design():
    with pytest.raises(ValueError, match=r"not mirror-symmetric.*% of the cells differ"):
        plan_ikat(asymmetric_design(), IkatOptions(step_cm=STEP, mirror_fold=True))
    with pytest.raises(ValueError, match="even number of bundles"):
        plan_ikat(symmetric_design(), IkatOptions(step_cm=STEP, bundles=47, mirror_fold=True))


def test_loom_width_scales_the_warp(design):
    plan = plan_ikat(design, IkatOptions(step_cm=STEP))
    wide = plan_ikat(design, IkatOptions(step_cm=2 * STEP, loom_width_cm=19.2))
    assert wide.grid.loom_cm == pytest.approx(19.2) and wide.grid.warp_cm == pytest.approx(12.0)
    assert wide.grid.bundle_cm == pytest.approx(0.4)
    assert np.array_equal(wide.grid.cells, plan.grid.cells)
    rows = read_csv(design, loom_width_cm=19.2)
    assert max(float(r["bind_to_cm"]) for r in rows if r["bind_to_cm"]) == pytest.approx(12.0)


def test_a_colour_too_small_for_the_cells_is_reported():
    d = shapes_design((96, 60), SYMMETRIC + [(((70, 10), (70.6, 10), (70.6, 10.6)), (20, 120, 20))])
    plan = plan_ikat(d, IkatOptions(step_cm=STEP))
    assert any("too small to show" in w and "#147814" in w for w in plan.warnings)


# ----------------------------------------------------------------------------- the PDF

def render(data: bytes, page: int) -> np.ndarray:
    doc = pypdfium2.PdfDocument(data)
    return np.asarray(doc[page].render(scale=DPI / 72).to_pil().convert("RGB"))


def scale_bar_mm(img: np.ndarray) -> float:
    """Length of the longest solid black run in the page's bottom 12 mm (where the
    engine puts its 100 mm bar, below the drawing)."""
    black = img[-int(12 * PX_PER_MM):].max(-1) < 60
    best = 0
    for row in black:
        d = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
        s, e = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
        if len(s):
            best = max(best, int((e - s).max()))
    return best / PX_PER_MM


def test_chart_pdf_pages_scale_and_cells(design):
    opts = IkatChartOptions(step_cm=STEP, paper="A4", orientation="portrait", cell_mm=5.0)
    buf = io.BytesIO()
    write_ikat_plan_pdf(design, buf, opts)
    data = buf.getvalue()
    reader = pypdf.PdfReader(io.BytesIO(data))
    (sheet,) = ikat_sheets(design, opts)
    grid = page_grid(sheet.size_mm, opts)
    assert len(reader.pages) == grid.n_pages + 1                 # the overview first
    for p in reader.pages:
        assert float(p.mediabox.width) == pytest.approx(PAPERS["A4"][0] * 72 / 25.4, abs=0.01)
        assert float(p.mediabox.height) == pytest.approx(PAPERS["A4"][1] * 72 / 25.4, abs=0.01)
    text = " ".join(p.extract_text() for p in reader.pages)
    for word in ("ikat binding plan", "saffron", "madder", "indigo", "48 bundles", "undyed yarn"):
        assert word in text
    # the first tile page: the 100 mm bar, and the left saffron square (5 x 4 cells) at 5 mm a cell
    img = render(data, 1)
    assert scale_bar_mm(img) == pytest.approx(100.0, abs=0.5)
    from scipy import ndimage
    sat = (np.abs(img.astype(int) - YELLOW).max(-1) < 40)
    # the square's cells, joined across the thin grid lines; the legend swatch is apart
    rr, cc = np.flatnonzero(sat.any(1)), np.flatnonzero(sat.any(0))
    sat = np.pad(sat[rr[0]:rr[-1] + 1, cc[0]:cc[-1] + 1], 10)
    lab, n = ndimage.label(ndimage.binary_closing(sat, np.ones((9, 9))))
    big = lab == 1 + np.argmax(ndimage.sum(sat, lab, range(1, n + 1)))
    rows, cols = np.flatnonzero(big.any(1)), np.flatnonzero(big.any(0))
    assert (cols[-1] - cols[0] + 1) / PX_PER_MM == pytest.approx(25.0, abs=0.4)
    assert (rows[-1] - rows[0] + 1) / PX_PER_MM == pytest.approx(20.0, abs=0.4)


def test_per_bath_chart_has_a_chart_per_bath(design):
    opts = IkatChartOptions(step_cm=STEP, chart="per-bath", paper="A3", orientation="landscape")
    sheets = ikat_sheets(design, opts)
    assert [f"bath {k} of 3" in s.title for k, s in enumerate(sheets, 1)] == [True] * 3
    buf = io.BytesIO()
    write_ikat_plan_pdf(design, buf, opts)
    reader = pypdf.PdfReader(io.BytesIO(buf.getvalue()))
    per = [page_grid(s.size_mm, opts).n_pages + 1 for s in sheets]
    assert len(reader.pages) == sum(per)
    text = reader.pages[per[0]].extract_text() + reader.pages[per[0] + 1].extract_text()
    assert "bath 2 of 3: madder" in text


def test_writers_are_registered(design):
    for name, ext in (("ikat-plan-pdf", ".pdf"), ("ikat-plan-csv", ".csv"),
                      ("abr-preview-png", ".png"), ("separations-pdf", ".pdf"),
                      ("separations-svg", ".svg")):
        w = writer_for(name)
        assert w.takes == "design" and ext in w.extensions and w.options_type is not None
        # the export dialog's preview: a sheet or a picture
        out = w.preview(design, w.options_type(step_cm=STEP) if "ikat" in name or "abr" in name
                        else w.options_type())
        assert isinstance(out, Sheet) or (isinstance(out, np.ndarray) and out.ndim == 3)


def test_warp_across_turns_the_design_onto_the_loom(design):
    down = plan_ikat(design, IkatOptions(step_cm=STEP))
    across = plan_ikat(design, IkatOptions(step_cm=STEP, bundles=30, warp="across"))
    assert (across.grid.loom_cm, across.grid.warp_cm) == (pytest.approx(6.0), pytest.approx(9.6))
    # a quarter turn clockwise: the design's left edge starts the warp, its bottom is bundle 1
    assert np.array_equal(across.grid.cells, np.rot90(down.grid.cells, -1))


def test_a_nearly_symmetric_design_folds_with_a_warning():
    plan = plan_ikat(asymmetric_design(), IkatOptions(step_cm=STEP, mirror_fold=True,
                                                      fold_tolerance=20.0))
    assert len(plan.bundles) == 24
    assert any("differ between the halves; the right half will copy the left" in w
               for w in plan.warnings)
    rows = read_csv(asymmetric_design(), mirror_fold=True, fold_tolerance=20.0)
    half = replay(rows, CREAM, (30, 24))
    assert np.array_equal(half, quantised_rgb(plan)[:, :24])
