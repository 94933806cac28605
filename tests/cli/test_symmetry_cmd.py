"""``motifstudio symmetry``: list a traced motif's symmetries, restore one into a new project."""
from __future__ import annotations

import hashlib
import io
import shutil

import numpy as np
import pytest
from PIL import Image, ImageFilter

from motifstudio.cli import symmetry_cmd
from motifstudio.cli.main import main
from motifstudio.imaging.corrections import Correction
from motifstudio.imaging.params import Recipe
from motifstudio.imaging.pipeline import digitise
from motifstudio.imaging.symmetry_repair import GROUPS
from motifstudio.project.motif_file import load_motif
from symmetric_motifs import PALETTE, asymmetric, rosette, tulip, with_blobs


def png(labels, path):
    rng = np.random.default_rng(0)
    im = Image.fromarray(PALETTE[labels]).filter(ImageFilter.GaussianBlur(0.7))
    arr = np.asarray(im, float) + rng.normal(0, 4, labels.shape + (3,))
    Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8)).save(path)


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    d = tmp_path_factory.mktemp("symmetry")
    out = {}
    for name, labels in [
            ("rosette", with_blobs(rosette(170, 166, cx=80, cy=88), n=8, radius=5, seed=3)),
            ("tulip", with_blobs(tulip(cx=80.5), n=6, radius=5, seed=4)),
            ("lopsided", asymmetric())]:
        png(labels, d / f"{name}.png")
        out[name] = d / f"{name}.motif"
        assert main(["trace", str(d / f"{name}.png"), "-o", str(out[name]), "--colors", "3",
                     "-q"]) == 0
    return out


def run(capsys, *argv):
    capsys.readouterr()
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(code, err, *must_name):
    assert code == 1
    lines = [line for line in err.strip().splitlines() if not line.startswith("[")]  # progress
    assert len(lines) == 1 and lines[0].startswith("motifstudio: error: "), err
    assert "Traceback" not in err
    for text in must_name:
        assert text in lines[0], lines[0]


def test_the_command_knows_every_group():
    assert symmetry_cmd.SYMMETRIES == tuple(GROUPS)


def test_listing_names_each_candidate_with_score_and_centre(capsys, projects):
    code, out, err = run(capsys, "symmetry", projects["rosette"], "-q")
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines][:1] == ["D4"]
    assert sorted(line.split()[0] for line in lines) == sorted(GROUPS)
    first = lines[0]
    assert "likely" in first and "unlikely" not in first
    centre = first[first.index("(") + 1:first.index(")")].split(",")
    assert abs(float(centre[0]) - 80) <= 1 and abs(float(centre[1]) - 88) <= 1


def test_apply_auto_writes_a_new_project_and_keeps_the_input(capsys, projects, tmp_path):
    src = projects["rosette"]
    before = digest(src)
    out = tmp_path / "fixed.motif"
    code, _, err = run(capsys, "symmetry", src, "--apply", "auto", "-o", out, "-q")
    assert code == 0 and "D4 about" in err
    assert digest(src) == before
    motif, original = load_motif(out)
    old, old_original = load_motif(src)
    assert original == old_original                      # the same untouched photo
    (c,) = Recipe.from_dict(motif.recipe).corrections
    assert c.op == "symmetrise" and c.group == "D4"
    assert abs(c.centre[0] - 80) <= 1 and abs(c.centre[1] - 88) <= 1
    assert motif.metadata == old.metadata
    assert motif.planar_map.n_faces < old.planar_map.n_faces  # the blobs' faces are gone
    # the stored recipe reproduces a D4-symmetric motif
    labels = digitise(original, Recipe.from_dict(motif.recipe)).regions.labels
    cx, cy = c.centre
    q = labels[int(cy) - 60:int(cy) + 60, int(cx) - 60:int(cx) + 60]
    assert np.array_equal(q, np.rot90(q)) and np.array_equal(q, q[:, ::-1])


def test_apply_a_named_group(capsys, projects, tmp_path):
    out = tmp_path / "mirror.motif"
    code, _, err = run(capsys, "symmetry", projects["tulip"], "--apply", "mirror-v", "-o", out,
                       "-q")
    assert code == 0
    (c,) = Recipe.from_dict(load_motif(out)[0].recipe).corrections
    assert (c.group, abs(c.centre[0] - 80.5) <= 1) == ("mirror-v", True)


