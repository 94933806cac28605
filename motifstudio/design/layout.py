"""Layouts: where the copies of a motif go in a design of a real size (mm).

A :class:`Layout` is plain frozen data (saved in the project, changed by named
edits).  :func:`compose` turns it, with the motif's size, into a
:class:`Composition`: groups of placed copies, each copy a 3x3 affine matrix
from the motif's millimetres to the design's millimetres (origin top left, y
down, like SVG), plus the clip that keeps copies from overlapping.

How a motif fills a repeat
--------------------------
Each symmetry group has a *fundamental region*: a piece of the cell whose
images under the group's operations tile the plane exactly once.  The motif
is scaled (aspect kept) to fit that region's bounding box and clipped to the
region when the region is not a box (a triangle for p4m, p6m, ...).  So every
group gives an exact tiling with no overlap, and the user's motif stays
upright in the first copy.  The regions (fractional coordinates of the ITA
conventional cell) are checked by the tests by counting coverage.

Rugs
----
``kind="rug"``: an outer rectangle, borders from the outside in (each a frieze
running round the four sides, turning the corners with a 45-degree mitre or
with a corner square holding the motif), and a field inside: a repeat, a
medallion, or plain ground, optionally with quarter medallions in its corners.
Frieze periods are stretched slightly so that a whole number of motifs fits
each side: a border never ends on half a motif.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from .symmetry import (FRIEZE_GROUPS, TEXTILE_LAYOUTS, WALLPAPER_GROUPS, frieze_group_name,
                       rosette, wallpaper_cell, wallpaper_instances)

__all__ = ["KINDS", "FIELDS", "CORNER_STYLES", "COUNTERCHANGE", "Repeat", "Medallion", "Border",
           "Layout", "Placement", "Composition", "compose", "fundamental_region",
           "frieze_region"]

KINDS = ("single", "repeat", "medallion", "rug")
FIELDS = ("repeat", "medallion", "plain")
CORNER_STYLES = ("mitre", "motif")
COUNTERCHANGE = ("none", "all", "alternate")

#: Upper bound on copies in one design: beyond it the user has asked for
#: something no workshop makes (a 1 mm motif over a 3 m rug) and the preview
#: and files would be unusably large.
MAX_INSTANCES = 200_000

# Fundamental regions in fractional coordinates of the conventional cell.
_BOX = ((0, 0), (1, 0), (1, 1), (0, 1))
_REGIONS = {
    "p1": _BOX,
    "p2": ((0, 0), (1, 0), (1, .5), (0, .5)),
    "pm": ((0, 0), (.5, 0), (.5, 1), (0, 1)),
    "pg": ((0, 0), (.5, 0), (.5, 1), (0, 1)),
    "cm": ((0, 0), (.5, 0), (.5, .5), (0, .5)),
    "pmm": ((0, 0), (.5, 0), (.5, .5), (0, .5)),
    "pmg": ((0, 0), (.25, 0), (.25, 1), (0, 1)),
    "pgg": ((0, 0), (.5, 0), (.5, .5), (0, .5)),
    "cmm": ((0, 0), (.25, 0), (.25, .5), (0, .5)),
    "p4": ((0, 0), (.5, 0), (.5, .5), (0, .5)),
    "p4m": ((0, 0), (.5, 0), (.5, .5)),
    "p4g": ((0, 0), (.5, 0), (0, .5)),
    "p3": ((0, 0), (2 / 3, 1 / 3), (1, 1), (1 / 3, 2 / 3)),
    "p3m1": ((0, 0), (2 / 3, 1 / 3), (1 / 3, 2 / 3)),
    "p31m": ((0, 0), (1, 0), (2 / 3, 1 / 3)),
    "p6": ((0, 0), (2 / 3, 1 / 3), (1 / 3, 2 / 3)),
    "p6m": ((0, 0), (2 / 3, 1 / 3), (.5, .5)),
}
# Frieze regions as (x fraction of the period, y range as fractions of the band width,
# band centred on y = 0).
_FRIEZE_REGIONS = {
    "p111": (1.0, (-.5, .5)), "p1m1": (.5, (-.5, .5)), "p11m": (1.0, (0, .5)),
    "p11g": (.5, (-.5, .5)), "p211": (.5, (-.5, .5)), "p2mg": (.25, (-.5, .5)),
    "p2mm": (.5, (0, .5)),
}


# ----------------------------------------------------------------------------- data

def _check_choice(value, options, what):
    if value not in options:
        raise ValueError(f"{what} must be one of {', '.join(options)}, got {value!r}")


def _check_number(value, what, *, lo=None, hi=None, lo_open=False):
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number, got {value!r}") from None
    if not math.isfinite(v):
        raise ValueError(f"{what} must be finite, got {value!r}")
    if lo is not None and (v < lo or (lo_open and v <= lo)):
        raise ValueError(f"{what} must be {'more than' if lo_open else 'at least'} {lo:g}, got {v:g}")
    if hi is not None and v > hi:
        raise ValueError(f"{what} must be at most {hi:g}, got {v:g}")
    return v


@dataclass(frozen=True)
class Repeat:
    """An all-over repeat.

    ``group``: a wallpaper group (IUC, e.g. ``"p4m"``) or a textile layout
    (``block``, ``half-drop``, ``half-brick``, ``brick``, ``mirror``).
    ``motif_width_mm``: the width of one motif (0 = its own size);
    ``spacing_mm``: the gap between neighbouring motifs; ``rotation_deg``: the
    turn of the whole repeat; ``offset``: the row shift of ``brick`` (0..1).
    """
    group: str = "block"
    motif_width_mm: float = 0.0
    spacing_mm: float = 0.0
    rotation_deg: float = 0.0
    offset: float = 0.5

    def check(self) -> None:
        if self.group not in WALLPAPER_GROUPS + TEXTILE_LAYOUTS or self.group == "centred":
            raise ValueError(f"repeat must be one of {', '.join(_REPEAT_NAMES)}, got {self.group!r}")
        _check_number(self.motif_width_mm, "motif width (mm)", lo=0)
        _check_number(self.spacing_mm, "spacing (mm)", lo=0)
        _check_number(self.rotation_deg, "rotation (degrees)", lo=-360, hi=360)
        _check_number(self.offset, "brick offset", lo=0, hi=1)


_REPEAT_NAMES = tuple(n for n in TEXTILE_LAYOUTS if n != "centred") + WALLPAPER_GROUPS


@dataclass(frozen=True)
class Medallion:
    """A rosette of ``n`` copies round a centre (``dihedral``: with ``n`` mirrors).

    ``size``: the medallion's diameter as a fraction of the field's shorter
    side; ``inner``: the empty centre, as a fraction of the radius.
    """
    n: int = 8
    dihedral: bool = False
    size: float = 0.8
    inner: float = 0.15

    def check(self) -> None:
        if isinstance(self.n, bool) or not isinstance(self.n, (int, np.integer)) or not 1 <= self.n <= 24:
            raise ValueError(f"medallion copies must be a whole number 1..24, got {self.n!r}")
        _check_number(self.size, "medallion size", lo=0, hi=1, lo_open=True)
        _check_number(self.inner, "medallion centre", lo=0, hi=0.9)


@dataclass(frozen=True)
class Border:
    """A frieze round the rug: ``group`` (IUC or nickname), band ``width_mm``,
    ``corners`` ``"mitre"`` or ``"motif"``, and ``gap_mm`` to the next band inside."""
    group: str = "p1m1"
    width_mm: float = 150.0
    corners: str = "mitre"
    gap_mm: float = 0.0

    def check(self) -> None:
        if self.group not in FRIEZE_GROUPS:
            frieze_group_name(self.group)  # raises with the list of names
        _check_number(self.width_mm, "border width (mm)", lo=0, lo_open=True)
        _check_choice(self.corners, CORNER_STYLES, "border corners")
        _check_number(self.gap_mm, "border gap (mm)", lo=0)


@dataclass(frozen=True)
class Layout:
    """A whole design: ``kind`` and its physical ``size_mm`` (width, height).

    ``single`` shows the motif alone at ``size_mm`` (centred, fitted);
    ``repeat`` fills ``size_mm`` with :attr:`repeat`; ``medallion`` puts
    :attr:`medallion` in the middle; ``rug`` combines :attr:`borders` and a
    :attr:`field` (``repeat``, ``medallion`` or ``plain``), with quarter
    medallions in the field's corners when ``corner_pieces``.
    ``counterchange``: ``none``, ``all`` (swap :attr:`swap` colours everywhere)
    or ``alternate`` (every other copy swapped, the shyrdak chequer).
    ``swap``: the two motif colour indices to swap (empty: the two largest).
    ``background``: ``#rrggbb`` of the ground between copies ("" = the motif's
    largest colour).
    """
    kind: str = "single"
    size_mm: tuple = (500.0, 500.0)
    repeat: Repeat = field(default_factory=Repeat)
    medallion: Medallion = field(default_factory=Medallion)
    field: str = "repeat"
    borders: tuple = ()
    corner_pieces: bool = False
    counterchange: str = "none"
    swap: tuple = ()
    background: str = ""

    def check(self) -> None:
        _check_choice(self.kind, KINDS, "layout")
        _check_choice(self.field, FIELDS, "field")
        _check_choice(self.counterchange, COUNTERCHANGE, "counterchange")
        if len(self.size_mm) != 2:
            raise ValueError(f"size must be (width, height) in mm, got {self.size_mm!r}")
        for v, what in zip(self.size_mm, ("width (mm)", "height (mm)")):
            _check_number(v, what, lo=0, lo_open=True, hi=100_000)
        self.repeat.check()
        self.medallion.check()
        for b in self.borders:
            if not isinstance(b, Border):
                raise ValueError(f"borders must be Border records, got {b!r}")
            b.check()
        if self.swap and (len(self.swap) != 2 or self.swap[0] == self.swap[1]
                          or any(int(i) < 0 for i in self.swap)):
            raise ValueError(f"swap must be two different colour numbers, got {self.swap!r}")
        if self.background and not _is_hex(self.background):
            raise ValueError(f"background must be a #rrggbb colour, got {self.background!r}")
        if self.kind == "rug":
            w, h = self.size_mm
            if 2 * self.border_inset() >= min(w, h):
                raise ValueError(f"the borders ({self.border_inset():g} mm on each side) leave "
                                 f"no field in a {w:g} x {h:g} mm rug")

    def border_inset(self) -> float:
        return float(sum(b.width_mm + b.gap_mm for b in self.borders))

    def replace(self, **changes) -> "Layout":
        return dataclasses.replace(self, **changes)

    # -- plain dicts for the project file
    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["size_mm"] = list(self.size_mm)
        d["swap"] = list(self.swap)
        d["borders"] = [dataclasses.asdict(b) for b in self.borders]
        return d

    @classmethod
    def from_dict(cls, d) -> "Layout":
        if not isinstance(d, dict):
            raise ValueError(f"layout: expected an object, got {type(d).__name__}")
        try:
            out = cls(kind=str(d.get("kind", "single")),
                      size_mm=tuple(float(v) for v in d.get("size_mm", (500.0, 500.0))),
                      repeat=Repeat(**d.get("repeat", {})),
                      medallion=Medallion(**d.get("medallion", {})),
                      field=str(d.get("field", "repeat")),
                      borders=tuple(Border(**b) for b in d.get("borders", ())),
                      corner_pieces=bool(d.get("corner_pieces", False)),
                      counterchange=str(d.get("counterchange", "none")),
                      swap=tuple(int(v) for v in d.get("swap", ())),
                      background=str(d.get("background", "")))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"layout: {exc}") from None
        out.check()
        return out


def _is_hex(s: str) -> bool:
    return (isinstance(s, str) and len(s) == 7 and s[0] == "#"
            and all(c in "0123456789abcdefABCDEF" for c in s[1:]))


# ----------------------------------------------------------------------------- output

@dataclass(frozen=True, eq=False)
class Placement:
    """Copies sharing one clip.

    ``transforms``: (K, 3, 3) motif mm -> design mm.  ``variants``: (K,) 0 for
    the motif's colours, 1 for the counterchanged colours.  ``local_clip``:
    polygon (P, 2) in motif mm every copy is clipped to (its fundamental
    region), or None.  ``clip``: polygon (Q, 2) in design mm the whole group is
    clipped to (field, border band), or None.  ``role``: "field", "border",
    "corner", "medallion" or "single".
    """
    transforms: np.ndarray
    variants: np.ndarray
    local_clip: Optional[np.ndarray]
    clip: Optional[np.ndarray]
    role: str


@dataclass(frozen=True, eq=False)
class Composition:
    size_mm: tuple
    motif_size_mm: tuple
    placements: tuple
    #: for a periodic layout: the lattice vectors (2, 2) in design mm, rows a and b
    lattice: Optional[np.ndarray] = None

    @property
    def n_instances(self) -> int:
        return int(sum(len(p.transforms) for p in self.placements))


# ----------------------------------------------------------------------------- geometry

def _affine(lin=((1, 0), (0, 1)), t=(0, 0)) -> np.ndarray:
    m = np.eye(3)
    m[:2, :2] = lin
    m[:2, 2] = t
    return m


def _rot(deg: float) -> np.ndarray:
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return np.array([[c, -s], [s, c]])


def _apply(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return pts @ m[:2, :2].T + m[:2, 2]


def _is_box(poly: np.ndarray) -> bool:
    if len(poly) != 4:
        return False
    xs, ys = np.unique(np.round(poly[:, 0], 9)), np.unique(np.round(poly[:, 1], 9))
    return len(xs) == 2 and len(ys) == 2


def fundamental_region(group: str, a: float, b: Optional[float] = None, *,
                       offset: float = 0.5) -> tuple:
    """``(cell, polygon)``: the cell of *group* and a fundamental region in mm.

    For the textile layouts (lattices with shifted rows or columns) the region
    is the ``a x b`` rectangle, which tiles under those lattices too.
    """
    cell = wallpaper_cell(group, a, b, offset=offset)
    if cell.name in ("block", "half-drop", "half-brick", "brick"):
        bb = a if b is None else b
        return cell, np.array([(0, 0), (a, 0), (a, bb), (0, bb)], float)
    frac = np.array(_REGIONS[cell.group], float)
    return cell, frac @ cell.basis.T


def frieze_region(group: str, period: float, width: float) -> np.ndarray:
    """The fundamental region (rectangle) of a frieze band of *width* (mm)."""
    fx, (y0, y1) = _FRIEZE_REGIONS[frieze_group_name(group)]
    return np.array([(0, y0 * width), (fx * period, y0 * width),
                     (fx * period, y1 * width), (0, y1 * width)], float)


def _fit(motif_wh, box_lo, box_hi, *, flip_y: bool = False, rotation_deg: float = 0.0,
         scale: Optional[float] = None) -> np.ndarray:
    """Motif mm -> the centre of the box [lo, hi], aspect kept (fitted unless *scale*)."""
    mw, mh = motif_wh
    bw, bh = box_hi[0] - box_lo[0], box_hi[1] - box_lo[1]
    if scale is None:
        # the bounding box of the turned motif must fit
        r = math.radians(rotation_deg)
        rw = abs(mw * math.cos(r)) + abs(mh * math.sin(r))
        rh = abs(mw * math.sin(r)) + abs(mh * math.cos(r))
        scale = min(bw / rw, bh / rh)
    centre = ((box_lo[0] + box_hi[0]) / 2, (box_lo[1] + box_hi[1]) / 2)
    lin = _rot(rotation_deg) * scale
    if flip_y:
        lin = lin @ np.diag([1.0, -1.0])
    m = _affine(lin, centre)
    return m @ _affine(t=(-mw / 2, -mh / 2))


def _local_clip(placement: np.ndarray, region: np.ndarray) -> Optional[np.ndarray]:
    """The region in motif coordinates, or None when the fitted motif lies inside it."""
    return _apply(np.linalg.inv(placement), region)


# ----------------------------------------------------------------------------- compose

def _repeat_cell(rep: Repeat, motif_wh) -> tuple:
    """Cell sides a, b (mm) such that the fundamental region's box holds one motif."""
    mw, mh = motif_wh
    width = rep.motif_width_mm or mw
    s = width / mw
    want_w, want_h = width + rep.spacing_mm, mh * s + rep.spacing_mm
    # Region bounding box for a = b = 1, then scale to the wanted slot.
    cell, region = fundamental_region(rep.group, 1.0, None, offset=rep.offset)
    ext = region.max(0) - region.min(0)
    if cell.lattice in ("square", "hexagonal"):
        a = max(want_w / ext[0], want_h / ext[1])
        return a, None
    a = want_w / ext[0]
    cell_b, region_b = fundamental_region(rep.group, 1.0, 2.0, offset=rep.offset)
    # region height is linear in b: ext_y(b) = k b
    k = (region_b.max(0) - region_b.min(0))[1] / 2.0
    return a, want_h / k


