#!/usr/bin/env python3
"""`make bench`: run the shared tracing benchmark with motifstudio beside potrace and vtracer,
then check the issue's targets and write benchmarks/results.md.

The shared harness (../shared/bench) is read-only: images and raw results go
to a work folder.  All tools run in the same invocation, so the comparisons
are measured on the same machine at the same time.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOOLS = ["potrace", "vtracer-cutout", "motifstudio"]


def ensure_system_tools() -> None:
    missing = [b for b in ("potrace", "rsvg-convert") if shutil.which(b) is None]
    if not os.path.exists("/usr/bin/time"):
        missing.append("time")
    if not missing:
        return
    pkgs = {"potrace": "potrace", "rsvg-convert": "librsvg2-bin", "time": "time"}
    names = sorted({pkgs[m] for m in missing})
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"installing {' '.join(names)} for the benchmark", file=sys.stderr)
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", *names], check=True)
    else:
        sys.exit(f"the benchmark needs: sudo apt-get install {' '.join(names)}")


def retrace_timing(images_dir: str, repeats: int = 7) -> dict:
    """Re-trace a ~1 MP preview after a parameter change, in process (what the GUI does)."""
    from motifstudio.imaging.pipeline import digitise, retrace
    from motifstudio.imaging.presets import apply_preset

    path = os.path.join(images_dir, "ramshorn_photo.png")
    recipe = apply_preset("photo-auto").replace_stage("segment", n_colors=2)
    first = digitise(path, recipe)
    out = {}
    for label, stage, key, values in (
            ("trace tolerance", "trace", "tolerance", (0.6, 1.0)),
            ("corner angle", "trace", "corner_threshold", (50.0, 70.0)),
            ("smallest region", "segment", "min_area", (30.0, 60.0))):
        times = []
        for i in range(repeats):
            r = recipe.replace_stage(stage, **{key: values[i % 2]})
            t0 = time.perf_counter()
            retrace(first, r, preview=True)
            times.append(time.perf_counter() - t0)
        out[label] = statistics.median(times)
    h, w = first.cleaned.image.shape[:2]
    out["working_px"] = f"{w}x{h}"
    return out


def check_targets(results: list, retrace: dict) -> list[tuple[str, str, str, bool]]:
    by = {}
    for r in results:
        by.setdefault(r["tool"], {})[r["image"]] = r
    ms, vt, po = by.get("motifstudio", {}), by.get("vtracer-cutout", {}), by.get("potrace", {})
    rows = []

    def ok(r):
        return r.get("status") == "ok"

    gaps = [(n, r.get("gap") or 0.0, r.get("ovl") or 0.0, r["width"] * r["height"])
            for n, r in ms.items() if ok(r)]
    bad = [(n, g, o, px) for n, g, o, px in gaps if g or o]
    worst_g = max((g for _, g, _, _ in gaps), default=0.0)
    worst_o = max((o for _, _, o, _ in gaps), default=0.0)
    detail = "; ".join(f"{n} {round(g * px)}+{round(o * px)} px" for n, g, o, px in bad)
    rows.append(("gap% = 0 and overlap% = 0 on every image",
                 f"max gap {100 * worst_g:.4f} %, max overlap {100 * worst_o:.4f} %; "
                 f"{len(gaps) - len(bad)}/{len(ms)} images exactly 0"
                 + (f" (gap+overlap pixels: {detail})" if bad else ""),
                 "0", not bad and len(gaps) == len(ms)))

    def miou(tool, photo):
        vals = [r["k"]["miou"] for n, r in tool.items() if ok(r) and n.endswith("_photo") == photo
                and n != "logo" and r.get("k")]
        return statistics.mean(vals) * 100 if vals else float("nan")
    m_ph, v_ph = miou(ms, True), miou(vt, True)
    rows.append(("mean mIoU on photos ≥ vtracer-cutout + 1", f"{m_ph:.2f} vs {v_ph:.2f}",
                 f"≥ {v_ph + 1:.2f}", m_ph >= v_ph + 1))
    clean = [(n, r["k"]["miou"] * 100) for n, r in ms.items() if ok(r) and not n.endswith("_photo")
             and n != "logo" and r.get("k")]
    low = [f"{n} {v:.2f}" for n, v in clean if v < 99]
    rows.append(("mIoU on clean images ≥ 99", ", ".join(f"{n} {v:.2f}" for n, v in clean),
                 "≥ 99 each", not low))
    seg_ms = sum(r.get("n_segments", 0) for r in ms.values() if ok(r))
    seg_vt = sum(r.get("n_segments", 0) for r in vt.values() if ok(r))
    rows.append(("total segments ≤ 20% of vtracer-cutout", f"{seg_ms} vs {seg_vt} "
                 f"({100 * seg_ms / max(seg_vt, 1):.1f}%)", "≤ 20%", seg_ms <= 0.2 * seg_vt))
    two = [n for n, r in ms.items() if not n.endswith("_photo") and r.get("n_colors") == 2 and ok(r)
           and n in po and ok(po[n])]
    ratios = [(n, ms[n]["n_segments"] / max(po[n]["n_segments"], 1)) for n in two]
    rows.append(("clean two-colour images: segments ≤ 1.5× potrace",
                 ", ".join(f"{n} {x:.2f}×" for n, x in ratios), "≤ 1.5× each",
                 bool(ratios) and all(x <= 1.5 for _, x in ratios)))
    big = "panel_photo"
    if big in ms and big in vt and ok(ms[big]) and ok(vt[big]):
        a, b = ms[big]["wall_s"], vt[big]["wall_s"]
        rows.append(("12 MP photo wall time ≤ 25% of vtracer-cutout", f"{a:.1f} s vs {b:.1f} s "
                     f"({100 * a / b:.0f}%)", "≤ 25%", a <= 0.25 * b))
        rss = ms[big].get("rss_core_mb") or 0
        rows.append(("12 MP photo peak memory ≤ 600 MB", f"{rss:.0f} MB", "≤ 600 MB", rss <= 600))
    for label in ("trace tolerance", "corner angle", "smallest region"):
        if label in retrace:
            v = retrace[label] * 1000
            rows.append((f"re-trace {retrace['working_px']} preview after a {label} change",
                         f"{v:.0f} ms (median)", "≤ 150 ms", v <= 150))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--quick", action="store_true", help="images <= 1.5 MP only")
    ap.add_argument("--report-only", action="store_true")
    args = ap.parse_args()
    bench = os.path.join(args.shared, "bench")
    images = os.path.join(args.work, "images")
    results_dir = os.path.join(args.work, "results")
    py = sys.executable
    exe = os.path.join(os.path.dirname(py), "motifstudio")
    if not args.report_only:
        ensure_system_tools()
        if not os.path.exists(os.path.join(images, "manifest.json")):
            subprocess.run([py, os.path.join(bench, "gen_images.py"), "--out", images], check=True)
        cmd = [py, os.path.join(bench, "trace_bench.py"), "--images-dir", images, "--out", results_dir,
               "--tools", *TOOLS, "--tool", f"motifstudio={exe} trace {{input}} -o {{output}} --colors {{colors}} -q"]
        if args.quick:
            cmd.append("--quick")
        subprocess.run(cmd, check=True)
    data = json.load(open(os.path.join(results_dir, "results.json")))
    retrace = retrace_timing(images)
    rows = check_targets(data["results"], retrace)
    env = data.get("environment", {})
    table = open(os.path.join(results_dir, "results.md")).read()
    lines = ["# Tracing benchmark: motifstudio beside potrace and vtracer", "",
             f"Run {env.get('date')} on {env.get('cpu')} ({env.get('nproc')} cores), Python "
             f"{env.get('python')}, potrace {env.get('potrace')}, vtracer {env.get('vtracer')}. "
             "Produced by `make bench` (benchmarks/run_trace_bench.py); all tools in one run.", "",
             "## Targets", "", "| target | measured | goal | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {'yes' if d else '**no**'} |" for a, b, c, d in rows]
    lines += ["", "## Harness report", "", table]
    out = os.path.join(HERE, "results.md")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines[:len(rows) + 8]))
    print(f"\nwritten {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
