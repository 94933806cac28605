"""A folder of small synthetic scans for the batch tests: shapes drawn with Pillow."""
from __future__ import annotations

import os

from PIL import Image, ImageDraw

BG, RED, BLUE = (236, 226, 204), (178, 34, 40), (32, 44, 96)


def draw_motif(seed: int, size=(120, 100)) -> Image.Image:
    """A cream ground with a red ellipse and a blue square, placed by *seed*."""
    w, h = size
    im = Image.new("RGB", size, BG)
    d = ImageDraw.Draw(im)
    k = seed % 5
    d.ellipse((w // 6 + 3 * k, h // 5, w * 3 // 4, h * 4 // 5 - 2 * k), fill=RED)
    d.rectangle((4 + 2 * k, 4, w // 4 + 2 * k, h // 3), fill=BLUE)
    if seed % 2:
        d.polygon([(w - 6, h - 6), (w - 30, h - 6), (w - 6, h - 30)], fill=BLUE)
    return im


def make_scan_folder(root, *, corrupt=True, extra=0, size=(120, 100)) -> dict:
    """Fill *root* with images; returns {relative path: expected status}.

    Holds PNG, JPEG (upper-case extension), TIFF, BMP and WebP, one in a
    subfolder, optionally a corrupt ``.png`` and *extra* more PNGs; plus a
    text file and a hidden image, which a batch must ignore.
    """
    os.makedirs(os.path.join(root, "sub", "deeper"), exist_ok=True)
    files = {
        "a.png": "PNG", "b.JPG": "JPEG", "sub/c.tif": "TIFF", "sub/deeper/d.bmp": "BMP",
        "e.webp": "WEBP",
    }
    files.update({f"more/x{i:02d}.png": "PNG" for i in range(extra)})
    expected = {}
    for i, (rel, fmt) in enumerate(sorted(files.items())):
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        kwargs = {"lossless": True} if fmt == "WEBP" else {}
        if fmt == "JPEG":
            kwargs = {"quality": 95}
        draw_motif(i, size).save(path, fmt, **kwargs)
        expected[rel] = "ok"
    if corrupt:
        with open(os.path.join(root, "sub", "broken.png"), "wb") as fh:
            fh.write(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)  # a PNG signature and nothing else
        expected["sub/broken.png"] = "failed"
    with open(os.path.join(root, "notes.txt"), "w") as fh:
        fh.write("not an image\n")
    draw_motif(9).save(os.path.join(root, ".hidden.png"))
    return expected
