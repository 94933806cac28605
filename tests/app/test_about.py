"""Help ▸ About lists every pinned library with the version installed and every data set."""
import re
from importlib import metadata
from pathlib import Path

from motifstudio.app.about_dialog import AboutDialog
from motifstudio.core.credits import credits

ROOT = Path(__file__).resolve().parents[2]


def test_every_runtime_dependency_is_credited_with_its_version(qtbot):
    text = (ROOT / "pyproject.toml").read_text()
    deps = re.search(r"dependencies = \[(.*?)\]", text, re.S).group(1)
    pinned = dict(re.findall(r'"([A-Za-z0-9_.-]+)==([^"]+)"', deps))
    listed = {c.name: c for c in credits()}
    for name, version in pinned.items():
        assert name in listed, f"{name} is a dependency but not credited"
        assert listed[name].version == metadata.version(name) == version
        assert listed[name].licence
    assert any("DMC" in c.name and "MIT" in c.licence for c in credits())
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    rows = dlg.table.rowCount()
    assert rows == len(credits())
    names = [dlg.table.item(r, 0).text() for r in range(rows)]
    assert "reportlab" in names and "Motif Studio" in names
