"""Label clean-up: smoothing ragged class edges and removing speckles from a label map.

The last per-pixel step of :mod:`motifstudio.imaging.segment` before the
palette is measured.  Nearest-colour labels are ragged along boundaries and
sprinkled with regions of a few pixels (noise, dust, left-over blend pixels)
that would each become a shape of their own when traced.  The functions here
work on any integer label map and know nothing about colours: the majority
(mode) filter (:func:`majority_filter`), merging regions below a smallest
area into their surroundings (:func:`remove_speckles`, with its automatic
size :func:`auto_min_area`), and putting back classes that the clean-up must
not erase (:func:`_restore_vanished`).
"""
from __future__ import annotations

from typing import Iterable, Union

import numpy as np
from scipy import ndimage as ndi
from skimage.measure import label as _cc_label

__all__ = ["majority_filter", "remove_speckles", "auto_min_area"]

#: Speck pixels above which remove_speckles fills in bulk first (and 1 % of the image).
_BULK_SPECKLES = 20_000


def _check_labels(labels, name: str = "labels") -> np.ndarray:
    if not isinstance(labels, np.ndarray) or labels.ndim != 2:
        raise ValueError(f"{name}: expected a 2-D array")
    if labels.dtype.kind not in "iu" or labels.dtype.kind == "b":
        raise ValueError(f"{name}: expected integer class indices, got {labels.dtype}")
    if labels.size and labels.min() < 0:
        raise ValueError(f"{name}: class indices must be >= 0")
    return labels


def majority_filter(labels: np.ndarray, radius: int, n_classes: int) -> np.ndarray:
    """Replace each label by the most frequent label of its (2r+1)² window.

    Parameters
    ----------
    labels : (H, W) integer array
        Class indices in ``range(n_classes)``.
    radius : int
        Window radius r >= 0; 0 returns a copy.
    n_classes : int
        Number of classes.

    Returns
    -------
    (H, W) array of the same dtype.

    Notes
    -----
    One box count of each class's indicator image, then a running argmax,
    so memory stays a few (H, W) small-integer arrays.  On a tie the pixel keeps
    its own label (else the lowest tied index wins).  Edges replicate the
    border pixels.  Caution for line art: a 1 px line *inside* one colour
    only fills 3 of 9 cells of a 3 x 3 window and is erased by r = 1 (a 1 px
    line *between* two colours ties 3:3:3 and survives); presets for thin
    embroidery lines therefore use ``smoothing = 0``.

    Examples
    --------
    >>> lab = np.zeros((5, 5), np.uint8); lab[2, 2] = 1
    >>> int(majority_filter(lab, 1, 2).max())
    0
    """
    labels = _check_labels(labels)
    radius, n_classes = int(radius), int(n_classes)
    if radius < 0:
        raise ValueError("majority_filter: radius must be >= 0")
    if n_classes < 1 or (labels.size and labels.max() >= n_classes):
        raise ValueError("majority_filter: labels must lie in range(n_classes)")
    if radius == 0 or labels.size == 0:
        return labels.copy()
    dtype = np.uint8 if (2 * radius + 1) ** 2 <= 255 else np.uint16
    best = np.zeros(labels.shape, dtype)
    own = np.zeros(labels.shape, dtype)
    out = labels.copy()
    present = np.bincount(labels.ravel(), minlength=n_classes) > 0
    for k in np.flatnonzero(present):
        ind = labels == k
        cnt = _box_count(ind, radius, dtype)
        np.copyto(own, cnt, where=ind)
        upd = cnt > best
        np.copyto(out, k, where=upd, casting="unsafe")
        np.maximum(best, cnt, out=best)
    keep = own >= best
    np.copyto(out, labels, where=keep)
    return out


def _box_count(mask: np.ndarray, r: int, dtype) -> np.ndarray:
    """Number of set pixels in the (2r+1)² window around each pixel (edges replicated).

    Separable running sums of shifted slices in small integers: exact (no
    float ties) and several times faster than a float ``uniform_filter``.
    """
    h, w = mask.shape
    p = np.pad(mask, r, mode="edge").view(np.uint8).astype(dtype)
    rows = p[:, 0:w].copy()
    for i in range(1, 2 * r + 1):
        rows += p[:, i:i + w]
    cnt = rows[0:h].copy()
    for i in range(1, 2 * r + 1):
        cnt += rows[i:i + h]
    return cnt


