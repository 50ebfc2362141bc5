"""HTML pages and fragments: offline by default, repeatable to the byte, inert article text."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys

import pytest

from timeline.errors import UsageError
from timeline.render import to_html
from timeline.render.html import READY_ATTRIBUTE

#: A string only the plotly.js bundle contains.
PLOTLYJS_MARK = "plotly.js v"


def test_page_inlines_plotlyjs_and_loads_nothing(sample):
    page = to_html(sample)
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Timeline</title>" in page
    assert PLOTLYJS_MARK in page
    assert "<script src" not in page.replace('<script charset="utf-8" src', "<script src")
    assert "https://" not in re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    assert len(page) > 3_000_000


def test_cdn_and_directory_reference_the_library(sample):
    cdn = to_html(sample, plotlyjs="cdn")
    assert re.search(r'<script[^>]* src="https://cdn\.plot\.ly/plotly-[0-9.]+\.min\.js"', cdn)
    assert PLOTLYJS_MARK not in cdn
    directory = to_html(sample, plotlyjs="directory")
    assert '<script charset="utf-8" src="plotly.min.js"></script>' in directory
    assert PLOTLYJS_MARK not in directory


def test_fragment_is_an_embeddable_div_that_carries_its_library(sample):
    fragment = to_html(sample, fragment=True)
    assert fragment.startswith("<div") and fragment.rstrip().endswith("</div>")
    assert "<html" not in fragment and "<body" not in fragment
    assert PLOTLYJS_MARK in fragment
    cdn_fragment = to_html(sample, fragment=True, plotlyjs="cdn")
    assert cdn_fragment.startswith("<div") and "cdn.plot.ly" in cdn_fragment


def test_notebook_repr_is_the_fragment(sample):
    assert sample._repr_html_() == to_html(sample, fragment=True)


def test_same_input_same_bytes(sample):
    assert to_html(sample) == to_html(sample)


def test_same_bytes_in_another_process(sample):
    code = ("import hashlib, sys; from timeline.render import to_html; "
            "from timeline.render.synthetic import sample_chronology; "
            "sys.stdout.write(hashlib.sha256(to_html(sample_chronology()).encode()).hexdigest())")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout
    assert other == hashlib.sha256(to_html(sample).encode()).hexdigest()


def test_plot_id_is_stable_and_differs_between_timelines(sample, make):
    other = make.chronology(make.event("1", make.day("2025-01-01")))
    ids = [re.search(r'<div id="([^"]+)" class="plotly-graph-div"', h).group(1)
           for h in (to_html(sample), to_html(sample), to_html(other),
                     to_html(sample, lanes="article"))]
    assert ids[0] == ids[1]
    assert len(set(ids)) == 3
    assert all(re.fullmatch(r"timeline-[0-9a-f]{12}", i) for i in ids)


def test_page_marks_the_plot_when_drawn(sample):
    assert READY_ATTRIBUTE in to_html(sample, fragment=True)


def test_bad_option_values_are_usage_errors(sample):
    with pytest.raises(UsageError):
        to_html(sample, plotlyjs="require")
    with pytest.raises(UsageError):
        to_html(sample, lanes="topic")


def test_hostile_text_never_reaches_the_page_raw(hostile_chronology, make):
    page = to_html(hostile_chronology, title=make.hostile[0], plotlyjs="cdn")
    for raw in make.hostile:
        assert raw not in page
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    # The only scripts are the library loader and the plot call.
    assert page.count("<script") == 3  # window.PlotlyConfig, the CDN tag, the plot
    config = re.search(r"\},\s*(\{\"displaylogo\".*?\})\s*\)", page, flags=re.S).group(1)
    assert "alert" not in config
