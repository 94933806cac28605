"""The clean-up stage: photo in, flat, upright, working-resolution image out.

Order: crop -> perspective (given or automatic corners) -> rotate / deskew ->
working-resolution downscale -> white balance -> flatten lighting -> denoise.

The geometric steps are composed into ONE matrix and applied in one
anti-aliased resampling straight to the working resolution: a single
interpolation (sharper than a chain of warps), and a 12 MP ``uint8`` photo is
never copied to float at full size.  The same matrix, inverted, is returned
so vectors traced on the cleaned image can be placed over the photo.

User-picked positions (``corners``, ``crop``, ``neutral_point``) are always
in ORIGINAL source pixel coordinates, whatever other steps are on.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..core.params import validate
from ..core.progress import CancelToken, ProgressFn, check, report
from . import geometry as geo
from .denoise import _denoise_inplace, estimate_noise
from .lighting import _auto_gains, _flatten_inplace, _point_gains
from .params import CleanupParams
from .resolution import (check_image, resample, scale_matrix, scaled_shape,
                         smallest_feature_width, working_scale_for)

# Size of the low-resolution rendering used to measure the skew.
_PREVIEW_PX = 400_000
#: Below this noise level (luma standard deviation, 0..1) an image is clean artwork.
CLEAN_NOISE = 0.002
#: Clean artwork is traced at full resolution up to this size (megapixels).
CLEAN_MAX_MP = 16.0


@dataclass(frozen=True, eq=False)
class CleanupResult:
    """What :func:`cleanup` returns.

    Attributes
    ----------
    image : ndarray
        float32 (h, w, 3) sRGB in [0, 1], at the working resolution.
    scale : float
        Working pixels per source pixel (per rectified pixel when a
        perspective was applied: the rectangle's size comes from the quad's
        edge lengths, so that is about a source pixel along the textile's
        longer sides).
    transform : (3, 3) ndarray or None
        Matrix mapping working-image pixel coordinates ``(x, y, 1)`` to
        ORIGINAL source pixel coordinates (homogeneous: divide by the third
        component).  None when the geometry is only a resize of the whole
        source, i.e. ``x_src = (x + 0.5) * W_src / w - 0.5`` and the same
        for y (pixel centres at integers); :attr:`source_matrix` and
        :meth:`to_source` cover both cases.
    steps : tuple of str
        What was applied, in order, e.g. ``"denoise median 0.5"``.
    suggested_corners : (4, 2) ndarray or None
        The automatic quad (source coordinates) when ``auto_perspective`` was
        asked for and something stood out.
    source_shape : (rows, cols)
        Shape of the source image.
    """
    image: np.ndarray
    scale: float
    transform: Optional[np.ndarray]
    steps: tuple
    suggested_corners: Optional[np.ndarray]
    source_shape: tuple

    @property
    def source_matrix(self) -> np.ndarray:
        """The working -> source matrix, also when :attr:`transform` is None."""
        if self.transform is not None:
            return self.transform.copy()
        return np.linalg.inv(scale_matrix(self.source_shape, self.image.shape))

    def to_source(self, points) -> np.ndarray:
        """Map (N, 2) working-image (x, y) points to source pixel coordinates."""
        p = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        h = np.hstack([p, np.ones((len(p), 1))]) @ self.source_matrix.T
        return h[:, :2] / h[:, 2:3]


def _check_point(value, name: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in value)
    except (TypeError, ValueError):
        raise ValueError(f"cleanup: {name} must be an (x, y) point, got {value!r}") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"cleanup: {name} must be finite, got {value!r}")
    return x, y


def _preview(view: np.ndarray, M: np.ndarray, shape, *, fill=None) -> np.ndarray:
    """Low-resolution render of *view* through *M* (crop -> canvas of *shape*)."""
    s = min(1.0, math.sqrt(_PREVIEW_PX / (shape[0] * shape[1])))
    small = scaled_shape(shape, s)
    return resample(view, np.linalg.inv(scale_matrix(shape, small) @ M), small, fill=fill)


def _fmt(v: float) -> str:
    return f"{v:.3g}"


def cleanup(img, params: CleanupParams, *,
            progress: Optional[ProgressFn] = None,
            cancel: Optional[CancelToken] = None) -> CleanupResult:
    """Run the clean-up stage on a photo or scan.

    Parameters
    ----------
    img : (H, W, 3) ndarray
        sRGB image: uint8, uint16 or float in [0, 1].  Never modified.
    params : CleanupParams
        Every step is optional (see :class:`CleanupParams`).  ``corners``,
        ``crop`` and ``neutral_point`` are in source pixel coordinates;
        explicit ``corners`` win over ``auto_perspective``.  The
        ``max_working_mp`` cap also applies to ``working_resolution='full'``.
    progress : callable(fraction, message), optional
    cancel : CancelToken, optional
        Polled between steps; raises :class:`~motifstudio.core.progress.Cancelled`.

    Returns
    -------
    CleanupResult

    Raises
    ------
    ValueError
        Bad image or options: corners not four clockwise points of a convex
        quad, crop outside the image, neutral point missing/outside/black, ...

    Examples
    --------
    >>> img = np.zeros((300, 400, 3), np.uint8)
    >>> res = cleanup(img, CleanupParams(denoise="median", crop=(0, 0, 200, 300)))
    >>> res.image.shape, res.steps
    ((300, 200, 3), ('crop 0 0 200 300', 'denoise median 0.5'))
    >>> res.to_source([[10, 20]]).tolist()
    [[10.0, 20.0]]
    """
    if not isinstance(params, CleanupParams):
        raise ValueError(f"cleanup: params must be CleanupParams, got {type(params).__name__}")
    params = validate(params)
    src = check_image(img)
    H0, W0 = src.shape[:2]
    steps: list[str] = []
    suggested = None

    # Validate every option before any work, so a bad option fails fast.
    box = geo.check_box(params.crop, src.shape) if params.crop is not None else None
    corners = geo.check_corners(params.corners) if params.corners is not None else None
    npoint = None
    if params.white_balance == "point":
        if params.neutral_point is None:
            raise ValueError("cleanup: white_balance='point' needs neutral_point=(x, y)")
        npoint = _check_point(params.neutral_point, "neutral_point")
        point_gains = _point_gains(src, npoint)  # also checks the point is inside and not black

    # 1. crop: a view, so nothing is copied.
    check(cancel)
    report(progress, 0.0, "Cropping")
    if box is not None:
        l, t, r, b = box
        view = src[t:b, l:r]
        to_src = geo.translation(l, t)  # crop coordinates -> source coordinates
        steps.append(f"crop {l} {t} {r} {b}")
    else:
        view = src
        to_src = np.eye(3)
    vh, vw = view.shape[:2]

    # 2. perspective: M maps crop coordinates -> geometry-corrected coordinates.
    check(cancel)
    report(progress, 0.05, "Perspective")
    quad = None
    if corners is not None:
        quad = corners - [to_src[0, 2], to_src[1, 2]]
        label = "perspective"
    elif params.auto_perspective:
        found = geo.suggest_quad(view)
        if found is not None:
            quad = found
            suggested = found + [to_src[0, 2], to_src[1, 2]]
            label = "perspective auto"
        else:
            steps.append("perspective auto: nothing found")
    if quad is not None:
        out_size = None
        if params.aspect is not None:
            # The photo cannot tell a square felt from a slightly oblong one seen at an
            # angle; with the real proportions given, keep the quad's area at that ratio.
            w0, h0 = geo.quad_size(quad)
            area = float(w0) * float(h0)
            out_size = (max(2, round(math.sqrt(area * params.aspect))),
                        max(2, round(math.sqrt(area / params.aspect))))
        M, (gw, gh) = geo.quad_homography(quad, out_size)
        steps.append(label)
        # Mean linear magnification of the homography: feature widths scale by it.
        qx, qy = quad[:, 0], quad[:, 1]
        qarea = 0.5 * abs(qx @ np.roll(qy, -1) - qy @ np.roll(qx, -1))
        magnify = math.sqrt(gw * gh / max(qarea, 1.0))
    else:
        M, (gw, gh) = np.eye(3), (vw, vh)
        magnify = 1.0

    # 3. rotation (user angle, then the measured skew of the result).  Low-
    # resolution renders of the corrected image give the skew and the colour
    # for the canvas corners a rotation opens.
    check(cancel)
    report(progress, 0.15, "Straightening")
    angle = float(params.rotate_deg)
    fill = None
    if angle % 360.0 != 0 or params.deskew:
        fill = geo.border_colour(_preview(view, M, (gh, gw)))
    if params.rotate_deg != 0:
        steps.append(f"rotate {_fmt(params.rotate_deg)}°")
    if params.deskew:
        R, rshape = geo.rotation_matrix((gh, gw), angle)
        skew = geo.estimate_skew(_preview(view, R @ M, rshape, fill=fill))
        angle -= skew
        steps.append(f"deskew {-skew:+.2f}°")
    rotated = abs(angle % 360.0) > 1e-9
    if rotated:
        R, (gh, gw) = geo.rotation_matrix((gh, gw), angle)
        M = R @ M
    check(cancel)

    # 4. working resolution.
    report(progress, 0.25, "Choosing the working resolution")
    if params.working_resolution == "auto" and estimate_noise(view) < CLEAN_NOISE:
        # Clean artwork (flat colours, no sensor noise or texture): nothing to average
        # away, and any resampling would blend the edges of its thinnest lines.
        scale = min(1.0, math.sqrt(CLEAN_MAX_MP * 1e6 / (gh * gw)))
    elif params.working_resolution == "auto":
        # Widths beyond what the smallest allowed scale keeps need no measuring.
        lower = working_scale_for(math.inf, (gh, gw), max_mp=params.max_working_mp)
        width = smallest_feature_width(
            view, max_width=params.feature_px / lower / magnify) * magnify
        scale = working_scale_for(width, (gh, gw), feature_px=params.feature_px,
                                  max_mp=params.max_working_mp)
    else:
        scale = min(1.0, math.sqrt(params.max_working_mp * 1e6 / (gh * gw)))
    out_shape = scaled_shape((gh, gw), scale)
    M = scale_matrix((gh, gw), out_shape) @ M
    if out_shape != (gh, gw):
        steps.append(f"resize {_fmt(scale)}")
    check(cancel)

    # Render once, straight from the source to the working resolution.
    report(progress, 0.35, "Resampling")
    work = resample(view, np.linalg.inv(M), out_shape, fill=fill if rotated else None)
    check(cancel)

    # 5. white balance (gains commute with resampling, so the point is read
    # at full resolution in the source).
    report(progress, 0.5, "White balance")
    if params.white_balance == "auto":
        gains = _auto_gains(work)
        steps.append("white balance auto")
    elif params.white_balance == "point":
        gains = point_gains
        steps.append(f"white balance point {_fmt(npoint[0])} {_fmt(npoint[1])}")
    else:
        gains = None
    if gains is not None:
        work *= gains.astype(np.float32)
        np.clip(work, 0.0, 1.0, out=work)
    check(cancel)

    # 6. lighting.
    report(progress, 0.6, "Evening out the lighting")
    if params.flatten_lighting:
        _flatten_inplace(work, int(params.lighting_degree))
        steps.append(f"flatten lighting degree {params.lighting_degree}")
    check(cancel)

    # 7. denoise.
    report(progress, 0.75, "Denoising")
    if params.denoise != "off":
        work = _denoise_inplace(work, params.denoise, float(params.denoise_strength))
        steps.append(f"denoise {params.denoise} {_fmt(params.denoise_strength)}")
    check(cancel)

    pure_scale = box is None and quad is None and not rotated
    transform = None if pure_scale else to_src @ np.linalg.inv(M)
    report(progress, 1.0, "Done")
    return CleanupResult(image=work, scale=float(scale), transform=transform, steps=tuple(steps),
                         suggested_corners=suggested, source_shape=(H0, W0))
