"""Ranked candidate pairs for merging, without scoring every pair of events.

Merging (`timeline.merge.cluster`) takes the pairs of events that score at least a threshold,
strongest first, and joins their groups. Scoring all n² pairs is what made a corpus of
thousands of articles slow. Two facts make it unnecessary:

* only events whose times overlap can be one: sorted by start, an event meets only those
  that start before it ends;
* a score depends on what an event says (its time, title, words, actors …), not on where
  it was said: events telling the same thing in the same words (a wire story reprinted, a
  date every article of a series repeats) form one *class*, and a pair of classes is
  scored once for all the pairs of their members.

The pairs come out in exactly the order a full sort by (falling score, i, j) gives, so the
merge is the same as the one that scores every pair. Pairs whose two events are already in
one group when their turn comes are left out: groups only ever grow, so the merge would
skip them anyway — that is what keeps a class of a thousand copies from costing a million
pairs.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterator, Sequence
from datetime import date


def ranked_pairs(
    spans: Sequence[tuple[date, date] | None],
    keys: Sequence[Hashable],
    score: Callable[[int, int], float],
    apart: Callable[[int, int], bool],
    group: Sequence[int],
    threshold: float,
    compatible: Callable[[int, int], bool] | None = None,
) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) with `score(i, j) >= threshold`, by falling score then (i, j).

    `spans[i]` is event i's time as (start, end), or None for an event that pairs with
    nothing; pairs must overlap. `apart(i, j)` marks pairs that never pair whatever their
    content (two tellings from one sentence). Otherwise `score(i, j)` must depend only on
    `keys[i]` and `keys[j]` (and events of one key have one span). `group[i]` is read as
    the merge goes: a pair whose events are in one group when its turn comes is skipped.
    `compatible(i, j)`, when given, is a cheap test that depends only on the keys, like
    `score`: False says the pair scores below `threshold`, and spares scoring it.
    """
    classes: dict[Hashable, list[int]] = {}
    for i, key in enumerate(keys):
        if spans[i] is not None:
            classes.setdefault(key, []).append(i)
    members = sorted(classes.values(), key=lambda m: (spans[m[0]], m[0]))
    heap: list[tuple[float, int, int, int, Iterator[tuple[int, int]]]] = []

    def push(first: list[int], second: list[int]) -> None:
        """Queue the pairs with i from `first` and j from `second` if they score enough."""
        if compatible is not None and not compatible(first[0], second[0]):
            return
        pairs = _pairs(first, second, apart, group)
        head = next(pairs, None)
        if head is None:
            return
        value = score(*head)
        if value >= threshold:
            heap.append((-value, head[0], head[1], len(heap), pairs))

    for k, first in enumerate(members):
        end = spans[first[0]][1]  # type: ignore[index]
        push(first, first)
        for second in members[k + 1:]:
            if spans[second[0]][0] > end:  # type: ignore[index]
                break
            push(first, second)
            push(second, first)
    heapq.heapify(heap)
    while heap:
        value, i, j, order, pairs = heap[0]
        if group[i] != group[j]:
            yield i, j
        following = next(pairs, None)
        if following is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (value, following[0], following[1], order, pairs))


def _pairs(first: list[int], second: list[int], apart: Callable[[int, int], bool],
           group: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i from `first`, j from `second`, i < j, not `apart`, in (i, j) order,
    leaving out those already in one group; stops once both lists are in one group."""
    idle = False
    for i in first:
        if idle and len({group[x] for x in first} | {group[y] for y in second}) == 1:
            return
        idle = True
        for j in second[bisect_right(second, i):]:
            if group[i] != group[j] and not apart(i, j):
                idle = False
                yield i, j
