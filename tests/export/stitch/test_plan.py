"""The stitch plan of designs with known geometry: threads and colour order, stitch
lengths, fill/satin/outline choices, travel with jumps, trims and ties, options."""
import numpy as np
import pytest

from motifstudio.core.colour import rgb_to_lab
from motifstudio.core.document import Motif, Palette, Stroke, Swatch
from motifstudio.core.progress import CancelToken, Cancelled
from motifstudio.design.layout import Layout
from motifstudio.design.palettes import load_dmc, nearest
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.stitch import StitchOptions, plan_stitches
from motifstudio.export.stitch import plan as P
from motifstudio.export.stitch.options import HARD_MAX_STITCH_MM
from motifstudio.export.stitch.satin import points_inside
from stitch_helpers import (BLUE, CREAM, RED, SQUARE, SQUARE2, STRIP, blocks_design,
                            blocks_motif, palette)


@pytest.fixture(scope="module")
def design():
    return blocks_design()


@pytest.fixture(scope="module")
def plan(design):
    return plan_stitches(design)


def _kind_stitches(plan, kind):
    return plan.xy[(plan.cmd == P.STITCH) & (plan.kind == kind)]


def _segments(plan, mask=None):
    """Consecutive STITCH pairs (a, b) with the kind of b."""
    s = plan.cmd == P.STITCH
    both = np.flatnonzero(s[1:] & s[:-1]) + 1
    if mask is not None:
        both = both[mask[both]]
    return plan.xy[both - 1], plan.xy[both], plan.kind[both]


def test_threads_are_dmc_ground_first_outlines_last(plan):
    assert [t.dmc for t in plan.threads] == ["Ecru", "321", "820"]
    assert [t.design_rgb for t in plan.threads] == [(CREAM,), (RED,), (BLUE,)]
    assert plan.ground == 0 and plan.colour_changes == 2
    # the outlines (between colours) are sewn in the darkest thread, in the last block
    outline = plan.thread[(plan.kind == P.OUTLINE) & (plan.cmd == P.STITCH)]
    assert len(outline) and np.all(outline == 2)
    # blocks are contiguous and in order
    assert np.all(np.diff(plan.thread) >= 0)


def test_colour_order_by_area_without_outlines(design):
    p = plan_stitches(design, StitchOptions(outline="none"))
    # ground (cream), then the larger red, then the smaller blue
    assert [t.dmc for t in p.threads] == ["Ecru", "321", "820"]
    assert not (p.kind == P.OUTLINE).any()


def test_every_stitch_inside_the_design_and_within_its_length(plan):
    W, H = plan.size_mm
    s = plan.xy[plan.cmd == P.STITCH]
    assert s.min() >= -1e-9 and s[:, 0].max() <= W + 1e-9 and s[:, 1].max() <= H + 1e-9
    a, b, kind = _segments(plan)
    length = np.hypot(*(b - a).T)
    limited = np.isin(kind, [P.FILL, P.UNDERLAY, P.OUTLINE, P.TIE])
    assert length[limited].max() <= 4.0 + 1e-9
    assert length.max() <= HARD_MAX_STITCH_MM
    # the fill really uses long stitches up to the limit, so the check could fail
    assert np.sum(length[kind == P.FILL] > 3.9) > 100
    assert plan.stitch_count == int(np.count_nonzero(plan.cmd == P.STITCH))
    assert plan.thread_stitches().sum() == plan.stitch_count
    assert plan.thread_lengths_mm().sum() == pytest.approx(length.sum())


def test_fill_rows_follow_the_angle_and_spacing(design):
    p = plan_stitches(design, StitchOptions(fill_angle=30.0, row_spacing=0.5, underlay=False,
                                            outline="none"))
    a, b, kind = _segments(p)
    fill = kind == P.FILL
    d = (b - a)[fill]
    long_ = np.hypot(*d.T) > 2.0
    ang = np.degrees(np.arctan2(-d[long_, 1], d[long_, 0])) % 180
    assert np.all(np.abs(ang - 30.0) < 1e-6)
    # rows at 0.5 mm: the needle points' row coordinate takes values k * 0.5 + 0.25
    R = np.array([[np.cos(np.radians(30)), np.sin(np.radians(30))],
                  [-np.sin(np.radians(30)), np.cos(np.radians(30))]])
    v = (_kind_stitches(p, P.FILL) @ R)[:, 1]
    frac = np.mod(v - 0.25, 0.5)
    assert np.all(np.minimum(frac, 0.5 - frac) < 1e-6)


