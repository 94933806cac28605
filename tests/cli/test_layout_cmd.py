"""``motifstudio layout``: arranging a traced motif from the command line.

Outputs are re-read independently: the SVG with ElementTree (size in mm, one
``<use>`` per copy, copies inside the design), the project with
``load_project`` (the layout is saved and reused by the next run).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from motifstudio.cli.main import main
from motifstudio.design.layout import Border
from motifstudio.project.motif_file import load_motif, load_project

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    d = tmp_path_factory.mktemp("layout")
    h, w = 120, 100
    y, x = np.mgrid[0:h, 0:w]
    img = np.full((h, w, 3), (236, 226, 204), np.uint8)
    img[(x > 20) & (x < 45) & (y > 15) & (y < 100)] = (150, 20, 30)    # an "L": asymmetric
    img[(x > 20) & (x < 80) & (y > 75) & (y < 100)] = (150, 20, 30)
    src = d / "l.png"
    Image.fromarray(img).save(src)
    out = d / "l.motif"
    assert main(["trace", str(src), "-o", str(out), "--colors", "2", "--width-mm", "100",
                 "-q"]) == 0
    return out


def _uses(path):
    root = ET.parse(path).getroot()
    return root, [u for u in root.iter(SVG + "use") if u.get("transform")]


def test_repeat_svg_has_real_size_and_one_use_per_copy(project, tmp_path, capsys):
    out = tmp_path / "fabric.svg"
    assert main(["layout", str(project), "--repeat", "half-drop", "--motif-width", "50",
                 "--size", "400x300", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    root, uses = _uses(out)
    assert root.get("width") == "400mm" and root.get("height") == "300mm"
    assert root.get("viewBox") == "0 0 400 300"
    n = int(err.split(" copies")[0].rsplit(",", 1)[1])
    assert len(uses) == n > 40
    # translations of the copies: within the design (plus one copy overlapping each edge)
    t = np.array([[float(v) for v in u.get("transform")[7:-1].split()][4:] for u in uses])
    assert t[:, 0].min() > -60 and t[:, 0].max() < 400 and t[:, 1].min() > -120


def test_rug_project_keeps_layout_and_next_run_changes_it(project, tmp_path):
    rug = tmp_path / "rug.motif"
    assert main(["layout", str(project), "--kind", "rug", "--size", "1500x2200",
                 "--border", "sidle:150", "--border", "hop:80:motif:30", "--repeat", "block",
                 "--motif-width", "200", "--counterchange", "alternate", "-o", str(rug)]) == 0
    motif, original, spec = load_project(rug)
    assert original is not None and spec.layout.kind == "rug"
    assert spec.layout.size_mm == (1500.0, 2200.0)
    assert spec.layout.borders == (Border("p1m1", 150.0, "mitre", 0.0),
                                   Border("p111", 80.0, "motif", 30.0))
    assert spec.layout.counterchange == "alternate"
    # the original project is untouched
    assert load_project(project)[2].layout.kind == "single"
    out = tmp_path / "rug.svg"
    assert main(["layout", str(rug), "--field", "medallion", "--rosette", "6", "-o", str(out)]) == 0
    root, uses = _uses(out)
    assert root.get("width") == "1500mm"
    labels = {g.get("{http://www.inkscape.org/namespaces/inkscape}label")
              for g in root.iter(SVG + "g")}
    assert {"Borders", "Corners", "Medallion", "Background"} <= labels


def test_tile_is_one_period(project, tmp_path, capsys):
    out = tmp_path / "tile.svg"
    assert main(["layout", str(project), "--repeat", "p6m", "--motif-width", "30",
                 "--tile", "-o", str(out)]) == 0
    root, _ = _uses(out)
    w, h = float(root.get("width")[:-2]), float(root.get("height")[:-2])
    assert h / w == pytest.approx(np.sqrt(3), rel=1e-3)


@pytest.mark.parametrize("argv, message", [
    (["--border", "zigzag:10"], "unknown frieze group"),
    (["--kind", "rug", "--size", "100x100", "--border", "hop:80"], "leave no field"),
    (["--rosette", "25"], "1..24"),
    (["--size", "big"], "--size"),
    (["--repeat", "p5"], "repeat must be one of"),
    (["--repeat", "block", "--motif-width", "0.2", "--size", "5000x5000"], "copies"),
    (["--spacing", "-3"], "spacing"),
])
def test_bad_options_are_one_line_errors(project, tmp_path, capsys, argv, message):
    out = tmp_path / "x.svg"
    out.write_text("keep me")
    assert main(["layout", str(project), *argv, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
    assert out.read_text() == "keep me"


def test_refuses_to_overwrite_its_input(project, capsys):
    before = project.read_bytes()
    assert main(["layout", str(project), "--kind", "repeat", "-o", str(project)]) == 1
    assert "overwrite the input" in capsys.readouterr().err
    assert project.read_bytes() == before
    assert load_motif(project)[0].palette
