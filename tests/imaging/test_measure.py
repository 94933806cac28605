"""Measured swatches: a photo with a colour cast and an exposure error, white-balanced
by a reference card, gives back the true colours of the patches."""
from __future__ import annotations

import datetime

import numpy as np
import pytest

from colour_photos import PATCHES, swatch_photo, true_lab
from motifstudio.core.colour import delta_e_ciede2000, rgb_to_lab
from motifstudio.imaging.measure import REFERENCES, measure_swatches


def errors(palette, patches=PATCHES) -> dict:
    return {s.name: float(delta_e_ciede2000(s.lab, true_lab(patches[s.name])))
            for s in palette.swatches}


@pytest.mark.parametrize("cast, exposure", [
    ((1.10, 1.0, 0.85), 0.70),     # warm light, under-exposed
    ((0.90, 1.0, 1.12), 0.55),     # shade / daylight, 1 stop under
    ((1.04, 1.0, 0.94), 1.05),     # slight cast, a little over-exposed
])
def test_moderate_linear_rgb_cast_default_bradford(cast, exposure):
    img, ref, boxes = swatch_photo(cast=cast, exposure=exposure)
    pal = measure_swatches(img, ref, boxes, source="photo.png", date="2026-11-27")
    err = errors(pal)
    assert max(err.values()) < 2.0, err


def test_strong_linear_rgb_cast_with_rgb_adaptation_is_exact():
    # Tungsten-like cast applied per channel of linear sRGB: "rgb" undoes it exactly.
    img, ref, boxes = swatch_photo(cast=(1.0, 0.72, 0.42), exposure=0.8)
    err = errors(measure_swatches(img, ref, boxes, adaptation="rgb"))
    assert max(err.values()) < 1.0, err


def test_strong_bradford_cast_with_bradford_is_exact():
    # A change of light modelled in the Bradford cone space: the default undoes it.
    img, ref, boxes = swatch_photo(cast=(1.0, 0.8, 0.45), exposure=0.75, space="bradford")
    err = errors(measure_swatches(img, ref, boxes))
    assert max(err.values()) < 1.0, err


def test_grey18_reference_and_von_kries():
    img, ref, boxes = swatch_photo(reference_lab=REFERENCES["grey18"], cast=(1.08, 1.0, 0.88),
                                   exposure=0.9)
    err = errors(measure_swatches(img, ref, boxes, reference="grey18", adaptation="von_kries"))
    assert max(err.values()) < 2.0, err


def test_measured_card_given_as_lab():
    card = (92.0, 1.0, 7.0)        # a creamy paper
    img, ref, boxes = swatch_photo(reference_lab=card, cast=(1.1, 1.0, 0.85), exposure=0.7)
    err = errors(measure_swatches(img, ref, boxes, reference=card))
    assert max(err.values()) < 2.0, err
    # Calling the cream card "white" shifts every colour: the reference matters.
    wrong = errors(measure_swatches(img, ref, boxes, reference="white"))
    assert np.mean(list(wrong.values())) > np.mean(list(err.values())) + 1.0


def test_uint16_photo():
    img, ref, boxes = swatch_photo(cast=(1.1, 1.0, 0.85), exposure=0.7, dtype=np.uint16)
    assert max(errors(measure_swatches(img, ref, boxes)).values()) < 2.0


def test_swatches_names_order_source_and_rgb():
    img, ref, boxes = swatch_photo(cast=(1.1, 1.0, 0.85), exposure=0.7)
    pal = measure_swatches(img, ref, boxes, source="threads.jpg",
                           date=datetime.date(2026, 11, 27))
    assert pal.name == "Measured from threads.jpg"
    assert [s.name for s in pal.swatches] == list(PATCHES)
    assert {s.source for s in pal.swatches} == {"measured 2026-11-27 from threads.jpg"}
    for s in pal.swatches:   # in-gamut colours: rgb is the measured lab, rounded to 8 bits
        assert float(delta_e_ciede2000(s.lab, rgb_to_lab(np.array(s.rgb, np.uint8)))) < 0.6
    today = datetime.date.today().isoformat()
    assert measure_swatches(img, ref, boxes)[0].source == f"measured {today} from photo"


def test_input_not_modified_and_deterministic():
    img, ref, boxes = swatch_photo()
    img.flags.writeable = False
    before = img.copy()
    a = measure_swatches(img, ref, boxes, date="d")
    assert a == measure_swatches(img, ref, boxes, date="d")
    assert np.array_equal(img, before)


def test_outer_margin_and_outliers_are_ignored():
    img, ref, boxes = swatch_photo(noise=0.0)
    # every box reaches into the dark table and each patch has gaps and glints,
    # yet a flat photo measures the patch colour itself
    err = errors(measure_swatches(img, ref, boxes))
    assert max(err.values()) < 0.5, err


def test_clipped_reference_is_refused():
    img, ref, boxes = swatch_photo(exposure=1.35)
    with pytest.raises(ValueError, match="reference box is overexposed"):
        measure_swatches(img, ref, boxes)


def test_dark_reference_is_refused():
    img, ref, boxes = swatch_photo(exposure=0.015)
    with pytest.raises(ValueError, match="reference box is too dark"):
        measure_swatches(img, ref, boxes)


def test_clipped_swatch_is_refused():
    img, ref, boxes = swatch_photo()
    img[boxes["weld"][1]:, boxes["weld"][0]:boxes["weld"][0] + boxes["weld"][2]] = 255
    with pytest.raises(ValueError, match="swatch 'weld' is overexposed"):
        measure_swatches(img, ref, boxes)


@pytest.mark.parametrize("box, match", [
    ((-1, 0, 10, 10), "outside the"),
    ((0, 0, 10_000, 10), "outside the"),
    ((5, 5, 0, 10), "is empty"),
    ((5, 5, 10, -3), "is empty"),
    ((1.5, 0, 10, 10), "four whole numbers"),
    ((1, 2, 3), "four whole numbers"),
    ("1,2,3,4", "four whole numbers"),
])
def test_bad_boxes(box, match):
    img, ref, boxes = swatch_photo()
    with pytest.raises(ValueError, match=match):
        measure_swatches(img, box, boxes)
    with pytest.raises(ValueError, match=f"swatch 'x' .*{match}|swatch 'x' {match}"):
        measure_swatches(img, ref, {"x": box})


@pytest.mark.parametrize("kwargs, match", [
    ({"reference": "black"}, "reference must be"),
    ({"reference": (5.0, 0, 0)}, "L\\* from 10 to 100"),
    ({"reference": (90.0, 0)}, "reference must be"),
    ({"adaptation": "cat02"}, "adaptation must be"),
    ({"date": ""}, "date must be"),
])
def test_bad_options(kwargs, match):
    img, ref, boxes = swatch_photo()
    with pytest.raises(ValueError, match=match):
        measure_swatches(img, ref, boxes, **kwargs)


def test_bad_inputs():
    img, ref, boxes = swatch_photo()
    with pytest.raises(ValueError, match="no swatch boxes"):
        measure_swatches(img, ref, {})
    with pytest.raises(ValueError, match="non-empty text"):
        measure_swatches(img, ref, {" ": boxes["weld"]})
    with pytest.raises(ValueError, match="uint8 or uint16"):
        measure_swatches(img.astype(np.float32), ref, boxes)
    with pytest.raises(ValueError, match="RGB image"):
        measure_swatches(img[..., 0], ref, boxes)
