"""The whole digitisation (load → clean up → segment → trace) on synthetic motifs with known truth."""
from __future__ import annotations

import dataclasses
import hashlib
import io

import numpy as np
import pytest
from PIL import Image, ImageFilter

from motifstudio.core.progress import CancelToken, Cancelled
from motifstudio.core.rasterise import coverage_counts, rasterise_faces
from motifstudio.imaging.load import load_image
from motifstudio.imaging.params import Recipe
from motifstudio.imaging.pipeline import Digitised, digitise, reproduce, retrace
from motifstudio.project.motif_file import load_motif, save_motif

PALETTE = np.array([[236, 226, 204],    # cream felt
                    [178, 34, 40],      # madder red
                    [32, 44, 96]],      # indigo
                   dtype=np.float64)
PM_ARRAYS = ("pts", "pt_off", "ops", "seg_off", "left", "right", "face_colour",
             "loop_off", "dart_off", "darts")


def motif_labels(h: int = 200, w: int = 240) -> np.ndarray:
    """A 3-class truth map: a cream ground, a red ram's-horn-ish ring, an indigo diamond inside."""
    y, x = np.mgrid[0:h, 0:w] + 0.5
    cy, cx = h / 2, w / 2
    r = np.hypot((x - cx) / (w * 0.42), (y - cy) / (h * 0.42))
    labels = np.zeros((h, w), np.int32)
    labels[(r < 1.0) & (r > 0.62)] = 1
    diamond = np.abs(x - cx) / (w * 0.2) + np.abs(y - cy) / (h * 0.2) < 1.0
    labels[diamond] = 2
    # a red square in a corner (sharp corners, touching nothing)
    labels[int(h * 0.05):int(h * 0.2), int(w * 0.05):int(w * 0.2)] = 1
    return labels


def photo_of(labels: np.ndarray, *, palette=PALETTE, noise=6.0, blur=0.8, seed=1) -> Image.Image:
    """Render a label map like a scan: a little blur and noise."""
    rng = np.random.default_rng(seed)
    img = palette[labels]
    im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im, dtype=np.float64) + rng.normal(0, noise, labels.shape + (3,))
    return Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8))


def write_png(path, im: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, format="PNG", **kw)
    data = buf.getvalue()
    path.write_bytes(data)
    return data


def class_map(motif, shape, truth_palette=PALETTE) -> np.ndarray:
    """Rasterise the planar map and name each pixel by the nearest truth colour of its face's swatch."""
    pm = motif.planar_map
    faces = rasterise_faces(pm, shape=shape)
    assert faces.min() >= 0, "pixels covered by no face"
    pal = motif.palette.rgb_array().astype(np.float64)
    nearest = np.argmin(((pal[:, None, :] - truth_palette[None, :, :]) ** 2).sum(-1), axis=1)
    return nearest[np.asarray(pm.face_colour)[faces]]


def assert_same_map(a, b, *, saved=False):
    """Identical planar maps.

    With *saved*, one side went through a ``.motif`` file, which stores
    coordinates rounded to 4 decimals (``PlanarMap.to_json``): the topology
    must still be identical, the points equal after the same rounding.
    """
    assert a.width == b.width and a.height == b.height
    for name in PM_ARRAYS:
        x, y = np.asarray(getattr(a, name)), np.asarray(getattr(b, name))
        if saved and name == "pts":
            x, y = np.round(x, 4), np.round(y, 4)
        assert x.shape == y.shape and np.array_equal(x, y), f"planar maps differ in {name}"
    if saved:
        assert a.to_json() == b.to_json()


@pytest.fixture(scope="module")
def truth():
    return motif_labels()


@pytest.fixture(scope="module")
def image_file(tmp_path_factory, truth):
    path = tmp_path_factory.mktemp("img") / "ring.png"
    data = write_png(path, photo_of(truth))
    return path, data


@pytest.fixture(scope="module")
def recipe3():
    return Recipe().replace_stage("segment", n_colors=3)


@pytest.fixture(scope="module")
def first(image_file, recipe3) -> Digitised:
    path, _ = image_file
    return digitise(path, recipe3)


