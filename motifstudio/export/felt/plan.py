"""The shyrdak plan: everything the cut template and the materials list show.

Figures, per colour of the design (carpet A is the design as drawn, carpet B
its counterchange: the pair cut together exchanged):

* **area**: the colour's pieces in carpet A (exact: faces clipped as placed,
  ground = design area minus the copies);
* **felt**: that area plus the waste allowance; **felt for both carpets**:
  the colour's area in A plus its area in B, plus waste -- for the pair this
  is the whole design area, since the two felts are cut together and every
  piece is used in one carpet or the other;
* **seams**: the cut lines bordering the colour; **cord**: seams plus the
  cord allowance.  Every cut line is one seam, sewn and covered with cord,
  so one carpet takes cord for all its seams ("cord per carpet");
* **backing**: the design size plus the margin on every side, per carpet.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.params import validate
from ...design.spec import Design
from .colourmap import ColourMap, colour_map
from .colours import FeltColours, felt_colours
from .copies import CopyGeometry, copy_geometry
from .folds import mirror_folds
from .narrow import narrow_spots
from .options import FeltMaterialsOptions, FeltTemplateOptions
from .seams import Seams, measure_seams

__all__ = ["ColourFigures", "ShyrdakPlan", "shyrdak_plan", "colour_areas_mm2"]


@dataclass(frozen=True)
class ColourFigures:
    """One felt colour's figures (lengths in mm, areas in mm²)."""
    colour: int
    name: str
    hex: str
    rgb: tuple
    letter: str
    pieces: int
    area_mm2: float
    felt_mm2: float
    pair_felt_mm2: float
    seam_mm: float
    cord_mm: float


@dataclass(frozen=True, eq=False)
class ShyrdakPlan:
    design: Design
    options: FeltMaterialsOptions
    colours: FeltColours
    geometry: CopyGeometry
    seams: Seams
    colour_map: ColourMap
    figures: tuple
    seam_mm: float
    cord_per_carpet_mm: float
    backing_mm: tuple
    spots: tuple = ()
    folds: tuple = (False, False)

    def figure(self, colour: int) -> ColourFigures:
        return next(f for f in self.figures if f.colour == colour)


def colour_areas_mm2(design: Design, colours: FeltColours, geo: CopyGeometry) -> np.ndarray:
    """Area of each colour id in the design (mm²), the ground included."""
    fc = np.asarray(design.motif.planar_map.face_colour, np.int64)
    out = np.zeros(len(colours))
    for cp, fa in zip(geo.copies, geo.face_area):
        np.add.at(out, colours.perm[cp.variant][fc], fa)
    W, H = design.size_mm
    out[colours.ground] += max(0.0, float(W) * float(H) - float(geo.face_area.sum()))
    return out


def shyrdak_plan(design: Design, options: Optional[FeltMaterialsOptions] = None) -> ShyrdakPlan:
    """Analyse *design* for a shyrdak.  With :class:`FeltTemplateOptions` the narrow
    check and the fold lines are worked out too.

    Raises
    ------
    ValueError
        If the design has a single colour (nothing to cut), or an option is out of range.
    """
    options = validate(options or FeltMaterialsOptions())
    geo = copy_geometry(design)
    provisional = felt_colours(design)
    areas = colour_areas_mm2(design, provisional, geo)
    colours = felt_colours(design, areas)
    used = np.flatnonzero(areas > 1e-9)
    if len(used) < 2 or not colours.pair:
        raise ValueError("a shyrdak needs two colours of felt; this design has only one")
    seams = measure_seams(design, colours, geo)
    check = isinstance(options, FeltTemplateOptions)
    # edge distances far enough for the narrow check's core and for label sizes
    cm = colour_map(design, colours, geo,
                    cap_mm=max(6.5, options.min_width_mm / 2 + 2.0) if check else 6.5)
    spots: tuple = ()
    folds = (False, False)
    if check:
        spots = tuple(narrow_spots(cm, options.min_width_mm))
        if options.fold_lines:
            folds = mirror_folds(cm, colours)
    cord = 1.0 + options.cord_allowance_pct / 100.0
    waste = 1.0 + options.waste_pct / 100.0
    swapped = colours.swapped()
    figures = []
    for c in range(len(colours)):
        if areas[c] <= 1e-9 and c not in colours.pair:
            continue                                   # a colour no piece has
        in_b = float(areas[swapped == c].sum())        # colour c in carpet B
        figures.append(ColourFigures(
            colour=c, name=colours.names[c], hex=colours.hex(c),
            rgb=tuple(int(v) for v in colours.rgb[c]), letter=colours.letters[c],
            pieces=cm.count(c), area_mm2=float(areas[c]), felt_mm2=float(areas[c]) * waste,
            pair_felt_mm2=(float(areas[c]) + in_b) * waste,
            seam_mm=float(seams.per_colour_mm[c]), cord_mm=float(seams.per_colour_mm[c]) * cord))
    W, H = (float(v) for v in design.size_mm)
    m = options.backing_margin_mm
    return ShyrdakPlan(design=design, options=options, colours=colours, geometry=geo,
                       seams=seams, colour_map=cm, figures=tuple(figures),
                       seam_mm=seams.total_mm, cord_per_carpet_mm=seams.total_mm * cord,
                       backing_mm=(W + 2 * m, H + 2 * m), spots=spots, folds=folds)
