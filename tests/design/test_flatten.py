"""Flattening a design to placed, clipped polygons: areas add up exactly, copies
stay inside their clips, counterchanged copies carry the swapped colours."""
import numpy as np
import pytest

from design_helpers import f_motif, repeat_design
from motifstudio.design.flatten import clip_ring, flatten_design, ring_area
from motifstudio.design.layout import Border, Layout, Medallion, Repeat
from motifstudio.design.spec import DesignSpec, build_design


def test_clip_ring_square_by_triangle():
    sq = np.array([(0, 0), (2, 0), (2, 2), (0, 2)], float)
    tri = np.array([(0, 0), (2, 0), (0, 2)], float)
    assert abs(ring_area(clip_ring(sq, tri))) == pytest.approx(2.0)
    assert abs(ring_area(clip_ring(sq, tri[::-1]))) == pytest.approx(2.0)   # either winding
    far = np.array([(5, 5), (6, 5), (6, 6)], float)
    assert len(clip_ring(sq, far)) == 0


@pytest.mark.parametrize("group", ["block", "half-drop", "brick", "p4m", "p6m", "p3", "pmg"])
def test_repeat_regions_cover_the_motif_area_per_copy(group):
    m = f_motif(20.0, 20.0)
    d = repeat_design(m, group, size=(100.0, 100.0))
    regs = flatten_design(d)
    W, H = d.size_mm
    pts = np.concatenate([r for reg in regs for r in reg.rings])
    assert pts.min() >= -1e-6 and pts[:, 0].max() <= W + 1e-6 and pts[:, 1].max() <= H + 1e-6
    total = sum(r.area for r in regs)
    # the copies tile: what is covered is the design minus the uncovered ground,
    # and never more than the whole design (no overlaps)
    assert total <= W * H + 1e-6
    if group in ("block", "half-drop", "brick"):
        assert total == pytest.approx(W * H, rel=1e-9)


def test_counterchange_alternate_swaps_colours_of_every_other_copy():
    m = f_motif(20.0, 20.0)
    d = build_design(m, DesignSpec(layout=Layout(kind="repeat", size_mm=(80.0, 80.0),
                                                 repeat=Repeat("block"),
                                                 counterchange="alternate")))
    regs = flatten_design(d)
    a, b = d.swap
    by_copy = {}
    for r in regs:
        by_copy.setdefault(r.copy, {})[r.colour] = r.rgb
    variants = d.composition.placements[0].variants
    for k, colours in by_copy.items():
        if a in colours:
            expect = d.palettes[int(variants[k])][a]
            assert colours[a] == tuple(int(v) for v in expect)
    assert len({tuple(c.get(a, ())) for c in by_copy.values()}) == 2


def test_rug_regions_stay_in_their_bands_and_field():
    m = f_motif(20.0, 20.0)
    d = build_design(m, DesignSpec(layout=Layout(
        kind="rug", size_mm=(300.0, 400.0), borders=(Border("p1m1", 40.0, "mitre"),),
        repeat=Repeat("block", 30.0))))
    regs = flatten_design(d)
    field = [r for r in regs if d.composition.placements[r.placement].role == "field"]
    pts = np.concatenate([ring for r in field for ring in r.rings])
    assert pts[:, 0].min() >= 40 - 1e-6 and pts[:, 0].max() <= 260 + 1e-6
    assert sum(r.area for r in field) == pytest.approx(220 * 320, rel=1e-9)
    med = build_design(m, DesignSpec(layout=Layout(kind="medallion", size_mm=(200.0, 200.0),
                                                   medallion=Medallion(6, True))))
    assert len({r.copy for r in flatten_design(med)}) == 12
