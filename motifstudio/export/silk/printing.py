"""Printing helpers of the silk writers: several sheets in one PDF (the per-bath
charts, the screen-print films) come from the engine's
:func:`~motifstudio.export.print_pdf.sheets_pdf`."""
from __future__ import annotations

from ..print_pdf import PrintOptions, sheets_pdf

__all__ = ["sheets_pdf", "print_options"]


def print_options(options) -> PrintOptions:
    """The :class:`PrintOptions` part of an options object that extends it."""
    from dataclasses import fields
    return PrintOptions(**{f.name: getattr(options, f.name) for f in fields(PrintOptions)})
