"""A Qt-free raster renderer of a :class:`~motifstudio.design.spec.Design`, and PNG writers.

:func:`render_design` draws what the design SVG draws (background, then every
placement's copies in order, each clipped to its fundamental region and to
its field or band) into an ``(H, W, 3)`` uint8 array, antialiased by
supersampling.

How
---
The motif is rasterised ONCE to a colour-index image (faces by
:func:`~motifstudio.core.rasterise.rasterise_faces`, centreline strokes as
distance-to-polyline masks) at a resolution fine enough for its largest copy.
Each copy visits only the samples inside its convex outline (its fundamental
region cut to the motif's frame, and its field or band clip: per row an
interval, expanded to a flat sample list) and maps them back through its
inverse affine into that image (nearest look-up) -- whole-array numpy per
copy, no per-pixel Python.  The output is built in horizontal strips, so the
supersampled buffer stays small however large the print.
"""
from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np

from ..core.atomic import write_output
from ..core.params import param
from ..core.planar import curve_polyline
from ..core.rasterise import rasterise_faces
from ..design.spec import Design

__all__ = ["MAX_OUTPUT_PIXELS", "render_design", "PngOptions", "TilePngOptions",
           "write_design_png", "write_tile_png"]

#: Largest output image (pixels): a 150 x 220 cm rug at 150 dpi is already
#: 115 MP (345 MB of RGB), more than an old workshop laptop can hold twice.
MAX_OUTPUT_PIXELS = 100_000_000
#: Largest colour-index image of the motif (int16: 16 MB; rasterising it peaks near 300 MB).
_MOTIF_MAX_PIXELS = 8_000_000
#: Samples per strip (4 bytes each, packed RGB, plus a few per-copy temporaries).
_STRIP_PIXELS = 2_000_000


# ----------------------------------------------------------------------------- the motif

def _draw_capsules(img: np.ndarray, poly: np.ndarray, half: float, colour: int) -> None:
    """Paint the pixels whose centre lies within *half* of the polyline (round caps/joins)."""
    H, W = img.shape
    for p, q in zip(poly[:-1], poly[1:]):
        lo = np.floor(np.minimum(p, q) - half - 0.5).astype(int)
        hi = np.ceil(np.maximum(p, q) + half - 0.5).astype(int)
        c0, r0 = max(lo[0], 0), max(lo[1], 0)
        c1, r1 = min(hi[0], W - 1), min(hi[1], H - 1)
        if c1 < c0 or r1 < r0:
            continue
        x = np.arange(c0, c1 + 1) + 0.5
        y = (np.arange(r0, r1 + 1) + 0.5)[:, None]
        d = q - p
        L2 = float(d @ d)
        t = 0.0 if L2 == 0 else np.clip(((x - p[0]) * d[0] + (y - p[1]) * d[1]) / L2, 0.0, 1.0)
        dist2 = (x - p[0] - t * d[0]) ** 2 + (y - p[1] - t * d[1]) ** 2
        img[r0:r1 + 1, c0:c1 + 1][dist2 <= half * half] = colour


@dataclass(frozen=True)
class _MotifImage:
    colour: np.ndarray          # (Hr, Wr) int16, -1 = nothing drawn
    to_raster: np.ndarray       # 3x3: motif mm -> raster px (continuous, padded)
    frame_mm: tuple             # (x0, y0, x1, y1): motif mm covered by the raster


def _motif_image(design: Design, px_per_motif_mm: float) -> _MotifImage:
    motif = design.motif
    pm = motif.planar_map
    sx, sy = motif.mm_per_px
    # raster px per map px, fine enough along both axes (a map px may be non-square in mm)
    s = px_per_motif_mm * max(sx, sy)
    s = min(s, math.sqrt(_MOTIF_MAX_PIXELS / max(pm.width * pm.height, 1e-9)))
    s = max(s, 1e-6)
    labels = rasterise_faces(pm, scale=s)
    fc = np.append(np.asarray(pm.face_colour, np.int16), np.int16(-1))
    colour = fc[labels]                        # label -1 (no face) picks the appended -1
    # strokes may reach past the frame by half their width: pad the raster for them
    half_px = max((float(st.width) * s / 2 for st in motif.strokes), default=0.0)
    pad = int(math.ceil(half_px)) + 1 if motif.strokes else 0
    if pad:
        colour = np.pad(colour, pad, constant_values=-1)
        for st in motif.strokes:
            poly = curve_polyline(st.pts, st.ops, flatness=0.25 / s) * s + pad
            if st.closed and len(poly) > 1:
                poly = np.vstack([poly, poly[:1]])
            _draw_capsules(colour, poly, float(st.width) * s / 2, int(st.colour))
    to_raster = np.array([[s / sx, 0.0, pad], [0.0, s / sy, pad], [0.0, 0.0, 1.0]])
    Hr, Wr = colour.shape
    frame = (-pad * sx / s, -pad * sy / s, (Wr - pad) * sx / s, (Hr - pad) * sy / s)
    return _MotifImage(colour, to_raster, frame)


