"""The README's generated parts and quick start stay true."""

from __future__ import annotations

import re

from helpers import REPO

from tui.keytable import BEGIN, END, readme_block


def test_key_table_in_readme_matches_the_bindings() -> None:
    text = (REPO / "README.md").read_text("utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    assert text[start:end] == readme_block(), "run `python -m tui.keytable` and paste it into README.md"


def test_quick_start_is_two_commands_and_ci_runs_the_test_one() -> None:
    text = (REPO / "README.md").read_text("utf-8")
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick)
    assert len(commands) == 2
    assert commands[0].endswith("briefing")
    assert commands[1].endswith("pytest")
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert commands[1].replace("pip install -e", "pip install -q -e") in ci
