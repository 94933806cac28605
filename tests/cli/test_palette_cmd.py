"""``motifstudio palette``: list, show, extract, measure, and recolouring with a
bundled palette; outputs are read back with read_gpl / read_ase; errors are one
line and leave existing files alone."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from colour_photos import PATCHES, TEXTILE, blocks_image, swatch_photo, true_lab
from motifstudio.cli.main import main
from motifstudio.cli.palette_cmd import route
from motifstudio.core.colour import delta_e_ciede2000
from motifstudio.core.document import Motif, Palette, Swatch
from motifstudio.design.library import bundled_palettes, load_palette
from motifstudio.design.palettes import read_ase, read_gpl
from motifstudio.imaging.params import Recipe
from motifstudio.project.motif_file import save_motif
from planar_maps import two_rectangles


def one_error_line(capsys, *needles):
    err = capsys.readouterr().err
    assert err.startswith("motifstudio: error:"), err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    for n in needles:
        assert n in err, err
    return err


@pytest.fixture()
def blocks_png(tmp_path):
    path = tmp_path / "blocks.png"
    Image.fromarray(blocks_image(TEXTILE[:4])).save(path)
    return path


@pytest.fixture()
def photo(tmp_path):
    img, ref, boxes = swatch_photo(cast=(1.1, 1.0, 0.85), exposure=0.7)
    path = tmp_path / "threads.png"
    Image.fromarray(img).save(path)
    args = ["--white", ",".join(map(str, ref))]
    for name, box in boxes.items():
        args += ["--swatch", f"{name}={','.join(map(str, box))}"]
    return path, args, boxes


def test_route_keeps_the_original_form():
    assert route(["palette", "a.motif", "--to", "dmc"]) == ["palette", "recolour", "a.motif",
                                                             "--to", "dmc"]
    assert route(["palette", "--to", "dmc", "a.motif"])[:2] == ["palette", "recolour"]
    for argv in (["palette", "list"], ["palette", "-h"], ["palette"], ["trace", "list"],
                 ["palette", "recolor", "a.motif"], []):
        assert route(argv) == argv


def test_palette_without_action_is_a_usage_error(capsys):
    assert main(["palette"]) == 2
    assert "extract" in capsys.readouterr().err


def test_list(capsys):
    assert main(["palette", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["ID", "COLOURS", "KIND", "NAME"]
    rows = {line.split()[0]: line.split()[1:3] for line in out[1:]}
    assert rows == {i.id: [str(i.count), i.kind] for i in bundled_palettes()}


def test_show_bundled_and_file(capsys, tmp_path):
    assert main(["palette", "show", "natural-dye/madder"]) == 0
    out = capsys.readouterr().out
    assert "Provenance: Designed by the Motif Studio team" in out and "CC0-1.0" in out
    madder = load_palette("natural-dye/madder")
    assert all(f"{s.hex}" in out and s.name in out for s in madder.swatches)
    gpl = tmp_path / "mine.gpl"
    gpl.write_text("GIMP Palette\nName: Mine\n255 0 0 Red\n")
    assert main(["palette", "show", str(gpl)]) == 0
    out = capsys.readouterr().out
    assert "Mine (1 colours)" in out and "#ff0000" in out
    assert main(["palette", "show", "natural-dye/woad"]) == 1
    one_error_line(capsys, "natural-dye/woad", "unknown palette")


@pytest.mark.parametrize("ext", ["gpl", "ase"])
def test_extract(blocks_png, tmp_path, capsys, ext):
    out = tmp_path / f"out.{ext}"
    assert main(["palette", "extract", str(blocks_png), "-o", str(out)]) == 0
    assert f"{out}: 4 colours" in capsys.readouterr().err
    pal = (read_gpl if ext == "gpl" else read_ase)(out)
    assert pal.name == "Extracted from blocks.png"
    d = delta_e_ciede2000(true_lab(TEXTILE[:4])[:, None], pal.lab_array()[None])
    assert len(pal) == 4 and d.min(axis=1).max() < 2.0


def test_extract_colour_count(blocks_png, tmp_path):
    out = tmp_path / "two.ase"
    assert main(["palette", "extract", str(blocks_png), "-o", str(out), "--colors", "2"]) == 0
    assert len(read_ase(out)) == 2


def test_extract_errors_leave_outputs_alone(blocks_png, tmp_path, capsys):
    out = tmp_path / "keep.gpl"
    out.write_text("precious")
    assert main(["palette", "extract", str(tmp_path / "missing.png"), "-o", str(out)]) == 1
    one_error_line(capsys, "missing.png", "no such file")
    assert main(["palette", "extract", str(blocks_png), "-o", str(out), "--colours", "0"]) == 1
    one_error_line(capsys, "--colours")
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    assert main(["palette", "extract", str(bad), "-o", str(out)]) == 1
    one_error_line(capsys, "bad.png")
    assert out.read_text() == "precious"
    assert main(["palette", "extract", str(blocks_png), "-o", str(tmp_path / "p.txt")]) == 1
    one_error_line(capsys, "p.txt", ".gpl or .ase")
    assert main(["palette", "extract", str(blocks_png), "-o", str(tmp_path / "no/p.gpl")]) == 1
    one_error_line(capsys, "does not exist")
    assert not (tmp_path / "p.txt").exists()


@pytest.mark.parametrize("ext", ["gpl", "ase"])
def test_measure(photo, tmp_path, capsys, ext):
    path, args, _ = photo
    out = tmp_path / f"measured.{ext}"
    assert main(["palette", "measure", str(path), *args, "-o", str(out)]) == 0
    assert f"{len(PATCHES)} colours" in capsys.readouterr().err
    pal = (read_gpl if ext == "gpl" else read_ase)(out)
    assert pal.name == "Measured from threads.png"
    assert [s.name for s in pal.swatches] == list(PATCHES)
    for s in pal.swatches:    # re-read from 8-bit RGB: half a unit of rounding on top
        assert float(delta_e_ciede2000(s.lab, true_lab(PATCHES[s.name]))) < 2.0, s


def test_measure_grey_card_and_lab_reference(tmp_path):
    img, ref, boxes = swatch_photo(reference_lab=(49.496, 0, 0), cast=(1.08, 1, 0.88))
    path = tmp_path / "grey.png"
    Image.fromarray(img).save(path)
    swatch = f"madder={','.join(map(str, boxes['madder']))}"
    out = tmp_path / "m.gpl"
    for reference in ("grey18", "49.496,0,0"):
        assert main(["palette", "measure", str(path), "--white", ",".join(map(str, ref)),
                     "--reference", reference, "--swatch", swatch, "-o", str(out)]) == 0
        s = read_gpl(out)[0]
        assert float(delta_e_ciede2000(s.lab, true_lab(PATCHES["madder"]))) < 2.0


def test_measure_errors_are_one_line_and_keep_outputs(photo, tmp_path, capsys):
    path, args, boxes = photo
    out = tmp_path / "keep.gpl"
    out.write_text("precious")
    base = ["palette", "measure", str(path), "-o", str(out)]
    cases = [
        (["--white", "1,2,3", "--swatch", "a=1,2,3,4"], ["--white", "X,Y,W,H"]),
        (args[:2] + ["--swatch", "a"], ["--swatch", "NAME=X,Y,W,H"]),
        (args[:2] + ["--swatch", "a=1,2,x,4"], ["--swatch a"]),
        (args[:2] + ["--swatch", "a=1,1,4,4", "--swatch", "a=2,2,4,4"], ["given twice"]),
        (args[:2] + ["--swatch", "a=0,0,9999,4"], ["threads.png", "swatch 'a'", "outside"]),
        (args[:2] + ["--swatch", "a=0,0,0,4"], ["threads.png", "empty"]),
        (args + ["--reference", "blue"], ["--reference"]),
        (["--white", "0,0,4,4", "--swatch", "a=1,1,4,4"], ["threads.png", "too dark"]),
    ]
    for extra, needles in cases:
        assert main(base + extra) == 1, extra
        one_error_line(capsys, *needles)
    # an overexposed photo: the reference card is clipped
    img = np.asarray(Image.open(path)).astype(np.float64)
    Image.fromarray(np.clip(img * 1.6, 0, 255).astype(np.uint8)).save(tmp_path / "hot.png")
    assert main(["palette", "measure", str(tmp_path / "hot.png"), *args, "-o", str(out)]) == 1
    one_error_line(capsys, "hot.png", "overexposed")
    assert out.read_text() == "precious"


# ------------------------------------------------------------------ recolour
@pytest.fixture()
def project(tmp_path):
    pal = Palette((Swatch.from_rgb((232, 222, 200)), Swatch.from_rgb((120, 30, 40))))
    motif = Motif(source=None, recipe=Recipe().to_dict(), palette=pal,
                  planar_map=two_rectangles(), size_mm=(40.0, 20.0))
    path = tmp_path / "m.motif"
    save_motif(path, motif, None)
    return path


@pytest.mark.parametrize("form", [[], ["recolour"], ["recolor"]])
def test_recolour_to_a_bundled_palette(project, tmp_path, capsys, form):
    out = tmp_path / "out.svg"
    assert main(["palette", *form, str(project), "--to", "natural-dye/madder",
                 "-o", str(out)]) == 0
    assert "natural-dye/madder" in capsys.readouterr().err
    fills = {el.get("fill").lower() for el in ET.parse(out).getroot().iter()
             if el.get("fill") not in (None, "none")}
    assert fills and fills <= {s.hex for s in load_palette("natural-dye/madder").swatches}


def test_recolour_unknown_palette(project, tmp_path, capsys):
    out = tmp_path / "out.svg"
    assert main(["palette", str(project), "--to", "modern/beige", "-o", str(out)]) == 1
    one_error_line(capsys, "modern/beige", "palette list")
    assert not out.exists()
