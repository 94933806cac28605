"""Symmetry repair: detection finds the group a motif was drawn with, symmetrise restores it."""
import numpy as np
import pytest

from motifstudio.core.colour import rgb_to_lab
from motifstudio.imaging import symmetry_repair as sr
from motifstudio.imaging.corrections import Correction, apply_corrections
from motifstudio.imaging.params import Recipe
from motifstudio.imaging.symmetry_repair import detect_symmetry, snap_centre, symmetrise
from symmetric_motifs import PALETTE, asymmetric, boundary, rosette, tulip, with_blobs


def window(labels, centre, square=False):
    """The largest block of pixels centred on *centre* (all its copies stay inside)."""
    h, w = labels.shape
    cx, cy = centre
    rx, ry = min(cx, w - cx), min(cy, h - cy)
    if square:
        rx = ry = min(rx, ry)
    rx -= (cx - rx) % 1  # integer bounds
    ry -= (cy - ry) % 1
    return labels[int(cy - ry):int(cy + ry), int(cx - rx):int(cx + rx)]


def assert_invariant(labels, name, centre):
    """Exact invariance, checked with numpy's own flips on the centred block."""
    q = window(labels, centre, square=name in ("C4", "D4"))
    checks = {"mirror-v": [q[:, ::-1]], "mirror-h": [q[::-1]], "C2": [q[::-1, ::-1]],
              "D2": [q[:, ::-1], q[::-1]], "C4": [np.rot90(q)],
              "D4": [np.rot90(q), q[:, ::-1], q.T]}[name]
    assert q.size > 0.5 * labels.size
    for other in checks:
        assert np.array_equal(q, other), f"not invariant under {name}"


def near(a, b, tol=1.0):
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


# ----------------------------------------------------------------- detection
def test_a_noisy_rosette_off_centre_is_D4_about_its_centre():
    labels = with_blobs(rosette(170, 166, cx=80, cy=88), n=10, seed=1)
    cands = detect_symmetry(labels)
    best = cands[0]
    assert best.name == "D4" and best.likely and best.score > 0.95
    assert near(best.centre, (80, 88))
    assert {c.name for c in cands} == set(sr.GROUPS)
    # every subgroup is likely too, and comes after the largest group
    assert all(c.likely for c in cands)
    assert [c.order for c in cands] == sorted((c.order for c in cands), reverse=True)


def test_a_mirror_only_motif_is_mirror_v_and_nothing_more():
    labels = with_blobs(tulip(cx=80.5), n=8, seed=2)
    cands = detect_symmetry(labels)
    assert cands[0].name == "mirror-v" and cands[0].likely
    assert abs(cands[0].centre[0] - 80.5) <= 1
    assert [c.name for c in cands if c.likely] == ["mirror-v"]
    # a 170 x 150 frame is not square: quarter turns are not tried
    assert not {"C4", "D4"} & {c.name for c in cands}


def test_an_asymmetric_motif_has_no_likely_symmetry():
    cands = detect_symmetry(with_blobs(asymmetric(), n=8, seed=3))
    assert not any(c.likely for c in cands)
    assert max(c.score for c in cands) < sr.LIKELY_SCORE


def test_a_small_figure_on_a_plain_ground_is_not_symmetric_by_chance():
    labels = np.zeros((300, 300), np.uint8)
    labels[90:210, 90:210] = asymmetric(120, 120)[::-1]
    labels[100:130, 150:170] = 1
    cands = detect_symmetry(labels)
    assert max(c.score for c in cands) >= sr.LIKELY_SCORE  # the plain ground agrees with itself
    assert max(c.figure for c in cands) < 0.6               # the figure does not
    assert not any(c.likely for c in cands)


def test_a_large_map_is_searched_coarsely_and_refined():
    small = with_blobs(rosette(170, 166, cx=80, cy=88), n=10, seed=4)
    big = np.repeat(np.repeat(small, 7, 0), 7, 1)  # 1190 x 1162: a 4x coarse, 2x fine copy
    best = detect_symmetry(big)[0]
    assert best.name == "D4" and best.likely
    assert near(best.centre, (560, 616), tol=1.0)


def test_fft_scores_equal_direct_counts():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 3, (23, 29))
    for key in ("fv", "fh", "r180", "r90", "r270", "diag", "anti"):
        full, both = sr._correlations(labels, [key], 1)
        g_shape = sr._OPS[key](labels).shape
        for s in [(0, 0), (2, -3), (-4, 1), (5, 5)]:
            agree, agree_ground, _ = sr._agreement(labels, key, s, 1)
            m = g_shape[0] - 1 - s[0], g_shape[1] - 1 - s[1]
            assert (full[key][m], both[key][m]) == (agree, agree_ground)


def test_detection_refuses_bad_input():
    with pytest.raises(ValueError, match="2-D"):
        detect_symmetry(np.zeros((4, 4, 3), int))
    with pytest.raises(ValueError, match="integer"):
        detect_symmetry(np.zeros((10, 10)))
    with pytest.raises(ValueError, match="max_shift"):
        detect_symmetry(np.zeros((10, 10), int), max_shift=0.5)


