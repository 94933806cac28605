"""Errors shown to people: a plain sentence first, the technical text behind "Show Details…".

Two functions:

* :func:`describe_exception` turns an exception into ``(title, message,
  details)``: our known errors (:class:`~motifstudio.imaging.load.ImageLoadError`,
  :class:`~motifstudio.project.motif_file.ProjectError`, validation
  ``ValueError``, ``OSError``, ``MemoryError``,
  :class:`~motifstudio.core.progress.Cancelled`) become plain, translated
  words; anything else becomes "Something went wrong".  The traceback or the
  technical message goes into *details* only -- never into *message*.
* :func:`show_error` shows them in a ``QMessageBox``; the details section
  always ends with the path of the log file, so a trainer can send it on.

Typical use in a controller::

    try:
        motif, original = load_motif(path)
    except Exception as exc:
        show_error(self.window, *describe_exception(exc))

Tests
-----
``show_error(..., block=True)`` (the default) runs ``QMessageBox.exec()``.
Tests make it return at once and keep the box to inspect it::

    shown = []
    def fake_exec(box):
        shown.append(box)
        return QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    box = show_error(None, "Title", "Message", "details")

or call ``show_error(..., block=False)``: the box is opened window-modal
with ``QMessageBox.open()`` and returned; close it with ``box.close()``.
"""
from __future__ import annotations

import errno
import html
import os
import traceback
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QTextEdit,
                               QWidget)

from ..core.progress import Cancelled
from ..imaging.load import ImageLoadError
from ..project.motif_file import ProjectError
from .paths import logs_dir

__all__ = ["LOG_FILENAME", "log_file_path", "describe_exception", "show_error",
           "format_details"]

#: The rotating log's file name inside :func:`~motifstudio.app.paths.logs_dir`.
LOG_FILENAME = "motifstudio.log"


def log_file_path() -> str:
    """The absolute path of the log file (it may not exist yet)."""
    return os.path.join(os.fspath(logs_dir()), LOG_FILENAME)


def format_details(exc: BaseException) -> str:
    """The technical text of *exc*: its traceback if it has one, else ``Type: message``."""
    if exc.__traceback__ is not None:
        return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _base(path: Optional[str]) -> str:
    return os.path.basename(os.fspath(path)) if path else ""


# ------------------------------------------------------------------ known errors
def _image_load(exc: ImageLoadError) -> tuple[str, str]:
    text = str(exc)
    # The loader's messages read "<file name>: <reason>".
    label, sep, reason = text.partition(": ")
    name = _base(label) if sep else ""
    reason = reason if sep else text
    title = QCoreApplication.translate("errors", "The photo could not be opened")
    low = reason.lower()
    if "no such file" in low:
        msg = QCoreApplication.translate(
            "errors", "The file “{name}” is not there any more. It may have been moved, renamed "
                  "or deleted.")
    elif "is a folder" in low:
        msg = QCoreApplication.translate("errors", "“{name}” is a folder. Choose a photo inside it.")
    elif "permission denied" in low:
        msg = QCoreApplication.translate(
            "errors", "Motif Studio is not allowed to read “{name}”. Copy the photo to your "
                  "Documents or Pictures folder and open the copy.")
    elif "file is empty" in low:
        msg = QCoreApplication.translate(
            "errors", "The file “{name}” is empty. Copying it from the phone may have failed — "
                  "copy it again.")
    elif "not enough memory" in low:
        title = QCoreApplication.translate("errors", "Not enough memory")
        msg = QCoreApplication.translate(
            "errors", "Not enough memory for this photo — try a smaller working size in "
                  "Clean up → More options.")
    elif "pixels" in low and ("more than the limit" in low or "safety limit" in low):
        msg = QCoreApplication.translate(
            "errors", "The photo “{name}” is very large. Make it smaller in another program, or "
                  "raise “Largest image” in Clean up → More options if you trust the file.")
    elif "unsupported format" in low or "floating-point" in low:
        msg = QCoreApplication.translate(
            "errors", "“{name}” is in a format Motif Studio cannot read. Save it as JPEG or PNG "
                  "and open that.")
    elif "damaged" in low or "not an image" in low or "truncated" in low:
        msg = QCoreApplication.translate(
            "errors", "The file “{name}” is damaged or is not a picture. If it came from a phone, "
                  "copy it again.")
    else:
        msg = QCoreApplication.translate("errors", "Motif Studio could not read “{name}”.")
    if not name:
        name = QCoreApplication.translate("errors", "this file")
    return title, msg.format(name=name)


def _project(exc: ProjectError) -> tuple[str, str]:
    text = str(exc)
    name = _base(exc.path) or QCoreApplication.translate("errors", "this file")
    if text.startswith("cannot save"):
        title = QCoreApplication.translate("errors", "The project could not be saved")
        msg = QCoreApplication.translate(
            "errors", "“{name}” was not saved because the design has a problem Motif Studio "
                  "cannot store. Your previous file is unchanged.")
    elif "saved by a newer Motif Studio" in text:
        title = QCoreApplication.translate("errors", "This project needs a newer Motif Studio")
        msg = QCoreApplication.translate(
            "errors", "“{name}” was made with a newer version of Motif Studio. Update Motif "
                  "Studio to open it.")
    elif "is not a Motif Studio project" in text:
        title = QCoreApplication.translate("errors", "This is not a Motif Studio project")
        msg = QCoreApplication.translate(
            "errors", "“{name}” is not a Motif Studio project, or it was cut short while "
                  "copying. To start from a photo, use Open photo… instead.")
    elif "unsafe path" in text or "encrypted member" in text or "over the 2 GB limit" in text:
        title = QCoreApplication.translate("errors", "This project file was refused")
        msg = QCoreApplication.translate(
            "errors", "“{name}” contains something a Motif Studio project never contains, so it "
                  "was not opened, to keep your computer safe.")
    else:
        title = QCoreApplication.translate("errors", "This project file is damaged")
        msg = QCoreApplication.translate(
            "errors", "“{name}” is damaged and cannot be opened. If you have another copy (a "
                  "backup or a flash drive), open that one.")
    return title, msg.format(name=name)


