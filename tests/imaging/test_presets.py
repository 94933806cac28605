"""Named recipes: each applies and validates, and traces the textile it is named for faithfully."""
from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from motifstudio.core.planar import CUBIC
from motifstudio.core.rasterise import coverage_counts, rasterise_faces
from motifstudio.imaging.params import STAGES, Recipe
from motifstudio.imaging.pipeline import digitise
from motifstudio.imaging.presets import PRESETS, apply_preset, describe_preset, preset_names

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("ikat-5", "photo-auto", "shyrdak-2", "suzani-lines")


# ----------------------------------------------------------------- the presets as data
def test_the_four_presets_are_listed_sorted():
    assert preset_names() == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_preset_applies_and_validates(name):
    r = apply_preset(name)
    assert isinstance(r, Recipe)
    assert r.preset == name
    assert r.validated() == r
    stage_names = {s for s, _ in STAGES}
    for stage, changes in PRESETS[name].items():
        if stage == "description":
            continue
        assert stage in stage_names, f"{name}: unknown stage {stage!r}"
        for key, value in changes.items():
            assert getattr(getattr(r, stage), key) == value, f"{name}: {stage}.{key}"
    # it survives the trip through a saved recipe
    assert Recipe.from_dict(json.loads(json.dumps(r.to_dict()))) == r
    assert describe_preset(name).strip()


@pytest.mark.parametrize("name", NAMES)
def test_preset_keeps_what_it_does_not_set(name):
    base = Recipe().replace_stage("output", width_mm=420.0).replace_stage("load", max_pixels=1234567)
    r = apply_preset(name, base)
    assert r.output.width_mm == 420.0
    assert r.load.max_pixels == 1234567
    # only the stages the preset names differ from the base
    for stage, _ in STAGES:
        if stage not in PRESETS[name]:
            assert getattr(r, stage) == getattr(base, stage), stage


def test_apply_preset_does_not_modify_its_input():
    base = Recipe()
    before = base.to_dict()
    apply_preset("shyrdak-2", base)
    assert base.to_dict() == before


def test_unknown_preset_is_a_clear_value_error():
    with pytest.raises(ValueError) as info:
        apply_preset("nope")
    msg = str(info.value)
    assert "nope" in msg
    for name in NAMES:
        assert name in msg, f"the message does not offer {name!r}: {msg}"


def test_flags_override_a_preset():
    r = apply_preset("ikat-5").replace_stage("segment", n_colors=4)
    assert r.segment.n_colors == 4 and r.segment.smoothing == 3 and r.preset == "ikat-5"


# ----------------------------------------------------------------- presets on synthetic textiles
def _render(labels, palette, *, blur, noise, seed):
    rng = np.random.default_rng(seed)
    im = Image.fromarray(np.asarray(palette, np.uint8)[labels]).filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im, float) + rng.normal(0, noise, labels.shape + (3,))
    return Image.fromarray(np.clip(np.rint(a), 0, 255).astype(np.uint8))


def _accuracy(motif, truth, truth_palette):
    pm = motif.planar_map
    h, w = truth.shape
    assert (pm.width, pm.height) == (w, h)
    cov = coverage_counts(pm, shape=(h, w))
    assert cov.min() == 1 and cov.max() == 1, "gaps or overlaps"
    faces = rasterise_faces(pm, shape=(h, w))
    pal = motif.palette.rgb_array().astype(float)
    tp = np.asarray(truth_palette, float)
    nearest = np.argmin(((pal[:, None] - tp[None]) ** 2).sum(-1), axis=1)
    return float(np.mean(nearest[np.asarray(pm.face_colour)[faces]] == truth))


