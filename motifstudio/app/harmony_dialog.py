"""A palette from one base colour: the classic harmonies in CIE LCh.

Lock the colours you like and press "Regenerate" to vary the others (a new
hue spread); "Use as palette" recolours the motif with the result.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QColorDialog, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

from ..core.colour import lab_to_rgb, rgb_to_hex, rgb_to_lab
from ..core.document import Palette, Swatch
from ..design.harmony import KINDS, harmony
from .param_form import ComboBox, SpinBox


class HarmonyDialog(QDialog):
    def __init__(self, base_rgb=(170, 40, 40), parent=None):
        super().__init__(parent)
        self.setObjectName("harmonyDialog")
        self.setWindowTitle(self.tr("Colour harmony"))
        self._base = tuple(int(v) for v in base_rgb)
        self._lab = np.zeros((0, 3))
        self._locks: list[QCheckBox] = []
        self._spread = 30
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.base = QPushButton(self)
        self.base.setObjectName("harmonyBase")
        self.base.clicked.connect(self._pick_base)
        form.addRow(self.tr("Base colour"), self.base)
        self.kind = ComboBox(self)
        self.kind.setObjectName("harmonyKind")
        names = {"complementary": self.tr("Complementary"), "analogous": self.tr("Analogous"),
                 "triadic": self.tr("Triadic"), "split-complementary": self.tr("Split complementary"),
                 "tetradic": self.tr("Tetradic"), "monochromatic": self.tr("Monochromatic")}
        for k in KINDS:
            self.kind.addItem(names.get(k, k), k)
        self.kind.currentIndexChanged.connect(lambda _i: self._generate(keep_locks=False))
        form.addRow(self.tr("Harmony"), self.kind)
        self.count = SpinBox(self)
        self.count.setObjectName("harmonyCount")
        self.count.setRange(2, 12)
        self.count.setValue(5)
        self.count.valueChanged.connect(lambda _v: self._generate(keep_locks=False))
        self.count_label = QLabel(self.tr("Colours"), self)
        form.addRow(self.count_label, self.count)
        lay.addLayout(form)
        self.swatches = QWidget(self)
        self.grid = QGridLayout(self.swatches)
        lay.addWidget(self.swatches)
        self.regenerate = QPushButton(self.tr("Regenerate unlocked"), self)
        self.regenerate.setObjectName("harmonyRegenerate")
        self.regenerate.setToolTip(self.tr("Keep the locked colours, vary the others"))
        self.regenerate.clicked.connect(self._vary)
        lay.addWidget(self.regenerate)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Use as palette"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._show_base()
        self._generate(keep_locks=False)

    def _show_base(self) -> None:
        self.base.setText(rgb_to_hex(self._base))
        self.base.setStyleSheet(f"background: {rgb_to_hex(self._base)}; color: "
                                f"{'#000' if rgb_to_lab(np.array(self._base, np.uint8))[0] > 55 else '#fff'};")

    def _pick_base(self) -> None:
        c = QColorDialog.getColor(QColor(*self._base), self, self.tr("Base colour"))
        if c.isValid():
            self._base = (c.red(), c.green(), c.blue())
            self._show_base()
            self._generate(keep_locks=True)

    def _n(self) -> Optional[int]:
        kind = self.kind.currentData()
        variable = kind in ("analogous", "monochromatic")
        self.count.setVisible(variable)
        self.count_label.setVisible(variable)
        return int(self.count.value()) if variable else None

    def _generate(self, keep_locks: bool) -> None:
        kind = self.kind.currentData()
        locked = []
        if keep_locks:
            locked = [(i, self._lab[i]) for i, box in enumerate(self._locks)
                      if box.isChecked() and i < len(self._lab)]
        base = rgb_to_lab(np.array(self._base, np.uint8))
        try:
            lab = harmony(base, kind, n=self._n(), spread=float(self._spread),
                          locked=locked or None)
        except ValueError:
            lab = harmony(base, kind, n=self._n(), spread=float(self._spread))
            locked = []
        self._lab = np.asarray(lab, float)
        self._show_swatches({i for i, _ in locked})

    def _vary(self) -> None:
        # a different hue step each press: 20, 25, ... 45 degrees, then round again
        self._spread = 20 + (self._spread - 15) % 30
        self._generate(keep_locks=True)

    def _show_swatches(self, locked: set) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._locks = []
        rgb = lab_to_rgb(self._lab)
        for i, c in enumerate(np.round(np.clip(rgb, 0, 1) * 255).astype(int)):
            chip = QLabel(self.swatches)
            chip.setFixedSize(44, 32)
            chip.setStyleSheet(f"background: {rgb_to_hex(c)}; border: 1px solid #666;")
            chip.setToolTip(rgb_to_hex(c))
            lock = QCheckBox(self.tr("Lock"), self.swatches)
            lock.setObjectName(f"harmonyLock{i}")
            lock.setChecked(i in locked)
            self.grid.addWidget(chip, 0, i, Qt.AlignHCenter)
            self.grid.addWidget(lock, 1, i, Qt.AlignHCenter)
            self._locks.append(lock)

    def palette(self) -> Palette:
        rgb = np.round(np.clip(lab_to_rgb(self._lab), 0, 1) * 255).astype(int)
        kind = self.kind.currentText()
        swatches = tuple(Swatch.from_rgb(c, source=f"harmony ({kind})") for c in rgb)
        return Palette(swatches=swatches, name=self.tr("Harmony: %1").replace("%1", kind))
