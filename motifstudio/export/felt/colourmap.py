"""The design rasterised to felt colours, and its pieces.

The motif is rasterised once to a face-index image (fine enough for its
largest copy); every copy then looks up the pixel centres inside its convex
outline through its inverse matrix -- whole-array numpy per copy.  Pixels no
copy covers are ground.  The pixel grid divides the design exactly (``W / nx``
by ``H / ny`` mm), so mirroring the array mirrors the design.

A *piece* is a 4-connected area of one colour: what is cut out of one felt
(two pieces touching only at a corner are cut apart).  Each gets a label
point at the pixel farthest from its edge (a raster pole of inaccessibility;
distances are capped, and among pixels at the cap the one nearest the
piece's centre wins) and a number within its colour in reading order (bands
of 100 mm, top to bottom, then left to right).  One- and two-pixel pieces are
sampling noise (a pixel centre exactly on a boundary) and join a neighbour.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...core.rasterise import rasterise_faces
from ...design.spec import Design
from .colours import FeltColours
from .copies import CopyGeometry, similarity_scale
from .distance import capped_distance

__all__ = ["ColourMap", "colour_map", "default_resolution"]

#: pixels of the analysis raster: a 150 x 220 cm rug is then ~0.87 px/mm (8 mm = 7 px)
_BUDGET = 2_500_000
#: never coarser than this (px/mm) unless the design is huge: 8 mm stays 6 px
_FLOOR = 0.75
#: most pixels ever (memory: ~30 bytes a pixel at the peak)
_MAX_PIXELS = 16_000_000
#: largest face image of the motif
_MOTIF_MAX_PIXELS = 6_000_000
_CHUNK = 1_000_000
#: more pieces than any felt maker cuts: a motif far too small for felt
_MAX_PIECES = 50_000
_READING_BAND_MM = 100.0
_EPS = 1e-6
#: pieces this small (pixels) are sampling noise, not felt
_SPECK = 2


@dataclass(frozen=True, eq=False)
class ColourMap:
    """``colour`` (ny, nx) colour ids; ``pitch`` (px, py) mm; ``pieces`` (ny, nx) piece
    ids 1..n; per piece (index id - 1): ``piece_colour``, ``point`` (x, y) mm,
    ``radius`` mm (distance from the point to the piece's edge, at most the cap), ``number``
    (1-based within its colour), ``area`` mm²; ``edge_dist`` (ny, nx) mm: each
    pixel's distance to the edge of its piece (the design's edge counts; capped);
    ``boundary`` (ny, nx): the pixels along a piece's edge."""
    colour: np.ndarray
    pitch: tuple
    pieces: np.ndarray
    piece_colour: np.ndarray
    point: np.ndarray
    radius: np.ndarray
    number: np.ndarray
    area: np.ndarray
    edge_dist: np.ndarray
    boundary: np.ndarray

    @property
    def n_pieces(self) -> int:
        return len(self.piece_colour)

    def count(self, colour: int) -> int:
        return int(np.count_nonzero(self.piece_colour == colour))


def default_resolution(size_mm, *, finest: float = 3.0) -> float:
    """Pixels per mm of the analysis raster for a design of *size_mm*."""
    W, H = (float(v) for v in size_mm)
    area = max(W * H, 1e-9)
    r = math.sqrt(_BUDGET / area)
    floor = min(_FLOOR, math.sqrt(_MAX_PIXELS / area))
    return float(min(finest, max(r, floor)))


def _motif_faces(design: Design, geo: CopyGeometry, px_per_mm: float) -> tuple:
    """(face image, image px per motif mm)."""
    motif = design.motif
    scales = [similarity_scale(c.matrix) for c in geo.copies]
    scales = [abs(float(np.linalg.det(c.matrix[:2, :2]))) ** 0.5 if not np.isfinite(s) else s
              for s, c in zip(scales, geo.copies)]
    # an image pixel per design pixel along the largest copy, within the budget
    q = px_per_mm * max(scales, default=1.0)
    mw, mh = motif.size_mm
    q = min(q, math.sqrt(_MOTIF_MAX_PIXELS / max(mw * mh, 1e-9)))
    k = q * motif.mm_per_px[0]                   # map px -> image px
    shape = (max(1, int(math.ceil(mh * q))), max(1, int(math.ceil(mw * q))))
    return rasterise_faces(motif.planar_map, shape=shape, scale=k), q


