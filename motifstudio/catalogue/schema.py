"""The catalogue's SQLite schema, its versions and the step-by-step upgrades.

``PRAGMA user_version`` holds the schema version (also mirrored in the
``meta`` table for humans reading the file).  :func:`open_database` opens a
connection the way the catalogue needs it (WAL, foreign keys, a busy
timeout), creates a new file at :data:`SCHEMA_VERSION`, upgrades an older
one through :data:`MIGRATIONS` in one transaction, and refuses a file made by
a newer Motif Studio.

Version history
---------------
1. records, names, contributors, consent, files, colours; one free-text
   ``meaning`` column on ``records``; FTS over title, names, description.
2. several recorded meanings per record (``meanings`` table with language,
   informant and date); the FTS index covers meanings too; ``palettes``
   keeps each record's Lab colours packed in one blob (a derived copy of
   ``colours`` that loads ten times faster for colour search).
"""
from __future__ import annotations

import os
import sqlite3
import struct
from typing import Callable

__all__ = ["SCHEMA_VERSION", "CatalogueVersionError", "open_database", "MIGRATIONS",
           "FTS_SOURCE_SQL", "create_v1", "pack_lab", "fold"]

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 10_000


class CatalogueVersionError(ValueError):
    """The catalogue file was made by a newer Motif Studio (or is not a catalogue)."""


_V1_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    creator TEXT NOT NULL DEFAULT '',
    date_made TEXT NOT NULL DEFAULT '',
    date_collected TEXT NOT NULL DEFAULT '',
    date_digitised TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    place_key TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    extent_w_cm REAL,
    extent_h_cm REAL,
    medium TEXT NOT NULL DEFAULT '',
    technique TEXT NOT NULL DEFAULT 'other',
    rights TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT '',
    source_object_id TEXT NOT NULL DEFAULT '',
    provenance TEXT NOT NULL DEFAULT '',
    meaning TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX records_technique ON records(technique);
CREATE INDEX records_place ON records(place_key);
CREATE TABLE names (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    language TEXT NOT NULL, script TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (record_id, language, script)
);
CREATE TABLE contributors (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (record_id, pos)
);
CREATE TABLE consent (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL, given_by TEXT NOT NULL, scope TEXT NOT NULL, date TEXT NOT NULL,
    attribution TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, pos)
);
CREATE TABLE files (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('original', 'project', 'thumbnail')),
    sha256 TEXT NOT NULL, size INTEGER NOT NULL, filename TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, role)
);
CREATE INDEX files_sha ON files(sha256);
CREATE TABLE colours (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL, hex TEXT NOT NULL, L REAL NOT NULL, a REAL NOT NULL, b REAL NOT NULL,
    PRIMARY KEY (record_id, pos)
);
"""

_V1_FTS = """
CREATE VIRTUAL TABLE records_fts USING fts5(
    title, names, description, tokenize = 'unicode61 remove_diacritics 2');
"""

_V2_MEANINGS = """
CREATE TABLE meanings (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL, text TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',
    informant TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, pos)
);
"""

_V2_PALETTES = """
CREATE TABLE palettes (
    record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    lab BLOB NOT NULL
);
"""

_V2_FTS = """
CREATE VIRTUAL TABLE records_fts USING fts5(
    title, names, meanings, description, tokenize = 'unicode61 remove_diacritics 2');
"""

#: The text each record contributes to the v2 full-text index, from the
#: tables themselves (so a migration can rebuild the index in plain SQL).
#: ``fold()`` is registered by :func:`open_database` (apostrophe variants).
FTS_SOURCE_SQL = """
SELECT r.id, fold(r.title),
       fold(coalesce((SELECT group_concat(text, ' ') FROM names WHERE record_id = r.id), '')),
       fold(coalesce((SELECT group_concat(text || ' ' || informant, ' ')
                      FROM meanings WHERE record_id = r.id), '')),
       fold(r.description || ' ' || r.subject)
