"""Wallpaper, frieze and rosette symmetry groups (motifstudio.design.symmetry).

The render-and-compare checks place an asymmetric "F" (sample points along its
three strokes) with the module's instances and check that the placed point set
is invariant under the group's generators -- written here independently, in
the fractional ITA notation -- and NOT invariant under an operation the group
lacks.
"""
from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy.spatial import cKDTree

from motifstudio.design import symmetry as sym

TOL = 1e-6

# ---------------------------------------------------------------------------
# helpers


def _stroke(p, q, step=0.01):
    n = max(2, int(math.ceil(np.hypot(q[0] - p[0], q[1] - p[1]) / step)) + 1)
    t = np.linspace(0.0, 1.0, n)[:, None]
    return (1 - t) * np.asarray(p, float) + t * np.asarray(q, float)


def f_motif(x0=0.15, y0=0.1, h=0.3):
    """An "F" in a unit frame: stem, long top bar, short middle bar."""
    pts = np.vstack([
        _stroke((x0, y0), (x0, y0 + h)),
        _stroke((x0, y0 + h), (x0 + 0.2 * h / 0.3, y0 + h)),
        _stroke((x0, y0 + 0.57 * h), (x0 + 0.12 * h / 0.3, y0 + 0.57 * h)),
    ])
    return np.unique(np.round(pts, 12), axis=0)


def place(instances, pts):
    homo = np.c_[pts, np.ones(len(pts))]
    out = np.einsum("kij,pj->kpi", instances, homo)[..., :2]
    return out.reshape(-1, 2)


def apply(m, pts):
    return pts @ m[:2, :2].T + m[:2, 2]


def invariant(points, op, window):
    """Every image (inside window) of a placed point is a placed point."""
    x0, y0, x1, y1 = window
    mapped = apply(op, points)
    inside = (mapped[:, 0] >= x0) & (mapped[:, 0] <= x1) & (mapped[:, 1] >= y0) & (mapped[:, 1] <= y1)
    assert inside.sum() > 50, "window too small to say anything"
    d, _ = cKDTree(points).query(mapped[inside])
    return bool(np.all(d < TOL))


def frac_op(cell, m, t):
    """Fractional op (x' = M x + t) -> 3x3 mm matrix on the cell's lattice."""
    B = cell.basis
    out = np.eye(3)
    out[:2, :2] = B @ np.asarray(m, float) @ np.linalg.inv(B)
    out[:2, 2] = B @ np.asarray(t, float)
    return out


def affine(m, t=(0, 0)):
    out = np.eye(3)
    out[:2, :2] = m
    out[:2, 2] = t
    return out


# ---------------------------------------------------------------------------
# the 17 wallpaper groups: expected data

I2 = ((1, 0), (0, 1))
TWO = ((-1, 0), (0, -1))
MX = ((-1, 0), (0, 1))
MY = ((1, 0), (0, -1))
R4 = ((0, -1), (1, 0))
R3 = ((0, -1), (1, -1))        # hexagonal basis, 120 deg
R6 = ((1, -1), (1, 0))         # hexagonal basis, 60 deg
M_AB = ((0, 1), (1, 0))        # y, x
M_NAB = ((0, -1), (-1, 0))     # -y, -x

ORDERS = {"p1": 1, "p2": 2, "pm": 2, "pg": 2, "cm": 2, "pmm": 4, "pmg": 4, "pgg": 4,
          "cmm": 4, "p4": 4, "p4m": 8, "p4g": 8, "p3": 3, "p3m1": 6, "p31m": 6,
          "p6": 6, "p6m": 12}

LATTICE = {"p1": "oblique", "p2": "oblique", "pm": "rectangular", "pg": "rectangular",
           "cm": "centred rectangular", "pmm": "rectangular", "pmg": "rectangular",
           "pgg": "rectangular", "cmm": "centred rectangular", "p4": "square",
           "p4m": "square", "p4g": "square", "p3": "hexagonal", "p3m1": "hexagonal",
           "p31m": "hexagonal", "p6": "hexagonal", "p6m": "hexagonal"}

