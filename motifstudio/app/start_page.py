"""The start page, shown while no motif is open.

It says what the app is for, offers the two ways in ("Open photo…",
"Open project…"), the bundled samples with thumbnails, and the recent
projects; photos and ``.motif`` files can be dropped anywhere on it.

The page only *asks*: it emits signals and the controller opens things.

Signals
-------
openPhotoRequested(), openProjectRequested()
sampleChosen(str)      absolute path of a sample image
recentChosen(str)      absolute path of a recent project
filesDropped(list)     absolute paths of the dropped images / projects (supported ones only)

Thumbnails are decoded after the page is first shown, one per event-loop
turn, at thumbnail size (``QImageReader.setScaledSize``: a JPEG is decoded at
1/2, 1/4 or 1/8 scale directly), so start-up is not slowed by them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PySide6.QtCore import (QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer,
                            QT_TRANSLATE_NOOP, Signal)
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QImage, QImageIOHandler, QImageReader,
                           QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF)
from PySide6.QtWidgets import (QAbstractButton, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from .paths import samples_dir
from .preferences import Preferences

__all__ = ["StartPage", "SampleInfo", "list_samples", "sample_title", "IMAGE_SUFFIXES",
           "PROJECT_SUFFIX", "openable_paths"]

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp")
PROJECT_SUFFIX = ".motif"

# The calm, warm palette of the page: undyed felt, madder, indigo.
BACKGROUND = QColor("#f6f1e8")
SURFACE = QColor("#fffdf9")
INK = QColor("#2b2420")
MUTED = QColor("#6f6259")
LINE = QColor("#ddd2c3")
MADDER = QColor("#9e2b25")
MADDER_HOVER = QColor("#b3372f")
MADDER_DOWN = QColor("#85221d")
INDIGO = QColor("#2f4a7a")
SAFFRON = QColor("#d9a233")

THUMB = QSize(168, 126)


# ------------------------------------------------------------------ samples
@dataclass(frozen=True)
class SampleInfo:
    """A bundled sample: its file, a translated title and description, the preset to try."""
    path: str
    title: str
    description: str
    preset: Optional[str]


# stem -> (title, description, preset); texts translated when shown.
_KNOWN_SAMPLES = {
    "ramshorn": (QT_TRANSLATE_NOOP("StartPage", "Ram's horn (shyrdak)"),
                 QT_TRANSLATE_NOOP("StartPage", "Kyrgyz mosaic felt in two colours, photographed "
                                                "with a phone on a table."),
                 "shyrdak-2"),
    "suzani_rosette": (QT_TRANSLATE_NOOP("StartPage", "Suzani rosette"),
                       QT_TRANSLATE_NOOP("StartPage", "Uzbek embroidery in five colours on "
                                                      "cotton."),
                       "photo-auto"),
    "ikat_band": (QT_TRANSLATE_NOOP("StartPage", "Ikat band"),
                  QT_TRANSLATE_NOOP("StartPage", "Silk ikat (abr) with feathered edges, five "
                                                 "colours."),
                  "ikat-5"),
    "outline_tulip": (QT_TRANSLATE_NOOP("StartPage", "Tulip outline (line art)"),
                      QT_TRANSLATE_NOOP("StartPage", "Clean line art for tracing centre lines."),
                      "suzani-lines"),
}


def sample_title(path: str) -> str:
    """The translated title of a sample, else its file name made readable."""
    stem = Path(path).stem
    known = _KNOWN_SAMPLES.get(stem)
    if known:
        return QCoreApplication.translate("StartPage", known[0])
    words = stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else stem


def list_samples(folder: Optional[os.PathLike] = None) -> list[SampleInfo]:
    """The sample images in *folder* (default :func:`~motifstudio.app.paths.samples_dir`):
    the four known ones first in their usual order, then any others by name."""
    folder = Path(folder) if folder is not None else samples_dir()
    try:
        files = [p for p in folder.iterdir()
                 if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
    except OSError:
        return []
    order = list(_KNOWN_SAMPLES)
    files.sort(key=lambda p: (order.index(p.stem) if p.stem in order else len(order),
                              p.name.lower()))
    out = []
    for p in files:
        known = _KNOWN_SAMPLES.get(p.stem)
        description = QCoreApplication.translate("StartPage", known[1]) if known else ""
        out.append(SampleInfo(path=os.fspath(p.resolve()), title=sample_title(os.fspath(p)),
                              description=description, preset=known[2] if known else None))
    return out


def openable_paths(mime) -> list[str]:
    """Local image and ``.motif`` files named by a drag's ``QMimeData``."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = url.toLocalFile()
        if Path(path).suffix.lower() in IMAGE_SUFFIXES + (PROJECT_SUFFIX,):
            paths.append(os.path.abspath(path))
    return paths


