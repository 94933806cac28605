"""The catalogue's one-to-many float32 ΔE2000 agrees with core's float64 reference."""
import numpy as np

from motifstudio.catalogue.palette_index import PaletteColumns, delta_e_2000_to_many
from motifstudio.core.colour import delta_e_ciede2000, rgb_to_lab

# Sharma, Wu & Dalal (2005) test pairs (first few, covering hue wrap and greys)
SHARMA = [((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
          ((50.0, -1.0, 2.0), (50.0, 0.0, 0.0), 2.3669),
          ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0011), 7.2195),
          ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
          ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
          ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373)]


def test_published_pairs():
    for q, c, want in SHARMA:
        got = delta_e_2000_to_many([q], PaletteColumns(np.array([c])))[0, 0]
        assert abs(got - want) < 2e-3


def test_matches_core_on_random_and_edge_colours():
    rng = np.random.default_rng(3)
    lab = rgb_to_lab(rng.integers(0, 256, (40_000, 3)).astype(np.uint8)).astype(np.float64)
    lab[:20, 1:] = 0                                   # greys: zero chroma
    q = np.vstack([lab[:3], lab[500:505], [[30, 10, -60]]])   # incl. identical colours
    got = delta_e_2000_to_many(q, PaletteColumns(lab))       # large: runs in parallel
    ref = delta_e_ciede2000(q[:, None], lab[None])
    assert got.shape == ref.shape
    np.testing.assert_allclose(got, ref, atol=1e-3)
    assert got[0, 0] == 0 and got[4, 501] < 1e-3
    small = delta_e_2000_to_many(q, PaletteColumns(lab[:100]))   # serial path
    np.testing.assert_allclose(small, ref[:, :100], atol=2e-3)


def test_hard_cases_near_opposite_hues_blue_and_greys():
    rng = np.random.default_rng(5)
    lab = np.c_[rng.uniform(0, 100, 30_000), rng.uniform(-128, 127, (30_000, 2))]
    # near-opposite hue pairs, blues round 275°, greys, tiny chromas (not exactly
    # opposite hues: CIEDE2000 jumps there, and float rounding picks the side)
    ang = np.radians(rng.uniform(0, 360, 400))
    q = np.array([[50, 30 * np.cos(t), 30 * np.sin(t)] for t in ang[:6]] +
                 [[40, 10, -60], [60, 0, 0], [50, 1e-4, -1e-4]])
    flip = np.array([[50, -40 * np.cos(t + e), -40 * np.sin(t + e)]
                     for t in ang[:6] for e in np.radians([0.01, 0.5, 2, 5, -3])])
    lab = np.vstack([lab, flip, [[60, 0, 0], [60, 0, 1e-3], [30, 5, -80]]])
    got = delta_e_2000_to_many(q, PaletteColumns(lab))
    ref = delta_e_ciede2000(q[:, None], lab[None])
    np.testing.assert_allclose(got, ref, atol=1e-3)
