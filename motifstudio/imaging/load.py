"""Load a scan or photo into an sRGB array, keeping the untouched original.

The loader is the only door through which user images enter Motif Studio, so
it is defensive: it refuses images larger than a pixel limit *before*
decoding them, turns every failure into an :class:`ImageLoadError` that names
the file and the problem, and hands on the original bytes unchanged (with
their SHA-256) for the archive.

Everything that varies between files is normalised here, once, so later
stages see one kind of image: EXIF orientation applied, first frame only,
alpha composited over white, greyscale / palette / CMYK / 1-bit expanded to
RGB, and an embedded ICC profile converted to sRGB.

Bit depth is kept: 16-bit TIFFs (and 16-bit greyscale PNGs) load as
``uint16``, everything else as ``uint8``.  Pillow truncates 16-bit *colour*
to 8 bits, so 16-bit TIFFs are decoded with ``tifffile``; 16-bit colour PNGs
have no such reader here and load at 8 bits (logged).
"""
from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import struct
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Optional

import numpy as np
from PIL import Image, ImageCms, UnidentifiedImageError

from ..core.document import SourceRef
from ..core.progress import CancelToken, Cancelled, ProgressFn, check, report
from .params import DEFAULT_MAX_PIXELS

__all__ = ["SUPPORTED_FORMATS", "ImageLoadError", "LoadedImage", "load_image", "probe_image"]

log = logging.getLogger(__name__)

SUPPORTED_FORMATS = ("PNG", "JPEG", "TIFF", "BMP", "WEBP")
_SUPPORTED_TEXT = "use PNG, JPEG, TIFF, BMP or WebP"
# Pillow names a phone's multi-picture JPEG (main image + depth map) "MPO";
# its first frame is an ordinary JPEG.
_FORMAT_ALIASES = {"MPO": "JPEG"}
_PIL_FORMATS = ("PNG", "JPEG", "TIFF", "BMP", "WEBP")  # JPEG also opens MPO

# Resolutions outside this range are placeholders or corruption, not a scan.
_DPI_RANGE = (1.0, 100_000.0)
# Pixels per block when converting large images, to bound the float temporaries.
_BLOCK_PIXELS = 1 << 20


class ImageLoadError(ValueError):
    """An image could not be loaded; the message names the file and the reason."""


@dataclass(frozen=True, eq=False)
class LoadedImage:
    """A decoded image with a reference to, and the bytes of, its original file.

    Attributes
    ----------
    rgb : ndarray, shape (H, W, 3)
        sRGB pixels, ``uint8`` (``uint16`` for 16-bit sources), C-contiguous
        and read-only (stages must not modify their input).
    source : SourceRef
        File name, SHA-256 of ``original``, format, size after orientation, DPI.
    original : bytes
        The file's bytes exactly as read.
    """
    rgb: np.ndarray
    source: SourceRef
    original: bytes

    def as_float(self) -> np.ndarray:
        """Return the pixels as a new ``float32`` array in [0, 1], shape (H, W, 3)."""
        out = self.rgb.astype(np.float32)
        out /= np.float32(np.iinfo(self.rgb.dtype).max)
        return out


# --------------------------------------------------------------------------
# public functions

