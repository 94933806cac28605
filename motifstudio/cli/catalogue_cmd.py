"""``motifstudio catalogue``: add projects to the motif archive, search it, verify its files.

The catalogue is ``--catalogue PATH`` (or ``$MOTIFSTUDIO_CATALOGUE``), else
the one in the user's data folder (``$MOTIFSTUDIO_DATA_DIR`` honoured).
"""
from __future__ import annotations

import argparse
import json
import os
import sys

DESCRIPTION = ("The motif archive: records with Dublin Core metadata, names in Kyrgyz, "
               "Uzbek, Russian and English, recorded meanings, and the untouched original "
               "with its checksum.")

EXAMPLES = """examples:
  motifstudio catalogue add ram.motif --title "Ram's horn" --technique shyrdak --place Naryn \\
      --name-ky "кочкор мүйүз" --name-ru "бараний рог" --name-uz "qoʻchqor shoxi" \\
      --meaning "strength of the family" --informant "Aigul T." --meaning-date 2025-06
  motifstudio catalogue search "кочкор мүйүз" --technique shyrdak
  motifstudio catalogue search --similar-to ram.motif --limit 5
  motifstudio catalogue show 12 --json
  motifstudio catalogue verify"""

ENV_CATALOGUE = "MOTIFSTUDIO_CATALOGUE"
# the script each name flag is written in (Uzbek: Latin is official since 1995)
_NAME_FLAGS = (("ky", "Cyrl"), ("uz", "Latn"), ("ru", "Cyrl"), ("en", "Latn"))


def add_parser(subparsers):
    from ..catalogue.record import ROLES, TECHNIQUES

    p = subparsers.add_parser("catalogue", help="the motif archive: add, search, show, verify",
                              description=DESCRIPTION, epilog=EXAMPLES,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--catalogue", metavar="PATH",
                        help="the catalogue file (default: $MOTIFSTUDIO_CATALOGUE, else the "
                             "one in the data folder)")
    sub = p.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)

    a = sub.add_parser("add", parents=[common], help="add a .motif project")
    a.add_argument("project", help="PROJECT.motif")
    a.add_argument("--title", help="title (default: the project's, else its file name)")
    a.add_argument("--technique", choices=TECHNIQUES)
    a.add_argument("--place", help="where the object was made or collected")
    a.add_argument("--creator", help="the maker")
    for lang, script in _NAME_FLAGS:
        a.add_argument(f"--name-{lang}", metavar="TEXT", help=f"name in {lang}-{script}")
    a.add_argument("--name-uz-cyrl", metavar="TEXT", help="name in uz-Cyrl")
    a.add_argument("--meaning", action="append", metavar="TEXT",
                   help="a recorded meaning (repeat for more); --informant, --meaning-lang and "
                        "--meaning-date are given once for all meanings or once per meaning")
    a.add_argument("--informant", action="append", metavar="NAME", help="who told the meaning")
    a.add_argument("--meaning-lang", action="append", metavar="CODE",
                   help="language of the meaning (ky, uz, ru, en, ...)")
    a.add_argument("--meaning-date", action="append", metavar="DATE", help="when it was recorded")
    a.add_argument("--contributor", action="append", metavar="NAME:ROLE",
                   help=f"a contributor and role ({', '.join(ROLES)})")
    a.add_argument("--description")
    a.add_argument("--subject", action="append", metavar="WORD", help="a subject keyword")
    a.add_argument("--date-made", default="")
    a.add_argument("--date-collected", default="")
    a.add_argument("--date-digitised", default="")
    a.add_argument("--extent", metavar="WxH", help="size of the object in cm, e.g. 120x200")
    a.add_argument("--medium")
    a.add_argument("--rights")
    a.add_argument("--licence")
    a.add_argument("--source-id", help="the holding institution's object id")
    a.add_argument("--provenance")
    a.add_argument("--consent-by", metavar="WHO", help="living maker or community who consented")
    a.add_argument("--consent-scope", metavar="TEXT")
    a.add_argument("--consent-date", metavar="DATE")
    a.add_argument("--attribution", metavar="TEXT", help="credit line the makers asked for")

    s = sub.add_parser("search", parents=[common], help="find records")
    s.add_argument("query", nargs="?", default="", help="words in any of the four languages")
    s.add_argument("--technique", choices=TECHNIQUES)
    s.add_argument("--place")
    s.add_argument("--colour", action="append", metavar="#RRGGBB",
                   help="has a colour near this one (repeat for more)")
    s.add_argument("--tolerance", type=float, default=10.0, metavar="DE",
                   help="ΔE2000 for --colour (default 10)")
    s.add_argument("--similar-to", metavar="PROJECT.motif", help="rank by similar palette")
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true", help="print JSON")

    sh = sub.add_parser("show", parents=[common], help="print a record")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true", help="print JSON")

    sub.add_parser("verify", parents=[common],
                   help="re-check every stored file's checksum (exit 1 on damage)")
    return p


