#!/usr/bin/env python3
"""Generate the sample motifs bundled with Motif Studio.

Every image in this folder is drawn from scratch by this script: the motifs
are designed by the Motif Studio project (no artwork is copied or traced) and
are released under the project's licence, GPL-3.0-or-later.

How the images are made
-----------------------
* Each motif is an implicit drawing: a function that takes arrays of design
  coordinates and returns, for every point, the index of the colour painted
  there (spirals, petals, lozenges, ... are inequalities on signed distances
  or polar radii).  It is sampled at the pixel centres on an ``ss`` x ``ss``
  grid of sub-samples per pixel and averaged, which anti-aliases the edges.
  The line art is the exception: its strokes are cubic Bezier curves and a
  pixel is inked by its distance to the densely sampled curve.
* The "photo" look (felt fibres, weave, uneven light, perspective, colour
  cast, blur, JPEG) is added afterwards with seeded noise, so the design and
  the imperfections stay separate.
* Everything is seeded (``SEEDS`` below): running the script twice gives the
  same pixels with the same numpy/scipy/Pillow versions.

Outputs (written next to this script)
-------------------------------------
ramshorn.jpg        Kyrgyz shyrdak "kochkor muyuz" (ram's horn), 2 colours,
                    photographed felt on a table: trace with ``shyrdak-2``.
suzani_rosette.jpg  Suzani-style embroidered rosette, 5 colours on ivory
                    cotton: trace with ``photo-auto`` and 5 colours.
ikat_band.jpg       Ikat/abr band, 5 colours, feathered lozenges: ``ikat-5``.
outline_tulip.png   Line art (tulip, leaves and boteh), dark brown 3 px lines
                    on cream, for centreline tracing: ``suzani-lines``.

Usage::

    python resources/samples/make_samples.py            # all four
    python resources/samples/make_samples.py ikat_band  # just one
    python resources/samples/make_samples.py --out /tmp/preview

Needs numpy, scipy and Pillow only.
"""
from __future__ import annotations

import argparse
import io
import os
import sys

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage as ndi
from scipy.spatial import cKDTree

HERE = os.path.dirname(os.path.abspath(__file__))
TAU = 2.0 * np.pi
SEEDS = {"ramshorn": 1101, "suzani_rosette": 2202, "ikat_band": 3303, "outline_tulip": 4404}


# =========================================================================== helpers

def rgb(hex_colour: str) -> np.ndarray:
    h = hex_colour.lstrip("#")
    return np.array([int(h[i:i + 2], 16) for i in (0, 2, 4)], np.float32)


def render_coverage(label_fn, width: int, height: int, n_labels: int, ss: int = 3,
                    chunk_rows: int = 48) -> np.ndarray:
    """Fraction of each pixel covered by each label: (H, W, n_labels) float32.

    ``label_fn(px, py)`` gets pixel coordinates of the sub-samples (x right,
    y down, pixel (i, j) spans [j, j+1) x [i, i+1)) and returns integer labels.
    The ss x ss sub-samples sit at the centres of a regular grid in each pixel.
    """
    offs = (np.arange(ss) + 0.5) / ss
    px = (np.arange(width)[:, None] + offs[None, :]).ravel()
    out = np.zeros((height, width, n_labels), np.float32)
    for r0 in range(0, height, chunk_rows):
        r1 = min(height, r0 + chunk_rows)
        py = (np.arange(r0, r1)[:, None] + offs[None, :]).ravel()
        X, Y = np.broadcast_arrays(px[None, :], py[:, None])
        lab = np.asarray(label_fn(X, Y))
        onehot = np.eye(n_labels, dtype=np.float32)[lab]
        out[r0:r1] = onehot.reshape(r1 - r0, ss, width, ss, n_labels).mean(axis=(1, 3))
    return out


def smooth_noise(rng: np.random.Generator, shape, sigma: float) -> np.ndarray:
    """Gaussian-filtered white noise with unit standard deviation."""
    h, w = shape
    if sigma <= 6:
        n = ndi.gaussian_filter(rng.standard_normal((h, w)), sigma, mode="wrap")
    else:  # large blobs: filter a smaller grid and interpolate it up
        f = sigma / 3.0
        sh, sw = int(np.ceil(h / f)) + 4, int(np.ceil(w / f)) + 4
        small = ndi.gaussian_filter(rng.standard_normal((sh, sw)), 3.0, mode="wrap")
        ys = np.arange(h) / f + 1.5
        xs = np.arange(w) / f + 1.5
        Y, X = np.meshgrid(ys, xs, indexing="ij")
        n = ndi.map_coordinates(small, [Y, X], order=3, mode="nearest")
    n = n - n.mean()
    return (n / (n.std() + 1e-12)).astype(np.float32)


