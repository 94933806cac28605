"""The export dialog: every format of the writer registry, its options (generated
from their declarations, like the CLI's flags) and a preview of what will be written.

The preview is made in a background thread from the design on screen (the
preview-quality trace); "Export…" then writes the file from the full-quality
trace through the controller, with progress and Cancel.
"""
from __future__ import annotations

import concurrent.futures
import dataclasses
import logging
import os
import tempfile
from typing import Optional

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from ..core.params import validate
from .param_form import ParamForm, translate_writer

log = logging.getLogger(__name__)

PREVIEW_SIDE = 640


def make_preview(writer, design, options):
    """What the writer will make, as ("image", QImage) or ("text", message).  Runs in a worker."""
    preview = getattr(writer, "preview", None)
    if preview is not None:
        out = preview(design, options)
        from ..export.sheet import Sheet
        if isinstance(out, Sheet):
            from .sheet_paint import sheet_image
            return "image", sheet_image(out, PREVIEW_SIDE)
        from .qtconvert import rgb_to_qimage
        return "image", rgb_to_qimage(out).copy()
    ext = writer.extensions[0]
    target = design if writer.takes == "design" else design.motif
    if writer.takes == "design" and ext in (".svg", ".png"):
        # Qt's SVG renderer lacks clip paths: paint the same drawing from its sheet
        from ..export.design_sheet import design_sheet
        from .sheet_paint import sheet_image
        if writer.name.startswith("tile"):
            from ..export.design_svg import tile_design
            design = tile_design(design)
        return "image", sheet_image(design_sheet(design), PREVIEW_SIDE)
    if ext == ".png":
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "preview.png")
            writer.func(target, path, options)
            img = QImage(path)
            return "image", img.scaled(PREVIEW_SIDE, PREVIEW_SIDE, Qt.KeepAspectRatio,
                                       Qt.SmoothTransformation)
    if ext == ".svg":
        import io

        from PySide6.QtSvg import QSvgRenderer
        buf = io.BytesIO()
        writer.func(target, buf, options)
        renderer = QSvgRenderer(QByteArray(buf.getvalue()))
        size = renderer.defaultSize()
        k = PREVIEW_SIDE / max(1, size.width(), size.height())
        img = QImage(QSize(max(1, int(size.width() * k)), max(1, int(size.height() * k))),
                     QImage.Format_ARGB32_Premultiplied)
        img.fill(Qt.white)
        p = QPainter(img)
        renderer.render(p, QRectF(0, 0, img.width(), img.height()))
        p.end()
        return "image", img
    return "text", None


_GROUP_PREFIXES = (("felt", "felt"), ("ala-kiyiz", "felt"), ("ikat", "silk"), ("abr", "silk"),
                   ("separations", "silk"), ("cross-stitch", "hand"), ("oxs", "hand"),
                   ("suzani", "hand"), ("stitch", "machine"), ("threads", "machine"),
                   ("dst", "machine"), ("pes", "machine"), ("jef", "machine"),
                   ("exp", "machine"), ("vp3", "machine"), ("mockup", "sell"),
                   ("costing", "sell"))


def _group_of(name: str) -> str:
    for prefix, group in _GROUP_PREFIXES:
        if name.startswith(prefix):
            return group
    return "print"


