"""The options shared by every embroidery writer (DST, PES, JEF, EXP, VP3, preview, thread list).

One frozen dataclass declared with :func:`~motifstudio.core.params.param`, so
the CLI flags and the export dialog's controls come from the same place.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...core.params import param

__all__ = ["StitchOptions", "StitchPngOptions", "ThreadListOptions", "OUTLINES", "GROUNDS",
           "HARD_MAX_STITCH_MM"]

OUTLINES = ("none", "running", "bean")
GROUNDS = ("stitch", "fabric")

#: No stitch in a plan is longer than this: DST, the tightest format, allows
#: ±12.1 mm per axis and a stitch's two ends are each rounded to 0.1 mm.
HARD_MAX_STITCH_MM = 12.0


@dataclass(frozen=True)
class StitchOptions:
    fill_angle: float = param(45.0, label="Fill angle", unit="°", minimum=-180.0, maximum=180.0,
                              help="Direction of the fill rows, anticlockwise from the "
                                   "horizontal. The underlay runs at right angles to it.")
    row_spacing: float = param(0.4, label="Row spacing", unit="mm", minimum=0.2, maximum=3.0,
                               help="Distance between fill rows (and between the peaks of a "
                                    "satin zig-zag). Smaller is denser.")
    max_stitch: float = param(4.0, label="Longest stitch", unit="mm", minimum=1.0,
                              maximum=HARD_MAX_STITCH_MM,
                              help="Longest stitch in fills, underlay and outlines; longer "
                                   "ones are split. Satin stitches span their column, up to "
                                   f"{HARD_MAX_STITCH_MM:g} mm.")
    underlay: bool = param(True, label="Underlay",
                           help="Sparse rows at right angles under each fill (a centre walk "
                                "under each satin), inset so they stay hidden.")
    satin_width: float = param(4.0, label="Satin below width", unit="mm", minimum=0.0,
                               maximum=10.0,
                               help="Faces narrower than this (2 × area / perimeter) become "
                                    "satin columns; 0 turns satin off.")
    outline: str = param("running", label="Outlines", choices=OUTLINES,
                         help="Stitch the boundaries between colours with a running stitch, "
                              "a triple (bean) stitch, or not at all.")
    trim_length: float = param(3.0, label="Trim jumps longer than", unit="mm", minimum=0.0,
                               maximum=200.0,
                               help="Travel longer than this ends with a tie-off and a trim; "
                                    "shorter travel is a jump the thread floats across.")
    ground: str = param("stitch", label="Ground", choices=GROUNDS,
                        help="Fill the ground colour, or leave it to the fabric (suzani "
                             "style: embroider on a cloth of the ground colour).")


@dataclass(frozen=True)
class StitchPngOptions(StitchOptions):
    px_per_mm: float = param(10.0, label="Pixels per mm", unit="px/mm", minimum=1.0,
                             maximum=40.0, help="Preview resolution (10 px/mm = 254 dpi).")
    thread_width: float = param(0.4, label="Thread width", unit="mm", minimum=0.1, maximum=2.0,
                                help="How thick a stitch is drawn.")


@dataclass(frozen=True)
class ThreadListOptions(StitchOptions):
    strands: int = param(6, label="Strands", minimum=1, maximum=6,
                         help="Strands of DMC floss the thread stands for; a skein is 8 m "
                              "of 6 strands, so 2 strands get three times as far.")
