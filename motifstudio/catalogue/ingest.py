"""Adding a ``.motif`` project to the catalogue: its files, thumbnail, palette and defaults.

The project file itself is kept byte for byte (it holds the vectors and the
recipe that made them); the original scan inside it is kept too, as its own
file, so the untouched original survives even if the project format changes.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..core.document import Motif, Palette
from .record import TECHNIQUES, Record

__all__ = ["THUMBNAIL_PX", "ProjectFiles", "read_project_files", "record_defaults",
           "make_thumbnail", "add_project"]

#: The longer side of a thumbnail, in pixels.
THUMBNAIL_PX = 256
_MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "TIFF": "image/tiff",
                "BMP": "image/bmp", "WEBP": "image/webp"}


@dataclass(frozen=True)
class ProjectFiles:
    project: bytes
    original: Optional[bytes]
    original_name: str
    original_media_type: str
    thumbnail: Optional[bytes]
    palette: Palette
    motif: Motif


def _png(img: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def make_thumbnail(motif: Motif, design_spec=None, original: Optional[bytes] = None,
                   *, size: int = THUMBNAIL_PX) -> Optional[bytes]:
    """A PNG of at most *size* px a side: the design as drawn, else the original scan."""
    try:
        from ..design.spec import DesignSpec, build_design
        from ..export.raster import render_design
        design = build_design(motif, design_spec if design_spec is not None else DesignSpec())
        w, h = design.size_mm
        img = render_design(design, px_per_mm=size / max(w, h), supersample=2)
        return _png(img[:size, :size])
    except (ValueError, MemoryError):
        pass   # a design that cannot be drawn still gets a thumbnail of its scan
    if original is None:
        return None
    from PIL import Image, ImageOps
    try:
        with Image.open(io.BytesIO(original)) as im:
            im = ImageOps.exif_transpose(im).convert("RGB")
            im.thumbnail((size, size))
            return _png(np.asarray(im))
    except (OSError, ValueError):
        return None


def read_project_files(path) -> ProjectFiles:
    """Read a project and everything the catalogue keeps of it.

    Raises
    ------
    ProjectError
        (a ``ValueError``) if the project is damaged.
    OSError
        If it cannot be read.
    """
    from ..project.motif_file import load_project
    with open(path, "rb") as fh:
        data = fh.read()
    motif, original, spec = load_project(path)
    src = motif.source
    name = src.filename if src is not None else ""
    media = _MEDIA_TYPES.get((src.format or "").upper(), "") if src is not None else ""
    return ProjectFiles(project=data, original=original, original_name=name,
                        original_media_type=media,
                        thumbnail=make_thumbnail(motif, spec, original), palette=motif.palette,
                        motif=motif)


def record_defaults(motif: Motif, path=None) -> dict:
    """Record fields the project already knows (title, maker, place, technique, ...)."""
    md = motif.metadata
    title = md.title or (os.path.splitext(os.path.basename(path))[0] if path else "")
    tech = (md.technique or "").strip().lower()
    out = {"title": title, "description": md.description, "creator": md.maker,
           "place": md.place, "technique": tech if tech in TECHNIQUES else "other"}
    return {k: v for k, v in out.items() if v}


def add_project(cat, path, **fields) -> int:
    """Add the project at *path* to catalogue *cat*; *fields* override the project's metadata.

    Returns the new record's id.
    """
    files = read_project_files(path)
    record = Record(**{**record_defaults(files.motif, path), **fields})
    return cat.add(record, original=files.original, original_name=files.original_name,
                   original_media_type=files.original_media_type, project=files.project,
                   thumbnail=files.thumbnail, palette=files.palette)
