"""numpy images and planar maps → Qt objects, for the canvas.

Every function here builds only ``QImage`` and ``QPainterPath`` (both
reentrant), never ``QPixmap`` or widgets, so they are safe to call in a
worker thread; the GUI thread then only swaps the finished objects in.

Paths are built without a Python loop per point, segment or face: all the
darts of all loops are gathered into one array of ``(element type, x, y)``
records with numpy, in exactly the binary layout of ``QDataStream <<
QPainterPath``, and each colour's path is read from its slice in a single
C++ call.  Every edge is flattened once (:func:`~motifstudio.core.rasterise.flatten_edges`),
and both faces beside it reuse those points (one forwards, one reversed), so
neighbouring regions share exactly the same outline.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QImage, QPainterPath

from ..core.document import Motif, Stroke
from ..core.planar import CUBIC, PlanarMap
from ..core.rasterise import flatten_edges

__all__ = ["rgb_to_qimage", "labels_to_qimage", "motif_paths", "stroke_paths", "face_path",
           "planar_paths", "DEFAULT_FLATNESS"]


def _shield_none_refcount() -> bool:
    """Work around PySide6 6.12 on Python < 3.12 returning ``None`` without a reference.

    With PySide6-Essentials 6.12.0 every call of a ``void`` Qt method from
    Python 3.10/3.11 drops one reference to ``None`` (6.11.3 does not; Python
    3.12+ has an immortal ``None``), and after a few thousand calls the
    interpreter aborts with "none_dealloc: deallocating None".  When that
    leak is detected, ``None`` gets a huge reference count, making it as
    immortal as on 3.12.  Returns whether the shield was applied.
    """
    import ctypes
    import sys
    if sys.version_info >= (3, 12):
        return False
    probe = QPainterPath()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.moveTo(0.0, 0.0)
    if sys.getrefcount(None) >= before:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    return True


NONE_SHIELDED = _shield_none_refcount()

#: Chord tolerance (frame px) of the flattened curves: invisible up to ~400% zoom.
DEFAULT_FLATNESS = 0.1

# QPainterPath::ElementType
_MOVE, _LINE, _CURVE, _CURVE_DATA = 0, 1, 2, 3
_WINDING = 1  # Qt::WindingFill
# one element of QDataStream's QPainterPath layout (little-endian stream)
_REC = np.dtype([("t", "<i4"), ("x", "<f8"), ("y", "<f8")])


# ---------------------------------------------------------------- images
def rgb_to_qimage(arr) -> QImage:
    """An (H, W, 3) RGB array as an owning ``QImage.Format_RGB888``.

    Parameters
    ----------
    arr : (H, W, 3) ndarray
        uint8, or float in [0, 1] (values outside are clipped).  Any strides
        (views, crops, BGR flips) are accepted.

    Returns
    -------
    QImage
        A deep copy: it does not refer to *arr* after the call.
    """
    a = np.asarray(arr)
    if a.ndim != 3 or a.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) image, got shape {a.shape}")
    if a.dtype.kind == "f":
        f = np.multiply(a, np.float32(255.0), dtype=np.float32)   # one float32 temporary
        np.clip(f, 0.0, 255.0, out=f)
        f += np.float32(0.5)
        a = f.astype(np.uint8)
    elif a.dtype != np.uint8:
        raise ValueError(f"expected uint8 or float in [0, 1], got {a.dtype}")
    return _qimage_rgb888(a)


def _qimage_rgb888(a: np.ndarray) -> QImage:
    h, w = a.shape[:2]
    if h == 0 or w == 0:
        return QImage()
    a = np.ascontiguousarray(a)
    # QImage wants 32-bit aligned scan lines; pass the row stride explicitly
    img = QImage(a.data, w, h, a.strides[0], QImage.Format.Format_RGB888)
    return img.copy()  # own the pixels: `a` may be a temporary


def labels_to_qimage(labels, palette_rgb) -> QImage:
    """A class map painted in its palette colours (``Format_RGB32``, owning).

    Parameters
    ----------
    labels : (H, W) int ndarray
        Class per pixel; classes outside the palette (e.g. -1) are drawn black.
    palette_rgb : (N, 3) array
        0..255 (or floats in [0, 1]).

    Returns
    -------
    QImage
        ``Format_RGB32`` (one 32-bit look-up per pixel: ~4x faster than
        gathering RGB triples, and the format Qt draws fastest).
    """
    lab = np.asarray(labels)
    if lab.ndim != 2:
        raise ValueError(f"labels must be 2-D, got shape {lab.shape}")
    if lab.dtype.kind not in "iu":
        raise ValueError("labels must be integers")
    pal = np.asarray(palette_rgb).reshape(-1, 3)
    if pal.dtype.kind == "f" and pal.size and pal.max() <= 1.0:
        pal = pal * 255.0
    n = len(pal)
    rgb = np.clip(np.rint(pal), 0, 255).astype(np.uint32)
    lut = np.full(n + 1, 0xFF000000, np.uint32)          # last entry: out-of-range classes
    lut[:n] |= (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
    if lab.dtype.itemsize <= 4:
        # negative classes wrap to huge unsigned values, clamped onto the last entry
        idx = np.minimum(lab.astype(np.uint32, copy=False), np.uint32(n))
    else:
        idx = np.where((lab >= 0) & (lab < n), lab, n)
    px = np.ascontiguousarray(lut[idx])
    h, w = px.shape
    if h == 0 or w == 0:
        return QImage()
    return QImage(px.data, w, h, px.strides[0], QImage.Format.Format_RGB32).copy()


# ---------------------------------------------------------------- paths
def _path_from_records(rec: np.ndarray, *, winding: bool = True) -> QPainterPath:
    """One QPainterPath from element records (read by Qt in one call)."""
    if len(rec) == 0:
        return QPainterPath()
    moves = np.flatnonzero(rec["t"] == _MOVE)
    c_start = int(moves[-1]) if len(moves) else 0
    head = np.array([len(rec)], "<i4").tobytes()
    tail = np.array([c_start, _WINDING if winding else 0], "<i4").tobytes()
    ba = QByteArray(head + rec.tobytes() + tail)
    ds = QDataStream(ba, QIODevice.OpenModeFlag.ReadOnly)
    ds.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    path = QPainterPath()
    ds >> path
    return path


def _edge_geometry(pm: PlanarMap, flatness: Optional[float]):
    """Points of every edge and the element type of each point, both ways.

    Returns ``xy, off, fwd_t, rev_t``: edge *e* is ``xy[off[e]:off[e+1]]``;
    ``fwd_t[p]`` is the element type of point *p* when the edge is walked
    forwards (meaningless on an edge's first point), ``rev_t[p]`` when walked
    backwards (meaningless on its last point).
    """
    cache_key = ("qt-geometry", flatness)
    cached = pm._cache.get(cache_key)
    if cached is not None:
        return cached
    if flatness is not None:
        xy, off = flatten_edges(pm, flatness=flatness)
        t = np.full(len(xy), _LINE, np.int32)
        out = (xy, np.asarray(off, np.int64), t, t)
    else:
        # native cubics: Qt flattens them at paint time for the current zoom
        xy = np.asarray(pm.pts, np.float64).reshape(-1, 2)
        off = np.asarray(pm.pt_off, np.int64)
        ops = np.asarray(pm.ops)
        seg_off = np.asarray(pm.seg_off, np.int64)
        per = np.where(ops == CUBIC, 3, 1)
        seg_edge = np.repeat(np.arange(pm.n_edges), np.diff(seg_off))
        start = np.cumsum(per) - per + seg_edge          # index of each segment's start point
        cub = np.flatnonzero(ops == CUBIC)
        fwd = np.full(len(xy), _LINE, np.int32)          # a line's end point: LineTo both ways
        rev = np.full(len(xy), _LINE, np.int32)
        # forwards a cubic is (start) c1=CurveTo, c2=data, end=data;
        # backwards (end) c2=CurveTo, c1=data, start=data
        fwd[start[cub] + 1] = _CURVE
        fwd[start[cub] + 2] = _CURVE_DATA
        fwd[start[cub] + 3] = _CURVE_DATA
        rev[start[cub] + 2] = _CURVE
        rev[start[cub] + 1] = _CURVE_DATA
        rev[start[cub]] = _CURVE_DATA
        out = (xy, off, fwd, rev)
    pm._cache[cache_key] = out
    return out


def _loop_records(pm: PlanarMap, loops: np.ndarray, geometry) -> tuple[np.ndarray, np.ndarray]:
    """Element records of the given loops, in order, and where each loop's records begin."""
    xy, off, fwd_t, rev_t = geometry
    darts_all = np.asarray(pm.darts, np.int64)
    dart_off = np.asarray(pm.dart_off, np.int64)
    n_d = dart_off[loops + 1] - dart_off[loops]
    # the darts of the chosen loops, loop after loop
    d_idx = (np.repeat(dart_off[loops], n_d)
             + np.arange(n_d.sum()) - np.repeat(np.cumsum(n_d) - n_d, n_d))
    darts = darts_all[d_idx]
    first = np.zeros(len(darts), bool)
    first[(np.cumsum(n_d) - n_d)[n_d > 0]] = True
    rev = darts < 0
    e = np.where(rev, ~darts, darts)
    n_pts = off[e + 1] - off[e]
    # a loop's first dart gives all its points (the first a MoveTo); every
    # later dart skips its first point, which repeats the previous end
    cnt = n_pts - (~first)
    pos = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)   # 0.. within a dart
    skip = np.repeat((~first).astype(np.int64), cnt)
    rev_r = np.repeat(rev, cnt)
    k = pos + skip                                   # step along the dart from its start
    p = np.where(rev_r, np.repeat(off[e + 1] - 1, cnt) - k, np.repeat(off[e], cnt) + k)
    rec = np.empty(len(p), _REC)
    rec["t"] = np.where(rev_r, rev_t[p], fwd_t[p])
    rec["x"] = xy[p, 0]
    rec["y"] = xy[p, 1]
    # each loop starts with a MoveTo
    loop_start_dart = np.cumsum(n_d) - n_d
    rec_off_dart = np.cumsum(cnt) - cnt
    loop_rec = rec_off_dart[loop_start_dart[n_d > 0]] if len(cnt) else np.zeros(0, np.int64)
    rec["t"][loop_rec] = _MOVE
    return rec, loop_rec


