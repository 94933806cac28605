"""The motif's palette: one row per colour, with the actions that change it.

Select a colour, then Ctrl-click a second one to merge the first into the
second.  Every action is also in the context menu (right click or the Menu
key), and Enter or a double click changes the colour.  The panel only emits
requests; the controller turns them into named edits and calls
:meth:`PalettePanel.set_palette` with the result.
"""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QColorDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMenu, QSizePolicy, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QToolButton, QVBoxLayout,
                               QWidget)

from ..core.document import Palette
from ..core.params import specs
from ..imaging.params import SegmentParams
from .param_form import ButtonGrid, SpinBox, dim, rich_tooltip

#: colorCountChanged(AUTO): let the segmentation choose the number of colours.
AUTO = 0

_RGB, _HEXR, _NAME, _SHARE, _PINNED = (Qt.UserRole + k for k in range(1, 6))


def _share_text(share: Optional[float]) -> str:
    if share is None:
        return ""
    pct = 100.0 * share
    loc = QLocale()  # "6,0 %" for Russian readers
    if 0 < pct < 0.1:
        return "<" + loc.toString(0.1, "f", 1) + " %"
    return loc.toString(pct, "f", 1 if pct < 10 else 0) + " %"


class _SwatchDelegate(QStyledItemDelegate):
    """A row: colour chip, name (and hex when the name is not the hex), pin mark, share."""

    CHIP = 22

    def __init__(self, panel: "PalettePanel"):
        super().__init__(panel)
        self._panel = panel

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        fm = option.fontMetrics
        two_lines = index.data(_NAME) != index.data(_HEXR)
        h = fm.height() * (2 if two_lines else 1) + 12
        return QSize(120, max(self.CHIP + 10, h))

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        opt.text = ""
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)

        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        r = opt.rect
        selected = bool(opt.state & QStyle.State_Selected)
        group = QPalette.Active if opt.state & QStyle.State_Enabled else QPalette.Disabled
        fg = opt.palette.color(group, QPalette.HighlightedText if selected else QPalette.Text)
        # chip
        rgb = index.data(_RGB) or (0, 0, 0)
        chip = QRectF(r.left() + 6, r.top() + (r.height() - self.CHIP) / 2, self.CHIP, self.CHIP)
        border = QColor(fg)
        border.setAlpha(110)
        painter.setPen(QPen(border, 1))
        painter.setBrush(QColor(*rgb))
        painter.drawRoundedRect(chip, 4, 4)
        # share (right) and pin mark
        fm = opt.fontMetrics
        right = r.right() - 6
        share = _share_text(index.data(_SHARE))
        if share:
            w = fm.horizontalAdvance(share)
            painter.setPen(fg)
            painter.drawText(QRectF(right - w, r.top(), w, r.height()), Qt.AlignVCenter | Qt.AlignRight, share)
            right -= w + 8
        if index.data(_PINNED):
            mark = self._panel.tr("pinned")
            f = QFont(opt.font)
            f.setPointSizeF(f.pointSizeF() * 0.85)
            painter.setFont(f)
            w = painter.fontMetrics().horizontalAdvance(mark) + 8
            tag = QRectF(right - w, r.top() + (r.height() - fm.height()) / 2, w, fm.height())
            tag_bg = QColor(fg)
            tag_bg.setAlpha(30)
            painter.setPen(Qt.NoPen)
            painter.setBrush(tag_bg)
            painter.drawRoundedRect(tag, 3, 3)
            painter.setPen(fg)
            painter.drawText(tag, Qt.AlignCenter, mark)
            painter.setFont(opt.font)
            right -= w + 8
        # name / hex
        left = chip.right() + 8
        text_rect = QRectF(left, r.top(), max(0.0, right - left), r.height())
        name, hexcode = index.data(_NAME), index.data(_HEXR)
        painter.setPen(fg)
        if name != hexcode:
            top = QRectF(text_rect.left(), r.top() + 5, text_rect.width(), fm.height())
            bottom = QRectF(text_rect.left(), top.bottom(), text_rect.width(), fm.height())
            painter.drawText(top, Qt.AlignLeft | Qt.AlignVCenter,
                             fm.elidedText(name, Qt.ElideRight, int(top.width())))
            sub = QColor(fg)
            sub.setAlpha(170)
            painter.setPen(sub)
            painter.drawText(bottom, Qt.AlignLeft | Qt.AlignVCenter, hexcode)
        else:
            painter.drawText(text_rect, Qt.AlignLeft | Qt.AlignVCenter,
                             fm.elidedText(hexcode, Qt.ElideRight, int(text_rect.width())))
        painter.restore()


