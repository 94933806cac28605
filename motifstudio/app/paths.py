"""Where Motif Studio keeps its own files: settings, logs, crash recovery, samples.

Everything the app writes for itself lives in one *data folder*:

* by default Qt's per-user application data location
  (``QStandardPaths.AppDataLocation`` for organisation ``MotifStudio``,
  application ``Motif Studio``) -- e.g.
  ``C:/Users/<name>/AppData/Roaming/MotifStudio/Motif Studio`` on Windows,
  ``~/.local/share/MotifStudio/Motif Studio`` on Linux;
* or the folder named by the environment variable ``MOTIFSTUDIO_DATA_DIR``
  (tests point it at a temporary folder; a "portable" install on a USB
  stick can point it next to the program).

The data folder and its sub-folders are created on first use.  The bundled
samples are read-only and live with the program, not in the data folder.

Examples
--------
>>> data_dir()                      # doctest: +SKIP
PosixPath('/home/aigul/.local/share/MotifStudio/Motif Studio')
>>> recovery_dir().name
'recovery'
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

__all__ = ["ORGANIZATION", "APPLICATION", "ENV_DATA_DIR", "apply_app_identity", "data_dir",
           "logs_dir", "recovery_dir", "samples_dir", "settings_file"]

ORGANIZATION = "MotifStudio"
APPLICATION = "Motif Studio"
#: Environment variable overriding the data folder.
ENV_DATA_DIR = "MOTIFSTUDIO_DATA_DIR"


def apply_app_identity() -> None:
    """Set Qt's organisation and application names (they pick the standard folders).

    Safe to call before a ``QApplication`` exists, and more than once.
    """
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's Motif Studio data folder, created if needed.

    ``$MOTIFSTUDIO_DATA_DIR`` wins when set.  If the standard location cannot
    be created (a locked-down or full profile), a folder in the system's
    temporary directory is used so the app can still start.
    """
    override = os.environ.get(ENV_DATA_DIR, "").strip()
    if override:
        return _ensure(Path(override).expanduser().resolve())
    apply_app_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(location) if location else Path.home() / ".motifstudio"
    try:
        return _ensure(path)
    except OSError:
        return _ensure(Path(tempfile.gettempdir()) / ORGANIZATION)


def logs_dir() -> Path:
    """``<data>/logs``: the rotating log ``motifstudio.log`` and ``crash.log``."""
    return _ensure(data_dir() / "logs")


def recovery_dir() -> Path:
    """``<data>/recovery``: autosaved copies of unsaved work and their session markers."""
    return _ensure(data_dir() / "recovery")


def settings_file() -> Path:
    """``<data>/settings.ini``: the preferences (an INI file, not the Windows registry,
    so a portable data folder carries them along)."""
    return data_dir() / "settings.ini"


def samples_dir() -> Path:
    """The bundled sample images (``resources/samples``); not created, may be missing.

    In a source checkout that is ``motifstudio/../resources/samples``; in a
    PyInstaller build the resources are unpacked under ``sys._MEIPASS``
    (bundle them with ``--add-data resources/samples:resources/samples``).
    """
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources" / "samples")
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "resources" / "samples")
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "samples")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]
