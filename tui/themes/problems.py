"""Why a theme file was refused, in words a person can act on (line, key, nearest name)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from typing import Any

from textual.css.errors import StylesheetError
from textual.css.stylesheet import Stylesheet

from tui.model.format.clean import clean_text

# The helpers that locate and explain a problem are imported when there is one: every
# start-up loads the themes, and a good file never needs them.

TYPE_NAMES = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "true or false",
    "object": "a table",
    "array": "an array",
    "null": "nothing",
    "datetime": "a date-time",
    "date": "a date",
    "time": "a time",
}


def type_name(value: Any) -> str:
    names = {str: "str", bool: "bool", int: "int", float: "float", dict: "object", list: "array"}
    return TYPE_NAMES.get(names.get(type(value), ""), type(value).__name__)


def line_prefix(text: str, path: str) -> str:
    from tui.model.format.locate import line_of

    return f"line {line_of(text, path)}: "


def hint_for(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean …?" for a close match, else ""."""
    from tui.model.text import did_you_mean

    # Theme keys are short: only a close match is worth suggesting.
    return did_you_mean(word, choices, cutoff=0.75, lead="; ")


def syntax_reason(error: tomllib.TOMLDecodeError, text: str) -> str:
    from tui.model.format.parse_errors import toml_syntax_position

    where = toml_syntax_position(error, text)
    return f"line {where.line}:{where.column}: {where.message}" if where.line else where.message


def schema_reason(text_of_error: str, text: str, data: dict[str, Any], keys: Iterable[str]) -> str:
    """Why msgspec refused the file's `data`; `keys` are the keys a theme file may have."""
    from tui.model.format.parse_errors import read_validation_message

    parts = read_validation_message(text_of_error)
    message, path = parts.message, parts.path
    if parts.unknown_field:
        field = parts.unknown_field
        hint = hint_for(field, keys) or "; app colours go in the [variables] table"
        return f"{line_prefix(text, field)}unknown key '{field}'{hint}"
    if parts.missing_field:
        return f"missing required key '{parts.missing_field}'"
    if parts.wrong_type:
        want, got = (TYPE_NAMES.get(t, t) for t in parts.wrong_type)
        return f"{line_prefix(text, path)}{path}: expected {want}, got {got}"
    if path == "name" and "regex" in message:
        return (
            f"{line_prefix(text, path)}name {data.get('name')!r}: use letters, digits, '-' and '_' only, "
            "starting with a letter (at most 64 characters)"
        )
    return f"{line_prefix(text, path) if path else ''}{path + ': ' if path else ''}{message}"


def css_problem(variables: dict[str, str], known: dict[str, str]) -> str | None:
    """Why Textual's CSS would reject one of `variables`, or None if it takes them all."""
    rules = "".join(
        f"Widget {{ {'text-style' if name.endswith('-style') else 'color'}: ${name}; }}\n"
        for name in variables
    )
    stylesheet = Stylesheet(variables={**known, **variables})
    stylesheet.add_source(rules, read_from=("theme", "variables"))
    try:
        stylesheet.parse()
    except StylesheetError:
        return "not valid"
    except Exception as error:  # the tokenizer has exceptions of its own
        return f"not valid CSS ({clean_text(str(error))})"
    return None


def variable_problem(name: str, value: str, known: dict[str, str]) -> str | None:
    """Why Textual's CSS would reject `value` for variable `name`, or None."""
    if css_problem({name: value}, known) is None:
        return None
    return "not a valid text style" if name.endswith("-style") else "not a valid colour"
