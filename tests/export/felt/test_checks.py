"""Pieces, the too-narrow check and the fold lines, on motifs with known answers."""
from __future__ import annotations

import numpy as np
import pytest

from motifstudio.export.felt.options import FeltTemplateOptions
from motifstudio.export.felt.plan import shyrdak_plan

from felt_motifs import counterchanged_halves, dumbbell, figures_motif, single, square


def plan(motif, **opts):
    return shyrdak_plan(single(motif), FeltTemplateOptions(**opts))


def names(p):
    cm = p.colour_map
    return sorted(f"{p.colours.letters[c]}{n}" for c, n in zip(cm.piece_colour, cm.number))


def test_pieces_are_counted_per_colour_and_labelled_inside():
    figs = [square(20, 20, 40), square(120, 30, 50), square(40, 120, 30)]
    p = plan(figures_motif(figs))
    # red (the smaller colour) is A: three squares; the cream ground is one piece
    assert names(p) == ["A1", "A2", "A3", "B1"]
    cm = p.colour_map
    for (x, y), c in zip(cm.point, cm.piece_colour):
        inside = any(fx <= x <= fx + s and fy <= y <= fy + s
                     for fx, fy, s in [(20, 20, 40), (120, 30, 50), (40, 120, 30)])
        assert inside == (p.colours.letters[c] == "A")
    # reading order: top band left to right
    a = {int(n): tuple(pt) for n, pt, c in zip(cm.number, cm.point, cm.piece_colour)
         if p.colours.letters[c] == "A"}
    assert a[1][0] < a[2][0] and a[3][1] > 100


def test_a_5_mm_neck_is_flagged_and_a_20_mm_one_is_not():
    narrow = plan(figures_motif([dumbbell(5.0)]))
    assert len(narrow.spots) == 1
    s = narrow.spots[0]
    assert s.kind == "neck"
    assert s.x == pytest.approx(100.0, abs=2.0) and s.y == pytest.approx(100.0, abs=2.0)
    assert s.width_mm == pytest.approx(5.0, abs=0.6)
    assert plan(figures_motif([dumbbell(20.0)])).spots == ()
    # the minimum width is an option: 25 mm makes the 20 mm neck too narrow
    wide = plan(figures_motif([dumbbell(20.0)]), min_width_mm=25.0).spots
    assert any(s.kind == "neck" and abs(s.x - 100) < 3 and abs(s.y - 100) < 3 for s in wide)


def test_thin_pieces_strips_and_spikes_are_flagged_but_square_corners_are_not():
    flag = [(40, 40), (100, 40), (100, 60), (130, 60), (130, 63), (100, 63), (100, 100),
            (40, 100)]                                          # a 3 mm strip 30 mm long
    spike = [(140, 120), (180, 120), (160, 120 + 20 / np.tan(np.radians(15)))]   # 30 degrees
    line = [(20, 150), (90, 150), (90, 154), (20, 154)]         # a whole 4 mm piece
    p = plan(figures_motif([flag, spike, line]))
    kinds = sorted((s.kind, round(s.x / 10), round(s.y / 10)) for s in p.spots)
    assert [k for k, _, _ in kinds] == ["piece", "strip", "strip"]
    piece = next(s for s in p.spots if s.kind == "piece")
    assert 20 <= piece.x <= 90 and 150 <= piece.y <= 154
    assert piece.width_mm == pytest.approx(4.0, abs=0.6)
    strip = min((s for s in p.spots if s.kind == "strip"), key=lambda s: s.x)
    assert 100 <= strip.x <= 130 and 60 <= strip.y <= 63
    # nothing but squares with 90-degree corners: no flag
    assert plan(figures_motif([square(30, 30, 60), square(110, 110, 40)])).spots == ()


def test_fold_lines_for_a_mirrored_motif_and_none_for_an_asymmetric_one():
    assert plan(figures_motif([dumbbell(10.0)])).folds == (True, True)
    # mirrored left-right only
    assert plan(figures_motif([square(30, 30, 40), square(130, 30, 40),
                               square(80, 120, 40)])).folds == (True, False)
    assert plan(figures_motif([square(30, 30, 40), square(110, 120, 50)])).folds == (False, False)
    assert plan(figures_motif([dumbbell(10.0)]), fold_lines=False).folds == (False, False)


def test_a_counterchanged_mirror_still_folds():
    # cream half with a red square | red half with a cream square: the cut lines mirror
    # although the colours swap; nothing mirrors top to bottom
    p = shyrdak_plan(single(counterchanged_halves()), FeltTemplateOptions())
    assert p.folds == (True, False)
    assert p.seam_mm == pytest.approx(200.0 + 2 * 240.0)
