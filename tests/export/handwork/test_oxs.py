"""The .oxs file parsed back with xml.etree: properties, the DMC palette, and the
stitch grid rebuilt from the full stitches, against the F motif's polygons."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from design_helpers import BLUE, CREAM, F_AREAS, GREEN_HEX, RED, design, f_motif
from handwork_helpers import expected_labels, f_single, nearest_dmc_number
from motifstudio.design.palettes import load_dmc
from motifstudio.export.handwork.oxs import OxsOptions, oxs_bytes, write_oxs
from motifstudio.export.registry import writer_for


def read_oxs(data: bytes) -> tuple:
    """(properties, palette {index: attributes}, grid (-1 = cloth/empty))."""
    root = ET.fromstring(data)
    assert root.tag == "chart"
    for section in ("properties", "fullstitches", "backstitches"):
        assert root.find(section) is not None          # mandatory, even if empty
    props = root.find("properties").attrib
    palette = {int(p.get("index")): p.attrib for p in root.find("palette")}
    w, h = int(props["chartwidth"]), int(props["chartheight"])
    grid = np.full((h, w), -1)
    for s in root.find("fullstitches"):
        x, y, k = int(s.get("x")), int(s.get("y")), int(s.get("palindex"))
        assert 0 <= x < w and 0 <= y < h and grid[y, x] == -1      # one stitch per square
        grid[y, x] = k
    return props, palette, grid


def test_round_trip_rebuilds_the_stitch_grid():
    data = oxs_bytes(f_single(20.0), OxsOptions(stitches_across=100, count=16))
    props, palette, grid = read_oxs(data)
    assert props["chartwidth"] == props["chartheight"] == "100"
    assert props["stitchesperinch"] == props["stitchesperinch_y"] == "16"
    assert props["oxsversion"] == "1.0" and props["palettecount"] == "3"
    assert palette[0]["number"] == "cloth" and palette[0]["color"] == "FFFFFF"
    assert sorted(palette) == [0, 1, 2, 3]
    want = expected_labels(100)
    assert (grid >= 1).all()                          # every square stitched
    for label, rgb in ((0, CREAM), (1, RED), (2, BLUE)):
        found = np.unique(grid[want == label])
        assert len(found) == 1
        item = palette[int(found[0])]
        brand, number = item["number"].split()
        assert brand == "DMC" and number == nearest_dmc_number(rgb)
        # the colour is the thread's, as hex RGB
        thread = next(s for s in load_dmc().swatches if s.source == f"DMC {number}")
        assert item["color"] == "".join(f"{v:02X}" for v in thread.rgb)
        assert item["name"] == thread.name and item["symbol"]
        assert (grid == found[0]).sum() == round(F_AREAS[label] * 100 * 100)
    assert len({p["symbol"] for k, p in palette.items() if k}) == 3


def test_unstitched_background_is_the_cloth():
    d = design(f_motif(20, 20), kind="single", size_mm=(40.0, 20.0))      # green each side
    props, palette, grid = read_oxs(oxs_bytes(d, OxsOptions(stitches_across=40,
                                                            skip_background=True)))
    assert palette[0]["color"] == GREEN_HEX[1:].upper()
    assert (grid[:, :10] == -1).all() and (grid[:, 30:] == -1).all()
    assert (grid[:, 10:30] >= 1).all() and props["palettecount"] == "3"


def test_writer_writes_paths_and_files(tmp_path):
    w = writer_for("pattern.OXS")
    assert w.name == "oxs" and w.func is write_oxs and w.takes == "design"
    d = f_single(20.0)
    path = tmp_path / "a.oxs"
    w.func(d, str(path), OxsOptions(stitches_across=20))
    buf = io.BytesIO()
    w.func(d, buf, OxsOptions(stitches_across=20))
    assert path.read_bytes() == buf.getvalue()
    assert read_oxs(buf.getvalue())[2].shape == (20, 20)
    with pytest.raises(ValueError, match="count"):
        oxs_bytes(d, OxsOptions(count=12))
