"""The Qt side of a workspace: undo stack, background digitisation, files.

The window asks for changes as named edits (:mod:`motifstudio.project.workspace`);
each becomes a QUndoCommand holding the states before and after, so undo is
exact.  Whenever the state changes, a preview digitisation is queued on the
job runner (latest wins); the window listens for results.  Saving and
exporting run the full-quality digitisation first, in the same worker, with
progress and Cancel.
"""
from __future__ import annotations

import logging
import os
import zlib
from typing import Callable, Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..imaging.pipeline import Digitised, digitise, retrace
from ..project import workspace as wsmod
from ..project.workspace import Edit, Workspace

log = logging.getLogger(__name__)


class _EditCommand(QUndoCommand):
    def __init__(self, controller: "WorkspaceController", edit: Edit, before: Workspace,
                 after: Workspace):
        from .edit_text import edit_text
        super().__init__(edit_text(edit))
        self.controller, self.edit, self.before, self.after = controller, edit, before, after
        self._id = (zlib.crc32(edit.merge_key.encode()) & 0x7FFFFFFF) if edit.merge_key else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other) -> bool:
        if other.id() != self._id or self._id == -1:
            return False
        self.after = other.after
        self.setText(other.text())
        return True

    def redo(self) -> None:
        self.controller._set_state(self.after)

    def undo(self) -> None:
        self.controller._set_state(self.before)


