"""The one registry of export writers, listed by the export dialog and the CLI.

A writer is a pure function ``func(design, dest, options)`` plus what a user
interface needs to offer it: a format name, file extensions, a description
and the type of its options object.

Examples
--------
>>> writer_for("svg").name
'svg'
>>> writer_for("out/lesson.SVG").name
'svg'
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Optional

from .design_sheet import design_sheet, write_design_pdf
from .design_svg import DesignSvgOptions, write_design_svg, write_tile_svg
from .mockup import MockupOptions, mockup_image, write_mockup_png
from .print_pdf import PrintOptions
from .raster import PngOptions, TilePngOptions, write_design_png, write_tile_png
from .svg import SvgOptions, write_svg

__all__ = ["Writer", "register", "writers", "writer_for"]


@dataclass(frozen=True)
class Writer:
    """An export format.

    Attributes
    ----------
    name : str
        Short format name, lower case (``"svg"``).
    extensions : tuple of str
        File extensions with the dot, lower case (``(".svg",)``); the first
        is the default.
    description : str
        One line for menus and ``--help``.
    func : callable
        ``func(design, dest, options=None)``.
    options_type : type or None
        The options dataclass *func* accepts.
    takes : str
        ``"motif"`` (a traced :class:`~motifstudio.core.document.Motif`) or
        ``"design"`` (a :class:`~motifstudio.design.spec.Design`: the motif in
        its final colours, arranged).
    preview : callable or None
        ``preview(design, options)`` -> a :class:`~motifstudio.export.sheet.Sheet`
        or an (H, W, 3) uint8 image showing what will be written, for the
        export dialog (formats it cannot draw otherwise, e.g. PDF).
    """
    name: str
    extensions: tuple
    description: str
    func: Callable
    options_type: Optional[type] = None
    takes: str = "motif"
    preview: Optional[Callable] = None

    def __post_init__(self):
        if not self.name or self.name != self.name.lower() or self.name.startswith("."):
            raise ValueError(f"writer name must be a lower-case word, got {self.name!r}")
        exts = tuple(self.extensions)
        if not exts or any(not e.startswith(".") or e != e.lower() for e in exts):
            raise ValueError(f"writer {self.name}: extensions must be lower case and start "
                             f"with '.', got {self.extensions!r}")
        object.__setattr__(self, "extensions", exts)
        if self.takes not in ("motif", "design"):
            raise ValueError(f"writer {self.name}: takes must be 'motif' or 'design'")


_WRITERS: dict[str, Writer] = {}


def register(writer: Writer) -> Writer:
    """Add *writer* to the registry and return the registered writer.

    Registering an equal writer again (e.g. a module imported twice) is a no-op.
    Several writers may share an extension (the whole design and its tile are
    both SVG); a path then finds the first one registered.

    Raises
    ------
    ValueError
        If another writer already has its name.
    """
    old = _WRITERS.get(writer.name)
    if old is not None:
        if old == writer:
            return old
        raise ValueError(f"a different writer named {writer.name!r} is already registered")
    _WRITERS[writer.name] = writer
    return writer


def writers() -> list[Writer]:
    """All registered writers, in registration order."""
    return list(_WRITERS.values())


def _known() -> str:
    return ", ".join(f"{w.name} ({' '.join(w.extensions)})" for w in _WRITERS.values()) or "none"


def writer_for(name_or_path, *, takes: Optional[str] = None) -> Writer:
    """The writer for a format name (``"svg"``) or a file path / extension (``"a.svg"``).

    *takes* limits a path look-up to writers of motifs or of designs.

    Raises
    ------
    ValueError
        If nothing matches; the message lists the known formats.
    """
    text = os.fspath(name_or_path)
    key = text.strip().lower()
    if key in _WRITERS:
        return _WRITERS[key]
    ext = os.path.splitext(key)[1] or (key if key.startswith(".") else "")
    for w in _WRITERS.values():
        if ext and ext in w.extensions and (takes is None or w.takes == takes):
            return w
    raise ValueError(f"no export format for {text!r}; known formats: {_known()}")


register(Writer("svg", (".svg",), "Scalable Vector Graphics, one Inkscape layer per colour",
                write_svg, SvgOptions))
register(Writer("design-svg", (".svg",), "The whole design (repeat, medallion or rug) as SVG "
                "at its real size", write_design_svg, DesignSvgOptions, takes="design"))
register(Writer("tile-svg", (".svg",), "One seamless tile of the repeat as SVG",
                write_tile_svg, DesignSvgOptions, takes="design"))
register(Writer("png", (".png",), "The whole design as a PNG picture at its real size (dpi "
                "recorded)", write_design_png, PngOptions, takes="design"))
register(Writer("tile-png", (".png",), "One seamless tile of the repeat as PNG (e.g. for "
                "fabric printing)", write_tile_png, TilePngOptions, takes="design"))
register(Writer("mockup-png", (".png",), "A picture for selling online: the design on a felt "
                "rug, a cushion or a scarf, 1080 × 1080 or 1080 × 1350, with title and maker",
                write_mockup_png, MockupOptions, takes="design", preview=mockup_image))
register(Writer("pdf", (".pdf",), "The whole design printed at 1:1 on A4, A3 or Letter pages "
                "(overlap, marks, overview page, 100 mm scale bar)", write_design_pdf,
                PrintOptions, takes="design", preview=lambda design, _options: design_sheet(design)))
from . import handwork  # noqa: E402,F401  (registers its writers)
from . import stitch  # noqa: E402,F401  (registers its writers)
from . import silk  # noqa: E402,F401  (registers its writers)
from . import felt  # noqa: E402,F401  (registers its writers)
from . import costing  # noqa: E402,F401  (registers its writers)