def test_underlay_runs_across_the_fill_and_stays_inside(plan, design):
    u = _kind_stitches(plan, P.UNDERLAY)
    assert len(u) > 50
    # inside the red squares, well away from their edges (inset), or along the strip's centre
    in_sq = points_inside(u, [np.array(SQUARE, float)]) | points_inside(u, [np.array(SQUARE2,
                                                                                    float)])
    sq = u[in_sq]
    assert len(sq) > 20
    for poly in (SQUARE, SQUARE2):
        lo, hi = np.min(poly, 0), np.max(poly, 0)
        inside = np.all((sq >= lo) & (sq <= hi), 1)
        if inside.any():
            q = sq[inside]
            assert np.min(np.c_[q - lo, hi - q]) >= 0.8 - 1e-6
    a, b, kind = _segments(plan)
    und = (kind == P.UNDERLAY) & (np.hypot(*(b - a).T) > 2.5)   # not the turns between rows
    d = (b - a)[und]
    ang = np.degrees(np.arctan2(-d[:, 1], d[:, 0])) % 180
    # fill at 45°, underlay at right angles (135°), and the strip's centre walk (90°)
    assert np.all(np.isclose(ang, 135.0, atol=1e-6) | np.isclose(ang, 90.0, atol=1e-6))
    assert np.isclose(ang, 135.0, atol=1e-6).sum() > 20


def test_narrow_strip_becomes_satin(plan):
    s = _kind_stitches(plan, P.SATIN)
    assert len(s) > 100
    x0, y0 = np.min(STRIP, 0)
    x1, y1 = np.max(STRIP, 0)
    assert s[:, 0].min() >= x0 - 1e-9 and s[:, 0].max() <= x1 + 1e-9
    assert s[:, 1].min() >= y0 - 1e-9 and s[:, 1].max() <= y1 + 1e-9
    a, b, kind = _segments(plan)
    d = (b - a)[kind == P.SATIN]
    across = np.abs(d[:, 0]) > 2.5                       # the strip is 3 mm wide
    assert across.mean() > 0.9
    assert np.abs(d[across, 1]).max() <= 0.45            # zig-zag advances ~0.2 mm per stitch
    # and nothing else is satin
    assert not points_inside(s, [np.array(SQUARE, float)]).any()


def test_satin_off_fills_the_strip(design):
    p = plan_stitches(design, StitchOptions(satin_width=0.0))
    assert not (p.kind == P.SATIN).any()
    f = _kind_stitches(p, P.FILL)
    strip = np.array(STRIP, float)
    grown = strip + [[-.01, -.01], [.01, -.01], [.01, .01], [-.01, .01]]
    assert points_inside(f, [grown]).sum() > 50


def test_far_pieces_are_trimmed_and_tied(plan):
    cmd, xy, kind = plan.cmd, plan.xy, plan.kind
    jumps = np.flatnonzero(cmd == P.JUMP)
    assert plan.trims >= 3
    for j in jumps[1:]:
        prev = j - 1
        # the needle position before the jump
        start = xy[prev]
        dist = np.hypot(*(xy[j] - start))
        if cmd[prev] in (P.TRIM, P.COLOUR_CHANGE):
            # a trim: tied off before it, tied in after the jump
            k = prev - 1 if cmd[prev] == P.TRIM else prev - 2
            if cmd[prev] == P.COLOUR_CHANGE:
                assert cmd[prev - 1] == P.TRIM
            assert kind[k] == P.TIE and cmd[k] == P.STITCH
            assert kind[j + 1] == P.TIE and kind[j + 2] == P.TIE
            assert np.allclose(xy[j + 1], xy[j])      # needle down where it landed
        else:
            assert dist <= 3.0 + 1e-9                 # short jumps only are left untrimmed
    # the two red squares are 20 mm apart: a trim separates them
    red = np.flatnonzero((plan.thread == 1))
    assert (cmd[red] == P.TRIM).sum() >= 2            # between the squares and at the end


def test_ties_stay_on_the_stitches_they_lock(plan):
    ties = _kind_stitches(plan, P.TIE)
    W, H = plan.size_mm
    assert ties.min() >= -1e-9 and ties[:, 0].max() <= W + 1e-9 and ties[:, 1].max() <= H + 1e-9
    a, b, kind = _segments(plan)
    assert np.hypot(*(b - a)[kind == P.TIE].T).max() <= P.TIE_MM + 1e-9


