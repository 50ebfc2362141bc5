"""The model's JSON form is the public timeline/1 format: check its shape and determinism."""

from __future__ import annotations

import json
from datetime import date

from timeline.model import (
    SCHEMA,
    Article,
    Chronology,
    Event,
    Mention,
    TimeValue,
    Timex,
    granularity_rank,
)


def _chronology() -> Chronology:
    when = TimeValue("2025-10-22", start=date(2025, 10, 22), end=date(2025, 10, 22))
    mention = Mention("a1", "On Wednesday, he announced sanctions.", "On Wednesday", 0, 12, when,
                      date(2025, 10, 25), "weekday, past tense")
    event = Event("e1", "Trump announces sanctions", ("Donald Trump",), when, (mention,))
    article = Article("a1", "text", date(2025, 10, 25), "header", path="a1.txt")
    return Chronology((article,), (event,))


def test_chronology_json_has_schema_fields():
    data = json.loads(_chronology().to_json())
    assert data["schema"] == SCHEMA == "timeline/1"
    assert data["articles"][0] == {"id": "a1", "path": "a1.txt", "title": None,
                                   "published": "2025-10-25", "published_source": "header"}
    event = data["events"][0]
    assert event["when"] == {"value": "2025-10-22", "type": "DATE", "start": "2025-10-22",
                             "end": "2025-10-22", "granularity": "day", "mod": None}
    assert event["mentions"][0]["anchor"] == "2025-10-25"
    assert event["mentions"][0]["phrase"] == "On Wednesday"


def test_json_is_deterministic_and_keeps_unicode():
    chron = _chronology()
    assert chron.to_json() == _chronology().to_json()
    article = Article("b", "Zelenskyy’s", None)
    assert "’" not in Chronology((article,), ()).to_json()  # text itself is not exported
    assert Article("b", "", None, title="São Paulo").to_dict()["title"] == "São Paulo"


def test_vague_values_have_no_interval():
    vague = TimeValue("PAST_REF", granularity="vague")
    assert vague.to_dict()["start"] is None
    assert not vague.is_dated
    assert TimeValue("2025-09", start=date(2025, 9, 1), end=date(2025, 9, 30),
                     granularity="month").is_dated


def test_timex_tag_line_shape():
    timex = Timex(3, 15, "last month", "relative",
                  TimeValue("2025-09", start=date(2025, 9, 1), end=date(2025, 9, 30),
                            granularity="month"))
    assert timex.to_dict() == {"start": 3, "end": 15, "text": "last month", "type": "DATE",
                               "value": "2025-09"}
    unresolved = Timex(0, 4, "then", "narrative", None)
    assert unresolved.to_dict()["value"] is None


def test_granularity_rank_orders_finer_first():
    assert granularity_rank("day") < granularity_rank("week") < granularity_rank("month")
    assert granularity_rank("month") < granularity_rank("year") < granularity_rank("decade")
    assert granularity_rank("no-such") > granularity_rank("set")
