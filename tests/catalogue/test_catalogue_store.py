"""Store: records round-trip with every field; files kept untouched, deduplicated, verified."""
import os

import pytest

from catalogue_records import full_record, palette
from motifstudio.catalogue import Catalogue, default_catalogue_path
from motifstudio.catalogue.objects import sha256_hex


@pytest.fixture
def cat(tmp_path):
    with Catalogue(tmp_path / "cat" / "catalogue.sqlite") as c:
        yield c


def test_record_round_trip_all_fields(cat):
    r = full_record()
    rid = cat.add(r, original=b"\x89PNG original", original_name="ram.png",
                  original_media_type="image/png", project=b"PK project",
                  thumbnail=b"\x89PNG thumb", palette=palette("#c81e1e", "#f0e6c8"))
    s = cat.get(rid)
    assert s.record == r
    assert s.files["original"].sha256 == sha256_hex(b"\x89PNG original")
    assert s.files["original"].filename == "ram.png"
    assert set(s.files) == {"original", "project", "thumbnail"}
    assert [h for h, _ in s.colours] == ["#c81e1e", "#f0e6c8"]
    assert cat.file_bytes(rid, "original") == b"\x89PNG original"
    # reopening sees the same
    cat.close()
    with Catalogue(cat.path) as again:
        assert again.get(rid).record == r


def test_update_and_remove(cat):
    rid = cat.add(full_record())
    cat.update(rid, full_record(title="New title", meanings=()))
    assert cat.get(rid).record.title == "New title"
    assert cat.get(rid).record.meanings == ()
    assert cat.search("достаток") == []
    cat.remove(rid)
    with pytest.raises(KeyError):
        cat.get(rid)
    with pytest.raises(KeyError):
        cat.update(rid, full_record())


def test_files_are_content_addressed_and_deduplicated(cat):
    a = cat.add(full_record(), original=b"same bytes")
    b = cat.add(full_record(title="copy"), original=b"same bytes")
    sha = sha256_hex(b"same bytes")
    path = cat.objects.path_for(sha)
    assert path.parent.name == sha[:2] and path.read_bytes() == b"same bytes"
    assert path.parent.parent == cat.path.parent / "objects"
    assert len(list((cat.path.parent / "objects").rglob("*"))) == 2   # one folder, one file
    assert cat.get(a).files["original"].sha256 == cat.get(b).files["original"].sha256


def test_verify_reports_flipped_byte_and_deleted_file(cat):
    a = cat.add(full_record(title="first"), original=b"original one", thumbnail=b"thumb one")
    b = cat.add(full_record(title="second"), original=b"original two")
    assert cat.verify().ok and cat.verify().checked == 3
    p = cat.objects.path_for(cat.get(a).files["original"].sha256)
    data = bytearray(p.read_bytes())
    data[3] ^= 0x01
    p.write_bytes(bytes(data))
    os.remove(cat.objects.path_for(cat.get(b).files["original"].sha256))
    rep = cat.verify()
    assert not rep.ok
    got = {(q.record_id, q.role, q.status) for q in rep.problems}
    assert got == {(a, "original", "damaged"), (b, "original", "missing")}
    assert all(q.path.endswith(q.sha256) for q in rep.problems)
    with pytest.raises(ValueError, match="damaged"):
        cat.file_bytes(a, "original")
    # adding the same bytes again repairs the damaged copy
    cat.add(full_record(title="third"), original=b"original one")
    assert {q.record_id for q in cat.verify().problems} == {b}


def test_pragmas(cat):
    c = cat.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_default_path_honours_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("MOTIFSTUDIO_DATA_DIR", str(tmp_path))
    assert default_catalogue_path() == tmp_path / "catalogue" / "catalogue.sqlite"
    monkeypatch.delenv("MOTIFSTUDIO_DATA_DIR")
    assert default_catalogue_path().parts[-3:] == ("Motif Studio", "catalogue",
                                                   "catalogue.sqlite")


def test_add_refuses_non_records(cat):
    with pytest.raises(ValueError, match="Record"):
        cat.add({"title": "x"})
    assert len(cat) == 0


def test_failed_write_rolls_back(cat, monkeypatch):
    # a failure half-way through a record's rows leaves nothing of it behind
    with pytest.raises(ValueError):
        cat.add(full_record(), palette="not a palette")
    assert len(cat) == 0
    for t in ("names", "meanings", "contributors", "consent", "files", "records_fts"):
        assert cat.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0


def test_verify_lists_unreferenced_files_without_failing(cat):
    cat.add(full_record(), original=b"kept")
    stray = cat.objects.put(b"stored, then the process died before the commit")
    rep = cat.verify()
    assert rep.ok and rep.unreferenced == (str(cat.objects.path_for(stray)),)
