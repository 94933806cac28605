"""Batch digitisation: every image in a folder through one recipe, in parallel, resumably.

The engine behind ``motifstudio batch`` (Qt-free; the GUI may wrap it later).

* :func:`find_images` lists the images under a folder, recursively
  (PNG, JPEG, TIFF, BMP, WebP; extensions in any case).
* Each image ``IN/<rel>`` becomes the project ``OUT/<rel>.motif`` (the
  extension is kept, so ``a.png`` and ``a.jpg`` cannot collide), holding
  the untouched original.  :func:`~motifstudio.project.motif_file.save_motif`
  is atomic, so an interrupted batch never leaves a half-written project.
* A **manifest** ``OUT/batch.jsonl`` (JSON lines, appended and fsynced one
  record at a time, so a killed batch loses at most the line being written)
  records each file: ``input`` (relative path), ``sha256``, ``status``
  (``ok``, ``failed`` or ``skipped``), ``output``, ``seconds``, ``error``
  (the message, never a traceback), ``recipe`` (a fingerprint of the recipe),
  ``time`` and ``cpu_seconds``.  Each run starts with a ``{"run": ...}`` line holding the
  whole recipe.
* **Resuming**: a file is skipped when its output exists and its latest
  manifest record is ``ok`` or ``skipped`` with the same SHA-256 and the
  same recipe fingerprint.  A file the manifest does not mention at all is
  skipped if its output loads and holds the same original and recipe (a
  batch killed between a save and its manifest line).  Anything else (new,
  changed, failed before, output deleted, another recipe) is digitised again.
* **Parallel**: a :class:`concurrent.futures.ProcessPoolExecutor` (``spawn``
  start method; the worker is the module-level :func:`digitise_file`), each
  worker handling one file at a time and at most two files per worker
  queued; each worker's numeric libraries get an equal share of the cores.  Any ``concurrent.futures.Executor`` can be given instead (the CLI
  passes a Dask ``Client``'s executor for ``--dask``).
* **Failures** are per file: one unreadable scan is recorded ``failed`` with
  its message and the rest go on.
* **Cancelling** (``KeyboardInterrupt`` in the caller, or *cancel*): queued
  files are dropped, running workers stop at their next cancellation check
  (a file whose save had begun is finished, atomically), and the files done
  so far are in the manifest.  A worker whose parent dies (``kill -9``) stops
  by itself.

Examples
--------
>>> from motifstudio.imaging.presets import apply_preset
>>> summary = run_batch("scans", "archive", apply_preset("shyrdak-2"), workers=2)  # doctest: +SKIP
>>> summary.n_ok, summary.n_failed                                                 # doctest: +SKIP
(41, 1)
"""
from __future__ import annotations

import concurrent.futures as cf
import contextlib
from concurrent.futures.process import BrokenProcessPool
import hashlib
import json
import multiprocessing
import os
import signal
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Callable, Optional

from ..core.progress import CancelToken, Cancelled, ProgressFn, report
from ..imaging.params import Recipe

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
MANIFEST_NAME = "batch.jsonl"
OK, FAILED, SKIPPED = "ok", "failed", "skipped"
_CANCELLED = "cancelled"  # a worker's answer only; never written to the manifest


@dataclass(frozen=True)
class FileResult:
    """What happened to one input file (one manifest record)."""
    input: str                   # relative to the input folder, '/'-separated
    sha256: Optional[str]
    status: str                  # OK, FAILED or SKIPPED
    output: Optional[str]        # relative to the output folder
    seconds: float = 0.0
    error: Optional[str] = None
    recipe: str = ""             # recipe_fingerprint() of the recipe used
    time: str = ""
    cpu_seconds: float = 0.0     # the worker's CPU time (< seconds when it waited for a core)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class BatchSummary:
    """The outcome of :func:`run_batch`: one result per file handled, by input path."""
    results: tuple = ()
    cancelled: bool = False
    manifest: str = ""
    pending: tuple = field(default=())  # inputs not handled (cancelled before their turn)

    def _count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def n_ok(self) -> int:
        return self._count(OK)

    @property
    def n_failed(self) -> int:
        return self._count(FAILED)

    @property
    def n_skipped(self) -> int:
        return self._count(SKIPPED)

    @property
    def failed(self) -> tuple:
        return tuple(r for r in self.results if r.status == FAILED)


