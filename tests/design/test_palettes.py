"""Palette library: DMC table, CIEDE2000 nearest, GIMP .gpl and Adobe .ase files."""
from __future__ import annotations

import io
import struct

import numpy as np
import pytest

from motifstudio.core.colour import rgb_to_lab
from motifstudio.core.document import Palette, Swatch
from motifstudio.design import palettes as P


# ----------------------------------------------------------------------- DMC

def test_dmc_loads_454_named_swatches():
    dmc = P.load_dmc()
    assert len(dmc) == 454
    assert all(s.name and s.source.startswith("DMC ") for s in dmc.swatches)
    assert len({s.source for s in dmc.swatches}) == 454
    first = dmc[0]
    assert (first.name, first.source, first.rgb) == ("Salmon - Very Light", "DMC 3713",
                                                      (255, 226, 226))
    sources = {s.source for s in dmc.swatches}
    assert {"DMC White", "DMC Ecru", "DMC B5200"} <= sources
    assert P.load_dmc() is dmc   # cached


def test_dmc_310_is_black_and_lab_matches_rgb():
    by_source = {s.source: s for s in P.load_dmc().swatches}
    black = by_source["DMC 310"]
    assert black.name == "Black"
    assert black.rgb == (0, 0, 0)
    assert black.lab[0] < 1
    s = by_source["DMC 760"]
    assert s.name == "Salmon"
    np.testing.assert_allclose(s.lab, rgb_to_lab(np.array(s.rgb, dtype=np.uint8)), atol=1e-3)


def test_nearest_dmc_black_and_white():
    dmc = P.load_dmc()
    lab = rgb_to_lab(np.array([[0, 0, 0], [255, 255, 255]], dtype=np.uint8))
    idx = P.nearest(dmc, lab)
    assert idx.shape == (2,)
    assert dmc[idx[0]].source == "DMC 310"
    assert dmc[idx[1]].source == "DMC B5200"   # Snow White, FFFFFF exactly
    # single colour -> 0-d; k > 1 -> best first
    assert int(P.nearest(dmc, lab[0])) == idx[0]
    top = P.nearest(dmc, lab, k=3)
    assert top.shape == (2, 3)
    assert (top[:, 0] == idx).all()


def test_nearest_ties_go_to_lowest_index_and_matches_brute_force():
    red = Swatch.from_rgb((200, 30, 30), name="a")
    pal = Palette((Swatch.from_rgb((0, 0, 255)), red, red, Swatch.from_rgb((0, 200, 0)), red))
    assert int(P.nearest(pal, red.lab)) == 1
    assert list(P.nearest(pal, red.lab, k=3)) == [1, 2, 4]

    rng = np.random.default_rng(0)
    dmc = P.load_dmc()
    lab = rgb_to_lab(rng.integers(0, 256, (50, 3)).astype(np.uint8))
    got = P.nearest(dmc, lab.reshape(5, 10, 3))
    assert got.shape == (5, 10)
    brute = [min(range(len(dmc)), key=lambda j: (float(P.delta_e_ciede2000(c, dmc[j].lab)), j))
             for c in lab]
    assert got.ravel().tolist() == brute


def test_nearest_rejects_bad_input():
    with pytest.raises(ValueError, match="empty"):
        P.nearest(Palette(), [50, 0, 0])
    pal = Palette((Swatch.from_rgb((1, 2, 3)),))
    with pytest.raises(ValueError, match="k must"):
        P.nearest(pal, [50, 0, 0], k=2)
    with pytest.raises(ValueError, match="shape"):
        P.nearest(pal, [[50, 0]])


# ---------------------------------------------------------------------- GIMP

SAMPLE = Palette((Swatch.from_rgb((0, 0, 0), name="Black"),
                  Swatch.from_rgb((255, 226, 226), name="Salmon - Very Light"),
                  Swatch.from_rgb((12, 200, 99), name="Зелёный ёшил"),
                  Swatch.from_rgb((255, 255, 255), name="White")), name="Test palette")


def _key(p):
    return [(s.name, s.rgb) for s in p.swatches]


def test_gpl_round_trip(tmp_path):
    path = tmp_path / "p.gpl"
    P.write_gpl(SAMPLE, path, columns=4)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("GIMP Palette\nName: Test palette\nColumns: 4\n")
    assert "  0   0   0\tBlack\n" in text
    back = P.read_gpl(path)
    assert back.name == "Test palette"
    assert _key(back) == _key(SAMPLE)
    buf = io.BytesIO()
    P.write_gpl(SAMPLE, buf)
    assert _key(P.read_gpl(buf.getvalue())) == _key(SAMPLE)


def test_gpl_hand_written_tolerant():
    text = ("\ufeffGIMP Palette\r\n"
            "Name:   Felt colours  \r\n"
            "Columns: 8\r\n"
            "# a comment\r\n"
            "#\r\n"
            "\r\n"
            "255\t0\t0\tRed wool\r\n"
            "  0  128   0     Green   felt  \r\n"
            "0 0 255\r\n"
            "   # indented comment\r\n"
            "10 20 30 name with\ttab\r\n")
    pal = P.read_gpl(text)
    assert pal.name == "Felt colours"
    assert [s.rgb for s in pal.swatches] == [(255, 0, 0), (0, 128, 0), (0, 0, 255), (10, 20, 30)]
    assert pal[0].name == "Red wool"
    assert pal[1].name == "Green   felt"
    assert pal[2].name == "#0000ff"           # missing name -> hex
    assert pal[3].name == "name with\ttab"


