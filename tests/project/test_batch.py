"""The batch engine: discovery, outputs that re-load, per-file failures, the manifest,
resuming, equal results with 1 and 2 workers, cancelling, other executors."""
from __future__ import annotations

import concurrent.futures as cf
import json
import os

import pytest

from batch_images import draw_motif, make_scan_folder
from motifstudio.core.progress import CancelToken
from motifstudio.imaging.params import Recipe
from motifstudio.imaging.presets import apply_preset
from motifstudio.project.batch import (FAILED, MANIFEST_NAME, OK, SKIPPED, Manifest,
                                       digitise_file, find_images, output_name,
                                       recipe_fingerprint, run_batch, sha256_file)
from motifstudio.project.motif_file import load_motif

RECIPE = apply_preset("shyrdak-2")


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One two-worker batch over the standard folder, shared by the read-only checks."""
    root = tmp_path_factory.mktemp("batch")
    scans, out = root / "scans", root / "out"
    expected = make_scan_folder(scans)
    progress = []
    seen = []
    summary = run_batch(scans, out, RECIPE, workers=2, progress=lambda f, m: progress.append(f),
                        on_result=seen.append)
    return scans, out, expected, summary, progress, seen


def _records(out):
    with open(os.path.join(out, MANIFEST_NAME), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _file_records(out):
    return [r for r in _records(out) if "input" in r]


def test_find_images_is_recursive_case_insensitive_and_ignores_other_files(tmp_path):
    make_scan_folder(tmp_path)
    (tmp_path / "out").mkdir()
    draw_motif(1).save(tmp_path / "out" / "inside-output.png")
    assert find_images(tmp_path, exclude=tmp_path / "out") == [
        "a.png", "b.JPG", "e.webp", "sub/broken.png", "sub/c.tif", "sub/deeper/d.bmp"]
    with pytest.raises(ValueError, match="not a folder"):
        find_images(tmp_path / "missing")


def test_outputs_exist_reload_and_keep_the_original(first_run):
    scans, out, expected, summary, _, _ = first_run
    assert {r.input: r.status for r in summary.results} == expected
    assert summary.n_ok == 5 and summary.n_failed == 1 and not summary.cancelled
    for rel, status in expected.items():
        dest = out / output_name(rel)
        if status == FAILED:
            assert not dest.exists()
            continue
        motif, original = load_motif(dest)
        assert original == (scans / rel).read_bytes()      # untouched bytes inside
        assert motif.source.sha256 == sha256_file(scans / rel)
        assert motif.planar_map.n_faces >= 2
        assert len(motif.palette) == 2                     # the preset's two colours
        assert motif.recipe["preset"] == "shyrdak-2"
    # nothing else was written: no temp files, no outputs for ignored files
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted([MANIFEST_NAME] + [output_name(r) for r, s in expected.items()
                                                if s == OK])


def test_a_corrupt_file_is_reported_by_message_and_the_rest_succeed(first_run):
    _, out, _, summary, _, seen = first_run
    (bad,) = summary.failed
    assert bad.input == "sub/broken.png"
    assert "broken.png" in bad.error and "damaged" in bad.error
    assert "Traceback" not in bad.error and "\n" not in bad.error
    rec = [r for r in _file_records(out) if r["input"] == "sub/broken.png"][0]
    assert rec["status"] == FAILED and rec["error"] == bad.error and rec["output"] is None
    assert {r.input for r in seen} == {r.input for r in summary.results}  # parent callback


def test_manifest_records_every_file(first_run):
    scans, out, expected, _, progress, _ = first_run
    records = _records(out)
    assert records[0]["recipe"] == recipe_fingerprint(RECIPE)
    assert Recipe.from_dict(records[0]["recipe_params"]) == RECIPE.validated()
    files = _file_records(out)
    assert sorted(r["input"] for r in files) == sorted(expected)
    for r in files:
        assert set(r) == {"input", "sha256", "status", "output", "seconds", "error", "recipe",
                          "time", "cpu_seconds"}
        assert r["sha256"] == sha256_file(scans / r["input"])
        assert r["recipe"] == recipe_fingerprint(RECIPE)
        assert r["seconds"] >= 0
        if r["status"] == OK:
            assert r["output"] == output_name(r["input"]) and r["error"] is None
    assert progress == sorted(progress) and progress[-1] == 1.0


def test_rerun_skips_what_is_done_and_redoes_changed_inputs(tmp_path):
    scans, out = tmp_path / "scans", tmp_path / "out"
    make_scan_folder(scans)
    run_batch(scans, out, RECIPE, workers=1)
    stamp = {p: p.stat().st_mtime_ns for p in out.rglob("*.motif")}

    again = run_batch(scans, out, RECIPE, workers=1)
    status = {r.input: r.status for r in again.results}
    assert status == {"a.png": SKIPPED, "b.JPG": SKIPPED, "e.webp": SKIPPED,
                      "sub/c.tif": SKIPPED, "sub/deeper/d.bmp": SKIPPED,
                      "sub/broken.png": FAILED}            # failures are retried
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.motif")} == stamp

    draw_motif(3, (140, 90)).save(scans / "a.png")            # changed input
    (out / output_name("sub/c.tif")).unlink()                  # lost output
    (scans / "new.png").write_bytes((scans / "a.png").read_bytes())  # new file
    third = run_batch(scans, out, RECIPE, workers=1)
    status = {r.input: r.status for r in third.results}
    assert status["a.png"] == OK and status["sub/c.tif"] == OK and status["new.png"] == OK
    assert status["b.JPG"] == SKIPPED and status["e.webp"] == SKIPPED
    motif, original = load_motif(out / "a.png.motif")
    assert original == (scans / "a.png").read_bytes()

    other = run_batch(scans, out, RECIPE.replace_stage("segment", n_colors=3), workers=1)
    assert other.n_skipped == 0 and other.n_ok == 6             # another recipe: all again
    assert len(load_motif(out / "b.JPG.motif")[0].palette) == 3


def test_a_torn_last_manifest_line_is_ignored(tmp_path):
    scans, out = tmp_path / "scans", tmp_path / "out"
    make_scan_folder(scans, corrupt=False)
    run_batch(scans, out, RECIPE, workers=1)
    with open(out / MANIFEST_NAME, "a", encoding="utf-8") as fh:
        fh.write('{"input": "a.png", "sha256": "dead')       # killed mid-write
    again = run_batch(scans, out, RECIPE, workers=1)
    assert again.n_skipped == 5
    assert Manifest(out / MANIFEST_NAME).latest()["a.png"]["status"] == SKIPPED


def test_two_workers_give_the_same_outputs_as_one(tmp_path, first_run):
    scans, out2, expected, _, _, _ = first_run
    out1 = tmp_path / "one"
    one = run_batch(scans, out1, RECIPE, workers=1)
    assert {r.input: r.status for r in one.results} == expected
    for rel, status in expected.items():
        if status != OK:
            continue
        m1, _ = load_motif(out1 / output_name(rel))
        m2, _ = load_motif(out2 / output_name(rel))
        assert m1.planar_map.to_json() == m2.planar_map.to_json()
        assert m1.palette == m2.palette and m1.size_mm == m2.size_mm


def test_cancel_stops_early_and_leaves_only_complete_projects(tmp_path):
    scans, out = tmp_path / "scans", tmp_path / "out"
    make_scan_folder(scans, corrupt=False, extra=6)
    token = CancelToken()
    summary = run_batch(scans, out, RECIPE, workers=1, cancel=token,
                        on_result=lambda r: token.cancel())
    assert summary.cancelled and summary.pending
    assert len(summary.results) + len(summary.pending) == 11
    for p in out.rglob("*"):
        if p.is_file() and p.name != MANIFEST_NAME:
            assert p.suffix == ".motif"
            load_motif(p)
    rest = run_batch(scans, out, RECIPE, workers=1)
    assert not rest.cancelled and rest.n_failed == 0
    assert rest.n_skipped == sum(r.status == OK for r in summary.results)
    assert rest.n_ok + rest.n_skipped == 11


def test_any_executor_can_run_the_files(tmp_path):
    scans, out = tmp_path / "scans", tmp_path / "out"
    expected = make_scan_folder(scans)
    with cf.ThreadPoolExecutor(2) as pool:
        summary = run_batch(scans, out, RECIPE, executor=pool)
    assert {r.input: r.status for r in summary.results} == expected


def test_the_worker_never_raises(tmp_path):
    res = digitise_file(str(tmp_path / "missing.png"), str(tmp_path / "m.motif"),
                        RECIPE.to_dict(), "missing.png", "x")
    assert res["status"] == FAILED and "missing.png" in res["error"] and res["sha256"] is None
    assert not (tmp_path / "m.motif").exists()


def test_bad_arguments(tmp_path):
    make_scan_folder(tmp_path, corrupt=False)
    with pytest.raises(ValueError, match="workers"):
        run_batch(tmp_path, tmp_path / "out", RECIPE, workers=0)
    with pytest.raises(ValueError, match="not a folder"):
        run_batch(tmp_path / "nope", tmp_path / "out", RECIPE)


def test_outputs_unknown_to_the_manifest_are_adopted_only_if_they_match(tmp_path):
    # a batch killed between a worker's save and the parent's manifest line
    scans, out = tmp_path / "scans", tmp_path / "out"
    make_scan_folder(scans, corrupt=False)
    run_batch(scans, out, RECIPE, workers=1)
    (out / MANIFEST_NAME).unlink()
    damaged = out / "e.webp.motif"
    damaged.write_bytes(damaged.read_bytes()[:200])
    draw_motif(4, (100, 100)).save(scans / "a.png")           # changed since
    again = run_batch(scans, out, RECIPE, workers=1)
    status = {r.input: r.status for r in again.results}
    assert status == {"a.png": OK, "b.JPG": SKIPPED, "e.webp": OK, "sub/c.tif": SKIPPED,
                      "sub/deeper/d.bmp": SKIPPED}
    load_motif(damaged)
    other = run_batch(scans, out, RECIPE.replace_stage("trace", tolerance=0.5), workers=1)
    assert other.n_skipped == 0


def test_spawned_workers_share_the_cores_and_the_environment_is_restored(monkeypatch):
    from motifstudio.project.batch import _worker_thread_limits

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")                 # the user's choice is kept
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    with _worker_thread_limits(2):
        assert os.environ["OPENBLAS_NUM_THREADS"] == "2"
        assert os.environ["OMP_NUM_THREADS"] == "3"
    assert "OPENBLAS_NUM_THREADS" not in os.environ and os.environ["OMP_NUM_THREADS"] == "3"
    with _worker_thread_limits(8):
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
