"""Crash recovery: autosave unsaved work, and offer it back after a crash.

Each running window has an :class:`Autosaver` with a *session id*.  In
:func:`~motifstudio.app.paths.recovery_dir` it keeps two files:

``<session>.json``
    the marker: ``pid``, ``started`` (Unix time), ``host``, ``app_version``,
    the user's ``project_path`` (or null), the motif ``title`` and when it
    was last autosaved.  It is written when the autosaver starts.
``<session>.motif``
    the unsaved work, an ordinary project written atomically with
    :func:`~motifstudio.project.motif_file.save_motif`; it exists only while
    there are changes the user has not saved.

A clean exit (:meth:`Autosaver.stop` with ``clean=True``) removes both.  At
the next start :func:`find_recoverable` lists the ``.motif`` files whose
marker names a process that is no longer running -- work left behind by a
crash -- and :class:`RecoveryDialog` (or simply :func:`offer_recovery`)
asks what to do with them.

Wiring in a controller (a ``QUndoStack`` marks changes)::

    self.autosaver = Autosaver(self.snapshot, interval_s=prefs.autosave_interval_s)
    stack.indexChanged.connect(self.autosaver.mark_dirty)      # any edit
    stack.cleanChanged.connect(lambda clean: self.autosaver.set_dirty(not clean))
    self.autosaver.start()
    ...
    app.aboutToQuit.connect(lambda: self.autosaver.stop(clean=True))

``snapshot()`` returns ``(motif, original_bytes)`` or ``None`` (nothing to
save).  After recovering an item, open it, call ``set_dirty(True)`` and
``save_now()`` on the new session's autosaver, then :func:`discard` the item.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Optional, Union

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QStyle, QVBoxLayout,
                               QWidget)

from .. import __version__
from ..core.atomic import atomic_write_bytes
from ..core.document import Motif
from ..project.motif_file import FILE_EXTENSION, ProjectError, read_project_info, save_motif
from .paths import recovery_dir

__all__ = ["Autosaver", "RecoveryItem", "RecoveryDialog", "find_recoverable", "discard",
           "offer_recovery", "new_session_id", "pid_is_running"]

log = logging.getLogger(__name__)

Snapshot = Callable[[], Optional[tuple[Motif, Optional[bytes]]]]
PathLike = Union[str, "os.PathLike[str]"]

MARKER_SUFFIX = ".json"
DEFAULT_INTERVAL_S = 60.0
MIN_INTERVAL_S = 5.0
# A process that started this long after the session's marker cannot own it (pid reuse).
_START_SLACK_S = 5.0


def new_session_id() -> str:
    """A unique, sortable, file-name-safe id: ``20251127-143205-4242-1a2b3c``."""
    return f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


# ------------------------------------------------------------------ is the owner alive?
def _linux_start_time(pid: int) -> Optional[float]:
    """Unix time a Linux process started, from /proc; ``None`` if unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            stat = fh.read()
        with open("/proc/stat", encoding="ascii") as fh:
            btime = next(int(line.split()[1]) for line in fh if line.startswith("btime"))
        ticks = int(stat.rpartition(")")[2].split()[19])   # field 22, starttime
        return btime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _windows_pid_state(pid: int) -> tuple[bool, Optional[float]]:
    """(running, start time as Unix time) on Windows, best effort, via kernel32."""
    import ctypes
    from ctypes import wintypes

    PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    STILL_ACTIVE = 259
    ERROR_ACCESS_DENIED = 5
    k32 = ctypes.WinDLL("kernel32", use_last_error=True)
    k32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    k32.OpenProcess.restype = wintypes.HANDLE
    k32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    k32.GetProcessTimes.argtypes = (wintypes.HANDLE,) + (ctypes.POINTER(wintypes.FILETIME),) * 4
    k32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = k32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # Access denied: it exists but belongs to someone else.
        return ctypes.get_last_error() == ERROR_ACCESS_DENIED, None
    try:
        code = wintypes.DWORD()
        if k32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != STILL_ACTIVE:
            return False, None
        times = [wintypes.FILETIME() for _ in range(4)]
        if k32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            ft = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
            return True, ft / 1e7 - 11644473600.0
        return True, None
    finally:
        k32.CloseHandle(handle)


def pid_is_running(pid: int, started: Optional[float] = None) -> bool:
    """Whether process *pid* is running and could be the one that started at *started*.

    Best effort: a process that started more than a few seconds after
    *started* (Unix time) has only reused the pid.  When the state cannot be
    found out, the process counts as not running, so work is offered back
    rather than hidden.
    """
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    try:
        if sys.platform.startswith("win"):
            # Never os.kill(pid, 0) on Windows: it terminates the process.
            running, start = _windows_pid_state(pid)
        else:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return False
            except PermissionError:
                pass        # it exists, owned by another user
            running, start = True, _linux_start_time(pid)
    except Exception:       # ctypes missing, odd platform…
        log.debug("cannot check process %s", pid, exc_info=True)
        return False
    if running and start is not None and started is not None:
        return start <= started + _START_SLACK_S
    return running


