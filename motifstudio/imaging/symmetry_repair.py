"""Symmetry repair: find the symmetry a digitised motif was made with, and restore it.

Traditional motifs (shyrdak rosettes, suzani medallions) are drawn symmetric
but cut, stitched and photographed by hand, so their copies disagree by a
wobble here and a stray fibre there.  :func:`detect_symmetry` scores the
candidate groups about the motif's centre on the label map;
:func:`symmetrise` gives every pixel the majority label of its copies under
the chosen group.  Both work on any integer label map and know nothing of
colours; the repair is stored in the recipe as a correction
(:mod:`motifstudio.imaging.corrections`), so the original stays untouched.

Coordinates are those of the label map: pixel (row i, column j) covers
``[j, j+1] x [i, i+1]``, its centre is ``(j + 0.5, i + 0.5)``, and a
centre ``(x, y)`` is a point in that plane (the middle of a W x H frame is
``(W/2, H/2)``).

Examples
--------
>>> best = detect_symmetry(labels)[0]                          # doctest: +SKIP
>>> best.name, best.centre, round(best.score, 2), best.likely  # doctest: +SKIP
('D4', (666.5, 666.5), 0.96, True)
>>> repaired = symmetrise(labels, best.name, best.centre)     # doctest: +SKIP
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import fft as _fft
from scipy import ndimage as ndi

__all__ = ["GROUPS", "SymmetryCandidate", "detect_symmetry", "symmetrise", "snap_centre",
           "group_order", "LIKELY_SCORE", "LIKELY_FIGURE"]

#: The linear part R of each transform, acting on (x, y) offsets from the centre
#: (x to the right, y down): p' = c + R (p - c).
_R = {
    "id": ((1, 0), (0, 1)),
    "fv": ((-1, 0), (0, 1)),    # mirror in the vertical axis (left <-> right)
    "fh": ((1, 0), (0, -1)),    # mirror in the horizontal axis (top <-> bottom)
    "r180": ((-1, 0), (0, -1)),
    "r90": ((0, -1), (1, 0)),   # a quarter turn (clockwise on screen, y pointing down)
    "r270": ((0, 1), (-1, 0)),
    "diag": ((0, 1), (1, 0)),   # mirrors in the two diagonals
    "anti": ((0, -1), (-1, 0)),
}

#: Each group's non-identity elements, largest group last.
GROUPS = {
    "mirror-v": ("fv",),
    "mirror-h": ("fh",),
    "C2": ("r180",),
    "D2": ("fv", "fh", "r180"),
    "C4": ("r90", "r180", "r270"),
    "D4": ("r90", "r180", "r270", "fv", "fh", "diag", "anti"),
}
_QUARTER = {"C4", "D4"}

#: A motif is probably meant to be symmetric when its score is at least this...
LIKELY_SCORE = 0.85
#: ...and its figure score (the same agreement, leaving out pixels where both
#: copies are the plain ground) at least this.  Why: a hand-made motif's
#: copies disagree only along its boundaries (a few px of wobble) and in stray
#: specks.  The true groups of the bundled samples (ram's horn, suzani, ikat,
#: tulip) and of synthetic motifs with noise blobs score 0.89-0.999, figure
#: 0.83-0.96; wrong groups (the quarter turn of a frame stretched by 6 %, the
#: half turn of a tulip) and asymmetric compositions score at most 0.80.  But
#: line art or a small figure on a large plain ground scores 0.96 in any
#: group, because ground meets ground everywhere: its figure score (0.3-0.53)
#: tells it apart.
LIKELY_FIGURE = 0.75
#: C4 and D4 are tried only on frames whose sides differ by at most this fraction.
SQUARE_TOLERANCE = 0.05
#: Largest side of the copy on which every centre in the search window is scored.
COARSE_SIDE = 300
#: Largest side of the copy on which the best centre is then refined.
FINE_SIDE = 1000


@dataclass(frozen=True)
class SymmetryCandidate:
    """One candidate symmetry of a motif.

    Attributes
    ----------
    name : str
        ``mirror-v``, ``mirror-h``, ``C2``, ``D2``, ``C4`` or ``D4``.
    centre : (float, float)
        The best centre (x, y) in the label map's pixels (a mirror's axis
        passes through it; for ``mirror-v`` only x matters, y is the frame's
        middle).
    score : float
        Fraction of pixels whose label equals the label at each of their
        symmetric positions (the worst over the group's transforms; pixels
        whose copy falls outside the frame are not counted).
    figure : float
        The same agreement over the pixels where the pixel or its copy is not
        the ground (the most common label), so a large plain ground does not
        make any figure look symmetric.
    likely : bool
        ``score >= LIKELY_SCORE`` and ``figure >= LIKELY_FIGURE``.
    """
    name: str
    centre: tuple
    score: float
    figure: float
    likely: bool

    @property
    def order(self) -> int:
        return group_order(self.name)


def group_order(name: str) -> int:
    """Number of transforms in the group (identity included)."""
    _check_name(name)
    return len(GROUPS[name]) + 1


def _check_name(name) -> None:
    if name not in GROUPS:
        raise ValueError(f"unknown symmetry {name!r}; expected one of {', '.join(GROUPS)}")


def _check_labels(labels) -> np.ndarray:
    labels = np.asarray(labels)
    if labels.ndim != 2:
        raise ValueError(f"labels: expected a 2-D label map, got shape {labels.shape}")
    if labels.dtype.kind not in "iu":
        raise ValueError(f"labels: expected integer class indices, got {labels.dtype}")
    if min(labels.shape) < 4:
        raise ValueError(f"labels: the map must be at least 4 x 4 pixels, got "
                         f"{labels.shape[1]} x {labels.shape[0]}")
    if labels.min() < 0:
        raise ValueError("labels: class indices must be >= 0")
    return labels


def _check_centre(centre) -> tuple:
    try:
        x, y = (float(v) for v in centre)
    except (TypeError, ValueError):
        raise ValueError(f"centre must be two numbers (x, y), got {centre!r}") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"centre must be finite, got {centre!r}")
    return x, y


def snap_centre(name: str, centre) -> tuple:
    """The nearest centre about which *name* maps pixel centres exactly onto pixel centres.

    Mirrors and the half turn need x and y on the pixel grid or half-grid
    (multiples of 0.5); quarter turns and diagonal mirrors further need x and
    y both whole or both half (else they map pixel centres onto corners).
    """
    _check_name(name)
    x, y = _check_centre(centre)
    if name not in _QUARTER:
        return round(x * 2) / 2, round(y * 2) / 2
    # Lattice of points (a, b) with a, b whole, or a, b both whole + 0.5.
    cands = [(round(x), round(y)), (math.floor(x) + 0.5, math.floor(y) + 0.5)]
    cands += [(math.floor(x) + 0.5 + dx, math.floor(y) + 0.5 + dy)
              for dx in (0, 1) for dy in (0, 1)]
    return min(cands, key=lambda c: ((c[0] - x) ** 2 + (c[1] - y) ** 2, c))


# ================================================================== transforms
def _index_map(key):
    """R in (row, col) order: row' = c*col + d*row, col' = a*col + b*row."""
    (a, b), (c, d) = _R[key]
    return np.array([[d, c], [b, a]])


def _dihedral_op(key):
    """A numpy view function ``op`` with op(A)[v] == A[M v + r] (M = _index_map(key))."""
    want = _index_map(key)
    for tr in (False, True):
        for k in range(4):
            def op(a, tr=tr, k=k):
                return np.rot90(np.swapaxes(a, 0, 1) if tr else a, k)
            probe = op(np.indices((3, 4)).transpose(1, 2, 0))  # (.., .., 2) index grid
            got = np.stack([probe[1, 0] - probe[0, 0], probe[0, 1] - probe[0, 0]], axis=1)
            if np.array_equal(got, want):
                return op
    raise AssertionError(key)  # pragma: no cover


def _offset(op, shape):
    """r of op(A)[v] == A[M v + r] for an array of *shape*."""
    h, w = shape
    rows = np.broadcast_to(np.arange(h)[:, None], shape)  # views: nothing of (h, w) is built
    cols = np.broadcast_to(np.arange(w)[None, :], shape)
    return np.array([op(rows)[0, 0], op(cols)[0, 0]])


_OPS = {key: _dihedral_op(key) for key in _R}


def _shift(key, centre_rc, shape, *, exact=True):
    """The shift s with copy(u) == op(A)[u + s] about centre (row, col).

    The copy of pixel u is the pixel containing c + M (u + 0.5 - c), that is
    M u + floor(M 0.5 + (I - M) c): M is a signed permutation, so every copy
    is a flipped or turned view of the map shifted by whole pixels.  On the
    lattice of :func:`snap_centre` the copy's centre is exactly a pixel
    centre; elsewhere it is the nearest-pixel sample, or None when *exact*.
    """
    m = _index_map(key)
    c = np.asarray(centre_rc, float)
    if exact:
        t = (np.eye(2) - m) @ (c - 0.5)
        if np.any(np.abs(t - np.rint(t)) > 1e-9):
            return None
    t = np.floor(m @ np.array([0.5, 0.5]) + (np.eye(2) - m) @ c + 1e-9).astype(int)
    r = _offset(_OPS[key], shape)
    return tuple(int(v) for v in m.T @ (t - r))


# ================================================================== symmetrise
def symmetrise(labels: np.ndarray, name: str, centre) -> np.ndarray:
    """Give every pixel the majority label of its copies under a symmetry group.

    Parameters
    ----------
    labels : (H, W) integer array
        The label map (not modified).
    name : str
        The group: ``mirror-v``, ``mirror-h``, ``C2``, ``D2``, ``C4`` or ``D4``.
    centre : (x, y)
        The centre of symmetry in pixels of *labels*.  On the pixel grid or
        half-grid (see :func:`snap_centre`) the transforms map pixels exactly
        onto pixels and the result is exactly invariant under the group;
        elsewhere each copy is the pixel nearest to it.

    Returns
    -------
    (H, W) array of the same dtype.

    Notes
    -----
    A pixel's orbit is the pixel and its copies; copies outside the frame do
    not vote, so a pixel with no copy inside keeps its label.  A tie is broken
    by which of the tied labels surrounds the orbit more (box counts of
    3, 7 and 15 px around each copy, summed over the orbit), and if that ties
    too, by the label more common in the whole map (a dispute goes to the
    ground).  Keeping the pixel's own label on a tie would not do: with two
    copies (a mirror, a half turn) every disagreement is a tie, so both
    copies would stay as they were.  With the centre on the grid every rule
    depends on the orbit alone, so all pixels of an orbit get the same label.
    The work is a few whole-map array operations per colour and transform.
    """
    labels = _check_labels(labels)
    _check_name(name)
    centre = _check_centre(centre)
    elements = ("id",) + GROUPS[name]
    classes = np.unique(labels)
    # Commonest colour first: on a complete tie the first one seen stays.
    classes = classes[np.argsort(-np.bincount(labels.ravel())[classes], kind="stable")]

    def votes_for(k):
        return _orbit_sum((labels == k).astype(np.int16), elements, centre)

    # Running vote over the colours: most copies wins, a draw at the top is a tie.
    best = np.zeros(labels.shape, np.int16)
    winner = labels.astype(np.int64)
    tie = np.zeros(labels.shape, bool)
    for k in classes:
        votes = votes_for(k)
        more = votes > best
        tie = ~more & (tie | ((votes == best) & (votes > 0)))
        winner[more] = k
        np.maximum(best, votes, out=best)
    if tie.any():
        # Among the colours tied at the top, the one most present around the orbit:
        # box counts of 3, 7 and 15 px around each copy (whole numbers), summed over it.
        top_support = np.full(labels.shape, -1.0, np.float32)
        for k in classes:
            at_top = tie & (votes_for(k) == best)
            ind = (labels == k).astype(np.float32)
            box = sum(np.rint(ndi.uniform_filter(ind, size, mode="constant") * (size * size))
                      for size in (3, 7, 15))
            support = _orbit_sum(box.astype(np.float32), elements, centre)
            stronger = at_top & (support > top_support)
            winner[stronger] = k
            top_support[stronger] = support[stronger]
    return winner.astype(labels.dtype)


def _orbit_sum(field, elements, centre):
    """For every pixel, the sum of *field* over its copies inside the frame.

    Each copy is a slice of a flipped or turned view of the map (see
    :func:`_shift`), so no index arrays are built.
    """
    h, w = field.shape
    out = np.zeros(field.shape, field.dtype)
    for key in elements:
        s = _shift(key, (centre[1], centre[0]), field.shape, exact=False)
        g = _OPS[key](field)
        r0, r1 = max(0, -s[0]), min(h, g.shape[0] - s[0])
        c0, c1 = max(0, -s[1]), min(w, g.shape[1] - s[1])
        if r1 > r0 and c1 > c0:
            out[r0:r1, c0:c1] += g[r0 + s[0]:r1 + s[0], c0 + s[1]:c1 + s[1]]
    return out


# ================================================================== detection
def _agreement(labels, key, s, ground):
    """(pixels equal to their copy, of which ground, pixels whose copy is in the frame)."""
    g = _OPS[key](labels)
    h, w = labels.shape
    h2, w2 = g.shape
    r0, r1 = max(0, -s[0]), min(h, h2 - s[0])
    c0, c1 = max(0, -s[1]), min(w, w2 - s[1])
    if r1 <= r0 or c1 <= c0:
        return 0, 0, 0
    a = labels[r0:r1, c0:c1]
    same = a == g[r0 + s[0]:r1 + s[0], c0 + s[1]:c1 + s[1]]
    return int(np.count_nonzero(same)), int(np.count_nonzero(same & (a == ground))), a.size


def _correlations(labels, keys, ground):
    """For each transform, agreement counts for every shift at once (FFT, summed over classes).

    ``full[key][m]`` counts pixels u with labels[u] == op(labels)[u + s], s = (h2-1, w2-1) - m;
    ``both_ground[key][m]`` those of them that are the ground.
    """
    h, w = labels.shape
    side = max(h, w)
    shape = (_fft.next_fast_len(h + side - 1, real=True),
             _fft.next_fast_len(w + side - 1, real=True))
    acc = {key: 0 for key in keys}
    acc_ground = {}
    for k in np.unique(labels):
        ind = (labels == k).astype(np.float64)
        a = _fft.rfft2(ind, shape)
        for key in keys:
            flipped = np.ascontiguousarray(_OPS[key](ind)[::-1, ::-1])
            term = a * _fft.rfft2(flipped, shape)
            acc[key] = acc[key] + term
            if k == ground:
                acc_ground[key] = term
    full = {key: np.rint(_fft.irfft2(v, shape)) for key, v in acc.items()}
    both = {key: np.rint(_fft.irfft2(v, shape)) for key, v in acc_ground.items()}
    return full, both


def _ground(labels) -> int:
    return int(np.argmax(np.bincount(labels.ravel())))


def _coarse_scores(labels, names, max_shift):
    """Every group's score on a grid of centres (half-pixel steps) around the middle."""
    h, w = labels.shape
    keys = sorted({k for n in names for k in GROUPS[n]})
    full, both = _correlations(labels, keys, _ground(labels))
    ax = np.arange(-int(max_shift * w * 2), int(max_shift * w * 2) + 1) * 0.5 + w / 2
    ay = np.arange(-int(max_shift * h * 2), int(max_shift * h * 2) + 1) * 0.5 + h / 2
    cx, cy = np.meshgrid(ax, ay)
    per_key = {}
    for key in keys:
        m = _index_map(key)
        g_shape = _OPS[key](labels).shape
        r = _offset(_OPS[key], labels.shape)
        # t = (I - M)(c - 0.5) in (row, col), then s = M^T (t - r), m = (h2-1, w2-1) - s.
        d = np.stack([cy - 0.5, cx - 0.5])
        t = np.tensordot(np.eye(2) - m, d, 1)
        exact = np.all(np.abs(t - np.rint(t)) < 1e-9, axis=0)
        s = np.tensordot(m.T, np.rint(t).astype(int) - r[:, None, None], 1)
        rows = np.clip(np.minimum(h, g_shape[0] - s[0]) - np.maximum(0, -s[0]), 0, None)
        cols = np.clip(np.minimum(w, g_shape[1] - s[1]) - np.maximum(0, -s[1]), 0, None)
        overlap = rows * cols
        mi, mj = g_shape[0] - 1 - s[0], g_shape[1] - 1 - s[1]
        inside = exact & (mi >= 0) & (mi < full[key].shape[0]) & (mj >= 0) & \
            (mj < full[key].shape[1]) & (overlap >= 0.5 * h * w)
        at = np.where(inside, mi, 0), np.where(inside, mj, 0)
        count, ground = full[key][at], both[key][at]
        per_key[key] = np.where(inside, count / np.maximum(overlap, 1), -1.0)
        per_key[key, "figure"] = np.where(
            inside, (count - ground) / np.maximum(overlap - ground, 1), -1.0)
    out = {}
    dist = (cx - w / 2) ** 2 + (cy - h / 2) ** 2
    for n in names:
        score = np.min([per_key[k] for k in GROUPS[n]], axis=0)
        # best score; among equal scores the centre nearest the middle
        best = np.lexsort((dist.ravel(), -score.ravel()))[0]
        figure = min(per_key[k, "figure"].ravel()[best] for k in GROUPS[n])
        out[n] = (float(cx.ravel()[best]), float(cy.ravel()[best]),
                  (float(score.ravel()[best]), float(figure)))
    return out


