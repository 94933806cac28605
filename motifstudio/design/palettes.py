"""Palette library: the bundled DMC thread table, nearest-colour matching and
palette files (GIMP ``.gpl``, Adobe Swatch Exchange ``.ase``).

Everything here returns plain :class:`~motifstudio.core.document.Palette`
values of :class:`~motifstudio.core.document.Swatch`; every swatch is made by
``Swatch.from_rgb`` so its ``lab`` always agrees with its ``rgb``.

* :func:`load_dmc` -- the 454 DMC stranded-cotton colours (cached).
* :func:`palettes_dir` -- where the bundled palettes live (see
  :mod:`motifstudio.design.library` for listing and loading them).
* :func:`nearest` -- nearest swatch(es) by CIEDE2000, vectorised.
* :func:`read_gpl` / :func:`write_gpl` -- GIMP palettes.
* :func:`read_ase` / :func:`write_ase` -- Adobe Swatch Exchange.

Writers take a path (written atomically, via
:func:`motifstudio.core.atomic.atomic_write_bytes`) or an open binary file.
Readers raise :class:`ValueError` naming the line (GPL) or byte offset (ASE)
of the first problem.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import struct
import sys
from pathlib import Path
from typing import BinaryIO, Union

import numpy as np

from motifstudio.core.atomic import atomic_write_bytes
from motifstudio.core.colour import delta_e_ciede2000, lab_to_rgb
from motifstudio.core.document import Palette, Swatch

__all__ = [
    "DMC_CSV", "palettes_dir", "dmc_dir", "load_dmc", "nearest",
    "read_gpl", "write_gpl", "gpl_text",
    "read_ase", "write_ase", "ase_bytes",
]

PathLike = Union[str, "os.PathLike[str]"]
Dest = Union[PathLike, BinaryIO]

DMC_CSV = "dmc_floss_clean_names.csv"
_PALETTES_SUBDIR = Path("resources") / "palettes"


# ----------------------------------------------------------------- bundled files

def palettes_dir() -> Path:
    """The folder holding the bundled palettes (``resources/palettes``).

    In a source checkout that is ``motifstudio/../resources/palettes``; in a
    PyInstaller build it is looked for under ``sys._MEIPASS`` first, then
    next to the executable (bundle it with
    ``--add-data resources/palettes:resources/palettes``).  A candidate
    counts when it holds the DMC table, which every bundle ships.
    """
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / _PALETTES_SUBDIR)
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / _PALETTES_SUBDIR)
    candidates.append(Path(__file__).resolve().parents[2] / _PALETTES_SUBDIR)
    for candidate in candidates:
        if (candidate / "dmc" / DMC_CSV).is_file():
            return candidate
    return candidates[-1]


def dmc_dir() -> Path:
    """The folder holding the bundled DMC table (``resources/palettes/dmc``)."""
    return palettes_dir() / "dmc"


# --------------------------------------------------------------------------- DMC

@functools.lru_cache(maxsize=1)
def load_dmc() -> Palette:
    """The DMC stranded-cotton floss colours, in colour-card order (cached).

    Each swatch is named like ``"Salmon - Very Light"`` with source
    ``"DMC 760"``.  Ids are strings: most are numbers, but ``White``, ``Ecru``
    and ``B5200`` are not.  The RGB values are hobbyist screen approximations
    (see ``resources/palettes/dmc/SOURCE.md``); a few colours are
    near-duplicates (225/967, 3865/3866, 731/732), see :func:`nearest`.
    """
    path = dmc_dir() / DMC_CSV
    if not path.is_file():
        raise FileNotFoundError(f"the DMC palette table is missing: {path}")
    swatches = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        for lineno, row in enumerate(reader, start=2):
            try:
                rgb = (int(row["red"]), int(row["green"]), int(row["blue"]))
                ident = row["dmc"].strip()
                name = row["name"].strip()
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}: line {lineno}: bad DMC row {row!r}") from exc
            swatches.append(Swatch.from_rgb(rgb, name=name or f"DMC {ident}",
                                            source=f"DMC {ident}"))
    return Palette(swatches=tuple(swatches), name="DMC stranded cotton")


# ------------------------------------------------------------------- matching

_CHUNK_PAIRS = 1 << 20   # colour pairs per CIEDE2000 batch (bounds memory)


def nearest(palette: Palette, lab_colours, *, k: int = 1) -> np.ndarray:
    """Indices of the palette swatches nearest to each colour, by CIEDE2000.

    Parameters
    ----------
    palette : Palette
        The candidate swatches (their ``lab``).
    lab_colours : array_like, shape (..., 3)
        CIELAB D65 colours to match.
    k : int, keyword-only
        How many nearest swatches to return, best first.

    Returns
    -------
    ndarray of intp
        Shape ``lab_colours.shape[:-1]`` for ``k=1`` (a 0-d array for one
        colour), else ``lab_colours.shape[:-1] + (k,)``.

    Notes
    -----
    Ties are broken deterministically: among swatches at exactly the same
    ΔE00 the one with the **lowest palette index** wins (a stable sort), so
    exact duplicates always resolve to the first in palette order.  The DMC
    table has near-duplicates (225/967, 3865/3866, 731/732); those are
    distinct colours, so the closer one wins and the result only depends on
    the input, never on platform or call order.

    The distances are computed in chunks of the input (``(n,1,3)`` against
    ``(1,M,3)``) so a whole image can be matched without a huge N×M buffer.
    """
    if len(palette) == 0:
        raise ValueError("the palette is empty")
    m = len(palette)
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or not 1 <= k <= m:
        raise ValueError(f"k must be an integer in 1..{m}, got {k!r}")
    lab = np.asarray(lab_colours, dtype=np.float64)
    if lab.ndim == 0 or lab.shape[-1] != 3:
        raise ValueError(f"lab_colours must have shape (..., 3), got {lab.shape}")
    flat = lab.reshape(-1, 3)
    pal = palette.lab_array()[None, :, :]
    out = np.empty((flat.shape[0], k), dtype=np.intp)
    step = max(1, _CHUNK_PAIRS // m)
    for start in range(0, flat.shape[0], step):
        d = delta_e_ciede2000(flat[start:start + step, None, :], pal)
        if k == 1:
            out[start:start + step, 0] = np.argmin(d, axis=1)   # first minimum
        else:
            out[start:start + step] = np.argsort(d, axis=1, kind="stable")[:, :k]
    shape = lab.shape[:-1]
    return out.reshape(shape) if k == 1 else out.reshape(shape + (k,))


# ------------------------------------------------------------------ file plumbing

def _is_path(obj) -> bool:
    return isinstance(obj, (str, os.PathLike))


def _emit(data: bytes, dest: Dest) -> None:
    if _is_path(dest):
        atomic_write_bytes(dest, data)
    elif hasattr(dest, "write"):
        if isinstance(dest, io.TextIOBase):
            raise TypeError("dest must be a path or a binary file, not a text file")
        dest.write(data)
    else:
        raise TypeError(f"dest must be a path or a binary file, got {type(dest).__name__}")


def _clean_name(name: str) -> str:
    return " ".join(str(name).split())


# ------------------------------------------------------------------------ GIMP

_GPL_MAGIC = "GIMP Palette"


def read_gpl(source) -> Palette:
    """Read a GIMP palette from a path, its text, or its bytes.

    A string is taken as the file's text if it starts with ``GIMP Palette``
    (after whitespace) or contains a newline, otherwise as a path.

    Tolerant of tabs or spaces between the numbers, of missing names (the
    swatch is then named by its hex value), of blank lines, ``#`` comments and
    Windows line endings.  Header lines ``Name:`` and ``Columns:`` are read
    (``Name`` becomes the palette name).  Anything else raises ValueError
    naming the line.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        text = _decode(bytes(source))
        where = "GIMP palette"
    elif isinstance(source, str) and (source.lstrip().startswith(_GPL_MAGIC) or "\n" in source):
        text = source
        where = "GIMP palette"
    elif _is_path(source):
        with open(source, "rb") as fh:
            text = _decode(fh.read())
        where = os.fspath(source)
    else:
        raise TypeError(f"expected a path, text or bytes, got {type(source).__name__}")

    lines = text.lstrip("\ufeff").splitlines()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or lines[i].strip() != _GPL_MAGIC:
        got = lines[i].strip()[:40] if i < len(lines) else "an empty file"
        raise ValueError(f"{where}: line {i + 1}: not a GIMP palette "
                         f"(expected {_GPL_MAGIC!r}, got {got!r})")
    name = ""
    swatches = []
    for lineno in range(i + 2, len(lines) + 1):
        line = lines[lineno - 1].strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "name" and not swatches:
            name = value.strip()
            continue
        if sep and key.strip().lower() == "columns" and not swatches:
            if not value.strip().isdigit():
                raise ValueError(f"{where}: line {lineno}: bad Columns value {value.strip()!r}")
            continue
        parts = line.split(None, 3)
        try:
            rgb = [int(p) for p in parts[:3]]
            if len(rgb) != 3:
                raise ValueError
        except ValueError:
            raise ValueError(f"{where}: line {lineno}: expected 'R G B name' with R, G, B "
                             f"integers 0..255, got {line[:60]!r}") from None
        if any(not 0 <= v <= 255 for v in rgb):
            raise ValueError(f"{where}: line {lineno}: colour component out of 0..255 "
                             f"in {line[:60]!r}")
        label = parts[3].strip() if len(parts) > 3 else ""
        swatches.append(Swatch.from_rgb(rgb, name=label))
    return Palette(swatches=tuple(swatches), name=name)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")   # old GIMP files may be in a legacy code page


