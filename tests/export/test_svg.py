"""SVG export: structure re-read with ElementTree, pixels re-read with real renderers."""
import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from motifstudio.core.document import Metadata, Motif, Palette, SourceRef, Swatch
from motifstudio.core.planar import CUBIC, LINE, OUTSIDE, PlanarMap
from motifstudio.core.rasterise import rasterise_faces
from motifstudio.export.svg import SvgOptions, svg_bytes, write_svg
from planar_maps import build_map

SVG = "{http://www.w3.org/2000/svg}"
INK = "{http://www.inkscape.org/namespaces/inkscape}"
K = 0.5522847498
LUMA = np.array([0.2126, 0.7152, 0.0722])




RED, BLUE, CREAM = (150, 20, 30), (20, 40, 140), (240, 225, 190)


def palette(*rgbs, names=("red", "blue", "cream")):
    return Palette(tuple(Swatch.from_rgb(c, name) for c, name in zip(rgbs, names)))


def motif(pm, pal, size_mm=None, **kw):
    return Motif(source=kw.pop("source", None), recipe=kw.pop("recipe", {}), palette=pal,
                 planar_map=pm, size_mm=size_mm or (pm.width * 2.0, pm.height * 2.0), **kw)


def two_faces(x_top=3.0, x_bottom=3.0, w=6, h=4):
    """Face 0 left (red), face 1 right (blue) of a shared edge from (x_top, 0) to (x_bottom, h)."""
    edges = [([(x_top, 0), (x_bottom, h)], "L"),
             ([(x_bottom, h), (0, h), (0, 0), (x_top, 0)], "LLL"),
             ([(x_top, 0), (w, 0), (w, h), (x_bottom, h)], "LLL")]
    return build_map(w, h, edges, [[[1, 0]], [[2, ~0]]], [0, 1])


def square_with_hole():
    edges = [([(0, 0), (12, 0), (12, 12), (0, 12), (0, 0)], "LLLL"),
             ([(4, 4), (8, 4), (8, 8), (4, 8), (4, 4)], "LLLL")]
    return build_map(12, 12, edges, [[[0], [~1]], [[1]]], [2, 0])


def disc(cx=16.0, cy=15.0, r=11.0, w=32, h=30):
    k = K * r
    ring = [(cx + r, cy), (cx + r, cy + k), (cx + k, cy + r), (cx, cy + r),
            (cx - k, cy + r), (cx - r, cy + k), (cx - r, cy), (cx - r, cy - k),
            (cx - k, cy - r), (cx, cy - r), (cx + k, cy - r), (cx + r, cy - k), (cx + r, cy)]
    edges = [([(0, 0), (w, 0), (w, h), (0, h), (0, 0)], "LLLL"), (ring, "CCCC")]
    return build_map(w, h, edges, [[[0], [~1]], [[1]]], [2, 1])


# ---------------------------------------------------------------- rendering
def _render_cairosvg(data, w, h):
    cairosvg = pytest.importorskip("cairosvg")
    return cairosvg.svg2png(bytestring=data, output_width=w, output_height=h,
                            background_color="white")


def _render_rsvg(data, w, h):
    exe = shutil.which("rsvg-convert")
    if exe is None:
        pytest.skip("rsvg-convert is not installed")
    return subprocess.run([exe, "-w", str(w), "-h", str(h), "-b", "white"], input=data,
                          capture_output=True, check=True).stdout


RENDERERS = [_render_cairosvg, _render_rsvg]


def render(data: bytes, w: int, h: int, renderer=_render_cairosvg) -> np.ndarray:
    png = renderer(data, w, h)
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(float)


# ---------------------------------------------------------------- structure
def parse(data: bytes) -> ET.Element:
    return ET.fromstring(data)


