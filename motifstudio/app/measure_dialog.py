"""Measure real threads or felts: a photo of them beside a white (or 18 % grey)
card becomes a palette with measured CIELAB values, the photo's name and the date.

Drag a box on the card first, then one box per thread or felt; each box can be
renamed in the list.  The measurement itself is
:func:`motifstudio.imaging.measure.measure_swatches` (white balance by the card).
"""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGraphicsRectItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout)

from ..core.document import Palette
from .param_form import ComboBox
from .qtconvert import rgb_to_qimage


class _BoxView(QGraphicsView):
    """Shows the photo; a left-button drag draws a box (image pixels)."""

    boxDrawn = Signal(QRectF)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
        self._start: Optional[QPointF] = None
        self._rubber: Optional[QGraphicsRectItem] = None

    def set_image(self, qimage) -> None:
        self.scene().clear()
        self.scene().addPixmap(QPixmap.fromImage(qimage))
        self.scene().setSceneRect(QRectF(qimage.rect()))
        self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if not self.scene().sceneRect().isEmpty():
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)

    def mousePressEvent(self, event):  # noqa: N802
        if event.button() == Qt.LeftButton:
            self._start = self.mapToScene(event.position().toPoint())
            pen = QPen(QColor("#ffcc00"), 0)
            pen.setCosmetic(True)
            pen.setWidth(2)
            self._rubber = self.scene().addRect(QRectF(self._start, self._start), pen)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):  # noqa: N802
        if self._start is not None and self._rubber is not None:
            p = self.mapToScene(event.position().toPoint())
            self._rubber.setRect(QRectF(self._start, p).normalized())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.LeftButton and self._start is not None:
            rect = self._rubber.rect() if self._rubber is not None else QRectF()
            if self._rubber is not None:
                self.scene().removeItem(self._rubber)
            self._start, self._rubber = None, None
            rect = rect.intersected(self.scene().sceneRect())
            if rect.width() >= 3 and rect.height() >= 3:
                self.boxDrawn.emit(rect)
        super().mouseReleaseEvent(event)

    def mark(self, rect: QRectF, text: str, colour: str) -> None:
        pen = QPen(QColor(colour), 0)
        pen.setCosmetic(True)
        pen.setWidth(2)
        self.scene().addRect(rect, pen, QBrush(Qt.NoBrush))
        label = QGraphicsSimpleTextItem(text)
        label.setBrush(QColor(colour))
        label.setFlag(QGraphicsSimpleTextItem.ItemIgnoresTransformations, True)
        label.setPos(rect.topLeft())
        self.scene().addItem(label)


class MeasureDialog(QDialog):
    """Build a measured palette from a photo; :meth:`palette` after ``Accepted``."""

    def __init__(self, path: str, parent=None):
        super().__init__(parent)
        from ..imaging.load import load_image
        self.setObjectName("measureDialog")
        self.setWindowTitle(self.tr("Measure threads or felts"))
        self.resize(900, 640)
        self._path = path
        self._image = load_image(path)
        self._reference: Optional[tuple] = None
        self._swatches: list[tuple[str, tuple]] = []
        self._palette: Optional[Palette] = None
        lay = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("measureHint")
        lay.addWidget(self.hint)
        row = QHBoxLayout()
        self.view = _BoxView(self)
        rgb = self._image.rgb
        self.view.set_image(rgb_to_qimage(rgb if rgb.dtype.name == "uint8"
                                          else self._image.as_float()))
        self.view.boxDrawn.connect(self._on_box)
        row.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.reference_kind = ComboBox(self)
        self.reference_kind.setObjectName("measureReference")
        self.reference_kind.addItem(self.tr("White card"), "white")
        self.reference_kind.addItem(self.tr("18 % grey card"), "grey18")
        side.addWidget(QLabel(self.tr("Reference"), self))
        side.addWidget(self.reference_kind)
        side.addWidget(QLabel(self.tr("Swatches (double-click to rename)"), self))
        self.list = QListWidget(self)
        self.list.setObjectName("measureList")
        side.addWidget(self.list, 1)
        self.restart = QPushButton(self.tr("Start again"), self)
        self.restart.clicked.connect(self._restart)
        side.addWidget(self.restart)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a04000;")
        side.addWidget(self.error)
        row.addLayout(side, 1)
        lay.addLayout(row, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Make palette"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._update()

    # ------------------------------------------------------------ boxes
    @staticmethod
    def _box(rect: QRectF) -> tuple:
        return (int(rect.x()), int(rect.y()), max(1, int(rect.width())), max(1, int(rect.height())))

    def add_box(self, box: tuple, name: Optional[str] = None) -> None:
        """Add a box (x, y, w, h) in image pixels: the reference first, then swatches."""
        rect = QRectF(*box)
        if self._reference is None:
            self._reference = tuple(box)
            self.view.mark(rect, self.tr("reference"), "#ffffff")
        else:
            name = name or self.tr("Swatch %1").replace("%1", str(len(self._swatches) + 1))
            self._swatches.append((name, tuple(box)))
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemIsEditable)
            self.view.mark(rect, name, "#ffcc00")
        self._update()

    def _on_box(self, rect: QRectF) -> None:
        self.add_box(self._box(rect))

    def _restart(self) -> None:
        self._reference = None
        self._swatches = []
        self.list.clear()
        rgb = self._image.rgb
        self.view.set_image(rgb_to_qimage(rgb if rgb.dtype.name == "uint8"
                                          else self._image.as_float()))
        self._update()

    def _update(self) -> None:
        if self._reference is None:
            self.hint.setText(self.tr("1. Drag a box on the white or grey card."))
        else:
            self.hint.setText(self.tr("2. Drag a box on each thread or felt. Then press "
                                      "“Make palette”."))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(
            self._reference is not None and bool(self._swatches))

    # ------------------------------------------------------------ result
    def _names(self) -> list:
        names = []
        for k, (default, _box) in enumerate(self._swatches):
            item = self.list.item(k)
            text = item.text().strip() if item is not None else ""
            names.append(text or default)
        return names

    def _accept(self) -> None:
        from ..imaging.measure import measure_swatches
        boxes = {}
        for name, (_, box) in zip(self._names(), self._swatches):
            key, k = name, 2
            while key in boxes:              # two swatches may share a name
                key = f"{name} ({k})"
                k += 1
            boxes[key] = box
        try:
            self._palette = measure_swatches(
                self._image.rgb, self._reference, boxes,
                reference=self.reference_kind.currentData(),
                source=os.path.basename(self._path))
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def palette(self) -> Optional[Palette]:
        return self._palette