def _group_score(labels, name, centre, ground):
    """(score, figure score) of a group about *centre*: the worst over its transforms."""
    worst = (1.0, 1.0)
    for key in GROUPS[name]:
        s = _shift(key, (centre[1], centre[0]), labels.shape)
        if s is None:
            return (-1.0, -1.0)
        agree, agree_ground, n = _agreement(labels, key, s, ground)
        if n < 0.5 * labels.size:
            return (-1.0, -1.0)
        figure = (agree - agree_ground) / max(1, n - agree_ground)
        worst = (min(worst[0], agree / n), min(worst[1], figure))
    return worst


def _refine(labels, name, start, window, ground):
    """Hill-climb the group score from *start* over exact centres within *window* (x0, x1, y0, y1)."""
    if name in _QUARTER:
        steps = [(0.5, 0.5), (0.5, -0.5), (-0.5, 0.5), (-0.5, -0.5), (1, 0), (-1, 0), (0, 1), (0, -1)]
    else:
        steps = [(dx, dy) for dx in (-0.5, 0, 0.5) for dy in (-0.5, 0, 0.5) if dx or dy]
    cur = snap_centre(name, start)
    seen = {cur: _group_score(labels, name, cur, ground)}
    for _ in range(64):
        best = cur
        for dx, dy in steps:
            c = (cur[0] + dx, cur[1] + dy)
            if not (window[0] <= c[0] <= window[1] and window[2] <= c[1] <= window[3]):
                continue
            if c not in seen:
                seen[c] = _group_score(labels, name, c, ground)
            if seen[c][0] > seen[best][0] + 1e-12:
                best = c
        if best == cur:
            break
        cur = best
    return cur, seen[cur]


