"""The raster renderer and the PNG writers: checked against cairosvg's rendering of the
design SVG, against itself (parts, tiles) and for real size on paper."""
from __future__ import annotations

import io
import os

import numpy as np
import pytest
from PIL import Image

from design_helpers import COLOURS, design, f_motif, labels, render_svg, repeat_design
from motifstudio.core.document import Stroke
from motifstudio.core.planar import CUBIC, LINE
from motifstudio.design.layout import Border, Medallion, Repeat
from motifstudio.export.design_svg import tile_design
from motifstudio.export.raster import (MAX_OUTPUT_PIXELS, PngOptions, TilePngOptions,
                                       render_design, write_design_png, write_tile_png)
from motifstudio.export.registry import writer_for, writers

PPM = 3.0


def stroked_motif():
    """The F with two centrelines: a blue zig-zag and a red closed cubic loop."""
    zig = Stroke(pts=np.array([[10.0, 60.0], [40.0, 80.0], [70.0, 60.0], [95.0, 75.0]]),
                 ops=np.array([LINE, LINE, LINE], np.uint8), width=4.0, colour=2)
    loop = Stroke(pts=np.array([[60.0, 30.0], [90.0, 10.0], [110.0, 50.0], [60.0, 30.0]]),
                  ops=np.array([CUBIC], np.uint8), width=3.0, colour=1, closed=True)
    return f_motif(strokes=(zig, loop))


def contrast_edges(img, radius=2):
    """Pixels within *radius* of a visible step in colour (a colour edge or a seam)."""
    from scipy import ndimage

    step = np.zeros(img.shape[:2], bool)
    for axis in (0, 1):
        d = np.abs(np.diff(img, axis=axis)).max(-1) > 24
        if axis == 0:
            step[1:] |= d
            step[:-1] |= d
        else:
            step[:, 1:] |= d
            step[:, :-1] |= d
    return ndimage.binary_dilation(step, iterations=radius)


