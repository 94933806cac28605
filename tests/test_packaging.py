"""Desktop integration files: the launcher entry, the AppStream metadata and the icon
agree with each other and with the program."""
import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.motifstudio.MotifStudio"
LINUX = ROOT / "packaging" / "linux"


def test_desktop_entry():
    cp = configparser.RawConfigParser(strict=True)
    cp.optionxform = str
    cp.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application" and e["Name"] == "Motif Studio"
    assert e["Exec"].split()[:2] == ["motifstudio", "gui"]     # the console script
    assert e["Icon"] == APP_ID and e["Terminal"] == "false"
    assert "Graphics" in e["Categories"].split(";")
    for lang in ("ru", "ky", "uz"):
        assert e[f"Comment[{lang}]"]


def test_appstream_metadata_names_the_launcher():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("provides/binary").text == "motifstudio"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    if shutil.which("appstreamcli"):
        out = subprocess.run(["appstreamcli", "validate", "--no-net",
                              str(LINUX / f"{APP_ID}.metainfo.xml")],
                             capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr


def test_icon_is_a_square_svg_the_app_loads(qtbot):
    from motifstudio.app.main import app_icon
    svg = ROOT / "motifstudio" / "app" / "icons" / "motifstudio.svg"
    root = ET.parse(svg).getroot()
    assert root.get("viewBox") == "0 0 256 256"
    icon = app_icon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