def gpl_text(palette: Palette, *, name: str | None = None, columns: int = 0) -> str:
    """The GIMP palette file text for *palette* (see :func:`write_gpl`)."""
    if not isinstance(columns, int) or columns < 0:
        raise ValueError(f"columns must be a non-negative integer, got {columns!r}")
    title = _clean_name(palette.name if name is None else name)
    out = [_GPL_MAGIC, f"Name: {title}", f"Columns: {columns}", "#"]
    for s in palette.swatches:
        r, g, b = s.rgb
        out.append(f"{r:3d} {g:3d} {b:3d}\t{_clean_name(s.name)}")
    return "\n".join(out) + "\n"


def write_gpl(palette: Palette, dest: Dest, *, name: str | None = None, columns: int = 0) -> None:
    """Write *palette* as a GIMP palette (UTF-8, ``R G B<tab>name`` lines).

    *dest* is a path (replaced atomically) or a binary file.  *name* defaults
    to ``palette.name``; *columns* is GIMP's display hint (0 = automatic).
    Tabs and newlines inside names are replaced by spaces.
    """
    _emit(gpl_text(palette, name=name, columns=columns).encode("utf-8"), dest)


# ------------------------------------------------------------------------- ASE

_ASE_MAGIC = b"ASEF"
_GROUP_START, _GROUP_END, _COLOUR = 0xC001, 0xC002, 0x0001
_MODELS = {b"RGB ": 3, b"LAB ": 3, b"CMYK": 4, b"Gray": 1}
_COLOUR_TYPES = {"global": 0, "spot": 1, "normal": 2}