def _repeat(rep: Repeat, motif_wh, rect, variant_mode: str, role="field") -> tuple:
    x0, y0, x1, y1 = rect
    a, b = _repeat_cell(rep, motif_wh)
    cell, region = fundamental_region(rep.group, a, b, offset=rep.offset)
    lo, hi = region.min(0), region.max(0)
    width = rep.motif_width_mm or motif_wh[0]
    placement = _fit(motif_wh, lo, hi, scale=width / motif_wh[0])
    local = None if _is_box(region) and rep.spacing_mm >= 0 else _local_clip(placement, region)
    # Centre the pattern: the middle of a cell lands on the middle of the area.
    centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
    mid = region.mean(0)
    rot = _affine(_rot(rep.rotation_deg))
    shift = centre - _apply(rot, mid[None])[0]
    to_design = _affine(t=shift) @ rot
    inv = np.linalg.inv(to_design)
    corners = _apply(inv, np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], float))
    clo, chi = corners.min(0), corners.max(0)
    est = (chi - clo).prod() / max(cell.area, 1e-12) * len(cell.transforms)
    if est > MAX_INSTANCES:
        raise ValueError(f"about {est:,.0f} copies of the motif: make the motif larger or the "
                         f"area smaller (at most {MAX_INSTANCES:,})")
    # The textile lattices' a x b region pokes out of their slanted unit cell, which is all
    # wallpaper_instances looks at: ask for a larger area, then keep the copies whose region
    # reaches the real one (else a half-drop or brick loses copies along the edges).
    pad = float((hi - lo).max())
    inst, (ii, jj, kk) = wallpaper_instances(rep.group, a, b, (clo[0] - pad, clo[1] - pad,
                                                               chi[0] + pad, chi[1] + pad),
                                             offset=rep.offset, return_index=True)
    reg = np.einsum("kij,cj->kci", inst[:, :2, :2], region) + inst[:, None, :2, 2]
    near = ((reg[..., 0].min(1) < chi[0]) & (reg[..., 0].max(1) > clo[0])
            & (reg[..., 1].min(1) < chi[1]) & (reg[..., 1].max(1) > clo[1]))
    inst, ii, jj, kk = inst[near], ii[near], jj[near], kk[near]
    mats = to_design[None] @ inst @ placement[None]
    if variant_mode == "alternate":
        variants = ((ii + jj) % 2).astype(np.int8)
        if len(cell.transforms) % 2 == 0 and len(cell.transforms) > 1:
            variants = ((ii + jj + kk) % 2).astype(np.int8)
    else:
        variants = np.zeros(len(mats), np.int8)
    clip = np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], float)
    lattice = np.stack([to_design[:2, :2] @ cell.a_vec, to_design[:2, :2] @ cell.b_vec])
    return Placement(mats, variants, local, clip, role), lattice


