"""The felt files read back with independent readers: the template's SVG by
xml.etree (cut lengths, labels, layers), the PDFs by pypdf (pages, sizes) and
pdfium at 300 dpi (scale bar, cut lines and the laying map where they belong)."""
from __future__ import annotations

import dataclasses
import io
import re

import numpy as np
import pytest

from motifstudio.core.params import specs
from motifstudio.design.layout import Layout, Repeat
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.felt.options import (AlaKiyizPdfOptions, FeltMaterialsOptions,
                                            FeltTemplateOptions, FeltTemplatePdfOptions)
from motifstudio.export.felt.plan import shyrdak_plan
from motifstudio.export.print_pdf import PAPERS, PrintOptions, page_grid
from motifstudio.export.registry import writer_for

from felt_motifs import counterchanged_halves, dumbbell, figures_motif, single, square
from felt_readers import (PX_PER_MM, drawn_length, pdf_pages, render, scale_bar_mm,
                          svg_size_mm, texts)

FORMATS = ("felt-template-pdf", "felt-template-svg", "felt-materials-csv", "ala-kiyiz-pdf",
           "ala-kiyiz-csv")


def write(name, design, options=None) -> bytes:
    buf = io.BytesIO()
    writer_for(name).func(design, buf, options)
    return buf.getvalue()


def test_the_writers_are_registered_with_declared_options():
    for name in FORMATS:
        w = writer_for(name)
        assert w.takes == "design" and w.options_type is not None
        assert all(s.kind in (bool, int, float, str) for s in specs(w.options_type))
    names = {s.name for s in specs(FeltTemplatePdfOptions)}
    assert {"cord_allowance_pct", "waste_pct", "backing_margin_mm", "min_width_mm",
            "fold_lines", "paper", "overlap_mm"} <= names
    assert {s.name: s.default for s in specs(FeltTemplateOptions)}["min_width_mm"] == 8.0
    assert {s.name: s.default for s in specs(AlaKiyizPdfOptions)}["shrinkage_x"] == 1.25
    # the print fields are the print engine's own declarations
    pdf = {s.name: s for s in specs(FeltTemplatePdfOptions)}
    for s in specs(PrintOptions):
        assert pdf[s.name] == s
    assert writer_for("felt-template-pdf").preview(single(figures_motif([square(50, 50, 100)])),
                                                   FeltTemplatePdfOptions()).items


def test_bad_options_and_designs_are_clear_errors():
    d = single(figures_motif([square(50, 50, 100)]))
    with pytest.raises(ValueError, match="min_width_mm"):
        write("felt-template-svg", d, FeltTemplateOptions(min_width_mm=0.0))
    with pytest.raises(ValueError, match="waste_pct"):
        write("felt-materials-csv", d, FeltMaterialsOptions(waste_pct=-1.0))
    with pytest.raises(ValueError, match="paper"):
        write("felt-template-pdf", d, FeltTemplatePdfOptions(paper="B5"))
    with pytest.raises(ValueError, match="FeltTemplatePdfOptions"):
        write("felt-template-pdf", d, PrintOptions())
    plain = single(figures_motif([]))                    # a cream square, nothing to cut
    with pytest.raises(ValueError, match="two colours"):
        write("felt-template-svg", plain)


def test_writing_to_a_path_replaces_the_file(tmp_path):
    d = single(figures_motif([square(50, 50, 100)]))
    for name in FORMATS:
        out = tmp_path / f"out{writer_for(name).extensions[0]}"
        out.write_bytes(b"old")
        writer_for(name).func(d, out)
        assert out.read_bytes() != b"old" and out.stat().st_size > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "out.pdf", "out.svg"]


