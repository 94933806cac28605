"""Content-addressed file store: ``objects/ab/abcdef…`` named by the SHA-256 of the bytes.

The same bytes are stored once however many records refer to them; a file is
written atomically (temporary file, fsync, rename) and never rewritten unless
it was found damaged.  The catalogue writes a file *before* the transaction
that refers to it commits, so a crash leaves at worst an unreferenced file,
never a record pointing at nothing.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Optional

from ..core.atomic import atomic_write_bytes

__all__ = ["ObjectStore", "sha256_hex"]

_SHA = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1 << 20


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ObjectStore:
    """Files kept by their SHA-256 under *root*."""

    def __init__(self, root):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if not _SHA.match(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store *data* (if not already there intact) and return its SHA-256."""
        sha = sha256_hex(data)
        path = self.path_for(sha)
        if self.check(sha) == "ok":
            return sha
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
        return sha

    def get(self, sha256: str) -> bytes:
        """The stored bytes, checked against their name.

        Raises
        ------
        FileNotFoundError
            If the file is missing.
        ValueError
            If its content no longer matches its checksum.
        """
        data = self.path_for(sha256).read_bytes()
        if sha256_hex(data) != sha256:
            raise ValueError(f"{self.path_for(sha256)} is damaged (checksum mismatch)")
        return data

    def check(self, sha256: str, size: Optional[int] = None) -> str:
        """``"ok"``, ``"missing"`` or ``"damaged"`` (content or size differs)."""
        path = self.path_for(sha256)
        h = hashlib.sha256()
        n = 0
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(_CHUNK):
                    h.update(chunk)
                    n += len(chunk)
        except FileNotFoundError:
            return "missing"
        if h.hexdigest() != sha256 or (size is not None and n != size):
            return "damaged"
        return "ok"
