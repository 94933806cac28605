"""Reliability: a killed writer leaves the catalogue consistent; readers read while a writer writes."""
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from catalogue_records import full_record
from motifstudio.catalogue import Catalogue

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="uses SIGKILL")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from catalogue_records import full_record, palette
    from motifstudio.catalogue import Catalogue
    cat = Catalogue(sys.argv[1])
    mode = sys.argv[2]
    if mode == "mid":
        # open a write transaction, write half a record, then wait to be killed
        with cat._transaction() as c:
            c.execute("INSERT INTO records (uid, title, added, updated) VALUES ('x', 'half', 't', 't')")
            c.execute("INSERT INTO names VALUES (last_insert_rowid(), 'ky', 'Cyrl', 'жарым')")
            print("mid", flush=True)
            import time; time.sleep(60)
    i = 0
    while True:
        cat.add(full_record(title=f"record {{i}}"), original=f"scan {{i}}".encode() * 500,
                project=b"PK" + bytes([i % 256]) * 2000, thumbnail=f"thumb {{i}}".encode(),
                palette=palette("#b01e28", "#f0e6c8", "#%06x" % (i * 7919 % 0xffffff)))
        i += 1
        if i == 20:
            print("ready", flush=True)
""")


def _start(tmp_path, mode):
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=os.path.dirname(os.path.dirname(__file__))))
    env = {**os.environ, "PYTHONPATH": ROOT}
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path / "c.sqlite"), mode],
                            stdout=subprocess.PIPE, env=env, text=True)
    line = proc.stdout.readline().strip()
    assert line in ("ready", "mid"), line
    return proc


def _check_consistent(path):
    with Catalogue(path) as cat:
        c = cat.conn
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        n = len(cat)
        # every record is whole: all its rows, files and index entry, or nothing
        for table, per in (("names", 5), ("meanings", 3), ("contributors", 2), ("consent", 1),
                           ("files", 3), ("colours", 3), ("palettes", 1)):
            assert c.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == per * n, table
        assert c.execute("SELECT count(*) FROM records_fts").fetchone()[0] == n
        assert c.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'кочкор'"
                         ).fetchone()[0] == n
        rep = cat.verify()
        assert rep.ok, rep.problems[:3]
        for rid in cat.ids():
            assert cat.get(rid).record == full_record(title=cat.get(rid).record.title)
        return n


def test_kill_during_a_batch_of_inserts_leaves_it_consistent(tmp_path):
    proc = _start(tmp_path, "batch")
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    n = _check_consistent(tmp_path / "c.sqlite")
    assert n >= 20
    with Catalogue(tmp_path / "c.sqlite") as cat:     # and it takes new records
        cat.add(full_record(title="after the crash"))
        assert len(cat) == n + 1


def test_kill_in_the_middle_of_a_record_leaves_none_of_it(tmp_path):
    proc = _start(tmp_path, "mid")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Catalogue(tmp_path / "c.sqlite") as cat:
        assert len(cat) == 0
        assert cat.conn.execute("SELECT count(*) FROM names").fetchone()[0] == 0
        assert cat.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_readers_keep_reading_while_a_writer_holds_the_lock(tmp_path):
    p = tmp_path / "c.sqlite"
    with Catalogue(p) as writer, Catalogue(p) as reader:
        writer.add(full_record(title="first"))
        with writer._transaction() as c:            # an uncommitted write in progress
            c.execute("INSERT INTO records (uid, title, added, updated) "
                      "VALUES ('u', 'pending', 't', 't')")
            t0 = time.perf_counter()
            assert [h.title for h in reader.search("кочкор")] == ["first"]
            assert len(reader) == 1 and reader.get(1).record.title == "first"
            assert time.perf_counter() - t0 < 1.0     # not waiting for the writer's lock
        assert len(reader) == 2


def test_readers_in_another_process_while_a_batch_writes(tmp_path):
    proc = _start(tmp_path, "batch")
    try:
        seen = []
        with Catalogue(tmp_path / "c.sqlite", readonly=True) as reader:
            deadline = time.time() + 1.5
            while time.time() < deadline:
                n = len(reader)
                hits = reader.search("бараний рог", technique="shyrdak", limit=100000)
                assert len(hits) >= n           # every record counted is searchable
                seen.append(n)
        assert seen == sorted(seen) and seen[-1] > seen[0]
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    _check_consistent(tmp_path / "c.sqlite")
