"""Synthetic label maps with a known symmetry, for the symmetry-repair tests.

Every shape is an inequality on the offset (dx, dy) of pixel centres from the
centre (cx, cy); with the centre on the pixel grid or half-grid the map is
exactly symmetric on the pixels.
"""
from __future__ import annotations

import numpy as np

#: Cream ground, madder red, indigo.
PALETTE = np.array([[236, 226, 204], [178, 34, 40], [32, 44, 96]], np.uint8)


def _offsets(h, w, cx, cy):
    y, x = np.mgrid[0:h, 0:w] + 0.5
    return x - (w / 2 if cx is None else cx), y - (h / 2 if cy is None else cy)


def rosette(h=161, w=161, cx=None, cy=None) -> np.ndarray:
    """D4: a lozenge, four round petals, four diagonal squares and a ring."""
    dx, dy = _offsets(h, w, cx, cy)
    labels = np.zeros((h, w), np.uint8)
    labels[np.abs(dx) + np.abs(dy) < 30] = 1
    for px, py in ((45, 0), (-45, 0), (0, 45), (0, -45)):
        labels[np.hypot(dx - px, dy - py) < 12] = 2
    for px, py in ((40, 40), (-40, 40), (40, -40), (-40, -40)):
        labels[(np.abs(dx - px) < 8) & (np.abs(dy - py) < 8)] = 1
    r = np.hypot(dx, dy)
    labels[(r > 62) & (r < 68)] = 2
    return labels


def tulip(h=150, w=170, cx=None, cy=None) -> np.ndarray:
    """Left-right mirror only: a stem, a cup, two leaves and a pointed tip."""
    dx, dy = _offsets(h, w, cx, cy)
    dx = np.abs(dx)
    labels = np.zeros((h, w), np.uint8)
    labels[(dx < 6) & (dy > -10) & (dy < 60)] = 1
    labels[(np.hypot(dx, dy + 20) < 30) & (dy < -12)] = 2
    labels[np.hypot(dx - 28, dy - 30) < 14] = 1
    labels[(dy < -45) & (dy > -60) & (dx < 4 + (dy + 60) * 0.5)] = 2
    return labels


def asymmetric(h=160, w=160) -> np.ndarray:
    """No symmetry: a disc, a bar, a small disc and a strip placed off-balance."""
    y, x = np.mgrid[0:h, 0:w] + 0.5
    labels = np.zeros((h, w), np.uint8)
    labels[np.hypot(x - 50, y - 60) < 30] = 1
    labels[(x > 90) & (x < 140) & (y > 20) & (y < 50)] = 2
    labels[np.hypot(x - 110, y - 120) < 18] = 2
    labels[(x > 20) & (x < 70) & (y > 110) & (y < 125)] = 1
    return labels


def boundary(labels, radius=1) -> np.ndarray:
    """Pixels within *radius* (chessboard) of a pixel of another label."""
    near = np.zeros(labels.shape, bool)
    h, w = labels.shape
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            a = labels[max(0, dy):h + min(0, dy), max(0, dx):w + min(0, dx)]
            b = labels[max(0, -dy):h + min(0, -dy), max(0, -dx):w + min(0, -dx)]
            near[max(0, dy):h + min(0, dy), max(0, dx):w + min(0, dx)] |= a != b
    return near


def with_blobs(labels, *, n=8, radius=4, seed=0, away_from_edges=False,
               within=None) -> np.ndarray:
    """Paint *n* round blobs of random colours (noise, stray fibres, a mis-cut patch).

    With *away_from_edges*, blobs are placed only where the clean map is one
    colour for 2 * radius around them; *within* (x0, y0, x1, y1) limits where
    blob centres go.
    """
    rng = np.random.default_rng(seed)
    h, w = labels.shape
    y, x = np.mgrid[0:h, 0:w]
    allowed = np.ones((h, w), bool)
    if away_from_edges:
        allowed = ~boundary(labels, 2 * radius + 1)
    allowed[:12] = allowed[-12:] = False
    allowed[:, :12] = allowed[:, -12:] = False
    if within is not None:
        x0, y0, x1, y1 = within
        allowed &= (x >= x0) & (x < x1) & (y >= y0) & (y < y1)
    spots = np.argwhere(allowed)
    out = labels.copy()
    k = int(labels.max()) + 1
    for cy, cx in spots[rng.choice(len(spots), n, replace=False)]:
        colour = (labels[cy, cx] + rng.integers(1, k)) % k   # never the colour underneath
        out[np.hypot(x - cx, y - cy) <= radius] = colour
    return out