def planar_paths(pm: PlanarMap, *, flatness: Optional[float] = DEFAULT_FLATNESS
                 ) -> list[tuple[int, QPainterPath]]:
    """One ``WindingFill`` path per face colour used in *pm*: ``[(colour, path), ...]``.

    Colours are in ascending order; each path holds every loop of every face
    of that colour as a closed subpath.  ``flatness=None`` keeps the cubic
    Béziers as Qt curves (Qt flattens them when painting, at the zoom of the
    moment) instead of flattening them here.
    """
    if pm.n_faces == 0 or pm.n_edges == 0:
        return []
    geometry = _edge_geometry(pm, flatness)
    colour = np.asarray(pm.face_colour, np.int64)
    loop_off = np.asarray(pm.loop_off, np.int64)
    n_l = np.diff(loop_off)
    faces = np.argsort(colour, kind="stable")        # faces grouped by colour
    loops = (np.repeat(loop_off[faces], n_l[faces])
             + np.arange(n_l[faces].sum()) - np.repeat(np.cumsum(n_l[faces]) - n_l[faces],
                                                       n_l[faces]))
    rec, loop_rec = _loop_records(pm, loops, geometry)
    loop_colour = np.repeat(colour[faces], n_l[faces])
    out = []
    bounds = np.append(loop_rec, len(rec))
    for c in np.unique(loop_colour):
        ls = np.flatnonzero(loop_colour == c)
        a, b = bounds[ls[0]], bounds[ls[-1] + 1]
        out.append((int(c), _path_from_records(rec[a:b])))
    return out


