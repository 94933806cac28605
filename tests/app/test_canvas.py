"""The canvas and the numpy → Qt conversions it draws (pytest-qt, offscreen)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import (QColor, QDragEnterEvent, QDropEvent, QImage, QPainter,  # noqa: E402
                           QPainterPath, QWheelEvent)
from PySide6.QtWidgets import QApplication  # noqa: E402

from motifstudio.app import qtconvert as qc  # noqa: E402
from motifstudio.app.canvas import BACKDROP, MotifCanvas, VIEWS  # noqa: E402
from motifstudio.core.document import Motif, Palette, Stroke, Swatch  # noqa: E402
from motifstudio.core.planar import CUBIC, LINE  # noqa: E402
from motifstudio.imaging.params import TraceParams  # noqa: E402
from motifstudio.imaging.trace import trace_regions  # noqa: E402

PALETTE = [(236, 224, 196), (170, 40, 40), (40, 60, 130), (230, 170, 40)]
SCALE = 2.0                       # frame px per working px (working 60 x 40 -> frame 120 x 80)
RING_C, RING_R, HOLE_R = (42.0, 20.0), 13.0, 5.0


def _labels() -> np.ndarray:
    """Working-resolution classes: cream ground, a red block, a blue ring with a cream hole,
    a saffron dot inside the block."""
    h, w = 40, 60
    yy, xx = np.mgrid[0:h, 0:w] + 0.5
    lab = np.zeros((h, w), np.int32)
    lab[5:30, 4:24] = 1
    r = np.hypot(xx - RING_C[0], yy - RING_C[1])
    lab[(r <= RING_R) & (r > HOLE_R)] = 2
    lab[12:20, 10:16] = 3
    return lab


# frame-px points well inside each region, with their class
PROBES = [((2.0 * 14, 2.0 * 8), 1), ((2.0 * 13, 2.0 * 16), 3), ((2.0 * 42, 2.0 * 20), 0),
          ((2.0 * 42, 2.0 * 29), 2), ((2.0 * 51, 2.0 * 20), 2), ((2.0 * 2, 2.0 * 37), 0),
          ((2.0 * 57, 2.0 * 2), 0)]


@pytest.fixture(scope="module")
def labels():
    return _labels()


@pytest.fixture(scope="module")
def motif(labels):
    pm = trace_regions(labels, TraceParams())
    strokes = (
        Stroke(pts=np.array([[10.0, 70.0], [40.0, 70.0]]), ops=np.array([LINE], np.uint8),
               width=3.0, colour=2),
        Stroke(pts=np.array([[40.0, 74.0], [60.0, 60.0], [80.0, 80.0], [100.0, 70.0]]),
               ops=np.array([CUBIC], np.uint8), width=3.0, colour=2),
        Stroke(pts=np.array([[100.0, 10.0], [110.0, 10.0], [110.0, 20.0], [100.0, 10.0]]),
               ops=np.array([LINE, LINE, LINE], np.uint8), width=1.5, colour=1, closed=True),
    )
    pal = Palette(tuple(Swatch.from_rgb(c) for c in PALETTE))
    return Motif(source=None, recipe={}, palette=pal, planar_map=pm.scaled(SCALE, SCALE),
                 size_mm=(120.0, 80.0), strokes=strokes)


@pytest.fixture(scope="module")
def photo_rgb():
    """A 'photo' in source px (larger than the frame, as before a crop)."""
    rng = np.random.default_rng(3)
    img = np.full((100, 150, 3), 90, np.uint8)
    img[10:90, 15:135] = np.kron(np.array(PALETTE, np.uint8)[_labels()], np.ones((2, 2, 1), np.uint8))
    return np.clip(img.astype(int) + rng.integers(-12, 12, img.shape), 0, 255).astype(np.uint8)


def _colours():
    return [QColor(*c) for c in PALETTE]


@pytest.fixture
def canvas(qtbot, motif, labels, photo_rgb):
    cv = MotifCanvas()
    qtbot.addWidget(cv)
    cv.resize(640, 480)
    cv.show()
    qtbot.waitExposed(cv)
    cols = _colours()
    fs = (motif.planar_map.width, motif.planar_map.height)
    cleaned = np.kron(np.array(PALETTE, np.float32)[labels] / 255.0, np.ones((1, 1, 1), np.float32))
    cv.set_photo(qc.rgb_to_qimage(photo_rgb))
    cv.set_cleaned(qc.rgb_to_qimage(cleaned * 0.95), fs)
    cv.set_regions(qc.labels_to_qimage(labels, np.array(PALETTE)), fs)
    cv.set_vector([(cols[k], p) for k, p in qc.motif_paths(motif)],
                  [(cols[k], p, w) for k, p, w in qc.stroke_paths(motif)], fs)
    cv.set_view("vector")
    cv.fit()
    return cv


def _qimage_array(img: QImage) -> np.ndarray:
    """RGB888 / RGB32 QImage -> (H, W, 3) uint8 (independent of the QImage's row padding)."""
    img = img.convertToFormat(QImage.Format.Format_RGB888)
    h, w, bpl = img.height(), img.width(), img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), np.uint8, count=h * bpl).reshape(h, bpl)
    return buf[:, :w * 3].reshape(h, w, 3).copy()