def test_shyrdak_preset_on_a_two_colour_felt(tmp_path):
    h, w = 180, 180
    y, x = np.mgrid[0:h, 0:w] + 0.5
    # counterchanged horns: a thick spiral-ish band, red on indigo
    ang = np.arctan2(y - h / 2, x - w / 2)
    r = np.hypot(y - h / 2, x - w / 2)
    truth = ((np.sin(ang * 2 + r / 12) > 0) ^ (r < 30)).astype(np.int32)
    pal = [[190, 40, 40], [30, 40, 90]]
    path = tmp_path / "felt.png"
    # felt: a soft light falloff on top of blur and fibre noise
    im = np.asarray(_render(truth, pal, blur=0.8, noise=8, seed=2), float)
    im *= (0.85 + 0.15 * x / w)[..., None]
    Image.fromarray(np.clip(im, 0, 255).astype(np.uint8)).save(path)
    m = digitise(path, apply_preset("shyrdak-2")).motif
    assert len(m.palette) == 2
    assert _accuracy(m, truth, pal) >= 0.97


def test_photo_auto_preset_on_an_unevenly_lit_photo(tmp_path):
    h, w = 160, 200
    y, x = np.mgrid[0:h, 0:w] + 0.5
    truth = np.zeros((h, w), np.int32)
    truth[np.hypot(x - 70, y - 80) < 45] = 1
    truth[(np.abs(x - 150) < 30) & (np.abs(y - 80) < 50)] = 2
    pal = [[236, 226, 204], [178, 34, 40], [32, 44, 96]]
    im = np.asarray(_render(truth, pal, blur=0.8, noise=6, seed=3), float)
    light = 0.75 + 0.35 * (x / w)
    im = im * light[..., None] * np.array([1.04, 1.0, 0.9])
    path = tmp_path / "lit.png"
    Image.fromarray(np.clip(im, 0, 255).astype(np.uint8)).save(path)
    m = digitise(path, apply_preset("photo-auto").replace_stage("segment", n_colors=3)).motif
    assert _accuracy(m, truth, pal) >= 0.97


