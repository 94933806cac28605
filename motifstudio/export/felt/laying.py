"""The ala-kiyiz wool-laying map: the design enlarged by the felt's shrinkage.

Pressed felt (ala-kiyiz) is laid out as loose wool in the colours of the
design and then fulled -- rolled, wetted and beaten -- during which it
shrinks.  So the wool is laid on a map larger than the finished felt by the
shrinkage factor: linear, 1.25 by default (a felt laid 125 cm wide comes out
about 100 cm wide; it varies with the wool and the fulling, so measure a
felt of your own: laid width / finished width), optionally different along
the length than across.

The map is printed at 1:1 of the *laying* size: the colour zones filled, each
named (or numbered where the name does not fit), and a grid every 10 cm to
chalk onto the laying mat.  Wool per colour = its laid area x the wool
weight per square metre of laying map (1200 g/m² by default, an assumption
for a felt about 1 cm thick; weigh a felt of your own to set it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.params import validate
from ...design.spec import Design
from ..sheet import PathItem, Sheet, TextItem, polygon_d
from .colourmap import ColourMap, colour_map
from .colours import FeltColours, felt_colours
from .copies import copy_geometry
from .options import AlaKiyizOptions
from .plan import colour_areas_mm2
from .previews import affine, fill_symbol, placed_uses

__all__ = ["WoolFigures", "LayingPlan", "laying_plan", "laying_sheet", "laying_info"]

_GRID = (110, 110, 110)


@dataclass(frozen=True)
class WoolFigures:
    """One colour: ``number`` (its key on the map), finished and laid areas (mm²),
    grams of wool and the number of separate zones."""
    colour: int
    number: int
    name: str
    hex: str
    rgb: tuple
    zones: int
    area_mm2: float
    laid_mm2: float
    wool_g: float


@dataclass(frozen=True, eq=False)
class LayingPlan:
    design: Design
    options: AlaKiyizOptions
    colours: FeltColours
    colour_map: ColourMap
    figures: tuple
    laid_size_mm: tuple

    @property
    def wool_g(self) -> float:
        return float(sum(f.wool_g for f in self.figures))


def laying_plan(design: Design, options: Optional[AlaKiyizOptions] = None) -> LayingPlan:
    """Areas and wool per colour of *design* laid out for fulling (see the module docstring)."""
    options = validate(options or AlaKiyizOptions())
    geo = copy_geometry(design)
    colours = felt_colours(design)
    areas = colour_areas_mm2(design, colours, geo)
    colours = felt_colours(design, areas)
    cm = colour_map(design, colours, geo, cap_mm=30.0)
    grow = options.shrinkage_x * options.shrinkage_y
    figures = []
    for c in np.argsort(-areas, kind="stable").tolist():
        if areas[c] <= 1e-9:
            continue
        laid = float(areas[c]) * grow
        figures.append(WoolFigures(colour=c, number=len(figures) + 1, name=colours.names[c],
                                   hex=colours.hex(c), rgb=tuple(int(v) for v in colours.rgb[c]),
                                   zones=cm.count(c), area_mm2=float(areas[c]), laid_mm2=laid,
                                   wool_g=laid / 1e6 * options.wool_g_per_m2))
    W, H = (float(v) for v in design.size_mm)
    return LayingPlan(design=design, options=options, colours=colours, colour_map=cm,
                      figures=tuple(figures),
                      laid_size_mm=(W * options.shrinkage_x, H * options.shrinkage_y))


def laying_info(plan: LayingPlan) -> tuple:
    o = plan.options
    W, H = plan.design.size_mm
    lw, lh = plan.laid_size_mm
    rows = [("Finished size", f"{W / 10:.1f} × {H / 10:.1f} cm"),
            ("Laying size", f"{lw / 10:.1f} × {lh / 10:.1f} cm: shrinkage × {o.shrinkage_x:g} "
                            f"across, × {o.shrinkage_y:g} along"),
            ("Wool", f"{o.wool_g_per_m2:g} g per m² laid (assumed: about a 1 cm felt)")]
    for f in plan.figures:
        rows.append((f"{f.number} {f.name}", f"{f.laid_mm2 / 1e6:.2f} m² laid, "
                                              f"{f.wool_g / 1000:.2f} kg of wool"))
    rows.append(("Total wool", f"{plan.wool_g / 1000:.2f} kg"))
    rows.append(("Grid", f"every {o.grid_mm / 10:g} cm of the laying map"))
    return tuple(rows)


def _grid(plan: LayingPlan) -> list:
    """Grid lines (one path each, so a printed page carries only those crossing it),
    each labelled with its distance in cm from the top-left corner along the top
    and left edges and again every 50 cm, so every page can be placed."""
    lw, lh = plan.laid_size_mm
    step = plan.options.grid_mm
    xs = np.arange(step, lw - 1e-6, step)
    ys = np.arange(step, lh - 1e-6, step)
    out = [PathItem(f"M{x:.3f} 0 L{x:.3f} {lh:.3f}", stroke=_GRID, width=0.3, layer="Grid")
           for x in xs]
    out += [PathItem(f"M0 {y:.3f} L{lw:.3f} {y:.3f}", stroke=_GRID, width=0.3, layer="Grid")
            for y in ys]
    every = max(1, int(round(500.0 / step)))
    for x in xs:
        for y in [4.0] + [float(v) + 3.5 for v in ys[every - 1::every]]:
            out.append(TextItem(float(x) + 1.0, y, f"{x / 10:g}", 2.8, _GRID, layer="Grid"))
    for y in ys:
        for x in [1.0] + [float(v) + 1.0 for v in xs[every - 1::every]]:
            out.append(TextItem(x, float(y) - 1.0, f"{y / 10:g}", 2.8, _GRID, layer="Grid"))
    out.append(PathItem(polygon_d([(0, 0), (lw, 0), (lw, lh), (0, lh)]), stroke=(40, 40, 40),
                        width=0.5, layer="Grid"))
    return out


def _names(plan: LayingPlan) -> list:
    """Each zone's colour name at its label point (its number where the name won't fit)."""
    cm = plan.colour_map
    o = plan.options
    k = min(o.shrinkage_x, o.shrinkage_y)
    number = {f.colour: f.number for f in plan.figures}
    out = []
    for i in range(cm.n_pieces):
        c = int(cm.piece_colour[i])
        if c not in number:
            continue
        room = 2 * float(cm.radius[i]) * k           # the zone's width there, on the map
        name = plan.colours.names[c]
        size = min(8.0, room / (0.6 * max(1, len(name))))
        text = name
        if size < 2.4:
            text = str(number[c])
            size = float(np.clip(0.8 * room / max(1, len(text)), 1.6, 5.0))
        rgb = plan.colours.rgb[c].astype(float) / 255
        ink = (0, 0, 0) if 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] > 0.45 \
            else (255, 255, 255)
        x, y = cm.point[i]
        out.append(TextItem(float(x) * o.shrinkage_x, float(y) * o.shrinkage_y + 0.35 * size,
                            text, size, ink, anchor="middle", layer="Names"))
    return out


def laying_sheet(plan: LayingPlan) -> Sheet:
    """The laying map of *plan* at 1:1 of the laying size."""
    design = plan.design
    o = plan.options
    lw, lh = plan.laid_size_mm
    colours = plan.colours
    symbols, by_colouring, ids = [], {}, {}
    for v in range(colours.perm.shape[0]):
        key = tuple(colours.perm[v].tolist())
        if key not in by_colouring:
            by_colouring[key] = f"zones{len(by_colouring)}"
            symbols.append(fill_symbol(design, by_colouring[key], colours.rgb[colours.perm[v]]))
        ids[v] = by_colouring[key]
    box = np.array([(0, 0), (lw, 0), (lw, lh), (0, lh)], float)
    items = placed_uses(design, ids, affine((o.shrinkage_x, o.shrinkage_y)), box=box,
                        layer="Colours")
    items += _names(plan) + _grid(plan)
    legend = tuple((f.rgb, f"{f.number} {f.name}: {f.wool_g / 1000:.2f} kg") for f in plan.figures)
    title = (design.motif.metadata.title or "Motif") + " — ala-kiyiz laying map"
    return Sheet(size_mm=(lw, lh), items=tuple(items), symbols=tuple(symbols), title=title,
                 info=laying_info(plan), legend=legend,
                 background=tuple(int(v) for v in colours.rgb[colours.ground]))
