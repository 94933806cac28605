"""The design SVG: real size, structure, and the seamless tile -- re-read with cairosvg."""
from __future__ import annotations

import io
import math
import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from design_helpers import (BG, GREEN_HEX, design, edges, f_motif, labels, render_svg,
                            repeat_design)
from motifstudio.design.layout import Border, Medallion, Repeat
from motifstudio.export.design_svg import (DesignSvgOptions, design_svg_bytes, tile_design,
                                           tile_size, write_design_svg, write_tile_svg)

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
INK = "{http://www.inkscape.org/namespaces/inkscape}"
PPM = 4.0


# ----------------------------------------------------------------------------- structure

def test_real_size_and_one_use_per_copy():
    d = design(f_motif(120.0, 90.0), kind="rug", size_mm=(1500.0, 2200.0),
               borders=(Border("p1m1", 150.0), Border("p2mg", 80.0, corners="motif")),
               field="repeat", repeat=Repeat("p4m", motif_width_mm=100.0))
    root = ET.fromstring(design_svg_bytes(d))
    assert root.get("width") == "1500mm" and root.get("height") == "2200mm"
    assert root.get("viewBox") == "0 0 1500 2200"
    layers = [g.get(INK + "label") for g in root.findall(SVG + "g")]
    assert layers == ["Background", "Borders", "Corners", "Field"]
    placed = [u for g in root.findall(SVG + "g") for u in g.iter(SVG + "use")]
    assert len(placed) == d.composition.n_instances
    # the motif is written once per colour variant, copies refer to it
    defs = root.find(SVG + "defs")
    assert [g.get("id") for g in defs.findall(SVG + "g") if g.get("id").startswith("motif")] \
        == ["motif0"]
    assert all(u.get(XLINK + "href", u.get("href")).startswith("#") for u in placed)
    bg = root.find(f"{SVG}g[@id='background']/{SVG}rect")
    assert bg.get("fill") == GREEN_HEX


def test_layers_keep_the_drawing_order():
    # the quarter medallions ("corner", like the border's corner squares) come after the
    # field and must be drawn over it, in a layer of their own
    d = design(f_motif(), kind="rug", size_mm=(300.0, 200.0),
               borders=(Border("p1m1", 20.0, corners="motif"),), field="repeat",
               repeat=Repeat("block", motif_width_mm=20.0), corner_pieces=True)
    assert [p.role for p in d.composition.placements][-5:] == ["field"] + ["corner"] * 4
    root = ET.fromstring(design_svg_bytes(d))
    layers = root.findall(SVG + "g")
    assert [g.get(INK + "label") for g in layers] == \
        ["Background", "Borders", "Corners", "Field", "Corners"]
    assert len({g.get("id") for g in layers}) == len(layers)
    # and they show: at the field's corner (20, 20) the medallion's wedge, not the block
    img = render_svg(d, PPM)
    plain = render_svg(design(f_motif(), kind="rug", size_mm=(300.0, 200.0),
                              borders=(Border("p1m1", 20.0, corners="motif"),),
                              field="repeat", repeat=Repeat("block", motif_width_mm=20.0)),
                       PPM)
    corner = (slice(int(21 * PPM), int(40 * PPM)), slice(int(21 * PPM), int(40 * PPM)))
    assert np.abs(img[corner] - plain[corner]).mean() > 20


def test_counterchanged_copies_use_the_swapped_colours():
    d = design(f_motif(), kind="repeat", size_mm=(100.0, 100.0),
               repeat=Repeat("block"), counterchange="alternate")
    root = ET.fromstring(design_svg_bytes(d))
    fills = {g.get("id"): [p.get("fill") for p in g.findall(SVG + "path")]
             for g in root.find(SVG + "defs").findall(SVG + "g")}
    assert fills["motif0"] == ["#ebdcb4", "#b41e28", "#1e3296"]
    assert fills["motif1"] == ["#b41e28", "#ebdcb4", "#1e3296"]


def test_written_atomically_and_to_streams(tmp_path):
    d = repeat_design(f_motif(), "p4", size=(60.0, 60.0))
    path = tmp_path / "design.svg"
    path.write_text("old")
    write_design_svg(d, path)
    assert path.read_bytes() == design_svg_bytes(d)
    assert os.listdir(tmp_path) == ["design.svg"]
    buf = io.BytesIO()
    write_design_svg(d, buf, DesignSvgOptions(decimals=1))
    assert buf.getvalue() == design_svg_bytes(d, DesignSvgOptions(decimals=1))
    text = io.StringIO()
    write_tile_svg(d, text)
    assert text.getvalue().startswith("<?xml")


def test_the_svg_renders_at_its_real_size():
    d = repeat_design(f_motif(), "block", size=(100.0, 60.0))
    img = render_svg(d, PPM)
    assert img.shape == (240, 400, 3)
    # a block of 20 mm motifs, centred: 5 across, 3 down, no ground
    assert not np.any(labels(img) == BG)


# ----------------------------------------------------------------------------- tiles

