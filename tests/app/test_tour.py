"""The first-run tour: pages step forward and back, the last button closes it, and
Help ▸ Tour marks it shown so it is not offered again at the next start."""
from PySide6.QtCore import Qt

from motifstudio.app.tour import TourDialog
from window_helpers import boxes, data_dir, window  # noqa: F401


def test_pages_and_buttons(qtbot):
    dlg = TourDialog()
    qtbot.addWidget(dlg)
    n = dlg.stack.count()
    assert n == 5 and not dlg.back.isEnabled()
    for i in range(1, n):
        qtbot.mouseClick(dlg.next, Qt.LeftButton)
        assert dlg.stack.currentIndex() == i
    assert dlg.next.text() == "Start"
    qtbot.mouseClick(dlg.back, Qt.LeftButton)
    assert dlg.stack.currentIndex() == n - 2
    with qtbot.waitSignal(dlg.accepted):
        qtbot.mouseClick(dlg.next, Qt.LeftButton)
        qtbot.mouseClick(dlg.next, Qt.LeftButton)


def test_help_tour_marks_it_shown(qtbot, window):
    assert not window.prefs.tour_shown
    window.act_tour.trigger()
    assert window.prefs.tour_shown and window._tour.isVisible()
    window._tour.reject()