class ExportDialog(QDialog):
    """``exportRequested(writer, options)`` when the user presses Export."""

    exportRequested = Signal(object, object)

    def __init__(self, design, writers, parent=None, *, current: Optional[str] = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.resize(1000, 680)
        self._design = design
        self._writers = [w for w in writers]
        self._writer = None
        self._options = None
        self._form: Optional[ParamForm] = None
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        self._future = None
        self._stale = False
        lay = QVBoxLayout(self)
        split = QSplitter(self)
        self.formats = QListWidget(split)
        self.formats.setObjectName("exportFormats")
        self.formats.setWordWrap(True)
        self.formats.setSpacing(1)
        groups = self._groups()
        order = list(groups)
        by_group: dict = {}
        for w in self._writers:
            by_group.setdefault(_group_of(w.name), []).append(w)
        for key in order + sorted(set(by_group) - set(order)):
            if key not in by_group:
                continue
            head = QListWidgetItem(groups.get(key, key), self.formats)
            head.setFlags(Qt.NoItemFlags)        # a heading, not a choice
            f = head.font()
            f.setBold(True)
            head.setFont(f)
            for w in by_group[key]:
                item = QListWidgetItem("   " + self._title(w), self.formats)
                item.setData(Qt.UserRole, w.name)
                item.setToolTip(f"{w.name} ({' '.join(w.extensions)})")
        self.formats.currentRowChanged.connect(self._on_format)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        self.description = QLabel(right)
        self.description.setObjectName("exportDescription")
        self.description.setWordWrap(True)
        rl.addWidget(self.description)
        body = QHBoxLayout()
        self.form_area = QScrollArea(right)
        self.form_area.setWidgetResizable(True)
        self.form_area.setMinimumWidth(280)
        body.addWidget(self.form_area, 0)
        self.preview = QLabel(right)
        self.preview.setObjectName("exportPreview")
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setMinimumSize(360, 360)
        self.preview.setStyleSheet("background: #888;")
        body.addWidget(self.preview, 1)
        rl.addLayout(body, 1)
        self.status = QLabel(right)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        rl.addWidget(self.status)
        split.addWidget(self.formats)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 760])
        lay.addWidget(split, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._poll)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._start_preview)
        self.select(current or self._writers[0].name)

    def _groups(self) -> dict:
        return {"print": self.tr("Print and pictures"), "felt": self.tr("Felt"),
                "silk": self.tr("Silk and screen printing"),
                "machine": self.tr("Machine embroidery"), "hand": self.tr("Hand embroidery"),
                "sell": self.tr("Selling and costing")}

    def select(self, name: str) -> None:
        for row in range(self.formats.count()):
            if self.formats.item(row).data(Qt.UserRole) == name:
                self.formats.setCurrentRow(row)
                return

    def _title(self, w) -> str:
        return f"{translate_writer(w.description)}  ({' '.join(w.extensions)})"

    # ------------------------------------------------------------ choices
    def writer(self):
        return self._writer

    def options(self):
        return self._options

    def _on_format(self, row: int) -> None:
        item = self.formats.item(row)
        name = item.data(Qt.UserRole) if item is not None else None
        w = next((x for x in self._writers if x.name == name), None)
        if w is None:
            return
        self._writer = w
        self._options = w.options_type() if w.options_type is not None else None
        self.description.setText(translate_writer(w.description))
        if self._form is not None:
            self._form.deleteLater()
            self._form = None
        from ..core.params import specs
        if self._options is not None and specs(self._options):
            self._form = ParamForm(w.name, self._options)
            self._form.changed.connect(self._on_option)
            holder = QWidget()
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(4, 4, 4, 4)
            hl.addWidget(self._form)
            hl.addStretch(1)              # keep the controls together at the top
            self.form_area.setWidget(holder)
        else:
            empty = QLabel(self.tr("This format has no options."))
            empty.setWordWrap(True)
            self.form_area.setWidget(empty)
        self._schedule()

    def _on_option(self, _stage: str, changes: dict) -> None:
        try:
            self._options = validate(dataclasses.replace(self._options, **changes))
        except (ValueError, TypeError) as exc:
            self.status.setText(str(exc))
            return
        self._schedule()

    # ------------------------------------------------------------ preview
    def _schedule(self) -> None:
        self.status.setText(self.tr("Making the preview…"))
        self._debounce.start()

    def _start_preview(self) -> None:
        if self._future is not None and not self._future.done():
            self._stale = True            # one at a time; redo when it finishes
            return
        self._stale = False
        self._future = self._pool.submit(make_preview, self._writer, self._design, self._options)
        self._timer.start()

    def _poll(self) -> None:
        f = self._future
        if f is None or not f.done():
            return
        self._timer.stop()
        if self._stale:
            self._start_preview()
            return
        try:
            kind, value = f.result()
        except Exception as exc:   # a writer's ValueError: show it, the dialog stays usable
            self.preview.setPixmap(QPixmap())
            self.preview.setText("")
            self.status.setText(str(exc))
            self.export_button.setEnabled(isinstance(exc, MemoryError))
            return
        self.export_button.setEnabled(True)
        if kind == "image" and value is not None and not value.isNull():
            pm = QPixmap.fromImage(value)
            self.preview.setPixmap(pm.scaled(self.preview.size(), Qt.KeepAspectRatio,
                                             Qt.SmoothTransformation))
            self.status.setText("")
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview for this format."))
            self.status.setText("")

    def wait_for_preview(self, timeout_s: float = 60.0) -> None:
        """Block until the pending preview is shown (tests)."""
        import time
        from PySide6.QtWidgets import QApplication
        end = time.time() + timeout_s
        while time.time() < end:
            QApplication.processEvents()
            if not self._debounce.isActive() and (self._future is None or
                                                  (self._future.done() and not self._timer.isActive())):
                return
            time.sleep(0.02)

    # ------------------------------------------------------------ export
    def _export(self) -> None:
        if self._writer is None:
            return
        self.exportRequested.emit(self._writer, self._options)

    def done(self, r: int) -> None:  # noqa: D401 (Qt name)
        self._timer.stop()
        self._debounce.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().done(r)
