"""Colour harmonies (LCh, gamut mapping by chroma) and colour-vision previews."""
import numpy as np
import pytest

from motifstudio.core.colour import delta_e_ciede2000, rgb_to_lab
from motifstudio.design.harmony import (KINDS, harmony, lab_to_lch, lab_to_linear_rgb_unclipped,
                                        lch_to_lab)
from motifstudio.design.vision import (greyscale, machado_matrix, min_adjacent_delta_e,
                                       simulate_cvd)

BASES = [
    [55.0, 70.0, 50.0],     # saturated red-orange
    [40.0, -60.0, 40.0],    # green, out of gamut at full chroma
    [30.0, 20.0, -90.0],    # deep blue, out of gamut
    [85.0, -10.0, 80.0],    # light yellow
    [97.0, 5.0, 20.0],      # near white
    [8.0, 15.0, -10.0],     # near black
]


def _hue_diff(h1, h2):
    d = (np.asarray(h1) - np.asarray(h2)) % 360.0
    return np.minimum(d, 360.0 - d)


def _unclipped_srgb(lab):
    """sRGB of Lab without any clipping (sign-preserving transfer curve)."""
    lin = lab_to_linear_rgb_unclipped(lab)
    a = np.abs(lin)
    enc = np.where(a <= 0.0031308, 12.92 * a, 1.055 * a ** (1 / 2.4) - 0.055)
    return np.sign(lin) * enc


def test_lch_round_trip():
    rng = np.random.default_rng(1)
    lab = np.column_stack([rng.uniform(0, 100, 500), rng.uniform(-120, 120, (500, 2))])
    lch = lab_to_lch(lab)
    assert np.all((lch[:, 2] >= 0) & (lch[:, 2] < 360))
    assert np.allclose(lch_to_lab(lch), lab, atol=1e-10)
    assert np.allclose(lab_to_lch(lch_to_lab(lch)), lch, atol=1e-9)
    # works on any leading shape
    assert lab_to_lch(lab.reshape(10, 50, 3)).shape == (10, 50, 3)


@pytest.mark.parametrize("base", BASES)
def test_complementary_hue_differs_by_180(base):
    pal = harmony(base, "complementary")
    lch = lab_to_lch(pal)
    assert pal.shape == (2, 3)
    if np.all(lch[:, 1] > 1.0):
        assert _hue_diff(lch[1, 2], lch[0, 2] + 180.0) < 1e-6


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("base", BASES)
def test_every_harmony_colour_is_in_gamut_with_its_hue_kept(kind, base):
    pal = harmony(base, kind)
    rgb = _unclipped_srgb(pal)
    assert np.all(rgb >= -1e-6) and np.all(rgb <= 1 + 1e-6), rgb
    # hue asked for: base hue + the kind's offset; only reduced chroma, never hue
    base_lch = lab_to_lch(np.asarray(base, float))
    lch = lab_to_lch(pal)
    offsets = {"complementary": [0, 180], "analogous": [-30, 0, 30], "triadic": [0, 120, 240],
               "split-complementary": [0, 150, 210], "tetradic": [0, 90, 180, 270],
               "monochromatic": [0] * 5}[kind]
    expected = (base_lch[2] + np.array(offsets)) % 360
    chromatic = lch[:, 1] > 0.5  # hue is undefined for greys
    assert np.all(_hue_diff(lch[chromatic, 2], expected[chromatic]) < 1.0)
    # lightness is kept (monochromatic walks a ladder instead)
    if kind != "monochromatic":
        assert np.allclose(lch[:, 0], min(base[0], 99.99), atol=0.01)


def test_gamut_mapping_reduces_chroma_only_when_needed():
    inside = [50.0, 20.0, 10.0]
    pal = harmony(inside, "triadic")
    assert np.allclose(pal[0], inside)  # already in gamut: untouched
    outside = [40.0, -60.0, 40.0]
    mapped = harmony(outside, "complementary")[0]
    assert lab_to_lch(mapped)[1] < lab_to_lch(outside)[1]
    # and it is the largest chroma that fits: a little more leaves the gamut
    L, C, h = lab_to_lch(mapped)
    lin = lab_to_linear_rgb_unclipped(lch_to_lab([L, C + 0.05, h]))
    assert np.any(lin < 0) or np.any(lin > 1)


