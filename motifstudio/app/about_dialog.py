"""Help ▸ About: the version, the licence, and every library and data set inside
with its version and licence (from ``core.credits``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..core.credits import credits


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        from .. import __version__
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Motif Studio"))
        self.resize(680, 520)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr(
            "<h3>Motif Studio %1</h3><p>Digitise, recolour and arrange traditional textile "
            "motifs: shyrdak, ala-kiyiz, suzani and ikat.</p><p>Free software under the GNU "
            "General Public License, version 3 or later.</p>").replace("%1", __version__), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(QLabel(self.tr("Made with these libraries and data:"), self))
        rows = credits()
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("creditsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Version"),
                                              self.tr("Licence"), self.tr("Used for")])
        for r, c in enumerate(rows):
            for col, text in enumerate((c.name, c.version, c.licence, c.what)):
                item = QTableWidgetItem(text)
                if c.url:
                    item.setToolTip(c.url)
                self.table.setItem(r, col, item)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setAttribute(Qt.WA_DeleteOnClose, False)