@pytest.mark.parametrize("text, match", [
    ("", "line 1: not a GIMP palette"),
    ("JASC-PAL\n0100\n", "line 1: not a GIMP palette"),
    ("GIMP Palette\nName: x\n1 2 3 ok\n4 5 red\n", "line 4: expected 'R G B name'"),
    ("GIMP Palette\n1 2 300 too big\n", "line 2: colour component out of 0..255"),
    ("GIMP Palette\nColumns: many\n", "line 2: bad Columns"),
])
def test_gpl_bad_files(text, match):
    with pytest.raises(ValueError, match=match):
        P.read_gpl(text.encode())


def test_gpl_bad_file_names_the_path(tmp_path):
    path = tmp_path / "bad.gpl"
    path.write_text("GIMP Palette\nnot a colour\n")
    with pytest.raises(ValueError, match=r"bad\.gpl: line 2"):
        P.read_gpl(path)


# ----------------------------------------------------------------------- ASE

def test_ase_round_trip(tmp_path):
    path = tmp_path / "p.ase"
    P.write_ase(SAMPLE, path)
    data = path.read_bytes()
    assert data[:4] == b"ASEF" and struct.unpack(">HHI", data[4:12]) == (1, 0, 6)
    back = P.read_ase(path)
    assert back.name == "Test palette"
    assert _key(back) == _key(SAMPLE)
    # ungrouped, via a binary file
    buf = io.BytesIO()
    P.write_ase(Palette(SAMPLE.swatches), buf, colour_type="spot")
    assert struct.unpack(">I", buf.getvalue()[8:12]) == (4,)
    assert _key(P.read_ase(buf.getvalue())) == _key(SAMPLE)


def _name(s):
    raw = (s + "\0").encode("utf-16-be")
    return struct.pack(">H", len(raw) // 2) + raw


def _block(btype, body):
    return struct.pack(">HI", btype, len(body)) + body


def _colour(name, model, values, ctype=2):
    return _block(0x0001, _name(name) + model
                  + struct.pack(f">{len(values)}f", *values) + struct.pack(">h", ctype))


def _ase(*blocks, count=None):
    return (b"ASEF" + struct.pack(">HHI", 1, 0, len(blocks) if count is None else count)
            + b"".join(blocks))


def test_ase_hand_built_group_rgb_lab_gray_cmyk():
    data = _ase(_block(0xC001, _name("Suzani")),
                _colour("Madder", b"RGB ", (0.8, 0.1, 0.1), 0),
                _colour("Indigo", b"LAB ", (0.3, 10.0, -45.0), 1),
                _colour("Mid grey", b"Gray", (0.5,)),
                _block(0xC002, b""),
                _colour("Yellow", b"CMYK", (0.0, 0.0, 1.0, 0.0)))
    pal = P.read_ase(data)
    assert pal.name == "Suzani"
    assert [s.name for s in pal.swatches] == ["Madder", "Indigo", "Mid grey", "Yellow"]
    assert pal[0].rgb == (204, 26, 26)
    np.testing.assert_allclose(pal[1].lab, (30.0, 10.0, -45.0), atol=0.6)
    assert pal[2].rgb == (128, 128, 128)
    assert pal[3].rgb == (255, 255, 0)


@pytest.mark.parametrize("data, match", [
    (b"", "signature"),
    (b"PK\x03\x04" + bytes(8), "signature"),
    (b"ASEF" + struct.pack(">HHI", 2, 0, 0), "version 2.0"),
    (_ase(_colour("x", b"RGB ", (1, 0, 0)))[:-3], "runs past the end"),
    (_ase(_colour("x", b"RGB ", (1, 0, 0)), count=3), "declares 3 blocks"),
    (_ase(_colour("x", b"HSV ", (1, 0, 0))), "unknown colour model"),
    (_ase(_block(0x0001, _name("x") + b"RGB " + struct.pack(">2f", 1, 0))), "needs"),
    (_ase(_block(0x0001, struct.pack(">H", 50) + b"ab")), "runs past the block"),
    (_ase(_block(0x1234, b"")), "unknown block type 0x1234"),
    (_ase(_block(0xC002, b"")), "group end without"),
    (_ase(_colour("x", b"RGB ", (1, 0, 0)))[:-2] + b"\x00", "truncated block header|past the end"),
])
def test_ase_damaged_files(data, match):
    with pytest.raises(ValueError, match=match) as info:
        P.read_ase(data)
    assert "damaged Adobe Swatch Exchange file at byte" in str(info.value)


def test_writers_reject_text_files():
    with pytest.raises(TypeError):
        P.write_gpl(SAMPLE, io.StringIO())