def homography(src, dst) -> np.ndarray:
    """3x3 matrix mapping the four points *src* onto *dst* (x, y)."""
    a = []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.asarray(a, float))
    m = vt[-1].reshape(3, 3)
    return m / m[2, 2]


def lighting(shape, *, direction=(-0.6, -0.8), gradient=0.12, vignette=0.22,
             centre=(0.5, 0.5)) -> np.ndarray:
    """Multiplicative light field: a linear gradient, brighter towards the unit
    vector *direction* (x right, y down) by about *gradient* at the edge of the
    image, times a soft vignette darkening the corners by about *vignette*."""
    h, w = shape
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    d = max(h, w)
    xn, yn = (x - centre[0] * w) / d, (y - centre[1] * h) / d
    dx, dy = direction
    g = 1.0 + 2.0 * gradient * (xn * dx + yn * dy)
    r2 = (xn ** 2 + yn ** 2) / 0.5
    v = 1.0 - vignette * r2 ** 1.3
    return (g * v).astype(np.float32)


def to_uint8(img: np.ndarray) -> np.ndarray:
    return np.clip(np.round(img), 0, 255).astype(np.uint8)


def save_jpeg(img: np.ndarray, path: str, quality: int, limit_kb: int) -> None:
    """Save as JPEG (4:2:0, optimised); lower the quality until it fits."""
    pil = Image.fromarray(to_uint8(img))
    q = quality
    while True:
        buf = io.BytesIO()
        pil.save(buf, "JPEG", quality=q, optimize=True, subsampling=2)
        if buf.tell() <= limit_kb * 1024 or q <= 70:
            break
        q -= 2
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    print(f"{os.path.basename(path)}: {pil.width}x{pil.height}, JPEG q{q}, "
          f"{buf.tell() / 1024:.0f} KB")


# =========================================================================== 1. shyrdak

def horn_pair(x, y, R, turns, pitch, w0, w1):
    """Two mirrored ram's horns (kochkor muyuz) in a local frame.

    The stem arrives from -y at the fork (the origin); each horn rises, bends
    outwards and curls down into an Archimedean spiral around (+-R, 0) whose
    radius shrinks by *pitch* per turn.  The band is w0 wide at the fork and
    tapers to w1 at the rounded tip.
    """
    x = np.abs(x)  # mirror: the left horn is the right one reflected
    dx, dy = x - R, y
    theta_max = TAU * turns
    b = pitch / TAU
    r_tip = R - b * theta_max
    r = np.hypot(dx, dy)
    # Spiral parameter th in [0, theta_max] (tip .. fork) sits at polar angle
    # th + pi - theta_max: the fork (th = theta_max) is at angle pi, due west
    # of the centre, with the band heading north from there.
    phi = np.mod(np.arctan2(dy, dx) - (np.pi - theta_max), TAU)
    inside = np.zeros(x.shape, bool)
    for k in range(int(turns) + 2):
        th = phi + TAU * k
        rr = r_tip + b * th
        ww = w1 + (w0 - w1) * th / theta_max
        inside |= (th <= theta_max) & (np.abs(r - rr) < ww / 2)
    a = np.pi - theta_max
    inside |= np.hypot(dx - r_tip * np.cos(a), dy - r_tip * np.sin(a)) < w1 / 2
    return inside


def ramshorn_design(x, y):
    """Label 0 = cream, 1 = red; design coordinates x right, y up, tile [-1, 1]^2.

    Four-fold (dihedral) symmetric: a red sawtooth border, a field with a
    central red lozenge (a small counterchanged cream cross of horns inside),
    four ram's horn pairs on the axes and four on the diagonals.
    """
    ax, ay = np.abs(x), np.abs(y)
    s = np.maximum(ax, ay)
    lab = np.zeros(x.shape, np.uint8)
    # border: outer red band, sawtooth of red teeth pointing inwards
    f0, f1 = 0.86, 0.955
    lab[s >= f1] = 1
    band = (s >= f0) & (s < f1)
    t = np.where(ax >= ay, y, x)  # position along the side
    n_teeth = 13  # a whole number of teeth per side, a full tooth at each end
    u = np.mod((t + f0) / (2 * f0 / n_teeth) + 0.5, 1.0)
    depth = (f1 - s) / (f1 - f0)
    lab[band & (depth < 1 - 2 * np.abs(u - 0.5))] = 1
    # corner squares of the border: red, with a cream lozenge
    c = (f0 + f1) / 2
    corner = (ax >= f0) & (ay >= f0)
    lab[corner] = 1
    lab[corner & (np.abs(ax - c) + np.abs(ay - c) < 0.4 * (f1 - f0))] = 0
    field = s < f0
    lab[field & (s > f0 - 0.035)] = 1  # red rule round the field
    # field corners: small red triangles
    lab[field & (np.abs(ax - 0.825) + np.abs(ay - 0.825) < 0.13)] = 1
    m = np.zeros(x.shape, bool)
    d1 = ax + ay
    m |= d1 < 0.30  # central lozenge
    for lx, ly in ((ay, ax), (ax, ay)):  # elements along the +x and +y axes
        m |= (np.abs(lx) < 0.036) & (ly > 0.2) & (ly < 0.44)
        m |= horn_pair(lx, ly - 0.44, R=0.155, turns=1.05, pitch=0.13, w0=0.072, w1=0.058)
    lx, ly = (ax - ay) / np.sqrt(2), (ax + ay) / np.sqrt(2)  # along the diagonal
    m |= (np.abs(lx) < 0.034) & (ly > 0.1) & (ly < 0.72)
    m |= horn_pair(lx, ly - 0.72, R=0.125, turns=1.0, pitch=0.112, w0=0.068, w1=0.054)
    lab[field & m] = 1
    # counterchange: a cream cross of little horns inside the red lozenge
    c = d1 < 0.06
    for lx, ly in ((ay, ax), (ax, ay)):
        c |= (np.abs(lx) < 0.018) & (ly < 0.12)
        c |= horn_pair(lx, ly - 0.12, R=0.05, turns=0.9, pitch=0.05, w0=0.03, w1=0.024) & (d1 < 0.27)
    lab[(d1 < 0.30) & c] = 0
    return lab


