"""A static web gallery of catalogue records: a folder that works offline, from ``file://``.

::

    index.html                       thumbnails with titles in ky/uz/ru/en, search box
    style.css
    records/record-<id>.html         metadata, meanings, consent, design, thumbnail, original
    media/<id>/thumbnail.png
    media/<id>/design.svg            the design drawn from the .motif project
    media/<id>/original/<file name>  the original, byte for byte

No network, no CDN: the search runs in plain JavaScript over a JSON data
block embedded in ``index.html`` (``<script type="application/json"
id="gallery-data">``).  Every link is relative; every text is escaped with
:func:`html.escape`; every file is UTF-8.
"""
from __future__ import annotations

import html
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..record import NAME_LANGUAGES
from .bag import _safe_name
from .jsonld import extent_text

__all__ = ["GalleryReport", "write_gallery", "design_svg_for_project", "DATA_ID"]

DATA_ID = "gallery-data"
# originals a browser shows inline; others (TIFF, ...) are offered as a download link
_SHOWABLE = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg"}

CSS = """body{font-family:system-ui,"Noto Sans",sans-serif;margin:1.5rem;color:#222;background:#fbf8f2}
a{color:#7a1f1f}h1{font-weight:600}
#controls{display:flex;gap:.75rem;flex-wrap:wrap;align-items:center;margin:1rem 0}
#q{font-size:1rem;padding:.4rem .6rem;min-width:18rem}
#grid{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:1rem}
.card a{display:block;text-decoration:none;color:inherit;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem}
.card img{width:100%;height:180px;object-fit:contain;background:#eee}
.card .title{font-weight:600;display:block;margin:.3rem 0}
.card .name{display:block;font-size:.85rem;color:#555}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dl.meta dt{font-weight:600}dl.meta dd{margin:0}
.images{display:flex;flex-wrap:wrap;gap:1rem}.images figure{margin:0}
.images img{max-width:420px;max-height:420px;border:1px solid #ddd;background:#fff}
"""

_JS = """(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gallery-data").textContent);
  var fold = function (s) {
    return s.normalize("NFC").toLocaleLowerCase().replace(/ё/g, "е");
  };
  var cards = {};
  Array.prototype.forEach.call(document.querySelectorAll("#grid .card"), function (li) {
    cards[li.getAttribute("data-id")] = li;
  });
  var q = document.getElementById("q"), tech = document.getElementById("technique");
  var count = document.getElementById("count");
  function apply() {
    var words = fold(q.value).split(/\\s+/).filter(Boolean), t = tech.value, n = 0;
    data.forEach(function (r) {
      var hay = fold(r.text);
      var ok = (!t || r.technique === t) && words.every(function (w) {
        return hay.indexOf(w) >= 0;
      });
      cards[String(r.id)].hidden = !ok;
      if (ok) { n += 1; }
    });
    count.textContent = String(n);
  }
  q.addEventListener("input", apply);
  tech.addEventListener("change", apply);
  apply();
})();
"""


@dataclass(frozen=True)
class GalleryReport:
    path: Path
    records: int
    designs: int          # records whose design SVG could be drawn


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def design_svg_for_project(project: bytes) -> Optional[bytes]:
    """The SVG of the design saved in a ``.motif`` project, or None if it cannot be drawn."""
    from ...design.spec import build_design
    from ...export.design_svg import design_svg_bytes
    from ...project.motif_file import load_project
    fd, tmp = tempfile.mkstemp(suffix=".motif")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(project)
        motif, _original, spec = load_project(tmp)
        return design_svg_bytes(build_design(motif, spec))
    except (ValueError, MemoryError):
        return None
    finally:
        os.unlink(tmp)


def _page(title: str, body: str, css_href: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{_e(title)}</title>\n<link rel="stylesheet" href="{css_href}">\n'
            f'</head>\n<body>\n{body}\n</body>\n</html>\n')