def test_outlines_lie_on_the_boundaries_between_colours(plan):
    o = _kind_stitches(plan, P.OUTLINE)
    assert len(o) > 40

    def dist_to_rect(p, poly):
        lo, hi = np.min(poly, 0), np.max(poly, 0)
        dx = np.maximum(np.maximum(lo[0] - p[:, 0], p[:, 0] - hi[0]), 0)
        dy = np.maximum(np.maximum(lo[1] - p[:, 1], p[:, 1] - hi[1]), 0)
        inside = (dx == 0) & (dy == 0)
        d_in = np.min(np.c_[p - lo, hi - p], 1)
        return np.where(inside, d_in, np.hypot(dx, dy))
    d = np.min([dist_to_rect(o, np.array(r, float)) for r in (SQUARE, STRIP, SQUARE2)], 0)
    assert d.max() < 1e-6
    # every boundary is stitched: the outline's extent covers all three shapes
    perimeter = 2 * (20 + 20) + 2 * (3 + 30) + 2 * (10 + 10)
    a, b, kind = _segments(plan)
    assert np.hypot(*(b - a)[kind == P.OUTLINE].T).sum() == pytest.approx(perimeter, rel=0.05)


def test_bean_outline_sews_every_stitch_three_times(design):
    run = plan_stitches(design, StitchOptions(outline="running"))
    bean = plan_stitches(design, StitchOptions(outline="bean"))
    n_run = np.count_nonzero(run.kind == P.OUTLINE)
    n_bean = np.count_nonzero(bean.kind == P.OUTLINE)
    assert n_bean == pytest.approx(3 * n_run, rel=0.05)


def test_ground_left_to_the_fabric(design):
    p = plan_stitches(design, StitchOptions(ground="fabric"))
    assert [t.dmc for t in p.threads] == ["321", "820"]
    assert p.fabric == CREAM and p.ground == -1
    s = p.xy[p.cmd == P.STITCH]
    # nothing is sewn on the ground, away from the shapes' outlines
    far = ~(points_inside(s, [np.array(r, float) + np.array([[-.1, -.1], [.1, -.1], [.1, .1],
                                                             [-.1, .1]])
                              for r in (SQUARE,)]) |
            points_inside(s, [np.array(STRIP, float) + np.array([[-.1, -.1], [.1, -.1],
                                                                 [.1, .1], [-.1, .1]])]) |
            points_inside(s, [np.array(SQUARE2, float) + np.array([[-.1, -.1], [.1, -.1],
                                                                   [.1, .1], [-.1, .1]])]))
    assert not far.any()


def test_colours_map_to_the_nearest_dmc_by_ciede2000():
    odd = [(250, 240, 200), (150, 60, 90), (40, 120, 170)]
    m = blocks_motif()
    m = m.replace(palette=Palette(tuple(Swatch.from_rgb(c) for c in odd)))
    d = build_design(m, DesignSpec(layout=Layout(kind="single", size_mm=(60.0, 40.0))))
    p = plan_stitches(d, StitchOptions(outline="none"))
    dmc = load_dmc()
    expect = nearest(dmc, rgb_to_lab(np.array(odd, np.uint8)))
    got = {t.design_rgb[0]: t for t in p.threads}
    for c, k in zip(odd, expect.tolist()):
        assert got[c].rgb == tuple(dmc.swatches[k].rgb)
        assert "DMC " + got[c].dmc == dmc.swatches[k].source


def test_strokes_become_satin_or_bean_lines():
    m = blocks_motif()
    wide = Stroke(pts=np.array([[5.0, 32.0], [30.0, 32.0]]), ops=np.array([0], np.uint8),
                  width=2.0, colour=2)
    thin = Stroke(pts=np.array([[5.0, 36.0], [30.0, 36.0]]), ops=np.array([0], np.uint8),
                  width=0.5, colour=1)
    m = m.replace(strokes=(wide, thin))
    d = build_design(m, DesignSpec(layout=Layout(kind="single", size_mm=(60.0, 40.0))))
    p = plan_stitches(d, StitchOptions(outline="none"))
    s = p.xy[(p.kind == P.STROKE) & (p.cmd == P.STITCH)]
    th = p.thread[(p.kind == P.STROKE) & (p.cmd == P.STITCH)]
    blue = [t.dmc for t in p.threads].index("820")
    wide_pts, thin_pts = s[th == blue], s[th != blue]
    assert np.allclose(np.abs(wide_pts[:, 1] - 32.0), 1.0)          # the rails of a 2 mm column
    assert np.allclose(thin_pts[:, 1], 36.0)                          # a bean line on it
    assert wide_pts[:, 0].min() == pytest.approx(5.0, abs=0.3)
    assert wide_pts[:, 0].max() == pytest.approx(30.0, abs=0.3)
    # stroke blocks come after the fills they lie on
    assert th.min() > 0