def test_applying_twice_stacks_the_corrections(capsys, projects, tmp_path):
    once, twice = tmp_path / "once.motif", tmp_path / "twice.motif"
    assert run(capsys, "symmetry", projects["tulip"], "--apply", "auto", "-o", once, "-q")[0] == 0
    assert run(capsys, "symmetry", once, "--apply", "auto", "-o", twice, "-q")[0] == 0
    cs = Recipe.from_dict(load_motif(twice)[0].recipe).corrections
    assert [c.op for c in cs] == ["symmetrise", "symmetrise"]


def test_an_unlikely_named_group_is_applied_with_a_warning(capsys, projects, tmp_path):
    code, _, err = run(capsys, "symmetry", projects["tulip"], "--apply", "mirror-h", "-o",
                       tmp_path / "x.motif", "-q")
    assert code == 0 and "warning: mirror-h is unlikely" in err


@pytest.mark.parametrize("argv, named", [
    (["--apply", "auto", "-o", "{tmp}/x.motif"], ["no likely symmetry"]),
])
def test_auto_refuses_an_asymmetric_motif(capsys, projects, tmp_path, argv, named):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, "symmetry", projects["lopsided"], *argv, "-q")
    assert_one_line_error(code, err, *named)
    assert not (tmp_path / "x.motif").exists()


def test_errors_are_one_line(capsys, projects, tmp_path):
    src = projects["rosette"]
    before = digest(src)
    cases = [
        (["symmetry", src, "--apply", "auto"], ["--apply needs -o"]),
        (["symmetry", src, "-o", tmp_path / "y.motif"], ["-o is only for --apply"]),
        (["symmetry", src, "--apply", "auto", "-o", src], ["is the input project"]),
        (["symmetry", src, "--apply", "auto", "-o", f"{src.parent}/./{src.name}"],
         ["is the input project"]),
        (["symmetry", src, "--apply", "auto", "-o", tmp_path / "y.svg"], [".motif project"]),
        (["symmetry", src, "--apply", "auto", "-o", tmp_path / "nope" / "y.motif"],
         ["does not exist"]),
        (["symmetry", src, "--apply", "auto", "-o", tmp_path], ["is a folder"]),
        (["symmetry", tmp_path / "missing.motif"], ["missing.motif", "no such file"]),
        (["symmetry", src.with_suffix(".png")], ["not a .motif project"]),
        (["symmetry", src, "--max-shift", "0.5"], ["--max-shift"]),
        (["symmetry", projects["tulip"], "--apply", "D4", "-o", tmp_path / "z.motif"],
         ["D4 needs a square frame"]),
    ]
    for argv, named in cases:
        code, _, err = run(capsys, *argv)
        assert_one_line_error(code, err, *named)
    assert digest(src) == before


def test_a_hard_link_to_the_input_is_refused(capsys, projects, tmp_path):
    link = tmp_path / "link.motif"
    try:
        import os
        os.link(projects["rosette"], link)
    except OSError:
        pytest.skip("no hard links here")
    code, _, err = run(capsys, "symmetry", projects["rosette"], "--apply", "auto", "-o", link)
    assert_one_line_error(code, err, "is the input project")


def test_a_damaged_project_is_a_one_line_error(capsys, tmp_path):
    bad = tmp_path / "bad.motif"
    bad.write_bytes(b"not a zip")
    code, _, err = run(capsys, "symmetry", bad)
    assert_one_line_error(code, err, "bad.motif")


def test_an_unknown_group_is_a_usage_error(capsys, projects):
    with pytest.raises(SystemExit) as exc:
        main(["symmetry", str(projects["rosette"]), "--apply", "D6", "-o", "x.motif"])
    assert exc.value.code == 2


def test_the_design_choices_carry_over(capsys, projects, tmp_path):
    from motifstudio.design.spec import DesignSpec
    from motifstudio.project.motif_file import load_project, save_motif

    motif, original = load_motif(projects["rosette"])
    spec = DesignSpec(swap=(motif.palette[0].hex, motif.palette[1].hex))
    src = tmp_path / "designed.motif"
    save_motif(src, motif, original, design=spec)
    out = tmp_path / "out.motif"
    assert run(capsys, "symmetry", src, "--apply", "auto", "-o", out, "-q")[0] == 0
    assert load_project(out)[2] == spec
