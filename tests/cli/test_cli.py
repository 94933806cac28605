"""The ``motifstudio`` command line: trace, info, presets, and how it fails.

A few runs go through a real interpreter (``python -m motifstudio.cli.main``
and the ``motifstudio`` console script) to prove the entry points work end to
end.  The many other cases call :func:`motifstudio.cli.main.main` in-process
with the same argv: the module's ``__main__`` block is only
``sys.exit(main())``, so exit code, stdout and stderr are the same, and an
exception escaping ``main`` is turned into the traceback the interpreter
would have printed -- at a fraction of the cost of a fresh interpreter
(importing the imaging stack takes seconds).
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from motifstudio.cli.main import main
from motifstudio.project.motif_file import load_motif

ROOT = Path(__file__).resolve().parents[2]
SVG_NS = "{http://www.w3.org/2000/svg}"
PRESETS = ("ikat-5", "photo-auto", "shyrdak-2", "suzani-lines")
PALETTE = np.array([[236, 226, 204], [178, 34, 40], [32, 44, 96]], dtype=np.float64)


# ----------------------------------------------------------------- synthetic images
def motif_labels(h=200, w=240):
    """Cream ground, a red ring with a red corner square, an indigo diamond."""
    y, x = np.mgrid[0:h, 0:w] + 0.5
    cy, cx = h / 2, w / 2
    r = np.hypot((x - cx) / (w * 0.42), (y - cy) / (h * 0.42))
    labels = np.zeros((h, w), np.int32)
    labels[(r < 1.0) & (r > 0.62)] = 1
    labels[np.abs(x - cx) / (w * 0.2) + np.abs(y - cy) / (h * 0.2) < 1.0] = 2
    labels[int(h * 0.05):int(h * 0.2), int(w * 0.05):int(w * 0.2)] = 1
    return labels


def render(labels, palette=PALETTE, *, blur=0.8, noise=6.0, seed=1) -> Image.Image:
    rng = np.random.default_rng(seed)
    im = Image.fromarray(np.clip(palette[labels], 0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im, np.float64) + rng.normal(0, noise, labels.shape + (3,))
    return Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8))


def lines_image(h=220, w=260) -> Image.Image:
    """A suzani-like drawing: dark 4 px lines on undyed cloth."""
    im = Image.new("RGB", (w, h), (240, 234, 220))
    d = ImageDraw.Draw(im)
    d.ellipse((40, 30, 220, 190), outline=(40, 30, 40), width=4)
    d.line((60, 110, 200, 110), fill=(40, 30, 40), width=4)
    d.arc((90, 60, 170, 160), 200, 340, fill=(40, 30, 40), width=4)
    rng = np.random.default_rng(3)
    a = np.asarray(im.filter(ImageFilter.GaussianBlur(0.6)), float) + rng.normal(0, 5, (h, w, 3))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def ikat_image(h=200, w=300) -> Image.Image:
    """Five colours in nested diamonds with feathered (row-jittered) blurry edges."""
    pal = np.array([[230, 190, 50], [170, 30, 90], [245, 240, 230], [60, 25, 70],
                    [40, 120, 160]], float)
    y, x = np.mgrid[0:h, 0:w] + 0.5
    jitter = np.random.default_rng(4).normal(0, 2.0, (h, 1))
    dd = np.abs((x + jitter) % 100 - 50) / 50 + np.abs(y % 100 - 50) / 50
    labels = np.clip(np.digitize(dd, [0.3, 0.55, 0.8, 1.05]), 0, 4)
    return render(labels, pal, blur=1.5, noise=5, seed=4)


def lit_photo(labels) -> Image.Image:
    """The 3-colour motif under uneven, warm light."""
    h, w = labels.shape
    im = np.asarray(render(labels, seed=5), float)
    y, x = np.mgrid[0:h, 0:w]
    light = 0.8 + 0.3 * (x / w) * (1 - 0.3 * y / h)
    return Image.fromarray(np.clip(im * light[..., None] * [1.04, 1.0, 0.92], 0, 255)
                           .astype(np.uint8))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    labels = motif_labels()
    render(labels).save(d / "motif.png")
    render((labels > 0).astype(np.int32), PALETTE[[0, 1]]).save(d / "two.png")
    lines_image().save(d / "lines.png")
    ikat_image().save(d / "ikat.png")
    lit_photo(labels).save(d / "lit.png")
    render(labels).save(d / "motif.gif")
    (d / "text.png").write_text("this is not an image\n")
    data = (d / "motif.png").read_bytes()
    (d / "trunc.png").write_bytes(data[: len(data) // 2])
    (d / "empty.png").write_bytes(b"")
    (d / "text.motif").write_text("not a project\n")
    return {"dir": d, "labels": labels, **{p.stem + p.suffix.replace(".", "_"): p
                                           for p in d.iterdir()}}


# ----------------------------------------------------------------- runners
class Result:
    def __init__(self, code, out, err):
        self.code, self.out, self.err = code, out, err

    def __repr__(self):
        return f"Result(code={self.code!r}, out={self.out[-400:]!r}, err={self.err[-800:]!r})"


def cli(capsys, *argv) -> Result:
    """Run ``main(argv)`` as the console script would, capturing its output."""
    capsys.readouterr()
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # what the interpreter would print for an escaping exception
        sys.stderr.write(traceback.format_exc())
        code = 1
    out, err = capsys.readouterr()
    return Result(code, out, err)


def cli_process(*argv, cwd=None, script=False) -> Result:
    """Run the command in a fresh interpreter (``-m`` or the installed console script)."""
    if script:
        exe = Path(sys.executable).with_name("motifstudio")
        if not exe.exists():
            pytest.skip("the motifstudio console script is not installed next to python")
        cmd = [str(exe)]
    else:
        cmd = [sys.executable, "-m", "motifstudio.cli.main"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(cmd + [str(a) for a in argv], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def progress_lines(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if re.match(r"^\[[#-]+\]\s+\d+%", ln)]


def message_lines(err: str) -> list[str]:
    """stderr without the progress bar lines."""
    return [ln for ln in err.splitlines() if ln.strip() and ln not in progress_lines(err)]


def assert_clean_failure(r: Result, *must_name: str, code=None):
    assert r.code != 0, r
    if code is not None:
        assert r.code == code, r
    assert "Traceback" not in r.err, r
    assert r.out == "", r
    lines = message_lines(r.err)
    errors = [ln for ln in lines if "error" in ln.lower()]
    assert len(errors) == 1, f"expected one error line: {r.err!r}"
    for word in must_name:
        assert word.lower() in errors[0].lower(), f"{word!r} not named in {errors[0]!r}"
    return errors[0]


# ----------------------------------------------------------------- SVG helpers
def svg_mm(value: str) -> float:
    assert value.endswith("mm"), value
    return float(value[:-2])


def parse_svg(path: Path):
    root = ET.parse(path).getroot()
    assert root.tag == SVG_NS + "svg"
    return root


def face_paths(root):
    return [p for p in root.iter(SVG_NS + "path") if re.fullmatch(r"f\d+", p.get("id", ""))]


def stroke_paths(root):
    return [p for p in root.iter(SVG_NS + "path") if re.fullmatch(r"s\d+", p.get("id", ""))]


# ================================================================= real processes
@pytest.fixture(scope="module")
def traced(files):
    """``trace motif.png`` to SVG (with the bar) and to .motif (quiet), each in its own process."""
    d = files["dir"]
    svg = cli_process("trace", files["motif_png"], "-o", d / "out.svg", "--colors", "3", cwd=d)
    proj = cli_process("trace", files["motif_png"], "-o", d / "out.motif", "--colors", "3", "-q",
                       cwd=d, script=True)
    return svg, proj


def test_trace_to_svg_in_a_process(traced, files):
    r, _ = traced
    assert r.code == 0, r
    assert "Traceback" not in r.err
    assert r.out == "", "stdout is kept clean for pipes"
    h, w = files["labels"].shape
    root = parse_svg(files["dir"] / "out.svg")
    width, height = svg_mm(root.get("width")), svg_mm(root.get("height"))
    assert width > 0 and height / width == pytest.approx(h / w, rel=1e-3)
    # 96 dpi by default (no DPI in the file, no --width-mm)
    assert width == pytest.approx(w * 25.4 / 96, rel=1e-3)
    vb = [float(v) for v in root.get("viewBox").split()]
    assert vb == [0.0, 0.0, float(w), float(h)]


def test_trace_to_svg_has_one_filled_path_per_face(traced, files):
    r, p = traced
    assert r.code == 0 and p.code == 0, (r, p)
    motif, _ = load_motif(files["dir"] / "out.motif")  # same image, same recipe
    root = parse_svg(files["dir"] / "out.svg")
    paths = face_paths(root)
    pm = motif.planar_map
    assert sorted(int(p.get("id")[1:]) for p in paths) == list(range(pm.n_faces))
    for p in paths:
        f = int(p.get("id")[1:])
        assert p.get("fill") == motif.palette[int(pm.face_colour[f])].hex
        assert p.get("d", "").startswith("M")
    assert len({p.get("fill") for p in paths}) == 3


def test_trace_svg_renders_like_the_motif(traced, files):
    """Re-read with an independent renderer: the colours land where the truth says."""
    cairosvg = pytest.importorskip("cairosvg")
    labels = files["labels"]
    h, w = labels.shape
    png = cairosvg.svg2png(url=str(files["dir"] / "out.svg"), output_width=w, output_height=h)
    rgba = np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"), np.float64)
    assert rgba.shape[:2] == (h, w)
    cls = np.argmin(((rgba[..., None, :3] - PALETTE) ** 2).sum(-1), axis=-1)
    assert np.mean(cls == labels) >= 0.97
    assert np.mean(rgba[..., 3] > 250) >= 0.97, "the background shows through"


def test_trace_shows_progress_and_a_result_line(traced):
    r, _ = traced
    bar = progress_lines(r.err)
    assert bar, f"no progress bar on stderr: {r.err!r}"
    pct = [int(re.search(r"(\d+)%", ln).group(1)) for ln in bar]
    assert pct == sorted(pct) and pct[-1] == 100
    rest = message_lines(r.err)
    assert len(rest) == 1 and "out.svg" in rest[0] and "3 colours" in rest[0], rest
    assert re.search(r"\d+ × \d+ mm", rest[0])


def test_trace_to_motif_with_the_console_script(traced, files):
    _, r = traced
    assert r.code == 0, r
    assert r.err == "" and r.out == "", "-q prints nothing at all"
    motif, original = load_motif(files["dir"] / "out.motif")
    digest = hashlib.sha256(files["motif_png"].read_bytes()).hexdigest()
    assert original == files["motif_png"].read_bytes()
    assert hashlib.sha256(original).hexdigest() == digest == motif.source.sha256
    assert motif.source.filename == "motif.png"
    assert len(motif.palette) == 3
    assert motif.recipe["segment"]["n_colors"] == 3
    assert motif.metadata.title == "motif"


def test_info_and_presets_in_a_process(traced, files):
    r = cli_process("info", files["dir"] / "out.motif", "--json")
    assert r.code == 0, r
    info = json.loads(r.out)
    assert info["kind"] == "project" and info["has_original"] is True
    assert info["source_sha256"] == hashlib.sha256(files["motif_png"].read_bytes()).hexdigest()
    r = cli_process("presets")
    assert r.code == 0, r
    assert [ln.split()[0] for ln in r.out.splitlines() if ln.strip()] == sorted(PRESETS)
    r = cli_process("--version")
    assert r.code == 0 and "motifstudio" in r.out


def test_a_failure_in_a_process_is_one_clean_line(files):
    r = cli_process("trace", files["dir"] / "nope.png", "-o", files["dir"] / "x.svg", "-q")
    assert_clean_failure(r, "nope.png", "no such file", code=1)
    r = cli_process("trace", files["motif_png"], "-o", files["dir"] / "x.svg", "--colors", "abc")
    assert_clean_failure(r, "--colors", "abc", code=2)


# ================================================================= in-process runs
def test_width_mm_sets_the_svg_size(capsys, files, tmp_path):
    h, w = files["labels"].shape
    out = tmp_path / "wide.svg"
    r = cli(capsys, "trace", files["motif_png"], "-o", out, "--colors", "3", "--width-mm", "300",
            "-q")
    assert r.code == 0, r
    root = parse_svg(out)
    assert root.get("width") == "300mm"
    assert svg_mm(root.get("height")) == pytest.approx(300 * h / w, abs=1e-3)


def test_dpi_sets_the_svg_size(capsys, files, tmp_path):
    src = tmp_path / "scan.png"
    Image.open(files["motif_png"]).save(src, dpi=(300, 300))
    out = tmp_path / "scan.svg"
    r = cli(capsys, "trace", src, "-o", out, "--colors", "3", "-q")
    assert r.code == 0, r
    w = files["labels"].shape[1]
    assert svg_mm(parse_svg(out).get("width")) == pytest.approx(w * 25.4 / 300, rel=1e-3)


@pytest.mark.parametrize("preset, image, n_fills", [
    ("shyrdak-2", "two_png", 2),
    ("ikat-5", "ikat_png", 5),
    ("suzani-lines", "lines_png", None),
    ("photo-auto", "lit_png", 3),
])
def test_every_preset_traces(capsys, files, tmp_path, preset, image, n_fills):
    out = tmp_path / f"{preset}.svg"
    r = cli(capsys, "trace", files[image], "-o", out, "--preset", preset, "-q")
    assert r.code == 0, r
    root = parse_svg(out)
    fills = {p.get("fill") for p in face_paths(root)}
    if n_fills is not None:
        assert len(fills) == n_fills, fills
    if preset == "suzani-lines":
        strokes = stroke_paths(root)
        assert strokes, "no centrelines in the Lines layer"
        assert all(p.get("fill") == "none" and p.get("stroke", "").startswith("#") for p in strokes)
        assert all(float(p.get("stroke-width")) > 1.0 for p in strokes)


def test_preset_can_be_overridden_by_flags(capsys, files, tmp_path):
    out = tmp_path / "p.motif"
    r = cli(capsys, "trace", files["ikat_png"], "-o", out, "--preset", "ikat-5", "--colors", "4",
            "-q")
    assert r.code == 0, r
    motif, _ = load_motif(out)
    assert len(motif.palette) == 4
    assert motif.recipe["preset"] == "ikat-5"
    assert motif.recipe["segment"]["n_colors"] == 4
    assert motif.recipe["cleanup"]["denoise"] == "tv"


def test_seamless_flag_strokes_every_face(capsys, files, tmp_path):
    out = tmp_path / "s.svg"
    r = cli(capsys, "trace", files["motif_png"], "-o", out, "--colors", "3", "--seamless", "-q")
    assert r.code == 0, r
    paths = face_paths(parse_svg(out))
    assert paths and all(p.get("stroke") == p.get("fill") for p in paths)


def test_title_flag(capsys, files, tmp_path):
    out = tmp_path / "t.motif"
    r = cli(capsys, "trace", files["motif_png"], "-o", out, "--colors", "3", "--title",
            "Kochkor muyuz", "-q")
    assert r.code == 0, r
    assert load_motif(out)[0].metadata.title == "Kochkor muyuz"


# ----------------------------------------------------------------- info / presets
def test_info_on_an_image(capsys, files):
    r = cli(capsys, "info", files["motif_png"])
    assert r.code == 0, r
    fields = dict(re.split(r"\s{2,}", ln.strip(), maxsplit=1) for ln in r.out.splitlines()
                  if len(re.split(r"\s{2,}", ln.strip(), maxsplit=1)) == 2)
    h, w = files["labels"].shape
    assert fields["kind"] == "image" and fields["format"] == "PNG"
    assert fields["width"] == str(w) and fields["height"] == str(h)
    assert fields["sha256"] == hashlib.sha256(files["motif_png"].read_bytes()).hexdigest()
    r = cli(capsys, "info", files["motif_png"], "--json")
    assert r.code == 0, r
    info = json.loads(r.out)
    assert (info["kind"], info["format"], info["width"], info["height"]) == ("image", "PNG", w, h)


def test_info_on_a_project(capsys, traced, files):
    r = cli(capsys, "info", files["dir"] / "out.motif")
    assert r.code == 0, r
    assert "project" in r.out and "n_faces" in r.out and "motif.png" in r.out
    r = cli(capsys, "info", files["dir"] / "out.motif", "--json")
    assert r.code == 0, r
    info = json.loads(r.out)
    motif, _ = load_motif(files["dir"] / "out.motif")
    assert info["kind"] == "project"
    assert info["n_faces"] == motif.planar_map.n_faces
    assert info["n_colours"] == len(motif.palette) == 3
    assert info["size_mm"] == pytest.approx(list(motif.size_mm))
    assert info["title"] == "motif"


def test_presets_lists_the_four(capsys):
    r = cli(capsys, "presets")
    assert r.code == 0, r
    names = [ln.split()[0] for ln in r.out.splitlines() if ln.strip()]
    assert names == sorted(PRESETS)
    for ln in r.out.splitlines():
        assert len(ln.split(None, 1)) == 2, f"preset without a description: {ln!r}"


def test_no_command_prints_help(capsys):
    r = cli(capsys)
    assert r.code == 2
    assert "trace" in r.err and "Traceback" not in r.err


# ----------------------------------------------------------------- failures
BAD_TRACE = {
    # id: (argv after "trace", exit code, words the message must name)
    "missing file": (["{dir}/nope.png", "-o", "{dir}/x.svg"], 1, ["nope.png", "no such file"]),
    "text named .png": (["{text_png}", "-o", "{dir}/x.svg"], 1, ["text.png", "format"]),
    "empty file": (["{empty_png}", "-o", "{dir}/x.svg"], 1, ["empty.png", "empty"]),
    "truncated png": (["{trunc_png}", "-o", "{dir}/x.svg"], 1, ["trunc.png", "truncated"]),
    "gif": (["{motif_gif}", "-o", "{dir}/x.svg"], 1, ["motif.gif", "GIF"]),
    "folder as input": (["{dir}", "-o", "{dir}/x.svg"], 1, ["folder"]),
    "colors 0": (["{motif_png}", "-o", "{dir}/x.svg", "--colors", "0"], 1, ["colors", "at least 1"]),
    "colors 65": (["{motif_png}", "-o", "{dir}/x.svg", "--colors", "65"], 1, ["colors", "64"]),
    "colors abc": (["{motif_png}", "-o", "{dir}/x.svg", "--colors", "abc"], 2, ["--colors", "abc"]),
    "width-mm 0": (["{motif_png}", "-o", "{dir}/x.svg", "--width-mm", "0"], 1, ["width"]),
    "unknown preset": (["{motif_png}", "-o", "{dir}/x.svg", "--preset", "nope"], 2,
                       ["--preset", "nope"]),
    "missing folder": (["{motif_png}", "-o", "{dir}/no/such/dir/x.svg"], 1,
                       ["x.svg", "does not exist"]),
    "unknown extension": (["{motif_png}", "-o", "{dir}/x.xyz"], 1, ["x.xyz", "svg"]),
    "max-pixels": (["{motif_png}", "-o", "{dir}/x.svg", "--max-pixels", "100"], 1,
                   ["motif.png", "limit", "--max-pixels"]),
    "bad crop": (["{motif_png}", "-o", "{dir}/x.svg", "--crop", "0,0,10"], 1, ["crop"]),
    "bad pinned colour": (["{motif_png}", "-o", "{dir}/x.svg", "--pinned", "#zzzzzz"], 1,
                          ["#zzzzzz"]),
    "no output": (["{motif_png}"], 2, ["-o"]),
}


def _fill(argv, files):
    names = {k: str(v) for k, v in files.items() if isinstance(v, Path)}
    return [a.format(**names) for a in argv]


@pytest.mark.parametrize("quiet", [True, False], ids=["quiet", "with-bar"])
@pytest.mark.parametrize("case", list(BAD_TRACE), ids=list(BAD_TRACE))
def test_bad_trace_fails_cleanly(capsys, files, case, quiet):
    argv, code, words = BAD_TRACE[case]
    r = cli(capsys, "trace", *_fill(argv, files), *(["-q"] if quiet else []))
    assert_clean_failure(r, *words, code=code)
    if code == 1 and quiet:
        assert len(r.err.splitlines()) == 1, f"more than one line with -q: {r.err!r}"
    assert not (files["dir"] / "x.svg").exists()
    assert not (files["dir"] / "x.xyz").exists()


@pytest.mark.parametrize("case, argv, words", [
    ("missing image", ["{dir}/nope.png"], ["nope.png"]),
    ("missing project", ["{dir}/nope.motif"], ["nope.motif"]),
    ("text named .png", ["{text_png}"], ["text.png"]),
    ("text named .motif", ["{text_motif}"], ["text.motif", "not a Motif Studio project"]),
    ("gif", ["{motif_gif}"], ["motif.gif", "GIF"]),
], ids=lambda v: v if isinstance(v, str) else "")
def test_bad_info_fails_cleanly(capsys, files, case, argv, words):
    r = cli(capsys, "info", *_fill(argv, files))
    assert_clean_failure(r, *words, code=1)
    assert len(r.err.splitlines()) == 1


@pytest.mark.parametrize("ext", [".svg", ".motif"])
@pytest.mark.parametrize("bad", [["{trunc_png}"], ["{motif_png}", "--colors", "0"],
                                 ["{motif_png}", "--max-pixels", "100"]],
                         ids=["truncated", "colors-0", "max-pixels"])
def test_a_failed_trace_leaves_an_existing_output_alone(capsys, files, tmp_path, ext, bad):
    out = tmp_path / f"keep{ext}"
    out.write_bytes(b"precious earlier work")
    before = sorted(os.listdir(tmp_path))
    argv = _fill(bad, files)
    r = cli(capsys, "trace", argv[0], "-o", out, *argv[1:], "-q")
    assert r.code == 1, r
    assert out.read_bytes() == b"precious earlier work"
    assert sorted(os.listdir(tmp_path)) == before, "temporary files left behind"


def test_output_that_is_a_folder_fails_cleanly(capsys, files, tmp_path):
    out = tmp_path / "folder.svg"
    out.mkdir()
    r = cli(capsys, "trace", files["motif_png"], "-o", out, "--colors", "2", "-q")
    assert_clean_failure(r, "folder.svg", code=1)
    assert out.is_dir() and not any(out.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.svg"], "temporary file left"


def test_interrupt_exits_130_without_output(capsys, files, tmp_path, monkeypatch):
    import motifstudio.imaging.pipeline as pipeline

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "digitise", interrupted)
    out = tmp_path / "x.svg"
    r = cli(capsys, "trace", files["motif_png"], "-o", out, "-q")
    assert r.code == 130, r
    assert "interrupted" in r.err and "Traceback" not in r.err
    assert not out.exists()


def test_out_of_memory_fails_cleanly(capsys, files, tmp_path, monkeypatch):
    import motifstudio.imaging.pipeline as pipeline

    def oom(*a, **k):
        raise MemoryError

    monkeypatch.setattr(pipeline, "digitise", oom)
    r = cli(capsys, "trace", files["motif_png"], "-o", tmp_path / "x.svg", "-q")
    assert_clean_failure(r, "memory", code=1)


def test_gui_without_the_app_fails_cleanly(capsys, monkeypatch):
    # None in sys.modules makes `import motifstudio.app.main` raise ModuleNotFoundError,
    # as on a machine without PySide6 -- and never opens a window.
    monkeypatch.setitem(sys.modules, "motifstudio.app.main", None)
    r = cli(capsys, "gui")
    assert_clean_failure(r, "app", code=1)


@pytest.mark.parametrize("flag, value", [("--colors", "0"), ("--width-mm", "0")])
def test_range_errors_name_the_flag(capsys, files, flag, value):
    r = cli(capsys, "trace", files["motif_png"], "-o", files["dir"] / "x.svg", flag, value, "-q")
    assert_clean_failure(r, flag)


@pytest.mark.parametrize("flag, value", [("--corners", "0,0;10,0;10,10;0,abc"),
                                         ("--neutral-point", "1,2;")])
def test_bad_point_lists_are_explained(capsys, files, flag, value):
    r = cli(capsys, "trace", files["motif_png"], "-o", files["dir"] / "x.svg", flag, value, "-q")
    line = assert_clean_failure(r, flag, code=2)
    assert "_parse_points" not in line