class WorkspaceController(QObject):
    """Owns the open workspace; everything that changes it goes through here."""

    workspaceChanged = Signal()          # a new state (edit, undo, redo, open)
    resultReady = Signal(object)         # a Digitised for the current state
    failed = Signal(object, str)         # exception, traceback text
    dirtyChanged = Signal(bool)
    pathChanged = Signal(str)
    taskFinished = Signal(str, str)      # kind ("save", "export"), path
    designChanged = Signal()             # the Design step's choices changed (no re-trace)

    def __init__(self, jobs, parent=None, *, renderer: Optional[Callable] = None):
        super().__init__(parent)
        self.jobs = jobs
        # renderer(digitised) -> whatever the window draws (QImages, QPainterPaths); it runs
        # in the worker too, so the GUI thread only swaps finished pictures in.
        self.renderer = renderer
        self.rendered = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.workspace: Optional[Workspace] = None
        self.result: Optional[Digitised] = None
        self.path: Optional[str] = None
        self._pending: Optional[Callable] = None  # what to do with the next job result
        self._pending_preview = False
        jobs.finished.connect(self._on_job_finished)
        jobs.failed.connect(self._on_job_failed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    # ------------------------------------------------------------ state
    def has_document(self) -> bool:
        return self.workspace is not None

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def apply(self, edit: Edit) -> None:
        """Apply a named edit as one undoable step (ValueError for bad values)."""
        if self.workspace is None:
            return
        before = self.workspace
        after = edit.apply(before)
        if after.same_state(before):
            return
        self.undo_stack.push(_EditCommand(self, edit, before, after))

    def _set_state(self, ws: Workspace) -> None:
        old = self.workspace
        self.workspace = ws
        self.workspaceChanged.emit()
        if old is not None and old.source is ws.source and old.recipe == ws.recipe:
            # metadata or design only: no new tracing needed
            if old.design != ws.design:
                self.designChanged.emit()
            if self.result is not None and old.metadata != ws.metadata:
                self._accept_result(_with_metadata(self.result, ws))
            return
        self._schedule_preview()

    def run(self, job: Callable, then: Callable) -> None:
        """Run *job(progress, cancel)* in the worker (replacing any preview), then *then(result)*."""
        self._submit(job, then)

    def _submit(self, job: Callable, then: Callable, *, preview: bool = False) -> None:
        self._pending = then
        self._pending_preview = preview
        self.jobs.submit(job)

    def ensure_preview(self) -> None:
        """Queue a preview if the one on screen is not of the current state (after a job
        that replaced the preview was cancelled, failed or found nothing)."""
        if self.workspace is not None and not self.jobs.is_busy() and (
                self.result is None or self.result.recipe != self.workspace.recipe
                or self.result.loaded is not self.workspace.source):
            self._schedule_preview()

    def _schedule_preview(self) -> None:
        ws, prev = self.workspace, self.result

        def job(progress, cancel):
            if prev is not None and prev.loaded is ws.source:
                d = retrace(prev, ws.recipe, preview=True, progress=progress, cancel=cancel)
            else:
                d = digitise(ws.source, ws.recipe, title=ws.metadata.title, preview=True,
                             progress=progress, cancel=cancel)
            d = _with_metadata(d, ws)
            return d, self._render(d)

        self._submit(job, lambda r: self._accept_result(*r), preview=True)

    def _render(self, d: Digitised):
        return self.renderer(d) if self.renderer is not None else None

    def _accept_result(self, d: Digitised, rendered=None) -> None:
        self.result = d
        if rendered is not None:
            self.rendered = rendered
        self.resultReady.emit(d)
        from .jobs import release_memory
        release_memory()  # the previous result's arrays were just dropped

    # ------------------------------------------------------------ opening
    def open_image(self, path: str, recipe=None) -> None:
        """Load a photo in the worker (with *recipe*, e.g. a preset); the first preview follows."""
        def job(progress, cancel):
            progress(0.0, "reading the photo")
            return wsmod.open_image(path, recipe=recipe)
        self._submit(job, lambda ws: self._start(ws, None))

    def open_project(self, path: str) -> None:
        from ..project.motif_file import load_project

        def job(progress, cancel):
            progress(0.0, "reading the project")
            motif, original, design = load_project(path)
            if original is None:
                raise ValueError(f"{os.path.basename(path)} has no original photo inside; it "
                                 "cannot be edited, only exported")
            return wsmod.from_motif(motif, original, design)
        self._submit(job, lambda ws: self._start(ws, path))

    def open_workspace(self, ws: Workspace, path: Optional[str] = None) -> None:
        self._start(ws, path)

    def _start(self, ws: Workspace, path: Optional[str]) -> None:
        self.undo_stack.clear()
        self.result = None
        self.workspace = None
        self.path = path
        self.pathChanged.emit(path or "")
        self._set_state(ws)
        self.undo_stack.setClean()

    def close(self) -> None:
        self.jobs.cancel()
        self.undo_stack.clear()
        self.workspace = None
        self.result = None
        self.path = None
        self.pathChanged.emit("")
        self.workspaceChanged.emit()

    # ------------------------------------------------------------ saving
    def _full_result_job(self, then: Callable[[Digitised], None]) -> Callable:
        ws, prev = self.workspace, self.result

        def job(progress, cancel):
            if prev is not None and prev.loaded is ws.source:
                d = retrace(prev, ws.recipe, preview=False, progress=progress, cancel=cancel)
            else:
                d = digitise(ws.source, ws.recipe, preview=False, progress=progress,
                             cancel=cancel)
            d = _with_metadata(d, ws)
            then(d)
            return d, self._render(d)
        return job

    def save(self, path: str) -> None:
        """Write the project (full quality) to *path* in the worker; taskFinished on success."""
        from ..project.motif_file import save_motif
        state = self.workspace

        def write(d: Digitised) -> None:
            save_motif(path, d.motif, d.loaded.original, design=state.design)

        def done(r) -> None:
            self._accept_result(*r)
            self.path = path
            self.pathChanged.emit(path)
            if self.workspace is state:
                self.undo_stack.setClean()
            self.taskFinished.emit("save", path)
        self._submit(self._full_result_job(write), done)

    def export(self, path: str, writer, options=None) -> None:
        """Write an export through a registry writer (full quality) in the worker.

        A design writer gets the traced motif recoloured and arranged by the
        current Design step."""
        spec = self.workspace.design

        def write(d: Digitised) -> None:
            if writer.takes == "design":
                from ..design.spec import build_design
                writer.func(build_design(d.motif, spec), path, options)
            else:
                writer.func(d.motif, path, options)

        def done(r) -> None:
            self._accept_result(*r)
            self.taskFinished.emit("export", path)
        self._submit(self._full_result_job(write), done)

    def snapshot(self):
        """(motif, original bytes, design) of the latest result with the current metadata,
        for autosave."""
        if self.result is None or self.workspace is None:
            return None
        d = _with_metadata(self.result, self.workspace)
        # Recovery re-traces from the recipe, so store the latest one even when the
        # preview has not caught up with it yet.
        return (d.motif.replace(recipe=self.workspace.recipe.to_dict()), d.loaded.original,
                self.workspace.design)

    # ------------------------------------------------------------ job results
    def _on_job_finished(self, result) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            try:
                pending(result)
            except Exception as exc:  # a bug in a handler must not kill the app
                log.exception("handling a job result failed")
                import traceback
                self.failed.emit(exc, traceback.format_exc())

    def _on_job_failed(self, exc, tb) -> None:
        was_preview = self._pending_preview
        self._pending = None
        self.failed.emit(exc, tb)
        if not was_preview:  # a failed save or export had replaced the preview
            self.ensure_preview()


def _with_metadata(d: Digitised, ws: Workspace) -> Digitised:
    import dataclasses
    if d.motif.metadata == ws.metadata:
        return d
    return dataclasses.replace(d, motif=d.motif.replace(metadata=ws.metadata))
