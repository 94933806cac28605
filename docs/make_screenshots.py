#!/usr/bin/env python3
"""Render the main states of Motif Studio to docs/screenshots/*.png (offscreen).

`make screenshots` runs this.  It drives the real window: opens the bundled
ram's horn sample, waits for the worker, and grabs the window in each state.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A private data folder and settings, so screenshots never depend on the user's own.
os.environ.setdefault("MOTIFSTUDIO_DATA_DIR", tempfile.mkdtemp(prefix="motifstudio-shots-"))

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "screenshots")
SAMPLE = os.path.join(ROOT, "resources", "samples", "ramshorn.jpg")
SIZE = (1366, 768)


def wait_for(app, cond, timeout=120.0):
    t0 = time.monotonic()
    while not cond():
        app.processEvents()
        time.sleep(0.02)
        if time.monotonic() - t0 > timeout:
            raise TimeoutError("the window did not finish in time")
    for _ in range(5):
        app.processEvents()


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, os.environ["MOTIFSTUDIO_DATA_DIR"])
    from motifstudio.app.main import run_app

    os.makedirs(OUT, exist_ok=True)
    win = run_app([], exec_loop=False)
    app = QApplication.instance()
    win.resize(*SIZE)

    def shot(name):
        wait_for(app, lambda: not win.jobs.is_busy())
        path = os.path.join(OUT, name + ".png")
        win.grab().save(path)
        print("wrote", os.path.relpath(path, ROOT))

    shot("01-start-page")
    win.open_path(SAMPLE, ask=False)
    wait_for(app, lambda: win.controller.result is not None)
    win.steps.set_step(0)
    win.set_view("original")
    shot("02-photo")
    win.steps.set_step(1)
    win.set_tool("corners")
    shot("03-clean-up-corners")
    win.find_corners()
    wait_for(app, lambda: not win.jobs.is_busy())
    wait_for(app, lambda: win.controller.result is not None and
             win.controller.result.recipe.cleanup.corners is not None)
    win.set_tool("pan")
    win.steps.set_step(2)
    win.set_view("regions")
    win.canvas.fit()
    shot("04-colours")
    win.steps.set_step(3)
    win.set_view("vector")
    win.canvas.fit()
    shot("05-vector")
    win.set_view("overlay")
    shot("06-vector-over-photo")
    # The Design step: a shyrdak rug in DMC-matched colours, then a medallion.
    from motifstudio.design.layout import Border
    from motifstudio.design.library import load_palette
    from motifstudio.design.spec import ColourPlan
    from motifstudio.project import workspace as wsmod
    c = win.controller
    win.steps.set_step(4)
    win._on_step_changed(4)
    c.apply(wsmod.use_palette(ColourPlan(target=load_palette("dmc"))))
    c.apply(wsmod.set_design("layout", kind="rug", size_mm=(1500.0, 2200.0),
                             counterchange="alternate"))
    c.apply(wsmod.set_borders([Border("p1m1", 150.0, "mitre", 20.0),
                               Border("p111", 80.0, "motif", 20.0)]))
    c.apply(wsmod.set_design("repeat", group="half-drop", motif_width_mm=180.0, spacing_mm=8.0))
    win.design_step.view.fit()
    shot("07-design-rug")
    c.apply(wsmod.set_design("layout", kind="medallion", size_mm=(800.0, 800.0),
                             counterchange="none"))
    c.apply(wsmod.set_design("medallion", n=8, dihedral=True, size=0.95, inner=0.1))
    win.design_step.view.fit()
    shot("08-design-medallion")
    win.steps.set_step(5)
    win._on_step_changed(5)
    shot("09-export")
    # The export dialog: every production format, its options and a preview.
    win.open_export_dialog("felt-template-pdf")
    dlg = win._export_dialog
    dlg.resize(1100, 700)
    dlg.wait_for_preview()
    path = os.path.join(OUT, "11-export-dialog.png")
    dlg.grab().save(path)
    print("wrote", os.path.relpath(path, ROOT))
    dlg.reject()
    # The same window in Russian: main.py rebuilds it around the same document.
    win.languageChangeRequested.emit("ru")
    app.processEvents()
    win = next(w for w in app.topLevelWidgets()
               if type(w).__name__ == "MainWindow" and w.isVisible())
    win.resize(*SIZE)
    win.steps.set_step(4)
    win._on_step_changed(4)
    shot("10-russian")
    return 0


if __name__ == "__main__":
    sys.exit(main())
