"""The bundled palette library: every palette lists, loads, names its colours,
states its provenance and licence, and round-trips through the palette files."""
from __future__ import annotations

import re

import numpy as np
import pytest

from motifstudio.core.colour import delta_e_ciede2000
from motifstudio.core.document import Swatch
from motifstudio.design import library as L
from motifstudio.design.palettes import (dmc_dir, load_dmc, palettes_dir, read_ase, read_gpl,
                                         write_ase, write_gpl)

INFOS = L.bundled_palettes()
GPL_INFOS = [i for i in INFOS if i.kind != "threads"]
ID_RE = re.compile(r"^(dmc|(modern|natural-dye)/[a-z0-9]+(-[a-z0-9]+)*)$")


def test_listing():
    ids = [i.id for i in INFOS]
    assert ids[0] == "dmc" and len(set(ids)) == len(ids)
    assert all(ID_RE.match(i) for i in ids), ids
    assert [i.kind for i in INFOS] == sorted((i.kind for i in INFOS), key=L.KINDS.index)
    kinds = [i.kind for i in INFOS]
    assert kinds.count("modern") >= 6 and kinds.count("natural-dye") >= 7
    assert "natural-dye/madder" in ids and "modern/nomad-dusk" in ids
    assert L.bundled_palettes() == INFOS                       # stable


def test_dmc_entry_is_the_dmc_table():
    dmc = INFOS[0]
    assert (dmc.kind, dmc.count, dmc.path) == ("threads", 454, dmc_dir())
    assert dmc_dir() == palettes_dir() / "dmc"
    assert "SOURCE.md" in dmc.provenance and "MIT" in dmc.licence
    assert L.load_palette(" DMC ") is load_dmc()


@pytest.mark.parametrize("info", GPL_INFOS, ids=lambda i: i.id)
def test_bundled_palette(info):
    pal = L.load_palette(info.id)
    assert info.path == palettes_dir() / f"{info.id}.gpl"
    assert pal.name == info.name and info.name
    assert len(pal) == info.count and 5 <= info.count <= 10
    names = [s.name for s in pal.swatches]
    assert all(n and not n.startswith("#") for n in names), "every swatch is named"
    assert len(set(names)) == len(names)
    assert all(s.source == info.id for s in pal.swatches)
    assert all(s.lab == Swatch.from_rgb(s.rgb).lab for s in pal.swatches)
    # distinct enough to tell apart on felt or thread
    lab = pal.lab_array()
    d = delta_e_ciede2000(lab[:, None, :], lab[None, :, :])
    np.fill_diagonal(d, np.inf)
    assert d.min() >= 5.0
    # honest provenance and a stated licence
    assert info.provenance.startswith("Designed by the Motif Studio team")
    if info.kind == "natural-dye":
        assert "approximations of" in info.provenance
    assert info.licence.startswith("CC0-1.0")


@pytest.mark.parametrize("kind", ["modern", "natural-dye"])
def test_folder_readme_states_designer_licence_and_every_palette(kind):
    text = (palettes_dir() / kind / "README.md").read_text(encoding="utf-8")
    assert "Motif Studio team" in text and "CC0-1.0" in text
    for info in GPL_INFOS:
        if info.kind == kind:
            assert f"`{info.id}`" in text


@pytest.mark.parametrize("info", GPL_INFOS, ids=lambda i: i.id)
def test_gpl_and_ase_round_trip(info, tmp_path):
    pal = read_gpl(info.path)
    write_gpl(pal, tmp_path / "a.gpl")
    back = read_gpl(tmp_path / "a.gpl")
    assert back == pal
    write_ase(pal, tmp_path / "a.ase")
    back = read_ase(tmp_path / "a.ase")
    assert back.name == pal.name
    assert [(s.name, s.rgb) for s in back.swatches] == [(s.name, s.rgb) for s in pal.swatches]


@pytest.mark.parametrize("bad", ["nope", "modern/nope", "../dmc/LICENSE", "natural-dye/",
                                 "natural-dye/madder.gpl", ""])
def test_unknown_ids(bad):
    with pytest.raises(ValueError, match="unknown palette .*natural-dye/madder"):
        L.load_palette(bad)


def test_ids_ignore_case_and_type_checked():
    assert L.load_palette("Natural-Dye/Madder ") is L.load_palette("natural-dye/madder")
    with pytest.raises(TypeError):
        L.load_palette(None)
