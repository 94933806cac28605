"""The catalogue: records in SQLite, their files in a content-addressed folder beside it.

::

    catalogue.sqlite          records, names, meanings, files, colours, FTS index
    objects/ab/abcdef…        original scans, .motif projects, thumbnails (by SHA-256)

Every write is one ``BEGIN IMMEDIATE … COMMIT`` transaction, so a crash or a
killed process leaves either the whole record or none of it; WAL mode lets
readers (the GUI browser, a second process) keep reading while a batch writes.
Files are stored before the transaction that refers to them (see
:mod:`.objects`).

Examples
--------
>>> cat = Catalogue("archive/catalogue.sqlite")                # doctest: +SKIP
>>> rid = cat.add(Record(title="Ram's horn", technique="shyrdak"),
...               original=scan_bytes, original_name="ram.jpg")  # doctest: +SKIP
>>> cat.get(rid).record.title                                   # doctest: +SKIP
"Ram's horn"
>>> cat.verify().ok                                              # doctest: +SKIP
True
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Optional

import numpy as np

from ..core.document import Palette
from .objects import ObjectStore
from .palette_index import PaletteColumns
from .record import Consent, Contributor, Meaning, Name, Record
from .schema import FTS_SOURCE_SQL, open_database, pack_lab

__all__ = ["Catalogue", "StoredRecord", "FileRef", "Problem", "VerifyReport",
           "default_catalogue_path", "ENV_DATA_DIR"]

#: The same variable the app's data folder honours (``app/paths.py``).
ENV_DATA_DIR = "MOTIFSTUDIO_DATA_DIR"
_ORG, _APP = "MotifStudio", "Motif Studio"
CATALOGUE_FILE = "catalogue.sqlite"


def default_catalogue_path() -> Path:
    """``<data folder>/catalogue/catalogue.sqlite``.

    The data folder is ``$MOTIFSTUDIO_DATA_DIR`` when set, else the per-user
    folder Qt's ``AppDataLocation`` gives the app (computed here without Qt).
    """
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        base = Path(env)
    elif sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / _ORG / _APP
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / _ORG / _APP
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / _ORG / _APP
    return base / "catalogue" / CATALOGUE_FILE


@dataclass(frozen=True)
class FileRef:
    """A file kept with a record: ``original``, ``project`` or ``thumbnail``."""
    role: str
    sha256: str
    size: int
    filename: str = ""
    media_type: str = ""


@dataclass(frozen=True)
class StoredRecord:
    id: int
    uid: str
    record: Record
    files: dict            # role -> FileRef
    colours: tuple         # ((hex, (L, a, b)), ...)
    added: str
    updated: str


@dataclass(frozen=True)
class Problem:
    record_id: int
    title: str
    role: str
    sha256: str
    path: str
    status: str            # "missing" or "damaged"


@dataclass(frozen=True)
class VerifyReport:
    checked: int                     # files checked
    problems: tuple = ()             # Problem
    database: tuple = ()             # messages of PRAGMA integrity_check other than "ok"
    unreferenced: tuple = ()         # paths in objects/ no record refers to (harmless:
    #                                  left by a crash between storing a file and its commit)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.database


_MEDIA = {"original": "", "project": "application/x-motifstudio", "thumbnail": "image/png"}


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Catalogue:
    """A catalogue file and its object folder.

    Parameters
    ----------
    path : str or os.PathLike, optional
        The SQLite file (created with its folder if missing); default
        :func:`default_catalogue_path`.  A team can share one on a network
        folder, though SQLite's WAL needs all users on the same machine or a
        filesystem with working locks.
    readonly : bool
        Open for reading only (never creates or upgrades).

    One ``Catalogue`` per thread (or process): each holds one SQLite
    connection.  Any number of them may read while one writes.
    """

    def __init__(self, path=None, *, readonly: bool = False):
        self.path = Path(path) if path is not None else default_catalogue_path()
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = open_database(self.path, readonly=readonly)
        self.objects = ObjectStore(self.path.parent / "objects")
        self._writes = 0          # own commits (PRAGMA data_version only sees others')
        self._colour_cache = None

    # ------------------------------------------------------------ plumbing
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Catalogue":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front: no deadlock-prone lock upgrade
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        self._writes += 1

    def data_version(self) -> tuple:
        """Changes whenever any connection commits (cache key for derived data)."""
        return (self.conn.execute("PRAGMA data_version").fetchone()[0], self._writes)

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM records").fetchone()[0]

    def ids(self) -> list:
        return [r[0] for r in self.conn.execute("SELECT id FROM records ORDER BY id")]

    # ------------------------------------------------------------ writing
    def add(self, record: Record, *, original: Optional[bytes] = None, original_name: str = "",
            original_media_type: str = "", project: Optional[bytes] = None,
            thumbnail: Optional[bytes] = None, palette: Optional[Palette] = None,
            uid: Optional[str] = None) -> int:
        """Add a record with its files and palette; return its id.

        *original* is kept byte for byte; *project* is the ``.motif`` file
        (the derived vectors with the recipe that made them); *thumbnail* a
        PNG; *palette*'s Lab colours feed the colour filter and similar-palette
        search.
        """
        if not isinstance(record, Record):
            raise ValueError(f"add: expected a Record, got {type(record).__name__}")
        files = self._store_files(original=original, original_name=original_name,
                                  original_media_type=original_media_type, project=project,
                                  thumbnail=thumbnail)
        stamp = _now()
        with self._transaction() as c:
            cur = c.execute("INSERT INTO records (uid, title, added, updated) VALUES (?, ?, ?, ?)",
                            (uid or str(uuid.uuid4()), record.title, stamp, stamp))
            rid = cur.lastrowid
            self._write_record(c, rid, record, stamp)
            for f in files:
                c.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
                          (rid, f.role, f.sha256, f.size, f.filename, f.media_type))
            if palette is not None:
                self._write_colours(c, rid, palette)
        return rid

    def update(self, record_id: int, record: Record) -> None:
        """Replace the metadata of record *record_id* (its files stay)."""
        with self._transaction() as c:
            if c.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
                raise KeyError(record_id)
            self._write_record(c, record_id, record, _now())

    def remove(self, record_id: int) -> None:
        """Delete a record (its files stay in ``objects/``: other records may share them)."""
        with self._transaction() as c:
            c.execute("DELETE FROM records_fts WHERE rowid = ?", (record_id,))
            if c.execute("DELETE FROM records WHERE id = ?", (record_id,)).rowcount == 0:
                raise KeyError(record_id)
            # tells every reader's colour cache to re-read (ids may be reused)
            c.execute("INSERT INTO meta VALUES ('colours_epoch', '1') ON CONFLICT(key) "
                      "DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def _store_files(self, **kw) -> list:
        out = []
        for role in ("original", "project", "thumbnail"):
            data = kw[role]
            if data is None:
                continue
            sha = self.objects.put(bytes(data))
            name = kw["original_name"] if role == "original" else ""
            media = kw["original_media_type"] if role == "original" else _MEDIA[role]
            out.append(FileRef(role, sha, len(data), name, media))
        return out

    @staticmethod
    def _write_record(c: sqlite3.Connection, rid: int, r: Record, stamp: str) -> None:
        w, h = r.extent_cm if r.extent_cm else (None, None)
        c.execute("""UPDATE records SET title=?, creator=?, date_made=?, date_collected=?,
                     date_digitised=?, place=?, place_key=?, subject=?, description=?, type=?,
                     format=?, extent_w_cm=?, extent_h_cm=?, medium=?, technique=?, rights=?,
                     licence=?, source_object_id=?, provenance=?, updated=? WHERE id=?""",
                  (r.title, r.creator, r.date_made, r.date_collected, r.date_digitised, r.place,
                   r.place.casefold(), json.dumps(list(r.subject), ensure_ascii=False),
                   r.description, r.type, r.format, w, h, r.medium, r.technique, r.rights,
                   r.licence, r.source_object_id, r.provenance, stamp, rid))
        for table in ("names", "contributors", "meanings", "consent"):
            c.execute(f"DELETE FROM {table} WHERE record_id = ?", (rid,))
        c.executemany("INSERT INTO names VALUES (?, ?, ?, ?)",
                      [(rid, n.language, n.script, n.text) for n in r.names])
        c.executemany("INSERT INTO contributors VALUES (?, ?, ?, ?)",
                      [(rid, i, p.name, p.role) for i, p in enumerate(r.contributors)])
        c.executemany("INSERT INTO meanings VALUES (?, ?, ?, ?, ?, ?)",
                      [(rid, i, m.text, m.language, m.informant, m.date)
                       for i, m in enumerate(r.meanings)])
        c.executemany("INSERT INTO consent VALUES (?, ?, ?, ?, ?, ?)",
                      [(rid, i, k.given_by, k.scope, k.date, k.attribution)
                       for i, k in enumerate(r.consent)])
        c.execute("DELETE FROM records_fts WHERE rowid = ?", (rid,))
        c.execute("INSERT INTO records_fts (rowid, title, names, meanings, description) "
                  + FTS_SOURCE_SQL + " WHERE r.id = ?", (rid,))

    @staticmethod
    def _write_colours(c: sqlite3.Connection, rid: int, palette: Palette) -> None:
        if not isinstance(palette, Palette):
            raise ValueError(f"palette: expected a Palette, got {type(palette).__name__}")
        c.executemany("INSERT INTO colours VALUES (?, ?, ?, ?, ?, ?)",
                      [(rid, i, s.hex, *map(float, s.lab)) for i, s in enumerate(palette.swatches)])
        if len(palette):
            c.execute("INSERT INTO palettes VALUES (?, ?)",
                      (rid, pack_lab([float(v) for s in palette.swatches for v in s.lab])))

    # ------------------------------------------------------------ reading
    def get(self, record_id: int) -> StoredRecord:
        """The record *record_id*; ``KeyError`` if there is none."""
        c = self.conn
        # one read transaction: a concurrent writer cannot show us half an update
        c.execute("BEGIN")
        try:
            c.row_factory = sqlite3.Row
            row = c.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                raise KeyError(record_id)
            q = lambda sql: c.execute(sql, (record_id,)).fetchall()  # noqa: E731
            names = q("SELECT * FROM names WHERE record_id = ? ORDER BY rowid")
            contributors = q("SELECT * FROM contributors WHERE record_id = ? ORDER BY pos")
            meanings = q("SELECT * FROM meanings WHERE record_id = ? ORDER BY pos")
            consent = q("SELECT * FROM consent WHERE record_id = ? ORDER BY pos")
            files = q("SELECT * FROM files WHERE record_id = ?")
            colours = q("SELECT * FROM colours WHERE record_id = ? ORDER BY pos")
        finally:
            c.row_factory = None
            c.execute("COMMIT")
        extent = None if row["extent_w_cm"] is None else (row["extent_w_cm"], row["extent_h_cm"])
        record = Record(
            title=row["title"], creator=row["creator"], date_made=row["date_made"],
            date_collected=row["date_collected"], date_digitised=row["date_digitised"],
            place=row["place"], subject=tuple(json.loads(row["subject"])),
            description=row["description"], type=row["type"], format=row["format"],
            extent_cm=extent, medium=row["medium"], technique=row["technique"],
            rights=row["rights"], licence=row["licence"],
            source_object_id=row["source_object_id"], provenance=row["provenance"],
            names=tuple(Name(n["text"], n["language"], n["script"]) for n in names),
            contributors=tuple(Contributor(p["name"], p["role"]) for p in contributors),
            meanings=tuple(Meaning(m["text"], m["language"], m["informant"], m["date"])
                           for m in meanings),
            consent=tuple(Consent(k["given_by"], k["scope"], k["date"], k["attribution"])
                          for k in consent))
        return StoredRecord(
            id=row["id"], uid=row["uid"], record=record,
            files={f["role"]: FileRef(f["role"], f["sha256"], f["size"], f["filename"],
                                      f["media_type"]) for f in files},
            colours=tuple((k["hex"], (k["L"], k["a"], k["b"])) for k in colours),
            added=row["added"], updated=row["updated"])

    def file_bytes(self, record_id: int, role: str) -> bytes:
        """A stored file's bytes, checked against its SHA-256."""
        row = self.conn.execute("SELECT sha256 FROM files WHERE record_id = ? AND role = ?",
                                (record_id, role)).fetchone()
        if row is None:
            raise KeyError(f"record {record_id} has no {role} file")
        return self.objects.get(row[0])

    def colour_arrays(self):
        """``(record_ids (R,), starts (R,), PaletteColumns (M,))``: every record's
        palette colours, grouped by record (``starts[i]`` is record ``i``'s first
        colour).

        Cached; after a commit only the colours of records added since are
        read (records only gain colours when added), unless a record was
        removed (``colours_epoch`` in ``meta`` moved), which re-reads them all.
        """
        key = self.data_version()
        cache = self._colour_cache
        if cache is not None and cache["key"] == key:
            return cache["arrays"]
        epoch = self._colours_epoch()
        if cache is None or cache["epoch"] != epoch:
            cache = {"epoch": epoch, "max_id": 0, "owner": np.zeros(0, np.int64),
                     "lab": np.zeros((0, 3), np.float32)}
        rows = self.conn.execute(
            "SELECT record_id, lab FROM palettes WHERE record_id > ? ORDER BY record_id",
            (cache["max_id"],)).fetchall()
        if rows or "arrays" not in cache:
            new_lab = np.frombuffer(b"".join(r[1] for r in rows), "<f4").reshape(-1, 3)
            new_owner = np.repeat(np.array([r[0] for r in rows], np.int64),
                                  [len(r[1]) // 12 for r in rows])
            owner = np.concatenate([cache["owner"], new_owner])
            lab = np.concatenate([cache["lab"], new_lab.astype(np.float32)])
            ids, starts = np.unique(owner, return_index=True)
            cache.update(owner=owner, lab=lab, arrays=(ids, starts, PaletteColumns(lab)),
                         max_id=int(owner[-1]) if len(owner) else cache["max_id"])
        cache["key"] = key
        self._colour_cache = cache
        return cache["arrays"]

    def _colours_epoch(self) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'colours_epoch'").fetchone()
        return row[0] if row else "0"

    # ------------------------------------------------------------ fixity
    def verify(self) -> VerifyReport:
        """Re-check every stored file's SHA-256 and the database's integrity."""
        rows = self.conn.execute(
            "SELECT f.record_id, r.title, f.role, f.sha256, f.size FROM files f "
            "JOIN records r ON r.id = f.record_id ORDER BY f.record_id, f.role").fetchall()
        status: dict = {}
        problems = []
        for rid, title, role, sha, size in rows:
            key = (sha, size)
            if key not in status:   # a deduplicated file is read once
                status[key] = self.objects.check(sha, size)
            if status[key] != "ok":
                problems.append(Problem(rid, title, role, sha, str(self.objects.path_for(sha)),
                                        status[key]))
        db = tuple(r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()
                   if r[0] != "ok")
        known = {sha for sha, _ in status}
        extra = []
        if self.objects.root.is_dir():
            extra = sorted(str(p) for p in self.objects.root.glob("*/*")
                           if p.is_file() and p.name not in known)
        return VerifyReport(checked=len(rows), problems=tuple(problems), database=db,
                            unreferenced=tuple(extra))

    # ------------------------------------------------------------ search
    def search(self, query: str = "", **filters):
        """See :func:`motifstudio.catalogue.search.search`."""
        from .search import search
        return search(self, query, **filters)
