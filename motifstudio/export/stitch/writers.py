"""Machine embroidery files through pyembroidery: DST, PES, JEF, EXP, VP3.

Each writer plans the stitches (:func:`~.plan.plan_stitches`), converts the
plan to pyembroidery's units (0.1 mm, origin at the design's centre, which
machines take as the hoop's centre) and lets pyembroidery encode the format.

Every format's limits are honoured *before* pyembroidery sees the pattern,
so its encoder has nothing to split or invent (the stitch count written is
the plan's):

===== ============================ ======================= =========================
fmt   longest move per axis         colours                 size
===== ============================ ======================= =========================
DST   ±12.1 mm (stitch and jump)    thread list in the      header fields of 5
                                    extended header         digits: ±9999.9 mm
PES   ±204.7 mm (PEC long form)     version 6: real colours int16 extents:
                                    and DMC numbers; at     ≤ 3276.7 mm
                                    most 255 colour blocks
JEF   ±12.7 mm; a trim is written   Janome palette (the     no format limit; the
      as three empty jumps          nearest Janome colour)  largest Janome hoop is
                                                            200 × 200 mm
EXP   ±12.7 mm                      none (colour changes    no limit (moves only)
                                    only)
VP3   stitch ±25.5 mm, jump ±320 mm real colours            no limit (int32)
===== ============================ ======================= =========================

Stitches are never longer than 12.0 mm in a plan, which every format holds
after rounding to 0.1 mm; jumps are split here into equal steps within the
format's limit (one unit of slack for rounding).  A design is refused only
where the format truly cannot hold it (a PES wider than 3.2 m, more colour
blocks than PES or DST can number).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pyembroidery as pe

from ...core.atomic import write_output
from ...design.spec import Design
from ..registry import Writer, register
from .options import StitchOptions
from .plan import COLOUR_CHANGE, JUMP, STITCH, TRIM, StitchPlan, plan_stitches
from .preview import stitch_preview

__all__ = ["Format", "FORMATS", "plan_pattern", "write_plan", "write_dst", "write_pes",
           "write_jef", "write_exp", "write_vp3"]

_CMD = np.array([pe.STITCH, pe.JUMP, pe.TRIM, pe.COLOR_CHANGE], np.int64)
assert (STITCH, JUMP, TRIM, COLOUR_CHANGE) == (0, 1, 2, 3)


@dataclass(frozen=True)
class Format:
    """A machine format: its limits (pyembroidery units of 0.1 mm) and how to write it."""
    name: str
    extension: str
    description: str
    max_stitch: int                 # per axis, one move of the needle with a stitch
    max_jump: int                   # per axis, one move without
    max_size_mm: Optional[float]    # largest width or height the file can state
    max_blocks: Optional[int]       # most colour blocks it can number
    settings: tuple = ()            # pyembroidery writer settings

    def write_fn(self):
        return getattr(pe, f"write_{self.name}")


FORMATS = {
    "dst": Format("dst", ".dst", "Tajima DST machine embroidery (thread list in the header)",
                  121, 121, 2 * 9999.9, 1000, (("version", "extended"),)),
    "pes": Format("pes", ".pes", "Brother/Babylock PES machine embroidery (version 6, "
                  "thread colours and DMC numbers)", 2047, 2047, 3276.7, 255,
                  (("version", 6),)),
    "jef": Format("jef", ".jef", "Janome JEF machine embroidery (nearest Janome thread "
                  "colours)", 127, 127, None, None, (("trims", True),)),
    "exp": Format("exp", ".exp", "Melco EXP machine embroidery (stitches and colour changes "
                  "only)", 127, 127, None, None),
    "vp3": Format("vp3", ".vp3", "Pfaff/Husqvarna VP3 machine embroidery (thread colours)",
                  255, 3200, None, None),
}


def _check_fits(plan: StitchPlan, fmt: Format) -> None:
    W, H = plan.size_mm
    if fmt.max_size_mm is not None and max(W, H) > fmt.max_size_mm:
        raise ValueError(f"{fmt.name.upper()} cannot hold a design {W:g} × {H:g} mm: the file "
                         f"states sizes up to {fmt.max_size_mm:g} mm; use DST, JEF, EXP or "
                         f"VP3, or split the design")
    blocks = plan.colour_changes + 1
    if fmt.max_blocks is not None and blocks > fmt.max_blocks:
        raise ValueError(f"{fmt.name.upper()} can number at most {fmt.max_blocks} colour "
                         f"blocks; this design needs {blocks}: limit the thread colours")


def _split_jumps(u: np.ndarray, cmd: np.ndarray, limit: int) -> tuple:
    """Split every JUMP longer than *limit* units per axis into equal jumps (rounded,
    one unit of slack), all at once.  The move into entry 0 starts at (0, 0)."""
    prev = np.vstack([[0, 0], u[:-1]])
    d = u - prev
    step = max(limit - 1, 1)
    n = np.where(cmd == JUMP, np.ceil(np.abs(d).max(1) / step).astype(np.int64), 1)
    n = np.maximum(n, 1)
    i = np.repeat(np.arange(len(u)), n)
    j = np.arange(len(i)) - np.repeat(np.cumsum(n) - n, n) + 1
    pts = np.rint(prev[i] + (j / n[i])[:, None] * d[i]).astype(np.int64)
    return pts, cmd[i]


def plan_pattern(plan: StitchPlan, fmt: Format, name: str = "") -> pe.EmbPattern:
    """The plan as a pyembroidery pattern in *fmt*'s limits (0.1 mm, centred, y down)."""
    _check_fits(plan, fmt)
    W, H = plan.size_mm
    u = np.rint((plan.xy - [W / 2, H / 2]) * 10.0).astype(np.int64)
    if len(u) and plan.cmd[0] != JUMP:
        raise ValueError("a stitch plan starts with a jump to its first stitch")
    pts, cmd = _split_jumps(u, plan.cmd, fmt.max_jump)
    # belt and braces: a stitch the format cannot encode must never reach the encoder
    s = np.flatnonzero((cmd[1:] == STITCH) & (cmd[:-1] == STITCH)) + 1
    if len(s) and np.abs(pts[s] - pts[s - 1]).max() > fmt.max_stitch:
        raise ValueError(f"a stitch is longer than {fmt.name.upper()} allows "
                         f"({fmt.max_stitch / 10:g} mm)")
    pattern = pe.EmbPattern()
    for t in plan.threads:
        th = pe.EmbThread()
        th.set_color(*t.rgb)
        th.description = t.name.replace(",", " ")
        th.catalog_number = t.dmc
        th.brand = "DMC"
        th.chart = "DMC"
        pattern.add_thread(th)
    pattern.stitches = [[x, y, c] for (x, y), c in zip(pts.tolist(), _CMD[cmd].tolist())]
    last = pattern.stitches[-1][:2] if pattern.stitches else [0, 0]
    pattern.stitches.append([last[0], last[1], pe.END])
    if name:
        pattern.metadata("name", name)
    return pattern