def make_ramshorn(out_dir: str) -> str:
    rng = np.random.default_rng(SEEDS["ramshorn"])
    n = 1400                      # the felt, flat
    out_w, out_h = 1600, 1600     # the photo
    cream, red = rgb("#e2cc98"), rgb("#8c1e24")

    # Felt pieces are cut by hand: wobble the design a few pixels.
    wob_x = smooth_noise(rng, (n, n), 45) * 2.0
    wob_y = smooth_noise(rng, (n, n), 45) * 2.0

    def label_fn(px, py):
        i = np.clip(py.astype(int), 0, n - 1)
        j = np.clip(px.astype(int), 0, n - 1)
        qx = px + wob_x[i, j]
        qy = py + wob_y[i, j]
        return ramshorn_design(qx / n * 2 - 1, 1 - qy / n * 2)

    cov = render_coverage(label_fn, n, n, 2, ss=3)[..., 1]  # red fraction

    # Felt texture: each colour is its own piece of felt with its own blotches.
    def felt(base, blotch):
        b = (1 + blotch * smooth_noise(rng, (n, n), 90)
             + 0.5 * blotch * smooth_noise(rng, (n, n), 25))
        return base[None, None, :] * b[..., None]
    tex_c = felt(cream, 0.035)
    tex_r = felt(red, 0.05)
    img = tex_c * (1 - cov[..., None]) + tex_r * cov[..., None]

    # fibres: short curly strands, a little lighter or darker than the felt
    def strands(count, length, layer, value, near=None):
        draw = ImageDraw.Draw(layer)
        if near is not None:  # start points drawn from the given pixels
            idx = rng.choice(len(near[0]), count)
            starts = np.stack([near[1][idx], near[0][idx]], 1) + rng.uniform(0, 1, (count, 2))
        else:
            starts = rng.uniform(0, n, (count, 2))
        for x0, y0 in starts:
            ang = rng.uniform(0, TAU)
            pts = [(x0, y0)]
            for _ in range(rng.integers(3, 7)):
                ang += rng.normal(0, 0.55)
                step = rng.uniform(*length)
                x0, y0 = x0 + step * np.cos(ang), y0 + step * np.sin(ang)
                pts.append((x0, y0))
            draw.line(pts, fill=value(), width=1)
        return layer

    fib = strands(30000, (1.5, 4.0), Image.new("F", (n, n), 0.0),
                  lambda: float(rng.choice([-1.0, 1.0]) * rng.uniform(0.3, 1.0)))
    fib = ndi.gaussian_filter(np.asarray(fib, np.float32), 0.7)
    mottle = (0.030 * smooth_noise(rng, (n, n), 1.0) + 0.030 * smooth_noise(rng, (n, n), 3.0)
              + 0.020 * smooth_noise(rng, (n, n), 9.0))
    img *= (1 + 0.10 * fib + mottle)[..., None]
    # stray fibres of the other colour wander across the seams
    seam = np.nonzero((cov > 0.2) & (cov < 0.8))
    stray = strands(1800, (2.0, 4.5), Image.new("F", (n, n), 0.0),
                    lambda: float(rng.uniform(0.3, 0.8)), near=seam)
    stray = strands(500, (2.0, 4.5), stray, lambda: float(rng.uniform(0.2, 0.5)))
    stray = ndi.gaussian_filter(np.asarray(stray, np.float32), 0.6)
    other = cream[None, None, :] * cov[..., None] + red[None, None, :] * (1 - cov[..., None])
    img = img * (1 - stray[..., None]) + other * stray[..., None]

    # the seams where the counterchanged pieces are sewn together: a soft groove
    edge = np.abs(ndi.gaussian_filter(cov, 1.0) - 0.5) < 0.45
    groove = ndi.gaussian_filter(edge.astype(np.float32), 1.2)
    img *= (1 - 0.16 * groove)[..., None]

    # -- the photo: the felt lies on a dark wooden table, seen slightly from the front
    corners_out = np.array([[172, 148], [1432, 170], [1492, 1458], [118, 1440]], float)
    corners_tile = np.array([[0, 0], [n, 0], [n, n], [0, n]], float)
    hmat = homography(corners_out, corners_tile)  # photo pixel -> felt pixel
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float64)
    den = hmat[2, 0] * xx + hmat[2, 1] * yy + hmat[2, 2]
    tx = (hmat[0, 0] * xx + hmat[0, 1] * yy + hmat[0, 2]) / den - 0.5
    ty = (hmat[1, 0] * xx + hmat[1, 1] * yy + hmat[1, 2]) / den - 0.5
    felt_rgb = np.stack([ndi.map_coordinates(img[..., c], [ty, tx], order=1, mode="nearest")
                         for c in range(3)], axis=-1)
    # the felt's own edge is ragged; a soft, fuzzy alpha
    rag = smooth_noise(rng, (out_h, out_w), 12) * 1.6 + smooth_noise(rng, (out_h, out_w), 2) * 0.6
    inside = np.minimum.reduce([tx + 0.5, n - 0.5 - tx, ty + 0.5, n - 0.5 - ty]) + rag
    alpha = np.clip(inside / 1.6 + 0.5, 0, 1).astype(np.float32)

    # table: dark walnut with a faint grain
    gy = yy / out_h
    grain = (np.sin(TAU * (xx / 23.0 + 2.5 * smooth_noise(rng, (out_h, out_w), 40)
                           + 0.3 * gy)) * 0.5
             + 0.5 * smooth_noise(rng, (out_h, out_w), 3))
    table = rgb("#3b2c24")[None, None, :] * (1 + 0.06 * grain + 0.04 * smooth_noise(
        rng, (out_h, out_w), 120))[..., None]
    # the felt is thick: it casts a soft shadow down and to the right
    shadow = ndi.gaussian_filter(ndi.shift(alpha, (7, 5), order=1), 9)
    table *= (1 - 0.55 * shadow)[..., None]
    photo = table * (1 - alpha[..., None]) + felt_rgb * alpha[..., None]

    # light: brighter towards the upper left, vignette; warm cast; phone softness
    photo *= lighting((out_h, out_w), direction=(-0.55, -0.83), gradient=0.11,
                      vignette=0.28, centre=(0.47, 0.47))[..., None]
    photo *= np.array([1.06, 1.0, 0.86], np.float32)
    photo = np.stack([ndi.gaussian_filter(photo[..., c], 0.85) for c in range(3)], -1)
    photo += rng.normal(0, 1.4, photo.shape[:2])[..., None]  # sensor noise (luma)
    path = os.path.join(out_dir, "ramshorn.jpg")
    save_jpeg(photo, path, 85, 600)
    return path


