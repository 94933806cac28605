"""The archive window: thumbnails, search and filters, undoable metadata edits
written to the catalogue, adding the saved project, opening a record, checksums."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from motifstudio.catalogue.store import Catalogue
from window_helpers import boxes, data_dir, open_and_wait, photo, wait_idle, window  # noqa: F401


def test_add_search_edit_undo_open_verify(qtbot, window, photo, tmp_path, boxes):
    w = window
    open_and_wait(qtbot, w, photo)
    project = tmp_path / "felt.motif"
    with qtbot.waitSignal(w.controller.taskFinished, timeout=60000):
        w.controller.save(str(project))
    wait_idle(qtbot, w)
    w.prefs.catalogue_path = str(tmp_path / "archive" / "cat.sqlite")
    w.open_archive()
    win = w._archive_window
    qtbot.addWidget(win)
    assert win.list.count() == 0
    qtbot.mouseClick(win.add_button, Qt.LeftButton)
    assert win.list.count() == 1 and not win.list.item(0).icon().isNull()
    rid = win.list.item(0).data(Qt.UserRole)
    win.list.setCurrentRow(0)
    assert win.fields["title"].text() == "felt"

    # an edit is written to the catalogue and undone
    win.fields["name_ky"].setText("Кочкор мүйүз")
    win.fields["name_ky"].editingFinished.emit()
    win.fields["place"].setText("Kochkor, Naryn")
    win.fields["place"].editingFinished.emit()
    with Catalogue(win.path) as cat:
        r = cat.get(rid).record
    assert [(n.text, n.language, n.script) for n in r.names] == [("Кочкор мүйүз", "ky", "Cyrl")]
    assert r.place == "Kochkor, Naryn"
    win.undo_stack.undo()
    with Catalogue(win.path) as cat:
        assert cat.get(rid).record.place == ""
    assert win.fields["place"].text() == ""
    win.undo_stack.redo()

    # a meaning with its informant and date, undoable
    win.add_meaning("strength of the herd", "A. Toktogulova", "2026-06-12", "en")
    with Catalogue(win.path) as cat:
        m = cat.get(rid).record.meanings
    assert [(x.text, x.informant, x.date) for x in m] == [
        ("strength of the herd", "A. Toktogulova", "2026-06-12")]
    assert "Toktogulova" in win.meanings.text()
    win.undo_stack.undo()
    with Catalogue(win.path) as cat:
        assert cat.get(rid).record.meanings == ()
    win.undo_stack.redo()

    # search in Kyrgyz and filter by place
    win.query.setText("мүйүз")
    win.refresh()
    assert win.list.count() == 1
    win.query.setText("ковёр")
    win.refresh()
    assert win.list.count() == 0
    win.query.setText("")
    win.place.setText("Naryn")
    win.refresh()
    assert win.list.count() == 1

    # open the record as a new, unsaved document
    win.list.setCurrentRow(0)
    w.controller.close()
    qtbot.mouseClick(win.open_button, Qt.LeftButton)
    assert w.controller.workspace is not None and w.controller.path is None
    wait_idle(qtbot, w)

    # checksums: all good, then a damaged file is reported
    win.verify()
    assert boxes and "match" in boxes[-1].text()
    with Catalogue(win.path) as cat:
        f = cat.get(rid).files["original"]
        obj = cat.objects.path_for(f.sha256)
    data = bytearray(open(obj, "rb").read())
    data[len(data) // 2] ^= 0xFF
    open(obj, "wb").write(bytes(data))
    win.verify()
    assert "problem" in boxes[-1].text() and "damaged" in boxes[-1].detailedText()
    win.reject()
