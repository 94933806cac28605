"""The motif archive: a catalogue of records with their untouched originals.

``store`` (SQLite + content-addressed files), ``record`` (Dublin Core
record), ``schema`` (versions and migrations), ``search`` (FTS5, filters,
similar palettes), ``ingest`` (adding ``.motif`` projects).
"""
from .record import Consent, Contributor, Meaning, Name, Record
from .schema import SCHEMA_VERSION, CatalogueVersionError
from .store import Catalogue, default_catalogue_path

__all__ = ["Catalogue", "CatalogueVersionError", "Consent", "Contributor", "Meaning", "Name",
           "Record", "SCHEMA_VERSION", "default_catalogue_path"]