# ----------------------------------------------------------------- faithful and exact
def test_digitise_matches_the_known_labels(first, truth):
    m = first.motif
    assert len(m.palette) == 3
    assert sorted(set(np.asarray(m.planar_map.face_colour).tolist())) == [0, 1, 2]
    assert (m.planar_map.width, m.planar_map.height) == (truth.shape[1], truth.shape[0])
    pred = class_map(m, truth.shape)
    assert sorted(np.unique(pred).tolist()) == [0, 1, 2], "two swatches map to one truth colour"
    assert np.mean(pred == truth) >= 0.98


def test_digitise_is_an_exact_partition(first, truth):
    pm = first.motif.planar_map
    pm.check()
    cov = coverage_counts(pm, shape=truth.shape)
    assert cov.min() == 1 and cov.max() == 1, "gaps (0) or overlaps (>1) between faces"
    # finer than the pixels too: a gap thinner than a pixel shows up at 3x
    cov3 = coverage_counts(pm, scale=3.0)
    assert cov3.min() == 1 and cov3.max() == 1


def test_palette_is_close_to_the_truth_colours(first):
    pal = first.motif.palette.rgb_array().astype(np.float64)
    d = np.sqrt(((pal[:, None] - PALETTE[None]) ** 2).sum(-1)).min(axis=1)
    assert d.max() < 20, f"palette {pal.tolist()} far from {PALETTE.tolist()}"


def test_source_records_the_untouched_original(first, image_file):
    _, data = image_file
    src = first.motif.source
    assert src.sha256 == hashlib.sha256(data).hexdigest()
    assert src.size_bytes == len(data)
    assert src.filename == "ring.png"
    assert first.loaded.original == data
    assert first.motif.metadata.title == "ring"


def test_digitise_accepts_bytes_and_a_loaded_image(first, image_file, recipe3):
    path, data = image_file
    from_bytes = digitise(data, recipe3, name="ring.png")
    assert_same_map(from_bytes.motif.planar_map, first.motif.planar_map)
    loaded = load_image(path)
    from_loaded = digitise(loaded, recipe3)
    assert_same_map(from_loaded.motif.planar_map, first.motif.planar_map)


def test_the_recipe_is_stored_in_the_motif(first, recipe3):
    assert Recipe.from_dict(first.motif.recipe) == recipe3.validated()
    assert first.recipe == recipe3.validated()


# ----------------------------------------------------------------- physical size
def test_size_from_width_mm(image_file, truth):
    path, _ = image_file
    h, w = truth.shape
    r = Recipe().replace_stage("segment", n_colors=3).replace_stage("output", width_mm=300.0)
    m = digitise(path, r).motif
    assert m.size_mm[0] == pytest.approx(300.0)
    assert m.size_mm[1] == pytest.approx(300.0 * h / w)


def test_size_from_dpi(tmp_path):
    labels = motif_labels(h=120, w=600)
    path = tmp_path / "wide.png"
    write_png(path, photo_of(labels, noise=3), dpi=(300, 300))
    m = digitise(path, Recipe().replace_stage("segment", n_colors=3)).motif
    assert m.source.dpi is not None and m.source.dpi[0] == pytest.approx(300, rel=1e-3)
    assert m.size_mm[0] == pytest.approx(50.8, rel=1e-3)
    assert m.size_mm[1] == pytest.approx(50.8 * 120 / 600, rel=1e-3)


def test_size_from_dpi_follows_exif_rotation(tmp_path):
    labels = motif_labels(h=240, w=200)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: rotate 90 degrees clockwise to view
    path = tmp_path / "sideways.jpg"
    stored = photo_of(labels, noise=2).transpose(Image.Transpose.ROTATE_90)  # 240 wide, 200 high
    stored.save(path, format="JPEG", quality=95, exif=exif, dpi=(200, 100))
    m = digitise(path, Recipe().replace_stage("segment", n_colors=3)).motif
    assert (m.planar_map.width, m.planar_map.height) == (200, 240)  # upright again
    # upright, the horizontal axis is the stored vertical one: 100 dpi -> 200 px = 50.8 mm
    assert m.size_mm[0] == pytest.approx(50.8, rel=1e-3)


