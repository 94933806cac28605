"""``motifstudio archive``: exchange the motif archive as BagIt bags, publish it as a web gallery."""
from __future__ import annotations

import argparse
import sys

DESCRIPTION = ("Exchange catalogue records as BagIt bags (originals byte for byte, .motif "
               "projects, thumbnails, JSON-LD, Dublin Core XML, an Omeka S CSV) and publish "
               "them as a static web gallery that works offline.")

EXAMPLES = """examples:
  motifstudio archive export-bag --catalogue arch/catalogue.sqlite --ids 1,2,3 -o bag-2026-11
  motifstudio archive export-bag --all -o whole-archive
  motifstudio archive import-bag bag-2026-11 --catalogue other/catalogue.sqlite
  motifstudio archive gallery --catalogue arch/catalogue.sqlite -o gallery"""


def add_parser(subparsers):
    p = subparsers.add_parser("archive", help="BagIt export/import and a static web gallery",
                              description=DESCRIPTION, epilog=EXAMPLES,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--catalogue", metavar="PATH",
                        help="the catalogue file (default: $MOTIFSTUDIO_CATALOGUE, else the "
                             "one in the data folder)")
    sub = p.add_subparsers(dest="archive_command", metavar="ACTION", required=True)

    e = sub.add_parser("export-bag", parents=[common], help="write records as one BagIt bag")
    which = e.add_mutually_exclusive_group(required=True)
    which.add_argument("--ids", metavar="1,2,3", help="record ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every record")
    e.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="the bag folder to create (must not exist, or be empty)")

    i = sub.add_parser("import-bag", parents=[common],
                       help="validate a bag and add its records (refuses a damaged bag)")
    i.add_argument("bag", metavar="DIR")

    g = sub.add_parser("gallery", parents=[common], help="write a static web gallery")
    g.add_argument("-o", "--output", required=True, metavar="DIR")
    g.add_argument("--ids", metavar="1,2,3", help="only these records (default: all)")
    g.add_argument("--title", default="Motif archive", help="the gallery's heading")
    return p


def _ids(text: str) -> list:
    from .main import CliError
    try:
        ids = [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError:
        raise CliError(f"--ids: expected record ids like 1,2,3, got {text!r}") from None
    if not ids:
        raise CliError("--ids: no record ids given")
    return ids


def _cmd_export(args) -> int:
    from ..catalogue.exchange import export_bag
    from .catalogue_cmd import _open
    from .main import EXIT_OK, CliError
    with _open(args, readonly=True) as cat:
        ids = cat.ids() if args.all else _ids(args.ids)
        if not ids:
            raise CliError("the catalogue has no records to export")
        report = export_bag(cat, ids, args.output)
    print(f"{report.path}: {report.records} record(s), {report.files} file(s)")
    return EXIT_OK


def _cmd_import(args) -> int:
    from ..catalogue.exchange import BagDamaged, import_bag
    from .catalogue_cmd import _open
    from .main import EXIT_ERROR, EXIT_OK
    with _open(args) as cat:
        try:
            report = import_bag(cat, args.bag)
        except BagDamaged as exc:
            # one line for the error, then one line per failing file
            print(f"motifstudio: error: {exc.bag_dir} is damaged, nothing was imported "
                  f"({len(exc.problems)} problem(s)):", file=sys.stderr)
            for path, what in exc.problems:
                print(f"  {path}: {what}" if path else f"  {what}", file=sys.stderr)
            return EXIT_ERROR
    for uid, rid in report.added:
        print(f"{rid}\tadded\turn:uuid:{uid}")
    for uid, rid, why in report.skipped:
        print(f"{rid}\tskipped\turn:uuid:{uid}\t{why}")
    return EXIT_OK


def _cmd_gallery(args) -> int:
    from ..catalogue.exchange import write_gallery
    from .catalogue_cmd import _open
    from .main import EXIT_OK
    with _open(args, readonly=True) as cat:
        report = write_gallery(cat, args.output, _ids(args.ids) if args.ids else None,
                               title=args.title)
    print(f"{report.path / 'index.html'}: {report.records} record(s)")
    return EXIT_OK


def run(args) -> int:
    return {"export-bag": _cmd_export, "import-bag": _cmd_import,
            "gallery": _cmd_gallery}[args.archive_command](args)
