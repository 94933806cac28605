"""The felt writers, registered with :mod:`motifstudio.export.registry` on import.

* ``felt-template-pdf``: the shyrdak cut template at 1:1 on tiled pages (the
  figures in the overview's title block);
* ``felt-template-svg``: the same sheet as one SVG at its real size;
* ``felt-materials-csv``: felt, cord and backing per colour;
* ``ala-kiyiz-pdf``: the wool-laying map at 1:1 (enlarged by the shrinkage);
* ``ala-kiyiz-csv``: areas and wool per colour.

Each is a pure function ``write_x(design, dest, options=None)`` writing one
file (a path, replaced atomically, or a binary file object).
"""
from __future__ import annotations

from typing import Optional

from ...core.atomic import write_output
from ...core.params import validate
from ...design.spec import Design
from ..print_pdf import write_sheet_pdf
from ..registry import Writer, register
from ..sheet import sheet_svg
from .laying import laying_plan, laying_sheet
from .options import (AlaKiyizOptions, AlaKiyizPdfOptions, FeltMaterialsOptions,
                      FeltTemplateOptions, FeltTemplatePdfOptions, print_options)
from .plan import shyrdak_plan
from .tables import materials_csv, wool_csv
from .template import template_sheet

__all__ = ["write_felt_template_pdf", "write_felt_template_svg", "write_felt_materials_csv",
           "write_ala_kiyiz_pdf", "write_ala_kiyiz_csv", "felt_template_preview",
           "ala_kiyiz_preview"]


def _options(options, cls):
    if options is None:
        return cls()
    if not isinstance(options, cls):
        raise ValueError(f"expected {cls.__name__} options, got {type(options).__name__}")
    return validate(options)


def felt_template_preview(design: Design, options=None):
    """The cut template's sheet (for the export dialog's preview)."""
    options = _options(options, FeltTemplateOptions)
    popts = print_options(options) if isinstance(options, FeltTemplatePdfOptions) else None
    return template_sheet(shyrdak_plan(design, options), options, print_options=popts)


def write_felt_template_pdf(design: Design, dest,
                            options: Optional[FeltTemplatePdfOptions] = None) -> None:
    """The shyrdak cut template printed at 1:1 (see :mod:`.template`)."""
    options = _options(options, FeltTemplatePdfOptions)
    popts = print_options(options)
    sheet = template_sheet(shyrdak_plan(design, options), options, print_options=popts)
    write_sheet_pdf(sheet, dest, popts)


def write_felt_template_svg(design: Design, dest,
                            options: Optional[FeltTemplateOptions] = None) -> None:
    """The shyrdak cut template as SVG at its real size."""
    options = _options(options, FeltTemplateOptions)
    write_output(dest, sheet_svg(template_sheet(shyrdak_plan(design, options), options)))


def write_felt_materials_csv(design: Design, dest,
                             options: Optional[FeltMaterialsOptions] = None) -> None:
    """Felt, cord and backing per colour as CSV (see :mod:`.tables`)."""
    options = _options(options, FeltMaterialsOptions)
    write_output(dest, materials_csv(shyrdak_plan(design, options)))


def ala_kiyiz_preview(design: Design, options=None):
    return laying_sheet(laying_plan(design, _options(options, AlaKiyizOptions)))


def write_ala_kiyiz_pdf(design: Design, dest, options: Optional[AlaKiyizPdfOptions] = None) -> None:
    """The ala-kiyiz wool-laying map printed at 1:1 of the laying size."""
    options = _options(options, AlaKiyizPdfOptions)
    write_sheet_pdf(laying_sheet(laying_plan(design, options)), dest, print_options(options))


def write_ala_kiyiz_csv(design: Design, dest, options: Optional[AlaKiyizOptions] = None) -> None:
    """Areas and wool per colour of the ala-kiyiz as CSV."""
    options = _options(options, AlaKiyizOptions)
    write_output(dest, wool_csv(laying_plan(design, options)))


register(Writer("felt-template-pdf", (".pdf",),
                "Shyrdak cut template at 1:1 on tiled pages: cut lines, pieces A/B, fold lines, "
                "narrow spots, cord, felt and backing", write_felt_template_pdf,
                FeltTemplatePdfOptions, takes="design", preview=felt_template_preview))
register(Writer("felt-template-svg", (".svg",),
                "Shyrdak cut template as SVG at its real size", write_felt_template_svg,
                FeltTemplateOptions, takes="design", preview=felt_template_preview))
register(Writer("felt-materials-csv", (".csv",),
                "Shyrdak materials: felt per colour (with waste), cord, backing",
                write_felt_materials_csv, FeltMaterialsOptions, takes="design"))
register(Writer("ala-kiyiz-pdf", (".pdf",),
                "Ala-kiyiz wool-laying map at 1:1, enlarged by the shrinkage, with a 10 cm grid "
                "and wool per colour", write_ala_kiyiz_pdf, AlaKiyizPdfOptions, takes="design",
                preview=ala_kiyiz_preview))
register(Writer("ala-kiyiz-csv", (".csv",), "Ala-kiyiz wool per colour (areas laid and "
                "finished, grams)", write_ala_kiyiz_csv, AlaKiyizOptions, takes="design"))