def test_width_mm_wins_over_dpi(tmp_path):
    labels = motif_labels(h=120, w=600)
    path = tmp_path / "wide.png"
    write_png(path, photo_of(labels, noise=3), dpi=(300, 300))
    r = Recipe().replace_stage("segment", n_colors=3).replace_stage("output", width_mm=120.0)
    m = digitise(path, r).motif
    assert m.size_mm == pytest.approx((120.0, 24.0))


# ----------------------------------------------------------------- reproducibility
def test_reproduce_gives_the_identical_planar_map(first, image_file):
    _, data = image_file
    again = reproduce(first.motif, data)
    assert_same_map(again.planar_map, first.motif.planar_map)
    assert again.palette == first.motif.palette
    assert again.size_mm == first.motif.size_mm
    assert again.recipe == first.motif.recipe
    assert again.metadata == first.motif.metadata


def test_digitise_does_not_modify_its_inputs(image_file, recipe3):
    path, data = image_file
    loaded = load_image(path)
    before = loaded.rgb.copy()
    digitise(loaded, recipe3)
    assert np.array_equal(loaded.rgb, before)
    assert path.read_bytes() == data


# ----------------------------------------------------------------- retrace
def test_retrace_after_a_trace_change_reuses_the_segmentation(first, image_file):
    path, _ = image_file
    r2 = first.recipe.replace_stage("trace", tolerance=1.5)
    d2 = retrace(first, r2)
    assert d2.segmentation is first.segmentation
    assert d2.cleaned is first.cleaned
    assert d2.recipe == r2
    assert Recipe.from_dict(d2.motif.recipe) == r2
    # the shortcut gives what a full run gives
    assert_same_map(d2.motif.planar_map, digitise(path, r2).motif.planar_map)
    # and going back gives the first map again
    d3 = retrace(d2, first.recipe)
    assert_same_map(d3.motif.planar_map, first.motif.planar_map)


def test_retrace_after_a_cleanup_change_recomputes(first, image_file):
    path, _ = image_file
    r2 = first.recipe.replace_stage("cleanup", denoise="median", denoise_strength=0.8)
    d2 = retrace(first, r2)
    assert d2.cleaned is not first.cleaned
    assert d2.segmentation is not first.segmentation
    assert_same_map(d2.motif.planar_map, digitise(path, r2).motif.planar_map)


def test_retrace_after_a_segment_change_keeps_the_cleanup(first, image_file):
    path, _ = image_file
    r2 = first.recipe.replace_stage("segment", n_colors=2)
    d2 = retrace(first, r2)
    assert d2.cleaned is first.cleaned
    assert d2.segmentation is not first.segmentation
    assert len(d2.motif.palette) == 2
    assert_same_map(d2.motif.planar_map, digitise(path, r2).motif.planar_map)


def test_retrace_after_a_smoothing_change_equals_a_full_run(first, image_file):
    path, _ = image_file
    r2 = first.recipe.replace_stage("segment", smoothing=3)
    d2 = retrace(first, r2)
    assert d2.cleaned is first.cleaned
    assert_same_map(d2.motif.planar_map, digitise(path, r2).motif.planar_map)


def test_retrace_after_a_load_change_reloads(first, truth):
    r2 = first.recipe.replace_stage("load", max_pixels=10_000_000)
    d2 = retrace(first, r2)
    assert d2.loaded is not first.loaded
    assert d2.loaded.original == first.loaded.original
    assert_same_map(d2.motif.planar_map, first.motif.planar_map)


def test_retrace_keeps_the_metadata(first):
    md = dataclasses.replace(first.motif.metadata, title="Kochkor muyuz", maker="A. Usenova")
    prev = dataclasses.replace(first, motif=first.motif.replace(metadata=md))
    d2 = retrace(prev, first.recipe.replace_stage("trace", tolerance=1.2))
    assert d2.motif.metadata == md


def test_retrace_after_a_load_change_keeps_the_metadata(first):
    md = dataclasses.replace(first.motif.metadata, title="Kochkor muyuz", maker="A. Usenova",
                             place="Kochkor", technique="shyrdak")
    prev = dataclasses.replace(first, motif=first.motif.replace(metadata=md))
    d2 = retrace(prev, first.recipe.replace_stage("load", max_pixels=10_000_000))
    assert d2.motif.metadata == md


