"""Synthetic images with known colours, shared by the palette extraction and
measurement tests (imaging and CLI).

* :func:`blocks_image` -- a grid of flat colour blocks, blurred and noisy, as
  a photo of a patchwork would be.
* :func:`swatch_photo` -- patches of known colours beside a reference card,
  rendered as a camera with a colour cast and an exposure error would see
  them: the true linear-light colours are multiplied by a per-channel cast
  (in linear sRGB, or in the Bradford cone space for a change of light) and
  an exposure factor, then encoded to 8 bits with noise, dark gaps between
  threads and bright glints.
"""
from __future__ import annotations

import numpy as np
from colormath2.color_constants import ADAPTATION_MATRICES
from scipy.ndimage import gaussian_filter

from motifstudio.core.colour import lab_to_rgb, linear_to_srgb, rgb_to_lab, srgb_to_linear

# Textile colours: madder red, indigo, weld yellow, undyed cream, indigo+weld green, brown-black.
TEXTILE = np.array([(176, 48, 42), (34, 59, 102), (232, 213, 78), (239, 235, 224),
                    (79, 122, 68), (42, 36, 34)], np.uint8)

# Patches to measure: name -> true sRGB.
PATCHES = {"madder": (176, 48, 42), "indigo": (34, 59, 102), "weld": (232, 213, 78),
           "green": (79, 122, 68), "walnut": (138, 98, 66), "black": (42, 36, 34),
           "pink": (233, 181, 197), "cream": (227, 216, 191), "turquoise": (31, 163, 166)}

# sRGB -> XYZ of core.colour, to express a Bradford-space cast in linear sRGB.
_M = np.array([[0.412453, 0.357580, 0.180423],
               [0.212671, 0.715160, 0.072169],
               [0.019334, 0.119193, 0.950227]])


def true_lab(rgb) -> np.ndarray:
    return rgb_to_lab(np.asarray(rgb, np.uint8)).astype(np.float64)


def blocks_image(colours, *, h=240, w=320, cell=40, blur=1.0, noise=3.0, seed=0,
                 accent=None) -> np.ndarray:
    """A random grid of the *colours* (every one used), blurred and noisy, uint8.

    *accent* (an sRGB colour) adds a small square of about 1 % of the area.
    """
    colours = np.asarray(colours, np.float64)
    rng = np.random.default_rng(seed)
    gh, gw = -(-h // cell), -(-w // cell)
    grid = rng.integers(0, len(colours), (gh, gw))
    grid.flat[:len(colours)] = np.arange(len(colours))
    img = colours[np.kron(grid, np.ones((cell, cell), int))[:h, :w]]
    if accent is not None:
        side = int(round(np.sqrt(0.01 * h * w)))
        y0, x0 = h // 2 - side // 2, w // 2 - side // 2
        img[y0:y0 + side, x0:x0 + side] = accent
    if blur:
        img = gaussian_filter(img, (blur, blur, 0))
    img = img + rng.normal(0.0, noise, img.shape)
    return np.clip(np.round(img), 0, 255).astype(np.uint8)


def swatch_photo(patches=PATCHES, *, reference_lab=(95.0, 0.0, 0.0), cast=(1.0, 1.0, 1.0),
                 exposure=1.0, space="rgb", noise=2.0, seed=0, tile=48, gap=12,
                 dtype=np.uint8):
    """A photo of *patches* beside a reference card.

    Returns ``(image, reference_box, boxes)``.  Each box covers its patch plus
    a few pixels of the dark table around it (the outer 20 % that
    measuring must ignore); each patch has dark gaps between "threads" and a
    few glints.
    """
    rng = np.random.default_rng(seed)
    names = list(patches)
    step = tile + gap
    h, w = tile + 2 * gap, gap + step * (len(names) + 1)
    img = np.full((h, w, 3), 30.0)                              # dark table
    ref_rgb = np.round(lab_to_rgb(reference_lab) * 255.0)
    boxes, ref_box = {}, None
    for i, colour in enumerate([ref_rgb] + [patches[n] for n in names]):
        x0 = gap + i * step
        img[gap:gap + tile, x0:x0 + tile] = colour
        # the box reaches 3 px into the table on every side (within the 20 % margin)
        box = (x0 - 3, gap - 3, tile + 6, tile + 6)
        if i == 0:
            ref_box = box
            continue
        patch = img[gap:gap + tile, x0:x0 + tile]
        patch[rng.random(patch.shape[:2]) < 0.04] = 10.0       # gaps between threads
        patch[rng.random(patch.shape[:2]) < 0.02] = 250.0      # glints
        boxes[names[i - 1]] = box
    lin = srgb_to_linear(img / 255.0)
    cast = np.asarray(cast, np.float64)
    if space == "rgb":
        lin = lin * cast
    else:   # a diagonal cast in the Bradford cone space, seen in linear sRGB
        b = ADAPTATION_MATRICES["bradford"]
        t = np.linalg.inv(_M) @ np.linalg.inv(b) @ np.diag(cast) @ b @ _M
        lin = lin @ t.T
    full = float(np.iinfo(dtype).max)
    out = linear_to_srgb(np.clip(lin * exposure, 0, None)) * full
    out = out + rng.normal(0.0, noise * full / 255.0, out.shape)
    return np.clip(np.round(out), 0, full).astype(dtype), ref_box, boxes
