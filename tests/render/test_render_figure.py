"""The Plotly figure: lanes, marks, colours, stacking, labels, hover, scale, escaping."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import UsageError
from timeline.model import Chronology
from timeline.render import figure
from timeline.render.figure import GL_THRESHOLD, LABELS_PER_LANE, OTHER_COLOUR, PALETTE
from timeline.render.synthetic import synthetic_chronology

DAY_MS = 86_400_000


def traces(fig):
    bars, points = fig.data[0], fig.data[1]
    assert bars.type == "bar" and points.type in ("scatter", "scattergl")
    return bars, points


def lane_names(fig) -> list[str]:
    return [t.split(">", 1)[1].split("<", 1)[0] if t.startswith("<span") else t
            for t in fig.layout.yaxis.ticktext]


def lane_of_point(fig, index: int) -> str:
    _, points = traces(fig)
    return lane_names(fig)[round(points.y[index])]


def test_days_are_markers_and_periods_are_spans_with_a_start_marker(make):
    c = make.chronology(
        make.event("d", make.day("2025-03-05")),
        make.event("m", make.period("2025-04", "2025-04-01", "2025-04-30", "month")),
        make.event("w", make.period("2025-W10", "2025-03-03", "2025-03-09", "week")),
    )
    fig = figure(c)
    bars, points = traces(fig)
    assert list(points.x) == ["2025-03-05", "2025-04-01", "2025-03-03"]
    assert list(points.marker.symbol) == ["circle", "diamond", "diamond"]
    # Only the two periods are bars, each from its first day to the end of its last day.
    assert list(bars.base) == ["2025-04-01", "2025-03-03"]
    assert list(bars.x) == [30 * DAY_MS, 7 * DAY_MS]


def test_clock_times_are_placed_at_their_time(make):
    from timeline.model import TimeValue

    when = TimeValue("2025-02-18T15:30", "TIME", date(2025, 2, 18), date(2025, 2, 18), "time")
    _, points = traces(figure(make.chronology(make.event("t", when))))
    assert list(points.x) == ["2025-02-18 15:30"]


def test_before_and_after_point_the_way_the_event_lies(make):
    c = make.chronology(
        make.event("b", make.day("2025-03-05", "BEFORE")),
        make.event("a", make.day("2025-03-06", "AFTER")),
        make.event("q", make.period("2025-Q2", "2025-04-01", "2025-06-30", "quarter", "AFTER")),
    )
    _, points = traces(figure(c))
    assert list(points.marker.symbol) == ["triangle-left", "triangle-right", "triangle-right"]
    # After a quarter means after its end: that is where its marker points from.
    assert list(points.x) == ["2025-03-05", "2025-03-06", "2025-07-01"]


def test_hover_quotes_a_few_mentions_and_counts_the_rest(make):
    ev = make.event("1", make.day("2025-01-01"), sources=("a1", "a2", "a3", "a4", "a5"))
    _, points = traces(figure(make.chronology(ev)))
    text = points.hovertext[0]
    assert text.count("Something happened then.") == 3
    assert text.endswith("+ 2 more mentions")


def test_actor_lanes_use_the_first_actor_and_other_comes_last(make):
    c = make.chronology(
        make.event("1", make.day("2025-01-01"), ("Zed", "Amy")),
        make.event("2", make.day("2025-01-02"), ()),
        make.event("3", make.day("2025-01-03"), ("Amy",)),
        make.event("4", make.day("2025-01-04"), ("Zed",)),
    )
    fig = figure(c)
    assert lane_names(fig) == ["Zed", "Amy", "Other"]  # busiest first
    assert [lane_of_point(fig, i) for i in range(4)] == ["Zed", "Other", "Amy", "Zed"]
    assert fig.layout.showlegend is False


def test_article_lanes_draw_an_event_once_per_source(make):
    c = make.chronology(
        make.event("1", make.day("2025-01-01"), sources=("a1", "a2")),
        make.event("2", make.day("2025-01-05"), sources=("a2",)),
    )
    fig = figure(c, lanes="article")
    _, points = traces(fig)
    assert len(points.x) == 3
    assert lane_names(fig) == ["Title of a1", "Title of a2"]
    # Colours are explained by a legend when lanes are not actors.
    assert fig.layout.showlegend is True
    assert [t.name for t in fig.data[2:]] == ["A"]


def test_no_lanes_puts_everything_in_one_hidden_lane(make):
    c = make.chronology(make.event("1", make.day("2025-01-01"), ("X",)),
                        make.event("2", make.day("2025-02-01"), ("Y",)))
    fig = figure(c, lanes="none")
    _, points = traces(fig)
    assert {round(y) for y in points.y} == {0}
    assert fig.layout.yaxis.visible is False


def test_unknown_lane_mode_is_a_usage_error(sample):
    with pytest.raises(UsageError):
        figure(sample, lanes="colour")


def test_few_traces_however_many_actors():
    c = synthetic_chronology(200, seed=3)
    fig = figure(c)
    assert len({e.actors[0] for e in c.events if e.actors}) > 5
    assert len(fig.data) == 2
    assert [t.uid for t in fig.data] == ["timeline-spans", "timeline-events"]


def test_actor_colours_follow_sorted_names_not_input_order(make):
    first = make.chronology(make.event("1", make.day("2025-01-01"), ("Mia",)),
                            make.event("2", make.day("2025-01-02"), ("Bob",)),
                            make.event("3", make.day("2025-01-03"), ()))
    again = make.chronology(*reversed(first.events))
    for c in (first, again):
        _, points = traces(figure(c))
        colour = dict(zip((e.id for e in c.events), points.marker.color, strict=True))
        assert colour == {"2": PALETTE[0], "1": PALETTE[1], "3": OTHER_COLOUR}


def test_same_day_events_in_a_lane_do_not_overlap(make):
    c = make.chronology(*(make.event(str(i), make.day("2025-05-05")) for i in range(4)),
                        make.event("x", make.day("2025-07-01")))
    _, points = traces(figure(c))
    same_day = list(points.y[:4])
    assert len(set(same_day)) == 4
    assert all(abs(y) < 0.5 for y in same_day)  # still inside the lane


def test_overlapping_periods_get_their_own_rows(make):
    c = make.chronology(
        make.event("y", make.period("2025", "2025-01-01", "2025-12-31", "year")),
        make.event("m", make.period("2025-03", "2025-03-01", "2025-03-31", "month")),
        make.event("n", make.period("2026-03", "2026-03-01", "2026-03-31", "month")),
    )
    bars, _ = traces(figure(c))
    year, march, next_march = bars.y
    assert year != march
    assert next_march == year  # free again after the year ends: reuses the first row


def test_figure_is_deterministic(sample):
    assert figure(sample).to_json() == figure(sample).to_json()


def test_hover_tells_what_when_and_from_which_sentence(sample):
    fig = figure(sample)
    _, points = traces(fig)
    index = [e.id for e in sample.events if e.when.start].index("e07")
    text = points.hovertext[index]
    for expected in ("<b>Energy truce announced</b>", "18 Mar 2025", "2025-03-18 · day",
                     "Actors: Russia, Ukraine", "“March 18”", "Months of talks, little progress",
                     "A truce on energy targets was announced March 18.",
                     "anchor 2025-06-02; absolute date", "“in March”"):
        assert expected in text


def test_hover_shows_precision_and_modifier(sample):
    _, points = traces(figure(sample))
    index = [e.id for e in sample.events if e.when.start].index("e05")
    assert "early March 2025" in points.hovertext[index]
    assert "month, start" in points.hovertext[index]


def test_title_and_subtitle(sample):
    fig = figure(sample, title="Diplomacy & war")
    assert fig.layout.title.text == "Diplomacy &amp; war"
    subtitle = fig.layout.title.subtitle.text
    assert subtitle.startswith("3 articles · 13 events · 12 Feb 2025 – 22 Sep 2025")
    assert "1 without a date not drawn" in subtitle


def test_undated_events_are_not_drawn(sample):
    _, points = traces(figure(sample))
    assert len(points.x) == sum(1 for e in sample.events if e.when.start is not None)


def test_empty_chronology_says_so():
    fig = figure(Chronology((), ()))
    assert [a.text for a in fig.layout.annotations] == ["No dated events"]


def test_date_axis_with_range_slider(sample):
    xaxis = figure(sample).layout.xaxis
    assert xaxis.type == "date"
    assert xaxis.rangeslider.visible is True
    assert xaxis.range[0] < "2025-02-12" and xaxis.range[1] > "2025-09-22"


def test_labels_only_for_the_best_sourced_and_only_where_they_fit(make):
    crowded = [make.event(f"c{i}", make.day(f"2025-01-{i + 1:02d}"), title=f"Crowded {i}",
                          sources=("a1", "a2") if i == 5 else ("a1",)) for i in range(20)]
    far = [make.event(f"f{i}", make.day(f"2026-{i + 1:02d}-15"), title=f"Far {i}")
           for i in range(12)]
    fig = figure(make.chronology(*crowded, *far))
    labels = [a.text for a in fig.layout.annotations]
    assert len(labels) <= LABELS_PER_LANE
    assert "Crowded 5" in labels  # told by two articles: labelled first
    # Twenty labels a day apart cannot all fit: only one of the crowd gets one.
    assert sum(label.startswith("Crowded") for label in labels) == 1


def test_many_events_switch_to_webgl_without_labels():
    big = synthetic_chronology(GL_THRESHOLD + 1)
    fig = figure(big)
    assert fig.data[1].type == "scattergl"
    assert not fig.layout.annotations
    small = figure(synthetic_chronology(GL_THRESHOLD))
    assert small.data[1].type == "scatter"
    assert small.layout.annotations


def test_article_text_is_escaped_everywhere_it_enters(hostile_chronology, make):
    fig = figure(hostile_chronology, title=make.hostile[0])
    text = fig.to_json()
    for raw in ("<script>", "<img", "<a href"):
        assert raw.replace("<", "\\u003c") not in text and raw not in text
    bars, points = traces(fig)
    assert points.hovertext[0].startswith("<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>")
    assert "&lt;img src=x onerror=alert(1)&gt;" in fig.layout.yaxis.ticktext[0]
    assert fig.layout.annotations[0].text == "&lt;script&gt;alert(1)&lt;/script&gt;"
    article_lanes = figure(hostile_chronology, lanes="article")
    assert article_lanes.layout.yaxis.ticktext[0].startswith("&lt;a href=")
    assert article_lanes.data[2].name == "&lt;img src=x onerror=alert(1)&gt;"


def test_actor_lanes_are_capped_and_the_quiet_actors_share_other(make):
    from timeline.render.figure import MAX_LANES

    events = [make.event(f"{i}-{j}", make.day(f"2025-01-{j + 1:02d}"), (f"Actor {i:02d}",))
              for i in range(MAX_LANES + 3) for j in range(MAX_LANES + 3 - i)]
    fig = figure(make.chronology(*events))
    names = lane_names(fig)
    assert len(names) == MAX_LANES
    assert names[:-1] == [f"Actor {i:02d}" for i in range(MAX_LANES - 1)]
    assert names[-1] == "Other"
    _, points = traces(fig)
    # Folded actors keep their own colour inside "Other".
    assert len({c for c, y in zip(points.marker.color, points.y, strict=True)
                if round(y) == MAX_LANES - 1}) == 4


def test_initial_view_focuses_on_the_bulk_and_the_slider_shows_all(make):
    recent = [make.event(f"r{i}", make.day(f"2025-05-{i + 1:02d}")) for i in range(25)]
    old = [make.event("old", make.period("2014", "2014-01-01", "2014-12-31", "year"))]
    xaxis = figure(make.chronology(*old, *recent)).layout.xaxis
    assert "2025-04-01" < xaxis.range[0] < "2025-05-01"
    assert "2025-05-25" < xaxis.range[1] < "2025-06-30"
    assert xaxis.rangeslider.range[0] < "2014-01-01"
    spread = [make.event(f"s{i}", make.day(f"{2015 + i}-06-01")) for i in range(25)]
    xaxis = figure(make.chronology(*spread)).layout.xaxis
    assert xaxis.range[0] < "2015-06-01" and xaxis.range[1] > "2039-06-01"


def test_a_marker_after_a_span_does_not_cover_the_next_day(make):
    c = make.chronology(
        make.event("w", make.period("2025-W01", "2025-01-01", "2025-01-07", "week", "AFTER")),
        make.event("d", make.day("2025-01-08")),
    )
    _, points = traces(figure(c))
    assert list(points.x) == ["2025-01-08", "2025-01-08"]
    assert points.y[0] != points.y[1]
