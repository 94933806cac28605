"""Geometric clean-up: perspective, rotation, deskew and crop.

Coordinates are (x, y) with pixel centres at integers (scikit-image's rule);
every matrix here maps (x, y, 1) column vectors.  Each operation exists as a
*matrix builder* (used by :func:`motifstudio.imaging.cleanup.cleanup` to
compose the whole geometry into one resampling) and as an image function.
"""
from __future__ import annotations

import itertools
import math
from typing import Optional, Sequence

import numpy as np
from scipy import ndimage as ndi
from skimage.transform import ProjectiveTransform

# canny, hough_line, threshold_otsu, find_contours and approximate_polygon are imported
# inside the optional steps that use them: they pull in most of scipy.signal/stats and
# would add half a second to every start.

from ..core.colour import rgb_to_lab
from .resolution import as_float32, check_image, from_float32, proxy, resample

_SUGGEST_PROXY_PX = 300_000
_SKEW_PROXY_PX = 400_000


# --------------------------------------------------------------------------- crop


def _corners_of_lines(lines, fallback: np.ndarray) -> np.ndarray:
    """Corner i = intersection of side lines i-1 and i, each (point, direction); where two
    sides are parallel the fallback corner is kept."""
    out = []
    for i in range(4):
        (c0, u0), (c1, u1) = lines[i - 1], lines[i]
        A = np.array([u0, -u1]).T
        if abs(np.linalg.det(A)) < 1e-6:
            out.append(fallback[i])
            continue
        t = np.linalg.solve(A, c1 - c0)
        out.append(c0 + t[0] * u0)
    return np.array(out)

def check_box(box, shape: Sequence[int]) -> tuple[int, int, int, int]:
    """Validate a (left, top, right, bottom) crop box against an image shape."""
    try:
        vals = [float(v) for v in box]
    except (TypeError, ValueError):
        raise ValueError(f"crop: box must be (left, top, right, bottom), got {box!r}") from None
    if len(vals) != 4 or not all(math.isfinite(v) for v in vals):
        raise ValueError(f"crop: box must be four numbers (left, top, right, bottom), got {box!r}")
    l, t, r, b = (int(round(v)) for v in vals)
    h, w = shape[:2]
    if not (0 <= l < r <= w and 0 <= t < b <= h):
        raise ValueError(f"crop: box (left={l}, top={t}, right={r}, bottom={b}) must be non-empty "
                         f"and inside the {w} x {h} image")
    return l, t, r, b


def crop(img, box, *, copy: bool = False) -> np.ndarray:
    """Keep ``img[top:bottom, left:right]``.

    Parameters
    ----------
    img : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    box : (left, top, right, bottom)
        Pixel bounds (right and bottom exclusive), inside the image.
    copy : bool
        Return a copy instead of a view.
    """
    a = np.asarray(img)
    if a.ndim not in (2, 3):
        raise ValueError(f"crop: expected an (H, W) or (H, W, C) image, got shape {a.shape}")
    l, t, r, b = check_box(box, a.shape)
    out = a[t:b, l:r]
    return out.copy() if copy else out


def translation(dx: float, dy: float) -> np.ndarray:
    return np.array([[1.0, 0, dx], [0, 1.0, dy], [0, 0, 1.0]])


# --------------------------------------------------------------------------- perspective