class PalettePanel(QWidget):
    """The palette of the motif being digitised.

    Signals
    -------
    recolourRequested(int index, tuple rgb)   give swatch *index* the colour (r, g, b) 0..255
    pinRequested(int index)                   toggle the pin of swatch *index*
    mergeRequested(int a, int b)              merge swatch *a* into swatch *b*
    splitRequested(int index)                 split swatch *index* in two
    colorCountChanged(int n)                  the number of colours; :data:`AUTO` (0) = automatic
    swatchActivated(int index)                the user selected this one swatch: the colour the
                                              brush and the fill tool paint with

    ``set_palette`` and ``set_color_count`` update the display and never emit.
    """

    recolourRequested = Signal(int, tuple)
    pinRequested = Signal(int)
    mergeRequested = Signal(int, int)
    splitRequested = Signal(int)
    colorCountChanged = Signal(int)
    swatchActivated = Signal(int)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("palettePanel")
        self._palette = Palette()
        self._shares: Optional[list[float]] = None
        self._order: list[int] = []   # selected rows, in the order they were selected
        self._count: Optional[int] = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)

        # -- "Colours: [Auto]"
        spec = {s.name: s for s in specs(SegmentParams)}["n_colors"]
        row = QHBoxLayout()
        row.setSpacing(6)
        caption = QLabel(self.tr("Colours:"), self)
        f = caption.font()
        f.setBold(True)
        caption.setFont(f)
        self._count_spin = SpinBox(self)
        self._count_spin.setObjectName("colorCount")
        self._count_spin.setRange(int(spec.minimum) - 1, int(spec.maximum))
        self._count_spin.setSpecialValueText(self.tr("Auto"))
        self._count_spin.setAccessibleName(self.tr("Number of colours"))
        tip = self.tr("How many colours to find in the photo. Auto suggests a number; "
                      "type a number to get exactly that many.")
        self._count_spin.setToolTip(rich_tooltip(tip))
        self._count_spin.setAccessibleDescription(tip)
        self._count_spin.setMinimumWidth(self._count_spin.fontMetrics().horizontalAdvance("Auto  00") + 30)
        caption.setBuddy(self._count_spin)
        self._count_spin.valueChanged.connect(self._commit_count)
        self._count_spin.editingFinished.connect(self._commit_count)
        self._found = QLabel(self)
        dim(self._found)
        row.addWidget(caption)
        row.addWidget(self._count_spin)
        row.addWidget(self._found, 1)
        lay.addLayout(row)

        # -- the swatches
        self._list = QListWidget(self)
        self._list.setObjectName("swatches")
        self._list.setAccessibleName(self.tr("Palette colours"))
        self._list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self._list.setItemDelegate(_SwatchDelegate(self))
        self._list.setUniformItemSizes(False)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self._list.setContextMenuPolicy(Qt.CustomContextMenu)
        self._list.customContextMenuRequested.connect(self._context_menu)
        self._list.itemActivated.connect(lambda _item: self._change_colour())
        self._list.selectionModel().selectionChanged.connect(self._on_selection)
        self._list.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        lay.addWidget(self._list)
        self._empty = QLabel(self.tr("The colours appear here once the photo is split "
                                     "into colours."), self)
        self._empty.setWordWrap(True)
        dim(self._empty)
        lay.addWidget(self._empty)

        # -- actions (shared by the buttons and the context menu)
        self.act_change = QAction(self.tr("Change colour…"), self)
        self.act_change.setIconText(self.act_change.text())  # buttons drop a trailing "…"
        self.act_change.setToolTip(self.tr("Pick a new colour for the selected colour"))
        self.act_change.triggered.connect(self._change_colour)
        self.act_pin = QAction(self.tr("Pin"), self)
        self.act_pin.triggered.connect(self._pin)
        self.act_merge = QAction(self.tr("Merge"), self)
        self.act_merge.triggered.connect(self._merge)
        self.act_split = QAction(self.tr("Split in two"), self)
        self.act_split.setToolTip(self.tr("Separate the selected colour into two colours"))
        self.act_split.triggered.connect(self._split)
        self._buttons: dict[str, QToolButton] = {}
        for key, act in (("change", self.act_change), ("pin", self.act_pin),
                         ("merge", self.act_merge), ("split", self.act_split)):
            b = QToolButton(self)
            b.setObjectName(f"palette_{key}")
            b.setDefaultAction(act)
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            self._buttons[key] = b
        lay.addWidget(ButtonGrid(self._buttons.values(), 2, self))
        self._hint = QLabel(self)
        self._hint.setObjectName("paletteHint")
        self._hint.setWordWrap(True)
        dim(self._hint)
        lay.addWidget(self._hint)
        lay.addStretch(1)

        self.set_color_count(None)
        self._refresh()

    # ------------------------------------------------------------------ public API

    def set_palette(self, palette: Palette, shares: Optional[Sequence[float]] = None) -> None:
        """Show *palette*; *shares* are the colours' fractions of the pixels (0..1), if known.

        The selection is kept when the number of colours is unchanged (e.g.
        after a recolour), cleared otherwise (after a merge or split the
        indices mean other colours).
        """
        if shares is not None and len(shares) != len(palette):
            raise ValueError(f"{len(shares)} shares for {len(palette)} colours")
        keep = list(self._order) if len(palette) == len(self._palette) else []
        self._palette = palette
        self._shares = [float(s) for s in shares] if shares is not None else None
        self._list.blockSignals(True)
        self._list.selectionModel().blockSignals(True)
        self._list.clear()
        for i, sw in enumerate(palette.swatches):
            item = QListWidgetItem()
            share = self._shares[i] if self._shares is not None else None
            parts = [sw.name]
            if sw.name != sw.hex:
                parts.append(sw.hex)
            if sw.pinned:
                parts.append(self.tr("pinned"))
            if share is not None:
                parts.append(_share_text(share))
            item.setText(", ".join(parts))  # what screen readers say
            item.setData(_RGB, tuple(int(v) for v in sw.rgb))
            item.setData(_HEXR, sw.hex)
            item.setData(_NAME, sw.name)
            item.setData(_SHARE, share)
            item.setData(_PINNED, bool(sw.pinned))
            tip = sw.name if sw.name == sw.hex else f"{sw.name} ({sw.hex})"
            if sw.source:
                tip += "\n" + sw.source
            item.setToolTip(tip)
            self._list.addItem(item)
        self._order = [i for i in keep if i < len(palette)]
        for i in self._order:
            self._list.item(i).setSelected(True)
        if self._order:
            self._list.setCurrentRow(self._order[-1], QItemSelectionModel.NoUpdate)
        self._list.selectionModel().blockSignals(False)
        self._list.blockSignals(False)
        self._refresh()

    def motif_palette(self) -> Palette:
        """The palette shown."""
        return self._palette

    def set_color_count(self, n: Optional[int]) -> None:
        """Show the requested number of colours (None = Auto) without emitting."""
        self._count = n or None
        self._count_spin.blockSignals(True)
        self._count_spin.setValue(self._count if self._count else self._count_spin.minimum())
        self._count_spin.blockSignals(False)
        self._refresh()

    def selected_indices(self) -> list[int]:
        """The selected swatches, in the order they were selected."""
        return list(self._order)

    def select(self, *indices: int) -> None:
        """Select swatches programmatically, in this order (no signal but the UI update)."""
        self._list.clearSelection()
        for i in indices:
            self._list.item(i).setSelected(True)
        self._order = list(indices)
        self._refresh()

    def list_widget(self) -> QListWidget:
        return self._list

    # ------------------------------------------------------------------ slots

    def _on_selection(self, selected, deselected) -> None:
        rows_off = {ix.row() for ix in deselected.indexes()}
        self._order = [i for i in self._order if i not in rows_off]
        for ix in selected.indexes():
            if ix.row() not in self._order:
                self._order.append(ix.row())
        # keep only what is really selected (a plain click replaces the selection)
        really = {ix.row() for ix in self._list.selectionModel().selectedIndexes()}
        self._order = [i for i in self._order if i in really]
        self._refresh()
        if len(self._order) == 1:
            self.swatchActivated.emit(self._order[0])

    def _commit_count(self) -> None:
        v = self._count_spin.value()
        n = None if v <= self._count_spin.minimum() else int(v)
        if n == self._count:
            return
        self._count = n
        self._refresh()
        self.colorCountChanged.emit(n if n else AUTO)

    def _one(self) -> Optional[int]:
        return self._order[0] if len(self._order) == 1 else None

    def _change_colour(self) -> None:
        i = self._one()
        if i is None:
            return
        sw = self._palette[i]
        colour = QColorDialog.getColor(QColor(*sw.rgb), self,
                                       self.tr("Change colour %1").replace("%1", sw.name))
        if colour.isValid():
            rgb = (colour.red(), colour.green(), colour.blue())
            if rgb != tuple(sw.rgb):
                self.recolourRequested.emit(i, rgb)

    def _pin(self) -> None:
        i = self._one()
        if i is not None:
            self.pinRequested.emit(i)

    def _merge(self) -> None:
        if len(self._order) == 2:
            a, b = self._order
            self.mergeRequested.emit(a, b)

    def _split(self) -> None:
        i = self._one()
        if i is not None:
            self.splitRequested.emit(i)

    def _context_menu(self, pos) -> None:
        item = self._list.itemAt(pos)
        if item is None:
            return
        if not item.isSelected():
            self._list.setCurrentItem(item)  # a plain selection of the clicked row
        menu = QMenu(self)
        for act in (self.act_change, self.act_pin, self.act_merge, self.act_split):
            menu.addAction(act)
        menu.popup(self._list.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ internals

    MAX_VISIBLE_ROWS = 8

    def _fit_list(self) -> None:
        """As tall as its rows (up to MAX_VISIBLE_ROWS), so a page scrolls, not a list in it."""
        rows = [self._list.sizeHintForRow(i) for i in range(min(self._list.count(),
                                                                 self.MAX_VISIBLE_ROWS))]
        h = sum(rows) if rows else 34
        if self._list.count() > self.MAX_VISIBLE_ROWS:
            h += rows[-1] // 2  # show that there is more
        self._list.setFixedHeight(h + 2 * self._list.frameWidth())

    def _refresh(self) -> None:
        n = len(self._palette)
        self._fit_list()
        self._empty.setVisible(n == 0)
        self._list.setVisible(n > 0)
        if self._count is None and n:
            self._found.setText(self.tr("%1 found").replace("%1", str(n)))
        else:
            self._found.setText("")
        one = self._one()
        two = len(self._order) == 2
        self.act_change.setEnabled(one is not None)
        self.act_split.setEnabled(one is not None)
        self.act_pin.setEnabled(one is not None)
        pinned = one is not None and self._palette[one].pinned
        self.act_pin.setText(self.tr("Unpin") if pinned else self.tr("Pin"))
        self.act_pin.setToolTip(
            self.tr("Let this colour change again when the colours are found again") if pinned
            else self.tr("Keep this colour exactly when the colours are found again"))
        self.act_merge.setEnabled(two)
        if two:
            a, b = (self._palette[k].name for k in self._order)
            text = self.tr("Merge %1 into %2").replace("%1", a).replace("%2", b)
            self.act_merge.setToolTip(text)
            self._hint.setText(text + ".")
        else:
            self.act_merge.setToolTip(self.tr("Select a colour, then Ctrl-click the colour "
                                              "to merge it into"))
            self._hint.setText(self.tr("Ctrl-click a second colour to merge the first into it.")
                               if one is not None else
                               self.tr("Click a colour to change, pin or split it.") if n else "")
        self._hint.setVisible(bool(self._hint.text()))
