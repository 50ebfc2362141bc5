"""Fixtures shared by the ingest tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


@pytest.fixture()
def unreadable(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Path]]:
    """Make a file unreadable: mode 0, and, for root (who may read anything), the read
    itself failing as the system fails it for anyone else (EACCES). Modes are restored."""
    locked: list[Path] = []
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self in locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    def make(path: Path) -> Path:
        path.chmod(0)
        locked.append(path)
        if os.geteuid() == 0:
            monkeypatch.setattr(Path, "read_bytes", refuse)
        return path

    yield make
    for path in locked:
        path.chmod(0o644)
