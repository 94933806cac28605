"""BagIt export/import: round trip, damaged bags refused, JSON-LD, Dublin Core XML, Omeka S CSV."""
import csv
import hashlib
import io
import json
import shutil
import xml.etree.ElementTree as ET

import bagit
import pytest

from motifstudio.catalogue import Catalogue
from motifstudio.catalogue.exchange import BagDamaged, export_bag, import_bag
from motifstudio.catalogue.exchange.dcxml import DC_NS, OAI_DC_NS, XML_LANG
from motifstudio.catalogue.exchange.omeka import COLUMNS, SEPARATOR

ROLES = ("original", "project", "thumbnail")


@pytest.fixture(scope="module")
def bag(archive_path, tmp_path_factory):
    dest = tmp_path_factory.mktemp("bags") / "bag"
    with Catalogue(archive_path, readonly=True) as cat:
        report = export_bag(cat, cat.ids(), dest)
    assert report.records == 3
    return dest


def _copy(bag, tmp_path):
    out = tmp_path / "copy"
    shutil.copytree(bag, out)
    return out


def _record_dir(bag, n):
    return sorted((bag / "data" / "records").iterdir())[n - 1]


def test_bag_is_bagit_1_0_with_sha256_and_valid(bag):
    assert (bag / "bagit.txt").read_text() == \
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    b = bagit.Bag(str(bag))
    assert b.version_info == (1, 0) and b.algorithms == ["sha256"]
    assert b.validate() is True                   # an independent validation by bagit
    assert sorted(p.name for p in bag.iterdir()) == [
        "bag-info.txt", "bagit.txt", "data", "manifest-sha256.txt", "tagmanifest-sha256.txt"]
    first = _record_dir(bag, 1)
    assert sorted(p.name for p in first.iterdir()) == [
        "original", "project.motif", "record.dc.xml", "record.jsonld", "thumbnail.png"]
    third = _record_dir(bag, 3)
    assert (third / "original" / "ikat scan 01.tif").is_file()
    assert not (third / "project.motif").exists()


def test_payload_files_are_the_catalogues_bytes(bag, archive_path):
    with Catalogue(archive_path, readonly=True) as cat:
        for n, rid in enumerate(cat.ids(), 1):
            s = cat.get(rid)
            d = _record_dir(bag, n)
            assert d.name.endswith(s.uid)
            for role, ref in s.files.items():
                path = d / {"project": "project.motif", "thumbnail": "thumbnail.png"}.get(
                    role, f"original/{ref.filename}")
                assert path.read_bytes() == cat.file_bytes(rid, role)
                assert hashlib.sha256(path.read_bytes()).hexdigest() == ref.sha256


def test_round_trip_into_a_fresh_catalogue(bag, archive_path, tmp_path):
    with Catalogue(archive_path, readonly=True) as src, \
            Catalogue(tmp_path / "new" / "catalogue.sqlite") as dst:
        report = import_bag(dst, bag)
        assert [uid for uid, _ in report.added] == [src.get(i).uid for i in src.ids()]
        assert report.skipped == ()
        for (uid, new_id), old_id in zip(report.added, src.ids()):
            a, b = src.get(old_id), dst.get(new_id)
            assert b.record == a.record and b.uid == a.uid
            assert b.colours == a.colours                          # palette search still works
            assert {r: (f.sha256, f.size, f.filename, f.media_type) for r, f in b.files.items()} \
                == {r: (f.sha256, f.size, f.filename, f.media_type) for r, f in a.files.items()}
            for role in a.files:
                data = dst.file_bytes(new_id, role)
                assert data == src.file_bytes(old_id, role)         # byte-identical
                assert hashlib.sha256(data).hexdigest() == a.files[role].sha256
        assert dst.verify().ok
        assert [h.id for h in dst.search("кочкор")] == [report.added[0][1]]   # FTS indexed

        # importing again adds nothing: every original is already there
        again = import_bag(dst, bag)
        assert again.added == () and len(again.skipped) == 3
        assert all("SHA-256" in why for _, _, why in again.skipped)
        assert len(dst) == 3


@pytest.mark.parametrize("damage", ["flipped byte", "missing file", "manifest line removed",
                                    "extra file", "tag file edited"])