# ----------------------------------------------------------------------------- clips

def _row_spans(poly: np.ndarray, rows: np.ndarray) -> tuple:
    """Per row y, the x interval ``[lo, hi]`` of a convex polygon (lo > hi: empty).

    Vectorised over rows x edges.  Bounds are widened by a hair so that two
    regions sharing an edge leave no sample between them.
    """
    p = np.asarray(poly, float).reshape(-1, 2)
    q = np.roll(p, -1, axis=0)
    dy = q[:, 1] - p[:, 1]
    slanted = np.abs(dy) > 1e-12           # a flat edge's ends belong to its neighbours
    p, q, dy = p[slanted], q[slanted], dy[slanted]
    y = rows[:, None]
    t = (y - p[:, 1]) / dy
    on = (t >= -1e-9) & (t <= 1 + 1e-9)
    x = p[:, 0] + np.clip(t, 0.0, 1.0) * (q[:, 0] - p[:, 0])
    lo = np.where(on, x, np.inf).min(1, initial=np.inf) - 1e-7
    hi = np.where(on, x, -np.inf).max(1, initial=-np.inf) + 1e-7
    return lo, hi


def _transform_poly(m: np.ndarray, poly) -> np.ndarray:
    p = np.asarray(poly, float).reshape(-1, 2)
    return p @ m[:2, :2].T + m[:2, 2]


def _clip_rect(poly: np.ndarray, lo, hi) -> np.ndarray:
    """A convex polygon cut to the box [lo, hi] (Sutherland-Hodgman, 4 half-planes)."""
    out = np.asarray(poly, float).reshape(-1, 2)
    for axis, bound, keep_below in ((0, lo[0], False), (0, hi[0], True),
                                    (1, lo[1], False), (1, hi[1], True)):
        if not len(out):
            break
        d = (bound - out[:, axis]) if keep_below else (out[:, axis] - bound)
        nxt = np.roll(out, -1, axis=0)
        dn = np.roll(d, -1)
        pts = []
        for pi, qi, a, b in zip(out, nxt, d, dn):
            if a >= 0:
                pts.append(pi)
            if (a >= 0) != (b >= 0):
                pts.append(pi + (qi - pi) * (a / (a - b)))
        out = np.array(pts).reshape(-1, 2)
    return out


# ----------------------------------------------------------------------------- render

def _check_region(region, W, H) -> tuple:
    if region is None:
        return 0.0, 0.0, float(W), float(H)
    try:
        x0, y0, x1, y1 = (float(v) for v in region)
    except (TypeError, ValueError):
        raise ValueError(f"region must be (x0, y0, x1, y1) in mm, got {region!r}") from None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)) or x1 <= x0 or y1 <= y0:
        raise ValueError(f"region must be finite with x1 > x0 and y1 > y0, got {region!r}")
    return x0, y0, x1, y1


