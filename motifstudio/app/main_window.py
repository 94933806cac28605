"""The main window: docks, menus and wiring.  Logic lives in the controller and the engine."""
from __future__ import annotations

import logging
import os
from typing import Optional

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu,
                               QMessageBox, QProgressBar, QPushButton, QStackedWidget,
                               QUndoView)

from ..imaging.corrections import Correction
from ..project import workspace as wsmod
from .canvas import MotifCanvas
from .controller import WorkspaceController
from .design_step import DesignStep
from .errors import describe_exception, show_error
from .jobs import JobRunner
from .palette_panel import PalettePanel
from .preferences import Preferences
from .qtconvert import face_path
from .recovery import Autosaver
from .render import Renderer
from .start_page import StartPage
from .steps_panel import DESIGN, StepsPanel
from .window_exports import ExportActions

log = logging.getLogger(__name__)

IMAGE_FILTER_EXT = "*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp"


class MainWindow(ExportActions, QMainWindow):
    """Motif Studio's window.  ``languageChangeRequested`` asks main.py to rebuild it."""

    languageChangeRequested = Signal(str)

    def __init__(self, controller: Optional[WorkspaceController] = None,
                 prefs: Optional[Preferences] = None, parent=None):
        super().__init__(parent)
        self.prefs = prefs or Preferences()
        if controller is None:
            controller = WorkspaceController(JobRunner(), renderer=Renderer())
        self.controller = controller
        self.jobs: JobRunner = controller.jobs
        self._selected_face: Optional[int] = None
        self._selected_class: Optional[int] = None
        self._selected_point: Optional[tuple] = None
        self._brush_class: int = 0
        self._closing_after_save = False
        self.setWindowTitle(self.tr("Motif Studio"))
        self.setMinimumSize(QSize(1000, 640))
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status()
        self._connect()
        self.autosaver = Autosaver(self.controller.snapshot, self.controller.is_dirty,
                                   interval_s=self.prefs.autosave_interval_s, parent=self)
        self._restore_geometry()
        self._refresh()

    # ------------------------------------------------------------ construction
    def _build_central(self) -> None:
        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self.prefs, self)
        self.canvas = MotifCanvas(self)
        self.design_step = DesignStep(self, self.controller)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.design_step.view)
        self.setCentralWidget(self.stack)

    def _build_docks(self) -> None:
        self.steps = StepsPanel(self)
        self.palette_panel = PalettePanel(self)
        self.steps.colours_page_layout().addWidget(self.palette_panel)
        self.steps.design_page_layout().addWidget(self.design_step.panel)
        self.steps_dock = QDockWidget(self.tr("Steps"), self)
        self.steps_dock.setObjectName("steps")
        self.steps_dock.setWidget(self.steps)
        self.steps_dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.steps_dock)
        self.history = QUndoView(self.controller.undo_stack, self)
        self.history.setEmptyLabel(self.tr("Opened"))
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("history")
        self.history_dock.setWidget(self.history)
        self.addDockWidget(Qt.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

    def _action(self, text, slot, shortcut=None, tip=None, checkable=False) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        return a

    def _build_actions(self) -> None:
        self.act_open_photo = self._action(self.tr("Open &Photo…"), self.open_photo_dialog,
                                           QKeySequence.Open, self.tr("Open a photo or scan of a motif"))
        self.act_open_project = self._action(self.tr("Open P&roject…"), self.open_project_dialog,
                                             "Ctrl+Shift+O", self.tr("Open a saved .motif project"))
        self.act_save = self._action(self.tr("&Save"), self.save, QKeySequence.Save,
                                     self.tr("Save the project"))
        self.act_save_as = self._action(self.tr("Save &As…"), self.save_as, QKeySequence.SaveAs,
                                        self.tr("Save the project under a new name"))
        self.act_export_svg = self._action(self.tr("&Export SVG…"), self.export_svg, "Ctrl+E",
                                           self.tr("Export the vector motif at real size"))
        self.act_export = self._action(self.tr("E&xport for Production…"), self.open_export_dialog,
                                       "Ctrl+Shift+E",
                                       self.tr("Print at 1:1, cut templates, binding plans, stitch "
                                               "files, charts, pictures"))
        self.act_archive = self._action(self.tr("&Archive…"), self.open_archive, "Ctrl+Shift+A",
                                        self.tr("The motif catalogue: search, details, "
                                                "checksums"))
        self.act_close = self._action(self.tr("&Close"), self.close_document, QKeySequence.Close)
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.Quit)
        self.act_undo = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.Undo)
        self.act_redo = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence.Redo, QKeySequence("Ctrl+Y")])
        self.act_prefs = self._action(self.tr("&Preferences…"), self.show_preferences,
                                      QKeySequence.Preferences)
        self.act_zoom_in = self._action(self.tr("Zoom &In"), lambda: self._view().zoom_in(),
                                        [QKeySequence.ZoomIn, QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action(self.tr("Zoom &Out"), lambda: self._view().zoom_out(),
                                         QKeySequence.ZoomOut)
        self.act_fit = self._action(self.tr("&Fit to Window"), lambda: self._view().fit(), "Ctrl+0")
        self.act_actual = self._action(self.tr("&Actual Pixels (100%)"), self.canvas.actual_size, "Ctrl+1")
        self.view_actions = {}
        views = [("original", self.tr("&Photo"), "1"), ("cleaned", self.tr("&Cleaned"), "2"),
                 ("regions", self.tr("Colour &Regions"), "3"), ("vector", self.tr("&Vector"), "4"),
                 ("overlay", self.tr("Vector &over Photo"), "5")]
        for mode, text, key in views:
            a = self._action(text, lambda _=False, m=mode: self.set_view(m), key, checkable=True)
            self.view_actions[mode] = a
        self.act_cancel = self._action(self.tr("Cancel"), self.jobs.cancel, "Esc",
                                       self.tr("Stop the work in progress"))
        self.act_about = self._action(self.tr("&About Motif Studio"), self.show_about)
        self.act_tour = self._action(self.tr("&Tour"), self.show_tour)
        self.act_logs = self._action(self.tr("Open &Log Folder"), self.open_log_folder)

    def _build_menus_and_toolbar(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        m.addActions([self.act_open_photo, self.act_open_project])
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addSeparator()
        m.addActions([self.act_save, self.act_save_as, self.act_export_svg, self.act_export])
        m.addAction(self.act_archive)
        m.addSeparator()
        m.addActions([self.act_close, self.act_quit])
        m = mb.addMenu(self.tr("&Edit"))
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addAction(self.act_prefs)
        m = mb.addMenu(self.tr("&View"))
        m.addActions(list(self.view_actions.values()))
        m.addSeparator()
        m.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual])
        m.addSeparator()
        m.addAction(self.history_dock.toggleViewAction())
        m.addAction(self.steps_dock.toggleViewAction())
        m = mb.addMenu(self.tr("&Help"))
        m.addActions([self.act_tour, self.act_about, self.act_logs])

        tb = self.addToolBar(self.tr("Main"))
        tb.setObjectName("main-toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for a, icon in ((self.act_open_photo, "document-open"), (self.act_save, "document-save"),
                        (self.act_undo, "edit-undo"), (self.act_redo, "edit-redo")):
            a.setIcon(QIcon.fromTheme(icon))
            tb.addAction(a)
        tb.addSeparator()
        tb.addActions([self.act_fit, self.act_actual])

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.pos_label = QLabel("", self)
        self.pos_label.setMinimumWidth(170)
        self.zoom_label = QLabel("", self)
        self.size_label = QLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress_text = QLabel("", self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.jobs.cancel)
        for w in (self.progress_text, self.progress, self.cancel_button):
            w.hide()
        sb.addWidget(self.progress_text)
        sb.addWidget(self.progress)
        sb.addWidget(self.cancel_button)
        sb.addPermanentWidget(self.size_label)
        sb.addPermanentWidget(self.pos_label)
        sb.addPermanentWidget(self.zoom_label)
        # A short job would only flicker the bar: show it after 300 ms of work.
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(self._show_busy)

    def _connect(self) -> None:
        c, s, cv, pp = self.controller, self.steps, self.canvas, self.palette_panel
        # The controller and the jobs outlive this window (a language switch builds a new
        # window around them), so these connections are kept to be cut in detach().
        self._links = [
            (c.resultReady, self._on_result), (c.failed, self._on_failed),
            (c.dirtyChanged, self._on_dirty_changed), (c.pathChanged, self._on_path_changed),
            (c.workspaceChanged, self._on_workspace_changed),
            (c.taskFinished, self._on_task_finished),
            (c.designChanged, self.design_step.refresh),
            (self.jobs.busyChanged, self._on_busy), (self.jobs.progress, self._on_progress),
            (self.jobs.cancelled, self._on_cancelled)]
        for signal, slot in self._links:
            signal.connect(slot)

        self.start_page.openPhotoRequested.connect(self.open_photo_dialog)
        self.start_page.openProjectRequested.connect(self.open_project_dialog)
        self.start_page.sampleChosen.connect(self.open_path)
        self.start_page.recentChosen.connect(self.open_path)
        self.start_page.filesDropped.connect(self._on_files_dropped)
        cv.filesDropped.connect(self._on_files_dropped)

        s.paramsChanged.connect(self._on_params_changed)
        s.presetChosen.connect(lambda name: self._apply(wsmod.use_preset(name)))
        s.toolRequested.connect(self.set_tool)
        s.autoCornersRequested.connect(self.find_corners)
        s.openPhotoRequested.connect(self.open_photo_dialog)
        s.viewRequested.connect(self.set_view)
        s.overlayOpacityChanged.connect(cv.set_overlay_opacity)
        s.brushSizeChanged.connect(lambda size: cv.set_brush_radius(size / 2.0))
        s.recolourRegionRequested.connect(self.recolour_region)
        s.mergeRegionRequested.connect(self.merge_region)
        s.exportRequested.connect(self._on_export_requested)
        s.stepChanged.connect(self._on_step_changed)

        self.design_step.view.cursorMoved.connect(self._on_design_cursor)
        self.design_step.view.zoomChanged.connect(lambda z: self.zoom_label.setText(
            self.tr("Zoom %1%").replace("%1", f"{z * 100:.0f}")))
        cv.cursorMoved.connect(self._on_cursor)
        cv.zoomChanged.connect(lambda z: self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", f"{z * 100:.0f}")))
        cv.regionClicked.connect(self.select_region)
        cv.cornersChanged.connect(lambda pts: self._apply(wsmod.set_params(
            "cleanup", corners=tuple(tuple(float(v) for v in p) for p in pts))))
        cv.cropChanged.connect(lambda box: self._apply(wsmod.set_params(
            "cleanup", crop=tuple(float(v) for v in box))))
        cv.neutralPicked.connect(self._on_neutral_picked)
        cv.paintStroke.connect(self._on_paint_stroke)
        cv.fillClicked.connect(self._on_fill)

        pp.recolourRequested.connect(lambda i, rgb: self._correct(
            Correction("recolour", int(i), rgb=tuple(int(v) for v in rgb), ref=self._rgb(i)),
            self.tr("Change colour")))
        pp.pinRequested.connect(self._pin_colour)
        pp.mergeRequested.connect(lambda a, b: self._correct(
            Correction("merge", int(a), to=int(b), ref=self._rgb(a), to_ref=self._rgb(b)),
            self.tr("Merge colours")))
        pp.splitRequested.connect(lambda i: self._correct(
            Correction("split", int(i), ref=self._rgb(i)), self.tr("Split colour")))
        pp.colorCountChanged.connect(lambda n: self._apply(wsmod.set_params(
            "segment", n_colors=None if n is None or n <= 0 else int(n))))
        if hasattr(pp, "swatchActivated"):
            pp.swatchActivated.connect(self._set_brush_class)

    def detach(self) -> None:
        """Disconnect from the controller and the jobs, which another window takes over."""
        for signal, slot in self._links:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._links = []
        self.autosaver.stop(clean=True)

    def _on_dirty_changed(self, _dirty) -> None:
        self._refresh_title()

    def _on_path_changed(self, path) -> None:
        self._refresh_title()
        self.autosaver.set_project_path(path or None)

    def _on_cancelled(self) -> None:
        self.statusBar().showMessage(self.tr("Cancelled"), 3000)
        self.controller.ensure_preview()

    # ------------------------------------------------------------ documents
    def open_photo_dialog(self) -> None:
        if not self._maybe_save():
            return
        start = self.prefs.last_open_dir or os.path.expanduser("~")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a photo of a motif"), start,
            self.tr("Images (%1);;All files (*)").replace("%1", IMAGE_FILTER_EXT))
        if path:
            self.open_path(path, ask=False)

    def open_project_dialog(self) -> None:
        if not self._maybe_save():
            return
        start = self.prefs.last_open_dir or os.path.expanduser("~")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), start,
                                              self.tr("Motif projects (*.motif)"))
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> None:
        """Open an image or a project (asks to save unsaved work first)."""
        if ask and not self._maybe_save():
            return
        self.prefs.last_open_dir = os.path.dirname(os.path.abspath(path))
        if path.lower().endswith(".motif"):
            self.prefs.add_recent(path)
            self.controller.open_project(path)
        else:
            self.controller.open_image(path, recipe=self._sample_recipe(path))
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", os.path.basename(path)))

    @staticmethod
    def _sample_recipe(path: str):
        """The bundled samples open with the preset that suits them; other photos with none."""
        from ..imaging.presets import apply_preset
        from .start_page import list_samples
        real = os.path.realpath(path)
        for sample in list_samples():
            if sample.preset and os.path.realpath(sample.path) == real:
                return apply_preset(sample.preset)
        return None

    def open_recovered(self, item) -> None:
        """Reopen work saved by the autosaver before a crash; it stays unsaved until saved."""
        from ..project.motif_file import load_project
        try:
            motif, original, design = load_project(item.path)
            if original is None:
                raise ValueError("the recovered copy has no original photo inside")
            ws = wsmod.from_motif(motif, original, design)
        except (ValueError, OSError) as exc:
            show_error(self, *describe_exception(exc))
            return
        # Adopt the recovered copy as this session's autosave file (a rename, not a
        # delete): until the next autosave, a second crash still finds it.
        try:
            os.replace(item.path, self.autosaver.motif_path)
            os.remove(item.marker_path)
        except OSError:
            log.warning("could not adopt %s", item.path, exc_info=True)
        self.controller.open_workspace(ws, item.project_path or None)
        self.controller.undo_stack.resetClean()  # recovered work is not saved anywhere yet
        self.autosaver.set_project_path(item.project_path or None)
        self._refresh_title()

    def _on_files_dropped(self, paths) -> None:
        if paths:
            self.open_path(str(paths[0]))

    def save(self) -> bool:
        if not self.controller.has_document():
            return False
        if self.controller.path:
            path = self.controller.path
            self._run_task(lambda: self.controller.save(path), self.tr("Saving…"))
            return True
        return self.save_as()

    def save_as(self) -> bool:
        if not self.controller.has_document():
            return False
        title = self.controller.workspace.metadata.title or "motif"
        start = self.controller.path or os.path.join(
            self.prefs.last_open_dir or os.path.expanduser("~"), f"{title}.motif")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), start,
                                              self.tr("Motif projects (*.motif)"))
        if not path:
            return False
        if not path.lower().endswith(".motif"):
            path += ".motif"
        self._run_task(lambda: self.controller.save(path), self.tr("Saving…"))
        return True

    def _view(self):
        """The view on screen: the motif canvas or the design preview."""
        if self.stack.currentWidget() is self.design_step.view:
            return self.design_step.view
        return self.canvas

    def _on_design_cursor(self, x: float, y: float) -> None:
        self.pos_label.setText(self.tr("x %1 mm  y %2 mm").replace("%1", f"{x:.0f}")
                               .replace("%2", f"{y:.0f}"))

    def close_document(self) -> None:
        if self._maybe_save():
            self.controller.close()

    def _maybe_save(self) -> bool:
        """Ask before unsaved work is lost; True means go ahead."""
        if not self.controller.has_document() or not self.controller.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to “%1” before closing it?").replace(
                              "%1", self.controller.workspace.metadata.title or self.tr("Untitled")),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self)
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Cancel:
            return False
        if answer == QMessageBox.Save:
            if not self.save():
                return False
            # Saving runs in the worker: wait for it so nothing is lost.
            self.jobs.wait()
            from PySide6.QtCore import QCoreApplication
            QCoreApplication.processEvents()
            return not self.controller.is_dirty()
        return True

    def closeEvent(self, event) -> None:
        if not self._maybe_save():
            event.ignore()
            return
        self.jobs.cancel()
        self.jobs.wait(5000)
        self.autosaver.stop(clean=True)
        self.prefs.save_window(self.saveGeometry(), self.saveState())
        event.accept()

    # ------------------------------------------------------------ edits
    def _apply(self, edit) -> None:
        try:
            self.controller.apply(edit)
        except (ValueError, TypeError) as exc:
            show_error(self, *describe_exception(exc))

    def _correct(self, c: Correction, label: str) -> None:
        self._apply(wsmod.add_correction(c, label))

    def _on_params_changed(self, stage: str, changes: dict) -> None:
        try:
            edit = wsmod.set_params(stage, **changes)
        except ValueError as exc:
            show_error(self, *describe_exception(exc))
            return
        self._apply(edit)

    def _pin_colour(self, index: int) -> None:
        d = self.controller.result
        if d is None or index >= len(d.motif.palette):
            return
        sw = d.motif.palette[index]
        self._apply(wsmod.unpin_colour(sw.hex) if sw.pinned else wsmod.pin_colour(sw.hex))

    def _rgb(self, index) -> tuple:
        """The colour a palette index shows now (stored with corrections, see Correction.ref)."""
        d = self.controller.result
        if d is None or not 0 <= int(index) < len(d.motif.palette):
            return ()
        return tuple(int(v) for v in d.motif.palette[int(index)].rgb)

    def _set_brush_class(self, index: int) -> None:
        self._brush_class = int(index)
        self._selected_class = None  # the swatch chosen last is the paint colour

    def _paint_class(self) -> int:
        return self._selected_class if self._selected_class is not None else self._brush_class

    def _on_paint_stroke(self, points, radius) -> None:
        pts = tuple((float(x), float(y)) for x, y in points)
        if pts:
            k = self._paint_class()
            self._correct(Correction("brush", k, points=pts, radius=float(radius), ref=self._rgb(k)),
                          self.tr("Brush"))

    def _on_fill(self, x, y) -> None:
        k = self._paint_class()
        self._correct(Correction("fill", k, points=((float(x), float(y)),), ref=self._rgb(k)),
                      self.tr("Fill"))

    def _on_neutral_picked(self, x, y, space="source") -> None:
        d = self.controller.result
        if space != "source" and d is not None:
            x, y = (float(v) for v in d.cleaned.to_source(np.array([[x, y]]) * d.cleaned.scale)[0])
        self._apply(wsmod.set_params("cleanup", white_balance="point",
                                     neutral_point=(float(x), float(y))))

    def find_corners(self) -> None:
        """Suggest the textile's corners (in the worker) and straighten the photo with them."""
        ws = self.controller.workspace
        if ws is None:
            return
        from ..imaging.geometry import suggest_quad
        rgb = ws.source.rgb

        def job(progress, cancel):
            progress(0.0, "finding the corners")
            return suggest_quad(rgb)

        def done(quad):
            if quad is None:
                self.controller.ensure_preview()  # this job replaced the running preview
                QMessageBox.information(self, self.tr("No corners found"), self.tr(
                    "The textile does not stand out clearly from its background. "
                    "Drag the four corners by hand instead."))
                self.set_tool("corners")
                return
            self._apply(wsmod.set_params("cleanup", corners=tuple(
                (float(x), float(y)) for x, y in np.asarray(quad))))
        self.controller.run(job, done)

    # ------------------------------------------------------------ regions
    def select_region(self, x: float, y: float) -> None:
        d, r = self.controller.result, self.controller.rendered
        if d is None or r is None:
            return
        h, w = r.face_map.shape
        col, row = int(x * r.scale), int(y * r.scale)
        if not (0 <= row < h and 0 <= col < w):
            self._clear_selection()
            return
        fid = int(r.face_map[row, col])
        if fid >= d.motif.planar_map.n_faces:
            self._clear_selection()
            return
        self._selected_face = fid
        self._selected_class = int(d.motif.planar_map.face_colour[fid])
        self._selected_point = (float(x), float(y))
        self.canvas.set_selection(face_path(d.motif, fid))
        self.steps.set_region_selected(True)
        sw = d.motif.palette[self._selected_class]
        self.statusBar().showMessage(self.tr("Region of colour %1 selected").replace(
            "%1", f"{self._selected_class + 1} ({sw.hex})"), 4000)

    def _clear_selection(self) -> None:
        self._selected_face = self._selected_class = self._selected_point = None
        self.canvas.set_selection(None)
        self.steps.set_region_selected(False)

    def recolour_region(self) -> None:
        """Give the selected region another colour of the palette (menu of swatches)."""
        d = self.controller.result
        point = self._selected_point  # a preview may clear the selection while the menu is open
        if d is None or point is None:
            return
        menu = QMenu(self)
        from PySide6.QtGui import QPixmap
        for i, sw in enumerate(d.motif.palette.swatches):
            pm = QPixmap(16, 16)
            pm.fill(QColor(*sw.rgb))
            a = menu.addAction(QIcon(pm), f"{i + 1}  {sw.hex}")
            a.setData(i)
        chosen = menu.exec(self.cursor().pos())
        if chosen is not None:
            k = int(chosen.data())
            self._correct(Correction("fill", k, points=(point,), ref=self._rgb(k)),
                          self.tr("Recolour region"))

    def merge_region(self) -> None:
        """Merge the selected region into the neighbour it shares the longest border with."""
        d = self.controller.result
        if d is None or self._selected_face is None:
            return
        pm = d.motif.planar_map
        f = self._selected_face
        lengths = {}
        for e in np.flatnonzero((pm.left == f) | (pm.right == f)):
            other = int(pm.right[e] if pm.left[e] == f else pm.left[e])
            if other < 0:
                continue
            poly = pm.edge_polyline(int(e))
            lengths[other] = lengths.get(other, 0.0) + float(np.hypot(*np.diff(poly, axis=0).T).sum())
        if not lengths:
            return
        neighbour = max(lengths, key=lengths.get)
        k = int(pm.face_colour[neighbour])
        self._correct(Correction("fill", k, points=(self._selected_point,), ref=self._rgb(k)),
                      self.tr("Merge region"))
        self._clear_selection()

    # ------------------------------------------------------------ view
    def set_view(self, mode: str) -> None:
        self.canvas.set_view(mode)
        for m, a in self.view_actions.items():
            a.setChecked(m == mode)

    def set_tool(self, tool: str) -> None:
        d = self.controller.result
        if tool in ("corners", "crop"):
            self.set_view("original")
            if tool == "corners":
                ws = self.controller.workspace
                corners = ws.recipe.cleanup.corners if ws else None
                if corners is None and ws is not None:
                    h, w = ws.source.rgb.shape[:2]
                    inset = 0.05
                    corners = ((w * inset, h * inset), (w * (1 - inset), h * inset),
                               (w * (1 - inset), h * (1 - inset)), (w * inset, h * (1 - inset)))
                self.canvas.set_corners([tuple(p) for p in corners] if corners else None)
            else:
                ws = self.controller.workspace
                self.canvas.set_crop(ws.recipe.cleanup.crop if ws else None)
        elif tool in ("select", "brush", "fill") and self.canvas.view_mode() == "original":
            self.set_view("regions" if tool != "select" else "vector")
        self.canvas.set_tool(tool)
        hints = {"corners": self.tr("Drag the four corners onto the corners of the textile."),
                 "crop": self.tr("Drag the frame around the part to keep."),
                 "eyedropper": self.tr("Click something that should be white or grey."),
                 "select": self.tr("Click a region to select it."),
                 "brush": self.tr("Paint over the regions to correct them."),
                 "fill": self.tr("Click a region to fill it with the chosen colour.")}
        if tool in hints:
            self.statusBar().showMessage(hints[tool])
        else:
            self.statusBar().clearMessage()
        del d

    def _on_step_changed(self, i: int) -> None:
        views = {0: "original", 1: "cleaned", 2: "regions", 3: "vector"}
        design = i == DESIGN and self.controller.has_document()
        self.design_step.set_active(design)
        if design:
            self.stack.setCurrentWidget(self.design_step.view)
        elif self.controller.has_document() and self.stack.currentWidget() is self.design_step.view:
            self.stack.setCurrentWidget(self.canvas)
        if i in views and self.controller.has_document():
            self.set_view(views[i])
        self.canvas.set_tool("pan")

    def _on_cursor(self, x: float, y: float) -> None:
        d = self.controller.result
        if d is None:
            self.pos_label.setText("")
            return
        space = self.canvas.coordinateSpace() if hasattr(self.canvas, "coordinateSpace") else "frame"
        if space == "frame":
            mx, my = d.motif.mm_per_px
            self.pos_label.setText(self.tr("x %1 mm  y %2 mm").replace("%1", f"{x * mx:.1f}")
                                   .replace("%2", f"{y * my:.1f}"))
        else:
            self.pos_label.setText(self.tr("x %1 px  y %2 px").replace("%1", f"{x:.0f}")
                                   .replace("%2", f"{y:.0f}"))

    # ------------------------------------------------------------ results and progress
    def _on_workspace_changed(self) -> None:
        self._refresh()

    def _on_result(self, d) -> None:
        r = self.controller.rendered
        first = self.stack.currentWidget() is not self.canvas
        if r is not None:
            if r.photo is not None:
                self.canvas.set_photo(r.photo)
            self.canvas.set_cleaned(r.cleaned, r.frame_size)
            self.canvas.set_regions(r.regions, r.frame_size)
            self.canvas.set_vector(r.colour_paths, r.strokes, r.frame_size)
            self.palette_panel.set_palette(d.motif.palette, r.shares)
        else:
            self.palette_panel.set_palette(d.motif.palette)
        pm = d.motif.planar_map
        lines = self.tr(", %1 lines").replace("%1", str(len(d.motif.strokes))) if d.motif.strokes else ""
        self.steps.set_stats(self.tr("%1 colours, %2 regions%3, %4 curve segments").replace(
            "%1", str(len(d.motif.palette))).replace("%2", str(pm.n_faces)).replace(
            "%3", lines).replace("%4", str(pm.n_segments)))
        w, h = d.motif.size_mm
        self.size_label.setText(self.tr("%1 × %2 mm").replace("%1", f"{w:.0f}").replace("%2", f"{h:.0f}"))
        if d.regions.skipped:
            self.statusBar().showMessage(self.tr(
                "%1 corrections no longer apply after the colours changed").replace(
                "%1", str(len(d.regions.skipped))), 6000)
        self._clear_selection()
        self.design_step.refresh()
        first = first and self.stack.currentWidget() is not self.design_step.view
        if first:
            self.statusBar().clearMessage()
            self.stack.setCurrentWidget(self.canvas)
            self.set_view("vector")
            self.canvas.fit()
        self._refresh()

    def _on_failed(self, exc, tb) -> None:
        title, message, details = describe_exception(exc)
        if tb and tb not in details:
            details = (details + "\n\n" + tb).strip()
        show_error(self, title, message, details)
        self._refresh()

    def _on_task_finished(self, kind: str, path: str) -> None:
        name = os.path.basename(path)
        if kind == "save":
            self.prefs.add_recent(path)
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", name), 5000)
        else:
            self.statusBar().showMessage(self.tr("Exported %1").replace("%1", name), 5000)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            for w in (self.progress_text, self.progress, self.cancel_button):
                w.hide()
            self.unsetCursor()

    def _show_busy(self) -> None:
        for w in (self.progress_text, self.progress, self.cancel_button):
            w.show()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress_text.setText(self._stage_text(message))

    def _stage_text(self, message: str) -> str:
        # Engine messages are English identifiers; show them in the user's language.
        known = {"reading the photo": self.tr("Reading the photo…"),
                 "reading the project": self.tr("Reading the project…"),
                 "cleaning up": self.tr("Cleaning up…"),
                 "finding colours": self.tr("Finding colours…"),
                 "tracing": self.tr("Tracing…"),
                 "finding boundaries": self.tr("Finding boundaries…"),
                 "fitting curves": self.tr("Fitting curves…"),
                 "checking the partition": self.tr("Checking the shapes…"),
                 "finding the corners": self.tr("Finding the corners…")}
        return known.get(message, self.tr("Working…"))

    # ------------------------------------------------------------ misc
    def _refresh(self) -> None:
        has = self.controller.has_document()
        for a in (self.act_save, self.act_save_as, self.act_export_svg, self.act_export, self.act_close,
                  self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual,
                  *self.view_actions.values()):
            a.setEnabled(has)
        if not has:
            self.stack.setCurrentWidget(self.start_page)
            self.steps.set_enabled_steps(1)
        else:
            self.steps.set_enabled_steps(6)
            ws = self.controller.workspace
            self.steps.set_recipe(ws.recipe)
            src = ws.source.source
            size = self.controller.result.motif.size_mm if self.controller.result else None
            self.steps.set_source_info(self.steps.source_info_text(
                src.filename, src.width, src.height, size, src.dpi[0] if src.dpi else None))
        self._refresh_title()

    def _refresh_title(self) -> None:
        ws = self.controller.workspace
        if ws is None:
            self.setWindowTitle(self.tr("Motif Studio"))
            return
        name = os.path.basename(self.controller.path) if self.controller.path else \
            (ws.metadata.title or self.tr("Untitled"))
        self.setWindowModified(self.controller.is_dirty())
        self.setWindowTitle(f"{name}[*] — " + self.tr("Motif Studio"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.prefs.recent_files()
        if not recent:
            a = self.recent_menu.addAction(self.tr("No recent projects"))
            a.setEnabled(False)
        for path in recent:
            a = self.recent_menu.addAction(os.path.basename(path))
            a.setToolTip(path)
            a.triggered.connect(lambda _=False, p=path: self.open_path(p))

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog
        dlg = PreferencesDialog(self.prefs, self)
        dlg.languageChanged.connect(self.languageChangeRequested.emit)
        dlg.exec()
        self.autosaver.set_interval(self.prefs.autosave_interval_s)

    def show_tour(self) -> None:
        from .tour import TourDialog
        self._tour = TourDialog(self)
        self.prefs.tour_shown = True
        self._tour.open()

    def show_about(self) -> None:
        from .about_dialog import AboutDialog
        self._about = AboutDialog(self)
        self._about.open()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from .paths import logs_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs_dir())))

    def _restore_geometry(self) -> None:
        geo, state = self.prefs.window_geometry(), self.prefs.window_state()
        if geo:
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 760)
        if state:
            self.restoreState(state)
