"""One CSV for Omeka S's CSV Import module: a row per record, columns named by property term.

Omeka S CSV Import maps a column automatically when its header is a
property term (``dcterms:title``); set the module's *multivalue separator*
to ``|`` (:data:`SEPARATOR`).  The columns (:data:`COLUMNS`):

========================  ===================================================
``dcterms:identifier``    ``urn:uuid:…`` of the record
``dcterms:title``         the title
``dcterms:title @ky`` …   the names in ky, uz, ru, en (all scripts, ``|``);
                          map each to ``dcterms:title`` and set the
                          column's language (``ky``, ``uz``, ``ru``, ``en``)
``dcterms:creator``       the maker
``dcterms:contributor``   ``Name (role)``
``dcterms:created``       date made
``dcterms:date``          date collected
``dcterms:dateSubmitted`` date digitised
``dcterms:spatial``       place
``dcterms:subject``       keywords
``dcterms:description``   description
``dcterms:type``          DCMI type
``dcterms:format``        format (media type)
``dcterms:extent``        ``W × H cm``
``dcterms:medium``        medium, then technique
``dcterms:rights``        rights statement
``dcterms:license``       licence
``dcterms:source``        the holding institution's object id
``dcterms:provenance``    provenance
``motif:meaning``         ``text [lang] — informant, date`` (map to a
                          local property or to ``dcterms:description``)
``motif:consent``         ``who (date): scope; credit: …``
``media``                 files, relative to the bag's ``data/`` folder:
                          original, then thumbnail.  Map as *Media
                          source: Sideload* after copying ``data/`` into
                          the FileSideload folder.
========================  ===================================================
"""
from __future__ import annotations

import csv
import io

from ..record import NAME_LANGUAGES
from .jsonld import extent_text

__all__ = ["COLUMNS", "SEPARATOR", "omeka_row", "omeka_csv"]

SEPARATOR = "|"
COLUMNS = ("dcterms:identifier", "dcterms:title",
           *(f"dcterms:title @{lang}" for lang in NAME_LANGUAGES),
           "dcterms:creator", "dcterms:contributor", "dcterms:created", "dcterms:date",
           "dcterms:dateSubmitted", "dcterms:spatial", "dcterms:subject",
           "dcterms:description", "dcterms:type", "dcterms:format", "dcterms:extent",
           "dcterms:medium", "dcterms:rights", "dcterms:license", "dcterms:source",
           "dcterms:provenance", "motif:meaning", "motif:consent", "media")


def _join(values) -> str:
    # a "|" inside a value would split it on import: show it as a broken bar
    return SEPARATOR.join(v.replace(SEPARATOR, "¦") for v in values if v)


def omeka_row(stored, media: list) -> dict:
    """The CSV row of a StoredRecord; *media* are paths relative to ``data/``."""
    r = stored.record
    row = {"dcterms:identifier": f"urn:uuid:{stored.uid}", "dcterms:title": r.title}
    for lang in NAME_LANGUAGES:
        row[f"dcterms:title @{lang}"] = _join(n.text for n in r.names if n.language == lang)
    tech = r.technique if r.technique != "other" else ""
    row.update({
        "dcterms:creator": r.creator,
        "dcterms:contributor": _join(f"{c.name} ({c.role})" for c in r.contributors),
        "dcterms:created": r.date_made, "dcterms:date": r.date_collected,
        "dcterms:dateSubmitted": r.date_digitised, "dcterms:spatial": r.place,
        "dcterms:subject": _join(r.subject), "dcterms:description": r.description,
        "dcterms:type": r.type, "dcterms:format": r.format,
        "dcterms:extent": extent_text(r.extent_cm), "dcterms:medium": _join((r.medium, tech)),
        "dcterms:rights": r.rights, "dcterms:license": r.licence,
        "dcterms:source": r.source_object_id, "dcterms:provenance": r.provenance,
        "motif:meaning": _join(
            m.text + (f" [{m.language}]" if m.language else "")
            + (" — " + ", ".join(x for x in (m.informant, m.date) if x)
               if (m.informant or m.date) else "") for m in r.meanings),
        "motif:consent": _join(
            f"{k.given_by} ({k.date}): {k.scope}"
            + (f"; credit: {k.attribution}" if k.attribution else "") for k in r.consent),
        "media": _join(media)})
    return row


def omeka_csv(rows: list) -> bytes:
    """UTF-8 CSV without a byte-order mark (Omeka would read one into the first header)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")
