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

from ..core.colour import delta_e_ciede2000, hex_to_rgb8, rgb_to_lab
from ..core.document import Palette
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


def palette_distances(query_lab: np.ndarray, lab: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Mean over *query_lab* of the ΔE2000 to each group's nearest colour.

    *lab* holds the groups' colours one after another, group ``i`` starting
    at ``starts[i]`` (increasing, every group non-empty).
    """
    d = delta_e_ciede2000(query_lab[:, None, :], lab[None, :, :])     # (q, M)
    nearest = np.minimum.reduceat(d, starts, axis=1)                   # (q, R)
    return nearest.mean(axis=0)


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
    where, args = [], []
    if match:
        sql = ("SELECT r.id, r.title, r.technique, r.place, "
               "bm25(records_fts, 5.0, 5.0, 2.0, 1.0) AS score "
               "FROM records_fts JOIN records r ON r.id = records_fts.rowid")
        where.append("records_fts MATCH ?")
        args.append(match)
        order = " ORDER BY score, r.id"
    else:
        sql = "SELECT r.id, r.title, r.technique, r.place, 0.0 AS score FROM records r"
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
    numeric = colour is not None or similar_to is not None
    if not numeric:
        sql += " LIMIT ?"
        args.append(int(limit))
    rows = cat.conn.execute(sql, args).fetchall()
    if not numeric:
        return [Hit(*r) for r in rows]

    ids, starts, lab = cat.colour_arrays()
    if not len(ids) or not rows:
        return []
    # keep only candidates that have colours, in the order SQL gave them
    cand = np.array([r[0] for r in rows], np.int64)
    pos = np.searchsorted(ids, cand)
    pos = np.clip(pos, 0, len(ids) - 1)
    has = ids[pos] == cand
    rows = [r for r, h in zip(rows, has) if h]
    pos = pos[has]
    if not rows:
        return []
    # the candidates' colours, regrouped contiguously for reduceat
    ends = np.append(starts[1:], len(lab))
    counts = ends[pos] - starts[pos]
    new_starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    take = np.repeat(starts[pos] - new_starts, counts) + np.arange(counts.sum())
    sub = lab[take]
    keep = np.ones(len(rows), bool)
    if colour is not None:
        for q in _lab(colour):
            d = delta_e_ciede2000(q[None, :], sub)
            keep &= np.minimum.reduceat(d, new_starts) <= colour_tolerance
    if similar_to is None:
        return [Hit(*r) for r, k in zip(rows, keep) if k][:limit]
    dist = palette_distances(_lab(similar_to), sub, new_starts)
    dist[~keep] = np.inf
    n = int(min(limit, keep.sum()))
    best = np.argsort(dist, kind="stable")[:n]
    return [Hit(rows[i][0], rows[i][1], rows[i][2], rows[i][3], float(dist[i])) for i in best]
