"""An "abr" preview: the planned ikat cloth at its real size, with the blurred edges
of real ikat.

Ties never sit exactly where planned, the threads of a bundle slip against
each other, and the dye creeps a little under each tie.  So every colour
boundary along the warp is moved, per bundle and per tie, by a random offset
(``jitter_mm``), and per thread by a smaller one; then the picture is blurred
along the warp only (``bleed_mm``: the sigma of a near-Gaussian, three running
means).  Across the warp the edges
stay sharp, as on the loom: a bundle never dyes its neighbour.  The random
numbers come from ``seed``, so a preview is reproducible.

Vectorised: the moved boundaries of a batch of pixel columns are counted into
the rows with one ``bincount`` and summed down the columns (``cumsum``).
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.atomic import write_output
from ...core.params import param, validate
from ...design.spec import Design
from ..registry import Writer, register
from .ikat import IkatOptions, IkatPlan, plan_ikat

__all__ = ["AbrOptions", "abr_image", "abr_preview", "cloth_targets", "write_abr_preview_png"]

MAX_PIXELS = 60_000_000
_CHUNK = 2_000_000          # pixels per batch of columns


@dataclass(frozen=True)
class AbrOptions(IkatOptions):
    dpi: float = param(50.0, label="Resolution", unit="dpi", minimum=10.0, maximum=300.0,
                       help="Pixels per inch of cloth (the PNG records it, so it prints at "
                            "real size).")
    jitter_mm: float = param(6.0, label="Tie jitter", unit="mm", minimum=0.0, maximum=50.0,
                             help="How far ties stray from the plan along the warp, per bundle "
                                  "and per tie (threads slip about a third of that).")
    bleed_mm: float = param(3.0, label="Dye bleed", unit="mm", minimum=0.0, maximum=30.0,
                            help="How far the dye creeps under a tie: the blur along the warp.")
    seed: int = param(1, label="Random seed", minimum=0, maximum=2**31 - 1, advanced=True,
                      help="The same seed gives the same preview.")


def cloth_targets(plan: IkatPlan) -> np.ndarray:
    """(P, N) bath index of every cell of the whole cloth (a folded warp unfolded)."""
    t = plan.target
    if plan.folded:
        half = t[:, plan.bundles]
        t = np.concatenate([half, half[:, ::-1]], axis=1)
    return t


def abr_image(plan: IkatPlan, options: Optional[AbrOptions] = None) -> np.ndarray:
    """The preview, (H, W, 3) uint8 at ``options.dpi`` over the loom width x the warp."""
    from scipy.ndimage import uniform_filter1d

    options = validate(options or AbrOptions())
    g = plan.grid
    ppm = options.dpi / 25.4
    loom, warp = g.loom_cm * 10.0, g.warp_cm * 10.0
    Wp, Hp = max(1, int(round(loom * ppm))), max(1, int(round(warp * ppm)))
    if Wp * Hp > MAX_PIXELS:
        fit = options.dpi * math.sqrt(MAX_PIXELS / (Wp * Hp))
        raise ValueError(f"the preview would be {Wp:,} x {Hp:,} px: use at most "
                         f"{math.floor(fit)} dpi")
    targets = cloth_targets(plan)
    P, N = targets.shape
    rgb = np.array([plan.bath_rgb(b) for b in range(plan.n_baths + 1)], np.uint8)
    rng = np.random.default_rng(options.seed)
    jit = options.jitter_mm
    edges = g.edges_cm * 10.0                                  # (P + 1,) mm along the warp
    # per bundle and tie, per thread (pixel column), and per thread and tie
    tie = np.clip(rng.normal(0.0, jit / 2, (N, P + 1)), -jit, jit)
    thread = np.clip(rng.normal(0.0, jit / 6, Wp), -jit / 3, jit / 3)
    bundle_of = np.minimum(((np.arange(Wp) + 0.5) / ppm / (loom / N)).astype(np.int64), N - 1)
    img = np.empty((Hp, Wp, 3), np.uint8)
    rgb_f = np.ascontiguousarray(rgb.T, np.float32)                  # (3, baths + 1)
    # three box passes of width w have the variance of a Gaussian of sigma: 3 (w^2 - 1) / 12
    sigma = options.bleed_mm * ppm
    box = int(round(math.sqrt(4 * sigma * sigma + 1))) | 1        # odd: centred, no drift
    box = box if box > 1 else 0
    step = max(1, _CHUNK // Hp)
    for c0 in range(0, Wp, step):
        c1 = min(Wp, c0 + step)
        n = c1 - c0
        b = bundle_of[c0:c1]
        wobble = np.clip(rng.normal(0.0, jit / 8, (n, P + 1)), -jit / 4, jit / 4)
        bnd = edges[None, :] + tie[b] + thread[c0:c1, None] + wobble
        bnd = np.sort(bnd[:, 1:-1], axis=1)                 # inner boundaries; the ends stay
        # a pixel's cell = how many boundaries lie above its centre: count each boundary at
        # the first pixel row whose centre it does not pass, then add up down the column
        first = np.clip(np.ceil(bnd * ppm - 0.5), 0, Hp).astype(np.int64)
        first += (np.arange(n) * (Hp + 1))[:, None]
        cell = np.bincount(first.ravel(), minlength=n * (Hp + 1)).reshape(n, Hp + 1)
        cell = np.cumsum(cell[:, :Hp], axis=1)
        np.minimum(cell, P - 1, out=cell)
        idx = np.take_along_axis(targets.T[b], cell, axis=1)        # (n, Hp) bath index
        part = np.take(rgb_f, idx, axis=1)                            # (3, n, Hp), rows contiguous
        if box:
            # along the warp only, each column on its own: three running means ~ a Gaussian
            for _ in range(3):
                uniform_filter1d(part, box, axis=-1, mode="nearest", output=part)
            np.rint(part, out=part)
            np.clip(part, 0, 255, out=part)
        img[:, c0:c1] = part.transpose(2, 1, 0)
    return img


def write_abr_preview_png(design: Design, dest, options: Optional[AbrOptions] = None) -> None:
    """The planned cloth as a PNG at its real size with ikat's feathered edges."""
    from PIL import Image

    options = validate(options or AbrOptions())
    img = abr_image(plan_ikat(design, options), options)
    buf = io.BytesIO()
    Image.fromarray(img, "RGB").save(buf, format="PNG", dpi=(options.dpi, options.dpi))
    write_output(dest, buf.getvalue())


def abr_preview(design: Design, options: Optional[AbrOptions] = None) -> np.ndarray:
    """For the export dialog: the picture, at no more than 25 dpi (it is shown small)."""
    import dataclasses
    options = validate(options or AbrOptions())
    return abr_image(plan_ikat(design, options),
                     dataclasses.replace(options, dpi=min(options.dpi, 25.0)))


register(Writer("abr-preview-png", (".png",), "Ikat (abr) preview: the planned cloth at real "
                "size with the blurred, feathered edges of tied-and-dyed warp",
                write_abr_preview_png, AbrOptions, takes="design", preview=abr_preview))
