"""Tests of motifstudio.imaging.segment (colour segmentation) and its k-means."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.extra import numpy as hnp
from scipy import ndimage as ndi
from skimage.measure import label as cc_label

from motifstudio.core.colour import delta_e_ciede2000, rgb_to_lab
from motifstudio.core.progress import CancelToken, Cancelled
from motifstudio.imaging import segment as S
from motifstudio.imaging import speckles
from motifstudio.imaging.kmeans import kmeans, nearest_centre
from motifstudio.imaging.params import SegmentParams
from motifstudio.imaging.segment import (Segmentation, majority_filter, relabel_to_palette,
                                         remove_speckles, segment, suggest_n_colors)

RED = (0.72, 0.10, 0.12)
CREAM = (0.95, 0.90, 0.76)
NAVY = (0.10, 0.13, 0.36)
GOLD = (0.86, 0.66, 0.16)
GREEN = (0.15, 0.55, 0.25)
BLACK = (0.05, 0.05, 0.05)
WHITE = (0.96, 0.96, 0.96)
GREY = (0.47, 0.47, 0.47)


def render(truth, colours, *, blur=1.0, noise=0.02, seed=0):
    """Paint a label map with colours, blur it like a lens, add sensor noise."""
    img = np.asarray(colours, np.float32)[truth]
    if blur:
        img = ndi.gaussian_filter(img, (blur, blur, 0))
    rng = np.random.default_rng(seed)
    return np.clip(img + rng.normal(0, noise, img.shape), 0, 1).astype(np.float32)


def felt_truth(h=560, w=560):
    """Red field, a 4 px gold frame (~2 %) around a cream field, navy diamonds."""
    yy, xx = np.mgrid[:h, :w]
    t = np.zeros((h, w), np.uint8)                               # 0 red
    m = 40
    outer = (yy >= m) & (yy < h - m) & (xx >= m) & (xx < w - m)
    inner = (yy >= m + 4) & (yy < h - m - 4) & (xx >= m + 4) & (xx < w - m - 4)
    t[inner] = 1                                                 # cream
    t[outer & ~inner] = 3                                        # gold
    t[np.abs(yy - h // 2) + np.abs(xx - w // 2) < 110] = 2        # navy
    t[(yy - h // 2) ** 2 + (xx - w // 2) ** 2 < 25 ** 2] = 0
    for py, px in ((100, 100), (100, w - 100), (h - 100, 100), (h - 100, w - 100)):
        t[np.abs(yy - py) + np.abs(xx - px) < 28] = 2
    return t


FELT_COLOURS = [RED, CREAM, NAVY, GOLD]


@pytest.fixture(scope="module")
def felt():
    t = felt_truth()
    return render(t, FELT_COLOURS), t


def best_iou(truth, labels, k):
    a = truth == k
    return max(((a & (labels == j)).sum() / (a | (labels == j)).sum())
               for j in range(int(labels.max()) + 1))


def blobs_truth(k, h=240, w=240, seed=0):
    """k colour regions of different sizes (Voronoi cells of random seeds)."""
    rng = np.random.default_rng(seed)
    pts = rng.uniform(0, [h, w], size=(3 * k, 2))
    yy, xx = np.mgrid[:h, :w]
    d = (yy[..., None] - pts[:, 0]) ** 2 + (xx[..., None] - pts[:, 1]) ** 2
    return (np.argmin(d, axis=2) % k).astype(np.uint8)


PALETTE6 = [RED, CREAM, NAVY, GOLD, GREEN, BLACK]


def components_ok(out, min_area, connectivity):
    comp = cc_label(out.astype(np.int32) + 1, connectivity=connectivity, background=0)
    areas = np.bincount(comp.ravel())[1:]
    return areas


# --------------------------------------------------------------------------- colour

def test_fast_lab_matches_core():
    rgb = np.random.default_rng(3).random((20000, 3), dtype=np.float32)
    rgb[:8] = [[0, 0, 0], [1, 1, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0.01, 0.01, 0.01],
               [0.5, 0.5, 0.5], [0.002, 0.0, 0.004]]
    fast = S._fast_rgb_to_lab(rgb)
    ref = rgb_to_lab(rgb.astype(np.float64))
    assert fast.dtype == np.float32
    assert np.abs(fast - ref).max() < 0.02


# --------------------------------------------------------------------------- k-means

def test_kmeans_deterministic_and_fixed_centres():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.normal(c, 1.0, (300, 3)) for c in ([0, 0, 0], [20, 0, 0], [0, 30, 0])])
    c1, l1 = kmeans(x, 3, seed=5)
    c2, l2 = kmeans(x, 3, seed=5)
    assert np.array_equal(c1, c2) and np.array_equal(l1, l2)
    assert sorted(np.round(c1[:, 0] + c1[:, 1]).tolist()) == pytest.approx([0, 20, 30], abs=1)
    fixed = np.array([[50.0, 50, 50]])
    c3, _ = kmeans(x, 3, fixed=fixed)
    assert np.array_equal(c3[0], fixed[0]) and len(c3) == 4


def test_kmeans_fewer_distinct_points_than_k():
    x = np.repeat(np.array([[0.0, 0, 0], [5, 5, 5]]), 50, axis=0)
    c, lab = kmeans(x, 6)
    assert len(c) == 2
    assert len(np.unique(lab)) == 2


def test_nearest_centre_matches_bruteforce():
    rng = np.random.default_rng(1)
    x, c = rng.normal(0, 30, (500, 3)), rng.normal(0, 30, (7, 3))
    lab, d2 = nearest_centre(x, c)
    full = ((x[:, None] - c[None]) ** 2).sum(2)
    assert np.array_equal(lab, full.argmin(1))
    assert np.allclose(d2, full.min(1))


# --------------------------------------------------------------------------- segment

def test_thin_gold_frame_survives_with_n4(felt):
    img, truth = felt
    assert 0.015 < (truth == 3).mean() < 0.03
    seg = segment(img, SegmentParams(n_colors=4))
    assert isinstance(seg, Segmentation)
    assert seg.n_colors == 4 and seg.labels.dtype == np.uint8
    assert seg.labels.shape == truth.shape
    assert np.array_equal(np.unique(seg.labels), np.arange(4))
    for k in range(4):
        assert best_iou(truth, seg.labels, k) >= 0.95, k
    # the gold class's colour is gold, not a blend with its neighbours
    gold_lab = rgb_to_lab(np.array(GOLD))
    assert delta_e_ciede2000(seg.palette_lab, gold_lab).min() < 5
    assert seg.palette_rgb.dtype == np.uint8 and seg.palette_lab.shape == (4, 3)
    assert not seg.pinned.any()
    assert seg.suggested_n == 4


def test_automatic_n_on_felt(felt):
    img, truth = felt
    seg = segment(img, SegmentParams())
    assert seg.n_colors == seg.suggested_n == 4
    assert best_iou(truth, seg.labels, 3) >= 0.95


def test_pure_distance_merging_would_lose_the_frame():
    """The blend-aware cost is what saves the small distinct colour.

    A, C: large; B: their 50 % blend (on a colour ramp); G: small, distinct,
    but closer to C than B is to A or C.  Reducing to 3 must dissolve B.
    """
    a, c = rgb_to_lab(np.array(NAVY)), rgb_to_lab(np.array(CREAM))
    b = rgb_to_lab((np.array(NAVY) + np.array(CREAM)) / 2)
    g = rgb_to_lab(np.array(GOLD))
    centres = np.array([a, c, b, g])
    de = delta_e_ciede2000(centres[:, None], centres[None])
    assert de[3, 1] < min(de[2, 0], de[2, 1])      # plain ΔE merging would merge G first
    cl = S._Clusters(centres, np.array([0.45, 0.45, 0.08, 0.02]),
                     np.array([0.05, 0.05, 0.9, 0.3]), np.full(4, 3.0), np.full(4, -1))
    _, out = S._walk(cl, n_target=3, max_colors=8)
    assert len(out) == 3
    kept = delta_e_ciede2000(out.centres[:, None], np.array([a, c, g])[None]).min(0)
    assert (kept < 1).all()
    assert out.weights.sum() == pytest.approx(1.0)


def test_real_mid_colour_region_is_not_taken_for_a_blend():
    """Grey between black and white is a blend by colour, but a big grey area
    is not on a ramp: it stays, while black/white blur halos do not turn grey."""
    h, w = 240, 300
    t = np.zeros((h, w), np.uint8)                               # black
    t[:, 100:200] = 1                                            # white
    t[60:180, 220:290] = 2                                       # grey block on black
    t[20:60, 30:80] = 3                                          # small gold patch
    img = render(t, [BLACK, WHITE, GREY, GOLD], blur=1.2, noise=0.015)
    seg = segment(img, SegmentParams(n_colors=4))
    for k in range(4):
        assert best_iou(t, seg.labels, k) >= 0.95, k
    grey = np.argmin(delta_e_ciede2000(seg.palette_lab, rgb_to_lab(np.array(GREY))))
    # no grey halo along the black/white edges (columns 100 and 200)
    edges = seg.labels[:, 95:105], seg.labels[:, 195:205]
    assert sum(int((e == grey).sum()) for e in edges) <= 5


def test_thin_mixture_coloured_line_is_blur_unless_pinned():
    """A 2 px grey line between black and white looks exactly like blur;
    unblending removes it, pinning its colour keeps it."""
    t = np.zeros((100, 120), np.uint8)
    t[:, 60:] = 1
    t[:, 59:61] = 2                          # grey line on the black/white edge
    t[10:40, 10:40] = 2                      # and a real grey block
    img = render(t, [BLACK, WHITE, GREY], blur=0, noise=0.01)
    seg = segment(img, SegmentParams(n_colors=3, smoothing=0))
    grey = np.argmin(delta_e_ciede2000(seg.palette_lab, rgb_to_lab(np.array(GREY))))
    assert (seg.labels[:, 59:61] == grey).mean() < 0.1
    assert (seg.labels[10:40, 10:40] == grey).all()
    pinned = segment(img, SegmentParams(n_colors=3, smoothing=0, pinned=("#787878",)))
    assert pinned.pinned[0] and (pinned.labels[:, 59:61] == 0).mean() > 0.9


@pytest.mark.parametrize("n", [2, 3, 5, 6])
def test_exact_n(n):
    t = blobs_truth(6, seed=2)
    img = render(t, PALETTE6)
    seg = segment(img, SegmentParams(n_colors=n))
    assert seg.n_colors == n
    assert np.array_equal(np.unique(seg.labels), np.arange(n))
    assert seg.palette_rgb.shape == (n, 3)
    if n == 6:
        for k in range(6):
            assert best_iou(t, seg.labels, k) >= 0.95


def test_fewer_distinct_colours_than_requested():
    t = blobs_truth(2, h=60, w=60)
    img = np.asarray([RED, CREAM], np.float32)[t]                # flat, no noise
    seg = segment(img, SegmentParams(n_colors=5, smoothing=0))
    assert seg.n_colors == 2
    assert best_iou(t, seg.labels, 0) == 1.0


def test_single_colour_image():
    img = np.full((30, 40, 3), 0.4, np.float32)
    seg = segment(img, SegmentParams())
    assert seg.n_colors == 1 and seg.suggested_n == 1
    assert (seg.labels == 0).all()


@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_suggest_n_on_k_colours(k):
    t = blobs_truth(k, seed=k)
    img = render(t, PALETTE6[:k], blur=1.0, noise=0.025, seed=k)
    seg = segment(img, SegmentParams())
    assert seg.suggested_n == k
    assert seg.n_colors == k


def test_suggest_n_colors_on_samples():
    rng = np.random.default_rng(0)
    for k in (2, 3, 4, 5):
        cols = rgb_to_lab(np.array(PALETTE6[:k]))
        samples = cols[rng.integers(k, size=20000)] + rng.normal(0, 2.0, (20000, 3))
        assert suggest_n_colors(samples) == k
        assert suggest_n_colors(samples, max_colors=2) == min(k, 2)
    with pytest.raises(ValueError):
        suggest_n_colors(np.zeros((0, 3)))


def test_pinned_colour_exact_and_kept(felt):
    img, truth = felt
    seg = segment(img, SegmentParams(n_colors=4, pinned=("#c01e22",)))
    assert seg.n_colors == 4
    assert seg.pinned.tolist() == [True, False, False, False]
    assert seg.palette_rgb[0].tolist() == [0xc0, 0x1e, 0x22]
    assert np.allclose(seg.palette_lab[0], rgb_to_lab(np.array([0xc0, 0x1e, 0x22]) / 255.0))
    assert best_iou(truth, seg.labels, 0) >= 0.95          # the red area went to it
    assert (seg.labels == 0).any()
    # A colour absent from the image still stays, and N counts it.
    seg2 = segment(img, SegmentParams(n_colors=5, pinned=("#00ff00", "#f3e6c2")))
    assert seg2.n_colors == 5
    assert seg2.pinned.tolist() == [True, True, False, False, False]
    assert seg2.palette_rgb[0].tolist() == [0, 255, 0]
    assert seg2.palette_rgb[1].tolist() == [0xf3, 0xe6, 0xc2]
    assert best_iou(truth, seg2.labels, 3) >= 0.95          # gold still there


def test_pinned_colours_never_merge_together(felt):
    img, _ = felt
    p = SegmentParams(n_colors=3, pinned=("#b81a1e", "#bb1c20"), merge_delta_e=10.0)
    seg = segment(img, p)
    assert seg.pinned.sum() == 2
    assert seg.palette_rgb[:2].tolist() == [[0xb8, 0x1a, 0x1e], [0xbb, 0x1c, 0x20]]


def test_merge_delta_e():
    t = blobs_truth(4, seed=7)
    red2 = (0.78, 0.14, 0.14)                                # ΔE2000 ~ 3-5 from RED
    img = render(t, [RED, red2, CREAM, NAVY], blur=0.8, noise=0.01)
    assert delta_e_ciede2000(rgb_to_lab(np.array(RED)), rgb_to_lab(np.array(red2))) < 8
    seg = segment(img, SegmentParams(n_colors=4))
    assert seg.n_colors == 4
    merged = segment(img, SegmentParams(n_colors=4, merge_delta_e=10.0))
    assert merged.n_colors == 3
    de = delta_e_ciede2000(merged.palette_lab[:, None], merged.palette_lab[None])
    assert de[~np.eye(3, dtype=bool)].min() >= 10.0
    assert np.array_equal(np.unique(merged.labels), np.arange(3))


def test_determinism(felt):
    img, _ = felt
    p = SegmentParams(n_colors=5)
    a, b = segment(img, p), segment(img.copy(), p)
    assert np.array_equal(a.labels, b.labels)
    assert np.array_equal(a.palette_lab, b.palette_lab)
    assert a.suggested_n == b.suggested_n


def test_input_not_modified_and_result_read_only(felt):
    img, _ = felt
    before = img.copy()
    seg = segment(img, SegmentParams(n_colors=4))
    assert np.array_equal(img, before)
    with pytest.raises(ValueError):
        seg.labels[0, 0] = 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.suggested_n = 3


def test_speckles_removed_by_min_area_and_mm2():
    t = np.zeros((80, 80), np.uint8)
    t[10:13, 10:13] = 1          # 9 px speck
    t[40:45, 40:45] = 1          # 25 px blob
    t[60:80, :] = 2
    img = np.asarray([CREAM, NAVY, RED], np.float32)[t]
    # 4 mm² at 0.5 mm/px = 16 px: the 9 px speck goes, the 25 px blob stays
    p = SegmentParams(n_colors=3, min_area=4.0, min_area_unit="mm2", smoothing=0)
    seg = segment(img, p, mm_per_px=0.5)
    navy = np.argmin(delta_e_ciede2000(seg.palette_lab, rgb_to_lab(np.array(NAVY))))
    assert (seg.labels[10:13, 10:13] != navy).all()
    assert (seg.labels[40:45, 40:45] == navy).all()
    with pytest.raises(ValueError, match="mm_per_px"):
        segment(img, p)
    # px unit: 30 px removes both navy regions; N was requested, so the class is
    # kept (its largest region survives) ...
    seg = segment(img, SegmentParams(n_colors=3, min_area=30, smoothing=0))
    assert seg.n_colors == 3 and (seg.labels[40:45, 40:45] == navy).all()
    # ... while with the automatic N it vanishes and the palette is re-indexed
    seg = segment(img, SegmentParams(min_area=30, smoothing=0))
    assert seg.n_colors == 2
    assert np.array_equal(np.unique(seg.labels), np.arange(2))


def test_smoothing_never_erases_a_requested_class():
    """A 1 px line inside one colour dies under a 3x3 majority; with N given it is put back."""
    t = np.zeros((120, 160), np.uint8)
    t[:, 80:] = 1
    t[20:100, 40] = 2                        # 1 px gold line inside red
    img = render(t, [RED, CREAM, GOLD], blur=0, noise=0.005)
    seg = segment(img, SegmentParams(n_colors=3, smoothing=1, min_area=10))
    assert seg.n_colors == 3
    gold = np.argmin(delta_e_ciede2000(seg.palette_lab, rgb_to_lab(np.array(GOLD))))
    assert (seg.labels[20:100, 40] == gold).mean() > 0.95
    # with the automatic N (and smoothing), the line is erased and not counted
    auto = segment(img, SegmentParams(n_colors=None, smoothing=1, min_area=10))
    assert auto.n_colors == 2


def test_auto_min_area():
    assert S.auto_min_area(100, 100) == 4.0
    assert S.auto_min_area(1500, 2000) == pytest.approx(60.0)


def test_progress_and_cancel(felt):
    img, _ = felt
    seen = []
    segment(img, SegmentParams(n_colors=4), progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        segment(img, SegmentParams(n_colors=4), cancel=token)


def test_relabel_to_palette(felt):
    img, truth = felt
    seg = segment(img, SegmentParams(n_colors=4, smoothing=0))
    lab = relabel_to_palette(img, seg.palette_lab)
    assert lab.dtype == np.uint8 and lab.shape == truth.shape
    assert (lab == seg.labels).mean() > 0.995
    plain = relabel_to_palette(img, seg.palette_lab, unblend=False)
    ref = np.argmin(((rgb_to_lab(img.astype(np.float64))[..., None, :]
                      - seg.palette_lab) ** 2).sum(-1), axis=-1)
    assert (plain == ref).mean() > 0.999                   # LUT rounding may flip exact ties
    # swapped palette -> swapped labels
    swapped = relabel_to_palette(img, seg.palette_lab[::-1], unblend=False)
    assert np.array_equal(swapped, 3 - plain)


@pytest.mark.parametrize("kwargs", [
    dict(n_colors=0), dict(n_colors=65), dict(smoothing=-1), dict(smoothing=1.5),
    dict(min_area=-1.0), dict(min_area_unit="cm"), dict(merge_delta_e=-2.0),
    dict(pinned=("red",)), dict(pinned=("#12345",)), dict(pinned=(1,)),
    dict(pinned=("#ff0000", "#FF0000")), dict(n_colors=1, pinned=("#ff0000", "#00ff00")),
    dict(max_auto_colors=1),
])
def test_bad_params(kwargs, felt):
    img, _ = felt
    with pytest.raises(ValueError):
        segment(img[:20, :20], SegmentParams(**kwargs))


@pytest.mark.parametrize("img", [
    np.zeros((10, 10), np.float32), np.zeros((10, 10, 4), np.float32),
    np.zeros((0, 10, 3), np.float32), np.full((4, 4, 3), np.nan, np.float32),
    np.zeros((4, 4, 3), np.int32), [[0.0, 0.0, 0.0]],
])
def test_bad_images(img):
    with pytest.raises(ValueError):
        segment(img, SegmentParams())


def test_bad_other_arguments(felt):
    img = felt[0][:20, :20]
    with pytest.raises(ValueError):
        segment(img, {"n_colors": 3})
    for bad in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError):
            segment(img, SegmentParams(), mm_per_px=bad)
    with pytest.raises(ValueError):
        remove_speckles(np.zeros((3, 3), np.float32), 2)
    with pytest.raises(ValueError):
        remove_speckles(np.zeros((3, 3), np.uint8), 2, connectivity=3)
    with pytest.raises(ValueError):
        majority_filter(np.full((3, 3), 4, np.uint8), 1, 3)
    with pytest.raises(ValueError):
        relabel_to_palette(img, np.zeros((0, 3)))


# --------------------------------------------------------------------------- filters

def test_majority_filter_removes_salt_and_pepper():
    t = blobs_truth(3, h=120, w=120)
    rng = np.random.default_rng(0)
    noisy = t.copy()
    flip = rng.random(t.shape) < 0.03
    noisy[flip] = rng.integers(0, 3, flip.sum())
    out = majority_filter(noisy, 1, 3)
    assert out.dtype == noisy.dtype
    assert (noisy != t).mean() > 0.015
    assert (out != t).mean() < 0.002
    assert np.array_equal(majority_filter(noisy, 0, 3), noisy)


def test_majority_filter_ties_keep_own_label():
    lab = np.zeros((7, 7), np.uint8)
    lab[:, 3] = 1          # 1 px line between 0 and 2: a 3:3:3 tie
    lab[:, 4:] = 2
    out = majority_filter(lab, 1, 3)
    assert (out[:, 3] == 1).all()
    lab2 = np.zeros((7, 7), np.uint8)
    lab2[:, 3] = 1         # 1 px line inside one colour: erased
    assert (majority_filter(lab2, 1, 2) == 0).all()


def test_remove_speckles_fills_from_surroundings():
    lab = np.zeros((9, 9), np.uint8)
    lab[:, 5:] = 2
    lab[3:5, 1:3] = 1      # speck inside 0
    lab[3, 6] = 0          # speck of 0 inside 2
    out = remove_speckles(lab, 5)
    assert (out[3:5, 1:3] == 0).all() and out[3, 6] == 2
    assert out.dtype == lab.dtype
    assert np.array_equal(remove_speckles(lab, 0), lab)


@settings(max_examples=150, deadline=None)
@given(labels=hnp.arrays(np.uint8, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1,
                                                    max_side=24),
                         elements=st.integers(0, 3)),
       min_area=st.integers(0, 30), connectivity=st.sampled_from([1, 2]),
       keep=st.booleans())
def test_remove_speckles_property(labels, min_area, connectivity, keep):
    out = remove_speckles(labels, min_area, connectivity=connectivity, keep_classes=keep)
    assert out.shape == labels.shape and out.dtype == labels.dtype
    assert set(np.unique(out)) <= set(np.unique(labels))
    areas = components_ok(out, min_area, connectivity)
    if keep:
        # every class survives; only its one protected region may be small
        assert set(np.unique(out)) == set(np.unique(labels))
        comp = cc_label(out.astype(np.int32) + 1, connectivity=connectivity, background=0)
        small = np.flatnonzero(areas < min_area) + 1
        cls_of_small = [int(out[comp == c][0]) for c in small]
        assert len(cls_of_small) == len(set(cls_of_small))
    elif labels.size >= min_area:
        assert (areas >= min_area).all()
    else:
        assert len(areas) == 1
    # pixels of regions that were already large are untouched
    comp_in = cc_label(labels.astype(np.int32) + 1, connectivity=connectivity, background=0)
    big = (np.bincount(comp_in.ravel()) >= max(min_area, 1))[comp_in]
    assert np.array_equal(out[big], labels[big])


@settings(max_examples=60, deadline=None)
@given(labels=hnp.arrays(np.uint8, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1,
                                                    max_side=24),
                         elements=st.integers(0, 2)),
       min_area=st.integers(2, 30), connectivity=st.sampled_from([1, 2]))
def test_remove_speckles_property_bulk_path(labels, min_area, connectivity):
    """The same guarantee when specks are first filled in bulk (nearest pixel)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(speckles, "_BULK_SPECKLES", 0)
        out = remove_speckles(labels, min_area, connectivity=connectivity)
    areas = components_ok(out, min_area, connectivity)
    if labels.size >= min_area:
        assert (areas >= min_area).all()


def test_remove_speckles_scales_to_large_speckle_fields():
    rng = np.random.default_rng(0)
    lab = (rng.random((300, 300)) < 0.5).astype(np.uint8)      # pure noise
    out = remove_speckles(lab, 20)
    areas = components_ok(out, 20, 1)
    assert (areas >= 20).all()
