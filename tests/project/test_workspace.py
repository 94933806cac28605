"""Named edits on the workspace: pure, validated up front, and replayable."""
import numpy as np
import pytest
from PIL import Image

from motifstudio.imaging.corrections import Correction
from motifstudio.project import workspace as w


@pytest.fixture
def ws(tmp_path):
    img = np.full((40, 60, 3), 230, np.uint8)
    img[10:30, 10:30] = (200, 30, 40)
    p = tmp_path / "m.png"
    Image.fromarray(img).save(p)
    return w.open_image(str(p))


def test_open_image_titles_the_workspace(ws):
    assert ws.metadata.title == "m" and ws.source.source.filename == "m.png"


def test_set_params_is_pure_and_validated(ws):
    e = w.set_params("segment", n_colors=3)
    after = e.apply(ws)
    assert after.recipe.segment.n_colors == 3 and ws.recipe.segment.n_colors is None
    assert after.source is ws.source
    with pytest.raises(ValueError):
        w.set_params("segment", n_colors=0)
    with pytest.raises(ValueError):
        w.set_params("trace", mode="sketch")


def test_parameter_edits_of_the_same_field_share_a_merge_key():
    assert w.set_params("segment", n_colors=3).merge_key == w.set_params("segment", n_colors=5).merge_key
    assert w.set_params("segment", n_colors=3).merge_key != w.set_params("trace", tolerance=1.0).merge_key


def test_preset_keeps_where_the_textile_is(ws):
    ws2 = w.set_params("cleanup", corners=((1, 1), (50, 1), (50, 35), (1, 35))).apply(ws)
    ws3 = w.use_preset("shyrdak-2").apply(ws2)
    assert ws3.recipe.cleanup.corners == ws2.recipe.cleanup.corners
    assert ws3.recipe.segment.n_colors == 2 and ws3.recipe.preset == "shyrdak-2"
    with pytest.raises(ValueError):
        w.use_preset("nope")


def test_corrections_accumulate_in_order(ws):
    a, b = Correction("merge", 1, to=0), Correction("recolour", 0, rgb=(1, 2, 3))
    ws2 = w.add_correction(b).apply(w.add_correction(a).apply(ws))
    assert ws2.recipe.corrections == (a, b)


def test_pin_colour_raises_n_when_needed(ws):
    ws2 = w.set_params("segment", n_colors=1).apply(ws)
    ws3 = w.pin_colour("#c81e28").apply(w.pin_colour("#e6e6e6").apply(ws2))
    assert ws3.recipe.segment.pinned == ("#e6e6e6", "#c81e28")
    assert ws3.recipe.segment.n_colors == 2
    assert w.pin_colour("#E6E6E6").apply(ws3).same_state(ws3)


def test_metadata_edit(ws):
    ws2 = w.set_metadata(title="Kochkor", maker="Aigul").apply(ws)
    assert ws2.metadata.title == "Kochkor" and ws2.metadata.maker == "Aigul"
    with pytest.raises(TypeError):
        w.set_metadata(colour="red")


# ---------------------------------------------------------------- design edits

def test_design_edits_are_pure_validated_and_mergeable(ws):
    from motifstudio.design.layout import Border
    e = w.set_design("layout", kind="rug", size_mm=(1500.0, 2200.0))
    ws2 = e.apply(ws)
    assert ws.design.layout.kind == "single" and ws2.design.layout.kind == "rug"
    assert not ws2.same_state(ws) and ws2.recipe == ws.recipe
    ws3 = w.set_design("repeat", group="half-drop", spacing_mm=5.0).apply(ws2)
    assert ws3.design.layout.repeat.group == "half-drop" and ws3.design.layout.kind == "rug"
    ws4 = w.set_borders([Border("p2mm", 120.0, "motif")]).apply(ws3)
    assert ws4.design.layout.borders[0].group == "p2mm"
    ws5 = w.set_design("medallion", n=12, dihedral=True).apply(ws4)
    assert ws5.design.layout.medallion.n == 12
    ws6 = w.set_swap("#ffffff", "#000000").apply(ws5)
    assert ws6.design.swap == ("#ffffff", "#000000")
    assert (w.set_design("repeat", spacing_mm=1.0).merge_key
            == w.set_design("repeat", spacing_mm=2.0).merge_key)
    for part, changes in (("repeat", {"group": "p7"}), ("medallion", {"n": 0}),
                          ("layout", {"kind": "carpet"}), ("colours", {"min_delta_e": -1.0}),
                          ("nonsense", {})):
        with pytest.raises((ValueError, TypeError)):
            w.set_design(part, **changes)
    with pytest.raises(TypeError):
        w.set_design("repeat", colour="red")


def test_palette_edit_and_project_round_trip(ws, tmp_path):
    from motifstudio.design.palettes import load_dmc
    from motifstudio.design.spec import ColourPlan
    from motifstudio.imaging.pipeline import digitise
    from motifstudio.project.motif_file import load_project, save_motif
    dmc = load_dmc()
    ws2 = w.use_palette(ColourPlan(target=dmc, max_colours=3, overrides=(("#ff0000", 5),))).apply(ws)
    ws2 = w.set_design("layout", kind="repeat", size_mm=(300.0, 200.0)).apply(ws2)
    d = digitise(ws2.source, ws2.recipe, preview=True)
    path = tmp_path / "p.motif"
    save_motif(path, d.motif, d.loaded.original, design=ws2.design)
    motif, original, design = load_project(path)
    assert design == ws2.design
    assert design.colours.target.swatches[5] == dmc.swatches[5]
    back = w.from_motif(motif, original, design)
    assert back.design == ws2.design