# ------------------------------------------------------------------ markers
def _read_marker(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _marker_started(marker: dict) -> Optional[float]:
    value = marker.get("started")
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _title_of(motif: Motif, project_path: Optional[str]) -> str:
    if motif.metadata.title.strip():
        return motif.metadata.title.strip()
    if project_path:
        return Path(project_path).stem
    if motif.source is not None:
        return Path(motif.source.filename.replace("\\", "/")).name
    return ""


# ------------------------------------------------------------------ the autosaver
class Autosaver(QObject):
    """Every *interval_s* seconds, save unsaved work to the recovery folder.

    Parameters
    ----------
    snapshot : callable
        ``snapshot() -> (motif, original_bytes) | None``, called on the GUI
        thread when a save is due.  ``None`` means there is nothing to save.
    interval_s : float
        Seconds between checks (default 60, at least 5).
    session_id : str, optional
        Default :func:`new_session_id`.
    directory : path, optional
        Default :func:`~motifstudio.app.paths.recovery_dir`.
    parent : QObject, optional

    Signals
    -------
    saved(str)
        The recovery file was written (its path).
    failed(str)
        Autosaving failed; emitted once per run of failures (the next
        success re-arms it), so a status bar can say so without nagging.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, snapshot: Snapshot, *, interval_s: float = DEFAULT_INTERVAL_S,
                 session_id: Optional[str] = None, directory: Optional[PathLike] = None,
                 parent: Optional[QObject] = None):
        super().__init__(parent)
        self._snapshot = snapshot
        self.session_id = session_id or new_session_id()
        self._dir = Path(directory) if directory is not None else recovery_dir()
        self._started = time.time()
        self._dirty = False          # changes the user has not saved
        self._pending = False        # changes not yet in the recovery file
        self._project_path: Optional[str] = None
        self._title = ""
        self._last_saved: Optional[float] = None
        self._failing = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self.set_interval(interval_s)

    # -------------------------------------------------------------- paths
    @property
    def motif_path(self) -> Path:
        """``<recovery>/<session>.motif`` (exists only while there is unsaved work)."""
        return self._dir / (self.session_id + FILE_EXTENSION)

    @property
    def marker_path(self) -> Path:
        """``<recovery>/<session>.json``."""
        return self._dir / (self.session_id + MARKER_SUFFIX)

    @property
    def interval_s(self) -> float:
        return self._timer.interval() / 1000.0

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    # -------------------------------------------------------------- control
    def set_interval(self, seconds: float) -> None:
        """Change the autosave period (clamped to at least 5 s)."""
        self._timer.setInterval(int(max(MIN_INTERVAL_S, float(seconds)) * 1000))

    def start(self) -> None:
        """Write the session marker and start the timer."""
        self._stopped = False
        self._write_marker()
        self._timer.start()

    def stop(self, clean: bool = True) -> None:
        """Stop autosaving; with *clean*, delete this session's files (normal exit).

        With ``clean=False`` the files stay and are offered at the next start
        once this process has ended.
        """
        self._timer.stop()
        self._stopped = True
        if clean:
            for path in (self.motif_path, self.marker_path):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    log.warning("could not remove %s", path, exc_info=True)

    @Slot(bool)
    def set_dirty(self, dirty: bool = True) -> None:
        """The document has (``True``) or has no (``False``) unsaved changes.

        ``False`` (saved, or undone back to the saved state) removes the
        recovery copy, which is then out of date.
        """
        self._dirty = bool(dirty)
        self._pending = self._dirty
        if not self._dirty:
            try:
                self.motif_path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove %s", self.motif_path, exc_info=True)

    @Slot()
    def mark_dirty(self, *_args) -> None:
        """The document changed (connect any "edited" signal; extra arguments are ignored)."""
        self.set_dirty(True)

    def set_project_path(self, path: Optional[PathLike]) -> None:
        """The user's project file for this document (shown when recovering)."""
        self._project_path = None if path is None else os.path.abspath(os.fspath(path))
        if not self._stopped:
            self._write_marker()

    # -------------------------------------------------------------- saving
    @Slot()
    def tick(self) -> bool:
        """Save now if there are changes not yet autosaved; ``True`` if a file was written."""
        if self._stopped or not (self._dirty and self._pending):
            return False
        return self._save()

    def save_now(self) -> bool:
        """Save now if the document is dirty, even without new changes."""
        if self._stopped or not self._dirty:
            return False
        return self._save()

    def _save(self) -> bool:
        try:
            snap = self._snapshot()
            if snap is None:
                return False
            motif, original = snap
            self._dir.mkdir(parents=True, exist_ok=True)
            if original is None and motif.source is not None:
                log.warning("autosave: the original image bytes were not given; saving without")
            save_motif(self.motif_path, motif, original,
                       allow_missing_original=original is None)
            self._title = _title_of(motif, self._project_path)
            self._last_saved = time.time()
            self._write_marker(strict=True)
        except Exception as exc:        # never let autosave break the session
            if not self._failing:
                log.exception("autosave to %s failed", self.motif_path)
                self._failing = True
                self.failed.emit(str(exc))
            else:
                log.warning("autosave failed again: %s", exc)
            return False
        if self._failing:
            log.info("autosave works again")
        self._failing = False
        self._pending = False
        log.info("autosaved to %s", self.motif_path)
        self.saved.emit(os.fspath(self.motif_path))
        return True

    def _write_marker(self, strict: bool = False) -> None:
        marker = {
            "format": 1,
            "session": self.session_id,
            "pid": os.getpid(),
            "started": self._started,
            "host": socket.gethostname(),
            "app_version": __version__,
            "project_path": self._project_path,
            "title": self._title,
            "saved": self._last_saved,
        }
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.marker_path,
                               json.dumps(marker, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError:
            if strict:
                raise
            log.warning("could not write the recovery marker %s", self.marker_path, exc_info=True)


# ------------------------------------------------------------------ finding leftovers
@dataclass(frozen=True)
class RecoveryItem:
    """Unsaved work left by a session that ended without a clean exit.

    Attributes
    ----------
    path : Path
        The recovery ``.motif``; open it with ``load_motif``.
    project_path : str or None
        The user's project file it belonged to, if it had been saved.
    saved_time : datetime
        When it was autosaved (local time, timezone-aware).
    title : str
        The motif title, else the project's or photo's name; may be empty.
    """
    path: Path
    project_path: Optional[str]
    saved_time: datetime
    title: str

    @property
    def marker_path(self) -> Path:
        return self.path.with_suffix(MARKER_SUFFIX)


def find_recoverable(directory: Optional[PathLike] = None) -> list[RecoveryItem]:
    """Recovery files whose owning process is not running, newest first.

    Files of this process and of other running instances are skipped.
    Markers of ended sessions that left no work behind are deleted.
    """
    folder = Path(directory) if directory is not None else recovery_dir()
    items: list[RecoveryItem] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return items
    me = os.getpid()
    for path in entries:
        if path.name.startswith(".") or not path.is_file():
            continue    # atomic_writer's temporary files
        if path.suffix == MARKER_SUFFIX and not path.with_suffix(FILE_EXTENSION).exists():
            marker = _read_marker(path)
            pid = marker.get("pid")
            if pid != me and not pid_is_running(pid, _marker_started(marker)):
                path.unlink(missing_ok=True)   # a finished session that had nothing unsaved
            continue
        if path.suffix != FILE_EXTENSION:
            continue
        marker = _read_marker(path.with_suffix(MARKER_SUFFIX))
        pid = marker.get("pid")
        if pid == me or pid_is_running(pid, _marker_started(marker)):
            continue
        try:
            info = read_project_info(path)
        except (ProjectError, OSError) as exc:
            log.warning("recovery file %s cannot be read: %s", path, exc)
            continue
        project_path = marker.get("project_path")
        project_path = project_path if isinstance(project_path, str) and project_path else None
        title = marker.get("title") if isinstance(marker.get("title"), str) else ""
        title = title or info.get("title") or (Path(project_path).stem if project_path else "") \
            or Path((info.get("source_filename") or "").replace("\\", "/")).name
        try:
            saved = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        except OSError:
            continue
        items.append(RecoveryItem(path=path, project_path=project_path, saved_time=saved,
                                  title=title))
    items.sort(key=lambda it: it.saved_time, reverse=True)
    return items


def discard(item: RecoveryItem) -> None:
    """Delete a recovery file and its marker (missing files are fine)."""
    for path in (item.path, item.marker_path):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", path, exc_info=True)


# ------------------------------------------------------------------ the dialog
class RecoveryDialog(QDialog):
    """"Motif Studio closed unexpectedly. Recover your unsaved work?"

    Lists *items* (newest first, all ticked).  After ``exec()``, :attr:`choice`
    is ``RECOVER``, ``DISCARD`` or ``LATER`` and :meth:`checked_items` the
    ticked items.  ``exec()`` returns ``Accepted`` only for ``RECOVER``.
    Discarding asks for confirmation (``QMessageBox.question``) first, unless
    :attr:`confirm_discard` is false.
    """

    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"

    def __init__(self, items: list[RecoveryItem], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self._items = list(items)
        self.choice = self.LATER
        self.confirm_discard = True
        self.setObjectName("RecoveryDialog")
        self.setMinimumWidth(520)

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation, None, self).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._heading = QLabel(self)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setWordWrap(True)
        self._question = QLabel(self)
        self._question.setWordWrap(True)

        self.list = QListWidget(self)
        self.list.setObjectName("recoveryList")
        self.list.setIconSize(QSize(0, 0))
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(False)
        self.list.setMinimumHeight(120)
        self.list.itemChanged.connect(self._update_buttons)

        self.buttons = QDialogButtonBox(self)
        self.recover_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.later_button = QPushButton(self)
        self.buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self._recover)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self._later)

        head = QVBoxLayout()
        head.setSpacing(6)
        head.addWidget(self._heading)
        head.addWidget(self._question)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(head, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

        self._retranslate()
        self._fill()

    # -------------------------------------------------------------- texts
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self._heading.setText(self.tr("Motif Studio closed unexpectedly."))
        self._question.setText(self.tr(
            "Recover your unsaved work? Tick what you want to keep. “Later” keeps it "
            "safe and asks again next time."))
        self.recover_button.setText(self.tr("Recover"))
        self.discard_button.setText(self.tr("Discard"))
        self.later_button.setText(self.tr("Later"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill()
        super().changeEvent(event)

    def _item_text(self, item: RecoveryItem) -> str:
        title = item.title or self.tr("Untitled motif")
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(item.saved_time.timestamp())), QLocale.FormatType.ShortFormat)
        saved = self.tr("Autosaved {time}").format(time=when)
        where = (self.tr("Project: {path}").format(path=item.project_path) if item.project_path
                 else self.tr("Not yet saved as a project"))
        return f"{title}\n{saved} · {where}"

    def _fill(self) -> None:
        checked = {id(it) for it in self.checked_items()} if self.list.count() else None
        self.list.blockSignals(True)
        self.list.clear()
        bold = self.list.font()
        bold.setBold(True)
        for item in self._items:
            row = QListWidgetItem(self._item_text(item), self.list)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                         | Qt.ItemFlag.ItemIsSelectable)
            on = checked is None or id(item) in checked
            row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            row.setToolTip(os.fspath(item.path))
            row.setSizeHint(QSize(0, self.list.fontMetrics().height() * 2 + 14))
        self.list.blockSignals(False)
        self._update_buttons()

    # -------------------------------------------------------------- results
    def items(self) -> list[RecoveryItem]:
        return list(self._items)

    def checked_items(self) -> list[RecoveryItem]:
        """The items ticked in the list."""
        return [it for i, it in enumerate(self._items)
                if i < self.list.count()
                and self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, index: int, checked: bool) -> None:
        self.list.item(index).setCheckState(Qt.CheckState.Checked if checked
                                            else Qt.CheckState.Unchecked)

    def _update_buttons(self, *_args) -> None:
        any_checked = bool(self.checked_items())
        self.recover_button.setEnabled(any_checked)
        self.discard_button.setEnabled(any_checked)

    def _recover(self) -> None:
        self.choice = self.RECOVER
        self.accept()

    def _discard(self) -> None:
        if self.confirm_discard:
            n = len(self.checked_items())
            answer = QMessageBox.question(
                self, self.tr("Discard unsaved work?"),
                self.tr("The unsaved work you ticked ({count}) will be deleted. This cannot be "
                        "undone.").format(count=n),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.choice = self.DISCARD
        self.reject()

    def _later(self) -> None:
        self.choice = self.LATER
        self.reject()

    def reject(self) -> None:     # Esc or the window's close button mean "Later"
        if self.choice not in (self.DISCARD,):
            self.choice = self.LATER
        super().reject()


def offer_recovery(parent: Optional[QWidget] = None,
                   directory: Optional[PathLike] = None) -> list[RecoveryItem]:
    """At start-up: if a crash left work behind, ask, and return the items to open.

    "Discard" deletes the ticked items; "Later" keeps everything.  The caller
    opens each returned item (``load_motif(item.path)``) and then calls
    :func:`discard` on it once the new session has saved it.
    """
    items = find_recoverable(directory)
    if not items:
        return []
    dialog = RecoveryDialog(items, parent)
    dialog.exec()
    chosen = dialog.checked_items()
    if dialog.choice == RecoveryDialog.DISCARD:
        for item in chosen:
            discard(item)
        return []
    return chosen if dialog.choice == RecoveryDialog.RECOVER else []
