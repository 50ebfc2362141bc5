"""Reading TimeML (`.tml`) files: the gold standard the temporal tagger is measured against.

A TimeML document is XML: a `<DCT>` holding the creation time as a `<TIMEX3 value=...>`, and a
`<TEXT>` element whose running text carries inline annotations (`<TIMEX3>`, `<EVENT>`,
`<SIGNAL>` …). The reader strips every tag from `<TEXT>`, keeps the characters exactly (XML
entities decoded by the parser) and records each TIMEX3 as character offsets into that plain
text, so a tagger run on the plain text can be compared with the gold extents directly.
Non-consuming TIMEX3s (no text) have no extent to match and are left out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.errors import ArticleError, UsageError


@dataclass(frozen=True)
class GoldTimex:
    """One annotated temporal expression; `start`/`end` are offsets into the plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(frozen=True)
class TimeMLDoc:
    """One TimeML document: its id, creation date, plain text and gold TIMEX3s."""

    id: str
    dct: date | None
    text: str
    timexes: tuple[GoldTimex, ...]
    #: The DCT as annotated (may be a date-time such as `1990-08-15T13:37`).
    dct_value: str = ""
    path: str | None = None


def parse_dct(value: str) -> date | None:
    """The calendar day of a TIMEX3 DCT value (`1998-01-08`, `1990-08-15T13:37`, `19980108`)."""
    value = value.strip()
    for candidate in (value[:10], value[:8]):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def _flatten(element: ET.Element, parts: list[str],
             extents: list[tuple[int, int, ET.Element]], offset: int) -> int:
    """Append the plain text of `element` to `parts` and the extent of every TIMEX3 in it to
    `extents`; return the new offset. Recursive, so tags nested inside a TIMEX3 (rare, but
    legal) keep their text."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _flatten(child, parts, extents, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3" and offset > start:
        extents.append((start, offset, element))
    return offset


def parse_timeml(source: str, *, doc_id: str, path: str | None = None) -> TimeMLDoc:
    """Parse the text of one TimeML document; a malformed one raises ArticleError."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise ArticleError(f"not well-formed TimeML ({exc})", path) from None
    body = root.find(".//TEXT")
    if body is None:
        raise ArticleError("TimeML document has no <TEXT> element", path)
    parts: list[str] = []
    extents: list[tuple[int, int, ET.Element]] = []
    _flatten(body, parts, extents, 0)
    text = "".join(parts)
    timexes = tuple(sorted(
        (GoldTimex(start, end, text[start:end], el.get("type", "DATE"),
                   (el.get("value") or "").strip(), el.get("tid", ""))
         for start, end, el in extents),
        key=lambda t: (t.start, t.end)))
    dct_value = ""
    dct_timex = root.find("./DCT/TIMEX3")
    if dct_timex is None:
        dct_timex = root.find(".//TIMEX3[@functionInDocument='CREATION_TIME']")
    if dct_timex is not None:
        dct_value = (dct_timex.get("value") or "").strip()
    docid = root.findtext("DOCID")
    return TimeMLDoc(
        id=(docid or "").strip() or doc_id,
        dct=parse_dct(dct_value) if dct_value else None,
        text=text,
        timexes=timexes,
        dct_value=dct_value,
        path=path,
    )


def read_timeml(path: str | Path) -> TimeMLDoc:
    """Read one `.tml` file."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ArticleError("no such file", str(path)) from None
    except UnicodeDecodeError:
        raise ArticleError("not UTF-8 text", str(path)) from None
    except OSError as exc:
        raise ArticleError(f"cannot read ({exc.strerror})", str(path)) from None
    return parse_timeml(source, doc_id=path.stem, path=str(path))


def timeml_files(directory: str | Path) -> list[Path]:
    """The `.tml` files of a directory (recursively), sorted; UsageError when there are none."""
    folder = Path(directory)
    if not folder.is_dir():
        raise UsageError("not a directory", str(folder))
    files = sorted(p for p in folder.rglob("*.tml") if p.is_file())
    if not files:
        raise UsageError("no .tml files in this directory", str(folder))
    return files


def read_corpus(directory: str | Path) -> Iterator[TimeMLDoc]:
    """Every TimeML document under `directory`, in path order."""
    for path in timeml_files(directory):
        yield read_timeml(path)