@pytest.mark.parametrize("design, expected", [
    (single(figures_motif([square(50, 50, 100)])), 400.0),
    (single(figures_motif([dumbbell(5.0), square(20, 20, 30)])), 550.0 + 120.0),
    (single(counterchanged_halves()), 680.0),
    (build_design(figures_motif([square(50, 50, 100)]),
                  DesignSpec(layout=Layout(kind="repeat", size_mm=(400.0, 400.0),
                                           repeat=Repeat("block"), counterchange="alternate"))),
     3200.0),
], ids=["square", "dumbbell", "counterchanged-halves", "counterchanged-repeat"])
def test_svg_cut_lines_measure_the_seams(design, expected):
    data = write("felt-template-svg", design)
    p = shyrdak_plan(design, FeltTemplateOptions())
    assert p.seam_mm == pytest.approx(expected, abs=1e-6)
    assert drawn_length(data) == pytest.approx(expected, rel=0.01)
    # one label per piece, A and B numbered from 1
    labels = [t for t, _, _ in texts(data, "Labels")]
    for letter in "AB":
        got = sorted(int(t[1:]) for t in labels if t[0] == letter)
        n = sum(f.pieces for f in p.figures if f.letter == letter)
        assert got == list(range(1, n + 1)) and n > 0
    assert len(labels) == p.colour_map.n_pieces
    # the sheet holds the design at 1:1 at its top left, the key beside or below it
    w, h = svg_size_mm(data)
    W, H = design.size_mm
    assert (w >= W + 100 and h >= H) or (h >= H + 100 and w >= W)


def test_svg_labels_sit_in_their_pieces_and_the_key_shows_both_carpets():
    d = single(figures_motif([square(20, 20, 40), square(120, 120, 50)]))
    data = write("felt-template-svg", d)
    spots = {t: (x, y) for t, x, y in texts(data, "Labels")}
    assert set(spots) == {"A1", "A2", "B1"}
    x, y = spots["A1"]
    assert 20 < x < 60 and 20 < y < 60
    x, y = spots["A2"]
    assert 120 < x < 170 and 120 < y < 170
    key = " ".join(t for t, _, _ in texts(data, "Key"))
    assert "Carpet A" in key and "Carpet B" in key
    assert "Cord per carpet: 0.40 m" in key                 # 160 + 200 mm of seam, + 10 %
    # both colourings drawn: the key's symbols fill with red and cream both ways round
    svg = data.decode()
    defs = svg[svg.index("<defs>"):svg.index("</defs>")]
    assert defs.count('fill="#aa1e28"') >= 2 and defs.count('fill="#ebdcb4"') >= 2


def test_svg_fold_lines_and_narrow_circles():
    mirrored = write("felt-template-svg", single(figures_motif([dumbbell(5.0)])))
    assert re.search(r'inkscape:label="Fold lines"', mirrored.decode())
    assert len(texts(mirrored, "Fold lines")) == 2                       # both centre lines
    check = texts(mirrored, "Check")
    assert [t for t, _, _ in check] == ["!1"]
    asym = write("felt-template-svg", single(figures_motif([square(30, 30, 40),
                                                             square(110, 120, 50)])))
    assert 'inkscape:label="Fold lines"' not in asym.decode()
    assert 'inkscape:label="Check"' not in asym.decode()


def _runs(mask) -> list:
    """Centres (px) of the runs of True in a 1-d mask."""
    m = np.concatenate([[False], mask, [False]]).astype(np.int8)
    d = np.diff(m)
    s, e = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    return list((s + e - 1) / 2)


def _dark(img, x0, x1, y0, y1) -> float:
    """Share of dark pixels in a box of the page (mm)."""
    box = img[int(y0 * PX_PER_MM):int(y1 * PX_PER_MM), int(x0 * PX_PER_MM):int(x1 * PX_PER_MM)]
    return float((box.max(-1) < 100).mean())


@pytest.mark.parametrize("size, sq", [(200.0, (50.0, 50.0, 100.0)),
                                      (1000.0, (850.0, 850.0, 100.0))],
                         ids=["small", "one-metre-motif"])