def load_image(src, *, name: Optional[str] = None, max_pixels: int = DEFAULT_MAX_PIXELS,
               progress: Optional[ProgressFn] = None,
               cancel: Optional[CancelToken] = None) -> LoadedImage:
    """Load a PNG, JPEG, TIFF, BMP or WebP image as sRGB pixels.

    Parameters
    ----------
    src : str, os.PathLike or bytes
        Path of the file, or its contents.
    name : str, optional
        Name used in messages and stored as ``source.filename`` (its base
        name); default the path's base name, or ``"untitled"`` for bytes.
    max_pixels : int, optional
        Refuse images with more pixels than this, checked from the header
        before any pixel is decoded.
    progress : callable, optional
        ``progress(fraction, message)``, see :mod:`motifstudio.core.progress`.
    cancel : CancelToken, optional
        Polled between steps; raises :class:`~motifstudio.core.progress.Cancelled`.

    Returns
    -------
    LoadedImage

    Raises
    ------
    ImageLoadError
        The file is missing, unreadable, empty, damaged, not an image, of an
        unsupported format, or larger than *max_pixels*.

    Examples
    --------
    >>> img = load_image("felt.jpg")                       # doctest: +SKIP
    >>> img.rgb.shape, img.source.sha256[:8]               # doctest: +SKIP
    ((3024, 4032, 3), '9f86d081')
    """
    if isinstance(max_pixels, bool) or not isinstance(max_pixels, int) or max_pixels < 1:
        raise ValueError(f"max_pixels must be a positive integer, got {max_pixels!r}")
    report(progress, 0.0, "Reading file")
    data, label, filename = _read(src, name)
    check(cancel)
    report(progress, 0.1, "Reading header")
    with _pillow_limit(max_pixels):
        im, fmt = _open(data, label, max_pixels)
        width, height = im.size
        if width * height > max_pixels:
            raise _too_big(label, width * height, max_pixels, f" ({width} × {height})")
        report(progress, 0.2, "Decoding pixels")
        try:
            colour, alpha, premultiplied = _decode(im, data, fmt, label, cancel)
            orientation = _orientation(im)
        except (ImageLoadError, Cancelled):
            raise
        except Image.DecompressionBombError as e:
            raise _bomb_from_pillow(label, e, max_pixels) from None
        except MemoryError:
            raise ImageLoadError(f"{label}: not enough memory to load a {width} × {height} "
                                 f"image") from None
        except Exception as e:  # Pillow signals bad data with many types
            raise _damaged(label, e) from e
        dpi = _dpi(im, orientation)
    check(cancel)
    report(progress, 0.8, "Finishing")
    rgb = _orient(_over_white(colour, alpha, premultiplied), orientation)
    rgb = np.ascontiguousarray(rgb)
    rgb.flags.writeable = False
    source = SourceRef(filename=filename, sha256=hashlib.sha256(data).hexdigest(),
                       size_bytes=len(data), format=fmt, width=int(rgb.shape[1]),
                       height=int(rgb.shape[0]), dpi=dpi)
    report(progress, 1.0, "Loaded")
    return LoadedImage(rgb=rgb, source=source, original=data)


def probe_image(src, *, name: Optional[str] = None) -> dict:
    """Describe an image from its header without decoding its pixels.

    Parameters
    ----------
    src : str, os.PathLike or bytes
        Path of the file, or its contents.
    name : str, optional
        Name used in messages, as in :func:`load_image`.

    Returns
    -------
    dict
        ``format``, ``width``, ``height`` (after EXIF orientation, as
        :func:`load_image` would give), ``mode`` (Pillow's), ``bits`` (per
        sample, as stored), ``dpi`` (or None), ``has_icc``,
        ``exif_orientation`` (1-8, or None when absent -- a PNG's EXIF after
        its pixel data is not read), ``frames``, ``sha256``, ``size_bytes``.

    Raises
    ------
    ImageLoadError
        As :func:`load_image`, except that there is no pixel limit.
    """
    data, label, _ = _read(src, name)
    with _pillow_limit(None):
        im, fmt = _open(data, label, None)
        try:
            # PNG's getexif() decodes the whole image when EXIF follows the pixels.
            lazy_exif = not (im.format == "PNG" and "exif" not in im.info)
            orientation = _exif_orientation(im) if lazy_exif else None
            frames = int(getattr(im, "n_frames", 1))
            im.seek(0)
        except Exception as e:
            raise _damaged(label, e) from e
        width, height = im.size
        if orientation in (5, 6, 7, 8):
            width, height = height, width
        return {"format": fmt, "width": width, "height": height, "mode": im.mode,
                "bits": _bits_per_sample(im, data), "dpi": _dpi(im, orientation),
                "has_icc": bool(im.info.get("icc_profile")), "exif_orientation": orientation,
                "frames": frames, "sha256": hashlib.sha256(data).hexdigest(),
                "size_bytes": len(data)}


