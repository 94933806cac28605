"""``motifstudio catalogue`` end to end: add traced projects, search, show, verify."""
import io
import json
import os

import pytest
from PIL import Image

from catalogue_records import trace_l_motif
from motifstudio.catalogue import Catalogue
from motifstudio.cli.main import main


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    d = tmp_path_factory.mktemp("cat_cli")
    return trace_l_motif(d, "red", (150, 20, 30)), trace_l_motif(d, "blue", (30, 60, 140))


def test_add_search_show_verify(projects, tmp_path, capsys, monkeypatch):
    red, blue = projects
    cat_path = tmp_path / "arch" / "catalogue.sqlite"
    c = ["--catalogue", str(cat_path)]
    assert main(["catalogue", "add", str(red), *c, "--title", "Ram's horn",
                 "--technique", "shyrdak", "--place", "Naryn", "--name-ky", "кочкор мүйүз",
                 "--name-ru", "бараний рог", "--name-uz", "qoʻchqor shoxi",
                 "--name-en", "ram's horn", "--meaning", "күч", "--meaning", "сила",
                 "--meaning-lang", "ky", "--meaning-lang", "ru", "--informant", "Айгүл",
                 "--meaning-date", "2025-06", "--contributor", "Bakyt:digitiser",
                 "--extent", "120x200", "--date-made", "c. 1950", "--licence", "CC BY 4.0",
                 "--consent-by", "Naryn cooperative", "--consent-scope", "archive",
                 "--consent-date", "2025-06-01", "--attribution", "Naryn cooperative"]) == 0
    assert main(["catalogue", "add", str(blue), *c, "--technique", "suzani",
                 "--place", "Bukhara", "--name-uz", "bodom"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["1\tRam's horn", "2\tblue"]      # title defaults to the file name

    with Catalogue(cat_path) as cat:
        s = cat.get(1)
        r = s.record
        assert r.name_for("uz").tag == "uz-Latn" and r.name_for("ky").text == "кочкор мүйүз"
        assert [(m.text, m.language, m.informant, m.date) for m in r.meanings] == [
            ("күч", "ky", "Айгүл", "2025-06"), ("сила", "ru", "Айгүл", "2025-06")]
        assert r.extent_cm == (120.0, 200.0) and r.consent[0].attribution == "Naryn cooperative"
        # the files: project byte for byte, the original inside it, a small PNG thumbnail
        assert cat.file_bytes(1, "project") == red.read_bytes()
        assert cat.file_bytes(1, "original") == (red.parent / "red.png").read_bytes()
        thumb = Image.open(io.BytesIO(cat.file_bytes(1, "thumbnail")))
        assert thumb.format == "PNG" and max(thumb.size) <= 256 and max(thumb.size) >= 200
        assert len(s.colours) == 2

    for q in (["кочкор мүйүз"], ["qo'chqor shox"], ["бараний рог"], ["сила"],
              ["horn", "--technique", "shyrdak"], ["--place", "naryn"]):
        assert main(["catalogue", "search", *q, *c]) == 0
        assert capsys.readouterr().out.split("\t")[0] == "1", q
    assert main(["catalogue", "search", "bodom", "--technique", "shyrdak", *c]) == 0
    cap = capsys.readouterr()
    assert cap.out == "" and "no records" in cap.err
    assert main(["catalogue", "search", "--similar-to", str(blue), "--json", *c]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in hits] == [2, 1] and hits[0]["score"] < 0.5 < hits[1]["score"]
    assert main(["catalogue", "search", "--colour", "#961e1e", "--tolerance", "15", *c]) == 0
    assert [l.split("\t")[0] for l in capsys.readouterr().out.splitlines()] == ["1"]

    assert main(["catalogue", "show", "1", "--json", *c]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["title"] == "Ram's horn" and doc["files"]["original"]["filename"] == "red.png"
    assert main(["catalogue", "show", "1", *c]) == 0
    assert "кочкор мүйүз (ky-Cyrl)" in capsys.readouterr().out

    assert main(["catalogue", "verify", *c]) == 0
    assert "6 files checked" in capsys.readouterr().err

    # damage: flip a byte of record 1's original, delete record 2's thumbnail
    with Catalogue(cat_path) as cat:
        orig = cat.objects.path_for(cat.get(1).files["original"].sha256)
        thumb = cat.objects.path_for(cat.get(2).files["thumbnail"].sha256)
    data = bytearray(orig.read_bytes())
    data[-1] ^= 0xFF
    orig.write_bytes(bytes(data))
    os.remove(thumb)
    assert main(["catalogue", "verify", *c]) == 1
    cap = capsys.readouterr()
    assert f"damaged: record 1 (Ram's horn) original file {orig}" in cap.out
    assert f"missing: record 2 (blue) thumbnail file {thumb}" in cap.out
    assert "2 of 6 files damaged or missing" in cap.err

    # the default catalogue lives in the data folder
    monkeypatch.setenv("MOTIFSTUDIO_DATA_DIR", str(tmp_path / "data"))
    assert main(["catalogue", "add", str(red)]) == 0
    assert (tmp_path / "data" / "catalogue" / "catalogue.sqlite").exists()


@pytest.mark.parametrize("argv, message", [
    (["catalogue", "show", "7"], "no record 7"),
    (["catalogue", "add", "nope.motif"], "nope.motif: no such file"),
    (["catalogue", "add", "{red}", "--date-made", "June"], "date_made"),
    (["catalogue", "add", "{red}", "--informant", "A"], "give the meaning too"),
    (["catalogue", "add", "{red}", "--contributor", "Bakyt"], "NAME:ROLE"),
    (["catalogue", "add", "{red}", "--contributor", "Bakyt:boss"], "role"),
    (["catalogue", "add", "{red}", "--extent", "big"], "--extent"),
    (["catalogue", "search", "x", "--limit", "0"], "--limit"),
])
def test_one_line_errors(projects, tmp_path, capsys, argv, message):
    cat_path = tmp_path / "catalogue.sqlite"
    Catalogue(cat_path).close()
    argv = [a.replace("{red}", str(projects[0])) for a in argv]
    assert main([*argv, "--catalogue", str(cat_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("motifstudio: error:") and message in err and "\n" not in err


def test_verify_on_a_missing_catalogue(tmp_path, capsys):
    assert main(["catalogue", "verify", "--catalogue", str(tmp_path / "none.sqlite")]) == 1
    assert "no catalogue there" in capsys.readouterr().err
