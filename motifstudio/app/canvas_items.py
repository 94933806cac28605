"""The canvas's scene items: image and vector layers, selection, corner and crop handles, brush.

These are drawn by :class:`~motifstudio.app.canvas.MotifCanvas`, which does all
the mouse handling itself (the items are never hit-tested).

Drawing the vector layer
------------------------
Qt's antialiased path filling is super-linear in the size of a path: a
motif of 4,000 regions takes 1-2 s per repaint, and abutting antialiased
fills let the backdrop show through as hairline seams.  The vector layer
therefore rasterises WITHOUT antialiasing at 2-3x the device resolution and
averages down (exact pixel-centre coverage: no seams, ~25x faster), keeps
that image for pans and redraws it only when the zoom changes; while the
wheel turns it draws a quick 1x version and sharpens when the wheel stops.
"""
from __future__ import annotations

import math
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

from PySide6.QtCore import QLineF, QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF,
                           QTransform)
from PySide6.QtWidgets import QGraphicsItem

from . import qtconvert  # noqa: F401  (applies the PySide6 6.12 / Python 3.11 None guard)

__all__ = ["ACCENT", "ACCENT_BAD", "HANDLE_RADIUS", "NEAREST_ABOVE", "_ImageLayer", "_VectorLayer",
           "_SelectionItem", "_CornersItem", "_CropItem", "_BrushCursor"]

ACCENT = QColor(38, 146, 255)           # handles, selection
ACCENT_BAD = QColor(235, 80, 60)        # an impossible corner quad
HANDLE_RADIUS = 7                       # corner handles, DIP
NEAREST_ABOVE = 2.0                     # image pixels bigger than this (zoom) are drawn sharp

# one background thread makes the reduced copies of big images (smooth zoomed-out views)
_MIP_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="canvas-mip")


