"""Atomic file replacement: a save either fully happens or leaves the old file alone.

Data is written to a temporary file in the target's directory (same
filesystem, so the final rename is atomic), flushed and fsynced, then renamed
over the target with :func:`os.replace`; on POSIX the directory is fsynced
too so the rename itself survives a power cut.  If anything fails the
temporary file is removed and the previous file is untouched.

Examples
--------
>>> import os, tempfile
>>> d = tempfile.mkdtemp()
>>> p = os.path.join(d, "notes.txt")
>>> atomic_write_bytes(p, b"hello")
>>> with atomic_writer(p, "w") as f:
...     _ = f.write("hello again")
>>> open(p).read()
'hello again'
"""
from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from typing import IO, Iterator, Optional, Union

PathLike = Union[str, "os.PathLike[str]"]

_WINDOWS = sys.platform.startswith("win")
_umask_cache: Optional[int] = None


def _umask() -> int:
    """The process umask, read without the racy set-and-restore dance where possible."""
    global _umask_cache
    if _umask_cache is None:
        try:  # Linux >= 4.7 reports it without changing anything
            with open("/proc/self/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("Umask:"):
                        _umask_cache = int(line.split()[1], 8)
                        break
        except OSError:
            pass
        if _umask_cache is None:
            old = os.umask(0o022)
            os.umask(old)
            _umask_cache = old
    return _umask_cache


def _fsync_dir(directory: str) -> None:
    """Persist a rename on POSIX; Windows has no directory handles to fsync."""
    if _WINDOWS:
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems (e.g. certain network mounts) refuse; the data is synced
        pass
    finally:
        os.close(fd)


def _replace(src: str, dst: str) -> None:
    # On Windows a virus scanner or indexer briefly holding the target makes
    # os.replace fail with PermissionError; a short retry rides that out.
    attempts = 5 if _WINDOWS else 1
    for i in range(attempts):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if i == attempts - 1:
                raise
            time.sleep(0.05 * (i + 1))


@contextlib.contextmanager
def atomic_writer(path: PathLike, mode: str = "wb", *,
                  encoding: Optional[str] = None) -> Iterator[IO]:
    """Open a temporary file that replaces *path* atomically when the block ends.

    Parameters
    ----------
    path : str or os.PathLike
        The file to create or replace.  A symbolic link is followed, so the
        link stays and its target is replaced.
    mode : {"wb", "w"}
        Binary or text writing.
    encoding : str, optional
        Text encoding for ``mode="w"`` (default UTF-8).

    Yields
    ------
    file object
        Write the whole new content to it.  Do not close it yourself.

    Raises
    ------
    ValueError
        If *mode* is not a plain write mode.
    OSError
        If the directory is not writable, the disk is full, etc.  The
        previous file is then unchanged and no temporary file is left.

    Notes
    -----
    An existing file's permission bits are kept; a new file gets the usual
    ``0o666 & ~umask``.  Ownership and other metadata are not copied.
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_writer: mode must be 'wb' or 'w', got {mode!r}")
    if mode == "wb" and encoding is not None:
        raise ValueError("atomic_writer: encoding is only for text mode 'w'")
    target = os.path.realpath(os.fspath(path))
    directory = os.path.dirname(target)
    try:
        perms = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        perms = 0o666 & ~_umask()  # mkstemp would leave 0o600
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".",
                               suffix=".tmp", dir=directory)
    try:
        kwargs = {"encoding": encoding or "utf-8", "newline": ""} if mode == "w" else {}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # e.g. FAT/exFAT or SMB shares ignore chmod
            os.chmod(tmp, perms)
        _replace(tmp, target)
    except BaseException:
        # BaseException: a KeyboardInterrupt mid-save must not leave debris either.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(directory)


def atomic_write_bytes(path: PathLike, data: bytes) -> None:
    """Replace *path* with *data* atomically (see :func:`atomic_writer`).

    Parameters
    ----------
    path : str or os.PathLike
        The file to create or replace.
    data : bytes-like
        The complete new content.
    """
    with atomic_writer(path, "wb") as fh:
        fh.write(data)


def write_output(dest, data: bytes) -> None:
    """Write *data* to *dest*: a path (replaced atomically) or an open file object
    (text files get the bytes decoded as UTF-8).  The one way writers emit files."""
    if hasattr(dest, "write"):
        import io
        if isinstance(dest, io.TextIOBase):
            dest.write(data.decode("utf-8"))
        else:
            dest.write(data)
        return
    atomic_write_bytes(dest, data)
