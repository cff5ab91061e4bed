"""The reader's own command lines are read without argparse, exactly as argparse reads them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tui.cli import build_parser, reader_library


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--library", "lib"],
        ["-l", "lib"],
        ["--library=lib"],
        ["--library", "a", "-l", "b", "--library=c d"],
        ["--library", ""],
    ],
)
def test_plain_reader_lines_give_what_argparse_gives(argv: list[str]) -> None:
    assert reader_library(argv) == (build_parser().parse_args(argv).library or [])


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["--library", "lib", "check"],
        ["--lib", "lib"],  # an abbreviation: argparse decides
        ["-l"],
        ["--library", "-x"],
        ["--library="],
        ["--version"],
        ["-h"],
        ["-llib"],
    ],
)
def test_anything_else_is_left_to_argparse(argv: list[str]) -> None:
    assert reader_library(argv) is None


def test_starting_the_reader_does_not_import_argparse_or_the_commands() -> None:
    code = (
        "import sys\n"
        "from tui import cli\n"
        "assert cli.reader_library(['--library', 'x']) is not None\n"
        "names = ('argparse', 'tui.commands.check', 'tui.commands.ingest')\n"
        "print(' '.join(m for m in names if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == []


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in ("check", "export-bookmarks", "ingest"))
