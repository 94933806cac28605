"""Schema versions: a real v1 file upgrades to v2; a newer file is refused clearly."""
import sqlite3

import pytest

from motifstudio.catalogue import Catalogue, CatalogueVersionError, SCHEMA_VERSION
from motifstudio.catalogue.schema import create_v1


def _v1_file(path):
    conn = sqlite3.connect(path, isolation_level=None)
    create_v1(conn)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO records (id, uid, title, technique, meaning, added, updated) "
                 "VALUES (1, 'u1', 'Ram''s horn', 'shyrdak', 'күч жана байлык', 't', 't')")
    conn.execute("INSERT INTO records (id, uid, title, added, updated) "
                 "VALUES (2, 'u2', 'Almond', 't', 't')")
    conn.execute("INSERT INTO names VALUES (1, 'ru', 'Cyrl', 'бараний рог')")
    conn.execute("INSERT INTO colours VALUES (1, 0, '#c81e1e', 42.6, 64.9, 44.7)")
    conn.execute("INSERT INTO colours VALUES (1, 1, '#f0e6c8', 91.4, -1.5, 15.9)")
    conn.execute("INSERT INTO records_fts (rowid, title, names, description) "
                 "VALUES (1, 'Ram''s horn', 'бараний рог', '')")
    conn.execute("COMMIT")
    conn.close()


def test_v1_file_upgrades_to_v2(tmp_path):
    p = tmp_path / "old.sqlite"
    _v1_file(p)
    with Catalogue(p) as cat:
        assert cat.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        r = cat.get(1).record
        assert [m.text for m in r.meanings] == ["күч жана байлык"]
        assert cat.get(2).record.meanings == ()
        # the rebuilt index covers names and, new in v2, meanings
        assert [h.id for h in cat.search("байлык")] == [1]
        assert [h.id for h in cat.search("бараний")] == [1]
        # colours packed for colour search; record 2 had none
        assert [h.id for h in cat.search(colour="#f0e6c8", colour_tolerance=1)] == [1]
        assert cat.get(1).colours == (("#c81e1e", (42.6, 64.9, 44.7)),
                                      ("#f0e6c8", (91.4, -1.5, 15.9)))
        assert cat.conn.execute("SELECT value FROM meta WHERE key='schema_version'"
                                ).fetchone()[0] == "2"
        assert cat.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_readonly_open_does_not_upgrade(tmp_path):
    p = tmp_path / "old.sqlite"
    _v1_file(p)
    with pytest.raises(CatalogueVersionError, match="upgrading"):
        Catalogue(p, readonly=True)


def test_newer_catalogue_is_refused(tmp_path):
    p = tmp_path / "new.sqlite"
    Catalogue(p).close()
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CatalogueVersionError, match="newer Motif Studio"):
        Catalogue(p)


def test_foreign_database_is_refused(tmp_path):
    p = tmp_path / "other.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(CatalogueVersionError, match="not a Motif Studio catalogue"):
        Catalogue(p)
