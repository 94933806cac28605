"""Layouts checked for real: render the design SVG with an independent reader
(cairosvg) and compare pixels at x and at g(x).

* every wallpaper group and textile repeat is invariant under its operations
  (taken from ``symmetry.wallpaper_cell`` and placed on the layout's lattice)
  and NOT under one it lacks -- the asymmetric "F" motif makes that fail;
* with no spacing, the fundamental regions tile exactly: no background shows,
  and each colour covers its expected share of the area (no double drawing);
* friezes as rug borders, mitred and corner-square corners, rosettes C_n / D_n,
  counterchange, real sizes, bad layouts and saving round-trips.
"""
from __future__ import annotations

import functools
import json
import math

import numpy as np
import pytest

from design_helpers import (BG, DOT, F_AREAS, F_POLY, GREEN, affine, agreement, colour_shares,
                            d4_motif, design, edges, f_motif, labels, render_svg,
                            repeat_design)
from motifstudio.core.document import Palette, Swatch
from motifstudio.design.layout import (Border, Layout, Medallion, Repeat, compose,
                                       frieze_region, fundamental_region)
from motifstudio.design.spec import ColourPlan, DesignSpec
from motifstudio.design.symmetry import WALLPAPER_GROUPS, reflection, rotation, wallpaper_cell

SQUARE_OR_HEX = ("p4", "p4m", "p4g", "p3", "p3m1", "p31m", "p6", "p6m")
TEXTILE = ("block", "half-drop", "half-brick", "brick", "mirror")
ALL_REPEATS = WALLPAPER_GROUPS + TEXTILE
OFFSET = 0.3                      # the brick's row shift
PPM = 3.0                         # px per mm of the test renders
SIZE = 120.0                      # mm, the square repeat designs
CELL = 36.0                       # mm, cell side a of every repeat
MIDDLE = (30.0, 30.0, 90.0, 90.0)  # the window sampled for symmetry

# fractional linear parts (ITA notation) of operations a group may lack
MX, MY = ((-1, 0), (0, 1)), ((1, 0), (0, -1))
M_AB, M_NAB = ((0, 1), (1, 0)), ((0, -1), (-1, 0))
# group -> an operation it lacks: ("frac", M) about the cell origin, ("rot", degrees) about
# it, or ("shift", (sx, sy)) a translation in units of the cell sides a, b
MISSING = {
    "p1": ("rot", 180), "p2": ("frac", MX), "pm": ("rot", 180), "pg": ("frac", MX),
    "cm": ("rot", 180), "pmm": ("rot", 90), "pmg": ("frac", MY), "pgg": ("frac", MX),
    "cmm": ("rot", 90), "p4": ("frac", MX), "p4m": ("rot", 45), "p4g": ("frac", MX),
    "p3": ("rot", 180), "p3m1": ("frac", M_AB), "p31m": ("frac", M_NAB), "p6": ("frac", M_NAB),
    "p6m": ("rot", 30),
    "block": ("rot", 180),
    "half-drop": ("shift", (1, 0)),      # the columns drop: (a, 0) is no period
    "half-brick": ("shift", (0, 1)),     # the rows shift: (0, b) is no period
    "brick": ("shift", (0.5, 1)),        # a half-brick's period, not a 0.3 brick's
    "mirror": ("shift", (0.5, 0)),
}


# ----------------------------------------------------------------------------- helpers

def region_box(group):
    """Bounding box size of the fundamental region for a = 1 (and b = 1)."""
    _, reg = fundamental_region(group, 1.0, None if group in SQUARE_OR_HEX else 1.0,
                                offset=OFFSET)
    return reg.max(0) - reg.min(0)


def fitted_motif(group):
    """An F motif with the aspect of the group's region, so that it fills the region."""
    ext = region_box(group)
    return f_motif(20.0, 20.0 * ext[1] / ext[0])


def fitted_design(group, **kw):
    ext = region_box(group)
    return repeat_design(fitted_motif(group), group, size=(SIZE, SIZE),
                         motif_width_mm=CELL * ext[0], offset=OFFSET, **kw)


