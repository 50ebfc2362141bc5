"""`timeline eval timeml DIR`: score the temporal tagger on TimeML gold annotations."""

from __future__ import annotations

from typing import Annotated

import typer

from timeline.cli.app import eval_app
from timeline.errors import UsageError


@eval_app.command("timeml")
def timeml_command(
    directory: Annotated[str, typer.Argument(help="Folder of .tml files (searched recursively), e.g. TimeBank.")],
    json_path: Annotated[str | None, typer.Option("--json", help="Also write the report as JSON to this file.")] = None,
    errors: Annotated[int, typer.Option("--errors", help="List the N most frequent value errors, misses and spurious spans.")] = 0,
) -> None:
    """TempEval-3 scores (strict/relaxed extent, type, value), a breakdown by kind, and chars/s."""
    from timeline.evaluate.report import format_report
    from timeline.evaluate.run import evaluate_directory, write_json

    if errors < 0:
        raise UsageError(f"--errors must be 0 or more, got {errors}")
    report = evaluate_directory(directory)
    typer.echo(format_report(report, errors=errors), nl=False)
    if json_path:
        write_json(report, json_path)
        typer.echo(f"wrote {json_path}", err=True)
