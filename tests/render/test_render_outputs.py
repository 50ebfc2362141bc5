"""write_outputs: every requested file, atomically, from one chronology."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.errors import OutputError
from timeline.outputs import write_outputs
from timeline.render import to_html
from timeline.render.images import find_chromium


def test_writes_what_was_asked_and_returns_the_paths(sample, tmp_path):
    paths = {name: str(tmp_path / name) for name in
             ("t.html", "t.json", "t.csv", "t.md", "t.tl.json")}
    written = write_outputs(sample, html=paths["t.html"], json=paths["t.json"],
                            csv=paths["t.csv"], markdown=paths["t.md"],
                            timelinejs=paths["t.tl.json"])
    assert written == [paths["t.json"], paths["t.html"], paths["t.csv"], paths["t.md"],
                       paths["t.tl.json"]]
    assert Path(paths["t.html"]).read_text(encoding="utf-8") == to_html(sample)
    assert Path(paths["t.json"]).read_text(encoding="utf-8") == sample.to_json()
    assert json.loads(Path(paths["t.tl.json"]).read_text(encoding="utf-8"))["events"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(paths)


def test_nothing_asked_nothing_written(sample, tmp_path):
    assert write_outputs(sample) == []
    assert not list(tmp_path.iterdir())


def test_fragment_and_lanes_reach_the_page(sample, tmp_path):
    target = tmp_path / "t.html"
    write_outputs(sample, html=str(target), fragment=True, lanes="article")
    assert target.read_text(encoding="utf-8") == to_html(sample, fragment=True, lanes="article")


def test_directory_mode_writes_and_refreshes_plotlyjs(sample, tmp_path):
    from plotly.offline import get_plotlyjs

    stale = tmp_path / "plotly.min.js"
    stale.write_text("/* an old plotly.js */", encoding="utf-8")
    page = tmp_path / "t.html"
    written = write_outputs(sample, html=str(page), plotlyjs="directory")
    assert written == [str(page), str(stale)]
    assert stale.read_text(encoding="utf-8") == get_plotlyjs()
    assert 'src="plotly.min.js"' in page.read_text(encoding="utf-8")


def test_missing_directory_is_an_output_error_naming_the_file(sample, tmp_path):
    target = str(tmp_path / "nowhere" / "t.html")
    with pytest.raises(OutputError) as caught:
        write_outputs(sample, html=target)
    assert caught.value.path == target


@pytest.mark.skipif(find_chromium() is None, reason="no Chromium on PATH")
def test_images_come_last_and_share_the_figure(renderer, sample, tmp_path):
    written = write_outputs(sample, json=str(tmp_path / "t.json"),
                            png=str(tmp_path / "t.png"), svg=str(tmp_path / "t.svg"))
    assert written == [str(tmp_path / n) for n in ("t.json", "t.png", "t.svg")]
    assert (tmp_path / "t.png").stat().st_size > 10_000
