"""Clean-up stage: synthetic photos with known truth (no Qt)."""
from __future__ import annotations

import numpy as np
import pytest
from skimage.transform import ProjectiveTransform, warp

from motifstudio.core.progress import CancelToken, Cancelled
from motifstudio.imaging.cleanup import CleanupResult, cleanup
from motifstudio.imaging.denoise import denoise, estimate_noise
from motifstudio.imaging.geometry import (check_corners, crop, estimate_skew, rectify_perspective,
                                          rotate, suggest_quad)
from motifstudio.imaging.lighting import flatten_lighting, white_balance
from motifstudio.imaging.params import CleanupParams
from motifstudio.imaging.resolution import choose_working_scale, resize

LUMA = np.array([0.2126, 0.7152, 0.0722])


def _luma(img):
    return np.asarray(img, dtype=np.float64) @ LUMA


# --------------------------------------------------------------------------- fixtures

def _pattern(h=300, w=400):
    """A textile with a 4-colour checker of 50 px cells."""
    cols = np.array([[0.85, 0.2, 0.15], [0.95, 0.9, 0.75], [0.1, 0.2, 0.5], [0.9, 0.7, 0.1]])
    y, x = np.mgrid[0:h, 0:w]
    return cols[(y // 50 + 2 * (x // 50)) % 4].astype(np.float32)


def _photo_of(pattern, quad, shape=(600, 800), bg=(0.35, 0.45, 0.3), seed=0):
    """Warp *pattern* so its outer corners land on *quad* in a photo of *shape*."""
    h, w = pattern.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], float) - 0.5
    t = ProjectiveTransform.from_estimate(src, np.asarray(quad, float))
    inv = np.linalg.inv(t.params)
    photo = warp(pattern, inv, output_shape=shape, order=1, mode="constant", cval=-1.0)
    inside = photo[..., 0] >= 0
    photo[~inside] = bg
    rng = np.random.default_rng(seed)
    photo = photo + rng.normal(0, 0.01, photo.shape)
    return np.clip(photo, 0, 1).astype(np.float32)


QUAD = np.array([[180.0, 110.0], [610.0, 140.0], [640.0, 500.0], [150.0, 470.0]])


# --------------------------------------------------------------------------- geometry

def test_suggest_quad_finds_warped_textile_and_rectify_restores_pattern():
    pat = _pattern()
    photo = _photo_of(pat, QUAD)
    found = suggest_quad(photo)
    assert found is not None
    assert np.abs(found - QUAD).max() < 1.5, found
    rect = rectify_perspective(photo, QUAD, out_size=(400, 300))
    assert rect.shape == (300, 400, 3) and rect.dtype == np.float32
    # Away from the cell edges the rectified colours match the pattern.
    y, x = np.mgrid[0:300, 0:400]
    interior = ((y % 50) > 4) & ((y % 50) < 46) & ((x % 50) > 4) & ((x % 50) < 46)
    err = np.abs(rect - pat).max(axis=2)
    assert np.median(err[interior]) < 0.03
    assert np.quantile(err[interior], 0.99) < 0.08
    # The suggested quad rectifies nearly as well, at its own natural size.
    auto = rectify_perspective(photo, found)
    assert abs(auto.shape[1] - 491) <= 3 and abs(auto.shape[0] - 361) <= 3  # longer edges


def test_suggest_quad_none_when_nothing_stands_out():
    rng = np.random.default_rng(1)
    flat = np.clip(0.5 + rng.normal(0, 0.01, (300, 400, 3)), 0, 1)
    assert suggest_quad(flat) is None
    assert suggest_quad(_pattern()) is None  # the textile fills the frame


def test_rectify_keeps_dtype_and_identity_quad():
    img = (np.random.default_rng(2).random((40, 60, 3)) * 255).astype(np.uint8)
    quad = [[-0.5, -0.5], [59.5, -0.5], [59.5, 39.5], [-0.5, 39.5]]
    out = rectify_perspective(img, quad)
    assert out.dtype == np.uint8 and out.shape == img.shape
    assert np.abs(out.astype(int) - img).max() <= 1


