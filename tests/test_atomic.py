"""Atomic writes: complete file or the old one untouched, and clear errors."""

from __future__ import annotations

import pytest

from timeline.atomic import write_text
from timeline.errors import OutputError


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "out.json"
    write_text(target, "one")
    write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError) as info:
        write_text(tmp_path / "nope" / "out.html", "x")
    assert "output directory does not exist" in str(info.value)
    assert str(tmp_path / "nope" / "out.html") in str(info.value)


def test_failure_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.html"
    target.write_text("old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("timeline.atomic.os.replace", broken_replace)
    with pytest.raises(OutputError):
        write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]
