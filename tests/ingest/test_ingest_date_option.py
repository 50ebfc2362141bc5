"""`--date STEM=YYYY-MM-DD`: accepted forms and one-line UsageErrors for the rest."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import UsageError
from timeline.ingest import parse_date_option


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("report=2024-05-06", ("report", date(2024, 5, 6))),
        (" report = 2024-05-06 ", ("report", date(2024, 5, 6))),
        ("report.txt=2024-05-06", ("report", date(2024, 5, 6))),
        ("page.HTML=2024-05-06", ("page", date(2024, 5, 6))),
        ("a.b=2024-05-06", ("a.b", date(2024, 5, 6))),
        ("x=y=2024-05-06", ("x=y", date(2024, 5, 6))),
    ],
)
def test_valid(option, expected):
    assert parse_date_option(option) == expected


@pytest.mark.parametrize(
    "option",
    ["report", "=2024-05-06", "report=", "report=2024-13-01", "report=2024-02-30",
     "report=06/05/2024", "report=20240506", "report=2024-W19", "report=9999-01-01",
     "report=1066-10-14"],
)
def test_invalid_is_a_usage_error(option):
    with pytest.raises(UsageError) as info:
        parse_date_option(option)
    message = str(info.value)
    assert "--date" in message and "\n" not in message
    assert info.value.exit_code == 2
