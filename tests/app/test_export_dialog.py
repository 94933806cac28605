"""The export dialog: every registered format, its options generated from their
declarations, a preview, and an export through the controller (re-read after)."""
import pypdf
from PySide6.QtWidgets import QComboBox, QFileDialog

from motifstudio.app.steps_panel import DESIGN
from motifstudio.export.registry import writers
from motifstudio.project import workspace as wsmod
from window_helpers import boxes, data_dir, open_and_wait, photo, wait_idle, window  # noqa: F401


def test_formats_options_preview_and_export(qtbot, window, photo, tmp_path, monkeypatch):
    w = window
    open_and_wait(qtbot, w, photo)
    w.controller.apply(wsmod.set_design("layout", kind="repeat", size_mm=(300.0, 200.0)))
    w.open_export_dialog("pdf")
    dlg = w._export_dialog
    qtbot.addWidget(dlg)
    names = [dlg.formats.item(i).data(0x0100) for i in range(dlg.formats.count())]
    assert sorted(n for n in names if n) == sorted(x.name for x in writers())
    assert dlg.writer().name == "pdf"
    paper = dlg.findChild(QComboBox, "pdf.paper")
    assert paper is not None, [c.objectName() for c in dlg.findChildren(QComboBox)]
    dlg.wait_for_preview()
    assert dlg.preview.pixmap() is not None and not dlg.preview.pixmap().isNull()
    # an option change is validated and previewed again
    dlg._form.changed.emit("pdf", {"paper": "A3"})
    assert dlg.options().paper == "A3"
    dlg.wait_for_preview()
    out = tmp_path / "design.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(w.controller.taskFinished, timeout=60000):
        dlg.export_button.click()
    wait_idle(qtbot, w)
    reader = pypdf.PdfReader(out)
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) in (297, 420)        # A3, either orientation
    # the PNG preview comes from the same drawing
    w.open_export_dialog("png")
    dlg2 = w._export_dialog
    qtbot.addWidget(dlg2)
    dlg2.wait_for_preview()
    assert not dlg2.preview.pixmap().isNull()
    dlg2.reject()