def _wedge(n: int, radius: float, half: bool) -> Optional[np.ndarray]:
    """The slice of a rosette round the origin, pointing up (-y); None for n = 1 without mirror."""
    alpha = math.pi / n
    if n == 1 and not half:
        return None
    a0, a1 = (-math.pi / 2 - alpha, -math.pi / 2 + alpha)
    if half:
        a0 = -math.pi / 2          # right half: from straight up, clockwise on screen
    steps = max(2, int(math.ceil((a1 - a0) / (math.pi / 16))))
    t = np.linspace(a0, a1, steps + 1)
    arc = np.stack([np.cos(t), np.sin(t)], 1) * radius * 1.5
    return np.vstack([[0.0, 0.0], arc])


def _medallion(med: Medallion, motif_wh, centre, radius, clip, variant_mode, role) -> Placement:
    mw, mh = motif_wh
    n = med.n
    r_in = med.inner * radius
    alpha = math.pi / n
    height = radius - r_in
    # the petal's width must fit the slice at its middle radius
    r_mid = r_in + height / 2
    max_w = 2 * r_mid * math.tan(alpha) if n > 2 else 2 * radius
    s = min(height / mh, max_w / mw)
    # petal: motif centred on the upward axis, its bottom edge at r_in (up = -y)
    ph = mh * s
    petal = _affine(t=(0.0, -(r_in + ph / 2))) @ _affine(np.eye(2) * s) @ _affine(t=(-mw / 2, -mh / 2))
    wedge = _wedge(n, radius, med.dihedral)
    local = None if wedge is None else _apply(np.linalg.inv(petal), wedge)
    # rosette() puts the first mirror on the vertical line: the right half-slice
    # mirrored gives the left half.
    ops = rosette(n, med.dihedral)
    # the petal points up; rotations turn it round the centre
    mats = _affine(t=centre)[None] @ ops @ petal[None]
    k = np.arange(len(ops))
    if variant_mode == "alternate":
        variants = ((k % n) % 2).astype(np.int8) if n % 2 == 0 else np.zeros(len(ops), np.int8)
    else:
        variants = np.zeros(len(ops), np.int8)
    return Placement(mats, variants, local, clip, role)


