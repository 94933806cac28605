"""Catalogue search at archive scale: 10,000 synthetic records, median query times.

Run:  .venv/bin/python benchmarks/catalogue_bench.py [--records 10000] [--out FILE.md]

Records get plausible multilingual names (ky/uz/ru/en), meanings with
informants, places, techniques and 3–8 palette colours.  Each query runs
after one warm-up, ``--repeat`` times; the median is reported.  Target: ≤ 50 ms.
"""
from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from motifstudio.catalogue import Catalogue, Meaning, Name, Record  # noqa: E402
from motifstudio.core.document import Palette, Swatch  # noqa: E402

# (ky, uz, ru, en) names of common motifs
MOTIFS = [
    ("кочкор мүйүз", "qoʻchqor shoxi", "бараний рог", "ram's horn"),
    ("бадам", "bodom", "миндаль", "almond"),
    ("ит куйрук", "it dumi", "собачий хвост", "dog's tail"),
    ("тумар", "tumor", "амулет", "amulet"),
    ("анар", "anor", "гранат", "pomegranate"),
    ("жылдыз", "yulduz", "звезда", "star"),
    ("кайкы", "qaychi", "ножницы", "scissors"),
    ("карга тырмак", "qarg'a panja", "воронья лапа", "crow's foot"),
    ("бугу мүйүз", "bug'u shoxi", "олений рог", "deer antler"),
    ("куш", "qush", "птица", "bird"),
    ("гүл", "gul", "цветок", "flower"),
    ("ай", "oy", "луна", "moon"),
    ("күн", "quyosh", "солнце", "sun"),
    ("суу", "suv", "вода", "water"),
    ("тоо", "tog'", "горы", "mountains"),
]
SUFFIX = [("", "", "", ""), (" оюм", " naqsh", " узор", " pattern"),
          (" чоң", " katta", " большой", " large"), (" кош", " qo'sh", " двойной", " double")]
MEANINGS = [("күч жана байлык", "ky"), ("сила и богатство", "ru"), ("hosildorlik va baraka", "uz"),
            ("protection of the home", "en"), ("узун өмүр", "ky"), ("долгая жизнь", "ru"),
            ("oila baxti", "uz"), ("the herd's increase", "en"), ("жаман көздөн сактайт", "ky"),
            ("оберег от сглаза", "ru")]
PLACES = ["Naryn", "Kochkor", "Issyk-Kul", "Talas", "Osh", "Bukhara", "Samarkand",
          "Margʻilon", "Nurata", "Shahrisabz", "Bishkek", "Tashkent"]
TECHS = ["shyrdak", "ala-kiyiz", "suzani", "ikat", "other"]
INFORMANTS = ["Айгүл Сыдыкова", "Бурул Асанова", "Dilnoza Karimova", "Гүлнара Токтогулова",
              "Mohira Yusupova", "Назира Абдыраева"]


def make_record(i: int, rng) -> tuple:
    m = MOTIFS[rng.integers(len(MOTIFS))]
    s = SUFFIX[rng.integers(len(SUFFIX))]
    names = (Name(m[0] + s[0], "ky", "Cyrl"), Name(m[1] + s[1], "uz", "Latn"),
             Name(m[2] + s[2], "ru", "Cyrl"), Name(m[3] + s[3], "en", "Latn"))
    meanings = tuple(Meaning(*MEANINGS[j], informant=INFORMANTS[rng.integers(len(INFORMANTS))],
                             date=f"{rng.integers(1990, 2026)}")
                     for j in rng.choice(len(MEANINGS), rng.integers(1, 4), replace=False))
    tech = TECHS[rng.integers(len(TECHS))]
    place = PLACES[rng.integers(len(PLACES))]
    rec = Record(title=f"{m[3].capitalize()}{s[3]} #{i}", names=names, meanings=meanings,
                 technique=tech, place=place, creator=INFORMANTS[rng.integers(len(INFORMANTS))],
                 date_made=f"c. {rng.integers(1900, 2020)}",
                 description=f"{tech} with {m[3]} motif from {place}; record {i}.")
    k = int(rng.integers(3, 9))
    rgb = rng.integers(0, 256, (k, 3))
    pal = Palette(tuple(Swatch.from_rgb(tuple(int(v) for v in c)) for c in rgb))
    return rec, pal


