"""Static images through kaleido and the system's Chromium (one browser for the session)."""

from __future__ import annotations

import html
import re

import pytest

from timeline.errors import OutputError, UsageError
from timeline.render import figure, write_images
from timeline.render import images as images_module
from timeline.render.images import find_chromium, stable_svg, static_figure

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="no Chromium on PATH")


@needs_chromium
def test_png_svg_pdf(renderer, sample, tmp_path):
    targets = {fmt: str(tmp_path / f"timeline.{fmt}") for fmt in ("png", "svg", "pdf")}
    write_images(sample, targets)
    assert (tmp_path / "timeline.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert (tmp_path / "timeline.pdf").read_bytes().startswith(b"%PDF-")
    svg = (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Energy truce announced" in svg
    assert not list(tmp_path.glob(".*.tmp"))


@needs_chromium
def test_svg_is_deterministic(renderer, sample, tmp_path):
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    write_images(sample, {"svg": str(first)})
    write_images(sample, {"svg": str(second)})
    assert first.read_bytes() == second.read_bytes()


@needs_chromium
def test_hostile_text_is_drawn_as_text(renderer, hostile_chronology, tmp_path):
    target = tmp_path / "x.svg"
    write_images(hostile_chronology, {"svg": str(target)})
    svg = target.read_text(encoding="utf-8")
    assert "<script" not in svg and "<img" not in svg
    drawn = {html.unescape(text) for text in re.findall(r">([^<]+)<", svg)}
    assert "<script>alert(1)</script>" in drawn  # shown to the reader as plain text


def test_no_chromium_is_an_output_error_naming_the_image(monkeypatch, sample, tmp_path):
    monkeypatch.setattr(images_module, "_renderer", None)
    monkeypatch.setattr(images_module.shutil, "which", lambda name: None)
    target = str(tmp_path / "timeline.png")
    with pytest.raises(OutputError) as caught:
        write_images(sample, {"png": target})
    assert caught.value.path == target
    assert "Chromium" in caught.value.message
    assert not (tmp_path / "timeline.png").exists()


def test_unknown_format_is_a_usage_error(sample, tmp_path):
    with pytest.raises(UsageError):
        write_images(sample, {"gif": str(tmp_path / "t.gif")})


def test_static_figure_has_no_slider_or_buttons(sample):
    static = static_figure(figure(sample))
    assert static["layout"]["xaxis"]["rangeslider"] == {"visible": False}
    assert static["layout"]["xaxis"]["rangeselector"] == {"visible": False}


def test_static_figure_draws_vector_markers_even_at_webgl_sizes():
    from timeline.render.figure import GL_THRESHOLD
    from timeline.render.synthetic import synthetic_chronology

    fig = figure(synthetic_chronology(GL_THRESHOLD + 1))
    assert fig.data[1].type == "scattergl"
    assert [t["type"] for t in static_figure(fig)["data"]] == ["bar", "scatter"]


def test_stable_svg_replaces_only_the_random_ids():
    svg = (b'<svg><defs id="defs-1a2b3c"><clipPath id="clip1a2b3cxyplot"></clipPath></defs>'
           b'<g clip-path="url(#clip1a2b3cxyplot)"><text>1a2b3c</text></g></svg>')
    fixed = stable_svg(svg)
    assert b"1a2b3c</text>" in fixed
    assert fixed.count(b"1a2b3c") == 1
    assert b'id="defs-tl0000"' in fixed and b"url(#cliptl0000xyplot)" in fixed