def _names_html(record, cls="name") -> str:
    out = []
    for lang in NAME_LANGUAGES:
        for n in record.names:
            if n.language == lang:
                out.append(f'<span class="{cls}" lang="{_e(n.tag)}">{_e(n.text)}</span>')
    return "".join(out)


def _record_page(stored, media: dict, prev_href, next_href) -> str:
    r = stored.record
    rows = []

    def row(label, value):
        if value:
            rows.append(f"<dt>{_e(label)}</dt><dd>{value}</dd>")

    names = "<br>".join(f'<span lang="{_e(n.tag)}">{_e(n.text)}</span> '
                        f'<small>({_e(n.tag)})</small>' for n in r.names)
    row("Names", names)
    row("Maker", _e(r.creator))
    row("Contributors", "<br>".join(f"{_e(c.name)} ({_e(c.role)})" for c in r.contributors))
    row("Date made", _e(r.date_made))
    row("Date collected", _e(r.date_collected))
    row("Date digitised", _e(r.date_digitised))
    row("Place", _e(r.place))
    row("Technique", _e(r.technique))
    row("Medium", _e(r.medium))
    row("Size", _e(extent_text(r.extent_cm)))
    row("Subject", _e(", ".join(r.subject)))
    row("Description", _e(r.description))
    row("Type", _e(r.type))
    row("Rights", _e(r.rights))
    row("Licence", _e(r.licence))
    row("Source object", _e(r.source_object_id))
    row("Provenance", _e(r.provenance))
    row("Identifier", _e(f"urn:uuid:{stored.uid}"))
    orig = stored.files.get("original")
    if orig is not None:
        row("Original SHA-256", f"<code>{_e(orig.sha256)}</code>")
    parts = ['<nav><a href="../index.html">All motifs</a>'
             + (f' · <a href="{prev_href}" rel="prev">Previous</a>' if prev_href else "")
             + (f' · <a href="{next_href}" rel="next">Next</a>' if next_href else "")
             + "</nav>",
             f"<h1>{_e(r.title)}</h1>", f'<dl class="meta">{"".join(rows)}</dl>']
    if r.meanings:
        items = []
        for m in r.meanings:
            who = ", ".join(_e(x) for x in (m.informant, m.date) if x)
            lang = f' lang="{_e(m.language)}"' if m.language else ""
            items.append(f"<li><q{lang}>{_e(m.text)}</q>" + (f" — {who}" if who else "") + "</li>")
        parts.append(f'<h2>Meanings</h2>\n<ul class="meanings">{"".join(items)}</ul>')
    if r.consent:
        items = [f"<li>{_e(k.given_by)} ({_e(k.date)}): {_e(k.scope)}"
                 + (f". Credit: {_e(k.attribution)}" if k.attribution else "") + "</li>"
                 for k in r.consent]
        parts.append(f'<h2>Consent and attribution</h2>\n<ul class="consent">{"".join(items)}</ul>')
    figs = []
    if "design" in media:
        figs.append(f'<figure><a href="{media["design"]}"><img src="{media["design"]}" '
                    f'alt="Design: {_e(r.title)}"></a><figcaption>Design (SVG)</figcaption></figure>')
    if "thumbnail" in media:
        figs.append(f'<figure><img src="{media["thumbnail"]}" alt="Thumbnail: {_e(r.title)}">'
                    f'<figcaption>Thumbnail</figcaption></figure>')
    if "original" in media:
        href = media["original"]
        name = _e(orig.filename or "original")
        if Path(href).suffix.lower() in _SHOWABLE:
            figs.append(f'<figure><a href="{href}"><img src="{href}" alt="Original: '
                        f'{_e(r.title)}"></a><figcaption>Original: {name}</figcaption></figure>')
        else:
            figs.append(f'<figure><a href="{href}" download>Original: {name}</a></figure>')
    if figs:
        parts.append(f'<div class="images">{"".join(figs)}</div>')
    return _page(r.title, "\n".join(parts), "../style.css")


