"""Collecting the inputs: files, directories, stdin → Articles with unique ids, and warnings.

Inputs are read in a deterministic order (directories walked with sorted names; hidden files and
folders skipped) and the articles returned sorted by path. A problem with one file (empty,
binary, unreadable, too large, malformed JSON, absurd header date) is a one-line warning
"path: problem" and the file or record is skipped; `strict` turns each into an error. A path
that does not exist, a directory with no article files in it, and inputs that yield no
article at all are errors. Ids are file stems (JSON ids, or stem-N, for JSON records); when two
inputs share an id, each of them is renamed `parentdir__stem` (more parent folders, then a
counter, until unique) and a warning says so.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from timeline.errors import ArticleError, DateError, TimelineError, UsageError
from timeline.ingest.article import make_article
from timeline.ingest.encoding import UndecodableError, decode_bytes
from timeline.ingest.formats import Record, read_html, read_json, read_jsonl
from timeline.model import Article

#: Files larger than this are skipped: no news article is 20 MB of text.
MAX_FILE_BYTES = 20 * 1024 * 1024

#: File types read from directories (an explicitly named file of another type is read as text).
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}

STDIN_NAME = "<stdin>"
STDIN_ID = "stdin"

#: How many skipped files of other types a directory lists one by one before summing up.
_MAX_SKIP_NOTES = 5


@dataclass(frozen=True)
class Ingested:
    """What reading the inputs gave: articles sorted by path, and one warning line per problem."""

    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Source:
    path: Path | None
    kind: str


@dataclass(frozen=True)
class _Draft:
    record: Record
    path: Path | None
    #: Where the article came from, for sorting and messages.
    name: str


class _Log:
    """Warnings, or errors when strict."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.lines: list[str] = []

    def warn(self, where: str, problem: str, error: type[TimelineError] = ArticleError) -> None:
        if self.strict:
            raise error(problem, where)
        self.lines.append(f"{where}: {problem}")


def read_inputs(
    inputs: Sequence[str],
    dates: Mapping[str, date] | None = None,
    *,
    strict: bool = False,
    stdin: TextIO | None = None,
) -> Ingested:
    """Read articles from files, directories and `-` (stdin). See the module docstring."""
    if not inputs:
        raise UsageError("no input given: name article files, directories or - for stdin")
    log = _Log(strict)
    drafts: list[_Draft] = []
    for source in _sources(inputs, log):
        drafts.extend(_read_source(source, log, stdin))
    drafts.sort(key=lambda d: (d.name, d.record.index))
    articles = _build(_unique_ids(drafts, log), dict(dates or {}), log)
    if not articles:
        detail = (f" ({log.lines[0]})" if len(log.lines) == 1 else
                  f" ({len(log.lines)} warnings; first: {log.lines[0]})" if log.lines else "")
        raise ArticleError(f"no article could be read from the inputs{detail}")
    return Ingested(tuple(articles), tuple(log.lines))


def _sources(inputs: Sequence[str], log: _Log) -> list[_Source]:
    sources: list[_Source] = []
    seen: set[str] = set()
    for given in inputs:
        if given == "-":
            if STDIN_NAME not in seen:
                seen.add(STDIN_NAME)
                sources.append(_Source(None, "text"))
            continue
        path = Path(given)
        if not path.exists():
            raise ArticleError("no such file or directory", given)
        found = _walk(path, log) if path.is_dir() else [_Source(path, _kind(path))]
        for source in found:
            key = os.path.abspath(source.path) if source.path else STDIN_NAME
            if key in seen:
                log.warn(str(source.path), "given more than once; read once")
                continue
            seen.add(key)
            sources.append(source)
    return sources


def _kind(path: Path) -> str:
    return FORMATS.get(path.suffix.lower(), "text")