CENTRE = (0.5, 0.5)
# group -> generators besides the lattice translations (fractional ITA ops)
GENERATORS = {
    "p1": [],
    "p2": [(TWO, (0, 0))],
    "pm": [(MX, (0, 0))],
    "pg": [(MX, (0, 0.5))],
    "cm": [(MX, (0, 0)), (I2, CENTRE)],
    "pmm": [(MX, (0, 0)), (MY, (0, 0))],
    "pmg": [(MX, (0.5, 0)), (TWO, (0, 0))],
    "pgg": [(MX, (0.5, 0.5)), (TWO, (0, 0))],
    "cmm": [(MX, (0, 0)), (MY, (0, 0)), (I2, CENTRE)],
    "p4": [(R4, (0, 0))],
    "p4m": [(R4, (0, 0)), (MX, (0, 0))],
    "p4g": [(R4, (0, 0)), (MX, (0.5, 0.5))],
    "p3": [(R3, (0, 0))],
    "p3m1": [(R3, (0, 0)), (M_NAB, (0, 0))],
    "p31m": [(R3, (0, 0)), (M_AB, (0, 0))],
    "p6": [(R6, (0, 0))],
    "p6m": [(R6, (0, 0)), (M_NAB, (0, 0))],
}

# group -> an operation the group lacks: fractional (M, t), or ("rot", degrees)
MISSING = {
    "p1": (TWO, (0, 0)),          # half-turn
    "p2": (MX, (0, 0)),           # mirror
    "pm": (TWO, (0, 0)),          # half-turn
    "pg": (MX, (0, 0)),           # mirror (pg has only glides)
    "cm": (TWO, (0, 0)),
    "pmm": ("rot", 90.0),
    "pmg": (MY, (0, 0)),          # pmg's lines parallel to a are glides
    "pgg": (MX, (0, 0)),          # no mirrors at all
    "cmm": ("rot", 90.0),
    "p4": (MX, (0, 0)),
    "p4m": ("rot", 45.0),
    "p4g": (MX, (0, 0)),          # p4g's axial lines are glides
    "p3": (TWO, (0, 0)),
    "p3m1": (M_AB, (0, 0)),       # p31m's mirror
    "p31m": (M_NAB, (0, 0)),      # p3m1's mirror
    "p6": (M_NAB, (0, 0)),
    "p6m": ("rot", 30.0),
}


def dims(group):
    kind = LATTICE[group]
    if kind == "oblique":
        return dict(a=10.0, b=13.0, angle=75.0)
    if kind in ("rectangular", "centred rectangular"):
        return dict(a=10.0, b=14.0)
    return dict(a=10.0)


def make_cell(group):
    d = dims(group)
    return sym.wallpaper_cell(group, d["a"], d.get("b"), d.get("angle"))


def lattice_residual(cell, d):
    """Distance of the fractional coordinates of d from the nearest integers."""
    f = np.linalg.solve(cell.basis, d)
    return float(np.max(np.abs(f - np.round(f))))


# ---------------------------------------------------------------------------
# wallpaper tests


def test_all_seventeen_groups_are_listed():
    assert set(sym.WALLPAPER_GROUPS) == set(ORDERS)
    assert len(sym.WALLPAPER_GROUPS) == 17


@pytest.mark.parametrize("group", list(ORDERS))
def test_point_group_order_and_lattice(group):
    cell = make_cell(group)
    assert cell.group == group and cell.lattice == LATTICE[group]
    lin = np.round(cell.transforms[:, :2, :2], 9) + 0.0
    assert len(np.unique(lin.reshape(len(lin), 4), axis=0)) == ORDERS[group]
    assert cell.point_group_order == ORDERS[group]
    centred = LATTICE[group] == "centred rectangular"
    assert len(cell.transforms) == ORDERS[group] * (2 if centred else 1)
    # identity first, every transform an isometry, last row (0, 0, 1)
    np.testing.assert_allclose(cell.transforms[0], np.eye(3), atol=1e-12)
    for m in cell.transforms:
        np.testing.assert_allclose(m[:2, :2] @ m[:2, :2].T, np.eye(2), atol=1e-12)
        np.testing.assert_allclose(m[2], [0, 0, 1], atol=0)
    # lattice shape
    a, b = cell.a_vec, cell.b_vec
    np.testing.assert_allclose(a, [10.0, 0.0], atol=1e-12)
    ang = math.degrees(math.acos(a @ b / (np.linalg.norm(a) * np.linalg.norm(b))))
    expect_ang = {"oblique": 75.0, "hexagonal": 120.0}.get(LATTICE[group], 90.0)
    assert ang == pytest.approx(expect_ang)
    expect_b = {"oblique": 13.0, "rectangular": 14.0, "centred rectangular": 14.0}.get(LATTICE[group], 10.0)
    assert np.linalg.norm(b) == pytest.approx(expect_b)


