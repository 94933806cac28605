"""The "abr" preview, read back with Pillow: real size, the planned colours, sharp
edges across the warp and feathered, jittered edges along it."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from motifstudio.export.silk.abr import AbrOptions, write_abr_preview_png
from motifstudio.export.silk.ikat import IkatOptions, plan_ikat
from silk_designs import CREAM, RED, symmetric_design

DPI = 254.0                       # 10 px per mm
PPM = DPI / 25.4
STEP = 0.2


@pytest.fixture(scope="module")
def design():
    return symmetric_design()


def preview(design, **opts) -> tuple:
    buf = io.BytesIO()
    write_abr_preview_png(design, buf, AbrOptions(step_cm=STEP, dpi=DPI, **opts))
    im = Image.open(io.BytesIO(buf.getvalue()))
    return np.asarray(im.convert("RGB")), im.info.get("dpi"), buf.getvalue()


def test_without_jitter_or_bleed_it_is_the_plan_at_real_size(design):
    img, dpi, _ = preview(design, jitter_mm=0.0, bleed_mm=0.0)
    assert img.shape == (600, 960, 3)              # 96 x 60 mm at 10 px/mm
    assert dpi == pytest.approx((DPI, DPI), abs=0.01)
    plan = plan_ikat(design, IkatOptions(step_cm=STEP))
    want = plan.grid.colours[plan.grid.cells]      # (30, 48): 2 mm cells
    assert np.array_equal(img, np.repeat(np.repeat(want, 20, 0), 20, 1))


def test_edges_feather_along_the_warp_only(design):
    img, _, data = preview(design, jitter_mm=1.0, bleed_mm=0.7, seed=7)
    assert img.shape == (600, 960, 3)
    px = img.astype(int)
    is_cream = (px == CREAM).all(-1)
    is_red = (px == RED).all(-1)
    # the middle of the madder band (20..30 mm) and the clear ground above it: exact colours
    assert is_red[245:255, 62:898].all() and is_cream[60:140].all()
    # across the warp the band's end stays a one-pixel step (bundles 3 | 4 at x = 6 mm)
    assert is_cream[240:260, 59].all() and is_red[240:260, 60].all()
    assert is_red[240:260, 60:62].all() and is_cream[240:260, 57:60].all()
    # along the warp the band's top edge (y = 20 mm) is blurred over many pixels ...
    band = px[150:250, 62:898]                    # rows 15..25 mm, the band's bundles
    mixed = ~(band == CREAM).all(-1) & ~(band == RED).all(-1)
    assert mixed.sum(0).min() >= 8
    # ... and wanders: where each thread turns half red differs from thread to thread
    redness = (CREAM[1] - band[..., 1]) / (CREAM[1] - RED[1])
    edge_mm = (150 + (redness < 0.5).sum(0)) / PPM
    assert np.all(np.abs(edge_mm - 20.0) < 2.0)
    assert edge_mm.std() > 0.15
    assert np.ptp(edge_mm) > 0.8
    # the same seed gives the same picture, another seed another
    assert preview(design, jitter_mm=1.0, bleed_mm=0.7, seed=7)[2] == data
    assert preview(design, jitter_mm=1.0, bleed_mm=0.7, seed=8)[2] != data


def test_a_folded_plan_previews_the_whole_cloth(design):
    a, _, _ = preview(design, jitter_mm=0.0, bleed_mm=0.0)
    b, _, _ = preview(design, jitter_mm=0.0, bleed_mm=0.0, mirror_fold=True)
    assert np.array_equal(a, b)


def test_too_large_a_preview_is_refused(design):
    with pytest.raises(ValueError, match="use at most"):
        write_abr_preview_png(design, io.BytesIO(),
                              AbrOptions(step_cm=1.0, loom_width_cm=400.0, dpi=300.0))
