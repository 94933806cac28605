"""Mock-up pictures for selling online: the design shown on a felt rug, a cushion
or a scarf, 1080 x 1080 (square posts) or 1080 x 1350 (portrait posts), with
the title and the maker's credit.

Everything is drawn here with numpy and Pillow, no photographs: the design is
rendered (:func:`~motifstudio.export.raster.render_design`), mapped onto the
product's shape by an inverse-mapped warp (perspective for a rug lying on the
floor, a soft bulge for a cushion, folds for a draped scarf), shaded, given a
felt or cloth grain and a soft shadow, and set on a plain backdrop.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..core.atomic import write_output
from ..core.params import param, validate
from ..design.spec import Design
from .raster import render_design

__all__ = ["MockupOptions", "mockup_image", "write_mockup_png", "SIZES", "PRODUCTS"]

SIZES = {"square": (1080, 1080), "portrait": (1080, 1350)}
PRODUCTS = ("rug", "cushion", "scarf")


@dataclass(frozen=True)
class MockupOptions:
    product: str = param("rug", label="Shown on", choices=PRODUCTS,
                         help="A felt rug on the floor, a cushion, or a draped scarf.")
    picture: str = param("square", label="Picture", choices=tuple(SIZES),
                        help="1080 × 1080 for square posts, 1080 × 1350 for portrait posts.")
    title: str = param("", label="Title", help="Empty: the motif's title.")
    maker: str = param("", label="Maker", help="Who made it, e.g. a workshop. Empty: the "
                                               "maker in the motif's details.")
    backdrop: str = param("#e9e4da", label="Backdrop colour", help="A #rrggbb colour.")


# ----------------------------------------------------------------------------- helpers

def _hex(text: str) -> np.ndarray:
    t = text.strip().lstrip("#")
    if len(t) != 6:
        raise ValueError(f"backdrop must be a #rrggbb colour, got {text!r}")
    try:
        return np.array([int(t[i:i + 2], 16) for i in (0, 2, 4)], float)
    except ValueError:
        raise ValueError(f"backdrop must be a #rrggbb colour, got {text!r}") from None


def _sample(img: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Bilinear lookup of *img* (H, W, 3) at fractional (u, v) in [0, 1]."""
    h, w = img.shape[:2]
    x = np.clip(u * (w - 1), 0, w - 1)
    y = np.clip(v * (h - 1), 0, h - 1)
    x0, y0 = np.floor(x).astype(int), np.floor(y).astype(int)
    x1, y1 = np.minimum(x0 + 1, w - 1), np.minimum(y0 + 1, h - 1)
    fx, fy = (x - x0)[..., None], (y - y0)[..., None]
    a = img[y0, x0] * (1 - fx) + img[y0, x1] * fx
    b = img[y1, x0] * (1 - fx) + img[y1, x1] * fx
    return a * (1 - fy) + b * fy


def _grain(shape, seed: int, scale: float) -> np.ndarray:
    """Smooth random grain in [-1, 1] (felt fibres, cloth), deterministic."""
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    g = ndimage.gaussian_filter(rng.standard_normal(shape), scale)
    return g / (np.abs(g).max() + 1e-9)


def _homography(src, dst) -> np.ndarray:
    """3x3 H with H @ (x, y, 1) ~ (u, v, 1) for four point pairs."""
    a = []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.asarray(a, float))
    return vt[-1].reshape(3, 3)


def _shadow(mask: np.ndarray, offset=(18, 24), blur=18.0, strength=0.45) -> np.ndarray:
    from scipy import ndimage
    m = np.roll(mask.astype(float), offset, axis=(0, 1))
    return ndimage.gaussian_filter(m, blur) * strength


# ----------------------------------------------------------------------------- scenes

def _texture(design: Design, longest_px: int) -> np.ndarray:
    W, H = design.size_mm
    ppm = longest_px / max(W, H)
    return render_design(design, px_per_mm=ppm, supersample=2).astype(float)


def _rug(design, canvas_wh, area_top):
    cw, ch = canvas_wh
    tex = _texture(design, 1400)
    W, H = design.size_mm
    # the rug lies on the floor, seen from a little above: a trapezoid
    avail_h = ch - area_top - 40
    aspect = H / W
    rw = min(cw * 0.80, avail_h / (aspect * 0.62) * 0.95)
    rh = rw * aspect * 0.62                        # foreshortened depth
    cx = cw / 2
    top = area_top + (avail_h - rh) / 2
    quad = [(cx - rw * 0.40, top), (cx + rw * 0.40, top), (cx + rw * 0.5, top + rh),
            (cx - rw * 0.5, top + rh)]
    hom = _homography(quad, [(0, 0), (1, 0), (1, 1), (0, 1)])
    yy, xx = np.mgrid[0:ch, 0:cw].astype(float)
    pts = np.stack([xx, yy, np.ones_like(xx)], -1) @ hom.T
    u, v = pts[..., 0] / pts[..., 2], pts[..., 1] / pts[..., 2]
    mask = (u >= 0) & (u <= 1) & (v >= 0) & (v <= 1)
    col = _sample(tex, u, v)
    # felt: fibrous grain, a darker rolled edge, light from the top left
    grain = _grain((ch, cw), 7, 1.2)
    edge = np.minimum.reduce([u, 1 - u, v, 1 - v])
    shade = 1.0 + 0.06 * grain - 0.18 * np.exp(-edge / 0.012) + 0.06 * (0.5 - v)
    return col * shade[..., None], mask