@pytest.mark.parametrize("group", list(ORDERS))
def test_closure_modulo_lattice(group):
    cell = make_cell(group)
    G = cell.transforms
    # no two cell transforms are equal modulo the lattice
    for g, h in itertools.combinations(G, 2):
        if np.allclose(g[:2, :2], h[:2, :2], atol=1e-9):
            assert lattice_residual(cell, g[:2, 2] - h[:2, 2]) > 1e-6
    for g, h in itertools.product(G, G):
        gh = g @ h
        found = any(np.allclose(gh[:2, :2], k[:2, :2], atol=1e-9)
                    and lattice_residual(cell, gh[:2, 2] - k[:2, 2]) < 1e-9 for k in G)
        assert found, f"{group}: product not in the cell modulo the lattice"
    # and the inverse of each is there too
    for g in G:
        gi = np.linalg.inv(g)
        assert any(np.allclose(gi[:2, :2], k[:2, :2], atol=1e-9)
                   and lattice_residual(cell, gi[:2, 2] - k[:2, 2]) < 1e-9 for k in G)


REGION = (-50.0, -47.0, 50.0, 53.0)
WINDOW = (-20.0, -17.0, 20.0, 23.0)


def placed_points(group):
    d = dims(group)
    cell = make_cell(group)
    inst = sym.wallpaper_instances(group, d["a"], d.get("b"), REGION, angle=d.get("angle"))
    motif = f_motif() @ cell.basis.T          # F drawn in fractional cell coordinates
    return cell, inst, place(inst, motif)


@pytest.mark.parametrize("group", list(ORDERS))
def test_render_and_compare(group):
    cell, inst, pts = placed_points(group)
    # instances are distinct
    key = np.round(inst[:, :2, :].reshape(len(inst), 6), 6)
    assert len(np.unique(key, axis=0)) == len(inst)
    gens = [affine(np.eye(2), cell.a_vec), affine(np.eye(2), cell.b_vec),
            affine(np.eye(2), -cell.a_vec - cell.b_vec)]
    gens += [frac_op(cell, m, t) for m, t in GENERATORS[group]]
    for g in gens:
        assert invariant(pts, g, WINDOW), f"{group} not invariant under\n{g}"
    miss = MISSING[group]
    if miss[0] == "rot":
        op = affine(sym.rotation(miss[1])[:2, :2])
    else:
        op = frac_op(cell, *miss)
    assert not invariant(pts, op, WINDOW), f"{group} wrongly invariant under {miss}"


def test_instances_cover_the_region_and_only_overlap_it():
    group = "p4g"
    cell, inst, _ = placed_points(group)
    # brute force with a plain loop over a generous index range
    B = cell.basis
    unit = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], float) @ B.T
    x0, y0, x1, y1 = REGION
    expected = set()
    for i in range(-12, 12):
        for j in range(-12, 12):
            for k, g in enumerate(cell.transforms):
                m = g.copy()
                m[:2, 2] += B @ (i, j)
                poly = apply(m, unit)
                # polygon/rectangle overlap for an axis-aligned square cell
                if (poly[:, 0].min() <= x1 and poly[:, 0].max() >= x0
                        and poly[:, 1].min() <= y1 and poly[:, 1].max() >= y0):
                    expected.add(tuple(np.round(m[:2].ravel(), 6)))
    got = {tuple(np.round(m[:2].ravel(), 6)) for m in inst}
    assert got == expected


