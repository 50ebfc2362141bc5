"""Reading the formats besides plain text: HTML pages and JSON / JSON Lines exports.

Each reader turns a decoded file into `Record`s, the raw material of an Article: raw text plus
what the format's metadata says (title, publication date, URL, id). HTML text comes from
trafilatura and the date from htmldate, both working offline on the string and imported only
when an HTML file is read (they are slow to import). JSON is an object or a list of objects;
JSON Lines one object per line. Should trafilatura or htmldate fail to import (they depend on
optional lxml parts), a plain standard-library reader keeps HTML working: paragraph-like
elements outside navigation, the `<title>`, and the usual publication-date meta tags.
JSON fields: `text` (or `body`, `content`, `articleBody`), `title`
(or `headline`), `date` (or `published`, `published_at`, `datePublished`; a date string or Unix
seconds), `url` (or `link`), `id`. Problems are returned as messages, never raised, so that one
bad record does not lose the others.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from typing import Any

from timeline.ingest.headers import MAX_YEAR, MIN_YEAR, parse_date_text

TEXT_FIELDS = ("text", "body", "content", "articleBody")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "datePublished")
URL_FIELDS = ("url", "link")


@dataclass(frozen=True)
class Record:
    """One article's raw material as a file format gives it."""

    text: str
    id: str
    index: int = 0
    title: str | None = None
    published: date | None = None
    url: str | None = None


def read_html(html: str, stem: str) -> tuple[list[Record], list[str]]:
    """The main text, title, URL and publication date of a saved web page."""
    try:
        import htmldate
        import trafilatura
        from trafilatura.metadata import extract_metadata
    except ImportError:
        return _read_html_plainly(html, stem)
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        return [], ["no article text found in the HTML"]
    # trafilatura puts one paragraph per line; a blank line between paragraphs is how plain
    # text articles separate them, and what the header and title detection expect.
    text = "\n\n".join(line for line in text.splitlines() if line.strip())
    meta = extract_metadata(html, extensive=False)
    title = (meta.title or "").strip() or None if meta is not None else None
    url = (meta.url or None) if meta is not None else None
    problems: list[str] = []
    published = None
    found = htmldate.find_date(
        html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
    )
    if found:
        published, problem = _field_date(found, "HTML metadata date")
        if problem:
            problems.append(problem)
    return [Record(text, stem, 0, title, published, url)], problems


def read_json(text: str, stem: str) -> tuple[list[Record], list[str]]:
    """A JSON object, or a list of objects, each an article."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]
    if isinstance(data, dict):
        record, problems = _record(data, stem, 0, "")
        return ([record] if record else []), problems
    if not isinstance(data, list):
        return [], ["expected a JSON object or a list of objects"]
    records: list[Record] = []
    problems = []
    for n, item in enumerate(data, start=1):
        record, item_problems = _record(item, f"{stem}-{n}", n, f"item {n}: ")
        problems.extend(item_problems)
        if record:
            records.append(record)
    return records, problems


def read_jsonl(text: str, stem: str) -> tuple[list[Record], list[str]]:
    """JSON Lines: one object per line; blank lines are allowed, a bad line is skipped."""
    records: list[Record] = []
    problems: list[str] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: invalid JSON ({exc.msg}, column {exc.colno}); skipped")
            continue
        record, item_problems = _record(item, f"{stem}-{n}", n, f"line {n}: ")
        problems.extend(item_problems)
        if record:
            records.append(record)
    return records, problems


def _first(item: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = item.get(name)
        if value not in (None, ""):
            return value
    return None


def _record(item: Any, default_id: str, index: int, where: str) -> tuple[Record | None, list[str]]:
    if not isinstance(item, dict):
        return None, [f"{where}expected an object, found {type(item).__name__}; skipped"]
    text = _first(item, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return None, [f"{where}no text (a non-empty 'text', 'body' or 'content' field); skipped"]
    problems: list[str] = []
    published = None
    raw_date = _first(item, DATE_FIELDS)
    if raw_date is not None:
        published, problem = _field_date(raw_date, f"{where}date")
        if problem:
            problems.append(problem)
    raw_id = item.get("id")
    record_id = str(raw_id).strip() if isinstance(raw_id, str | int) else ""
    title = _first(item, TITLE_FIELDS)
    url = _first(item, URL_FIELDS)
    return Record(
        text=text,
        id=record_id or default_id,
        index=index,
        title=title.strip() if isinstance(title, str) else None,
        published=published,
        url=url if isinstance(url, str) else None,
    ), problems


def _field_date(value: Any, what: str) -> tuple[date | None, str | None]:
    """A metadata date: a date string in any form the header grammar knows, or Unix seconds."""
    if isinstance(value, bool):
        return None, f"{what} {value!r} is not a date; ignored"
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            day = datetime.fromtimestamp(seconds, UTC).date()
        except (OverflowError, OSError, ValueError):
            return None, f"absurd {what} {value!r} ignored"
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            return None, f"absurd {what} {value!r} ignored"
        return day, None
    if not isinstance(value, str):
        return None, f"{what} {value!r} is not a date; ignored"
    found = parse_date_text(value)
    if found is None:
        return None, f"unreadable {what} {value!r} ignored"
    if found.problem:
        return None, f"{what}: {found.problem}"
    return found.date, None


_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre".split())
_SKIPPED = frozenset("script style noscript nav header footer aside form template svg".split())
_DATE_META = frozenset(
    "article:published_time og:published_time datepublished date pubdate dc.date "
    "dcterms.created publish-date publication_date sailthru.date".split()
)
_TITLE_META = frozenset(("og:title", "twitter:title"))


class _PlainHTML(HTMLParser):
    """Paragraph texts, title, canonical URL and publication date of a page, without lxml."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self.meta_title = ""
        self.dates: list[str] = []
        self.url: str | None = None
        self._skip = 0
        self._block: list[str] | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            name = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            if name.lower() in _DATE_META and values.get("content"):
                self.dates.append(values["content"])
            elif name.lower() in _TITLE_META and values.get("content"):
                self.meta_title = self.meta_title or values["content"]
        elif tag == "time" and values.get("datetime"):
            self.dates.append(values["datetime"])
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.url = values.get("href") or None
        elif tag in _BLOCKS and not self._skip:
            self._flush()
            self._block = []
        elif tag == "br" and self._block is not None:
            self._block.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._block is not None and not self._skip:
            self._block.append(data)

    def _flush(self) -> None:
        if self._block is not None:
            text = " ".join("".join(self._block).split())
            if text:
                self.paragraphs.append(text)
        self._block = None

    def close(self) -> None:
        super().close()
        self._flush()


def _read_html_plainly(html: str, stem: str) -> tuple[list[Record], list[str]]:
    parser = _PlainHTML()
    parser.feed(html)
    parser.close()
    if not parser.paragraphs:
        return [], ["no article text found in the HTML"]
    title = " ".join((parser.meta_title or parser.title).split()) or None
    problems: list[str] = []
    published = None
    for raw in parser.dates:
        published, problem = _field_date(raw.strip(), "HTML metadata date")
        if published is not None or problem is None:
            break
        problems.append(problem)
    record = Record("\n\n".join(parser.paragraphs), stem, 0, title, published, parser.url)
    return [record], problems
