"""Symmetry groups for arranging a motif: wallpaper groups, friezes, rosettes.

Every symmetry operation is a 2-D affine isometry stored as a 3x3 numpy
matrix acting on column vectors ``(x, y, 1)``; units are millimetres.  A
batch of operations is an array of shape ``(K, 3, 3)``.

Wallpaper groups (:func:`wallpaper_cell`, :func:`wallpaper_instances`)
=====================================================================

The 17 plane groups are given by the operations of the *International Tables
for Crystallography* (vol. A), written in fractional coordinates of the
conventional cell and converted to millimetres with the lattice basis
``B = [a_vec b_vec]`` (``M_mm = B M_frac B^-1``).  Lattices:

=====================  =========================  ==============================
lattice                groups                     vectors
=====================  =========================  ==============================
oblique                p1, p2                     ``(a, 0)``, ``b`` at ``angle``
                                                  (defaults: ``b = a``, 90 deg)
rectangular            pm, pg, pmm, pmg, pgg      ``(a, 0)``, ``(0, b)``
centred rectangular    cm, cmm                    ``(a, 0)``, ``(0, b)``
                                                  (conventional cell; the
                                                  centring ``(a/2, b/2)`` is
                                                  part of the cell transforms)
square                 p4, p4m, p4g               ``(a, 0)``, ``(0, a)``
hexagonal              p3, p3m1, p31m, p6, p6m    ``(a, 0)``, ``a`` at 120 deg
=====================  =========================  ==============================

Mirror-type conventions follow the tables: in ``pm``/``pg``/``cm`` the mirror
(glide) lines are parallel to ``b`` (the y axis); in ``pmg`` the mirrors are
perpendicular to ``a`` and the glides parallel to ``a``.

The motif is drawn inside the unit cell ``{s a_vec + t b_vec : 0 <= s, t < 1}``
(for a symmetric pattern, inside a fundamental region of it).  A placed copy
is ``T(i a_vec + j b_vec) @ G_k`` for an integer pair ``(i, j)`` and a cell
transform ``G_k``; :func:`wallpaper_instances` returns every such copy whose
image of the unit cell overlaps the region (exact parallelogram/rectangle
test), built with index grids and broadcasting only.

Textile layouts are aliases on the same machinery:

* ``"block"``      -- p1 on the rectangular lattice ``(a, 0), (0, b)``
  (square when ``b`` is omitted);
* ``"half-drop"``  -- p1 whose columns drop by half a repeat:
  ``(a, b/2), (0, b)``.  (The lattice spanned by ``(a, 0)`` and ``(a, b/2)``
  would contain ``(0, b/2)``, i.e. be a plain block of height b/2, so the
  column vector is ``(0, b)``.);
* ``"half-brick"`` -- p1 whose rows shift by half a repeat:
  ``(a, 0), (a/2, b)``;
* ``"brick"``      -- rows shifted by ``offset * a`` (keyword ``offset``,
  default 0.5): ``(a, 0), (offset a, b)``;
* ``"mirror"``     -- pmm on ``(a, 0), (0, b)`` (the cell is mirrored across
  its left and bottom edges, the classic four-way "mirror repeat");
* ``"centred"``    -- a single, non-repeating instance; in
  :func:`wallpaper_instances` the ``a x b`` cell is centred on the region.

Frieze groups (:func:`frieze_instances`)
========================================

The seven friezes run along the x axis with translation ``period``; the band's
centre line is ``y = 0`` and the cell is ``0 <= x < period``.

========  ==============  =================================================
IUC       nickname        cell operations (p = period)
========  ==============  =================================================
p111      hop             identity
p1m1      sidle           + vertical mirror ``x -> p - x``
p11m      jump            + horizontal mirror ``y -> -y``
p11g      step            + glide ``(x + p/2, -y)``
p211      spinning hop    + half-turn about ``(p/2, 0)``
p2mg      spinning sidle  + mirror ``x -> p/2 - x``, glide, half-turn
p2mm      spinning jump   + both mirrors and the half-turn about ``(p/2, 0)``
========  ==============  =================================================

Rosettes (:func:`rosette`)
==========================

``C_n`` (rotations by ``360 k / n`` degrees) and ``D_n`` (also ``n`` mirror
lines through the centre, the first one vertical), ``n = 1..24``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

__all__ = [
    "Cell",
    "WALLPAPER_GROUPS",
    "TEXTILE_LAYOUTS",
    "FRIEZE_GROUPS",
    "FRIEZE_NICKNAMES",
    "wallpaper_cell",
    "wallpaper_instances",
    "frieze_instances",
    "frieze_group_name",
    "rosette",
    "translation",
    "rotation",
    "reflection",
]

ROSETTE_MAX = 24

# --- wallpaper groups in ITA fractional coordinates ---------------------------
# Each op: ((m11, m12), (m21, m22)), (t1, t2) acting as x' = M x + t.
_I = ((1, 0), (0, 1))
_TWO = ((-1, 0), (0, -1))
_MX = ((-1, 0), (0, 1))   # -x, y
_MY = ((1, 0), (0, -1))   # x, -y


def _centring(ops):
    return list(ops) + [(m, (t[0] + 0.5, t[1] + 0.5)) for m, t in ops]


_P4 = [(_I, (0, 0)), (_TWO, (0, 0)), (((0, -1), (1, 0)), (0, 0)), (((0, 1), (-1, 0)), (0, 0))]
_P3 = [(_I, (0, 0)), (((0, -1), (1, -1)), (0, 0)), (((-1, 1), (-1, 0)), (0, 0))]
_P3M1_EXTRA = [(((0, -1), (-1, 0)), (0, 0)), (((-1, 1), (0, 1)), (0, 0)), (((1, 0), (1, -1)), (0, 0))]
_P31M_EXTRA = [(((0, 1), (1, 0)), (0, 0)), (((1, -1), (0, -1)), (0, 0)), (((-1, 0), (-1, 1)), (0, 0))]
_P6_EXTRA = [(_TWO, (0, 0)), (((0, 1), (-1, 1)), (0, 0)), (((1, -1), (1, 0)), (0, 0))]

_WALLPAPER = {
    "p1": ("oblique", [(_I, (0, 0))]),
    "p2": ("oblique", [(_I, (0, 0)), (_TWO, (0, 0))]),
    "pm": ("rectangular", [(_I, (0, 0)), (_MX, (0, 0))]),
    "pg": ("rectangular", [(_I, (0, 0)), (_MX, (0, 0.5))]),
    "cm": ("centred rectangular", _centring([(_I, (0, 0)), (_MX, (0, 0))])),
    "pmm": ("rectangular", [(_I, (0, 0)), (_TWO, (0, 0)), (_MX, (0, 0)), (_MY, (0, 0))]),
    "pmg": ("rectangular", [(_I, (0, 0)), (_TWO, (0, 0)), (_MX, (0.5, 0)), (_MY, (0.5, 0))]),
    "pgg": ("rectangular", [(_I, (0, 0)), (_TWO, (0, 0)), (_MX, (0.5, 0.5)), (_MY, (0.5, 0.5))]),
    "cmm": ("centred rectangular",
            _centring([(_I, (0, 0)), (_TWO, (0, 0)), (_MX, (0, 0)), (_MY, (0, 0))])),
    "p4": ("square", _P4),
    "p4m": ("square", _P4 + [(_MX, (0, 0)), (_MY, (0, 0)),
                             (((0, 1), (1, 0)), (0, 0)), (((0, -1), (-1, 0)), (0, 0))]),
    "p4g": ("square", _P4 + [(_MX, (0.5, 0.5)), (_MY, (0.5, 0.5)),
                             (((0, 1), (1, 0)), (0.5, 0.5)), (((0, -1), (-1, 0)), (0.5, 0.5))]),
    "p3": ("hexagonal", _P3),
    "p3m1": ("hexagonal", _P3 + _P3M1_EXTRA),
    "p31m": ("hexagonal", _P3 + _P31M_EXTRA),
    "p6": ("hexagonal", _P3 + _P6_EXTRA),
    "p6m": ("hexagonal", _P3 + _P6_EXTRA + _P3M1_EXTRA + _P31M_EXTRA),
}

WALLPAPER_GROUPS: tuple = tuple(_WALLPAPER)
TEXTILE_LAYOUTS: tuple = ("block", "half-drop", "half-brick", "brick", "mirror", "centred")

# --- frieze groups -----------------------------------------------------------
FRIEZE_GROUPS: tuple = ("p111", "p1m1", "p11m", "p11g", "p211", "p2mg", "p2mm")
FRIEZE_NICKNAMES = {
    "hop": "p111",
    "sidle": "p1m1",
    "jump": "p11m",
    "step": "p11g",
    "spinning hop": "p211",
    "spinning sidle": "p2mg",
    "spinning jump": "p2mm",
}


def _frieze_ops(group: str, p: float) -> np.ndarray:
    # (sx, sy, tx) : x' = sx x + tx, y' = sy y
    table = {
        "p111": [(1, 1, 0.0)],
        "p1m1": [(1, 1, 0.0), (-1, 1, p)],
        "p11m": [(1, 1, 0.0), (1, -1, 0.0)],
        "p11g": [(1, 1, 0.0), (1, -1, p / 2)],
        "p211": [(1, 1, 0.0), (-1, -1, p)],
        "p2mg": [(1, 1, 0.0), (-1, 1, p / 2), (1, -1, p / 2), (-1, -1, p)],
        "p2mm": [(1, 1, 0.0), (-1, 1, p), (1, -1, 0.0), (-1, -1, p)],
    }[group]
    out = np.zeros((len(table), 3, 3))
    for k, (sx, sy, tx) in enumerate(table):
        out[k] = [[sx, 0, tx], [0, sy, 0], [0, 0, 1]]
    return out


# --- small helpers -------------------------------------------------------------
def translation(dx: float, dy: float) -> np.ndarray:
    """The 3x3 matrix of the translation by ``(dx, dy)``."""
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])


def rotation(degrees: float, centre: Sequence[float] = (0.0, 0.0)) -> np.ndarray:
    """Counter-clockwise rotation by ``degrees`` about ``centre``."""
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    r = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    return translation(*centre) @ r @ translation(-centre[0], -centre[1])


def reflection(line_degrees: float, centre: Sequence[float] = (0.0, 0.0)) -> np.ndarray:
    """Mirror in the line through ``centre`` at ``line_degrees`` to the x axis."""
    t = math.radians(2.0 * line_degrees)
    c, s = math.cos(t), math.sin(t)
    m = np.array([[c, s, 0.0], [s, -c, 0.0], [0.0, 0.0, 1.0]])
    return translation(*centre) @ m @ translation(-centre[0], -centre[1])


def _norm_name(name) -> str:
    if not isinstance(name, str):
        raise ValueError(f"group name must be a string, got {name!r}")
    return " ".join(name.strip().lower().replace("_", " ").replace("-", " ").split())


def _positive(value, what: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number, got {value!r}") from None
    if not math.isfinite(v) or v <= 0:
        raise ValueError(f"{what} must be a positive finite number, got {value!r}")
    return v


def _readonly(arr: np.ndarray) -> np.ndarray:
    arr = np.array(arr, dtype=float)
    arr.setflags(write=False)
    return arr


# --- the cell -------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Cell:
    """One unit cell of a wallpaper (or textile) layout.

    ``name`` is the layout asked for (canonical spelling, e.g. ``"half-drop"``),
    ``group`` its plane group in IUC short notation (``"p1"`` for the textile
    repeats, ``"pmm"`` for ``"mirror"``, ``"centred"`` for the single
    placement), ``lattice`` its lattice kind (``"none"`` for ``"centred"``),
    ``a_vec``/``b_vec`` the lattice vectors in mm and ``transforms`` the
    ``(N, 3, 3)`` cell transforms (identity first).
    """

    name: str
    group: str
    lattice: str
    a_vec: np.ndarray
    b_vec: np.ndarray
    transforms: np.ndarray

    @property
    def periodic(self) -> bool:
        return self.lattice != "none"

    @property
    def basis(self) -> np.ndarray:
        """2x2 matrix whose columns are ``a_vec`` and ``b_vec``."""
        return np.column_stack([self.a_vec, self.b_vec])

    @property
    def area(self) -> float:
        return float(abs(np.linalg.det(self.basis)))

    @property
    def point_group_order(self) -> int:
        """Number of distinct linear parts among the cell transforms."""
        lin = np.round(self.transforms[:, :2, :2], 9) + 0.0
        return int(np.unique(lin.reshape(len(lin), 4), axis=0).shape[0])


def _from_fractional(ops, a_vec, b_vec) -> np.ndarray:
    basis = np.column_stack([a_vec, b_vec])
    inv = np.linalg.inv(basis)
    out = np.zeros((len(ops), 3, 3))
    for k, (m, t) in enumerate(ops):
        out[k, :2, :2] = basis @ np.array(m, dtype=float) @ inv
        out[k, :2, 2] = basis @ np.array(t, dtype=float)
        out[k, 2, 2] = 1.0
    out[np.abs(out) < 1e-12] = 0.0
    return out


_IDENTITY_OPS = [(_I, (0, 0))]


def wallpaper_cell(group: str, a: float, b: Optional[float] = None,
                   angle: Optional[float] = None, *, offset: float = 0.5) -> Cell:
    """The unit cell of a wallpaper group or textile layout.

    ``a``, ``b`` are the cell side lengths (mm; ``b`` defaults to ``a``),
    ``angle`` the angle between the lattice vectors in degrees, which only
    the oblique groups ``p1``/``p2`` accept (default 90).  Square and
    hexagonal groups require ``b`` to be omitted or equal to ``a``.
    ``offset`` is the row shift, as a fraction of ``a``, of ``"brick"``.
    Raises :class:`ValueError` for an unknown name or bad dimensions.
    """
    key = _norm_name(group)
    a = _positive(a, "a")
    b = a if b is None else _positive(b, "b")

    if key in ("centre", "center", "centred", "centered", "block", "half drop",
               "half brick", "brick", "mirror"):
        if angle is not None:
            raise ValueError(f"{group!r} has a fixed lattice; 'angle' is not accepted")
        if key == "mirror":
            ops = _WALLPAPER["pmm"][1]
            a_vec, b_vec = (a, 0.0), (0.0, b)
            return Cell("mirror", "pmm", "rectangular", _readonly(a_vec), _readonly(b_vec),
                        _readonly(_from_fractional(ops, a_vec, b_vec)))
        if key in ("centre", "center", "centred", "centered"):
            name, gname, lattice, a_vec, b_vec = "centred", "centred", "none", (a, 0.0), (0.0, b)
        elif key == "block":
            name, gname, lattice, a_vec, b_vec = "block", "p1", "rectangular", (a, 0.0), (0.0, b)
        elif key == "half drop":
            name, gname, lattice, a_vec, b_vec = "half-drop", "p1", "oblique", (a, b / 2.0), (0.0, b)
        else:
            if key == "half brick":
                f = 0.5
                name = "half-brick"
            else:
                try:
                    f = float(offset)
                except (TypeError, ValueError):
                    raise ValueError(f"offset must be a number, got {offset!r}") from None
                if not math.isfinite(f):
                    raise ValueError(f"offset must be finite, got {offset!r}")
                name = "brick"
            name, gname, lattice, a_vec, b_vec = name, "p1", "oblique", (a, 0.0), (f * a, b)
        return Cell(name, gname, lattice, _readonly(a_vec), _readonly(b_vec),
                    _readonly(_from_fractional(_IDENTITY_OPS, a_vec, b_vec)))

    key = key.replace(" ", "")
    if key == "c2mm":
        key = "cmm"
    if key not in _WALLPAPER:
        raise ValueError(
            f"unknown wallpaper group {group!r}; expected one of "
            f"{', '.join(WALLPAPER_GROUPS + TEXTILE_LAYOUTS)}")
    lattice, ops = _WALLPAPER[key]

    if lattice == "oblique":
        ang = 90.0 if angle is None else float(angle)
        if not (0.0 < ang < 180.0):
            raise ValueError(f"angle must be strictly between 0 and 180 degrees, got {angle!r}")
        t = math.radians(ang)
        a_vec, b_vec = (a, 0.0), (b * math.cos(t), b * math.sin(t))
    else:
        if angle is not None:
            fixed = 120.0 if lattice == "hexagonal" else 90.0
            if not math.isclose(float(angle), fixed, abs_tol=1e-9):
                raise ValueError(f"{key} has a {lattice} lattice; angle must be {fixed:g}")
        if lattice in ("square", "hexagonal") and not math.isclose(a, b, rel_tol=1e-12):
            raise ValueError(f"{key} has a {lattice} lattice; b must equal a")
        if lattice == "hexagonal":
            a_vec, b_vec = (a, 0.0), (-a / 2.0, a * math.sqrt(3.0) / 2.0)
        elif lattice == "square":
            a_vec, b_vec = (a, 0.0), (0.0, a)
        else:
            a_vec, b_vec = (a, 0.0), (0.0, b)
    return Cell(key, key, lattice, _readonly(a_vec), _readonly(b_vec),
                _readonly(_from_fractional(ops, a_vec, b_vec)))


def _region(region) -> tuple:
    try:
        x0, y0, x1, y1 = (float(v) for v in region)
    except (TypeError, ValueError):
        raise ValueError(f"region must be (x0, y0, x1, y1), got {region!r}") from None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)) or x1 <= x0 or y1 <= y0:
        raise ValueError(f"region must be finite with x1 > x0 and y1 > y0, got {region!r}")
    return x0, y0, x1, y1


def wallpaper_instances(group: str, a: float, b: Optional[float] = None,
                        region: Optional[Sequence[float]] = None, *,
                        angle: Optional[float] = None, offset: float = 0.5,
                        return_index: bool = False):
    """All placed copies ``T(i a_vec + j b_vec) @ G_k`` whose image of the
    unit cell overlaps ``region = (x0, y0, x1, y1)`` (mm), as ``(K, 3, 3)``.

    For ``"centred"`` the single copy is the translation that centres the
    ``a x b`` cell on the region.  Order: by row ``j``, then column ``i``,
    then cell transform ``k``.  With ``return_index`` the result is
    ``(copies, (i, j, k))`` with the three integer arrays of each copy.
    """
    if region is None:
        raise ValueError("region=(x0, y0, x1, y1) is required")
    x0, y0, x1, y1 = _region(region)
    cell = wallpaper_cell(group, a, b, angle, offset=offset)
    if not cell.periodic:
        w, h = cell.a_vec[0], cell.b_vec[1]
        one = translation((x0 + x1 - w) / 2.0, (y0 + y1 - h) / 2.0)[None]
        if return_index:
            zero = np.zeros(1, int)
            return one, (zero, zero, zero)
        return one

    G = cell.transforms                                  # (N,3,3)
    basis = cell.basis
    inv = np.linalg.inv(basis)
    unit = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=float) @ basis.T   # (4,2)
    # image of the unit cell's corners under each cell transform: (N,4,2)
    img = np.einsum("nij,cj->nci", G[:, :2, :2], unit) + G[:, None, :2, 2]
    lo, hi = img.min(axis=1), img.max(axis=1)            # (N,2)
    # translations t with (img + t) bbox overlapping the region
    tlo = np.array([x0, y0]) - hi
    thi = np.array([x1, y1]) - lo
    corners = np.stack([
        np.stack([tlo[:, 0], tlo[:, 1]], -1), np.stack([thi[:, 0], tlo[:, 1]], -1),
        np.stack([thi[:, 0], thi[:, 1]], -1), np.stack([tlo[:, 0], thi[:, 1]], -1),
    ], axis=1).reshape(-1, 2)
    frac = corners @ inv.T
    i_lo, j_lo = np.floor(frac.min(axis=0)).astype(int) - 1
    i_hi, j_hi = np.ceil(frac.max(axis=0)).astype(int) + 1
    jj, ii = np.meshgrid(np.arange(j_lo, j_hi + 1), np.arange(i_lo, i_hi + 1), indexing="ij")
    shifts = np.stack([ii.ravel(), jj.ravel()], -1).astype(float) @ basis.T     # (C,2)

    # exact overlap of each parallelogram (img + shift) with the rectangle:
    # separating-axis test on x, y and the two edge normals of the parallelogram.
    poly = img[None, :, :, :] + shifts[:, None, None, :]  # (C,N,4,2)
    eps = 1e-9 * max(1.0, abs(x1 - x0), abs(y1 - y0))
    keep = ((poly[..., 0].min(-1) <= x1 + eps) & (poly[..., 0].max(-1) >= x0 - eps)
            & (poly[..., 1].min(-1) <= y1 + eps) & (poly[..., 1].max(-1) >= y0 - eps))
    rect = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
    for e in (img[:, 1] - img[:, 0], img[:, 3] - img[:, 0]):   # edge directions (N,2)
        normal = np.stack([-e[:, 1], e[:, 0]], -1)              # (N,2)
        pp = np.einsum("cnki,ni->cnk", poly, normal)             # (C,N,4)
        rp = rect @ normal.T                                     # (4,N)
        tol = eps * np.linalg.norm(normal, axis=-1)
        keep &= (pp.min(-1) <= rp.max(0) + tol) & (pp.max(-1) >= rp.min(0) - tol)

    ci, nk = np.nonzero(keep)
    out = G[nk].copy()
    out[:, :2, 2] += shifts[ci]
    if return_index:
        return out, (ii.ravel()[ci], jj.ravel()[ci], nk)
    return out


# --- friezes --------------------------------------------------------------------
def frieze_group_name(group: str) -> str:
    """The IUC short name of a frieze group given by IUC name or nickname."""
    key = _norm_name(group)
    if key in FRIEZE_NICKNAMES:
        return FRIEZE_NICKNAMES[key]
    key = key.replace(" ", "")
    if key in FRIEZE_GROUPS:
        return key
    raise ValueError(
        f"unknown frieze group {group!r}; expected one of "
        f"{', '.join(FRIEZE_GROUPS)} or {', '.join(FRIEZE_NICKNAMES)}")


def frieze_instances(group: str, period: float, length: float, offset: float = 0.0) -> np.ndarray:
    """Placed copies of a frieze along the x axis, as ``(K, 3, 3)``.

    The border holds ``n = max(1, floor(length / period))`` cells; cell ``k``
    starts at ``x = offset + k * period``.  Each cell contributes the group's
    cell operations (see the module docstring), so ``K = n * order``.
    """
    name = frieze_group_name(group)
    p = _positive(period, "period")
    L = _positive(length, "length")
    try:
        off = float(offset)
    except (TypeError, ValueError):
        raise ValueError(f"offset must be a number, got {offset!r}") from None
    if not math.isfinite(off):
        raise ValueError(f"offset must be finite, got {offset!r}")
    n = max(1, int(math.floor(L / p + 1e-9)))
    ops = _frieze_ops(name, p)
    out = np.broadcast_to(ops, (n,) + ops.shape).copy()
    out[:, :, 0, 2] += off + p * np.arange(n)[:, None]
    return out.reshape(-1, 3, 3)


# --- rosettes -------------------------------------------------------------------
def rosette(n: int, dihedral: bool = False, centre: Sequence[float] = (0.0, 0.0)) -> np.ndarray:
    """The cyclic group ``C_n`` or dihedral ``D_n`` about ``centre``.

    Returns ``(n, 3, 3)`` rotations by ``360 k / n`` degrees (k = 0..n-1) for
    ``C_n``; ``D_n`` appends the ``n`` mirrors in the lines through the centre
    at ``90 + 180 k / n`` degrees (the first is vertical), ``(2n, 3, 3)``.
    ``n`` must be an integer 1..24 (:class:`ValueError` otherwise).
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"n must be an integer 1..{ROSETTE_MAX}, got {n!r}")
    n = int(n)
    if not 1 <= n <= ROSETTE_MAX:
        raise ValueError(f"n must be 1..{ROSETTE_MAX}, got {n}")
    try:
        cx, cy = (float(v) for v in centre)
    except (TypeError, ValueError):
        raise ValueError(f"centre must be (x, y), got {centre!r}") from None
    k = np.arange(n)
    th = 2.0 * np.pi * k / n
    c, s = np.cos(th), np.sin(th)
    rot = np.zeros((n, 2, 2))
    rot[:, 0, 0], rot[:, 0, 1], rot[:, 1, 0], rot[:, 1, 1] = c, -s, s, c
    mats = [rot]
    if dihedral:
        phi2 = 2.0 * (np.pi / 2.0 + np.pi * k / n)
        c2, s2 = np.cos(phi2), np.sin(phi2)
        ref = np.zeros((n, 2, 2))
        ref[:, 0, 0], ref[:, 0, 1], ref[:, 1, 0], ref[:, 1, 1] = c2, s2, s2, -c2
        mats.append(ref)
    lin = np.concatenate(mats)
    lin[np.abs(lin) < 1e-15] = 0.0
    out = np.zeros((len(lin), 3, 3))
    out[:, :2, :2] = lin
    ctr = np.array([cx, cy])
    out[:, :2, 2] = ctr - lin @ ctr
    out[:, 2, 2] = 1.0
    return out
