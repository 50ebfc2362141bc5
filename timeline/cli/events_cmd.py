"""`timeline events`: print the chronology as a table (date, title, actors, sources)."""

from __future__ import annotations

from typing import Annotated

import typer

from timeline.cli.app import app
from timeline.cli.options import parse_date_options, parse_day

Opt = typer.Option


@app.command("events")
def events_command(
    inputs: Annotated[list[str], typer.Argument(help="Article files or directories; - for stdin.")],
    date: Annotated[list[str], Opt("--date", help="STEM=YYYY-MM-DD publication date.")] = [],
    actor: Annotated[list[str], Opt("--actor", help="Keep events with this actor (any alias).")] = [],
    since: Annotated[str | None, Opt("--since", help="Keep events from this date.")] = None,
    until: Annotated[str | None, Opt("--until", help="Keep events up to this date.")] = None,
    min_sources: Annotated[int, Opt("--min-sources", help="Keep events told by N articles.")] = 1,
    overrides: Annotated[str | None, Opt("--overrides", help="Curation overrides file (TOML).")] = None,
    ids: Annotated[bool, Opt("--ids", help="Show event ids (for the overrides file).")] = False,
) -> None:
    """Print the chronology of the articles as a table."""
    from rich.console import Console
    from rich.table import Table

    from timeline.cli.report import Reporter
    from timeline.pipeline import build

    chronology = build(
        inputs,
        parse_date_options(date),
        overrides=overrides,
        actors=actor,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        min_sources=min_sources,
    )
    Reporter().warnings(chronology.warnings)
    table = Table(show_lines=False)
    if ids:
        table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("title")
    table.add_column("actors")
    table.add_column("sources", justify="right")
    for event in chronology.events:
        when = event.when.value + (f" ({event.when.mod.lower()})" if event.when.mod else "")
        row = [when, event.title, ", ".join(event.actors), str(len(event.sources))]
        table.add_row(*([event.id, *row] if ids else row))
    console = Console()
    if not console.is_terminal:
        # Piped output is read by programs and people alike: do not wrap titles at 80.
        console = Console(width=200)
    console.print(table)