CASES = {
    "p6m": lambda: repeat_design(f_motif(20.0, 17.32), "p6m", size=(100.0, 100.0),
                                 motif_width_mm=18.0),
    "turned pmg": lambda: repeat_design(f_motif(10.0, 40.0), "pmg", size=(100.0, 80.0),
                                        rotation_deg=20.0),
    "rug": lambda: design(f_motif(), kind="rug", size_mm=(150.0, 220.0),
                          borders=(Border("p2mg", 15.0),
                                   Border("p11g", 10.0, corners="motif", gap_mm=3.0)),
                          field="repeat", repeat=Repeat("half-drop", motif_width_mm=20.0),
                          corner_pieces=True, counterchange="alternate"),
    "medallion": lambda: design(f_motif(10.0, 30.0), kind="medallion", size_mm=(100.0, 100.0),
                                medallion=Medallion(n=7, dihedral=True), counterchange="all"),
    "single with strokes": lambda: design(stroked_motif(), kind="single", size_mm=(60.0, 40.0)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_agrees_with_cairosvg(case):
    d = CASES[case]()
    ref = render_svg(d, PPM)
    got = render_design(d, px_per_mm=PPM)
    assert got.shape == ref.shape and got.dtype == np.uint8
    diff = np.abs(got.astype(float) - ref).mean(-1)
    assert diff.mean() / 255 < 0.03
    # where they differ, it is along edges: antialiasing, and cairo's seams where copies abut
    near_edge = contrast_edges(ref) | contrast_edges(got.astype(float))
    assert not np.any((diff > 40) & ~near_edge), f"{case}: mismatch away from edges"
    # the same colours, in the same places
    a, b = labels(ref), labels(got.astype(float))
    assert np.mean(a == b) > 0.97


def test_strokes_are_drawn_round_and_past_the_frame():
    d = design(stroked_motif(), kind="single", size_mm=(60.0, 40.0))
    img = render_design(d, px_per_mm=4.0).astype(float)
    lab = labels(img)
    # the blue zig-zag crosses the cream ground and the red stem
    assert np.sum(lab == 2) > np.sum(labels(render_design(
        design(f_motif(), kind="single", size_mm=(60.0, 40.0)), px_per_mm=4.0).astype(float)) == 2)
    # the loop reaches past the motif's frame (x = 110 px of a 100 px frame): drawn there
    # as in the SVG, since strokes overhang by design
    ref = render_svg(d, 4.0)
    col = slice(int(round(4.0 * (10 + 20))) + 2, None)      # right of the motif's frame
    assert np.abs(img[:, col] - ref[:, col]).mean() < 8


def test_a_region_is_a_crop_of_the_whole():
    d = CASES["rug"]()
    whole = render_design(d, px_per_mm=PPM)
    part = render_design(d, px_per_mm=PPM, region=(10.0, 20.0, 70.0, 100.0))
    assert part.shape == (240, 180, 3)
    np.testing.assert_array_equal(part, whole[60:300, 30:210])
    # a region beyond the design shows ground there
    out = render_design(d, px_per_mm=PPM, region=(-10.0, -10.0, 10.0, 10.0))
    assert np.all(out[:25, :25] == d.background)


def test_stretched_to_a_shape():
    d = repeat_design(f_motif(), "block", size=(100.0, 50.0))
    img = render_design(d, px_per_mm=1.0, shape=(120, 200))
    assert img.shape == (120, 200, 3)
    # (stretched: 2 px/mm across, 2.4 down; the block's rows are taller)
    same = render_design(d, px_per_mm=2.0, shape=(100, 200))
    np.testing.assert_array_equal(same, render_design(d, px_per_mm=2.0))


def test_seamless_tile_at_pixel_level():
    d = design(f_motif(20.0, 15.0), kind="repeat", size_mm=(250.0, 100.0),
               repeat=Repeat("half-drop"), counterchange="alternate")
    tile = tile_design(d)
    w, h = tile.size_mm
    # the chequer of a half-drop: a column to the right is swapped, and so is the copy
    # two columns on (two drops = one row down): it repeats after four columns
    assert (w, h) == pytest.approx((80.0, 30.0))
    one = render_design(tile, px_per_mm=4.0)
    tiles = np.tile(one, (2, 2, 1))
    x0, y0 = 125.0 - w / 2, 50.0 - h / 2
    whole = render_design(d, px_per_mm=4.0, region=(x0, y0, x0 + 2 * w, y0 + 2 * h))
    diff = np.abs(tiles.astype(int) - whole.astype(int)).max(-1)
    # the same samples of the same pattern: equal but for float rounding on exact edges
    assert np.mean(diff == 0) > 0.995 and diff.mean() < 1.0


def test_empty_design_is_ground():
    d = design(f_motif(), kind="rug", size_mm=(50.0, 40.0), field="plain")
    img = render_design(d, px_per_mm=2.0)
    assert img.shape == (80, 100, 3) and np.all(img == d.background)


def test_bad_arguments():
    d = repeat_design(f_motif(), "block", size=(100.0, 100.0))
    with pytest.raises(ValueError, match="px_per_mm"):
        render_design(d, px_per_mm=0)
    with pytest.raises(ValueError, match="px_per_mm"):
        render_design(d, px_per_mm="many")
    with pytest.raises(ValueError, match="supersample"):
        render_design(d, px_per_mm=1.0, supersample=0)
    with pytest.raises(ValueError, match="supersample"):
        render_design(d, px_per_mm=1.0, supersample=2.5)
    with pytest.raises(ValueError, match="region"):
        render_design(d, px_per_mm=1.0, region=(10, 10, 5, 20))
    with pytest.raises(ValueError, match="shape"):
        render_design(d, px_per_mm=1.0, shape=(0, 10))


def test_refuses_an_image_too_large_for_memory():
    d = design(f_motif(), kind="rug", size_mm=(1500.0, 2200.0), borders=(Border("p1m1", 150.0),),
               field="repeat", repeat=Repeat("block", motif_width_mm=100.0))
    # 150 dpi: 8858 x 12992 px = 115 MP
    with pytest.raises(ValueError, match=r"115 MP.*at most 139 dpi"):
        render_design(d, px_per_mm=150 / 25.4)
    assert 8858 * 12992 > MAX_OUTPUT_PIXELS


def test_a_rug_at_low_resolution_is_quick_and_right():
    d = design(f_motif(120.0, 90.0), kind="rug", size_mm=(1500.0, 2200.0),
               borders=(Border("p1m1", 150.0), Border("p2mg", 80.0, corners="motif")),
               field="repeat", repeat=Repeat("p4m", motif_width_mm=100.0))
    ppm = 0.4
    got = render_design(d, px_per_mm=ppm)
    assert got.shape == (880, 600, 3)
    ref = render_svg(d, ppm)
    assert np.abs(got - ref).mean() / 255 < 0.03
    assert np.mean(labels(got.astype(float)) == labels(ref)) > 0.95


# ----------------------------------------------------------------------------- PNG

def test_png_writers_are_registered():
    png = writer_for("png")
    tile = writer_for("tile-png")
    assert png.func is write_design_png and png.options_type is PngOptions
    assert tile.func is write_tile_png and tile.options_type is TilePngOptions
    assert png.takes == tile.takes == "design"
    assert png.extensions == tile.extensions == (".png",)
    assert writer_for("mockup.PNG", takes="design") is png
    assert {png, tile} <= set(writers())
    assert PngOptions().dpi is None and TilePngOptions().dpi == 300
    # Auto: 150 dpi, or the most that stays under 40 MP for a big design
    assert PngOptions().resolved_dpi((500.0, 500.0)) == 150
    big = PngOptions().resolved_dpi((1500.0, 2200.0))
    assert big < 150 and (1500 * big / 25.4) * (2200 * big / 25.4) <= 40e6
    for bad in (dict(dpi=0), dict(dpi=5000), dict(dpi=True), dict(supersample=0)):
        with pytest.raises(ValueError):
            PngOptions(**bad)


def test_png_prints_at_real_size(tmp_path):
    d = design(f_motif(), kind="medallion", size_mm=(150.0, 100.0),
               medallion=Medallion(n=6))
    path = tmp_path / "mockup.png"
    path.write_bytes(b"old")
    write_design_png(d, path, PngOptions(dpi=100))
    assert os.listdir(tmp_path) == ["mockup.png"]           # replaced, no temporary left
    with Image.open(path) as im:
        assert im.mode == "RGB"
        assert im.size == (591, 394)                         # 150 x 100 mm at 100 dpi
        dpi = im.info["dpi"]
        assert dpi == pytest.approx((100, 100), abs=0.05)
        w_mm, h_mm = (n / r * 25.4 for n, r in zip(im.size, dpi))
        img = np.asarray(im)
    assert w_mm == pytest.approx(150.0, abs=0.3) and h_mm == pytest.approx(100.0, abs=0.3)
    np.testing.assert_array_equal(img[0, 0], d.background)
    # the same picture as the renderer's (stretched by under half a pixel)
    ref = render_design(d, px_per_mm=100 / 25.4)
    assert np.abs(img.astype(int) - ref.astype(int)).mean() < 3


def test_tile_png_repeats(tmp_path):
    d = repeat_design(f_motif(20.0, 15.0), "half-brick", size=(200.0, 200.0))
    buf = io.BytesIO()
    write_tile_png(d, buf)                                   # 300 dpi by default
    with Image.open(io.BytesIO(buf.getvalue())) as im:
        assert im.size == (236, 354)                         # 20 x 30 mm at 300 dpi
        assert im.info["dpi"] == pytest.approx((300, 300), abs=0.05)
        one = np.asarray(im.convert("RGB"))
    lab = labels(np.tile(one, (2, 2, 1)).astype(float))
    assert set(np.unique(lab)) <= set(range(len(COLOURS) - 1))   # no ground: seamless