def _rgb(c: QColor) -> tuple:
    return (c.red(), c.green(), c.blue())


# ====================================================================== qtconvert
def test_rgb_to_qimage_round_trips_uint8_float_and_strided_views():
    rng = np.random.default_rng(0)
    a = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)        # odd width: padded scan lines
    img = qc.rgb_to_qimage(a)
    assert img.format() == QImage.Format.Format_RGB888
    assert (img.width(), img.height()) == (7, 5)
    assert np.array_equal(_qimage_array(img), a)
    # strided views: flipped, sliced, BGR
    for view in (a[:, ::-1], a[1:4, 2:6], a[..., ::-1], a[::2, ::3]):
        assert np.array_equal(_qimage_array(qc.rgb_to_qimage(view)), view)
    # float in [0, 1] (out of range clipped), rounded to nearest
    f = a.astype(np.float32) / 255.0
    assert np.array_equal(_qimage_array(qc.rgb_to_qimage(f)), a)
    g = np.array([[[-0.5, 0.5, 2.0]]], np.float64)
    assert _qimage_array(qc.rgb_to_qimage(g)).tolist() == [[[0, 128, 255]]]


def test_rgb_to_qimage_owns_its_pixels():
    a = np.zeros((4, 4, 3), np.uint8)
    img = qc.rgb_to_qimage(a)
    a[:] = 255
    del a
    assert _qimage_array(img).max() == 0


@pytest.mark.parametrize("bad", [np.zeros((4, 4)), np.zeros((4, 4, 4)), np.zeros((4, 4, 3), np.int16)])
def test_rgb_to_qimage_rejects_other_shapes_and_types(bad):
    with pytest.raises(ValueError):
        qc.rgb_to_qimage(bad)


def test_labels_to_qimage_paints_every_class_in_its_colour(labels):
    img = qc.labels_to_qimage(labels, np.array(PALETTE))
    assert (img.width(), img.height()) == (60, 40)
    got = _qimage_array(img)
    assert np.array_equal(got, np.array(PALETTE, np.uint8)[labels])
    # classes outside the palette are black; float palettes in [0, 1] are accepted
    lab = np.array([[0, 1, -1, 7]], np.int64)
    got = _qimage_array(qc.labels_to_qimage(lab, np.array([[1.0, 0, 0], [0, 0, 1.0]])))
    assert got.tolist() == [[[255, 0, 0], [0, 0, 255], [0, 0, 0], [0, 0, 0]]]
    with pytest.raises(ValueError):
        qc.labels_to_qimage(np.zeros((2, 2), float), PALETTE)


def _rasterise(paths, size, *, colours=None) -> np.ndarray:
    """Fill each (colour index, path) WITHOUT antialiasing; -1 where nothing was painted."""
    w, h = size
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor(255, 0, 255))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(Qt.PenStyle.NoPen)
    for k, path in paths:
        p.setBrush(QColor(*PALETTE[k]))
        p.drawPath(path)
    p.end()
    rgb = _qimage_array(img)
    out = np.full((h, w), -1, int)
    for k, c in enumerate(PALETTE):
        out[np.all(rgb == c, axis=-1)] = k
    return out


