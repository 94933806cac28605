"""Screen-print separations: one black film per colour, with registration marks.

Each film is the design's area of one colour in solid black at 1:1, on a
clear margin that holds four registration crosses (one beside the middle of
each side, in the same place on every film) and a label: film number, colour
name and hex, size.  Films are numbered in printing order, lightest colour
first.

The black is exact vector geometry from
:func:`~motifstudio.design.flatten.flatten_design`: the regions of the colour,
even-odd filled so holes stay clear.  The ground (where no copy of the motif
lies) belongs to the background colour's film: the design's rectangle with
every region of another colour cut out.  This assumes the placed regions do
not overlap, which the layouts guarantee (copies are clipped to their
fundamental regions, fields and bands).  Centreline strokes are not on the
films.

``separations-pdf`` prints each film as a sheet through the tiled print
engine: one page per film at 1:1 when it fits the printable area of the
paper, else that film tiled over several pages (with an overview page).
``separations-svg`` puts every film in one SVG, one Inkscape layer each.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...core.atomic import write_output
from ...core.colour import rgb_to_lab
from ...core.params import param, validate
from ...design.flatten import flatten_design
from ...design.spec import Design
from ..print_pdf import PrintOptions
from ..registry import Writer, register
from ..sheet import PathItem, Sheet, Symbol, TextItem, Use, polygon_d, sheet_svg
from .cells import colour_label, design_colours, named
from .printing import print_options, sheets_pdf

__all__ = ["SeparationOptions", "SeparationPdfOptions", "Film", "films", "film_sheet",
           "separation_sheets", "separations_preview", "separations_svg_bytes",
           "write_separations_pdf", "write_separations_svg", "registration_points"]

_BLACK = (0, 0, 0)
_LABEL_BAND = 6.5          # mm at the top of the margin for the label


@dataclass(frozen=True)
class SeparationOptions:
    film_margin_mm: float = param(20.0, label="Film margin", unit="mm", minimum=15.0,
                                  maximum=100.0, help="Clear film round the design, holding the "
                                  "registration marks and the label.")
    ground: str = param("print", label="Ground", choices=("print", "fabric"),
                        help="print: a film for the background colour too. fabric: the "
                             "background colour is the cloth itself, so it gets no film.")


@dataclass(frozen=True)
class SeparationPdfOptions(PrintOptions, SeparationOptions):
    pass


@dataclass(frozen=True, eq=False)
class Film:
    """One colour's film: ``number`` (1 = printed first), its colour and label, and its
    black as path items in sheet mm (the design at ``(margin, margin)``)."""
    number: int
    rgb: tuple
    name: str
    paths: tuple


def registration_points(design: Design, margin: float) -> np.ndarray:
    """Centres of the four registration crosses in sheet mm: left, right, top, bottom."""
    W, H = (float(v) for v in design.size_mm)
    m = float(margin)
    top = _LABEL_BAND + (m - _LABEL_BAND) / 2
    return np.array([(m / 2, m + H / 2), (m + W + m / 2, m + H / 2), (m + W / 2, top),
                     (m + W / 2, m + H + m / 2)])


def _cross(x: float, y: float, r: float, layer: str) -> list:
    d = (f"M{x - r:.3f} {y:.3f} L{x + r:.3f} {y:.3f} M{x:.3f} {y - r:.3f} L{x:.3f} {y + r:.3f}")
    t = np.linspace(0, 2 * np.pi, 33)[:-1]
    ring = polygon_d(np.c_[x + 0.6 * r * np.cos(t), y + 0.6 * r * np.sin(t)])
    return [PathItem(d, stroke=_BLACK, width=0.25, layer=layer),
            PathItem(ring, stroke=_BLACK, width=0.25, layer=layer)]


def films(design: Design, options: Optional[SeparationOptions] = None) -> list:
    """The films of *design*, lightest colour first."""
    options = validate(options or SeparationOptions())
    m = options.film_margin_mm
    regions = flatten_design(design)
    colours, reg_colour = design_colours(design, regions)
    W, H = (float(v) for v in design.size_mm)
    shift = np.array([m, m])
    rings_d = [" ".join(polygon_d(r + shift) for r in reg.rings) for reg in regions]
    L = rgb_to_lab(colours)[:, 0]
    order = sorted(range(len(colours)), key=lambda i: (-L[i], i))
    if options.ground == "fabric":
        order = [i for i in order if i != 0]           # 0: the background colour
    out = []
    for k, c in enumerate(order):
        if c == 0:
            # the ground: the design's rectangle with every other colour's region cut out
            parts = [polygon_d([(m, m), (m + W, m), (m + W, m + H), (m, m + H)])]
            parts += [rings_d[i] for i in np.flatnonzero(reg_colour != 0).tolist()]
        else:
            parts = [rings_d[i] for i in np.flatnonzero(reg_colour == c).tolist()]
        rgb = tuple(int(v) for v in colours[c])
        out.append(Film(k + 1, rgb, colour_label(design, rgb),
                        (PathItem(" ".join(parts), fill=_BLACK, even_odd=True),)))
    return out


def _film_items(design: Design, film: Film, n: int, margin: float, layer: str) -> list:
    W, H = (float(v) for v in design.size_mm)
    r = min(5.0, (margin - _LABEL_BAND) / 2 - 1.0)
    items = [PathItem(p.d, fill=p.fill, even_odd=p.even_odd, layer=layer) for p in film.paths]
    for x, y in registration_points(design, margin):
        items += _cross(float(x), float(y), r, layer)
    text = f"Film {film.number} of {n} · {named(film.name, film.rgb)} · {W:g} × {H:g} mm · 1:1"
    size = min(3.5, (W + 2 * margin - 4.0) / (0.62 * len(text)))
    items.append(TextItem(2.0, 2.0 + size, text, size, _BLACK, bold=True, layer=layer))
    return items


def film_sheet(design: Design, film: Film, n: int, margin: float) -> Sheet:
    """The film as a printable sheet.  Its black is one symbol: in the PDF a form
    written once and placed on each page of a tiled film, instead of the whole
    geometry again on every page."""
    W, H = (float(v) for v in design.size_mm)
    title = f"{design.motif.metadata.title or 'Motif'} — film {film.number} of {n}: {film.name}"
    items = _film_items(design, film, n, margin, "")
    black = Symbol(f"film{film.number}", tuple(i for i in items if isinstance(i, PathItem)
                                               and i.fill is not None))
    rest = [i for i in items if not (isinstance(i, PathItem) and i.fill is not None)]
    return Sheet(size_mm=(W + 2 * margin, H + 2 * margin),
                 items=(Use(black.id, np.eye(3)),) + tuple(rest), symbols=(black,), title=title,
                 info=(("Film", f"{film.number} of {n}, printed in this order"),
                       ("Colour", named(film.name, film.rgb))),
                 legend=((film.rgb, named(film.name, film.rgb)),))


def separation_sheets(design: Design, options: Optional[SeparationOptions] = None) -> list:
    """One sheet per film (for the PDF)."""
    options = validate(options or SeparationOptions())
    fs = films(design, options)
    return [film_sheet(design, f, len(fs), options.film_margin_mm) for f in fs]


def separations_svg_bytes(design: Design, options: Optional[SeparationOptions] = None) -> bytes:
    """Every film in one SVG at 1:1, one layer per film (named "Film k · colour")."""
    options = validate(options or SeparationOptions())
    m = options.film_margin_mm
    fs = films(design, options)
    items = []
    for f in fs:
        items += _film_items(design, f, len(fs), m, f"Film {f.number} · {f.name}")
    W, H = (float(v) for v in design.size_mm)
    return sheet_svg(Sheet(size_mm=(W + 2 * m, H + 2 * m), items=tuple(items),
                           title=f"{design.motif.metadata.title or 'Motif'} — separations"))


def separations_preview(design: Design, options: Optional[SeparationOptions] = None) -> Sheet:
    """For the export dialog: the films side by side, in printing order."""
    options = validate(options or SeparationOptions())
    m = options.film_margin_mm
    fs = films(design, options)
    W, H = (float(v) for v in design.size_mm)
    step = W + 2 * m + 10.0
    symbols, items = [], []
    for k, f in enumerate(fs):
        sym = Symbol(f"film{f.number}", tuple(_film_items(design, f, len(fs), m, "")))
        symbols.append(sym)
        items.append(Use(sym.id, np.array([[1.0, 0, k * step], [0, 1.0, 0], [0, 0, 1.0]])))
    return Sheet(size_mm=(max(1, len(fs)) * step - 10.0, H + 2 * m), items=tuple(items),
                 symbols=tuple(symbols), title=f"{design.motif.metadata.title or 'Motif'} — "
                 f"{len(fs)} films", background=(255, 255, 255))


def write_separations_pdf(design: Design, dest,
                          options: Optional[SeparationPdfOptions] = None) -> None:
    """One film per colour: a page each at 1:1 when it fits the paper, else tiled."""
    options = validate(options or SeparationPdfOptions())
    write_output(dest, sheets_pdf(separation_sheets(design, options), print_options(options),
                                  overview="tiled"))


def write_separations_svg(design: Design, dest,
                          options: Optional[SeparationOptions] = None) -> None:
    write_output(dest, separations_svg_bytes(design, options))


register(Writer("separations-pdf", (".pdf",), "Screen-print separations: one black film per "
                "colour at 1:1 with registration marks", write_separations_pdf,
                SeparationPdfOptions, takes="design", preview=separations_preview))
register(Writer("separations-svg", (".svg",), "Screen-print separations in one SVG, one layer "
                "per colour's film, with registration marks", write_separations_svg,
                SeparationOptions, takes="design", preview=separations_preview))