def remove_speckles(labels: np.ndarray, min_area_px: float, *, connectivity: int = 1,
                    keep_classes: Union[bool, Iterable[int]] = False,
                    _bulk: bool = True) -> np.ndarray:
    """Merge connected regions smaller than *min_area_px* into the regions around them.

    Parameters
    ----------
    labels : (H, W) integer array
    min_area_px : float
        Regions (connected components of equal label) with fewer pixels than
        this are removed; <= 1 returns a copy.
    connectivity : {1, 2}
        1 = 4-connected regions, 2 = 8-connected.
    keep_classes : bool or iterable of int
        Classes that must not vanish: if *every* region of such a class is
        small, its largest region is kept (an exception to the size rule).
        ``True`` = all classes.  By default a class made only of specks
        disappears.

    Returns
    -------
    (H, W) array of the same dtype in which no region is smaller than
    *min_area_px*, except protected regions (``keep_classes``) and the case
    of an image that is smaller than *min_area_px* altogether (then it
    becomes one region of the label of its largest region).

    Notes
    -----
    Small regions are filled by growing the surrounding large regions into
    them one pixel ring at a time (4-neighbours, each pixel taking the
    label most of its already-settled neighbours have).  Every filled pixel
    therefore touches, and joins, a large region of its new label, so one
    pass suffices, and a speck is filled from the region it is embedded in
    rather than from a region across it.  The work per ring is proportional
    to the number of speck pixels, not to the image size.  When specks cover
    more than 1 % of the image, they are first filled in bulk from the
    nearest large-region pixel (``distance_transform_edt`` with indices) and
    the rings clean up what that leaves.

    Examples
    --------
    >>> lab = np.zeros((6, 6), np.uint8); lab[1:3, 1:3] = 1; lab[4:, :] = 2
    >>> remove_speckles(lab, 5)[1, 1], remove_speckles(lab, 5)[5, 0]
    (np.uint8(0), np.uint8(2))
    """
    labels = _check_labels(labels)
    if connectivity not in (1, 2):
        raise ValueError("remove_speckles: connectivity must be 1 or 2")
    min_area_px = float(min_area_px)
    if not np.isfinite(min_area_px) or min_area_px < 0:
        raise ValueError("remove_speckles: min_area_px must be a number >= 0")
    if min_area_px <= 1 or labels.size == 0:
        return labels.copy()
    h, w = labels.shape
    comp = _cc_label(labels.astype(np.int32) + 1, connectivity=connectivity, background=0)
    areas = np.bincount(comp.ravel())
    small = areas < min_area_px
    small[0] = False                         # no background: every pixel has a label
    if keep_classes is not False and small.any():
        cls = np.zeros(len(areas), np.int64)
        cls[comp.ravel()] = labels.ravel()
        ids = np.arange(1, len(areas))
        order = ids[np.lexsort((-areas[1:], cls[1:]))]
        largest = order[np.r_[True, cls[order][1:] != cls[order][:-1]]]
        if keep_classes is not True:
            protect = np.asarray(sorted({int(k) for k in keep_classes}), np.int64)
            largest = largest[np.isin(cls[largest], protect)]
        small[largest] = False
    if not small.any():
        return labels.copy()
    if small[1:].all():
        small[int(np.argmax(areas))] = False  # nothing is large: grow from the largest
    settled = ~small[comp].ravel()
    del comp
    todo = np.flatnonzero(~settled)
    if _bulk and todo.size > max(_BULK_SPECKLES, 0.01 * labels.size):
        # Mostly specks (e.g. far more colours asked for than the image has):
        # ring growth would need many passes over many pixels, so fill them
        # all at once from the nearest settled pixel, then check again (the
        # nearest-pixel fill does not guarantee connectivity; the second
        # round's ring growth does).
        iy, ix = ndi.distance_transform_edt(~settled.reshape(h, w), return_distances=False,
                                            return_indices=True)
        filled = labels[iy, ix]
        del iy, ix
        return remove_speckles(filled, min_area_px, connectivity=connectivity,
                               keep_classes=keep_classes, _bulk=False)
    out = labels.copy()
    flat = out.reshape(-1)
    while todo.size:
        y, x = np.divmod(todo, w)
        labs, oks = [], []
        for off, valid in ((-w, y > 0), (w, y < h - 1), (-1, x > 0), (1, x < w - 1)):
            # an off-image neighbour points at the pixel itself, which is unsettled
            nb = np.where(valid, todo + off, todo)
            oks.append(settled[nb])
            labs.append(flat[nb])
        # votes of each settled neighbour = how many settled neighbours share its label
        votes = [ok.astype(np.int8) for ok in oks]
        for d in range(4):
            for e in range(d + 1, 4):
                same = oks[d] & oks[e] & (labs[d] == labs[e])
                votes[d] += same
                votes[e] += same
        ready = oks[0] | oks[1] | oks[2] | oks[3]
        if not ready.any():                  # cannot happen on a connected grid
            break
        pick = np.argmax(np.stack(votes), axis=0)
        chosen = np.choose(pick, labs)
        done = todo[ready]
        flat[done] = chosen[ready]           # synchronous: a ring at a time
        settled[done] = True
        todo = todo[~ready]
    return out


def _restore_vanished(labels: np.ndarray, before: np.ndarray, protect: np.ndarray,
                      n: int) -> np.ndarray:
    """Put back the pixels of protected classes that unblending/smoothing erased."""
    if len(protect) == 0:
        return labels
    had = np.bincount(before.ravel(), minlength=n) > 0
    has = np.bincount(labels.ravel(), minlength=n) > 0
    lost = np.zeros(n, bool)
    lost[protect] = True
    lost &= had & ~has
    if not lost.any():
        return labels
    out = labels.copy()
    np.copyto(out, before, where=lost[before])
    return out


def auto_min_area(h: int, w: int) -> float:
    """The automatic smallest region: ``max(4, 0.00002 * H * W)`` pixels (60 px at 3 MP)."""
    return max(4.0, 2e-5 * h * w)