def load_thumbnail(path: str, size: QSize = THUMB) -> QImage:
    """A *size* image of *path*, cropped to fill (decoded at reduced size); null on failure."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and full.width() > 0 and full.height() > 0:
        # Scaling and clipping happen before the EXIF rotation is applied.
        rotated = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
        target = size.transposed() if rotated else size
        scale = max(target.width() / full.width(), target.height() / full.height())
        scaled = QSize(max(target.width(), round(full.width() * scale)),
                       max(target.height(), round(full.height() * scale)))
        reader.setScaledSize(scaled)
        reader.setScaledClipRect(QRect((scaled.width() - target.width()) // 2,
                                       (scaled.height() - target.height()) // 2,
                                       target.width(), target.height()))
    image = reader.read()
    if not image.isNull() and image.size() != size:
        image = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                             Qt.TransformationMode.SmoothTransformation)
        image = image.copy((image.width() - size.width()) // 2,
                           (image.height() - size.height()) // 2, size.width(), size.height())
    return image


# ------------------------------------------------------------------ small widgets
def _font(base: QFont, scale: float = 1.0, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setWeight(weight)
    return font


class _SampleTile(QAbstractButton):
    """A thumbnail with its title underneath; click (or Space) to choose it."""

    def __init__(self, info: SampleInfo, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.info = info
        self.image: Optional[QPixmap] = None
        self.caption_lines = 2
        self.thumb_size = QSize(THUMB)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setText(info.title)
        self.setToolTip(info.description)
        self.setAccessibleName(info.title)
        self.setAccessibleDescription(info.description)

    def set_thumbnail(self, image: QImage) -> None:
        self.image = QPixmap.fromImage(image) if not image.isNull() else None
        self.update()

    def _caption_font(self) -> QFont:
        return _font(self.font(), 1.0, QFont.Weight.DemiBold)

    def lines_needed(self) -> int:
        """Caption lines the title takes when wrapped to the tile's width (1 or 2)."""
        fm = QFontMetrics(self._caption_font())
        box = fm.boundingRect(QRect(0, 0, self.thumb_size.width() + 12 - 16, 1000),
                              int(Qt.TextFlag.TextWordWrap), self.text())
        return max(1, min(3, round(box.height() / fm.lineSpacing())))

    def sizeHint(self) -> QSize:
        lines = self.caption_lines * QFontMetrics(self._caption_font()).lineSpacing() + 4
        return QSize(self.thumb_size.width() + 12, self.thumb_size.height() + 12 + 8 + lines + 6)

    def set_thumb_size(self, size: QSize) -> None:
        if size != self.thumb_size:
            self.thumb_size = QSize(size)
            self.setFixedSize(self.sizeHint())
            self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        hovered = self.underMouse() or self.isDown()
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        p.setPen(QPen(MADDER if hovered else LINE, 1.5 if hovered else 1.0))
        p.setBrush(SURFACE)
        p.drawRoundedRect(card, 8, 8)

        pic = QRectF(6, 6, self.thumb_size.width(), self.thumb_size.height())
        path = QPainterPath()
        path.addRoundedRect(pic, 5, 5)
        p.save()
        p.setClipPath(path)
        if self.image is not None:
            p.drawPixmap(pic.toRect(), self.image)
        else:
            p.fillRect(pic, QColor("#ece4d8"))
        p.restore()

        p.setPen(INK)
        p.setFont(self._caption_font())
        text_rect = QRectF(8, pic.bottom() + 8, self.width() - 16,
                           self.height() - pic.bottom() - 12)
        p.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                  | Qt.TextFlag.TextWordWrap), self.text())
        if self.hasFocus():
            p.setPen(QPen(INDIGO, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(card.adjusted(1, 1, -1, -1), 7, 7)
        p.end()


class _RecentButton(QAbstractButton):
    """One recent project: its name, and its folder in softer type."""

    removeRequested = Signal(str)

    def __init__(self, path: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.path = path
        self.setText(Path(path).stem)
        self.setToolTip(path)
        self.setAccessibleName(Path(path).name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(240, 2 * fm.lineSpacing() + 14)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        remove = menu.addAction(QCoreApplication.translate("StartPage", "Remove from this list"))
        remove.triggered.connect(lambda: self.removeRequested.emit(self.path))
        menu.popup(self.mapToGlobal(pos))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.underMouse() or self.isDown() or self.hasFocus():
            p.setPen(QPen(INDIGO, 1.5) if self.hasFocus() else Qt.PenStyle.NoPen)
            p.setBrush(QColor("#efe6d9") if not self.isDown() else QColor("#e6dac9"))
            p.drawRoundedRect(r, 6, 6)
        # a small project glyph: a lozenge in madder
        cy = r.center().y()
        glyph = QPolygonF([QPointF(14, cy - 7), QPointF(21, cy), QPointF(14, cy + 7),
                           QPointF(7, cy)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(MADDER)
        p.drawPolygon(glyph)
        x = 32
        fm_title = self.fontMetrics()
        title_font = _font(self.font(), 1.0, QFont.Weight.DemiBold)
        p.setFont(title_font)
        p.setPen(INK)
        line = fm_title.lineSpacing()
        top = (self.height() - 2 * line) / 2
        width = self.width() - x - 8
        p.drawText(QRectF(x, top, width, line), int(Qt.AlignmentFlag.AlignLeft
                                                    | Qt.AlignmentFlag.AlignVCenter),
                   QFontMetrics(title_font).elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                                       int(width)))
        p.setFont(self.font())
        p.setPen(MUTED)
        folder = os.path.dirname(self.path)
        p.drawText(QRectF(x, top + line, width, line), int(Qt.AlignmentFlag.AlignLeft
                                                           | Qt.AlignmentFlag.AlignVCenter),
                   self.fontMetrics().elidedText(folder, Qt.TextElideMode.ElideMiddle, int(width)))
        p.end()


class _Ornament(QWidget):
    """A quiet band of lozenges and sawtooth, as on a felt's border."""

    def __init__(self, parent: Optional[QWidget] = None, height: int = 14):
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height()
        step = h * 2.0
        p.setPen(Qt.PenStyle.NoPen)
        n = int(self.width() / step) + 2
        for i in range(n):
            cx = i * step + step / 2
            colour = QColor(MADDER if i % 2 == 0 else INDIGO)
            colour.setAlphaF(0.85 if i % 2 == 0 else 0.7)
            p.setBrush(colour)
            p.drawPolygon(QPolygonF([QPointF(cx, 1), QPointF(cx + h / 2 - 1, h / 2),
                                     QPointF(cx, h - 1), QPointF(cx - h / 2 + 1, h / 2)]))
            dot = QColor(SAFFRON)
            p.setBrush(dot)
            p.drawEllipse(QPointF(cx + step / 2, h / 2), 1.6, 1.6)
        p.end()


class _DropOverlay(QWidget):
    """Covers the page while files are dragged over it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text = ""
        self.hide()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(BACKGROUND)
        fill.setAlphaF(0.88)
        p.fillRect(self.rect(), fill)
        pen = QPen(MADDER, 3, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(16, 16, -16, -16), 14, 14)
        p.setPen(MADDER)
        p.setFont(_font(self.font(), 1.6, QFont.Weight.DemiBold))
        p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.text)
        p.end()


# ------------------------------------------------------------------ the page
class StartPage(QWidget):
    """What the window shows while no motif is open.

    Parameters
    ----------
    preferences : Preferences, optional
        Source of the recent projects (none are shown without it).
    parent : QWidget, optional
    samples_folder : path, optional
        Default :func:`~motifstudio.app.paths.samples_dir`.
    """

    openPhotoRequested = Signal()
    openProjectRequested = Signal()
    sampleChosen = Signal(str)
    recentChosen = Signal(str)
    filesDropped = Signal(list)

    def __init__(self, preferences: Optional[Preferences] = None,
                 parent: Optional[QWidget] = None, *,
                 samples_folder: Optional[os.PathLike] = None):
        super().__init__(parent)
        self.setObjectName("StartPage")
        self._prefs = preferences
        self._samples_folder = samples_folder
        self._pending_thumbs: list[_SampleTile] = []
        self._thumbs_started = False
        self.setAcceptDrops(True)
        self.setAutoFillBackground(True)
        pal = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Window, BACKGROUND)
            pal.setColor(group, QPalette.ColorRole.WindowText, INK)
            pal.setColor(group, QPalette.ColorRole.Base, SURFACE)
            pal.setColor(group, QPalette.ColorRole.Text, INK)
            pal.setColor(group, QPalette.ColorRole.ToolTipBase, SURFACE)
            pal.setColor(group, QPalette.ColorRole.ToolTipText, INK)
        self.setPalette(pal)

        # ----- header
        self._title = QLabel(self)
        self._title.setObjectName("title")
        self._title.setFont(_font(self.font(), 2.3, QFont.Weight.Bold))
        self._purpose = QLabel(self)
        self._purpose.setObjectName("purpose")
        self._purpose.setWordWrap(True)
        self._purpose.setFont(_font(self.font(), 1.25))
        self._set_colour(self._purpose, MUTED)

        self.open_photo_button = QPushButton(self)
        self.open_photo_button.setObjectName("primaryButton")
        self.open_project_button = QPushButton(self)
        self.open_project_button.setObjectName("secondaryButton")
        for b in (self.open_photo_button, self.open_project_button):
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setMinimumHeight(46)
            b.setFont(_font(self.font(), 1.2, QFont.Weight.DemiBold))
        self.open_photo_button.setDefault(True)
        self.open_photo_button.clicked.connect(self.openPhotoRequested)
        self.open_project_button.clicked.connect(self.openProjectRequested)
        self._drop_hint = QLabel(self)
        self._drop_hint.setWordWrap(True)
        self._set_colour(self._drop_hint, MUTED)

        # ----- samples
        self._samples_heading = QLabel(self)
        self._samples_heading.setFont(_font(self.font(), 1.3, QFont.Weight.DemiBold))
        self._samples_note = QLabel(self)
        self._set_colour(self._samples_note, MUTED)
        self._samples_box = QWidget(self)
        self._samples_grid = QGridLayout(self._samples_box)
        self._samples_grid.setContentsMargins(0, 0, 0, 0)
        self._samples_grid.setHorizontalSpacing(14)
        self._samples_grid.setVerticalSpacing(14)
        self._no_samples = QLabel(self)
        self._set_colour(self._no_samples, MUTED)
        self._no_samples.setWordWrap(True)
        self.sample_tiles: list[_SampleTile] = []

        # ----- recent projects
        self._recent_heading = QLabel(self)
        self._recent_heading.setFont(_font(self.font(), 1.3, QFont.Weight.DemiBold))
        self._recent_box = QWidget(self)
        self._recent_layout = QVBoxLayout(self._recent_box)
        self._recent_layout.setContentsMargins(0, 0, 0, 0)
        self._recent_layout.setSpacing(2)
        self._recent_scroll = QScrollArea(self)
        self._recent_scroll.setWidget(self._recent_box)
        self._recent_scroll.setWidgetResizable(True)
        self._recent_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._recent_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._make_transparent(self._recent_scroll)
        self._no_recent = QLabel(self)
        self._no_recent.setWordWrap(True)
        self._set_colour(self._no_recent, MUTED)
        self.recent_buttons: list[_RecentButton] = []

        self._apply_style()
        self._build_layout()
        self._drop_overlay = _DropOverlay(self)
        self._retranslate()
        self._fill_samples()
        self._arrange(self.width())
        self.refresh_recent()

    # -------------------------------------------------------------- layout
    def _build_layout(self) -> None:
        content = QWidget()
        content.setObjectName("startContent")
        content.setMaximumWidth(1260)
        col = QVBoxLayout(content)
        col.setContentsMargins(32, 24, 32, 24)
        col.setSpacing(0)
        col.addWidget(self._title)
        col.addSpacing(4)
        col.addWidget(self._purpose)
        col.addSpacing(22)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.open_photo_button)
        buttons.addWidget(self.open_project_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addSpacing(8)
        col.addWidget(self._drop_hint)
        col.addSpacing(26)

        samples_panel = QWidget()
        samples = QVBoxLayout(samples_panel)
        samples.setContentsMargins(0, 0, 0, 0)
        samples.setSpacing(4)
        samples.addWidget(self._samples_heading)
        samples.addWidget(self._samples_note)
        samples.addSpacing(10)
        samples.addWidget(self._samples_box, 0, Qt.AlignmentFlag.AlignLeft)
        samples.addWidget(self._no_samples)
        samples.addStretch(1)
        recent_panel = QWidget()
        recent = QVBoxLayout(recent_panel)
        recent.setContentsMargins(0, 0, 0, 0)
        recent.setSpacing(4)
        recent.addWidget(self._recent_heading)
        recent.addSpacing(8)
        recent.addWidget(self._no_recent)
        recent.addWidget(self._recent_scroll, 1)
        self._recent_scroll.setMinimumWidth(180)
        self._divider = QFrame()
        self._divider.setFrameShape(QFrame.Shape.VLine)
        self._divider.setFixedWidth(1)
        self._divider.setStyleSheet(f"background: {LINE.name()}; border: none;")
        self._samples_panel, self._recent_panel = samples_panel, recent_panel
        self._lower = QGridLayout()
        self._lower.setContentsMargins(0, 0, 0, 0)
        self._lower.setHorizontalSpacing(28)
        self._lower.setVerticalSpacing(26)
        self._layout_mode: Optional[tuple] = None
        col.addLayout(self._lower, 0)
        self._content_margins = col.contentsMargins()

        # Centred both ways, a little above the middle: calm on a big screen,
        # and on 1366 x 768 the whole page fits without scrolling.
        centre = QWidget()
        grid = QGridLayout(centre)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(2, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(content, 1, 1)
        content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        scroll = QScrollArea(self)
        scroll.setObjectName("startScroll")
        scroll.setWidget(centre)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._make_transparent(scroll)
        self._scroll = scroll

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(_Ornament(self))
        page.addWidget(scroll, 1)

    @staticmethod
    def _make_transparent(scroll: QScrollArea) -> None:
        scroll.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        if scroll.widget() is not None:
            scroll.widget().setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")

    @staticmethod
    def _set_colour(label: QLabel, colour: QColor) -> None:
        pal = label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(pal)

    def _apply_style(self) -> None:
        self.setStyleSheet(f"""
            QPushButton#primaryButton {{
                background: {MADDER.name()}; color: white; border: none;
                border-radius: 7px; padding: 8px 26px;
            }}
            QPushButton#primaryButton:hover {{ background: {MADDER_HOVER.name()}; }}
            QPushButton#primaryButton:pressed {{ background: {MADDER_DOWN.name()}; }}
            QPushButton#primaryButton:focus {{ border: 2px solid {INDIGO.name()}; }}
            QPushButton#secondaryButton {{
                background: {SURFACE.name()}; color: {INK.name()};
                border: 1px solid {LINE.darker(112).name()};
                border-radius: 7px; padding: 8px 24px;
            }}
            QPushButton#secondaryButton:hover {{ background: #f3ece1; }}
            QPushButton#secondaryButton:pressed {{ background: #ebe1d3; }}
            QPushButton#secondaryButton:focus {{ border: 2px solid {INDIGO.name()}; }}
        """)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._drop_overlay.setGeometry(self.rect())
        self._arrange(self.width())

    # Widths (px) of the layouts, from roomy to narrow.
    _SMALL_THUMB = QSize(136, 102)

    def _arrange(self, width: int) -> None:
        """Fit the samples and recent projects to *width*: side by side with large or
        small thumbnails, else recent projects under the samples (4 or 2 per row)."""
        m = self._content_margins
        avail = width - m.left() - m.right() - 2     # room for rounding
        gap, divider, recent_min = self._lower.horizontalSpacing(), 1, 200
        n = max(1, len(self.sample_tiles))

        def row_width(thumb: QSize, cols: int) -> int:
            cols = min(cols, n)
            return cols * (thumb.width() + 12) + (cols - 1) * self._samples_grid.horizontalSpacing()

        side = 2 * gap + divider + recent_min
        if avail >= row_width(THUMB, 4) + side:
            mode = ("side", THUMB, 4)
        elif avail >= row_width(self._SMALL_THUMB, 4) + side:
            mode = ("side", self._SMALL_THUMB, 4)
        elif avail >= row_width(self._SMALL_THUMB, 4):
            mode = ("stack", self._SMALL_THUMB, 4)
        else:
            mode = ("stack", self._SMALL_THUMB, 2)
        if mode == self._layout_mode:
            return
        self._layout_mode = mode
        kind, thumb, cols = mode
        for w in (self._samples_panel, self._divider, self._recent_panel):
            self._lower.removeWidget(w)
        if kind == "side":
            self._lower.addWidget(self._samples_panel, 0, 0)
            self._lower.addWidget(self._divider, 0, 1)
            self._lower.addWidget(self._recent_panel, 0, 2)
            self._lower.setColumnStretch(0, 0)
            self._lower.setColumnStretch(2, 1)
            self._divider.show()
        else:
            self._lower.addWidget(self._samples_panel, 0, 0, 1, 3)
            self._lower.addWidget(self._recent_panel, 1, 0, 1, 3)
            self._divider.hide()
        for tile in self.sample_tiles:
            self._samples_grid.removeWidget(tile)
        for i, tile in enumerate(self.sample_tiles):
            tile.set_thumb_size(thumb)
            self._samples_grid.addWidget(tile, i // cols, i % cols)
        self._fit_captions()

    @property
    def layout_mode(self) -> str:
        """``"side"`` (recent projects beside the samples) or ``"stack"`` (below)."""
        return self._layout_mode[0] if self._layout_mode else "side"

    # -------------------------------------------------------------- texts
    def _retranslate(self) -> None:
        self._title.setText(self.tr("Motif Studio"))
        self._purpose.setText(self.tr(
            "Turn a photo of a felt, an embroidery or an ikat into clean colour shapes — "
            "ready to recolour, repeat and print."))
        self.open_photo_button.setText(self.tr("Open photo…"))
        self.open_photo_button.setToolTip(self.tr("Start from a photo or scan of a textile"))
        self.open_project_button.setText(self.tr("Open project…"))
        self.open_project_button.setToolTip(self.tr("Continue a saved Motif Studio project"))
        self._drop_hint.setText(self.tr("You can also drop a photo or a project file anywhere "
                                        "on this page."))
        self._samples_heading.setText(self.tr("Try a sample"))
        self._samples_note.setText(self.tr("No photo at hand? Start with one of these."))
        self._no_samples.setText(self.tr("The sample pictures are not installed."))
        self._recent_heading.setText(self.tr("Recent projects"))
        self._no_recent.setText(self.tr("Projects you save will appear here."))
        self._drop_overlay.text = self.tr("Drop to open")
        for tile in self.sample_tiles:
            stem = Path(tile.info.path).stem
            title = sample_title(tile.info.path)
            known = _KNOWN_SAMPLES.get(stem)
            description = QCoreApplication.translate("StartPage", known[1]) if known else ""
            tile.info = SampleInfo(tile.info.path, title, description, tile.info.preset)
            tile.setText(title)
            tile.setToolTip(description)
            tile.setAccessibleName(title)

        self._fit_captions()

    def _fit_captions(self) -> None:
        """All tiles as tall as the longest caption needs (titles differ per language)."""
        lines = max((tile.lines_needed() for tile in self.sample_tiles), default=1)
        for tile in self.sample_tiles:
            tile.caption_lines = lines
            tile.setFixedSize(tile.sizeHint())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -------------------------------------------------------------- samples
    def _fill_samples(self) -> None:
        samples = list_samples(self._samples_folder)
        columns = 4
        for i, info in enumerate(samples):
            tile = _SampleTile(info, self._samples_box)
            tile.clicked.connect(lambda _=False, path=info.path: self.sampleChosen.emit(path))
            self._samples_grid.addWidget(tile, i // columns, i % columns)
            self.sample_tiles.append(tile)
        self._layout_mode = None
        self._pending_thumbs = list(self.sample_tiles)
        self._fit_captions()
        self._no_samples.setVisible(not samples)
        self._samples_note.setVisible(bool(samples))

    def sample_paths(self) -> list[str]:
        """The samples shown, in order."""
        return [tile.info.path for tile in self.sample_tiles]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_recent()
        if not self._thumbs_started:
            self._thumbs_started = True
            QTimer.singleShot(0, self, self._load_next_thumbnail)  # dropped if the page goes

    def _load_next_thumbnail(self) -> None:
        if not self._pending_thumbs:
            return
        tile = self._pending_thumbs.pop(0)
        dpr = max(1.0, self.devicePixelRatioF())     # sharp on 125 % / 150 % screens
        image = load_thumbnail(tile.info.path, QSize(round(THUMB.width() * dpr),
                                                     round(THUMB.height() * dpr)))
        image.setDevicePixelRatio(dpr)
        tile.set_thumbnail(image)
        if self._pending_thumbs:
            QTimer.singleShot(0, self, self._load_next_thumbnail)  # dropped if the page goes

    def load_thumbnails(self) -> None:
        """Decode all remaining thumbnails now (normally done lazily after showing)."""
        self._thumbs_started = True
        while self._pending_thumbs:
            self._load_next_thumbnail()

    @property
    def thumbnails_loaded(self) -> bool:
        return not self._pending_thumbs

    # -------------------------------------------------------------- recent projects
    def refresh_recent(self) -> None:
        """Re-read the recent projects from the preferences."""
        paths = self._prefs.recent_files() if self._prefs is not None else []
        if paths == [b.path for b in self.recent_buttons]:
            return
        for button in self.recent_buttons:
            button.deleteLater()
        self.recent_buttons = []
        while self._recent_layout.count():
            self._recent_layout.takeAt(0)
        for path in paths:
            button = _RecentButton(path, self._recent_box)
            button.clicked.connect(lambda _=False, p=path: self.recentChosen.emit(p))
            button.removeRequested.connect(self._remove_recent)
            self._recent_layout.addWidget(button)
            self.recent_buttons.append(button)
        self._recent_layout.addStretch(1)
        self._no_recent.setVisible(not paths)
        self._recent_scroll.setVisible(bool(paths))

    def recent_paths(self) -> list[str]:
        """The recent projects shown, most recent first."""
        return [b.path for b in self.recent_buttons]

    def _remove_recent(self, path: str) -> None:
        if self._prefs is not None:
            self._prefs.remove_recent_file(path)
        self.refresh_recent()

    # -------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event) -> None:
        if openable_paths(event.mimeData()):
            event.acceptProposedAction()
            self._drop_overlay.setGeometry(self.rect())
            self._drop_overlay.raise_()
            self._drop_overlay.show()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if openable_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self._drop_overlay.hide()
        paths = openable_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(paths)
