"""Write every output a build asks for, from one chronology, each file atomically.

This is the one call the CLI's `build` command makes after building: timeline.json, the HTML
page (or fragment), plotly.min.js beside it when the page loads the library from its
directory, CSV, Markdown, TimelineJS JSON and static images. The figure is built once and
shared by the page and the images. A failure raises OutputError naming the file; files
written before it stay complete (each write is a rename).
"""

from __future__ import annotations

from pathlib import Path

from timeline.atomic import write_text
from timeline.errors import OutputError
from timeline.model import Chronology
from timeline.render.html import PLOTLYJS_FILE, check_plotlyjs, figure_html, plot_id
from timeline.render.labels import check_lanes


def write_plotlyjs(page: str) -> str:
    """Write plotly.min.js beside `page`, replacing any older copy; return its path.

    plotly.py itself never refreshes an existing copy, which leaves pages on a stale library
    after an upgrade; this always writes the version the page was made with.
    """
    from plotly.offline import get_plotlyjs

    target = str(Path(page).parent / PLOTLYJS_FILE)
    write_text(target, get_plotlyjs())
    return target


def write_outputs(
    chronology: Chronology,
    *,
    html: str | None = None,
    json: str | None = None,
    fragment: bool = False,
    plotlyjs: str = "inline",
    lanes: str = "actor",
    png: str | None = None,
    svg: str | None = None,
    pdf: str | None = None,
    csv: str | None = None,
    markdown: str | None = None,
    timelinejs: str | None = None,
) -> list[str]:
    """Write the outputs that have a path; return the paths written, in order."""
    check_lanes(lanes)
    check_plotlyjs(plotlyjs)
    # Every folder first: a missing one must not leave the outputs before it rewritten.
    for path in (json, html, csv, markdown, timelinejs, png, svg, pdf):
        if path is not None and not Path(path).parent.is_dir():
            raise OutputError("output directory does not exist", path)
    written: list[str] = []
    if json is not None:
        write_text(json, chronology.to_json())
        written.append(json)
    images = {fmt: path for fmt, path in (("png", png), ("svg", svg), ("pdf", pdf)) if path}
    fig = None
    if html is not None or images:
        from timeline.render.figure import figure

        fig = figure(chronology, lanes=lanes)
    if html is not None:
        assert fig is not None
        page = figure_html(fig, div_id=plot_id(chronology, lanes, None), fragment=fragment,
                           plotlyjs=plotlyjs)
        write_text(html, page)
        written.append(html)
        if plotlyjs == "directory":
            written.append(write_plotlyjs(html))
    if csv is not None:
        from timeline.export.csvfile import to_csv

        write_text(csv, to_csv(chronology))
        written.append(csv)
    if markdown is not None:
        from timeline.export.markdown import to_markdown

        write_text(markdown, to_markdown(chronology))
        written.append(markdown)
    if timelinejs is not None:
        from timeline.export.timelinejs import to_timelinejs

        write_text(timelinejs, to_timelinejs(chronology, lanes=lanes))
        written.append(timelinejs)
    if images:
        from timeline.render.images import write_figure_images

        assert fig is not None
        written.extend(write_figure_images(fig, images))
    return written