def test_bad_options_name_the_option(design):
    with pytest.raises(ValueError, match="StitchOptions.row_spacing"):
        plan_stitches(design, StitchOptions(row_spacing=0.01))
    with pytest.raises(ValueError, match="StitchOptions.outline"):
        plan_stitches(design, StitchOptions(outline="zigzag"))
    with pytest.raises(ValueError, match="StitchOptions.max_stitch"):
        plan_stitches(design, StitchOptions(max_stitch=20.0))


def test_progress_and_cancel(design):
    seen = []
    plan_stitches(design, progress=lambda f, m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    tok = CancelToken()
    tok.cancel()
    with pytest.raises(Cancelled):
        plan_stitches(design, cancel=tok)


def test_tiny_faces_are_reported():
    m = blocks_motif()
    pal = palette()
    assert len(pal) == 3
    from planar_maps import build_map
    outer = [(0, 0), (60, 0), (60, 40), (0, 40)]
    speck = [(10, 10), (10.5, 10), (10.5, 10.5), (10, 10.5)]
    ring = lambda p: ([tuple(map(float, q)) for q in p] + [tuple(map(float, p[0]))],  # noqa
                      "L" * len(p))
    pm = build_map(60.0, 40.0, [ring(outer), ring(speck)], [[[0], [~1]], [[1]]], [0, 1])
    m = Motif(source=None, recipe={}, palette=pal, planar_map=pm, size_mm=(60.0, 40.0))
    d = build_design(m, DesignSpec(layout=Layout(kind="single", size_mm=(60.0, 40.0))))
    p = plan_stitches(d)
    assert any("too small" in w for w in p.warnings)
    assert [t.dmc for t in p.threads] == ["Ecru"]


def test_clipped_and_mirrored_copies_stay_inside_the_design():
    from motifstudio.design.layout import Repeat
    d = build_design(blocks_motif(), DesignSpec(layout=Layout(
        kind="repeat", size_mm=(100.0, 100.0), repeat=Repeat("p4m", 45.0))))
    p = plan_stitches(d)
    s = p.xy[p.cmd == P.STITCH]
    assert s.min() >= -1e-9 and s.max() <= 100.0 + 1e-9
    assert s.max(0) - s.min(0) == pytest.approx([100.0, 100.0], abs=1.0)
    a, b, kind = _segments(p)
    assert np.hypot(*(b - a).T).max() <= HARD_MAX_STITCH_MM
    # a run of stitches is never a lone needle point
    runs = p.runs()
    assert all(len(r) >= 2 for _, r in runs)


def test_outlines_against_the_fabric_and_an_empty_design(design):
    import io
    from motifstudio.export.registry import writer_for
    # the ground left to the cloth: the boundaries between the cloth and the threads are
    # still outlined, even with one thread left
    m = blocks_motif()
    m = m.replace(planar_map=m.planar_map.with_face_colours(np.array([0, 1, 1, 1])))
    d = build_design(m, DesignSpec(layout=Layout(kind="single", size_mm=(60.0, 40.0))))
    p = plan_stitches(d, StitchOptions(ground="fabric"))
    assert [t.dmc for t in p.threads] == ["321"] and (p.kind == P.OUTLINE).any()
    # nothing left to sew: the plan is empty and the machine writers say so
    one = m.replace(planar_map=m.planar_map.with_face_colours(np.array([0, 0, 0, 0])))
    d = build_design(one, DesignSpec(layout=Layout(kind="single", size_mm=(60.0, 40.0))))
    p = plan_stitches(d, StitchOptions(ground="fabric"))
    assert p.stitch_count == 0 and p.threads == ()
    with pytest.raises(ValueError, match="nothing to embroider"):
        writer_for("pes").func(d, io.BytesIO(), StitchOptions(ground="fabric"))
