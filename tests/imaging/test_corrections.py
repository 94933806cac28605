"""Hand corrections: each op changes exactly what it says, and replays from the recipe."""
import numpy as np
import pytest

from motifstudio.core.colour import rgb_to_lab
from motifstudio.imaging.corrections import Correction, apply_corrections
from motifstudio.imaging.params import Recipe

RGB = np.array([[200, 30, 40], [240, 230, 200], [30, 40, 100]], np.uint8)
LAB = rgb_to_lab(RGB)


def base():
    lab = np.zeros((20, 30), np.uint8)
    lab[5:15, 5:12] = 1
    lab[5:15, 18:25] = 2
    return lab


def test_no_corrections_is_identity():
    out, pal, rgb, skipped = apply_corrections(base(), LAB, RGB, [])
    assert np.array_equal(out, base()) and np.array_equal(rgb, RGB) and skipped == []


def test_brush_paints_a_band_of_the_radius():
    c = Correction("brush", 2, points=((0.0, 2.5), (30.0, 2.5)), radius=1.0)
    out, *_ = apply_corrections(base(), LAB, RGB, [c])
    assert (out[2] == 2).all() and (out[1] == 2).all() and (out[3] == 2).all()
    assert (out[0] == 0).all() and (out[4] == 0).all()


def test_brush_coordinates_follow_the_working_scale():
    c = Correction("brush", 1, points=((10.0, 10.0),), radius=2.0)
    out, *_ = apply_corrections(base(), LAB, RGB, [c], scale=0.5)
    assert out[5, 5] == 1 and out[0, 0] == 0


def test_fill_takes_only_the_connected_region():
    lab = base()
    lab[5:15, 18:25] = 1  # two separate regions of class 1
    out, pal, rgb, _ = apply_corrections(lab, LAB, RGB, [Correction("fill", 2, points=((6.0, 6.0),))])
    assert (out[5:15, 5:12] == 2).all()
    assert (out[5:15, 18:25] == 1).all()


def test_merge_removes_the_colour_and_renumbers():
    out, pal, rgb, _ = apply_corrections(base(), LAB, RGB, [Correction("merge", 1, to=0)])
    assert len(rgb) == 2 and tuple(rgb[1]) == tuple(RGB[2])
    assert (out[5:15, 5:12] == 0).all() and (out[5:15, 18:25] == 1).all()


def test_recolour_sets_the_exact_colour():
    out, pal, rgb, _ = apply_corrections(base(), LAB, RGB, [Correction("recolour", 2, rgb=(1, 2, 3))])
    assert tuple(rgb[2]) == (1, 2, 3) and np.array_equal(out, base())


def test_split_separates_two_colours_of_one_class():
    lab = np.zeros((10, 20), np.uint8)
    img = np.zeros((10, 20, 3))
    img[:, :10] = rgb_to_lab(np.array([250, 250, 250], np.uint8))
    img[:, 10:] = rgb_to_lab(np.array([10, 10, 10], np.uint8))
    out, pal, rgb, _ = apply_corrections(lab, LAB[:1], RGB[:1], [Correction("split", 0)], lab_image=img)
    assert len(pal) == 2
    assert len(np.unique(out[:, :10])) == 1 and len(np.unique(out[:, 10:])) == 1
    assert out[0, 0] != out[0, 19]


def test_corrections_beyond_the_palette_are_skipped():
    c = Correction("fill", 7, points=((1.0, 1.0),))
    out, _, _, skipped = apply_corrections(base(), LAB, RGB, [c])
    assert skipped == [c] and np.array_equal(out, base())


@pytest.mark.parametrize("bad", [
    {"op": "paint", "cls": 0}, {"op": "brush", "cls": 0}, {"op": "fill", "cls": 0},
    {"op": "merge", "cls": 1, "to": 1}, {"op": "recolour", "cls": 0, "rgb": [300, 0, 0]},
    {"op": "fill", "cls": -1, "points": [[0, 0]]}, {"op": "fill", "cls": "x", "points": [[0, 0]]}])
def test_bad_corrections_are_refused(bad):
    with pytest.raises(ValueError):
        Correction.from_dict(bad)


def test_corrections_round_trip_through_the_recipe():
    cs = (Correction("brush", 1, points=((1.0, 2.0), (3.0, 4.0)), radius=2.5),
          Correction("merge", 2, to=0), Correction("recolour", 0, rgb=(9, 8, 7)))
    r = Recipe(corrections=cs)
    again = Recipe.from_dict(r.to_dict())
    assert again.corrections == cs and again == r


def test_corrections_follow_the_colour_they_were_made_with():
    lab = np.zeros((10, 30), np.uint8)
    lab[:, 10:20] = 1
    lab[:, 20:] = 2
    rgb = np.array([[255, 255, 255], [160, 160, 160], [80, 80, 80]], np.uint8)
    pal = rgb_to_lab(rgb)
    # After merging white into light grey the swatches read (160, 80): "colour 2" is dark grey.
    merge = Correction("merge", 0, to=1, ref=(255, 255, 255), to_ref=(160, 160, 160))
    recolour = Correction("recolour", 1, rgb=(200, 0, 0), ref=(80, 80, 80))
    out, _, got, _ = apply_corrections(lab, pal, rgb, [merge, recolour])
    assert [tuple(c) for c in got] == [(160, 160, 160), (200, 0, 0)]
    # A brush remembers its colour even when the palette is reordered (e.g. after pinning).
    brush = Correction("brush", 2, points=((2.0, 5.0),), radius=1.0, ref=(80, 80, 80))
    reordered = rgb[[2, 0, 1]]
    out, _, _, _ = apply_corrections(lab, rgb_to_lab(reordered), reordered, [brush])
    assert out[5, 2] == 0  # index 0 is the dark grey now


def test_corrections_with_non_numeric_points_are_refused():
    with pytest.raises(ValueError):
        Correction("fill", 0, points=(None,)).check()