def _href(path: str) -> str:
    from urllib.parse import quote
    return quote(path, safe="/")


def write_gallery(catalogue, dest_dir, record_ids=None, *, title="Motif archive") -> GalleryReport:
    """Write a static gallery of *record_ids* (default: every record) into *dest_dir*.

    The folder is created if needed; files already there are overwritten.
    """
    dest = Path(dest_dir)
    ids = catalogue.ids() if record_ids is None else list(dict.fromkeys(int(i) for i in record_ids))
    stored_all = []
    for rid in ids:
        try:
            stored_all.append(catalogue.get(rid))
        except KeyError:
            raise ValueError(f"there is no record {rid}") from None
    (dest / "records").mkdir(parents=True, exist_ok=True)
    (dest / "style.css").write_text(CSS, encoding="utf-8")
    cards, data, designs = [], [], 0
    for i, stored in enumerate(stored_all):
        rid, r = stored.id, stored.record
        mdir = dest / "media" / str(rid)
        mdir.mkdir(parents=True, exist_ok=True)
        media = {}          # role -> href relative to records/
        for role, ref in stored.files.items():
            try:
                content = catalogue.file_bytes(rid, role)
            except (ValueError, FileNotFoundError):
                continue     # damaged in the catalogue: left out, `catalogue verify` reports it
            if role == "original":
                rel = f"original/{_safe_name(ref.filename)}"
                (mdir / "original").mkdir(exist_ok=True)
            elif role == "thumbnail":
                rel = "thumbnail.png"
            else:
                svg = design_svg_for_project(content)
                if svg is None:
                    continue
                role, rel = "design", "design.svg"
                designs += 1
            (mdir / rel).write_bytes(content if role != "design" else svg)
            media[role] = _href(f"../media/{rid}/{rel}")
        page = f"record-{rid}.html"
        prev_href = f"record-{stored_all[i - 1].id}.html" if i > 0 else None
        next_href = f"record-{stored_all[i + 1].id}.html" if i + 1 < len(stored_all) else None
        (dest / "records" / page).write_text(_record_page(stored, media, prev_href, next_href),
                                             encoding="utf-8")
        thumb = media.get("thumbnail") or media.get("design")
        img = (f'<img src="{thumb[3:]}" alt="" loading="lazy">' if thumb
               else '<span class="noimage">no image</span>')
        cards.append(f'<li class="card" data-id="{rid}"><a href="records/{page}">{img}'
                     f'<span class="title">{_e(r.title)}</span>{_names_html(r)}</a></li>')
        text = " ".join([r.title, *(n.text for n in r.names), r.place, r.technique, r.creator,
                         r.description, *r.subject, *(m.text for m in r.meanings)])
        data.append({"id": rid, "href": f"records/{page}", "title": r.title,
                     "names": {n.tag: n.text for n in r.names}, "technique": r.technique,
                     "place": r.place, "text": text})
    techniques = sorted({d["technique"] for d in data})
    options = "".join(f'<option value="{_e(t)}">{_e(t)}</option>' for t in techniques)
    # "<" as \u003c: the JSON can never close its <script> element
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    body = (f"<h1>{_e(title)}</h1>\n"
            f'<div id="controls"><input type="search" id="q" autocomplete="off" '
            f'placeholder="Издөө · Qidirish · Поиск · Search" aria-label="Search">'
            f'<select id="technique" aria-label="Technique"><option value="">all techniques'
            f'</option>{options}</select>'
            f'<span><span id="count">{len(data)}</span> of {len(data)} motifs</span></div>\n'
            f'<ul id="grid">\n' + "\n".join(cards) + "\n</ul>\n"
            f'<script type="application/json" id="{DATA_ID}">{blob}</script>\n'
            f"<script>\n{_JS}</script>")
    (dest / "index.html").write_text(_page(title, body, "style.css"), encoding="utf-8")
    return GalleryReport(dest, len(data), designs)