def _open(args, *, readonly=False):
    import sqlite3
    from ..catalogue.store import Catalogue, default_catalogue_path
    from .main import CliError
    path = args.catalogue or os.environ.get(ENV_CATALOGUE) or default_catalogue_path()
    if readonly and not os.path.exists(path):
        raise CliError(f"{path}: no catalogue there (add a project first, or give --catalogue)")
    try:
        return Catalogue(path, readonly=readonly)
    except sqlite3.DatabaseError as exc:
        raise CliError(f"{path}: cannot open the catalogue ({exc})") from None


def _pick(values, i, n):
    """The i-th of n meanings' value: one per meaning, or one for all."""
    if not values:
        return ""
    if len(values) == 1:
        return values[0]
    if len(values) != n:
        from .main import CliError
        raise CliError(f"give one value for all meanings or one per --meaning ({n})")
    return values[i]


def _record_fields(args) -> dict:
    from ..catalogue.record import Consent, Contributor, Meaning, Name
    from .main import CliError
    f = {}
    for key, attr in (("title", "title"), ("technique", "technique"), ("place", "place"),
                      ("creator", "creator"), ("description", "description"),
                      ("medium", "medium"), ("rights", "rights"), ("licence", "licence"),
                      ("source_object_id", "source_id"), ("provenance", "provenance"),
                      ("date_made", "date_made"), ("date_collected", "date_collected"),
                      ("date_digitised", "date_digitised")):
        v = getattr(args, attr)
        if v:
            f[key] = v
    names = [Name(getattr(args, f"name_{lang}"), lang, script)
             for lang, script in _NAME_FLAGS if getattr(args, f"name_{lang}")]
    if args.name_uz_cyrl:
        names.append(Name(args.name_uz_cyrl, "uz", "Cyrl"))
    f["names"] = tuple(names)
    ms = args.meaning or []
    if not ms and (args.informant or args.meaning_lang or args.meaning_date):
        raise CliError("--informant, --meaning-lang and --meaning-date describe a --meaning; "
                       "give the meaning too")
    f["meanings"] = tuple(Meaning(t, _pick(args.meaning_lang, i, len(ms)),
                                  _pick(args.informant, i, len(ms)),
                                  _pick(args.meaning_date, i, len(ms)))
                          for i, t in enumerate(ms))
    contributors = []
    for c in args.contributor or ():
        name, sep, role = c.rpartition(":")
        if not sep:
            raise CliError(f"--contributor: expected NAME:ROLE, got {c!r}")
        contributors.append(Contributor(name, role.strip().lower()))
    f["contributors"] = tuple(contributors)
    f["subject"] = tuple(args.subject or ())
    if args.extent:
        try:
            w, h = (float(v) for v in args.extent.lower().replace("×", "x").split("x"))
        except ValueError:
            raise CliError(f"--extent: expected WIDTHxHEIGHT in cm, got {args.extent!r}") from None
        f["extent_cm"] = (w, h)
    if args.consent_by or args.consent_scope or args.consent_date:
        f["consent"] = (Consent(args.consent_by or "", args.consent_scope or "",
                                args.consent_date or "", args.attribution or ""),)
    elif args.attribution:
        raise CliError("--attribution needs --consent-by, --consent-scope and --consent-date")
    return f


