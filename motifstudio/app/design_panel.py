"""The Design step's controls: colours (palette, limits, overrides, vision check)
and layout (single, repeat, medallion, rug with borders, counterchange).

The panel only emits requests: ``editRequested(Edit)`` with a named edit of
:mod:`motifstudio.project.workspace` (the window applies it, so it is
undoable), and a few actions the window carries out (files, dialogs).
:meth:`DesignPanel.set_state` shows a state and never emits.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMenu, QPushButton, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from ..core.colour import delta_e_ciede2000
from ..core.document import Palette
from ..design.layout import Border
from ..design.spec import ColourPlan, Design, DesignSpec, nearest_colour_index
from ..design.symmetry import FRIEZE_GROUPS, WALLPAPER_GROUPS
from ..project import workspace as wsmod
from .param_form import ButtonGrid, ComboBox, DoubleSpinBox, SpinBox, rich_tooltip

KINDS = ("single", "repeat", "medallion", "rug")
VISION_MODES = ("normal", "protan", "deutan", "tritan", "grey")


def chip(rgb, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(*(int(v) for v in rgb)))
    return QIcon(pm)


class DesignPanel(QWidget):
    """Signals
    -------
    editRequested(object)        a named workspace Edit
    visionModeChanged(str)       one of VISION_MODES (preview only, not an edit)
    actionRequested(str)         "palette-file", "palette-image", "measure", "harmony", "save-palette",
                                 "background", "check-symmetry", "apply-symmetry"
    """

    editRequested = Signal(object)
    visionModeChanged = Signal(str)
    actionRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("designPanel")
        self._spec = DesignSpec()
        self._traced: Optional[Palette] = None
        self._design: Optional[Design] = None
        self._palettes = []          # bundled PaletteInfo
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self._build_colours(lay)
        self._build_layout(lay)
        self._build_symmetry(lay)
        # long palette and pattern names must not widen the 300 px dock: combos
        # shrink and elide, their full text stays in the popup
        for combo in self.findChildren(ComboBox):
            combo.setSizeAdjustPolicy(ComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self._sync_visibility()

    # ================================================================ building
    def _section(self, lay, text: str) -> QLabel:
        label = QLabel(text, self)
        f = label.font()
        f.setBold(True)
        label.setFont(f)
        label.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(label)
        return label

    def _form(self, lay) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        lay.addLayout(form)
        return form

    def _spin(self, lo, hi, step, suffix="", decimals=0, tip=""):
        w = SpinBox(self) if decimals == 0 else DoubleSpinBox(self)
        w.setRange(lo, hi)
        w.setSingleStep(step)
        if decimals:
            w.setDecimals(decimals)
        if suffix:
            w.setSuffix(suffix)
        if tip:
            w.setToolTip(rich_tooltip(tip))
        return w

    def _build_colours(self, lay) -> None:
        self._section(lay, self.tr("Colours"))
        form = self._form(lay)
        self.palette_combo = ComboBox(self)
        self.palette_combo.setObjectName("paletteCombo")
        self.palette_combo.setToolTip(rich_tooltip(self.tr(
            "Recolour the motif with threads or felts you can buy, a palette of ours, a "
            "palette file or a harmony. The light and dark order of the motif is kept.")))
        self.palette_combo.activated.connect(self._on_palette_chosen)
        form.addRow(QLabel(self.tr("Palette"), self))
        form.addRow(self.palette_combo)

        self.min_de = self._spin(0, 50, 1, " ΔE", tip=self.tr(
            "Colours that touch stay at least this different (CIEDE2000). About 10 is easy to "
            "tell apart on felt and thread; 0 turns the check off."))
        self.min_de.setObjectName("minDeltaE")
        self.min_de.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("colours", min_delta_e=float(v))))
        form.addRow(self.tr("Touching colours differ"), self.min_de)

        self.max_colours = self._spin(0, 64, 1, tip=self.tr(
            "Use at most this many colours (threads or felts); the closest colours are merged. "
            "Empty: as many as the motif has."))
        self.max_colours.setObjectName("maxColours")
        self.max_colours.setSpecialValueText(self.tr("All"))
        self.max_colours.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("colours", max_colours=int(v) or None)))
        form.addRow(self.tr("At most"), self.max_colours)

        self.keep_order = QCheckBox(self.tr("Keep light and dark order"), self)
        self.keep_order.setObjectName("keepOrder")
        self.keep_order.toggled.connect(
            lambda on: self._emit(wsmod.set_design("colours", keep_lightness_order=bool(on))))
        form.addRow(self.keep_order)

        self.mapping = QListWidget(self)
        self.mapping.setObjectName("colourMapping")
        self.mapping.setToolTip(rich_tooltip(self.tr(
            "Each colour of the motif and the colour it becomes. Double-click (or Enter) to "
            "choose another one yourself.")))
        self.mapping.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        self.mapping.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.mapping.setTextElideMode(Qt.ElideRight)
        self.mapping.itemActivated.connect(self._on_mapping_activated)
        lay.addWidget(self.mapping)

        self.warnings = QLabel(self)
        self.warnings.setObjectName("designWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.PlainText)
        self.warnings.setStyleSheet("color: #a04000;")
        lay.addWidget(self.warnings)

        row = QHBoxLayout()
        self.vision = ComboBox(self)
        self.vision.setObjectName("visionMode")
        for mode, text in zip(VISION_MODES, (self.tr("Normal vision"),
                                             self.tr("Red-blind (protan)"),
                                             self.tr("Green-blind (deutan)"),
                                             self.tr("Blue-blind (tritan)"),
                                             self.tr("Greyscale print"))):
            self.vision.addItem(text, mode)
        self.vision.setToolTip(rich_tooltip(self.tr(
            "See the design as people with colour-vision deficiency see it, or as a "
            "black-and-white printer prints it. The design itself does not change.")))
        self.vision.currentIndexChanged.connect(self._on_vision)
        row.addWidget(self.vision, 1)
        lay.addLayout(row)
        self.vision_note = QLabel(self)
        self.vision_note.setObjectName("visionNote")
        self.vision_note.setWordWrap(True)
        lay.addWidget(self.vision_note)

        tools = []
        for name, text, tip in (
                ("harmony", self.tr("Harmony…"),
                 self.tr("Make a palette from one colour: complementary, analogous, triadic…")),
                ("palette-image", self.tr("From image…"),
                 self.tr("Take the colours of any picture as a palette.")),
                ("measure", self.tr("Measure…"),
                 self.tr("Photograph your threads or felts beside a white card and measure "
                         "their real colours.")),
                ("palette-file", self.tr("Open…"),
                 self.tr("Use a GIMP (.gpl) or Adobe (.ase) palette file.")),
                ("save-palette", self.tr("Save…"),
                 self.tr("Save the design's colours as a GIMP (.gpl) or Adobe (.ase) palette."))):
            b = QPushButton(text, self)
            b.setObjectName(f"action-{name}")
            b.setToolTip(rich_tooltip(tip))
            b.clicked.connect(lambda _=False, n=name: self.actionRequested.emit(n))
            tools.append(b)
        lay.addWidget(ButtonGrid(tools, 2, self))

    def _build_layout(self, lay) -> None:
        self._section(lay, self.tr("Layout"))
        form = self._form(lay)
        self.kind = ComboBox(self)
        self.kind.setObjectName("layoutKind")
        for k, text in zip(KINDS, (self.tr("The motif alone"), self.tr("All-over repeat"),
                                   self.tr("Medallion"), self.tr("Rug or panel"))):
            self.kind.addItem(text, k)
        self.kind.activated.connect(lambda i: self._emit(
            wsmod.set_design("layout", kind=self.kind.itemData(i))))
        form.addRow(self.tr("Make"), self.kind)

        self.size_preset = ComboBox(self)
        self.size_preset.setObjectName("sizePreset")
        self._size_presets = [(None, self.tr("Custom size")),
                              ((1500.0, 2200.0), self.tr("Shyrdak 150 × 220 cm")),
                              ((1200.0, 1800.0), self.tr("Shyrdak 120 × 180 cm")),
                              ((450.0, 450.0), self.tr("Cushion 45 × 45 cm")),
                              ((500.0, 1800.0), self.tr("Scarf 50 × 180 cm")),
                              ((1200.0, 1600.0), self.tr("Suzani panel 120 × 160 cm")),
                              ((210.0, 297.0), self.tr("A4 sheet"))]
        for size, text in self._size_presets:
            # Qt stores tuples as lists; a "WxH" string survives findData()
            self.size_preset.addItem(text, "" if size is None else f"{size[0]:g}x{size[1]:g}")
        self.size_preset.activated.connect(self._on_size_preset)
        form.addRow(self.tr("Size"), self.size_preset)
        size_row = QHBoxLayout()
        self.width_mm = self._spin(10, 20000, 10, " mm", 1)
        self.width_mm.setObjectName("designWidth")
        self.height_mm = self._spin(10, 20000, 10, " mm", 1)
        self.height_mm.setObjectName("designHeight")
        for w in (self.width_mm, self.height_mm):
            w.valueChanged.connect(self._on_size)
        size_row.addWidget(self.width_mm)
        size_row.addWidget(QLabel("×", self))
        size_row.addWidget(self.height_mm)
        form.addRow(size_row)

        # -- repeat
        self.repeat_box = QWidget(self)
        rf = QFormLayout(self.repeat_box)
        rf.setContentsMargins(0, 0, 0, 0)
        rf.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.group = ComboBox(self.repeat_box)
        self.group.setObjectName("repeatGroup")
        textile = ((self.tr("Block"), "block"), (self.tr("Half-drop"), "half-drop"),
                   (self.tr("Half-brick"), "half-brick"), (self.tr("Brick"), "brick"),
                   (self.tr("Mirror"), "mirror"))
        for text, name in textile:
            self.group.addItem(text, name)
        self.group.insertSeparator(self.group.count())
        for name in WALLPAPER_GROUPS:
            self.group.addItem(self.tr("Symmetry group %1").replace("%1", name), name)
        self.group.setToolTip(rich_tooltip(self.tr(
            "How the copies repeat: the textile repeats designers know, or any of the 17 "
            "symmetry groups of the plane (p1 … p6m).")))
        self.group.activated.connect(lambda i: self._emit(
            wsmod.set_design("repeat", group=self.group.itemData(i))))
        rf.addRow(self.tr("Repeat"), self.group)
        self.motif_width = self._spin(0, 5000, 5, " mm", 1, self.tr(
            "The width of one motif. Empty: the size it was traced at."))
        self.motif_width.setObjectName("motifWidth")
        self.motif_width.setSpecialValueText(self.tr("Traced size"))
        self.motif_width.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("repeat", motif_width_mm=float(v))))
        rf.addRow(self.tr("Motif width"), self.motif_width)
        self.spacing = self._spin(0, 2000, 1, " mm", 1, self.tr("The gap between copies."))
        self.spacing.setObjectName("spacing")
        self.spacing.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("repeat", spacing_mm=float(v))))
        rf.addRow(self.tr("Spacing"), self.spacing)
        self.rotation = self._spin(-180, 180, 15, " °", 1, self.tr("Turn the whole repeat."))
        self.rotation.setObjectName("rotation")
        self.rotation.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("repeat", rotation_deg=float(v))))
        rf.addRow(self.tr("Turn"), self.rotation)
        self.offset = self._spin(0, 100, 5, " %", tip=self.tr(
            "How far each row of a brick repeat is shifted, as a share of the motif width."))
        self.offset.setObjectName("brickOffset")
        self.offset.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("repeat", offset=v / 100.0)))
        self.offset_label = QLabel(self.tr("Row shift"), self.repeat_box)
        rf.addRow(self.offset_label, self.offset)
        lay.addWidget(self.repeat_box)

        # -- medallion
        self.medallion_box = QWidget(self)
        mf = QFormLayout(self.medallion_box)
        mf.setContentsMargins(0, 0, 0, 0)
        mf.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.copies = self._spin(1, 24, 1, tip=self.tr("How many copies turn round the centre."))
        self.copies.setObjectName("medallionCopies")
        self.copies.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("medallion", n=int(v))))
        mf.addRow(self.tr("Copies"), self.copies)
        self.mirrors = QCheckBox(self.tr("Mirror each copy"), self.medallion_box)
        self.mirrors.setObjectName("medallionMirrors")
        self.mirrors.setToolTip(rich_tooltip(self.tr(
            "Dihedral symmetry: each copy is mirrored about its centre line, like most "
            "shyrdak and suzani rosettes.")))
        self.mirrors.toggled.connect(
            lambda on: self._emit(wsmod.set_design("medallion", dihedral=bool(on))))
        mf.addRow(self.mirrors)
        self.med_size = self._spin(5, 100, 5, " %", tip=self.tr(
            "Diameter as a share of the field's shorter side."))
        self.med_size.setObjectName("medallionSize")
        self.med_size.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("medallion", size=v / 100.0)))
        mf.addRow(self.tr("Diameter"), self.med_size)
        self.med_inner = self._spin(0, 90, 5, " %", tip=self.tr(
            "The empty centre, as a share of the radius."))
        self.med_inner.setObjectName("medallionInner")
        self.med_inner.valueChanged.connect(
            lambda v: self._emit(wsmod.set_design("medallion", inner=v / 100.0)))
        mf.addRow(self.tr("Open centre"), self.med_inner)
        lay.addWidget(self.medallion_box)

        # -- rug
        self.rug_box = QWidget(self)
        rl = QVBoxLayout(self.rug_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rform = QFormLayout()
        rform.setContentsMargins(0, 0, 0, 0)
        rform.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.field = ComboBox(self.rug_box)
        self.field.setObjectName("rugField")
        for name, text in (("repeat", self.tr("Repeat")), ("medallion", self.tr("Medallion")),
                           ("plain", self.tr("Plain ground"))):
            self.field.addItem(text, name)
        self.field.activated.connect(lambda i: self._emit(
            wsmod.set_design("layout", field=self.field.itemData(i))))
        rform.addRow(self.tr("Field"), self.field)
        self.corner_pieces = QCheckBox(self.tr("Quarter medallions in the corners"), self.rug_box)
        self.corner_pieces.setObjectName("cornerPieces")
        self.corner_pieces.toggled.connect(
            lambda on: self._emit(wsmod.set_design("layout", corner_pieces=bool(on))))
        rform.addRow(self.corner_pieces)
        rl.addLayout(rform)
        border_row = QHBoxLayout()
        border_row.addWidget(QLabel(self.tr("Borders, outside first"), self.rug_box), 1)
        self.add_border = QToolButton(self.rug_box)
        self.add_border.setObjectName("addBorder")
        self.add_border.setText("+")
        self.add_border.setToolTip(self.tr("Add a border inside the others"))
        self.add_border.clicked.connect(self._on_add_border)
        self.remove_border = QToolButton(self.rug_box)
        self.remove_border.setObjectName("removeBorder")
        self.remove_border.setText("−")
        self.remove_border.setToolTip(self.tr("Remove the selected border"))
        self.remove_border.clicked.connect(self._on_remove_border)
        border_row.addWidget(self.add_border)
        border_row.addWidget(self.remove_border)
        rl.addLayout(border_row)
        self.borders = QListWidget(self.rug_box)
        self.borders.setObjectName("borderList")
        self.borders.setMaximumHeight(90)
        self.borders.currentRowChanged.connect(self._show_border)
        rl.addWidget(self.borders)
        bform = QFormLayout()
        bform.setContentsMargins(0, 0, 0, 0)
        bform.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.frieze = ComboBox(self.rug_box)
        self.frieze.setObjectName("borderGroup")
        for name, text in zip(FRIEZE_GROUPS, (
                self.tr("Hop: the motif repeated (p111)"),
                self.tr("Sidle: mirrored side to side (p1m1)"),
                self.tr("Jump: mirrored across the band (p11m)"),
                self.tr("Step: flipped every other copy (p11g)"),
                self.tr("Spinning hop: half-turned copies (p211)"),
                self.tr("Spinning sidle (p2mg)"),
                self.tr("Spinning jump: all mirrors (p2mm)"))):
            self.frieze.addItem(text, name)
        self.frieze.activated.connect(lambda _i: self._edit_border())
        bform.addRow(self.tr("Pattern"), self.frieze)
        self.border_width = self._spin(1, 2000, 5, " mm", 1)
        self.border_width.setObjectName("borderWidth")
        self.border_width.valueChanged.connect(lambda _v: self._edit_border())
        bform.addRow(self.tr("Width"), self.border_width)
        self.corners = ComboBox(self.rug_box)
        self.corners.setObjectName("borderCorners")
        self.corners.addItem(self.tr("Mitred at 45°"), "mitre")
        self.corners.addItem(self.tr("A motif in each corner"), "motif")
        self.corners.activated.connect(lambda _i: self._edit_border())
        bform.addRow(self.tr("Corners"), self.corners)
        self.border_gap = self._spin(0, 1000, 5, " mm", 1, self.tr(
            "Plain ground between this border and the next one inside."))
        self.border_gap.setObjectName("borderGap")
        self.border_gap.valueChanged.connect(lambda _v: self._edit_border())
        bform.addRow(self.tr("Gap inside"), self.border_gap)
        self.border_editor = QWidget(self.rug_box)
        self.border_editor.setLayout(bform)
        rl.addWidget(self.border_editor)
        lay.addWidget(self.rug_box)

        # -- counterchange and ground
        cform = self._form(lay)
        self.counterchange = ComboBox(self)
        self.counterchange.setObjectName("counterchange")
        for name, text in (("none", self.tr("No")), ("all", self.tr("Swap everywhere")),
                           ("alternate", self.tr("Every other copy"))):
            self.counterchange.addItem(text, name)
        self.counterchange.setToolTip(rich_tooltip(self.tr(
            "Counterchange two colours, as in a shyrdak cut from two felts: the positive and "
            "negative pieces.")))
        self.counterchange.activated.connect(lambda i: self._emit(
            wsmod.set_design("layout", counterchange=self.counterchange.itemData(i))))
        cform.addRow(self.tr("Counterchange"), self.counterchange)
        swap_row = QHBoxLayout()
        self.swap_a = ComboBox(self)
        self.swap_a.setObjectName("swapA")
        self.swap_b = ComboBox(self)
        self.swap_b.setObjectName("swapB")
        for c in (self.swap_a, self.swap_b):
            c.activated.connect(self._on_swap)
            swap_row.addWidget(c, 1)
        self.swap_label = QLabel(self.tr("Swap"), self)
        cform.addRow(self.swap_label, swap_row)
        self.background = QPushButton(self)
        self.background.setObjectName("backgroundButton")
        self.background.setToolTip(rich_tooltip(self.tr(
            "The ground between the copies. Automatic: the motif's largest colour.")))
        self.background.clicked.connect(lambda: self.actionRequested.emit("background"))
        cform.addRow(self.tr("Ground"), self.background)
        self.layout_note = QLabel(self)
        self.layout_note.setObjectName("layoutNote")
        self.layout_note.setWordWrap(True)
        lay.addWidget(self.layout_note)

    def _build_symmetry(self, lay) -> None:
        self._section(lay, self.tr("Symmetry repair"))
        self.symmetry_note = QLabel(self.tr(
            "Old textiles are rarely perfectly symmetric. Find the motif's symmetry and, if you "
            "wish, make its copies agree; the photo and the undo history keep the original."),
            self)
        self.symmetry_note.setWordWrap(True)
        self.symmetry_note.setObjectName("symmetryNote")
        lay.addWidget(self.symmetry_note)
        self.check_symmetry = QPushButton(self.tr("Find symmetry"), self)
        self.check_symmetry.setObjectName("checkSymmetry")
        self.check_symmetry.clicked.connect(lambda: self.actionRequested.emit("check-symmetry"))
        self.apply_symmetry = QPushButton(self.tr("Make symmetric"), self)
        self.apply_symmetry.setObjectName("applySymmetry")
        self.apply_symmetry.setEnabled(False)
        self.apply_symmetry.clicked.connect(lambda: self.actionRequested.emit("apply-symmetry"))
        lay.addWidget(ButtonGrid([self.check_symmetry, self.apply_symmetry], 2, self))

    # ================================================================ state
    def set_palettes(self, infos) -> None:
        """The bundled palettes (design.library.PaletteInfo) offered in the combo."""
        self._palettes = list(infos)
        self._fill_palette_combo()

    def _fill_palette_combo(self) -> None:
        with QSignalBlocker(self.palette_combo):
            c = self.palette_combo
            c.clear()
            c.addItem(self.tr("Traced colours"), "")
            kinds = {"threads": self.tr("threads"), "modern": self.tr("modern"),
                     "natural-dye": self.tr("natural dyes"), "mine": self.tr("mine")}
            for info in self._palettes:
                c.addItem(f"{info.name} ({kinds.get(info.kind, info.kind)}, {info.count})", info.id)
                c.setItemData(c.count() - 1, rich_tooltip(info.provenance), Qt.ToolTipRole)
            target = self._spec.colours.target
            if target is not None and not any(i.name == target.name for i in self._palettes):
                c.addItem(self.tr("%1 (this project)").replace("%1", target.name or "…"), "@current")
            match = 0
            if target is not None:
                match = next((k for k in range(c.count()) if c.itemData(k) == "@current"), 0)
                for k, info in enumerate(self._palettes, start=1):
                    if info.name == target.name:
                        match = k
            c.setCurrentIndex(match)

    def set_state(self, spec: DesignSpec, traced: Optional[Palette], design: Optional[Design],
                  error: str = "") -> None:
        """Show *spec* (and the built *design*, or the *error* that stopped it)."""
        self._spec, self._traced, self._design = spec, traced, design
        blockers = [QSignalBlocker(w) for w in self.findChildren(QWidget)]
        try:
            self._fill_palette_combo()
            cp = spec.colours
            self.min_de.setValue(int(round(cp.min_delta_e)))
            self.max_colours.setValue(cp.max_colours or 0)
            self.keep_order.setChecked(cp.keep_lightness_order)
            for w in (self.min_de, self.max_colours, self.keep_order):
                w.setEnabled(cp.target is not None)
            lay = spec.layout
            self.kind.setCurrentIndex(max(0, self.kind.findData(lay.kind)))
            self.width_mm.setValue(lay.size_mm[0])
            self.height_mm.setValue(lay.size_mm[1])
            preset = next((k for k, (s, _) in enumerate(self._size_presets)
                           if s is not None and tuple(s) == tuple(lay.size_mm)), 0)
            self.size_preset.setCurrentIndex(preset)
            r = lay.repeat
            self.group.setCurrentIndex(max(0, self.group.findData(r.group)))
            self.motif_width.setValue(r.motif_width_mm)
            self.spacing.setValue(r.spacing_mm)
            self.rotation.setValue(r.rotation_deg)
            self.offset.setValue(int(round(r.offset * 100)))
            m = lay.medallion
            self.copies.setValue(m.n)
            self.mirrors.setChecked(m.dihedral)
            self.med_size.setValue(int(round(m.size * 100)))
            self.med_inner.setValue(int(round(m.inner * 100)))
            self.field.setCurrentIndex(max(0, self.field.findData(lay.field)))
            self.corner_pieces.setChecked(lay.corner_pieces)
            row = self.borders.currentRow()
            self.borders.clear()
            for k, b in enumerate(lay.borders):
                self.borders.addItem(self.tr("%1. %2, %3 mm").replace("%1", str(k + 1))
                                     .replace("%2", b.group).replace("%3", f"{b.width_mm:g}"))
            if lay.borders:
                self.borders.setCurrentRow(min(max(row, 0), len(lay.borders) - 1))
            self._show_border(self.borders.currentRow())
            self.counterchange.setCurrentIndex(max(0, self.counterchange.findData(lay.counterchange)))
            self._fill_mapping()
            self._fill_swap()
            self._show_background()
        finally:
            del blockers
        notes = list(design.warnings) if design is not None else []
        self.warnings.setText(error or "\n".join(notes))
        self.warnings.setVisible(bool(error or notes))
        if design is not None:
            W, H = design.size_mm
            self.layout_note.setText(self.tr("%1 × %2 cm, %3 copies of the motif").replace(
                "%1", f"{W / 10:g}").replace("%2", f"{H / 10:g}").replace(
                "%3", str(design.composition.n_instances)))
        else:
            self.layout_note.setText("")
        self._update_vision_note()
        self._sync_visibility()

    def _fill_mapping(self) -> None:
        self.mapping.clear()
        d, traced = self._design, self._traced
        if traced is None:
            return
        for s, sw in enumerate(traced.swatches):
            item = QListWidgetItem(self.mapping)
            if d is None or s not in d.mapping:
                item.setText(sw.hex)
                item.setIcon(chip(sw.rgb))
                continue
            f = d.mapping[s]
            final = d.motif.palette[f]
            label = final.name if final.name != final.hex else final.hex
            if final.source and final.source not in label:
                label = f"{final.source} {label}"
            manual = any(nearest_colour_index(traced, h) == s for h, _ in self._spec.colours.overrides)
            item.setText(f"{sw.hex}  →  {label}" + ("  ✎" if manual else ""))
            item.setIcon(chip(final.rgb, 18))
            item.setToolTip(self.tr("Was %1, now %2").replace("%1", sw.hex).replace("%2", final.hex))
            item.setData(Qt.UserRole, s)
        rows = max(1, self.mapping.count())
        self.mapping.setFixedHeight(min(8, rows) * (self.mapping.sizeHintForRow(0) + 2) + 6)

    def _fill_swap(self) -> None:
        d = self._design
        for combo in (self.swap_a, self.swap_b):
            combo.clear()
        if d is None:
            return
        pal = d.motif.palette
        for combo in (self.swap_a, self.swap_b):
            for k, sw in enumerate(pal.swatches):
                combo.addItem(chip(sw.rgb), sw.name if sw.name != sw.hex else sw.hex, k)
        if d.swap:
            self.swap_a.setCurrentIndex(d.swap[0])
            self.swap_b.setCurrentIndex(d.swap[1])

    def _show_background(self) -> None:
        d = self._design
        bg = self._spec.layout.background
        if d is not None:
            self.background.setIcon(chip(d.background, 16))
        self.background.setText(bg if bg else self.tr("Automatic"))

    def _show_border(self, row: int) -> None:
        borders = self._spec.layout.borders
        has = 0 <= row < len(borders)
        self.border_editor.setEnabled(has)
        self.remove_border.setEnabled(has)
        if not has:
            return
        b = borders[row]
        for w in (self.frieze, self.border_width, self.corners, self.border_gap):
            w.blockSignals(True)
        self.frieze.setCurrentIndex(max(0, self.frieze.findData(b.group)))
        self.border_width.setValue(b.width_mm)
        self.corners.setCurrentIndex(max(0, self.corners.findData(b.corners)))
        self.border_gap.setValue(b.gap_mm)
        for w in (self.frieze, self.border_width, self.corners, self.border_gap):
            w.blockSignals(False)

    def _sync_visibility(self) -> None:
        kind = self._spec.layout.kind
        field = self._spec.layout.field
        self.repeat_box.setVisible(kind == "repeat" or (kind == "rug" and field == "repeat"))
        self.medallion_box.setVisible(kind == "medallion" or
                                      (kind == "rug" and (field == "medallion"
                                                          or self._spec.layout.corner_pieces)))
        self.rug_box.setVisible(kind == "rug")
        brick = self._spec.layout.repeat.group == "brick"
        self.offset.setVisible(brick)
        self.offset_label.setVisible(brick)
        cc = self._spec.layout.counterchange != "none"
        for w in (self.swap_a, self.swap_b, self.swap_label):
            w.setVisible(cc)

    def _update_vision_note(self) -> None:
        d = self._design
        mode = self.vision.currentData()
        if d is None or mode == "normal":
            self.vision_note.setText("")
            self.vision_note.setVisible(False)
            return
        from ..design.recolour import adjacent_pairs
        from ..design.vision import min_adjacent_delta_e
        pairs = [tuple(p) for p in adjacent_pairs(d.motif.planar_map).tolist()]
        if not pairs:
            self.vision_note.setVisible(False)
            return
        kind = "greyscale" if mode == "grey" else mode
        value = min_adjacent_delta_e(d.motif.palette.lab_array(), pairs, kind)
        self.vision_note.setText(self.tr(
            "Seen this way, the closest touching colours differ by ΔE %1%2").replace(
            "%1", f"{value:.0f}").replace(
            "%2", self.tr(": hard to tell apart.") if value < 10 else "."))
        self.vision_note.setVisible(True)

    def set_symmetry_result(self, text: str, can_apply: bool) -> None:
        self.symmetry_note.setText(text)
        self.apply_symmetry.setEnabled(can_apply)

    # ================================================================ slots
    def _emit(self, edit) -> None:
        self.editRequested.emit(edit)

    def _on_vision(self, index: int) -> None:
        self._update_vision_note()
        self.visionModeChanged.emit(self.vision.itemData(index))

    def _on_palette_chosen(self, index: int) -> None:
        key = self.palette_combo.itemData(index)
        cp = self._spec.colours
        if key == "@current":
            return
        if key == "":
            self._emit(wsmod.use_palette(ColourPlan(min_delta_e=cp.min_delta_e,
                                                    max_colours=cp.max_colours,
                                                    keep_lightness_order=cp.keep_lightness_order)))
            return
        try:
            if key.startswith("file:"):
                from ..design.palettes import read_gpl
                target = read_gpl(key[5:])
            else:
                from ..design.library import load_palette
                target = load_palette(key)
        except (OSError, ValueError) as exc:
            self.warnings.setText(str(exc))
            self.warnings.setVisible(True)
            return
        self._emit(wsmod.use_palette(ColourPlan(target=target, min_delta_e=cp.min_delta_e,
                                                max_colours=cp.max_colours,
                                                keep_lightness_order=cp.keep_lightness_order)))

    def _on_mapping_activated(self, item: QListWidgetItem) -> None:
        s = item.data(Qt.UserRole)
        target = self._spec.colours.target
        if s is None or target is None or self._traced is None:
            return
        src = self._traced[int(s)]
        de = delta_e_ciede2000(np.asarray(src.lab)[None], target.lab_array())
        order = np.argsort(de)[:16]
        menu = QMenu(self)
        auto = menu.addAction(self.tr("Automatic"))
        menu.addSeparator()
        actions = {}
        for t in order.tolist():
            sw = target[t]
            name = sw.name if sw.name != sw.hex else sw.hex
            text = f"{sw.source} {name}" if sw.source and sw.source not in name else name
            a = menu.addAction(chip(sw.rgb), f"{text}   ΔE {de[t]:.0f}")
            actions[a] = t
        rect = self.mapping.visualItemRect(item)
        chosen = menu.exec(self.mapping.viewport().mapToGlobal(rect.bottomLeft()))
        if chosen is None:
            return
        keep = tuple((h, t) for h, t in self._spec.colours.overrides
                     if nearest_colour_index(self._traced, h) != int(s))
        if chosen is not auto:
            keep = keep + ((src.hex, actions[chosen]),)
        self._emit(wsmod.set_design("colours", overrides=keep))

    def _on_size_preset(self, index: int) -> None:
        size = self.size_preset.itemData(index)
        if size:
            w, h = (float(v) for v in size.split("x"))
            self._emit(wsmod.set_design("layout", size_mm=(w, h)))

    def _on_size(self, _v=None) -> None:
        self._emit(wsmod.set_design("layout", size_mm=(float(self.width_mm.value()),
                                                       float(self.height_mm.value()))))

    def _on_add_border(self) -> None:
        borders = self._spec.layout.borders
        W, H = self._spec.layout.size_mm
        width = round(max(10.0, min(W, H) * 0.08), -1) if borders else round(min(W, H) * 0.1, -1)
        new = Border(group="p1m1" if not borders else "p111", width_mm=max(10.0, width))
        self._emit(wsmod.set_borders(borders + (new,)))
        self.borders.setCurrentRow(len(borders))

    def _on_remove_border(self) -> None:
        row = self.borders.currentRow()
        borders = self._spec.layout.borders
        if 0 <= row < len(borders):
            self._emit(wsmod.set_borders(borders[:row] + borders[row + 1:]))

    def _edit_border(self) -> None:
        row = self.borders.currentRow()
        borders = list(self._spec.layout.borders)
        if not 0 <= row < len(borders):
            return
        borders[row] = Border(group=self.frieze.currentData(),
                              width_mm=float(self.border_width.value()),
                              corners=self.corners.currentData(),
                              gap_mm=float(self.border_gap.value()))
        self._emit(wsmod.set_borders(borders))

    def _on_swap(self, _i=None) -> None:
        d = self._design
        a, b = self.swap_a.currentData(), self.swap_b.currentData()
        if d is None or a is None or b is None or a == b or self._traced is None:
            return
        # name the traced colours whose final colours were chosen
        src = {}
        for s_, f in d.mapping.items():
            src.setdefault(f, s_)
        if a in src and b in src:
            self._emit(wsmod.set_swap(self._traced[src[a]].hex, self._traced[src[b]].hex))
