"""The thread list of an embroidery as CSV: one row per DMC thread, in sewing order.

Columns: ``order`` (colour block), ``dmc`` (number), ``name``, ``rgb``
(``#rrggbb`` of the DMC colour), ``design_colours`` (the design colours sewn
with it), ``stitches``, ``thread_m`` (top thread: the sum of the stitch
lengths), ``bobbin_m`` (a third of it, see :mod:`.threads`) and ``skeins``
(8 m skeins of 6-strand floss for a thread of ``strands`` strands).
"""
from __future__ import annotations

import csv
import io
from typing import Optional

from ...core.atomic import write_output
from ...core.params import validate
from ...design.spec import Design
from ..registry import Writer, register
from .options import ThreadListOptions
from .plan import StitchPlan, plan_stitches
from .preview import stitch_preview
from .threads import BOBBIN_FACTOR, skeins

__all__ = ["thread_rows", "write_threads_csv", "COLUMNS"]

COLUMNS = ("order", "dmc", "name", "rgb", "design_colours", "stitches", "thread_m",
           "bobbin_m", "skeins")


def thread_rows(plan: StitchPlan, strands: int = 6) -> list:
    """One dict per thread of *plan* (keys: :data:`COLUMNS`)."""
    counts = plan.thread_stitches()
    lengths = plan.thread_lengths_mm() / 1000.0
    rows = []
    for i, t in enumerate(plan.threads):
        rows.append({
            "order": i + 1, "dmc": t.dmc, "name": t.name, "rgb": t.hex,
            "design_colours": " ".join("#%02x%02x%02x" % tuple(c) for c in t.design_rgb),
            "stitches": int(counts[i]), "thread_m": round(float(lengths[i]), 3),
            "bobbin_m": round(float(lengths[i]) * BOBBIN_FACTOR, 3),
            "skeins": skeins(float(lengths[i]), strands)})
    return rows


def write_threads_csv(design: Design, dest, options: Optional[ThreadListOptions] = None) -> None:
    """Write the thread list of *design*'s embroidery as CSV (UTF-8, a path replaced atomically)."""
    o = validate(options if options is not None else ThreadListOptions())
    plan = plan_stitches(design, o)
    text = io.StringIO()
    w = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(thread_rows(plan, o.strands))
    write_output(dest, text.getvalue().encode("utf-8"))


register(Writer("threads-csv", (".csv",), "Embroidery thread list: DMC number, name, stitches, "
                "thread length and skeins per colour", write_threads_csv, ThreadListOptions,
                takes="design", preview=stitch_preview))
