"""The library: folders of briefings, one broken file never stops the rest."""

from __future__ import annotations

import os
from pathlib import Path

from tui.model.state.index import library_files
from tui.model.state.library import load_entry
from tui.model.state.library_view import scan_library
from tui.model.state.paths import bundled_briefings, default_library, state_paths

REPO = Path(__file__).resolve().parents[1]

GOOD = """\
format = 1

[briefing]
id = "good"
title = "A good briefing"
dek = "It loads."
outlet = "The Test Times"
published = 2025-02-03
tags = ["test", "library"]

[[sources]]
id = "ministry"
name = "The Ministry"
kind = "government"
party = true

[[sources]]
id = "insider"
name = "an official (unnamed)"
kind = "anonymous"

[[sources]]
id = "monitor"
name = "The Monitor"
kind = "watchdog"

[[sections]]
id = "one"
heading = "One"
paragraphs = ["The sky is blue, the ministry said.", "Grass is green.", "Water is wet, an insider said."]

[[sections]]
id = "two"
heading = "Two"
paragraphs = ["Fire is hot."]

[[claims]]
id = "sky"
text = "The sky is blue."
section = "one"
paragraph = 1
quote = "The sky is blue"
attribution = ["ministry"]
status = "alleged"

[[claims]]
id = "grass"
text = "Grass is green."
section = "one"
paragraph = 2
quote = "Grass is green"
status = "asserted"

[[claims]]
id = "water"
text = "Water is wet."
section = "one"
paragraph = 3
quote = "Water is wet"
attribution = ["insider"]
corroborated_by = ["monitor"]
status = "unverified"

[[figures]]
id = "shade"
value = 1
display = "one"
label = "shades of blue"
claim = "sky"
"""

BROKEN = GOOD.replace('id = "good"', 'id = "broken"').replace('claim = "sky"', 'claim = "skyy"')


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_good_one_broken_both_listed(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "a-good.toml", GOOD)
    broken_path = write(folder, "b-broken.toml", BROKEN)
    entries = scan_library([folder])
    assert [Path(e.path).name for e in entries] == ["a-good.toml", "b-broken.toml"]
    good, broken = entries
    assert not good.broken and good.problems == ()
    assert broken.broken and broken.summary is None
    assert broken.title == "b-broken.toml"
    [problem] = broken.problems
    expected_line = BROKEN.splitlines().index('claim = "skyy"') + 1
    assert problem.line == expected_line
    assert problem.path == "figures[0].claim"
    assert str(problem).startswith(f"{broken_path}:{expected_line}:1: figures[0].claim: unknown claim 'skyy'")


def test_summary_counts(tmp_path: Path) -> None:
    entry = load_entry(write(tmp_path, "good.toml", GOOD))
    summary = entry.summary
    assert summary is not None
    assert entry.title == "A good briefing"
    assert (summary.id, summary.title, summary.dek, summary.outlet) == (
        "good",
        "A good briefing",
        "It loads.",
        "The Test Times",
    )
    assert summary.published is not None and summary.published.isoformat() == "2025-02-03"
    assert summary.tags == ("test", "library")
    assert (summary.sections, summary.claims, summary.figures, summary.sources) == (2, 3, 1, 3)
    # "grass" has no source; "sky" rests on one claimant; "water" is corroborated.
    assert summary.unsourced == 1
    assert summary.single_source == 1
    assert summary.opinion == 0 and summary.overstated == 0
    assert summary.sourcing_line == "3 sources · 1 unsourced fact · 0 opinion · 1 single-source"


def test_bundled_seed_summary(bundled: Path) -> None:
    entry = load_entry(bundled / "north-korea-russia-alliance.toml")
    assert entry.summary is not None, entry.problems
    assert entry.summary.sections == 7
    assert entry.summary.figures == 4
    assert entry.summary.sources == 6
    assert entry.summary.sourcing_line == (
        "6 sources · 6 unsourced facts · 10 opinion · 7 single-source · 3 overstated headings"
    )


def test_missing_folder_does_not_crash(tmp_path: Path) -> None:
    good = write(tmp_path / "present", "good.toml", GOOD)
    absent = tmp_path / "absent"
    entries = scan_library([absent, tmp_path / "present"])
    assert [e.path for e in entries] == [str(good)]
    assert scan_library([absent]) == []


def test_files_found_in_subfolders_once_each_and_only_toml(tmp_path: Path) -> None:
    top = write(tmp_path / "lib", "top.toml", GOOD)
    nested = write(tmp_path / "lib" / "more", "nested.toml", GOOD)
    write(tmp_path / "lib", "notes.md", "not a briefing")
    found = list(library_files([tmp_path / "lib", tmp_path / "lib", top]))
    assert found == [str(nested), str(top)]


def test_a_file_can_be_given_directly(tmp_path: Path) -> None:
    path = write(tmp_path, "single.toml", GOOD)
    assert list(library_files([path])) == [str(path)]


def test_unreadable_text_is_a_broken_entry(tmp_path: Path) -> None:
    path = tmp_path / "binary.toml"
    path.write_bytes(b"format = 1\n\xff\xfe\n")
    entry = load_entry(path)
    assert entry.broken
    assert entry.problems[0].line == 2


def test_default_library_honours_briefing_library(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    env = {
        "BRIEFING_LIBRARY": f"{first}{os.pathsep}{second}",
        "BRIEFING_HOME": str(tmp_path / "home"),
    }
    assert default_library(env) == [first, second, tmp_path / "home" / "data" / "briefings"]


def test_default_library_without_variable_is_bundled_plus_user(tmp_path: Path, briefing_home: Path) -> None:
    assert bundled_briefings() == REPO / "briefings"
    assert default_library() == [REPO / "briefings", briefing_home / "data" / "briefings"]
    # An empty variable counts as unset.
    env = {"BRIEFING_LIBRARY": "", "BRIEFING_HOME": str(tmp_path / "h")}
    assert default_library(env) == [REPO / "briefings", tmp_path / "h" / "data" / "briefings"]


def test_state_paths_all_under_briefing_home(briefing_home: Path) -> None:
    paths = state_paths()
    assert paths.config == briefing_home / "config"
    assert paths.data == briefing_home / "data"
    assert paths.state == briefing_home / "state"
    assert paths.cache == briefing_home / "cache"
    for file in (
        paths.config_file,
        paths.themes,
        paths.bookmarks_file,
        paths.user_briefings,
        paths.reading_file,
        paths.index_file,
    ):
        assert file.is_relative_to(briefing_home)
    assert paths.user_briefings == briefing_home / "data" / "briefings"


def test_state_paths_expands_a_tilde(tmp_path: Path) -> None:
    env = {"BRIEFING_HOME": "~/bh"}
    assert state_paths(env).data == Path("~/bh").expanduser() / "data"
    assert state_paths(env).data.is_relative_to(tmp_path)  # HOME points into tmp_path
