"""Export records as a BagIt 1.0 bag (sha256 manifests) and import them back, fixity first.

Layout of the bag (payload under ``data/``)::

    bagit.txt  bag-info.txt  manifest-sha256.txt  tagmanifest-sha256.txt
    data/omeka-s.csv                         one row per record (see .omeka)
    data/records/<nnnn>-<uid>/record.jsonld         the metadata as JSON-LD (see .jsonld)
    data/records/<nnnn>-<uid>/record.dc.xml         the metadata as oai_dc XML (see .dcxml)
    data/records/<nnnn>-<uid>/original/<file name>  the untouched original, byte for byte
    data/records/<nnnn>-<uid>/project.motif         derived vectors + the recipe behind them
    data/records/<nnnn>-<uid>/thumbnail.png

(``nnnn`` is the export order, which the import keeps.)

:func:`import_bag` validates the whole bag with ``bagit`` (every payload
file's SHA-256, nothing missing, nothing unlisted, tag manifests) and the
JSON-LD's own checksums, and refuses a damaged bag with
:class:`BagDamaged` naming the files, before anything is added.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import bagit

from ..objects import sha256_hex
from .dcxml import record_to_dc_xml
from .jsonld import record_from_jsonld, record_to_jsonld
from .lookup import record_with_original, record_with_uid
from .omeka import omeka_csv, omeka_row

__all__ = ["BagDamaged", "ExportReport", "ImportReport", "export_bag", "import_bag",
           "BAGIT_VERSION", "CSV_NAME"]

BAGIT_VERSION = "1.0"
CSV_NAME = "omeka-s.csv"
_FIXED = {"project": "project.motif", "thumbnail": "thumbnail.png"}
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


class BagDamaged(ValueError):
    """A bag failed validation; ``problems`` lists ``(path, what)`` pairs."""

    def __init__(self, bag_dir, problems):
        self.bag_dir = str(bag_dir)
        self.problems = tuple(problems)
        lines = "; ".join(f"{p}: {what}" if p else what for p, what in self.problems)
        super().__init__(f"{self.bag_dir} is damaged, nothing was imported — {lines}")


@dataclass(frozen=True)
class ExportReport:
    path: Path
    records: int
    files: int          # payload files


@dataclass(frozen=True)
class ImportReport:
    added: tuple        # (uid, new record id)
    skipped: tuple      # (uid, existing record id, reason)


def _safe_name(name: str) -> str:
    name = _UNSAFE.sub("_", os.path.basename(name or "")).strip(" .")
    return name or "original.bin"


def export_bag(catalogue, record_ids, dest_dir, *, bag_info=None) -> ExportReport:
    """Write the records *record_ids* of *catalogue* as one BagIt bag at *dest_dir*.

    *dest_dir* must not exist (or be an empty folder).  The bag is built in a
    sibling folder and renamed into place, so a failed export leaves nothing
    half-written at *dest_dir*.

    Raises
    ------
    ValueError
        If a record does not exist, *dest_dir* is not empty, or a stored file
        is damaged (run ``motifstudio catalogue verify``).
    """
    dest = Path(dest_dir).absolute()
    ids = list(dict.fromkeys(int(i) for i in record_ids))
    if not ids:
        raise ValueError("no records to export")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ValueError(f"{dest} already exists and is not an empty folder")
    if not dest.parent.is_dir():
        raise ValueError(f"{dest.parent}: no such folder")
    stage = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    try:
        rows, n_files = [], 0
        for pos, rid in enumerate(ids, 1):
            try:
                stored = catalogue.get(rid)
            except KeyError:
                raise ValueError(f"there is no record {rid}") from None
            folder = Path("records") / f"{pos:04d}-{stored.uid}"   # export order
            (stage / folder).mkdir(parents=True)
            rel = {}
            for role, ref in stored.files.items():
                try:
                    data = catalogue.file_bytes(rid, role)
                except (ValueError, FileNotFoundError) as exc:
                    raise ValueError(f"record {rid} ({stored.record.title}): its {role} file "
                                     f"cannot be exported ({exc}); run 'motifstudio catalogue "
                                     "verify'") from None
                name = _FIXED.get(role) or f"original/{_safe_name(ref.filename)}"
                path = stage / folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                rel[role] = name
                n_files += 1
            doc = record_to_jsonld(stored, rel)
            (stage / folder / "record.jsonld").write_text(
                json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            (stage / folder / "record.dc.xml").write_bytes(record_to_dc_xml(stored))
            n_files += 2
            media = [(folder / rel[r]).as_posix() for r in ("original", "thumbnail") if r in rel]
            rows.append(omeka_row(stored, media))
        (stage / CSV_NAME).write_bytes(omeka_csv(rows))
        n_files += 1
        info = {"Source-Organization": "", "External-Description":
                f"Motif Studio archive export: {len(ids)} record(s)",
                "Bag-Software-Agent": "Motif Studio (bagit.py)",
                **(bag_info or {})}
        bagit.make_bag(str(stage), {k: v for k, v in info.items() if v}, checksums=["sha256"])
        # bagit.py writes 0.97; the layout is the same in RFC 8493 (1.0)
        (stage / "bagit.txt").write_text(
            f"BagIt-Version: {BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n",
            encoding="utf-8")
        bagit.Bag(str(stage)).save()      # re-writes the tag manifest over the new bagit.txt
        if dest.exists():
            dest.rmdir()
        os.replace(stage, dest)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return ExportReport(dest, len(ids), n_files)


# ---------------------------------------------------------------------------- import

def _diagnose(bag) -> list:
    """Every file that fails, found with bagit's public API (validate() stops at the first
    kind of failure, and its Payload-Oxum check names no file)."""
    problems = []
    missing, unexpected = bag.compare_manifests_with_fs()
    problems += [(p, "missing (listed in a manifest, not in the bag)") for p in sorted(missing)]
    problems += [(p, "not listed in the manifest") for p in sorted(unexpected)]
    gone = set(missing)
    for path, hashes in sorted(bag.entries.items()):
        if path in gone:
            continue
        full = os.path.join(bag.path, path)
        if not os.path.isfile(full):
            continue
        for alg, expected in hashes.items():
            if alg != "sha256":
                continue
            with open(full, "rb") as fh:
                found = sha256_hex(fh.read())
            if found != expected.lower():
                problems.append((path, f"checksum mismatch (sha256 expected {expected[:12]}…, "
                                       f"found {found[:12]}…)"))
    return problems


def validate_bag(bag_dir) -> "bagit.Bag":
    """Open and fully validate a bag; :class:`BagDamaged` lists every failing file."""
    path = Path(bag_dir)
    if not path.is_dir():
        raise BagDamaged(path, [("", "no such folder")])
    try:
        bag = bagit.Bag(str(path))
    except bagit.BagError as exc:
        raise BagDamaged(path, [("", f"not a readable bag ({exc})")]) from None
    try:
        bag.validate(processes=1)
    except bagit.BagError as exc:
        problems = _diagnose(bag)
        details = getattr(exc, "details", None) or []
        seen = {p for p, _ in problems}
        for d in details:
            p = getattr(d, "path", "")
            if p not in seen:
                problems.append((p, str(d)))
        if not problems:
            problems = [("", str(exc))]
        raise BagDamaged(path, problems) from None
    if "sha256" not in bag.algorithms:
        raise BagDamaged(path, [("", "the bag has no sha256 manifest")])
    return bag


def _read_records(bag, path: Path) -> list:
    """Parse every record of a validated bag (all before any is added)."""
    data = path / "data"
    out, problems = [], []
    for doc_path in sorted((data / "records").glob("*/record.jsonld")):
        rel_doc = doc_path.relative_to(path).as_posix()
        try:
            doc = json.loads(doc_path.read_text(encoding="utf-8"))
            record, uid, media, palette = record_from_jsonld(doc)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            problems.append((rel_doc, f"not a Motif Studio record ({exc})"))
            continue
        files = {}
        for m in media:
            f = (doc_path.parent / m["path"]).resolve()
            if data.resolve() not in f.parents:
                problems.append((rel_doc, f"{m['path']} points outside the bag"))
                continue
            try:
                content = f.read_bytes()
            except OSError:
                problems.append((rel_doc, f"{m['path']} is missing"))
                continue
            if sha256_hex(content) != m["sha256"]:
                problems.append((f.relative_to(path.resolve()).as_posix(),
                                 "does not match the SHA-256 in record.jsonld"))
                continue
            files[m["role"]] = (content, m)
        out.append((uid, record, files, palette))
    if not out and not problems:
        problems.append(("data/records", "the bag holds no records"))
    if problems:
        raise BagDamaged(path, problems)
    return out


def import_bag(catalogue, bag_dir) -> ImportReport:
    """Validate the bag at *bag_dir* and add its records to *catalogue*.

    Records already present (an original with the same SHA-256, or the same
    uid) are skipped.  Originals are added byte for byte and their SHA-256 is
    checked again once stored.

    Raises
    ------
    BagDamaged
        If any file fails fixity or completeness, or a record cannot be read;
        nothing is added then.
    """
    path = Path(bag_dir)
    bag = validate_bag(path)
    records = _read_records(bag, path)
    added, skipped = [], []
    for uid, record, files, palette in records:
        orig = files.get("original")
        if orig is not None:
            existing = record_with_original(catalogue, orig[1]["sha256"])
            if existing is not None:
                skipped.append((uid, existing, "same original (SHA-256) already catalogued"))
                continue
        existing = record_with_uid(catalogue, uid)
        if existing is not None:
            skipped.append((uid, existing, "same record uid already catalogued"))
            continue
        get = lambda role: files[role][0] if role in files else None  # noqa: E731
        rid = catalogue.add(record, original=get("original"),
                            original_name=orig[1]["filename"] if orig else "",
                            original_media_type=orig[1]["media_type"] if orig else "",
                            project=get("project"), thumbnail=get("thumbnail"),
                            palette=palette, uid=uid)
        stored = catalogue.get(rid)
        for role, (content, m) in files.items():
            ref = stored.files.get(role)
            if ref is None or ref.sha256 != m["sha256"] or \
                    sha256_hex(catalogue.file_bytes(rid, role)) != m["sha256"]:
                raise ValueError(f"record {rid} ({record.title}): its {role} file did not "
                                 "survive the import intact")
        added.append((uid, rid))
    return ImportReport(tuple(added), tuple(skipped))
