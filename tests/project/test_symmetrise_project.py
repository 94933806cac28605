"""Symmetry repair end to end: detect on a traced photo, store the repair, replay, save, load."""
import io

import numpy as np
import pytest
from PIL import Image, ImageFilter

from motifstudio.imaging.corrections import Correction
from motifstudio.imaging.params import Recipe
from motifstudio.imaging.pipeline import digitise, reproduce
from motifstudio.imaging.symmetry_repair import detect_symmetry
from motifstudio.project import workspace as w
from motifstudio.project.motif_file import load_motif, save_motif
from symmetric_motifs import PALETTE, rosette, with_blobs

CENTRE = (80, 88)


def photo(labels, seed=0) -> bytes:
    """A PNG of the label map as a scan: a little blur and noise."""
    rng = np.random.default_rng(seed)
    im = Image.fromarray(PALETTE[labels]).filter(ImageFilter.GaussianBlur(0.7))
    arr = np.asarray(im, float) + rng.normal(0, 4, labels.shape + (3,))
    buf = io.BytesIO()
    Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    # blobs of 5 px radius: too large for the speckle clean-up, so the photo's flaws survive
    labels = with_blobs(rosette(170, 166, cx=CENTRE[0], cy=CENTRE[1]), n=8, radius=5, seed=3)
    path = tmp_path_factory.mktemp("sym") / "rosette.png"
    path.write_bytes(photo(labels))
    return path


@pytest.fixture(scope="module")
def traced(image):
    return digitise(image, Recipe().replace_stage("segment", n_colors=3))


def is_d4(labels, centre):
    cx, cy = centre
    r = int(min(cx, cy, labels.shape[1] - cx, labels.shape[0] - cy))
    q = labels[int(cy) - r:int(cy) + r, int(cx) - r:int(cx) + r]
    return all(np.array_equal(q, o) for o in (np.rot90(q), q[:, ::-1], q.T))


def test_the_traced_photo_is_found_D4_but_is_not_symmetric_yet(traced):
    best = detect_symmetry(traced.regions.labels)[0]
    scale = traced.cleaned.scale
    assert best.name == "D4" and best.likely
    assert abs(best.centre[0] / scale - CENTRE[0]) <= 1 and abs(best.centre[1] / scale - CENTRE[1]) <= 1
    assert not is_d4(traced.regions.labels, CENTRE)


def test_the_repair_replays_through_the_pipeline_and_round_trips(traced, image, tmp_path):
    ws = w.open_image(str(image), recipe=traced.recipe)
    edit = w.symmetrise("D4", CENTRE)
    assert edit.what == ("symmetrise", "D4") and edit.name == "symmetrise D4"
    after = edit.apply(ws)
    assert ws.recipe.corrections == ()  # the edit is pure: undo is the previous state
    assert after.recipe.corrections == (Correction("symmetrise", 0, group="D4",
                                                   centre=(80.0, 88.0)),)

    repaired = digitise(after.source, after.recipe)
    labels = repaired.regions.labels
    assert is_d4(labels, CENTRE)
    assert (labels != traced.regions.labels).sum() > 100  # the blobs are gone
    assert repaired.motif.planar_map.n_faces < traced.motif.planar_map.n_faces

    path = tmp_path / "repaired.motif"
    save_motif(path, repaired.motif, repaired.loaded.original)
    motif, original = load_motif(path)
    assert original == image.read_bytes()  # the photo itself is untouched
    assert Recipe.from_dict(motif.recipe).corrections == after.recipe.corrections
    again = reproduce(motif, original)
    assert again.planar_map.to_json() == motif.planar_map.to_json()


def test_a_bad_symmetrise_edit_is_refused_at_once():
    with pytest.raises(ValueError, match="unknown symmetry"):
        w.symmetrise("D8", (1, 2))
    with pytest.raises(ValueError, match="centre"):
        w.symmetrise("D4", (1,))
    with pytest.raises(ValueError, match="centre"):
        w.symmetrise("D4", None)