# ================================================================== files
def find_images(in_dir, *, exclude: Optional[str] = None) -> list[str]:
    """Relative ('/'-separated) paths of the images under *in_dir*, sorted.

    Hidden files and folders (names starting with '.') are ignored, and so is
    the folder *exclude* (the output folder, when it lies inside *in_dir*).
    Symbolic links to folders are not followed.
    """
    root = os.path.abspath(in_dir)
    if not os.path.isdir(root):
        raise ValueError(f"{in_dir}: not a folder")
    skip = os.path.abspath(exclude) if exclude else None
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and os.path.join(dirpath, d) != skip)
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(IMAGE_EXTENSIONS):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def output_name(rel: str) -> str:
    """The project's path relative to the output folder: ``<rel>.motif``."""
    return rel + ".motif"


def recipe_fingerprint(recipe: Recipe) -> str:
    """A short stable hash of the recipe's parameters (the resume key, with the SHA-256)."""
    text = json.dumps(recipe.to_dict(), sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sha256_file(path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ================================================================== manifest
class Manifest:
    """The JSON-lines log of a batch folder; every record is fsynced as it is appended."""

    def __init__(self, path):
        self.path = os.fspath(path)
        self._fh = None

    def latest(self) -> dict[str, dict]:
        """The last record of each input (a torn last line from a killed run is ignored)."""
        records: dict[str, dict] = {}
        try:
            with open(self.path, "r", encoding="utf-8") as fh:
                for line in fh:
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(rec, dict) and isinstance(rec.get("input"), str):
                        records[rec["input"]] = rec
        except FileNotFoundError:
            pass
        return records

    def append(self, record: dict) -> None:
        if self._fh is None:
            self._fh = open(self.path, "a", encoding="utf-8")
            if self._fh.tell() and not self._ends_with_newline():
                self._fh.write("\n")  # after a torn line, start a fresh one
        self._fh.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def is_done(record: Optional[dict], sha256: str, fingerprint: str, out_dir) -> bool:
    """Whether a file with this manifest record needs no new digitisation."""
    return (record is not None and record.get("status") in (OK, SKIPPED)
            and record.get("sha256") == sha256 and record.get("recipe") == fingerprint
            and isinstance(record.get("output"), str)
            and os.path.isfile(os.path.join(out_dir, record["output"])))


def adoptable(path, sha256: str, fingerprint: str) -> bool:
    """Whether the project at *path* is already this input digitised with this recipe.

    For outputs the manifest does not know: a batch killed between a worker's
    save and the parent's manifest line, or a lost manifest.  The project is
    fully loaded, so a damaged one is never adopted.
    """
    from .motif_file import load_motif

    if not os.path.isfile(path):
        return False
    try:
        motif, original = load_motif(path)
        return (original is not None and motif.source is not None
                and motif.source.sha256 == sha256
                and recipe_fingerprint(Recipe.from_dict(motif.recipe)) == fingerprint)
    except (ValueError, OSError):
        return False


# ================================================================== the worker
_STOP = None          # multiprocessing.Event shared with the parent (process pools only)
_ORPHANED = threading.Event()
_BUSY = threading.Event()   # set while this worker process digitises a file


class _WorkerToken(CancelToken):
    """Cancelled when the parent asks (its event) or dies (the watchdog)."""

    @property
    def cancelled(self) -> bool:
        return _ORPHANED.is_set() or (_STOP is not None and _STOP.is_set())

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled("cancelled")


def _init_worker(stop) -> None:
    """Process-pool initializer: share the stop event, ignore Ctrl-C, watch the parent."""
    global _STOP
    _STOP = stop
    # Ctrl-C reaches the whole process group; only the parent decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watchdog():
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:       # the parent was killed: stop, don't linger
                _ORPHANED.set()
                deadline = time.monotonic() + 30.0
                while _BUSY.is_set() and time.monotonic() < deadline:
                    time.sleep(0.1)          # a save in progress finishes (it is atomic)
                os._exit(1)

    threading.Thread(target=watchdog, name="batch-watchdog", daemon=True).start()


def _message(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "not enough memory (try a smaller --max-working-mp or --max-pixels)"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, (ValueError, OSError)) and text:
        return text  # ImageLoadError and ProjectError messages name the file
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def digitise_file(src: str, dest: str, recipe: dict, rel: str, fingerprint: str) -> dict:
    """Digitise one image and save ``dest`` (a ``.motif``); never raises.

    The worker of :func:`run_batch`, module-level so that every executor
    (``spawn`` process pools, Dask) can pickle it by name.  Returns a
    :class:`FileResult` as a dict (status ``ok``, ``failed`` or, when the
    batch was cancelled, ``cancelled``).
    """
    from ..imaging.pipeline import digitise
    from .motif_file import save_motif

    t0, c0 = time.perf_counter(), time.process_time()
    out_rel = output_name(rel)
    sha = None
    _BUSY.set()
    try:
        token = _WorkerToken()
        token.check()
        d = digitise(src, Recipe.from_dict(recipe), cancel=token)
        sha = d.motif.source.sha256
        token.check()
        os.makedirs(os.path.dirname(dest) or ".", exist_ok=True)
        save_motif(dest, d.motif, d.loaded.original)
        status, error = OK, None
    except Cancelled:
        status, error, out_rel = _CANCELLED, "cancelled", None
    except Exception as exc:  # noqa: BLE001 -- one bad file must not stop the batch
        status, error, out_rel = FAILED, _message(exc), None
    finally:
        _BUSY.clear()
    if sha is None:
        try:
            sha = sha256_file(src)
        except OSError:
            pass
    return FileResult(input=rel, sha256=sha, status=status, output=out_rel,
                      seconds=round(time.perf_counter() - t0, 3), error=error,
                      recipe=fingerprint, time=_now(),
                      cpu_seconds=round(time.process_time() - c0, 3)).to_dict()


# ================================================================== the parent
def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def run_batch(in_dir, out_dir, recipe: Recipe, *, workers: Optional[int] = None,
              executor: Optional[cf.Executor] = None, inflight: Optional[int] = None,
              progress: Optional[ProgressFn] = None,
              on_result: Optional[Callable[[FileResult], None]] = None,
              cancel: Optional[CancelToken] = None) -> BatchSummary:
    """Digitise every image under *in_dir* into *out_dir* with *recipe*.

    Parameters
    ----------
    in_dir, out_dir : str or os.PathLike
        The scans, and where the ``.motif`` projects and ``batch.jsonl`` go
        (created if missing).
    recipe : Recipe
        One recipe for every file (e.g. ``apply_preset("shyrdak-2")``).
    workers : int, optional
        Processes to run (default ``min(2, cpu_count)``).  Ignored when an
        *executor* is given.
    executor : concurrent.futures.Executor, optional
        Run the files there instead (e.g. a Dask client's executor); it is
        not shut down.  Inputs and outputs must be reachable by its workers
        under the same paths.
    inflight : int, optional
        Files handed to the executor at once (default ``2 * workers``: each
        worker busy with one file and one waiting).  Give about twice the
        number of worker threads of an external executor.
    progress : callable, optional
        ``progress(fraction, message)`` after each file.
    on_result : callable, optional
        Called in this process with each :class:`FileResult` (skipped ones
        too) right after its manifest record is written -- e.g. to add the
        project to a catalogue, with one writer.
    cancel : CancelToken, optional
        Polled between files; ``KeyboardInterrupt`` cancels the same way.

    Returns
    -------
    BatchSummary
        ``cancelled`` is set if the batch stopped early.
    """
    recipe = recipe.validated()
    in_root, out_root = os.path.abspath(in_dir), os.path.abspath(out_dir)
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    files = find_images(in_root, exclude=out_root)
    os.makedirs(out_root, exist_ok=True)
    fingerprint = recipe_fingerprint(recipe)
    recipe_dict = recipe.to_dict()
    manifest = Manifest(os.path.join(out_root, MANIFEST_NAME))
    previous = manifest.latest()
    results: list[FileResult] = []
    total = len(files)
    state = {"done": 0}

    def record(res: FileResult) -> None:
        manifest.append(res.to_dict())
        results.append(res)
        state["done"] += 1
        report(progress, state["done"] / max(total, 1),
               f"{state['done']}/{total} {res.input}")
        if on_result is not None:
            on_result(res)

    cancelled = False
    try:
        manifest.append({"run": _now(), "in_dir": in_root, "recipe": fingerprint,
                         "recipe_params": recipe_dict, "files": total})
        todo = []
        for rel in files:
            if cancel is not None and cancel.cancelled:
                raise KeyboardInterrupt
            src = os.path.join(in_root, *rel.split("/"))
            try:
                sha = sha256_file(src)
            except OSError as exc:
                record(FileResult(rel, None, FAILED, None, 0.0, _message(exc), fingerprint,
                                  _now()))
                continue
            out_rel = output_name(rel)
            if is_done(previous.get(rel), sha, fingerprint, out_root) or (
                    rel not in previous
                    and adoptable(os.path.join(out_root, *out_rel.split("/")), sha, fingerprint)):
                record(FileResult(rel, sha, SKIPPED, out_rel, 0.0, None, fingerprint, _now()))
            else:
                todo.append(rel)
        # Largest files first: the last files to finish are then the short ones, so no
        # worker sits idle long at the end while another digitises a big scan.
        todo.sort(key=lambda rel: -_size(os.path.join(in_root, *rel.split("/"))))
        if todo:
            cancelled = _run_all(todo, in_root, out_root, recipe_dict, fingerprint, workers,
                                 executor, inflight, record, cancel)
    except KeyboardInterrupt:
        cancelled = True
    finally:
        manifest.close()
    done = {r.input for r in results}
    return BatchSummary(results=tuple(sorted(results, key=lambda r: r.input)),
                        cancelled=cancelled, manifest=manifest.path,
                        pending=tuple(p for p in files if p not in done) if cancelled else ())


_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


@contextlib.contextmanager
def _worker_thread_limits(workers: int):
    """Workers spawned meanwhile get an equal share of the cores for their BLAS threads.

    Numeric libraries start one thread per core in *every* worker; their
    spinning threads then compete across workers (as joblib's loky avoids).
    The limit is passed in the environment the spawned workers inherit (it
    must be in place before they import numpy); variables the user has set
    are kept, and this process's environment is restored afterwards.
    """
    share = str(max(1, (os.cpu_count() or 1) // max(1, workers)))
    added = [v for v in _THREAD_VARS if v not in os.environ]
    for v in added:
        os.environ[v] = share
    try:
        yield
    finally:
        for v in added:
            os.environ.pop(v, None)


def _run_all(todo, in_root, out_root, recipe_dict, fingerprint, workers, executor, inflight_max,
             record, cancel) -> bool:
    """Run *todo* on a pool (or *executor*); True if cancelled."""
    n = workers or default_workers()
    if executor is None:
        with _worker_thread_limits(n):
            return _run_on(todo, in_root, out_root, recipe_dict, fingerprint, n, None,
                           inflight_max, record, cancel)
    return _run_on(todo, in_root, out_root, recipe_dict, fingerprint, n, executor, inflight_max,
                   record, cancel)


def _run_on(todo, in_root, out_root, recipe_dict, fingerprint, n, executor, inflight_max,
            record, cancel) -> bool:
    own = executor is None
    stop = None
    if own:
        ctx = multiprocessing.get_context("spawn")
        stop = ctx.Event()
        executor = cf.ProcessPoolExecutor(max_workers=n, mp_context=ctx,
                                          initializer=_init_worker, initargs=(stop,))
    queue = iter(todo)
    inflight: dict[cf.Future, str] = {}
    limit = max(1, inflight_max or 2 * n)

    def submit(rel):
        src = os.path.join(in_root, *rel.split("/"))
        dest = os.path.join(out_root, *output_name(rel).split("/"))
        inflight[executor.submit(digitise_file, src, dest, recipe_dict, rel, fingerprint)] = rel

    def finish(fut, rel):
        try:
            res = FileResult(**fut.result())
        except cf.CancelledError:
            return
        except Exception as exc:  # noqa: BLE001 -- e.g. a worker killed by the OOM killer
            res = FileResult(rel, None, FAILED, None, 0.0,
                             f"the worker stopped unexpectedly ({_message(exc)})",
                             fingerprint, _now())
        if res.status != _CANCELLED:
            record(res)

    try:
        while True:
            if cancel is not None and cancel.cancelled:
                raise KeyboardInterrupt
            for rel in queue:
                submit(rel)
                if len(inflight) >= limit:
                    break
            if not inflight:
                return False
            done, _ = cf.wait(list(inflight), timeout=0.5, return_when=cf.FIRST_COMPLETED)
            broken = False
            for fut in done:
                rel = inflight.pop(fut)
                if not fut.cancelled() and isinstance(fut.exception(),
                                                      BrokenProcessPool):
                    broken = True
                finish(fut, rel)
            if broken and own:  # a worker died: the pool is unusable, start a new one
                for fut, rel in list(inflight.items()):
                    inflight.pop(fut)
                    finish(fut, rel)
                executor.shutdown(wait=True, cancel_futures=True)
                executor = cf.ProcessPoolExecutor(max_workers=n,
                                                  mp_context=multiprocessing.get_context("spawn"),
                                                  initializer=_init_worker, initargs=(stop,))
    except KeyboardInterrupt:
        if stop is not None:
            stop.set()
        for fut in inflight:
            fut.cancel()
        for fut, rel in inflight.items():  # running ones stop at their next check
            try:
                finish(fut, rel)
            except KeyboardInterrupt:
                break
        return True
    finally:
        if own:
            executor.shutdown(wait=True, cancel_futures=True)