def test_analogous_and_monochromatic_sizes_and_spread():
    pal = harmony([60, 30, 30], "analogous", n=5, spread=15)
    h = lab_to_lch(pal)[:, 2]
    steps = (np.diff(h) + 180) % 360 - 180
    assert pal.shape == (5, 3) and np.allclose(steps, 15)
    assert _hue_diff(h[2], lab_to_lch([60, 30, 30])[2]) < 1e-9  # centred on the base
    split = lab_to_lch(harmony([60, 30, 30], "split-complementary", spread=20))[:, 2]
    assert np.allclose(_hue_diff(split[1:], split[0] + 180), 20)


def test_monochromatic_keeps_hue_and_ladders_lightness():
    base = [55.0, 40.0, -30.0]
    pal = harmony(base, "monochromatic", n=6)
    lch = lab_to_lch(pal)
    assert pal.shape == (6, 3)
    assert np.all(_hue_diff(lch[:, 2], lab_to_lch(base)[2]) < 1e-6)
    assert np.all(np.diff(lch[:, 0]) > 0)  # dark to light
    assert np.any(np.isclose(lch[:, 0], 55.0))  # the base lightness is a rung
    assert np.all(lch[:, 1] <= lab_to_lch(base)[1] + 1e-9)


def test_locked_colours_stay_exactly():
    red = np.array([48.0, 72.0, 55.0])  # out of gamut on purpose: kept as given anyway
    pal = harmony([60, -20, 40], "tetradic", locked=[(2, red)])
    assert np.array_equal(pal[2], red)
    free = harmony([60, -20, 40], "tetradic")
    assert np.array_equal(pal[[0, 1, 3]], free[[0, 1, 3]])


def test_locked_without_base_rebuilds_the_base_from_the_lock():
    red = np.array([50.0, 60.0, 40.0])
    pal = harmony(None, "triadic", locked=[(1, red)])
    assert np.array_equal(pal[1], red)
    h = lab_to_lch(pal)[:, 2]
    h_red = lab_to_lch(red)[2]
    assert _hue_diff(h[0], h_red - 120) < 1e-6 and _hue_diff(h[2], h_red + 120) < 1e-6


@pytest.mark.parametrize("args, kwargs", [
    (([50, 10, 10], "pentadic"), {}),
    (([50, 10, 10], "analogous"), {"n": 1}),
    (([50, 10, 10], "analogous"), {"n": 2.5}),
    (([50, 10, 10], "monochromatic"), {"n": 0}),
    (([50, 10, 10], "triadic"), {"n": 4}),
    ((None, "triadic"), {}),
    (([50, 10, 10], "triadic"), {"locked": [(3, [50, 0, 0])]}),
    (([50, 10, 10], "triadic"), {"locked": [(0, [50, 0, 0]), (0, [40, 0, 0])]}),
    (([50, 10], "triadic"), {}),
])
def test_bad_arguments_raise_value_error(args, kwargs):
    with pytest.raises(ValueError):
        harmony(*args, **kwargs)


# --- colour-vision deficiency -------------------------------------------------------

RED_GREEN = np.array([[200, 60, 40], [80, 140, 40]], np.uint8)


def test_protan_and_deutan_confuse_red_and_green_tritan_does_not():
    lab = rgb_to_lab(RED_GREEN.astype(float) / 255)
    original = float(delta_e_ciede2000(lab[0], lab[1]))
    seen = {k: min_adjacent_delta_e(lab, [(0, 1)], k) for k in ("protan", "deutan", "tritan")}
    assert original > 40
    assert seen["protan"] < 0.35 * original
    assert seen["deutan"] < 0.1 * original
    assert seen["tritan"] > 0.8 * original
    assert min_adjacent_delta_e(lab, [(0, 1)], None) == pytest.approx(original)