def test_pdf_pages_scale_bar_and_cut_lines_where_expected(size, sq):
    x0, y0, s = sq
    d = single(figures_motif([square(x0, y0, s)], size=(size, size)))
    opts = FeltTemplatePdfOptions(paper="A4", orientation="portrait", overview=size < 500)
    data = write("felt-template-pdf", d, opts)
    sheet_w, sheet_h = svg_size_mm(write("felt-template-svg", d))
    grid = page_grid((sheet_w, sheet_h), PrintOptions(paper="A4", orientation="portrait"))
    pages = pdf_pages(data)
    first = 1 if opts.overview else 0
    assert len(pages) == grid.n_pages + first                   # the overview first
    for p in pages:
        assert float(p.mediabox.width) == pytest.approx(PAPERS["A4"][0] * 72 / 25.4, abs=0.01)
        assert float(p.mediabox.height) == pytest.approx(PAPERS["A4"][1] * 72 / 25.4, abs=0.01)
    if opts.overview:
        text = pages[0].extract_text()
        assert "Cord per carpet: 0.44 m" in text and "Seams: 0.40 m" in text
    # the page holding the square's top-left corner
    r, c = np.argwhere((grid.origins[..., 0] <= x0) & (grid.origins[..., 1] <= y0))[-1]
    img = render(data, first + r * grid.cols + c)
    assert scale_bar_mm(img) == pytest.approx(100.0, abs=0.5)
    m = opts.margin_mm
    ox, oy = grid.origins[r, c]
    x = m + x0 - ox                                              # the square's left edge
    top, bottom = m + max(y0 - oy, 0) + 2, m + min(y0 + s - oy, grid.printable[1]) - 2
    assert bottom - top > 20
    col = (img[int(top * PX_PER_MM):int(bottom * PX_PER_MM),
               int((x - 0.5) * PX_PER_MM):int((x + 0.5) * PX_PER_MM)].max(-1) < 100)
    assert col.any(1).mean() > 0.95                              # a line runs all the way
    assert _dark(img, x + 3, x + 20, top, top + 20) < 0.02       # inside the square: paper
    assert _dark(img, x - 20, x - 3, top, top + 20) < 0.02       # outside it too


def test_ala_kiyiz_pdf_is_the_design_enlarged_by_the_shrinkage():
    d = single(figures_motif([square(20, 20, 40)], size=(100.0, 80.0)))
    opts = AlaKiyizPdfOptions(shrinkage_x=1.25, shrinkage_y=1.5, paper="A4",
                              orientation="portrait", overview=False)
    data = write("ala-kiyiz-pdf", d, opts)
    pages = pdf_pages(data)
    assert len(pages) == 1                                       # 125 x 120 mm fits one page
    img = render(data, 0).astype(int)
    assert scale_bar_mm(img.astype(np.uint8)) == pytest.approx(100.0, abs=0.5)
    # the laid map's outline (a dark frame round the coloured zones): centre to centre
    dark = img.max(-1) < 90
    cream = (np.abs(img - np.array([235, 220, 180])).sum(-1) < 40)
    red = (np.abs(img - np.array([170, 30, 40])).sum(-1) < 40)
    cy, cx = np.nonzero(cream)
    pad = int(3 * PX_PER_MM)                       # search just round the coloured map
    r0, c0 = cy.min() - pad, cx.min() - pad
    box = dark[r0:cy.max() + pad, c0:cx.max() + pad]
    ys, xs = np.nonzero(red)
    runs_x = _runs(box[int(ys.mean()) - r0])
    runs_y = _runs(box[:, int(xs.mean()) - c0])
    assert (runs_x[-1] - runs_x[0]) / PX_PER_MM == pytest.approx(125.0, abs=0.5)
    assert (runs_y[-1] - runs_y[0]) / PX_PER_MM == pytest.approx(120.0, abs=0.5)
    # the red square, 40 mm, laid 50 x 60 mm
    assert (xs.max() - xs.min() + 1) / PX_PER_MM == pytest.approx(50.0, abs=0.5)
    assert (ys.max() - ys.min() + 1) / PX_PER_MM == pytest.approx(60.0, abs=0.5)
    text = pdf_pages(write("ala-kiyiz-pdf", d, dataclasses.replace(opts, overview=True)))[0] \
        .extract_text()
    assert "Laying size: 12.5 × 12.0 cm" in text.replace("\n", " ")
    assert "Total wool" in text
