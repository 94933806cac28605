"""A catalogue record as JSON-LD (DCMI terms + schema.org), and back.

The document is plain JSON that any JSON-LD processor expands with the
embedded ``@context``; :func:`record_from_jsonld` reads back exactly what
:func:`record_to_jsonld` writes (it is not a general JSON-LD reader).

Mapping (``Record`` field → term):

=====================  ====================================================
title                  ``dcterms:title`` (the value without a language)
names                  ``dcterms:title`` with ``@language`` = BCP 47 tag
                       (``ky-Cyrl``, ``uz-Latn``, ``uz-Cyrl``, ``ru-Cyrl``,
                       ``en-Latn``)
creator                ``dcterms:creator``
contributors           ``dcterms:contributor``: ``schema:Role`` with
                       ``schema:roleName`` and ``schema:name``
date_made              ``dcterms:created``
date_collected         ``dcterms:date``
date_digitised         ``dcterms:dateSubmitted``
place                  ``dcterms:spatial``
subject                ``dcterms:subject``
description            ``dcterms:description``
type / format          ``dcterms:type`` / ``dcterms:format``
extent_cm              ``dcterms:extent`` (text) + ``schema:width`` /
                       ``schema:height`` (``QuantitativeValue``, unit CMT)
medium / technique     ``dcterms:medium`` / ``schema:artform``
rights / licence       ``dcterms:rights`` / ``dcterms:license``
source_object_id       ``dcterms:source``
provenance             ``dcterms:provenance``
meanings               ``motif:meaning``: text (language-tagged),
                       ``motif:informant``, ``dcterms:date``
consent                ``motif:consent``: ``motif:givenBy``,
                       ``motif:scope``, ``dcterms:date``,
                       ``motif:attribution``
uid                    ``@id`` ``urn:uuid:…`` and ``dcterms:identifier``
files                  ``schema:associatedMedia``: ``schema:MediaObject``
                       with ``schema:contentUrl`` (relative),
                       ``schema:sha256``, ``schema:contentSize``,
                       ``schema:encodingFormat``, ``motif:role``
palette                ``motif:palette``: ``{hex, lab}``
=====================  ====================================================

``motif:`` is Motif Studio's own small vocabulary (:data:`MOTIF_NS`) for what
DCMI and schema.org have no term for.
"""
from __future__ import annotations

from typing import Optional

from ...core.colour import hex_to_rgb8
from ...core.document import Palette, Swatch
from ..record import Consent, Contributor, Meaning, Name, Record

__all__ = ["CONTEXT", "MOTIF_NS", "record_to_jsonld", "record_from_jsonld", "extent_text"]

#: Namespace of the terms DCMI and schema.org lack (meanings, consent, file roles).
MOTIF_NS = "https://motifstudio.example/terms#"

CONTEXT = {
    "dcterms": "http://purl.org/dc/terms/",
    "dcmitype": "http://purl.org/dc/dcmitype/",
    "schema": "https://schema.org/",
    "motif": MOTIF_NS,
}


def extent_text(extent_cm) -> str:
    """``"120.5 × 210 cm"`` (width × height)."""
    if not extent_cm:
        return ""
    w, h = extent_cm
    return f"{w:g} × {h:g} cm"


def _lang(text: str, language: str):
    return {"@value": text, "@language": language} if language else text


def record_to_jsonld(stored, files: dict) -> dict:
    """JSON-LD for a :class:`~motifstudio.catalogue.store.StoredRecord`.

    *files* maps a role (``original``, ``project``, ``thumbnail``) to the
    file's path relative to the JSON-LD document.
    """
    r: Record = stored.record
    doc: dict = {"@context": CONTEXT, "@id": f"urn:uuid:{stored.uid}",
                 "@type": ["schema:VisualArtwork", f"dcmitype:{r.type}" if r.type else
                           "dcmitype:StillImage"],
                 "dcterms:identifier": f"urn:uuid:{stored.uid}",
                 "dcterms:title": [r.title] + [_lang(n.text, n.tag) for n in r.names]}
    opt = {"dcterms:creator": r.creator, "dcterms:created": r.date_made,
           "dcterms:date": r.date_collected, "dcterms:dateSubmitted": r.date_digitised,
           "dcterms:spatial": r.place, "dcterms:description": r.description,
           "dcterms:type": r.type, "dcterms:format": r.format,
           "dcterms:medium": r.medium, "schema:artform": r.technique,
           "dcterms:rights": r.rights, "dcterms:license": r.licence,
           "dcterms:source": r.source_object_id, "dcterms:provenance": r.provenance}
    doc.update({k: v for k, v in opt.items() if v})
    if r.contributors:
        doc["dcterms:contributor"] = [{"@type": "schema:Role", "schema:roleName": c.role,
                                       "schema:name": c.name} for c in r.contributors]
    if r.subject:
        doc["dcterms:subject"] = list(r.subject)
    if r.extent_cm:
        w, h = r.extent_cm
        doc["dcterms:extent"] = extent_text(r.extent_cm)
        doc["schema:width"] = {"@type": "schema:QuantitativeValue", "schema:value": w,
                               "schema:unitCode": "CMT"}
        doc["schema:height"] = {"@type": "schema:QuantitativeValue", "schema:value": h,
                                "schema:unitCode": "CMT"}
    if r.meanings:
        doc["motif:meaning"] = [
            {"@type": "motif:Meaning", "motif:text": _lang(m.text, m.language),
             **({"motif:informant": m.informant} if m.informant else {}),
             **({"dcterms:date": m.date} if m.date else {})} for m in r.meanings]
    if r.consent:
        doc["motif:consent"] = [
            {"@type": "motif:Consent", "motif:givenBy": k.given_by, "motif:scope": k.scope,
             "dcterms:date": k.date,
             **({"motif:attribution": k.attribution} if k.attribution else {})}
            for k in r.consent]
    media = []
    for role in ("original", "project", "thumbnail"):
        ref = stored.files.get(role)
        if ref is None or role not in files:
            continue
        media.append({"@type": "schema:MediaObject", "motif:role": role,
                      "schema:contentUrl": files[role], "schema:sha256": ref.sha256,
                      "schema:contentSize": ref.size,
                      **({"schema:encodingFormat": ref.media_type} if ref.media_type else {}),
                      **({"schema:name": ref.filename} if ref.filename else {})})
    if media:
        doc["schema:associatedMedia"] = media
    if stored.colours:
        doc["motif:palette"] = [{"motif:hex": h, "motif:lab": list(lab)}
                                for h, lab in stored.colours]
    return doc


