"""A one-entry memo for per-article work asked for twice in a row.

Stages of one article ask for the same thing of the same text object (the pipeline tags an
article twice when event-relative phrases join in; tagging and extraction both split it
into sentences). Keeping the answer for the last argument only, compared by identity,
serves those repeats without keeping anything of other articles.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

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
