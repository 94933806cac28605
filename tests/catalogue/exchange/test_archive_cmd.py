"""``motifstudio archive export-bag / import-bag / gallery`` end to end, with one-line errors."""
import pytest

from motifstudio.catalogue import Catalogue
from motifstudio.cli.main import main


def test_export_import_gallery(archive_path, tmp_path, capsys):
    c = ["--catalogue", str(archive_path)]
    assert main(["archive", "export-bag", *c, "--ids", "1,3", "-o", str(tmp_path / "bag")]) == 0
    assert "2 record(s)" in capsys.readouterr().out
    assert main(["archive", "export-bag", *c, "--all", "-o", str(tmp_path / "all")]) == 0
    capsys.readouterr()

    new = tmp_path / "new" / "catalogue.sqlite"
    assert main(["archive", "import-bag", str(tmp_path / "bag"), "--catalogue", str(new)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [ln.split("\t")[:2] for ln in out] == [["1", "added"], ["2", "added"]]
    # the whole archive next: the two already there are skipped, the third added
    assert main(["archive", "import-bag", str(tmp_path / "all"), "--catalogue", str(new)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sorted(ln.split("\t")[1] for ln in out) == ["added", "skipped", "skipped"]
    with Catalogue(archive_path, readonly=True) as a, Catalogue(new, readonly=True) as b:
        assert sorted(b.get(i).uid for i in b.ids()) == sorted(a.get(i).uid for i in a.ids())
        for i in b.ids():
            s = b.get(i)
            j = next(k for k in a.ids() if a.get(k).uid == s.uid)
            assert s.record == a.get(j).record
            assert b.file_bytes(i, "original") == a.file_bytes(j, "original")

    assert main(["archive", "gallery", "--catalogue", str(new), "-o", str(tmp_path / "g")]) == 0
    assert "3 record(s)" in capsys.readouterr().out
    assert (tmp_path / "g" / "index.html").is_file()
    assert len(list((tmp_path / "g" / "records").glob("record-*.html"))) == 3


def test_damaged_bag_reports_every_file_and_imports_nothing(archive_path, tmp_path, capsys):
    bag = tmp_path / "bag"
    assert main(["archive", "export-bag", "--catalogue", str(archive_path), "--all",
                 "-o", str(bag)]) == 0
    thumbs = sorted(bag.glob("data/records/*/thumbnail.png"))
    data = bytearray(thumbs[0].read_bytes())
    data[10] ^= 0xFF
    thumbs[0].write_bytes(bytes(data))
    thumbs[1].unlink()
    capsys.readouterr()
    new = tmp_path / "new" / "catalogue.sqlite"
    assert main(["archive", "import-bag", str(bag), "--catalogue", str(new)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("motifstudio: error: ") and "nothing was imported" in err[0]
    listed = "\n".join(err[1:])
    for t in thumbs:
        assert t.relative_to(bag).as_posix() in listed
    with Catalogue(new, readonly=True) as cat:
        assert len(cat) == 0


@pytest.mark.parametrize("argv, message", [
    (["export-bag", "--ids", "1,x", "-o", "OUT"], "--ids: expected record ids"),
    (["export-bag", "--ids", "7", "-o", "OUT"], "there is no record 7"),
    (["gallery", "--ids", "9", "-o", "OUT"], "there is no record 9"),
])
def test_one_line_errors(archive_path, tmp_path, capsys, argv, message):
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in argv]
    assert main(["archive", *argv, "--catalogue", str(archive_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("motifstudio: error: ") and message in err


def test_missing_catalogue_and_existing_output(archive_path, tmp_path, capsys):
    assert main(["archive", "export-bag", "--catalogue", str(tmp_path / "none.sqlite"),
                 "--all", "-o", str(tmp_path / "b")]) == 1
    assert "no catalogue there" in capsys.readouterr().err
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "f").write_text("x")
    assert main(["archive", "export-bag", "--catalogue", str(archive_path), "--all",
                 "-o", str(tmp_path / "full")]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert main(["archive", "import-bag", str(tmp_path / "nothing"),
                 "--catalogue", str(tmp_path / "c.sqlite")]) == 1
    assert "no such folder" in capsys.readouterr().err
