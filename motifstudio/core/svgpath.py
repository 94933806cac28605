"""SVG path data for a planar map, built once per edge and shared by both faces.

Every edge is formatted twice, forwards and reversed, *without* its initial
moveto (``"L10 2C11 3 12 3.5 14 4"``); a face is then the concatenation of
its darts' texts.  Because the two faces beside an edge paste the very same
numbers, their outlines coincide exactly in the file, not just on screen.

Reversing an edge reverses its point list and its list of segment kinds; for
lines and cubic Béziers that is exact (a cubic's control polygon read
backwards is the same curve).

Formatting is vectorised: coordinates are rounded to integers in units of
``10**-decimals``, their digits are written into a byte matrix with numpy and
the unused bytes (leading blanks, trailing fractional zeros) are masked away,
so no Python code runs per number.  Numbers come out compact: ``3``, ``-0.5``,
``12.25`` — never ``3.00`` or ``-0``.

Examples
--------
>>> import numpy as np
>>> format_numbers(np.array([3.0, -0.5, 12.254, -0.001]), decimals=2)
['3', '-0.5', '12.25', '0']
"""
from __future__ import annotations

import numpy as np

from .planar import CUBIC, PlanarMap

__all__ = ["edge_path_data", "face_path_data", "face_paths", "format_numbers",
           "polyline_path_data", "curve_path_data"]

_SPACE, _MINUS, _DOT, _ZERO = ord(" "), ord("-"), ord("."), ord("0")
_MAX_DECIMALS = 6


# ---------------------------------------------------------------- numbers
def _quantise(values: np.ndarray, decimals: int) -> np.ndarray:
    if not 0 <= decimals <= _MAX_DECIMALS:
        raise ValueError(f"decimals must be in 0..{_MAX_DECIMALS}, got {decimals}")
    v = np.asarray(values, dtype=np.float64)
    if not np.all(np.isfinite(v)):
        raise ValueError("coordinates must be finite")
    q = np.rint(v * 10.0 ** decimals)
    if q.size and np.abs(q).max() >= 2.0 ** 53:
        raise ValueError("coordinates are too large to format exactly")
    return q.astype(np.int64)


def _int_width(q: np.ndarray, decimals: int) -> int:
    top = int(np.abs(q).max()) // 10 ** decimals if q.size else 0
    return max(1, len(str(top)))


def _number_width(int_width: int, decimals: int) -> int:
    return 1 + int_width + (1 + decimals if decimals else 0)


def _fill_numbers(out: np.ndarray, keep: np.ndarray, col: int, q: np.ndarray,
                  decimals: int, int_width: int) -> None:
    """Write fixed-width number fields into ``out[:, col:col + width]`` and mark used bytes.

    Field layout: ``[sign][integer digits, right-aligned][.][fraction digits]``;
    leading blanks and trailing fractional zeros are left unmarked in *keep*.
    """
    n_digits = int_width + decimals
    a = np.abs(q)
    # int32 division is markedly faster; coordinates almost always fit
    a = a.astype(np.int32) if n_digits <= 9 else a
    digits = np.empty((n_digits, len(q)), dtype=a.dtype)
    for j in range(n_digits):                      # least significant first
        a, digits[j] = np.divmod(a, 10)
    out[:, col] = _MINUS
    keep[:, col] = q < 0
    # integer digit j (from the right) is shown if it or a higher one is non-zero, or j == 0
    shown = np.zeros(len(q), dtype=bool)
    for j in range(int_width - 1, -1, -1):
        d = digits[decimals + j]
        shown |= d != 0
        c = col + int_width - j
        out[:, c] = d + _ZERO
        keep[:, c] = shown if j else True
    if decimals:
        dot = col + 1 + int_width
        out[:, dot] = _DOT
        # fraction digit k (from the left) is shown if it or a later one is non-zero
        shown = np.zeros(len(q), dtype=bool)
        for k in range(decimals - 1, -1, -1):
            d = digits[decimals - 1 - k]
            shown |= d != 0
            out[:, dot + 1 + k] = d + _ZERO
            keep[:, dot + 1 + k] = shown
        keep[:, dot] = keep[:, dot + 1]


def format_numbers(values, *, decimals: int = 2) -> list[str]:
    """Format numbers compactly for SVG (rounded, no trailing zeros, no ``-0``).

    Parameters
    ----------
    values : array_like of float
        The numbers.
    decimals : int, optional
        Digits after the decimal point before rounding (0..6).

    Returns
    -------
    list of str
    """
    q = _quantise(np.ravel(values), decimals)
    if not q.size:
        return []
    iw = _int_width(q, decimals)
    w = _number_width(iw, decimals)
    out = np.empty((len(q), w + 1), dtype=np.uint8)
    keep = np.ones((len(q), w + 1), dtype=bool)
    _fill_numbers(out, keep, 0, q, decimals, iw)
    out[:, w] = _SPACE
    return out[keep].tobytes().decode("ascii").split(" ")[:-1]


