"""Plain-JSON (de)serialisation of the small document types.

Readers are tolerant of missing optional fields (their dataclass defaults
apply) and strict on everything else: wrong types, out-of-range values and
unknown keys raise ``ValueError`` naming the field, so a damaged or
hand-edited project gives a clear message instead of a half-built motif.
Unknown keys are refused rather than dropped because dropping them would
silently lose data on the next save; new fields come with a schema version.
"""
from __future__ import annotations

import math
import re
from typing import Any, Optional

import numpy as np

from ..core.document import Metadata, Palette, SourceRef, Stroke, Swatch
from ..core.planar import CUBIC, LINE

_SHA256 = re.compile(r"[0-9a-f]{64}")


# ------------------------------------------------------------------ checks
def expect_mapping(d: Any, where: str, *, required: tuple = (), optional: tuple = ()) -> dict:
    """Check that *d* is a dict holding every *required* key and nothing unknown."""
    if not isinstance(d, dict):
        raise ValueError(f"{where}: expected an object, got {_kind(d)}")
    missing = [k for k in required if k not in d]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(repr(k) for k in missing)}")
    unknown = sorted(set(d) - set(required) - set(optional), key=str)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(repr(k) for k in unknown)}")
    return d


def _kind(v: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            type(None): "null"}.get(type(v), type(v).__name__)


def expect_str(v: Any, where: str) -> str:
    if not isinstance(v, str):
        raise ValueError(f"{where} must be text, got {_kind(v)}")
    return v


def expect_bool(v: Any, where: str) -> bool:
    if not isinstance(v, bool):
        raise ValueError(f"{where} must be true or false, got {_kind(v)}")
    return v


def expect_int(v: Any, where: str, *, minimum: Optional[int] = None,
               maximum: Optional[int] = None) -> int:
    # bool is an int subclass; a stray true/false is damage, not a number.
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"{where} must be a whole number, got {_kind(v)}")
    if minimum is not None and v < minimum:
        raise ValueError(f"{where} must be at least {minimum}, got {v}")
    if maximum is not None and v > maximum:
        raise ValueError(f"{where} must be at most {maximum}, got {v}")
    return v


def expect_float(v: Any, where: str, *, positive: bool = False) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"{where} must be a number, got {_kind(v)}")
    v = float(v)
    if not math.isfinite(v):
        raise ValueError(f"{where} must be a finite number, got {v}")
    if positive and not v > 0:
        raise ValueError(f"{where} must be positive, got {v:g}")
    return v


def expect_list(v: Any, where: str, *, length: Optional[int] = None) -> list:
    if not isinstance(v, (list, tuple)):
        raise ValueError(f"{where} must be a list, got {_kind(v)}")
    if length is not None and len(v) != length:
        raise ValueError(f"{where} must have {length} entries, got {len(v)}")
    return list(v)


# ------------------------------------------------------------------ Swatch / Palette
def swatch_to_dict(s: Swatch) -> dict:
    return {"name": s.name, "rgb": [int(v) for v in s.rgb],
            "lab": [float(v) for v in s.lab], "source": s.source, "pinned": bool(s.pinned)}


def swatch_from_dict(d: Any, where: str = "swatch") -> Swatch:
    """A :class:`Swatch`; ``lab`` is recomputed from ``rgb`` when absent."""
    expect_mapping(d, where, required=("rgb",), optional=("name", "lab", "source", "pinned"))
    rgb = tuple(expect_int(v, f"{where}.rgb[{i}]", minimum=0, maximum=255)
                for i, v in enumerate(expect_list(d["rgb"], f"{where}.rgb", length=3)))
    name = expect_str(d.get("name", ""), f"{where}.name")
    source = expect_str(d.get("source", ""), f"{where}.source")
    pinned = expect_bool(d.get("pinned", False), f"{where}.pinned")
    if "lab" not in d:
        return Swatch.from_rgb(rgb, name=name, source=source, pinned=pinned)
    lab = tuple(expect_float(v, f"{where}.lab[{i}]")
                for i, v in enumerate(expect_list(d["lab"], f"{where}.lab", length=3)))
    return Swatch(name=name, rgb=rgb, lab=lab, source=source, pinned=pinned)


def palette_to_dict(p: Palette) -> dict:
    return {"name": p.name, "swatches": [swatch_to_dict(s) for s in p.swatches]}


