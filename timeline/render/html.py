"""The figure as an HTML page or an embeddable `<div>`, offline and byte-for-byte repeatable.

plotly.js is inlined by default, so a page (or a fragment) renders with no network. The plot's
element id is derived from the content, never random, and trace uids are fixed by the figure,
so the same chronology always gives the same bytes, while two different timelines embedded in
one page or notebook still get distinct ids. Only constants go into plotly's `config`,
`div_id` and `post_script`, which plotly.py writes unescaped; article text reaches the page
only through the figure, where it is already escaped.
"""

from __future__ import annotations

import hashlib
import html
import json
from typing import TYPE_CHECKING, Any

from timeline.errors import UsageError
from timeline.model import Chronology
from timeline.render.labels import check_lanes

if TYPE_CHECKING:
    import plotly.graph_objects as go

PLOTLYJS_MODES = ("inline", "cdn", "directory")

#: The file a `directory` page loads plotly.js from, beside the page.
PLOTLYJS_FILE = "plotly.min.js"

#: Set on the plot's element once plotly.js has drawn it; tests and screenshots wait for it.
READY_ATTRIBUTE = "data-timeline-ready"

_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2},
}

_POST_SCRIPT = f"document.getElementById('{{plot_id}}').setAttribute('{READY_ATTRIBUTE}', '1');"

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ margin: 0; padding: 8px 12px; background: #fff;
       font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }}
</style>
</head>
<body>
{body}
<noscript>This timeline needs JavaScript to draw.</noscript>
</body>
</html>
"""


def check_plotlyjs(plotlyjs: str) -> None:
    """Raise UsageError unless `plotlyjs` is one of PLOTLYJS_MODES."""
    if plotlyjs not in PLOTLYJS_MODES:
        raise UsageError(f"plotlyjs must be one of {', '.join(PLOTLYJS_MODES)}, not {plotlyjs!r}")


def plot_id(chronology: Chronology, lanes: str, title: str | None) -> str:
    """A stable element id for this chronology drawn this way: same content, same id."""
    content = json.dumps([chronology.to_dict(), lanes, title], ensure_ascii=False,
                         sort_keys=True, default=str)
    return "timeline-" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:12]


def to_html(
    chronology: Chronology,
    *,
    fragment: bool = False,
    plotlyjs: str = "inline",
    lanes: str = "actor",
    title: str | None = None,
) -> str:
    """An HTML page showing the chronology, or with `fragment=True` a `<div>` to embed.

    `plotlyjs`: "inline" puts plotly.js into the output (offline, about 4.8 MB), also in a
    fragment, so a fragment works on its own in a notebook or a report; "cdn" loads it from
    the plotly CDN; "directory" loads `plotly.min.js` from beside the page (write_outputs
    writes it).
    """
    from timeline.render.figure import DEFAULT_TITLE, figure

    check_lanes(lanes)
    check_plotlyjs(plotlyjs)
    fig = figure(chronology, lanes=lanes, title=title)
    return figure_html(fig, div_id=plot_id(chronology, lanes, title), fragment=fragment,
                       plotlyjs=plotlyjs, page_title=title or DEFAULT_TITLE)


def figure_html(
    fig: go.Figure,
    *,
    div_id: str,
    fragment: bool = False,
    plotlyjs: str = "inline",
    page_title: str = "Timeline",
) -> str:
    """HTML for an already built figure; `div_id` must be a constant, not article text."""
    import plotly.io as pio

    check_plotlyjs(plotlyjs)
    include: Any = {"inline": True, "cdn": "cdn", "directory": "directory"}[plotlyjs]
    height = fig.layout.height or 600
    div = pio.to_html(
        fig,
        config=_CONFIG,
        full_html=False,
        include_plotlyjs=include,
        include_mathjax=False,
        post_script=_POST_SCRIPT,
        div_id=div_id,
        default_width="100%",
        default_height=f"{height}px",
        validate=False,
    )
    if fragment:
        return div + "\n"
    return _PAGE.format(title=html.escape(page_title), body=div)