def test_tile_size_of_the_lattices():
    a = 20.0
    hexagonal = repeat_design(f_motif(20.0, 23.09), "p6", motif_width_mm=a / 2)
    lat = hexagonal.composition.lattice
    w, h = tile_size(lat)
    assert w == pytest.approx(np.hypot(*lat[0])) and h == pytest.approx(w * math.sqrt(3))
    assert tile_size(np.array([[a, 0.0], [0.0, 30.0]])) == pytest.approx((a, 30.0))
    # a half-drop repeats across two columns, a 0.3 brick after ten rows
    assert tile_size(np.array([[a, 15.0], [0.0, 30.0]])) == pytest.approx((2 * a, 30.0))
    assert tile_size(np.array([[a, 0.0], [0.3 * a, 30.0]])) == pytest.approx((a, 300.0))


def test_turned_repeat_has_no_tile():
    d = repeat_design(f_motif(), "block", rotation_deg=30.0)
    with pytest.raises(ValueError, match="no rectangular tile"):
        tile_design(d)
    # a quarter turn keeps a tile
    turned = repeat_design(f_motif(20.0, 10.0), "block", rotation_deg=90.0)
    assert tile_size(turned.composition.lattice) == pytest.approx((10.0, 20.0))
    with pytest.raises(ValueError, match="needs a repeat"):
        tile_design(design(f_motif(), kind="medallion", medallion=Medallion(n=6)))


TILED = {
    "block": dict(group="block"),
    "half-drop": dict(group="half-drop"),
    "brick": dict(group="brick", offset=0.25),
    "p4m": dict(group="p4m", motif_width_mm=10.0),
    "p6": dict(group="p6", motif_width_mm=10.0),
    "pgg spaced": dict(group="pgg", spacing_mm=3.0),
    "turned 90": dict(group="p2", rotation_deg=90.0),
    "chequer": dict(group="block", counterchange="alternate"),
}


def tiled_design(case):
    """The repeat of *case* on an area just large enough for 2 x 2 tiles round its middle."""
    kw = dict(TILED[case])
    counterchange = kw.pop("counterchange", "none")
    motif = f_motif(20.0, 23.09) if kw["group"] in ("p6",) else f_motif(20.0, 15.0)

    def make(size):
        return design(motif, kind="repeat", size_mm=size, repeat=Repeat(**kw),
                      counterchange=counterchange)

    w, h = tile_design(make((100.0, 100.0))).size_mm
    return make((3 * w + 2, 3 * h + 2))


def tile_and_whole(d, render):
    """(2 x 2 tiles side by side, the same area of the whole design), both rendered by
    *render(design, region, shape)* at about PPM px per mm."""
    tile = tile_design(d)
    w, h = tile.size_mm
    shape = (int(round(h * PPM)), int(round(w * PPM)))
    one = render(tile, None, shape)
    # the tile is centred like the whole repeat: its corner is the whole's middle - (w, h)/2
    W, H = d.size_mm
    x0, y0 = W / 2 - w / 2, H / 2 - h / 2
    assert x0 - w / 2 >= 0 and y0 - h / 2 >= 0, "the design is too small for 2 x 2 tiles"
    whole = render(d, (x0, y0, x0 + 2 * w, y0 + 2 * h), (2 * shape[0], 2 * shape[1]))
    return np.tile(one, (2, 2, 1)), whole


@pytest.mark.parametrize("case", list(TILED))
def test_two_by_two_tiles_are_the_repeat(case):
    d = tiled_design(case)
    tiles, whole = tile_and_whole(d, lambda x, region, shape: render_svg(x, PPM, region=region,
                                                                        shape=shape))
    a, b = labels(tiles), labels(whole)
    ok = ~edges(a) & ~edges(b)
    assert np.mean(a[ok] == b[ok]) > 0.99
    assert np.abs(tiles - whole).mean() / 255 < 0.02
    # and the comparison can fail: a third of a tile off, it does
    off = np.roll(b, (b.shape[0] // 6 + 3, b.shape[1] // 6 + 3), axis=(0, 1))
    ok = ~edges(a) & ~edges(off)
    assert np.mean(a[ok] == off[ok]) < 0.9


def test_chequer_tile_holds_both_colourings():
    d = tiled_design("chequer")
    tile = tile_design(d)
    assert tile.size_mm == pytest.approx((40.0, 30.0))
    assert sorted(np.unique(np.concatenate([p.variants for p in tile.composition.placements]))) \
        == [0, 1]
    # the tile keeps the design's colours and background
    np.testing.assert_array_equal(tile.palettes[0], d.palettes[0])
    np.testing.assert_array_equal(tile.palettes[1], d.palettes[1])
    assert tile.background == d.background


def test_rug_field_tile():
    d = design(f_motif(), kind="rug", size_mm=(400.0, 300.0), borders=(Border("p1m1", 40.0),),
               field="repeat", repeat=Repeat("half-brick", motif_width_mm=30.0))
    tile = tile_design(d)
    assert tile.layout.kind == "repeat"
    assert tile.size_mm == pytest.approx((30.0, 60.0))     # two rows: the second shifted
