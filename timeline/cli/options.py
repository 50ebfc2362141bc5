"""Option parsing shared by the commands: dates, worker counts, the cache location."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from timeline.errors import UsageError


def parse_day(value: str | None, option: str) -> date | None:
    """`YYYY-MM-DD` → date; anything else is a UsageError naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option} expects a date as YYYY-MM-DD, got {value!r}") from None


def parse_date_options(values: Sequence[str]) -> dict[str, date]:
    """Repeated `--date STEM=YYYY-MM-DD` → {stem: date}."""
    from timeline.ingest import parse_date_option

    return dict(parse_date_option(v) for v in values)


def worker_count(value: int | None) -> int:
    """`--workers`: default all cores; must be at least 1."""
    if value is None:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
            os.cpu_count() or 1)
    if value < 1:
        raise UsageError(f"--workers must be at least 1, got {value}")
    return value


def cache_path(value: str | None) -> str | None:
    """`--cache PATH`, or the user's cache directory; None when that cannot be made."""
    if value is not None:
        return value
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "timeline"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(base / "results.sqlite")
