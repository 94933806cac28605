#!/usr/bin/env python3
"""Check a built bundle: the program starts offscreen, opens the bundled sample,
exports an SVG, and its command line traces a motif.  Prints the bundle's size
and start time.  Usage: packaging/smoke_test.py dist/motifstudio"""
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main(folder: str) -> int:
    root = Path(folder)
    exe = root / ("motifstudio.exe" if os.name == "nt" else "motifstudio")
    # PyInstaller 6 keeps the data beside the program in _internal/ (sys._MEIPASS)
    sample = next((p for p in (root / "_internal" / "resources" / "samples" / "ramshorn.jpg",
                               root / "resources" / "samples" / "ramshorn.jpg") if p.exists()),
                  root / "resources" / "samples" / "ramshorn.jpg")
    if not exe.exists() or not sample.exists():
        print(f"smoke test: {exe} or {sample} is missing", file=sys.stderr)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        env["MOTIFSTUDIO_DATA_DIR"] = tmp
        t0 = time.perf_counter()
        v = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True,
                           timeout=120)
        start_s = time.perf_counter() - t0
        out = Path(tmp) / "gui.svg"
        t0 = time.perf_counter()
        g = subprocess.run([str(exe), "gui", str(sample), "--smoke-export", str(out)], env=env,
                           capture_output=True, text=True, timeout=300)
        gui_s = time.perf_counter() - t0
        cli = Path(tmp) / "cli.svg"
        c = subprocess.run([str(exe), "trace", str(sample), "-o", str(cli), "--preset",
                            "shyrdak-2", "-q"], env=env, capture_output=True, text=True,
                           timeout=300)
        ok = v.returncode == 0 and g.returncode == 0 and c.returncode == 0
        for name, proc in (("--version", v), ("gui --smoke-export", g), ("trace", c)):
            if proc.returncode != 0:
                print(f"smoke test: {name} failed ({proc.returncode}): {proc.stderr[-2000:]}",
                      file=sys.stderr)
        if ok:
            for svg in (out, cli):
                root_el = ET.parse(svg).getroot()
                assert root_el.get("width", "").endswith("mm"), svg
    print(f"bundle: {root} {size_mb(root):.0f} MB; '--version' {start_s:.1f} s; "
          f"window + open sample + export SVG {gui_s:.1f} s; "
          f"{'OK' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/motifstudio"))