# =========================================================================== 2. suzani

def _leaf(x, y, angle, u0, u1, half_width, bend):
    """A pointed, slightly curved leaf along the ray at *angle* from radius u0 to u1."""
    c, s = np.cos(angle), np.sin(angle)
    u = x * c + y * s
    v = -x * s + y * c
    t = (u - u0) / (u1 - u0)
    tt = np.clip(t, 0, 1)
    v = v - bend * tt ** 2
    return (t > 0) & (t < 1) & (np.abs(v) < half_width * np.sin(np.pi * tt) ** 0.85)


def _petal_star(r, th, n, r0, r1, phase=0.0, power=0.7):
    """Star of n rounded-pointed petals between radii r0 and r1."""
    a = np.mod(th - phase + np.pi / n, TAU / n) - np.pi / n  # angle from the nearest petal
    return r < r0 + (r1 - r0) * np.cos(n * a / 2) ** power


def _small_rosette(x, y, cx, cy, size, lab, petal, centre, dot):
    dx, dy = x - cx, y - cy
    r, th = np.hypot(dx, dy), np.arctan2(dy, dx)
    lab[_petal_star(r, th, 6, 0.35 * size, size, phase=np.pi / 2, power=0.9)] = petal
    lab[r < 0.42 * size] = centre
    lab[r < 0.17 * size] = dot