def _cushion(design, canvas_wh, area_top):
    cw, ch = canvas_wh
    tex = _texture(design, 1100)
    W, H = design.size_mm
    side = min(cw * 0.72, (ch - area_top - 60) * 0.92)
    sw, sh = (side, side * H / W) if W >= H else (side * W / H, side)
    cx, cy = cw / 2, area_top + (ch - area_top) / 2 - 10
    yy, xx = np.mgrid[0:ch, 0:cw].astype(float)
    nx, ny = (xx - cx) / (sw / 2), (yy - cy) / (sh / 2)
    # a stuffed cushion: edges pinched in between the corners (pincushion outline)
    r = np.maximum(np.abs(nx), np.abs(ny))
    pinch = 1.0 - 0.10 * (1 - np.minimum(np.abs(nx), np.abs(ny)) ** 2)
    mask = (np.abs(nx) <= pinch) & (np.abs(ny) <= pinch)
    bulge = 1 - 0.08 * (nx ** 2 + ny ** 2)
    u = (nx * bulge / pinch + 1) / 2
    v = (ny * bulge / pinch + 1) / 2
    col = _sample(tex, u, v)
    rr = np.hypot(nx, ny)
    shade = 1.05 - 0.22 * rr ** 2 + 0.10 * (-nx - ny) / 2 + 0.03 * _grain((ch, cw), 11, 0.8)
    del r
    return col * shade[..., None], mask


def _scarf(design, canvas_wh, area_top):
    cw, ch = canvas_wh
    tex = _texture(design, 1400)
    W, H = design.size_mm
    # hung vertically: the design's long side runs down the scarf
    if W > H:
        tex = np.rot90(tex, -1)
        W, H = H, W
    sh = ch - area_top - 110                       # leave room for the credit line
    sw = min(cw * 0.55, sh * W / H * 1.0)
    cx, top = cw / 2, area_top + 20
    yy, xx = np.mgrid[0:ch, 0:cw].astype(float)
    v = (yy - top) / sh
    # soft folds: the cloth swings sideways and narrows a little at each fold
    sway = 0.06 * sw * np.sin(v * np.pi * 2.2)
    half = sw / 2 * (1 - 0.05 * np.cos(v * np.pi * 4.4))
    u = (xx - cx - sway + half) / (2 * half)
    mask = (u >= 0) & (u <= 1) & (v >= 0) & (v <= 1)
    col = _sample(tex, u, v)
    folds = np.cos(u * np.pi * 3 + v * 2.0)
    shade = 1.0 + 0.10 * folds - 0.12 * np.abs(u - 0.5) + 0.02 * _grain((ch, cw), 5, 0.6)
    return col * shade[..., None], mask


_SCENES = {"rug": _rug, "cushion": _cushion, "scarf": _scarf}


def _font(size: int, bold: bool = False):
    from PIL import ImageFont
    names = (["DejaVuSans-Bold.ttf", "arialbd.ttf"] if bold else ["DejaVuSans.ttf", "arial.ttf"])
    dirs = ["/usr/share/fonts/truetype/dejavu",
            os.path.join(os.environ.get("WINDIR", "C:\\Windows"), "Fonts"), "/Library/Fonts"]
    for d in dirs:
        for n in names:
            path = os.path.join(d, n)
            if os.path.isfile(path):
                return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def mockup_image(design: Design, options: Optional[MockupOptions] = None) -> np.ndarray:
    """The mock-up as an (H, W, 3) uint8 image of the chosen size."""
    from PIL import Image, ImageDraw
    options = validate(options or MockupOptions())
    cw, ch = SIZES[options.picture]
    backdrop = _hex(options.backdrop)
    title = options.title or design.motif.metadata.title or ""
    maker = options.maker or design.motif.metadata.maker or ""
    area_top = 150 if title else 60
    product, mask = _SCENES[options.product](design, (cw, ch), area_top)
    # backdrop with a gentle vignette, the product's shadow, then the product
    yy, xx = np.mgrid[0:ch, 0:cw].astype(float)
    vignette = 1.0 - 0.10 * (((xx - cw / 2) / cw) ** 2 + ((yy - ch / 2) / ch) ** 2) * 4
    img = backdrop[None, None, :] * vignette[..., None]
    img *= (1 - _shadow(mask))[..., None]
    img = np.where(mask[..., None], product, img)
    out = Image.fromarray(np.clip(np.rint(img), 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(out)
    ink = (40, 36, 32) if backdrop.mean() > 128 else (245, 240, 230)
    if title:
        f = _font(54, bold=True)
        while draw.textlength(title, font=f) > cw - 80 and f.size > 24:
            f = _font(f.size - 4, bold=True)
        draw.text((cw / 2, 80), title, font=f, fill=ink, anchor="mm")
    W, H = design.size_mm
    line = f"{W / 10:.0f} × {H / 10:.0f} cm"
    if maker:
        line = f"{maker}  ·  {line}"
    draw.text((cw / 2, ch - 34), line, font=_font(30), fill=ink, anchor="mm")
    return np.asarray(out)


def write_mockup_png(design: Design, dest, options: Optional[MockupOptions] = None) -> None:
    """Write the mock-up picture (PNG, sRGB, 1080 px wide)."""
    import io

    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(mockup_image(design, options)).save(buf, "PNG", optimize=True)
    write_output(dest, buf.getvalue())