@pytest.mark.parametrize("flatness", [qc.DEFAULT_FLATNESS, 0.5, None])
def test_motif_paths_paint_each_face_in_its_colour(motif, labels, flatness):
    paths = qc.motif_paths(motif, flatness=flatness)
    assert [k for k, _ in paths] == sorted({int(c) for c in motif.planar_map.face_colour})
    for _, path in paths:
        assert path.fillRule() == Qt.FillRule.WindingFill
    got = _rasterise(paths, (120, 80))
    for (x, y), k in PROBES:
        assert got[int(y), int(x)] == k, ((x, y), k)
    # the faces tile the frame: nothing left unpainted, and the shapes follow the labels
    assert (got >= 0).all()
    want = np.kron(labels, np.ones((2, 2), int))
    assert np.mean(got == want) > 0.97


def test_motif_paths_share_edges_between_neighbours(motif):
    """Both faces of an edge walk the same points: their outlines have the same length."""
    pm = motif.planar_map
    paths = dict(qc.motif_paths(motif, flatness=None))
    # every edge appears once forwards and once reversed (or once against the border):
    # the total element count is each edge's points twice minus the shared loop joins
    n = sum(p.elementCount() for p in paths.values())
    assert n <= 2 * len(pm.pts)
    # the ring's hole is a hole: the cream face inside it is a separate face of colour 0
    ring = paths[2]
    assert not ring.contains(QPointF(2 * RING_C[0], 2 * RING_C[1]))
    assert ring.contains(QPointF(2 * RING_C[0], 2 * (RING_C[1] + 9)))


def test_face_path_outlines_one_face(motif):
    pm = motif.planar_map
    ring = next(f for f in range(pm.n_faces) if pm.face_colour[f] == 2)
    path = qc.face_path(motif, ring)
    assert path.contains(QPointF(2 * 42, 2 * 29))
    assert not path.contains(QPointF(2 * 42, 2 * 20))        # the hole
    assert not path.contains(QPointF(2 * 14, 2 * 8))         # another face
    with pytest.raises(ValueError):
        qc.face_path(motif, pm.n_faces)


def test_stroke_paths_merge_consecutive_strokes_of_one_pen(motif):
    strokes = qc.stroke_paths(motif)
    assert [(k, w) for k, _, w in strokes] == [(2, 3.0), (1, 1.5)]
    blue = strokes[0][1]
    r = blue.boundingRect()
    assert r.left() == pytest.approx(10.0) and r.right() == pytest.approx(100.0, abs=0.01)
    # two subpaths: the line and the curve
    moves = [blue.elementAt(i).type for i in range(blue.elementCount())].count(
        QPainterPath.ElementType.MoveToElement)
    assert moves == 2
    # native curves keep the cubic as a Qt curve
    native = qc.stroke_paths(motif, flatness=None)[0][1]
    kinds = {native.elementAt(i).type for i in range(native.elementCount())}
    assert QPainterPath.ElementType.CurveToElement in kinds


def test_empty_motif_gives_no_paths(motif):
    assert qc.stroke_paths(motif.replace(strokes=())) == []


def test_void_calls_do_not_exhaust_none():
    """PySide6 6.12 on Python < 3.12 drops a reference to None per void call (see qtconvert)."""
    p = QPainterPath()
    for _ in range(30_000):
        p.moveTo(0.0, 0.0)
    assert sys.getrefcount(None) > 0


# ====================================================================== canvas
def test_views_switch_layers_and_coordinate_space(canvas):
    expected = {"original": {"photo"}, "cleaned": {"cleaned"}, "regions": {"regions"},
                "vector": {"vector"}, "overlay": {"cleaned", "vector"}}
    for mode in VIEWS:
        canvas.set_view(mode)
        assert canvas.view_mode() == mode
        shown = {k for k, v in canvas.layer_visibility().items()
                 if v and k in ("photo", "cleaned", "regions", "vector")}
        assert shown == expected[mode], mode
        assert canvas.coordinateSpace() == ("source" if mode == "original" else "frame")
    with pytest.raises(ValueError):
        canvas.set_view("wireframe")


