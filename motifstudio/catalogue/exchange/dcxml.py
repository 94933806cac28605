"""A catalogue record as simple Dublin Core XML (OAI-PMH ``oai_dc``), with ``xml:lang``.

Simple DC has fifteen elements, so richer fields fold into them:
the names in each language are further ``dc:title`` elements with
``xml:lang`` (``ky-Cyrl``, ``uz-Latn``, ...); contributors are
``Name (role)``; the dates made, collected and digitised are ``dc:date``
(the first is the date made); the extent, medium and technique are
``dc:format``; each meaning is a ``dc:description`` with its language and
``(informant, date)``; provenance is a ``dc:description`` starting
``Provenance:``; licence and consent are ``dc:rights``.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .jsonld import extent_text

__all__ = ["OAI_DC_NS", "DC_NS", "record_to_dc_xml"]

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

ET.register_namespace("oai_dc", OAI_DC_NS)
ET.register_namespace("dc", DC_NS)
ET.register_namespace("xsi", XSI_NS)


def record_to_dc_xml(stored) -> bytes:
    """UTF-8 ``oai_dc:dc`` document for a StoredRecord."""
    r = stored.record
    root = ET.Element(f"{{{OAI_DC_NS}}}dc", {
        f"{{{XSI_NS}}}schemaLocation":
            f"{OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"})

    def add(name, text, lang=""):
        if text:
            el = ET.SubElement(root, f"{{{DC_NS}}}{name}")
            el.text = text
            if lang:
                el.set(XML_LANG, lang)

    add("title", r.title)
    for n in r.names:
        add("title", n.text, n.tag)
    add("creator", r.creator)
    for c in r.contributors:
        add("contributor", f"{c.name} ({c.role})")
    for s in r.subject:
        add("subject", s)
    add("description", r.description)
    for m in r.meanings:
        who = ", ".join(x for x in (m.informant, m.date) if x)
        add("description", m.text + (f" ({who})" if who else ""), m.language)
    if r.provenance:
        add("description", f"Provenance: {r.provenance}")
    add("date", r.date_made)
    add("date", r.date_collected)
    add("date", r.date_digitised)
    add("type", r.type)
    add("format", r.format)
    add("format", extent_text(r.extent_cm))
    add("format", r.medium)
    if r.technique and r.technique != "other":
        add("format", r.technique)
    add("identifier", f"urn:uuid:{stored.uid}")
    add("source", r.source_object_id)
    add("coverage", r.place)
    add("rights", r.rights)
    add("rights", r.licence)
    for k in r.consent:
        credit = f"; credit: {k.attribution}" if k.attribution else ""
        add("rights", f"Consent of {k.given_by} ({k.date}): {k.scope}{credit}")
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