def _mip_levels(img: QImage) -> list:
    """Halvings of *img* (area-averaged) down to ~256 px: level k is 2**-(k+1) of the size."""
    out = []
    cur = img
    while cur.width() > 256 and cur.height() > 256:
        cur = cur.scaled(max(1, cur.width() // 2), max(1, cur.height() // 2),
                         Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
        out.append(cur)
    return out


class _MipNotifier(QObject):
    """Carries finished reduced copies from the worker to the GUI thread (queued signal)."""
    ready = Signal(object, object)


# ============================================================== scene items
class _ImageLayer(QGraphicsItem):
    """A QImage drawn over a target rectangle; smooth when reduced, sharp pixels when enlarged.

    Reduced views (below 50%) draw from area-averaged copies made in a
    background thread, so fine weave or felt fibres do not sparkle or show
    moiré.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._img: Optional[QImage] = None
        self._rect = QRectF()
        self._mips: list = []
        self._mip_state = "none"   # none | pending | ready
        self._token = 0
        self._notifier = _MipNotifier()
        self._notifier.ready.connect(self._on_mips, Qt.ConnectionType.QueuedConnection)

    def set_image(self, img: Optional[QImage], rect: QRectF) -> None:
        img = img if img is not None and not img.isNull() else None
        if img is not None and self._img is not None and img.cacheKey() == self._img.cacheKey() \
                and QRectF(rect) == self._rect:
            return      # the same pixels again (e.g. the photo with every new result): keep the mips
        self.prepareGeometryChange()
        self._img = img
        self._rect = QRectF(rect) if self._img is not None else QRectF()
        self._mips, self._mip_state = [], "none"
        self._token += 1
        self.update()

    def image(self) -> Optional[QImage]:
        return self._img

    def boundingRect(self) -> QRectF:
        return self._rect

    def _want_mips(self) -> None:
        if self._mip_state != "none" or self._img is None:
            return
        self._mip_state = "pending"
        token, img = self._token, QImage(self._img)  # own (shared, read-only) instance
        ref = weakref.ref(self._notifier)

        def job():
            levels = _mip_levels(img)
            n = ref()
            if n is not None:
                n.ready.emit(token, levels)

        _MIP_POOL.submit(job)

    def _on_mips(self, token, levels) -> None:
        if token == self._token:
            self._mips, self._mip_state = levels, "ready"
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        img = self._img
        if img is None:
            return
        # size of one image pixel on screen (device-independent px)
        mag = painter.worldTransform().m11() * self._rect.width() / max(1, img.width())
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        src = img
        if mag * dpr < 0.5:
            self._want_mips()
            k = int(math.floor(math.log2(0.5 / (mag * dpr))))   # halvings that keep >= 50%
            if self._mips and k >= 0:
                src = self._mips[min(k, len(self._mips) - 1)]
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, mag <= NEAREST_ABOVE)
        painter.drawImage(self._rect, src, QRectF(src.rect()))


class _VectorLayer(QGraphicsItem):
    """Every colour's path plus the strokes, rasterised supersampled for the current zoom.

    See the module notes: no antialiased path fills (slow, seams); the
    rendering is kept per zoom in "anchored device" coordinates (device
    pixels relative to the whole-pixel position of the item's origin), so
    panning reuses it.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._fills: list = []
        self._strokes: list = []
        self._rect = QRectF()
        self._cache: Optional[tuple] = None   # (key, QRect anchored, QImage, quality)
        self._fast = False
        self.last_render_ms = 0.0

    def set_content(self, fills, strokes, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._fills = [(QBrush(QColor(c)), p) for c, p in fills]
        self._strokes = []
        for c, p, w in strokes:
            pen = QPen(QColor(c), float(w))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self._strokes.append((pen, p))
        self._rect = QRectF(rect) if (self._fills or self._strokes) else QRectF()
        self._cache = None
        self.update()

    def has_content(self) -> bool:
        return bool(self._fills or self._strokes)

    def set_fast(self, fast: bool) -> None:
        """Quick 1x drawing while the zoom is changing; full quality again when it stops."""
        if fast == self._fast:
            return
        self._fast = fast
        if not fast and self._cache is not None and self._cache[3] < 2:
            self._cache = None
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _draw_all(self, p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        for brush, path in self._fills:
            p.setBrush(brush)
            p.drawPath(path)
        if self._strokes:
            p.setBrush(Qt.BrushStyle.NoBrush)
            for pen, path in self._strokes:
                p.setPen(pen)
                p.drawPath(path)

    def _render(self, wt: QTransform, anchored: QRect, fx: float, fy: float, dpr: float,
                ss: int) -> QImage:
        """Draw *anchored* (device px) with *ss*² samples per pixel, averaged."""
        w, h = anchored.width(), anchored.height()
        buf = QImage(w * ss, h * ss, QImage.Format.Format_ARGB32_Premultiplied)
        buf.fill(0)
        p = QPainter(buf)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # item -> anchored device px -> buffer px
        t = QTransform(wt.m11() * dpr, 0, 0, wt.m22() * dpr, fx - anchored.x(), fy - anchored.y())
        p.setTransform(t * QTransform.fromScale(ss, ss))
        self._draw_all(p)
        p.end()
        if ss > 1:
            buf = buf.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        return buf

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.has_content():
            return
        wt = painter.worldTransform()
        if wt.isRotating():   # rotated/sheared: no caching
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            self._draw_all(painter)
            return
        dev = painter.device()
        dpr = dev.devicePixelRatioF() if dev is not None else 1.0
        ox, oy = wt.dx() * dpr, wt.dy() * dpr
        ix, iy = math.floor(ox), math.floor(oy)
        fx, fy = ox - ix, oy - iy
        key = (round(wt.m11() * dpr, 9), round(wt.m22() * dpr, 9), round(fx, 4), round(fy, 4))
        to_anchor = QTransform(wt.m11() * dpr, 0, 0, wt.m22() * dpr, fx, fy)
        item_dev = to_anchor.mapRect(self._rect).toAlignedRect()
        need = to_anchor.mapRect(QRectF(option.exposedRect)).toAlignedRect() & item_dev
        if need.isEmpty():
            return
        quality = 1 if self._fast else 2
        c = self._cache
        if not (c is not None and c[0] == key and c[1].contains(need) and c[3] >= quality):
            # render what the view shows (plus a margin for small pans), not just the strip
            if widget is not None:
                vis = QRectF(widget.rect())
                vis = QRectF(vis.x() * dpr - ix, vis.y() * dpr - iy, vis.width() * dpr,
                             vis.height() * dpr)
                mx, my = vis.width() * 0.25, vis.height() * 0.25
                area = vis.adjusted(-mx, -my, mx, my).toAlignedRect() & item_dev
                area = area.united(need) & item_dev
            else:
                area = need
            px = area.width() * area.height()
            ss = 1 if self._fast else (3 if px * 9 <= 12_000_000 else 2)
            t0 = time.perf_counter()
            img = self._render(wt, area, fx, fy, dpr, ss)
            self.last_render_ms = (time.perf_counter() - t0) * 1000
            c = self._cache = (key, area, img, 1 if ss == 1 else 2)
        _key, area, img, _q = c
        src = QRect(need.topLeft() - area.topLeft(), need.size())
        painter.save()
        painter.resetTransform()
        target = QRectF((need.x() + ix) / dpr, (need.y() + iy) / dpr,
                        need.width() / dpr, need.height() / dpr)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, img, QRectF(src))
        painter.restore()


class _Overlay(QGraphicsItem):
    """Base of items drawn with constant screen-size details: knows the view's zoom."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._zoom = 1.0

    def set_zoom(self, z: float) -> None:
        if z != self._zoom:
            self.prepareGeometryChange()
            self._zoom = z

    def _px(self, n: float) -> float:
        """*n* device-independent px in scene units."""
        return n / max(self._zoom, 1e-9)


def _two_tone(painter: QPainter, draw, colour: QColor = ACCENT, width: float = 1.5,
              dash: bool = False) -> None:
    """Call *draw* twice: a wide white halo, then the coloured line (visible on any image)."""
    halo = QPen(QColor(255, 255, 255, 220), width + 2.0)
    halo.setCosmetic(True)
    painter.setPen(halo)
    draw()
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    if dash:
        pen.setDashPattern([4, 3])
    painter.setPen(pen)
    draw()


class _SelectionItem(_Overlay):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._path = QPainterPath()

    def set_path(self, path: Optional[QPainterPath]) -> None:
        self.prepareGeometryChange()
        self._path = QPainterPath(path) if path is not None else QPainterPath()
        self.update()

    def path(self) -> QPainterPath:
        return self._path

    def boundingRect(self) -> QRectF:
        if self._path.isEmpty():
            return QRectF()
        m = self._px(4)
        return self._path.controlPointRect().adjusted(-m, -m, m, m)

    def paint(self, painter, option, widget=None) -> None:
        if self._path.isEmpty():
            return
        # a light hatch reads on every colour without changing how the region's colour looks
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(255, 255, 255, 120), Qt.BrushStyle.BDiagPattern))
        painter.drawPath(self._path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # "marching ants" without the marching: white under dark dashes
        _two_tone(painter, lambda: painter.drawPath(self._path), colour=QColor(25, 25, 25),
                  width=1.5, dash=True)


def _quad_ok(pts) -> bool:
    """Four points clockwise on screen (y down) forming a convex quad."""
    crosses = []
    for i in range(4):
        (ax, ay), (bx, by), (cx, cy) = pts[i], pts[(i + 1) % 4], pts[(i + 2) % 4]
        crosses.append((bx - ax) * (cy - by) - (by - ay) * (cx - bx))
    return all(c > 0 for c in crosses)


class _CornersItem(_Overlay):
    """Four corner handles joined by lines; the outside of the quad is dimmed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pts: list = []
        self.bounds = QRectF()       # the photo
        self.active = -1
        self.hover = -1
        self.editing = True          # False: only a faint outline (another tool is in use)

    def set_points(self, pts) -> None:
        self.prepareGeometryChange()
        self.pts = [QPointF(float(x), float(y)) for x, y in pts] if pts else []
        self.update()

    def boundingRect(self) -> QRectF:
        if not self.pts:
            return QRectF()
        r = QPolygonF(self.pts).boundingRect().united(self.bounds)
        m = self._px(HANDLE_RADIUS + 4)
        return r.adjusted(-m, -m, m, m)

    def paint(self, painter, option, widget=None) -> None:
        if len(self.pts) != 4:
            return
        poly = QPolygonF(self.pts + [self.pts[0]])
        ok = _quad_ok([(p.x(), p.y()) for p in self.pts])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if not self.editing:
            _two_tone(painter, lambda: painter.drawPolyline(poly), colour=QColor(60, 60, 60),
                      width=1.0, dash=True)
            return
        shade = QPainterPath()
        shade.setFillRule(Qt.FillRule.OddEvenFill)
        shade.addRect(self.bounds.united(poly.boundingRect()))
        shade.addPolygon(poly)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 110))
        painter.drawPath(shade)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = ACCENT if ok else ACCENT_BAD
        _two_tone(painter, lambda: painter.drawPolyline(poly), colour=colour, width=1.5)
        for i, p in enumerate(self.pts):
            r = self._px(HANDLE_RADIUS + (2 if i in (self.active, self.hover) else 0))
            pen = QPen(colour, 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QColor(255, 255, 255, 235) if i != self.active else colour)
            painter.drawEllipse(p, r, r)


class _CropItem(_Overlay):
    """A crop rectangle with eight handles; the outside is dimmed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rect = QRectF()
        self.bounds = QRectF()
        self.hover = ""
        self.editing = True

    def set_rect(self, rect: Optional[QRectF]) -> None:
        self.prepareGeometryChange()
        self.rect = QRectF(rect).normalized() if rect is not None else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        if self.rect.isNull():
            return QRectF()
        m = self._px(8)
        return self.bounds.united(self.rect).adjusted(-m, -m, m, m)

    def handles(self) -> dict:
        r = self.rect
        cx, cy = r.center().x(), r.center().y()
        return {"tl": QPointF(r.left(), r.top()), "t": QPointF(cx, r.top()),
                "tr": QPointF(r.right(), r.top()), "r": QPointF(r.right(), cy),
                "br": QPointF(r.right(), r.bottom()), "b": QPointF(cx, r.bottom()),
                "bl": QPointF(r.left(), r.bottom()), "l": QPointF(r.left(), cy)}

    def paint(self, painter, option, widget=None) -> None:
        if self.rect.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if not self.editing:
            _two_tone(painter, lambda: painter.drawRect(self.rect), colour=QColor(60, 60, 60),
                      width=1.0, dash=True)
            return
        shade = QPainterPath()
        shade.setFillRule(Qt.FillRule.OddEvenFill)
        shade.addRect(self.bounds.united(self.rect))
        shade.addRect(self.rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 120))
        painter.drawPath(shade)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _two_tone(painter, lambda: painter.drawRect(self.rect), width=1.5)
        # thirds, faint: help to frame a motif
        pen = QPen(QColor(255, 255, 255, 70), 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        r = self.rect
        for k in (1, 2):
            x = r.left() + r.width() * k / 3
            y = r.top() + r.height() * k / 3
            painter.drawLine(QLineF(x, r.top(), x, r.bottom()))
            painter.drawLine(QLineF(r.left(), y, r.right(), y))
        for name, p in self.handles().items():
            s = self._px(5 if name != self.hover else 7)
            pen = QPen(ACCENT, 1.5)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRect(QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s))


class _BrushCursor(_Overlay):
    """The brush outline following the mouse (its radius is in frame px)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.radius = 10.0
        self.colour: Optional[QColor] = None

    def set_radius(self, r: float) -> None:
        self.prepareGeometryChange()
        self.radius = float(r)

    def boundingRect(self) -> QRectF:
        r = self.radius + self._px(6)
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = self.radius
        c = self.colour or QColor(20, 20, 20)

        def draw():
            painter.drawEllipse(QPointF(0, 0), r, r)
            a = self._px(4)
            painter.drawLine(QLineF(-a, 0, a, 0))
            painter.drawLine(QLineF(0, -a, 0, a))

        _two_tone(painter, draw, colour=c, width=1.2)
