"""The built-in reference-events file and reading users' files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import KnowledgeError
from timeline.refevents import BUILTIN_FILE, find_references, load_reference_events

# Dates the issue names; each is a well-established fact about the event.
KNOWN = [
    ("crimea-annexation-2014", "2014-03-18", "2014-03-18"),
    ("minsk-protocol-2014", "2014-09-05", "2014-09-05"),
    ("minsk-ii-2015", "2015-02-12", "2015-02-12"),
    ("us-election-2016", "2016-11-08", "2016-11-08"),
    ("trump-inauguration-2017", "2017-01-20", "2017-01-20"),
    ("singapore-summit-2018", "2018-06-12", "2018-06-12"),
    ("helsinki-summit-2018", "2018-07-16", "2018-07-16"),
    ("hanoi-summit-2019", "2019-02-27", "2019-02-28"),
    ("g20-osaka-2019", "2019-06-28", "2019-06-29"),
    ("us-election-2020", "2020-11-03", "2020-11-03"),
    ("biden-inauguration-2021", "2021-01-20", "2021-01-20"),
    ("no-limits-statement-2022", "2022-02-04", "2022-02-04"),
    ("invasion-2022", "2022-02-24", "2022-02-24"),
    ("china-position-paper-2023", "2023-02-24", "2023-02-24"),
    ("xi-moscow-visit-2023", "2023-03-20", "2023-03-22"),
    ("wagner-mutiny-2023", "2023-06-23", "2023-06-24"),
    ("putin-china-visit-2024", "2024-05-16", "2024-05-17"),
    ("kursk-incursion-2024", "2024-08-06", "2024-08-06"),
    ("us-election-2024", "2024-11-05", "2024-11-05"),
    ("trump-xi-call-2025-01-17", "2025-01-17", "2025-01-17"),
    ("trump-inauguration-2025", "2025-01-20", "2025-01-20"),
    ("davos-2025", "2025-01-20", "2025-01-24"),
    ("xi-putin-video-call-2025-01-21", "2025-01-21", "2025-01-21"),
    ("riyadh-talks-2025", "2025-02-18", "2025-02-18"),
    ("oval-office-meeting-2025", "2025-02-28", "2025-02-28"),
    ("jeddah-talks-2025", "2025-03-11", "2025-03-11"),
    ("victory-day-parade-2025", "2025-05-09", "2025-05-09"),
    ("istanbul-talks-2025-05-16", "2025-05-16", "2025-05-16"),
    ("alaska-summit-2025", "2025-08-15", "2025-08-15"),
    ("white-house-european-leaders-2025", "2025-08-18", "2025-08-18"),
    ("sco-tianjin-2025", "2025-08-31", "2025-09-01"),
    ("beijing-parade-2025", "2025-09-03", "2025-09-03"),
    ("rosneft-lukoil-sanctions-2025", "2025-10-22", "2025-10-22"),
    ("busan-meeting-2025", "2025-10-30", "2025-10-30"),
]


def test_builtin_file_has_the_story_events_with_sources() -> None:
    events = load_reference_events()
    assert len(events) >= 40
    by_id = {e.id: e for e in events}
    assert len(by_id) == len(events)
    for ident, start, end in KNOWN:
        event = by_id[ident]
        assert (event.start, event.end) == (date.fromisoformat(start), date.fromisoformat(end))
    for event in events:
        assert event.source.strip() and event.names
        assert event.granularity == ("day" if event.start == event.end else "range")
        assert date(2013, 1, 1) <= event.start <= event.end <= date(2025, 12, 31)


@pytest.mark.parametrize(("text", "ident"), [
    ("after Russia annexed Crimea", "crimea-annexation-2014"),
    ("the Trump–Putin summit in Alaska", "alaska-summit-2025"),
    ("Xi Jinping’s state visit to Moscow in 2023", "xi-moscow-visit-2023"),
    ("the no-limits partnership", "no-limits-statement-2022"),
    ("Yevgeny Prigozhin's failed mutiny", "wagner-mutiny-2023"),
    ("China's 12-point position paper", "china-position-paper-2023"),
    ("the 2016 presidential election", "us-election-2016"),
    ("Trump's second inauguration", "trump-inauguration-2025"),
    ("Trump’s first inauguration", "trump-inauguration-2017"),
    ("the second Minsk agreement", "minsk-ii-2015"),
    # The file's Putin inaugurations start at his fourth: "fifth" is the event's own number.
    ("after Putin was sworn in for a fifth term", "putin-inauguration-2024"),
    ("after Putin was sworn in for his fourth term", "putin-inauguration-2018"),
])
def test_names_match_in_running_text(text: str, ident: str) -> None:
    (mention,) = find_references(f"It happened {text}, officials said.", load_reference_events())
    assert [e.id for e in mention.candidates] == [ident]


def test_a_year_that_fits_no_event_is_no_mention() -> None:
    assert find_references("the 2019 Istanbul talks", load_reference_events()) == []


def _write(tmp_path: Path, data: object, name: str = "events.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, "utf-8")
    return str(path)


def test_user_file_adds_and_overrides_events(tmp_path: Path) -> None:
    path = _write(tmp_path, {
        "macros": {"pm": "(?:Prime Minister )?(?:Keir )?Starmer"},
        "events": [
            {"id": "lancaster-house-2025", "names": ["{pm}{s} Lancaster House summit",
                                                    "Lancaster House summit"],
             "date": "2025-03-02", "actors": ["Keir Starmer"], "source": "test"},
            {"id": "alaska-summit-2025", "names": ["Alaska summit"], "date": "2025-08-15",
             "source": "redefined", "note": "same id replaces the built-in one"},
        ],
    })
    events = load_reference_events([path])
    by_id = {e.id: e for e in events}
    assert by_id["alaska-summit-2025"].source == "redefined"
    assert len(events) == len(load_reference_events()) + 1
    (mention,) = find_references("Starmer's Lancaster House summit", events)
    assert mention.candidates[0].id == "lancaster-house-2025"


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    ({"events": [{"id": "x", "names": ["x"], "date": "2025-13-01", "source": "s"}]}, "bad date"),
    ({"events": [{"id": "x", "names": ["(x"], "date": "2025-01-01", "source": "s"}]},
     "bad name pattern"),
    ({"events": [{"id": "x", "names": ["(?i)x"], "date": "2025-01-01", "source": "s"}]},
     "bad name pattern"),
    ({"events": [{"id": "x", "names": ["x"], "date": "2025-01-01"}]}, "missing 'source'"),
    ({"events": [{"id": "x", "names": [], "date": "2025-01-01", "source": "s"}]}, "'names'"),
    ({"events": [{"id": "x", "names": ["x"], "start": "2025-01-02", "end": "2025-01-01",
                  "source": "s"}]}, "before 'start'"),
    ({"events": [{"id": "x", "names": ["x"], "source": "s"}]}, "needs 'date'"),
    ({"items": []}, "'events' list"),
    ({"events": [{"id": "x", "names": ["x"], "ordinal": 0, "date": "2025-01-01",
                  "source": "s"}]}, "'ordinal'"),
    ({"events": [{"id": "x", "names": ["x"], "nouns": ["the summit"], "date": "2025-01-01",
                  "source": "s"}]}, "'nouns'"),
    ({"events": [{"id": "x", "names": ["x"], "nouns": "summit", "date": "2025-01-01",
                  "source": "s"}]}, "'nouns'"),
])
def test_bad_files_raise_knowledge_error_naming_the_file(
        tmp_path: Path, content: object, message: str) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(KnowledgeError) as caught:
        load_reference_events([path])
    assert caught.value.path == path
    assert message in caught.value.message
    assert str(caught.value).startswith(path + ": ")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="no such"):
        load_reference_events([str(tmp_path / "absent.json")])


def test_builtin_file_is_plain_json() -> None:
    data = json.loads(BUILTIN_FILE.read_text("utf-8"))
    assert {"format", "macros", "events"} <= set(data)