def motif_paths(motif: Motif, *, flatness: Optional[float] = DEFAULT_FLATNESS
                ) -> list[tuple[int, QPainterPath]]:
    """One path per palette colour with every face of that colour, in frame px.

    Returns ``[(palette index, QPainterPath), ...]`` in palette order,
    colours without faces left out.  See :func:`planar_paths`.
    """
    return planar_paths(motif.planar_map, flatness=flatness)


def face_path(motif: Motif, face_id: int, *, flatness: Optional[float] = DEFAULT_FLATNESS
              ) -> QPainterPath:
    """The outline of one face (all its loops, ``WindingFill``), e.g. to highlight a selection."""
    pm = motif.planar_map
    if not 0 <= int(face_id) < pm.n_faces:
        raise ValueError(f"face {face_id} is not in the map (0..{pm.n_faces - 1})")
    geometry = _edge_geometry(pm, flatness)
    lo, hi = int(pm.loop_off[face_id]), int(pm.loop_off[face_id + 1])
    rec, _ = _loop_records(pm, np.arange(lo, hi, dtype=np.int64), geometry)
    path = _path_from_records(rec)
    return path


def _stroke_records(s: Stroke, flatness: Optional[float]) -> np.ndarray:
    pts = np.asarray(s.pts, np.float64).reshape(-1, 2)
    ops = np.asarray(s.ops)
    if len(pts) == 0:
        return np.zeros(0, _REC)
    # a one-edge planar map shares the flattening / element typing code
    pm = PlanarMap(width=0.0, height=0.0, pts=pts, pt_off=np.array([0, len(pts)], np.int64),
                   ops=ops, seg_off=np.array([0, len(ops)], np.int64),
                   left=np.zeros(1, np.int32), right=np.zeros(1, np.int32),
                   face_colour=np.zeros(1, np.int32), loop_off=np.array([0, 1], np.int64),
                   dart_off=np.array([0, 1], np.int64), darts=np.zeros(1, np.int64))
    rec, _ = _loop_records(pm, np.zeros(1, np.int64), _edge_geometry(pm, flatness))
    if s.closed and len(rec) > 1:
        # close explicitly so the stroker joins the ends (a LineTo onto the start)
        if rec["x"][-1] != rec["x"][0] or rec["y"][-1] != rec["y"][0]:
            end = np.zeros(1, _REC)
            end["t"], end["x"], end["y"] = _LINE, rec["x"][0], rec["y"][0]
            rec = np.concatenate([rec, end])
    return rec


def stroke_paths(motif: Motif, *, flatness: Optional[float] = DEFAULT_FLATNESS
                 ) -> list[tuple[int, QPainterPath, float]]:
    """The motif's centreline strokes: ``[(palette index, path, width px), ...]`` in frame px.

    Consecutive strokes of the same colour and width share one path (fewer
    items, and crossings of one pen do not double up when translucent);
    drawing order is kept.  Draw each with a round-capped pen of that width.
    """
    out: list[tuple[int, QPainterPath, float]] = []
    run: list[np.ndarray] = []
    key = None

    def flush():
        if run:
            rec = np.concatenate(run)
            out.append((key[0], _path_from_records(rec, winding=False), key[1]))

    for s in motif.strokes:
        rec = _stroke_records(s, flatness)
        if not len(rec):
            continue
        k = (int(s.colour), float(s.width))
        if k != key:
            flush()
            run, key = [], k
        run.append(rec)
    flush()
    return out
