"""The central canvas: photo, cleaned image, colour regions and vectors, with the editing tools.

One ``QGraphicsScene`` holds every layer; its coordinates are the pixels of
the space on show: *source* pixels of the untouched photo in the 'original'
view, *frame* pixels (the cleaned frame at source resolution, the planar
map's coordinates) in every other view.  The working-resolution images are
scaled to cover the frame.

The canvas does no heavy work: ``set_*`` only swaps prepared ``QImage`` /
``QPainterPath`` objects in (see :mod:`.qtconvert`, run in a worker).  All
mouse handling is done here, not by scene items (the view is not
"interactive"), so a mouse move never hit-tests the big vector paths.

The scene items (image and vector layers, selection, corner and crop handles,
brush outline) are in :mod:`.canvas_items`.
"""
from __future__ import annotations

import math
import os
from typing import Optional, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsPathItem, QGraphicsScene, QGraphicsView, QStyle

from . import qtconvert  # noqa: F401  (applies the PySide6 6.12 / Python 3.11 None guard)
from .canvas_items import (ACCENT, ACCENT_BAD, HANDLE_RADIUS, NEAREST_ABOVE,  # noqa: F401
                           _BrushCursor, _CornersItem, _CropItem, _ImageLayer, _SelectionItem,
                           _VectorLayer)

__all__ = ["MotifCanvas", "VIEWS", "TOOLS", "IMAGE_SUFFIXES"]

VIEWS = ("original", "cleaned", "regions", "vector", "overlay")
TOOLS = ("pan", "select", "corners", "crop", "eyedropper", "brush", "fill")
#: Files the canvas accepts by drag and drop (lower case).
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".bmp", ".webp", ".motif")

BACKDROP = QColor(57, 57, 57)           # neutral dark grey around the image
MIN_ZOOM, MAX_ZOOM = 0.01, 64.0
FIT_MARGIN = 24                         # device-independent px around the frame when fitted
PAN_MARGIN = 48                         # how far the frame may be dragged past the view's edge
HANDLE_HIT = 12                         # grab distance, DIP
CLICK_SLOP = 4                          # a press-release moving less than this is a click, DIP
ZOOM_STEPS = (0.01, 0.02, 0.03, 0.05, 0.0625, 0.083, 0.1, 0.125, 0.167, 0.25, 0.333, 0.5,
              0.667, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0)

_FRAME_VIEWS = ("cleaned", "regions", "vector", "overlay")