def test_retrace_preview_is_still_a_partition(first, truth):
    d2 = retrace(first, first.recipe.replace_stage("trace", tolerance=1.1), preview=True)
    cov = coverage_counts(d2.motif.planar_map, shape=truth.shape)
    assert cov.min() == 1 and cov.max() == 1


# ----------------------------------------------------------------- progress and cancel
def _monotone(fractions):
    assert fractions, "no progress was reported"
    assert all(0.0 <= f <= 1.0 for f in fractions), fractions
    back = [(a, b) for a, b in zip(fractions, fractions[1:]) if b < a]
    assert not back, f"progress went backwards: {back[:5]}"
    assert fractions[-1] == 1.0


def test_progress_is_monotone_and_ends_at_one(image_file, recipe3):
    path, _ = image_file
    seen = []
    digitise(path, recipe3, progress=lambda f, msg="": seen.append(f))
    _monotone(seen)
    assert len(seen) >= 4


@pytest.mark.parametrize("change", [
    ("trace", {"tolerance": 1.3}),
    ("segment", {"n_colors": 2}),
    ("cleanup", {"denoise": "median"}),
])
def test_retrace_progress_is_monotone_and_ends_at_one(first, change):
    stage, values = change
    seen = []
    retrace(first, first.recipe.replace_stage(stage, **values),
            progress=lambda f, msg="": seen.append(f))
    _monotone(seen)


def test_retrace_progress_after_a_smoothing_change_is_monotone(first):
    seen = []
    retrace(first, first.recipe.replace_stage("segment", smoothing=2),
            progress=lambda f, msg="": seen.append(f))
    _monotone(seen)


@pytest.mark.parametrize("at", [0.0, 0.3, 0.5, 0.8])
def test_cancel_from_the_progress_callback_raises_cancelled(image_file, recipe3, at):
    path, _ = image_file
    token = CancelToken()
    calls = []

    def progress(fraction, message=""):
        calls.append(fraction)
        if fraction >= at:
            token.cancel()

    with pytest.raises(Cancelled):
        digitise(path, recipe3, progress=progress, cancel=token)
    assert token.cancelled
    assert calls and calls[-1] < 1.0, "the work ran to the end despite the cancel"


def test_cancel_before_start_raises_cancelled(image_file, recipe3):
    path, _ = image_file
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        digitise(path, recipe3, cancel=token)


def test_cancel_during_retrace_raises_cancelled(first):
    token = CancelToken()

    def progress(fraction, message=""):
        token.cancel()

    with pytest.raises(Cancelled):
        retrace(first, first.recipe.replace_stage("segment", n_colors=2), progress=progress,
                cancel=token)


# ----------------------------------------------------------------- project round trip
def test_project_round_trip_and_rerun(first, image_file, tmp_path):
    _, data = image_file
    dest = tmp_path / "ring.motif"
    save_motif(dest, first.motif, first.loaded.original)
    motif, original = load_motif(dest)
    assert original == data
    assert hashlib.sha256(original).hexdigest() == motif.source.sha256
    assert_same_map(motif.planar_map, first.motif.planar_map, saved=True)
    assert motif.recipe == first.motif.recipe
    assert motif.palette == first.motif.palette
    assert motif.size_mm == pytest.approx(first.motif.size_mm)
    assert motif.metadata == first.motif.metadata
    assert motif.source == first.motif.source
    # the stored recipe, re-run on the stored original, reproduces the stored map
    recipe = Recipe.from_dict(motif.recipe)
    assert recipe == first.recipe
    again = digitise(original, recipe, name=motif.source.filename)
    assert_same_map(again.motif.planar_map, first.motif.planar_map)
    assert_same_map(again.motif.planar_map, motif.planar_map, saved=True)
    assert_same_map(reproduce(motif, original).planar_map, motif.planar_map, saved=True)
    # saving the re-run gives the same document body
    dest2 = tmp_path / "again.motif"
    save_motif(dest2, again.motif, original)
    assert_same_map(load_motif(dest2)[0].planar_map, motif.planar_map)
