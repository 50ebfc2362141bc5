"""The Typer application object and the one place user errors become one-line messages.

Command modules (`timeline/cli/*_cmd.py`) register themselves on `app`; each command is a few
lines over the library. Library errors (`timeline.errors.TimelineError`) are caught here,
printed as `timeline: <file>: <problem>` on stderr, and turned into the documented exit code.
"""

from __future__ import annotations

import sys

import typer

from timeline.errors import TimelineError

app = typer.Typer(
    name="timeline",
    help="Turn news articles into one dated chronology of the events they describe.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: rendering it with rich costs a tenth of a second on every `--help`.
    rich_markup_mode=None,
)

eval_app = typer.Typer(help="Measure the temporal tagger against annotated corpora.",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def fail(error: TimelineError) -> None:
    """Print a user error as one line and exit with its code."""
    typer.echo(f"timeline: {error}", err=True)
    raise typer.Exit(error.exit_code)


def run() -> None:
    """Entry point: run the app, turning any TimelineError into a one-line message."""
    try:
        app()
    except TimelineError as error:
        print(f"timeline: {error}", file=sys.stderr)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        sys.exit(130)