def _walk(directory: Path, log: _Log) -> list[_Source]:
    found: list[_Source] = []
    skipped: list[Path] = []
    def unreadable(exc: OSError) -> None:
        log.warn(str(exc.filename), f"cannot read directory ({exc.strerror or exc}); skipped")

    for root, dirs, files in os.walk(directory, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            kind = FORMATS.get(path.suffix.lower())
            if kind is None:
                skipped.append(path)
            else:
                found.append(_Source(path, kind))
    if not found:
        raise ArticleError(
            "no articles found (no .txt, .html, .htm, .json or .jsonl files)", str(directory)
        )
    for path in skipped[:_MAX_SKIP_NOTES]:
        log.warn(str(path), f"skipped: not an article file type ({path.suffix or 'no extension'})")
    if len(skipped) > _MAX_SKIP_NOTES:
        log.warn(
            str(directory), f"skipped {len(skipped) - _MAX_SKIP_NOTES} more files of other types"
        )
    return found


def _read_source(source: _Source, log: _Log, stdin: TextIO | None) -> list[_Draft]:
    name = str(source.path) if source.path else STDIN_NAME
    text = _read_text(source.path, stdin, name, log)
    if text is None:
        return []
    if source.path is None:
        return [_Draft(Record(text, STDIN_ID), None, name)]
    stem = source.path.stem
    if source.kind == "html":
        records, problems = read_html(text, stem)
    elif source.kind == "json":
        records, problems = read_json(text, stem)
    elif source.kind == "jsonl":
        records, problems = read_jsonl(text, stem)
    else:
        records, problems = [Record(text, stem)], []
    for problem in problems:
        log.warn(name, problem)
    if not records and not problems:
        log.warn(name, "no articles in the file")
    return [_Draft(record, source.path, name) for record in records]


def _read_text(path: Path | None, stdin: TextIO | None, name: str, log: _Log) -> str | None:
    if path is None:
        data = _read_stdin(stdin)
    else:
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                log.warn(name, f"too large ({size / 2**20:.1f} MB; the limit is "
                         f"{MAX_FILE_BYTES // 2**20} MB); skipped")
                return None
            data = path.read_bytes()
        except PermissionError:
            log.warn(name, "permission denied; skipped")
            return None
        except OSError as exc:
            log.warn(name, f"cannot read ({exc.strerror or exc}); skipped")
            return None
    if isinstance(data, str):
        text = data
    else:
        if len(data) > MAX_FILE_BYTES:
            log.warn(name, f"too large (over {MAX_FILE_BYTES // 2**20} MB); skipped")
            return None
        try:
            text = decode_bytes(data)
        except UndecodableError as exc:
            log.warn(name, f"{exc}; skipped")
            return None
    if not text.strip():
        log.warn(name, "empty file; skipped" if path else "empty input; skipped")
        return None
    return text


def _read_stdin(stdin: TextIO | None) -> bytes | str:
    stream = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer.read(MAX_FILE_BYTES + 1)
    return stream.read(MAX_FILE_BYTES + 1)


def _unique_ids(drafts: list[_Draft], log: _Log) -> list[tuple[_Draft, str]]:
    """Give every draft a unique id; drafts whose id is shared get parent folder names."""
    by_id: dict[str, list[int]] = defaultdict(list)
    for n, draft in enumerate(drafts):
        by_id[draft.record.id].append(n)
    ids = [d.record.id for d in drafts]
    for base, members in by_id.items():
        if len(members) < 2:
            continue
        for n in members:
            ids[n] = _qualified(drafts[n], base, members, drafts)
    taken: dict[str, int] = defaultdict(int)
    for n, new in enumerate(ids):
        taken[new] += 1
        if taken[new] > 1:
            ids[n] = f"{new}-{taken[new]}"
        if ids[n] != drafts[n].record.id:
            log.warn(drafts[n].name, f"id '{drafts[n].record.id}' is shared by several inputs; "
                     f"this article's id is '{ids[n]}'")
    return list(zip(drafts, ids, strict=True))


def _qualified(draft: _Draft, base: str, members: list[int], drafts: list[_Draft]) -> str:
    """`parent__base`, with as many parent folders as it takes to tell the members apart."""
    if draft.path is None or all(drafts[m].path == draft.path for m in members):
        return base
    depth_limit = max(len(drafts[m].path.parts) if drafts[m].path else 0 for m in members)
    for depth in range(1, depth_limit):
        def label(d: _Draft, depth: int = depth) -> str:
            parents = Path(os.path.abspath(d.path)).parent.parts[-depth:] if d.path else ()
            return "__".join([*parents, base])

        mine = label(draft)
        if sum(1 for m in members if label(drafts[m]) == mine) == 1:
            return mine
    return base


def _build(
    drafts: list[tuple[_Draft, str]], dates: dict[str, date], log: _Log
) -> list[Article]:
    used: set[str] = set()
    articles: list[Article] = []
    for draft, article_id in drafts:
        record = draft.record
        key = article_id if article_id in dates else record.id
        user_date = dates.get(key)
        if user_date is not None:
            used.add(key)
        article, problems = make_article(
            record.text,
            id=article_id,
            path=str(draft.path) if draft.path else None,
            user_date=user_date,
            meta_date=record.published,
            meta_title=record.title,
            url=record.url,
        )
        for problem in problems:
            log.warn(draft.name, problem, DateError)
        if not article.text.strip():
            log.warn(draft.name, f"no article text in '{article_id}' (only header or page "
                     "furniture lines); skipped")
            continue
        articles.append(article)
    for key in sorted(set(dates) - used):
        log.warn(f"--date {key}", "no input article has this id", UsageError)
    return articles
