"""Static images of the figure (PNG, SVG, PDF) through kaleido and the system's Chromium.

Chromium is found on PATH (Debian's `/usr/bin/chromium`); none is ever downloaded, and a
missing one is an OutputError naming the image. One kaleido browser is started per process,
on first use, with MathJax off (otherwise every image waits for a CDN that cannot be reached),
and reused for every image after that. It runs in a private event-loop thread rather than
kaleido's own sync server, because that server waits forever when the browser fails to start;
here a start failure or a stuck render becomes an OutputError. SVG ids that plotly.js draws at
random are replaced by a constant, so the same chronology gives the same SVG. Images are
always vector markers (never WebGL), without the range slider and zoom buttons.
"""

from __future__ import annotations

import asyncio
import atexit
import re
import shutil
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from timeline.atomic import write_bytes
from timeline.errors import OutputError, UsageError
from timeline.model import Chronology

if TYPE_CHECKING:
    import plotly.graph_objects as go

FORMATS = ("png", "svg", "pdf")

#: Browser executables tried, in order, on PATH.
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

#: Image width in CSS pixels; the height is the figure's.
WIDTH = 1400

#: Seconds to wait for the browser to start, and for one image.
START_TIMEOUT = 60.0
RENDER_TIMEOUT = 120.0

_SCALE = {"png": 2, "svg": 1, "pdf": 1}


def find_chromium() -> str | None:
    """Path of a Chromium-family browser on PATH, None when there is none."""
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class _Renderer:
    """A kaleido browser kept open in its own event-loop thread."""

    def __init__(self, browser: str) -> None:
        import kaleido

        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="timeline-kaleido",
                                        daemon=True)
        self._thread.start()
        self._kaleido = kaleido.Kaleido(path=browser, mathjax=False)
        try:
            self._call(self._kaleido.open(), START_TIMEOUT)
        except BaseException:
            self._stop_loop()
            raise

    def _call(self, coroutine: Any, timeout: float) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def render(self, fig: dict[str, Any], fmt: str, width: int, height: int) -> bytes:
        opts = {"format": fmt, "width": width, "height": height, "scale": _SCALE[fmt]}
        return bytes(self._call(self._kaleido.calc_fig(fig, opts=opts), RENDER_TIMEOUT))

    def close(self) -> None:
        try:
            self._call(self._kaleido.close(), START_TIMEOUT)
        finally:
            self._stop_loop()

    def _stop_loop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


_renderer: _Renderer | None = None
_lock = threading.Lock()


def start_renderer(image_path: str | None = None) -> None:
    """Start the shared browser now (it otherwise starts with the first image).

    Raises OutputError (naming `image_path`, if given) when no Chromium is found or it does
    not start.
    """
    global _renderer
    with _lock:
        if _renderer is not None:
            return
        browser = find_chromium()
        if browser is None:
            raise OutputError(
                "static images need Chromium, and none was found on PATH "
                "(install it, e.g. `apt-get install chromium`)", image_path)
        try:
            _renderer = _Renderer(browser)
        except Exception as exc:
            raise OutputError(f"could not start {browser} for static images ({_first_line(exc)})",
                              image_path) from None
        atexit.register(stop_renderer)


def stop_renderer() -> None:
    """Close the shared browser, if it is running."""
    global _renderer
    with _lock:
        renderer, _renderer = _renderer, None
    if renderer is not None:
        renderer.close()


def write_images(chronology: Chronology, targets: Mapping[str, str], *,
                 lanes: str = "actor") -> None:
    """Write the chronology's figure to each `{format: path}` in `targets` (png, svg, pdf)."""
    from timeline.render.figure import figure

    check_formats(targets)
    if targets:
        write_figure_images(figure(chronology, lanes=lanes), targets)


def check_formats(targets: Mapping[str, str]) -> None:
    unknown = sorted(set(targets) - set(FORMATS))
    if unknown:
        raise UsageError(f"image formats are {', '.join(FORMATS)}; not {', '.join(unknown)}")


def write_figure_images(fig: go.Figure, targets: Mapping[str, str]) -> list[str]:
    """Write an already built figure as images, atomically; return the paths written."""
    check_formats(targets)
    if not targets:
        return []
    start_renderer(next(iter(targets.values())))
    assert _renderer is not None
    static = static_figure(fig)
    height = int(static["layout"].get("height") or 600)
    written = []
    for fmt, path in targets.items():
        try:
            data = _renderer.render(static, fmt, WIDTH, height)
        except Exception as exc:
            raise OutputError(f"could not render the {fmt.upper()} image ({_first_line(exc)})",
                              path) from None
        if fmt == "svg":
            data = stable_svg(data)
        write_bytes(path, data)
        written.append(path)
    return written


def static_figure(fig: go.Figure) -> dict[str, Any]:
    """The figure as a dict for a still picture: no range slider or zoom buttons.

    WebGL markers become SVG markers: WebGL only pays off for interaction, and kaleido would
    rasterise it even inside SVG and PDF (and renders it several times slower).
    """
    static = fig.to_dict()
    for trace in static["data"]:
        if trace.get("type") == "scattergl":
            trace["type"] = "scatter"
    xaxis = static["layout"].setdefault("xaxis", {})
    xaxis["rangeslider"] = {"visible": False}
    xaxis["rangeselector"] = {"visible": False}
    static["layout"]["width"] = WIDTH
    return static


_LAYOUT_UID = re.compile(rb'id="defs-([0-9a-f]+)"')


def stable_svg(svg: bytes) -> bytes:
    """Replace the random id plotly.js gives each drawing by a constant.

    The id appears only inside `id="…"` and `url(#…)`/`href="#…"` references; text drawn
    from articles is left alone even if it happens to contain the same letters.
    """
    found = _LAYOUT_UID.search(svg)
    if found is None:
        return svg
    uid = re.escape(found.group(1))
    pattern = re.compile(rb'((?:id="|#)[A-Za-z_-]*)' + uid)
    return pattern.sub(rb"\g<1>tl0000", svg)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
