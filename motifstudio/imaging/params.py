"""Parameter objects of the digitisation stages, declared once.

The CLI flags and the GUI controls are generated from these declarations
(:mod:`motifstudio.core.params`); a :class:`Recipe` bundles one object per
stage and is stored in every motif so the result can be reproduced.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional

from ..core.params import from_dict, param, to_dict, validate

DEFAULT_MAX_PIXELS = 100_000_000


@dataclass(frozen=True)
class LoadParams:
    max_pixels: int = param(DEFAULT_MAX_PIXELS, label="Largest image", unit="pixels", minimum=1,
                            help="Refuse images with more pixels than this (protects against "
                                 "decompression bombs and running out of memory).", advanced=True)


@dataclass(frozen=True)
class CleanupParams:
    corners: Optional[tuple] = param(None, kind=tuple, label="Perspective corners", unit="px",
                                     help="Four (x, y) points of the textile's corners, clockwise "
                                          "from top-left; the image is rectified to a rectangle.")
    aspect: Optional[float] = param(None, kind=float, label="Width ÷ height", minimum=0.05,
                                    maximum=20.0,
                                    help="The real proportions of the straightened textile "
                                         "(1 for a square felt; 150 × 220 cm is 0.68); empty "
                                         "= judged from the photo.", advanced=True)
    auto_perspective: bool = param(False, label="Find corners automatically",
                                   help="Suggest the quadrilateral of a textile standing out "
                                        "from its background and rectify it.")
    rotate_deg: float = param(0.0, label="Rotate", unit="°", minimum=-180, maximum=180,
                              help="Rotate the image anticlockwise by this angle.")
    deskew: bool = param(False, label="Straighten automatically",
                         help="Detect a small tilt of the motif's straight lines and undo it.")
    crop: Optional[tuple] = param(None, kind=tuple, label="Crop", unit="px",
                                  help="Keep only (left, top, right, bottom) of the image.")
    flatten_lighting: bool = param(False, label="Even out lighting",
                                   help="Remove shadows, vignetting and uneven light.")
    lighting_degree: int = param(2, label="Lighting smoothness", minimum=1, maximum=4,
                                 help="Degree of the smooth light field removed (higher follows "
                                      "more complex light).", advanced=True)
    white_balance: str = param("off", label="White balance", choices=("off", "auto", "point"),
                               help="'auto' neutralises the colour cast; 'point' uses the picked "
                                    "neutral point.")
    neutral_point: Optional[tuple] = param(None, kind=tuple, label="Neutral point", unit="px",
                                           help="(x, y) of a pixel that should be grey or white.")
    denoise: str = param("off", label="Denoise", choices=("off", "median", "bilateral", "tv"),
                         help="Edge-preserving smoothing that removes weave and felt-fibre "
                              "texture while keeping region edges sharp.")
    denoise_strength: float = param(0.5, label="Denoise strength", minimum=0.0, maximum=1.0,
                                    help="0 = gentle, 1 = strong.")
    working_resolution: str = param("auto", label="Working resolution", choices=("auto", "full"),
                                    help="'auto' traces at the smallest resolution that still "
                                         "holds the motif's smallest feature.")
    feature_px: float = param(5.0, label="Pixels per smallest feature", minimum=2.0, maximum=50.0,
                              help="In 'auto' working resolution, the motif's thinnest part keeps "
                                   "at least this many pixels across.", advanced=True)
    max_working_mp: float = param(6.0, label="Largest working size", unit="MP", minimum=0.05,
                                  maximum=200.0, advanced=True,
                                  help="Upper bound of the working resolution in megapixels.")


@dataclass(frozen=True)
class SegmentParams:
    n_colors: Optional[int] = param(None, kind=int, label="Colours", minimum=1, maximum=64,
                                    help="Exact number of colours; empty = suggest automatically.")
    max_auto_colors: int = param(8, label="Most colours (automatic)", minimum=2, maximum=64,
                                 advanced=True)
    merge_delta_e: float = param(0.0, label="Merge similar colours", unit="ΔE2000", minimum=0.0,
                                 maximum=50.0,
                                 help="Colours closer than this merge into one (0 = never).")
    pinned: tuple = param((), kind=tuple, label="Pinned colours",
                          help="Colours (#rrggbb) that must stay in the palette exactly.")
    min_area: float = param(0.0, label="Smallest region", minimum=0.0,
                            help="Regions smaller than this merge into the region around them "
                                 "(0 = automatic from the working resolution).")
    min_area_unit: str = param("px", label="Unit of smallest region", choices=("px", "mm2"))
    smoothing: int = param(1, label="Edge smoothing", unit="px", minimum=0, maximum=8,
                           help="Radius of the majority filter that cleans ragged region edges "
                                "(0 = off).")


@dataclass(frozen=True)
class TraceParams:
    mode: str = param("regions", label="Trace mode", choices=("regions", "centreline"),
                      help="'regions' fills colour areas; 'centreline' also turns thin strokes "
                           "into stroked lines with their measured width.")
    tolerance: float = param(0.6, label="Curve tolerance", unit="px", minimum=0.05, maximum=10.0,
                             help="How far a fitted curve may stray from the pixel boundary.")
    corner_threshold: float = param(60.0, label="Corner angle", unit="°", minimum=10.0,
                                    maximum=180.0,
                                    help="A boundary turning by more than this angle within a few "
                                         "pixels keeps a sharp corner (smaller = more corners).")
    smoothing: int = param(3, label="Boundary smoothing", minimum=0, maximum=10,
                           help="Passes of smoothing along the pixel staircase before fitting.",
                           advanced=True)
    max_stroke_px: float = param(8.0, label="Thickest stroke", unit="px", minimum=1.0, maximum=100.0,
                                 help="Centreline mode: regions thinner than this become strokes.")
    stroke_colour: Optional[str] = param(None, kind=str, label="Stroke colour",
                                         help="Centreline mode: the colour (#rrggbb) of the line "
                                              "art; empty = the darkest colour.")


@dataclass(frozen=True)
class OutputParams:
    width_mm: Optional[float] = param(None, kind=float, label="Width", unit="mm", minimum=1.0,
                                      maximum=100_000.0,
                                      help="Physical width of the motif; empty = from the file's DPI.")
    seamless: bool = param(False, label="Hide hairline seams",
                           help="Paint each face with a thin outline of its own colour so "
                                "renderers show no hairlines between abutting faces; the "
                                "geometry is unchanged.")


STAGES = (("load", LoadParams), ("cleanup", CleanupParams), ("segment", SegmentParams),
          ("trace", TraceParams), ("output", OutputParams))


@dataclass(frozen=True)
class Recipe:
    """Every parameter of a digitisation, one object per stage."""
    load: LoadParams = field(default_factory=LoadParams)
    cleanup: CleanupParams = field(default_factory=CleanupParams)
    segment: SegmentParams = field(default_factory=SegmentParams)
    trace: TraceParams = field(default_factory=TraceParams)
    output: OutputParams = field(default_factory=OutputParams)
    preset: str = ""
    #: Hand corrections of the colour regions (imaging.corrections.Correction), in order.
    corrections: tuple = ()

    def validated(self) -> "Recipe":
        return Recipe(**{name: validate(getattr(self, name)) for name, _ in STAGES},
                      preset=self.preset, corrections=tuple(self.corrections))

    def to_dict(self) -> dict:
        d = {name: to_dict(getattr(self, name)) for name, _ in STAGES}
        d["preset"] = self.preset
        if self.corrections:
            d["corrections"] = [c.to_dict() for c in self.corrections]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Recipe":
        from .corrections import Correction

        if not isinstance(d, dict):
            raise ValueError("recipe: expected a mapping")
        unknown = sorted(set(d) - {n for n, _ in STAGES} - {"preset", "corrections"})
        if unknown:
            raise ValueError(f"recipe: unknown stage(s) {', '.join(unknown)}")
        corrections = d.get("corrections", [])
        if not isinstance(corrections, list):
            raise ValueError("recipe: corrections must be a list")
        return cls(**{name: from_dict(kind, d.get(name, {})) for name, kind in STAGES},
                   preset=str(d.get("preset", "")),
                   corrections=tuple(Correction.from_dict(c) for c in corrections))

    def replace_stage(self, stage: str, **changes) -> "Recipe":
        current = getattr(self, stage)
        return dataclasses.replace(self, **{stage: validate(dataclasses.replace(current, **changes))})
