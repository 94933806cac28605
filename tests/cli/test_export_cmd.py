"""``motifstudio export``: every registered format from the command line, its
options as flags, and the errors.  Outputs are re-read independently."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pypdf
import pytest
from PIL import Image

from motifstudio.cli.main import main
from motifstudio.export.registry import writers
from test_layout_cmd import project  # noqa: F401  (a traced two-colour project)


@pytest.fixture(scope="module")
def rug(project, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("export") / "rug.motif"
    assert main(["layout", str(project), "--kind", "rug", "--size", "600x400",
                 "--border", "sidle:60", "--repeat", "block", "--motif-width", "60",
                 "-o", str(out)]) == 0
    return out


def test_list_names_every_writer(capsys):
    assert main(["export", "--list"]) == 0
    out = capsys.readouterr().out
    for w in writers():
        assert w.name in out


def test_pdf_at_real_size_with_options(rug, tmp_path, capsys):
    out = tmp_path / "rug.pdf"
    assert main(["export", str(rug), "--format", "pdf", "-o", str(out), "--paper", "A3",
                 "--orientation", "landscape", "--no-overview"]) == 0
    reader = pypdf.PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (420, 297)
    assert len(reader.pages) == 4              # 600 x 400 mm on A3 landscape, 10 mm overlap
    assert "pdf, 600 × 400 mm" in capsys.readouterr().err


def test_format_from_extension_and_png_dpi(rug, tmp_path):
    svg = tmp_path / "rug.svg"
    assert main(["export", str(rug), "-o", str(svg)]) == 0
    root = ET.parse(svg).getroot()
    assert root.get("width") == "600mm"               # the design, not the motif alone
    png = tmp_path / "rug.png"
    assert main(["export", str(rug), "-o", str(png), "--dpi", "50"]) == 0
    with Image.open(png) as im:
        assert im.size == (round(600 / 25.4 * 50), round(400 / 25.4 * 50))


@pytest.mark.parametrize("argv, message", [
    (["--format", "nope"], "no export format"),
    (["--format", "pdf", "--paper", "B5"], "invalid choice"),
    (["--format", "pdf", "--overlap-mm", "500"], "--overlap-mm must be at most"),
    (["--format", "design-svg", "-o", "x.pdf"], "writes .svg files"),
])
def test_errors_are_one_line(rug, tmp_path, capsys, argv, message):
    if "-o" not in argv:
        argv = argv + ["-o", str(tmp_path / "x.pdf")]
    else:
        argv = [a if a != "x.pdf" else str(tmp_path / "x.pdf") for a in argv]
    try:
        code = main(["export", str(rug), *argv])
    except SystemExit as exc:          # argparse usage errors: exit status 2, as elsewhere
        code = exc.code
    err = capsys.readouterr().err
    assert code in (1, 2) and message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_options_help_lists_the_format_flags(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--format", "pdf", "--help"])
    out = capsys.readouterr().out
    assert "--paper" in out and "--overlap-mm" in out


@pytest.mark.parametrize("name", [w.name for w in writers()])
def test_every_format_has_working_help_and_flags(name, capsys):
    """Every writer's options become flags without clashes, and --help prints them."""
    from motifstudio.core.params import specs
    with pytest.raises(SystemExit) as exc:
        main(["export", "--format", name, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    w = next(x for x in writers() if x.name == name)
    for spec in specs(w.options_type) if w.options_type is not None else ():
        assert "--" + spec.name.replace("_", "-") in out
