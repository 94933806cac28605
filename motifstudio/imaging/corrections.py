"""Hand corrections of the colour regions, replayable as part of the recipe.

Where the segmentation got a region wrong, the designer paints it right: a
brush, a fill bucket, merging two colours, splitting one colour in two,
giving a colour a new value, or restoring the motif's symmetry.  Each
correction is a small frozen record stored in the recipe, in the coordinates
of the motif's frame (source pixels of the cleaned image), so re-running the
recipe on the original reproduces the corrected motif, whatever the working
resolution.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace as _dataclass_replace
from typing import Iterable

import numpy as np
from scipy import ndimage

from ..core.colour import lab_to_rgb, rgb_to_lab
from .symmetry_repair import GROUPS, snap_centre, symmetrise

OPS = ("brush", "fill", "merge", "split", "recolour", "symmetrise")


@dataclass(frozen=True)
class Correction:
    """One correction.

    ``brush``: paint class ``cls`` along ``points`` with ``radius`` (frame px).
    ``fill``: give the region under ``points[0]`` to class ``cls``.
    ``merge``: every pixel of class ``cls`` goes to class ``to``.
    ``split``: class ``cls`` is split in two by colour; the new class is added last.
    ``recolour``: class ``cls`` gets the colour ``rgb``.
    ``symmetrise``: every pixel takes the majority colour of its copies under the
    symmetry ``group`` about ``centre`` (x, y) (see :mod:`.symmetry_repair`);
    ``cls`` is unused (0).
    """
    op: str
    cls: int
    to: int = -1
    points: tuple = ()
    radius: float = 0.0
    rgb: tuple = ()
    #: The colours (r, g, b) that ``cls`` and ``to`` showed when the correction was made.
    #: Replay resolves them to the current palette, so a colour that moved (pinning,
    #: another number of colours, an earlier merge renumbering the swatches) is still
    #: the one the user meant.  Without them the indices are used as they are.
    ref: tuple = ()
    to_ref: tuple = ()
    #: symmetrise: the group's name and its centre (x, y) in frame pixels
    group: str = ""
    centre: tuple = ()

    def to_dict(self) -> dict:
        if self.op == "symmetrise":
            return {"op": self.op, "group": self.group, "centre": list(self.centre)}
        d = {"op": self.op, "cls": self.cls}
        if self.op == "merge":
            d["to"] = self.to
        if self.points:
            d["points"] = [list(p) for p in self.points]
        if self.op == "brush":
            d["radius"] = self.radius
        if self.op == "recolour":
            d["rgb"] = list(self.rgb)
        if self.ref:
            d["ref"] = list(self.ref)
        if self.to_ref:
            d["to_ref"] = list(self.to_ref)
        return d

    @classmethod
    def from_dict(cls, d) -> "Correction":
        if not isinstance(d, dict) or d.get("op") not in OPS:
            raise ValueError(f"correction: expected one of {', '.join(OPS)}, got {d!r}")
        if d["op"] == "symmetrise":
            return cls._symmetrise_from_dict(d)
        try:
            c = cls(op=d["op"], cls=int(d["cls"]), to=int(d.get("to", -1)),
                    points=tuple((float(x), float(y)) for x, y in d.get("points", ())),
                    radius=float(d.get("radius", 0.0)),
                    rgb=tuple(int(v) for v in d.get("rgb", ())),
                    ref=tuple(int(v) for v in d.get("ref", ())),
                    to_ref=tuple(int(v) for v in d.get("to_ref", ())))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"correction {d.get('op')}: {exc}") from None
        c.check()
        return c

    @classmethod
    def _symmetrise_from_dict(cls, d: dict) -> "Correction":
        unknown = sorted(set(d) - {"op", "group", "centre"}, key=str)
        if unknown:
            raise ValueError(f"correction symmetrise: unknown field(s) {', '.join(map(repr, unknown))}")
        if "group" not in d or "centre" not in d:
            raise ValueError("correction symmetrise: needs 'group' and 'centre'")
        centre = d["centre"]
        if not isinstance(centre, (list, tuple)) or len(centre) != 2 or \
                not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in centre):
            raise ValueError(f"correction symmetrise: centre must be [x, y] numbers, got {centre!r}")
        c = cls(op="symmetrise", cls=0, group=d["group"], centre=tuple(float(v) for v in centre))
        c.check()
        return c

    def check(self) -> None:
        if self.cls < 0:
            raise ValueError("correction: colour index must not be negative")
        if self.op == "symmetrise":
            if self.group not in GROUPS:
                raise ValueError(f"correction symmetrise: unknown symmetry {self.group!r}; "
                                 f"expected one of {', '.join(GROUPS)}")
            if len(self.centre) != 2 or not all(
                    isinstance(v, (int, float)) and not isinstance(v, bool) and np.isfinite(v)
                    for v in self.centre):
                raise ValueError(f"correction symmetrise: centre must be (x, y) finite numbers, "
                                 f"got {self.centre!r}")
            if self.centre[0] < 0 or self.centre[1] < 0:
                raise ValueError(f"correction symmetrise: centre must lie in the frame, "
                                 f"got {self.centre!r}")
        elif self.group or self.centre:
            raise ValueError(f"correction {self.op}: group and centre belong to symmetrise only")
        for p in self.points:
            if not isinstance(p, (tuple, list)) or len(p) != 2 or \
                    not all(isinstance(v, (int, float)) and np.isfinite(v) for v in p):
                raise ValueError(f"correction {self.op}: points must be (x, y) numbers, got {p!r}")
        for name, c in (("ref", self.ref), ("to_ref", self.to_ref)):
            if c and (len(c) != 3 or not all(0 <= v <= 255 for v in c)):
                raise ValueError(f"correction {self.op}: {name} must be an (r, g, b) colour")
        if self.op == "brush" and (not self.points or self.radius <= 0):
            raise ValueError("brush correction needs points and a positive radius")
        if self.op == "fill" and len(self.points) != 1:
            raise ValueError("fill correction needs exactly one point")
        if self.op == "merge" and (self.to < 0 or self.to == self.cls):
            raise ValueError("merge correction needs a different target colour")
        if self.op == "recolour" and (len(self.rgb) != 3 or not all(0 <= v <= 255 for v in self.rgb)):
            raise ValueError("recolour correction needs an (r, g, b) colour in 0..255")


def _nearest(palette_rgb: np.ndarray, rgb) -> int:
    """Index of the palette colour equal to, else closest to, *rgb* (CIELAB distance)."""
    pal = np.asarray(palette_rgb, np.uint8)
    exact = np.flatnonzero((pal == np.asarray(rgb, np.uint8)).all(1))
    if len(exact):
        return int(exact[0])
    d = ((rgb_to_lab(pal) - rgb_to_lab(np.asarray(rgb, np.uint8))) ** 2).sum(1)
    return int(np.argmin(d))


def _brush_mask(shape, points: np.ndarray, radius: float) -> np.ndarray:
    """Pixels whose centre lies within *radius* of the polyline through *points*."""
    h, w = shape
    mask = np.zeros(shape, bool)
    pts = np.asarray(points, float)
    if len(pts) == 1:
        pts = np.vstack([pts, pts])
    for a, b in zip(pts[:-1], pts[1:]):
        x0, x1 = int(max(0, np.floor(min(a[0], b[0]) - radius))), int(min(w, np.ceil(max(a[0], b[0]) + radius) + 1))
        y0, y1 = int(max(0, np.floor(min(a[1], b[1]) - radius))), int(min(h, np.ceil(max(a[1], b[1]) + radius) + 1))
        if x0 >= x1 or y0 >= y1:
            continue
        yy, xx = np.mgrid[y0:y1, x0:x1]
        px, py = xx + 0.5 - a[0], yy + 0.5 - a[1]
        d = b - a
        ln2 = float(d @ d)
        t = np.clip((px * d[0] + py * d[1]) / ln2, 0, 1) if ln2 > 0 else np.zeros_like(px)
        dist2 = (px - t * d[0]) ** 2 + (py - t * d[1]) ** 2
        mask[y0:y1, x0:x1] |= dist2 <= radius * radius
    return mask


def _split(labels, lab_img, k, n) -> tuple[np.ndarray, np.ndarray]:
    """Split class k by a 2-means of its pixels' colours (deterministic)."""
    sel = labels == k
    px = lab_img[sel].astype(np.float64)
    if len(px) < 2:
        return labels, None
    # Start from the two extremes along the main axis of the colours.
    centre = px.mean(0)
    _, _, vt = np.linalg.svd(px[:: max(1, len(px) // 20000)] - centre, full_matrices=False)
    proj = (px - centre) @ vt[0]
    c = np.stack([px[np.argmin(proj)], px[np.argmax(proj)]])
    for _ in range(10):
        a = np.argmin(((px[:, None, :] - c[None]) ** 2).sum(-1), axis=1)
        new = np.stack([px[a == j].mean(0) if np.any(a == j) else c[j] for j in range(2)])
        if np.allclose(new, c):
            break
        c = new
    out = labels.astype(np.int32, copy=True)
    idx = np.flatnonzero(sel.ravel())
    out.ravel()[idx[a == 1]] = n
    return out, c[1]


def apply_corrections(labels: np.ndarray, palette_lab: np.ndarray, palette_rgb: np.ndarray,
                      corrections: Iterable[Correction], *, scale: float = 1.0,
                      lab_image: np.ndarray | None = None):
    """Replay *corrections* on a label map at working resolution.

    Parameters
    ----------
    labels : (H, W) int array
        The segmentation (not modified).
    palette_lab, palette_rgb : (N, 3)
        Colours of the classes (CIELAB, and sRGB 0..255).
    corrections : iterable of Correction
        Coordinates in frame pixels; *scale* (working px per frame px) maps them.
    lab_image : (H, W, 3), optional
        The image in CIELAB, needed to split a colour.

    Returns
    -------
    labels, palette_lab, palette_rgb, skipped
        The corrected map and palette (colours left without pixels removed,
        indices renumbered), and the corrections that no longer apply (a
        colour index beyond the palette after the number of colours changed).
    """
    out = np.asarray(labels).astype(np.int32, copy=True)
    pal = np.asarray(palette_lab, np.float64).copy()
    rgb = np.asarray(palette_rgb, np.uint8).copy()
    corrections = list(corrections)
    if not corrections:
        return np.asarray(labels), pal, rgb, []
    skipped = []
    for c in corrections:
        n = len(pal)
        if c.ref:
            c = _dataclass_replace(c, cls=_nearest(rgb, c.ref))
        if c.to_ref:
            c = _dataclass_replace(c, to=_nearest(rgb, c.to_ref))
        if c.cls >= n or (c.op == "merge" and (c.to >= n or c.to == c.cls)):
            skipped.append(c)
            continue
        if c.op == "brush":
            pts = np.asarray(c.points, float) * scale
            out[_brush_mask(out.shape, pts, max(0.5, c.radius * scale))] = c.cls
        elif c.op == "fill":
            x, y = (int(v * scale) for v in c.points[0])
            if not (0 <= y < out.shape[0] and 0 <= x < out.shape[1]):
                skipped.append(c)
                continue
            region, _ = ndimage.label(out == out[y, x])
            out[region == region[y, x]] = c.cls
        elif c.op == "merge":
            out[out == c.cls] = c.to
        elif c.op == "split":
            if lab_image is None:
                skipped.append(c)
                continue
            out, new = _split(out, lab_image, c.cls, n)
            if new is not None:
                pal = np.vstack([pal, new])
                rgb = np.vstack([rgb, np.round(np.clip(lab_to_rgb(new), 0, 1) * 255).astype(np.uint8)])
        elif c.op == "recolour":
            rgb[c.cls] = c.rgb
            pal[c.cls] = rgb_to_lab(np.asarray(c.rgb, np.uint8))
        elif c.op == "symmetrise":
            # Snapped to where the group permutes working pixels exactly (within 0.36 px),
            # so the result is exactly symmetric whatever the working scale.
            x, y = snap_centre(c.group, (c.centre[0] * scale, c.centre[1] * scale))
            if not (0 <= x <= out.shape[1] and 0 <= y <= out.shape[0]):
                skipped.append(c)
                continue
            out = symmetrise(out, c.group, (x, y))
    # Drop colours that lost all their pixels (merged away), keeping the order.
    used = np.bincount(out.ravel(), minlength=len(pal)) > 0
    if not used.all():
        lut = np.cumsum(used) - 1
        out = lut[out]
        pal, rgb = pal[used], rgb[used]
    dtype = np.uint8 if len(pal) <= 256 else np.uint16
    return out.astype(dtype), pal, rgb, skipped