def test_document_size_title_desc_and_layers():
    pm = square_with_hole()
    src = SourceRef(filename="felt.jpg", sha256="ab" * 32, size_bytes=1234, format="JPEG",
                    width=12, height=12)
    m = motif(pm, palette(RED, BLUE, CREAM), size_mm=(120.0, 120.0), source=src)
    root = parse(svg_bytes(m))
    assert root.get("width") == "120mm" and root.get("height") == "120mm"
    assert root.get("viewBox") == "0 0 12 12"
    assert root.find(SVG + "title").text == "felt.jpg"
    desc = root.find(SVG + "desc").text
    assert "ab" * 32 in desc and "120 x 120 mm" in desc and "Colours: 3" in desc
    assert "Motif Studio 0.1" in desc
    layers = root.findall(SVG + "g")
    assert [g.get(INK + "groupmode") for g in layers] == ["layer"] * 3
    assert [g.get(INK + "label") for g in layers] == [
        "1 red #96141e", "2 blue #14288c", "3 cream #f0e1be"]
    # one path per face, in the layer of its colour, fill on the element
    assert [p.get("id") for p in layers[0].findall(SVG + "path")] == ["f1"]
    assert layers[1].findall(SVG + "path") == []
    assert [p.get("id") for p in layers[2].findall(SVG + "path")] == ["f0"]
    fills = {p.get("id"): p.get("fill") for p in root.iter(SVG + "path")}
    assert fills == {"f0": "#f0e1be", "f1": "#96141e"}
    # the outer face draws both of its loops
    outer = layers[2].find(SVG + "path").get("d")
    assert outer.count("M") == 2 and outer.count("Z") == 2


def test_title_prefers_metadata():
    m = motif(two_faces(), palette(RED, BLUE), metadata=Metadata(title="Kochkor muyuz"))
    assert parse(svg_bytes(m)).find(SVG + "title").text == "Kochkor muyuz"


def test_seamless_strokes_each_face_in_its_own_colour():
    m = motif(two_faces(), palette(RED, BLUE))
    for p in parse(svg_bytes(m, SvgOptions(seamless=True))).iter(SVG + "path"):
        assert p.get("stroke") == p.get("fill")
        assert float(p.get("stroke-width")) == 1.0
        assert p.get("stroke-linejoin") == "round"
    # off by default: the stroke bleeds half a pixel into neighbours, which costs fidelity
    for p in parse(svg_bytes(m)).iter(SVG + "path"):
        assert p.get("stroke") in (None, "none")


def test_seamless_follows_the_recipe_when_no_options():
    m = motif(two_faces(), palette(RED, BLUE), recipe={"output": {"seamless": False}})
    assert all(p.get("stroke") == "none" for p in parse(svg_bytes(m)).iter(SVG + "path"))


def _commands(d):
    """Path data -> list of (letter, [(x, y) as strings])."""
    out = []
    for letter, body in re.findall(r"([MLCZ])([^MLCZ]*)", d):
        nums = body.split()
        out.append((letter, list(zip(nums[0::2], nums[1::2]))))
    return out


def test_shared_edge_text_is_identical_in_both_faces():
    pm = disc()
    m = motif(pm, palette(RED, BLUE, CREAM))
    d = {p.get("id"): p.get("d") for p in parse(svg_bytes(m)).iter(SVG + "path")}
    inner, outer = _commands(d["f1"]), _commands(d["f0"])
    # the inner face is the ring forwards; the outer face's second loop is it reversed
    ring_fwd = inner[:-1]                          # M, 4×C (drop Z)
    second = outer[outer.index(("Z", [])) + 1:-1]  # M, 4×C of the hole loop
    fwd_pts = [p for _, pts in ring_fwd for p in pts]
    rev_pts = [p for _, pts in second for p in pts]
    assert fwd_pts == rev_pts[::-1]                # same text, number for number
    assert [c for c, _ in ring_fwd] == ["M", "C", "C", "C", "C"]


