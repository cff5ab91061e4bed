"""The fast TOML path (rtoml) reads what tomllib reads; a broken file gets tomllib's own error."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tui.model.format.clean import clean_tree
from tui.model.format.loader import MAX_NESTING, parse_briefing, parse_clean_toml
from tui.model.format.problems import BriefingError

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", sorted((REPO / "briefings").glob("*.toml")), ids=lambda p: p.name)
def test_bundled_briefings_read_as_tomllib_reads_them(path: Path) -> None:
    text = path.read_text("utf-8")
    assert parse_clean_toml(text) == clean_tree(tomllib.loads(text))


def test_strings_are_cleaned_on_the_fast_path() -> None:
    assert parse_clean_toml('a = "x\\u001by"\nb = ["\\u202eevil"]') == {"a": "xy", "b": ["evil"]}


# Broken in every TOML version: rtoml refuses, and tomllib's error (which the loader locates) is raised.
@pytest.mark.parametrize("text", ["a = ", "a = [1, 2", 'a = "unclosed', "[t]\n[t]", "a = 1\na = 2", "= 3"])
def test_what_both_refuse_is_refused_with_tomllibs_own_error(text: str) -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as expected:
        tomllib.loads(text)
    with pytest.raises(tomllib.TOMLDecodeError) as got:
        parse_clean_toml(text)
    assert str(got.value) == str(expected.value)


def test_toml_1_1_escapes_are_read_and_cleaned() -> None:
    # rtoml reads TOML 1.1 (tomllib does not yet); what it lets through is cleaned like any text.
    assert parse_clean_toml('a = "x\\ey"') == {"a": "xy"}


def test_a_file_nested_too_deep_is_reported_as_before() -> None:
    depth = 2000  # past MAX_NESTING and tomllib's recursion limit
    text = "format = 1\na = " + "[" * depth + "]" * depth + "\n"
    with pytest.raises(BriefingError) as error:
        parse_briefing(text, "deep.toml")
    assert f"nested more than {MAX_NESTING} deep" in str(error.value)


def test_nesting_past_the_fast_limit_reads_as_tomllib_reads_it() -> None:
    depth = MAX_NESTING + 5  # the fast path gives up; tomllib still reads it
    text = "a = " + "[" * depth + "1" + "]" * depth + "\n"
    assert parse_clean_toml(text) == tomllib.loads(text)
