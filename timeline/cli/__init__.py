"""The `timeline` command: a thin Typer layer over the library.

Importing this package registers every command module on the app; `main` is the console
script entry point (also used by the top-level `cli.py`).
"""

from __future__ import annotations

from timeline.cli import (  # noqa: F401  (registers commands)
    build_cmd,
    date_cmd,
    eval_cmd,
    events_cmd,
    tag_cmd,
)
from timeline.cli.app import app, run

main = run

__all__ = ["app", "main"]