def _point_matrix(pts: np.ndarray, decimals: int, lead: int = 0,
                  tail: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Byte rows ``[lead cols]x y[tail cols]`` and their keep-mask, one row per point.

    The lead and tail columns are left for the caller to fill and mark.
    """
    q = _quantise(pts, decimals).reshape(-1, 2)
    iw = _int_width(q, decimals)
    w = _number_width(iw, decimals)
    n = len(q)
    out = np.empty((n, lead + 2 * w + 1 + tail), dtype=np.uint8)
    keep = np.empty(out.shape, dtype=bool)
    _fill_numbers(out, keep, lead, q[:, 0], decimals, iw)
    out[:, lead + w] = _SPACE
    keep[:, lead + w] = True
    _fill_numbers(out, keep, lead + w + 1, q[:, 1], decimals, iw)
    return out, keep


def _point_text(pts: np.ndarray, decimals: int) -> list[str]:
    """``"x y"`` of each point."""
    out, keep = _point_matrix(pts, decimals, tail=1)
    out[:, -1] = ord("\n")
    keep[:, -1] = True
    return out[keep].tobytes().decode("ascii").split("\n")[:-1]


# ---------------------------------------------------------------- edges
def _prefixes(ops: np.ndarray) -> np.ndarray:
    """Byte before each drawn point of a layout: the segment's letter, else a blank."""
    per_seg = np.where(ops == CUBIC, 3, 1)
    prefix = np.full(int(per_seg.sum()), _SPACE, dtype=np.uint8)
    first = np.concatenate([[0], np.cumsum(per_seg)[:-1]])
    prefix[first] = np.where(ops == CUBIC, ord("C"), ord("L"))
    return prefix


def edge_path_data(pm: PlanarMap, *, scale=(1.0, 1.0),
                   decimals: int = 2) -> tuple[list[str], list[str]]:
    """Forward and reversed SVG drawing commands of every edge, without the moveto.

    Parameters
    ----------
    pm : PlanarMap
        The map.
    scale : (float, float), optional
        Factors applied to x and y before formatting.
    decimals : int, optional
        Digits kept after the decimal point (0..6).

    Returns
    -------
    fwd, rev : list of str
        ``fwd[e]`` draws edge *e* from its first point (e.g. ``"L10 2C11 3 12 3 14 4"``),
        ``rev[e]`` draws it back from its last point.  Prefix the moveto to
        the matching start point (see :func:`face_path_data`).

    Examples
    --------
    A 2-segment edge (line then cubic) and its reverse:

    >>> import numpy as np
    >>> from motifstudio.core.planar import PlanarMap, LINE, CUBIC
    >>> i = lambda *v: np.array(v, dtype=np.int64)
    >>> pm = PlanarMap(width=10, height=10,
    ...     pts=np.array([[0, 0], [4, 0], [5, 1], [6, 2], [6, 4.5]]), pt_off=i(0, 5),
    ...     ops=np.array([LINE, CUBIC], np.uint8), seg_off=i(0, 2),
    ...     left=np.array([0], np.int32), right=np.array([-1], np.int32),
    ...     face_colour=np.array([0], np.int32), loop_off=i(0, 0), dart_off=i(0), darts=i())
    >>> edge_path_data(pm)
    (['L4 0C5 1 6 2 6 4.5'], ['C6 2 5 1 4 0L0 0'])
    """
    if pm.n_edges == 0:
        return [], []
    pts = np.asarray(pm.pts, dtype=np.float64).reshape(-1, 2) * np.asarray(scale, dtype=np.float64)
    pt_off = np.asarray(pm.pt_off, dtype=np.int64)
    ops = np.asarray(pm.ops)
    n = len(pts)
    # One byte matrix serves both directions: row i = [fwd prefix][rev prefix]x y[newline].
    # Forwards every point but an edge's first is drawn; backwards every point
    # but its last, in reversed order (reversing the whole array reverses each
    # edge in place and the order of edges).  The newline ends each edge's text.
    out, keep = _point_matrix(pts, decimals, lead=2, tail=1)
    is_first = np.zeros(n, dtype=bool)
    is_first[pt_off[:-1]] = True
    is_last = np.zeros(n, dtype=bool)
    is_last[pt_off[1:] - 1] = True
    out[~is_first, 0] = _prefixes(ops)
    rev_prefix = np.empty(n, dtype=np.uint8)
    rev_prefix[~is_last[::-1]] = _prefixes(ops[::-1])
    out[:, 1] = rev_prefix[::-1]
    out[:, -1] = ord("\n")

    kf = keep.copy()
    kf[:, 0], kf[:, 1], kf[:, -1] = True, False, is_last
    kf[is_first] = False
    fwd = out[kf].tobytes().decode("ascii").split("\n")[:-1]

    keep[:, 0], keep[:, 1], keep[:, -1] = False, True, is_first
    keep[is_last] = False
    rev = out[::-1][keep[::-1]].tobytes().decode("ascii").split("\n")[:-1]
    rev.reverse()
    return fwd, rev


def _start_points(pm: PlanarMap, scale, decimals: int) -> tuple[list[str], list[str]]:
    """``"x y"`` of every edge's first and last point, formatted like the commands."""
    pts = np.asarray(pm.pts, dtype=np.float64).reshape(-1, 2) * np.asarray(scale, dtype=np.float64)
    pt_off = np.asarray(pm.pt_off, dtype=np.int64)
    # the masked fixed-width fields give the same text whatever the field width
    parts = _point_text(np.concatenate([pts[pt_off[:-1]], pts[pt_off[1:] - 1]]), decimals)
    return parts[:pm.n_edges], parts[pm.n_edges:]


# ---------------------------------------------------------------- faces
def face_path_data(pm: PlanarMap, f: int, fwd: list[str], rev: list[str], *,
                   scale=(1.0, 1.0), decimals: int = 2, starts=None) -> str:
    """SVG path data of face *f*: ``"M x0 y0" + darts' commands + "Z"`` per loop.

    Parameters
    ----------
    pm : PlanarMap
        The map.
    f : int
        Face id.
    fwd, rev : list of str
        From :func:`edge_path_data` with the same *scale* and *decimals*.
    scale, decimals
        As given to :func:`edge_path_data` (used for the movetos).
    starts : (list of str, list of str), optional
        Pre-formatted first/last points of every edge (internal, for speed).

    Returns
    -------
    str
        Path data, one subpath per loop.  Holes stay open under the
        ``evenodd`` fill rule, and under ``nonzero`` too when hole loops run
        against the outer loop (as the map's loops do).
    """
    lo, hi = int(pm.loop_off[f]), int(pm.loop_off[f + 1])
    bounds = pm.dart_off[lo:hi + 1].tolist()
    loops = [pm.darts[a:b].tolist() for a, b in zip(bounds[:-1], bounds[1:])]
    loops = [lp for lp in loops if lp]
    if starts is None:
        # format just this face's loop starts (the whole map's would be O(edges) per face)
        pt_off = pm.pt_off
        idx = [int(pt_off[d]) if d >= 0 else int(pt_off[~d + 1]) - 1 for d in (lp[0] for lp in loops)]
        pts = np.asarray(pm.pts, dtype=np.float64).reshape(-1, 2)[idx] * np.asarray(scale, float)
        moves = _point_text(pts, decimals) if idx else []
    else:
        first, last = starts
        moves = [first[lp[0]] if lp[0] >= 0 else last[~lp[0]] for lp in loops]
    return _join_loops(loops, moves, fwd, rev)


def _join_loops(loops: list[list[int]], moves: list[str], fwd: list[str], rev: list[str]) -> str:
    out = []
    for darts, move in zip(loops, moves):
        out.append("M" + move)
        out.extend([fwd[d] if d >= 0 else rev[~d] for d in darts])
        out.append("Z")
    return "".join(out)


def face_paths(pm: PlanarMap, *, scale=(1.0, 1.0), decimals: int = 2) -> list[str]:
    """Path data of every face (see :func:`face_path_data`), edges formatted once."""
    fwd, rev = edge_path_data(pm, scale=scale, decimals=decimals)
    first, last = _start_points(pm, scale, decimals)
    darts, dart_off, loop_off = pm.darts.tolist(), pm.dart_off.tolist(), pm.loop_off.tolist()
    out = []
    for f in range(pm.n_faces):
        loops = [darts[dart_off[k]:dart_off[k + 1]] for k in range(loop_off[f], loop_off[f + 1])]
        loops = [lp for lp in loops if lp]
        moves = [first[lp[0]] if lp[0] >= 0 else last[~lp[0]] for lp in loops]
        out.append(_join_loops(loops, moves, fwd, rev))
    return out


def polyline_path_data(points, *, decimals: int = 2, closed: bool = False) -> str:
    """``"M x0 y0L x1 y1 ..."`` for an (N, 2) polyline (centreline strokes)."""
    p = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if len(p) < 2:
        raise ValueError("a polyline needs at least two points")
    out, keep = _point_matrix(p, decimals, lead=1)
    out[:, 0] = ord("L")
    out[0, 0] = ord("M")
    keep[:, 0] = True
    return out[keep].tobytes().decode("ascii") + ("Z" if closed else "")


def curve_path_data(pts, ops, *, decimals: int = 2, closed: bool = False) -> str:
    """Path data of one curve in the edge layout (start point, 1 point per LINE, 3 per CUBIC).

    Examples
    --------
    >>> curve_path_data([[0, 0], [1, 0], [2, 1], [2, 2]], [1])
    'M0 0C1 0 2 1 2 2'
    """
    p = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
    o = np.asarray(ops)
    if len(o) == 0 or len(p) != 1 + int(np.where(o == CUBIC, 3, 1).sum()):
        raise ValueError("curve: the segment kinds do not match the points")
    out, keep = _point_matrix(p, decimals, lead=1)
    out[0, 0] = ord("M")
    out[1:, 0] = _prefixes(o)
    keep[:, 0] = True
    return out[keep].tobytes().decode("ascii") + ("Z" if closed else "")
