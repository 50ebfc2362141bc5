"""read_inputs: files, directories, stdin, ids, --date, and every kind of bad input."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import ArticleError, DateError, UsageError
from timeline.ingest import MAX_FILE_BYTES, read_inputs
from timeline.ingest.reader import _Log

BODY = "Envoys met in Vienna on Tuesday.\n\nA further meeting is planned for next month.\n"


def write(path: Path, text: str = BODY, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_single_file_id_is_stem(tmp_path):
    f = write(tmp_path / "report.txt")
    result = read_inputs([str(f)])
    assert [a.id for a in result.articles] == ["report"]
    assert result.articles[0].path == str(f)
    assert result.articles[0].text == BODY.strip()
    assert result.warnings == ()


def test_several_files_sorted_by_path(tmp_path):
    b = write(tmp_path / "b.txt")
    a = write(tmp_path / "a.txt")
    result = read_inputs([str(b), str(a)])
    assert [x.id for x in result.articles] == ["a", "b"]


def test_directory_recursive_and_deterministic(tmp_path):
    write(tmp_path / "z.txt")
    write(tmp_path / "sub" / "m.txt")
    write(tmp_path / "sub" / "deeper" / "c.txt")
    write(tmp_path / ".hidden" / "h.txt")
    write(tmp_path / ".h.txt")
    result = read_inputs([str(tmp_path)])
    assert [a.id for a in result.articles] == ["c", "m", "z"]
    assert result.warnings == ()


def test_directory_skips_other_files_with_a_note(tmp_path):
    write(tmp_path / "a.txt")
    write(tmp_path / "notes.md")
    write(tmp_path / "scan.pdf", "%PDF-1.4")
    result = read_inputs([str(tmp_path)])
    assert [a.id for a in result.articles] == ["a"]
    assert len(result.warnings) == 2
    assert all("skipped" in w for w in result.warnings)
    assert any(w.startswith(str(tmp_path / "notes.md") + ": ") for w in result.warnings)


def test_many_skipped_files_are_summed_up(tmp_path):
    write(tmp_path / "a.txt")
    for n in range(8):
        write(tmp_path / f"f{n}.csv", "x,y")
    warnings = read_inputs([str(tmp_path)]).warnings
    assert len(warnings) == 6
    assert "3 more" in warnings[-1]


def test_same_stem_in_two_folders_is_disambiguated(tmp_path):
    write(tmp_path / "east" / "story.txt")
    write(tmp_path / "west" / "story.txt")
    write(tmp_path / "other.txt")
    result = read_inputs([str(tmp_path)])
    assert [a.id for a in result.articles] == ["east__story", "other", "west__story"]
    assert sum("shared by several inputs" in w for w in result.warnings) == 2


def test_same_stem_same_parent_name_uses_more_folders(tmp_path):
    write(tmp_path / "x" / "day" / "story.txt")
    write(tmp_path / "y" / "day" / "story.txt")
    ids = [a.id for a in read_inputs([str(tmp_path)]).articles]
    assert ids == ["x__day__story", "y__day__story"]


def test_same_file_twice_is_read_once(tmp_path):
    f = write(tmp_path / "a.txt")
    result = read_inputs([str(f), str(tmp_path)])
    assert [a.id for a in result.articles] == ["a"]
    assert any("more than once" in w for w in result.warnings)


def test_stdin(tmp_path):
    result = read_inputs(["-"], stdin=io.StringIO("Published 4 June 2024\n\n" + BODY))
    (article,) = result.articles
    assert article.id == "stdin"
    assert article.path is None
    assert article.published == date(2024, 6, 4)


def test_stdin_bytes_are_decoded():
    class Binary(io.TextIOWrapper):
        pass

    stream = Binary(io.BytesIO(("Zelenskyy’s reply came late.\n").encode("cp1252")))
    (article,) = read_inputs(["-"], stdin=stream).articles
    assert article.text == "Zelenskyy’s reply came late."


def test_empty_stdin_is_no_article():
    with pytest.raises(ArticleError, match="no article"):
        read_inputs(["-"], stdin=io.StringIO("  \n"))


def test_date_mapping_wins_and_unused_keys_warn(tmp_path):
    write(tmp_path / "a.txt", "Published 2 May 2024\n\n" + BODY)
    result = read_inputs([str(tmp_path)], {"a": date(2024, 5, 1), "ghost": date(2024, 1, 1)})
    (article,) = result.articles
    assert (article.published, article.published_source) == (date(2024, 5, 1), "user")
    assert result.warnings == ("--date ghost: no input article has this id",)


def test_date_mapping_by_stem_reaches_disambiguated_ids(tmp_path):
    write(tmp_path / "p" / "s.txt")
    write(tmp_path / "q" / "s.txt")
    dates = {"p__s": date(2024, 2, 2)}
    by_id = {a.id: a.published for a in read_inputs([str(tmp_path)], dates).articles}
    assert by_id == {"p__s": date(2024, 2, 2), "q__s": None}


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zelenskyy’s office replied on Friday.", "cp1252"),
        ("The summit opened in São Paulo.", "latin-1"),
        ("Zelenskyy’s office replied in São Paulo.", "utf-16"),
        ("Zelenskyy’s office replied in São Paulo.", "utf-8-sig"),
    ],
)
def test_encodings_from_files(tmp_path, text, encoding):
    f = write(tmp_path / "enc.txt", text, encoding)
    (article,) = read_inputs([str(f)]).articles
    assert article.text == text


# --- bad input ----------------------------------------------------------------------------


def only_warning(result, path: Path) -> str:
    (warning,) = result.warnings
    assert warning.startswith(f"{path}: ")
    assert "\n" not in warning
    return warning


def test_empty_file_warns_and_skips(tmp_path):
    good = write(tmp_path / "good.txt")
    empty = write(tmp_path / "empty.txt", "")
    result = read_inputs([str(good), str(empty)])
    assert [a.id for a in result.articles] == ["good"]
    assert "empty" in only_warning(result, empty)


def test_whitespace_only_file_is_empty(tmp_path):
    write(tmp_path / "good.txt")
    blank = write(tmp_path / "blank.txt", " \n\n\t\n")
    assert "empty" in only_warning(read_inputs([str(tmp_path)]), blank)


def test_binary_file_warns_and_skips(tmp_path):
    write(tmp_path / "good.txt")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = read_inputs([str(tmp_path)])
    assert "binary" in only_warning(result, binary)


def test_furniture_only_file_warns_and_skips(tmp_path):
    write(tmp_path / "good.txt")
    junk = write(tmp_path / "junk.txt", "Advertisement\n\nShare this article\n")
    assert "no article text" in only_warning(read_inputs([str(tmp_path)]), junk)


def test_unreadable_file_warns_and_skips(tmp_path, unreadable):
    write(tmp_path / "good.txt")
    locked = unreadable(write(tmp_path / "locked.txt"))
    assert "permission denied" in only_warning(read_inputs([str(tmp_path)]), locked)


def test_oversized_file_warns_and_skips(tmp_path):
    write(tmp_path / "good.txt")
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    assert big.stat().st_size > MAX_FILE_BYTES
    warning = only_warning(read_inputs([str(tmp_path)]), big)
    assert "too large" in warning and "20 MB" in warning


def test_absurd_header_date_warns_and_is_ignored(tmp_path):
    f = write(tmp_path / "odd.txt", "date 9999-01-01\n\n" + BODY)
    result = read_inputs([str(f)])
    (article,) = result.articles
    assert article.published is None and article.published_source == "unknown"
    assert "9999" in only_warning(result, f)


def test_nonexistent_path_is_an_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ArticleError) as info:
        read_inputs([str(missing)])
    assert str(info.value) == f"{missing}: no such file or directory"


def test_directory_without_articles_is_an_error(tmp_path):
    write(tmp_path / "readme.md")
    with pytest.raises(ArticleError, match="no articles found"):
        read_inputs([str(tmp_path)])


def test_empty_directory_is_an_error(tmp_path):
    with pytest.raises(ArticleError, match="no articles found"):
        read_inputs([str(tmp_path)])


def test_nothing_left_is_an_error(tmp_path):
    write(tmp_path / "empty.txt", "")
    with pytest.raises(ArticleError, match="no article could be read") as info:
        read_inputs([str(tmp_path)])
    assert "empty" in str(info.value)


def test_no_inputs_is_a_usage_error():
    with pytest.raises(UsageError):
        read_inputs([])


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.txt", "", ArticleError),
        ("odd.txt", "date 9999-01-01\n\n" + BODY, DateError),
        ("notes.md", BODY, ArticleError),
    ],
)
def test_strict_turns_warnings_into_errors(tmp_path, name, content, error):
    write(tmp_path / "good.txt")
    write(tmp_path / name, content)
    assert read_inputs([str(tmp_path)]).warnings
    with pytest.raises(error) as info:
        read_inputs([str(tmp_path)], strict=True)
    assert str(info.value).startswith(str(tmp_path / name) + ": ")


def test_strict_unused_date_is_a_usage_error(tmp_path):
    f = write(tmp_path / "a.txt")
    with pytest.raises(UsageError, match="ghost"):
        read_inputs([str(f)], {"ghost": date(2024, 1, 1)}, strict=True)


def test_log_collects_one_line_per_problem():
    log = _Log(strict=False)
    log.warn("x.txt", "empty file; skipped")
    assert log.lines == ["x.txt: empty file; skipped"]


def test_explicit_file_of_other_type_is_read_as_text(tmp_path):
    f = write(tmp_path / "notes.md")
    assert [a.id for a in read_inputs([str(f)]).articles] == ["notes"]


def test_thousands_of_small_files_in_many_folders(tmp_path):
    """Speed is the bench's business (bench/bench_corpus.py); this checks the result."""
    for n in range(2_000):
        sub = tmp_path / f"d{n % 20:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{n:05d}.txt").write_text(f"Published 3 May 2024\n\nItem {n}. " + BODY)
    result = read_inputs([str(tmp_path)])
    assert len(result.articles) == 2_000 and not result.warnings
    assert len({a.id for a in result.articles}) == 2_000
    assert [a.path for a in result.articles] == sorted(a.path for a in result.articles)
