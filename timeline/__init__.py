"""timeline: turn news articles into one dated chronology of the events they describe.

The library API is `timeline.build(inputs, dates=None, ...) -> Chronology`; a Chronology
exports itself (`to_json()`, `figure()`, `to_html()`, `write_html()`). Heavy modules load on
first use so that importing the package (and `timeline --help`) stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.model import Article, Chronology, Event, Mention, TimeValue, Timex

__version__ = "0.1.0"

__all__ = ["Article", "Chronology", "Event", "Mention", "TimeValue", "Timex", "build", "tag"]

if TYPE_CHECKING:
    from timeline.pipeline import build
    from timeline.temporal import tag


def __getattr__(name: str) -> Any:
    if name == "build":
        from timeline.pipeline import build

        return build
    if name == "tag":
        from timeline.temporal import tag

        return tag
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
