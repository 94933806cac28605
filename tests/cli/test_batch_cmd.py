"""``motifstudio batch``: exit codes, messages, flags, and being killed mid-batch."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_images import make_scan_folder
from motifstudio.cli.main import main
from motifstudio.project.batch import MANIFEST_NAME, output_name
from motifstudio.project.motif_file import load_motif

ROOT = Path(__file__).resolve().parents[2]


def test_batch_reports_failures_and_exits_1(tmp_path, capsys):
    scans, out = tmp_path / "scans", tmp_path / "out"
    expected = make_scan_folder(scans)
    rc = main(["batch", str(scans), "--out", str(out), "--preset", "shyrdak-2",
               "--workers", "2"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "batch: sub/broken.png: failed:" in err and "Traceback" not in err
    assert "6 file(s): 5 digitised, 0 already done, 1 failed" in err
    for rel, status in expected.items():
        assert (out / output_name(rel)).exists() == (status == "ok")
    assert (out / MANIFEST_NAME).exists()


def test_all_good_exits_0_and_a_rerun_skips_everything(tmp_path, capsys):
    scans, out = tmp_path / "scans", tmp_path / "out"
    make_scan_folder(scans, corrupt=False)
    assert main(["batch", str(scans), "--out", str(out), "--width-mm", "250",
                 "--workers", "1"]) == 0
    assert "5 digitised, 0 already done, 0 failed" in capsys.readouterr().err
    motif, _ = load_motif(out / "sub" / "c.tif.motif")
    assert motif.size_mm[0] == pytest.approx(250.0)
    assert main(["batch", str(scans), "--out", str(out), "--width-mm", "250", "-q"]) == 0
    assert capsys.readouterr().err == ""                       # quiet: nothing to say
    assert main(["batch", str(scans), "--out", str(out), "--width-mm", "250"]) == 0
    assert "0 digitised, 5 already done, 0 failed" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["--workers", "0"], "--workers must be at least 1"),
    (["--tolerance", "-1"], "--tolerance must be at least"),
])
def test_bad_flags(tmp_path, capsys, argv, message):
    make_scan_folder(tmp_path / "s", corrupt=False)
    assert main(["batch", str(tmp_path / "s"), "--out", str(tmp_path / "o"), *argv]) == 1
    assert message in capsys.readouterr().err


def test_missing_folder(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 1
    assert "no such folder" in capsys.readouterr().err


# ------------------------------------------------------------------ killed mid-batch
def _start(scans, out, workers=1):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "motifstudio.cli.main", "batch", str(scans), "--out", str(out),
         "--workers", str(workers), "-q"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)  # its own process group, so the test can clean up after it


def _wait_for_first_output(proc, out, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if list(out.rglob("*.motif")):
            return
        if proc.poll() is not None:
            pytest.fail(f"the batch ended early: {proc.stderr.read().decode()}")
        time.sleep(0.02)
    pytest.fail("no output appeared")


def _group_alive(pgid) -> bool:
    """Whether any non-zombie process is left in the process group (Linux /proc)."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _wait_group_gone(pgid, timeout=30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _group_alive(pgid):
            return True
        time.sleep(0.1)
    return False


def _check_only_complete_projects(scans, out):
    for p in out.rglob("*"):
        if p.is_file() and p.name != MANIFEST_NAME:
            assert p.suffix == ".motif", f"left behind: {p}"
            motif, original = load_motif(p)               # complete and consistent
            rel = str(p.relative_to(out))[: -len(".motif")]
            assert original == (scans / rel).read_bytes()


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs Linux /proc")
@pytest.mark.parametrize("how", ["sigkill", "terminate", "ctrl-c"])
def test_killed_mid_batch_leaves_complete_projects_and_a_rerun_finishes(tmp_path, how):
    scans, out = tmp_path / "scans", tmp_path / "out"
    expected = make_scan_folder(scans, corrupt=False, extra=10, size=(260, 220))
    proc = _start(scans, out, workers=2)
    pgid = proc.pid
    try:
        _wait_for_first_output(proc, out)
        if how == "sigkill":
            os.kill(proc.pid, signal.SIGKILL)   # the parent only: its workers must notice
        elif how == "ctrl-c":
            os.killpg(pgid, signal.SIGINT)      # as a terminal sends it: to the whole group
        else:
            proc.terminate()                    # SIGTERM: a clean cancel
        rc = proc.wait(timeout=60)
        assert _wait_group_gone(pgid), "worker processes outlived the batch"
    finally:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.stdout.close()
        proc.stderr.close()
    if how != "sigkill":
        assert rc == 130
    done = list(out.rglob("*.motif"))
    assert 1 <= len(done) < len(expected), "the kill should land mid-batch"
    _check_only_complete_projects(scans, out)

    assert main(["batch", str(scans), "--out", str(out), "-q", "--workers", "2"]) == 0
    _check_only_complete_projects(scans, out)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.motif")) == sorted(
        output_name(r) for r in expected)
    last = {}
    with open(out / MANIFEST_NAME, encoding="utf-8") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if "input" in rec:
                last[rec["input"]] = rec["status"]
    assert set(last.values()) <= {"ok", "skipped"} and len(last) == len(expected)
    assert "skipped" in last.values()          # what the killed run finished was kept


