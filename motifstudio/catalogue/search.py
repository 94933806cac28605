"""Finding records: full text in four languages, filters, and similar palettes.

Full text uses the FTS5 index (``unicode61 remove_diacritics 2``: Cyrillic
and Latin, case and accents folded; apostrophe variants removed on both
sides, see :func:`.schema.fold`).  Every word of the query must occur, as a
prefix, so the Kyrgyz and Uzbek suffixes (мүйүзү, shoxi) and Russian endings
(рога) still match.

Colour questions are answered in numpy over all stored palette colours:

* ``colour=`` keeps records with a colour within ``colour_tolerance`` ΔE2000;
* ``similar_to=`` ranks records by the mean, over the query's colours, of the
  ΔE2000 to the record's nearest colour (0 = every query colour is in it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..core.colour import hex_to_rgb8, rgb_to_lab
from ..core.document import Palette
from .palette_index import PaletteColumns, delta_e_2000_to_many
from .record import TECHNIQUES
from .schema import fold

__all__ = ["Hit", "search", "fts_query", "palette_distances"]


@dataclass(frozen=True)
class Hit:
    id: int
    title: str
    technique: str
    place: str
    score: float        # FTS rank (lower is better), or mean ΔE2000 for similar_to, or 0


def fts_query(text: str) -> str:
    """The FTS5 MATCH expression for a user's words (every word, as a prefix).

    >>> fts_query('кочкор "мүйүз"')
    '"кочкор"* AND "мүйүз"*'
    """
    words = []
    for w in fold(text).split():
        w = w.replace('"', "")
        if any(ch.isalnum() for ch in w):
            words.append(f'"{w}"*')
    return " AND ".join(words)


def _lab(colours) -> np.ndarray:
    """Colours as an (n, 3) Lab array: a Palette, ``#rrggbb`` strings or Lab triples."""
    if isinstance(colours, Palette):
        return colours.lab_array().astype(np.float64).reshape(-1, 3)
    if isinstance(colours, str):
        colours = [colours]
    out = []
    for c in colours:
        if isinstance(c, str):
            out.append(rgb_to_lab(np.array(hex_to_rgb8(c), np.uint8)))
        else:
            out.append(np.asarray(c, np.float64))
    arr = np.asarray(out, np.float64).reshape(-1, 3) if out else np.zeros((0, 3))
    if not len(arr):
        raise ValueError("no colours given")
    return arr


def palette_distances(query_lab: np.ndarray, cols: PaletteColumns,
                      starts: np.ndarray) -> np.ndarray:
    """Mean over *query_lab* of the ΔE2000 to each group's nearest colour.

    *cols* holds the groups' colours one after another, group ``i`` starting
    at ``starts[i]`` (increasing, every group non-empty).
    """
    d = delta_e_2000_to_many(query_lab, cols)                          # (q, M)
    nearest = np.minimum.reduceat(d, starts, axis=1)                   # (q, R)
    return nearest.mean(axis=0, dtype=np.float64)


def search(cat, query: str = "", *, technique: Optional[str] = None,
           place: Optional[str] = None, colour=None, colour_tolerance: float = 10.0,
           similar_to=None, limit: int = 20) -> list:
    """Records matching all the given conditions, best first.

    Parameters
    ----------
    cat : Catalogue
    query : str
        Words to find in titles, names (ky, uz, ru, en), meanings (and their
        informants), descriptions and subjects.  Empty: no text condition.
    technique : str, optional
        One of :data:`~.record.TECHNIQUES`.
    place : str, optional
        Part of the place, any case ("Naryn" finds "Naryn region").
    colour : str or Lab triple or list of them, optional
        Keep records having, for each given colour, one within *colour_tolerance*.
    similar_to : Palette, hex strings or Lab triples, optional
        Rank by palette similarity (mean nearest ΔE2000) instead of text rank.
    limit : int
        At most this many hits.

    Raises
    ------
    ValueError
        For an unknown technique, a bad colour or a non-positive limit.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if technique is not None and technique not in TECHNIQUES:
        raise ValueError(f"technique must be one of {', '.join(TECHNIQUES)}, got {technique!r}")
    match = fts_query(query or "")
    if query and query.strip() and not match:
        return []
    numeric = colour is not None or similar_to is not None
    where, args = [], []
    if match:
        sql = ("SELECT r.id, bm25(records_fts, 5.0, 5.0, 2.0, 1.0) AS score "
               "FROM records_fts JOIN records r ON r.id = records_fts.rowid")
        where.append("records_fts MATCH ?")
        args.append(match)
        order = " ORDER BY score, r.id"
    else:
        sql = "SELECT r.id, 0.0 AS score FROM records r"
        order = " ORDER BY r.id"
    if technique is not None:
        where.append("r.technique = ?")
        args.append(technique)
    if place:
        where.append("instr(r.place_key, ?) > 0")
        args.append(place.strip().casefold())
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += order
    if not numeric:
        sql += " LIMIT ?"
        args.append(int(limit))
        return _hits(cat, cat.conn.execute(sql, args).fetchall())

    ids, starts, cols = cat.colour_arrays()
    if not len(ids):
        return []
    if where:
        rows = cat.conn.execute(sql, args).fetchall()
        cand = np.array([r[0] for r in rows], np.int64)
        text_score = np.array([r[1] for r in rows], np.float64)
        # keep only candidates that have colours, in the order SQL gave them
        pos = np.clip(np.searchsorted(ids, cand), 0, len(ids) - 1)
        has = ids[pos] == cand
        cand, text_score, pos = cand[has], text_score[has], pos[has]
        if not len(cand):
            return []
        # the candidates' colours, regrouped contiguously for reduceat
        ends = np.append(starts[1:], len(cols))
        counts = ends[pos] - starts[pos]
        grp = np.concatenate(([0], np.cumsum(counts)[:-1]))
        sub = cols.take(np.repeat(starts[pos] - grp, counts) + np.arange(counts.sum()))
    else:   # every record with colours: no SQL, no copying
        cand, text_score, grp, sub = ids, np.zeros(len(ids)), starts, cols
    keep = np.ones(len(cand), bool)
    if colour is not None:
        d = delta_e_2000_to_many(_lab(colour), sub)
        keep &= (np.minimum.reduceat(d, grp, axis=1) <= colour_tolerance).all(axis=0)
    if similar_to is None:
        sel = np.flatnonzero(keep)[:limit]
        return _hits(cat, [(int(cand[i]), float(text_score[i])) for i in sel])
    dist = palette_distances(_lab(similar_to), sub, grp)
    dist[~keep] = np.inf
    n = int(min(limit, keep.sum()))
    best = np.argsort(dist, kind="stable")[:n]
    return _hits(cat, [(int(cand[i]), float(dist[i])) for i in best])


def _hits(cat, pairs) -> list:
    """Hits for ``(id, score)`` pairs, in their order."""
    if not pairs:
        return []
    marks = ",".join("?" * len(pairs))
    info = {r[0]: r[1:] for r in cat.conn.execute(
        f"SELECT id, title, technique, place FROM records WHERE id IN ({marks})",
        [p[0] for p in pairs])}
    return [Hit(rid, *info[rid], score) for rid, score in pairs if rid in info]
