"""The stitch grid: squares against an independent rasterisation of the F motif,
threads against colormath2's nearest DMC colour, sizes, strokes, the thread estimate."""
from __future__ import annotations

import math

import numpy as np
import pytest

from design_helpers import BLUE, CREAM, F_AREAS, RED, design, f_motif
from handwork_helpers import expected_labels, f_single, nearest_dmc_number
from motifstudio.core.document import Palette, Stroke
from motifstudio.design.palettes import load_dmc
from motifstudio.export.handwork.stitchgrid import (StitchGridOptions, finished_size_cm, skeins,
                                                    stitch_grid, thread_per_stitch_mm)


def test_squares_match_the_polygons_and_threads_are_the_nearest_dmc():
    grid = stitch_grid(f_single(20.0), StitchGridOptions(stitches_across=100))
    assert grid.shape == (100, 100) and grid.count == 14
    assert grid.cell_mm == pytest.approx((0.2, 0.2))
    want = expected_labels(100)
    # each design colour became one thread; the squares agree everywhere
    thread_of = {}
    for label in range(3):
        found = np.unique(grid.cells[want == label])
        assert len(found) == 1
        thread_of[label] = int(found[0])
    assert len(set(thread_of.values())) == 3 == len(grid.threads)
    mapped = np.vectorize(thread_of.get)(want)
    assert np.array_equal(grid.cells, mapped)
    # stitch counts are the colours' areas in squares (the F's corners lie on grid lines)
    counts = grid.counts()
    for label in range(3):
        assert counts[thread_of[label]] == round(F_AREAS[label] * 100 * 100)
    assert counts.sum() == grid.n_stitches == 100 * 100
    # legend order: most stitches first
    assert list(counts) == sorted(counts, reverse=True)
    for label, rgb in ((0, CREAM), (1, RED), (2, BLUE)):
        assert grid.threads[thread_of[label]].number == nearest_dmc_number(rgb)


def test_a_design_in_dmc_colours_keeps_its_threads():
    dmc = {s.source.split()[-1]: s for s in load_dmc().swatches}
    chosen = [dmc["3865"], dmc["321"], dmc["820"]]        # winter white, red, royal blue
    m = f_motif(20, 20)
    m = m.replace(palette=Palette(tuple(chosen), name="DMC"))
    grid = stitch_grid(design(m, kind="single", size_mm=(20.0, 20.0)),
                       StitchGridOptions(stitches_across=50))
    assert sorted(t.number for t in grid.threads) == sorted(["3865", "321", "820"])
    for t in grid.threads:
        assert t.rgb == dmc[t.number].rgb and t.name == dmc[t.number].name


@pytest.mark.parametrize("count", [11, 14, 16, 18])
def test_default_size_is_the_design_width_at_the_count(count):
    # 2 x 1 inches
    d = design(f_motif(50.8, 25.4), kind="single", size_mm=(50.8, 25.4))
    grid = stitch_grid(d, StitchGridOptions(count=count))
    assert grid.shape == (count, 2 * count)
    w, h = finished_size_cm(grid.across, grid.down, count)
    assert (w, h) == pytest.approx((5.08, 2.54))


def test_a_thin_stroke_is_stitched_one_square_wide():
    # a blue line 0.4 mm wide at y = 9.5 mm across the 20 mm F, on 1 mm squares
    line = Stroke(pts=np.array([[10.0, 47.5], [90.0, 47.5]]), ops=np.array([0], np.uint8),
                  width=2.0, colour=2)
    grid = stitch_grid(f_single(20.0, strokes=(line,)), StitchGridOptions(stitches_across=20))
    blue = grid.cells == [t.number for t in grid.threads].index(nearest_dmc_number(BLUE))
    assert blue[9, 2:18].all()
    assert not blue[8, 2:18].any() and not blue[10, 2:18].any()
    assert not blue[9, 0] and not blue[9, 19]


def test_background_can_stay_unstitched():
    # the 20 mm F centred in a 40 x 20 mm design: 10 mm of green each side
    d = design(f_motif(20, 20), kind="single", size_mm=(40.0, 20.0))
    full = stitch_grid(d, StitchGridOptions(stitches_across=40))
    assert full.n_stitches == 40 * 20 and len(full.threads) == 4
    empty = stitch_grid(d, StitchGridOptions(stitches_across=40, skip_background=True))
    assert (empty.cells[:, :10] == -1).all() and (empty.cells[:, 30:] == -1).all()
    assert (empty.cells[:, 10:30] >= 0).all()
    assert empty.n_stitches == 20 * 20 and len(empty.threads) == 3


def test_thread_estimate_formula():
    # a cross on 14-count: (2 sqrt 2 + 2) x the 1.814 mm side, plus 50 %
    side = 25.4 / 14
    assert thread_per_stitch_mm(14) == pytest.approx((2 * math.sqrt(2) + 2) * side * 1.5)
    assert thread_per_stitch_mm(14) == pytest.approx(13.14, abs=0.01)
    # a skein is 8 m of 6 strands: 24 m of 2-strand thread = 1,826 such crosses
    per_skein = 24000 / thread_per_stitch_mm(14)
    assert int(per_skein) == 1826
    assert list(skeins([0, 1, 1826, 1827, 5000], 14, 2)) == [0, 1, 1, 2, 3]
    # three strands: 16 m per skein
    assert list(skeins([1217, 1218], 14, 3)) == [1, 2]
    # coarser fabric, longer crosses
    assert skeins(1826, 11, 2) == 2


def test_bad_options_are_named():
    d = f_single(20.0)
    with pytest.raises(ValueError, match="count"):
        stitch_grid(d, StitchGridOptions(count=15))
    with pytest.raises(ValueError, match="stitches_across"):
        stitch_grid(d, StitchGridOptions(stitches_across=1))
    big = design(f_motif(20, 20), kind="repeat", size_mm=(2000.0, 2000.0))
    with pytest.raises(ValueError, match="too large"):
        stitch_grid(big, StitchGridOptions(stitches_across=2000))


def test_sampler_fills_even_odd_and_later_items_win():
    from motifstudio.export.handwork.paint import PaintList, sample_items

    def square(x0, y0, x1, y1, reverse=False):
        r = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)
        return r[::-1] if reverse else r
    # item 0: a 10 mm square with a 4 mm hole; item 1: a square over its right half
    rings = (square(0, 0, 10, 10), square(3, 3, 7, 7, reverse=True), square(6, 2, 12, 8))
    paint = PaintList(rings=rings, ring_item=np.array([0, 0, 1], np.int32),
                      rgb=np.array([[255, 0, 0], [0, 0, 255]], np.uint8),
                      placement=np.array([0, 1], np.int32), stroke=np.zeros(2, bool),
                      background=(0, 255, 0), size_mm=(12.0, 10.0))
    xs = np.arange(24) * 0.5 + 0.25
    ys = np.arange(20) * 0.5 + 0.25
    got = sample_items(paint, xs, ys)
    X, Y = np.meshgrid(xs, ys)
    want = np.full(X.shape, -1)
    want[(X < 10) & (Y < 10)] = 0
    want[(X > 3) & (X < 7) & (Y > 3) & (Y < 7)] = -1
    want[(X > 6) & (X < 12) & (Y > 2) & (Y < 8)] = 1
    assert np.array_equal(got, want)