def write_plan(plan: StitchPlan, fmt: str, dest, name: str = "") -> None:
    """Write *plan* as format *fmt* to *dest* (a path, replaced atomically, or a binary file)."""
    f = FORMATS[fmt]
    if plan.stitch_count == 0:
        raise ValueError("nothing to embroider: every face is too small to sew or left to "
                         "the fabric")
    pattern = plan_pattern(plan, f, name)
    buf = io.BytesIO()
    f.write_fn()(pattern, buf, dict(f.settings))
    write_output(dest, buf.getvalue())


def _name(design: Design) -> str:
    md = getattr(design.motif, "metadata", None)
    title = (getattr(md, "title", "") or "motif").strip()
    return "".join(ch if 32 <= ord(ch) < 127 else "_" for ch in title)[:16] or "motif"


def _writer(fmt: str):
    def write(design: Design, dest, options: Optional[StitchOptions] = None) -> None:
        write_plan(plan_stitches(design, options), fmt, dest, _name(design))
    write.__name__ = f"write_{fmt}"
    write.__qualname__ = write.__name__
    write.__doc__ = (f"Write *design* as {fmt.upper()} ({FORMATS[fmt].description}); "
                     f"see :mod:`{__name__}`.")
    return write


write_dst = _writer("dst")
write_pes = _writer("pes")
write_jef = _writer("jef")
write_exp = _writer("exp")
write_vp3 = _writer("vp3")

for _f, _fn in (("dst", write_dst), ("pes", write_pes), ("jef", write_jef), ("exp", write_exp),
                ("vp3", write_vp3)):
    register(Writer(_f, (FORMATS[_f].extension,), FORMATS[_f].description, _fn, StitchOptions,
                    takes="design", preview=stitch_preview))
del _f, _fn
