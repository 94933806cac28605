"""Machine embroidery: a design as a stitch plan, written as DST, PES, JEF, EXP or
VP3 through pyembroidery, with a preview PNG and a DMC thread list.

Importing the package registers the writers ``dst``, ``pes``, ``jef``, ``exp``,
``vp3``, ``stitch-png`` and ``threads-csv``.
"""
from .options import StitchOptions, StitchPngOptions, ThreadListOptions
from .plan import StitchPlan, plan_stitches
from . import preview, thread_list, writers  # noqa: E402,F401  (register the writers)

__all__ = ["StitchOptions", "StitchPngOptions", "ThreadListOptions", "StitchPlan",
           "plan_stitches"]