def test_vector_view_shows_the_regions_until_the_vectors_arrive(qtbot, labels):
    cv = MotifCanvas()
    qtbot.addWidget(cv)
    cv.set_regions(qc.labels_to_qimage(labels, np.array(PALETTE)), (120, 80))
    cv.set_view("vector")
    vis = cv.layer_visibility()
    assert vis["regions"] and not vis["cleaned"]
    cv.set_vector([(QColor(*PALETTE[0]), QPainterPath())], [], (120, 80))
    vis = cv.layer_visibility()
    assert vis["vector"] and not vis["regions"]


def test_the_same_photo_again_is_not_reprocessed(canvas, photo_rgb):
    img = canvas._photo.image()
    token = canvas._photo._token
    canvas.set_photo(QImage(img))              # a shared copy: same pixels
    assert canvas._photo._token == token
    canvas.set_photo(qc.rgb_to_qimage(photo_rgb))
    assert canvas._photo._token == token + 1


def test_overlay_opacity_applies_to_the_vectors_in_overlay_only(canvas):
    canvas.set_overlay_opacity(0.3)
    canvas.set_view("overlay")
    assert canvas._vector.opacity() == pytest.approx(0.3)
    canvas.set_overlay_opacity(1.7)
    assert canvas.overlay_opacity() == 1.0
    canvas.set_view("vector")
    assert canvas._vector.opacity() == 1.0


def test_fit_zoom_and_actual_size_change_the_transform(canvas, qtbot):
    vp = canvas.viewport().rect()
    canvas.fit()
    fit = canvas.zoom()
    assert fit == pytest.approx(min((vp.width() - 48) / 120, (vp.height() - 48) / 80))
    assert canvas.transform().m11() == pytest.approx(fit)
    with qtbot.waitSignal(canvas.zoomChanged) as sig:
        canvas.zoom_in()
    assert canvas.zoom() > fit and sig.args[0] == pytest.approx(canvas.zoom())
    assert canvas.transform().m11() == pytest.approx(canvas.zoom())
    canvas.zoom_out()
    canvas.zoom_out()
    assert canvas.zoom() < fit
    canvas.actual_size()
    assert canvas.zoom() == 1.0 and canvas.transform().m11() == 1.0
    # 100% = one frame pixel per device-independent pixel
    a, b = canvas.map_to_view(10, 10), canvas.map_to_view(110, 10)
    assert b.x() - a.x() == 100
    # the whole frame is in view after fit, centred
    canvas.fit()
    tl, br = canvas.map_to_view(0, 0), canvas.map_to_view(120, 80)
    assert 0 <= tl.x() and br.x() <= vp.width() and 0 <= tl.y() and br.y() <= vp.height()
    assert abs((tl.x() + br.x()) / 2 - vp.width() / 2) <= 1


def test_wheel_zooms_about_the_cursor(canvas, qtbot):
    canvas.fit()
    pos = canvas.map_to_view(30, 20)
    before = canvas.zoom()
    ev = QWheelEvent(QPointF(pos), QPointF(canvas.viewport().mapToGlobal(pos)), QPoint(0, 0),
                     QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                     Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), ev)
    assert canvas.zoom() == pytest.approx(before * 2 ** 0.5)
    after = canvas.map_to_view(30, 20)
    assert abs(after.x() - pos.x()) <= 1 and abs(after.y() - pos.y()) <= 1


def test_select_click_emits_region_clicked_in_frame_px(canvas, qtbot):
    canvas.set_tool("select")
    canvas.set_zoom(3.0)
    canvas.centerOn(60, 40)
    pos = canvas.map_to_view(30.0, 25.0)
    with qtbot.waitSignal(canvas.regionClicked) as sig:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    x, y = sig.args
    assert x == pytest.approx(30.0, abs=1 / 3) and y == pytest.approx(25.0, abs=1 / 3)