def timed(fn, repeat: int) -> tuple:
    """(median wall ms, median CPU ms of this process (all threads), hits)."""
    fn()   # warm-up: page cache, FTS structures, colour array cache
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n = len(fn())
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu), n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=21)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__),
                                                  "catalogue_results.md"))
    args = ap.parse_args(argv)
    rng = np.random.default_rng(2026)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "catalogue.sqlite")
        cat = Catalogue(path)
        t0 = time.perf_counter()
        for i in range(args.records):
            rec, pal = make_record(i, rng)
            cat.add(rec, palette=pal)
        build_s = time.perf_counter() - t0
        query_pal = Palette(tuple(Swatch.from_rgb(c) for c in
                                  [(176, 30, 40), (240, 230, 200), (30, 60, 140), (20, 20, 20)]))
        queries = [
            ("FTS `кочкор мүйүз` (ky)", lambda: cat.search("кочкор мүйүз", limit=20)),
            ("FTS `qo'chqor shox` (uz)", lambda: cat.search("qo'chqor shox", limit=20)),
            ("FTS `бараний рог` + technique=shyrdak", lambda: cat.search(
                "бараний рог", technique="shyrdak", limit=20)),
            ("FTS `protection` + place=naryn", lambda: cat.search(
                "protection", place="naryn", limit=20)),
            ("FTS `сила` (meaning, ~30% of records)", lambda: cat.search("сила", limit=20)),
            ("filters only: technique=suzani, place=Bukhara", lambda: cat.search(
                technique="suzani", place="Bukhara", limit=20)),
            ("colour filter #b01e28 ΔE≤10 + FTS `гранат`", lambda: cat.search(
                "гранат", colour="#b01e28", limit=20)),
            ("similar palette (4 colours) over all records", lambda: cat.search(
                similar_to=query_pal, limit=20)),
            ("similar palette + technique=ikat", lambda: cat.search(
                similar_to=query_pal, technique="ikat", limit=20)),
        ]

        def cold():
            cat._colour_cache = None     # as in a freshly opened catalogue
            return cat.search(similar_to=query_pal, limit=20)
        queries.append(("similar palette, first search after opening (all colours read)", cold))
        n_colours = cat.conn.execute("SELECT count(*) FROM colours").fetchone()[0]
        rows = [(name, *timed(fn, args.repeat)) for name, fn in queries]
        # while a batch writes: another connection adds a record before each search
        other = Catalogue(path)
        wall, cpu = [], []
        for j in range(args.repeat):
            rec, pal = make_record(args.records + j, rng)
            other.add(rec, palette=pal)
            t0, c0 = time.perf_counter(), time.process_time()
            n = len(cat.search(similar_to=query_pal, limit=20))
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        other.close()
        rows.append(("similar palette, right after another connection added a record",
                     statistics.median(wall), statistics.median(cpu), n))
        cat.close()
        size_mb = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)
                      if os.path.isfile(os.path.join(d, f))) / 1e6
    lines = [
        "# Catalogue search benchmark",
        "",
        f"`python benchmarks/catalogue_bench.py` — {args.records:,} synthetic records "
        f"({n_colours:,} palette colours), median of {args.repeat} runs after a warm-up.",
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"numpy {np.__version__}.",
        f"Building took {build_s:.1f} s ({args.records / build_s:.0f} records/s, one transaction "
        f"per record, synchronous=FULL); database {size_mb:.1f} MB.",
        "",
        "| query | median ms (wall) | median CPU ms | hits | wall ≤ 50 ms |",
        "|---|---:|---:|---:|:---:|",
    ]
    for name, ms, cpu_ms, n in rows:
        lines.append(f"| {name} | {ms:.1f} | {cpu_ms:.1f} | {n} | "
                     f"{'yes' if ms <= 50 else 'NO'} |")
    lines += ["", "Load average during the run: " + ", ".join(
        f"{v:.1f}" for v in os.getloadavg()) + " — other processes shared the CPUs, so wall "
        "times vary run to run; CPU ms (this process, all threads) is steadier."
        if hasattr(os, "getloadavg") else ""]
    text = "\n".join(lines) + "\n"
    print(text)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