def check_corners(corners) -> np.ndarray:
    """Validate four (x, y) corners, clockwise from top-left; return (4, 2) float.

    Raises
    ------
    ValueError
        Not four finite points, self-intersecting, not convex, anticlockwise
        or degenerate (collinear points, tiny area).
    """
    try:
        q = np.asarray(corners, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"perspective: corners must be four (x, y) points, "
                         f"got {corners!r}") from None
    if q.shape != (4, 2) or not np.isfinite(q).all():
        raise ValueError(f"perspective: corners must be four finite (x, y) points, got shape "
                         f"{q.shape}")
    edges = np.roll(q, -1, axis=0) - q
    lengths = np.hypot(edges[:, 0], edges[:, 1])
    if lengths.min() < 2.0:
        raise ValueError("perspective: degenerate quadrilateral (two corners coincide)")
    nxt = np.roll(edges, -1, axis=0)
    cross = (edges[:, 0] * nxt[:, 1] - edges[:, 1] * nxt[:, 0]) / (lengths * np.roll(lengths, -1))
    if np.any(np.abs(cross) < 0.02):
        raise ValueError("perspective: degenerate quadrilateral (three corners in a line)")
    if np.all(cross < 0):
        raise ValueError("perspective: corners are anticlockwise; give them clockwise from "
                         "the top-left (top-left, top-right, bottom-right, bottom-left)")
    if not np.all(cross > 0):
        # Mixed turns: a bow-tie (crossing edges) or a dart; neither is a photographed rectangle.
        kind = ("self-intersecting" if _segments_cross(q[0], q[1], q[2], q[3])
                or _segments_cross(q[1], q[2], q[3], q[0]) else "not convex")
        raise ValueError(f"perspective: the quadrilateral is {kind}; give the corners "
                         "clockwise from the top-left")
    return q


def _segments_cross(p0, p1, p2, p3) -> bool:
    """Whether segments p0-p1 and p2-p3 properly intersect."""
    def orient(a, b, c):
        return np.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
    return (orient(p0, p1, p2) * orient(p0, p1, p3) < 0
            and orient(p2, p3, p0) * orient(p2, p3, p1) < 0)


def quad_size(corners) -> tuple[int, int]:
    """(width, height) of the rectangle a quad rectifies to: its longer opposite edges."""
    q = check_corners(corners)
    e = np.hypot(*(np.roll(q, -1, axis=0) - q).T)
    w = max(e[0], e[2])
    h = max(e[1], e[3])
    return max(2, int(round(w))), max(2, int(round(h)))


def quad_homography(corners, out_size: Optional[Sequence[int]] = None
                    ) -> tuple[np.ndarray, tuple[int, int]]:
    """Matrix mapping the quad onto the rectangle, and (width, height).

    The corners land on the outer corners of the output's corner pixels,
    ``(-0.5, -0.5)`` ... ``(w - 0.5, h - 0.5)``: a corner is where the
    textile's edges meet, not the centre of a pixel.
    """
    q = check_corners(corners)
    if out_size is None:
        w, h = quad_size(q)
    else:
        try:
            w, h = (int(v) for v in out_size)
        except (TypeError, ValueError):
            raise ValueError(f"perspective: out_size must be (width, height), "
                             f"got {out_size!r}") from None
        if w < 2 or h < 2:
            raise ValueError(f"perspective: out_size must be at least 2 x 2, got {(w, h)}")
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64) - 0.5
    t = ProjectiveTransform.from_estimate(q, dst)
    if not t:
        raise ValueError("perspective: cannot map these corners to a rectangle (degenerate)")
    return np.asarray(t.params, dtype=np.float64), (w, h)


def rectify_perspective(img, corners, *, out_size: Optional[Sequence[int]] = None) -> np.ndarray:
    """Map the quadrilateral *corners* of *img* onto an upright rectangle.

    Parameters
    ----------
    img : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    corners : (4, 2) array_like
        (x, y) corners of the textile, clockwise from the top-left.  They may
        lie outside the image (the outside is filled from the nearest edge).
    out_size : (width, height), optional
        Output size; by default the longer of each pair of opposite edges.

    Returns
    -------
    ndarray
        The rectified image, same dtype and value range as *img*.

    Raises
    ------
    ValueError
        Bad corners (see :func:`check_corners`) or out_size.
    """
    a = check_image(img, channels=None)
    m, (w, h) = quad_homography(corners, out_size)
    out = resample(a, np.linalg.inv(m), (h, w))
    return from_float32(out, a.dtype)


def order_corners(points) -> np.ndarray:
    """Order four (x, y) points clockwise (on screen) starting at the top-left."""
    p = np.asarray(points, dtype=np.float64).reshape(4, 2)
    c = p.mean(0)
    # atan2 with y pointing down increases clockwise on screen
    p = p[np.argsort(np.arctan2(p[:, 1] - c[1], p[:, 0] - c[0]))]
    start = int(np.argmin(p.sum(1)))
    return np.roll(p, -start, axis=0)


