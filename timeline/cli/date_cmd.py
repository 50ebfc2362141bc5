"""`timeline date`: say when each article was published, where that came from, and why."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from timeline.cli.app import app

Opt = typer.Option


@app.command("date")
def date_command(
    inputs: Annotated[list[str], typer.Argument(help="Article files or directories; - for stdin.")],
    date: Annotated[list[str], Opt("--date", help="STEM=YYYY-MM-DD publication date.")] = [],
    events: Annotated[list[str], Opt("--events", help="Extra reference-events file.")] = [],
    check: Annotated[bool, Opt("--check", help="Also date dated articles from their text and compare.")] = False,
    fmt: Annotated[str, Opt("--format", help="text | jsonl")] = "text",
    strict: Annotated[bool, Opt("--strict", help="Treat input warnings as errors.")] = False,
) -> None:
    """Print, per article, its publication date, the source, the confidence and the evidence."""
    from timeline.cli.options import parse_date_options
    from timeline.dating import date_articles, infer_date
    from timeline.ingest import read_inputs
    from timeline.refevents import load_reference_events

    if fmt not in ("text", "jsonl"):
        raise typer.BadParameter("must be text or jsonl", param_hint="--format")
    ingested = read_inputs(inputs, parse_date_options(date), strict=strict)
    references = load_reference_events(events)
    articles, warnings = date_articles(ingested.articles, references)
    for article in articles:
        evidence = list(article.evidence)
        if check and article.published_source != "inferred":
            found = infer_date(article.text, references)
            if found.date is None:
                evidence.append("from the text alone: no date")
            else:
                fits = found.low is not None and found.high is not None and (
                    article.published is not None and found.low <= article.published <= found.high)
                verdict = "agrees" if fits else "disagrees"
                evidence.append(f"from the text alone: {found.date} (range {found.low}..{found.high},"
                                f" confidence {found.confidence:.2f}) {verdict}")
        published = article.published.isoformat() if article.published else "unknown"
        confidence = article.confidence if article.published else None
        if fmt == "jsonl":
            typer.echo(json.dumps({"id": article.id, "published": article.published and published,
                                   "source": article.published_source, "confidence": confidence,
                                   "evidence": evidence}, ensure_ascii=False))
            continue
        shown = "-" if confidence is None else f"{confidence:.2f}"
        typer.echo(f"{article.id}\t{published}\t{article.published_source}\t{shown}\t"
                   + "; ".join(evidence))
    for line in (*ingested.warnings, *warnings):
        typer.echo(f"warning: {line}", err=True)