# ---------------------------------------------------------------- output targets
def test_write_to_path_binary_and_text_files(tmp_path):
    m = motif(two_faces(), palette(RED, BLUE))
    expected = svg_bytes(m)
    target = tmp_path / "motif.svg"
    target.write_text("old")
    write_svg(m, target)
    assert target.read_bytes() == expected
    write_svg(m, str(target))
    assert target.read_bytes() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["motif.svg"]   # no temp debris
    buf = io.BytesIO()
    write_svg(m, buf)
    assert buf.getvalue() == expected
    text = io.StringIO()
    write_svg(m, text)
    assert text.getvalue() == expected.decode("utf-8")


def test_errors():
    pm = two_faces()
    with pytest.raises(ValueError, match="palette"):
        svg_bytes(motif(pm, palette(RED)))
    with pytest.raises(ValueError, match="size"):
        svg_bytes(motif(pm, palette(RED, BLUE), size_mm=(0.0, 3.0)))
    with pytest.raises(ValueError, match="decimals"):
        SvgOptions(decimals=9)


def test_centreline_strokes_layer():
    line = np.array([[1.0, 1.0], [5.0, 3.25]])
    opts = SvgOptions(strokes=((line, 0.8, (10, 10, 10)), ("M0 4L6 0", 1.5, "#FFEE00")))
    root = parse(svg_bytes(motif(two_faces(), palette(RED, BLUE)), opts))
    layers = root.findall(SVG + "g")
    assert layers[-1].get(INK + "label") == "Lines"
    s0, s1 = layers[-1].findall(SVG + "path")
    assert s0.get("d") == "M1 1L5 3.25" and s0.get("stroke") == "#0a0a0a"
    assert s0.get("fill") == "none" and s0.get("stroke-linecap") == "round"
    assert s0.get("stroke-width") == "0.8"
    assert s1.get("d") == "M0 4L6 0" and s1.get("stroke") == "#ffee00"


def test_motif_strokes_are_drawn_in_the_lines_layer():
    from motifstudio.core.document import Stroke
    s = Stroke(pts=np.array([[1.0, 1.0], [2, 0], [4, 0], [5, 1], [5, 3]]),
               ops=np.array([CUBIC, LINE], np.uint8), width=0.75, colour=1, closed=True)
    m = motif(two_faces(), palette(RED, BLUE), strokes=(s,))
    extra = SvgOptions(strokes=(([[0, 0], [1, 1]], 2, (0, 0, 0)),))
    layers = parse(svg_bytes(m, extra)).findall(SVG + "g")
    assert layers[-1].get(INK + "label") == "Lines"
    own, more = layers[-1].findall(SVG + "path")
    assert own.get("d") == "M1 1C2 0 4 0 5 1L5 3Z"
    assert own.get("stroke") == "#14288c" and own.get("stroke-width") == "0.75"
    assert own.get("fill") == "none" and own.get("stroke-linejoin") == "round"
    assert more.get("d") == "M0 0L1 1"
    with pytest.raises(ValueError, match="palette"):
        svg_bytes(motif(two_faces(), palette(RED, BLUE),
                        strokes=(Stroke(s.pts, s.ops, 1.0, colour=5),)))


# ---------------------------------------------------------------- pixels
@pytest.mark.parametrize("renderer", RENDERERS, ids=["cairosvg", "rsvg"])
@pytest.mark.parametrize("seamless", [True, False])
def test_rendered_colours_inside_faces(renderer, seamless):
    cases = [(two_faces(), palette(RED, BLUE), [(1.5, 2.0, RED), (4.5, 2.0, BLUE)]),
             (square_with_hole(), palette(RED, BLUE, CREAM),
              [(2.0, 2.0, CREAM), (6.0, 6.0, RED), (10.0, 6.0, CREAM)]),
             (disc(), palette(RED, BLUE, CREAM),
              [(16.0, 15.0, BLUE), (2.0, 2.0, CREAM), (30.0, 28.0, CREAM), (16.0, 6.0, BLUE)])]
    for pm, pal, samples in cases:
        img = render(svg_bytes(motif(pm, pal), SvgOptions(seamless=seamless)),
                     int(pm.width), int(pm.height), renderer)
        assert img.shape == (int(pm.height), int(pm.width), 3)
        for x, y, rgb in samples:
            np.testing.assert_allclose(img[int(y), int(x)], rgb, atol=2)