def _border(a: np.ndarray, width: int) -> np.ndarray:
    w = max(1, width)
    return np.concatenate([a[:w].reshape(-1, a.shape[-1]), a[-w:].reshape(-1, a.shape[-1]),
                           a[:, :w].reshape(-1, a.shape[-1]), a[:, -w:].reshape(-1, a.shape[-1])])


def border_colour(img) -> np.ndarray:
    """Median colour of the outermost pixel frame (float [0, 1] per channel)."""
    a = np.asarray(img)
    a3 = a[..., None] if a.ndim == 2 else a
    return np.median(as_float32(_border(a3, 1)), axis=0).astype(np.float64)


def _max_area_quad(hull: np.ndarray) -> np.ndarray:
    """The largest-area quadrilateral with vertices among the convex polygon's."""
    n = len(hull)
    if n <= 4:
        return hull
    combos = np.array(list(itertools.combinations(range(n), 4)))
    v = hull[combos]  # (M, 4, 2), in polygon order so the quads are simple
    x, y = v[..., 0], v[..., 1]
    area = np.abs(np.sum(x * np.roll(y, -1, axis=1) - y * np.roll(x, -1, axis=1), axis=1))
    return v[int(np.argmax(area))]


def _refine_with_lines(quad: np.ndarray, contour: np.ndarray) -> np.ndarray:
    """Fit a line to the boundary points near each quad edge and intersect them.

    The hull vertices sit on frayed or rounded corners; lines fitted to the
    middle of each side give sub-pixel corners of the textile's straight sides.
    """
    lines = []
    for i in range(4):
        p0, p1 = quad[i], quad[(i + 1) % 4]
        d = p1 - p0
        L = np.hypot(*d)
        u = d / L
        nrm = np.array([-u[1], u[0]])
        rel = contour - p0
        t = rel @ u
        s = rel @ nrm
        sel = (t > 0.15 * L) & (t < 0.85 * L) & (np.abs(s) < max(3.0, 0.03 * L))
        pts = contour[sel]
        if len(pts) < 5:
            lines.append((p0, u))
            continue
        c = pts.mean(0)
        _, _, vt = np.linalg.svd(pts - c, full_matrices=False)
        lines.append((c, vt[0]))
    out = _corners_of_lines(lines, quad)
    # Refinement must stay close to the hull's corners, else keep the hull's.
    span = np.hypot(*(quad.max(0) - quad.min(0)))
    bad = np.hypot(*(out - quad).T) > 0.05 * span
    out[bad] = quad[bad]
    return out


def _plane_design(xn: np.ndarray, yn: np.ndarray) -> np.ndarray:
    return np.stack([np.ones_like(xn), xn, yn], axis=-1)


def _fit_background(lab: np.ndarray, frame: np.ndarray) -> np.ndarray:
    """Per-channel plane (3 x 3 coefficients) through the Lab colours of the
    border *frame*, robust to clutter: a floor or wall under side light is a
    gradient, not one colour.  Coordinates are proxy pixels / max(h, w)."""
    h, w = frame.shape
    ys, xs = np.nonzero(frame)
    X = _plane_design(xs / max(h, w), ys / max(h, w))
    y = lab[ys, xs].astype(np.float64)
    keep = np.ones(len(y), bool)
    coef = np.zeros((3, 3))
    for _ in range(3):
        coef, *_ = np.linalg.lstsq(X[keep], y[keep], rcond=None)
        r = np.linalg.norm(y - X @ coef, axis=1)
        keep = r <= np.quantile(r, 0.8) + 1e-9
    return coef


def _bg_distance(lab: np.ndarray, coef: np.ndarray, xs: np.ndarray, ys: np.ndarray,
                 norm: float) -> np.ndarray:
    """CIELAB distance of *lab* colours at proxy positions (xs, ys) from the background."""
    return np.linalg.norm(lab - _plane_design(xs / norm, ys / norm) @ coef, axis=-1)


