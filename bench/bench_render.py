"""Render timing and page size for 10, 1,000 and 10,000 synthetic events.

For each size: the time to build the plotly figure, to turn it into an HTML page (plotly.js
inlined), to write it (atomically), the page size raw and gzipped, and with `--images` the
time of a PNG through kaleido (the browser started once beforehand). Events come from
`timeline.render.synthetic` (seeded, so runs compare); each step is timed as the best of
`--repeat` runs.

    python bench/bench_render.py [--sizes 10,1000,10000] [--repeat 3] [--images]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.atomic import write_text  # noqa: E402
from timeline.render.figure import figure  # noqa: E402
from timeline.render.html import figure_html, plot_id  # noqa: E402
from timeline.render.synthetic import synthetic_chronology  # noqa: E402


def best_of(repeat: int, step: Callable[[], Any]) -> tuple[float, Any]:
    """Fastest wall time of `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,1000,10000", help="comma-separated event counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per step (best is kept)")
    parser.add_argument("--images", action="store_true", help="also time a PNG via kaleido")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    if args.images:
        from timeline.render.images import start_renderer

        start_renderer()
    header = f"{'events':>7} {'trace':>10} {'figure s':>9} {'html s':>7} {'write s':>8} " \
             f"{'total s':>8} {'page MB':>8} {'gzip MB':>8}"
    if args.images:
        header += f" {'png s':>6}"
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            chronology = synthetic_chronology(n)
            t_fig, fig = best_of(args.repeat, lambda c=chronology: figure(c))
            div_id = plot_id(chronology, "actor", None)
            t_html, page = best_of(args.repeat, lambda f=fig, d=div_id: figure_html(f, div_id=d))
            target = Path(tmp) / f"timeline-{n}.html"
            t_write, _ = best_of(args.repeat, lambda p=page, t=target: write_text(t, p))
            raw = page.encode("utf-8")
            row = (f"{n:>7} {fig.data[1].type:>10} {t_fig:>9.3f} {t_html:>7.3f} "
                   f"{t_write:>8.3f} {t_fig + t_html + t_write:>8.3f} "
                   f"{len(raw) / 1e6:>8.2f} {len(gzip.compress(raw, 6)) / 1e6:>8.2f}")
            if args.images:
                from timeline.render.images import write_figure_images

                png = str(Path(tmp) / f"timeline-{n}.png")
                t_png, _ = best_of(args.repeat,
                                   lambda f=fig, p=png: write_figure_images(f, {"png": p}))
                row += f" {t_png:>6.2f}"
            print(row, flush=True)
    if args.images:
        from timeline.render.images import stop_renderer

        stop_renderer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
