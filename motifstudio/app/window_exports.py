"""The main window's files-out actions: export (SVG, the design, every production
format through the export dialog), the archive window, and the modal progress that
saving and exporting run behind.  A mixin of :class:`~.main_window.MainWindow`,
kept apart so the window stays a thin place of wiring."""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ..export.registry import writer_for
from .errors import describe_exception, show_error


class ExportActions:
    """Needs ``controller``, ``jobs``, ``prefs``, ``design_step`` and ``tr`` from the window."""

    def export_svg(self) -> None:
        if not self.controller.has_document():
            return
        title = self.controller.workspace.metadata.title or "motif"
        start = os.path.join(self.prefs.last_open_dir or os.path.expanduser("~"), f"{title}.svg")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export SVG"), start,
                                              self.tr("SVG drawings (*.svg)"))
        if not path:
            return
        if not path.lower().endswith(".svg"):
            path += ".svg"
        self._run_task(lambda: self.controller.export(path, writer_for("svg")),
                       self.tr("Exporting…"))

    def _on_export_requested(self, kind: str) -> None:
        if kind == "motif":
            self.save_as()
        elif kind == "svg":
            self.export_svg()
        else:
            self.open_export_dialog(None if kind == "production" else kind)

    def open_archive(self) -> None:
        """The archive window (the catalogue in the data folder, or the one chosen)."""
        from ..catalogue.store import default_catalogue_path
        from .archive_browser import ArchiveWindow
        path = self.prefs.catalogue_path or str(default_catalogue_path())
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            win = ArchiveWindow(path, self.controller, self, prefs=self.prefs)
        except (ValueError, OSError) as exc:
            show_error(self, *describe_exception(exc))
            return
        self._archive_window = win
        win.show()

    def open_export_dialog(self, current: Optional[str] = None) -> None:
        """Choose a format, its options and see a preview; then export (modal progress)."""
        from ..export.registry import writers
        from .export_dialog import ExportDialog
        if not self.controller.has_document():
            return
        self.design_step.active_refresh()
        design = self.design_step.design
        if design is None:
            show_error(self, self.tr("Nothing to export yet"),
                       self.tr("The motif is still being traced, or its design has a problem "
                               "shown in the Design step."), "")
            return
        dlg = ExportDialog(design, writers(), self, current=current)
        dlg.exportRequested.connect(lambda w, o: self.export_design(w.name, o, dlg))
        self._export_dialog = dlg
        dlg.open()

    def export_design(self, name: str, options=None, dialog=None) -> None:
        """Export the design (recoloured, arranged) with the registry writer *name*."""
        if not self.controller.has_document():
            return
        try:
            writer = writer_for(name)
        except ValueError as exc:
            show_error(self, *describe_exception(exc))
            return
        if name.startswith("tile") and self.design_step.design is not None and dialog is None:
            from ..export.design_svg import tile_design
            try:   # say now, not after the full-quality trace, that there is no tile
                tile_design(self.design_step.design)
            except ValueError as exc:
                show_error(self, *describe_exception(exc))
                return
        ext = writer.extensions[0]
        title = self.controller.workspace.metadata.title or "motif"
        suffix = "-tile" if name.startswith("tile") else "-design"
        start = os.path.join(self.prefs.last_open_dir or os.path.expanduser("~"),
                             f"{title}{suffix}{ext}")
        kind = ext.lstrip(".").upper()
        path, _ = QFileDialog.getSaveFileName(dialog or self, self.tr("Export design"), start,
                                              self.tr("%1 files (*%2)").replace("%1", kind)
                                              .replace("%2", ext))
        if not path:
            return
        if not path.lower().endswith(ext):
            path += ext
        if dialog is not None:
            dialog.accept()
        self._run_task(lambda: self.controller.export(path, writer, options),
                       self.tr("Exporting…"))

    def _run_task(self, start, label: str) -> None:
        """Save or export behind a window-modal progress dialog with Cancel.

        Modal, so no edit can start a preview that would cancel the file being
        written; it opens without blocking (tests and slow disks alike).
        """
        from PySide6.QtWidgets import QProgressDialog
        dlg = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        dlg.setWindowTitle(self.tr("Motif Studio"))
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self._task_dialog = dlg

        def finish(*_):
            for sig, slot in ((self.jobs.progress, on_progress), (self.jobs.cancelled, finish),
                              (self.controller.taskFinished, finish),
                              (self.controller.failed, finish)):
                try:
                    sig.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
            dlg.reset()
            dlg.hide()
            dlg.deleteLater()
            self._task_dialog = None

        def on_progress(fraction, message):
            dlg.setValue(int(fraction * 1000))
            dlg.setLabelText(self._stage_text(message))

        self.jobs.progress.connect(on_progress)
        self.jobs.cancelled.connect(finish)
        self.controller.taskFinished.connect(finish)
        self.controller.failed.connect(finish)
        dlg.canceled.connect(self.jobs.cancel)
        dlg.open()
        start()