def _value(v) -> tuple:
    """(text, language) of a JSON-LD value."""
    if isinstance(v, dict):
        return v.get("@value", ""), v.get("@language", "")
    if isinstance(v, str):
        return v, ""
    raise ValueError(f"expected text, got {v!r}")


def _list(v) -> list:
    return [] if v is None else v if isinstance(v, list) else [v]


def record_from_jsonld(doc: dict) -> tuple:
    """``(record, uid, media, palette)`` from a document :func:`record_to_jsonld` wrote.

    *media* is a list of dicts with ``role``, ``path``, ``sha256``, ``size``,
    ``media_type`` and ``filename``; *palette* a Palette or None.

    Raises
    ------
    ValueError
        If the document is not one (naming the field that is wrong).
    """
    if not isinstance(doc, dict):
        raise ValueError("expected a JSON object")
    uid = str(doc.get("@id", ""))
    if not uid.startswith("urn:uuid:"):
        raise ValueError(f"@id must be urn:uuid:…, got {uid!r}")
    uid = uid[len("urn:uuid:"):]
    title, names = "", []
    for v in _list(doc.get("dcterms:title")):
        text, tag = _value(v)
        if not tag:
            title = title or text
        else:
            lang, _, script = tag.partition("-")
            names.append(Name(text, lang, script))
    g = lambda key: doc.get(key, "")  # noqa: E731
    extent = None
    if "schema:width" in doc:
        extent = (float(doc["schema:width"]["schema:value"]),
                  float(doc["schema:height"]["schema:value"]))
    meanings = []
    for m in _list(doc.get("motif:meaning")):
        text, lang = _value(m.get("motif:text"))
        meanings.append(Meaning(text, lang, m.get("motif:informant", ""), m.get("dcterms:date", "")))
    consent = [Consent(k.get("motif:givenBy", ""), k.get("motif:scope", ""),
                       k.get("dcterms:date", ""), k.get("motif:attribution", ""))
               for k in _list(doc.get("motif:consent"))]
    record = Record(
        title=title, names=tuple(names), creator=g("dcterms:creator"),
        contributors=tuple(Contributor(c.get("schema:name", ""), c.get("schema:roleName", ""))
                           for c in _list(doc.get("dcterms:contributor"))),
        date_made=g("dcterms:created"), date_collected=g("dcterms:date"),
        date_digitised=g("dcterms:dateSubmitted"), place=g("dcterms:spatial"),
        subject=tuple(_list(doc.get("dcterms:subject"))), description=g("dcterms:description"),
        type=doc.get("dcterms:type", "StillImage"), format=g("dcterms:format"),
        extent_cm=extent, medium=g("dcterms:medium"),
        technique=doc.get("schema:artform", "other"), rights=g("dcterms:rights"),
        licence=g("dcterms:license"), source_object_id=g("dcterms:source"),
        provenance=g("dcterms:provenance"), meanings=tuple(meanings), consent=tuple(consent))
    media = [{"role": m.get("motif:role"), "path": m.get("schema:contentUrl"),
              "sha256": m.get("schema:sha256"), "size": m.get("schema:contentSize"),
              "media_type": m.get("schema:encodingFormat", ""), "filename": m.get("schema:name", "")}
             for m in _list(doc.get("schema:associatedMedia"))]
    for m in media:
        if m["role"] not in ("original", "project", "thumbnail") or not m["path"]:
            raise ValueError(f"schema:associatedMedia: bad entry {m!r}")
    palette: Optional[Palette] = None
    if doc.get("motif:palette"):
        palette = Palette(tuple(Swatch(name=c["motif:hex"], rgb=hex_to_rgb8(c["motif:hex"]),
                                       lab=tuple(float(x) for x in c["motif:lab"]))
                                for c in doc["motif:palette"]))
    return record, uid, media, palette
