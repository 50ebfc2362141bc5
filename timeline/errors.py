"""Exceptions for failures the user can cause.

Each is caught once, in the CLI, and printed as one line naming the file and the problem.
`exit_code` is the documented process exit status for that failure.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base class: a problem with the user's input or environment, not a bug."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class UsageError(TimelineError):
    """A bad option value (e.g. `--date` not STEM=YYYY-MM-DD)."""

    exit_code = 2


class ArticleError(TimelineError):
    """An input file that cannot be read as an article."""

    exit_code = 3


class DateError(TimelineError):
    """A date that cannot be parsed or makes no sense (year 9999)."""

    exit_code = 3


class KnowledgeError(TimelineError):
    """A bad data file: actors, reference events, overrides."""

    exit_code = 4


class OutputError(TimelineError):
    """An output that cannot be written (missing directory, no permission, no Chromium)."""

    exit_code = 5
