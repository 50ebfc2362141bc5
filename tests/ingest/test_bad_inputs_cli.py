"""Every bad input as `timeline build` meets it: one line naming the file, the documented
exit code, no traceback, and existing outputs left as they were.

The cases of the issue "Real inputs, bad inputs, large corpora": an empty file, a binary
file, a directory without articles, an unreadable file, a 50 MB file, an invalid --date, an
absurd date in a header, malformed JSON, two files with one stem in different folders, and
an output path in a missing directory. Each runs in-process (the entry point the installed
command runs), so that a file can be made unreadable for root too (`unreadable`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from timeline.cli import main

STORY = ("Published: 2025-08-19\n\nPresident Donald Trump said on Monday that he had "
         "started arranging a meeting between Vladimir Putin and Volodymyr Zelensky.\n")
OLD = "old output\n"


def timeline(args: list[str], monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """Run `timeline ARGS`; return the exit code and the lines written to stderr."""
    monkeypatch.setattr(sys, "argv", ["timeline", *args])
    code = 0
    try:
        main()
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines()


@pytest.fixture()
def outputs(tmp_path: Path) -> tuple[Path, Path]:
    """An existing timeline.html and timeline.json, which a failed build must not touch."""
    html, data = tmp_path / "out" / "t.html", tmp_path / "out" / "t.json"
    html.parent.mkdir()
    html.write_text(OLD)
    data.write_text(OLD)
    return html, data


def build(inputs: list[str], outputs: tuple[Path, Path], *extra: str) -> list[str]:
    html, data = outputs
    return ["build", *inputs, "-o", str(html), "--json", str(data), "--no-cache", *extra]


def untouched(outputs: tuple[Path, Path]) -> bool:
    return all(path.read_text() == OLD for path in outputs)


#: Bad files: name, content (None: 50 MB, written sparse) and a word of the message.
BAD_FILES = {
    "empty file": ("empty.txt", b"", "empty"),
    "binary file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
                    "binary"),
    "50 MB file": ("huge.txt", None, "too large"),
    "malformed JSON": ("feed.json", b'{"title": "Talks", "text": "They met on Monday.",\n',
                       "JSON"),
}


def make(folder: Path, case: str) -> tuple[Path, str]:
    """Write the bad file of `case` into `folder`; return it and its message's word."""
    name, content, problem = BAD_FILES[case]
    path = folder / name
    if content is None:
        with path.open("wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    else:
        path.write_bytes(content)
    return path, problem


def _year_9999(folder: Path) -> Path:
    path = folder / "odd.txt"
    path.write_text("Date: 9999-01-01\n\n" + STORY.split("\n\n", 1)[1])
    return path


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_alone_fails_with_exit_3(case: str, tmp_path: Path, outputs,
                                            monkeypatch, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad, problem = make(folder, case)
    code, err = timeline(build([str(folder)], outputs), monkeypatch, capsys)
    assert code == 3
    assert len(err) == 1 and err[0].startswith("timeline: ")
    assert str(bad) in err[0] and problem in err[0]
    assert untouched(outputs)


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_among_good_ones_is_skipped_with_one_line(case: str, tmp_path: Path,
                                                             outputs, monkeypatch,
                                                             capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY)
    bad, problem = make(folder, case)
    code, err = timeline(build([str(folder)], outputs), monkeypatch, capsys)
    assert code == 0
    (line,) = [line for line in err if str(bad) in line]
    assert problem in line
    articles = json.loads(outputs[1].read_text())["articles"]
    assert [a["id"] for a in articles] == ["story"]


@pytest.mark.parametrize("case", BAD_FILES)
def test_strict_turns_a_skipped_file_into_exit_3(case: str, tmp_path: Path, outputs,
                                                 monkeypatch, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY)
    bad, problem = make(folder, case)
    code, err = timeline(build([str(folder)], outputs, "--strict"), monkeypatch, capsys)
    assert code == 3
    assert len(err) == 1 and str(bad) in err[0] and problem in err[0]
    assert untouched(outputs)


def test_unreadable_file(tmp_path: Path, outputs, unreadable, monkeypatch, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    locked = folder / "locked.txt"
    locked.write_text(STORY)
    unreadable(locked)
    code, err = timeline(build([str(folder)], outputs), monkeypatch, capsys)
    assert code == 3
    assert len(err) == 1 and str(locked) in err[0] and "permission denied" in err[0]
    assert untouched(outputs)


def test_directory_without_articles(tmp_path: Path, outputs, monkeypatch, capsys) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "readme.md").write_text("Nothing to see.\n")
    code, err = timeline(build([str(folder)], outputs), monkeypatch, capsys)
    assert code == 3
    assert err == [f"timeline: {folder}: no articles found "
                   "(no .txt, .html, .htm, .json or .jsonl files)"]
    assert untouched(outputs)


@pytest.mark.parametrize("option", ["story", "story=2025-13-45", "story=yesterday",
                                    "=2025-01-01"])
def test_invalid_date_option_exits_2(option: str, tmp_path: Path, outputs, monkeypatch,
                                     capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    code, err = timeline(build([str(story)], outputs, "--date", option), monkeypatch, capsys)
    assert code == 2
    assert len(err) == 1 and "--date" in err[0]
    assert untouched(outputs)


def test_year_9999_in_a_header_is_ignored_with_a_warning(tmp_path: Path, outputs,
                                                         monkeypatch, capsys) -> None:
    odd = _year_9999(tmp_path)
    code, err = timeline(build([str(odd)], outputs), monkeypatch, capsys)
    assert code == 0
    (line,) = [line for line in err if str(odd) in line]
    assert "9999" in line
    (article,) = json.loads(outputs[1].read_text())["articles"]
    assert article["published"] != "9999-01-01"


def test_year_9999_in_a_header_with_strict_exits_3(tmp_path: Path, outputs, monkeypatch,
                                                   capsys) -> None:
    odd = _year_9999(tmp_path)
    code, err = timeline(build([str(odd)], outputs, "--strict"), monkeypatch, capsys)
    assert code == 3
    assert len(err) == 1 and str(odd) in err[0] and "9999" in err[0]
    assert untouched(outputs)


def test_one_stem_in_two_folders_gives_two_articles(tmp_path: Path, outputs, monkeypatch,
                                                    capsys) -> None:
    for folder in ("monday", "tuesday"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "story.txt").write_text(STORY.replace("Monday", folder))
    code, err = timeline(build([str(tmp_path / "in")], outputs), monkeypatch, capsys)
    assert code == 0
    articles = json.loads(outputs[1].read_text())["articles"]
    ids = [a["id"] for a in articles]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert {Path(a["path"]).parent.name for a in articles} == {"monday", "tuesday"}


@pytest.mark.parametrize("missing", ["html", "json", "csv"])
def test_output_in_a_missing_directory_exits_5_and_writes_nothing(
        missing: str, tmp_path: Path, outputs, monkeypatch, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    html, data = outputs
    target = tmp_path / "nowhere" / f"t.{missing}"
    args = ["build", str(story), "--no-cache", "-o", str(target if missing == "html" else html),
            "--json", str(target if missing == "json" else data)]
    if missing == "csv":
        args += ["--csv", str(target)]
    code, err = timeline(args, monkeypatch, capsys)
    assert code == 5
    assert err == [f"timeline: {target}: output directory does not exist"]
    assert untouched(outputs)