def _band_frames(W, H, d, w):
    """Per side: (origin of the band's centre line, along unit vector, outward unit vector, length)."""
    c = d + w / 2
    return [
        (np.array([d, c]), np.array([1.0, 0.0]), np.array([0.0, -1.0]), W - 2 * d),        # top
        (np.array([W - c, d]), np.array([0.0, 1.0]), np.array([1.0, 0.0]), H - 2 * d),    # right
        (np.array([W - d, H - c]), np.array([-1.0, 0.0]), np.array([0.0, 1.0]), W - 2 * d),  # bottom
        (np.array([c, H - d]), np.array([0.0, -1.0]), np.array([-1.0, 0.0]), H - 2 * d),  # left
    ]


def _border(border: Border, motif_wh, W, H, d, variant_mode) -> list:
    from .symmetry import frieze_instances

    w = border.width_mm
    name = frieze_group_name(border.group)
    fx, (fy0, fy1) = _FRIEZE_REGIONS[name]
    mw, mh = motif_wh
    # natural period: the motif fitted to the region's height
    natural = (mw * (fy1 - fy0) * w / mh) / fx
    out = []
    for side, (origin, along, outward, length) in enumerate(_band_frames(W, H, d, w)):
        start = 0.0
        run = length
        if border.corners == "motif":
            start, run = w, length - 2 * w
        n = max(1, int(round(run / natural)))
        p = run / n
        region = frieze_region(name, p, w)
        # frieze coords (u along, v outward) -> design; the motif's top faces outward
        to_design = _affine(np.column_stack([along, outward]), origin)
        placement = _fit(motif_wh, region.min(0), region.max(0), flip_y=True)
        local = None if _is_box(region) else _local_clip(placement, region)
        inst = frieze_instances(name, p, run, offset=start)
        mats = to_design[None] @ inst @ placement[None]
        per_cell = len(inst) // n
        cell_index = np.repeat(np.arange(n), per_cell)
        variants = ((cell_index + side) % 2).astype(np.int8) if variant_mode == "alternate" \
            else np.zeros(len(mats), np.int8)
        # the band's clip: a trapezoid with 45-degree ends (mitre) or its straight part
        o_in = origin - outward * (w / 2)
        o_out = origin + outward * (w / 2)
        if border.corners == "mitre":
            clip = np.array([o_out, o_out + along * length, o_in + along * (length - w),
                             o_in + along * w])
        else:
            clip = np.array([o_out + along * w, o_out + along * (length - w),
                             o_in + along * (length - w), o_in + along * w])
        out.append(Placement(mats, variants, local, clip, "border"))
    if border.corners == "motif":
        mats = []
        for side, (origin, along, outward, length) in enumerate(_band_frames(W, H, d, w)):
            # the square before this side's run, turned like the side
            to_design = _affine(np.column_stack([along, outward]), origin)
            placement = _fit(motif_wh, (0.0, -w / 2), (w, w / 2), flip_y=True)
            mats.append(to_design @ placement)
        mats = np.array(mats)
        variants = (np.arange(4) % 2).astype(np.int8) if variant_mode == "alternate" \
            else np.zeros(4, np.int8)
        out.append(Placement(mats, variants, None, None, "corner"))
    return out


