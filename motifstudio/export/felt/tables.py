"""The felt figures as CSV tables (UTF-8, comma separated, one header row).

``felt-materials-csv`` -- one row per colour of felt, then the cord and the
backing::

    item,colour,hex,letter,pieces,area_m2,felt_m2,felt_both_carpets_m2,seam_m,cord_m

* ``felt`` rows: ``area_m2`` the colour's pieces in carpet A, ``felt_m2`` that
  plus waste, ``felt_both_carpets_m2`` its area in carpets A and B plus waste,
  ``seam_m`` the seams along the colour, ``cord_m`` those plus the allowance;
* ``cord``: every seam of one carpet (``seam_m``) and its cord (``cord_m``);
* ``backing``: its size in ``colour`` ("160.0 x 230.0 cm") and its area in
  ``area_m2`` / ``felt_m2`` (one carpet) and ``felt_both_carpets_m2`` (two).

``ala-kiyiz-csv`` -- one row per colour, then the total::

    number,colour,hex,zones,finished_area_m2,laid_area_m2,wool_g

Areas in m² to 6 decimals (1 mm²), lengths in m to 4 (0.1 mm), wool in g to 1.
"""
from __future__ import annotations

import csv
import io

from .laying import LayingPlan
from .plan import ShyrdakPlan

__all__ = ["materials_csv", "wool_csv"]


def _m2(mm2: float) -> str:
    return f"{mm2 / 1e6:.6f}"


def _m(mm: float) -> str:
    return f"{mm / 1e3:.4f}"


def _text(rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def materials_csv(plan: ShyrdakPlan) -> bytes:
    rows = [("item", "colour", "hex", "letter", "pieces", "area_m2", "felt_m2",
             "felt_both_carpets_m2", "seam_m", "cord_m")]
    for f in plan.figures:
        rows.append(("felt", f.name, f.hex, f.letter, f.pieces, _m2(f.area_mm2), _m2(f.felt_mm2),
                     _m2(f.pair_felt_mm2), _m(f.seam_mm), _m(f.cord_mm)))
    rows.append(("cord", "all seams of one carpet", "", "", "", "", "", "", _m(plan.seam_mm),
                 _m(plan.cord_per_carpet_mm)))
    bw, bh = plan.backing_mm
    rows.append(("backing", f"{bw / 10:.1f} x {bh / 10:.1f} cm", "", "", "", _m2(bw * bh),
                 _m2(bw * bh), _m2(2 * bw * bh), "", ""))
    return _text(rows)


def wool_csv(plan: LayingPlan) -> bytes:
    rows = [("number", "colour", "hex", "zones", "finished_area_m2", "laid_area_m2", "wool_g")]
    for f in plan.figures:
        rows.append((f.number, f.name, f.hex, f.zones, _m2(f.area_mm2), _m2(f.laid_mm2),
                     f"{f.wool_g:.1f}"))
    rows.append(("", "total", "", sum(f.zones for f in plan.figures),
                 _m2(sum(f.area_mm2 for f in plan.figures)),
                 _m2(sum(f.laid_mm2 for f in plan.figures)), f"{plan.wool_g:.1f}"))
    return _text(rows)
