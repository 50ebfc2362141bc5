"""The command line as a user meets it: exit codes, one-line errors, untouched outputs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, ROOT


def run(*args: str, cwd=None, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, input=input, timeout=300)


def test_help_lists_commands():
    out = run("--help")
    assert out.returncode == 0
    for command in ("build", "tag", "date", "events", "eval"):
        assert command in out.stdout


def test_tag_prints_json_lines():
    out = run("tag", "-", "--anchor", "2025-10-25",
              input="On Wednesday, he announced sanctions. They met last month.")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["value"] for r in rows] == ["2025-10-22", "2025-09"]
    assert rows[0]["text"].endswith("Wednesday") and rows[1]["text"] == "last month"
    for r in rows:
        assert set(r) == {"start", "end", "text", "type", "value"}


def test_tag_offsets_are_into_the_text_as_read():
    text = "Zelenskyy’s visit — on 17 January 2025 — ended early.\n"
    out = run("tag", "-", "--anchor", "2025-01-23", input=text)
    row = json.loads(out.stdout.splitlines()[0])
    assert text[row["start"]:row["end"]] == row["text"]
    assert row["value"] == "2025-01-17"


def test_bad_date_option_is_one_line_and_exit_2(tmp_path):
    out = run("build", str(EXAMPLES), "--date", "nonsense", "-o", str(tmp_path / "t.html"),
              "--json", str(tmp_path / "t.json"))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "--date" in out.stderr or "nonsense" in out.stderr


def test_missing_input_names_the_path(tmp_path):
    missing = tmp_path / "nowhere"
    out = run("build", str(missing), "-o", str(tmp_path / "t.html"),
              "--json", str(tmp_path / "t.json"))
    assert out.returncode == 3
    assert str(missing) in out.stderr
    assert "Traceback" not in out.stderr


def test_failed_build_leaves_existing_outputs_untouched(tmp_path):
    html, data = tmp_path / "t.html", tmp_path / "t.json"
    html.write_text("old html")
    data.write_text("old json")
    empty = tmp_path / "empty"
    empty.mkdir()
    out = run("build", str(empty), "-o", str(html), "--json", str(data))
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert html.read_text() == "old html" and data.read_text() == "old json"


def test_output_in_missing_directory_is_a_clear_error(tmp_path):
    target = tmp_path / "missing" / "t.html"
    out = run("build", str(EXAMPLES), "-o", str(target), "--json", str(tmp_path / "t.json"),
              "--quiet", "--no-cache")
    assert out.returncode == 5
    assert str(target) in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("option", [["--since", "yesterday"], ["--workers", "0"],
                                    ["--lanes", "sideways"]])
def test_bad_options_exit_2(tmp_path, option):
    out = run("build", str(EXAMPLES), *option, "-o", str(tmp_path / "t.html"),
              "--json", str(tmp_path / "t.json"))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
