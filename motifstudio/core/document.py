"""The Motif document: plain frozen data, the same for GUI, CLI and files.

A motif keeps a reference to its untouched source (bytes live in the project
file, identified by SHA-256), the recipe that made it (every parameter, as a
plain dict so this layer does not depend on the imaging stages), its palette,
its planar map and its physical size.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from .colour import rgb_to_hex, rgb_to_lab
from .planar import PlanarMap


@dataclass(frozen=True)
class SourceRef:
    """Where a motif came from.  ``sha256`` identifies the untouched original bytes."""
    filename: str
    sha256: str
    size_bytes: int
    format: str              # "PNG", "JPEG", ...
    width: int               # pixels, after EXIF orientation
    height: int
    dpi: Optional[tuple[float, float]] = None


@dataclass(frozen=True)
class Swatch:
    """A named colour.  ``rgb`` is sRGB 0..255; ``lab`` is CIELAB D65."""
    name: str
    rgb: tuple[int, int, int]
    lab: tuple[float, float, float]
    source: str = ""         # e.g. "DMC 310", "traced", "measured 2026-11-27"
    pinned: bool = False

    @classmethod
    def from_rgb(cls, rgb, name: str = "", source: str = "", pinned: bool = False) -> "Swatch":
        r, g, b = (int(round(float(v))) for v in rgb)
        for v in (r, g, b):
            if not 0 <= v <= 255:
                raise ValueError(f"colour component {v} is outside 0..255")
        lab = rgb_to_lab(np.array([r, g, b], dtype=np.uint8))
        return cls(name=name or rgb_to_hex((r, g, b)), rgb=(r, g, b),
                   lab=tuple(round(float(v), 4) for v in lab), source=source, pinned=pinned)

    @property
    def hex(self) -> str:
        return rgb_to_hex(self.rgb)


@dataclass(frozen=True)
class Palette:
    swatches: tuple[Swatch, ...] = ()
    name: str = ""

    def __len__(self) -> int:
        return len(self.swatches)

    def __getitem__(self, i: int) -> Swatch:
        return self.swatches[i]

    def lab_array(self) -> np.ndarray:
        return np.array([s.lab for s in self.swatches], dtype=np.float64).reshape(-1, 3)

    def rgb_array(self) -> np.ndarray:
        return np.array([s.rgb for s in self.swatches], dtype=np.uint8).reshape(-1, 3)


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    description: str = ""
    technique: str = ""      # shyrdak, ala-kiyiz, suzani, ikat, ...
    maker: str = ""
    place: str = ""
    notes: str = ""


@dataclass(frozen=True, eq=False)
class Stroke:
    """A centreline drawn with a pen of ``width`` px (frame units) in palette colour ``colour``.

    ``pts``/``ops`` follow the edge layout of :class:`PlanarMap`: a start
    point, then one point per LINE and three per CUBIC segment.
    """
    pts: np.ndarray
    ops: np.ndarray
    width: float
    colour: int
    closed: bool = False

    def scaled(self, sx: float, sy: float) -> "Stroke":
        return Stroke(pts=self.pts * np.array([sx, sy]), ops=self.ops,
                      width=self.width * (sx + sy) / 2, colour=self.colour, closed=self.closed)


@dataclass(frozen=True)
class Motif:
    """A digitised motif.  ``size_mm`` is the physical (width, height) of the map's frame."""
    source: Optional[SourceRef]
    recipe: dict
    palette: Palette
    planar_map: PlanarMap
    size_mm: tuple[float, float]
    metadata: Metadata = field(default_factory=Metadata)
    strokes: tuple[Stroke, ...] = ()

    @property
    def mm_per_px(self) -> tuple[float, float]:
        return (self.size_mm[0] / self.planar_map.width, self.size_mm[1] / self.planar_map.height)

    def replace(self, **changes) -> "Motif":
        return dataclasses.replace(self, **changes)


def physical_size_mm(width_px: float, height_px: float, *, width_mm: Optional[float] = None,
                     dpi: Optional[tuple[float, float]] = None,
                     default_dpi: float = 96.0) -> tuple[float, float]:
    """Physical size of a frame: from the user's width, else the file's DPI, else *default_dpi*.

    The aspect ratio always follows the pixels (square pixels after cleanup).
    """
    if width_px <= 0 or height_px <= 0:
        raise ValueError("the image has no area")
    if width_mm is not None:
        if not width_mm > 0:
            raise ValueError(f"width must be positive, got {width_mm} mm")
        return float(width_mm), float(width_mm) * height_px / width_px
    x_dpi = dpi[0] if dpi and dpi[0] and dpi[0] > 1 else default_dpi
    w = width_px * 25.4 / x_dpi
    return w, w * height_px / width_px
