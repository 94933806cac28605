"""The stitch preview PNG (read back with Pillow) and the thread list CSV (read back with
the csv module): sizes, colours, and sums that agree with the plan and the DST file."""
import csv
import io
import math

import numpy as np
import pyembroidery as pe
import pytest
from PIL import Image

from motifstudio.export.registry import writer_for
from motifstudio.export.stitch import (StitchOptions, StitchPngOptions, ThreadListOptions,
                                       plan_stitches)
from motifstudio.export.stitch.threads import skeins
from stitch_helpers import CREAM, RED, SQUARE, SQUARE2, blocks_design, polygon_mask


@pytest.fixture(scope="module")
def design():
    return blocks_design()


def _png(design, options):
    buf = io.BytesIO()
    writer_for("stitch-png").func(design, buf, options)
    buf.seek(0)
    return Image.open(buf)


def test_preview_is_real_size_in_thread_colours(design):
    opts = StitchPngOptions(px_per_mm=8.0, thread_width=0.5, ground="fabric")
    im = _png(design, opts)
    W, H = design.size_mm
    assert im.size == (round(W * 8), round(H * 8))
    assert im.info["dpi"][0] == pytest.approx(8 * 25.4, abs=0.01)
    img = np.asarray(im.convert("RGB"))
    plan = plan_stitches(design, opts)
    allowed = {tuple(plan.fabric)} | {t.rgb for t in plan.threads}
    colours, counts = np.unique(img.reshape(-1, 3), axis=0, return_counts=True)
    assert {tuple(int(v) for v in c) for c in colours} <= allowed
    assert plan.fabric == CREAM                                    # the ground left to the cloth
    # the red thread covers the red squares (the blue outline on top round their edges),
    # and lies nowhere else
    red = (img == np.array(plan.threads[0].rgb)).all(-1)
    blue = (img == np.array(plan.threads[1].rgb)).all(-1)
    assert plan.threads[0].rgb == RED
    faces = polygon_mask([SQUARE, SQUARE2], red.shape, 8)
    from scipy import ndimage
    assert (red & faces).sum() / faces.sum() > 0.85
    assert ((red | blue) & faces).sum() / faces.sum() > 0.97
    assert (red & ~ndimage.binary_dilation(faces, iterations=3)).sum() == 0
    with pytest.raises(ValueError, match="px_per_mm"):
        writer_for("stitch-png").func(design, io.BytesIO(), StitchPngOptions(px_per_mm=0.5))


def test_preview_too_big_is_refused():
    from motifstudio.export.stitch.preview import render_plan
    d = blocks_design()
    plan = plan_stitches(d, StitchOptions(outline="none"))
    import dataclasses
    big = dataclasses.replace(plan, size_mm=(3000.0, 3000.0))
    with pytest.raises(ValueError, match="lower px_per_mm"):
        render_plan(big, 10.0)


def test_thread_list_sums_to_the_plan_and_the_file(design, tmp_path):
    out = tmp_path / "threads.csv"
    writer_for("threads-csv").func(design, out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    plan = plan_stitches(design)
    assert [r["dmc"] for r in rows] == ["Ecru", "321", "820"]
    assert [r["order"] for r in rows] == ["1", "2", "3"]
    assert rows[1]["name"] == "Red" and rows[1]["rgb"] == "#c72b3b"
    assert rows[1]["design_colours"] == "#c72b3b"
    stitches = [int(r["stitches"]) for r in rows]
    assert sum(stitches) == plan.stitch_count
    # the DST file agrees, block by block
    buf = io.BytesIO()
    writer_for("dst").func(design, buf)
    pattern = pe.EmbPattern()
    pe.DstReader.read(io.BytesIO(buf.getvalue()), pattern)
    cmd = np.array([s[2] & pe.COMMAND_MASK for s in pattern.stitches])
    block = np.cumsum(cmd == pe.COLOR_CHANGE)
    assert np.bincount(block[cmd == pe.STITCH]).tolist() == stitches
    xy = np.array([s[:2] for s in pattern.stitches], float) / 10
    st = cmd == pe.STITCH
    i = np.flatnonzero(st[1:] & st[:-1]) + 1
    per_block = np.bincount(block[i], weights=np.hypot(*(xy[i] - xy[i - 1]).T))
    metres = [float(r["thread_m"]) for r in rows]
    assert np.allclose(metres, per_block / 1000, rtol=0.01)
    for r, m in zip(rows, metres):
        assert float(r["bobbin_m"]) == pytest.approx(m / 3, abs=0.002)
        assert int(r["skeins"]) == math.ceil(m / 8)


def test_skeins_for_fewer_strands(design):
    buf = io.BytesIO()
    writer_for("threads-csv").func(design, buf, ThreadListOptions(strands=2))
    rows = list(csv.DictReader(buf.getvalue().decode("utf-8").splitlines()))
    for r in rows:
        assert int(r["skeins"]) == skeins(float(r["thread_m"]), 2)
    assert skeins(8.0) == 1 and skeins(8.01) == 2 and skeins(24.0, 2) == 1 and skeins(0.0) == 0
    with pytest.raises(ValueError, match="ThreadListOptions.strands"):
        writer_for("threads-csv").func(design, io.BytesIO(), ThreadListOptions(strands=7))


def test_dialog_preview_of_the_machine_writers(design):
    w = writer_for("dst")
    img = w.preview(design, StitchOptions())
    assert img.dtype == np.uint8 and img.ndim == 3 and max(img.shape[:2]) == 960
    assert img.shape[1] / img.shape[0] == pytest.approx(60 / 40, rel=0.01)
    plan = plan_stitches(design)
    allowed = {tuple(plan.fabric)} | {t.rgb for t in plan.threads}
    assert {tuple(int(v) for v in c) for c in np.unique(img.reshape(-1, 3), axis=0)} <= allowed
    assert writer_for("threads-csv").preview is w.preview
