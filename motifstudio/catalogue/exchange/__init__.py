"""Exchange: BagIt bags (JSON-LD, Dublin Core XML, Omeka S CSV) and a static web gallery.

Built on the catalogue's public API (:class:`~motifstudio.catalogue.Catalogue`
``get``/``add``/``file_bytes``/``ids``) and the two lookups in :mod:`.lookup`.
"""
from .bag import BagDamaged, ExportReport, ImportReport, export_bag, import_bag
from .gallery import write_gallery

__all__ = ["BagDamaged", "ExportReport", "ImportReport", "export_bag", "import_bag",
           "write_gallery"]
