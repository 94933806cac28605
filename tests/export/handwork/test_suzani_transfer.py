"""The suzani transfer sheet read back: pypdf for the pages and the mark numbers, pdfium
renders at 300 dpi measured with a ruler of pixels (the 100 mm scale bar, the cloth's
frame, the seams, the match marks, the F motif's edges in its two orientations)."""
from __future__ import annotations

import io

import numpy as np
import pypdf
import pypdfium2
import pytest
from scipy import ndimage

from design_helpers import DOT, F_POLY, design, f_motif
from handwork_helpers import PX_PER_MM, f_single, red_mask, render, runs, scale_bar_mm
from motifstudio.core.document import Stroke
from motifstudio.export.handwork.outlines import colour_boundaries
from motifstudio.export.handwork.transfer import (SuzaniTransferOptions, strips,
                                                  transfer_sheet, write_suzani_transfer_pdf)
from motifstudio.export.registry import writer_for

W, H = 160.0, 80.0
OPTS = dict(strip_width_cm=8.0, mark_step_cm=2.0)      # two strips, marks at 20, 40, 60 mm


@pytest.fixture(scope="module")
def rug():
    """40 mm F motifs repeated over 160 x 80 mm (cream grounds meeting cream grounds)."""
    return design(f_motif(40, 40), kind="repeat", size_mm=(W, H))


def _pdf(d, **kw) -> bytes:
    buf = io.BytesIO()
    write_suzani_transfer_pdf(d, buf, SuzaniTransferOptions(**{**OPTS, **kw}))
    return buf.getvalue()


@pytest.fixture(scope="module")
def plain(rug):
    data = _pdf(rug)
    return data, [render(data, k) for k in (1, 2)]


@pytest.fixture(scope="module")
def mirrored(rug):
    data = _pdf(rug, mirror=True)
    return data, [render(data, 1)]


def _frame(img: np.ndarray) -> tuple:
    """(top, bottom, left, right) px of the grey cloth frame (cut lines, design edges):
    the outermost rows and columns holding a solid run of ink (grey, or black or red
    where an outline or a match mark crosses it) of at least 50 mm; the print engine's trim lines are dashed and
    the motif's outlines shorter.  The page margins (page names, scale bar) are left out."""
    m = int(12 * PX_PER_MM)
    img = img[m:-m, m:-m]
    grey = (img.max(-1) < 175) | red_mask(img)
    out = []
    for mask in (grey, grey.T):
        longest = np.array([max((n for _, n in runs(line)), default=0) for line in mask])
        hits = [m + s + (n - 1) / 2 for s, n in runs(longest >= 50 * PX_PER_MM)]
        out += [hits[0], hits[-1]]
    return tuple(out)