# --------------------------------------------------------------------------
# reading and identifying

def _read(src, name: Optional[str]) -> tuple[bytes, str, str]:
    """Return (bytes, label for messages, base name for SourceRef)."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        label = name or "untitled"
        data = src if isinstance(src, bytes) else bytes(src)
    else:
        try:
            path = os.fspath(src)
        except TypeError:
            raise TypeError(f"expected a path or bytes, got {type(src).__name__}") from None
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        label = name or path
        # Checked first because Windows reports opening a folder as "permission denied".
        if os.path.isdir(path):
            raise ImageLoadError(f"{label}: is a folder, not an image file")
        try:
            with open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise ImageLoadError(f"{label}: no such file") from None
        except PermissionError:
            raise ImageLoadError(f"{label}: permission denied (the file cannot be read)") from None
        except OSError as e:
            raise ImageLoadError(f"{label}: cannot read the file ({e.strerror or e})") from None
    if not data:
        raise ImageLoadError(f"{label}: the file is empty")
    return data, label, os.path.basename(label) or label


def _sniff(data: bytes) -> Optional[str]:
    """Name the format from its magic bytes, for files Pillow cannot open."""
    head = data[:32]
    magic = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"II*\x00", "TIFF"),
             (b"MM\x00*", "TIFF"), (b"II+\x00", "TIFF"), (b"MM\x00+", "TIFF"),
             (b"GIF8", "GIF"), (b"%PDF", "PDF"), (b"\x00\x00\x01\x00", "ICO"), (b"8BPS", "PSD"),
             (b"\x00\x00\x00\x0cjP  ", "JPEG 2000"), (b"PK\x03\x04", "ZIP"))
    for prefix, fmt in magic:
        if head.startswith(prefix):
            return fmt
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":            # ISO media: phones' HEIC, AVIF
        brand = head[8:12]
        return "AVIF" if brand in (b"avif", b"avis") else "HEIC" if brand[:3] in (
            b"hei", b"hev", b"mif", b"msf") else None
    # Text before BMP: a text file may well start with "BM".
    sample = data[:1024]
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as e:     # forgive only a character cut by the sample's end
        text = sample[:e.start].decode("utf-8") if len(data) > 1024 and e.start >= 1021 else None
    if text is not None:
        if "<svg" in text.lower():
            return "SVG"
        if all(c.isprintable() or c in "\r\n\t" for c in text):
            return "text"
    return "BMP" if head.startswith(b"BM") else None


def _open(data: bytes, label: str, max_pixels: Optional[int]) -> tuple[Image.Image, str]:
    """Parse the header (Pillow is lazy: no pixels are decoded) and check the format."""
    try:
        # Restricting Pillow to our formats keeps its laxer plugins (TGA, ...)
        # from claiming random bytes; other formats are named by _sniff.
        im = Image.open(io.BytesIO(data), formats=_PIL_FORMATS)
    except Image.DecompressionBombError as e:
        raise _bomb_from_pillow(label, e, max_pixels) from None
    except Exception as e:
        fmt = _sniff(data)
        if fmt and fmt not in SUPPORTED_FORMATS:    # e.g. a text file that starts "BM"
            raise _unsupported(label, fmt) from None
        if isinstance(e, UnidentifiedImageError):
            if fmt:
                raise ImageLoadError(f"{label}: the file is damaged or truncated "
                                     f"(cannot read its {fmt} header)") from None
            raise ImageLoadError(f"{label}: the file is damaged or not an image "
                                 f"(cannot identify image file)") from None
        raise _damaged(label, e) from e
    fmt = _FORMAT_ALIASES.get(im.format, im.format)
    if fmt not in SUPPORTED_FORMATS:     # cannot happen with formats= above; kept as a guard
        raise _unsupported(label, fmt)
    return im, fmt


def _unsupported(label: str, fmt: str) -> ImageLoadError:
    return ImageLoadError(f"{label}: unsupported format {fmt}; {_SUPPORTED_TEXT}")


def _damaged(label: str, e: BaseException) -> ImageLoadError:
    reason = str(e) or type(e).__name__
    return ImageLoadError(f"{label}: the file is damaged or truncated ({reason})")


def _too_big(label: str, pixels: int, max_pixels: int, size: str = "") -> ImageLoadError:
    return ImageLoadError(f"{label}: the image has {pixels:,} pixels{size}, more than the "
                          f"limit of {max_pixels:,} pixels. If you trust this file, raise the "
                          f"limit with --max-pixels (in the app: 'Largest image').")


def _bomb_from_pillow(label: str, e: BaseException, max_pixels: Optional[int]) -> ImageLoadError:
    """Turn Pillow's own refusal, which comes before our check can run, into our message."""
    m = re.search(r"\((\d+) pixels\)", str(e))
    if m and max_pixels is not None and int(m.group(1)) > max_pixels:
        return _too_big(label, int(m.group(1)), max_pixels)
    # Only if Image.MAX_IMAGE_PIXELS was lowered elsewhere in the process.
    return ImageLoadError(f"{label}: the image is larger than Pillow's safety limit ({e})")


