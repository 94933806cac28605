"""Wires the Design step: the workspace's design choices -> a built Design -> the
preview and the panel, and the panel's requests -> named edits and dialogs.

Building a design (recolour + placing the copies) takes milliseconds, so it
runs in the GUI thread whenever the design or the traced motif changes while
the step is shown; the tracing itself stays in the worker.
"""
from __future__ import annotations

import logging
import os
from typing import Optional

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QApplication, QColorDialog, QDialog, QFileDialog, QMenu

from ..design.spec import ColourPlan, Design, build_design
from ..project import workspace as wsmod
from . import qtconvert
from .design_panel import DesignPanel
from .design_view import DesignView
from .errors import describe_exception, show_error

log = logging.getLogger(__name__)

PALETTE_FILTER = "GIMP palette (*.gpl);;Adobe swatch exchange (*.ase)"


class DesignStep(QObject):
    def __init__(self, window, controller):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.view = DesignView(window)
        self.panel = DesignPanel()
        self.design: Optional[Design] = None
        self.active = False
        self._paths_key = None
        self._symmetry = None
        self.reload_palettes()
        self.panel.editRequested.connect(self.apply)
        self.panel.visionModeChanged.connect(self.view.set_mode)
        self.panel.actionRequested.connect(self._on_action)

    def reload_palettes(self) -> None:
        """Offer the bundled palettes and the user's own (measured) ones."""
        infos = []
        try:
            from ..design.library import bundled_palettes
            infos = bundled_palettes()
        except (OSError, ValueError, ImportError) as exc:   # a damaged install must not stop the app
            log.warning("bundled palettes unavailable: %s", exc)
        infos += user_palettes()
        self.panel.set_palettes(infos)

    # ------------------------------------------------------------ state
    def set_active(self, active: bool) -> None:
        self.active = active
        if active:
            self.refresh()

    def apply(self, edit) -> None:
        try:
            self.controller.apply(edit)
        except (ValueError, TypeError) as exc:
            show_error(self.window, *describe_exception(exc))

    def active_refresh(self) -> None:
        """Build the design now even when the Design step is not shown (export)."""
        was = self.active
        self.active = True
        try:
            self.refresh()
        finally:
            self.active = was

    def refresh(self) -> None:
        """Rebuild the design from the current trace and choices (when shown)."""
        c = self.controller
        if not self.active or c.workspace is None:
            return
        d = c.result
        spec = c.workspace.design
        traced = d.motif.palette if d is not None else None
        if d is None:
            self.panel.set_state(spec, None, None)
            return
        motif = d.motif
        paths = strokes = None
        if self._paths_key is not motif.planar_map:
            sx, sy = motif.mm_per_px
            t = QTransform.fromScale(sx, sy)
            paths = [(k, t.map(p)) for k, p in qtconvert.motif_paths(motif)]
            strokes = [(k, t.map(p), w * (sx + sy) / 2) for k, p, w in qtconvert.stroke_paths(motif)]
            self._paths_key = motif.planar_map
        try:
            self.design = build_design(motif, spec)
        except ValueError as exc:
            if paths is not None:
                self.view.item.set_motif_paths(paths, strokes)
            self.panel.set_state(spec, traced, None, error=str(exc))
            return
        self.view.set_design(self.design, paths, strokes)
        self.panel.set_state(spec, traced, self.design)
        W, H = self.design.size_mm
        self.window.size_label.setText(self.tr("%1 × %2 mm").replace("%1", f"{W:.0f}")
                                       .replace("%2", f"{H:.0f}"))

    # ------------------------------------------------------------ actions
    def _on_action(self, name: str) -> None:
        handlers = {"palette-file": self.open_palette_file, "palette-image": self.palette_from_image,
                    "measure": self.measure,
                    "harmony": self.harmony, "save-palette": self.save_palette,
                    "background": self.choose_background, "check-symmetry": self.check_symmetry,
                    "apply-symmetry": self.apply_symmetry}
        try:
            handlers[name]()
        except (ValueError, OSError) as exc:
            show_error(self.window, *describe_exception(exc))

    def _plan(self, target) -> ColourPlan:
        cp = self.controller.workspace.design.colours
        return ColourPlan(target=target, min_delta_e=cp.min_delta_e, max_colours=cp.max_colours,
                          keep_lightness_order=cp.keep_lightness_order)

    def _start_dir(self) -> str:
        return self.window.prefs.last_open_dir or os.path.expanduser("~")

    def open_palette_file(self) -> None:
        from ..design.palettes import read_ase, read_gpl
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a palette"),
                                              self._start_dir(),
                                              self.tr("Palettes (*.gpl *.ase)"))
        if not path:
            return
        palette = read_ase(path) if path.lower().endswith(".ase") else read_gpl(path)
        if len(palette) == 0:
            raise ValueError(f"{os.path.basename(path)}: the palette has no colours")
        if not palette.name:
            palette = palette.__class__(swatches=palette.swatches,
                                        name=os.path.splitext(os.path.basename(path))[0])
        self.apply(wsmod.use_palette(self._plan(palette)))

    def palette_from_image(self) -> None:
        from ..imaging.extract import extract_palette
        from ..imaging.load import load_image
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Take the colours of an image"), self._start_dir(),
            self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)"))
        if not path:
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            img = load_image(path)
            palette = extract_palette(img.rgb, name=os.path.basename(path))
        finally:
            QApplication.restoreOverrideCursor()
        self.apply(wsmod.use_palette(self._plan(palette)))

    def measure(self) -> None:
        """Measure threads or felts in a photo; the palette is kept in the user's palettes."""
        from ..design.palettes import write_gpl
        from .measure_dialog import MeasureDialog
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("A photo of threads or felts beside a white card"),
            self._start_dir(), self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)"))
        if not path:
            return
        dlg = MeasureDialog(path, self.window)
        if dlg.exec() != QDialog.Accepted or dlg.palette() is None:
            return
        palette = dlg.palette()
        folder = user_palette_dir()
        stem = os.path.splitext(os.path.basename(path))[0]
        dest = folder / f"measured-{stem}.gpl"
        k = 2
        while dest.exists():
            dest = folder / f"measured-{stem}-{k}.gpl"
            k += 1
        write_gpl(palette, dest)
        self.reload_palettes()
        self.apply(wsmod.use_palette(self._plan(palette)))
        self.window.statusBar().showMessage(
            self.tr("Measured %1 colours; kept in %2").replace("%1", str(len(palette)))
            .replace("%2", str(dest)), 8000)

    def harmony(self) -> None:
        from .harmony_dialog import HarmonyDialog
        base = (170, 40, 40)
        if self.design is not None and len(self.design.motif.palette) > 1:
            from ..design.spec import colour_areas
            order = colour_areas(self.design.motif).argsort()[::-1]
            base = self.design.motif.palette[int(order[1])].rgb   # the pattern, not the ground
        dlg = HarmonyDialog(base, self.window)
        if dlg.exec() == QDialog.Accepted:
            self.apply(wsmod.use_palette(self._plan(dlg.palette())))

    def save_palette(self) -> None:
        from ..design.palettes import write_ase, write_gpl
        if self.design is None:
            return
        title = self.controller.workspace.metadata.title or "motif"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the colours"),
            os.path.join(self._start_dir(), f"{title}.gpl"), PALETTE_FILTER)
        if not path:
            return
        if not path.lower().endswith((".gpl", ".ase")):
            path += ".ase" if "ase" in chosen else ".gpl"
        pal = self.design.motif.palette
        (write_ase if path.lower().endswith(".ase") else write_gpl)(pal, path, name=title)
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)

    def choose_background(self) -> None:
        menu = QMenu(self.window)
        auto = menu.addAction(self.tr("Automatic (the motif's largest colour)"))
        pick = menu.addAction(self.tr("Choose a colour…"))
        chosen = menu.exec(self.panel.background.mapToGlobal(
            self.panel.background.rect().bottomLeft()))
        if chosen is auto:
            self.apply(wsmod.set_design("layout", background=""))
        elif chosen is pick:
            start = QColor(*(self.design.background if self.design else (255, 255, 255)))
            c = QColorDialog.getColor(start, self.window, self.tr("Ground colour"))
            if c.isValid():
                self.apply(wsmod.set_design("layout", background=c.name()))

    def check_symmetry(self) -> None:
        from ..imaging.symmetry_repair import detect_symmetry
        d = self.controller.result
        if d is None:
            return
        labels = d.traced_labels if d.traced_labels is not None else d.regions.labels
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            found = detect_symmetry(labels)
        finally:
            QApplication.restoreOverrideCursor()
        names = {"mirror-v": self.tr("mirrored left to right"),
                 "mirror-h": self.tr("mirrored top to bottom"),
                 "C2": self.tr("the same after a half turn"),
                 "D2": self.tr("mirrored both ways"),
                 "C4": self.tr("the same after a quarter turn"),
                 "D4": self.tr("mirrored both ways and on the diagonals")}
        likely = [c for c in found if c.likely]
        if not likely:
            best = found[0] if found else None
            text = self.tr("No clear symmetry found.")
            if best is not None:
                text += " " + self.tr("Closest: %1, %2 % of the motif agrees.").replace(
                    "%1", names.get(best.name, best.name)).replace("%2", f"{best.score * 100:.0f}")
            self._symmetry = None
            self.panel.set_symmetry_result(text, False)
            return
        best = likely[0]
        scale = float(d.cleaned.scale) or 1.0
        self._symmetry = (best.name, (best.centre[0] / scale, best.centre[1] / scale))
        self.panel.set_symmetry_result(self.tr(
            "The motif is %1: %2 % of it already agrees. “Make symmetric” gives each part the "
            "colour most of its copies have.").replace("%1", names.get(best.name, best.name))
            .replace("%2", f"{best.score * 100:.0f}"), True)

    def apply_symmetry(self) -> None:
        if self._symmetry is None:
            return
        name, centre = self._symmetry
        self.apply(wsmod.symmetrise(name, centre))
        self._symmetry = None
        self.panel.set_symmetry_result(self.tr(
            "Made symmetric. Undo (Ctrl+Z) brings back the original shapes."), False)


def user_palette_dir():
    from .paths import data_dir
    folder = data_dir() / "palettes"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_palettes() -> list:
    """The user's palettes (measured or saved) as PaletteInfo-like records."""
    from ..design.library import PaletteInfo
    from ..design.palettes import read_gpl
    out = []
    try:
        files = sorted(user_palette_dir().glob("*.gpl"))
    except OSError:
        return out
    for f in files:
        try:
            pal = read_gpl(f)
        except (OSError, ValueError, UnicodeError):
            log.warning("skipping unreadable palette %s", f)
            continue
        out.append(PaletteInfo(id=f"file:{f}", name=pal.name or f.stem, kind="mine",
                               count=len(pal), provenance=str(f), licence="", path=f))
    return out