def cell_frame(d, group, rotation_deg=0.0):
    """(cell, F): the layout's cell and the map cell mm -> design mm, its origin on the
    lattice point nearest the middle.

    The motif sits, as documented, centred in the bounding box of the fundamental
    region, so an upright copy M gives the origin: M(motif centre) - R(box centre).
    """
    comp = d.composition
    R = rotation(rotation_deg)[:2, :2]
    lat = comp.lattice @ R            # rows a_vec, b_vec turned back
    a = float(lat[0][0])
    b = None if group in SQUARE_OR_HEX else float(lat[1][1])
    cell = wallpaper_cell(group, a, b, offset=OFFSET)
    np.testing.assert_allclose(cell.basis, lat.T, atol=1e-9)
    _, reg = fundamental_region(group, a, b, offset=OFFSET)
    centre = (reg.min(0) + reg.max(0)) / 2
    T = comp.placements[0].transforms
    s = math.sqrt(abs(np.linalg.det(T[0, :2, :2])))
    upright = np.flatnonzero(np.all(np.abs(T[:, :2, :2] - s * R) < 1e-9, axis=(1, 2)))
    M = T[upright[0]]
    mw, mh = comp.motif_size_mm
    origin = M[:2, :2] @ (mw / 2, mh / 2) + M[:2, 2] - R @ centre
    W, H = comp.size_mm
    basis = R @ cell.basis
    origin = origin + basis @ np.round(np.linalg.solve(basis, (W / 2, H / 2) - origin))
    return cell, affine(R, origin)


@functools.lru_cache(maxsize=None)
def rendered(group):
    d = fitted_design(group)
    img = render_svg(d, PPM)
    lab = labels(img)
    return d, img, lab, edges(lab)


def inside_polygon(x, y, poly):
    """Even-odd point-in-polygon, vectorised over the points."""
    p = np.asarray(poly, float)
    q = np.roll(p, -1, 0)
    inside = np.zeros(np.broadcast(x, y).shape, bool)
    for (x0, y0), (x1, y1) in zip(p, q):
        crosses = (y0 > y) != (y1 > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            xc = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        inside ^= crosses & (x < xc)
    return inside


def missing_op(group, cell):
    """MISSING[group] as a 3x3 matrix in cell mm."""
    kind, what = MISSING[group]
    if kind == "rot":
        return rotation(what)
    if kind == "frac":
        B = cell.basis
        return affine(B @ np.array(what, float) @ np.linalg.inv(B))
    return affine(np.eye(2), (what[0] * cell.a_vec[0], what[1] * cell.b_vec[1]))


# ----------------------------------------------------------------------------- 1. symmetry

@pytest.mark.parametrize("group", ALL_REPEATS)
def test_repeat_has_exactly_its_symmetries(group):
    d, _, lab, edge = rendered(group)
    cell, F = cell_frame(d, group)
    Fi = np.linalg.inv(F)
    ops = [affine(np.eye(2), cell.a_vec), affine(np.eye(2), cell.b_vec)]
    ops += list(cell.transforms[1:])
    for g in ops:
        score = agreement(lab, edge, F @ g @ Fi, PPM, MIDDLE)
        assert score >= 0.97, f"{group}: only {score:.1%} invariant under\n{g}"
    score = agreement(lab, edge, F @ missing_op(group, cell) @ Fi, PPM, MIDDLE)
    assert score < 0.9, f"{group}: {score:.1%} invariant under {MISSING[group]}, which it lacks"


@pytest.mark.parametrize("group, turn", [("p4", 30.0), ("pmg", 90.0), ("p31m", -15.0)])
def test_a_turned_repeat_keeps_its_symmetry(group, turn):
    ext = region_box(group)
    d = repeat_design(fitted_motif(group), group, size=(SIZE, SIZE),
                      motif_width_mm=CELL * ext[0], rotation_deg=turn)
    lat = d.composition.lattice
    assert math.degrees(math.atan2(lat[0][1], lat[0][0])) == pytest.approx(turn)
    lab = labels(render_svg(d, PPM))
    edge = edges(lab)
    cell, F = cell_frame(d, group, turn)
    Fi = np.linalg.inv(F)
    for g in list(cell.transforms[1:]) + [affine(np.eye(2), cell.b_vec)]:
        assert agreement(lab, edge, F @ g @ Fi, PPM, MIDDLE) >= 0.97
    assert agreement(lab, edge, F @ missing_op(group, cell) @ Fi, PPM, MIDDLE) < 0.9
    if turn % 90:
        # the unturned lattice is no longer a period
        assert agreement(lab, edge, affine(np.eye(2), (CELL, 0)), PPM, MIDDLE) < 0.9


# ----------------------------------------------------------------------------- 2. coverage

@pytest.mark.parametrize("group", ALL_REPEATS)
def test_regions_tile_exactly(group):
    """Geometry: the copies' regions cover every point of the field exactly once."""
    d = fitted_design(group)
    pl = d.composition.placements[0]
    mw, mh = d.composition.motif_size_mm
    local = pl.local_clip if pl.local_clip is not None else \
        np.array([(0, 0), (mw, 0), (mw, mh), (0, mh)], float)
    # the motif fills its region (it was made with the region's aspect): what a copy
    # shows is the whole region
    assert np.all((local > -1e-9) & (local < np.array([mw, mh]) + 1e-9))
    rng = np.random.default_rng(7)
    pts = rng.uniform(1.0, SIZE - 1.0, size=(3000, 2))
    count = np.zeros(len(pts), int)
    for m in pl.transforms:
        poly = local @ m[:2, :2].T + m[:2, 2]
        count += inside_polygon(pts[:, 0], pts[:, 1], poly)
    assert count.min() == 1 and count.max() == 1, \
        f"{group}: points covered {count.min()}..{count.max()} times"
    # and the region's area is the cell's over the group's order
    cell, reg = fundamental_region(group, 10.0, None if group in SQUARE_OR_HEX else 13.0,
                                   offset=OFFSET)
    x, y = reg[:, 0], reg[:, 1]
    area = abs(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y)) / 2
    assert area == pytest.approx(cell.area / len(cell.transforms))


