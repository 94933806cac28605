"""Recolouring a traced motif with DMC threads: lightness order, touching colours,
overrides, "limit to N threads", unchanged geometry, and the ``palette`` command."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from motifstudio.cli.main import main
from motifstudio.core.colour import delta_e_ciede2000
from motifstudio.core.document import Motif, Palette, Swatch
from motifstudio.design.palettes import load_dmc
from motifstudio.design.recolour import adjacent_pairs, recolour
from motifstudio.imaging.params import Recipe
from motifstudio.imaging.trace import trace_regions
from motifstudio.project.motif_file import load_motif, save_motif

SVG_NS = "{http://www.w3.org/2000/svg}"
# a light ground and two dark colours that touch each other (and are close in colour)
COLOURS = [(232, 222, 200), (60, 40, 48), (44, 46, 70)]


def make_motif(colours=COLOURS) -> Motif:
    labels = np.zeros((48, 64), np.int32)
    labels[8:40, 8:32] = 1          # dark square ...
    labels[8:40, 32:56] = 2         # ... touching another dark square
    labels[20:28, 14:22] = 0        # a ground hole in the first (an extra ground face)
    pm = trace_regions(labels)
    pal = Palette(tuple(Swatch.from_rgb(c, source="traced") for c in colours), name="traced")
    return Motif(source=None, recipe=Recipe().to_dict(), palette=pal, planar_map=pm,
                 size_mm=(64.0, 48.0))


@pytest.fixture(scope="module")
def motif():
    return make_motif()


@pytest.fixture(scope="module")
def dmc():
    return load_dmc()


def test_adjacent_pairs(motif):
    pairs = adjacent_pairs(motif.planar_map)
    assert pairs.shape == (3, 2)
    assert pairs.tolist() == [[0, 1], [0, 2], [1, 2]]


def test_mapping_keeps_lightness_order(motif, dmc):
    res = recolour(motif, dmc)
    assert sorted(res.mapping) == [0, 1, 2]
    src_l = motif.palette.lab_array()[:, 0]
    tgt_l = np.array([dmc[res.mapping[s]].lab[0] for s in range(3)])
    order = np.argsort(src_l)
    assert np.all(np.diff(tgt_l[order]) >= 0)
    assert len(set(res.mapping.values())) == 3
    assert all(sw.source.startswith("DMC ") for sw in res.motif.palette.swatches)


def test_touching_colours_apart_or_warned(motif, dmc):
    min_de = 10.0
    res = recolour(motif, dmc, min_delta_e=min_de)
    for a, b in adjacent_pairs(motif.planar_map):
        ta, tb = dmc[res.mapping[int(a)]], dmc[res.mapping[int(b)]]
        de = float(delta_e_ciede2000(ta.lab, tb.lab))
        if de < min_de:
            assert any(motif.palette[int(a)].hex in w and motif.palette[int(b)].hex in w
                       for w in res.warnings)
    # an impossible demand is reported, naming the two colours
    res = recolour(motif, dmc, min_delta_e=150.0)
    assert res.warnings and all("ΔE" in w for w in res.warnings)


def test_min_delta_e_moves_close_darks_apart(motif, dmc):
    near = recolour(motif, dmc, min_delta_e=0.0)
    apart = recolour(motif, dmc, min_delta_e=20.0)
    d0 = float(delta_e_ciede2000(dmc[near.mapping[1]].lab, dmc[near.mapping[2]].lab))
    d1 = float(delta_e_ciede2000(dmc[apart.mapping[1]].lab, dmc[apart.mapping[2]].lab))
    assert d0 < 20.0
    assert d1 >= 20.0 or apart.warnings
    src_l = motif.palette.lab_array()[:, 0]
    tgt_l = np.array([dmc[apart.mapping[s]].lab[0] for s in range(3)])
    assert np.all(np.diff(tgt_l[np.argsort(src_l)]) >= 0)      # still in lightness order


def test_overrides_honoured(motif, dmc):
    black = next(i for i, s in enumerate(dmc.swatches) if s.source == "DMC 310")
    res = recolour(motif, dmc, overrides={2: black})
    assert res.mapping[2] == black
    assert res.motif.palette[int(res.motif.planar_map.face_colour[
        motif.planar_map.faces_of_colour(2)[0]])].source == "DMC 310"
    with pytest.raises(ValueError):
        recolour(motif, dmc, overrides={5: black})


def test_max_colours_merges_faces(motif, dmc):
    res = recolour(motif, dmc, max_colours=2)
    assert len(res.motif.palette) == 2
    assert len(set(res.mapping.values())) == 2
    assert res.mapping[1] == res.mapping[2]          # the two darks merge
    fc = res.motif.planar_map.face_colour
    assert set(fc.tolist()) == {0, 1}
    old = motif.planar_map.face_colour
    assert len(set(fc[(old == 1) | (old == 2)].tolist())) == 1
    names = [s.source for s in res.motif.palette.swatches]
    assert len(set(names)) == len(names)


def test_geometry_unchanged_and_input_untouched(motif, dmc):
    before = motif.planar_map.face_colour.copy()
    res = recolour(motif, dmc, max_colours=2)
    a, b = motif.planar_map, res.motif.planar_map
    assert np.array_equal(a.pts, b.pts)
    assert np.array_equal(a.left, b.left) and np.array_equal(a.right, b.right)
    assert np.array_equal(a.darts, b.darts)
    assert np.array_equal(motif.planar_map.face_colour, before)
    assert res.motif.size_mm == motif.size_mm


def test_no_lightness_order_and_small_target(motif):
    target = Palette(tuple(Swatch.from_rgb(c) for c in [(255, 255, 255), (0, 0, 0)]))
    res = recolour(motif, target, keep_lightness_order=False)
    assert len(res.motif.palette) == 2 and res.warnings
    assert res.mapping[0] == 0


# --------------------------------------------------------------------------- CLI
@pytest.fixture()
def project(tmp_path):
    path = tmp_path / "m.motif"
    save_motif(path, make_motif(), None)
    return path


def test_cli_palette_writes_dmc_svg(project, tmp_path, dmc, capsys):
    out = tmp_path / "out.svg"
    assert main(["palette", str(project), "--to", "dmc", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "→" in err and "DMC" in err
    fills = {el.get("fill").lower() for el in ET.parse(out).getroot().iter()
             if el.get("fill") not in (None, "none")}
    dmc_hex = {s.hex.lower() for s in dmc.swatches}
    assert fills and fills <= dmc_hex


def test_cli_palette_writes_project(project, tmp_path):
    out = tmp_path / "out.motif"
    assert main(["palette", str(project), "--to", "dmc", "-o", str(out),
                 "--max-colours", "2", "--min-delta-e", "5", "--no-lightness-order"]) == 0
    # the project keeps the traced motif and records the recolouring as its design's
    # colour plan, which building the design (layout, export, a re-trace) applies
    from motifstudio.design.spec import build_design
    from motifstudio.project.motif_file import load_project
    m, _, spec = load_project(out)
    assert m.palette == load_motif(project)[0].palette
    plan = spec.colours
    assert plan.max_colours == 2 and plan.min_delta_e == 5 and not plan.keep_lightness_order
    final = build_design(m, spec).motif
    assert len(final.palette) == 2
    assert all(s.source.startswith("DMC ") for s in final.palette.swatches)


def test_cli_palette_gpl(project, tmp_path):
    gpl = tmp_path / "p.gpl"
    gpl.write_text("GIMP Palette\nName: test\n255 255 255 White\n0 0 0 Black\n200 0 0 Red\n")
    out = tmp_path / "out.svg"
    assert main(["palette", str(project), "--to", str(gpl), "-o", str(out)]) == 0


def test_cli_palette_errors(project, tmp_path, capsys):
    bad = tmp_path / "bad.gpl"
    bad.write_text("not a palette\nat all\n")
    assert main(["palette", str(project), "--to", str(bad), "-o", str(tmp_path / "o.svg")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("motifstudio: error:") and "bad.gpl" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["palette", str(tmp_path / "missing.motif"), "--to", "dmc",
                 "-o", str(tmp_path / "o.svg")]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and len(err.strip().splitlines()) == 1
    assert main(["palette", str(project), "--to", str(tmp_path / "gone.ase"),
                 "-o", str(tmp_path / "o.svg")]) == 1
    assert "no such file" in capsys.readouterr().err
