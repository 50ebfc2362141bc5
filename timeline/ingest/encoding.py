"""Turning the bytes of an input file into text without mojibake.

Most inputs are UTF-8, so that is tried first, strictly. A byte-order mark settles UTF-8-BOM,
UTF-16 and UTF-32. Otherwise the file is a legacy single-byte text (cp1252 and Latin-1 for
Western news, cp1251 and others elsewhere): charset-normalizer proposes encodings, but on short
texts its first guess is often wrong (a cp1252 apostrophe read as Mac Icelandic, a Latin-1 "ã"
read as Big5), so every proposal, plus cp1252 and Latin-1, is scored here for how much the
decoded text looks like mojibake (scripts mixed inside a word, runs of accented letters,
control characters) and the cleanest wins, cp1252 on ties. NUL bytes outside UTF-16/32 and
texts that only decode into control characters are reported as binary.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from itertools import islice

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Single-byte encodings always tried besides charset-normalizer's proposals; Western first,
#: because the order breaks ties.
_ALWAYS_TRIED = ("cp1252", "latin-1", "cp1251", "koi8-r")

#: Control characters other than the ones ordinary text contains (tab, newlines, form feed).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

#: Only words with a non-ASCII character tell encodings apart; this many of them are scored.
_NON_ASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")
_SCORED_WORDS = 4000

#: Share of control characters above which a decoding is taken for binary data.
_MAX_CONTROL_SHARE = 0.01


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can recognise (the message says why)."""


def decode_bytes(data: bytes) -> str:
    """Decode an input file's bytes; raise UndecodableError for binary or unreadable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _strip_bom(data.decode(encoding))
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise UndecodableError("binary file (contains NUL bytes)")
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _best_legacy_decoding(data)
    if text is None or _control_share(text) > _MAX_CONTROL_SHARE:
        raise UndecodableError("binary file (not text in any known encoding)")
    return _strip_bom(text)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.6 * half and odd_nuls < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _control_share(text) > _MAX_CONTROL_SHARE else _strip_bom(text)


def _best_legacy_decoding(data: bytes) -> str | None:
    candidates: list[str] = list(_ALWAYS_TRIED)
    from charset_normalizer import from_bytes

    for match in from_bytes(data):
        if match.encoding not in candidates:
            candidates.append(match.encoding)
    best: str | None = None
    best_score = float("inf")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        sample = " ".join(islice((m.group(0) for m in _NON_ASCII_WORD.finditer(text)),
                                 _SCORED_WORDS))
        score = mojibake_score(sample)
        if score < best_score:
            best, best_score = text, score
    return best


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROLS.findall(text)) / len(text)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "?"


def mojibake_score(text: str) -> float:
    """How much a decoded text looks like the wrong encoding was used (0 = clean).

    Penalised: control, unassigned and private-use characters; a word whose letters change
    script (Latin "S" followed by a Han character); a capital right after a small letter (KOI8-R
    read as cp1251 swaps the case of every letter); half-width katakana; and runs of three or
    more accented Latin letters, which Western languages do not have but Cyrillic or Greek read
    as cp1252 do.
    """
    score = 0.0
    prev_script = ""
    prev_lower = False
    accented_run = 0
    for ch in text:
        if ch.isupper() and prev_lower:
            score += 0.5
        prev_lower = ch.islower()
        if ch.isascii():
            accented_run = 0
            prev_script = "LATIN" if ch.isalpha() else ""
            continue
        if "\uff61" <= ch <= "\uff9f":
            score += 1
        category = unicodedata.category(ch)
        if category in ("Cc", "Cn", "Co", "Cs"):
            score += 3
        elif category.startswith("S") and category != "Sc":
            score += 0.5
        if not ch.isalpha():
            accented_run = 0
            prev_script = ""
            continue
        script = _script(ch)
        if prev_script and script != prev_script:
            score += 2
        prev_script = script
        if script == "LATIN":
            accented_run += 1
            if accented_run >= 3:
                score += 1
        else:
            accented_run = 0
    return score