def _flatten(pts, ops, n=32):
    """*n* points per segment along a stroke (start point, then 1 point per LINE, 3 per CUBIC)."""
    pts = np.asarray(pts, float).reshape(-1, 2)
    out, i = [pts[0]], 0
    t = np.linspace(0, 1, n + 1)[1:, None]
    for op in np.asarray(ops).tolist():
        if op == CUBIC:
            p0, p1, p2, p3 = pts[i:i + 4]
            out.extend((1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2
                       + t ** 3 * p3)
            i += 3
        else:
            out.extend((1 - t) * pts[i] + t * pts[i + 1])
            i += 1
    assert i == len(pts) - 1, "stroke points and segment kinds disagree"
    return np.array(out)


def test_suzani_preset_turns_thin_lines_into_strokes(tmp_path):
    w, h = 220, 180
    im = Image.new("RGB", (w, h), (240, 234, 220))
    d = ImageDraw.Draw(im)
    d.ellipse((30, 30, 190, 150), outline=(40, 30, 40), width=4)
    d.line((50, 90, 170, 90), fill=(40, 30, 40), width=4)
    rng = np.random.default_rng(5)
    a = np.asarray(im.filter(ImageFilter.GaussianBlur(0.6)), float) + rng.normal(0, 4, (h, w, 3))
    path = tmp_path / "lines.png"
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(path)
    m = digitise(path, apply_preset("suzani-lines")).motif
    assert m.strokes, "no centrelines"
    widths = [s.width for s in m.strokes]
    assert all(2.0 <= wd <= 7.0 for wd in widths), widths  # drawn 4 px wide
    dark = int(np.argmin(m.palette.rgb_array().astype(int).sum(1)))
    assert all(s.colour == dark for s in m.strokes)
    # every centreline point lies on a drawn line (inside the 4 px pen, with slack)
    ink = np.asarray(im.convert("L")) < 128
    from scipy.ndimage import distance_transform_edt
    dist = distance_transform_edt(~ink)
    pts = np.concatenate([_flatten(s.pts, s.ops) for s in m.strokes])
    xi = np.clip(pts[:, 0].astype(int), 0, w - 1)
    yi = np.clip(pts[:, 1].astype(int), 0, h - 1)
    assert np.percentile(dist[yi, xi], 95) <= 2.0
    # ... and every drawn line has its centreline
    on_stroke = np.zeros((h, w), bool)
    on_stroke[yi, xi] = True
    assert np.mean(distance_transform_edt(~on_stroke)[ink] <= 3.0) >= 0.97
    # the ground stays a partition
    cov = coverage_counts(m.planar_map, shape=(h, w))
    assert cov.min() == 1 and cov.max() == 1


def test_ikat_preset_on_five_feathered_colours(tmp_path):
    h, w, period = 200, 300, 100
    pal = [[230, 190, 50], [170, 30, 90], [245, 240, 230], [60, 25, 70], [40, 120, 160]]
    y, x = np.mgrid[0:h, 0:w] + 0.5
    # warp feathering: groups of 10 rows shifted by up to 4 px
    shift = np.random.default_rng(4).integers(-4, 5, (h // 10 + 1, 1))
    jitter = np.repeat(shift, 10, axis=0)[:h]
    dd = (np.abs((x + jitter) % period - period / 2) + np.abs(y % period - period / 2)) / (period / 2)
    truth = np.clip(np.digitize(dd, [0.3, 0.55, 0.8, 1.05]), 0, 4).astype(np.int32)
    path = tmp_path / "ikat.png"
    _render(truth, pal, blur=1.2, noise=5, seed=4).save(path)
    m = digitise(path, apply_preset("ikat-5")).motif
    assert len(m.palette) == 5
    rgb = m.palette.rgb_array().astype(float)
    nearest = np.argmin(((rgb[:, None] - np.asarray(pal, float)[None]) ** 2).sum(-1), axis=1)
    assert sorted(nearest.tolist()) == [0, 1, 2, 3, 4], "two swatches found the same dye"
    # the preset's smoothing rounds the nested diamonds' points a little, by design
    assert _accuracy(m, truth, pal) >= 0.94


# ----------------------------------------------------------------- the benchmark's photos
def _bench_dir() -> Path:
    env = os.environ.get("MOTIFSTUDIO_BENCH_IMAGES")
    return Path(env) if env else ROOT / "benchmarks" / "work" / "images"


def _bench(name: str):
    d = _bench_dir()
    files = [d / f"{name}.png", d / f"{name}.json", d / f"{name}.labels.npy"]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        pytest.skip(f"benchmark image {name} not available in {d} (missing {', '.join(missing)}); "
                    "set MOTIFSTUDIO_BENCH_IMAGES or run `make bench` once")
    meta = json.loads(files[1].read_text())
    return files[0], meta, np.load(files[2])


@pytest.mark.slow
@pytest.mark.parametrize("name, preset, n_colors", [
    ("ramshorn_photo", "photo-auto", "truth"),
    ("rosette_photo", "photo-auto", "truth"),
    ("ramshorn_photo", "shyrdak-2", None),      # the preset's own 2 colours
    ("ikat_photo", "ikat-5", 4),                # 4 truth colours: override the preset's 5
])
def test_preset_on_benchmark_photo(name, preset, n_colors):
    path, meta, truth = _bench(name)
    # the benchmark photos show the textile alone, filling the frame, and their truth is
    # in photo coordinates: no automatic straightening here
    recipe = apply_preset(preset).replace_stage("cleanup", auto_perspective=False)
    if n_colors is not None:
        n = meta["n_colors"] if n_colors == "truth" else n_colors
        recipe = recipe.replace_stage("segment", n_colors=n)
    m = digitise(path, recipe).motif
    assert len(m.palette) == len(meta["palette"])
    acc = _accuracy(m, truth, meta["palette"])
    assert acc >= 0.97, f"{name} with {preset}: pixel accuracy {acc:.4f}"