def _os_error(exc: OSError) -> tuple[str, str]:
    name = _base(exc.filename) if exc.filename else ""
    if isinstance(exc, FileNotFoundError):
        title = QCoreApplication.translate("errors", "File not found")
        msg = QCoreApplication.translate(
            "errors", "“{name}” is not there. It may have been moved, renamed or deleted, or the "
                  "flash drive was removed.")
    elif isinstance(exc, PermissionError):
        title = QCoreApplication.translate("errors", "Permission denied")
        msg = QCoreApplication.translate(
            "errors", "Motif Studio is not allowed to use “{name}”. It may be open in another "
                  "program, or the folder may be read-only. Try another folder.")
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        title = QCoreApplication.translate("errors", "The disk is full")
        msg = QCoreApplication.translate(
            "errors", "There is no space left to write “{name}”. Free some space or choose "
                  "another drive, then try again.")
    elif isinstance(exc, IsADirectoryError):
        title = QCoreApplication.translate("errors", "This is a folder")
        msg = QCoreApplication.translate("errors", "“{name}” is a folder, not a file.")
    else:
        title = QCoreApplication.translate("errors", "The file could not be used")
        if exc.strerror:
            msg = QCoreApplication.translate(
                "errors", "Motif Studio could not read or write “{name}”: {reason}.")
        else:
            msg = QCoreApplication.translate(
                "errors", "Motif Studio could not read or write “{name}”.")
    if not name:
        name = QCoreApplication.translate("errors", "a file")
    return title, msg.format(name=name, reason=exc.strerror or "")


def describe_exception(exc: BaseException) -> tuple[str, str, str]:
    """Plain words for *exc*: ``(title, message, details)``.

    Parameters
    ----------
    exc : BaseException
        The error, ideally with its traceback (caught, not constructed).

    Returns
    -------
    title : str
        A short heading, e.g. "The photo could not be opened".
    message : str
        One or two translated sentences saying what happened and what to do.
        Never a traceback.
    details : str
        The technical text: the traceback when there is one, else
        ``Type: message``; empty for a cancellation.
    """
    details = format_details(exc)
    if isinstance(exc, Cancelled):
        return (QCoreApplication.translate("errors", "Cancelled"),
                QCoreApplication.translate("errors", "The work was cancelled. Nothing was changed."),
                "")
    if isinstance(exc, MemoryError):
        return (QCoreApplication.translate("errors", "Not enough memory"),
                QCoreApplication.translate(
                    "errors", "Not enough memory for this photo — try a smaller working size in "
                          "Clean up → More options."),
                details)
    if isinstance(exc, ImageLoadError):
        return (*_image_load(exc), details)
    if isinstance(exc, ProjectError):
        return (*_project(exc), details)
    if isinstance(exc, OSError):
        return (*_os_error(exc), details)
    if isinstance(exc, ValueError):
        # The stages raise ValueError for invalid settings (design rule 4); their
        # text is technical English, so it goes in the details.
        return (QCoreApplication.translate("errors", "These settings cannot be used"),
                QCoreApplication.translate(
                    "errors", "Motif Studio cannot work with the current settings. Check the "
                          "values you changed last and try again."),
                details)
    return (QCoreApplication.translate("errors", "Something went wrong"),
            QCoreApplication.translate(
                "errors", "Motif Studio hit an unexpected problem. Save your work under a new name "
                      "if you can. If it happens again, please send the log file (see Show "
                      "Details…) to the people who support Motif Studio."),
            details)


# ------------------------------------------------------------------ the dialog
def _rich(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _widen(box: QMessageBox) -> None:
    """Give the sentences room (Qt's default box is narrow) and show details in monospace."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        layout.addItem(QSpacerItem(460, 0, QSizePolicy.Policy.Minimum,
                                   QSizePolicy.Policy.Fixed),
                       layout.rowCount(), 0, 1, layout.columnCount())
    for edit in box.findChildren(QTextEdit):
        edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        edit.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)


def show_error(parent: Optional[QWidget], title: str, message: str, details: str = "", *,
               block: bool = True,
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Show *title* and *message* in a message box, *details* behind "Show Details…".

    Parameters
    ----------
    parent : QWidget or None
        The window the box belongs to.
    title, message : str
        Plain text (no markup): the heading and one or two sentences.
    details : str, optional
        Technical text (a traceback, a file path); the log file's path is
        always appended.
    block : bool
        ``True``: wait for the user (``QMessageBox.exec()``).  ``False``:
        open the box window-modal (``QMessageBox.open()``) and return at once.
    icon : QMessageBox.Icon
        ``Warning`` by default; ``Critical`` for crashes.

    Returns
    -------
    QMessageBox
        The box (already closed when *block* is true); ``WA_DeleteOnClose``
        is not set, so tests can inspect it.
    """
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Motif Studio"))
    box.setTextFormat(Qt.TextFormat.RichText)  # also applies to the informative text
    box.setText(f"<b>{_rich(title)}</b>")
    box.setInformativeText(_rich(message))
    log_line = QCoreApplication.translate("errors", "Log file: {path}").format(path=log_file_path())
    box.setDetailedText(f"{details.rstrip()}\n\n{log_line}" if details.strip() else log_line)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    _widen(box)
    if block:
        box.exec()
    else:
        box.open()
    return box
