#!/usr/bin/env python3
"""A 150 x 220 cm rug with about 2,000 copies of a traced motif: preview redraw
and SVG export (targets of issue 4: redraw <= 200 ms after a change, SVG <= 2 s).

Measured in one run, against peers doing the same job a simpler way:

* preview: Motif Studio's sprite renderer (``app/design_view.py``) vs drawing
  every copy's vector paths with QPainter (the obvious implementation);
* SVG: the design writer (one ``<use>`` per copy) vs writing every copy's
  paths out in full (what a naive "flatten" would do).

"Redraw after a change" = apply a named edit (the spacing) through the real
controller, rebuild the design, and paint the whole 1280 x 800 view
offscreen (``QWidget.grab`` forces a complete paint).  Medians of 7 runs.
Writes ``benchmarks/design_results.md``.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
RUNS = 7


def _median_ms(fn, runs=RUNS):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    from PySide6.QtGui import QPainter, QTransform
    from PySide6.QtWidgets import QApplication

    from motifstudio.app import qtconvert
    from motifstudio.app.main_window import MainWindow
    from motifstudio.app.preferences import Preferences
    from motifstudio.app.steps_panel import DESIGN
    from motifstudio.core.svgpath import face_paths
    from motifstudio.design.layout import Border, Layout, Repeat
    from motifstudio.design.spec import DesignSpec, build_design
    from motifstudio.export.design_svg import write_design_svg
    from motifstudio.project import workspace as wsmod

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MOTIFSTUDIO_DATA_DIR"] = tmp
        w = MainWindow(prefs=Preferences())
        w.resize(1600, 900)
        w.show()
        w.open_path(str(ROOT / "resources" / "samples" / "ramshorn.jpg"), ask=False)
        while w.controller.result is None or w.jobs.is_busy():
            app.processEvents()
            time.sleep(0.01)
        motif = w.controller.result.motif
        c = w.controller
        borders = [Border("p1m1", 150.0, "mitre", 20.0), Border("p111", 80.0, "motif", 20.0)]
        c.apply(wsmod.set_design("layout", kind="rug", size_mm=(1500.0, 2200.0)))
        c.apply(wsmod.set_borders(borders))
        # the motif width that gives about 2,000 copies in all
        width = 40.0
        for _ in range(30):
            spec = DesignSpec(layout=Layout(kind="rug", size_mm=(1500.0, 2200.0),
                                            borders=tuple(borders),
                                            repeat=Repeat("half-drop", width, 2.0)))
            n = build_design(motif, spec).composition.n_instances
            if 1950 <= n <= 2300:
                break
            width *= (n / 2100) ** 0.5
        c.apply(wsmod.set_design("repeat", group="half-drop", motif_width_mm=width,
                                 spacing_mm=2.0))
        w.steps._go(DESIGN)
        app.processEvents()
        step = w.design_step
        view = step.view
        view.resize(1280, 800)
        design = step.design
        n = design.composition.n_instances
        segs = motif.planar_map.n_segments

        spacing = [2.0]

        def change_and_redraw():
            spacing[0] = 3.0 if spacing[0] == 2.0 else 2.0
            c.apply(wsmod.set_design("repeat", spacing_mm=spacing[0]))
            view.viewport().grab()

        def redraw_only():
            view.item.update()
            view.viewport().grab()

        change_and_redraw()  # warm the sprite cache once, as a user's first look does
        t_change = _median_ms(change_and_redraw)
        t_redraw = _median_ms(redraw_only)
        t_build = _median_ms(lambda: build_design(motif, c.workspace.design))

        # peer: every copy's vector paths drawn with QPainter
        sx, sy = motif.mm_per_px
        scale = QTransform.fromScale(sx, sy)
        paths = [(k, scale.map(p)) for k, p in qtconvert.motif_paths(motif)]
        from PySide6.QtGui import QColor, QImage
        pal = step.design.palettes

        def naive_paint():
            img = QImage(1280, 800, QImage.Format_ARGB32_Premultiplied)
            p = QPainter(img)
            p.setRenderHint(QPainter.Antialiasing)
            W, H = step.design.size_mm
            k = min(1280 / W, 800 / H)
            base = QTransform.fromScale(k, k)
            for pl in step.design.composition.placements:
                p.save()
                for m, v in zip(pl.transforms, pl.variants):
                    p.setTransform(QTransform(m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2],
                                              m[1, 2]) * base)
                    for col, path in paths:
                        rgb = pal[int(v)][step.design.mapping.get(col, 0)]
                        p.fillPath(path, QColor(*(int(x) for x in rgb)))
                p.restore()
            p.end()
        t_naive = _median_ms(naive_paint, runs=3)

        out = Path(tmp) / "rug.svg"
        t_svg = _median_ms(lambda: write_design_svg(step.design, out), runs=5)
        svg_kb = out.stat().st_size / 1024

        def naive_svg():
            d = face_paths(motif.planar_map, scale=(sx, sy), decimals=3)
            parts = []
            for pl in step.design.composition.placements:
                for m in pl.transforms:
                    tr = f'matrix({m[0,0]:.6f} {m[1,0]:.6f} {m[0,1]:.6f} {m[1,1]:.6f} {m[0,2]:.4f} {m[1,2]:.4f})'
                    parts.append(f'<g transform="{tr}">' + "".join(
                        f'<path d="{p}"/>' for p in d if p) + "</g>")
            (Path(tmp) / "naive.svg").write_text("<svg>" + "".join(parts) + "</svg>")
        t_naive_svg = _median_ms(naive_svg, runs=3)
        naive_kb = (Path(tmp) / "naive.svg").stat().st_size / 1024
        w.controller.undo_stack.setClean()
        w.autosaver.stop(clean=True)
        w.close()

    rows = [
        ("preview redraw after a change (edit + rebuild + full paint)", t_change, 200.0),
        ("SVG export of the whole rug", t_svg, 2000.0),
    ]
    lines = [
        "# Design benchmark (issue 4)",
        "",
        f"{time.strftime('%Y-%m-%dT%H:%M')}, {os.cpu_count()} cores, offscreen Qt. "
        f"Rug 150 × 220 cm, two borders (mitred sidle, hop with corner motifs), half-drop "
        f"field: **{n} copies** of the traced ramshorn sample ({segs} curve segments, "
        f"motif width {width:.1f} mm). Medians of {RUNS} runs.",
        "",
        "| target | measured | goal | met |",
        "|---|---|---|---|",
    ]
    for what, value, goal in rows:
        unit = "ms"
        lines.append(f"| {what} | {value:.0f} {unit} | ≤ {goal:.0f} {unit} | "
                     f"{'yes' if value <= goal else '**no**'} |")
    lines += [
        "",
        "| step | Motif Studio | peer (same run) |",
        "|---|---|---|",
        f"| build the design (recolour + place {n} copies) | {t_build:.0f} ms | — |",
        f"| paint the 1280 × 800 view, no change | {t_redraw:.0f} ms (sprites) | "
        f"{t_naive:.0f} ms (vector paths per copy) |",
        f"| SVG export | {t_svg:.0f} ms, {svg_kb:.0f} KB (`<use>` per copy) | "
        f"{t_naive_svg:.0f} ms, {naive_kb:.0f} KB (paths per copy) |",
        "",
    ]
    text = "\n".join(lines)
    (ROOT / "benchmarks" / "design_results.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
