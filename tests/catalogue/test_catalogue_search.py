"""Search: FTS5 in Kyrgyz, Uzbek (Latin and Cyrillic), Russian and English; filters;
similar palettes ranked exactly as a brute-force ΔE2000 reference."""
import numpy as np
import pytest

from catalogue_records import full_record, palette
from motifstudio.catalogue import Catalogue, Meaning, Name, Record
from motifstudio.catalogue.search import fts_query
from motifstudio.core.colour import delta_e_ciede2000


@pytest.fixture
def cat(tmp_path):
    with Catalogue(tmp_path / "catalogue.sqlite") as c:
        c.add(full_record(place="Кочкор, Нарын облусу"), palette=palette("#b01e28", "#f0e6c8"))
        c.add(Record(title="Bodom", technique="suzani", place="Bukhara",
                     names=(Name("bodom", "uz", "Latn"), Name("миндаль", "ru", "Cyrl"),
                            Name("бадам", "ky", "Cyrl"), Name("almond", "en", "Latn")),
                     meanings=(Meaning("hosildorlik va baraka", "uz", "Dilnoza"),),
                     description="Silk suzani with almond medallions."),
              palette=palette("#1e3c8c", "#e6c83c", "#f5f0e6"))
        c.add(Record(title="Qo'chqor shox ikat", technique="ikat", place="Margʻilon",
                     names=(Name("qoʻchqor shox", "uz", "Latn"),),
                     description="Abr with ram's horn hooks; Ёлка"),
              palette=palette("#c81e50", "#283c78"))
        c.add(Record(title="Plain", technique="other"))      # no colours at all
        yield c


def ids(hits):
    return [h.id for h in hits]


@pytest.mark.parametrize("query, expected", [
    ("кочкор мүйүз", [1]),             # Kyrgyz
    ("мүйүздөр", []),                  # no stemming: a longer form is not a prefix
    ("бараний рог", [1]),              # Russian
    ("qo'chqor shox", [1, 3]),         # Uzbek typed with ', stored with ʻ; prefix of shoxi
    ("qoʻchqor", [1, 3]),
    ("қўчқор", [1]),                   # Uzbek Cyrillic
    ("ram's horn", [1, 3]),            # English
    ("RAM'S HORN", [1, 3]),            # case folded
    ("миндаль", [2]), ("бадам", [2]), ("almond", [2]),
    ("baraka", [2]),                   # in a meaning
    ("Dilnoza", [2]),                  # the informant
    ("достаток", [1]),                 # Russian meaning
    ("fertility", [1]),                # subject
    ("елка", [3]),                     # ё folded to е (remove_diacritics)
    ("медальон", []),
])
def test_full_text_in_four_languages(cat, query, expected):
    assert sorted(ids(cat.search(query))) == expected


def test_punctuation_only_queries_are_safe(cat):
    assert cat.search('" * ( -') == []
    assert fts_query('NEAR(a b) "x') == '"NEAR(a"* AND "b)"* AND "x"*'
    assert ids(cat.search("")) == [1, 2, 3, 4]


def test_filters(cat):
    assert ids(cat.search(technique="suzani")) == [2]
    assert ids(cat.search("horn", technique="ikat")) == [3]
    assert ids(cat.search(place="нарын")) == [1]          # any case, part of the place
    assert ids(cat.search(place="BUKHARA")) == [2]
    assert ids(cat.search("horn", place="bukhara")) == []
    assert ids(cat.search(colour="#1e3c8c", colour_tolerance=2)) == [2]
    assert ids(cat.search(colour="#1e3c8c")) == [2, 3]                 # ΔE 3.4 from #283c78
    assert ids(cat.search(colour=["#1e3c8c", "#c81e50"])) == [3]
    assert ids(cat.search(colour="#c81e50", colour_tolerance=12)) == [1, 3]
    assert ids(cat.search("horn", colour="#f0e6c8")) == [1]
    assert ids(cat.search(limit=2)) == [1, 2]
    with pytest.raises(ValueError, match="technique"):
        cat.search(technique="tapestry")
    with pytest.raises(ValueError, match="limit"):
        cat.search(limit=0)


def _brute_force(records, query_lab):
    out = []
    for rid, labs in records.items():
        total = 0.0
        for q in query_lab:
            total += min(float(delta_e_ciede2000(q, c)) for c in labs)
        out.append((total / len(query_lab), rid))
    return sorted(out)


def test_similar_palette_matches_brute_force(tmp_path):
    rng = np.random.default_rng(7)
    records = {}
    with Catalogue(tmp_path / "c.sqlite") as cat:
        for i in range(60):
            k = int(rng.integers(1, 7))
            rgb = rng.integers(0, 256, (k, 3)).astype(np.uint8)
            hexes = ["#%02x%02x%02x" % tuple(int(v) for v in c) for c in rgb]
            p = palette(*hexes)
            rid = cat.add(Record(title=f"r{i}", technique=("suzani", "ikat")[i % 2]), palette=p)
            records[rid] = [s.lab for s in p.swatches]
        q = palette("#b01e28", "#f0e6c8", "#1e3c8c")
        qlab = [s.lab for s in q.swatches]
        ref = _brute_force(records, qlab)
        hits = cat.search(similar_to=q, limit=10)
        assert ids(hits) == [rid for _, rid in ref[:10]]
        np.testing.assert_allclose([h.score for h in hits], [d for d, _ in ref[:10]], atol=1e-3)
        # combined with a filter: the reference restricted to the filter
        hits = cat.search(similar_to=q, technique="ikat", limit=5)
        ikat = {rid: v for rid, v in records.items() if rid % 2 == 0}
        assert ids(hits) == [rid for _, rid in _brute_force(ikat, qlab)[:5]]
        # a palette's own colours find it first, at distance 0
        own = cat.get(17).colours
        best = cat.search(similar_to=[lab for _, lab in own], limit=1)[0]
        assert best.id == 17 and best.score < 1e-6


def test_colour_cache_sees_other_connections(tmp_path):
    p = tmp_path / "c.sqlite"
    with Catalogue(p) as a, Catalogue(p) as b:
        a.add(Record(title="red"), palette=palette("#c81e1e"))
        assert ids(b.search(colour="#c81e1e")) == [1]
        a.add(Record(title="red too"), palette=palette("#c81e1f"))
        assert ids(b.search(colour="#c81e1e")) == [1, 2]


def test_colour_cache_after_removal_and_id_reuse(tmp_path):
    p = tmp_path / "c.sqlite"
    with Catalogue(p) as a, Catalogue(p) as b:
        a.add(Record(title="red"), palette=palette("#c81e1e"))
        a.add(Record(title="blue"), palette=palette("#1e3cc8"))
        assert ids(b.search(colour="#1e3cc8")) == [2]
        a.remove(2)
        assert ids(b.search(colour="#1e3cc8")) == []
        rid = a.add(Record(title="green"), palette=palette("#1ec83c"))   # may reuse id 2
        assert ids(b.search(colour="#1ec83c")) == [rid]
        assert ids(b.search(colour="#1e3cc8")) == []
        assert ids(a.search(similar_to="#c81e1e", limit=5)) == [1, rid]
