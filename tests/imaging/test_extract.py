"""Extracting a palette from an image: the colours of synthetic colour blocks
come back (ΔE2000 < 2), the automatic count is right, results are deterministic."""
from __future__ import annotations

import numpy as np
import pytest

from colour_photos import TEXTILE, blocks_image, true_lab
from motifstudio.core.colour import delta_e_ciede2000
from motifstudio.imaging.extract import MAX_PIXELS, extract_palette


def match_errors(palette, colours) -> np.ndarray:
    """ΔE2000 from each true colour to its nearest swatch (one swatch per colour)."""
    d = delta_e_ciede2000(true_lab(colours)[:, None, :], palette.lab_array()[None, :, :])
    nearest = d.argmin(axis=1)
    assert len(set(nearest.tolist())) == len(colours), "two colours share a swatch"
    return d.min(axis=1)


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5, 6])
def test_automatic_count_and_colours(k):
    colours = TEXTILE[:k]
    pal = extract_palette(blocks_image(colours, seed=k), name="blocks.png")
    assert len(pal) == k
    assert match_errors(pal, colours).max() < 2.0


def test_small_accent_survives():
    colours = TEXTILE[[0, 3, 1]]
    accent = (232, 213, 78)            # a weld-yellow square, 1 % of the image
    pal = extract_palette(blocks_image(colours, accent=accent), name="accent")
    assert len(pal) == 4
    assert match_errors(pal, np.vstack([colours, [accent]])).max() < 2.0


def test_requested_count():
    colours = TEXTILE[:5]
    img = blocks_image(colours)
    pal = extract_palette(img, 5)
    assert match_errors(pal, colours).max() < 2.0
    assert len(extract_palette(img, 3)) == 3
    # n is not bounded by max_colours (which only bounds the automatic choice)
    assert len(extract_palette(img, 8, max_colours=4)) == 8
    assert len(extract_palette(img, max_colours=3)) == 3


def test_fewer_distinct_colours_than_requested():
    img = np.zeros((30, 30, 3), np.uint8)
    img[:, 15:] = (200, 30, 40)
    assert [s.hex for s in extract_palette(img, 5).swatches] == ["#000000", "#c81e28"]


def test_swatches_named_sourced_and_sorted():
    pal = extract_palette(blocks_image(TEXTILE), name="felt.jpg")
    assert pal.name == "Extracted from felt.jpg"
    assert all(s.name == s.hex and s.source == "extracted from felt.jpg" for s in pal.swatches)
    lightness = [s.lab[0] for s in pal.swatches]
    assert lightness == sorted(lightness)


def test_large_image_is_subsampled_deterministic_and_untouched():
    img = blocks_image(TEXTILE, h=900, w=1200, cell=150, blur=2.0, noise=4.0)
    assert img.shape[0] * img.shape[1] > MAX_PIXELS
    img.flags.writeable = False
    before = img.copy()
    a = extract_palette(img)
    assert a == extract_palette(img)
    assert np.array_equal(img, before)
    assert len(a) == len(TEXTILE) and match_errors(a, TEXTILE).max() < 2.0


def test_uint16_and_float_images():
    img = blocks_image(TEXTILE[:3], noise=0.0, blur=0)
    ref = extract_palette(img)
    assert extract_palette(img.astype(np.uint16) * 257) == ref
    assert extract_palette(img / 255.0) == ref


@pytest.mark.parametrize("image, kwargs, match", [
    (np.zeros((4, 4), np.uint8), {}, "RGB image"),
    (np.zeros((0, 4, 3), np.uint8), {}, "empty"),
    (np.zeros((4, 4, 3), np.int32), {}, "uint8, uint16 or float"),
    (np.full((4, 4, 3), 1.5), {}, r"\[0, 1\]"),
    (np.zeros((4, 4, 3), np.uint8), {"n": 0}, "n must be"),
    (np.zeros((4, 4, 3), np.uint8), {"n": True}, "n must be"),
    (np.zeros((4, 4, 3), np.uint8), {"max_colours": 0}, "max_colours must be"),
])
def test_bad_inputs(image, kwargs, match):
    with pytest.raises(ValueError, match=match):
        extract_palette(image, **kwargs)
