"""Find records by their original's SHA-256 or their uid.

The catalogue has no public lookup for these yet, so this reads its
``files`` and ``records`` tables (read-only) through ``Catalogue.conn``.
"""
from __future__ import annotations

from typing import Optional

__all__ = ["record_with_original", "record_with_uid"]


def record_with_original(cat, sha256: str) -> Optional[int]:
    """The id of a record whose original file has this SHA-256, or None."""
    row = cat.conn.execute("SELECT record_id FROM files WHERE role = 'original' AND sha256 = ? "
                           "ORDER BY record_id LIMIT 1", (sha256,)).fetchone()
    return row[0] if row else None


def record_with_uid(cat, uid: str) -> Optional[int]:
    """The id of the record with this uid, or None."""
    row = cat.conn.execute("SELECT id FROM records WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None