def render_design(design: Design, *, px_per_mm: float, supersample: int = 3,
                  region=None, shape=None) -> np.ndarray:
    """The design as an ``(H, W, 3)`` uint8 sRGB image.

    Parameters
    ----------
    design : Design
    px_per_mm : float
        Output resolution (``dpi / 25.4``).
    supersample : int
        Samples per output pixel along each axis (1..8); 3 gives smooth edges.
    region : (x0, y0, x1, y1), optional
        The part of the design to draw, in mm (default the whole design).
        Output pixel ``(0, 0)`` starts at ``(x0, y0)``.
    shape : (int, int), optional
        ``(H, W)`` of the output; the region is then stretched to fill it
        exactly (for a tile that must repeat without drift).  Default: the
        region times *px_per_mm*, rounded.

    Raises
    ------
    ValueError
        For a bad resolution, region or shape, or an image of more than
        ``MAX_OUTPUT_PIXELS`` (the message says how far to lower the resolution).

    Examples
    --------
    >>> img = render_design(design, px_per_mm=150 / 25.4)     # doctest: +SKIP
    >>> img.shape, img.dtype                                   # doctest: +SKIP
    ((591, 591, 3), dtype('uint8'))
    """
    try:
        ppm = float(px_per_mm)
    except (TypeError, ValueError):
        raise ValueError(f"px_per_mm must be a number, got {px_per_mm!r}") from None
    if not (math.isfinite(ppm) and ppm > 0):
        raise ValueError(f"px_per_mm must be positive, got {px_per_mm!r}")
    if isinstance(supersample, bool) or not isinstance(supersample, (int, np.integer)) \
            or not 1 <= supersample <= 8:
        raise ValueError(f"supersample must be a whole number 1..8, got {supersample!r}")
    ss = int(supersample)
    W_mm, H_mm = design.size_mm
    x0, y0, x1, y1 = _check_region(region, W_mm, H_mm)
    if shape is None:
        out_w = max(1, int(round((x1 - x0) * ppm)))
        out_h = max(1, int(round((y1 - y0) * ppm)))
        kx = ky = ppm * ss                         # samples per design mm
    else:
        try:
            out_h, out_w = (int(v) for v in shape)
        except (TypeError, ValueError):
            raise ValueError(f"shape must be (height, width) in pixels, got {shape!r}") from None
        if out_h < 1 or out_w < 1:
            raise ValueError(f"shape must be at least 1 x 1 pixels, got {shape!r}")
        kx, ky = out_w * ss / (x1 - x0), out_h * ss / (y1 - y0)
    if out_w * out_h > MAX_OUTPUT_PIXELS:
        fit = ppm * math.sqrt(MAX_OUTPUT_PIXELS / (out_w * out_h))
        raise ValueError(
            f"the image would be {out_w:,} x {out_h:,} px ({out_w * out_h / 1e6:.0f} MP), more "
            f"than the {MAX_OUTPUT_PIXELS / 1e6:.0f} MP that fit in memory: use at most "
            f"{math.floor(fit * 25.4):.0f} dpi ({fit:.2f} px/mm) or draw a part")
    bg = _pack(np.array(design.background, np.uint8)[None])[0]
    placements = [p for p in design.composition.placements if len(p.transforms)]
    out = np.empty((out_h, out_w, 3), np.uint8)
    if not placements:
        out[:] = design.background
        return out

    # the motif once, fine enough for its largest copy
    lin = np.concatenate([p.transforms[:, :2, :2] for p in placements])
    biggest = float(np.linalg.norm(lin, ord=2, axis=(1, 2)).max())
    mimg = _motif_image(design, biggest * max(kx, ky))
    palettes = [_pack(np.asarray(p, np.uint8).reshape(-1, 3)) for p in design.palettes]
    # design mm -> sample space, where sample (c, r) sits at integer (c, r)
    to_samples = np.array([[kx, 0, -x0 * kx - 0.5], [0, ky, -y0 * ky - 0.5], [0, 0, 1]])
    jobs = [job for job in (_job(pl, mimg, to_samples) for pl in placements) if job]

    # a frame of -1 round the motif image: clamped look-ups land on "nothing drawn"
    colour = np.pad(mimg.colour, 1, constant_values=-1)
    Ws = out_w * ss
    strip = max(1, _STRIP_PIXELS // (Ws * ss))
    for o0 in range(0, out_h, strip):
        o1 = min(out_h, o0 + strip)
        s0, s1 = o0 * ss, o1 * ss
        # one uint32 per sample (RGB packed): a store moves one element, not three
        canvas = np.full((s1 - s0) * Ws, bg, np.uint32)
        for job in jobs:
            hit = np.flatnonzero((job["r_hi"] >= s0) & (job["r_lo"] < s1))
            for i in hit.tolist():
                _draw_copy(canvas, Ws, s0, s1, job, i, colour, palettes)
        # box filter in integers (a float mean over strided axes is several times slower)
        acc = canvas.view(np.uint8).reshape(o1 - o0, ss, out_w, ss, 4).sum(1, dtype=np.uint16)
        acc = acc.sum(2, dtype=np.uint16)[..., :3]
        out[o0:o1] = (acc + ss * ss // 2) // (ss * ss)
    return out


def _job(pl, mimg: "_MotifImage", to_samples: np.ndarray) -> Optional[dict]:
    """What drawing the copies of a placement needs: per copy the map samples -> motif
    image, the convex polygons (in sample space) that bound it, and its row range."""
    mx0, my0, mx1, my1 = mimg.frame_mm
    frame = np.array([(mx0, my0), (mx1, my0), (mx1, my1), (mx0, my1)], float)
    # what of the motif shows: its (padded) frame, cut to the copy's own region
    shown = frame if pl.local_clip is None else \
        _clip_rect(pl.local_clip, (mx0, my0), (mx1, my1))
    if len(shown) < 3:
        return None
    T = to_samples[None] @ np.asarray(pl.transforms, float)           # motif mm -> samples
    polys = np.einsum("kij,cj->kci", T[:, :2, :2], shown) + T[:, None, :2, 2]
    r_lo = np.ceil(polys[..., 1].min(1) - 1e-7).astype(np.int64)
    r_hi = np.floor(polys[..., 1].max(1) + 1e-7).astype(np.int64)
    clip = None
    if pl.clip is not None:
        clip = _transform_poly(to_samples, pl.clip)
        r_lo = np.maximum(r_lo, int(math.ceil(clip[:, 1].min() - 1e-7)))
        r_hi = np.minimum(r_hi, int(math.floor(clip[:, 1].max() + 1e-7)))
    keep = r_hi >= r_lo
    if not keep.any():
        return None
    to_image = mimg.to_raster[None] @ np.linalg.inv(T[keep])          # samples -> image px
    return dict(polys=polys[keep], clip=clip, r_lo=r_lo[keep], r_hi=r_hi[keep],
                to_image=to_image, variants=np.asarray(pl.variants)[keep])


def _pack(rgb: np.ndarray) -> np.ndarray:
    """(N, 3) uint8 -> (N,) uint32 whose bytes in memory are r, g, b, 0."""
    rgba = np.zeros((len(rgb), 4), np.uint8)
    rgba[:, :3] = rgb
    return rgba.view(np.uint32).reshape(-1)


def _draw_copy(canvas, Ws, s0, s1, job, i, colour, palettes) -> None:
    """Paint copy *i* of *job* into sample rows s0..s1 of *canvas* (flat, Ws a row).

    Only the samples inside the copy's convex outline (and clip) are visited: per
    row an interval, expanded to flat indices without a Python loop.
    """
    r0, r1 = max(int(job["r_lo"][i]), s0), min(int(job["r_hi"][i]), s1 - 1)
    rows = np.arange(r0, r1 + 1, dtype=np.float64)
    lo, hi = _row_spans(job["polys"][i], rows)
    if job["clip"] is not None:
        clo, chi = _row_spans(job["clip"], rows)
        lo, hi = np.maximum(lo, clo), np.minimum(hi, chi)
    c_lo = np.maximum(np.ceil(lo), 0).astype(np.int64)
    c_hi = np.minimum(np.floor(hi), Ws - 1).astype(np.int64)
    n = np.maximum(c_hi - c_lo + 1, 0)
    total = int(n.sum())
    if not total:
        return
    # Flat sample list k = 0..total-1; within row r, column = k - start[r].  Everything
    # affine in (column, row) is then a*k plus a per-row constant repeated along the row.
    r = np.arange(r0, r1 + 1)
    start = np.cumsum(n) - n - c_lo
    m = job["to_image"][i]
    k = np.arange(total, dtype=np.float32)
    # +1: the image's frame of -1
    u = np.repeat((m[0, 1] * r - m[0, 0] * start + m[0, 2] + 1.0).astype(np.float32), n)
    u += np.float32(m[0, 0]) * k
    v = np.repeat((m[1, 1] * r - m[1, 0] * start + m[1, 2] + 1.0).astype(np.float32), n)
    v += np.float32(m[1, 0]) * k
    Hp, Wp = colour.shape
    # u >= 0 after the clamp, so truncation is floor
    vi = np.clip(v, 0, Hp - 1, out=v).astype(np.int32)
    vi *= Wp
    vi += np.clip(u, 0, Wp - 1, out=u).astype(np.int32)
    ci = colour.ravel().take(vi)
    ok = ci >= 0
    flat = np.repeat((r - s0) * Ws - start, n)
    flat += np.arange(total)
    canvas[flat[ok]] = palettes[int(job["variants"][i])].take(ci[ok])


# ----------------------------------------------------------------------------- PNG writers

#: "Auto" resolution: this dpi, lowered for big designs to stay under AUTO_MAX_MP
AUTO_DPI = 150.0
AUTO_MAX_MP = 40.0


@dataclass(frozen=True)
class PngOptions:
    """``dpi``: print resolution (the PNG records it, so it prints at real size;
    None = 150 dpi, less for a design too big for that); ``supersample``:
    antialiasing samples per pixel along each axis."""
    dpi: Optional[float] = param(None, kind=float, label="Resolution", unit="dpi",
                                 minimum=10.0, maximum=2400.0,
                                 help="Pixels per inch when printed. Auto: 150, or less for a "
                                      "design so big the picture would not fit in memory.")
    supersample: int = param(3, label="Smoothing", minimum=1, maximum=8, advanced=True,
                             help="Samples per pixel along each side, for smooth edges.")

    def __post_init__(self):
        if self.dpi is not None and (isinstance(self.dpi, bool)
                                     or not isinstance(self.dpi, (int, float))
                                     or not (math.isfinite(self.dpi) and 10 <= self.dpi <= 2400)):
            raise ValueError(f"dpi must be 10..2400, got {self.dpi!r}")
        if isinstance(self.supersample, bool) or not isinstance(self.supersample, int) \
                or not 1 <= self.supersample <= 8:
            raise ValueError(f"supersample must be a whole number 1..8, got {self.supersample!r}")

    def resolved_dpi(self, size_mm) -> float:
        if self.dpi is not None:
            return float(self.dpi)
        W, H = size_mm
        fit = 25.4 * math.sqrt(AUTO_MAX_MP * 1e6 / max(W * H, 1e-9))
        return float(min(AUTO_DPI, math.floor(fit)))


@dataclass(frozen=True)
class TilePngOptions(PngOptions):
    """As :class:`PngOptions`; a tile is small, so it defaults to 300 dpi."""
    dpi: Optional[float] = param(300.0, kind=float, label="Resolution", unit="dpi",
                                 minimum=10.0, maximum=2400.0, optional=True,
                                 help="Pixels per inch when printed (empty: Auto).")


def _png_bytes(img: np.ndarray, dpi: float) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(img, "RGB").save(buf, format="PNG", dpi=(dpi, dpi), optimize=False)
    return buf.getvalue()


def _print_image(design: Design, options: PngOptions, dpi: float) -> np.ndarray:
    ppm = dpi / 25.4
    W, H = design.size_mm
    # whole pixels spanning exactly the design: a tile then repeats without drift
    shape = (max(1, int(round(H * ppm))), max(1, int(round(W * ppm))))
    return render_design(design, px_per_mm=ppm, supersample=options.supersample, shape=shape)


def write_design_png(design: Design, dest: Union[str, os.PathLike, io.IOBase],
                     options: Optional[PngOptions] = None) -> None:
    """Write the whole *design* as PNG at ``options.dpi`` (a path is replaced atomically)."""
    options = options or PngOptions()
    dpi = options.resolved_dpi(design.size_mm)
    write_output(dest, _png_bytes(_print_image(design, options, dpi), dpi))


def write_tile_png(design: Design, dest: Union[str, os.PathLike, io.IOBase],
                   options: Optional[PngOptions] = None) -> None:
    """Write the seamless tile of *design*'s repeat as PNG (see
    :func:`~motifstudio.export.design_svg.tile_design`)."""
    from .design_svg import tile_design

    options = options or TilePngOptions()
    tile = tile_design(design)
    dpi = options.resolved_dpi(tile.size_mm)
    write_output(dest, _png_bytes(_print_image(tile, options, dpi), dpi))
