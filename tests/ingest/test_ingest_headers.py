"""Date header lines: the grammar's forms, bylines around the date, prose that is not a header."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest.headers import is_byline, parse_date_text, parse_header_line
from timeline.ingest.junk import strip_fragments


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2024-03-09", date(2024, 3, 9)),
        ("Published Nov. 4, 2024 at 9:05 a.m. ET", date(2024, 11, 4)),
        ("Updated: 2023-12-01T18:20:00Z", date(2023, 12, 1)),
        ("By Desk Editor | Kyiv | 2 March 2024", date(2024, 3, 2)),
        ("Tuesday, February 6, 2024", date(2024, 2, 6)),
        ("Posted on 8 April 2022", date(2022, 4, 8)),
        ("Date: 30 September 2021", date(2021, 9, 30)),
        ("August 3, 2023", date(2023, 8, 3)),
        ("21 January 2020", date(2020, 1, 21)),
        ("Dec 2 2024 17:45 GMT", date(2024, 12, 2)),
        ("Last updated on Friday, 12 July 2024, 08:15 CEST", date(2024, 7, 12)),
        ("Sun 9 Jun 2024 11.30 BST", date(2024, 6, 9)),
        ("2024/05/06", date(2024, 5, 6)),
        ("06.05.2024 09:00", date(2024, 5, 6)),
        ("Date: 25/12/2023", date(2023, 12, 25)),
        ("3rd of May 2021", date(2021, 5, 3)),
        ("Sept. 9, 2024 - 4 min read", date(2024, 9, 9)),
        ("By Ann Example, Geneva, 14 Feb 2024", date(2024, 2, 14)),
        ("Published 1 Mar 2024, updated 2 Mar 2024", date(2024, 3, 1)),
        ("6:00 PM EDT, 5 October 2024", date(2024, 10, 5)),
        ("Published: 2024-06-01 14:00:00+02:00", date(2024, 6, 1)),
        ("Filed 2025-03-31T09:20Z", date(2025, 3, 31)),
        ("Mar 19, 2025 | 10:02 AM EDT", date(2025, 3, 19)),
    ],
)
def test_header_forms(line, expected):
    found = parse_header_line(line)
    assert found is not None and found.problem is None
    assert found.date == expected


@pytest.mark.parametrize(
    "line",
    [
        "On March 3, 2024 the ministers met in Brussels.",
        "The ministers met in Brussels on March 3, 2024",
        "On March 3, 2024 the ministers met",
        "the delegation, 3 March 2024",
        "In 2024",
        "The 2024 election",
        "March 3",
        "Talks | Brussels",
        "",
        "By a narrow margin the measure passed on 3 March 2024 after a long night of debate",
    ],
)
def test_prose_and_dateless_lines_are_not_headers(line):
    assert parse_header_line(line) is None


def test_widget_fragments_do_not_hide_the_date():
    line = " date 2024-03-09 + ↺ − 18 px"
    for variant in (line, strip_fragments(line)):
        found = parse_header_line(variant)
        assert found is not None and found.date == date(2024, 3, 9)
    assert strip_fragments(line) == "date 2024-03-09"


def test_furniture_pieces_are_allowed_in_a_header():
    found = parse_header_line("By Ann Example | Updated 2 hours ago | 2 March 2024")
    assert found is not None and found.date == date(2024, 3, 2)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Ann Example", True),
        ("By Ann Example and Bo Sample, Newswire", True),
        ("By Staff Writer | Vienna", True),
        ("By the end of the week", False),
        ("By Monday, the envoys had left.", False),
        ("Envoys left on Monday", False),
    ],
)
def test_dateless_bylines(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("date 9999-01-01", "absurd"),
        ("Published 4 May 1850", "absurd"),
        ("February 30, 2024", "impossible"),
        ("Date: 04/05/2024", "ambiguous"),
    ],
)
def test_bad_header_dates_are_headers_with_a_problem(line, word):
    found = parse_header_line(line)
    assert found is not None
    assert found.date is None
    assert word in (found.problem or "")


def test_date_text_for_metadata_fields():
    assert parse_date_text("2024-10-02T07:00:00+03:00").date == date(2024, 10, 2)
    assert parse_date_text("Oct 2, 2024").date == date(2024, 10, 2)
    assert parse_date_text("sometime soon") is None