def test_clicks_outside_the_frame_or_in_the_wrong_view_emit_nothing(canvas, qtbot):
    canvas.set_tool("select")
    with qtbot.assertNotEmitted(canvas.regionClicked):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
        canvas.set_view("original")
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=canvas.map_to_view(60, 50))


def test_fill_click_emits_fill_clicked(canvas, qtbot):
    canvas.set_view("regions")
    canvas.set_tool("fill")
    with qtbot.waitSignal(canvas.fillClicked) as sig:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.map_to_view(84, 40))
    assert sig.args[0] == pytest.approx(84, abs=1) and sig.args[1] == pytest.approx(40, abs=1)


def test_eyedropper_reports_the_space(canvas, qtbot):
    canvas.set_tool("eyedropper")
    canvas.set_view("original")
    canvas.fit()
    with qtbot.waitSignal(canvas.neutralPicked) as sig:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.map_to_view(140, 95))
    assert sig.args[2] == "source"
    assert sig.args[0] == pytest.approx(140, abs=1) and sig.args[1] == pytest.approx(95, abs=1)
    canvas.set_view("cleaned")
    with qtbot.waitSignal(canvas.neutralPicked) as sig:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.map_to_view(100, 70))
    assert sig.args[2] == "frame"
    assert sig.args[0] == pytest.approx(100, abs=1)


def test_brush_drag_emits_the_stroke_on_release(canvas, qtbot):
    canvas.set_view("regions")
    canvas.set_tool("brush")
    canvas.set_brush_radius(3.0)
    vp = canvas.viewport()
    path = [(20.0, 20.0), (30.0, 22.0), (40.0, 25.0), (50.0, 30.0)]
    pts = [canvas.map_to_view(x, y) for x, y in path]
    with qtbot.assertNotEmitted(canvas.paintStroke):
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=pts[0])
        for p in pts[1:]:
            qtbot.mouseMove(vp, p)
    # drawn live while dragging
    assert not canvas._live.path().isEmpty()
    with qtbot.waitSignal(canvas.paintStroke) as sig:
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=pts[-1])
    stroke, radius = sig.args
    assert radius == 3.0
    assert len(stroke) >= 4
    z = canvas.zoom()
    assert stroke[0] == pytest.approx(path[0], abs=1 / z)
    assert stroke[-1] == pytest.approx(path[-1], abs=1 / z)
    assert canvas._live.path().isEmpty()


def test_escape_cancels_a_brush_stroke(canvas, qtbot):
    canvas.set_view("regions")
    canvas.set_tool("brush")
    vp = canvas.viewport()
    with qtbot.assertNotEmitted(canvas.paintStroke):
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=canvas.map_to_view(20, 20))
        qtbot.mouseMove(vp, canvas.map_to_view(40, 20))
        qtbot.keyClick(canvas, Qt.Key.Key_Escape)
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=canvas.map_to_view(40, 20))


def test_corner_handle_drag_emits_corners_changed(canvas, qtbot):
    canvas.set_view("original")
    canvas.fit()
    corners = [(15.0, 10.0), (135.0, 12.0), (133.0, 88.0), (16.0, 90.0)]
    canvas.set_corners(corners)
    canvas.set_tool("corners")
    assert canvas.layer_visibility()["corners"]
    vp = canvas.viewport()
    start = canvas.map_to_view(*corners[1])
    end = canvas.map_to_view(140.0, 5.0)
    with qtbot.waitSignal(canvas.cornersChanged) as sig:
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(2, 1))
        qtbot.mouseMove(vp, (start + end) / 2)
        qtbot.mouseMove(vp, end + QPoint(2, 1))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end + QPoint(2, 1))
    new = sig.args[0]
    z = canvas.zoom()
    assert len(new) == 4 and new[0] == corners[0] and new[2:] == corners[2:]
    assert new[1] == pytest.approx((140.0, 5.0), abs=1.5 / z)
    assert canvas.corners()[1] == new[1]
    # the handles are shown only on the photo
    canvas.set_view("vector")
    assert not canvas.layer_visibility()["corners"]


