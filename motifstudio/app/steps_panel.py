"""The guided side panel: six steps from a phone photo to a vector file.

::

    ① Photo → ② Clean up → ③ Colours → ④ Vector → ⑤ Design → ⑥ Export

A vertical list of step buttons (number in a circle, a check mark once done,
the current step highlighted) sits above one page per step.  The panel holds
no logic: it shows what it is told (``set_*`` methods, which never emit) and
reports what the user asks for through signals, which the main window wires
to the controller and the canvas.

Steps are numbered from 0 in the API (:data:`PHOTO` … :data:`EXPORT`) and
from 1 on screen.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QComboBox, QFrame,
                               QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSlider,
                               QStackedWidget, QStyle, QStyleOptionFocusRect, QToolButton,
                               QVBoxLayout, QWidget)

from ..imaging.params import Recipe
from ..imaging.presets import describe_preset, preset_names
from .param_form import PRESETS_CONTEXT, ButtonGrid, ParamForm, dim, rich_tooltip

PHOTO, CLEANUP, COLOURS, VECTOR, DESIGN, EXPORT = range(6)
STEP_COUNT = 6
#: The canvas tools the panel can request (toolRequested).
TOOLS = ("corners", "crop", "eyedropper", "select", "brush", "fill")
#: The views the switcher offers (viewRequested).
VIEWS = ("original", "cleaned", "regions", "vector", "overlay")
#: Parameters shown on the Colours page by the palette panel instead of the form.
COLOURS_FORM_EXCLUDE = ("n_colors",)


class _StepButton(QAbstractButton):
    """One step of the list: a numbered circle (a check mark when done) and the step's name."""

    CIRCLE = 22

    def __init__(self, number: int, text: str, parent=None):
        super().__init__(parent)
        self.number = number
        self.done = False
        self.setText(text)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_done(self, done: bool) -> None:
        self.done = done
        self._update_accessible()
        self.update()

    def _update_accessible(self) -> None:
        state = QCoreApplication.translate("StepsPanel", "done") if self.done else ""
        self.setAccessibleName(
            QCoreApplication.translate("StepsPanel", "Step %1: %2").replace("%1", str(self.number))
            .replace("%2", self.text()) + (f" ({state})" if state else ""))

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        w = QFontMetrics(bold).horizontalAdvance(self.text())
        return QSize(self.CIRCLE + 24 + w, max(self.CIRCLE + 8, fm.height() + 10))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.CIRCLE + 60, self.sizeHint().height())

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        enabled = self.isEnabled()
        group = QPalette.Active if enabled else QPalette.Disabled
        hl = pal.color(QPalette.Active, QPalette.Highlight)
        text_col = pal.color(group, QPalette.WindowText)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        current = self.isChecked()
        if current:
            bg = QColor(hl)
            bg.setAlpha(45)
            p.setPen(Qt.NoPen)
            p.setBrush(bg)
            p.drawRoundedRect(r, 5, 5)
            bar = QRectF(r.left(), r.top() + 4, 3, r.height() - 8)
            p.setBrush(hl)
            p.drawRoundedRect(bar, 1.5, 1.5)
        elif self.underMouse() and enabled:
            bg = QColor(text_col)
            bg.setAlpha(18)
            p.setPen(Qt.NoPen)
            p.setBrush(bg)
            p.drawRoundedRect(r, 5, 5)
        # circle
        d = self.CIRCLE
        c = QRectF(10, (self.height() - d) / 2, d, d)
        green = QColor(46, 125, 50)
        if current:
            p.setPen(Qt.NoPen)
            p.setBrush(hl)
            mark_col = pal.color(QPalette.Active, QPalette.HighlightedText)
        elif self.done and enabled:
            p.setPen(Qt.NoPen)
            p.setBrush(green)
            mark_col = QColor("white")
        else:
            ring = QColor(text_col)
            ring.setAlpha(150 if enabled else 90)
            p.setPen(QPen(ring, 1.4))
            p.setBrush(Qt.NoBrush)
            mark_col = text_col
        p.drawEllipse(c)
        if self.done:
            path = QPainterPath(QPointF(c.left() + d * 0.27, c.top() + d * 0.52))
            path.lineTo(c.left() + d * 0.43, c.top() + d * 0.68)
            path.lineTo(c.left() + d * 0.73, c.top() + d * 0.35)
            pen = QPen(mark_col, 2.2, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            p.drawPath(path)
        else:
            f = QFont(self.font())
            f.setBold(True)
            p.setFont(f)
            p.setPen(mark_col)
            p.drawText(c, Qt.AlignCenter, str(self.number))
        # name
        f = QFont(self.font())
        f.setBold(current)
        p.setFont(f)
        p.setPen(text_col)
        tr = QRectF(c.right() + 10, 0, self.width() - c.right() - 14, self.height())
        text = p.fontMetrics().elidedText(self.text(), Qt.ElideRight, int(tr.width()))
        p.drawText(tr, Qt.AlignVCenter | Qt.AlignLeft, text)
        if self.hasFocus():
            opt = QStyleOptionFocusRect()
            opt.initFrom(self)
            opt.rect = self.rect().adjusted(1, 1, -1, -1)
            self.style().drawPrimitive(QStyle.PE_FrameFocusRect, opt, p, self)
        p.end()

    def enterEvent(self, event):  # noqa: N802
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event):  # noqa: N802
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event):  # noqa: N802
        # Up/Down move between the steps, as in a list
        key = event.key()
        if key in (Qt.Key_Up, Qt.Key_Down):
            self.focusNextPrevChild(key == Qt.Key_Down)
            return
        super().keyPressEvent(event)


