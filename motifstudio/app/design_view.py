"""The Design step's live preview: the whole design at real size (scene units = mm).

A rug can hold thousands of copies of the motif, so the motif is not drawn as
vector paths per copy.  It is painted once into a *sprite* (an image of the
motif at the resolution the copies need on screen, clipped to its fundamental
region) per colour variant, and every copy is one ``drawImage`` under its
affine transform.  When zooming in makes the copies larger than their sprite,
the sprites are painted again at the new resolution (powers of two, so
zooming back and forth reuses them).  Copies outside the exposed area are
skipped with one vectorised bounding-box test.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QImage, QPainter, QPainterPath, QPalette, QPolygonF, QTransform)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from ..design.spec import Design
from ..design.vision import greyscale, simulate_cvd

#: sprite side limit (px): enough for a copy filling a 4K screen, bounded memory
MAX_SPRITE_SIDE = 2048
MIN_SPRITE_SIDE = 8


def _qtransform(m: np.ndarray) -> QTransform:
    return QTransform(m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2])


def _polygon_path(poly: np.ndarray) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in poly]))
    path.closeSubpath()
    return path


def simulate(rgb: np.ndarray, mode: str) -> np.ndarray:
    """Palette colours as seen with a colour-vision deficiency or printed in grey."""
    if mode in ("protan", "deutan", "tritan"):
        return simulate_cvd(rgb, mode)
    if mode == "grey":
        return greyscale(rgb)
    return rgb


class DesignItem(QGraphicsItem):
    """Draws a :class:`Design` from sprites; see the module docstring."""

    def __init__(self):
        super().__init__()
        self.design: Optional[Design] = None
        self._paths: list = []          # [(source colour, QPainterPath in motif mm)]
        self._strokes: list = []        # [(source colour, path, width mm)]
        self._sprites: dict = {}
        self._bounds: list = []         # per placement: (K, 4) copy bboxes in design mm
        self._clips: list = []
        self._mode = "normal"
        self._size = (1.0, 1.0)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption, True)

    # -------------------------------------------------------------- content
    def set_motif_paths(self, paths, strokes) -> None:
        """Geometry of the traced motif (motif mm), per traced colour; kept across
        recolouring, which only changes the fill of each traced colour."""
        self._paths = list(paths)
        self._strokes = list(strokes)
        self._sprites.clear()
        self.update()

    def set_design(self, design: Optional[Design]) -> None:
        self.prepareGeometryChange()
        self.design = design
        self._sprites.clear()
        self._bounds, self._clips = [], []
        if design is not None:
            self._size = tuple(design.size_mm)
            mw, mh = design.composition.motif_size_mm
            corners = np.array([[0, 0, 1], [mw, 0, 1], [mw, mh, 1], [0, mh, 1]], float)
            for pl in design.composition.placements:
                pts = np.einsum("kij,cj->kci", pl.transforms[:, :2, :], corners)
                self._bounds.append(np.concatenate([pts.min(1), pts.max(1)], axis=1))
                self._clips.append(None if pl.clip is None else _polygon_path(pl.clip))
        self.update()

    def set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._mode = mode
            self._sprites.clear()
            self.update()

    def mode(self) -> str:
        return self._mode

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self._size
        return QRectF(0, 0, w, h)

    # -------------------------------------------------------------- sprites
    def _fill_colours(self, variant: int) -> dict:
        """Traced colour -> QColor of this variant (after recolour, counterchange, simulation)."""
        d = self.design
        pal = simulate(np.asarray(d.palettes[variant], np.uint8), self._mode)
        return {s: QColor(*(int(v) for v in pal[f])) for s, f in d.mapping.items()}

    def _sprite(self, index: int, variant: int, px_per_mm: float) -> tuple:
        d = self.design
        mw, mh = d.composition.motif_size_mm
        side = max(mw, mh) * px_per_mm
        side = min(MAX_SPRITE_SIDE, max(MIN_SPRITE_SIDE, 2 ** math.ceil(math.log2(max(side, 1)))))
        res = side / max(mw, mh)
        pl = d.composition.placements[index]
        clip_key = index if pl.local_clip is not None else -1
        key = (clip_key, variant, int(side))
        hit = self._sprites.get(key)
        if hit is not None:
            return hit
        img = QImage(max(1, int(math.ceil(mw * res))), max(1, int(math.ceil(mh * res))),
                     QImage.Format_ARGB32_Premultiplied)
        img.fill(Qt.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.Antialiasing, True)
        p.scale(img.width() / mw, img.height() / mh)
        if pl.local_clip is not None:
            p.setClipPath(_polygon_path(pl.local_clip))
        colours = self._fill_colours(variant)
        p.setPen(Qt.NoPen)
        for src, path in self._paths:
            colour = colours.get(src)
            if colour is None:
                continue
            p.setBrush(colour)
            p.drawPath(path)
        p.setBrush(Qt.NoBrush)
        for src, path, width in self._strokes:
            colour = colours.get(src)
            if colour is None:
                continue
            pen = p.pen()
            pen.setColor(colour)
            pen.setWidthF(width)
            pen.setCapStyle(Qt.RoundCap)
            pen.setJoinStyle(Qt.RoundJoin)
            p.setPen(pen)
            p.drawPath(path)
        p.end()
        self._sprites[key] = (img, QRectF(0, 0, mw, mh))
        return self._sprites[key]

    # -------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option, widget=None) -> None:
        d = self.design
        if d is None:
            return
        W, H = self._size
        bg = simulate(np.array([d.background], np.uint8), self._mode)[0]
        painter.fillRect(QRectF(0, 0, W, H), QColor(*(int(v) for v in bg)))
        world = painter.worldTransform()
        lod = QStyleOptionLod.lod(world)
        exposed = option.exposedRect if option is not None else QRectF(0, 0, W, H)
        ex = np.array([exposed.left(), exposed.top(), exposed.right(), exposed.bottom()])
        painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
        for i, pl in enumerate(d.composition.placements):
            if not len(pl.transforms):
                continue
            b = self._bounds[i]
            visible = np.flatnonzero((b[:, 0] <= ex[2]) & (b[:, 2] >= ex[0])
                                     & (b[:, 1] <= ex[3]) & (b[:, 3] >= ex[1]))
            if not len(visible):
                continue
            scale = float(np.sqrt(np.abs(np.linalg.det(pl.transforms[visible[0], :2, :2]))))
            painter.save()
            if self._clips[i] is not None:
                painter.setClipPath(self._clips[i], Qt.IntersectClip)
            for k in visible.tolist():
                v = int(pl.variants[k])
                img, target = self._sprite(i, v, lod * scale)
                painter.setWorldTransform(_qtransform(pl.transforms[k]) * world)
                painter.drawImage(target, img)
            painter.restore()


class QStyleOptionLod:
    @staticmethod
    def lod(t: QTransform) -> float:
        """Device pixels per scene unit (mm) of a transform (rotation-proof)."""
        return math.sqrt(abs(t.m11() * t.m22() - t.m12() * t.m21())) or 1.0


class DesignView(QGraphicsView):
    """Zoomable, pannable view of the design; cursor position reported in mm."""

    cursorMoved = Signal(float, float)
    zoomChanged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("designView")
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.item = DesignItem()
        self.scene_.addItem(self.item)
        self.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)
        self.setBackgroundBrush(self.palette().color(QPalette.Mid))
        self.setMouseTracking(True)
        self._fitted = False
        # follow the window's size until the user zooms: a view built before it is
        # laid out (a new window after a language switch) would stay tiny
        self._auto_fit = True

    def set_design(self, design: Optional[Design], paths=None, strokes=None) -> None:
        if paths is not None:
            self.item.set_motif_paths(paths, strokes or [])
        old = self.item.boundingRect()
        self.item.set_design(design)
        new = self.item.boundingRect()
        margin = 0.04 * max(new.width(), new.height())
        self.scene_.setSceneRect(new.adjusted(-margin, -margin, margin, margin))
        if design is not None and (not self._fitted or old.size() != new.size()):
            self.fit()
            self._fitted = True

    def set_mode(self, mode: str) -> None:
        self.item.set_mode(mode)

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self._auto_fit = True
        self.fitInView(self.scene_.sceneRect(), Qt.KeepAspectRatio)
        self.zoomChanged.emit(self.zoom())

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if self._auto_fit and self.item.design is not None:
            self.fitInView(self.scene_.sceneRect(), Qt.KeepAspectRatio)
            self.zoomChanged.emit(self.zoom())

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        z = self.zoom() * factor
        if 1e-3 < z < 1e3:
            self.scale(factor, factor)
            self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def wheelEvent(self, event):  # noqa: N802
        if event.angleDelta().y():
            self.zoom_by(1.0015 ** event.angleDelta().y())
        event.accept()

    def mouseMoveEvent(self, event):  # noqa: N802
        p = self.mapToScene(event.position().toPoint())
        self.cursorMoved.emit(p.x(), p.y())
        super().mouseMoveEvent(event)

    def render_image(self, width: int, height: int) -> QImage:
        """The whole design painted into an image (for tests and thumbnails)."""
        img = QImage(width, height, QImage.Format_RGB32)
        img.fill(Qt.white)
        p = QPainter(img)
        p.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
        self.scene_.render(p, QRectF(0, 0, width, height), self.item.boundingRect())
        p.end()
        return img