def test_a_drag_away_from_the_handles_pans_instead(canvas, qtbot):
    canvas.set_view("original")
    canvas.set_zoom(6.0)
    canvas.centerOn(75, 50)
    canvas.set_corners([(15.0, 10.0), (135.0, 12.0), (133.0, 88.0), (16.0, 90.0)])
    canvas.set_tool("corners")
    vp = canvas.viewport()
    h = canvas.horizontalScrollBar().value()
    with qtbot.assertNotEmitted(canvas.cornersChanged):
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(300, 240))
        qtbot.mouseMove(vp, QPoint(250, 240))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(250, 240))
    assert canvas.horizontalScrollBar().value() == h + 50


def test_crop_drag_draws_and_resizes_a_box(canvas, qtbot):
    canvas.set_view("original")
    canvas.fit()
    canvas.set_tool("crop")
    vp = canvas.viewport()
    with qtbot.waitSignal(canvas.cropChanged) as sig:
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=canvas.map_to_view(20, 15))
        qtbot.mouseMove(vp, canvas.map_to_view(80, 50))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=canvas.map_to_view(100, 60))
    l, t, r, b = sig.args[0]
    assert (l, t) == pytest.approx((20, 15), abs=1) and (r, b) == pytest.approx((100, 60), abs=1)
    assert all(isinstance(v, int) for v in sig.args[0])
    # drag the right edge
    with qtbot.waitSignal(canvas.cropChanged) as sig:
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=canvas.map_to_view(r, (t + b) / 2))
        qtbot.mouseMove(vp, canvas.map_to_view(120, (t + b) / 2))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=canvas.map_to_view(120, (t + b) / 2))
    assert sig.args[0][0] == l and sig.args[0][2] == pytest.approx(120, abs=1)
    # a set crop box is shown
    canvas.set_crop((5, 5, 50, 40))
    assert canvas.crop() == (5, 5, 50, 40) and canvas.layer_visibility()["crop"]
    canvas.set_crop(None)
    assert not canvas.layer_visibility()["crop"]


def test_pan_tool_middle_button_and_space_pan(canvas, qtbot):
    canvas.set_zoom(6.0)
    canvas.centerOn(60, 40)
    vp = canvas.viewport()
    hs, vs = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    h0, v0 = hs.value(), vs.value()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseMove(vp, QPoint(280, 190))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(280, 190))
    assert (hs.value(), vs.value()) == (h0 + 20, v0 + 10)
    # middle drag in another tool pans too, and is no click
    canvas.set_tool("select")
    with qtbot.assertNotEmitted(canvas.regionClicked):
        qtbot.mousePress(vp, Qt.MouseButton.MiddleButton, pos=QPoint(300, 200))
        qtbot.mouseMove(vp, QPoint(310, 200))
        qtbot.mouseRelease(vp, Qt.MouseButton.MiddleButton, pos=QPoint(310, 200))
    assert hs.value() == h0 + 10
    # Space + drag
    canvas.set_tool("brush")
    canvas.setFocus()
    with qtbot.assertNotEmitted(canvas.paintStroke):
        qtbot.keyPress(canvas, Qt.Key.Key_Space)
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
        qtbot.mouseMove(vp, QPoint(300, 230))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(300, 230))
        qtbot.keyRelease(canvas, Qt.Key.Key_Space)
    assert vs.value() == v0 - 20


def test_cursor_moves_are_reported_in_the_views_space(canvas, qtbot):
    canvas.set_view("original")
    canvas.fit()
    with qtbot.waitSignal(canvas.cursorMoved) as sig:
        qtbot.mouseMove(canvas.viewport(), canvas.map_to_view(75, 50))
    assert sig.args == pytest.approx([75, 50], abs=1)


def test_drop_of_image_and_project_files(canvas, qtbot, tmp_path):
    files = [tmp_path / "felt.JPG", tmp_path / "work.motif", tmp_path / "notes.txt"]
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    pos = QPointF(100, 100)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(canvas.filesDropped) as sig:
        QApplication.sendEvent(canvas.viewport(), drop)
    assert sig.args[0] == [str(files[0]), str(files[1])]
    md2 = QMimeData()
    md2.setUrls([QUrl.fromLocalFile(str(files[2]))])
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, md2, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas.viewport(), enter)
    assert not enter.isAccepted()