def _strided(labels, side):
    """A nearest-neighbour copy with sides <= *side*: (copy, stride, offset)."""
    f = max(1, math.ceil(max(labels.shape) / side))
    o = f // 2
    return labels[o::f, o::f], f, o


def detect_symmetry(labels: np.ndarray, *, max_shift: float = 0.08) -> list[SymmetryCandidate]:
    """Score the symmetries a motif may have been made with, best first.

    Parameters
    ----------
    labels : (H, W) integer array
        The colour regions of the motif.
    max_shift : float
        How far from the middle of the frame the centre is searched, as a
        fraction of the frame's width (for x) and height (for y); photos are
        rarely cropped exactly around the motif.

    Returns
    -------
    list of SymmetryCandidate
        ``mirror-v``, ``mirror-h``, ``C2``, ``D2`` and, on a frame square
        within 5 %, ``C4`` and ``D4``, each with its best centre.  Likely
        candidates come first, the largest group first (D4 before D2 before a
        mirror), then the rest by score.

    Notes
    -----
    Every centre of the search window (in half-pixel steps) is scored at once
    on a copy of at most 300 px a side, by correlating each colour's mask
    with its transformed copy (FFT).  The best centre of each group is then
    refined by hill-climbing on a copy of at most 1000 px a side, where the
    score is measured.
    """
    labels = _check_labels(labels)
    if not (0 <= max_shift <= 0.25):
        raise ValueError(f"max_shift must be between 0 and 0.25 of the frame, got {max_shift}")
    h, w = labels.shape
    names = [n for n in GROUPS
             if n not in _QUARTER or abs(h - w) <= SQUARE_TOLERANCE * max(h, w)]
    coarse, f, o = _strided(labels, COARSE_SIDE)
    fine, f2, o2 = _strided(labels, FINE_SIDE)
    found = _coarse_scores(coarse, names, max_shift)
    ground = _ground(fine)
    out = []
    for n in names:
        x, y, (score, figure) = found[n]
        if f != f2:
            # coarse copy -> full frame -> fine copy (pixel centres map linearly)
            to_fine = [((f * (v - 0.5) + o + 0.5) - o2 - 0.5) / f2 + 0.5 for v in (x, y)]
            fh, fw = fine.shape
            window = (fw / 2 - max_shift * fw, fw / 2 + max_shift * fw,
                      fh / 2 - max_shift * fh, fh / 2 + max_shift * fh)
            if n in ("mirror-v",):
                to_fine[1] = fh / 2
            elif n in ("mirror-h",):
                to_fine[0] = fw / 2
            (x, y), (score, figure) = _refine(fine, n, to_fine, window, ground)
        full_x, full_y = (f2 * (v - 0.5) + o2 + 0.5 for v in (x, y))
        if n == "mirror-v":
            full_y = h / 2
        elif n == "mirror-h":
            full_x = w / 2
        score, figure = max(0.0, score), max(0.0, figure)
        out.append(SymmetryCandidate(name=n, centre=(full_x, full_y), score=score, figure=figure,
                                     likely=score >= LIKELY_SCORE and figure >= LIKELY_FIGURE))
    out.sort(key=lambda c: (not c.likely, -c.order if c.likely else 0, -c.score))
    return out
