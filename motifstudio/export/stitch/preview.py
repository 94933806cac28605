"""A preview of the stitch plan: every stitch drawn as a thread on the fabric, at real size.

Each run of consecutive stitches is one Pillow polyline ``thread_width`` mm
wide in its DMC thread colour, in sewing order (later threads lie on top),
on the fabric colour; jumps are not drawn.  Drawing is not antialiased, so
every pixel is exactly the fabric or a thread colour.  The PNG records its
dpi, so it prints at real size.
"""
from __future__ import annotations

import io
from typing import Optional

import numpy as np

from ...core.atomic import write_output
from ...core.params import validate
from ...design.spec import Design
from ..registry import Writer, register
from .options import StitchPngOptions
from .plan import StitchPlan, plan_stitches

__all__ = ["render_plan", "write_stitch_png", "stitch_preview", "MAX_PREVIEW_PIXELS"]

#: the largest preview (pixels); beyond it the user lowers px/mm
MAX_PREVIEW_PIXELS = 60_000_000


def render_plan(plan: StitchPlan, px_per_mm: float = 10.0, thread_width: float = 0.4) -> np.ndarray:
    """The plan drawn as an (H, W, 3) uint8 image of ``size_mm × px_per_mm``."""
    from PIL import Image, ImageDraw

    W_mm, H_mm = plan.size_mm
    w, h = max(1, int(round(W_mm * px_per_mm))), max(1, int(round(H_mm * px_per_mm)))
    if w * h > MAX_PREVIEW_PIXELS:
        raise ValueError(f"the stitch preview would be {w} × {h} px; lower px_per_mm "
                         f"(at most {int(np.sqrt(MAX_PREVIEW_PIXELS / (W_mm * H_mm)))} px/mm "
                         f"for this design)")
    img = Image.new("RGB", (w, h), tuple(int(v) for v in plan.fabric))
    draw = ImageDraw.Draw(img)
    width = max(1, int(round(thread_width * px_per_mm)))
    colours = [tuple(int(v) for v in t.rgb) for t in plan.threads]
    for t, pts in plan.runs():
        xy = (pts * px_per_mm).ravel().tolist()
        if len(xy) >= 4:
            draw.line(xy, fill=colours[t], width=width, joint="curve" if width > 2 else None)
        else:
            draw.point(xy, fill=colours[t])
    return np.asarray(img)


def write_stitch_png(design: Design, dest, options: Optional[StitchPngOptions] = None) -> None:
    """Write the stitch preview of *design* as PNG (a path is replaced atomically)."""
    from PIL import Image

    o = validate(options if options is not None else StitchPngOptions())
    plan = plan_stitches(design, o)
    img = render_plan(plan, o.px_per_mm, o.thread_width)
    buf = io.BytesIO()
    dpi = o.px_per_mm * 25.4
    Image.fromarray(img, "RGB").save(buf, format="PNG", dpi=(dpi, dpi))
    write_output(dest, buf.getvalue())


#: longest side of the export dialog's preview (px)
PREVIEW_SIDE = 960


def stitch_preview(design: Design, options=None) -> np.ndarray:
    """The stitches the embroidery writers will sew, drawn for the export dialog
    (at most PREVIEW_SIDE px along the longer side)."""
    o = validate(options if options is not None else StitchPngOptions())
    W, H = design.size_mm
    ppm = PREVIEW_SIDE / max(W, H, 1e-9)
    ppm = min(ppm, getattr(o, "px_per_mm", ppm))
    return render_plan(plan_stitches(design, o), ppm, getattr(o, "thread_width", 0.4))


register(Writer("stitch-png", (".png",), "Embroidery preview: every stitch drawn in its thread "
                "colour at real size", write_stitch_png, StitchPngOptions, takes="design",
                preview=stitch_preview))
