"""The archive window: browse the motif catalogue by thumbnail, search and filter,
edit a record's metadata (undoable), add the open project, open a record in the
workspace, and check every stored file's checksum.

The catalogue itself (``motifstudio.catalogue``) is Qt-free; this window only
shows it and turns the user's changes into ``Catalogue.update`` calls wrapped
in undo commands.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import tempfile
from typing import Optional

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from .param_form import ComboBox

log = logging.getLogger(__name__)

THUMB = 128
#: the four name fields: (language, script)
NAME_FIELDS = (("ky", "Cyrl"), ("uz", "Latn"), ("ru", "Cyrl"), ("en", "Latn"))


class _UpdateRecord(QUndoCommand):
    """One metadata change of one record: redo writes *after*, undo writes *before*."""

    def __init__(self, window: "ArchiveWindow", rid: int, before, after, text: str):
        super().__init__(text)
        self.window, self.rid, self.before, self.after = window, rid, before, after

    def redo(self) -> None:
        self.window._write(self.rid, self.after)

    def undo(self) -> None:
        self.window._write(self.rid, self.before)


class ArchiveWindow(QDialog):
    def __init__(self, path, controller=None, parent=None, prefs=None):
        super().__init__(parent)
        from ..catalogue.store import Catalogue
        self.prefs = prefs
        self.setObjectName("archiveWindow")
        self.setWindowTitle(self.tr("Archive"))
        self.resize(1100, 720)
        self.controller = controller
        self.path = str(path)
        self.cat = Catalogue(path)
        self.undo_stack = QUndoStack(self)
        self._current: Optional[int] = None
        self._loading = False

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.query = QLineEdit(self)
        self.query.setObjectName("archiveSearch")
        self.query.setPlaceholderText(self.tr("Search names, meanings, descriptions…"))
        self.query.setClearButtonEnabled(True)
        self.technique = ComboBox(self)
        self.technique.setObjectName("archiveTechnique")
        self.place = QLineEdit(self)
        self.place.setObjectName("archivePlace")
        self.place.setPlaceholderText(self.tr("Place"))
        top.addWidget(self.query, 3)
        top.addWidget(self.technique, 1)
        top.addWidget(self.place, 1)
        lay.addLayout(top)

        split = QSplitter(self)
        self.list = QListWidget(split)
        self.list.setObjectName("archiveList")
        self.list.setViewMode(QListWidget.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 36, THUMB + 44))
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setMovement(QListWidget.Static)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.itemActivated.connect(lambda _item: self.open_in_workspace())

        form_box = QWidget(split)
        fl = QVBoxLayout(form_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.fields: dict = {}
        self.title = self._line(form, "title", self.tr("Title"))
        labels = {"ky": self.tr("Name in Kyrgyz"), "uz": self.tr("Name in Uzbek"),
                  "ru": self.tr("Name in Russian"), "en": self.tr("Name in English")}
        for lang, _script in NAME_FIELDS:
            self._line(form, f"name_{lang}", labels[lang])
        self._line(form, "creator", self.tr("Maker"))
        self._line(form, "place", self.tr("Place"))
        self.tech_edit = ComboBox(form_box)
        self.tech_edit.setObjectName("archive_technique_edit")
        self.tech_edit.activated.connect(lambda _i: self._commit("technique",
                                                                  self.tech_edit.currentData()))
        form.addRow(self.tr("Technique"), self.tech_edit)
        self.description = QPlainTextEdit(form_box)
        self.description.setObjectName("archive_description")
        self.description.setMaximumHeight(90)
        self.description.installEventFilter(self)
        form.addRow(self.tr("Description"), self.description)
        self._line(form, "licence", self.tr("Licence"))
        self.meanings = QLabel(form_box)
        self.meanings.setObjectName("archiveMeanings")
        self.meanings.setWordWrap(True)
        self.meanings.setTextFormat(Qt.PlainText)
        form.addRow(self.tr("Meanings"), self.meanings)
        self.add_meaning_button = QPushButton(self.tr("Add a meaning…"), form_box)
        self.add_meaning_button.setObjectName("archiveAddMeaning")
        self.add_meaning_button.setToolTip(self.tr("What the motif means, as told by an "
                                                   "informant, with the date"))
        self.add_meaning_button.clicked.connect(self.add_meaning)
        form.addRow("", self.add_meaning_button)
        self.files = QLabel(form_box)
        self.files.setObjectName("archiveFiles")
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(self.tr("Files"), self.files)
        fl.addLayout(form)
        fl.addStretch(1)
        split.addWidget(self.list)
        split.addWidget(form_box)
        split.setSizes([640, 440])
        lay.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add the open project"), self)
        self.add_button.setObjectName("archiveAdd")
        self.add_button.clicked.connect(self.add_open_project)
        self.open_button = QPushButton(self.tr("Open in the workspace"), self)
        self.open_button.setObjectName("archiveOpen")
        self.open_button.clicked.connect(self.open_in_workspace)
        self.verify_button = QPushButton(self.tr("Check the files"), self)
        self.verify_button.setObjectName("archiveVerify")
        self.verify_button.setToolTip(self.tr("Re-read every stored file and compare it with "
                                              "its SHA-256 checksum"))
        self.verify_button.clicked.connect(self.verify)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence.Redo, QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        self.status = QLabel(self)
        self.status.setObjectName("archiveStatus")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.verify_button)
        self.switch_button = QPushButton(self.tr("Another archive file…"), self)
        self.switch_button.setObjectName("archiveSwitch")
        self.switch_button.setToolTip(self.tr("Open or create another catalogue file, e.g. one "
                                              "shared by a team on a network folder"))
        self.switch_button.clicked.connect(self.choose_file)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        lay.addLayout(buttons)

        from ..catalogue.record import TECHNIQUES
        names = self._technique_names()
        self.technique.addItem(self.tr("Every technique"), "")
        for t in TECHNIQUES:
            self.technique.addItem(names.get(t, t), t)
            self.tech_edit.addItem(names.get(t, t), t)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.place.textChanged.connect(lambda _t: self._debounce.start())
        self.technique.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self._show(None)

    def _technique_names(self) -> dict:
        return {"shyrdak": self.tr("Shyrdak"), "ala-kiyiz": self.tr("Ala-kiyiz"),
                "suzani": self.tr("Suzani"), "ikat": self.tr("Ikat"), "other": self.tr("Other")}

    def _line(self, form, key: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"archive_{key}")
        edit.editingFinished.connect(lambda k=key, e=edit: self._commit(k, e.text()))
        form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def eventFilter(self, obj, event):  # noqa: N802
        from PySide6.QtCore import QEvent
        if obj is self.description and event.type() == QEvent.FocusOut:
            self._commit("description", self.description.toPlainText())
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ list
    def refresh(self) -> None:
        """Fill the list with the records matching the search and filters."""
        keep = self._current
        q = self.query.text().strip()
        tech = self.technique.currentData() or None
        place = self.place.text().strip() or None
        try:
            if q or tech or place:
                ids = [h.id for h in self.cat.search(q, technique=tech, place=place, limit=1000)]
            else:
                ids = self.cat.ids()
        except ValueError as exc:          # e.g. an FTS query it cannot parse
            self.status.setText(str(exc))
            ids = []
        self.list.blockSignals(True)
        self.list.clear()
        for rid in ids:
            stored = self.cat.get(rid)
            item = QListWidgetItem(stored.record.title or f"#{rid}", self.list)
            item.setData(Qt.UserRole, rid)
            item.setIcon(self._thumbnail(rid, stored))
            item.setToolTip(f"#{rid} · {stored.record.place}")
        self.list.blockSignals(False)
        self.status.setText(self.tr("%1 of %2 records").replace("%1", str(len(ids)))
                            .replace("%2", str(len(self.cat))))
        row = next((i for i in range(self.list.count())
                    if self.list.item(i).data(Qt.UserRole) == keep), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        else:
            self._show(None)

    def _thumbnail(self, rid: int, stored) -> QIcon:
        if "thumbnail" not in stored.files:
            return QIcon()
        try:
            data = self.cat.file_bytes(rid, "thumbnail")
        except (OSError, ValueError):
            return QIcon()
        img = QImage.fromData(data)
        if img.isNull():
            return QIcon()
        pm = QPixmap.fromImage(img)
        icon = QIcon(pm)
        icon.addPixmap(pm, QIcon.Selected)   # no blue tint: the colours are the point
        return icon

    def _on_selected(self, item, _previous=None) -> None:
        self._show(item.data(Qt.UserRole) if item is not None else None)

    def _show(self, rid: Optional[int]) -> None:
        self._current = rid
        self._loading = True
        try:
            enabled = rid is not None
            for w in list(self.fields.values()) + [self.tech_edit, self.description,
                                                   self.open_button, self.add_meaning_button]:
                w.setEnabled(enabled)
            if rid is None:
                for e in self.fields.values():
                    e.clear()
                self.description.clear()
                self.meanings.setText("")
                self.files.setText("")
                return
            stored = self.cat.get(rid)
            r = stored.record
            self.fields["title"].setText(r.title)
            names = {n.language: n.text for n in r.names}
            for lang, _s in NAME_FIELDS:
                self.fields[f"name_{lang}"].setText(names.get(lang, ""))
            self.fields["creator"].setText(r.creator)
            self.fields["place"].setText(r.place)
            self.fields["licence"].setText(r.licence)
            self.tech_edit.setCurrentIndex(max(0, self.tech_edit.findData(r.technique)))
            self.description.setPlainText(r.description)
            self.meanings.setText("\n".join(
                f"• {m.text}" + (f" — {m.informant}" if m.informant else "")
                + (f", {m.date}" if m.date else "") for m in r.meanings))
            self.files.setText("\n".join(f"{role}: {f.sha256[:16]}… ({f.size:,} B)"
                                         for role, f in sorted(stored.files.items())))
        finally:
            self._loading = False

    # ------------------------------------------------------------ edits
    def _commit(self, key: str, value) -> None:
        if self._loading or self._current is None:
            return
        from ..catalogue.record import Name
        rid = self._current
        before = self.cat.get(rid).record
        if key.startswith("name_"):
            lang = key[5:]
            script = dict(NAME_FIELDS)[lang]
            others = tuple(n for n in before.names if n.language != lang)
            new = others + ((Name(value.strip(), lang, script),) if value.strip() else ())
            changes = {"names": new}
        else:
            changes = {key: value.strip() if isinstance(value, str) else value}
        try:
            after = dataclasses.replace(before, **changes)
        except (ValueError, TypeError) as exc:
            self.status.setText(str(exc))
            self._show(rid)
            return
        if after == before:
            return
        self.undo_stack.push(_UpdateRecord(self, rid, before, after,
                                           self.tr("Edit %1").replace("%1", before.title)))

    def add_meaning(self, text: str = "", informant: str = "", date: str = "",
                    language: str = "") -> None:
        """Record a meaning of the current motif (asked for when not given); undoable."""
        from PySide6.QtWidgets import QInputDialog

        from ..catalogue.record import Meaning
        if self._current is None:
            return
        if not text:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Add a meaning"),
                                                     self.tr("What the motif means:"))
            if not ok or not text.strip():
                return
            informant, ok = QInputDialog.getText(self, self.tr("Add a meaning"),
                                                 self.tr("Who told it (informant):"))
            if not ok:
                return
            date, ok = QInputDialog.getText(self, self.tr("Add a meaning"),
                                            self.tr("When (e.g. 2026-06-12 or c. 1980):"))
            if not ok:
                return
        rid = self._current
        before = self.cat.get(rid).record
        try:
            meaning = Meaning(text.strip(), language, informant.strip(), date.strip())
            after = dataclasses.replace(before, meanings=tuple(before.meanings) + (meaning,))
        except (ValueError, TypeError) as exc:
            self.status.setText(str(exc))
            return
        self.undo_stack.push(_UpdateRecord(self, rid, before, after,
                                           self.tr("Add a meaning to %1").replace("%1", before.title)))

    def _write(self, rid: int, record) -> None:
        self.cat.update(rid, record)
        if self._current == rid:
            self._show(rid)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.UserRole) == rid:
                item.setText(record.title or f"#{rid}")

    # ------------------------------------------------------------ actions
    def add_open_project(self) -> None:
        """Add the project open in the workspace (it must be saved first)."""
        c = self.controller
        if c is None or c.workspace is None:
            self.status.setText(self.tr("Open a project first."))
            return
        if c.path is None or c.is_dirty():
            QMessageBox(QMessageBox.Information, self.tr("Archive"), self.tr(
                "Save the project first: the archive keeps the saved file."), QMessageBox.Ok,
                self).exec()
            return
        from ..catalogue.ingest import add_project
        try:
            rid = add_project(self.cat, c.path)
        except (ValueError, OSError) as exc:
            from .errors import describe_exception, show_error
            show_error(self, *describe_exception(exc))
            return
        self._current = rid
        self.refresh()
        self.status.setText(self.tr("Added record %1").replace("%1", str(rid)))

    def open_in_workspace(self) -> None:
        """Open the current record's project as a new, unsaved document."""
        if self._current is None or self.controller is None:
            return
        from ..project import workspace as wsmod
        from ..project.motif_file import load_project
        data = self.cat.file_bytes(self._current, "project")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "record.motif")
            with open(path, "wb") as fh:
                fh.write(data)
            motif, original, design = load_project(path)
        if original is None:
            self.status.setText(self.tr("This record has no original photo to edit."))
            return
        self.controller.open_workspace(wsmod.from_motif(motif, original, design), None)
        self.status.setText(self.tr("Opened record %1").replace("%1", str(self._current)))

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Archive file"), self.path, self.tr("Motif archives (*.sqlite)"),
            options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.switch_to(path)

    def switch_to(self, path) -> None:
        """Use the catalogue at *path* (created when new) and remember it."""
        from ..catalogue.store import Catalogue
        try:
            new = Catalogue(path)
        except (ValueError, OSError) as exc:
            from .errors import describe_exception, show_error
            show_error(self, *describe_exception(exc))
            return
        self.cat.close()
        self.cat, self.path = new, str(path)
        self.undo_stack.clear()          # the history belonged to the other file
        self._current = None
        if self.prefs is not None:
            self.prefs.catalogue_path = self.path
        self.setWindowTitle(self.tr("Archive") + f" — {os.path.basename(self.path)}")
        self.refresh()

    def verify(self) -> None:
        report = self.cat.verify()
        if report.ok:
            text = self.tr("All %1 stored files match their checksums.").replace(
                "%1", str(report.checked))
            QMessageBox(QMessageBox.Information, self.tr("Archive"), text, QMessageBox.Ok,
                        self).exec()
        else:
            lines = [f"#{p.record_id} {p.title}: {p.role} {p.status} ({p.path})"
                     for p in report.problems] + list(report.database)
            box = QMessageBox(QMessageBox.Warning, self.tr("Archive"),
                              self.tr("%1 problems found in the archive.").replace(
                                  "%1", str(len(lines))), QMessageBox.Ok, self)
            box.setDetailedText("\n".join(lines))
            box.exec()
        self.status.setText(self.tr("%1 files checked").replace("%1", str(report.checked)))

    def done(self, r: int) -> None:  # noqa: D401 (Qt name)
        try:
            self.cat.close()
        finally:
            super().done(r)