def test_damaged_bag_is_refused_and_nothing_imported(bag, tmp_path, damage):
    b = _copy(bag, tmp_path)
    d = _record_dir(b, 2)
    victim = d / "original" / "blue.png"
    rel = victim.relative_to(b).as_posix()
    if damage == "flipped byte":
        data = bytearray(victim.read_bytes())
        data[len(data) // 2] ^= 0x01
        victim.write_bytes(bytes(data))
    elif damage == "missing file":
        victim.unlink()
    elif damage == "manifest line removed":
        m = b / "manifest-sha256.txt"
        lines = m.read_text().splitlines(keepends=True)
        m.write_text("".join(ln for ln in lines if not ln.rstrip().endswith(rel)))
    elif damage == "extra file":
        (b / "data" / "smuggled.txt").write_text("not in the manifest")
        rel = "data/smuggled.txt"
    else:
        info = b / "bag-info.txt"
        info.write_text(info.read_text() + "Contact-Name: someone\n")
        rel = "bag-info.txt"
    cat_path = tmp_path / "new" / "catalogue.sqlite"
    with Catalogue(cat_path) as cat:
        with pytest.raises(BagDamaged) as ei:
            import_bag(cat, b)
        assert len(cat) == 0                                       # nothing imported
    err = ei.value
    assert rel in [p for p, _ in err.problems], err.problems      # names the file that fails
    assert rel in str(err) and "nothing was imported" in str(err)
    what = dict(err.problems)[rel]
    expect = {"flipped byte": "checksum", "missing file": "missing",
              "manifest line removed": "not listed", "extra file": "not listed",
              "tag file edited": "checksum"}[damage]
    assert expect in what


def test_not_a_bag_is_refused(tmp_path):
    (tmp_path / "folder").mkdir()
    with Catalogue(tmp_path / "c" / "catalogue.sqlite") as cat:
        with pytest.raises(BagDamaged, match="not a readable bag"):
            import_bag(cat, tmp_path / "folder")
        with pytest.raises(BagDamaged, match="no such folder"):
            import_bag(cat, tmp_path / "nowhere")


def test_jsonld_has_context_and_language_tagged_names(bag):
    doc = json.loads((_record_dir(bag, 1) / "record.jsonld").read_text(encoding="utf-8"))
    ctx = doc["@context"]
    assert ctx["dcterms"] == "http://purl.org/dc/terms/" and ctx["schema"] == "https://schema.org/"
    titles = doc["dcterms:title"]
    assert titles[0] == "Кочкор мүйүз — ram's horn"
    tagged = {t["@language"]: t["@value"] for t in titles[1:]}
    assert tagged == {"ky-Cyrl": "кочкор мүйүз", "uz-Latn": "qoʻchqor shoxi",
                      "ru-Cyrl": "бараний рог", "en-Latn": "ram's horn",
                      "uz-Cyrl": "қўчқор шохи"}
    assert {t.split("-")[0] for t in tagged} == {"ky", "uz", "ru", "en"}
    assert doc["dcterms:creator"] == "Сыдыкова Айгүл"
    assert {"schema:roleName": "informant", "schema:name": "Айгүл Сыдыкова",
            "@type": "schema:Role"} in doc["dcterms:contributor"]
    assert doc["dcterms:spatial"] == "Кочкор, Нарын облусу"
    assert doc["dcterms:subject"] == ["horn", "ram", "fertility"]
    assert doc["dcterms:medium"] == "felt" and doc["schema:artform"] == "shyrdak"
    assert doc["dcterms:extent"] == "120.5 × 210 cm"
    assert doc["schema:width"]["schema:value"] == 120.5
    assert doc["dcterms:license"] == "CC BY-NC 4.0" and doc["dcterms:source"] == "NHM-1987-042"
    assert doc["dcterms:provenance"].startswith("Family of the maker")
    m = doc["motif:meaning"][0]
    assert m["motif:text"] == {"@value": "Кочкордун мүйүзү — күч жана байлык", "@language": "ky"}
    assert m["motif:informant"] == "Айгүл Сыдыкова" and m["dcterms:date"] == "2025-06-21"
    assert doc["motif:consent"][0]["motif:givenBy"] == "Naryn felt makers' cooperative"
    media = {m["motif:role"]: m for m in doc["schema:associatedMedia"]}
    assert set(media) == set(ROLES)
    assert media["original"]["schema:contentUrl"] == "original/red.png"


def test_dublin_core_xml_parses_with_xml_lang_titles(bag):
    root = ET.fromstring((_record_dir(bag, 1) / "record.dc.xml").read_bytes())
    assert root.tag == f"{{{OAI_DC_NS}}}dc"
    titles = root.findall(f"{{{DC_NS}}}title")
    langs = {t.get(XML_LANG): t.text for t in titles}
    assert langs[None] == "Кочкор мүйүз — ram's horn"
    assert langs["ky-Cyrl"] == "кочкор мүйүз" and langs["uz-Latn"] == "qoʻchqor shoxi"
    assert langs["ru-Cyrl"] == "бараний рог" and langs["en-Latn"] == "ram's horn"
    descr = [(d.get(XML_LANG), d.text) for d in root.findall(f"{{{DC_NS}}}description")]
    assert ("ru", "сила и достаток семьи (Айгүл Сыдыкова, 2025-06)") in descr
    assert root.find(f"{{{DC_NS}}}coverage").text == "Кочкор, Нарын облусу"
    # the escaped title of record 2 survives XML
    root2 = ET.fromstring((_record_dir(bag, 2) / "record.dc.xml").read_bytes())
    assert root2.find(f"{{{DC_NS}}}title").text == 'Bodom <&> "almond"'


def test_omeka_csv_header_and_rows(bag):
    text = (bag / "data" / "omeka-s.csv").read_bytes().decode("utf-8")
    assert not text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    header = next(csv.reader(io.StringIO(text)))
    assert tuple(header) == COLUMNS
    assert header[:7] == ["dcterms:identifier", "dcterms:title", "dcterms:title @ky",
                          "dcterms:title @uz", "dcterms:title @ru", "dcterms:title @en",
                          "dcterms:creator"]
    assert len(rows) == 3
    r1 = rows[0]
    assert r1["dcterms:title @uz"] == f"qoʻchqor shoxi{SEPARATOR}қўчқор шохи"
    assert r1["dcterms:spatial"] == "Кочкор, Нарын облусу"
    assert r1["dcterms:medium"] == "felt|shyrdak"
    media = r1["media"].split(SEPARATOR)
    for m in media:                                   # relative to data/, and there
        assert (bag / "data" / m).is_file()
    assert media[0].endswith("original/red.png")
    assert rows[2]["media"].endswith("original/ikat scan 01.tif")


def test_export_refuses_bad_requests(archive_path, tmp_path):
    with Catalogue(archive_path, readonly=True) as cat:
        with pytest.raises(ValueError, match="no record 99"):
            export_bag(cat, [1, 99], tmp_path / "b")
        assert not (tmp_path / "b").exists()
        assert [p.name for p in tmp_path.iterdir()] == []          # no partial folder left
        (tmp_path / "full").mkdir()
        (tmp_path / "full" / "x").write_text("x")
        with pytest.raises(ValueError, match="not an empty folder"):
            export_bag(cat, [1], tmp_path / "full")
