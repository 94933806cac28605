"""The stitch plan: a design turned into needle positions, thread by thread.

:func:`plan_stitches` is the element → stitch plan step (as in Ink/Stitch);
the machine-file writers, the preview and the thread list all draw from the
same :class:`StitchPlan`.

1. The design is flattened to placed faces in mm
   (:func:`~motifstudio.design.flatten.flatten_design`) and every colour is
   matched to a DMC thread (:mod:`.threads`).
2. Faces narrower than ``satin_width`` (``2 × area / perimeter``) become
   satin columns (:mod:`.satin`), the others fill with rows at
   ``fill_angle`` and an underlay at right angles (:mod:`.fill`); faces under
   ``MIN_FACE_MM2`` are too small to sew and are skipped (counted in
   ``warnings``).  Boundaries between two threads become running or bean
   outlines and the motif's strokes satin or bean lines (:mod:`.running`).
3. **Colour order**: one block per thread.  The ground (the thread covering
   most area) comes first; then the threads that carry no lines, by area,
   largest first; then those carrying lines (outlines, strokes), so lines lie
   on top of the fills they border.  Outlines are sewn in the darkest thread
   (other than the ground when there is a choice), whose block is last.
   Within a block: faces first, lines after, each nearest-neighbour ordered
   (:mod:`.order`).
4. **Travel**: a gap of at most ``CONNECT_MM`` is simply stitched across; a
   gap up to ``trim_length`` is a jump (the thread floats across, later
   covered or clipped by hand); a longer gap ends the piece with a tie-off, a
   trim and a jump, and the next piece starts with a tie-in.  Ties are two
   small stitches back and forth along the piece's last (first) stitch.
   Every colour block starts with a tie-in and ends with a tie-off and a trim
   before the colour change.

Coordinates are design mm, origin top-left, y down.  Jumps are stored
unsplit: each machine format splits them to its own limit when written.
No stitch is longer than ``max_stitch`` (satin: ``HARD_MAX_STITCH_MM``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...core.params import validate
from ...core.progress import check, report
from ...design.flatten import flatten_design
from ...design.spec import Design
from .fill import UNDERLAY_INSET, UNDERLAY_SPACING, fill_runs
from .options import HARD_MAX_STITCH_MM, StitchOptions
from .order import Run, order_groups
from .running import RUNNING_MM, bean, boundary_lines, resample_lines, stroke_lines
from .satin import satin_face, satin_stroke
from .threads import BOBBIN_FACTOR, match_threads

__all__ = ["StitchPlan", "plan_stitches", "STITCH", "JUMP", "TRIM", "COLOUR_CHANGE",
           "FILL", "UNDERLAY", "SATIN", "OUTLINE", "STROKE", "TIE", "TRAVEL",
           "MIN_FACE_MM2", "CONNECT_MM", "TIE_MM"]

# commands
STITCH, JUMP, TRIM, COLOUR_CHANGE = 0, 1, 2, 3
# what made an entry
FILL, UNDERLAY, SATIN, OUTLINE, STROKE, TIE, TRAVEL = range(7)

#: faces smaller than this (mm²) are too small to sew
MIN_FACE_MM2 = 0.5
#: gaps up to this are stitched across instead of jumped (mm)
CONNECT_MM = 1.0
#: length of a tie (lock) stitch (mm)
TIE_MM = 0.7
#: consecutive needle points closer than this are merged (mm)
MIN_STITCH_MM = 0.2
#: strokes at least this wide become satin, thinner ones bean lines (mm)
STROKE_SATIN_MM = 1.0


@dataclass(frozen=True, eq=False)
class StitchPlan:
    """Needle positions and commands, ready for any machine format.

    ``xy`` (N, 2) mm; ``cmd`` (N,) one of STITCH, JUMP (move to ``xy``
    without sewing), TRIM, COLOUR_CHANGE; ``thread`` (N,) index into
    ``threads`` of the block the entry belongs to; ``kind`` (N,) what made it
    (FILL, UNDERLAY, SATIN, OUTLINE, STROKE, TIE, TRAVEL).  ``threads`` are in
    sewing order.  ``fabric`` is the rgb of the cloth (shows where nothing is
    sewn).
    """
    xy: np.ndarray
    cmd: np.ndarray
    thread: np.ndarray
    kind: np.ndarray
    threads: tuple
    size_mm: tuple
    fabric: tuple
    ground: int
    warnings: tuple = ()

    @property
    def stitch_count(self) -> int:
        return int(np.count_nonzero(self.cmd == STITCH))

    @property
    def colour_changes(self) -> int:
        return int(np.count_nonzero(self.cmd == COLOUR_CHANGE))

    @property
    def trims(self) -> int:
        return int(np.count_nonzero(self.cmd == TRIM))

    @property
    def jumps(self) -> int:
        return int(np.count_nonzero(self.cmd == JUMP))

    def stitch_lengths(self) -> np.ndarray:
        """Length (mm) of every stitch: the distance from the previous needle
        penetration, for consecutive STITCH entries (0 for the first of a run)."""
        n = len(self.cmd)
        out = np.zeros(n)
        if n > 1:
            both = (self.cmd[1:] == STITCH) & (self.cmd[:-1] == STITCH)
            seg = np.hypot(*np.diff(self.xy, axis=0).T)
            out[1:] = np.where(both, seg, 0.0)
        return out

    def thread_stitches(self) -> np.ndarray:
        """Stitches per thread."""
        return np.bincount(self.thread[self.cmd == STITCH], minlength=len(self.threads))

    def thread_lengths_mm(self) -> np.ndarray:
        """Top thread per thread: the sum of its stitch lengths (mm)."""
        return np.bincount(self.thread, weights=self.stitch_lengths(),
                           minlength=len(self.threads))

    def bobbin_mm(self) -> float:
        """Bobbin thread, by the rule of thumb in :mod:`.threads`."""
        return float(self.thread_lengths_mm().sum() * BOBBIN_FACTOR)

    def runs(self) -> list:
        """Each stretch of consecutive STITCH entries as ``(thread, (n, 2) points)``
        (what the preview draws)."""
        s = self.cmd == STITCH
        if not s.any():
            return []
        edges = np.flatnonzero(np.diff(np.r_[0, s.astype(np.int8), 0]))
        return [(int(self.thread[a]), self.xy[a:b]) for a, b in zip(edges[::2], edges[1::2])]


# ----------------------------------------------------------------------------- run tidying

def _tidy(pts: np.ndarray, off: np.ndarray, kind: np.ndarray, max_len: np.ndarray) -> tuple:
    """Merge needle points closer than MIN_STITCH_MM to the previous one, then split
    every stitch longer than its point's ``max_len`` into equal stitches.
    All runs (``pts[off[i]:off[i+1]]``) at once."""
    N = len(pts)
    if N == 0:
        return pts, off, kind
    start = np.zeros(N, bool)
    start[off[:-1][np.diff(off) > 0]] = True
    step = np.zeros(N)
    step[1:] = np.hypot(*np.diff(pts, axis=0).T)
    keep = start | (step >= MIN_STITCH_MM)
    run = np.repeat(np.arange(len(off) - 1), np.diff(off))
    pts, kind, max_len, start, run = pts[keep], kind[keep], max_len[keep], start[keep], run[keep]
    step = np.zeros(len(pts))
    step[1:] = np.hypot(*np.diff(pts, axis=0).T)
    step[start] = 0.0
    n = np.maximum(1, np.ceil(step / max_len - 1e-9)).astype(np.int64)
    i = np.repeat(np.arange(len(pts)), n)
    j = np.arange(len(i)) - np.repeat(np.cumsum(n) - n, n) + 1        # 1..n
    prev = np.maximum(i - 1, 0)
    f = (j / n[i])[:, None]
    out = np.where(start[i][:, None], pts[i], pts[prev] + f * (pts[i] - pts[prev]))
    counts = np.bincount(run[i], minlength=len(off) - 1)
    return out, np.concatenate([[0], np.cumsum(counts)]), kind[i]


def _runs_from(pts, off, kind, max_len, reversible=True) -> list:
    """Tidied runs, one per input run; None where fewer than two needle points are left
    (a single penetration sews nothing)."""
    pts, off, kind = _tidy(pts, off, kind, max_len)
    return [Run(pts[a:b], kind[a:b], reversible) if b - a >= 2 else None
            for a, b in zip(off[:-1], off[1:])]


def _single(pts, kind, max_len, reversible=True) -> list:
    off = np.array([0, len(pts)])
    runs = _runs_from(np.asarray(pts, float), off, np.asarray(kind, np.uint8),
                      np.asarray(max_len, float), reversible)
    return [r for r in runs if r is not None]


# ----------------------------------------------------------------------------- assembly

class _Builder:
    """Collects the plan as chunks (a run's points, or one travel entry) and joins them once."""

    def __init__(self):
        self.xy, self.cmd, self.thread, self.kind = [], [], [], []
        self.cur = None          # needle position, None before the first stitch
        self.dir = np.zeros(2)   # the last stitch (vector), for the tie-off
        self.sewing = False      # thread is in the fabric (a tie-off is due before a jump)
        self._kinds: dict = {}

    def add(self, xy, cmd, thread, kind):
        xy = np.asarray(xy, float).reshape(-1, 2)
        self.xy.append(xy)
        self.cmd.append(cmd)
        self.thread.append(thread)
        if np.isscalar(kind):
            key = (len(xy), kind)
            if key not in self._kinds:
                self._kinds[key] = np.full(len(xy), kind, np.uint8)
            kind = self._kinds[key]
        self.kind.append(kind)

    def tie_off(self, t):
        """Two small stitches back along the last stitch and forward again."""
        if self.sewing:
            self.add([self.cur - _tie(self.dir), self.cur], STITCH, t, TIE)

    def finish(self, t):
        """End a colour block: tie off and trim."""
        if self.sewing:
            self.tie_off(t)
            self.add(self.cur, TRIM, t, TRAVEL)
        self.sewing = False

    def sew(self, run: Run, t: int, trim_length: float):
        p0 = run.pts[0]
        gap = math.hypot(p0[0] - self.cur[0], p0[1] - self.cur[1]) if self.sewing else 0.0
        if self.sewing and gap <= CONNECT_MM:
            prev = self.cur
            self.add(run.pts, STITCH, t, run.kind)        # stitch straight across the gap
        elif self.sewing and gap <= trim_length:
            # a short jump: the thread stays in the fabric and floats across, no ties
            prev = self.cur
            self.add(p0, JUMP, t, TRAVEL)
            self.add(run.pts, STITCH, t, run.kind)
        else:
            if self.sewing:
                self.tie_off(t)
                self.add(self.cur, TRIM, t, TRAVEL)
            self.add(p0, JUMP, t, TRAVEL)
            first = run.pts[1] - p0 if len(run.pts) > 1 else self.dir
            # tie-in: down at p0, a small stitch forward and back to p0 (the run's first
            # point), over the run's first stitch so it stays inside the face
            prev = p0 + _tie(first)
            self.add(np.vstack([p0, prev]), STITCH, t, TIE)
            self.add(run.pts, STITCH, t, run.kind)
            self.sewing = True
        last = run.pts[-2] if len(run.pts) > 1 else prev
        self.dir = run.pts[-1] - last
        self.cur = run.pts[-1]

    def arrays(self):
        if not self.xy:
            return (np.zeros((0, 2)), np.zeros(0, np.uint8), np.zeros(0, np.int32),
                    np.zeros(0, np.uint8))
        n = np.fromiter((len(x) for x in self.xy), np.int64, len(self.xy))
        return (np.concatenate(self.xy), np.repeat(np.array(self.cmd, np.uint8), n),
                np.repeat(np.array(self.thread, np.int32), n), np.concatenate(self.kind))


def _tie(v) -> np.ndarray:
    """A tie stitch along the stitch *v*: TIE_MM long, but never beyond the stitch itself."""
    n = float(np.hypot(*v))
    if n < 1e-9:
        return np.array([TIE_MM, 0.0]) * 0.5
    return np.asarray(v, float) * (min(TIE_MM, n) / n)


# ----------------------------------------------------------------------------- planning

def _satin_groups(regions, candidates, o, walk, max_len) -> tuple:
    """Satin columns for the narrow faces among *candidates* (region indices).
    Returns ``({region: group}, faces that are no column after all)``."""
    out, rest, cache = {}, [], {}
    for i in candidates:
        r = regions[i]
        # copies of a face differ by a translation in most layouts: plan each shape once
        origin = r.rings[0][0]
        key = tuple(np.round(ring - origin, 6).tobytes() for ring in r.rings)
        if key not in cache:
            cache[key] = satin_face([ring - origin for ring in r.rings], _width(r),
                                    o.row_spacing, walk)
        sat = cache[key]
        if sat is None:
            rest.append(i)
            continue
        pts, under = sat
        kind = np.where(under, UNDERLAY, SATIN).astype(np.uint8)
        ml = np.where(under, max_len, HARD_MAX_STITCH_MM)
        out[i] = [_single(pts + origin, kind, ml, reversible=False)]
    return out, rest


def _fill_groups(regions, indices, o, max_len) -> dict:
    """Fill (and underlay) of the faces *indices*, all at once: ``{region: group}``,
    a group being ``[underlay runs, top runs]``."""
    polys = [regions[i].rings for i in indices]
    top = fill_runs(polys, angle=o.fill_angle, spacing=o.row_spacing, max_len=max_len)
    under = (fill_runs(polys, angle=o.fill_angle + 90.0, spacing=o.row_spacing * UNDERLAY_SPACING,
                       max_len=max_len, inset=UNDERLAY_INSET, min_length=1.0)
             if o.underlay else None)
    per_face = [[[], []] for _ in polys]
    for phase, res, kind in ((1, top, FILL), (0, under, UNDERLAY)):
        if res is None:
            continue
        pts, off, owner = res
        runs = _runs_from(pts, off, np.full(len(pts), kind, np.uint8), np.full(len(pts), max_len))
        for run, own in zip(runs, owner.tolist()):
            if run is not None:
                per_face[own][phase].append(run)
    return {i: g for i, g in zip(indices, per_face) if g[0] or g[1]}


def _width(region) -> float:
    """A face's width estimate: 2 × area / perimeter (a strip's width, a disc's radius)."""
    perimeter = sum(float(np.hypot(*np.diff(np.vstack([r, r[:1]]), axis=0).T).sum())
                    for r in region.rings)
    return 2.0 * region.area / max(perimeter, 1e-9)


def _line_groups(design, o, thread_of, outline_t, n_t, walk, max_len, run_mm) -> list:
    """Per thread, the groups of its lines: outlines (in *outline_t*) and strokes."""
    groups = [[] for _ in range(n_t)]
    if outline_t >= 0:
        pts, off = boundary_lines(design, thread_of)
        if len(off) > 1:
            pts, off = resample_lines(pts, off, run_mm)
            if o.outline == "bean":
                pts, off = bean(pts, off)
            for run in _runs_from(pts, off, np.full(len(pts), OUTLINE, np.uint8),
                                  np.full(len(pts), max_len)):
                if run is not None:
                    groups[outline_t].append([[run]])
    for t, line, width in stroke_lines(design, thread_of):
        if width >= STROKE_SATIN_MM:
            pts, under = satin_stroke(line, width, o.row_spacing, walk)
            kind = np.where(under, UNDERLAY, STROKE).astype(np.uint8)
            runs = _single(pts, kind, np.where(under, max_len, HARD_MAX_STITCH_MM),
                           reversible=False)
        else:
            p, off = resample_lines(line, np.array([0, len(line)]), run_mm)
            p, off = bean(p, off)
            runs = _single(p, np.full(len(p), STROKE, np.uint8), np.full(len(p), max_len))
        if runs:
            groups[t].append([runs])
    return groups


def plan_stitches(design: Design, options: StitchOptions = None, *, progress=None,
                  cancel=None) -> StitchPlan:
    """The stitch plan of *design* (see the module notes).

    Raises ``ValueError`` (naming the option) for invalid *options*; honours
    ``progress(fraction, message)`` and the ``cancel`` token.
    """
    o = validate(options if options is not None else StitchOptions())
    W, H = (float(v) for v in design.size_mm)
    report(progress, 0.0, "placing the faces")
    regions = flatten_design(design)
    check(cancel)
    motif = design.motif
    variants = sorted({int(v) for pl in design.composition.placements
                       for v in np.asarray(pl.variants).tolist()}) or [0]
    colours = [r.rgb for r in regions]
    colours += [tuple(int(x) for x in design.palettes[v][st.colour])
                for st in motif.strokes for v in variants]
    threads, index = match_threads(colours)
    n_t = len(threads)
    areas = np.array([r.area for r in regions])
    thread_of_region = np.array([index[r.rgb] for r in regions], np.int64)
    area_t = np.bincount(thread_of_region, weights=areas, minlength=n_t) if n_t else np.zeros(0)
    ground = int(np.argmax(area_t)) if n_t and area_t.max() > 0 else -1
    stitched = np.ones(n_t, bool)
    fabric = tuple(int(v) for v in design.background)
    if o.ground == "fabric" and ground >= 0:
        stitched[ground] = False
        fabric = tuple(threads[ground].design_rgb[0])
    # the thread of each motif colour in each colour variant (-1: the bare fabric)
    thread_of = np.full((2, len(motif.palette)), -1, np.int64)
    for v in (0, 1):
        for c in range(len(motif.palette)):
            t = index.get(tuple(int(x) for x in design.palettes[v][c]), -1)
            thread_of[v, c] = t if t >= 0 and stitched[t] else -1

    # --- faces: satin for the narrow ones, fill for the rest
    report(progress, 0.1, "filling the faces")
    max_len = float(o.max_stitch)
    run_mm = min(RUNNING_MM, max_len)
    walk = run_mm if o.underlay else None
    sewn = [i for i in range(len(regions)) if stitched[thread_of_region[i]]]
    tiny = sum(1 for i in sewn if areas[i] < MIN_FACE_MM2)
    sewn = [i for i in sewn if areas[i] >= MIN_FACE_MM2]
    narrow = [i for i in sewn if o.satin_width > 0 and _width(regions[i]) < o.satin_width]
    satin, not_columns = _satin_groups(regions, narrow, o, walk, max_len)
    check(cancel)
    wide = sorted(set(sewn) - set(narrow) | set(not_columns))
    groups = {**satin, **_fill_groups(regions, wide, o, max_len)}
    face_groups = [[] for _ in range(n_t)]
    for i in sorted(groups):
        face_groups[int(thread_of_region[i])].append(groups[i])
    check(cancel)

    # --- lines: outlines (darkest thread but the ground, when there is a choice), strokes
    report(progress, 0.6, "outlines")
    used = [t for t in range(n_t) if face_groups[t]]
    outline_t = -1
    if o.outline != "none" and used:
        outline_t = min([t for t in used if t != ground] or used,
                        key=lambda t: threads[t].lightness)
    line_groups = _line_groups(design, o, thread_of, outline_t, n_t, walk, max_len, run_mm)
    check(cancel)

    # --- colour order and sewing
    report(progress, 0.8, "ordering")
    active = [t for t in range(n_t) if face_groups[t] or line_groups[t]]
    plain = sorted((t for t in active if t != ground and not line_groups[t]),
                   key=lambda t: -area_t[t])
    lined = sorted((t for t in active if t != ground and line_groups[t]),
                   key=lambda t: (t == outline_t, -area_t[t]))
    seq = ([ground] if ground in active else []) + plain + lined
    b = _Builder()
    cur = np.array([W / 2, H / 2])
    for k, t in enumerate(seq):
        runs, cur = order_groups(face_groups[t], cur)
        more, cur = order_groups(line_groups[t], cur)
        if k > 0:
            b.add(b.cur, COLOUR_CHANGE, k, TRAVEL)
        for run in runs + more:
            b.sew(run, k, o.trim_length)
        b.finish(k)
        check(cancel)
    xy, cmd, thread, kind = b.arrays()
    warnings = []
    if tiny:
        warnings.append(f"{tiny} face(s) smaller than {MIN_FACE_MM2:g} mm² are too small to "
                        f"embroider and were left out")
    report(progress, 1.0, "done")
    return StitchPlan(xy=xy, cmd=cmd, thread=thread, kind=kind,
                      threads=tuple(threads[t] for t in seq), size_mm=(W, H), fabric=fabric,
                      ground=seq.index(ground) if ground in seq else -1,
                      warnings=tuple(warnings))
