"""The static web gallery: every link resolves inside the folder, pages per record, escaped
UTF-8 text, the embedded JSON, and the search box's JavaScript (in node with a small DOM
stand-in; in headless Chromium when Playwright and a browser are installed)."""
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from motifstudio.catalogue import Catalogue
from motifstudio.catalogue.exchange import write_gallery
from motifstudio.catalogue.exchange.gallery import DATA_ID


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.scripts, self.ids, self.langs, self.cards = [], [], {}, [], []
        self._script = None
        self._text_of = None
        self.texts = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src"):
            if key in a:
                self.links.append((tag, a[key]))
        if "id" in a:
            self.ids[a["id"]] = (tag, a)
        if "lang" in a:
            self.langs.append(a["lang"])
        if tag == "li" and "card" in (a.get("class") or ""):
            self.cards.append(a["data-id"])
        if tag == "script":
            self._script = [a, ""]

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(tuple(self._script))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data
        else:
            self.texts.append(data)


def _parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_bytes().decode("utf-8"))      # UTF-8 or this raises
    p.close()
    return p


@pytest.fixture(scope="module")
def gallery(archive_path, tmp_path_factory):
    dest = tmp_path_factory.mktemp("gallery") / "site"
    with Catalogue(archive_path, readonly=True) as cat:
        report = write_gallery(cat, dest)
    assert report.records == 3 and report.designs == 2
    return dest


def test_every_link_resolves_inside_the_folder(gallery):
    pages = [gallery / "index.html", *sorted((gallery / "records").glob("*.html"))]
    assert len(pages) == 4
    root = gallery.resolve()
    for page in pages:
        for tag, link in _parse(page).links:
            u = urlparse(link)
            assert not u.scheme and not u.netloc and not link.startswith("/"), (page, link)
            target = (page.parent / unquote(u.path)).resolve()
            assert root in target.parents and target.is_file(), (page.name, link)


def test_index_cards_names_and_embedded_json(gallery, archive_path):
    page = _parse(gallery / "index.html")
    with Catalogue(archive_path, readonly=True) as cat:
        ids = cat.ids()
        titles = [cat.get(i).record.title for i in ids]
    assert page.cards == [str(i) for i in ids]
    for i in ids:
        assert ("a", f"records/record-{i}.html") in page.links
    # the four languages of record 1's names, marked up with their BCP 47 tags
    assert {"ky-Cyrl", "uz-Latn", "ru-Cyrl", "en-Latn"} <= set(page.langs)
    text = "".join(page.texts)
    for t in titles + ["кочкор мүйүз", "qoʻchqor shoxi", "бараний рог", "ram's horn"]:
        assert t in text
    # escaped in the source, intact once parsed
    raw = (gallery / "index.html").read_text(encoding="utf-8")
    assert 'Bodom &lt;&amp;&gt; &quot;almond&quot;' in raw and 'Bodom <&>' not in raw
    data_scripts = [body for attrs, body in page.scripts if attrs.get("id") == DATA_ID]
    assert len(data_scripts) == 1 and page.ids[DATA_ID][1]["type"] == "application/json"
    data = json.loads(data_scripts[0])
    assert [d["id"] for d in data] == ids and data[1]["title"] == 'Bodom <&> "almond"'
    assert data[0]["names"]["ky-Cyrl"] == "кочкор мүйүз"
    # no network: no external script or stylesheet, no src on any script
    assert all("src" not in attrs for attrs, _ in page.scripts)
    assert {"q", "count", "technique"} <= set(page.ids)


def test_record_pages_show_metadata_meanings_design_and_original(gallery, archive_path):
    with Catalogue(archive_path, readonly=True) as cat:
        for rid in cat.ids():
            s = cat.get(rid)
            path = gallery / "records" / f"record-{rid}.html"
            page = _parse(path)
            text = "".join(page.texts)
            assert s.record.title in text and s.uid in text
            for m in s.record.meanings:
                assert m.text in text and (m.informant in text)
            for k in s.record.consent:
                assert k.given_by in text
            orig = gallery / "media" / str(rid) / "original" / s.files["original"].filename
            assert orig.read_bytes() == cat.file_bytes(rid, "original")
            if "project" in s.files:
                svg = gallery / "media" / str(rid) / "design.svg"
                root = ET.fromstring(svg.read_bytes())
                assert root.tag.endswith("svg") and root.get("viewBox")
                assert ("img", f"../media/{rid}/design.svg") in page.links
    # a TIFF original is offered as a download, not an <img> a browser cannot show
    p3 = _parse(gallery / "records" / "record-3.html")
    assert ("a", "../media/3/original/ikat%20scan%2001.tif") in p3.links
    assert not any(tag == "img" and "tif" in link for tag, link in p3.links)