# ------------------------------------------------------------------ Dask
def test_dask_runs_the_same_batch_on_a_local_cluster(tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    scans, out, local = tmp_path / "scans", tmp_path / "out", tmp_path / "local"
    expected = make_scan_folder(scans)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        argv = ["batch", str(scans), "--out", str(out), "--preset", "shyrdak-2",
                "--dask", cluster.scheduler_address]
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "5 digitised, 0 already done, 1 failed" in err
        assert "sub/broken.png: failed:" in err
        assert main(argv) == 1                                   # resumable there too
        assert "0 digitised, 5 already done, 1 failed" in capsys.readouterr().err
    assert main(["batch", str(scans), "--out", str(local), "--preset", "shyrdak-2",
                 "-q", "--workers", "1"]) == 1
    for rel, status in expected.items():
        if status != "ok":
            assert not (out / output_name(rel)).exists()
            continue
        remote, original = load_motif(out / output_name(rel))
        assert original == (scans / rel).read_bytes()
        assert remote.planar_map.to_json() == load_motif(local / output_name(rel))[0] \
            .planar_map.to_json()


def test_dask_address_unreachable_is_a_clean_error(tmp_path, capsys):
    pytest.importorskip("distributed")
    import dask

    make_scan_folder(tmp_path / "s", corrupt=False)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        rc = main(["batch", str(tmp_path / "s"), "--out", str(tmp_path / "o"),
                   "--dask", "tcp://127.0.0.1:1"])
    err = capsys.readouterr().err
    assert rc == 1 and "Timed out trying to connect" in err and "Traceback" not in err


# ------------------------------------------------------------------ catalogue
def test_catalogue_gets_each_original_once_even_across_reruns(tmp_path, capsys):
    from motifstudio.catalogue import Catalogue
    from motifstudio.catalogue.exchange.lookup import record_with_original
    from motifstudio.project.batch import sha256_file

    scans, out, db = tmp_path / "scans", tmp_path / "out", tmp_path / "cat" / "c.sqlite"
    expected = make_scan_folder(scans)
    good = [r for r, s in expected.items() if s == "ok"]
    # a first run without the catalogue stands for one killed before it catalogued anything
    assert main(["batch", str(scans), "--out", str(out), "-q", "--workers", "2"]) == 1
    (out / output_name(good[0])).unlink()                  # and one file still to do
    capsys.readouterr()
    argv = ["batch", str(scans), "--out", str(out), "--catalogue", str(db), "--workers", "2"]
    assert main(argv) == 1                                 # the corrupt file still fails
    err = capsys.readouterr().err
    assert "1 digitised, 4 already done, 1 failed; catalogue: 5 added, 0 already there" in err
    with Catalogue(db, readonly=True) as cat:
        assert len(cat) == 5
        for rel in good:
            rid = record_with_original(cat, sha256_file(scans / rel))
            assert rid is not None
            assert cat.file_bytes(rid, "original") == (scans / rel).read_bytes()
            assert cat.file_bytes(rid, "project") == (out / output_name(rel)).read_bytes()
    assert main(argv) == 1
    assert "catalogue: 0 added, 5 already there" in capsys.readouterr().err
    with Catalogue(db, readonly=True) as cat:
        assert len(cat) == 5
        assert cat.verify().ok
