"""What the commands tell the user on stderr: warnings, a progress bar, a closing summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import typer

from timeline.model import Chronology


class Reporter:
    """Progress and summary on stderr; silent with `quiet` (warnings are always shown)."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    @contextmanager
    def progress(self, label: str) -> Iterator[Callable[[int, int], None]]:
        """A progress bar fed by `update(done, total)`, shown on a terminal only."""
        if self.quiet:
            yield lambda done, total: None
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = Console(stderr=True)
        with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), console=console,
                      transient=True, disable=not console.is_terminal) as bar:
            task = bar.add_task(label, total=None)
            yield lambda done, total: bar.update(task, completed=done, total=total)

    def warnings(self, lines: Sequence[str]) -> None:
        for line in lines:
            typer.echo(f"timeline: warning: {line}", err=True)

    def summary(self, chronology: Chronology, written: Sequence[str]) -> None:
        if self.quiet:
            return
        sources = Counter(a.published_source for a in chronology.articles)
        undated = sources.get("unknown", 0)
        dated = len(chronology.articles) - undated - sources.get("inferred", 0)
        mentions = sum(len(e.mentions) for e in chronology.events)
        typer.echo(
            f"{len(chronology.articles)} articles ({dated} dated, "
            f"{sources.get('inferred', 0)} inferred, {undated} undated), "
            f"{len(chronology.events)} events from {mentions} mentions",
            err=True,
        )
        for path in written:
            typer.echo(f"wrote {path}", err=True)
