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

Wiring in a window (the autosaver starts itself)::

    self.autosaver = Autosaver(controller.snapshot, controller.is_dirty,
                               interval_s=prefs.autosave_interval_s, parent=self)
    controller.pathChanged.connect(self.autosaver.set_project_path)   # optional
    ...
    def closeEvent(self, event):            # after the user saved or discarded
        self.autosaver.stop(clean=True)

``snapshot()`` returns ``(motif, original_bytes)`` or ``(motif, original_bytes, design)`` or ``None`` (nothing to
save); ``is_dirty()`` says whether there are unsaved changes (alternatively
call :meth:`Autosaver.set_dirty` / :meth:`Autosaver.mark_dirty`, e.g. from
``QUndoStack.cleanChanged`` / ``indexChanged``).

At start-up::

    for item in offer_recovery(window):     # or RecoveryDialog + recoverRequested
        window.open_recovered(item)         # load_motif(item.path), mark the document
                                            # dirty, then discard(item)
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

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QStyle, QVBoxLayout,
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


def _same_snapshot(a: tuple, b: tuple) -> bool:
    """Whether two snapshots hold the same document (arrays compared by identity: the
    document is immutable, so an edit makes new ones)."""
    (ma, oa, da), (mb, ob, db) = _triple(a), _triple(b)
    if da != db:
        return False
    if ma is mb:
        return oa is ob or oa == ob
    return (ma.planar_map is mb.planar_map and ma.strokes == mb.strokes
            and ma.palette == mb.palette and ma.metadata == mb.metadata
            and ma.recipe == mb.recipe and tuple(ma.size_mm) == tuple(mb.size_mm)
            and ma.source == mb.source and (oa is ob or oa == ob))


def _triple(snap: tuple) -> tuple:
    """(motif, original, design) of a snapshot; the design is optional."""
    return (snap[0], snap[1], snap[2] if len(snap) > 2 else None)


