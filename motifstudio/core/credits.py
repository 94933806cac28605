"""What Motif Studio is built from, with licences: the About dialog lists it, and
an installer must ship it (issue 7).  Versions are read from the installed
packages, so the list always tells the truth about this copy."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from typing import Optional

__all__ = ["Credit", "LIBRARIES", "DATA", "credits"]


@dataclass(frozen=True)
class Credit:
    name: str
    version: str
    licence: str
    url: str
    what: str


#: (distribution, licence, home page, what it does for us); licences as their authors state them
LIBRARIES = (
    ("PySide6-Essentials", "LGPL-3.0", "https://doc.qt.io/qtforpython-6/", "the window (Qt)"),
    ("numpy", "BSD-3-Clause", "https://numpy.org", "arrays"),
    ("scipy", "BSD-3-Clause", "https://scipy.org", "image filters, geometry"),
    ("scikit-image", "BSD-3-Clause", "https://scikit-image.org", "image analysis"),
    ("pillow", "MIT-CMU", "https://python-pillow.org", "reading and writing images"),
    ("imagecodecs", "BSD-3-Clause", "https://github.com/cgohlke/imagecodecs",
     "compressed TIFF scans"),
    ("svgwrite", "MIT", "https://github.com/mozman/svgwrite", "SVG files"),
    ("colormath2", "BSD-3-Clause", "https://github.com/bkmgit/python-colormath2",
     "colour science for measured swatches"),
    ("pyembroidery", "MIT", "https://github.com/EmbroidePy/pyembroidery",
     "embroidery machine files"),
    ("reportlab", "BSD-3-Clause", "https://www.reportlab.com/opensource/", "PDF files"),
    ("bagit", "Public domain", "https://github.com/LibraryOfCongress/bagit-python",
     "BagIt archive exchange"),
)

#: data shipped in resources/ (see each folder's README/SOURCE for provenance)
DATA = (
    Credit("DMC stranded cotton colour table", "", "MIT (sharlagelfand/dmc)",
           "https://github.com/sharlagelfand/dmc", "thread colours"),
    Credit("Modern and natural-dye palettes", "", "CC0-1.0 (Motif Studio team)", "",
           "bundled palettes"),
    Credit("Sample motifs", "", "GPL-3.0-or-later (Motif Studio team)", "",
           "drawn by a script of ours"),
)


def _version(dist: str) -> Optional[str]:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def credits() -> list:
    """Every library (with the version installed here) and every bundled data set."""
    out = []
    for dist, licence, url, what in LIBRARIES:
        version = _version(dist)
        if version is not None:
            out.append(Credit(dist, version, licence, url, what))
    from .. import __version__
    return [Credit("Motif Studio", __version__, "GPL-3.0-or-later", "", "this program")] + out \
        + list(DATA)
