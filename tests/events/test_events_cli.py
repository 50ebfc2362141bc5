"""`timeline events`: options reach the library, the chronology prints as a table."""

from __future__ import annotations

import sys
import types
from datetime import date

from eventkit import event
from typer.testing import CliRunner

import timeline.cli.events_cmd  # noqa: F401  (registers the command)
from timeline.cli.app import app
from timeline.model import Chronology


def test_table_and_options(monkeypatch):
    calls = {}

    def build(inputs, dates=None, **options):
        calls.update(inputs=inputs, dates=dates, **options)
        events = (event("abc1234567", "2025-10-22", "Trump announces sanctions on Rosneft",
                        ("Donald Trump", "Russia"), art="one"),)
        return Chronology((), events, ("x.toml: override for event zz matches no event",))

    fake = types.ModuleType("timeline.pipeline")
    fake.build = build
    monkeypatch.setitem(sys.modules, "timeline.pipeline", fake)
    result = CliRunner().invoke(app, [
        "events", "a.txt", "b.txt", "--date", "a=2025-10-25", "--actor", "Trump",
        "--since", "2025-10-01", "--until", "2025-10-31", "--min-sources", "2",
        "--overrides", "x.toml", "--ids"])
    assert result.exit_code == 0, result.output
    assert calls["inputs"] == ["a.txt", "b.txt"]
    assert calls["dates"] == {"a": date(2025, 10, 25)}
    assert calls["actors"] == ["Trump"]
    assert (calls["since"], calls["until"]) == (date(2025, 10, 1), date(2025, 10, 31))
    assert calls["min_sources"] == 2 and calls["overrides"] == "x.toml"
    assert "Trump announces sanctions on Rosneft" in result.output
    assert "2025-10-22" in result.output and "abc1234567" in result.output
    assert "matches no event" in result.output


def test_bad_date_option_is_a_usage_error(monkeypatch):
    fake = types.ModuleType("timeline.pipeline")
    fake.build = lambda *a, **k: Chronology((), ())
    monkeypatch.setitem(sys.modules, "timeline.pipeline", fake)
    from timeline.errors import UsageError

    result = CliRunner().invoke(app, ["events", "a.txt", "--since", "soon"])
    assert isinstance(result.exception, UsageError)