def _sample(a: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Bilinear samples (N, 3) of image *a* at full-res (x, y); float [0, 1]."""
    h, w = a.shape[:2]
    xs = np.clip(xs, 0, w - 1)
    ys = np.clip(ys, 0, h - 1)
    x0 = np.minimum(np.floor(xs).astype(np.intp), max(w - 2, 0))
    y0 = np.minimum(np.floor(ys).astype(np.intp), max(h - 2, 0))
    x1, y1 = np.minimum(x0 + 1, w - 1), np.minimum(y0 + 1, h - 1)
    tx, ty = (xs - x0)[:, None], (ys - y0)[:, None]
    f = as_float32
    top = f(a[y0, x0]) * (1 - tx) + f(a[y0, x1]) * tx
    bot = f(a[y1, x0]) * (1 - tx) + f(a[y1, x1]) * tx
    return top * (1 - ty) + bot * ty


def _refine_full_res(a: np.ndarray, quad: np.ndarray, coef: np.ndarray, thr: float, k: int,
                     norm: float) -> np.ndarray:
    """Move each side of the full-res *quad* onto the full-res textile edge.

    The proxy places edges only to about k/2 source pixels.  Along normals to
    the middle of each side we sample the full image, find where the colour
    leaves the background (distance crosses *thr*), fit a line to those
    crossings (dropping outliers) and intersect neighbouring lines.
    """
    lines = []
    reach = 2.0 * k + 2.0
    c = quad.mean(0)
    for i in range(4):
        p0, p1 = quad[i], quad[(i + 1) % 4]
        d = p1 - p0
        u = d / np.hypot(*d)
        nrm = np.array([-u[1], u[0]])
        if nrm @ (c - p0) < 0:
            nrm = -nrm  # point inward
        ts = np.linspace(0.15, 0.85, 48)
        step = 0.25
        steps = np.arange(-reach, reach + step / 2, step)
        base = p0 + ts[:, None] * d
        # Average a few samples along the side (about one proxy pixel, i.e.
        # a weave period or more) so texture and noise do not fake an edge.
        along = np.linspace(-k / 2, k / 2, 5)
        pts = (base[:, None, None, :] + along[None, :, None, None] * u
               + steps[None, None, :, None] * nrm)  # (48, 5, S, 2)
        flat = pts.reshape(-1, 2)
        rgb = _sample(a, flat[:, 0], flat[:, 1]).reshape(len(ts), len(along), len(steps), 3)
        lab = rgb_to_lab(rgb.mean(axis=1)).reshape(-1, 3)
        prx = (base[:, None, :] + steps[None, :, None] * nrm).reshape(-1, 2)
        prx = (prx + 0.5) / k - 0.5
        dist = _bg_distance(lab, coef, prx[:, 0], prx[:, 1], norm).reshape(len(ts), -1)
        # Per profile: the edge is where the distance passes halfway between
        # the background level outside and the textile level inside; counting
        # the samples below that level locates it without chasing noise.
        outer = np.median(dist[:, steps < -k], axis=1)
        inner = np.median(dist[:, steps > k], axis=1)
        mid = 0.5 * (outer + inner)
        ok = (inner - outer) > 0.5 * thr
        if ok.sum() < 8:
            lines.append((p0, u))
            continue
        below = (dist[ok] < mid[ok, None]).sum(axis=1)
        t = steps[0] - step / 2 + below * step
        edge = base[ok] + t[:, None] * nrm
        for _ in range(2):  # fit, drop the worst, refit
            cen = edge.mean(0)
            _, _, vt = np.linalg.svd(edge - cen, full_matrices=False)
            res = np.abs((edge - cen) @ vt[1])
            good = res <= max(1.0, 3.0 * np.median(res))
            if good.sum() < 8:
                break
            edge = edge[good]
        cen = edge.mean(0)
        _, _, vt = np.linalg.svd(edge - cen, full_matrices=False)
        lines.append((cen, vt[0]))
    out = _corners_of_lines(lines, quad)
    bad = np.hypot(*(out - quad).T) > 3.0 * k
    out[bad] = quad[bad]
    return out


def suggest_quad(img) -> Optional[np.ndarray]:
    """Suggest the corners of a textile standing out from its background.

    On a small proxy, the background is a colour plane fitted (robustly) to
    the image border, so side light on the floor does not matter; pixels far
    from it in CIELAB form the textile (threshold: Otsu, but never above what
    the border itself varies by, so a dim side of the textile is kept).  The
    largest component, holes filled, gives the largest-area quadrilateral on
    its convex hull; lines fitted to its sides, then to edge crossings found
    at full resolution, give sub-pixel corners.

    Parameters
    ----------
    img : (H, W, 3) ndarray
        sRGB image.

    Returns
    -------
    (4, 2) ndarray or None
        (x, y) corners clockwise from the top-left (outer corners of the
        textile, in pixel coordinates with pixel centres at integers), or
        None when nothing clearly stands out (uniform image, textile filling
        or running off the frame, a blob that is not quadrilateral).
    """
    from skimage.filters import threshold_otsu
    from skimage.measure import find_contours
    from skimage.measure import approximate_polygon
    from scipy.spatial import ConvexHull  # imported on use: ~1 s at start-up otherwise

    from .denoise import separable_median  # local import: denoise imports resolution

    a = check_image(img)
    small, k = proxy(a, _SUGGEST_PROXY_PX)
    h, w = small.shape[:2]
    if h < 16 or w < 16:
        return None
    lab = rgb_to_lab(separable_median(small, 3))
    bw = max(2, int(0.02 * min(h, w)))
    frame = np.ones((h, w), bool)
    frame[bw:-bw, bw:-bw] = False
    norm = float(max(h, w))
    coef = _fit_background(lab, frame)
    yy, xx = np.mgrid[0:h, 0:w]
    dist = _bg_distance(lab, coef, xx, yy, norm)
    if dist.max() < 10.0:
        return None
    try:
        otsu = float(threshold_otsu(dist))
    except ValueError:
        return None
    spread = float(np.quantile(dist[frame], 0.9))
    thr = max(6.0, min(otsu, 2.0 * spread + 4.0))
    mask = ndi.binary_opening(dist > thr, iterations=2)
    lab_cc, n = ndi.label(mask)
    if n == 0:
        return None
    sizes = np.bincount(lab_cc.ravel())
    sizes[0] = 0
    blob = ndi.binary_fill_holes(lab_cc == int(np.argmax(sizes)))
    if not 0.05 <= blob.mean() <= 0.9:
        return None
    # A textile that runs off the frame has no visible corners to suggest.
    if blob[frame].mean() > 0.1:
        return None
    contours = find_contours(np.pad(blob, 1).astype(np.float32), 0.5)
    contour = max(contours, key=len)[:, ::-1] - 1.0  # (x, y)
    hull = contour[ConvexHull(contour).vertices]
    hull = approximate_polygon(np.vstack([hull, hull[:1]]), tolerance=0.005 * max(h, w))[:-1]
    if len(hull) > 24:
        hull = hull[np.linspace(0, len(hull) - 1, 24).astype(int)]
    quad = _max_area_quad(hull)
    if len(quad) < 4:
        return None
    quad = order_corners(_refine_with_lines(order_corners(quad), contour))
    # A textile is roughly a filled quadrilateral: reject blobs that are not.
    x, y = quad[:, 0], quad[:, 1]
    qarea = 0.5 * abs(x @ np.roll(y, -1) - y @ np.roll(x, -1))
    if qarea <= 0 or not 0.85 <= blob.sum() / qarea <= 1.15:
        return None
    full = (quad + 0.5) * k - 0.5
    full = order_corners(_refine_full_res(a, full, coef, thr, k, norm))
    try:
        return check_corners(full)
    except ValueError:
        return None


# --------------------------------------------------------------------------- rotation

def rotation_matrix(shape: Sequence[int], deg: float) -> tuple[np.ndarray, tuple[int, int]]:
    """Matrix rotating an image of *shape* anticlockwise by *deg* onto an
    expanded canvas, and that canvas's (rows, cols)."""
    h, w = shape[:2]
    t = math.radians(deg)
    c, s = math.cos(t), math.sin(t)
    # Snap near-exact multiples of 90 degrees so 90-degree turns are lossless.
    c = round(c) if abs(c - round(c)) < 1e-12 else c
    s = round(s) if abs(s - round(s)) < 1e-12 else s
    ow = max(1, int(round(abs(w * c) + abs(h * s) - 1e-6)))
    oh = max(1, int(round(abs(w * s) + abs(h * c) - 1e-6)))
    # y points down, so an on-screen anticlockwise turn is [[c, s], [-s, c]]
    rot = np.array([[c, s, 0], [-s, c, 0], [0, 0, 1.0]])
    m = translation((ow - 1) / 2, (oh - 1) / 2) @ rot @ translation(-(w - 1) / 2, -(h - 1) / 2)
    return m, (oh, ow)


def rotate(img, deg: float, *, fill=None) -> np.ndarray:
    """Rotate anticlockwise by *deg* degrees, expanding the canvas.

    Parameters
    ----------
    img : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    deg : float
        Angle in degrees, anticlockwise on screen.
    fill : sequence of float, optional
        Colour (float [0, 1] per channel) of the new corners; by default the
        median colour of the image border, so corners blend into the background.

    Returns
    -------
    ndarray
        Same dtype and range as *img*.
    """
    a = check_image(img, channels=None)
    if not (isinstance(deg, (int, float, np.floating, np.integer)) and math.isfinite(deg)):
        raise ValueError(f"rotate: angle must be a finite number of degrees, got {deg!r}")
    m, shape = rotation_matrix(a.shape, float(deg))
    if fill is None:
        fill = border_colour(a)
    out = resample(a, np.linalg.inv(m), shape, fill=fill)
    return from_float32(out, a.dtype)


def estimate_skew(img, *, max_angle: float = 15.0) -> float:
    """Estimate the small tilt of the motif's dominant straight lines.

    Canny edges of a downsampled grey copy vote in a Hough transform
    restricted to lines within *max_angle* of horizontal or vertical; the angle
    whose projection profiles are sharpest (sum of squared votes, horizontals
    and verticals together) wins, refined to a fraction of the 0.1 degree step.

    Parameters
    ----------
    img : ndarray
        ``(H, W, 3)`` or ``(H, W)`` image.
    max_angle : float
        Largest tilt searched, in degrees.

    Returns
    -------
    float
        Anticlockwise tilt of the content in degrees; ``rotate(img, -skew)``
        straightens it.  0.0 when no straight lines stand out.
    """
    from skimage.feature import canny
    from skimage.transform import hough_line
    a = check_image(img, channels=None)
    if not 0 < max_angle <= 45:
        raise ValueError(f"estimate_skew: max_angle must be in (0, 45] degrees, got {max_angle!r}")
    small, _ = proxy(a, _SKEW_PROXY_PX)
    grey = small if small.ndim == 2 else small @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    if min(grey.shape) < 16:
        return 0.0
    edges = canny(grey, sigma=1.5)
    if edges.sum() < 20:
        return 0.0
    step = 0.1
    alphas = np.arange(-max_angle, max_angle + step / 2, step)
    # A line tilted anticlockwise by alpha has its Hough normal at -alpha
    # (verticals) or 90 - alpha (horizontals).
    thetas = np.deg2rad(np.concatenate([-alphas, 90.0 - alphas]))
    acc, _, _ = hough_line(edges, theta=thetas)
    acc = acc.astype(np.float64)
    sharp = np.sum(acc * acc, axis=0)
    n = len(alphas)
    score = sharp[:n] + sharp[n:]
    i = int(np.argmax(score))
    base = np.median(score)
    if score[i] < 1.15 * base:
        return 0.0
    frac = 0.0
    if 0 < i < n - 1:
        y0, y1, y2 = score[i - 1], score[i], score[i + 1]
        den = y0 - 2 * y1 + y2
        if den < 0:
            frac = float(np.clip(0.5 * (y0 - y2) / den, -0.5, 0.5))
    return float(alphas[i] + frac * step)
