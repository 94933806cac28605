"""The first-run tour: five short pages on what Motif Studio does, shown once at the
first start (Help ▸ Tour shows it again)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
                               QVBoxLayout)


class TourDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.setWindowTitle(self.tr("Welcome to Motif Studio"))
        self.setMinimumSize(560, 360)
        pages = [
            (self.tr("Welcome"),
             self.tr("Motif Studio turns a photo of a shyrdak, ala-kiyiz, suzani or ikat into a "
                     "clean pattern you can recolour, arrange and print at its real size. "
                     "Everything works without the internet, and every change can be undone "
                     "(Ctrl+Z).")),
            (self.tr("1–4. From photo to pattern"),
             self.tr("Open a photo (Ctrl+O) or a sample. Drag the four corners onto the "
                     "textile, choose how many colours it has, and check the vector result. "
                     "The steps are on the left; “Next” leads through them.")),
            (self.tr("5. Design"),
             self.tr("Give the motif new colours — DMC threads, felt colours you measured, or "
                     "a harmony — and arrange it: a repeat, a medallion or a whole rug with "
                     "borders, at its size in centimetres.")),
            (self.tr("6. Export for production"),
             self.tr("Print the design at 1:1 on A4 pages with a 100 mm bar to check the "
                     "printer; make felt cut templates, ikat binding plans, embroidery machine "
                     "files, cross-stitch charts, pictures for selling online and a costing "
                     "sheet (File ▸ Export for Production…).")),
            (self.tr("The archive"),
             self.tr("Keep every motif with its untouched photo, its names in Kyrgyz, Uzbek, "
                     "Russian and English, and what it means, as told by the people who know "
                     "it (File ▸ Archive…). Your work is saved automatically every minute in "
                     "case the laptop switches off.")),
        ]
        lay = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        for title, text in pages:
            page = QLabel(f"<h2>{title}</h2><p>{text}</p>", self)
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignTop | Qt.AlignLeft)
            page.setTextFormat(Qt.RichText)
            page.setMargin(12)
            self.stack.addWidget(page)
        lay.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.counter = QLabel(self)
        self.back = QPushButton(self.tr("Back"), self)
        self.back.setObjectName("tourBack")
        self.next = QPushButton(self)
        self.next.setObjectName("tourNext")
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self._go(self.stack.currentIndex() - 1))
        self.next.clicked.connect(lambda: self._go(self.stack.currentIndex() + 1))
        skip = QPushButton(self.tr("Skip"), self)
        skip.clicked.connect(self.accept)
        row.addWidget(skip)
        row.addStretch(1)
        row.addWidget(self.counter)
        row.addWidget(self.back)
        row.addWidget(self.next)
        lay.addLayout(row)
        self._go(0)

    def _go(self, i: int) -> None:
        n = self.stack.count()
        if i >= n:
            self.accept()
            return
        i = max(0, i)
        self.stack.setCurrentIndex(i)
        self.back.setEnabled(i > 0)
        self.next.setText(self.tr("Start") if i == n - 1 else self.tr("Next"))
        self.counter.setText(f"{i + 1} / {n}")
