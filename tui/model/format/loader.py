"""Read one briefing file: size guard, TOML, cleaning, types, references."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import msgspec

from tui.model.format import toml_text
from tui.model.format.clean import NestedTooDeep, clean_tree, clean_tree_within
from tui.model.format.locate import Locator, line_of
from tui.model.format.parse_errors import read_validation_message, toml_syntax_position
from tui.model.format.problems import BriefingError, Problem, display_path
from tui.model.format.records import Briefing
from tui.model.format.schema import enum_hint, schema_findings
from tui.model.format.text_file import NotUtf8, TooLarge, read_utf8
from tui.model.format.validate import Finding, check_format_version, validate

MAX_FILE_BYTES = 5 * 1024 * 1024


def read_briefing_text(path: Path) -> str:
    """The file's text, or BriefingError if it is too large, unreadable or not UTF-8."""
    try:
        return read_utf8(path, MAX_FILE_BYTES)
    except (TooLarge, OSError, NotUtf8) as error:
        raise BriefingError([_read_problem(error, display_path(path))]) from error


def _read_problem(error: TooLarge | OSError | NotUtf8, name: str) -> Problem:
    # display_path resolves two paths: worth it only for a problem (a cold index reads 10,000 files).
    if isinstance(error, TooLarge):
        message = (
            f"file is {error.size / 1_048_576:.1f} MB; briefings are limited "
            f"to {MAX_FILE_BYTES // 1_048_576} MB and this one was not read"
        )
        return Problem(file=name, message=message)
    if isinstance(error, NotUtf8):
        return Problem(file=name, line=error.line, message="not UTF-8 text; save the file as UTF-8")
    return Problem(file=name, message=f"cannot read: {error.strerror}")


def parse_clean_toml(text: str) -> dict[str, Any]:
    """`text` read as TOML (toml_text: rtoml, tomllib for what it refuses), every string cleaned.

    Data nesting deeper than MAX_NESTING is read again by tomllib alone, so such a file gets
    tomllib's own result or RecursionError (reported by the loader) as before.
    """
    try:
        cleaned: dict[str, Any] = clean_tree_within(toml_text.loads(text), MAX_NESTING)
        return cleaned
    except NestedTooDeep:
        pass
    data: dict[str, Any] = clean_tree(tomllib.loads(text))
    return data


def parse_briefing(text: str, name: str) -> Briefing:
    """Parse and validate briefing TOML; `name` is used in problems."""
    try:
        data = parse_clean_toml(text)
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


_FORMAT_LINE = re.compile(r"^\s*format\s*=\s*(\d+)\s*(?:#.*)?$", re.MULTILINE)


def declared_format(path: Path) -> int | None:
    """The format version a file says it is written in, even if the file is broken.

    None when it gives none or cannot be read. A file whose TOML does not parse
    is searched for a `format = N` line instead.
    """
    try:
        text = read_briefing_text(path)
    except BriefingError:
        return None
    try:
        version = tomllib.loads(text).get("format")
    except (tomllib.TOMLDecodeError, RecursionError):
        match = _FORMAT_LINE.search(text)
        return int(match[1]) if match else None
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def _syntax_problem(error: tomllib.TOMLDecodeError, text: str, name: str) -> Problem:
    where = toml_syntax_position(error, text)
    return Problem(file=name, line=where.line or 1, column=where.column or 1, message=where.message)


def _schema_problem(text_of_error: str, text: str, name: str) -> Problem:
    parts = read_validation_message(text_of_error)
    message, path = parts.message, parts.path
    if parts.unknown_field:
        message = f"unknown field '{parts.unknown_field}'"
        path = f"{path}.{parts.unknown_field}" if path else parts.unknown_field
    if parts.missing_field:
        message = f"missing required field '{parts.missing_field}'"
        path = f"{path}.{parts.missing_field}" if path else parts.missing_field
        # Point at the table that lacks it, not the missing key itself.
        return Problem(file=name, line=line_of(text, path.rsplit(".", 1)[0]), path=path, message=message)
    hint = enum_hint(path)
    if message.startswith("Invalid enum value") and hint is not None:
        message += f"; expected one of: {hint}"
    return Problem(file=name, line=line_of(text, path), path=path, message=message)


def _every_schema_problem(data: dict[str, Any], first: str, text: str, name: str) -> list[Problem]:
    """All type problems, then the reference problems a repaired copy still has, in line order."""
    result = schema_findings(data, Briefing)
    if not result.findings:  # the walk found nothing msgspec did: report msgspec's own words
        return [_schema_problem(first, text, name)]
    locator = Locator(text)
    problems = [
        Problem(file=name, line=locator.line_of(path.rsplit(".", 1)[0]), path=path, message=message)
        if path in result.missing
        else Problem(file=name, line=locator.line_of(path), path=path, message=message)
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
    locator = Locator(text)
    return [Problem(file=name, line=locator.line_of(path), path=path, message=msg) for path, msg in findings]