# ------------------------------------------------------------------ the autosaver
class Autosaver(QObject):
    """Every *interval_s* seconds, save unsaved work to the recovery folder.

    Parameters
    ----------
    snapshot : callable
        ``snapshot() -> (motif, original_bytes) | None``, called on the GUI
        thread when a save is due.  ``None`` means there is nothing to save.
    is_dirty : callable, optional
        ``is_dirty() -> bool``: whether the document has unsaved changes
        (e.g. ``lambda: not undo_stack.isClean()``), asked at every tick.
        Without it, tell the autosaver with :meth:`set_dirty` /
        :meth:`mark_dirty`.  Either way a tick writes only when the snapshot
        differs from the last one written (or :meth:`mark_dirty` was called),
        and a clean document's recovery copy is deleted.
    interval_s : float
        Seconds between ticks (default 60, at least 5).
    session_id : str, optional
        Default :func:`new_session_id`.
    directory : path, optional
        Default :func:`~motifstudio.app.paths.recovery_dir`.
    autostart : bool
        Call :meth:`start` now (write the marker, start the timer).  Default true.
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

    def __init__(self, snapshot: Snapshot, is_dirty: Optional[Callable[[], bool]] = None, *,
                 interval_s: float = DEFAULT_INTERVAL_S, session_id: Optional[str] = None,
                 directory: Optional[PathLike] = None, autostart: bool = True,
                 parent: Optional[QObject] = None):
        super().__init__(parent)
        self._snapshot = snapshot
        self._is_dirty = is_dirty
        self.session_id = session_id or new_session_id()
        self._dir = Path(directory) if directory is not None else recovery_dir()
        self._started = time.time()
        self._dirty = False          # changes the user has not saved (without is_dirty)
        self._pending = False        # mark_dirty() since the last write
        self._last: Optional[tuple[Motif, Optional[bytes]]] = None   # what was last written
        self._project_path: Optional[str] = None
        self._title = ""
        self._last_saved: Optional[float] = None
        self._failing = False
        self._stopped = True
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self.set_interval(interval_s)
        if autostart:
            self.start()

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
        """Whether the document has unsaved changes, as far as the autosaver knows."""
        if self._is_dirty is not None:
            try:
                return bool(self._is_dirty())
            except Exception:
                log.warning("autosave: is_dirty() failed", exc_info=True)
        return self._dirty

    @property
    def is_running(self) -> bool:
        return not self._stopped

    # -------------------------------------------------------------- control
    def set_interval(self, seconds: float) -> None:
        """Change the autosave period (clamped to at least 5 s)."""
        self._timer.setInterval(int(max(MIN_INTERVAL_S, float(seconds)) * 1000))

    def start(self) -> None:
        """Write the session marker and start the timer (done by the constructor)."""
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
            self._drop_copy()

    @Slot()
    def mark_dirty(self, *_args) -> None:
        """The document changed (connect any "edited" signal; extra arguments are ignored)."""
        self.set_dirty(True)

    def set_project_path(self, path: Optional[PathLike]) -> None:
        """The user's project file for this document (shown when recovering)."""
        self._project_path = None if path is None else os.path.abspath(os.fspath(path))
        if not self._stopped:
            self._write_marker()

    def _drop_copy(self) -> None:
        self._last = None
        try:
            self.motif_path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", self.motif_path, exc_info=True)

    # -------------------------------------------------------------- saving
    @Slot()
    def tick(self) -> bool:
        """Save if there are unsaved changes not yet autosaved; ``True`` if a file was written.

        The timer calls this; tests call it directly.
        """
        if self._stopped:
            return False
        if not self.is_dirty:
            if self._is_dirty is not None and (self._last is not None
                                               or self.motif_path.exists()):
                self._drop_copy()          # saved or undone to the saved state
            return False
        if self._is_dirty is None and not self._pending:
            return False
        return self._save(skip_unchanged=not self._pending)

    def save_now(self) -> bool:
        """Save now if the document is dirty, even if nothing changed since the last save."""
        if self._stopped or not self.is_dirty:
            return False
        return self._save(skip_unchanged=False)

    def _save(self, skip_unchanged: bool) -> bool:
        try:
            snap = self._snapshot()
            if snap is None:
                return False
            motif, original, design = _triple(snap)
            if skip_unchanged and self._last is not None and \
                    _same_snapshot(self._last, snap):
                return False
            self._dir.mkdir(parents=True, exist_ok=True)
            if original is None and motif.source is not None:
                log.warning("autosave: the original image bytes were not given; saving without")
            save_motif(self.motif_path, motif, original,
                       allow_missing_original=original is None, design=design)
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
        self._last = (motif, original, design)
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

    * **Recover** closes the dialog, then emits ``recoverRequested(item)``
      for each ticked item; opening them is the receiver's job.
    * **Discard** asks for confirmation (``QMessageBox.question``, unless
      :attr:`confirm_discard` is false), deletes the ticked items with
      :func:`discard` and emits ``discarded(list)``.
    * **Later** (also Esc / closing the window) keeps everything; it is
      offered again at the next start.
    """

    recoverRequested = Signal(object)     # a RecoveryItem
    discarded = Signal(list)              # the RecoveryItems deleted

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

        # One row per item: a tick box with the title, and when / where below it.
        self._rows_box = QWidget(self)
        self._rows = QVBoxLayout(self._rows_box)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        self.checks: list[QCheckBox] = []
        self._details: list[QLabel] = []
        for item in self._items:
            self._add_row(item)
        self._rows.addStretch(1)
        self.list = QScrollArea(self)
        self.list.setObjectName("recoveryList")
        self.list.setWidget(self._rows_box)
        self.list.setWidgetResizable(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

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
        # Show up to three items without scrolling.
        shown = self._rows.itemAt(min(3, len(self._items)) - 1)
        if shown is not None and shown.widget() is not None:
            bottom = sum(self._rows.itemAt(i).widget().sizeHint().height() + self._rows.spacing()
                         for i in range(min(3, len(self._items))))
            self.list.setMinimumHeight(bottom)

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

    def _add_row(self, item: RecoveryItem) -> None:
        frame = QFrame(self._rows_box)
        frame.setObjectName("recoveryRow")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.Base)
        check = QCheckBox(frame)
        check.setChecked(True)
        font = check.font()
        font.setBold(True)
        check.setFont(font)
        check.toggled.connect(self._update_buttons)
        details = QLabel(frame)
        details.setWordWrap(True)
        details.setTextFormat(Qt.TextFormat.PlainText)
        pal = details.palette()
        text, base = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
        pal.setColor(QPalette.ColorRole.WindowText, QColor(
            *(round(0.65 * a + 0.35 * b) for a, b in zip(text.getRgb()[:3], base.getRgb()[:3]))))
        details.setPalette(pal)
        details.setToolTip(os.fspath(item.path))
        box = QVBoxLayout(frame)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(2)
        box.addWidget(check)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, check) + \
            self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, check)
        details.setContentsMargins(indent, 0, 0, 0)
        box.addWidget(details)
        self._rows.addWidget(frame)
        self.checks.append(check)
        self._details.append(details)

    def _fill(self) -> None:
        """(Re)write the rows' texts in the current language."""
        for item, check, details in zip(self._items, self.checks, self._details):
            check.setText(item.title or self.tr("Untitled motif"))
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(item.saved_time.timestamp())),
                                      QLocale.FormatType.ShortFormat)
            saved = self.tr("Autosaved {time}").format(time=when)
            where = (self.tr("Project: {path}").format(path=item.project_path)
                     if item.project_path else self.tr("Not yet saved as a project"))
            details.setText(f"{saved}\n{where}")
        self._update_buttons()

    # -------------------------------------------------------------- results
    def items(self) -> list[RecoveryItem]:
        return list(self._items)

    def checked_items(self) -> list[RecoveryItem]:
        """The items ticked in the list."""
        return [it for it, check in zip(self._items, self.checks) if check.isChecked()]

    def set_checked(self, index: int, checked: bool) -> None:
        self.checks[index].setChecked(checked)

    def _update_buttons(self, *_args) -> None:
        any_checked = bool(self.checked_items())
        self.recover_button.setEnabled(any_checked)
        self.discard_button.setEnabled(any_checked)

    def _recover(self) -> None:
        self.choice = self.RECOVER
        chosen = self.checked_items()
        self.accept()
        for item in chosen:
            self.recoverRequested.emit(item)

    def _discard(self) -> None:
        if self.confirm_discard:
            answer = QMessageBox.question(
                self, self.tr("Discard unsaved work?"),
                self.tr("The ticked work will be deleted. This cannot be undone."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.choice = self.DISCARD
        chosen = self.checked_items()
        for item in chosen:
            discard(item)
        self.reject()
        self.discarded.emit(chosen)

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
    opens each returned item (``load_motif(item.path)``), marks the document
    dirty so the new session autosaves it, and then calls :func:`discard`.
    """
    items = find_recoverable(directory)
    if not items:
        return []
    dialog = RecoveryDialog(items, parent)
    dialog.exec()
    return dialog.checked_items() if dialog.choice == RecoveryDialog.RECOVER else []
