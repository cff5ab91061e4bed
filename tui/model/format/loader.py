"""Read one briefing file: size guard, TOML, cleaning, types, references."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

import msgspec

from tui.model.format.clean import clean_tree
from tui.model.format.locate import line_of
from tui.model.format.parse_errors import split_validation_message, toml_syntax_position
from tui.model.format.problems import BriefingError, Problem, display_path
from tui.model.format.records import Briefing
from tui.model.format.schema import ENUM_HINTS, schema_findings
from tui.model.format.validate import Finding, check_format_version, validate

MAX_FILE_BYTES = 5 * 1024 * 1024


def read_briefing_text(path: Path) -> str:
    """The file's text, or BriefingError if it is too large or not UTF-8."""
    name = display_path(path)
    try:
        # Non-blocking, and checked on the opened file: a FIFO or device put in place of a
        # briefing (or swapped in after the library scan) must not hang or flood the reader.
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise BriefingError([Problem(file=name, message="not a regular file; it was not read")])
            size = info.st_size
            if size <= MAX_FILE_BYTES:
                data = handle.read(MAX_FILE_BYTES + 1)  # a file still growing stops at the limit
                size = max(size, len(data))
        if size > MAX_FILE_BYTES:
            raise BriefingError(
                [
                    Problem(
                        file=name,
                        message=f"file is {size / 1_048_576:.1f} MB; briefings are limited "
                        f"to {MAX_FILE_BYTES // 1_048_576} MB and this one was not read",
                    )
                ]
            )
    except OSError as error:
        raise BriefingError([Problem(file=name, message=f"cannot read: {error.strerror}")]) from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise BriefingError(
            [Problem(file=name, line=line, message="not UTF-8 text; save the file as UTF-8")]
        ) from error


def parse_briefing(text: str, name: str) -> Briefing:
    """Parse and validate briefing TOML; `name` is used in problems."""
    try:
        raw = tomllib.loads(text)
        data: dict[str, Any] = clean_tree(raw)
    except tomllib.TOMLDecodeError as error:
        raise BriefingError([_syntax_problem(error, text, name)]) from error
    except RecursionError:  # tomllib and cleaning recurse once per nesting level
        raise BriefingError([_too_deep(text, name)]) from None
    version = data.get("format")
    if isinstance(version, int):
        findings = check_format_version(version)
        if findings:  # a newer format may not type-check; say why first
            raise BriefingError(_locate(findings, text, name))
    try:
        briefing = msgspec.convert(data, Briefing)
    except msgspec.ValidationError as error:
        raise BriefingError(_every_schema_problem(data, str(error), text, name)) from error
    findings = validate(briefing)
    if findings:
        raise BriefingError(_locate(findings, text, name))
    return briefing


def load_briefing(path: Path) -> Briefing:
    return parse_briefing(read_briefing_text(path), display_path(path))


MAX_NESTING = 64  # far beyond any briefing (which nests 3 deep); reported where it is passed


def _too_deep(text: str, name: str) -> Problem:
    """Where brackets first nest deeper than MAX_NESTING (strings are not told apart: a hint)."""
    depth = 0
    for offset, char in enumerate(text):
        depth += (char in "[{") - (char in "]}")
        if depth > MAX_NESTING:
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            return Problem(
                file=name, line=line, column=column, message=f"nested more than {MAX_NESTING} deep"
            )
    return Problem(file=name, message=f"nested more than {MAX_NESTING} deep")


def _syntax_problem(error: tomllib.TOMLDecodeError, text: str, name: str) -> Problem:
    where = toml_syntax_position(error, text)
    return Problem(file=name, line=where.line or 1, column=where.column or 1, message=where.message)


def _schema_problem(message: str, text: str, name: str) -> Problem:
    message, path = split_validation_message(message)
    unknown = re.match(r"Object contains unknown field `([^`]+)`", message)
    if unknown:
        field = unknown[1]
        message = f"unknown field '{field}'"
        path = f"{path}.{field}" if path else field
    missing = re.match(r"Object missing required field `([^`]+)`", message)
    if missing:
        message = f"missing required field '{missing[1]}'"
        path = f"{path}.{missing[1]}" if path else missing[1]
        # Point at the table that lacks it, not the missing key itself.
        return Problem(file=name, line=line_of(text, path.rsplit(".", 1)[0]), path=path, message=message)
    if message.startswith("Invalid enum value"):
        leaf = path.rsplit(".", 1)[-1]
        if leaf in ENUM_HINTS:
            message += f"; expected one of: {ENUM_HINTS[leaf]}"
    return Problem(file=name, line=line_of(text, path), path=path, message=message)


def _every_schema_problem(data: dict[str, Any], first: str, text: str, name: str) -> list[Problem]:
    """All type problems, then the reference problems a repaired copy still has, in line order."""
    result = schema_findings(data, Briefing)
    if not result.findings:  # the walk found nothing msgspec did: report msgspec's own words
        return [_schema_problem(first, text, name)]
    problems = [
        Problem(file=name, line=line_of(text, path.rsplit(".", 1)[0]), path=path, message=message)
        if path in result.missing
        else Problem(file=name, line=line_of(text, path), path=path, message=message)
        for path, message in result.findings
    ]
    repaired = _convert_or_none(result.repaired)
    if repaired is not None:
        wrong = [path for path, _ in result.findings]
        # A table whose id is wrong or missing has a placeholder id: references to it are unknowable.
        unsure = tuple(
            f"unknown {_TABLE_KIND[path.split('[', 1)[0]]} "
            for path in wrong
            if path.endswith("].id") and path.split("[", 1)[0] in _TABLE_KIND
        )
        references = [
            (path, message)
            for path, message in validate(repaired)
            if not any(path == bad or path.startswith((f"{bad}.", f"{bad}[")) for bad in wrong)
            and not (unsure and message.startswith(unsure))
        ]
        problems += _locate(references, text, name)
    return sorted(problems, key=lambda problem: problem.line)


_TABLE_KIND = {"sources": "source", "sections": "section", "claims": "claim"}


def _convert_or_none(data: dict[str, Any] | None) -> Briefing | None:
    if data is None:
        return None
    try:
        return msgspec.convert(data, Briefing)
    except msgspec.ValidationError:
        return None


def _locate(findings: list[Finding], text: str, name: str) -> list[Problem]:
    return [Problem(file=name, line=line_of(text, path), path=path, message=msg) for path, msg in findings]
