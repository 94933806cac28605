"""Cut lines and their lengths: exact on motifs with known geometry, and against an
independent measurement (the design rendered by export/raster.py, boundaries traced
with marching squares) on rotated, mirrored and clipped layouts."""
from __future__ import annotations

import numpy as np
import pytest

from motifstudio.design.layout import Border, Layout, Medallion, Repeat
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.felt.colours import felt_colours
from motifstudio.export.felt.copies import copy_geometry
from motifstudio.export.felt.plan import shyrdak_plan
from motifstudio.export.felt.seams import measure_seams

from felt_motifs import CREAM, RED, dumbbell, figures_motif, single, square


def seams_of(design):
    colours = felt_colours(design)
    return measure_seams(design, colours, copy_geometry(design)), colours


def test_a_100_mm_square_on_a_ground_has_400_mm_of_seam():
    s, colours = seams_of(single(figures_motif([square(50, 50, 100)])))
    assert s.total_mm == pytest.approx(400.0, abs=1e-9)
    assert s.per_colour_mm.tolist() == pytest.approx([400.0, 400.0], abs=1e-9)
    assert len(s.outline) == 0                     # the design's own edge is no seam


def test_the_cord_is_the_seam_plus_the_allowance():
    d = single(figures_motif([square(50, 50, 100)]))
    from motifstudio.export.felt.options import FeltMaterialsOptions
    p = shyrdak_plan(d, FeltMaterialsOptions(cord_allowance_pct=0.0))
    assert p.cord_per_carpet_mm == pytest.approx(400.0, abs=1e-9)
    p = shyrdak_plan(d, FeltMaterialsOptions(cord_allowance_pct=25.0))
    assert p.cord_per_carpet_mm == pytest.approx(500.0, abs=1e-9)
    assert [f.cord_mm for f in p.figures] == pytest.approx([500.0, 500.0], abs=1e-9)


def test_a_polygon_with_a_neck():
    # the dumbbell: two 60 mm squares joined by a 40 mm bar 5 mm wide
    s, _ = seams_of(single(figures_motif([dumbbell(5.0)])))
    assert s.total_mm == pytest.approx(4 * 60 * 2 + 2 * 40 - 2 * 5, abs=1e-9)


def test_the_ground_round_a_single_motif_is_a_seam_only_where_colours_differ():
    m = figures_motif([square(50, 50, 100)])
    # cream margins left and right of a cream-framed motif: no new seam
    s, _ = seams_of(single(m, size=(300, 200)))
    assert s.total_mm == pytest.approx(400.0, abs=1e-9)
    # a red ground: the frame's two sides that face it (200 mm each) are seams too
    s, colours = seams_of(single(m, size=(300, 200), background="#aa1e28"))
    assert colours.ground == 0
    assert s.total_mm == pytest.approx(800.0, abs=1e-9)
    assert np.hypot(*(s.outline[:, 1] - s.outline[:, 0]).T).sum() == pytest.approx(400.0)
    assert np.allclose(np.sort(np.unique(s.outline[..., 0].round(9))), [50.0, 250.0])


def test_a_repeat_and_its_counterchange():
    m = figures_motif([square(50, 50, 100)])
    spec = lambda cc: DesignSpec(layout=Layout(kind="repeat", size_mm=(400.0, 400.0),  # noqa: E731
                                               repeat=Repeat("block"), counterchange=cc))
    # 3 x 3 copies of 200 mm centred on 400 mm: a whole square, four halves, four quarters
    s, _ = seams_of(build_design(m, spec("none")))
    assert s.total_mm == pytest.approx(400 + 4 * 200 + 4 * 100, abs=1e-6)
    # counterchanged neighbours: every copy boundary inside the design is a seam too
    s, _ = seams_of(build_design(m, spec("alternate")))
    assert s.total_mm == pytest.approx(1600 + 4 * 400, abs=1e-6)


def _measured_boundary_mm(design, ppm=8.0) -> float:
    """Colour boundaries of the design rendered by export/raster.py (an independent
    renderer, antialiased) at *ppm* px/mm, traced at half coverage with marching
    squares.  A slight blur first: the renderer's hairline cracks along clip edges
    (partly covered pixels) are no seams; a straight edge keeps its half-way line."""
    from scipy import ndimage
    from skimage import measure

    from motifstudio.export.raster import render_design

    img = render_design(design, px_per_mm=ppm, supersample=3).astype(float)
    red, cream = np.array(RED, float), np.array(CREAM, float)
    share = np.clip(((img - cream) @ (red - cream)) / ((red - cream) @ (red - cream)), 0, 1)
    share = ndimage.gaussian_filter(share, 0.6, mode="nearest")
    pad = np.pad(share, 1, mode="edge")                    # the design's edge: no contour
    total = 0.0
    for c in measure.find_contours(pad, 0.5):
        total += float(np.hypot(*np.diff(c, axis=0).T).sum())
    return total / ppm


@pytest.mark.parametrize("layout", [
    Layout(kind="repeat", size_mm=(240.0, 200.0), repeat=Repeat("p4m", 60.0),
           counterchange="alternate"),
    Layout(kind="repeat", size_mm=(240.0, 200.0), repeat=Repeat("half-drop", 60.0, 10.0,
                                                                rotation_deg=30.0)),
    Layout(kind="medallion", size_mm=(240.0, 240.0), medallion=Medallion(8, True, 0.9, 0.2)),
    Layout(kind="rug", size_mm=(260.0, 320.0), borders=(Border("p1m1", 40.0, "mitre", 10.0),),
           repeat=Repeat("block", 60.0), counterchange="alternate"),
], ids=["p4m-counterchange", "turned-half-drop-spaced", "medallion", "rug-mitred"])
def test_seam_length_matches_an_independent_measurement(layout):
    # an asymmetric L and a diagonal triangle, so turns and mirrors matter
    m = figures_motif([[(30, 30), (170, 30), (170, 80), (80, 80), (80, 170), (30, 170)],
                       [(110, 110), (175, 175), (110, 175)]])
    d = build_design(m, DesignSpec(layout=layout))
    s, _ = seams_of(d)
    assert s.total_mm == pytest.approx(_measured_boundary_mm(d), rel=0.01)