def _cmd_add(args) -> int:
    from ..catalogue.ingest import add_project
    from .main import EXIT_OK, CliError
    if not os.path.exists(args.project):
        raise CliError(f"{args.project}: no such file")
    fields = _record_fields(args)   # validate before opening/creating the catalogue
    with _open(args) as cat:
        rid = add_project(cat, args.project, **fields)
        print(f"{rid}\t{cat.get(rid).record.title}")
    return EXIT_OK


def _cmd_search(args) -> int:
    from .main import EXIT_OK, CliError
    if args.limit < 1:
        raise CliError(f"--limit must be at least 1, got {args.limit}")
    similar = None
    if args.similar_to:
        from ..project.motif_file import load_motif
        if not os.path.exists(args.similar_to):
            raise CliError(f"{args.similar_to}: no such file")
        similar = load_motif(args.similar_to)[0].palette
    with _open(args, readonly=True) as cat:
        hits = cat.search(args.query, technique=args.technique, place=args.place,
                          colour=args.colour, colour_tolerance=args.tolerance,
                          similar_to=similar, limit=args.limit)
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
    else:
        for h in hits:
            extra = f"\tΔE {h.score:.1f}" if similar is not None else ""
            print(f"{h.id}\t{h.title}\t{h.technique}\t{h.place}{extra}")
    if not hits:
        print("no records found", file=sys.stderr)
    return EXIT_OK


def _cmd_show(args) -> int:
    from .main import EXIT_OK, CliError
    with _open(args, readonly=True) as cat:
        try:
            s = cat.get(args.id)
        except KeyError:
            raise CliError(f"no record {args.id} in {cat.path}") from None
    doc = {"id": s.id, "uid": s.uid, "added": s.added, "updated": s.updated,
           **s.record.to_dict(),
           "files": {r: f.__dict__ for r, f in s.files.items()},
           "colours": [h for h, _ in s.colours]}
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    for k, v in doc.items():
        if v in ("", None, [], {}, ()):
            continue
        if k == "names":
            v = "; ".join(f"{n['text']} ({n['language']}-{n['script']})" for n in v)
        elif k == "meanings":
            v = "; ".join(m["text"] + (f" — {m['informant']}" if m["informant"] else "")
                          + (f", {m['date']}" if m["date"] else "") for m in v)
        elif k == "contributors":
            v = "; ".join(f"{c['name']} ({c['role']})" for c in v)
        elif k == "consent":
            v = "; ".join(f"{c['given_by']}: {c['scope']}, {c['date']}" for c in v)
        elif k == "files":
            v = "; ".join(f"{r} {f['sha256'][:12]}… {f['size']} B" for r, f in v.items())
        elif isinstance(v, (list, tuple)):
            v = ", ".join(map(str, v))
        print(f"{k:<17} {v}")
    return EXIT_OK


def _cmd_verify(args) -> int:
    from .main import EXIT_ERROR, EXIT_OK
    with _open(args, readonly=True) as cat:
        rep = cat.verify()
    for p in rep.problems:
        print(f"{p.status}: record {p.record_id} ({p.title}) {p.role} file {p.path}")
    for msg in rep.database:
        print(f"database: {msg}")
    if rep.unreferenced:
        print(f"note: {len(rep.unreferenced)} stored files belong to no record (left by an "
              "interrupted add; harmless)", file=sys.stderr)
    if rep.ok:
        print(f"ok: {rep.checked} files checked", file=sys.stderr)
        return EXIT_OK
    print(f"{len(rep.problems)} of {rep.checked} files damaged or missing"
          + (", the database is damaged" if rep.database else ""), file=sys.stderr)
    return EXIT_ERROR


def run(args) -> int:
    return {"add": _cmd_add, "search": _cmd_search, "show": _cmd_show,
            "verify": _cmd_verify}[args.catalogue_command](args)
