"""Page furniture: lines copied from a news page that are not article text.

Share buttons, "RECOMMENDED VIDEO", "Advertisement", newsletter prompts, font-size widgets
("+ ↺ − 16 px"): the patterns live in timeline/data/page_junk.json so that adding one is a data
change. A line is furniture only when a pattern matches all of it, so a sentence that mentions
an advertisement or says "read more" stays. Only short lines are tested, which keeps reading
large inputs fast and long prose safe.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "page_junk.json"

#: Furniture lines are short; longer lines are never tested.
MAX_JUNK_LENGTH = 140

_SPACES = re.compile(r"\s+")
_LEFTOVER = re.compile(r"[\W_]*")
#: Every widget fragment has one of these; lines without are not searched for fragments.
_FRAGMENT_HINT = re.compile(r"px|size|[+↺↻⟲⟳−]", re.IGNORECASE)
#: The hint's symbols, and the letters that match "s" or "i" when case is ignored but that
#: `str.lower` does not turn into them.
_SYMBOLS_OR_ODD_CASES = re.compile(r"[+↺↻⟲⟳−ſıİ]")


def _has_fragment_hint(line: str) -> bool:
    """`_FRAGMENT_HINT.search(line)`, answered mostly by substring tests, which are many
    times faster on the long lines of prose that make up most of an article."""
    lower = line.lower()
    if "px" in lower or "size" in lower:
        return True
    if _SYMBOLS_OR_ODD_CASES.search(line) is None:
        return False
    return _FRAGMENT_HINT.search(line) is not None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    lines = re.compile("|".join(f"(?:{p})" for p in data["lines"]), re.IGNORECASE)
    fragments = re.compile("|".join(f"(?:{p})" for p in data["fragments"]), re.IGNORECASE)
    return lines, fragments


def strip_fragments(line: str) -> str:
    """The line without widget fragments ("+ ↺ − 16 px"), spaces collapsed."""
    if not _has_fragment_hint(line):
        return line.strip()
    _, fragments = _patterns()
    return _SPACES.sub(" ", fragments.sub(" ", line)).strip()


def is_junk(line: str) -> bool:
    """True when the whole line is page furniture."""
    line = line.strip()
    if not line or len(line) > MAX_JUNK_LENGTH:
        return False
    lines, _ = _patterns()
    collapsed = _SPACES.sub(" ", line)
    if lines.fullmatch(collapsed) or _LEFTOVER.fullmatch(collapsed):
        return True
    return _has_fragment_hint(collapsed) and (
        _LEFTOVER.fullmatch(strip_fragments(collapsed)) is not None
    )
