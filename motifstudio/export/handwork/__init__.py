"""Hand-embroidery exports: the cross-stitch chart (PDF and ``.oxs``) and the
suzani transfer sheet.  Importing the package registers their writers."""
from . import chart_pdf, oxs, transfer  # noqa: F401  (register the writers)