def test_empty_canvas_shows_nothing_and_ignores_tools(qtbot):
    cv = MotifCanvas()
    qtbot.addWidget(cv)
    cv.resize(300, 200)
    cv.show()
    qtbot.waitExposed(cv)
    cv.fit()
    cv.zoom_in()
    cv.actual_size()
    for tool in ("select", "brush", "fill", "eyedropper"):
        cv.set_tool(tool)
        with qtbot.assertNotEmitted(cv.regionClicked), qtbot.assertNotEmitted(cv.paintStroke), \
                qtbot.assertNotEmitted(cv.neutralPicked), qtbot.assertNotEmitted(cv.fillClicked):
            qtbot.mouseClick(cv.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(150, 100))
    img = _qimage_array(cv.grab().toImage())
    assert (np.abs(img.astype(int) - _rgb(BACKDROP)) <= 2).all()


def test_selection_highlight_follows_set_selection(canvas, motif):
    pm = motif.planar_map
    ring = next(f for f in range(pm.n_faces) if pm.face_colour[f] == 2)
    canvas.set_selection(qc.face_path(motif, ring))
    assert canvas.layer_visibility()["selection"]
    assert not canvas._selection.path().isEmpty()
    canvas.set_selection(None)
    assert canvas._selection.path().isEmpty()


def _grab(canvas) -> np.ndarray:
    img = canvas.grab().toImage()
    img.setDevicePixelRatio(1.0)
    return _qimage_array(img)


def test_vector_view_paints_exact_colours_without_seams(canvas, qtbot):
    canvas.set_view("vector")
    canvas.set_zoom(4.0)
    canvas.centerOn(84, 40)
    img = _grab(canvas)
    for (x, y), k in PROBES:
        p = canvas.map_to_view(x, y)
        if 0 <= p.x() < img.shape[1] and 0 <= p.y() < img.shape[0]:
            assert tuple(img[p.y(), p.x()]) == PALETTE[k]
    # inside the frame no pixel shows the backdrop (no hairlines between abutting faces)
    tl, br = canvas.map_to_view(0, 0), canvas.map_to_view(120, 80)
    x0, y0 = max(tl.x() + 2, 0), max(tl.y() + 2, 0)
    x1, y1 = min(br.x() - 2, img.shape[1]), min(br.y() - 2, img.shape[0])
    inner = img[y0:y1, x0:x1].reshape(-1, 3).astype(int)
    assert not (np.abs(inner - _rgb(BACKDROP)).sum(axis=1) < 12).any()


def test_regions_pixels_are_sharp_when_zoomed_in(canvas):
    canvas.set_view("regions")
    canvas.set_zoom(8.0)
    canvas.centerOn(2 * 24, 2 * 17)       # the right edge of the red block
    img = _grab(canvas)
    row = img[img.shape[0] // 2].reshape(-1, 3)
    colours = {tuple(c) for c in row}
    assert colours <= {PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3], _rgb(BACKDROP)}


def test_render_each_view_to_png(canvas, qtbot, motif):
    pm = motif.planar_map
    ring = next(f for f in range(pm.n_faces) if pm.face_colour[f] == 2)
    canvas.set_selection(qc.face_path(motif, ring))
    canvas.set_corners([(15.0, 10.0), (135.0, 12.0), (133.0, 88.0), (16.0, 90.0)])
    out = []
    for mode in VIEWS:
        canvas.set_view(mode)
        canvas.fit()
        path = Path(f"/tmp/canvas_{mode}.png")
        assert canvas.grab().save(str(path))
        out.append(path)
        img = _grab(canvas)
        # backdrop in the corner, the image in the middle
        assert np.abs(img[2, 2].astype(int) - _rgb(BACKDROP)).max() <= 2
        assert np.abs(img[img.shape[0] // 2, img.shape[1] // 2].astype(int)
                      - _rgb(BACKDROP)).max() > 20
    canvas.set_view("vector")
    canvas.set_zoom(6.0)
    canvas.centerOn(84, 40)
    assert canvas.grab().save("/tmp/canvas_vector_zoomed.png")
    assert all(p.stat().st_size > 0 for p in out)