def expected_shares(group):
    """Cream, red, blue shares of the motif inside the region (both normalised to the
    region's bounding box, which the motif fills)."""
    _, reg = fundamental_region(group, 1.0, None if group in SQUARE_OR_HEX else 1.0,
                                offset=OFFSET)
    reg = (reg - reg.min(0)) / (reg.max(0) - reg.min(0))
    t = (np.arange(800) + 0.5) / 800
    x, y = np.meshgrid(t, t)
    inside = inside_polygon(x, y, reg)
    red = inside_polygon(x, y, F_POLY) & inside
    blue = inside_polygon(x, y, DOT) & inside
    n = inside.sum()
    return np.array([(n - red.sum() - blue.sum()) / n, red.sum() / n, blue.sum() / n])


@pytest.mark.parametrize("group", ALL_REPEATS)
def test_rendered_repeat_has_no_gaps_and_true_colour_shares(group):
    d, img, lab, _ = rendered(group)
    # no background anywhere: seams of abutting antialiased copies tint a pixel a little,
    # a gap shows the pure ground
    ground = np.abs(img - np.array(GREEN, float)).sum(-1) < 40
    assert not ground.any(), f"{group}: {ground.sum()} background pixels in the field"
    # colour shares over a whole number of lattice periods: a rectangle with a side along a
    # lattice vector and the other the cell's height across it tiles the plane
    a_vec, b_vec = d.composition.lattice
    det = abs(np.linalg.det(d.composition.lattice))
    if abs(a_vec[1]) < 1e-9:
        w, h = abs(a_vec[0]), det / abs(a_vec[0])
    else:                                    # half-drop: b is vertical
        w, h = det / abs(b_vec[1]), abs(b_vec[1])
    m, n = max(1, int(90 // w)), max(1, int(90 // h))
    x0, y0 = (SIZE - m * w) / 2, (SIZE - n * h) / 2
    win = img[int(round(y0 * PPM)):int(round((y0 + n * h) * PPM)),
              int(round(x0 * PPM)):int(round((x0 + m * w) * PPM))]
    got = colour_shares(win)
    want = expected_shares(group)
    # Where two antialiased copies abut, any renderer lets a little ground through the
    # seam (conflation), taken from the colour drawn first there -- the cream ground,
    # as the motif's figures keep off its edges.  Seams are lines, not areas: a few %.
    assert got[BG] < 0.04, f"{group}: {got[BG]:.1%} ground"
    got = got[:BG] + np.array([got[BG], 0, 0])
    assert np.abs(got - want).max() < 0.01, f"{group}: shares {got.round(4)} != {want.round(4)}"


def test_box_regions_show_the_whole_motif():
    for group in TEXTILE + ("p1", "pm", "pmm", "p4"):
        np.testing.assert_allclose(expected_shares(group), F_AREAS, atol=2e-3)


def test_spacing_leaves_ground_between_copies():
    d = repeat_design(f_motif(), "block", size=(SIZE, SIZE), motif_width_mm=20.0,
                      spacing_mm=10.0)
    np.testing.assert_allclose(d.composition.lattice, [[30, 0], [0, 30]])
    lab = labels(render_svg(d, PPM))
    # a third of each period is ground: 1 - (20/30)^2 of the area
    assert np.mean(lab == BG) == pytest.approx(1 - (2 / 3) ** 2, abs=0.03)


# ----------------------------------------------------------------------------- 3. borders

# frieze ops about a cell origin, p = the period: (linear part, shift in units of p)
FRIEZE_OPS = {
    "mirror_x": (np.diag([-1.0, 1.0]), 0.0),       # x -> -x
    "mirror_y": (np.diag([1.0, -1.0]), 0.0),       # y -> -y (the band's centre line)
    "half_turn": (-np.eye(2), 0.0),
    "glide": (np.diag([1.0, -1.0]), 0.5),
    "mirror_x_quarter": (np.diag([-1.0, 1.0]), 0.5),  # x -> p/2 - x
    "half_shift": (np.eye(2), 0.5),
}
FRIEZES = {   # group: (order, its operations, one it lacks)
    "p111": (1, [], "mirror_y"),
    "p1m1": (2, ["mirror_x"], "mirror_y"),
    "p11m": (2, ["mirror_y"], "mirror_x"),
    "p11g": (2, ["glide"], "mirror_y"),
    "p211": (2, ["half_turn"], "mirror_y"),
    "p2mg": (4, ["mirror_x_quarter", "glide", "half_turn"], "mirror_y"),
    "p2mm": (4, ["mirror_x", "mirror_y", "half_turn"], "glide"),
}
RUG_W, RUG_H, BAND = 300.0, 80.0, 15.0
BORDER_PPM = 4.0


@pytest.mark.parametrize("group", list(FRIEZES))
def test_border_band_has_exactly_its_frieze_symmetries(group):
    order, have, lacks = FRIEZES[group]
    d = design(f_motif(), kind="rug", size_mm=(RUG_W, RUG_H), field="plain",
               borders=(Border(group, BAND),))
    top = d.composition.placements[0]
    assert top.role == "border"
    n = len(top.transforms) // order
    p = RUG_W / n                           # the period, stretched to a whole number
    assert len(top.transforms) == n * order
    lab = labels(render_svg(d, BORDER_PPM))
    edge = edges(lab)
    # band frame: u along the top edge, v outward (up) from the band's centre line
    to_design = affine(((1, 0), (0, -1)), (0, BAND / 2))
    u0 = p * (n // 2)                       # a cell origin near the middle
    window = (BAND + p, 0.0, RUG_W - BAND - p, BAND)

    def op(lin, shift):
        g = affine(lin, (shift * p, 0))
        g = affine(np.eye(2), (u0, 0)) @ g @ affine(np.eye(2), (-u0, 0))
        return to_design @ g @ np.linalg.inv(to_design)

    for g in [affine(np.eye(2), (p, 0)), affine(np.eye(2), (-p, 0))] + \
             [op(*FRIEZE_OPS[name]) for name in have]:
        score = agreement(lab, edge, g, BORDER_PPM, window)
        assert score >= 0.97, f"{group}: {score:.1%} under\n{g}"
    for name in (lacks, "half_shift"):
        score = agreement(lab, edge, op(*FRIEZE_OPS[name]), BORDER_PPM, window)
        assert score < 0.9, f"{group}: {score:.1%} invariant under {name}, which it lacks"


def test_mitred_square_rug_turns_into_itself():
    W = 160.0
    d = design(d4_motif(), kind="rug", size_mm=(W, W), field="repeat",
               borders=(Border("p1m1", 16.0), Border("p2mm", 10.0, gap_mm=4.0)),
               repeat=Repeat("block", motif_width_mm=16.0))
    lab = labels(render_svg(d, PPM))
    edge = edges(lab)
    c = (W / 2, W / 2)
    whole = (0, 0, W, W)
    assert agreement(lab, edge, rotation(90, c), PPM, whole) >= 0.97
    # the mitres lie on the diagonals: the rug is mirror-symmetric across them too
    assert agreement(lab, edge, reflection(45, c), PPM, whole) >= 0.97
    # the bands really turn the corner: no band runs straight through it
    corner = lab[:int(16 * PPM), :int(16 * PPM)]
    assert (corner != BG).mean() > 0.9


def test_corner_squares_hold_the_motif():
    W, w = 180.0, 30.0
    d = design(f_motif(), kind="rug", size_mm=(W, W), field="plain",
               borders=(Border("p1m1", w, corners="motif"),))
    corners = [p for p in d.composition.placements if p.role == "corner"]
    assert len(corners) == 1 and len(corners[0].transforms) == 4
    lab = labels(render_svg(d, PPM))
    alone = labels(render_svg(design(f_motif(), kind="single", size_mm=(w, w)), PPM))
    k = int(w * PPM)
    top_left = lab[:k, :k]
    # the motif, upright, in the top left square ...
    both = ~edges(alone)[:k, :k] & ~edges(top_left)
    assert np.mean(top_left[both] == alone[both]) > 0.97
    # ... turned with the band in the others (a quarter turn about the middle per corner)
    edge = edges(lab)
    for turns in (1, 2, 3):
        g = rotation(90 * turns, (W / 2, W / 2))
        assert agreement(lab, edge, g, PPM, (0, 0, w, w)) >= 0.97
    # the straight runs start after the corner square
    top = d.composition.placements[0]
    first = top.transforms[:, 0, 2].min()
    assert first >= w - 1e-9


# ----------------------------------------------------------------------------- 4. rosettes

@pytest.mark.parametrize("n", [1, 2, 3, 5, 8, 12, 24])
@pytest.mark.parametrize("dihedral", [False, True])
def test_rosette(n, dihedral):
    S, ppm = 100.0, 4.0
    d = design(f_motif(10.0, 30.0), kind="medallion", size_mm=(S, S),
               medallion=Medallion(n=n, dihedral=dihedral, size=0.9, inner=0.15))
    assert d.composition.n_instances == (2 * n if dihedral else n)
    lab = labels(render_svg(d, ppm))
    edge = edges(lab)
    c = (S / 2, S / 2)
    whole = (0, 0, S, S)
    assert agreement(lab, edge, rotation(360.0 / n, c), ppm, whole) >= 0.97
    mirror = agreement(lab, edge, reflection(90, c), ppm, whole)
    if dihedral:
        assert mirror >= 0.97
        assert agreement(lab, edge, reflection(90 + 180.0 / n, c), ppm, whole) >= 0.97
    else:
        assert mirror < 0.9, f"C{n} is {mirror:.1%} mirror-symmetric"
    if not (dihedral and n > 12):
        # (D24's half-slices are too thin for the F's right half to look lopsided)
        assert agreement(lab, edge, rotation(180.0 / n, c), ppm, whole) < 0.9
    # the medallion has its size: nothing drawn beyond its radius
    yy, xx = np.mgrid[:lab.shape[0], :lab.shape[1]]
    r = np.hypot((xx + 0.5) / ppm - c[0], (yy + 0.5) / ppm - c[1])
    assert np.all(lab[r > 0.9 * S / 2 + 1] == BG)


# ----------------------------------------------------------------------------- 5. counterchange

def test_counterchange_all_swaps_the_two_largest_colours():
    plain = repeat_design(f_motif(), "block", size=(80.0, 80.0), motif_width_mm=20.0)
    swapped = design(f_motif(), kind="repeat", size_mm=(80.0, 80.0),
                     repeat=Repeat("block", motif_width_mm=20.0), counterchange="all")
    assert swapped.swap == (0, 1)             # cream and red cover the most
    a, b = labels(render_svg(plain, PPM)), labels(render_svg(swapped, PPM))
    ok = ~edges(a) & ~edges(b)
    swap = np.array([1, 0, 2, 3])
    assert np.mean(swap[a[ok]] == b[ok]) > 0.99
    assert np.mean(a[ok] == b[ok]) < 0.2


def test_counterchange_alternate_is_a_chequer():
    d = design(f_motif(), kind="repeat", size_mm=(120.0, 120.0),
               repeat=Repeat("block", motif_width_mm=20.0), counterchange="alternate")
    lab = labels(render_svg(d, PPM))
    edge = edges(lab)
    swap = np.array([1, 0, 2, 3])
    a, b = d.composition.lattice
    # side neighbours are swapped, diagonal neighbours (and two steps) are equal
    for t in (a, b, -a, a + 2 * b):
        g = affine(np.eye(2), t)
        assert agreement(lab, edge, g, PPM, MIDDLE, mapping=swap) > 0.97, t
        assert agreement(lab, edge, g, PPM, MIDDLE) < 0.5, t
    for t in (a + b, a - b, 2 * a, 2 * b):
        assert agreement(lab, edge, affine(np.eye(2), t), PPM, MIDDLE) > 0.97, t


# ----------------------------------------------------------------------------- 7. real sizes

def frieze_count(group, width, run, motif_wh):
    """Copies along one side: a whole number of periods near the motif's own."""
    mw, mh = motif_wh
    reg = frieze_region(group, 1.0, width)           # period 1: its width is the fraction
    fx, hgt = reg[:, 0].max(), reg[:, 1].max() - reg[:, 1].min()
    natural = mw * hgt / mh / fx
    return max(1, round(run / natural))


def test_rug_at_real_size():
    W, H = 1500.0, 2200.0
    borders = (Border("p1m1", 150.0), Border("p11g", 80.0, corners="motif", gap_mm=20.0))
    layout = Layout(kind="rug", size_mm=(W, H), borders=borders, field="repeat",
                    repeat=Repeat("p4m", motif_width_mm=100.0))
    motif = f_motif(120.0, 90.0)
    comp = compose(layout, motif.size_mm)
    roles = [p.role for p in comp.placements]
    assert roles == ["border"] * 4 + ["border"] * 4 + ["corner", "field"]
    # the field: inside the borders, clipped to its rectangle, every copy reaching into it
    d = 150.0 + 80.0 + 20.0
    field = comp.placements[-1]
    np.testing.assert_allclose(field.clip, [(d, d), (W - d, d), (W - d, H - d), (d, H - d)])
    mw, mh = motif.size_mm
    box = field.local_clip
    for m in field.transforms:
        poly = box @ m[:2, :2].T + m[:2, 2]
        assert poly[:, 0].max() > d and poly[:, 0].min() < W - d
        assert poly[:, 1].max() > d and poly[:, 1].min() < H - d
    # the border bands: a whole number of periods per side (the corner squares excluded)
    expect = 0
    for k, (b, depth) in enumerate(((borders[0], 0.0), (borders[1], 150.0))):
        order = 2
        for side, length in enumerate((W, H, W, H)):
            run = length - 2 * depth - (2 * b.width_mm if b.corners == "motif" else 0)
            n = frieze_count(b.group, b.width_mm, run, (mw, mh))
            assert len(comp.placements[4 * k + side].transforms) == n * order
            expect += n * order
    expect += 4 + len(field.transforms)
    assert comp.n_instances == expect
    # the field's copies cover it: at least its area over the region's
    region_area = abs(np.linalg.det(comp.lattice)) / 8     # p4m: 8 regions a cell
    assert len(field.transforms) * region_area >= (W - 2 * d) * (H - 2 * d)


def test_design_size_follows_the_layout():
    d = design(f_motif(), kind="rug", size_mm=(1500.0, 2200.0),
               borders=(Border("p2mm", 120.0),), field="medallion")
    assert d.size_mm == (1500.0, 2200.0)
    assert {p.role for p in d.composition.placements} == {"border", "medallion"}


@pytest.mark.parametrize("layout, words", [
    (Layout(kind="rug", size_mm=(300, 200), borders=(Border("p1m1", 120.0),)), "borders"),
    (Layout(kind="rug", size_mm=(300, 200), borders=(Border("p1m1", 60.0, gap_mm=40.0),)),
     "no field"),
    (Layout(kind="repeat", repeat=Repeat("p7")), "repeat must be one of"),
    (Layout(kind="repeat", repeat=Repeat("centred")), "repeat must be one of"),
    (Layout(kind="medallion", medallion=Medallion(n=25)), "medallion copies"),
    (Layout(kind="medallion", medallion=Medallion(n=0)), "medallion copies"),
    (Layout(kind="repeat", repeat=Repeat("block", spacing_mm=-1.0)), "spacing"),
    (Layout(kind="repeat", repeat=Repeat("brick", offset=1.5)), "brick offset"),
    (Layout(kind="rug", borders=(Border("p3", 10.0),)), "unknown frieze group"),
    (Layout(kind="rug", borders=(Border("p1m1", 0.0),)), "border width"),
    (Layout(kind="rug", borders=(Border("p1m1", 10.0, corners="round"),)), "border corners"),
    (Layout(kind="spiral"), "layout must be one of"),
    (Layout(size_mm=(0, 100)), "width"),
    (Layout(background="red"), "background"),
    (Layout(swap=(1, 1)), "swap"),
    (Layout(kind="repeat", size_mm=(3000, 3000), repeat=Repeat("p6m", motif_width_mm=1.0)),
     "copies"),
])
def test_bad_layouts_say_what_is_wrong(layout, words):
    with pytest.raises(ValueError, match=words):
        compose(layout, (20.0, 20.0))


def test_motif_without_size():
    with pytest.raises(ValueError, match="no size"):
        compose(Layout(), (0.0, 20.0))


def test_layout_round_trip():
    layout = Layout(kind="rug", size_mm=(1500.0, 2200.0),
                    repeat=Repeat("brick", motif_width_mm=80.0, spacing_mm=5.0,
                                  rotation_deg=90.0, offset=0.3),
                    medallion=Medallion(n=12, dihedral=True, size=0.7, inner=0.2),
                    field="medallion",
                    borders=(Border("sidle", 150.0), Border("p2mg", 60.0, "motif", 10.0)),
                    corner_pieces=True, counterchange="alternate", swap=(2, 0),
                    background="#102030")
    again = Layout.from_dict(json.loads(json.dumps(layout.to_dict())))
    assert again == layout
    assert Layout.from_dict({}) == Layout()
    with pytest.raises(ValueError, match="layout"):
        Layout.from_dict({"repeat": {"group": "block", "colour": 3}})
    with pytest.raises(ValueError, match="layout"):
        Layout.from_dict([1, 2])


def test_design_spec_round_trip():
    target = Palette((Swatch.from_rgb((200, 30, 40), "red", source="DMC 321"),
                      Swatch.from_rgb((240, 230, 200), "cream", source="DMC 712")), name="felt")
    spec = DesignSpec(colours=ColourPlan(target=target, min_delta_e=12.5, max_colours=2,
                                         keep_lightness_order=False,
                                         overrides=(("#b41e28", 0),)),
                      layout=Layout(kind="repeat", repeat=Repeat("p6m")),
                      swap=("#b41e28", "#ebdcb4"))
    again = DesignSpec.from_dict(json.loads(json.dumps(spec.to_dict())))
    assert again == spec
    assert DesignSpec.from_dict({}) == DesignSpec()
    with pytest.raises(ValueError, match="override target"):
        DesignSpec.from_dict({"colours": {"overrides": [["#000000", 0]]}})
