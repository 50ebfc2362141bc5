"""`timeline tag`: print every temporal expression of one text, resolved against an anchor."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from timeline.cli.app import app
from timeline.cli.options import parse_day
from timeline.errors import ArticleError


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        with open(source, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise ArticleError("no such file", source) from None
    except UnicodeDecodeError:
        raise ArticleError("not UTF-8 text", source) from None
    except OSError as exc:
        raise ArticleError(f"cannot read ({exc.strerror})", source) from None


@app.command("tag")
def tag_command(
    source: Annotated[str, typer.Argument(help="Text file, or - for stdin.")] = "-",
    anchor: Annotated[str | None, typer.Option("--anchor", help="Reference date YYYY-MM-DD.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl | table")] = "jsonl",
) -> None:
    """Print every temporal expression: one JSON object per line (or a table)."""
    from timeline.model import Article
    from timeline.pipeline import tag_article
    from timeline.refevents import load_reference_events

    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter("must be jsonl or table", param_hint="--format")
    text = _read(source)
    day = parse_day(anchor, "--anchor")
    article = Article(id="tag", text=text, published=day)
    timexes = tag_article(article, load_reference_events())
    if fmt == "jsonl":
        for timex in timexes:
            typer.echo(json.dumps(timex.to_dict(), ensure_ascii=False))
        return
    for timex in timexes:
        value = timex.value.value if timex.value else "-"
        typer.echo(f"{timex.start:>6} {timex.end:>6}  {timex.type:<8} {value:<16} {timex.text}")