def read_ase(source) -> Palette:
    """Read an Adobe Swatch Exchange file from a path or its bytes.

    Colour entries in groups are flattened, in file order; the palette is
    named after the first group.  Colour models:

    * ``RGB `` -- floats 0..1, rounded to 0..255;
    * ``LAB `` -- L stored as 0..1 (scaled ×100), a and b as they are;
      converted to sRGB (out-of-gamut colours are clipped);
    * ``Gray`` -- one float 0..1;
    * ``CMYK`` -- a **naive** conversion without a colour profile:
      ``R = 255·(1−C)·(1−K)`` and likewise for G/M and B/Y, so printed
      colours will not match exactly.

    The colour type (global/spot/normal) is not kept.  A damaged file
    (wrong signature or version, truncated block, unknown colour model,
    bad name) raises ValueError naming the byte offset.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        where = "ASE data"
    elif _is_path(source):
        with open(source, "rb") as fh:
            data = fh.read()
        where = os.fspath(source)
    else:
        raise TypeError(f"expected a path or bytes, got {type(source).__name__}")

    def fail(offset: int, msg: str):
        raise ValueError(f"{where}: damaged Adobe Swatch Exchange file at byte {offset}: {msg}")

    if len(data) < 12 or data[:4] != _ASE_MAGIC:
        fail(0, f"expected signature 'ASEF', got {data[:4]!r}")
    major, minor, count = struct.unpack_from(">HHI", data, 4)
    if major != 1:
        fail(4, f"unsupported version {major}.{minor} (only 1.x is known)")

    swatches = []
    group_names = []
    depth = 0
    pos = 12
    blocks = 0
    while pos < len(data):
        if len(data) - pos < 6:
            fail(pos, f"truncated block header ({len(data) - pos} bytes left)")
        btype, blen = struct.unpack_from(">HI", data, pos)
        body_start = pos + 6
        end = body_start + blen
        if end > len(data):
            fail(pos, f"block of {blen} bytes runs past the end of the file")
        body = data[body_start:end]
        if btype == _GROUP_START:
            group_names.append(_ase_name(body, body_start, fail)[0])
            depth += 1
        elif btype == _GROUP_END:
            if depth == 0:
                fail(pos, "group end without a group start")
            depth -= 1
        elif btype == _COLOUR:
            name, off = _ase_name(body, body_start, fail)
            if len(body) - off < 4:
                fail(body_start + off, "colour entry ends before its colour model")
            model = body[off:off + 4]
            if model not in _MODELS:
                fail(body_start + off, f"unknown colour model {model!r}")
            n = _MODELS[model]
            need = off + 4 + 4 * n + 2
            if len(body) < need:
                fail(body_start + off, f"{model.decode()} entry needs {need} bytes, "
                                       f"the block has {len(body)}")
            values = struct.unpack_from(f">{n}f", body, off + 4)
            if not all(np.isfinite(values)):
                fail(body_start + off + 4, f"non-finite colour values {values}")
            swatches.append(Swatch.from_rgb(_ase_to_rgb(model, values), name=name))
        else:
            fail(pos, f"unknown block type 0x{btype:04X}")
        blocks += 1
        pos = end
    if blocks < count:
        fail(len(data), f"the header declares {count} blocks, the file holds {blocks} (truncated?)")
    return Palette(swatches=tuple(swatches), name=group_names[0] if group_names else "")


def _ase_name(body: bytes, base: int, fail) -> tuple[str, int]:
    """Decode the UTF-16BE null-terminated name at the start of a block body."""
    if len(body) < 2:
        fail(base, "block ends before its name length")
    (units,) = struct.unpack_from(">H", body, 0)
    end = 2 + 2 * units
    if end > len(body):
        fail(base, f"name of {units} UTF-16 units runs past the block")
    raw = body[2:end]
    try:
        name = raw.decode("utf-16-be")
    except UnicodeDecodeError:
        fail(base + 2, "name is not valid UTF-16")
    return name.rstrip("\x00"), end


def _ase_to_rgb(model: bytes, values) -> tuple[int, int, int]:
    if model == b"RGB ":
        rgb = np.asarray(values, dtype=np.float64)
    elif model == b"LAB ":
        L, a, b = values
        rgb = lab_to_rgb([L * 100.0, a, b])
    elif model == b"Gray":
        rgb = np.repeat(float(values[0]), 3)
    else:  # CMYK, naive
        c, m, y, k = (min(max(float(v), 0.0), 1.0) for v in values)
        rgb = np.array([(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)])
    rgb = np.clip(rgb, 0.0, 1.0) * 255.0
    return tuple(int(round(float(v))) for v in rgb)


def ase_bytes(palette: Palette, *, name: str | None = None, colour_type: str = "global") -> bytes:
    """The Adobe Swatch Exchange bytes for *palette* (see :func:`write_ase`)."""
    if colour_type not in _COLOUR_TYPES:
        raise ValueError(f"colour_type must be one of {sorted(_COLOUR_TYPES)}, got {colour_type!r}")
    ctype = _COLOUR_TYPES[colour_type]
    title = palette.name if name is None else name
    blocks = []
    if title:
        blocks.append(struct.pack(">H", _GROUP_START) + _ase_block_body_name(title))
    for s in palette.swatches:
        body = (_ase_name_bytes(s.name) + b"RGB "
                + struct.pack(">3f", *(v / 255.0 for v in s.rgb)) + struct.pack(">h", ctype))
        blocks.append(struct.pack(">HI", _COLOUR, len(body)) + body)
    if title:
        blocks.append(struct.pack(">HI", _GROUP_END, 0))
    return _ASE_MAGIC + struct.pack(">HHI", 1, 0, len(blocks)) + b"".join(blocks)


def _ase_name_bytes(name: str) -> bytes:
    raw = (str(name) + "\x00").encode("utf-16-be")
    return struct.pack(">H", len(raw) // 2) + raw


def _ase_block_body_name(name: str) -> bytes:
    body = _ase_name_bytes(name)
    return struct.pack(">I", len(body)) + body


def write_ase(palette: Palette, dest: Dest, *, name: str | None = None,
              colour_type: str = "global") -> None:
    """Write *palette* as Adobe Swatch Exchange 1.0 (RGB entries).

    The swatches are wrapped in a group named *name* (default
    ``palette.name``); with no name they are written ungrouped.
    *colour_type* is ``"global"``, ``"spot"`` or ``"normal"`` for every
    entry.  *dest* is a path (replaced atomically) or a binary file.
    """
    _emit(ase_bytes(palette, name=name, colour_type=colour_type), dest)
