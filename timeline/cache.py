"""A SQLite cache of per-article results, so rebuilding a corpus reprocesses only what changed.

The key of an entry is a hash of the article (id, text, publication date and its source),
the tool's version and the knowledge in force (actors and reference events): change any of
them and the entry no longer matches. Values are pickled: what the per-article stage found
(`timeline.pipeline._findings`), and the merged events of a whole corpus. The cache is the
user's own file, written and read only by this tool. Writes are batched in one transaction
per build, so an interrupted build leaves the cache as it was.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from timeline.errors import OutputError

_SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)"


def fingerprint(*parts: Any) -> str:
    """A stable hash of picklable, deterministic parts (strings, dates, tuples …)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


class ResultCache:
    """Get and put per-article results by key; a context manager that commits on success."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path)
            self._db.execute(_SCHEMA)
        except sqlite3.Error as exc:
            raise OutputError(f"cannot use as cache ({exc})", self.path) from None
        self._pending: list[tuple[str, bytes]] = []

    def get_many(self, keys: Sequence[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, value FROM results WHERE key IN ({marks})", chunk)
            for key, value in rows:
                try:
                    found[key] = pickle.loads(value)
                except Exception:  # noqa: BLE001 — a stale or damaged entry is a miss
                    continue
        return found

    def put_many(self, items: Iterable[tuple[str, Any]]) -> None:
        self._pending.extend(
            (key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) for key, value in items)

    def put_pickled(self, items: Iterable[tuple[str, bytes]]) -> None:
        """`put_many` for values pickled already (`pickle.loads` gives them back)."""
        self._pending.extend(items)

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None and self._pending:
                with self._db:
                    self._db.executemany(
                        "INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                        self._pending)
        except sqlite3.Error as error:
            raise OutputError(f"cannot write cache ({error})", self.path) from None
        finally:
            self._db.close()