def palette_from_dict(d: Any, where: str = "palette") -> Palette:
    expect_mapping(d, where, optional=("name", "swatches"))
    items = expect_list(d.get("swatches", []), f"{where}.swatches")
    return Palette(swatches=tuple(swatch_from_dict(s, f"{where}.swatches[{i}]")
                                  for i, s in enumerate(items)),
                   name=expect_str(d.get("name", ""), f"{where}.name"))


# ------------------------------------------------------------------ Metadata
_METADATA_FIELDS = ("title", "description", "technique", "maker", "place", "notes")


def metadata_to_dict(m: Metadata) -> dict:
    return {k: getattr(m, k) for k in _METADATA_FIELDS}


def metadata_from_dict(d: Any, where: str = "metadata") -> Metadata:
    expect_mapping(d, where, optional=_METADATA_FIELDS)
    return Metadata(**{k: expect_str(v, f"{where}.{k}") for k, v in d.items()})


# ------------------------------------------------------------------ SourceRef
def source_to_dict(s: SourceRef) -> dict:
    return {"filename": s.filename, "sha256": s.sha256, "size_bytes": int(s.size_bytes),
            "format": s.format, "width": int(s.width), "height": int(s.height),
            "dpi": None if s.dpi is None else [float(v) for v in s.dpi]}


def source_from_dict(d: Any, where: str = "source") -> SourceRef:
    expect_mapping(d, where, required=("filename", "sha256", "size_bytes", "format", "width", "height"),
                   optional=("dpi",))
    sha = expect_str(d["sha256"], f"{where}.sha256").lower()
    if not _SHA256.fullmatch(sha):
        raise ValueError(f"{where}.sha256 is not a SHA-256 hex digest: {d['sha256']!r}")
    dpi = d.get("dpi")
    if dpi is not None:
        dpi = tuple(expect_float(v, f"{where}.dpi[{i}]", positive=True)
                    for i, v in enumerate(expect_list(dpi, f"{where}.dpi", length=2)))
    return SourceRef(filename=expect_str(d["filename"], f"{where}.filename"), sha256=sha,
                     size_bytes=expect_int(d["size_bytes"], f"{where}.size_bytes", minimum=0),
                     format=expect_str(d["format"], f"{where}.format"),
                     width=expect_int(d["width"], f"{where}.width", minimum=0),
                     height=expect_int(d["height"], f"{where}.height", minimum=0),
                     dpi=dpi)


# ------------------------------------------------------------------ Stroke
def stroke_to_dict(s: Stroke) -> dict:
    # Same 4-decimal rounding as PlanarMap.to_json: 1e-4 px is far below any use.
    return {"pts": np.round(np.asarray(s.pts, dtype=np.float64), 4).reshape(-1, 2).tolist(),
            "ops": np.asarray(s.ops).astype(int).tolist(), "width": float(s.width),
            "colour": int(s.colour), "closed": bool(s.closed)}


def stroke_from_dict(d: Any, where: str = "stroke") -> Stroke:
    """A :class:`Stroke`, checked like a planar-map edge (points match segment kinds)."""
    expect_mapping(d, where, required=("pts", "ops", "width", "colour"), optional=("closed",))
    ops = [expect_int(v, f"{where}.ops[{i}]", minimum=min(LINE, CUBIC), maximum=max(LINE, CUBIC))
           for i, v in enumerate(expect_list(d["ops"], f"{where}.ops"))]
    if not ops:
        raise ValueError(f"{where} has no segments")
    rows = expect_list(d["pts"], f"{where}.pts")
    pts = np.array([[expect_float(v, f"{where}.pts[{i}][{j}]")
                     for j, v in enumerate(expect_list(row, f"{where}.pts[{i}]", length=2))]
                    for i, row in enumerate(rows)], dtype=np.float64).reshape(-1, 2)
    need = 1 + sum(3 if op == CUBIC else 1 for op in ops)
    if len(pts) != need:
        raise ValueError(f"{where}: {len(pts)} points do not match its segments (expected {need})")
    return Stroke(pts=pts, ops=np.array(ops, dtype=np.uint8),
                  width=expect_float(d["width"], f"{where}.width", positive=True),
                  colour=expect_int(d["colour"], f"{where}.colour", minimum=0),
                  closed=expect_bool(d.get("closed", False), f"{where}.closed"))


# ------------------------------------------------------------------ size
def size_from_list(v: Any, where: str = "size_mm") -> tuple[float, float]:
    w, h = expect_list(v, where, length=2)
    return expect_float(w, f"{where}[0]", positive=True), expect_float(h, f"{where}[1]", positive=True)