def test_instances_exact_overlap_for_slanted_cells():
    # every returned copy's cell image intersects the region; a copy of the
    # unit cell touching the region in its bounding box only is not returned.
    inst = sym.wallpaper_instances("p1", 10.0, 10.0, (0, 0, 5, 5), angle=30.0)
    for m in inst:
        corners = apply(m, np.array([[0, 0], [1, 0], [1, 1], [0, 1]], float) @ np.column_stack(
            [[10.0, 0.0], [10 * math.cos(math.radians(30)), 10 * math.sin(math.radians(30))]]).T)
        # sample the parallelogram densely: some sample lies in the region
        s = np.linspace(0, 1, 60)
        S, T = np.meshgrid(s, s)
        p = corners[0] + S.ravel()[:, None] * (corners[1] - corners[0]) + T.ravel()[:, None] * (corners[3] - corners[0])
        assert np.any((p[:, 0] >= -1e-9) & (p[:, 0] <= 5 + 1e-9) & (p[:, 1] >= -1e-9) & (p[:, 1] <= 5 + 1e-9))


def test_large_region_is_fast_and_vectorised():
    inst = sym.wallpaper_instances("p6m", 2.0, None, (0, 0, 400, 400))
    assert inst.shape[1:] == (3, 3) and len(inst) > 400 * 400 / (2 * 2 * 0.87) * 12 * 0.9


# ---------------------------------------------------------------------------
# textile aliases


def test_textile_aliases():
    blk = sym.wallpaper_cell("block", 20.0)
    assert blk.group == "p1" and len(blk.transforms) == 1
    np.testing.assert_allclose(blk.basis, [[20, 0], [0, 20]])

    hd = sym.wallpaper_cell("half-drop", 20.0, 30.0)
    assert hd.group == "p1"
    # columns drop by half a repeat: (a, b/2) and (0, b) are lattice vectors,
    # (0, b/2) is not
    assert lattice_residual(hd, np.array([20.0, 15.0])) < 1e-12
    assert lattice_residual(hd, np.array([0.0, 30.0])) < 1e-12
    assert lattice_residual(hd, np.array([0.0, 15.0])) > 0.1
    assert hd.area == pytest.approx(600.0)

    hb = sym.wallpaper_cell("half_brick", 20.0, 30.0)
    np.testing.assert_allclose(hb.basis, [[20, 10], [0, 30]])
    br = sym.wallpaper_cell("brick", 20.0, 30.0, offset=0.25)
    np.testing.assert_allclose(br.basis, [[20, 5], [0, 30]])
    assert sym.wallpaper_cell("Half Brick", 20.0, 30.0).name == "half-brick"

    mir = sym.wallpaper_cell("mirror", 20.0, 30.0)
    pmm = sym.wallpaper_cell("pmm", 20.0, 30.0)
    assert mir.group == "pmm"
    np.testing.assert_allclose(mir.transforms, pmm.transforms)

    c = sym.wallpaper_cell("centred", 20.0, 30.0)
    assert not c.periodic and len(c.transforms) == 1
    one = sym.wallpaper_instances("centred", 20.0, 30.0, (0, 0, 100, 50))
    assert one.shape == (1, 3, 3)
    np.testing.assert_allclose(one[0], sym.translation(40.0, 10.0))


def test_half_drop_pattern_is_invariant_under_its_lattice():
    hd = sym.wallpaper_cell("half-drop", 10.0, 14.0)
    inst = sym.wallpaper_instances("half-drop", 10.0, 14.0, REGION)
    pts = place(inst, f_motif() @ np.diag([10.0, 14.0]))
    assert invariant(pts, sym.translation(10.0, 7.0), WINDOW)
    assert invariant(pts, sym.translation(0.0, 14.0), WINDOW)
    assert not invariant(pts, sym.translation(10.0, 0.0), WINDOW)
    assert hd.point_group_order == 1


def test_wallpaper_errors():
    with pytest.raises(ValueError):
        sym.wallpaper_cell("p5", 10)
    with pytest.raises(ValueError):
        sym.wallpaper_cell("p4", 10, 12)
    with pytest.raises(ValueError):
        sym.wallpaper_cell("p6", 10, angle=90)
    with pytest.raises(ValueError):
        sym.wallpaper_cell("p1", 10, angle=180)
    with pytest.raises(ValueError):
        sym.wallpaper_cell("pm", -1)
    with pytest.raises(ValueError):
        sym.wallpaper_instances("p1", 10, 10, (5, 0, 0, 5))
    with pytest.raises(ValueError):
        sym.wallpaper_instances("p1", 10, 10)


