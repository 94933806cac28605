"""Paint an export :class:`~motifstudio.export.sheet.Sheet` with QPainter (previews).

The export layer is Qt-free and writes sheets as SVG and PDF; the export
dialog shows the same sheet on screen with this painter.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from ..export.sheet import ImageItem, PathItem, Sheet, TextItem, Use, parse_path
from .qtconvert import rgb_to_qimage


def qpath(d: str) -> QPainterPath:
    path = QPainterPath()
    for op, n in parse_path(d):
        if op == "M":
            path.moveTo(*n)
        elif op == "L":
            path.lineTo(*n)
        elif op == "C":
            path.cubicTo(*n)
        else:
            path.closeSubpath()
    return path


def _polygon(poly) -> QPainterPath:
    p = QPainterPath()
    p.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in np.asarray(poly)]))
    p.closeSubpath()
    return p


def _paint(painter: QPainter, items, sheet: Sheet, cache: dict) -> None:
    for it in items:
        if isinstance(it, PathItem):
            path = cache.get(it.d)
            if path is None:
                path = cache[it.d] = qpath(it.d)
            path.setFillRule(Qt.OddEvenFill if it.even_odd else Qt.WindingFill)
            if it.fill is not None:
                painter.fillPath(path, QColor(*it.fill))
            if it.stroke is not None:
                pen = QPen(QColor(*it.stroke), it.width)
                pen.setCapStyle(Qt.RoundCap)
                pen.setJoinStyle(Qt.RoundJoin)
                if it.dash and it.width > 0:
                    pen.setDashPattern([max(0.01, v / it.width) for v in it.dash])
                painter.strokePath(path, pen)
        elif isinstance(it, TextItem):
            painter.save()
            painter.translate(it.x, it.y)
            if it.rotate:
                painter.rotate(it.rotate)
            font = QFont("DejaVu Sans")
            font.setPixelSize(max(1, int(round(it.size * 10))))
            font.setBold(it.bold)
            painter.scale(0.1, 0.1)           # pixel sizes are integers: draw at 10x
            painter.setFont(font)
            painter.setPen(QColor(*it.colour))
            w = painter.fontMetrics().horizontalAdvance(it.text)
            x = {"start": 0, "middle": -w / 2, "end": -w}[it.anchor]
            painter.drawText(QPointF(x, 0), it.text)
            painter.restore()
        elif isinstance(it, ImageItem):
            painter.drawImage(QRectF(it.x, it.y, it.w, it.h), rgb_to_qimage(it.rgb))
        elif isinstance(it, Use):
            painter.save()
            if it.clip is not None:
                painter.setClipPath(_polygon(it.clip), Qt.IntersectClip)
            m = it.matrix
            painter.setTransform(QTransform(m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2]),
                                 True)
            if it.local_clip is not None:
                painter.setClipPath(_polygon(it.local_clip), Qt.IntersectClip)
            _paint(painter, sheet.symbol(it.symbol).items, sheet, cache)
            painter.restore()


def sheet_image(sheet: Sheet, max_side: int = 900) -> QImage:
    """The whole sheet fitted into *max_side* pixels, on white (or its background)."""
    W, H = sheet.size_mm
    k = max_side / max(W, H)
    img = QImage(max(1, int(W * k)), max(1, int(H * k)), QImage.Format_RGB32)
    img.fill(QColor(*sheet.background) if sheet.background is not None else Qt.white)
    p = QPainter(img)
    p.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
    p.scale(k, k)
    _paint(p, sheet.items, sheet, {})
    p.end()
    return img
