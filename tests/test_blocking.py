"""Merging's candidate pairs: the same pairs, in the same order, as scoring every pair."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES
from timeline.blocking import ranked_pairs
from timeline.ingest import read_inputs
from timeline.merge import THRESHOLD, _content_key, _with_rarity, profile_events, similarity
from timeline.pipeline import analyse_article, load_knowledge

DAY0 = date(2025, 1, 1)


def _brute_force(spans, score, apart, threshold):
    """Every pair scored, overlapping and not apart, sorted by falling score then (i, j)."""
    pairs = []
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a is None or b is None or a[0] > b[1] or b[0] > a[1] or apart(i, j):
                continue
            value = score(i, j)
            if value >= threshold:
                pairs.append((-value, i, j))
    return [(i, j) for _, i, j in sorted(pairs)]


events = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3), st.integers(0, 3)),
                  max_size=40)


@settings(max_examples=200, deadline=None)
@given(events=events, sentences=st.lists(st.integers(0, 30), min_size=40, max_size=40))
def test_pairs_come_in_the_order_a_full_sort_gives(events, sentences) -> None:
    """Events are (start day, length, content); the score depends on the contents only."""
    spans = [(DAY0 + timedelta(days=s), DAY0 + timedelta(days=s + n)) if c else None
             for s, n, c in events]
    keys = [(s, n, c) for s, n, c in events]

    def score(i: int, j: int) -> float:
        return ((keys[i][2] * 7 + keys[j][2] * 3) % 5) / 4

    def apart(i: int, j: int) -> bool:
        return sentences[i] == sentences[j]

    never_merged = list(range(len(events)))
    got = list(ranked_pairs(spans, keys, score, apart, never_merged, 0.5))
    assert got == _brute_force(spans, score, apart, 0.5)
    # A test of the keys that turns away only pairs scoring too little changes nothing.
    checked = []

    def compatible(i: int, j: int) -> bool:
        checked.append((i, j))
        return score(i, j) >= 0.5

    assert list(ranked_pairs(spans, keys, score, apart, list(range(len(events))), 0.5,
                             compatible=compatible)) == got
    assert all(spans[i] is not None and spans[j] is not None for i, j in checked)


def test_pairs_already_in_one_group_are_left_out() -> None:
    spans = [(DAY0, DAY0)] * 4
    group = [0, 1, 2, 3]
    got = []
    for i, j in ranked_pairs(spans, ["same"] * 4, lambda i, j: 1.0, lambda i, j: False,
                             group, 0.5):
        got.append((i, j))
        for x in range(4):  # merge everything on the first pair
            group[x] = 0
    assert got == [(0, 1)]


def test_merge_scores_depend_on_content_keys_only() -> None:
    """The assumption `cluster` makes of `similarity`: on the example articles, every
    pair ranks where scoring all pairs puts it."""
    knowledge = load_knowledge()
    found = [e for a in read_inputs([str(EXAMPLES)], None).articles
             for e in analyse_article(a, knowledge).events]
    profiles = _with_rarity(list(profile_events(found, knowledge.actors)))
    spans = [(e.when.start, e.when.end or e.when.start) if e.when.start else None
             for e in found]

    def score(i: int, j: int) -> float:
        return similarity(profiles[i], profiles[j])

    def apart(i: int, j: int) -> bool:
        return bool(profiles[i].sentences & profiles[j].sentences)

    got = list(ranked_pairs(spans, [_content_key(p) for p in profiles], score, apart,
                            list(range(len(found))), THRESHOLD))
    assert got == _brute_force(spans, score, apart, THRESHOLD)
    assert got