FROM records r
"""

# Uzbek Latin writes o‘ and g‘ with a turned comma (a *letter* to unicode61),
# people type ' or ’ instead: all are dropped so "qo'chqor" finds "qoʻchqor".
# Russian ё is mostly typed е; unicode61's diacritic folding covers Latin only.
_FOLD = {**dict.fromkeys(map(ord, "'’‘ʻʼ`´"), None), ord("ё"): "е", ord("Ё"): "Е"}


def fold(text) -> str:
    """The form of text the index and queries share (apostrophes dropped, ё → е)."""
    return "" if text is None else str(text).translate(_FOLD)


def pack_lab(values) -> bytes:
    """Lab triples as the ``palettes.lab`` blob: little-endian float32, L a b L a b …"""
    return struct.pack(f"<{len(values)}f", *values)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # statement by statement: executescript() would commit the open transaction
    for stmt in script.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)


def _create_v1_tables(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V1_TABLES + _V1_FTS)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute("PRAGMA user_version = 1")


def create_v1(conn: sqlite3.Connection) -> None:
    """Create an empty version-1 catalogue (kept for the migration tests)."""
    conn.execute("BEGIN IMMEDIATE")
    _create_v1_tables(conn)
    conn.execute("COMMIT")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """v1's single ``records.meaning`` text becomes the first row of ``meanings``."""
    conn.execute(_V2_MEANINGS)
    conn.execute("INSERT INTO meanings (record_id, pos, text) "
                 "SELECT id, 0, meaning FROM records WHERE trim(meaning) <> ''")
    conn.execute("UPDATE records SET meaning = ''")  # the column stays, unused (no DROP COLUMN
    # before SQLite 3.35, which older Windows Pythons ship)
    conn.execute(_V2_PALETTES)
    packed: dict = {}
    for rid, L, a, b in conn.execute("SELECT record_id, L, a, b FROM colours "
                                     "ORDER BY record_id, pos"):
        packed.setdefault(rid, []).extend((L, a, b))
    conn.executemany("INSERT INTO palettes VALUES (?, ?)",
                     [(rid, pack_lab(v)) for rid, v in packed.items()])
    conn.execute("DROP TABLE records_fts")
    conn.execute(_V2_FTS)
    conn.execute("INSERT INTO records_fts (rowid, title, names, meanings, description) "
                 + FTS_SOURCE_SQL)


#: ``MIGRATIONS[v]`` upgrades a version-``v`` catalogue to ``v + 1`` inside
#: the caller's transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
}


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_function("fold", 1, fold, deterministic=True)


def open_database(path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating or upgrading if needed) the catalogue database at *path*.

    The connection is in autocommit mode (``isolation_level=None``): the
    catalogue opens its own ``BEGIN IMMEDIATE`` transactions for every write.

    Raises
    ------
    CatalogueVersionError
        If the file was made by a newer Motif Studio or is not a catalogue.
    sqlite3.DatabaseError
        If the file is not an SQLite database.
    """
    path = os.fspath(path)
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    try:
        _configure(conn)
        if not readonly:
            # WAL: readers never block the writer nor see a half-done batch.
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed record survives a power cut too, not only a crash
            conn.execute("PRAGMA synchronous = FULL")
        _ensure_schema(conn, path, readonly)
    except BaseException:
        conn.close()
        raise
    return conn


def _version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _ensure_schema(conn: sqlite3.Connection, path: str, readonly: bool) -> None:
    version = _version(conn)
    if version > SCHEMA_VERSION:
        raise CatalogueVersionError(
            f"{path}: this catalogue was made by a newer Motif Studio (format {version}; this "
            f"version reads up to {SCHEMA_VERSION}); update Motif Studio to open it")
    if version == SCHEMA_VERSION:
        return
    if readonly:
        raise CatalogueVersionError(f"{path}: the catalogue needs upgrading (format {version}); "
                                    "open it once for writing")
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _version(conn)  # another process may have created or upgraded it meanwhile
        if version == 0:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise CatalogueVersionError(f"{path}: not a Motif Studio catalogue")
            # a new file is made as v1 and upgraded, so every new catalogue runs the migrations
            _create_v1_tables(conn)
            version = 1
        if version > SCHEMA_VERSION:
            raise CatalogueVersionError(f"{path}: upgraded meanwhile by a newer Motif Studio "
                                        f"(format {version}); update Motif Studio to open it")
        for v in range(version, SCHEMA_VERSION):
            MIGRATIONS[v](conn)
            conn.execute(f"PRAGMA user_version = {v + 1}")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                     (str(SCHEMA_VERSION),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
