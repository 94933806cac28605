"""The planar map: the spine of a traced motif.

Nodes are points where three or more regions meet (or where a boundary meets
the image border).  Every boundary between two faces is ONE edge, fitted once
with lines and cubic Béziers; both faces draw it (one forwards, one reversed),
so neighbouring faces share exactly the same curve: no gaps, no overlaps.

Storage is flat numpy arrays, so a map with tens of thousands of edges stays
compact, serialises quickly and draws without per-edge Python objects.

Coordinates are in pixels of the cleaned image frame (x right, y down), the
frame being ``width`` × ``height``; the document maps them to millimetres.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

LINE = 0
CUBIC = 1
OUTSIDE = -1  # the face id on the far side of the image border


@dataclass(frozen=True, eq=False)
class PlanarMap:
    """A partition of the ``width`` × ``height`` frame into coloured faces.

    Edge ``e`` has points ``pts[pt_off[e]:pt_off[e+1]]`` and segment kinds
    ``ops[seg_off[e]:seg_off[e+1]]``: the first point is the start, then each
    LINE segment takes one point and each CUBIC three (two controls, end).
    ``left[e]`` / ``right[e]`` are the faces on each side when walking the
    edge forwards (y down, so "left" is the usual mathematical right-hand
    side; only consistency matters).  A closed edge (a ring with no node)
    starts and ends on the same point.

    Face ``f`` has colour ``face_colour[f]`` (an index into the motif's
    palette) and loops ``loops[loop_off[f]:loop_off[f+1]]``; loop ``k`` is the
    dart list ``darts[dart_off[k]:dart_off[k+1]]`` where dart ``d >= 0`` is
    edge ``d`` forwards and ``d < 0`` is edge ``~d`` reversed.
    """

    width: float
    height: float
    pts: np.ndarray
    pt_off: np.ndarray
    ops: np.ndarray
    seg_off: np.ndarray
    left: np.ndarray
    right: np.ndarray
    face_colour: np.ndarray
    loop_off: np.ndarray
    dart_off: np.ndarray
    darts: np.ndarray
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    # ------------------------------------------------------------ sizes
    @property
    def n_edges(self) -> int:
        return len(self.left)

    @property
    def n_faces(self) -> int:
        return len(self.face_colour)

    @property
    def n_segments(self) -> int:
        return len(self.ops)

    def edge_points(self, e: int) -> np.ndarray:
        return self.pts[self.pt_off[e]:self.pt_off[e + 1]]

    def edge_ops(self, e: int) -> np.ndarray:
        return self.ops[self.seg_off[e]:self.seg_off[e + 1]]

    def face_loops(self, f: int) -> list[np.ndarray]:
        return [self.darts[self.dart_off[k]:self.dart_off[k + 1]]
                for k in range(self.loop_off[f], self.loop_off[f + 1])]

    def faces_of_colour(self, colour: int) -> np.ndarray:
        return np.flatnonzero(self.face_colour == colour)

    # ------------------------------------------------------------ geometry
    def edge_polyline(self, e: int, *, flatness: float = 0.25, reverse: bool = False) -> np.ndarray:
        """The edge as a polyline, cubics subdivided so chords stay within ~*flatness* px."""
        pts = self.edge_points(e)
        ops = self.edge_ops(e)
        out = [pts[:1]]
        i = 1
        for op in ops:
            if op == LINE:
                out.append(pts[i:i + 1])
                i += 1
            else:
                p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
                span = (np.hypot(*(p1 - p0)) + np.hypot(*(p2 - p1)) + np.hypot(*(p3 - p2)))
                n = int(min(64, max(2, np.ceil(np.sqrt(span / max(flatness, 1e-3))))))
                t = np.linspace(0, 1, n + 1)[1:, None]
                mt = 1 - t
                out.append(mt ** 3 * p0 + 3 * mt * mt * t * p1 + 3 * mt * t * t * p2 + t ** 3 * p3)
                i += 3
        poly = np.concatenate(out)
        return poly[::-1] if reverse else poly

    def face_polygons(self, f: int, *, flatness: float = 0.25) -> list[np.ndarray]:
        """Each loop of face *f* as a closed polyline (last point repeats the first)."""
        rings = []
        for loop in self.face_loops(f):
            parts = []
            for d in loop:
                d = int(d)
                poly = self.edge_polyline(d if d >= 0 else ~d, flatness=flatness, reverse=d < 0)
                parts.append(poly if not parts else poly[1:])
            rings.append(np.concatenate(parts))
        return rings

    def edge_lengths(self, *, flatness: float = 0.25) -> np.ndarray:
        """Length of every edge in pixels (cubics flattened)."""
        return np.array([np.sum(np.hypot(*np.diff(self.edge_polyline(e, flatness=flatness), axis=0).T))
                         for e in range(self.n_edges)])

    def face_areas(self) -> np.ndarray:
        """Signed-area magnitude of every face in px², holes subtracted (shoelace on flattened loops)."""
        areas = np.zeros(self.n_faces)
        for f in range(self.n_faces):
            total = 0.0
            for ring in self.face_polygons(f):
                x, y = ring[:, 0], ring[:, 1]
                total += 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
            areas[f] = abs(total)
        return areas

    def scaled(self, sx: float, sy: float) -> "PlanarMap":
        """The same map with coordinates scaled (e.g. working resolution -> source pixels)."""
        return PlanarMap(width=self.width * sx, height=self.height * sy,
                         pts=self.pts * np.array([sx, sy]), pt_off=self.pt_off, ops=self.ops,
                         seg_off=self.seg_off, left=self.left, right=self.right,
                         face_colour=self.face_colour, loop_off=self.loop_off,
                         dart_off=self.dart_off, darts=self.darts)

    def with_face_colours(self, face_colour: np.ndarray) -> "PlanarMap":
        fc = np.asarray(face_colour, dtype=np.int32)
        if fc.shape != self.face_colour.shape:
            raise ValueError("face_colour must have one entry per face")
        return PlanarMap(width=self.width, height=self.height, pts=self.pts, pt_off=self.pt_off,
                         ops=self.ops, seg_off=self.seg_off, left=self.left, right=self.right,
                         face_colour=fc, loop_off=self.loop_off, dart_off=self.dart_off,
                         darts=self.darts)

    # ------------------------------------------------------------ serialisation
    _ARRAYS = ("pts", "pt_off", "ops", "seg_off", "left", "right", "face_colour",
               "loop_off", "dart_off", "darts")

    def to_json(self) -> dict:
        d = {"width": float(self.width), "height": float(self.height)}
        for name in self._ARRAYS:
            a = getattr(self, name)
            d[name] = np.round(a, 4).tolist() if a.dtype.kind == "f" else a.tolist()
        return d

    @classmethod
    def from_json(cls, d: dict) -> "PlanarMap":
        try:
            arrays = {
                "pts": np.asarray(d["pts"], dtype=np.float64).reshape(-1, 2),
                "ops": np.asarray(d["ops"], dtype=np.uint8),
                **{k: np.asarray(d[k], dtype=np.int64) for k in
                   ("pt_off", "seg_off", "loop_off", "dart_off", "darts")},
                **{k: np.asarray(d[k], dtype=np.int32) for k in ("left", "right", "face_colour")},
            }
            pm = cls(width=float(d["width"]), height=float(d["height"]), **arrays)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"planar map is damaged: {exc}") from None
        pm.check()
        return pm

    def check(self) -> None:
        """Raise ``ValueError`` if the arrays are inconsistent (a damaged file)."""
        E = len(self.left)
        if len(self.right) != E or len(self.pt_off) != E + 1 or len(self.seg_off) != E + 1:
            raise ValueError("planar map is damaged: edge arrays disagree in length")
        if E and (self.pt_off[-1] != len(self.pts) or self.seg_off[-1] != len(self.ops)):
            raise ValueError("planar map is damaged: offsets do not match the point list")
        if E and np.any(np.diff(self.seg_off) < 1):
            raise ValueError("planar map is damaged: an edge has no segments")
        if E:
            need = 1 + np.add.reduceat(np.where(self.ops == CUBIC, 3, 1), self.seg_off[:-1])
            if not np.array_equal(np.diff(self.pt_off), need):
                raise ValueError("planar map is damaged: segment kinds do not match the points")
        F = len(self.face_colour)
        if len(self.loop_off) != F + 1 or (F and self.loop_off[-1] != len(self.dart_off) - 1):
            raise ValueError("planar map is damaged: face loops disagree in length")
        if len(self.darts) and (self.darts.max() >= E or (~self.darts[self.darts < 0]).max(initial=0) >= E):
            raise ValueError("planar map is damaged: a face refers to a missing edge")
        for a in (self.left, self.right):
            if len(a) and (a.min() < OUTSIDE or a.max() >= F):
                raise ValueError("planar map is damaged: an edge refers to a missing face")


def curve_polyline(pts, ops, *, flatness: float = 0.05, max_pieces: int = 256) -> np.ndarray:
    """A curve in edge layout (start point, 1 point per LINE, 3 per CUBIC) as a polyline:
    each cubic cut into ``ceil(sqrt(control-polygon length / flatness))`` pieces (2..max)."""
    pts = np.asarray(pts, float).reshape(-1, 2)
    out = [pts[:1]]
    i = 1
    for op in np.asarray(ops).tolist():
        if op == CUBIC:
            p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
            span = np.hypot(*(p1 - p0)) + np.hypot(*(p2 - p1)) + np.hypot(*(p3 - p2))
            n = int(min(max_pieces, max(2, np.ceil(np.sqrt(span / max(flatness, 1e-6))))))
            t = np.linspace(0.0, 1.0, n + 1)[1:, None]
            mt = 1.0 - t
            out.append(mt ** 3 * p0 + 3 * mt * mt * t * p1 + 3 * mt * t * t * p2 + t ** 3 * p3)
            i += 3
        else:
            out.append(pts[i:i + 1])
            i += 1
    return np.concatenate(out)
