"""HTML, JSON and JSON Lines inputs: text, title, metadata date, ids, and malformed records."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import ArticleError
from timeline.ingest import read_inputs

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Envoys agree to meet again | The Daily Example</title>
<meta property="og:title" content="Envoys agree to meet again">
<meta property="article:published_time" content="2024-09-14T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Envoys agree to meet again</h1>
<p>Delegations from the two capitals said on Saturday that the negotiations would restart in
Geneva next month after a pause of several weeks.</p>
<p>Officials on both sides described the preparatory session as useful, although no agenda
has been released so far and several questions remain open.</p>
<p>Advertisement</p>
<p>A spokesperson added that technical teams would meet first to settle the list of topics
before the ministers themselves arrive in the city.</p>
</article>
<footer><p>Share this article</p></footer>
</body></html>
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(params=["trafilatura", "plain"])
def html_reader(request, monkeypatch):
    """Each HTML test runs with trafilatura and with the standard-library fallback."""
    if request.param == "plain":
        monkeypatch.setitem(sys.modules, "trafilatura", None)
    return request.param


def test_html_text_title_and_metadata_date(tmp_path, html_reader):
    f = write(tmp_path / "page.html", PAGE)
    result = read_inputs([str(f)])
    (article,) = result.articles
    assert article.id == "page"
    assert article.published == date(2024, 9, 14)
    assert article.published_source == "metadata"
    assert article.title == "Envoys agree to meet again"
    assert article.text.startswith("Delegations from the two capitals")
    assert "technical teams" in article.text
    assert "Advertisement" not in article.text
    assert "Home" not in article.text
    assert result.warnings == ()


def test_htm_with_date_header_in_body_prefers_header(tmp_path, html_reader):
    page = PAGE.replace("<h1>", "<p>Published 20 September 2024</p><h1>")
    f = write(tmp_path / "page.htm", page)
    (article,) = read_inputs([str(f)]).articles
    assert (article.published, article.published_source) == (date(2024, 9, 20), "header")


def test_html_without_text_warns(tmp_path, html_reader):
    write(tmp_path / "good.txt", "Envoys met on Monday.")
    empty = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></html>")
    result = read_inputs([str(tmp_path)])
    assert [a.id for a in result.articles] == ["good"]
    (warning,) = result.warnings
    assert warning.startswith(f"{empty}: ") and "no article text" in warning


def test_plain_reader_takes_time_element_and_canonical_url(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = (PAGE.replace('<meta property="article:published_time" content="2024-09-14T08:30:00Z">',
                         '<link rel="canonical" href="https://example.org/envoys">')
            .replace("<article>", '<article><time datetime="2024-09-13">Friday</time>'))
    (article,) = read_inputs([str(write(tmp_path / "p.html", page))]).articles
    assert article.published == date(2024, 9, 13)
    assert article.url == "https://example.org/envoys"
    assert "Home" not in article.text and "Share this article" not in article.text


def test_trafilatura_not_imported_without_html(tmp_path):
    write(tmp_path / "a.txt", "Envoys met on Monday.")
    code = (
        "import sys\nfrom timeline.ingest import read_inputs\n"
        f"read_inputs([{str(tmp_path)!r}])\n"
        "assert 'trafilatura' not in sys.modules and 'htmldate' not in sys.modules\n"
        "assert 'charset_normalizer' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_json_object(tmp_path):
    record = {"title": "Talks resume", "body": "Envoys met on Monday.", "published": "2024-03-05",
              "url": "https://example.org/a"}
    f = write(tmp_path / "one.json", json.dumps(record))
    (article,) = read_inputs([str(f)]).articles
    assert article.id == "one"
    assert article.text == "Envoys met on Monday."
    assert article.title == "Talks resume"
    assert article.url == "https://example.org/a"
    assert (article.published, article.published_source) == (date(2024, 3, 5), "metadata")


def test_json_list_ids_and_date_fields(tmp_path):
    records = [
        {"content": "First story text.", "published_at": "2024-03-05T10:00:00Z"},
        {"text": "Second story text.", "id": "custom", "date": "March 6, 2024"},
        {"text": "Third story text.", "date": 1709856000},
    ]
    f = write(tmp_path / "batch.json", json.dumps(records))
    articles = read_inputs([str(f)]).articles
    assert [a.id for a in articles] == ["batch-1", "custom", "batch-3"]
    assert [a.published for a in articles] == [date(2024, 3, 5), date(2024, 3, 6),
                                                date(2024, 3, 8)]


def test_json_bad_records_warn(tmp_path):
    records = [{"text": "Good story."}, {"title": "no text"}, 5,
               {"text": "Odd date.", "date": "9999-01-01"}]
    f = write(tmp_path / "mixed.json", json.dumps(records))
    result = read_inputs([str(f)])
    assert [a.id for a in result.articles] == ["mixed-1", "mixed-4"]
    assert result.articles[1].published is None
    assert len(result.warnings) == 3
    assert all(w.startswith(f"{f}: item ") for w in result.warnings)


def test_malformed_json_warns_and_skips(tmp_path):
    write(tmp_path / "good.txt", "Envoys met on Monday.")
    bad = write(tmp_path / "bad.json", '{"text": "x",\n "title": }')
    result = read_inputs([str(tmp_path)])
    assert [a.id for a in result.articles] == ["good"]
    (warning,) = result.warnings
    assert warning.startswith(f"{bad}: invalid JSON at line 2")


def test_json_of_wrong_shape_warns(tmp_path):
    write(tmp_path / "good.txt", "Envoys met on Monday.")
    write(tmp_path / "shape.json", '"just a string"')
    (warning,) = read_inputs([str(tmp_path)]).warnings
    assert "expected a JSON object" in warning


def test_jsonl_lines_and_bad_line_named(tmp_path):
    lines = [
        json.dumps({"text": "Story one.", "date": "2024-01-02"}),
        "",
        "{not json",
        json.dumps({"body": "Story three.", "headline": "Third"}),
    ]
    f = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = read_inputs([str(f)])
    assert [a.id for a in result.articles] == ["feed-1", "feed-4"]
    assert result.articles[1].title == "Third"
    (warning,) = result.warnings
    assert warning.startswith(f"{f}: line 3: invalid JSON")


def test_jsonl_strict_bad_line_is_an_error(tmp_path):
    f = write(tmp_path / "feed.jsonl", json.dumps({"text": "ok"}) + "\n{oops\n")
    with pytest.raises(ArticleError, match="line 2"):
        read_inputs([str(f)], strict=True)


def test_duplicate_json_ids_across_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a" / "x.json", json.dumps({"id": "same", "text": "One."}))
    write(tmp_path / "b" / "y.json", json.dumps({"id": "same", "text": "Two."}))
    ids = [a.id for a in read_inputs([str(tmp_path)]).articles]
    assert ids == ["a__same", "b__same"]


def test_duplicate_ids_in_one_file_get_a_counter(tmp_path):
    f = write(tmp_path / "dup.json", json.dumps([{"id": "k", "text": "One."},
                                                 {"id": "k", "text": "Two."}]))
    result = read_inputs([str(f)])
    assert [a.id for a in result.articles] == ["k", "k-2"]
    (warning,) = result.warnings
    assert "'k-2'" in warning
