"""The chronology as one Plotly figure: a date axis with lanes of events.

Days (and clock times) are markers; coarser values — weeks, months, quarters, seasons,
years, ranges — are translucent horizontal bars over their whole interval with a marker at
their start, so a month never looks like a day. An event is placed in a lane (its first
actor, each source article, or one lane for all), and events that would overlap within a lane
are packed into rows so no marker hides another. "Before X" and "after X" values carry a
triangle pointing the way the event lies from the date (for "after" a period, at its end).
The figure stays fast at scale: two data traces whatever the number of actors (colours are
per-point arrays), text labels only on the best-sourced events of each lane, and WebGL
markers without labels above GL_THRESHOLD events. Every piece of article text is escaped
before it enters the figure, and trace uids are fixed so that HTML and SVG output are
deterministic."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from timeline.model import Article, Chronology, Event
from timeline.render.labels import (
    OTHER,
    article_label,
    check_lanes,
    clock_time,
    describe,
    escape,
    exclusive_end,
    first_actor,
    interval,
    is_point,
    lanes_of,
    summary,
)

if TYPE_CHECKING:
    import plotly.graph_objects as go

#: Above this many dated events markers are drawn with WebGL and carry no text labels.
GL_THRESHOLD = 500

#: Text labels per lane (the best-sourced events); hover tells the rest.
LABELS_PER_LANE = 6

#: Rows an event lane is split into at most; beyond this, rows are shared.
MAX_ROWS = 6

#: Actor lanes at most; the least busy actors beyond this share the "Other" lane.
MAX_LANES = 10

#: Below this many marks the initial view always shows everything; above it, the view starts
#: on the shortest stretch of time holding this share of them.
FOCUS_MIN_EVENTS = 20
FOCUS_SHARE = 0.8

#: Mentions quoted in a hover box; the rest are counted.
HOVER_MENTIONS = 3

DEFAULT_TITLE = "Timeline"

TEMPLATE = "plotly_white"

#: Actor colours, assigned in sorted-name order so an actor's colour depends only on which
#: actors the chronology has, never on hashing or input order.
PALETTE = ("#1f6fb4", "#d1495b", "#2a9d8f", "#e09f3e", "#6a4c93", "#3d8b37", "#c75d9c",
           "#8a5a44", "#00a6d6", "#b5a000", "#4a5a8c", "#e76f51")
OTHER_COLOUR = "#8c8c8c"

#: Marker symbols: the triangle points to where the event lies relative to the date.
_SYMBOLS = {"BEFORE": "triangle-left", "ON_OR_BEFORE": "triangle-left",
            "AFTER": "triangle-right", "ON_OR_AFTER": "triangle-right"}
_AFTER = ("AFTER", "ON_OR_AFTER")
_POINT_SYMBOL = "circle"
_SPAN_SYMBOL = "diamond"

_LABEL_CHARS = 32
_SENTENCE_CHARS = 300
_WRAP = 80
_LANE_NAME_CHARS = 40

#: Rough geometry used to judge whether labels fit: the plot area's width at the default
#: page width, and the width of one character of an 11 px label.
_PLOT_PX = 1150
_CHAR_PX = 6.2
_LABEL_GAP_PX = 12


@dataclass(frozen=True)
class _Mark:
    """One drawing of an event in one lane."""

    event: Event
    lane: str
    first: date
    last: date
    point: bool


def palette(chronology: Chronology) -> dict[str, str]:
    """Colour of each actor that leads an event, in sorted-name order; "Other" is grey."""
    names = sorted({e.actors[0] for e in chronology.events if e.actors})
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}
    colours[OTHER] = OTHER_COLOUR
    return colours


def figure(chronology: Chronology, *, lanes: str = "actor", title: str | None = None) -> go.Figure:
    """The chronology as a plotly Figure (see the module docstring for what it shows)."""
    import plotly.graph_objects as go
    import plotly.io as pio

    check_lanes(lanes)
    articles = {a.id: a for a in chronology.articles}
    marks = _marks(chronology, lanes)
    if lanes == "actor":
        marks = _fold_lanes(marks)
    lane_keys = _lane_order(marks, lanes, articles)
    lane_index = {key: i for i, key in enumerate(lane_keys)}
    ys, widths, rows = _pack(marks, lane_index)
    colours = palette(chronology)
    drawn = {id(m.event): m.event for m in marks}
    hovers = {key: _hover(event, articles) for key, event in drawn.items()}
    use_gl = len(drawn) > GL_THRESHOLD

    spans = [i for i, m in enumerate(marks) if not m.point]
    bars = {
        "type": "bar",
        "uid": "timeline-spans",
        "name": "periods",
        "orientation": "h",
        "y": [ys[i] for i in spans],
        "base": [marks[i].first.isoformat() for i in spans],
        "x": [_days_ms(marks[i]) for i in spans],
        "width": [widths[i] for i in spans],
        "marker": {"color": [colours[first_actor(marks[i].event)] for i in spans],
                   "opacity": 0.35, "line": {"width": 0}},
        "hovertext": [hovers[id(marks[i].event)] for i in spans],
        "hoverinfo": "text",
        "showlegend": False,
    }
    points = {
        "type": "scattergl" if use_gl else "scatter",
        "mode": "markers",
        "uid": "timeline-events",
        "name": "events",
        "x": [_marker_x(m) for m in marks],
        "y": ys,
        "marker": {
            "color": [colours[first_actor(m.event)] for m in marks],
            "symbol": [_symbol(m) for m in marks],
            "size": [11 if m.point else 9 for m in marks],
            "line": {"width": 1, "color": "white"},
        },
        "hovertext": [hovers[id(m.event)] for m in marks],
        "hoverinfo": "text",
        "showlegend": False,
    }
    data: list[dict[str, Any]] = [bars, points]
    if lanes != "actor":
        data.extend(_colour_key(marks, colours))
    layout = _layout(chronology, marks, lane_keys, articles, colours, rows, lanes, title)
    layout["template"] = pio.templates[TEMPLATE]
    if not use_gl and marks:
        layout["annotations"] = _labels(marks, ys, layout["xaxis"]["range"])
    # plotly.py checks every array element against the schema, which costs more than building
    # the figure at WebGL sizes; the same code path is validated at small sizes (and in tests).
    return go.Figure(data=data, layout=layout, _validate=not use_gl)


def _marks(chronology: Chronology, mode: str) -> list[_Mark]:
    marks = []
    for event in chronology.events:
        span = interval(event.when)
        if span is None:
            continue
        point = is_point(event.when)
        for lane in lanes_of(event, mode):
            marks.append(_Mark(event, lane, span[0], span[0] if point else span[1], point))
    return marks


def _lane_order(marks: list[_Mark], mode: str, articles: dict[str, Article]) -> list[str]:
    """Busiest actor first; articles by publication date; "Other" always last."""
    counts = Counter(m.lane for m in marks)
    if mode == "article":
        def key(lane: str) -> tuple[Any, ...]:
            published = articles[lane].published if lane in articles else None
            return (lane == OTHER, published is None, published or date.min, lane)
    else:
        def key(lane: str) -> tuple[Any, ...]:
            return (lane == OTHER, -counts[lane], lane)
    return sorted(counts, key=key)


def _fold_lanes(marks: list[_Mark]) -> list[_Mark]:
    """Keep the busiest actors' lanes and put the rest in "Other" (colours still tell them)."""
    counts = Counter(m.lane for m in marks if m.lane != OTHER)
    if len(counts) + (OTHER in {m.lane for m in marks}) <= MAX_LANES:
        return marks
    kept = {lane for lane, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            [: MAX_LANES - 1]}
    return [m if m.lane in kept else replace(m, lane=OTHER) for m in marks]