# ============================================================== the view
class MotifCanvas(QGraphicsView):
    """Pan/zoom view of the motif's layers with the digitising tools.

    Coordinates in signals are pixels of the space on show (see
    :meth:`coordinateSpace`): source px in the 'original' view, frame px in
    the others.
    """

    cursorMoved = Signal(float, float)
    zoomChanged = Signal(float)
    regionClicked = Signal(float, float)
    cornersChanged = Signal(list)
    cropChanged = Signal(tuple)
    neutralPicked = Signal(float, float, str)
    paintStroke = Signal(list, float)
    fillClicked = Signal(float, float)
    filesDropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Motif canvas"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setInteractive(False)          # all mouse work is ours (no item hit-testing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setBackgroundBrush(BACKDROP)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
        self.viewport().installEventFilter(self)   # native zoom gestures

        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self._photo = _ImageLayer()
        self._cleaned = _ImageLayer()
        self._regions = _ImageLayer()
        self._vector = _VectorLayer()
        self._selection = _SelectionItem()
        self._corners = _CornersItem()
        self._crop = _CropItem()
        self._live = QGraphicsPathItem()
        self._brush = _BrushCursor()
        for z, item in enumerate((self._photo, self._cleaned, self._regions, self._vector,
                                  self._selection, self._live, self._corners, self._crop,
                                  self._brush)):
            item.setZValue(z)
            item.setVisible(False)
            scene.addItem(item)

        self._frame_size: Optional[tuple] = None
        self._had_content = False
        self._mode = "vector"
        self._tool = "pan"
        self._zoom = 1.0
        self._fit_mode = True
        self._overlay_opacity = 0.6
        self._brush_radius = 10.0
        self._space = False
        self._drag: Optional[dict] = None
        self._corner_pts: Optional[list] = None
        self._crop_rect: Optional[QRectF] = None

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(180)
        self._settle.timeout.connect(lambda: self._vector.set_fast(False))

        self._live_pen_colour = QColor(255, 255, 255, 150)
        self._apply_view()
        self._update_overlay_modes()
        self._update_cursor()

    # ------------------------------------------------------------ content
    def set_photo(self, image: Optional[QImage]) -> None:
        """The untouched photo, in source pixels (shown in the 'original' view)."""
        old = self._photo.boundingRect()
        rect = QRectF(0, 0, image.width(), image.height()) if image is not None else QRectF()
        self._photo.set_image(image, rect)
        self._corners.bounds = self._crop.bounds = self._photo.boundingRect()
        self._content_changed(old != self._photo.boundingRect() and self._mode == "original")

    def set_cleaned(self, image: Optional[QImage], frame_size) -> None:
        """The cleaned image at working resolution, stretched over the *frame_size* (w, h)."""
        self._set_frame_image(self._cleaned, image, frame_size)

    def set_regions(self, image: Optional[QImage], frame_size) -> None:
        """The colour regions at working resolution, stretched over the frame like the cleaned image."""
        self._set_frame_image(self._regions, image, frame_size)

    def set_vector(self, colour_paths: Sequence, strokes: Sequence, frame_size) -> None:
        """The vector layer: ``[(QColor, QPainterPath)]`` fills and ``[(QColor, path, width)]`` strokes."""
        changed = self._set_frame_size(frame_size)
        self._vector.set_content(list(colour_paths or ()), list(strokes or ()), self._frame_rect())
        self._content_changed(changed)

    def _set_frame_image(self, item: _ImageLayer, image, frame_size) -> None:
        changed = self._set_frame_size(frame_size)
        item.set_image(image, self._frame_rect())
        self._content_changed(changed)

    def _set_frame_size(self, frame_size) -> bool:
        if frame_size is None:
            return False
        w, h = (float(v) for v in frame_size)
        new = (w, h) if w > 0 and h > 0 else None
        changed = new != self._frame_size
        self._frame_size = new
        return changed and self._mode != "original"

    def _frame_rect(self) -> QRectF:
        if self._frame_size is None:
            return QRectF()
        return QRectF(0, 0, *self._frame_size)

    def clear(self) -> None:
        """Forget every layer (the empty state)."""
        self._photo.set_image(None, QRectF())
        self._cleaned.set_image(None, QRectF())
        self._regions.set_image(None, QRectF())
        self._vector.set_content([], [], QRectF())
        self._frame_size = None
        self.set_selection(None)
        self.set_corners(None)
        self.set_crop(None)
        self._fit_mode = True
        self._content_changed(True)

    def _content_changed(self, geometry_changed: bool) -> None:
        was_empty = not self._had_content
        self._apply_view()
        self._had_content = not self._content_rect().isEmpty()
        if self._fit_mode or geometry_changed or (was_empty and self._had_content):
            self.fit()

    # ------------------------------------------------------------ views
    def set_view(self, mode: str) -> None:
        """Show 'original', 'cleaned', 'regions', 'vector' or 'overlay'."""
        if mode not in VIEWS:
            raise ValueError(f"unknown view {mode!r}; expected one of {', '.join(VIEWS)}")
        if mode == self._mode:
            return
        space_changes = (mode == "original") != (self._mode == "original")
        self._cancel_drag()
        self._mode = mode
        self._apply_view()
        if space_changes:
            if self._fit_mode:
                self.fit()
            else:
                self._update_scene_rect()
                self.centerOn(self._content_rect().center())
        self._update_cursor()

    def view_mode(self) -> str:
        return self._mode

    def coordinateSpace(self) -> str:
        """'source' (photo pixels) in the 'original' view, 'frame' otherwise."""
        return "source" if self._mode == "original" else "frame"

    def set_overlay_opacity(self, opacity: float) -> None:
        """Opacity (0..1) of the vectors over the cleaned image in the 'overlay' view."""
        self._overlay_opacity = min(1.0, max(0.0, float(opacity)))
        if self._mode == "overlay":
            self._vector.setOpacity(self._overlay_opacity)

    def overlay_opacity(self) -> float:
        return self._overlay_opacity

    def _apply_view(self) -> None:
        m = self._mode
        frame = m in _FRAME_VIEWS
        has_vec = self._vector.has_content()
        has_reg = self._regions.image() is not None
        show_photo = m == "original"
        show_cleaned = m in ("cleaned", "overlay") or \
            (m == "regions" and not has_reg) or (m == "vector" and not has_vec and not has_reg)
        # until the vectors arrive, the vector view shows the regions they are traced from
        show_regions = m == "regions" or (m == "vector" and not has_vec)
        show_vector = m in ("vector", "overlay")
        self._photo.setVisible(show_photo)
        self._cleaned.setVisible(show_cleaned)
        self._regions.setVisible(show_regions and has_reg)
        self._vector.setVisible(show_vector)
        self._vector.setOpacity(self._overlay_opacity if m == "overlay" else 1.0)
        self._selection.setVisible(frame)
        self._corners.setVisible(m == "original" and self._corner_pts is not None)
        self._crop.setVisible(m == "original" and self._crop_rect is not None)
        self._live.setVisible(frame)
        if not frame:
            self._brush.setVisible(False)
        self._update_scene_rect()
        self.viewport().update()

    def _content_rect(self) -> QRectF:
        if self._mode == "original":
            return self._photo.boundingRect()
        r = self._frame_rect()
        if r.isEmpty():
            # a frame view before any frame layer arrived: nothing to show
            return QRectF()
        return r

    # ------------------------------------------------------------ overlays
    def set_corners(self, corners) -> None:
        """Perspective corners: four (x, y) in source px, clockwise from top-left; None hides them."""
        if corners is not None:
            pts = [(float(x), float(y)) for x, y in corners]
            if len(pts) != 4:
                raise ValueError("corners must be four (x, y) points")
            self._corner_pts = pts
        else:
            self._corner_pts = None
        if self._drag and self._drag.get("kind") == "corner":
            self._drag = None
        self._corners.active = self._corners.hover = -1
        self._corners.set_points(self._corner_pts)
        self._corners.setVisible(self._mode == "original" and self._corner_pts is not None)

    def corners(self) -> Optional[list]:
        return list(self._corner_pts) if self._corner_pts is not None else None

    def set_crop(self, rect) -> None:
        """The crop box ``(left, top, right, bottom)`` in source px; None hides it."""
        if rect is not None:
            l, t, r, b = (float(v) for v in rect)
            self._crop_rect = QRectF(QPointF(l, t), QPointF(r, b)).normalized()
        else:
            self._crop_rect = None
        if self._drag and self._drag.get("kind", "").startswith("crop"):
            self._drag = None
        self._crop.set_rect(self._crop_rect)
        self._crop.setVisible(self._mode == "original" and self._crop_rect is not None)

    def crop(self) -> Optional[tuple]:
        return _box(self._crop_rect) if self._crop_rect is not None else None

    def set_selection(self, path: Optional[QPainterPath]) -> None:
        """Highlight a region (frame px); None clears it."""
        self._selection.set_path(path)

    def set_brush_radius(self, radius: float) -> None:
        """Brush radius in frame px."""
        self._brush_radius = max(0.5, float(radius))
        self._brush.set_radius(self._brush_radius)

    def brush_radius(self) -> float:
        return self._brush_radius

    def set_brush_colour(self, colour: Optional[QColor]) -> None:
        """Colour of the brush outline and of the stroke while it is drawn (None: neutral)."""
        self._brush.colour = QColor(colour) if colour is not None else None
        c = QColor(colour) if colour is not None else QColor(255, 255, 255)
        c.setAlpha(150)
        self._live_pen_colour = c
        self._brush.update()

    # ------------------------------------------------------------ tools
    def set_tool(self, name: str) -> None:
        """'pan', 'select', 'corners', 'crop', 'eyedropper', 'brush' or 'fill'."""
        if name not in TOOLS:
            raise ValueError(f"unknown tool {name!r}; expected one of {', '.join(TOOLS)}")
        self._cancel_drag()
        self._tool = name
        self._brush.setVisible(False)
        self._update_overlay_modes()
        self._update_cursor()

    def tool(self) -> str:
        return self._tool

    def _update_overlay_modes(self) -> None:
        """The overlay of the tool in use is editable (outside dimmed, handles); others faint."""
        self._corners.editing = self._tool == "corners"
        self._crop.editing = self._tool == "crop"
        # the one being edited on top
        self._corners.setZValue(6.5 if self._corners.editing else 6.0)
        self._crop.setZValue(6.5 if self._crop.editing else 6.0)
        self._corners.update()
        self._crop.update()

    # ------------------------------------------------------------ zoom
    def zoom(self) -> float:
        """Device-independent pixels per image pixel (1.0 = 100%)."""
        return self._zoom

    def zoom_in(self) -> None:
        nxt = next((s for s in ZOOM_STEPS if s > self._zoom * 1.01), MAX_ZOOM)
        self._zoom_about(QPointF(self.viewport().rect().center()), nxt)

    def zoom_out(self) -> None:
        prv = next((s for s in reversed(ZOOM_STEPS) if s < self._zoom / 1.01), MIN_ZOOM)
        self._zoom_about(QPointF(self.viewport().rect().center()), prv)

    def actual_size(self) -> None:
        """100%: one photo/frame pixel per device-independent pixel."""
        self._zoom_about(QPointF(self.viewport().rect().center()), 1.0)

    def set_zoom(self, z: float) -> None:
        self._zoom_about(QPointF(self.viewport().rect().center()), z)

    def fit(self) -> None:
        """Zoom so the whole image fits in the window, centred; follows the window's size."""
        self._fit_mode = True
        rect = self._content_rect()
        if rect.isEmpty():
            self._set_zoom(1.0)
            return
        vp = self.maximumViewportSize()        # without scroll bars: they go once it fits
        z = min((vp.width() - 2 * FIT_MARGIN) / rect.width(),
                (vp.height() - 2 * FIT_MARGIN) / rect.height())
        self._set_zoom(z)
        self.centerOn(rect.center())

    def _set_zoom(self, z: float) -> bool:
        z = min(MAX_ZOOM, max(MIN_ZOOM, float(z)))
        changed = abs(z - self._zoom) > 1e-12 or self.transform().m11() != z
        self._zoom = z
        self.setTransform(QTransform.fromScale(z, z))
        for item in (self._selection, self._corners, self._crop, self._brush):
            item.set_zoom(z)
        self._update_scene_rect()
        if changed:
            self.zoomChanged.emit(z)
        return changed

    def _zoom_about(self, vp_pos: QPointF, z: float) -> None:
        self._fit_mode = False
        inv, ok = self.viewportTransform().inverted()
        anchor = inv.map(vp_pos)
        self._set_zoom(z)
        moved = self.viewportTransform().map(anchor) - vp_pos
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(moved.x()))
        v.setValue(v.value() + round(moved.y()))

    def _update_scene_rect(self) -> None:
        rect = self._content_rect()
        if rect.isEmpty():
            self.setSceneRect(QRectF(0, 0, 1, 1))
            return
        # Past the view's edge the frame may be dragged PAN_MARGIN px further; a frame that
        # fits gets a scene no bigger than the view, so no scroll bars appear.
        full = self.maximumViewportSize()       # the viewport without scroll bars
        sb = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        z = self._zoom
        room_w, room_h = full.width(), full.height()
        if rect.width() * z > room_w:            # a horizontal bar takes height, and vice versa
            room_h -= sb
        if rect.height() * z > room_h:
            room_w -= sb
            if rect.width() * z > room_w and room_h == full.height():
                room_h -= sb

        def pad(extent: float, room: int) -> float:
            spare = room - extent * z
            return (PAN_MARGIN if spare < 0 else max(0.0, min(PAN_MARGIN, spare / 2 - 2))) / z

        px, py = pad(rect.width(), room_w), pad(rect.height(), room_h)
        self.setSceneRect(rect.adjusted(-px, -py, px, py))

    # ------------------------------------------------------------ drawing
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, BACKDROP)
        content = self._content_rect()
        if content.isEmpty():
            return
        # a soft drop shadow and a hairline border around the frame, in screen pixels
        dev = painter.worldTransform().mapRect(content)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, alpha in enumerate((9, 11, 14, 18, 24, 32)):
            grow = 7 - i
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRoundedRect(dev.adjusted(-grow, -grow + 2, grow, grow + 3), grow + 1, grow + 1)
        painter.setBrush(QColor(0, 0, 0, 70))
        painter.drawRect(dev.adjusted(-1, -1, 1, 1))
        # under the frame: a light neutral, so a half-transparent overlay reads well
        painter.fillRect(dev, QColor(236, 236, 236) if self._mode == "overlay" else QColor(250, 250, 250))
        painter.restore()

    # ------------------------------------------------------------ events: geometry
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_mode:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_mode:
            self.fit()

    def wheelEvent(self, event) -> None:
        d = event.angleDelta()
        if d.y() == 0 and d.x() != 0:          # a sideways wheel / tilt: scroll sideways
            super().wheelEvent(event)
            return
        if d.y() == 0:
            return
        self._begin_fast_zoom()
        self._zoom_about(event.position(), self._zoom * 2.0 ** (d.y() / 120.0 / 4.0))
        event.accept()

    def _begin_fast_zoom(self) -> None:
        self._vector.set_fast(True)
        self._settle.start()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.viewport() and event.type() == QEvent.Type.NativeGesture:
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self._begin_fast_zoom()
                self._zoom_about(event.position(), self._zoom * (1.0 + event.value()))
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ events: keys
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self._update_cursor()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._update_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:
        self._space = False
        self._update_cursor()
        super().focusOutEvent(event)

    # ------------------------------------------------------------ events: mouse
    def _scene_pos(self, event) -> QPointF:
        """The event's position in scene (= current space's pixel) coordinates, unrounded."""
        return self.viewportTransform().inverted()[0].map(event.position())

    def mousePressEvent(self, event) -> None:
        pos = event.position()
        sp = self._scene_pos(event)
        btn = event.button()
        if btn == Qt.MouseButton.MiddleButton or (btn == Qt.MouseButton.LeftButton and (
                self._space or self._tool == "pan")):
            self._start_pan(pos)
            event.accept()
            return
        if btn != Qt.MouseButton.LeftButton or self._content_rect().isEmpty():
            event.ignore()
            return
        tool, orig = self._tool, self._mode == "original"
        d = {"press": pos, "scene": sp}
        if tool == "corners" and orig and self._corner_pts is not None:
            i = self._corner_at(pos)
            if i < 0:
                self._start_pan(pos)
                return
            d.update(kind="corner", index=i, before=list(self._corner_pts),
                     offset=sp - QPointF(*self._corner_pts[i]))
            self._corners.active = i
            self._corners.update()
        elif tool == "crop" and orig and not self._photo.boundingRect().isEmpty():
            part = self._crop_part_at(pos)
            before = QRectF(self._crop_rect) if self._crop_rect is not None else None
            if part == "":
                start = self._clamp(sp, self._photo.boundingRect())
                d.update(kind="crop-new", anchor=start, before=before)
            else:
                d.update(kind="crop-edit", part=part, before=before, start_rect=QRectF(self._crop_rect))
        elif tool == "brush" and not orig:
            d.update(kind="brush", points=[(sp.x(), sp.y())])
            self._update_live(d["points"])
        elif tool in ("select", "fill", "eyedropper") and (tool == "eyedropper" or not orig):
            d.update(kind="click", tool=tool)
        else:
            self._start_pan(pos)
            return
        self._drag = d
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        sp = self._scene_pos(event)
        if not self._content_rect().isEmpty():
            self.cursorMoved.emit(sp.x(), sp.y())
        d = self._drag
        if d is not None:
            self._drag_to(d, pos, sp)
        self._move_brush_cursor(sp)
        if d is None:
            self._hover(pos)

    def _drag_to(self, d: dict, pos: QPointF, sp: QPointF) -> None:
        """Follow the mouse (viewport *pos*, scene *sp*) with the drag in progress."""
        kind = d.get("kind")
        if kind == "pan":
            delta = pos - d["last"]
            d["last"] = pos
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            d["acc"] = d.get("acc", QPointF()) + delta
            dx, dy = round(d["acc"].x()), round(d["acc"].y())
            d["acc"] -= QPointF(dx, dy)
            h.setValue(h.value() - dx)
            v.setValue(v.value() - dy)
        elif kind == "corner":
            p = self._clamp(sp - d["offset"], self._corner_limits())
            self._corner_pts[d["index"]] = (p.x(), p.y())
            self._corners.set_points(self._corner_pts)
        elif kind == "crop-new":
            p = self._clamp(sp, self._photo.boundingRect())
            self._crop_rect = QRectF(d["anchor"], p).normalized()
            self._crop.set_rect(self._crop_rect)
            self._crop.setVisible(True)
        elif kind == "crop-edit":
            self._crop_rect = self._edit_crop(d, sp)
            self._crop.set_rect(self._crop_rect)
        elif kind == "brush":
            last = d["points"][-1]
            step = max(0.25, 1.0 / self._zoom, self._brush_radius * 0.1)
            if math.hypot(sp.x() - last[0], sp.y() - last[1]) >= step:
                d["points"].append((sp.x(), sp.y()))
                self._update_live(d["points"])

    def mouseReleaseEvent(self, event) -> None:
        d = self._drag
        if d is None:
            super().mouseReleaseEvent(event)
            return
        kind = d.get("kind")
        if kind == "pan":
            if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
                return
            self._drag = None
        elif event.button() != Qt.MouseButton.LeftButton:
            return
        else:
            self._drag = None
            sp = self._scene_pos(event)
            if kind in ("corner", "crop-new", "crop-edit"):
                self._drag_to(d, event.position(), sp)     # the release point counts
            if kind == "corner":
                self._corners.active = -1
                self._corners.update()
                if self._corner_pts != d["before"]:
                    self.cornersChanged.emit([tuple(p) for p in self._corner_pts])
            elif kind in ("crop-new", "crop-edit"):
                r = self._crop_rect
                if r is None or r.width() < 2 or r.height() < 2 or _box(r)[0] >= _box(r)[2] \
                        or _box(r)[1] >= _box(r)[3]:
                    # a click, not a drag: keep what was there
                    self._crop_rect = d["before"]
                    self._crop.set_rect(self._crop_rect)
                    self._crop.setVisible(self._crop_rect is not None)
                else:
                    self._crop_rect = QRectF(*_box(r)[:2], _box(r)[2] - _box(r)[0],
                                             _box(r)[3] - _box(r)[1])
                    self._crop.set_rect(self._crop_rect)
                    if d["before"] is None or _box(d["before"]) != _box(self._crop_rect):
                        self.cropChanged.emit(_box(self._crop_rect))
            elif kind == "brush":
                pts = d["points"]
                if math.hypot(sp.x() - pts[-1][0], sp.y() - pts[-1][1]) > 1e-9:
                    pts.append((sp.x(), sp.y()))
                self._live.setPath(QPainterPath())
                self.paintStroke.emit([(float(x), float(y)) for x, y in pts],
                                      float(self._brush_radius))
            elif kind == "click":
                moved = (event.position() - d["press"]).manhattanLength()
                if moved <= CLICK_SLOP:
                    self._emit_click(d["tool"], d["scene"])
        self._update_cursor()
        event.accept()

    def _emit_click(self, tool: str, sp: QPointF) -> None:
        x, y = sp.x(), sp.y()
        inside = self._content_rect().contains(sp)
        if not inside:
            return
        if tool == "select":
            self.regionClicked.emit(x, y)
        elif tool == "fill":
            self.fillClicked.emit(x, y)
        elif tool == "eyedropper":
            self.neutralPicked.emit(x, y, self.coordinateSpace())

    def mouseDoubleClickEvent(self, event) -> None:
        self.mousePressEvent(event)

    def leaveEvent(self, event) -> None:
        self._brush.setVisible(False)
        super().leaveEvent(event)

    def _start_pan(self, pos: QPointF) -> None:
        self._drag = {"kind": "pan", "last": pos}
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _cancel_drag(self) -> None:
        d, self._drag = self._drag, None
        if d is None:
            return
        kind = d.get("kind")
        if kind == "corner":
            self._corner_pts = d["before"]
            self._corners.active = -1
            self._corners.set_points(self._corner_pts)
        elif kind in ("crop-new", "crop-edit"):
            self._crop_rect = d["before"]
            self._crop.set_rect(self._crop_rect)
            self._crop.setVisible(self._mode == "original" and self._crop_rect is not None)
        elif kind == "brush":
            self._live.setPath(QPainterPath())
        self._update_cursor()

    # ------------------------------------------------------------ tool helpers
    def _update_live(self, pts) -> None:
        path = QPainterPath(QPointF(*pts[0]))
        if len(pts) == 1:
            path.lineTo(QPointF(pts[0][0] + 1e-3, pts[0][1]))
        for x, y in pts[1:]:
            path.lineTo(x, y)
        pen = QPen(self._live_pen_colour, 2 * self._brush_radius)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._live.setPen(pen)
        self._live.setPath(path)

    def _move_brush_cursor(self, sp: QPointF) -> None:
        show = self._tool == "brush" and self._mode != "original" and not self._space and \
            not (self._drag is not None and self._drag.get("kind") == "pan")
        if show:
            self._brush.setPos(sp)
        if show != self._brush.isVisible():
            self._brush.setVisible(show)

    def _corner_limits(self) -> QRectF:
        r = self._photo.boundingRect()
        return r.adjusted(-r.width() * 0.25, -r.height() * 0.25, r.width() * 0.25, r.height() * 0.25)

    @staticmethod
    def _clamp(p: QPointF, r: QRectF) -> QPointF:
        return QPointF(min(max(p.x(), r.left()), r.right()), min(max(p.y(), r.top()), r.bottom()))

    def _corner_at(self, vp_pos: QPointF) -> int:
        if self._corner_pts is None or self._mode != "original":
            return -1
        vt = self.viewportTransform()
        best, best_d = -1, HANDLE_HIT
        for i, (x, y) in enumerate(self._corner_pts):
            q = vt.map(QPointF(x, y))
            dist = math.hypot(q.x() - vp_pos.x(), q.y() - vp_pos.y())
            if dist <= best_d:
                best, best_d = i, dist
        return best

    def _crop_part_at(self, vp_pos: QPointF) -> str:
        """'tl', 't', ..., 'l' for a handle or edge, 'move' inside, '' outside."""
        if self._crop_rect is None or self._mode != "original":
            return ""
        vt = self.viewportTransform()
        for name, p in self._crop.handles().items():
            q = vt.map(p)
            if abs(q.x() - vp_pos.x()) <= HANDLE_HIT * 0.8 and abs(q.y() - vp_pos.y()) <= HANDLE_HIT * 0.8:
                return name
        r = vt.mapRect(self._crop_rect)
        x, y, e = vp_pos.x(), vp_pos.y(), 5
        if r.top() - e <= y <= r.bottom() + e:
            if abs(x - r.left()) <= e:
                return "l"
            if abs(x - r.right()) <= e:
                return "r"
        if r.left() - e <= x <= r.right() + e:
            if abs(y - r.top()) <= e:
                return "t"
            if abs(y - r.bottom()) <= e:
                return "b"
        if r.contains(vp_pos):
            return "move"
        return ""

    def _edit_crop(self, d: dict, sp: QPointF) -> QRectF:
        r0: QRectF = d["start_rect"]
        bounds = self._photo.boundingRect()
        delta = sp - d["scene"]
        part = d["part"]
        if part == "move":
            dx = min(max(delta.x(), bounds.left() - r0.left()), bounds.right() - r0.right())
            dy = min(max(delta.y(), bounds.top() - r0.top()), bounds.bottom() - r0.bottom())
            return r0.translated(dx, dy)
        l, t, r, b = r0.left(), r0.top(), r0.right(), r0.bottom()
        p = self._clamp(sp, bounds)
        if "l" in part:
            l = p.x()
        if "r" in part:
            r = p.x()
        if "t" in part:
            t = p.y()
        if "b" in part:
            b = p.y()
        return QRectF(QPointF(l, t), QPointF(r, b)).normalized()

    def _hover(self, vp_pos: QPointF) -> None:
        """Cursor shape and handle highlight under the mouse when nothing is dragged."""
        if self._space:
            return
        cursor = None
        if self._tool == "corners" and self._mode == "original":
            i = self._corner_at(vp_pos)
            if i != self._corners.hover:
                self._corners.hover = i
                self._corners.update()
            cursor = Qt.CursorShape.SizeAllCursor if i >= 0 else Qt.CursorShape.OpenHandCursor
        elif self._tool == "crop" and self._mode == "original":
            part = self._crop_part_at(vp_pos)
            if part != self._crop.hover:
                self._crop.hover = part
                self._crop.update()
            cursor = {"tl": Qt.CursorShape.SizeFDiagCursor, "br": Qt.CursorShape.SizeFDiagCursor,
                      "tr": Qt.CursorShape.SizeBDiagCursor, "bl": Qt.CursorShape.SizeBDiagCursor,
                      "l": Qt.CursorShape.SizeHorCursor, "r": Qt.CursorShape.SizeHorCursor,
                      "t": Qt.CursorShape.SizeVerCursor, "b": Qt.CursorShape.SizeVerCursor,
                      "move": Qt.CursorShape.SizeAllCursor}.get(part, Qt.CursorShape.CrossCursor)
        if cursor is not None and self.viewport().cursor().shape() != cursor:
            self.viewport().setCursor(cursor)

    def _update_cursor(self) -> None:
        vp = self.viewport()
        if self._space or self._tool == "pan":
            vp.setCursor(Qt.CursorShape.OpenHandCursor)
            self._brush.setVisible(False)
            return
        orig = self._mode == "original"
        shapes = {"select": Qt.CursorShape.PointingHandCursor if not orig else Qt.CursorShape.ArrowCursor,
                  "corners": Qt.CursorShape.OpenHandCursor,
                  "crop": Qt.CursorShape.CrossCursor,
                  "eyedropper": Qt.CursorShape.CrossCursor,
                  "brush": Qt.CursorShape.BlankCursor if not orig else Qt.CursorShape.ArrowCursor,
                  "fill": Qt.CursorShape.CrossCursor if not orig else Qt.CursorShape.ArrowCursor}
        vp.setCursor(shapes.get(self._tool, Qt.CursorShape.ArrowCursor))
        if self._tool == "brush" and not orig and vp.underMouse():
            self._move_brush_cursor(self.viewportTransform().inverted()[0].map(
                QPointF(vp.mapFromGlobal(QCursor.pos()))))

    # ------------------------------------------------------------ drag and drop
    @staticmethod
    def _dropped_files(event) -> list:
        md = event.mimeData()
        if md is None or not md.hasUrls():
            return []
        out = []
        for url in md.urls():
            if url.isLocalFile():
                path = url.toLocalFile()
                if os.path.splitext(path)[1].lower() in IMAGE_SUFFIXES:
                    out.append(path)
        return out

    def dragEnterEvent(self, event) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            event.ignore()

    # ------------------------------------------------------------ introspection (tests, window)
    def layer_visibility(self) -> dict:
        """Which layers are on show: {'photo', 'cleaned', 'regions', 'vector', ...: bool}."""
        return {"photo": self._photo.isVisible(), "cleaned": self._cleaned.isVisible(),
                "regions": self._regions.isVisible(), "vector": self._vector.isVisible(),
                "selection": self._selection.isVisible(), "corners": self._corners.isVisible(),
                "crop": self._crop.isVisible()}

    def map_to_view(self, x: float, y: float) -> QPoint:
        """Viewport position of a point in the current space's pixels (for tests and popups)."""
        return self.viewportTransform().map(QPointF(x, y)).toPoint()


def _box(r: QRectF) -> tuple:
    """(left, top, right, bottom) rounded to whole pixels."""
    return (int(round(r.left())), int(round(r.top())), int(round(r.right())), int(round(r.bottom())))
