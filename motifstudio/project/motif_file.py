"""The ``.motif`` project file: one motif, its recipe and its untouched original.

A project is a zip archive (the layout follows OpenDocument/EPUB, so tools
can recognise it by its first bytes)::

    mimetype              stored, first: "application/x-motifstudio"
    motif.json            deflated: the document (format below)
    original/<filename>   stored: the source image's bytes, never re-encoded

``motif.json`` (format 1) holds ``schema_version``, ``app`` (name, version),
``created`` / ``saved`` (ISO-8601 UTC), ``source`` (a :class:`SourceRef`),
``original_member`` (the archive path of the original, or null),
``recipe`` (``Recipe.to_dict()``), ``palette`` (name and swatches),
``size_mm``, ``metadata``, ``planar_map`` (``PlanarMap.to_json()``) and
``strokes`` (centrelines: points, segment kinds, pen width, colour).

Saving is atomic (rule 6 of the design map): the archive is written to a
temporary file and renamed over the target, so a crash or a full disk never
leaves a half-written project.  Loading checks everything and turns every
kind of damage into a :class:`ProjectError` naming the file; older formats
are upgraded step by step through :data:`MIGRATIONS`.

Examples
--------
>>> save_motif("ram.motif", motif, original_bytes)        # doctest: +SKIP
>>> motif, original = load_motif("ram.motif")              # doctest: +SKIP
>>> read_project_info("ram.motif")["n_faces"]              # doctest: +SKIP
12
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import time
import zipfile
import zlib
from datetime import datetime, timezone
from typing import Any, Callable, Optional, Union

from .. import __version__
from ..core.atomic import atomic_writer
from ..core.colour import hex_to_rgb8
from ..core.document import Motif, Swatch
from ..core.planar import PlanarMap
from ..design.spec import DesignSpec
from ..imaging.params import Recipe
from .codec import (expect_int, expect_list, expect_mapping, expect_str, metadata_from_dict,
                    metadata_to_dict, palette_from_dict, palette_to_dict, size_from_list,
                    source_from_dict, source_to_dict, stroke_from_dict, stroke_to_dict,
                    swatch_to_dict)

PathLike = Union[str, "os.PathLike[str]"]

SCHEMA_VERSION = 1
MIMETYPE = "application/x-motifstudio"
FILE_EXTENSION = ".motif"
#: Members declaring more than this are refused unread (zip-bomb guard); the
#: reader never inflates past a member's declared size.
MAX_MEMBER_BYTES = 2 * 1024 ** 3

_MIMETYPE_MEMBER = "mimetype"
_JSON_MEMBER = "motif.json"
_ORIGINAL_DIR = "original/"

_REQUIRED = ("schema_version", "recipe", "palette", "size_mm", "planar_map")
_OPTIONAL = ("app", "created", "saved", "source", "original_member", "metadata", "strokes",
             "design")


class ProjectError(ValueError):
    """A project file cannot be read or written; the message names the file and the problem.

    Attributes
    ----------
    path : str or None
        The project file concerned.
    """

    def __init__(self, message: str, path: Optional[PathLike] = None):
        super().__init__(message)
        self.path = None if path is None else os.fspath(path)


# ================================================================== migrations
def _migrate_0_to_1(doc: dict) -> dict:
    """Format 0 (the draft) -> format 1.

    Format 0 marked itself ``"version": 0``, kept the palette as a list of
    ``#rrggbb`` strings under ``"colors"``, the size as ``"width_mm"`` /
    ``"height_mm"``, the original's archive path under ``"original"``, and had
    no metadata, timestamps or app record.
    """
    expect_mapping(doc, "format 0 document",
                   required=("version", "recipe", "colors", "width_mm", "height_mm", "planar_map"),
                   optional=("source", "original"))
    swatches = [swatch_to_dict(Swatch.from_rgb(hex_to_rgb8(expect_str(c, f"colors[{i}]"))))
                for i, c in enumerate(expect_list(doc["colors"], "colors"))]
    return {
        "schema_version": 1,
        "app": None,
        "created": None,
        "saved": None,
        "source": copy.deepcopy(doc.get("source")),
        "original_member": doc.get("original"),
        "recipe": copy.deepcopy(doc["recipe"]),
        "palette": {"name": "", "swatches": swatches},
        "size_mm": [doc["width_mm"], doc["height_mm"]],
        "metadata": {},
        "planar_map": copy.deepcopy(doc["planar_map"]),
        "strokes": [],
    }


#: ``MIGRATIONS[v]`` turns a format-``v`` document (the parsed ``motif.json``)
#: into format ``v + 1``.  Each step is pure and raises ``ValueError`` on input
#: it cannot upgrade.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {
    0: _migrate_0_to_1,
}


def migrate(doc: dict, version: int) -> dict:
    """Upgrade a parsed ``motif.json`` of format *version* to :data:`SCHEMA_VERSION`.

    Parameters
    ----------
    doc : dict
        The document as parsed; it is not modified.
    version : int
        Its format version, at most :data:`SCHEMA_VERSION`.

    Returns
    -------
    dict
        The document in the current format.

    Raises
    ------
    ValueError
        If a step is missing or the document cannot be upgraded.
    """
    for v in range(version, SCHEMA_VERSION):
        step = MIGRATIONS.get(v)
        if step is None:
            raise ValueError(f"no upgrade from format {v} to {v + 1}")
        doc = step(doc)
    return doc


# ================================================================== saving
def save_motif(path: PathLike, motif: Motif, original: Optional[bytes], *,
               created: Union[str, datetime, None] = None,
               allow_missing_original: bool = False,
               design: Optional[DesignSpec] = None) -> None:
    """Save *motif* and its untouched *original* to a ``.motif`` project, atomically.

    Parameters
    ----------
    path : str or os.PathLike
        The project file to create or replace.
    motif : Motif
        The motif to save.
    original : bytes or None
        The source image's bytes exactly as loaded.  Their SHA-256 must equal
        ``motif.source.sha256``.
    created : str or datetime, optional
        When the project was first created.  By default the ``created`` time
        of the project already at *path* is kept (re-saving), else now.
    allow_missing_original : bool
        Save a motif that has a source without its bytes.  Off by default so
        a caller that forgets the original cannot silently drop it from an
        archive.
    design : DesignSpec, optional
        The Design step's choices (colours and layout), saved as ``design``.

    Raises
    ------
    ProjectError
        If the original does not match the source, the motif is inconsistent
        (invalid recipe, damaged planar map, a face colour outside the
        palette, ...) or cannot be encoded.  Nothing is written then.
    OSError
        If writing fails.  The previous file at *path* is unchanged.
    """
    name = os.fspath(path)
    if not isinstance(motif, Motif):
        raise TypeError(f"save_motif: expected a Motif, got {type(motif).__name__}")
    if original is not None:
        original = bytes(original)
        _check_original_for_save(name, motif, original)
    elif motif.source is not None and not allow_missing_original:
        raise ProjectError(f"cannot save {name}: the original image {motif.source.filename!r} "
                           "must be saved with the motif; its bytes were not given", name)

    saved = _utc_now()
    if created is None:
        created = _existing_created(path) or saved
    try:
        created = _normalise_time(created)
        member = _original_member(motif.source.filename) if original is not None else None
        doc = _encode(motif, member=member, created=created, saved=saved)
        if design is not None:
            design.check()
            doc["design"] = design.to_dict()
        payload = json.dumps(doc, ensure_ascii=False, allow_nan=False,
                             separators=(",", ":")).encode("utf-8")
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"cannot save {name}: {exc}", name) from exc
    if len(payload) > MAX_MEMBER_BYTES:
        raise ProjectError(f"cannot save {name}: the motif is too large for a project file", name)

    # Everything that can be refused has been refused: only I/O can fail now,
    # and atomic_writer keeps the previous file intact if it does.
    stamp = time.localtime()[:6]
    with atomic_writer(path, "wb") as fh:
        with zipfile.ZipFile(fh, "w") as zf:
            zf.writestr(_zip_info(_MIMETYPE_MEMBER, zipfile.ZIP_STORED, stamp),
                        MIMETYPE.encode("ascii"))
            zf.writestr(_zip_info(_JSON_MEMBER, zipfile.ZIP_DEFLATED, stamp), payload)
            if original is not None:
                # Stored, not deflated: images are already compressed, and the
                # bytes stay recoverable with any unzip tool.
                zf.writestr(_zip_info(member, zipfile.ZIP_STORED, stamp), original)


def _check_original_for_save(name: str, motif: Motif, original: bytes) -> None:
    src = motif.source
    if src is None:
        raise ProjectError(f"cannot save {name}: original image bytes were given but the motif "
                           "has no source reference", name)
    digest = hashlib.sha256(original).hexdigest()
    if digest != src.sha256.lower():
        raise ProjectError(f"cannot save {name}: the original image bytes do not match the motif's "
                           f"source {src.filename!r} (SHA-256 {digest[:12]}… instead of "
                           f"{src.sha256[:12]}…)", name)
    if len(original) != src.size_bytes:
        raise ProjectError(f"cannot save {name}: the source {src.filename!r} records "
                           f"{src.size_bytes} bytes but the original has {len(original)}", name)
    if len(original) > MAX_MEMBER_BYTES:
        raise ProjectError(f"cannot save {name}: the original image is larger than 2 GB", name)


def _encode(motif: Motif, *, member: Optional[str], created: str, saved: str) -> dict:
    """The format-1 document of *motif*; ``ValueError`` if the motif is inconsistent."""
    try:
        Recipe.from_dict(motif.recipe)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"the recipe is invalid: {exc}") from None
    motif.planar_map.check()
    _check_colours(motif.planar_map, motif.strokes, len(motif.palette))
    strokes = [stroke_to_dict(s) for s in motif.strokes]
    for i, s in enumerate(strokes):  # catch a malformed stroke now, not at the next load
        stroke_from_dict(s, f"strokes[{i}]")
    return {
        "schema_version": SCHEMA_VERSION,
        "app": {"name": "Motif Studio", "version": __version__},
        "created": created,
        "saved": saved,
        "source": None if motif.source is None else source_to_dict(motif.source),
        "original_member": member,
        "recipe": motif.recipe,
        "palette": palette_to_dict(motif.palette),
        "size_mm": list(size_from_list(motif.size_mm)),
        "metadata": metadata_to_dict(motif.metadata),
        "planar_map": motif.planar_map.to_json(),
        "strokes": strokes,
    }


def _check_colours(pm: PlanarMap, strokes, n_colours: int) -> None:
    """Every face and stroke colour must index the palette (a negative index would wrap)."""
    if pm.n_faces:
        lo, hi = int(pm.face_colour.min()), int(pm.face_colour.max())
        if lo < 0 or hi >= n_colours:
            bad = lo if lo < 0 else hi
            raise ValueError(f"a face uses colour {bad} but the palette has {n_colours} colour(s)")
    for i, s in enumerate(strokes):
        if not 0 <= int(s.colour) < n_colours:
            raise ValueError(f"stroke {i} uses colour {int(s.colour)} but the palette has "
                             f"{n_colours} colour(s)")


def _original_member(filename: str) -> str:
    # Keep only the base name (either separator) so a recorded path like
    # "C:\\scans\\ram.jpg" cannot make an unsafe archive path.
    base = re.split(r"[\\/]", filename)[-1].strip()
    base = "".join(ch for ch in base if ch.isprintable())
    if base in ("", ".", ".."):
        base = "source"
    return _ORIGINAL_DIR + base


def _zip_info(member: str, compress_type: int, stamp: tuple) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(member, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16  # rw-r--r-- when unpacked by hand
    return info


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _normalise_time(value: Union[str, datetime]) -> str:
    """An ISO-8601 UTC string ``YYYY-MM-DDTHH:MM:SSZ``; naive datetimes count as UTC."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"created time {value!r} is not ISO-8601") from None
    if not isinstance(value, datetime):
        raise TypeError(f"created time must be text or a datetime, got {type(value).__name__}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _existing_created(path: PathLike) -> Optional[str]:
    """The ``created`` time of a readable project already at *path*, else ``None``."""
    if not os.path.isfile(path):
        return None
    try:
        with _open_archive(path) as zf:
            doc, _ = _read_document(zf, os.fspath(path))
    except (ProjectError, OSError):
        return None  # not ours or damaged: it is being replaced anyway
    created = doc.get("created")
    return created if isinstance(created, str) else None


# ================================================================== loading
def load_motif(path: PathLike) -> tuple[Motif, Optional[bytes]]:
    """Load a ``.motif`` project, upgrading older formats (see :func:`load_project`)."""
    motif, original, _ = load_project(path)
    return motif, original


def load_project(path: PathLike) -> tuple[Motif, Optional[bytes], DesignSpec]:
    """Load a ``.motif`` project with its design choices, upgrading older formats.

    Parameters
    ----------
    path : str or os.PathLike
        The project file.

    Returns
    -------
    motif : Motif
        The motif; its ``recipe`` is the plain dict that was saved (validated).
    original : bytes or None
        The original image's bytes, verified against ``motif.source.sha256``;
        ``None`` if the project holds no original.
    design : DesignSpec
        The saved colours and layout (the default for a project saved without).

    Raises
    ------
    ProjectError
        If the file is not a project, is damaged (truncated, bad JSON, missing
        members or fields, a damaged planar map, an original whose checksum
        does not match), contains unsafe members, or was saved by a newer
        Motif Studio.
    OSError
        If the file cannot be opened (missing, no permission).
    """
    name = os.fspath(path)
    with _open_archive(path) as zf:
        doc, _ = _read_document(zf, name)
        motif, member = _decode(doc, name)
        original = None
        if member is not None:
            if member not in zf.NameToInfo:
                raise ProjectError(f"{name} is damaged: the original image {member!r} is missing", name)
            original = _read_member(
                zf, member, lambda why: f"the original image inside {name} is damaged ({why})", name)
            src = motif.source
            if (hashlib.sha256(original).hexdigest() != src.sha256
                    or len(original) != src.size_bytes):
                raise ProjectError(f"the original image inside {name} is damaged (checksum mismatch)",
                                   name)
    design = DesignSpec()
    if doc.get("design") is not None:
        try:
            design = DesignSpec.from_dict(doc["design"])
        except ValueError as exc:
            raise ProjectError(f"{name} is damaged: its design settings are invalid ({exc})",
                               name) from None
    return motif, original, design


def read_project_info(path: PathLike) -> dict:
    """A cheap summary of a project, for ``motifstudio info`` and file browsers.

    The planar map is counted, not built, and the original is not read.

    Returns
    -------
    dict
        ``path``, ``schema_version`` (the format the file was written in),
        ``app_version``, ``created``, ``saved`` (ISO-8601 UTC text or None),
        ``title``, ``technique``, ``source_filename``, ``source_sha256``
        (None without a source), ``has_original``, ``size_mm``, ``n_colours``,
        ``n_faces``, ``n_edges``, ``n_segments``, ``n_strokes``.

    Raises
    ------
    ProjectError
        As :func:`load_motif`, for damage it can see without decoding everything.
    """
    name = os.fspath(path)
    with _open_archive(path) as zf:
        doc, version = _read_document(zf, name)
        try:
            expect_mapping(doc, _JSON_MEMBER, required=_REQUIRED, optional=_OPTIONAL)
            source = None if doc.get("source") is None else source_from_dict(doc["source"])
            metadata = metadata_from_dict(doc.get("metadata", {}))
            palette = expect_mapping(doc["palette"], "palette", optional=("name", "swatches"))
            pm = expect_mapping(doc["planar_map"], "planar_map",
                                required=("face_colour", "left", "ops"),
                                optional=tuple(PlanarMap._ARRAYS) + ("width", "height"))
            counts = {k: len(expect_list(pm[key], f"planar_map.{key}"))
                      for k, key in (("n_faces", "face_colour"), ("n_edges", "left"),
                                     ("n_segments", "ops"))}
            app = doc.get("app")
            member = doc.get("original_member")
            info = {
                "path": name,
                "schema_version": version,
                "app_version": app.get("version") if isinstance(app, dict) else None,
                "created": _opt_str(doc.get("created"), "created"),
                "saved": _opt_str(doc.get("saved"), "saved"),
                "title": metadata.title,
                "technique": metadata.technique,
                "source_filename": source.filename if source else None,
                "source_sha256": source.sha256 if source else None,
                "has_original": isinstance(member, str) and member in zf.NameToInfo,
                "size_mm": size_from_list(doc["size_mm"]),
                "n_colours": len(expect_list(palette.get("swatches", []), "palette.swatches")),
                "n_strokes": len(expect_list(doc.get("strokes", []), "strokes")),
                **counts,
            }
        except ValueError as exc:
            raise ProjectError(f"{name} is damaged: {exc}", name) from None
    return info


def _opt_str(v: Any, where: str) -> Optional[str]:
    return None if v is None else expect_str(v, where)


def _open_archive(path: PathLike) -> zipfile.ZipFile:
    """Open *path* as a zip and refuse unsafe or absurd members before reading any."""
    name = os.fspath(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ProjectError(f"{name} is not a Motif Studio project, or it is truncated or damaged "
                           f"(not a readable zip archive: {exc})", name) from None
    try:
        _check_members(zf, name)
    except BaseException:
        zf.close()
        raise
    return zf


_DRIVE = re.compile(r"^[A-Za-z]:")


def _check_members(zf: zipfile.ZipFile, name: str) -> None:
    seen: set[str] = set()
    for info in zf.infolist():
        member = info.filename
        parts = member.replace("\\", "/").split("/")
        if member.startswith(("/", "\\")) or _DRIVE.match(member) or ".." in parts:
            raise ProjectError(f"{name} contains an unsafe path {member!r} (absolute or with '..'); "
                               "refusing to open it", name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ProjectError(f"{name} contains {member!r} declared as {info.file_size} bytes "
                               "(over the 2 GB limit); refusing to open it", name)
        if member in seen:
            raise ProjectError(f"{name} is damaged: {member!r} appears twice", name)
        if info.flag_bits & 0x1:
            raise ProjectError(f"{name} contains an encrypted member {member!r}; "
                               "Motif Studio projects are never encrypted", name)
        seen.add(member)


def _read_member(zf: zipfile.ZipFile, member: str, message: Callable[[str], str],
                 name: str) -> bytes:
    """Read one member (bounded by its declared size); damage -> ``ProjectError(message(why))``."""
    try:
        with zf.open(member) as fh:
            return fh.read()
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError) as exc:
        # BadZipFile: CRC or header mismatch; zlib.error/EOFError: a broken or
        # cut deflate stream; NotImplementedError: an unknown compression.
        raise ProjectError(message(str(exc) or type(exc).__name__), name) from None


def _reject_constant(token: str):
    raise ValueError(f"{token} is not allowed")


def _read_document(zf: zipfile.ZipFile, name: str) -> tuple[dict, int]:
    """The parsed ``motif.json`` upgraded to the current format, and the file's format."""
    names = zf.NameToInfo
    if _MIMETYPE_MEMBER not in names:
        raise ProjectError(f"{name} is not a Motif Studio project (it has no 'mimetype' entry)", name)
    mimetype = _read_member(zf, _MIMETYPE_MEMBER,
                            lambda why: f"{name} is damaged: its mimetype cannot be read ({why})",
                            name).decode("utf-8", errors="replace").strip()
    if mimetype != MIMETYPE:
        raise ProjectError(f"{name} is not a Motif Studio project (its mimetype is "
                           f"{mimetype[:80]!r}, expected {MIMETYPE!r})", name)
    if _JSON_MEMBER not in names:
        raise ProjectError(f"{name} is damaged: it has no {_JSON_MEMBER}", name)
    raw = _read_member(zf, _JSON_MEMBER,
                       lambda why: f"{name} is damaged: {_JSON_MEMBER} cannot be read ({why})", name)
    try:
        doc = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProjectError(f"{name} is damaged: {_JSON_MEMBER} is not valid JSON ({exc})", name) from None
    if not isinstance(doc, dict):
        raise ProjectError(f"{name} is damaged: {_JSON_MEMBER} does not hold an object", name)

    version = _format_version(doc, name)
    if version > SCHEMA_VERSION:
        raise ProjectError(f"{name} was saved by a newer Motif Studio (format {version}); this "
                           f"version reads up to format {SCHEMA_VERSION} — please update", name)
    try:
        doc = migrate(doc, version)
    except (ValueError, TypeError, KeyError) as exc:
        raise ProjectError(f"{name} is damaged: it cannot be upgraded from format {version} "
                           f"({exc})", name) from None
    return doc, version


def _format_version(doc: dict, name: str) -> int:
    # Format 0 (the draft) called the field "version".
    key = "schema_version" if "schema_version" in doc else "version" if "version" in doc else None
    if key is None:
        raise ProjectError(f"{name} is damaged: {_JSON_MEMBER} has no schema_version", name)
    try:
        return expect_int(doc[key], key, minimum=0)
    except ValueError as exc:
        raise ProjectError(f"{name} is damaged: {exc}", name) from None


def _decode(doc: dict, name: str) -> tuple[Motif, Optional[str]]:
    """The motif of a current-format document, and the archive path of its original."""
    try:
        expect_mapping(doc, _JSON_MEMBER, required=_REQUIRED, optional=_OPTIONAL)
        for key in ("created", "saved"):
            _opt_str(doc.get(key), key)
        app = doc.get("app")
        if app is not None:
            expect_mapping(app, "app", optional=("name", "version"))
            for key, value in app.items():
                expect_str(value, f"app.{key}")
        source = None if doc.get("source") is None else source_from_dict(doc["source"])
        member = doc.get("original_member")
        if member is not None:
            expect_str(member, "original_member")
            if not member.startswith(_ORIGINAL_DIR) or member == _ORIGINAL_DIR:
                raise ValueError(f"original_member {member!r} is not under {_ORIGINAL_DIR!r}")
            if source is None:
                raise ValueError("there is an original image but no source record")
        recipe = doc["recipe"]
        try:
            Recipe.from_dict(recipe)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"the recipe is invalid: {exc}") from None
        palette = palette_from_dict(doc["palette"])
        size_mm = size_from_list(doc["size_mm"])
        metadata = metadata_from_dict(doc.get("metadata", {}))
        expect_mapping(doc["planar_map"], "planar map",
                       required=("width", "height") + tuple(PlanarMap._ARRAYS))
        try:
            pm = PlanarMap.from_json(doc["planar_map"])
        except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
            detail = str(exc).removeprefix("planar map is damaged: ")
            raise ValueError(f"the planar map is broken ({detail})") from None
        strokes = tuple(stroke_from_dict(s, f"strokes[{i}]")
                        for i, s in enumerate(expect_list(doc.get("strokes", []), "strokes")))
        _check_colours(pm, strokes, len(palette))
    except ValueError as exc:
        raise ProjectError(f"{name} is damaged: {exc}", name) from None
    return Motif(source=source, recipe=recipe, palette=palette, planar_map=pm,
                 size_mm=size_mm, metadata=metadata, strokes=strokes), member
