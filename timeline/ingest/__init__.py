"""Ingest: reading whatever users saved into `Article`s.

`read_inputs` takes files, directories (recursive) and `-` (stdin) holding `.txt` articles,
saved web pages (`.html`, `.htm`), and JSON / JSON Lines exports, in any common encoding, and
returns the articles with a publication date from, in order: the user (`--date STEM=DATE`), a
date header line at the top of the text, the file's metadata; else unknown. `Article.text` is
the body with header lines, the title line and page furniture removed: every offset later
stages report is into that text (see `timeline.ingest.article`). Problems with single files
are warnings (errors with `strict`); see `timeline.ingest.reader` for which problems stop the
run.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.errors import UsageError
from timeline.ingest.article import make_article
from timeline.ingest.headers import MAX_YEAR, MIN_YEAR
from timeline.ingest.reader import FORMATS, MAX_FILE_BYTES, Ingested, read_inputs
from timeline.model import Article

__all__ = [
    "MAX_FILE_BYTES",
    "Ingested",
    "parse_article",
    "parse_date_option",
    "read_inputs",
]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date_option(option: str) -> tuple[str, date]:
    """`STEM=YYYY-MM-DD` (a `--date` value) → (stem, date); anything else is a UsageError.

    A file name is accepted for the stem (`a.txt=2025-10-25` means stem `a`).
    """
    stem, sep, value = option.rpartition("=")
    stem = stem.strip()
    suffix = stem[stem.rfind("."):].lower() if "." in stem else ""
    if suffix in FORMATS:
        stem = stem[: -len(suffix)]
    if not sep or not stem:
        raise UsageError(f"--date expects STEM=YYYY-MM-DD, got {option!r}")
    value = value.strip()
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"--date {stem}: {value!r} is not a date as YYYY-MM-DD"
        ) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise UsageError(f"--date {stem}: year {day.year} is out of range "
                         f"({MIN_YEAR}–{MAX_YEAR})")
    return stem, day


def parse_article(
    raw_text: str, *, id: str, path: str | None, date_override: date | None = None
) -> Article:
    """The Article of one plain-text document (header dates, furniture and title handled).

    Header lines with absurd dates are dropped and their date ignored silently here;
    `read_inputs` reports them as warnings.
    """
    article, _ = make_article(raw_text, id=id, path=path, user_date=date_override)
    return article
