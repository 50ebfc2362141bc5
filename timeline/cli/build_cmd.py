"""`timeline build`: articles in, timeline.html + timeline.json (and other exports) out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from timeline.cli.app import app
from timeline.cli.options import parse_date_options, parse_day

Opt = typer.Option


@app.command("build")
def build_command(
    inputs: Annotated[list[str], typer.Argument(help="Article files or directories; - for stdin.")],
    output: Annotated[str, Opt("-o", "--output", help="HTML timeline to write.")] = "timeline.html",
    json_path: Annotated[str, Opt("--json", help="timeline.json to write.")] = "timeline.json",
    date: Annotated[list[str], Opt("--date", help="STEM=YYYY-MM-DD publication date.")] = [],
    events: Annotated[list[str], Opt("--events", help="Extra reference-events file.")] = [],
    actors_file: Annotated[str | None, Opt("--actors", help="Actors file instead of the built-in one.")] = None,
    overrides: Annotated[str | None, Opt("--overrides", help="Curation overrides file (TOML).")] = None,
    actor: Annotated[list[str], Opt("--actor", help="Keep events with this actor.")] = [],
    since: Annotated[str | None, Opt("--since", help="Keep events from this date.")] = None,
    until: Annotated[str | None, Opt("--until", help="Keep events up to this date.")] = None,
    min_sources: Annotated[int, Opt("--min-sources", help="Keep events told by N articles.")] = 1,
    lanes: Annotated[str, Opt("--lanes", help="actor | article | none")] = "actor",
    plotlyjs: Annotated[str, Opt("--plotlyjs", help="inline | cdn | directory")] = "inline",
    fragment: Annotated[bool, Opt("--fragment", help="Write an embeddable <div>.")] = False,
    png: Annotated[str | None, Opt("--png", help="Also write a PNG image.")] = None,
    svg: Annotated[str | None, Opt("--svg", help="Also write an SVG image.")] = None,
    pdf: Annotated[str | None, Opt("--pdf", help="Also write a PDF image.")] = None,
    csv: Annotated[str | None, Opt("--csv", help="Also write a CSV table.")] = None,
    markdown: Annotated[str | None, Opt("--markdown", help="Also write a Markdown table.")] = None,
    timelinejs: Annotated[str | None, Opt("--timelinejs", help="Also write TimelineJS3 JSON.")] = None,
    workers: Annotated[int | None, Opt("--workers", "-j", help="Processes (default: all cores).")] = None,
    cache: Annotated[str | None, Opt("--cache", help="Per-article result cache (SQLite).")] = None,
    no_cache: Annotated[bool, Opt("--no-cache", help="Do not read or write the cache.")] = False,
    strict: Annotated[bool, Opt("--strict", help="Treat input warnings as errors.")] = False,
    quiet: Annotated[bool, Opt("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Build one chronology from news articles and write it as HTML and JSON."""
    from timeline.cli.options import cache_path, worker_count
    from timeline.cli.report import Reporter
    from timeline.outputs import write_outputs
    from timeline.pipeline import build

    if lanes not in ("actor", "article", "none"):
        raise typer.BadParameter("must be actor, article or none", param_hint="--lanes")
    if plotlyjs not in ("inline", "cdn", "directory"):
        raise typer.BadParameter("must be inline, cdn or directory", param_hint="--plotlyjs")
    reporter = Reporter(quiet=quiet)
    with reporter.progress("Analysing articles") as advance:
        chronology = build(
            inputs,
            parse_date_options(date),
            events_files=events,
            actors_file=actors_file,
            overrides=overrides,
            actors=actor,
            since=parse_day(since, "--since"),
            until=parse_day(until, "--until"),
            min_sources=min_sources,
            strict=strict,
            workers=worker_count(workers),
            cache=None if no_cache else cache_path(cache),
            progress=advance,
        )
    reporter.warnings(chronology.warnings)
    written = write_outputs(
        chronology,
        html=output,
        json=json_path,
        fragment=fragment,
        plotlyjs=plotlyjs,
        lanes=lanes,
        png=png,
        svg=svg,
        pdf=pdf,
        csv=csv,
        markdown=markdown,
        timelinejs=timelinejs,
    )
    reporter.summary(chronology, [str(Path(p)) for p in written])
