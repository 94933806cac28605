"""Tests of motifstudio.imaging.load: every image is made here, in tmp_path."""
from __future__ import annotations

import hashlib
import io
import logging
import os
import struct
import warnings
import zlib

import numpy as np
import pytest
import tifffile
from PIL import Image, ImageCms, ImageOps

from motifstudio.core.progress import CancelToken, Cancelled
from motifstudio.imaging.load import (SUPPORTED_FORMATS, ImageLoadError, LoadedImage,
                                      load_image, probe_image)


# --------------------------------------------------------------------------
# helpers

def pattern(h=12, w=17, seed=0):
    """An asymmetric RGB test image."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (h, w, 3), dtype=np.uint8)


def save(tmp_path, name, im, **kw):
    path = tmp_path / name
    im.save(path, **kw)
    return path


def png_bytes(im, **kw):
    b = io.BytesIO()
    im.save(b, "PNG", **kw)
    return b.getvalue()


def tiff_bytes(arr, **kw):
    b = io.BytesIO()
    tifffile.imwrite(b, arr, **kw)
    return b.getvalue()


def exif_with_orientation(value):
    exif = Image.Exif()
    exif[0x0112] = value
    return exif.tobytes()


# A matrix/TRC ICC v2 profile built by hand, so a non-sRGB profile exists offline.
def _s15(v):
    return struct.pack(">i", int(round(v * 65536)))


def xyz_tag(x, y, z):
    return b"XYZ " + b"\0" * 4 + _s15(x) + _s15(y) + _s15(z)


def gamma_curve(g):
    return b"curv" + b"\0" * 4 + struct.pack(">IH", 1, int(round(g * 256)))


def table_curve(values):
    return (b"curv" + b"\0" * 4 + struct.pack(">I", len(values))
            + struct.pack(f">{len(values)}H", *(int(round(v * 65535)) for v in values)))


def para_curve(fn, *params):
    return b"para" + b"\0" * 4 + struct.pack(">HH", fn, 0) + b"".join(_s15(p) for p in params)


def build_profile(space, tags):
    t = b"test\0"
    tags = {b"desc": b"desc" + b"\0" * 4 + struct.pack(">I", len(t)) + t
            + b"\0" * 8 + b"\0" * 3 + b"\0" * 67,
            b"cprt": b"text" + b"\0" * 4 + b"none\0",
            b"wtpt": xyz_tag(0.9642, 1.0, 0.8249), **tags}
    offset = 132 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags.items():
        data += b"\0" * (-len(data) % 4)
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    header = (struct.pack(">I", offset + len(body)) + b"none" + struct.pack(">I", 0x02100000)
              + b"mntr" + space + b"XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 28
              + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + b"\0" * 48)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


ADOBE_XYZ = ((0.60974, 0.31111, 0.01947), (0.20528, 0.62567, 0.06087),
             (0.14919, 0.06322, 0.74457))    # Adobe RGB (1998) primaries, D50-adapted


def adobe_like(curve=None):
    curve = curve or gamma_curve(563 / 256)
    return build_profile(b"RGB ", {b"rXYZ": xyz_tag(*ADOBE_XYZ[0]), b"gXYZ": xyz_tag(*ADOBE_XYZ[1]),
                                   b"bXYZ": xyz_tag(*ADOBE_XYZ[2]), b"rTRC": curve,
                                   b"gTRC": curve, b"bTRC": curve})


def adobe_to_srgb(rgb):
    """Independent reference: Adobe RGB -> XYZ -> sRGB with the published D65 matrices."""
    lin = (np.asarray(rgb, float) / 255) ** (563 / 256)
    to_xyz = np.array([[0.5767309, 0.1855540, 0.1881852], [0.2973769, 0.6273491, 0.0752741],
                       [0.0270343, 0.0706872, 0.9911085]])
    to_srgb = np.array([[3.2404542, -1.5371385, -0.4985314], [-0.9692660, 1.8760108, 0.0415560],
                        [0.0556434, -0.2040259, 1.0572252]])
    s = np.clip(lin @ to_xyz.T @ to_srgb.T, 0, 1)
    return 255 * np.where(s <= 0.0031308, 12.92 * s, 1.055 * s ** (1 / 2.4) - 0.055)


# --------------------------------------------------------------------------
# formats round trip

LOSSLESS = [("PNG", "png", {}), ("BMP", "bmp", {}), ("TIFF", "tif", {}),
            ("TIFF", "tif", {"compression": "tiff_lzw"}),
            ("TIFF", "tif", {"compression": "tiff_adobe_deflate"}),
            ("WEBP", "webp", {"lossless": True})]


@pytest.mark.parametrize("fmt,ext,kw", LOSSLESS)
def test_lossless_round_trip(tmp_path, fmt, ext, kw):
    arr = pattern()
    path = save(tmp_path, f"motif.{ext}", Image.fromarray(arr), **kw)
    img = load_image(path)
    assert isinstance(img, LoadedImage)
    assert img.rgb.dtype == np.uint8 and img.rgb.shape == arr.shape
    assert img.rgb.flags.c_contiguous
    np.testing.assert_array_equal(img.rgb, arr)
    assert img.source.format == fmt
    assert (img.source.width, img.source.height) == (17, 12)
    assert img.source.filename == f"motif.{ext}"


def test_jpeg_round_trip_is_close(tmp_path):
    y, x = np.mgrid[0:40, 0:60]
    arr = np.stack([x * 4, y * 6, (x + y) * 2], axis=-1).astype(np.uint8)
    path = save(tmp_path, "photo.jpg", Image.fromarray(arr), quality=95)
    img = load_image(path)
    assert img.source.format == "JPEG" and img.rgb.dtype == np.uint8
    assert np.abs(img.rgb.astype(int) - arr).mean() < 2.0


def test_supported_formats_constant():
    assert SUPPORTED_FORMATS == ("PNG", "JPEG", "TIFF", "BMP", "WEBP")


def test_pixels_are_read_only_and_as_float(tmp_path):
    arr = pattern()
    img = load_image(png_bytes(Image.fromarray(arr)), name="a.png")
    with pytest.raises(ValueError):
        img.rgb[0, 0, 0] = 1
    f = img.as_float()
    assert f.dtype == np.float32 and f.shape == arr.shape and f.flags.writeable
    np.testing.assert_allclose(f, arr / 255, atol=1e-6)


def test_mpo_phone_jpeg_loads_as_jpeg(tmp_path):
    first, second = Image.new("RGB", (8, 6), (200, 30, 30)), Image.new("RGB", (8, 6), (0, 0, 0))
    path = tmp_path / "phone.jpg"
    first.save(path, "MPO", save_all=True, append_images=[second], quality=95)
    img = load_image(path)
    assert img.source.format == "JPEG"
    assert np.abs(img.rgb.astype(int) - (200, 30, 30)).max() < 6


# --------------------------------------------------------------------------
# 16-bit

@pytest.mark.parametrize("compression", [None, "zlib"])
def test_16bit_rgb_tiff_keeps_16_bits(tmp_path, compression):
    rng = np.random.default_rng(1)
    arr = rng.integers(0, 65536, (9, 13, 3), dtype=np.uint16)
    path = tmp_path / "scan16.tif"
    tifffile.imwrite(path, arr, photometric="rgb", compression=compression)
    img = load_image(path)
    assert img.rgb.dtype == np.uint16
    np.testing.assert_array_equal(img.rgb, arr)
    assert img.source.format == "TIFF"
    f = img.as_float()
    np.testing.assert_allclose(f, arr / 65535, atol=1e-6)


def test_16bit_planar_rgb_tiff(tmp_path):
    arr = np.random.default_rng(2).integers(0, 65536, (3, 7, 5), dtype=np.uint16)  # S, Y, X
    img = load_image(tiff_bytes(arr, photometric="rgb", planarconfig="separate"), name="p.tif")
    np.testing.assert_array_equal(img.rgb, np.moveaxis(arr, 0, -1))


def test_16bit_grey_tiff(tmp_path):
    grey = (np.arange(6 * 7, dtype=np.uint16).reshape(6, 7) * 1531)
    path = tmp_path / "grey16.tif"
    tifffile.imwrite(path, grey, photometric="minisblack")
    img = load_image(path)
    assert img.rgb.dtype == np.uint16 and img.rgb.shape == (6, 7, 3)
    for c in range(3):
        np.testing.assert_array_equal(img.rgb[..., c], grey)


def test_16bit_grey_tiff_lzw_falls_back_to_pillow_and_keeps_16_bits(tmp_path):
    # tifffile needs the optional imagecodecs package for LZW; Pillow reads I;16 itself.
    grey = (np.arange(5 * 9, dtype=np.uint16).reshape(5, 9) * 1400)
    path = save(tmp_path, "lzw16.tif", Image.fromarray(grey), compression="tiff_lzw")
    img = load_image(path)
    assert img.rgb.dtype == np.uint16
    np.testing.assert_array_equal(img.rgb[..., 1], grey)


def test_16bit_rgb_tiff_without_codec_falls_back_to_8_bits(monkeypatch, caplog):
    # As for an LZW 16-bit colour scan when the optional imagecodecs package is missing.
    def no_codec(self, *args, **kwargs):
        raise ValueError("<COMPRESSION.LZW: 5> requires the 'imagecodecs' package")

    arr = np.random.default_rng(6).integers(0, 65536, (4, 5, 3), dtype=np.uint16)
    data = tiff_bytes(arr, photometric="rgb")
    monkeypatch.setattr(tifffile.TiffPage, "asarray", no_codec)
    with caplog.at_level(logging.WARNING, logger="motifstudio.imaging.load"):
        img = load_image(data, name="lzw-colour.tif")
    assert img.rgb.dtype == np.uint8
    np.testing.assert_array_equal(img.rgb, (arr >> 8).astype(np.uint8))
    assert any("imagecodecs" in r.getMessage() for r in caplog.records)


def test_16bit_grey_png(tmp_path):
    grey = (np.arange(4 * 5, dtype=np.uint16).reshape(4, 5) * 3000)
    img = load_image(png_bytes(Image.fromarray(grey)), name="g16.png")
    assert img.rgb.dtype == np.uint16
    np.testing.assert_array_equal(img.rgb[..., 2], grey)


def test_16bit_rgba_tiff_over_white(tmp_path):
    arr = np.zeros((2, 3, 4), np.uint16)
    arr[..., 0] = 65535                      # red
    arr[0, :, 3] = 0                         # transparent row -> white
    arr[1, :, 3] = 65535                     # opaque row -> red
    arr[1, 2, 3] = 32768                     # half -> pink
    img = load_image(tiff_bytes(arr, photometric="rgb", extrasamples=["unassalpha"]),
                     name="a.tif")
    assert img.rgb.dtype == np.uint16
    np.testing.assert_array_equal(img.rgb[0], np.full((3, 3), 65535))
    np.testing.assert_array_equal(img.rgb[1, 0], (65535, 0, 0))
    np.testing.assert_allclose(img.rgb[1, 2], (65535, 32767, 32767), atol=1)


def test_16bit_tiff_orientation(tmp_path):
    arr = np.random.default_rng(3).integers(0, 65536, (4, 6, 3), dtype=np.uint16)
    data = tiff_bytes(arr, photometric="rgb", extratags=[(274, "H", 1, 6, True)])
    img = load_image(data, name="o.tif")
    np.testing.assert_array_equal(img.rgb, np.rot90(arr, -1))
    assert (img.source.width, img.source.height) == (4, 6)


def test_multipage_16bit_tiff_takes_first_page(tmp_path):
    pages = np.stack([np.full((3, 4, 3), 1000, np.uint16), np.full((3, 4, 3), 50000, np.uint16)])
    path = tmp_path / "pages.tif"
    with tifffile.TiffWriter(path) as tw:
        for p in pages:
            tw.write(p, photometric="rgb")
    img = load_image(path)
    assert (img.rgb == 1000).all()
    assert probe_image(path)["frames"] == 2


# --------------------------------------------------------------------------
# EXIF orientation

def test_orientation_6_rotates_clockwise(tmp_path):
    arr = np.zeros((2, 3, 3), np.uint8)
    arr[0, 0] = (255, 0, 0)                  # red at top-left of the stored image
    path = save(tmp_path, "o6.png", Image.fromarray(arr), exif=exif_with_orientation(6))
    img = load_image(path)
    assert img.rgb.shape == (3, 2, 3)
    assert (img.source.width, img.source.height) == (2, 3)
    # Displayed upright (90° clockwise), the stored top-left lands top-right.
    np.testing.assert_array_equal(img.rgb[0, 1], (255, 0, 0))
    assert img.rgb[0, 0].tolist() == [0, 0, 0]


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF"])
def test_every_orientation_matches_pillow(tmp_path, orientation, fmt):
    arr = pattern(5, 8, seed=orientation)
    im = Image.fromarray(arr)
    kw = {"lossless": True} if fmt == "WEBP" else {}
    if fmt == "TIFF":
        exif = im.getexif()
        exif[0x0112] = orientation
        kw["exif"] = exif
    else:
        kw["exif"] = exif_with_orientation(orientation)
    path = save(tmp_path, f"o.{fmt.lower()}", im, format=fmt, **kw)
    expected = np.asarray(ImageOps.exif_transpose(Image.open(path)).convert("RGB"))
    if orientation > 1:
        assert expected.shape != arr.shape or not np.array_equal(expected, arr)
    img = load_image(path)
    np.testing.assert_array_equal(img.rgb, expected)


def test_orientation_in_jpeg(tmp_path):
    arr = np.zeros((16, 32, 3), np.uint8)
    arr[:, :16] = 255                        # white left half
    path = save(tmp_path, "o.jpg", Image.fromarray(arr), exif=exif_with_orientation(8), quality=95)
    img = load_image(path)
    assert img.rgb.shape == (32, 16, 3)
    # 90° anticlockwise: the white left half becomes the bottom half.
    assert img.rgb[24:].mean() > 240 and img.rgb[:8].mean() < 15


# --------------------------------------------------------------------------
# modes

def test_rgba_over_white():
    rgba = np.zeros((1, 4, 4), np.uint8)
    rgba[0, :, :3] = (200, 40, 10)
    rgba[0, :, 3] = (0, 255, 128, 64)
    img = load_image(png_bytes(Image.fromarray(rgba, "RGBA")), name="a.png")
    expected = np.array([[(c * a + 255 * (255 - a) + 127) // 255 for c in (200, 40, 10)]
                         for a in (0, 255, 128, 64)])
    np.testing.assert_array_equal(img.rgb[0], expected)
    np.testing.assert_array_equal(img.rgb[0, 0], (255, 255, 255))
    np.testing.assert_array_equal(img.rgb[0, 1], (200, 40, 10))


def test_la_over_white():
    la = np.array([[[0, 0], [0, 255], [100, 128]]], np.uint8)
    img = load_image(png_bytes(Image.fromarray(la, "LA")), name="la.png")
    np.testing.assert_array_equal(img.rgb[0, 0], (255, 255, 255))
    np.testing.assert_array_equal(img.rgb[0, 1], (0, 0, 0))
    v = (100 * 128 + 255 * 127 + 127) // 255
    np.testing.assert_array_equal(img.rgb[0, 2], (v, v, v))


def test_grey_l_becomes_rgb(tmp_path):
    grey = np.arange(20, dtype=np.uint8).reshape(4, 5) * 12
    img = load_image(save(tmp_path, "g.jpg", Image.fromarray(grey), quality=100))
    assert img.rgb.shape == (4, 5, 3)
    assert (img.rgb[..., 0] == img.rgb[..., 1]).all()


def test_palette_with_transparency(tmp_path):
    im = Image.new("P", (3, 1))
    im.putpalette([255, 0, 0, 0, 0, 255, 0, 255, 0] + [0] * (256 * 3 - 9))
    im.putdata([0, 1, 2])
    path = save(tmp_path, "p.png", im, transparency=1)
    img = load_image(path)
    np.testing.assert_array_equal(img.rgb[0], [(255, 0, 0), (255, 255, 255), (0, 255, 0)])


def test_palette_gif_style_bmp(tmp_path):
    im = Image.new("P", (2, 1))
    im.putpalette([10, 20, 30, 40, 50, 60] + [0] * (256 * 3 - 6))
    im.putdata([1, 0])
    img = load_image(save(tmp_path, "p.bmp", im))
    np.testing.assert_array_equal(img.rgb[0], [(40, 50, 60), (10, 20, 30)])


def test_rgb_png_with_transparent_colour_key():
    arr = np.array([[(1, 2, 3), (9, 9, 9)]], np.uint8)
    img = load_image(png_bytes(Image.fromarray(arr), transparency=(1, 2, 3)), name="k.png")
    np.testing.assert_array_equal(img.rgb[0], [(255, 255, 255), (9, 9, 9)])


def test_cmyk_jpeg(tmp_path):
    im = Image.new("CMYK", (16, 8), (0, 0, 0, 0))
    im.paste((0, 0, 0, 255), (8, 0, 16, 8))            # right half black ink
    path = save(tmp_path, "cmyk.jpg", im, quality=100)
    assert Image.open(path).mode == "CMYK"
    img = load_image(path)
    assert img.rgb.shape == (8, 16, 3)
    assert img.rgb[:, :6].min() > 245                  # no ink -> white
    assert img.rgb[:, 10:].max() < 10                  # K -> black


def test_cmyk_tiff(tmp_path):
    im = Image.new("CMYK", (2, 1))
    im.putdata([(255, 0, 0, 0), (0, 0, 0, 0)])
    img = load_image(save(tmp_path, "cmyk.tif", im))
    np.testing.assert_array_equal(img.rgb[0], [(0, 255, 255), (255, 255, 255)])


@pytest.mark.parametrize("ext", ["png", "bmp", "tif"])
def test_one_bit(tmp_path, ext):
    bits = np.array([[1, 0, 1], [0, 0, 1]], bool)
    img = load_image(save(tmp_path, f"b.{ext}", Image.fromarray(bits)))
    np.testing.assert_array_equal(img.rgb[..., 0], bits * 255)
    assert img.rgb.dtype == np.uint8


def test_lab_tiff(tmp_path):
    im = Image.new("LAB", (1, 1), (128, 128, 128))     # L* 50, a* 0, b* 0
    img = load_image(save(tmp_path, "lab.tif", im))
    assert abs(int(img.rgb[0, 0, 0]) - 119) <= 1
    assert img.rgb[0, 0, 0] == img.rgb[0, 0, 1] == img.rgb[0, 0, 2]


def test_first_frame_of_animated_webp(tmp_path):
    frames = [Image.new("RGB", (4, 4), c) for c in ((255, 0, 0), (0, 0, 255))]
    path = tmp_path / "anim.webp"
    frames[0].save(path, save_all=True, append_images=frames[1:], lossless=True, duration=100)
    img = load_image(path)
    assert (img.rgb == (255, 0, 0)).all()
    assert probe_image(path)["frames"] == 2


def test_multipage_tiff_first_page(tmp_path):
    frames = [Image.new("RGB", (4, 4), c) for c in ((0, 255, 0), (0, 0, 255))]
    path = tmp_path / "pages.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    assert (load_image(path).rgb == (0, 255, 0)).all()


# --------------------------------------------------------------------------
# colour profiles

def test_embedded_srgb_profile_leaves_pixels_unchanged():
    arr = pattern()
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    img = load_image(png_bytes(Image.fromarray(arr), icc_profile=srgb), name="s.png")
    assert np.abs(img.rgb.astype(int) - arr).max() <= 1


def test_adobe_rgb_profile_is_converted_to_srgb():
    colours = np.array([[(180, 60, 40), (40, 160, 90), (128, 128, 128), (255, 255, 255)]],
                       np.uint8)
    data = png_bytes(Image.fromarray(colours), icc_profile=adobe_like())
    img = load_image(data, name="adobe.png")
    got = img.rgb[0].astype(float)
    assert np.abs(got - colours[0]).max() > 15          # really converted
    np.testing.assert_allclose(got, adobe_to_srgb(colours[0]), atol=2.5)
    np.testing.assert_allclose(got[3], (255, 255, 255), atol=1)


def test_adobe_rgb_profile_on_16bit_tiff_matches_lcms():
    colours = np.array([[(180, 60, 40), (40, 160, 90), (10, 20, 250), (255, 255, 255)]],
                       np.uint8)
    icc = adobe_like()
    eight = load_image(png_bytes(Image.fromarray(colours), icc_profile=icc), name="a.png")
    sixteen = load_image(tiff_bytes(colours.astype(np.uint16) * 257, photometric="rgb",
                                    iccprofile=icc), name="a16.tif")
    assert sixteen.rgb.dtype == np.uint16
    np.testing.assert_allclose(sixteen.rgb / 257, eight.rgb, atol=1.0)
    np.testing.assert_allclose(sixteen.rgb[0] / 257, adobe_to_srgb(colours[0]), atol=1.0)


@pytest.mark.parametrize("curve", [
    para_curve(3, 2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045),      # sRGB parametric
    table_curve([((v / 1023 + 0.055) / 1.055) ** 2.4 if v / 1023 > 0.04045 else v / 1023 / 12.92
                 for v in range(1024)]),                                   # sRGB as a table
])
def test_16bit_srgb_profile_variants_are_identity(curve):
    srgb_d50 = ((0.4360747, 0.2225045, 0.0139322), (0.3850649, 0.7168786, 0.0971045),
                (0.1430804, 0.0606169, 0.7141733))
    icc = build_profile(b"RGB ", {b"rXYZ": xyz_tag(*srgb_d50[0]), b"gXYZ": xyz_tag(*srgb_d50[1]),
                                  b"bXYZ": xyz_tag(*srgb_d50[2]), b"rTRC": curve,
                                  b"gTRC": curve, b"bTRC": curve})
    arr = np.random.default_rng(4).integers(0, 65536, (8, 8, 3), dtype=np.uint16)
    img = load_image(tiff_bytes(arr, photometric="rgb", iccprofile=icc), name="s16.tif")
    np.testing.assert_allclose(img.rgb.astype(float), arr, atol=65535 * 0.004)


def test_grey_profile_8_and_16_bit_agree():
    linear_grey = build_profile(b"GRAY", {b"kTRC": gamma_curve(1.0)})
    values = np.array([[0, 64, 128, 255]], np.uint8)
    eight = load_image(png_bytes(Image.fromarray(values), icc_profile=linear_grey), name="g.png")
    sixteen = load_image(tiff_bytes(values.astype(np.uint16) * 257, photometric="minisblack",
                                    iccprofile=linear_grey), name="g.tif")
    assert eight.rgb[0, 2, 0] > 180                    # linear 0.5 is light in sRGB
    np.testing.assert_allclose(sixteen.rgb / 257, eight.rgb, atol=1.0)


def test_corrupt_profile_loads_with_warning(caplog):
    arr = pattern()
    data = png_bytes(Image.fromarray(arr), icc_profile=b"this is not an ICC profile at all")
    with caplog.at_level(logging.WARNING, logger="motifstudio.imaging.load"):
        img = load_image(data, name="bad-icc.png")
    np.testing.assert_array_equal(img.rgb, arr)
    assert any("bad-icc.png" in r.getMessage() and "profile" in r.getMessage()
               for r in caplog.records)


def test_corrupt_profile_on_16bit_loads_with_warning(caplog):
    arr = np.full((2, 2, 3), 1234, np.uint16)
    data = tiff_bytes(arr, photometric="rgb", iccprofile=b"garbage" * 30)
    with caplog.at_level(logging.WARNING, logger="motifstudio.imaging.load"):
        img = load_image(data, name="bad16.tif")
    np.testing.assert_array_equal(img.rgb, arr)
    assert any("bad16.tif" in r.getMessage() for r in caplog.records)


def test_profile_of_the_wrong_colour_space_is_ignored(caplog):
    grey = np.array([[10, 200]], np.uint8)
    with caplog.at_level(logging.WARNING, logger="motifstudio.imaging.load"):
        img = load_image(png_bytes(Image.fromarray(grey), icc_profile=adobe_like()), name="m.png")
    np.testing.assert_array_equal(img.rgb[0, :, 0], (10, 200))
    assert caplog.records


# --------------------------------------------------------------------------
# DPI

def test_png_dpi(tmp_path):
    img = load_image(save(tmp_path, "d.png", Image.fromarray(pattern()), dpi=(300, 300)))
    assert img.source.dpi == (300.0, 300.0)


def test_jpeg_dpi_inch_and_cm(tmp_path):
    path = save(tmp_path, "d.jpg", Image.fromarray(pattern()), dpi=(200, 150))
    assert load_image(path).source.dpi == (200.0, 150.0)
    data = bytearray(path.read_bytes())
    assert data[6:11] == b"JFIF\0"
    data[13] = 2                                         # JFIF density unit: dots per cm
    data[14:18] = struct.pack(">HH", 118, 118)
    assert load_image(bytes(data), name="cm.jpg").source.dpi == (299.72, 299.72)


def test_tiff_dpi_inch_and_cm(tmp_path):
    arr = pattern()
    path = save(tmp_path, "d.tif", Image.fromarray(arr), dpi=(600, 600))
    assert load_image(path).source.dpi == (600.0, 600.0)
    data = tiff_bytes(arr, photometric="rgb", resolution=(100, 100), resolutionunit="CENTIMETER")
    assert load_image(data, name="cm.tif").source.dpi == (254.0, 254.0)
    data16 = tiff_bytes(arr.astype(np.uint16), photometric="rgb", resolution=(100, 100),
                        resolutionunit="CENTIMETER")
    assert load_image(data16, name="cm16.tif").source.dpi == (254.0, 254.0)


def test_missing_or_nonsense_dpi_is_none(tmp_path):
    arr = Image.fromarray(pattern())
    assert load_image(png_bytes(arr), name="a.png").source.dpi is None
    assert load_image(tiff_bytes(pattern()), name="a.tif").source.dpi is None
    assert load_image(png_bytes(arr, dpi=(0.5, 0.5)), name="b.png").source.dpi is None
    assert load_image(save(tmp_path, "z.bmp", arr, dpi=(0, 0))).source.dpi is None


def test_bmp_dpi(tmp_path):
    img = load_image(save(tmp_path, "d.bmp", Image.fromarray(pattern()), dpi=(300, 300)))
    assert img.source.dpi == pytest.approx((300.0, 300.0), abs=0.05)


# --------------------------------------------------------------------------
# original bytes

def test_original_bytes_and_sha256(tmp_path):
    path = save(tmp_path, "keep.png", Image.fromarray(pattern()))
    raw = path.read_bytes()
    img = load_image(path)
    assert img.original == raw and isinstance(img.original, bytes)
    assert img.source.sha256 == hashlib.sha256(raw).hexdigest()
    assert img.source.size_bytes == len(raw)
    from_bytes = load_image(raw, name="other/dir/keep.png")
    assert from_bytes.source.sha256 == img.source.sha256
    assert from_bytes.source.filename == "keep.png"
    assert load_image(raw).source.filename == "untitled"


def test_loading_does_not_touch_the_file(tmp_path):
    path = save(tmp_path, "scan.jpg", Image.fromarray(pattern()), exif=exif_with_orientation(6))
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before, stat = path.read_bytes(), path.stat()
    load_image(path)
    probe_image(path)
    after = path.stat()
    assert path.read_bytes() == before
    assert (after.st_mtime_ns, after.st_size) == (stat.st_mtime_ns, stat.st_size)


def test_pathlike_str_and_bytearray_sources(tmp_path):
    path = save(tmp_path, "x.png", Image.fromarray(pattern()))
    a, b = load_image(str(path)), load_image(bytearray(path.read_bytes()), name="x.png")
    np.testing.assert_array_equal(a.rgb, b.rgb)
    assert isinstance(b.original, bytes)


# --------------------------------------------------------------------------
# limits and errors

def test_pixel_limit_names_file_and_limit(tmp_path):
    path = save(tmp_path, "big.png", Image.fromarray(pattern(10, 20)))
    with pytest.raises(ImageLoadError) as e:
        load_image(path, max_pixels=150)
    msg = str(e.value)
    assert "big.png" in msg and "150" in msg and "200" in msg and "--max-pixels" in msg
    assert load_image(path, max_pixels=200).rgb.shape == (10, 20, 3)


def _png_claiming_size(width, height):
    """A tiny PNG whose header claims a huge size: decoding it would exhaust memory."""
    raw = bytearray(png_bytes(Image.new("L", (1, 1))))
    raw[16:24] = struct.pack(">II", width, height)
    raw[29:33] = struct.pack(">I", zlib.crc32(bytes(raw[12:29])))
    return bytes(raw)


def test_bomb_is_refused_from_the_header():
    data = _png_claiming_size(100_000, 100_000)   # 10^10 pixels: beyond Pillow's own limit too
    with pytest.raises(ImageLoadError) as e:
        load_image(data, name="bomb.png")
    msg = str(e.value)
    assert "bomb.png" in msg and "10,000,000,000" in msg and "100,000,000" in msg
    with pytest.raises(ImageLoadError, match="bomb.png.*1,000 pixels"):
        load_image(_png_claiming_size(100_000, 100_000), name="bomb.png", max_pixels=1000)
    info = probe_image(data, name="bomb.png")      # the header alone is safe to describe
    assert (info["width"], info["height"]) == (100_000, 100_000)


def test_our_limit_not_pillows_decides(tmp_path, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50)
    path = save(tmp_path, "ok.png", Image.fromarray(pattern(12, 17)))   # 204 px > 2 * 50
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        img = load_image(path, max_pixels=1000)
    assert img.rgb.shape == (12, 17, 3)
    assert Image.MAX_IMAGE_PIXELS == 50                 # restored
    with pytest.raises(ImageLoadError, match="ok.png.*limit of 100 pixels"):
        load_image(path, max_pixels=100)


@pytest.mark.parametrize("bad", [0, -5, 1.5, True])
def test_bad_max_pixels(bad):
    with pytest.raises(ValueError, match="max_pixels"):
        load_image(b"x", max_pixels=bad)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_truncated_file(tmp_path, fmt):
    full = tmp_path / "full"
    Image.fromarray(pattern(64, 64)).save(full, fmt)
    raw = full.read_bytes()
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(raw[:len(raw) // 2])
    with pytest.raises(ImageLoadError, match=r"cut\.\w+: the file is damaged or truncated"):
        load_image(path)


def test_truncated_16bit_tiff():
    raw = tiff_bytes(np.zeros((64, 64, 3), np.uint16), photometric="rgb")
    with pytest.raises(ImageLoadError, match="half.tif: the file is damaged"):
        load_image(raw[:len(raw) // 2], name="half.tif")


def test_header_only_png():
    raw = png_bytes(Image.fromarray(pattern()))
    with pytest.raises(ImageLoadError, match="stub.png: the file is damaged or truncated"):
        load_image(raw[:12], name="stub.png")


def test_random_bytes():
    data = np.random.default_rng(5).bytes(4096)
    with pytest.raises(ImageLoadError, match=r"noise.bin: the file is damaged or not an image "
                                             r"\(cannot identify image file\)"):
        load_image(data, name="noise.bin")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    with pytest.raises(ImageLoadError, match="empty.png: the file is empty"):
        load_image(path)


def _write(name, content):
    def make(tmp_path):
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path
    return make


@pytest.mark.parametrize("make,fmt", [
    (lambda p: save(p, "anim.gif", Image.fromarray(pattern()).convert("P")), "GIF"),
    (lambda p: save(p, "icon.ico", Image.fromarray(pattern(16, 16))), "ICO"),
    (_write("doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), "PDF"),
    (_write("notes.txt", "Шырдак — felt\n" * 100), "text"),
    (_write("m.svg", '<?xml version="1.0"?><svg xmlns="x"/>'), "SVG"),
    (_write("IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)),
     "HEIC"),
])
def test_unsupported_formats(tmp_path, make, fmt):
    path = make(tmp_path)
    expected = f"{path}: unsupported format {fmt}; use PNG, JPEG, TIFF, BMP or WebP"
    with pytest.raises(ImageLoadError) as e:
        load_image(path)
    assert str(e.value) == expected
    with pytest.raises(ImageLoadError, match="unsupported format"):
        probe_image(path)


def test_text_starting_with_bm_is_text():
    with pytest.raises(ImageLoadError, match="unsupported format text"):
        load_image(b"BMW owners' club newsletter\n", name="n.txt")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImageLoadError, match="nope.png: no such file"):
        load_image(tmp_path / "nope.png")
    with pytest.raises(ImageLoadError, match="is a folder"):
        load_image(tmp_path)
    with pytest.raises(ImageLoadError, match="no such file"):
        probe_image(tmp_path / "nope.png")


def test_unreadable_file(tmp_path, monkeypatch):
    import motifstudio.imaging.load as load_module

    def refuse(*args, **kwargs):          # chmod does not stop root, so simulate it
        raise PermissionError(13, "Permission denied")

    path = save(tmp_path, "secret.png", Image.fromarray(pattern()))
    monkeypatch.setattr(load_module, "open", refuse, raising=False)
    with pytest.raises(ImageLoadError, match="secret.png: permission denied"):
        load_image(path)


def test_errors_are_value_errors():
    assert issubclass(ImageLoadError, ValueError)


# --------------------------------------------------------------------------
# progress, cancel, probe

def test_progress_reports_and_cancel(tmp_path):
    path = save(tmp_path, "p.png", Image.fromarray(pattern()))
    calls = []
    load_image(path, progress=lambda f, m: calls.append((f, m)))
    fractions = [f for f, _ in calls]
    assert len(calls) >= 3 and fractions == sorted(fractions) and fractions[-1] == 1.0
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        load_image(path, cancel=token)


def test_cancel_during_16bit_colour_conversion():
    token = CancelToken()
    seen = []

    def progress(fraction, message):
        seen.append(fraction)
        if fraction >= 0.2:
            token.cancel()

    data = tiff_bytes(np.zeros((4, 4, 3), np.uint16), photometric="rgb", iccprofile=adobe_like())
    with pytest.raises(Cancelled):
        load_image(data, name="c.tif", progress=progress, cancel=token)


def test_probe_image(tmp_path):
    im = Image.fromarray(pattern(10, 30))
    path = save(tmp_path, "probe.jpg", im, exif=exif_with_orientation(6), dpi=(300, 300),
                icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    info = probe_image(path)
    raw = path.read_bytes()
    assert info == {"format": "JPEG", "width": 10, "height": 30, "mode": "RGB", "bits": 8,
                    "dpi": (300.0, 300.0), "has_icc": True, "exif_orientation": 6, "frames": 1,
                    "sha256": hashlib.sha256(raw).hexdigest(), "size_bytes": len(raw)}
    img = load_image(path)
    assert (img.source.width, img.source.height) == (info["width"], info["height"])


def test_probe_16bit_tiff_and_png():
    info = probe_image(tiff_bytes(np.zeros((3, 5, 3), np.uint16), photometric="rgb"))
    assert (info["format"], info["bits"], info["width"], info["height"]) == ("TIFF", 16, 5, 3)
    assert info["exif_orientation"] is None and info["has_icc"] is False
    info = probe_image(png_bytes(Image.fromarray(np.zeros((2, 2), np.uint16))))
    assert info["bits"] == 16


def test_probe_errors():
    with pytest.raises(ImageLoadError, match="x.bin: the file is damaged or not an image"):
        probe_image(b"\x00\x01\x02\x03" * 10, name="x.bin")