# ---------------------------------------------------------------------------
# friezes

P = 10.0
OFF = 2.5
L = 120.0


def _t(op):
    c = OFF + 6 * P  # a cell origin in the middle of the border
    return sym.translation(c, 0) @ op @ sym.translation(-c, 0)


MIRROR_X = affine(np.diag([-1.0, 1.0]))                 # x -> -x
MIRROR_Y = affine(np.diag([1.0, -1.0]))                 # y -> -y
HALF_TURN = affine(-np.eye(2))
GLIDE = affine(np.diag([1.0, -1.0]), (P / 2, 0))
MIRROR_X_QUARTER = affine(np.diag([-1.0, 1.0]), (P / 2, 0))   # x -> p/2 - x

FRIEZES = {
    # group: (nickname, order, generators, a missing operation)
    "p111": ("hop", 1, [], MIRROR_Y),
    "p1m1": ("sidle", 2, [MIRROR_X], MIRROR_Y),
    "p11m": ("jump", 2, [MIRROR_Y], MIRROR_X),
    "p11g": ("step", 2, [GLIDE], MIRROR_Y),
    "p211": ("spinning hop", 2, [HALF_TURN], MIRROR_Y),
    "p2mg": ("spinning sidle", 4, [MIRROR_X_QUARTER, GLIDE, HALF_TURN], MIRROR_Y),
    "p2mm": ("spinning jump", 4, [MIRROR_X, MIRROR_Y, HALF_TURN], GLIDE),
}


@pytest.mark.parametrize("group", list(FRIEZES))
def test_frieze(group):
    nick, order, gens, missing = FRIEZES[group]
    assert sym.frieze_group_name(nick) == group
    inst = sym.frieze_instances(group, P, L, OFF)
    assert inst.shape == (12 * order, 3, 3)
    np.testing.assert_allclose(sym.frieze_instances(nick, P, L, OFF), inst)
    np.testing.assert_allclose(sym.frieze_instances(nick.replace(" ", "-").upper(), P, L, OFF), inst)
    pts = place(inst, f_motif() * P)
    window = (OFF + 3 * P, -100.0, OFF + L - 3 * P, 100.0)
    for g in [sym.translation(P, 0), sym.translation(-P, 0)] + [_t(g) for g in gens]:
        assert invariant(pts, g, window), f"{group} not invariant under\n{g}"
    assert not invariant(pts, _t(missing), window)
    assert not invariant(pts, sym.translation(P / 2, 0), window)


def test_frieze_errors_and_short_border():
    assert len(sym.frieze_instances("hop", 10, 5)) == 1
    with pytest.raises(ValueError):
        sym.frieze_instances("p3", 10, 100)
    with pytest.raises(ValueError):
        sym.frieze_instances("hop", 0, 100)
    assert set(sym.FRIEZE_NICKNAMES.values()) == set(sym.FRIEZE_GROUPS)


# ---------------------------------------------------------------------------
# rosettes

CTR = (3.0, -2.0)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6, 8, 12, 24])
@pytest.mark.parametrize("dihedral", [False, True])
def test_rosette(n, dihedral):
    inst = sym.rosette(n, dihedral, CTR)
    assert inst.shape == ((2 * n if dihedral else n), 3, 3)
    motif = f_motif() * 10 + np.array(CTR) + (4.0, 0.5)
    pts = place(inst, motif)
    window = (-1e9, -1e9, 1e9, 1e9)
    # the centre is fixed by every operation
    for m in inst:
        np.testing.assert_allclose(apply(m, np.array([CTR]))[0], CTR, atol=1e-12)
    rot = sym.rotation(360.0 / n, CTR)
    mirror = sym.reflection(90.0, CTR)
    assert invariant(pts, rot, window)
    if dihedral:
        assert invariant(pts, mirror, window)
        assert invariant(pts, sym.reflection(90.0 + 180.0 / n, CTR), window)
    else:
        assert not invariant(pts, mirror, window)
    assert not invariant(pts, sym.rotation(180.0 / n, CTR), window)


def test_rosette_errors():
    for bad in (0, 25, -3, 2.5, True, "6"):
        with pytest.raises(ValueError):
            sym.rosette(bad, False)