def _ring_of_dots(x, y, th, count, radius, dot_radius, phase=0.0):
    """*count* round dots evenly spaced on a circle of *radius*."""
    a = np.round((th - phase) / (TAU / count)) * (TAU / count) + phase
    return np.hypot(x - radius * np.cos(a), y - radius * np.sin(a)) < dot_radius


def suzani_design(x, y):
    """Labels 0 ivory, 1 madder red, 2 indigo, 3 saffron, 4 green; tile [-1, 1]^2, y up."""
    r, th = np.hypot(x, y), np.arctan2(y, x)
    lab = np.zeros(x.shape, np.uint8)
    # outer frame of the medallion: an indigo ring with saffron dots outside it
    lab[(r > 0.885) & (r < 0.915)] = 2
    lab[_ring_of_dots(x, y, th, 32, 0.955, 0.017)] = 3
    # corner rosettes with a pair of leaves each
    for sx in (-1, 1):
        for sy in (-1, 1):
            base = np.arctan2(sy, sx) + np.pi
            for da in (-0.62, 0.62):
                lab[_leaf(x - sx * 0.88, y - sy * 0.88, base + da, 0.07, 0.27, 0.045,
                          0.03 * np.sign(da))] = 4
            _small_rosette(x, y, sx * 0.88, sy * 0.88, 0.12, lab, 2, 3, 1)
    # green leaves between the petals, curving clockwise
    for i in range(8):
        lab[_leaf(x, y, (i + 0.5) * TAU / 8, 0.56, 0.865, 0.065, 0.06)] = 4
    # small red dots beyond the petal tips
    lab[_ring_of_dots(x, y, th, 8, 0.815, 0.03)] = 1
    # the big rosette: red disc with eight round petals
    pk = np.round(th / (TAU / 8))
    pa = pk * TAU / 8
    pd = np.hypot(x - 0.575 * np.cos(pa), y - 0.575 * np.sin(pa))
    lab[(r < 0.56) | (pd < 0.165)] = 1
    lab[pd < 0.075] = 3          # a saffron eye in every petal
    lab[pd < 0.03] = 2
    # indigo ring, then a saffron star, indigo heart, ivory dots between the star's tips
    lab[(r > 0.425) & (r < 0.475)] = 2
    lab[_petal_star(r, th, 8, 0.15, 0.36, phase=TAU / 16)] = 3
    lab[_ring_of_dots(x, y, th, 8, 0.33, 0.035)] = 0
    lab[_petal_star(r, th, 8, 0.08, 0.17, phase=0.0, power=1.0)] = 2
    lab[r < 0.07] = 4
    lab[r < 0.028] = 3
    return lab