_PIL_LIMIT_LOCK = threading.Lock()


@contextmanager
def _pillow_limit(max_pixels: Optional[int]):
    """Make our limit, not Pillow's process-wide ``MAX_IMAGE_PIXELS``, decide.

    Pillow warns above its limit (89 MP by default) and refuses above twice
    that.  We check ``max_pixels`` ourselves before decoding, so the warning
    is silenced; only when our limit is above Pillow's refusal threshold (the
    user raised --max-pixels) is the global raised, for the duration of the
    load, under a lock so concurrent loads restore it correctly.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        current = Image.MAX_IMAGE_PIXELS
        if current is None or (max_pixels is not None and max_pixels <= 2 * current):
            yield
            return
        with _PIL_LIMIT_LOCK:
            saved = Image.MAX_IMAGE_PIXELS
            Image.MAX_IMAGE_PIXELS = max_pixels
            try:
                yield
            finally:
                Image.MAX_IMAGE_PIXELS = saved


# --------------------------------------------------------------------------
# metadata

def _bits_per_sample(im: Image.Image, data: bytes) -> int:
    if im.format == "PNG":
        return data[24]                     # IHDR bit depth sits at a fixed offset
    if im.format == "TIFF":
        bits = im.tag_v2.get(258, (1,))
        return int(max(bits) if isinstance(bits, tuple) else bits)
    if im.mode == "1":
        return 1
    return 16 if im.mode.startswith("I;16") else 8


def _exif_orientation(im: Image.Image) -> Optional[int]:
    try:
        value = im.getexif().get(0x0112)
    except Exception:  # broken EXIF is common in edited photos; it is not fatal
        return None
    return int(value) if isinstance(value, int) and 1 <= value <= 8 else None


def _orientation(im: Image.Image) -> int:
    return _exif_orientation(im) or 1


def _dpi(im: Image.Image, orientation: Optional[int] = 1) -> Optional[tuple[float, float]]:
    """DPI as (x, y) of the image as shown: a quarter turn (EXIF 5-8) swaps the axes."""
    dpi = _raw_dpi(im)
    if dpi is not None and orientation in (5, 6, 7, 8):
        return dpi[1], dpi[0]
    return dpi


def _raw_dpi(im: Image.Image) -> Optional[tuple[float, float]]:
    """DPI from Pillow, which reads JFIF/EXIF, pHYs, TIFF and BMP and converts cm."""
    dpi = im.info.get("dpi")
    try:
        x, y = (float(v) for v in dpi)
    except (TypeError, ValueError):
        return None
    lo, hi = _DPI_RANGE
    if not (lo < x < hi and lo < y < hi):
        return None
    # pHYs stores pixels per metre: 300 dpi comes back as 299.9994.
    return round(x, 2), round(y, 2)


# --------------------------------------------------------------------------
# decoding

def _decode(im, data, fmt, label, cancel):
    """Return (colour (H, W, 3) sRGB, alpha (H, W) or None, premultiplied)."""
    if fmt == "TIFF" and _bits_per_sample(im, data) > 8:
        decoded = _decode_tiff16(data, label)
        if decoded is not None:
            colour, alpha, premultiplied = decoded
            check(cancel)
            colour = _icc_float(colour, im.info.get("icc_profile"), label, cancel)
            return colour, alpha, premultiplied
        if not im.mode.startswith("I"):     # Pillow keeps 16 bits for greyscale only
            log.warning("%s: loaded at 8 bits per channel, as tifffile could not decode it "
                        "(LZW, PackBits and JPEG compression need the optional 'imagecodecs' "
                        "package)", label)
    elif fmt == "PNG" and _bits_per_sample(im, data) == 16 and not im.mode.startswith("I"):
        log.info("%s: 16-bit colour PNG loaded at 8 bits per channel", label)
    im.load()
    check(cancel)
    im, alpha = _split_alpha(_normalise_mode(im, label))
    icc = im.info.get("icc_profile")
    if im.mode.startswith("I"):
        grey = np.asarray(im)
        grey = np.clip(grey, 0, 65535).astype(np.uint16) if grey.dtype != np.uint16 else grey
        return _icc_float(grey, icc, label, cancel), alpha, False
    return np.asarray(_icc_pillow(im, icc, label)), alpha, False


def _normalise_mode(im: Image.Image, label: str) -> Image.Image:
    """Reduce Pillow's many modes to L, LA, RGB, RGBA, CMYK or 16-bit grey."""
    mode = im.mode
    if mode in ("P", "PA") or (mode == "RGB" and "transparency" in im.info):
        return _keep_info(im.convert("RGBA"), im)      # applies palette/tRNS transparency
    if mode == "L" and "transparency" in im.info:
        return _keep_info(im.convert("LA"), im)
    if mode == "1":
        return _keep_info(im.convert("L"), im)
    if mode in ("La", "RGBa"):                         # premultiplied in memory
        return _keep_info(im.convert(mode.upper()), im)
    if mode in ("RGBX", "YCbCr", "HSV"):
        return _keep_info(im.convert("RGB"), im)
    if mode == "LAB":
        # Device-independent already; lcms knows Pillow's LAB encoding.
        rgb = ImageCms.profileToProfile(im, ImageCms.createProfile("LAB"), _srgb(),
                                        outputMode="RGB")
        rgb.info = {k: v for k, v in im.info.items() if k != "icc_profile"}
        return rgb
    if mode == "F":
        raise ImageLoadError(f"{label}: floating-point pixels are not supported; "
                             f"save the image with 8 or 16 bits per channel")
    return im