class StepsPanel(QWidget):
    """The guided panel of the main window (about 300 px wide).

    Signals
    -------
    stepChanged(int)                 the user opened step *i* (0 = Photo … 5 = Export)
    paramsChanged(str, dict)         a form committed ``{name: value}`` for a recipe stage
    presetChosen(str)                a preset name of ``imaging.presets`` was chosen
    toolRequested(str)               a canvas tool: one of :data:`TOOLS`
    autoCornersRequested()           "Find corners"
    openPhotoRequested()             "Choose another photo…"
    viewRequested(str)               one of :data:`VIEWS`
    overlayOpacityChanged(float)     0..1
    brushSizeChanged(float)          brush diameter in image pixels
    recolourRegionRequested()        "Recolour region…" (the selected region)
    mergeRegionRequested()           "Merge into neighbour" (the selected region)
    exportRequested(str)             "motif", "svg", or a design writer's name
                                     ("design-svg", "png", "tile-svg", "tile-png")

    ``set_*`` methods update what is shown and never emit.
    """

    stepChanged = Signal(int)
    paramsChanged = Signal(str, dict)
    presetChosen = Signal(str)
    toolRequested = Signal(str)
    autoCornersRequested = Signal()
    openPhotoRequested = Signal()
    viewRequested = Signal(str)
    overlayOpacityChanged = Signal(float)
    brushSizeChanged = Signal(float)
    recolourRegionRequested = Signal()
    mergeRegionRequested = Signal()
    exportRequested = Signal(str)

    BRUSH_RANGE = (1, 200)   # px
    BRUSH_DEFAULT = 12

    def __init__(self, parent: Optional[QWidget] = None, recipe: Optional[Recipe] = None):
        super().__init__(parent)
        self.setObjectName("stepsPanel")
        recipe = recipe or Recipe()
        self._current = PHOTO
        self._enabled_steps = 1
        self._has_photo = False
        self.forms: dict[str, ParamForm] = {}
        self._tool_buttons: dict[str, QToolButton] = {}
        self._view_buttons: dict[str, QToolButton] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)

        # -- the step list
        self._step_names = [self.tr("Photo"), self.tr("Clean up"), self.tr("Colours"),
                            self.tr("Vector"), self.tr("Design"), self.tr("Export")]
        self._step_group = QButtonGroup(self)
        self._step_group.setExclusive(True)
        steps_box = QWidget(self)
        steps_box.setAccessibleName(self.tr("Steps"))
        steps_lay = QVBoxLayout(steps_box)
        steps_lay.setContentsMargins(0, 0, 0, 0)
        steps_lay.setSpacing(1)
        self._step_buttons: list[_StepButton] = []
        for i, name in enumerate(self._step_names):
            b = _StepButton(i + 1, name, steps_box)
            b.setObjectName(f"step{i}")
            b._update_accessible()
            self._step_group.addButton(b, i)
            steps_lay.addWidget(b)
            self._step_buttons.append(b)
        self._step_buttons[DESIGN].setToolTip(self.tr("New colours and arrangements at real size"))
        self._step_group.idClicked.connect(self._on_step_clicked)
        outer.addWidget(steps_box)

        line = QFrame(self)
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        outer.addWidget(line)

        # -- the pages
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("stepPages")
        self._pages: list[QWidget] = []
        builders = (self._build_photo, self._build_cleanup, self._build_colours,
                    self._build_vector, self._build_design, self._build_export)
        for i, build in enumerate(builders):
            page = QWidget()
            page.setObjectName(f"page{i}")
            lay = QVBoxLayout(page)
            lay.setContentsMargins(4, 2, 8, 8)
            lay.setSpacing(8)
            title = QLabel(f"{i + 1}. {self._step_names[i]}", page)
            f = title.font()
            f.setBold(True)
            f.setPointSizeF(f.pointSizeF() * 1.25)
            title.setFont(f)
            lay.addWidget(title)
            build(page, lay, recipe)
            lay.addStretch(1)
            scroll = QScrollArea(self._stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            self._stack.addWidget(scroll)
            self._pages.append(page)
        outer.addWidget(self._stack, 1)

        # -- next step
        self._next = QPushButton(self)
        self._next.setObjectName("nextStep")
        self._next.clicked.connect(lambda: self._go(self._current + 1))
        outer.addWidget(self._next)

        self._tool_group = QButtonGroup(self)
        self._tool_group.setExclusive(True)
        for name, b in self._tool_buttons.items():
            self._tool_group.addButton(b)

        self.set_source_info("")
        self.set_region_selected(False)
        self.set_enabled_steps(1)
        self._show_step(PHOTO)

    # ------------------------------------------------------------------ helpers

    def _section(self, lay: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        f = label.font()
        f.setBold(True)
        label.setFont(f)
        label.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(label)
        return label

    def _note(self, lay: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        dim(label)
        lay.addWidget(label)
        return label

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setObjectName(f"tool_{name}")
        b.setText(text)
        b.setToolTip(rich_tooltip(tip))
        b.setAccessibleName(text)
        b.setAccessibleDescription(tip)
        b.setCheckable(True)
        b.setToolButtonStyle(Qt.ToolButtonTextOnly)
        b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        b.clicked.connect(lambda _=False, n=name: self.toolRequested.emit(n))
        self._tool_buttons[name] = b
        return b

    @staticmethod
    def _button(text: str, tip: str = "", name: str = "") -> QPushButton:
        b = QPushButton(text)
        if name:
            b.setObjectName(name)
        if tip:
            b.setToolTip(rich_tooltip(tip))
            b.setAccessibleDescription(tip)
        b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        return b

    def _form(self, stage: str, recipe: Recipe, exclude=()) -> ParamForm:
        form = ParamForm(stage, getattr(recipe, stage), exclude=exclude)
        form.changed.connect(self.paramsChanged)
        self.forms[stage] = form
        return form

    @staticmethod
    def _grid(buttons, columns: int = 2) -> ButtonGrid:
        return ButtonGrid(buttons, columns)

    def _slider(self, name: str, lo: int, hi: int, value: int) -> QSlider:
        s = QSlider(Qt.Horizontal)
        s.setObjectName(name)
        s.setRange(lo, hi)
        s.setValue(value)
        s.setFocusPolicy(Qt.StrongFocus)
        return s

    # ------------------------------------------------------------------ pages

    def _build_photo(self, page: QWidget, lay: QVBoxLayout, recipe: Recipe) -> None:
        self._source_label = QLabel(page)
        self._source_label.setObjectName("sourceInfo")
        self._source_label.setWordWrap(True)
        self._source_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._source_label.setTextFormat(Qt.PlainText)
        lay.addWidget(self._source_label)
        self._open_button = self._button("", name="openPhoto")
        self._open_button.setDefault(True)
        self._open_button.clicked.connect(self.openPhotoRequested)
        lay.addWidget(self._open_button)
        self._note(lay, self.tr("Photograph the textile flat, in daylight, filling the frame."))

        self._section(lay, self.tr("Kind of textile"))
        self._preset_combo = QComboBox(page)
        self._preset_combo.setObjectName("preset")
        self._preset_combo.setAccessibleName(self.tr("Preset"))
        self._preset_combo.setPlaceholderText(self.tr("Choose a preset…"))
        self._preset_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self._preset_combo.setMinimumContentsLength(10)
        self._preset_combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        titles = self.preset_titles()
        for name in preset_names():
            self._preset_combo.addItem(titles.get(name, name), name)
            desc = QCoreApplication.translate(PRESETS_CONTEXT, describe_preset(name))
            self._preset_combo.setItemData(self._preset_combo.count() - 1, rich_tooltip(desc),
                                           Qt.ToolTipRole)
        self._preset_combo.setCurrentIndex(-1)
        self._preset_combo.activated.connect(self._on_preset_activated)
        self._preset_combo.currentIndexChanged.connect(self._show_preset_description)
        lay.addWidget(self._preset_combo)
        self._preset_desc = self._note(lay, "")
        self._preset_desc.setObjectName("presetDescription")
        self._show_preset_description(-1)
        self._note(lay, self.tr("A preset sets every step to suit the textile; "
                                "you can still change each setting."))

    def _build_cleanup(self, page: QWidget, lay: QVBoxLayout, recipe: Recipe) -> None:
        self._note(lay, self.tr("Make the textile straight, square and evenly lit."))
        self._section(lay, self.tr("Tools"))
        corners = self._tool("corners", self.tr("Straighten (4 corners)"),
                             self.tr("Click the four corners of the textile on the photo; "
                                     "it is straightened to a rectangle."))
        self._find_corners = QToolButton()
        self._find_corners.setObjectName("findCorners")
        self._find_corners.setText(self.tr("Find corners"))
        self._find_corners.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self._find_corners.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        tip = self.tr("Look for the textile's corners automatically; you can then move them.")
        self._find_corners.setToolTip(rich_tooltip(tip))
        self._find_corners.setAccessibleDescription(tip)
        self._find_corners.clicked.connect(self.autoCornersRequested)
        crop = self._tool("crop", self.tr("Crop"),
                          self.tr("Drag a rectangle around the part of the photo to keep."))
        white = self._tool("eyedropper", self.tr("Pick white point"),
                           self.tr("Click a spot of the textile that should be white or grey "
                                   "to remove the colour cast of the light."))
        lay.addWidget(self._grid([corners, self._find_corners, crop, white]))
        self._section(lay, self.tr("Settings"))
        lay.addWidget(self._form("cleanup", recipe))

    def _build_colours(self, page: QWidget, lay: QVBoxLayout, recipe: Recipe) -> None:
        self._note(lay, self.tr("The photo is split into a few flat colours."))
        self._palette_layout = QVBoxLayout()
        self._palette_layout.setContentsMargins(0, 0, 0, 0)
        self._palette_layout.setObjectName("paletteSlot")
        lay.addLayout(self._palette_layout)

        self._section(lay, self.tr("Settings"))
        lay.addWidget(self._form("segment", recipe, exclude=COLOURS_FORM_EXCLUDE))

        self._section(lay, self.tr("Correct by hand"))
        select = self._tool("select", self.tr("Select region"),
                            self.tr("Click a region to select it."))
        brush = self._tool("brush", self.tr("Brush"),
                           self.tr("Paint a colour of the palette onto the regions."))
        fill = self._tool("fill", self.tr("Fill"),
                          self.tr("Click a region to give it the chosen colour."))
        lay.addWidget(self._grid([select, brush, fill], columns=3))

        row = QHBoxLayout()
        row.setSpacing(6)
        self._brush_caption = QLabel(self.tr("Brush size"))
        self._brush_slider = self._slider("brushSize", *self.BRUSH_RANGE, self.BRUSH_DEFAULT)
        self._brush_slider.setAccessibleName(self.tr("Brush size"))
        self._brush_caption.setBuddy(self._brush_slider)
        self._brush_value = QLabel()
        self._brush_value.setMinimumWidth(self._brush_value.fontMetrics().horizontalAdvance("200 px") + 2)
        self._brush_value.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self._brush_slider.valueChanged.connect(self._on_brush_slider)
        row.addWidget(self._brush_caption)
        row.addWidget(self._brush_slider, 1)
        row.addWidget(self._brush_value)
        lay.addLayout(row)
        self._show_brush_value(self.BRUSH_DEFAULT)

        self._recolour_region = self._button(
            self.tr("Recolour region…"), self.tr("Give the selected region another colour."),
            name="recolourRegion")
        self._recolour_region.clicked.connect(self.recolourRegionRequested)
        self._merge_region = self._button(
            self.tr("Merge into neighbour"),
            self.tr("The selected region takes the colour of the region around it."),
            name="mergeRegion")
        self._merge_region.clicked.connect(self.mergeRegionRequested)
        lay.addWidget(self._recolour_region)
        lay.addWidget(self._merge_region)
        self._region_hint = self._note(lay, self.tr("Select a region on the image to change it."))

    def _build_vector(self, page: QWidget, lay: QVBoxLayout, recipe: Recipe) -> None:
        self._note(lay, self.tr("The colour regions become smooth vector shapes."))
        self._section(lay, self.tr("View"))
        labels = {"original": self.tr("Original"), "cleaned": self.tr("Cleaned"),
                  "regions": self.tr("Regions"), "vector": self.tr("Vector"),
                  "overlay": self.tr("Overlay")}
        tips = {"original": self.tr("The photo as it was taken"),
                "cleaned": self.tr("The straightened and cleaned photo"),
                "regions": self.tr("The flat colour regions"),
                "vector": self.tr("The vector shapes"),
                "overlay": self.tr("The vector shapes over the photo")}
        self._view_group = QButtonGroup(self)
        self._view_group.setExclusive(True)
        buttons = []
        for name in VIEWS:
            b = QToolButton()
            b.setObjectName(f"view_{name}")
            b.setText(labels[name])
            b.setToolTip(tips[name])
            b.setAccessibleName(labels[name])
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            b.clicked.connect(lambda _=False, n=name: self.viewRequested.emit(n))
            self._view_group.addButton(b)
            self._view_buttons[name] = b
            buttons.append(b)
        lay.addWidget(self._grid(buttons, columns=3))
        row = QHBoxLayout()
        row.setSpacing(6)
        cap = QLabel(self.tr("Overlay opacity"))
        self._opacity = self._slider("overlayOpacity", 0, 100, 50)
        self._opacity.setAccessibleName(self.tr("Overlay opacity"))
        cap.setBuddy(self._opacity)
        self._opacity.valueChanged.connect(lambda v: self.overlayOpacityChanged.emit(v / 100.0))
        row.addWidget(cap)
        row.addWidget(self._opacity, 1)
        lay.addLayout(row)

        self._section(lay, self.tr("Tracing"))
        lay.addWidget(self._form("trace", recipe))
        self._section(lay, self.tr("Real size"))
        lay.addWidget(self._form("output", recipe))

        self._section(lay, self.tr("Result"))
        self._stats = QLabel(page)
        self._stats.setObjectName("stats")
        self._stats.setWordWrap(True)
        self._stats.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._stats.setTextFormat(Qt.PlainText)
        lay.addWidget(self._stats)
        self.set_stats("")

    def _build_design(self, page: QWidget, lay: QVBoxLayout, recipe: Recipe) -> None:
        self._note(lay, self.tr("Give the motif new colours and arrange it: a repeat, a "
                                "medallion or a whole rug, at its real size."))
        self._design_layout = QVBoxLayout()
        self._design_layout.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self._design_layout)

    def _build_export(self, page: QWidget, lay: QVBoxLayout, recipe: Recipe) -> None:
        save = self._button(self.tr("Save project (.motif)…"),
                            self.tr("Keep the original photo, every setting and the result "
                                    "in one file you can open again."), name="exportMotif")
        save.clicked.connect(lambda: self.exportRequested.emit("motif"))
        svg = self._button(self.tr("Export SVG…"),
                           self.tr("A vector file for Inkscape, Illustrator, CorelDRAW or a "
                                   "cutting plotter."), name="exportSvg")
        svg.clicked.connect(lambda: self.exportRequested.emit("svg"))
        lay.addWidget(save)
        lay.addWidget(svg)
        self._note(lay, self.tr("SVG keeps the real size in millimetres: printed at 100 %, "
                                "the motif measures what it measures on the textile."))
        self._section(lay, self.tr("The design"))
        for name, text, tip in (
                ("pdf", self.tr("Print at real size (PDF)…"),
                 self.tr("The whole design at 1:1 on A4 or Letter pages to tape together, "
                         "with a 100 mm bar to check the printer.")),
                ("production", self.tr("For production…"),
                 self.tr("Felt cut templates, ikat binding plans, embroidery machine files, "
                         "cross-stitch charts, pictures for selling online.")),
                ("design-svg", self.tr("Export design as SVG…"),
                 self.tr("The whole design (repeat, medallion or rug) at its real size.")),
                ("png", self.tr("Export design as PNG…"),
                 self.tr("A picture of the whole design, for screens and selling online.")),
                ("tile-svg", self.tr("Export seamless tile (SVG)…"),
                 self.tr("One tile of the repeat that joins itself on every side.")),
                ("tile-png", self.tr("Export seamless tile (PNG)…"),
                 self.tr("One tile of the repeat as a picture, e.g. for fabric printing."))):
            b = self._button(text, tip, name=f"export-{name}")
            b.clicked.connect(lambda _=False, n=name: self.exportRequested.emit(n))
            lay.addWidget(b)

    # ------------------------------------------------------------------ display names

    def preset_titles(self) -> dict[str, str]:
        """Friendly names of the bundled presets (other presets show their id)."""
        return {"photo-auto": self.tr("Any photo (automatic)"),
                "shyrdak-2": self.tr("Shyrdak felt, 2 colours"),
                "suzani-lines": self.tr("Suzani outlines"),
                "ikat-5": self.tr("Ikat silk, 5 colours")}

    # ------------------------------------------------------------------ slots

    def _on_step_clicked(self, i: int) -> None:
        self._go(i)

    def _go(self, i: int) -> None:
        if not 0 <= i < STEP_COUNT or i >= self._enabled_steps:
            self._sync_step_buttons()
            return
        changed = i != self._current
        self._show_step(i)
        if changed:
            self.stepChanged.emit(i)

    def _on_preset_activated(self, index: int) -> None:
        name = self._preset_combo.itemData(index)
        if name:
            self.presetChosen.emit(name)

    def _show_preset_description(self, index: int) -> None:
        name = self._preset_combo.itemData(index) if index >= 0 else None
        if name:
            self._preset_desc.setText(
                QCoreApplication.translate(PRESETS_CONTEXT, describe_preset(name)))
            self._preset_desc.show()
        else:
            self._preset_desc.clear()
            self._preset_desc.hide()

    def _on_brush_slider(self, value: int) -> None:
        self._show_brush_value(value)
        self.brushSizeChanged.emit(float(value))

    def _show_brush_value(self, value: int) -> None:
        self._brush_value.setText(self.tr("%1 px").replace("%1", str(value)))

    # ------------------------------------------------------------------ internals

    def _show_step(self, i: int) -> None:
        self._current = i
        self._stack.setCurrentIndex(i)
        self._sync_step_buttons()
        nxt = i + 1
        if nxt < STEP_COUNT:
            self._next.setText(self.tr("Next: %1 ›").replace("%1", self._step_names[nxt]))
            self._next.setVisible(True)
            self._next.setEnabled(nxt < self._enabled_steps)
        else:
            self._next.setVisible(False)

    def _sync_step_buttons(self) -> None:
        b = self._step_buttons[self._current]
        if not b.isChecked():
            b.setChecked(True)
        for btn in self._step_buttons:
            btn.update()

    # ------------------------------------------------------------------ public API

    def set_recipe(self, recipe: Recipe) -> None:
        """Show *recipe* in every form and the preset box, without emitting.

        The colour count is not in the Colours form (it sits beside the
        palette): a widget added to :meth:`colours_page_layout` that has
        ``set_color_count`` (the PalettePanel) is given ``segment.n_colors``.
        """
        for stage, form in self.forms.items():
            form.set_values(getattr(recipe, stage))
        for k in range(self._palette_layout.count()):
            w = self._palette_layout.itemAt(k).widget()
            if w is not None and hasattr(w, "set_color_count"):
                w.set_color_count(recipe.segment.n_colors)
        combo = self._preset_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(recipe.preset) if recipe.preset else -1)
        combo.blockSignals(False)
        self._show_preset_description(combo.currentIndex())

    def set_step(self, i: int) -> None:
        """Open step *i* (0-based) without emitting stepChanged."""
        if not 0 <= i < STEP_COUNT:
            raise ValueError(f"step must be 0..{STEP_COUNT - 1}, got {i}")
        self._show_step(i)

    def current_step(self) -> int:
        return self._current

    def set_done(self, i: int, done: bool = True) -> None:
        """Mark step *i* done (a check mark replaces its number)."""
        self._step_buttons[i].set_done(bool(done))

    def is_done(self, i: int) -> bool:
        return self._step_buttons[i].done

    def set_enabled_steps(self, n: int) -> None:
        """Enable the first *n* steps (1 before a photo is loaded); if the current step
        becomes disabled the panel shows the last enabled one (without emitting)."""
        n = max(1, min(STEP_COUNT, int(n)))
        self._enabled_steps = n
        for k, b in enumerate(self._step_buttons):
            b.setEnabled(k < n)
        self._show_step(min(self._current, n - 1))

    def enabled_steps(self) -> int:
        return self._enabled_steps

    def set_source_info(self, text: str) -> None:
        """The photo's description (file name, size in px and mm, DPI); "" = no photo yet."""
        self._has_photo = bool(text)
        self._source_label.setText(text or self.tr("No photo yet."))
        self._open_button.setText(self.tr("Choose another photo…") if text
                                  else self.tr("Choose a photo…"))

    def source_info_text(self, filename: str, width_px: int, height_px: int,
                         size_mm: Optional[tuple[float, float]] = None,
                         dpi: Optional[float] = None) -> str:
        """A translated description for :meth:`set_source_info`."""
        lines = [filename,
                 self.tr("%1 × %2 px").replace("%1", str(width_px)).replace("%2", str(height_px))]
        loc = QLocale()
        if size_mm:
            lines.append(self.tr("%1 × %2 mm").replace("%1", loc.toString(float(size_mm[0]), "f", 0))
                         .replace("%2", loc.toString(float(size_mm[1]), "f", 0)))
        lines.append(self.tr("%1 DPI").replace("%1", loc.toString(float(dpi), "f", 0)) if dpi
                     else self.tr("No DPI in the file (size assumed at 96 DPI)"))
        return "\n".join(lines)

    def set_stats(self, text: str) -> None:
        self._stats.setText(text or self.tr("Nothing traced yet."))

    def set_region_selected(self, selected: bool) -> None:
        self._recolour_region.setEnabled(bool(selected))
        self._merge_region.setEnabled(bool(selected))
        self._region_hint.setVisible(not selected)

    def set_active_tool(self, name: Optional[str]) -> None:
        """Show *name* (one of :data:`TOOLS`, or None) as the active canvas tool."""
        self._tool_group.setExclusive(False)
        for tool, b in self._tool_buttons.items():
            b.setChecked(tool == name)
        self._tool_group.setExclusive(True)

    def set_view(self, name: str) -> None:
        """Show *name* (one of :data:`VIEWS`) as the current view."""
        b = self._view_buttons.get(name)
        if b is not None:
            b.setChecked(True)

    def set_overlay_opacity(self, opacity: float) -> None:
        self._opacity.blockSignals(True)
        self._opacity.setValue(round(max(0.0, min(1.0, opacity)) * 100))
        self._opacity.blockSignals(False)

    def set_brush_size(self, px: float) -> None:
        self._brush_slider.blockSignals(True)
        self._brush_slider.setValue(round(px))
        self._brush_slider.blockSignals(False)
        self._show_brush_value(self._brush_slider.value())

    def design_page_layout(self) -> QVBoxLayout:
        """The layout on the Design page where the main window adds the DesignPanel."""
        return self._design_layout

    def colours_page_layout(self) -> QVBoxLayout:
        """The layout on the Colours page where the main window adds the PalettePanel."""
        return self._palette_layout

    def page(self, i: int) -> QWidget:
        """The content widget of step *i* (for tests and screenshots)."""
        return self._pages[i]