def weave_texture(rng, shape, period=6.0):
    """Plain-weave cotton: threads over and under on a *period* px grid, each
    thread a little thicker or thinner (slubs), as a brightness change around 0."""
    h, w = shape
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    jx = np.repeat(rng.normal(0, 0.25, w // 3 + 2), 3)[:w]     # threads wander a little
    jy = np.repeat(rng.normal(0, 0.25, h // 3 + 2), 3)[:h]
    u = x / period + ndi.gaussian_filter1d(jx, 6)[None, :]
    v = y / period + ndi.gaussian_filter1d(jy, 6)[:, None]
    over = (np.floor(u) + np.floor(v)) % 2 == 0                # warp on top here
    across_warp = np.cos(np.pi * (np.mod(u, 1) - 0.5))           # bright along the thread
    across_weft = np.cos(np.pi * (np.mod(v, 1) - 0.5))
    t = np.where(over, across_warp, across_weft) - 0.64
    slub_w = np.repeat(rng.normal(0, 1, w // int(period) + 2), int(period))[:w]
    slub_h = np.repeat(rng.normal(0, 1, h // int(period) + 2), int(period))[:h]
    slub = np.where(over, slub_w[None, :], slub_h[:, None])
    return (t + 0.15 * slub).astype(np.float32)


def make_suzani_rosette(out_dir: str) -> str:
    rng = np.random.default_rng(SEEDS["suzani_rosette"])
    n = 1200
    palette = np.stack([rgb("#ebe0c6"), rgb("#a8312b"), rgb("#2b3a6c"), rgb("#d9a23a"),
                        rgb("#53784a")])
    margin = 0.02  # the cloth extends a little beyond the design
    # hand embroidery: outlines wander a pixel or two
    wob_x = smooth_noise(rng, (n, n), 30) * 1.4
    wob_y = smooth_noise(rng, (n, n), 30) * 1.4

    def label_fn(px, py):
        i = np.clip(py.astype(int), 0, n - 1)
        j = np.clip(px.astype(int), 0, n - 1)
        s = (1 + margin) * 2 / n
        return suzani_design((px + wob_x[i, j]) * s - (1 + margin),
                             (1 + margin) - (py + wob_y[i, j]) * s)

    cov = render_coverage(label_fn, n, n, len(palette), ss=3)
    img = cov @ palette
    lab = np.argmax(cov, axis=-1)
    ground = cov[..., 0]
    # chain-stitch fill: rows of stitches follow each shape's outline
    d = np.zeros((n, n), np.float32)
    for k in range(1, len(palette)):
        m = lab == k
        if m.any():
            d[m] = ndi.distance_transform_edt(m)[m]
    rows = np.cos(TAU * d / 4.5)
    loops = smooth_noise(rng, (n, n), 1.0)
    stitch = 0.06 * rows + 0.045 * loops
    weave = weave_texture(rng, (n, n), 6.0)
    tex = ground * (0.085 * weave) + (1 - ground) * stitch
    # embroidery stands slightly proud of the cloth: light from the upper left
    emb = ndi.gaussian_filter(1 - ground, 1.6)
    gy, gx = np.gradient(emb)
    relief = np.clip(1.5 * (gx + gy), -0.25, 0.25)
    img *= (1 + tex + relief)[..., None]
    # uneven dye and soiling of old cotton, a mild light gradient, slight warmth
    img *= (1 + 0.025 * smooth_noise(rng, (n, n), 80))[..., None]
    img *= lighting((n, n), direction=(0.8, -0.6), gradient=0.07, vignette=0.10)[..., None]
    img *= np.array([1.02, 1.0, 0.96], np.float32)
    img = np.stack([ndi.gaussian_filter(img[..., c], 0.55) for c in range(3)], -1)
    path = os.path.join(out_dir, "suzani_rosette.jpg")
    save_jpeg(img, path, 86, 500)
    return path


# =========================================================================== 3. ikat

def _lozenge(x, y, cx, cy, a, b, p):
    """Superellipse lozenge |dx/a|^p + |dy/b|^p < 1 (p = 1: a diamond, p > 1 bulges)."""
    return (np.abs(x - cx) / a) ** p + (np.abs(y - cy) / b) ** p < 1


IKAT_W, IKAT_H = 1600, 800
THREAD_PX, BUNDLE_PX = 2, 8


def ikat_design(x, y):
    """The drawing the dyer ties: labels 0 saffron, 1 crimson, 2 indigo, 3 ivory, 4 green.

    *x* is a list of five x arrays, one per colour layer (each dye bath's
    ties slip differently); *y* is shared.  Pixel units, warp horizontal.
    """
    h = IKAT_H
    lab = np.zeros(y.shape, np.uint8)
    yc = h / 2
    # stripes along the warp at the selvedges: sharp, they follow the threads
    e = np.minimum(y, h - y)
    lab[e < 58] = 4
    lab[e < 50] = 3
    lab[e < 38] = 2
    period = 400.0
    # main medallions: concentric lozenges
    for k in range(5):
        cx = 200 + k * period - period
        for layer, scale, p in ((1, 1.0, 1.22), (3, 0.76, 1.12), (2, 0.53, 1.0),
                                (0, 0.29, 1.0), (1, 0.12, 1.0)):
            lab[_lozenge(x[layer], y, cx, yc, 160 * scale, 285 * scale, p)] = layer
        # secondary lozenges between them, above and below the centre
        cx2 = cx + period / 2
        for cy2 in (178, h - 178):
            for layer, scale in ((4, 1.0), (3, 0.62), (1, 0.36)):
                lab[_lozenge(x[layer], y, cx2, cy2, 105 * scale, 118 * scale, 1.1)] = layer
        for layer, scale in ((2, 1.0), (3, 0.45)):
            lab[_lozenge(x[layer], y, cx2, yc, 42 * scale, 62 * scale, 1.0)] = layer
    return lab


def make_ikat_band(out_dir: str) -> str:
    rng = np.random.default_rng(SEEDS["ikat_band"])
    w, h = IKAT_W, IKAT_H
    palette = np.stack([rgb("#dfb03c"), rgb("#a9213a"), rgb("#2c2450"), rgb("#eee4cc"),
                        rgb("#3e7a55")])
    n_threads = h // THREAD_PX + 1
    n_bundles = h // BUNDLE_PX + 1
    # Where each warp thread's dye boundary ended up: the whole bundle slipped
    # (smoothly from bundle to bundle), each thread a little more, and every
    # colour was tied in its own bath; the long tail makes the flames.
    bundle = ndi.gaussian_filter1d(rng.normal(0, 9.0, n_bundles), 1.2)
    thread = rng.laplace(0, 1.7, n_threads)
    per_layer = [ndi.gaussian_filter1d(rng.normal(0, 3.5, n_bundles), 0.8) for _ in range(5)]

    def label_fn(px, py):
        row = np.clip(py.astype(int), 0, h - 1)
        t, bnd = row // THREAD_PX, row // BUNDLE_PX
        yb = (bnd + 0.5) * BUNDLE_PX               # the design is tied bundle by bundle
        yb = np.where(np.minimum(py, h - py) < 64, py, yb)  # selvedge stripes are warp colours
        base = px + bundle[bnd] + thread[t]
        xs = [base + per_layer[k][bnd] for k in range(5)]
        return ikat_design(xs, yb)

    cov = render_coverage(label_fn, w, h, len(palette), ss=2)
    img = cov @ palette
    # dye wicks along the threads: a soft blur in the warp direction only
    img = ndi.gaussian_filter1d(img, 2.2, axis=1)
    img = ndi.gaussian_filter1d(img, 0.5, axis=0)
    # silk: each warp thread a little brighter or darker, a faint weft tick,
    # a broad sheen where the cloth catches the light
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    thread_tone = np.repeat(rng.normal(0, 1, n_threads), THREAD_PX)[:h]
    streak = ndi.gaussian_filter(rng.standard_normal((h, w)), (0.4, 12.0))
    streak /= streak.std()
    weft = np.cos(TAU * xx / 3.0 + 0.8 * np.sin(TAU * yy / 41.0))
    sheen = np.exp(-((xx * 0.55 + yy - 620) / 380.0) ** 2)
    tex = (0.03 * thread_tone[:, None] + 0.014 * streak + 0.012 * weft + 0.07 * sheen
           + 0.02 * smooth_noise(rng, (h, w), 60))
    img *= (1 + tex)[..., None]
    img *= lighting((h, w), direction=(-0.3, -0.95), gradient=0.05, vignette=0.08)[..., None]
    path = os.path.join(out_dir, "ikat_band.jpg")
    save_jpeg(img, path, 88, 500)
    return path


# =========================================================================== 4. line art

def cubic(p0, p1, p2, p3, spacing=0.25) -> np.ndarray:
    """Points along a cubic Bezier curve, no more than about *spacing* px apart."""
    ctrl = np.array([p0, p1, p2, p3], float)
    length = np.sum(np.hypot(*np.diff(ctrl, axis=0).T))  # >= the curve's length
    t = np.linspace(0, 1, max(2, int(np.ceil(length / spacing)) + 1))[:, None]
    return ((1 - t) ** 3 * ctrl[0] + 3 * (1 - t) ** 2 * t * ctrl[1]
            + 3 * (1 - t) * t ** 2 * ctrl[2] + t ** 3 * ctrl[3])


def path(start, *segments) -> list:
    """A chain of cubic segments from *start*: each segment is (c1, c2, end)."""
    pts, cur = [], start
    for c1, c2, end in segments:
        pts.append(cubic(cur, c1, c2, end))
        cur = end
    return pts


def circle(cx, cy, r, spacing=0.25) -> np.ndarray:
    t = np.linspace(0, TAU, max(16, int(TAU * r / spacing)))
    return np.stack([cx + r * np.cos(t), cy + r * np.sin(t)], 1)


def spiral(cx, cy, r0, r1, a0, turns, spacing=0.25) -> np.ndarray:
    """Archimedean spiral from radius r0 at angle a0 (y down) winding anticlockwise
    on screen, inwards to radius r1."""
    length = TAU * turns * (r0 + r1) / 2
    t = np.linspace(0, 1, int(length / spacing) + 2)
    a = a0 - TAU * turns * t
    r = r0 + (r1 - r0) * t
    return np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], 1)


def mirror(curves, axis_x=500.0) -> list:
    return [np.stack([2 * axis_x - c[:, 0], c[:, 1]], 1) for c in curves]


def rounded_rect(x0, y0, x1, y1, r) -> list:
    k = 0.5523 * r  # cubic approximation of a quarter circle
    return path((x0 + r, y0),
                ((x0 + r, y0), (x1 - r, y0), (x1 - r, y0)),
                ((x1 - r + k, y0), (x1, y0 + r - k), (x1, y0 + r)),
                ((x1, y0 + r), (x1, y1 - r), (x1, y1 - r)),
                ((x1, y1 - r + k), (x1 - r + k, y1), (x1 - r, y1)),
                ((x1 - r, y1), (x0 + r, y1), (x0 + r, y1)),
                ((x0 + r - k, y1), (x0, y1 - r + k), (x0, y1 - r)),
                ((x0, y1 - r), (x0, y0 + r), (x0, y0 + r)),
                ((x0, y0 + r - k), (x0 + r - k, y0), (x0 + r, y0)))


BOTEH = [  # unit boteh: body of radius 1 at the origin, tip over the top curling right
    (0.0, 1.0),
    ((-0.6, 1.0), (-1.05, 0.55), (-1.05, -0.1)),
    ((-1.05, -1.2), (-0.35, -2.05), (0.55, -2.1)),
    ((0.85, -2.1), (1.05, -1.95), (1.02, -1.72)),
    ((0.72, -1.72), (0.5, -1.42), (0.78, -0.98)),
    ((1.0, -0.62), (1.08, -0.3), (1.04, 0.02)),
    ((0.98, 0.6), (0.55, 1.0), (0.0, 1.0)),
]


def boteh(scale, cx, cy) -> list:
    """A boteh (paisley) with an inner outline and an eye, body of radius |scale|
    px centred at (cx, cy); a negative scale mirrors it left-right."""
    def shape(k, oy):
        def t(p):
            return (cx + scale * k * p[0], cy + abs(scale) * (k * p[1] + oy))
        start, segs = BOTEH[0], BOTEH[1:]
        return path(t(start), *[tuple(t(q) for q in seg) for seg in segs])
    return (shape(1.0, 0.0) + shape(0.62, 0.3)
            + [circle(cx, cy + 0.42 * abs(scale), 0.17 * abs(scale))])


def tulip_curves() -> list:
    """The line drawing, in pixels of a 1000 x 1000 canvas (y down)."""
    half = []  # left half of the symmetric parts, mirrored below
    # central petal: a pointed arch, and a smaller one inside it
    half += path((455, 432), ((440, 350), (468, 252), (500, 186)))
    half += path((478, 412), ((470, 352), (484, 296), (500, 262)))
    # side petal: outer curve from the cup's base to a flared tip, inner edge back
    half += path((500, 480), ((415, 480), (352, 432), (340, 332)),
                 ((336, 296), (322, 272), (298, 258)),
                 ((352, 260), (396, 300), (416, 360)),
                 ((425, 392), (440, 418), (455, 432)))
    half += [circle(388, 380, 11)]
    # leaf with a midrib
    half += path((500, 640), ((452, 572), (382, 545), (318, 560)))
    half += path((500, 640), ((440, 652), (372, 622), (318, 560)))
    half += path((496, 634), ((452, 604), (400, 580), (350, 569)))
    # boteh beside the stem, leaning outwards
    half += boteh(-80, 250, 770)
    # a curling tendril (a nod to the ram's horn) springing from the stem
    half += path((500, 818), ((497, 790), (474, 752), (474, 722)))
    half += [spiral(426, 722, 48, 11, 0.0, 1.3)]
    curves = half + mirror(half)
    # stem and ground line on the axis
    curves += path((500, 480), ((497, 600), (508, 730), (500, 862)))
    curves += path((372, 864), ((430, 846), (570, 846), (628, 864)))
    # two rounded frames, with a dot in each corner between them
    curves += rounded_rect(40, 40, 960, 960, 46)
    curves += rounded_rect(62, 62, 938, 938, 30)
    for cx in (100, 900):
        for cy in (100, 900):
            curves.append(circle(cx, cy, 12))
    return curves


def make_outline_tulip(out_dir: str) -> str:
    size, half_width = 1000, 1.5  # 3 px lines
    ink, paper = rgb("#3f2a1d"), rgb("#f2e9d3")
    pts = np.concatenate(tulip_curves())
    tree = cKDTree(pts)

    def label_fn(px, py):
        q = np.stack([px.ravel(), py.ravel()], 1)
        d, _ = tree.query(q, distance_upper_bound=half_width + 0.5)
        return (d <= half_width).reshape(px.shape).astype(np.uint8)

    cov = render_coverage(label_fn, size, size, 2, ss=4, chunk_rows=100)[..., 1]
    img = paper[None, None, :] * (1 - cov[..., None]) + ink[None, None, :] * cov[..., None]
    path_out = os.path.join(out_dir, "outline_tulip.png")
    pil = Image.fromarray(to_uint8(img))
    pil.save(path_out, optimize=True)
    print(f"outline_tulip.png: {size}x{size}, PNG, {os.path.getsize(path_out) / 1024:.0f} KB")
    return path_out


# =========================================================================== main

MAKERS = {
    "ramshorn": make_ramshorn,
    "suzani_rosette": make_suzani_rosette,
    "ikat_band": make_ikat_band,
    "outline_tulip": make_outline_tulip,
}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("names", nargs="*",
                   help=f"which samples ({', '.join(MAKERS)}); default all")
    p.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = p.parse_args(argv)
    names = args.names or list(MAKERS)
    unknown = [n for n in names if n not in MAKERS]
    if unknown:
        p.error(f"unknown sample(s): {', '.join(unknown)}")
    os.makedirs(args.out, exist_ok=True)
    for name in names:
        MAKERS[name](args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
