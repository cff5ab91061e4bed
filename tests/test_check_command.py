"""`briefing check`: compiler-style problems, a summary and an exit status."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from helpers import REPO, run_cli

from tui.cli import main
from tui.model.format.records import FORMAT_VERSION

GOOD = """\
format = 1

[briefing]
id = "ok"
title = "Fine"

[[sources]]
id = "afp"
name = "AFP"
kind = "wire"

[[sections]]
id = "s"
heading = "Heading"
paragraphs = ["AFP said it rained."]

[[claims]]
id = "rain"
text = "It rained."
section = "s"
paragraph = 1
quote = "it rained"
attribution = ["afp"]
status = "unverified"
"""

# Two reference problems in one file, a syntax error in another.
TWO_PROBLEMS = GOOD.replace('["afp"]', '["afpp"]').replace('section = "s"', 'section = "ss"')
SYNTAX = GOOD.replace('title = "Fine"', "title = Fine")

PROBLEM_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<rest>.+)$")


def bundled_files() -> list[Path]:
    return sorted((REPO / "briefings").rglob("*.toml"))


def test_bundled_briefings_check_clean(capsys: pytest.CaptureFixture[str]) -> None:
    count = len(bundled_files())
    assert count >= 1
    assert main(["check", str(REPO / "briefings")]) == 0
    out = capsys.readouterr().out
    noun = "file" if count == 1 else "files"
    assert out.splitlines() == [f"{count} {noun} checked, no problems"]


def test_check_without_paths_uses_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    # BRIEFING_LIBRARY is unset (conftest): the bundled folder plus the user's, which does not exist.
    assert main(["check"]) == 0
    assert capsys.readouterr().out.strip().endswith("checked, no problems")


def test_check_with_library_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "bad.toml").write_text(SYNTAX, encoding="utf-8")
    assert main(["--library", str(tmp_path / "lib"), "check"]) == 1
    assert "TOML syntax" in capsys.readouterr().out


def test_bad_files_one_line_per_problem_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a-good.toml").write_text(GOOD, encoding="utf-8")
    (folder / "b-refs.toml").write_text(TWO_PROBLEMS, encoding="utf-8")
    (folder / "c-syntax.toml").write_text(SYNTAX, encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6, lines
    *body, summary = lines
    assert summary == "3 problem(s) in 2 of 3 files"
    # Each broken file ends with its count and the format version it says it uses.
    problems = [line for line in body if PROBLEM_LINE.match(line)]
    verdicts = [line for line in body if not PROBLEM_LINE.match(line)]
    reads = f"(this briefing reads formats 1–{FORMAT_VERSION})"
    assert verdicts == [
        f"{folder / 'b-refs.toml'}: 2 problems · written in format 1 {reads}",
        f"{folder / 'c-syntax.toml'}: 1 problem · written in format 1 {reads}",
    ]

    parsed = [PROBLEM_LINE.match(line) for line in problems]
    assert all(parsed), problems
    files = [Path(m["file"]).name for m in parsed if m]
    assert files == ["b-refs.toml", "b-refs.toml", "c-syntax.toml"]

    refs = TWO_PROBLEMS.splitlines()
    section_line = refs.index('section = "ss"') + 1
    attribution_line = refs.index('attribution = ["afpp"]') + 1
    syntax_line = SYNTAX.splitlines().index("title = Fine") + 1
    by_rest = {m["rest"]: int(m["line"]) for m in parsed if m}
    assert (
        by_rest["claims[0].attribution[0]: unknown source 'afpp' — did you mean 'afp'?"] == attribution_line
    )
    assert by_rest["claims[0].section: unknown section 'ss' — did you mean 's'?"] == section_line
    [syntax] = [rest for rest in by_rest if rest.startswith("TOML syntax")]
    assert by_rest[syntax] == syntax_line


def test_missing_path_is_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    absent = tmp_path / "absent"
    assert main(["check", str(absent)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{absent}: no such file or folder"
    # check.py picks the noun from the files found (0), hence "1 of 1 files" today.
    assert len(lines) == 2 and lines[1].startswith("1 problem(s) in 1 of 1 file")


def test_single_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["1 file checked, no problems"]


def test_python_dash_m_tui_check(tmp_path: Path) -> None:
    """`python -m tui check briefings/` works, from the repository, as a user runs it."""
    result = run_cli("check", "briefings/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("checked, no problems")
    assert result.stderr == ""


def test_python_dash_m_tui_check_reports_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(TWO_PROBLEMS, encoding="utf-8")
    result = run_cli("check", "bad.toml", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bad.toml:")
    assert lines[-1] == "2 problem(s) in 1 of 1 file"


def test_installed_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "briefing"
    if not script.exists():
        pytest.skip("the console script is not installed beside this interpreter")
    result = run_cli("check", "briefings/", program=[str(script)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("checked, no problems")


def test_draft_claims_are_counted_not_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Claims ingest made (review = "draft") are reported as waiting for review; exit 0."""
    draft = GOOD.replace("format = 1", "format = 2").replace(
        'status = "unverified"', 'status = "unverified"\nreview = "draft"'
    )
    second = draft.replace('id = "ok"', 'id = "ok2"')
    (tmp_path / "a.toml").write_text(draft, encoding="utf-8")
    (tmp_path / "b.toml").write_text(second, encoding="utf-8")
    (tmp_path / "c.toml").write_text(GOOD.replace('id = "ok"', 'id = "ok3"'), encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    summary = "3 files checked, no problems; 2 draft claims await review"
    assert capsys.readouterr().out.splitlines() == [summary]
    assert main(["check", str(tmp_path / "a.toml")]) == 0
    summary = "1 file checked, no problems; 1 draft claim awaits review"
    assert capsys.readouterr().out.splitlines() == [summary]


# Three mistakes of three kinds in one file: a misspelt field, a bad status, a misspelt source.
THREE_KINDS = (
    GOOD.replace('title = "Fine"', 'titel = "Fine"')
    .replace('status = "unverified"', 'status = "rumoured"')
    .replace('["afp"]', '["afpp"]')
)


def test_check_reports_every_problem_in_a_file_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "three.toml"
    path.write_text(THREE_KINDS, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    text = THREE_KINDS.splitlines()
    parsed = [PROBLEM_LINE.match(line) for line in lines[:-1]]
    by_rest = {m["rest"]: int(m["line"]) for m in parsed if m}
    assert by_rest == {
        "briefing.titel: unknown field 'titel' — did you mean 'title'?": text.index('titel = "Fine"') + 1,
        "claims[0].status: Invalid enum value 'rumoured'; expected one of: asserted, confirmed, "
        "unverified, alleged, disputed, denied": text.index('status = "rumoured"') + 1,
        "claims[0].attribution[0]: unknown source 'afpp' — did you mean 'afp'?": text.index(
            'attribution = ["afpp"]'
        )
        + 1,
    }
    assert lines[-1] == "3 problem(s) in 1 of 1 file"


def test_check_reports_a_missing_field_and_a_bad_value_in_different_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = GOOD.replace('name = "AFP"\n', "").replace("paragraph = 1", 'paragraph = "one"')
    path = tmp_path / "two.toml"
    path.write_text(broken, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "sources[0].name: missing required field 'name'" in out
    assert "claims[0].paragraph: Expected `int`, got `str`" in out
    assert out.splitlines()[-1] == "2 problem(s) in 1 of 1 file"


def test_check_flags_one_id_in_two_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.toml").write_text(GOOD, encoding="utf-8")
    (second / "b.toml").write_text(GOOD, encoding="utf-8")
    assert main(["check", str(first), str(second)]) == 1
    lines = capsys.readouterr().out.splitlines()
    id_line = GOOD.splitlines().index('id = "ok"') + 1
    said = "briefing.id: duplicate briefing id 'ok' — also in"
    reads = f"written in format 1 (this briefing reads formats 1–{FORMAT_VERSION})"
    assert lines == [
        f"{first / 'a.toml'}:{id_line}:1: {said} {second / 'b.toml'}",
        f"{first / 'a.toml'}: 1 problem · {reads}",
        f"{second / 'b.toml'}:{id_line}:1: {said} {first / 'a.toml'}",
        f"{second / 'b.toml'}: 1 problem · {reads}",
        "2 problem(s) in 2 of 2 files",
    ]
