"""Options of the felt writers, declared once for the CLI and the export dialog.

The PDF writers' options add the print engine's fields, copied from
:class:`~motifstudio.export.print_pdf.PrintOptions` so they are declared in
one place.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ...core.params import param
from ..print_pdf import PrintOptions

__all__ = ["FeltMaterialsOptions", "FeltTemplateOptions", "FeltTemplatePdfOptions",
           "AlaKiyizOptions", "AlaKiyizPdfOptions", "print_options"]


def _print_field(name: str):
    f = PrintOptions.__dataclass_fields__[name]
    return dataclasses.field(default=f.default, metadata=f.metadata)


_PRINT_FIELDS = tuple(f.name for f in dataclasses.fields(PrintOptions))


def print_options(options) -> PrintOptions:
    """The print engine's options out of a PDF writer's options."""
    return PrintOptions(**{n: getattr(options, n) for n in _PRINT_FIELDS})


@dataclass(frozen=True)
class FeltMaterialsOptions:
    cord_allowance_pct: float = param(
        10.0, label="Cord allowance", unit="%", minimum=0.0, maximum=100.0,
        help="Extra cord on top of the total seam length, for joins, corners and ends.")
    waste_pct: float = param(
        15.0, label="Felt waste", unit="%", minimum=0.0, maximum=200.0,
        help="Extra felt on top of the pieces' area, for offcuts and mistakes.")
    backing_margin_mm: float = param(
        50.0, label="Backing margin", unit="mm", minimum=0.0, maximum=500.0,
        help="How far the backing cloth reaches past the felt on each side.")


@dataclass(frozen=True)
class FeltTemplateOptions(FeltMaterialsOptions):
    min_width_mm: float = param(
        8.0, label="Narrowest piece", unit="mm", minimum=1.0, maximum=100.0,
        help="Necks and pieces narrower than this are circled in red: too narrow to cut "
             "and sew.")
    fold_lines: bool = param(
        True, label="Fold lines", help="Dashed lines where the design mirrors itself.")
    previews: bool = param(
        True, label="Colour previews",
        help="Small pictures of carpet A and carpet B beside the template.")
    line_mm: float = param(
        0.35, label="Cut line width", unit="mm", minimum=0.1, maximum=2.0, advanced=True,
        help="Width of the printed cut lines.")


@dataclass(frozen=True)
class FeltTemplatePdfOptions(FeltTemplateOptions):
    paper: str = _print_field("paper")
    orientation: str = _print_field("orientation")
    overlap_mm: float = _print_field("overlap_mm")
    margin_mm: float = _print_field("margin_mm")
    overview: bool = _print_field("overview")
    marks: bool = _print_field("marks")


@dataclass(frozen=True)
class AlaKiyizOptions:
    shrinkage_x: float = param(
        1.25, label="Shrinkage across", unit="×", minimum=1.0, maximum=2.0,
        help="Pressed felt shrinks while it is fulled, so the wool is laid larger than the "
             "finished felt: 1.25 lays it 25 % wider. Measure a felt of your own: laid "
             "width ÷ finished width.")
    shrinkage_y: float = param(
        1.25, label="Shrinkage along", unit="×", minimum=1.0, maximum=2.0,
        help="The same along the length (felt often shrinks more along the rolling).")
    wool_g_per_m2: float = param(
        1200.0, label="Wool per m²", unit="g/m²", minimum=50.0, maximum=10000.0,
        help="Wool laid per square metre of the laying map. About 1200 g/m² fulls to a felt "
             "about 1 cm thick; weigh a felt of your own to set it.")
    grid_mm: float = param(
        100.0, label="Grid", unit="mm", minimum=10.0, maximum=1000.0,
        help="Spacing of the grid lines on the laying map.")


@dataclass(frozen=True)
class AlaKiyizPdfOptions(AlaKiyizOptions):
    paper: str = _print_field("paper")
    orientation: str = _print_field("orientation")
    overlap_mm: float = _print_field("overlap_mm")
    margin_mm: float = _print_field("margin_mm")
    overview: bool = _print_field("overview")
    marks: bool = _print_field("marks")
