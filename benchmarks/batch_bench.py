#!/usr/bin/env python3
"""Batch digitisation throughput with 1 and with 2 worker processes (issue 6 target: >= 1.7x).

COPIES copies of the sample photos (resources/samples/*.jpg, renamed) are
digitised with ``run_batch`` and the ``photo-auto`` preset, once with one
worker and once with two, in the same run, each into a fresh output folder,
timed end to end (wall clock, including starting the worker processes).
Throughput is files per second.  The per-file seconds the manifest records
are summed too: their total should stay about the same with two workers
(the same work, spread), unless the machine is busy.  The load average is
recorded before and after, and the workers' CPU seconds: per-file wall time
above CPU time is time a worker waited for a core.  The machine is shared,
so other work inflates the 2-worker time most (it needs both cores).  Writes
``benchmarks/batch_results.md``.

Two series are run.  In the first, ``run_batch``'s default policy gives
each spawned worker an equal share of the cores for its numeric libraries'
threads (two with one worker on two cores, one each with two workers).  In
the second, ``OPENBLAS_NUM_THREADS`` and friends are set to 1 (``run_batch``
keeps what the user set), so every worker is single-threaded: the speed-up
of the batch itself, without the single worker's help from a second BLAS
thread.

Usage: ``.venv/bin/python benchmarks/batch_bench.py [COPIES] [--repeat N]``
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PRESET = "photo-auto"


def _make_inputs(folder: Path, copies: int) -> list[Path]:
    samples = sorted((ROOT / "resources" / "samples").glob("*.jpg"))
    made = []
    for i in range(copies):
        src = samples[i % len(samples)]
        dest = folder / f"scan_{i:02d}_{src.name}"
        shutil.copyfile(src, dest)
        made.append(dest)
    return made


def _run(scans: Path, out: Path, workers: int) -> dict:
    from motifstudio.imaging.presets import apply_preset
    from motifstudio.project.batch import MANIFEST_NAME, run_batch

    t0 = time.perf_counter()
    summary = run_batch(scans, out, apply_preset(PRESET), workers=workers)
    wall = time.perf_counter() - t0
    assert summary.n_failed == 0 and summary.n_skipped == 0, summary.failed
    per_file, cpu = [], []
    with open(out / MANIFEST_NAME, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "input" in rec:
                per_file.append(rec["seconds"])
                cpu.append(rec["cpu_seconds"])
    return {"workers": workers, "files": summary.n_ok, "wall": wall,
            "throughput": summary.n_ok / wall, "sum_file_s": sum(per_file),
            "sum_cpu_s": sum(cpu)}


_BLAS_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _series(scans: Path, tmp: Path, repeat: int, blas1: bool) -> list:
    saved = {v: os.environ.get(v) for v in _BLAS_VARS}
    if blas1:
        os.environ.update({v: "1" for v in _BLAS_VARS})
    try:
        rows = []
        for r in range(repeat):
            for workers in (1, 2):
                res = _run(scans, tmp / f"out{workers}_{r}_{int(blas1)}", workers)
                res["load"] = os.getloadavg()[0]
                rows.append(res)
                print(f"{'blas1 ' if blas1 else ''}{workers} worker(s): {res['files']} files in "
                      f"{res['wall']:.1f} s = {res['throughput']:.3f} files/s (sum of per-file "
                      f"times {res['sum_file_s']:.1f} s, CPU {res['sum_cpu_s']:.1f} s, load "
                      f"{res['load']:.2f})", flush=True)
        return rows
    finally:
        for v, old in saved.items():
            if old is None:
                os.environ.pop(v, None)
            else:
                os.environ[v] = old


def _table(rows: list, title: str) -> tuple:
    best = {w: max((r for r in rows if r["workers"] == w), key=lambda r: r["throughput"])
            for w in (1, 2)}
    speedup = best[2]["throughput"] / best[1]["throughput"]
    pairs = [b["throughput"] / a["throughput"] for a, b in zip(rows[::2], rows[1::2])]
    verdict = "meets" if speedup >= 1.7 else "misses"
    lines = [f"## {title}", "",
             "| workers | files | wall s | files/s | sum of per-file s | sum of per-file CPU s "
             "| load (1 min) after |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['workers']} | {r['files']} | {r['wall']:.1f} | "
                     f"{r['throughput']:.3f} | {r['sum_file_s']:.1f} | {r['sum_cpu_s']:.1f} | "
                     f"{r['load']:.2f} |")
    lines += ["", f"**Speed-up from 1 to 2 workers: {speedup:.2f}×** (best run of each; run by "
              f"run {', '.join(f'{p:.2f}×' for p in pairs)}) — {verdict} the target of ≥ 1.7×.",
              ""]
    print(f"{title}: speed-up {speedup:.2f}x ({verdict} 1.7x); per pair "
          f"{', '.join(f'{p:.2f}' for p in pairs)}")
    return lines, speedup


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    repeat = 1
    if "--repeat" in argv:
        i = argv.index("--repeat")
        repeat = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    copies = int(argv[0]) if argv else 12
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        scans = Path(tmp) / "scans"
        scans.mkdir()
        _make_inputs(scans, copies)
        default_rows = _series(scans, Path(tmp), repeat, blas1=False)
        blas1_rows = _series(scans, Path(tmp), repeat, blas1=True)
    load_after = os.getloadavg()

    lines = [
        "# Batch digitisation benchmark",
        "",
        f"`benchmarks/batch_bench.py {copies}{f' --repeat {repeat}' if repeat > 1 else ''}`: "
        f"{copies} copies of `resources/samples/*.jpg` digitised with `run_batch` and the "
        f"`{PRESET}` preset into `.motif` projects, with 1 and with 2 worker processes "
        "(spawned), wall clock end to end including process start-up; 1 and 2 workers "
        "alternate.",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} logical CPUs, Python "
        f"{platform.python_version()}. Load average (1, 5, 15 min) before "
        f"{', '.join(f'{v:.2f}' for v in load_before)}, after "
        f"{', '.join(f'{v:.2f}' for v in load_after)} (the benchmark's own two workers "
        "count towards it).",
        "",
    ]
    lines += _table(default_rows, "Default thread policy (a worker's BLAS gets cores / "
                                  "workers threads)")[0]
    lines += _table(blas1_rows, "Every worker single-threaded (OPENBLAS_NUM_THREADS=1, ...)")[0]
    (ROOT / "benchmarks" / "batch_results.md").write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