# ----------------------------------------------------------------- symmetrise
def test_symmetrise_removes_noise_except_next_to_boundaries():
    clean = rosette(170, 166, cx=80, cy=88)
    noisy = with_blobs(clean, n=10, seed=5)
    out = symmetrise(noisy, "D4", (80, 88))
    assert out.dtype == noisy.dtype
    assert ((out != clean) & ~boundary(clean, 1)).sum() == 0


@pytest.mark.parametrize("name", ["D4", "C4", "D2", "C2", "mirror-v", "mirror-h"])
def test_symmetrise_is_exactly_invariant(name):
    noisy = with_blobs(rosette(170, 166, cx=80, cy=88), n=12, seed=11)
    assert_invariant(symmetrise(noisy, name, (80, 88)), name, (80, 88))


@pytest.mark.parametrize("name", ["D4", "C4", "D2"])
def test_noise_in_one_quadrant_is_removed_entirely(name):
    # each orbit then has at most one noisy copy: a clean majority
    clean = rosette(170, 166, cx=80, cy=88)
    noisy = with_blobs(clean, n=6, seed=5, within=(0, 0, 74, 82))
    assert np.array_equal(symmetrise(noisy, name, (80, 88)), clean)


@pytest.mark.parametrize("name, centre, within", [
    ("mirror-v", (80.5, 75), (0, 0, 75, 150)),
    ("C2", (85, 75), (0, 0, 170, 70)),
])
def test_two_copies_remove_blobs_in_plain_areas(name, centre, within):
    # With two copies every disagreement is a tie; the surroundings break it.
    clean = tulip(cx=centre[0], cy=centre[1])
    if name == "C2":
        clean = np.maximum(clean, clean[::-1, ::-1])
    noisy = with_blobs(clean, n=6, seed=6, away_from_edges=True, within=within)
    assert (noisy != clean).sum() > 200
    assert np.array_equal(symmetrise(noisy, name, centre), clean)
    assert_invariant(symmetrise(with_blobs(clean, n=10, seed=7), name, centre), name, centre)


def test_a_symmetric_map_is_left_as_it_is_and_the_input_untouched():
    clean = rosette(170, 166, cx=80, cy=88)
    before = clean.copy()
    for name in sr.GROUPS:
        assert np.array_equal(symmetrise(clean, name, (80, 88)), clean)
    assert np.array_equal(clean, before)


def test_wobbly_edges_become_symmetric():
    clean = tulip(cx=85)
    wobbly = clean.copy()
    wobbly[:, 60:70] = np.roll(clean[:, 60:70], 2, axis=0)  # one side shifted 2 px
    out = symmetrise(wobbly, "mirror-v", (85, 75))
    assert_invariant(out, "mirror-v", (85, 75))
    assert ((out != clean) & ~boundary(clean, 2)).sum() == 0


def test_copies_outside_the_frame_do_not_vote():
    clean = tulip(cx=80.5)
    out = symmetrise(with_blobs(clean, n=8, seed=8), "mirror-v", (30, 75))
    noisy = with_blobs(clean, n=8, seed=8)
    # pixels right of x = 60 have their mirror image outside the frame: unchanged
    assert np.array_equal(out[:, 60:], noisy[:, 60:])


def test_an_off_grid_centre_samples_the_nearest_pixel():
    clean = rosette(170, 166, cx=80, cy=88)
    out = symmetrise(with_blobs(clean, n=10, seed=9), "D4", (80.3, 87.8))
    assert ((out != clean) & ~boundary(clean, 1)).sum() == 0


def test_snap_centre():
    assert snap_centre("mirror-v", (10.3, 7.8)) == (10.5, 8.0)
    assert snap_centre("C2", (10.1, 7.26)) == (10.0, 7.5)
    # quarter turns: x and y both whole or both half
    for name in ("C4", "D4"):
        x, y = snap_centre(name, (10.3, 7.4))
        assert (x, y) == (10.5, 7.5)
        assert (x - y) % 1 == 0
    with pytest.raises(ValueError, match="unknown symmetry"):
        snap_centre("D6", (0, 0))


def test_symmetrise_refuses_bad_input():
    labels = rosette()
    with pytest.raises(ValueError, match="unknown symmetry"):
        symmetrise(labels, "mirror", (80, 80))
    with pytest.raises(ValueError, match="centre"):
        symmetrise(labels, "D4", (80,))
    with pytest.raises(ValueError, match="finite"):
        symmetrise(labels, "D4", (np.nan, 80))
    with pytest.raises(ValueError, match="negative|>= 0"):
        symmetrise(labels.astype(int) - 1, "D4", (80, 80))


# ----------------------------------------------------------------- the correction
LAB = rgb_to_lab(PALETTE)