def _stripes(h=500, w=600, period=24):
    y = np.arange(h)[:, None] * np.ones((1, w))
    band = (y // (period // 2)) % 2
    img = np.where(band[..., None] == 1, [0.8, 0.3, 0.2], [0.95, 0.9, 0.8])
    return img.astype(np.float32)


def test_rotate_and_deskew_striped_pattern():
    img = _stripes()
    tilted = rotate(img, 4.0)
    assert tilted.shape[0] > img.shape[0] and tilted.shape[1] > img.shape[1]
    # Canvas corners are filled with the border colour, not black.
    assert tilted[0, 0].min() > 0.2
    skew = estimate_skew(tilted)
    assert abs(skew - 4.0) < 0.5, skew
    # Only the content (no canvas corners) in view: same answer.
    h, w = tilted.shape[:2]
    assert abs(estimate_skew(tilted[h // 4:3 * h // 4, w // 4:3 * w // 4]) - 4.0) < 0.5
    straight = rotate(tilted, -skew)
    assert abs(estimate_skew(straight)) < 0.5
    assert abs(estimate_skew(rotate(img, -3.0)) + 3.0) < 0.5


def test_rotate_90_is_exact_and_keeps_dtype():
    img = (np.random.default_rng(3).random((30, 50, 3)) * 255).astype(np.uint8)
    out = rotate(img, 90)
    assert out.dtype == np.uint8
    assert np.array_equal(out, np.rot90(img))


def test_crop():
    img = np.arange(5 * 6 * 3).reshape(5, 6, 3)
    assert np.array_equal(crop(img, (1, 2, 4, 5)), img[2:5, 1:4])
    with pytest.raises(ValueError, match="inside the 6 x 5 image"):
        crop(img, (0, 0, 7, 5))
    with pytest.raises(ValueError, match="non-empty"):
        crop(img, (3, 0, 3, 5))


@pytest.mark.parametrize("corners, message", [
    ([[0, 0], [10, 0], [10, 10]], "four"),
    ([[0, 0], [100, 0], [0, 100], [100, 100]], "self-intersecting"),
    ([[0, 0], [0, 100], [100, 100], [100, 0]], "anticlockwise"),
    ([[0, 0], [50, 0], [100, 0], [50, 1e-3]], "degenerate"),
    ([[0, 0], [100, 0], [30, 30], [0, 100]], "not convex"),
    ([[0, 0], [np.nan, 0], [1, 1], [0, 1]], "finite"),
])
def test_bad_corners(corners, message):
    with pytest.raises(ValueError, match=message):
        check_corners(corners)


# --------------------------------------------------------------------------- lighting

def _three_colours(h=480, w=640):
    cols = np.array([[0.9, 0.85, 0.7], [0.75, 0.15, 0.1], [0.15, 0.2, 0.45]])
    y, x = np.mgrid[0:h, 0:w]
    cls = ((x // 40) + (y // 60)) % 3
    # plus a big central medallion of class 1, like a felt's main motif
    cls[(x - w / 2) ** 2 + (y - h / 2) ** 2 < 90 ** 2] = 1
    return cols[cls].astype(np.float32), cls, cols


def _light_field(h, w):
    y, x = np.mgrid[0:h, 0:w]
    xn, yn = 2 * x / (w - 1) - 1, 2 * y / (h - 1) - 1
    return (0.8 + 0.25 * xn) * (1 - 0.3 * (xn ** 2 + yn ** 2) / 2)


def test_flatten_lighting_removes_gradient_and_vignette_but_keeps_colours():
    clean, cls, cols = _three_colours()
    lit = (clean * _light_field(*cls.shape)[..., None]).astype(np.float32)
    out = flatten_lighting(lit)
    assert out.dtype == np.float32 and out.shape == lit.shape
    for c in range(3):
        m = cls == c
        before, after = _luma(lit[m]).std(), _luma(out[m]).std()
        assert after < before / 3, (c, before, after)
    means = np.array([out[cls == c].mean(0) for c in range(3)])
    for i in range(3):
        for j in range(i):
            orig = np.linalg.norm(cols[i] - cols[j])
            assert np.linalg.norm(means[i] - means[j]) > 0.6 * orig


def test_flatten_lighting_leaves_evenly_lit_image_nearly_alone():
    clean, _, _ = _three_colours()
    out = flatten_lighting(clean)
    assert np.abs(out - clean).max() < 0.03


# --------------------------------------------------------------------------- white balance

def _patches():
    cols = np.array([[0.95, 0.95, 0.95], [0.6, 0.6, 0.6], [0.8, 0.15, 0.1], [0.1, 0.3, 0.7],
                     [0.2, 0.6, 0.25], [0.35, 0.35, 0.35]])
    y, x = np.mgrid[0:240, 0:360]
    idx = (y // 80) * 3 + (x // 120) % 3
    return cols[idx % len(cols)].astype(np.float32), idx % len(cols)


def test_white_balance_auto_removes_known_cast():
    img, idx = _patches()
    cast = np.array([1.0, 0.9, 0.7], np.float32)
    tinted = img * cast
    out = white_balance(tinted, mode="auto")
    for k in (0, 1, 5):  # the white and greys
        before = np.ptp(tinted[idx == k].mean(0))
        after = np.ptp(out[idx == k].mean(0))
        assert before > 0.1 and after < 0.02, (k, before, after)


def test_white_balance_point_and_errors():
    img, idx = _patches()
    tinted = img * np.array([0.8, 0.9, 1.0], np.float32)
    out = white_balance(tinted, mode="point", point=(180, 40))  # centre of the grey patch
    assert np.ptp(out[40, 180]) < 1e-3
    with pytest.raises(ValueError, match="outside"):
        white_balance(tinted, mode="point", point=(400, 10))
    black = np.zeros_like(tinted)
    with pytest.raises(ValueError, match="nearly black"):
        white_balance(black, mode="point", point=(5, 5))
    with pytest.raises(ValueError, match="needs point"):
        white_balance(tinted, mode="point")
    with pytest.raises(ValueError, match="mode"):
        white_balance(tinted, mode="grey")


# --------------------------------------------------------------------------- denoise

def _woven(h=200, w=240, edge=120.3, seed=4):
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    a, b = np.array([0.7, 0.2, 0.15]), np.array([0.9, 0.85, 0.65])
    frac = np.clip(x - edge + 0.5, 0, 1)[..., None]  # area-sampled vertical edge at x = edge
    img = a * (1 - frac) + b * frac
    weave = 0.06 * np.sin(2 * np.pi * x / 7) * np.sin(2 * np.pi * y / 7)
    rng = np.random.default_rng(seed)
    img = img + weave[..., None] + rng.normal(0, 0.02, img.shape)
    return np.clip(img, 0, 1).astype(np.float32), edge


def _edge_position(img):
    """Per-row sub-pixel x where the green channel crosses the two colours' middle."""
    g = img[..., 1].astype(np.float64)
    mid = (0.2 + 0.85) / 2
    pos = []
    for row in g:
        i = int(np.argmax(row > mid))
        pos.append(i - 1 + (mid - row[i - 1]) / (row[i] - row[i - 1]))
    return np.array(pos)


@pytest.mark.parametrize("method", ["median", "bilateral", "tv"])
def test_denoise_flattens_weave_and_keeps_edge(method):
    img, edge = _woven()
    out = denoise(img, method=method, strength=0.5)
    assert out.dtype == np.float32 and out.shape == img.shape
    regions = [(slice(10, -10), slice(10, 100)), (slice(10, -10), slice(140, -10))]
    for sl in regions:
        before, after = img[sl].std(axis=(0, 1)).mean(), out[sl].std(axis=(0, 1)).mean()
        assert after < before / 3, (method, before, after)
    err = np.abs(_edge_position(out[10:-10]) - edge)
    assert err.mean() < 1.0, (method, err.mean())


def test_denoise_median_is_fast_enough_in_principle():
    # Not a benchmark: a 1 MP uint8 image must not take seconds.
    import time
    img = (np.random.default_rng(5).random((1000, 1000, 3)) * 255).astype(np.uint8)
    t = time.perf_counter()
    denoise(img, method="median", strength=0.5)
    assert time.perf_counter() - t < 2.0


def test_denoise_errors_and_noise_estimate():
    img, _ = _woven()
    with pytest.raises(ValueError, match="method"):
        denoise(img, method="gauss")
    with pytest.raises(ValueError, match="strength"):
        denoise(img, strength=1.5)
    rng = np.random.default_rng(6)
    noisy = np.clip(0.5 + rng.normal(0, 0.05, (400, 400, 3)), 0, 1)
    assert 0.02 < estimate_noise(noisy) < 0.08


# --------------------------------------------------------------------------- resolution

def test_working_scale_big_shapes_vs_fine_lines():
    y, x = np.ogrid[0:3000, 0:4000]
    big = np.full((3000, 4000, 3), (200, 180, 120), np.uint8)
    big[(x - 1200) ** 2 + (y - 1500) ** 2 < 700 ** 2] = (150, 30, 30)
    big[400:2600, 2300:3700] = (30, 40, 110)
    big[1200:1800, 2700:3300] = (200, 180, 120)
    del x, y
    s_big = choose_working_scale(big)
    assert s_big <= 0.5

    yy, xx = np.ogrid[0:1500, 0:2000]
    lines = np.full((1500, 2000, 3), 255, np.uint8)
    ink = ((yy % 30) < 2) | ((xx % 40) < 2) | (np.abs(((xx + yy) % 60) - 30) < 1.0)
    lines[ink] = 20
    assert choose_working_scale(lines) == 1.0


def test_resize_shapes_and_mean():
    img = np.full((1203, 1601, 3), 128, np.uint8)
    out = resize(img, 0.25)
    assert out.shape == (301, 400, 3) and out.dtype == np.float32
    assert np.allclose(out, 128 / 255, atol=1e-4)
    with pytest.raises(ValueError, match="scale"):
        resize(img, 0)


# --------------------------------------------------------------------------- cleanup

def test_cleanup_keeps_input_and_returns_documented_fields():
    img = (_photo_of(_pattern(), QUAD) * 255).astype(np.uint8)
    before = img.copy()
    params = CleanupParams(white_balance="auto", flatten_lighting=True, denoise="median",
                           working_resolution="auto")
    res = cleanup(img, params)
    assert np.array_equal(img, before)
    assert isinstance(res, CleanupResult)
    assert res.image.dtype == np.float32 and res.image.ndim == 3 and res.image.shape[2] == 3
    assert 0.0 <= res.image.min() and res.image.max() <= 1.0
    assert res.scale == 1.0 and res.transform is None and res.suggested_corners is None
    assert res.steps == ("white balance auto", "flatten lighting degree 2", "denoise median 0.5")
    assert np.allclose(res.to_source([[0, 0], [799, 599]]), [[0, 0], [799, 599]])

    # float32 input is not modified either (the pipeline works in place on copies)
    f = _photo_of(_pattern(), QUAD)
    fb = f.copy()
    cleanup(f, CleanupParams(white_balance="auto", flatten_lighting=True))
    assert np.array_equal(f, fb)


def test_cleanup_perspective_transform_maps_back_to_the_photo():
    photo = _photo_of(_pattern(), QUAD)
    res = cleanup(photo, CleanupParams(auto_perspective=True, working_resolution="full"))
    assert res.suggested_corners is not None
    assert np.abs(res.suggested_corners - QUAD).max() < 3.0
    assert res.steps == ("perspective auto",)
    h, w = res.image.shape[:2]
    outer = [[-0.5, -0.5], [w - 0.5, -0.5], [w - 0.5, h - 0.5], [-0.5, h - 0.5]]
    assert np.allclose(res.to_source(outer), res.suggested_corners, atol=1e-6)

    # explicit corners, a crop and a scale: the transform still lands on the quad
    res2 = cleanup(photo, CleanupParams(corners=tuple(map(tuple, QUAD)), crop=(100, 50, 700, 560),
                                        working_resolution="full", max_working_mp=0.05))
    h, w = res2.image.shape[:2]
    assert h * w <= 50_000 * 1.02
    outer = [[-0.5, -0.5], [w - 0.5, -0.5], [w - 0.5, h - 0.5], [-0.5, h - 0.5]]
    assert np.allclose(res2.to_source(outer), QUAD, atol=1e-6)
    assert res2.steps[0] == "crop 100 50 700 560" and res2.steps[1] == "perspective"


def test_cleanup_crop_rotate_deskew_and_scale():
    img = rotate(_stripes(), 4.0)
    res = cleanup(img, CleanupParams(deskew=True, crop=(10, 10, img.shape[1] - 10,
                                                       img.shape[0] - 10)))
    assert abs(estimate_skew(res.image)) < 0.5
    assert res.transform is not None and res.transform.shape == (3, 3)
    assert any(s.startswith("deskew") for s in res.steps)
    # the working centre maps to the source centre (rotation about the centre)
    h, w = res.image.shape[:2]
    cx, cy = res.to_source([[(w - 1) / 2, (h - 1) / 2]])[0]
    assert abs(cx - (img.shape[1] - 1) / 2) < 1 and abs(cy - (img.shape[0] - 1) / 2) < 1

    res2 = cleanup(img, CleanupParams(working_resolution="full", max_working_mp=0.1))
    assert res2.transform is None and 0 < res2.scale < 1
    assert res2.image.shape[0] * res2.image.shape[1] <= 100_000 * 1.02


def test_cleanup_white_balance_point_in_source_coordinates():
    img, _ = _patches()
    tinted = img * np.array([0.8, 0.9, 1.0], np.float32)
    res = cleanup(tinted, CleanupParams(white_balance="point", neutral_point=(180, 40),
                                        crop=(120, 0, 360, 240)))
    assert np.ptp(res.image[40, 60]) < 1e-3


def test_cleanup_progress_and_cancel():
    img = _stripes(100, 120)
    seen = []
    cleanup(img, CleanupParams(denoise="median"), progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    tok = CancelToken()
    tok.cancel()
    with pytest.raises(Cancelled):
        cleanup(img, CleanupParams(), cancel=tok)


@pytest.mark.parametrize("params, message", [
    (CleanupParams(corners=((0, 0), (10, 0), (10, 10))), "four"),
    (CleanupParams(corners=((0, 0), (100, 0), (0, 100), (100, 100))), "self-intersecting"),
    (CleanupParams(crop=(0, 0, 500, 50)), "inside"),
    (CleanupParams(crop=(0, 0, 50)), "four numbers"),
    (CleanupParams(white_balance="point"), "neutral_point"),
    (CleanupParams(white_balance="point", neutral_point=(1000, 5)), "outside"),
    (CleanupParams(denoise="blur"), "denoise"),
    (CleanupParams(denoise_strength=2.0), "denoise_strength"),
    (CleanupParams(lighting_degree=9), "lighting_degree"),
])
def test_cleanup_bad_options(params, message):
    img = _stripes(100, 120)
    with pytest.raises(ValueError, match=message):
        cleanup(img, params)


def test_cleanup_bad_image():
    with pytest.raises(ValueError, match="shape"):
        cleanup(np.zeros((10, 10)), CleanupParams())
    with pytest.raises(ValueError, match="dtype|pixels"):
        cleanup(np.zeros((10, 10, 3), bool), CleanupParams())


def test_rectified_aspect_follows_the_given_proportions():
    from motifstudio.imaging.cleanup import cleanup
    from motifstudio.imaging.params import CleanupParams
    img = np.full((300, 400, 3), 0.5, np.float32)
    corners = ((50.0, 40.0), (350.0, 60.0), (340.0, 250.0), (60.0, 270.0))
    free = cleanup(img, CleanupParams(corners=corners, working_resolution="full"))
    square = cleanup(img, CleanupParams(corners=corners, aspect=1.0, working_resolution="full"))
    h, w = square.image.shape[:2]
    assert abs(w / h - 1.0) < 0.01
    fh, fw = free.image.shape[:2]
    assert abs(fw / fh - 1.0) > 0.2  # without it the photo's oblong quad is kept
