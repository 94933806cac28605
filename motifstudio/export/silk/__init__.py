"""Silk exports: the ikat (abr) binding plan, its "abr" preview, and screen-print films.

Importing the package registers its writers (``ikat-plan-pdf``, ``ikat-plan-csv``,
``abr-preview-png``, ``separations-pdf``, ``separations-svg``).
"""
from . import abr, ikat_chart, separations  # noqa: F401  (they register their writers)