def test_min_adjacent_delta_e_takes_the_smallest_pair_and_handles_no_pairs():
    lab = rgb_to_lab(np.array([[200, 60, 40], [80, 140, 40], [30, 30, 200]], float) / 255)
    d_all = min_adjacent_delta_e(lab, [(0, 1), (1, 2), (0, 2)], "deutan")
    assert d_all == pytest.approx(min_adjacent_delta_e(lab, [(0, 1)], "deutan"))
    assert min_adjacent_delta_e(lab, [], "protan") == float("inf")
    assert min_adjacent_delta_e(lab, [(0, 2)], "greyscale") > 0
    with pytest.raises(ValueError):
        min_adjacent_delta_e(lab, [(0, 3)], "protan")
    with pytest.raises(ValueError):
        min_adjacent_delta_e(lab, [(0, 1)], "achromat")


def test_severity_zero_is_identity_and_severity_one_is_the_published_matrix():
    rng = np.random.default_rng(3)
    img8 = rng.integers(0, 256, (20, 30, 3), dtype=np.uint8)
    imgf = img8 / 255.0
    for kind in ("protan", "deutan", "tritan"):
        assert np.array_equal(simulate_cvd(img8, kind, 0.0), img8)
        assert np.allclose(simulate_cvd(imgf, kind, 0.0), imgf, atol=1e-12)
    assert machado_matrix("protan", 1.0)[0, 0] == pytest.approx(0.152286)
    assert machado_matrix("deutan", 0.5)[0, 1] == pytest.approx(0.607765)
    # between table rows: linear blend of the neighbours
    mid = machado_matrix("tritan", 0.55)
    assert np.allclose(mid, 0.5 * machado_matrix("tritan", 0.5) + 0.5 * machado_matrix("tritan", 0.6))
    # every Machado matrix keeps white white (rows sum to ~1)
    assert np.allclose(machado_matrix("deutan", 1.0).sum(axis=1), 1.0, atol=1e-5)
    with pytest.raises(ValueError):
        simulate_cvd(img8, "protan", 1.5)
    with pytest.raises(ValueError):
        simulate_cvd(img8, "mono")


def test_vectorised_on_a_100x100_image_matches_per_pixel():
    rng = np.random.default_rng(4)
    img = rng.integers(0, 256, (100, 100, 3), dtype=np.uint8)
    before = img.copy()
    for kind in ("protan", "deutan", "tritan"):
        out = simulate_cvd(img, kind, 0.7)
        assert out.shape == img.shape and out.dtype == np.uint8
        for y, x in [(0, 0), (50, 17), (99, 99)]:
            assert np.array_equal(out[y, x], simulate_cvd(img[y, x], kind, 0.7))
    grey = greyscale(img)
    assert grey.shape == img.shape and grey.dtype == np.uint8
    outf = simulate_cvd(img / 255.0, "deutan")
    assert outf.dtype == np.float64 and outf.min() >= 0 and outf.max() <= 1
    assert np.array_equal(img, before)  # input untouched


def test_greyscale_is_neutral_and_keeps_lightness_order():
    rng = np.random.default_rng(5)
    cols = rng.uniform(0, 1, (200, 3))
    grey = greyscale(cols)
    assert np.array_equal(grey[:, 0], grey[:, 1]) and np.array_equal(grey[:, 1], grey[:, 2])
    L_in = rgb_to_lab(cols)[:, 0]
    L_out = rgb_to_lab(grey)[:, 0]
    assert np.allclose(L_out, L_in, atol=0.05)  # same L* up to the core's white-point rounding
    order = np.argsort(L_in)
    assert np.all(np.diff(L_out[order]) >= -1e-9)
    g8 = greyscale((cols * 255).round().astype(np.uint8))
    assert np.all(g8[..., 0] == g8[..., 1]) and np.all(g8[..., 1] == g8[..., 2])