@pytest.mark.parametrize("renderer", RENDERERS, ids=["cairosvg", "rsvg"])
def test_render_matches_rasterised_labels_away_from_edges(renderer):
    pm = disc()
    pal = palette(RED, BLUE, CREAM)
    img = render(svg_bytes(motif(pm, pal)), 32, 30, renderer)
    labels = rasterise_faces(pm)
    yy, xx = np.mgrid[0:30, 0:32]
    far = np.abs(np.hypot(xx + 0.5 - 16, yy + 0.5 - 15) - 11) > 1.0
    colours = pal.rgb_array()[pm.face_colour[labels]].astype(float)
    assert np.abs(img - colours)[far].max() <= 2


def _hairline_excess(img, a, b):
    """How much lighter than the lighter of the two face colours the lightest pixel is."""
    return float((img @ LUMA).max() - max(np.dot(a, LUMA), np.dot(b, LUMA)))


@pytest.mark.parametrize("renderer", RENDERERS, ids=["cairosvg", "rsvg"])
def test_seamless_hides_the_hairline(renderer):
    # a slanted shared edge crosses pixels at every coverage, including 50 %
    pm = two_faces(x_top=13.3, x_bottom=26.7, w=40, h=30)
    m = motif(pm, palette(RED, BLUE))
    plain = render(svg_bytes(m, SvgOptions(seamless=False)), 40, 30, renderer)
    seamless = render(svg_bytes(m, SvgOptions(seamless=True, seam_width=0.5)), 40, 30, renderer)
    wide = render(svg_bytes(m, SvgOptions(seamless=True)), 40, 30, renderer)
    # without the stroke the white background shows through the shared edge
    assert _hairline_excess(plain, RED, BLUE) > 30
    # a half-pixel stroke leaves at most a faint trace at 1:1 ...
    assert _hairline_excess(seamless, RED, BLUE) < 10
    # ... and the default one-pixel stroke leaves no pixel lighter than both neighbours
    assert _hairline_excess(wide, RED, BLUE) <= 1.0
    # the faces' interiors are untouched
    for img in (plain, seamless, wide):
        np.testing.assert_allclose(img[15, 5], RED, atol=2)
        np.testing.assert_allclose(img[15, 35], BLUE, atol=2)


def test_many_faces_are_fast_enough_and_valid():
    # a 60×60 grid of faces: every face is one path with the right fill
    n, cell = 60, 4
    edges, h_id, v_id = [], {}, {}
    for j in range(n + 1):
        for i in range(n):
            h_id[i, j] = len(edges)
            edges.append(([(i * cell, j * cell), ((i + 1) * cell, j * cell)], "L"))
    for i in range(n + 1):
        for j in range(n):
            v_id[i, j] = len(edges)
            edges.append(([(i * cell, j * cell), (i * cell, (j + 1) * cell)], "L"))
    faces = [[[h_id[i, j], v_id[i + 1, j], ~h_id[i, j + 1], ~v_id[i, j]]]
             for j in range(n) for i in range(n)]
    colours = [(i + j) % 2 for j in range(n) for i in range(n)]
    pm = build_map(n * cell, n * cell, edges, faces, colours)
    root = parse(svg_bytes(motif(pm, palette(RED, BLUE))))
    paths = list(root.iter(SVG + "path"))
    assert len(paths) == n * n
    want = {f"f{f}": ("#96141e", "#14288c")[c] for f, c in enumerate(colours)}
    assert {p.get("id"): p.get("fill") for p in paths} == want