def _ticks(img: np.ndarray) -> list:
    """(row px, first col, last col) of the red horizontal match marks (>= 6 mm long)."""
    red = red_mask(img)
    out = []
    for row in np.flatnonzero(red.sum(1) >= 6 * PX_PER_MM):
        for s, n in runs(red[row]):
            if n >= 6 * PX_PER_MM:
                out.append((row, s, s + n - 1))
    # one entry per mark: the middle row of each group of adjacent rows
    marks = []
    for group in np.split(np.array(out), np.flatnonzero(np.diff([o[0] for o in out]) > 1) + 1):
        marks.append(tuple(group[len(group) // 2]))
    return marks


def _seams(img: np.ndarray, top: float, bottom: float) -> list:
    """Columns (px) of the dashed red seam lines: red over >= 40 % of the design's height."""
    red = red_mask(img)[int(top):int(bottom)]
    cols = red.sum(0) >= 0.4 * (bottom - top)
    return [s + (n - 1) / 2 for s, n in runs(cols)]


def test_pages_are_one_strip_each_at_1_to_1(rug, plain):
    data, imgs = plain
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 + 2                 # overview, one page per strip
    for p in reader.pages:
        assert float(p.mediabox.width) == pytest.approx(210 * 72 / 25.4, abs=0.01)
    for k, img in enumerate(imgs):
        assert scale_bar_mm(img) == pytest.approx(100.0, abs=0.5)
        top, bottom, left, right = _frame(img)
        # the cloth: strip 1 runs from the design's edge to 1 cm past its seam, strip 2
        # from 1 cm before its seam to the design's other edge; both the design's height
        assert (bottom - top) / PX_PER_MM == pytest.approx(H, abs=0.5)
        assert (right - left) / PX_PER_MM == pytest.approx(90.0, abs=0.5)
        seams = _seams(img, top, bottom)
        assert len(seams) == 1
        # strips are 8 cm seam to seam: design edge to seam on both pages
        edge = left if k == 0 else right
        assert abs(seams[0] - edge) / PX_PER_MM == pytest.approx(80.0, abs=0.5)
        assert abs(seams[0] - (right if k == 0 else left)) / PX_PER_MM == pytest.approx(
            10.0, abs=0.5)                                # the overlap at the seam
    assert [(s.a, s.b, s.lo, s.hi) for s in strips(rug, SuzaniTransferOptions(**OPTS))] == [
        (0.0, 80.0, 0.0, 90.0), (80.0, 160.0, 70.0, 160.0)]


def test_match_marks_line_up_across_the_seam(plain):
    data, imgs = plain
    marks = [_ticks(img) for img in imgs]
    assert len(marks[0]) == len(marks[1]) == 3
    top = _frame(imgs[0])[0]
    assert _frame(imgs[1])[0] == pytest.approx(top, abs=1)
    for (y1, a1, b1), (y2, a2, b2), want in zip(marks[0], marks[1], (20, 40, 60)):
        # the same height on both strips: 20, 40 and 60 mm down the design
        assert abs(y1 - y2) <= 1
        assert (y1 - top) / PX_PER_MM == pytest.approx(want, abs=0.3)
    # each mark crosses its seam and reaches the cut line
    for k, img in enumerate(imgs):
        t, b, left, right = _frame(img)
        seam = _seams(img, t, b)[0]
        for _, a, e in marks[k]:
            assert a < seam < e
            assert (a <= left) if k == 1 else (e >= right)
    # numbered alike on both sides: seam 1, marks 1-3, just above each mark
    reader = pypdf.PdfReader(io.BytesIO(data))
    doc = pypdfium2.PdfDocument(data)
    for k in (1, 2):
        text = reader.pages[k].extract_text()
        tp = doc[k].get_textpage()
        h_pt = doc[k].get_height()
        for j, label in enumerate(("1.1", "1.2", "1.3")):
            assert label in text
            hit = tp.search(label).get_next()
            _, bottom_pt, _, _ = tp.get_charbox(hit[0])
            y = (h_pt - bottom_pt) * 300 / 72
            assert 0 < marks[k - 1][j][0] - y < 2.5 * PX_PER_MM


def _copies(d) -> np.ndarray:
    """Top-left corners (mm) of the motif copies (all unrotated, unscaled here)."""
    out = []
    for pl in d.composition.placements:
        for m in pl.transforms:
            assert np.allclose(m[:2, :2], np.eye(2))
            out.append(m[:2, 2])
    return np.array(out)


def _vertical_edges(d, y: float) -> list:
    """x (mm) of the F's stem and the dot's sides crossed by the row y, over all copies."""
    xs = []
    for ox, oy in _copies(d):
        ly = (y - oy) / 40
        if 0.8 < ly < 0.95:                  # the rows where stem and dot sit side by side
            xs += [ox + 40 * v for v in (F_POLY[0][0], F_POLY[7][0], DOT[0][0], DOT[1][0])]
    return [x for x in xs if 0 < x < W]


@pytest.mark.parametrize("mirror", [False, True])
def test_outlines_are_mirrored_when_asked(rug, plain, mirrored, mirror):
    img = (mirrored if mirror else plain)[1][0]
    top, bottom, left, right = _frame(img)
    ys = sorted({oy + 35.0 for _, oy in _copies(rug) if 2 < oy + 35.0 < H - 2})
    y = ys[0]
    edges = _vertical_edges(rug, y)
    assert len(edges) >= 6
    drawn = [W - x for x in edges] if mirror else edges       # printed position on strip 1
    other = edges if mirror else [W - x for x in edges]
    row = img[int(round(top + y * PX_PER_MM)) - 2:int(round(top + y * PX_PER_MM)) + 3]
    dark = (row.max(-1) < 100).any(0)

    def dark_near(u):
        c = int(round(left + u * PX_PER_MM))
        return dark[c - 3:c + 4].any()
    shown = [u for u in drawn if 1 < u < 79]
    assert shown and all(dark_near(u) for u in shown)
    # where the other orientation would have lines, this one has none
    clear = [u for u in other if 1 < u < 79 and min(abs(u - v) for v in drawn) > 1.0]
    assert clear and not any(dark_near(u) for u in clear)


def test_outlines_only_no_fills_and_no_lines_between_copies(rug, plain):
    img = plain[1][0]
    top, bottom, left, right = _frame(img)
    inner = img[int(top) + 4:int(bottom) - 3, int(left) + 4:int(right) - 3].astype(int)
    near_red = ndimage.binary_dilation(red_mask(img), iterations=4)[
        int(top) + 4:int(bottom) - 3, int(left) + 4:int(right) - 3]
    chroma = inner.max(-1) - inner.min(-1)
    assert chroma[~near_red].max() <= 12               # white and black lines, no colour
    ink = inner.min(-1) < 200
    assert 0.005 < ink[~near_red].mean() < 0.08        # thin lines, not filled areas
    # copies meet cream to cream: no line where one copy ends and the next begins,
    # along the row 1 mm below the top of a copy (above its F)
    for ox, oy in _copies(rug):
        if 0 < oy + 1 < H and 2 < ox < 78:
            r = int(round(top + (oy + 1) * PX_PER_MM))
            c = int(round(left + ox * PX_PER_MM))
            assert img[r - 2:r + 3, c - 20:c + 21].min() > 200


def _length(lines) -> float:
    return float(sum(np.hypot(*np.diff(p, axis=0).T).sum() for p in lines))


def _perimeter(poly, size) -> float:
    p = np.asarray(poly) * size
    return float(np.hypot(*(np.roll(p, -1, 0) - p).T).sum())


def test_boundaries_are_exactly_the_colour_changes():
    lines = colour_boundaries(f_single(20.0))
    # the F and the dot, nothing along the design's edge
    assert _length(lines) == pytest.approx(_perimeter(F_POLY, 20) + _perimeter(DOT, 20),
                                           abs=1e-6)
    pts = np.vstack(lines)
    assert pts.min() > 0.5 and pts.max() < 19.5
    # a centreline stroke is a line of its own
    stroke = Stroke(pts=np.array([[10.0, 47.5], [90.0, 47.5]]), ops=np.array([0], np.uint8),
                    width=2.0, colour=2)
    with_stroke = colour_boundaries(f_single(20.0, strokes=(stroke,)))
    assert _length(with_stroke) == pytest.approx(_length(lines) + 16.0, abs=1e-6)


def test_writer_registered_and_clear_errors(rug):
    w = writer_for("suzani-transfer-pdf")
    assert w.takes == "design" and w.options_type is SuzaniTransferOptions
    sheet = w.preview(rug, SuzaniTransferOptions(**OPTS))
    assert sheet is not None and sheet.size_mm[1] > H
    assert transfer_sheet(rug).title.endswith("suzani transfer")
    with pytest.raises(ValueError, match="strip_width_cm"):
        transfer_sheet(rug, SuzaniTransferOptions(strip_width_cm=2.0))
    with pytest.raises(ValueError, match="paper"):
        transfer_sheet(rug, SuzaniTransferOptions(paper="B4"))
    one = f_motif(20, 20)
    one = one.replace(planar_map=one.planar_map.with_face_colours(
        np.zeros(one.planar_map.n_faces, np.int32)))
    with pytest.raises(ValueError, match="no outlines"):
        transfer_sheet(design(one, kind="single", size_mm=(20.0, 20.0), background="#ebdcb4"))