def _paint(design: Design, colours: FeltColours, geo: CopyGeometry, nx: int, ny: int) -> np.ndarray:
    W, H = (float(v) for v in design.size_mm)
    px, py = W / nx, H / ny
    out = np.full((ny, nx), colours.ground, np.int16)
    if not geo.copies:
        return out
    faces, q = _motif_faces(design, geo, min(1 / px, 1 / py))
    hq, wq = faces.shape
    fc = np.asarray(design.motif.planar_map.face_colour, np.int64)
    for cp in geo.copies:
        rows, c0, c1 = _row_spans(cp.outline, px, py, nx, ny)
        if not len(rows):
            continue
        inv = np.linalg.inv(cp.matrix) * q           # design mm -> face image px
        colour_of_face = np.append(colours.perm[cp.variant][fc], colours.ground)
        n = c1 - c0
        step = max(1, _CHUNK // int(n.max()))
        for s0 in range(0, len(rows), step):
            r, a, cnt = rows[s0:s0 + step], c0[s0:s0 + step], n[s0:s0 + step]
            m = int(cnt.sum())
            start = np.cumsum(cnt) - cnt
            col = np.repeat(a - start, cnt) + np.arange(m)
            row = np.repeat(r, cnt)
            x, y = (col + 0.5) * px, (row + 0.5) * py
            ix = np.clip((x * inv[0, 0] + y * inv[0, 1] + inv[0, 2]).astype(np.int64), 0, wq - 1)
            iy = np.clip((x * inv[1, 0] + y * inv[1, 1] + inv[1, 2]).astype(np.int64), 0, hq - 1)
            out[row, col] = colour_of_face[faces[iy, ix]]     # face -1 (none): the ground
    return out


def _row_spans(poly: np.ndarray, px: float, py: float, nx: int, ny: int) -> tuple:
    """Pixel rows whose centres' line crosses the convex *poly*, and per row the first
    and one-past-last column whose centre lies inside it."""
    # boundaries inclusive (within _EPS px): a pixel centre on the line two copies share
    # is painted by both rather than left to neither
    lo, hi = poly.min(0), poly.max(0)
    r0 = max(0, int(math.ceil(lo[1] / py - 0.5 - _EPS)))
    r1 = min(ny - 1, int(math.floor(hi[1] / py - 0.5 + _EPS)))
    empty = np.zeros(0, np.int64)
    if r1 < r0:
        return empty, empty, empty
    rows = np.arange(r0, r1 + 1)
    y = (rows + 0.5) * py
    a, b = poly, np.roll(poly, -1, axis=0)
    dy = b[:, 1] - a[:, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.clip((y[:, None] - a[None, :, 1]) / dy[None], 0.0, 1.0)
    ylo, yhi = np.minimum(a[:, 1], b[:, 1]), np.maximum(a[:, 1], b[:, 1])
    tol = _EPS * py
    hit = (dy[None] != 0) & (y[:, None] >= ylo[None] - tol) & (y[:, None] <= yhi[None] + tol)
    x = a[None, :, 0] + t * (b[None, :, 0] - a[None, :, 0])
    xl = np.where(hit, x, np.inf).min(1)
    xr = np.where(hit, x, -np.inf).max(1)
    ok = np.isfinite(xl)
    c0 = np.maximum(0, np.ceil(np.where(ok, xl, 0.0) / px - 0.5 - _EPS)).astype(np.int64)
    c1 = np.minimum(nx, np.floor(np.where(ok, xr, -1.0) / px - 0.5 + _EPS) + 1).astype(np.int64)
    ok &= c1 > c0
    return rows[ok], c0[ok], c1[ok]


def _despeckle(colour: np.ndarray, pieces: np.ndarray) -> tuple:
    """Give pieces of at most _SPECK pixels to a neighbouring colour.

    A pixel centre lying exactly on a boundary (a mirror line of the repeat
    through a motif's edge) takes either colour; along such a line that leaves
    a string of one-pixel "pieces" no felt maker would cut.
    """
    from skimage.measure import label

    size = np.bincount(pieces.ravel())
    small = size[pieces] <= _SPECK
    if not small.any():
        return colour, pieces
    out = colour.copy()
    todo = small.copy()
    full = slice(None)
    for _ in range(4):                       # colours come from settled neighbours
        for dst, src in (((full, slice(1, None)), (full, slice(None, -1))),
                         ((full, slice(None, -1)), (full, slice(1, None))),
                         ((slice(1, None), full), (slice(None, -1), full)),
                         ((slice(None, -1), full), (slice(1, None), full))):
            take = todo[dst] & ~todo[src]
            out[dst][take] = out[src][take]
            todo[dst] &= ~take
        if not todo.any():
            break
    return out, label(out, background=-1, connectivity=1).astype(np.int32)


def _boundary(colour: np.ndarray) -> np.ndarray:
    """Pixels with a 4-neighbour of another colour or on the design's edge."""
    b = np.zeros(colour.shape, bool)
    b[:, :-1] |= colour[:, :-1] != colour[:, 1:]
    b[:, 1:] |= colour[:, :-1] != colour[:, 1:]
    b[:-1] |= colour[:-1] != colour[1:]
    b[1:] |= colour[:-1] != colour[1:]
    b[0, :] = b[-1, :] = True
    b[:, 0] = b[:, -1] = True
    return b


def colour_map(design: Design, colours: FeltColours, geo: CopyGeometry, *,
               px_per_mm: float | None = None, cap_mm: float = 10.0) -> ColourMap:
    """The design as colour ids at *px_per_mm* (default :func:`default_resolution`)
    and its pieces (see the module docstring).  Distances to the edges of pieces
    are measured up to *cap_mm* (enough for the checks and the labels)."""
    from skimage.measure import label

    W, H = (float(v) for v in design.size_mm)
    r = default_resolution((W, H)) if px_per_mm is None else float(px_per_mm)
    nx, ny = max(1, int(round(W * r))), max(1, int(round(H * r)))
    px, py = W / nx, H / ny
    colour = _paint(design, colours, geo, nx, ny)
    pieces = label(colour, background=-1, connectivity=1).astype(np.int32)
    colour, pieces = _despeckle(colour, pieces)
    n = int(pieces.max())
    flat = pieces.ravel()
    first = np.unique(flat, return_index=True)[1]           # labels 1..n in order
    piece_colour = colour.ravel()[first].astype(np.int64)
    area = np.bincount(flat, minlength=n + 1)[1:] * (px * py)
    if n > _MAX_PIECES:
        raise ValueError(f"the design falls into {n:,} pieces of felt: too many to cut "
                         f"(at most {_MAX_PIECES:,}); make the motif larger")
    boundary = _boundary(colour)
    # distance from a pixel centre to its piece's edge: to the nearest edge pixel's
    # centre, plus the half pixel from that centre to the edge itself
    half_px = min(px, py) / 2
    dist = capped_distance(boundary, (px, py), cap_mm) + np.float32(half_px)
    best = np.zeros(n + 1, np.float32)
    np.maximum.at(best, flat, dist.ravel())
    # the label point: the pixel farthest from the edge; where many reach the cap
    # (a big piece), the one of them nearest the piece's centre
    yy, xx = np.divmod(np.arange(flat.size), nx)
    cnt = np.bincount(flat, minlength=n + 1).astype(float)
    cx = np.bincount(flat, xx, n + 1) / np.maximum(cnt, 1)
    cy = np.bincount(flat, yy, n + 1) / np.maximum(cnt, 1)
    cand = np.flatnonzero(dist.ravel() >= best[flat] - 1e-6)
    lab = flat[cand]
    off = (xx[cand] - cx[lab]) ** 2 + (yy[cand] - cy[lab]) ** 2
    nearest = np.full(n + 1, np.inf)
    np.minimum.at(nearest, lab, off)
    pick = cand[off <= nearest[lab]]
    lab_c, at = np.unique(flat[pick], return_index=True)
    where = np.zeros(n + 1, np.int64)
    where[lab_c] = pick[at]
    iy, ix = np.divmod(where[1:], nx)
    point = np.stack([(ix + 0.5) * px, (iy + 0.5) * py], 1)
    radius = best[1:].astype(float)
    # numbers in reading order within each colour
    band = np.floor(point[:, 1] / _READING_BAND_MM)
    order = np.lexsort((point[:, 0], band, piece_colour))
    number = np.zeros(n, np.int64)
    sc = piece_colour[order]
    starts = np.concatenate([[0], np.flatnonzero(np.diff(sc)) + 1])
    rank = np.arange(n) - np.repeat(starts, np.diff(np.concatenate([starts, [n]])))
    number[order] = rank + 1
    return ColourMap(colour=colour, pitch=(px, py), pieces=pieces, piece_colour=piece_colour,
                     point=point, radius=radius, number=number, area=area, edge_dist=dist,
                     boundary=boundary)
