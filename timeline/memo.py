"""A one-entry memo for per-article work asked for twice in a row.

Stages of one article ask for the same thing of the same text object (the pipeline tags an
article twice when event-relative phrases join in; tagging and extraction both split it
into sentences). Keeping the answer for the last argument only, compared by identity,
serves those repeats without keeping anything of other articles.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

A = TypeVar("A")
R = TypeVar("R")


def last_by_identity(compute: Callable[[A], R]) -> Callable[[A], R]:
    """`compute`, answering again without work when given the very object it was last given.
    The answer is shared: callers that change it must copy it."""
    last: list[object] = [_NOTHING, None]

    @functools.wraps(compute)
    def remembered(argument: A) -> R:
        if last[0] is not argument:
            answer = compute(argument)
            last[0], last[1] = argument, answer
        return last[1]  # type: ignore[return-value]

    return remembered


_NOTHING = object()


def per_span_of_last_text(compute: Callable[[str, int, int], R]) -> Callable[[str, int, int], R]:
    """`compute(text, start, end)`, answering again without work for a span of the text it
    was last given (compared by identity): the tests of one expression ask about the same
    spans of one article several times. Only the last text's answers are kept."""
    last: list[Any] = [_NOTHING, {}]

    @functools.wraps(compute)
    def remembered(text: str, start: int, end: int) -> R:
        if last[0] is not text:
            last[0], last[1] = text, {}
        answers = last[1]
        found = answers.get((start, end), _NOTHING)
        if found is _NOTHING:
            found = answers[start, end] = compute(text, start, end)
        return found  # type: ignore[no-any-return]

    return remembered