def _keep_info(new: Image.Image, old: Image.Image) -> Image.Image:
    new.info = dict(old.info)
    return new


def _split_alpha(im: Image.Image):
    if im.mode not in ("LA", "RGBA"):
        return im, None
    alpha = np.asarray(im.getchannel("A"))
    return _keep_info(im.convert(im.mode[:-1]), im), alpha


def _decode_tiff16(data: bytes, label: str):
    """Decode the first page of a 16-bit TIFF with tifffile, or None to fall back to Pillow."""
    import tifffile  # installed with scikit-image; imported late as only 16-bit TIFFs need it

    try:
        with tifffile.TiffFile(io.BytesIO(data)) as tif:
            page = tif.pages[0]
            photometric, extras, axes = int(page.photometric), tuple(page.extrasamples), page.axes
            arr = page.asarray()
    except Exception as e:
        # Mostly a codec that needs the optional 'imagecodecs' package (LZW,
        # PackBits, JPEG); Pillow then decodes, or reports the file as damaged.
        log.info("%s: tifffile cannot decode this TIFF (%s); trying Pillow", label, e)
        return None
    if axes.startswith("S"):                # planar configuration: samples first
        arr = np.moveaxis(arr, 0, -1)
    if arr.ndim == 2:
        arr = arr[..., None]
    if arr.dtype != np.uint16 or arr.ndim != 3 or photometric not in (0, 1, 2):
        log.info("%s: %s TIFF with photometric %d left to Pillow", label, arr.dtype, photometric)
        return None
    n_colour = 3 if photometric == 2 else 1
    if arr.shape[2] < n_colour:
        return None
    colour = arr[..., 0] if n_colour == 1 else arr[..., :3]
    if photometric == 0:                    # MINISWHITE: 0 is white
        colour = 65535 - colour
    alpha, premultiplied = None, False
    if arr.shape[2] > n_colour and extras and extras[0] in (1, 2):   # 1 = associated alpha
        alpha, premultiplied = arr[..., n_colour], extras[0] == 1
    return np.ascontiguousarray(colour), alpha, premultiplied


