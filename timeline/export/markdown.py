"""The chronology as a Markdown report: a heading, a summary line, a table and the sources.

The table has one row per event (when, what, who, which articles); the sources list names
each article with its publication date and where that date came from. Article text is made
inert for Markdown renderers: `&`, `<` and `>` become entities (no raw HTML reaches a page)
and Markdown punctuation that could start a link, emphasis, code or a table cell (`\\ ` * _ [
] | ~ #`) is backslash-escaped; line breaks inside a cell become spaces.
"""

from __future__ import annotations

import html

from timeline.model import Chronology
from timeline.render.labels import describe, summary

_SPECIALS = "\\`*_[]|~#"


def escape_cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    flat = " ".join(html.escape(text, quote=False).split())
    return "".join("\\" + ch if ch in _SPECIALS else ch for ch in flat)


def to_markdown(chronology: Chronology, *, title: str | None = None) -> str:
    """Markdown text: `# title`, a summary, the events table and the sources list."""
    lines = [f"# {escape_cell(title or 'Timeline')}", "", escape_cell(summary(chronology)), ""]
    lines.append("| When | Event | Actors | Sources |")
    lines.append("|---|---|---|---|")
    for event in chronology.events:
        when = describe(event.when)
        if event.when.value != when:
            when = f"{when} ({event.when.value})"
        cells = (when, event.title, ", ".join(event.actors), ", ".join(event.sources))
        lines.append("| " + " | ".join(escape_cell(c) for c in cells) + " |")
    if chronology.articles:
        lines += ["", "## Sources", ""]
        for article in chronology.articles:
            published = article.published.isoformat() if article.published else "undated"
            name = f"{article.id}: {article.title}" if article.title else article.id
            lines.append(f"- {escape_cell(name)} ({published}, {article.published_source})")
    return "\n".join(lines) + "\n"