def test_subset_and_unknown_record(archive_path, tmp_path):
    with Catalogue(archive_path, readonly=True) as cat:
        r = write_gallery(cat, tmp_path / "g", [2])
        assert r.records == 1
        assert [p.name for p in (tmp_path / "g" / "records").iterdir()] == ["record-2.html"]
        with pytest.raises(ValueError, match="no record 42"):
            write_gallery(cat, tmp_path / "h", [42])


# -------------------------------------------------------------- the search box's JavaScript

_DOM_SHIM = r"""
const fs = require("fs");
const cfg = JSON.parse(fs.readFileSync(0, "utf8"));
function el(attrs) {
  return { attrs: attrs, hidden: false, value: "", textContent: "", handlers: {},
           getAttribute(k) { return this.attrs[k]; },
           addEventListener(ev, f) { this.handlers[ev] = f; } };
}
const cards = cfg.cards.map(id => el({"data-id": id}));
const byId = { "gallery-data": Object.assign(el({}), {textContent: cfg.json}),
               q: el({}), technique: el({}), count: el({}) };
global.document = { getElementById: id => byId[id],
                    querySelectorAll: sel => (sel === "#grid .card" ? cards : []) };
eval(cfg.script);
const out = {initial: byId.count.textContent};
for (const [query, tech] of cfg.queries) {
  byId.q.value = query; byId.technique.value = tech;
  byId.q.handlers.input();
  out[query + "|" + tech] = [byId.count.textContent,
                             cards.filter(c => !c.hidden).map(c => c.attrs["data-id"])];
}
console.log(JSON.stringify(out));
"""

QUERIES = [("", ""), ("кочкор", ""), ("КОЧКОР мүйүз", ""), ("bodom", ""), ("миндаль", ""),
           ("", "ikat"), ("", "suzani"), ("nothing-like-this", ""), ("Margʻilon", "")]
EXPECT = {"|": ["3", ["1", "2", "3"]], "кочкор|": ["1", ["1"]],
          "КОЧКОР мүйүз|": ["1", ["1"]], "bodom|": ["1", ["2"]], "миндаль|": ["1", ["2"]],
          "|ikat": ["1", ["3"]], "|suzani": ["1", ["2"]], "nothing-like-this|": ["0", []],
          "Margʻilon|": ["1", ["3"]]}


def test_search_box_script_filters_in_node(gallery):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    page = _parse(gallery / "index.html")
    json_text = next(b for a, b in page.scripts if a.get("id") == DATA_ID)
    script = next(b for a, b in page.scripts if not a)
    cfg = {"cards": page.cards, "json": json_text, "script": script, "queries": QUERIES}
    res = subprocess.run([node, "-e", _DOM_SHIM], input=json.dumps(cfg), capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out.pop("initial") == "3"
    assert out == EXPECT


def test_search_box_in_headless_chromium(gallery):
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="Playwright is not installed: no headless browser")
    import shutil
    # Debian's chromium-headless-shell (installed by .ci/run), else Playwright's own download
    system = next((shutil.which(n) for n in ("chromium-headless-shell", "chromium",
                                             "chromium-browser") if shutil.which(n)), None)
    with sync_api.sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=system) if system else pw.chromium.launch()
        except Exception as exc:   # the browser binary was never downloaded
            pytest.skip(f"headless Chromium cannot start: {exc}")
        try:
            page = browser.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: None if r.url.startswith("file:") else
                    errors.append(f"network request: {r.url}"))
            page.goto((gallery / "index.html").resolve().as_uri())
            assert page.locator("#count").inner_text() == "3"
            page.locator("#q").type("кочкор")
            assert page.locator("#count").inner_text() == "1"
            assert page.locator("#grid .card:not([hidden])").count() == 1
            page.locator("#q").fill("")
            page.locator("#technique").select_option("ikat")
            assert page.locator("#count").inner_text() == "1"
            page.locator("#grid .card:not([hidden]) a").click()
            page.wait_for_load_state()
            assert "Ikat scan" in page.locator("h1").inner_text()
            assert errors == []
        finally:
            browser.close()