# --------------------------------------------------------------------------
# colour management

_SRGB_PROFILE = None


def _srgb():
    global _SRGB_PROFILE
    if _SRGB_PROFILE is None:
        _SRGB_PROFILE = ImageCms.createProfile("sRGB")
    return _SRGB_PROFILE


def _icc_pillow(im: Image.Image, icc: Optional[bytes], label: str) -> Image.Image:
    """Convert an 8-bit L, RGB or CMYK image to sRGB with lcms; RGB unchanged without a profile."""
    if icc:
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            return ImageCms.profileToProfile(im, profile, _srgb(), outputMode="RGB")
        except Exception as e:  # broken or mismatched profiles raise several types
            log.warning("%s: the embedded colour profile was not applied (%s); "
                        "colours are taken as sRGB", label, e)
    return im.convert("RGB")


# sRGB primaries adapted to the ICC connection space's D50 white (Bradford).
_SRGB_D50 = np.array([[0.4360747, 0.3850649, 0.1430804],
                      [0.2225045, 0.7168786, 0.0606169],
                      [0.0139322, 0.0971045, 0.7141733]])


def _icc_float(colour: np.ndarray, icc: Optional[bytes], label: str, cancel) -> np.ndarray:
    """Convert 16-bit grey (H, W) or RGB (H, W, 3) to sRGB (H, W, 3) in floating point.

    lcms through Pillow works on 8-bit images only, so 16-bit data is
    converted here for the common matrix/TRC profiles (Adobe RGB, ProPhoto,
    Display P3, sRGB, grey gamma).  That is lcms's relative colorimetric
    result; for LUT-based profiles (some scanner and CMYK profiles) the
    pixels are kept unconverted and a warning is logged.
    """
    grey = colour.ndim == 2
    transform = None
    if icc:
        try:
            transform = _matrix_trc(icc, grey)
        except Exception as e:
            log.warning("%s: the embedded colour profile was not applied to this 16-bit "
                        "image (%s); colours are taken as sRGB", label, e)
    if transform is None:
        return np.ascontiguousarray(np.repeat(colour[..., None], 3, axis=-1) if grey else colour)
    curves, matrix = transform
    h, w = colour.shape[:2]
    out = np.empty((h, w, 3), np.uint16)
    step = max(1, _BLOCK_PIXELS // max(w, 1))
    for y in range(0, h, step):       # blocks bound the float temporaries on big scans
        check(cancel)
        block = colour[y:y + step].astype(np.float32) / np.float32(65535)
        if grey:
            lin = curves[0](block)[..., None]
        else:
            lin = np.stack([c(block[..., i]) for i, c in enumerate(curves)], axis=-1)
            lin = lin @ matrix.T.astype(np.float32)
        np.clip(lin, 0.0, 1.0, out=lin)
        enc = np.where(lin <= 0.0031308, 12.92 * lin, 1.055 * lin ** (1 / 2.4) - 0.055)
        out[y:y + step] = np.rint(enc * 65535).astype(np.uint16)
    return out


def _matrix_trc(icc: bytes, grey: bool):
    """Parse a matrix/TRC ICC profile into (tone curves, RGB-to-linear-sRGB matrix)."""
    if len(icc) < 132 or icc[36:40] != b"acsp":
        raise ValueError("not an ICC profile")
    space = icc[16:20]
    if space != (b"GRAY" if grey else b"RGB "):
        raise ValueError(f"a {space.decode('latin-1').strip()} profile does not fit "
                         f"{'greyscale' if grey else 'RGB'} pixels")
    (count,) = struct.unpack_from(">I", icc, 128)
    tags = {}
    for i in range(count):
        sig, off, size = struct.unpack_from(">4sII", icc, 132 + 12 * i)
        tags[sig] = icc[off:off + size]
    if grey:
        return [_curve(tags[b"kTRC"])], None
    for sig in (b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC"):
        if sig not in tags:
            raise ValueError("a LUT-based profile (only matrix/TRC profiles are "
                             "converted at 16 bits)")
    columns = [np.array(struct.unpack_from(">3i", tags[s], 8)) / 65536.0
               for s in (b"rXYZ", b"gXYZ", b"bXYZ")]
    matrix = np.linalg.solve(_SRGB_D50, np.column_stack(columns))
    return [_curve(tags[s]) for s in (b"rTRC", b"gTRC", b"bTRC")], matrix


def _curve(tag: bytes):
    """Return a function mapping encoded values in [0, 1] to linear light."""
    kind = tag[:4]
    if kind == b"curv":
        (n,) = struct.unpack_from(">I", tag, 8)
        if n == 0:
            return lambda x: x
        if n == 1:
            gamma = struct.unpack_from(">H", tag, 12)[0] / 256.0
            return lambda x: x ** np.float32(gamma)
        table = np.array(struct.unpack_from(f">{n}H", tag, 12), np.float32) / 65535
        grid = np.linspace(0.0, 1.0, n, dtype=np.float32)
        return lambda x: np.interp(x, grid, table).astype(np.float32)
    if kind == b"para":
        (fn,) = struct.unpack_from(">H", tag, 8)
        n = (1, 3, 4, 5, 7)[fn]
        p = [v / 65536.0 for v in struct.unpack_from(f">{n}i", tag, 12)]
        g, a, b, c, d, e, f = (p + [0.0] * 7)[:7] if fn else (p[0], 1.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        if fn in (1, 2):        # ICC types 1 and 2: below -b/a the curve is flat at 0 or c
            d, e, f, c = -b / a, (c if fn == 2 else 0.0), (c if fn == 2 else 0.0), 0.0
        return lambda x: np.where(x >= d, np.maximum(a * x + b, 0) ** g + e, c * x + f)
    raise ValueError(f"unknown tone curve type {kind!r}")


# --------------------------------------------------------------------------
# alpha and orientation

def _over_white(colour: np.ndarray, alpha: Optional[np.ndarray], premultiplied: bool):
    """Composite over white, in integer maths and row blocks to spare memory."""
    if alpha is None:
        return colour
    top = np.uint32(np.iinfo(colour.dtype).max)      # alpha has the colour's bit depth
    out = np.empty_like(colour)
    h, w = colour.shape[:2]
    step = max(1, _BLOCK_PIXELS // max(w, 1))
    for y in range(0, h, step):
        c = colour[y:y + step].astype(np.uint32)
        a = alpha[y:y + step, :, None].astype(np.uint32)
        if premultiplied:           # colour already scaled by alpha
            res = np.minimum(c + (top - a), top)
        else:
            res = (c * a + top * (top - a) + top // 2) // top
        out[y:y + step] = res.astype(colour.dtype)
    return out


def _orient(arr: np.ndarray, orientation: int) -> np.ndarray:
    """Apply an EXIF orientation (1-8), as Pillow's ``ImageOps.exif_transpose`` does."""
    if orientation == 2:
        return arr[:, ::-1]
    if orientation == 3:
        return arr[::-1, ::-1]
    if orientation == 4:
        return arr[::-1]
    if orientation == 5:
        return arr.swapaxes(0, 1)
    if orientation == 6:
        return np.rot90(arr, -1)
    if orientation == 7:
        return arr[::-1, ::-1].swapaxes(0, 1)
    if orientation == 8:
        return np.rot90(arr, 1)
    return arr