def _focus(marks: list[_Mark]) -> tuple[date, date]:
    """The initial view: where most of the events are.

    A chronology of this year's diplomacy often recalls an annexation years ago; showing all
    of it at first would squeeze the story into a sliver. The view starts on the shortest
    interval holding FOCUS_SHARE of the marks (and the marks close to it) when that is less
    than half the whole; the range slider and the "all" button still show everything.
    """
    firsts = sorted(m.first for m in marks)
    whole = (firsts[0], max(exclusive_end(m.last) for m in marks))
    if len(marks) < FOCUS_MIN_EVENTS:
        return whole
    k = math.ceil(len(firsts) * FOCUS_SHARE)
    start = min(range(len(firsts) - k + 1), key=lambda i: (firsts[i + k - 1] - firsts[i], i))
    low, high = firsts[start], firsts[start + k - 1]
    # Marks just outside the densest stretch belong to the story too: take in those within
    # half its length (at least a week) of either end.
    margin = max(7, (high - low).days // 2)
    low = min(d for d in firsts if (low - d).days <= margin)
    high = exclusive_end(max(d for d in firsts if (d - high).days <= margin))
    if (high - low).days * 2 >= (whole[1] - whole[0]).days:
        return whole
    return low, high


def _padded(first: date, last: date) -> list[str]:
    pad = max(3, (last - first).days // 30)
    return [date.fromordinal(first.toordinal() - pad).isoformat(),
            date.fromordinal(last.toordinal() + pad).isoformat()]


def _pack(marks: list[_Mark], lane_index: dict[str, int]) -> tuple[list[float], list[float],
                                                                    dict[str, int]]:
    """Vertical position and bar height of each mark, and the number of rows per lane.

    Within a lane, marks are packed greedily into rows, earliest first, so that no two marks
    in a row share a day; same-day events therefore stack instead of hiding each other. The
    packing depends only on the marks' order and dates, so it is deterministic.
    """
    by_lane: dict[str, list[int]] = defaultdict(list)
    for i, mark in enumerate(marks):
        by_lane[mark.lane].append(i)
    # A marker placed after its span's end occupies that day too.
    ends = [exclusive_end(m.last) if not m.point and m.event.when.mod in _AFTER else m.last
            for m in marks]
    row_of = [0] * len(marks)
    rows: dict[str, int] = {}
    for lane, members in by_lane.items():
        members.sort(key=lambda i: (marks[i].first, -(ends[i] - marks[i].first).days, i))
        row_ends: list[date] = []
        for i in members:
            mark = marks[i]
            free = next((r for r, end in enumerate(row_ends) if end < mark.first), None)
            if free is None and len(row_ends) < MAX_ROWS:
                row_ends.append(ends[i])
                free = len(row_ends) - 1
            elif free is None:
                free = min(range(len(row_ends)), key=lambda r: (row_ends[r], r))
            row_ends[free] = max(row_ends[free], ends[i])
            row_of[i] = free
        rows[lane] = len(row_ends)
    ys, widths = [], []
    for i, mark in enumerate(marks):
        n = rows[mark.lane]
        step = min(0.25, 0.8 / n)
        ys.append(round(lane_index[mark.lane] + (row_of[i] - (n - 1) / 2) * step, 4))
        widths.append(round(step * 0.7, 4))
    return ys, widths, rows


def _labels(marks: list[_Mark], ys: list[float], x_range: list[str]) -> list[dict[str, Any]]:
    """Text labels for the best-sourced events of each lane, only where they fit.

    Labels are annotations rather than scatter text so the range slider stays clean. Whether
    one fits is judged at the initial zoom: a label is dropped when it would overlap a label
    already placed in its lane (best-sourced events are placed first); near the edges of the
    initial view a label extends inwards. Hover tells the rest.
    """
    first, last = (date.fromisoformat(x) for x in x_range)
    days_per_px = max((last - first).days, 1) / _PLOT_PX
    view = (first.toordinal(), last.toordinal())
    by_lane: dict[str, list[int]] = defaultdict(list)
    for i, mark in enumerate(marks):
        by_lane[mark.lane].append(i)
    out = []
    for members in by_lane.values():
        ranked = sorted(members, key=lambda i: (-len(marks[i].event.sources),
                                                -len(marks[i].event.mentions), i))
        placed: list[tuple[float, float]] = []
        for i in ranked:
            if len(placed) == LABELS_PER_LANE:
                break
            text = _label(marks[i].event)
            centre = marks[i].first.toordinal()
            half = (len(text) * _CHAR_PX + _LABEL_GAP_PX) * days_per_px / 2
            if not view[0] <= centre <= view[1]:
                continue
            box, anchor = (centre - half, centre + half), "center"
            if box[0] < view[0]:
                box, anchor = (centre, centre + 2 * half), "left"
            elif box[1] > view[1]:
                box, anchor = (centre - 2 * half, centre), "right"
            if any(box[0] < right and left < box[1] for left, right in placed):
                continue
            placed.append(box)
            out.append({"x": marks[i].first.isoformat(), "y": ys[i], "text": escape(text),
                        "showarrow": False, "xanchor": anchor, "yanchor": "bottom",
                        "yshift": 6, "font": {"size": 11, "color": "#333"}})
    return out


def _label(event: Event) -> str:
    return shorten(event.title, _LABEL_CHARS)


def _symbol(mark: _Mark) -> str:
    return _SYMBOLS.get(mark.event.when.mod or "", _POINT_SYMBOL if mark.point else _SPAN_SYMBOL)


def _marker_x(mark: _Mark) -> str:
    """Where the marker goes: the day (at its clock time, if stated), or a period's start.

    "After" a period means after its end, so there the marker sits at the end of the span.
    """
    clock = clock_time(mark.event.when)
    if clock is not None:
        return f"{mark.first.isoformat()} {clock}"
    if not mark.point and mark.event.when.mod in _AFTER:
        return exclusive_end(mark.last).isoformat()
    return mark.first.isoformat()


def _days_ms(mark: _Mark) -> int:
    """Length of a span from the start of its first day to the end of its last, in ms."""
    start = datetime.combine(mark.first, datetime.min.time())
    stop = datetime.combine(exclusive_end(mark.last), datetime.min.time())
    return int((stop - start).total_seconds() * 1000)


def shorten(text: str, limit: int) -> str:
    """Whitespace collapsed, and cut at a word boundary with "…" when longer than `limit`.

    (textwrap does the same but is too slow for ten thousand hover boxes.)
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap of single-spaced text; a word longer than `width` gets its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def _wrapped(text: str) -> str:
    return "<br>".join(escape(line) for line in wrap(shorten(text, _SENTENCE_CHARS), _WRAP))


def _hover(event: Event, articles: dict[str, Article]) -> str:
    """The hover box: title, when (and how precise), actors, and the quoted mentions."""
    when = event.when
    precision = when.granularity + (f", {when.mod.lower()}" if when.mod else "")
    lines = [
        f"<b>{_wrapped(event.title)}</b>",
        f"{escape(describe(when))} <span style='color:#666'>({escape(when.value)} · "
        f"{escape(precision)})</span>",
    ]
    if event.actors:
        lines.append("Actors: " + escape(", ".join(event.actors)))
    for mention in event.mentions[:HOVER_MENTIONS]:
        source = article_label(articles.get(mention.article), mention.article)
        lines.append("")
        lines.append(f"“{escape(mention.phrase)}” — <i>{escape(_short(source))}</i>")
        lines.append(_wrapped(mention.sentence))
        anchor = f"anchor {mention.anchor.isoformat()}" if mention.anchor else "no anchor"
        how = f"{anchor}; {mention.how}" if mention.how else anchor
        lines.append(f"<span style='color:#666'>{_wrapped(how)}</span>")
    hidden = len(event.mentions) - HOVER_MENTIONS
    if hidden > 0:
        lines.append("")
        lines.append(f"+ {hidden} more mention{'s' if hidden > 1 else ''}")
    return "<br>".join(lines)


def _short(text: str) -> str:
    return shorten(text, _LANE_NAME_CHARS)


def _colour_key(marks: list[_Mark], colours: dict[str, str]) -> list[dict[str, Any]]:
    """Legend entries (no data) naming the colour of each actor, when lanes are not actors."""
    shown = sorted({first_actor(m.event) for m in marks}, key=lambda a: (a == OTHER, a))
    shown = shown[: len(PALETTE)] + ([OTHER] if len(shown) > len(PALETTE) and
                                     OTHER not in shown[: len(PALETTE)] else [])
    return [
        {"type": "scatter", "uid": f"timeline-key-{i}", "name": escape(_short(actor)),
         "x": [None], "y": [None], "mode": "markers",
         "marker": {"color": colours[actor], "size": 10}, "hoverinfo": "skip",
         "showlegend": True}
        for i, actor in enumerate(shown)
    ]


def _layout(
    chronology: Chronology,
    marks: list[_Mark],
    lane_keys: list[str],
    articles: dict[str, Article],
    colours: dict[str, str],
    rows: dict[str, int],
    lanes: str,
    title: str | None,
) -> dict[str, Any]:
    n = max(len(lane_keys), 1)
    ticktext = []
    for key in lane_keys:
        name = escape(_short(article_label(articles.get(key), key) if lanes == "article"
                             else key))
        if lanes == "actor":
            name = f"<span style='color:{colours.get(key, OTHER_COLOUR)}'>{name}</span>"
        ticktext.append(name)
    tall = sum(max(1, min(rows.get(k, 1), MAX_ROWS)) for k in lane_keys)
    height = min(3000, max(480, 220 + 60 * n + 16 * tall))
    layout: dict[str, Any] = {
        "title": {
            "text": escape(title if title is not None else DEFAULT_TITLE),
            "subtitle": {"text": escape(summary(chronology))},
            "x": 0.01,
            "xanchor": "left",
        },
        "height": height,
        "margin": {"l": 20, "r": 30, "t": 120, "b": 40},
        "barmode": "overlay",
        "hovermode": "closest",
        "hoverlabel": {"align": "left", "bgcolor": "white", "font": {"size": 12}},
        "xaxis": {
            "type": "date",
            "rangeslider": {"visible": True, "thickness": 0.07},
            "rangeselector": {"x": 1, "xanchor": "right", "y": 1.01, "yanchor": "bottom",
                              "buttons": [
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"count": 3, "label": "3m", "step": "month", "stepmode": "backward"},
                {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                {"step": "all", "label": "all"},
            ]},
            "showgrid": True,
            "gridcolor": "#eeeeee",
        },
        "yaxis": {
            "tickmode": "array",
            "tickvals": list(range(len(lane_keys))),
            "ticktext": ticktext,
            "range": [n - 0.5, -0.5],
            "fixedrange": True,
            "showgrid": False,
            "zeroline": False,
            "automargin": True,
            "visible": lanes != "none",
        },
        "shapes": [
            {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": i + 0.5,
             "y1": i + 0.5, "layer": "below", "line": {"color": "#dddddd", "width": 1}}
            for i in range(len(lane_keys) - 1)
        ],
        "showlegend": lanes != "actor",
        "legend": {"orientation": "h", "x": 0, "y": 1.01, "yanchor": "bottom",
                   "itemclick": False, "itemdoubleclick": False},
    }
    if marks:
        whole = _padded(min(m.first for m in marks), max(exclusive_end(m.last) for m in marks))
        layout["xaxis"]["range"] = _padded(*_focus(marks))
        layout["xaxis"]["rangeslider"]["range"] = whole
    else:
        layout["annotations"] = [{"text": "No dated events", "showarrow": False,
                                  "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5,
                                  "font": {"size": 16, "color": "#888"}}]
    return layout
