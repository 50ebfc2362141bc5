"""From the raw text of one document to an Article: body text, title and publication date.

`Article.text` is the body only: date header lines, page furniture and a detected title line are
removed, line ends are `\\n`, trailing spaces are dropped, runs of blank lines left by removals
become one blank line, and the text is NFC-normalised. Every character offset later stages
report (timexes, mentions) is an offset into this `Article.text`, not into the file.

Only the first few non-blank lines are read as headers (the "date … 16 px" line, a byline with
or without a date, a title); furniture is removed wherever it stands. The publication date is
the first of: the user's date (`--date`), a header line, the file's metadata (HTML, JSON);
else unknown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from timeline.ingest.headers import is_byline, parse_header_line
from timeline.ingest.junk import is_junk, strip_fragments
from timeline.model import Article

#: How many non-blank lines at the top of a text may be headers or the title.
HEADER_LINES = 6

#: A title is a short line: at most this many characters and words.
MAX_TITLE_LENGTH = 150
MAX_TITLE_WORDS = 20

_BLANK_RUNS = re.compile(r"\n{3,}")
_TITLE_END = re.compile(r"[\w)\]\"'”’»]$")
_TITLE_BAD_END = re.compile(r"[.,;:!?…]\W*$")


@dataclass(frozen=True)
class Cleaned:
    """A document's body text and what its first lines said about it."""

    text: str
    header_date: date | None
    title: str | None
    #: Problems with header lines ("line 1: absurd date … ignored").
    problems: tuple[str, ...]


def clean_text(raw: str, *, known_title: str | None = None) -> Cleaned:
    """Separate the body of a document from its header lines, title and furniture.

    `known_title` (from HTML or JSON metadata) is dropped when the text repeats it as its first
    line; without it, a first line that looks like a headline (short, no final punctuation,
    followed by a blank line or a header, with body text after it) is taken as the title.
    """
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    raw = raw.lstrip("\ufeff")
    lines = [line.rstrip() for line in raw.split("\n")]
    keep = [True] * len(lines)
    header_date: date | None = None
    problems: list[str] = []
    headers: set[int] = set()
    first_content: int | None = None
    seen = 0
    scanned = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        scanned = i + 1
        if is_junk(line) or is_byline(line):
            keep[i] = False
            continue
        found = parse_header_line(strip_fragments(line))
        if found is None:
            if first_content is None:
                first_content = i
            continue
        keep[i] = False
        headers.add(i)
        if found.problem is not None:
            problems.append(f"line {i + 1}: {found.problem}")
        elif header_date is None:
            header_date = found.date
    for i in range(scanned, len(lines)):
        if is_junk(lines[i]):
            keep[i] = False
    title = None
    if first_content is not None:
        title = _title_at(lines, keep, headers, first_content, known_title)
        if title is not None:
            keep[first_content] = False
    if known_title:
        title = known_title.strip() or title
    text = "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)
    if "\n\n\n" in text:  # the substring test is much faster than the pattern's search
        text = _BLANK_RUNS.sub("\n\n", text)
    text = text.strip("\n")
    return Cleaned(text, header_date, title, tuple(problems))


def _title_at(
    lines: list[str], keep: list[bool], headers: set[int], index: int, known: str | None
) -> str | None:
    line = lines[index].strip()
    if known and line.casefold() == known.strip().casefold():
        return line
    if known or not looks_like_title(line):
        return None
    after = index + 1
    if after < len(lines) and lines[after].strip() and after not in headers:
        return None
    has_body = any(keep[j] and lines[j].strip() for j in range(after, len(lines)))
    return line if has_body else None


def looks_like_title(line: str) -> bool:
    """Short, starts with a capital or digit, no sentence-final punctuation."""
    words = line.split()
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and len(line) <= MAX_TITLE_LENGTH
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
        and _TITLE_END.search(line) is not None
        and _TITLE_BAD_END.search(line) is None
    )


def make_article(
    raw: str,
    *,
    id: str,
    path: str | None,
    user_date: date | None = None,
    meta_date: date | None = None,
    meta_title: str | None = None,
    url: str | None = None,
) -> tuple[Article, tuple[str, ...]]:
    """The Article of one document and the problems its header lines had."""
    cleaned = clean_text(raw, known_title=meta_title)
    if user_date is not None:
        published, source = user_date, "user"
    elif cleaned.header_date is not None:
        published, source = cleaned.header_date, "header"
    elif meta_date is not None:
        published, source = meta_date, "metadata"
    else:
        published, source = None, "unknown"
    article = Article(
        id=id,
        text=cleaned.text,
        published=published,
        published_source=source,
        title=cleaned.title,
        path=path,
        url=url,
        confidence=1.0 if published is not None else None,
    )
    return article, cleaned.problems