def test_symmetrise_correction_serialises_and_round_trips():
    c = Correction("symmetrise", 0, group="D4", centre=(80.0, 88.5))
    assert c.to_dict() == {"op": "symmetrise", "group": "D4", "centre": [80.0, 88.5]}
    assert Correction.from_dict(c.to_dict()) == c
    r = Recipe(corrections=(Correction("merge", 2, to=0), c))
    assert Recipe.from_dict(r.to_dict()) == r


def test_existing_corrections_serialise_as_before():
    assert Correction("merge", 2, to=0).to_dict() == {"op": "merge", "cls": 2, "to": 0}
    assert Correction("brush", 1, points=((1.0, 2.0),), radius=2.0, ref=(1, 2, 3)).to_dict() == {
        "op": "brush", "cls": 1, "points": [[1.0, 2.0]], "radius": 2.0, "ref": [1, 2, 3]}
    assert Correction.from_dict({"op": "fill", "cls": 1, "points": [[3, 4]]}) == \
        Correction("fill", 1, points=((3.0, 4.0),))


@pytest.mark.parametrize("bad, why", [
    ({"op": "symmetrise", "group": "D6", "centre": [1, 2]}, "unknown symmetry"),
    ({"op": "symmetrise", "group": "D4"}, "needs 'group' and 'centre'"),
    ({"op": "symmetrise", "group": "D4", "centre": [1]}, "centre"),
    ({"op": "symmetrise", "group": "D4", "centre": [1, "x"]}, "centre"),
    ({"op": "symmetrise", "group": "D4", "centre": [True, 2]}, "centre"),
    ({"op": "symmetrise", "group": "D4", "centre": [float("nan"), 2]}, "finite"),
    ({"op": "symmetrise", "group": "D4", "centre": [-5, 2]}, "in the frame"),
    ({"op": "symmetrise", "group": "D4", "centre": [1, 2], "radius": 3}, "unknown field"),
])
def test_bad_symmetrise_corrections_are_refused(bad, why):
    with pytest.raises(ValueError, match=why):
        Correction.from_dict(bad)


def test_group_and_centre_belong_to_symmetrise_only():
    with pytest.raises(ValueError, match="symmetrise only"):
        Correction("merge", 1, to=0, group="D4").check()


def test_replay_scales_the_centre_to_the_working_resolution():
    clean = rosette(170, 166, cx=80, cy=88)
    noisy = with_blobs(clean, n=10, seed=10)
    # the frame is twice the working size: the centre (160, 176) is (80, 88) here
    c = Correction("symmetrise", 0, group="D4", centre=(160.0, 176.0))
    out, pal, rgb, skipped = apply_corrections(noisy, LAB, PALETTE, [c], scale=0.5)
    assert skipped == [] and np.array_equal(out, clean)
    # an odd scale lands the centre off the grid: replay snaps it, so the result is exact
    c = Correction("symmetrise", 0, group="D4", centre=(80.4 / 0.7, 88.3 / 0.7))
    out, *_ = apply_corrections(noisy, LAB, PALETTE, [c], scale=0.7)
    assert_invariant(out, "D4", (80.5, 88.5))


def test_a_colour_left_only_in_the_noise_disappears():
    clean = rosette(170, 166, cx=80, cy=88)
    noisy = clean.copy()
    noisy[20:24, 100:104] = 3  # a speck of a fourth colour
    rgb4 = np.vstack([PALETTE, [[0, 200, 0]]]).astype(np.uint8)
    c = Correction("symmetrise", 0, group="D2", centre=(80.0, 88.0))
    out, pal, rgb, _ = apply_corrections(noisy, rgb_to_lab(rgb4), rgb4, [c])
    assert len(rgb) == 3 and np.array_equal(out, clean)


def test_a_centre_outside_the_working_frame_is_skipped():
    c = Correction("symmetrise", 0, group="C2", centre=(5000.0, 10.0))
    out, _, _, skipped = apply_corrections(rosette(), LAB, PALETTE, [c])
    assert skipped == [c] and np.array_equal(out, rosette())


@pytest.mark.parametrize("centre", [(13.5, 11.5), (13.0, 11.0), (13.5, 11.0), (12.3, 10.8)])
def test_each_copy_is_the_pixel_holding_the_transformed_pixel_centre(centre):
    # Brute force, pixel by pixel: c + R (p - c), then the pixel containing it.
    labels = np.random.default_rng(1).integers(0, 50, (23, 27))
    h, w = labels.shape
    for key, ((a, b), (c, d)) in sr._R.items():
        got = sr._orbit_sum(labels + 1, (key,), centre)  # 0 where the copy is outside
        want = np.zeros_like(labels)
        for i in range(h):
            for j in range(w):
                x, y = j + 0.5 - centre[0], i + 0.5 - centre[1]
                jj = int(np.floor(centre[0] + a * x + b * y))
                ii = int(np.floor(centre[1] + c * x + d * y))
                if 0 <= ii < h and 0 <= jj < w:
                    want[i, j] = labels[ii, jj] + 1
        assert np.array_equal(got, want), key