def compose(layout: Layout, motif_size_mm) -> Composition:
    """Place the copies of a motif of *motif_size_mm* (w, h) for *layout*.

    Raises :class:`ValueError` for a layout that cannot be built (see
    :meth:`Layout.check`) or that would need more than ``MAX_INSTANCES`` copies.
    """
    layout.check()
    mw, mh = (float(v) for v in motif_size_mm)
    if not (mw > 0 and mh > 0):
        raise ValueError(f"the motif has no size ({mw:g} x {mh:g} mm)")
    W, H = (float(v) for v in layout.size_mm)
    mode = layout.counterchange
    rect = (0.0, 0.0, W, H)
    whole = np.array([(0, 0), (W, 0), (W, H), (0, H)], float)
    lattice = None
    placements = []
    if layout.kind == "single":
        m = _fit((mw, mh), (0.0, 0.0), (W, H))
        placements.append(Placement(m[None], np.zeros(1, np.int8), None, whole, "single"))
    elif layout.kind == "repeat":
        pl, lattice = _repeat(layout.repeat, (mw, mh), rect, mode)
        placements.append(pl)
    elif layout.kind == "medallion":
        radius = layout.medallion.size * min(W, H) / 2
        placements.append(_medallion(layout.medallion, (mw, mh), (W / 2, H / 2), radius, whole,
                                     mode, "medallion"))
    else:
        d = 0.0
        for border in layout.borders:
            placements.extend(_border(border, (mw, mh), W, H, d, mode))
            d += border.width_mm + border.gap_mm
        frect = (d, d, W - d, H - d)
        fclip = np.array([(d, d), (W - d, d), (W - d, H - d), (d, H - d)], float)
        fw, fh = W - 2 * d, H - 2 * d
        radius = layout.medallion.size * min(fw, fh) / 2
        if layout.field == "repeat":
            pl, lattice = _repeat(layout.repeat, (mw, mh), frect, mode)
            placements.append(pl)
        elif layout.field == "medallion":
            placements.append(_medallion(layout.medallion, (mw, mh), (W / 2, H / 2), radius,
                                         fclip, mode, "medallion"))
        if layout.corner_pieces:
            # quarter medallions: a medallion on each corner of the field, clipped by it
            for cx, cy in ((d, d), (W - d, d), (W - d, H - d), (d, H - d)):
                placements.append(_medallion(layout.medallion, (mw, mh), (cx, cy), radius / 2,
                                             fclip, mode, "corner"))
    comp = Composition(size_mm=(W, H), motif_size_mm=(mw, mh), placements=tuple(placements),
                       lattice=lattice)
    if comp.n_instances > MAX_INSTANCES:
        raise ValueError(f"{comp.n_instances:,} copies of the motif: make the motif larger "
                         f"(at most {MAX_INSTANCES:,})")
    return comp
