"""Every type problem in a briefing at once, not just the first msgspec meets.

msgspec stops at the first wrong value. When it fails, `schema_findings` walks the
TOML data against the record types table by table and field by field, so one
`briefing check` run names every unknown field (with a did-you-mean), every missing
required field and every bad value. It also returns a repaired copy of the data
(unknown fields dropped, bad values replaced by their default or a placeholder) so
the cross-reference checks can run too; the caller ignores their findings at a
repaired place, which would only restate the type problem.
"""

from __future__ import annotations

import enum
import typing
from dataclasses import dataclass, field
from typing import Any

import msgspec

from tui.model.format.parse_errors import split_validation_message
from tui.model.format.records import ClaimKind, ClaimStatus, ReviewState, SourceKind
from tui.model.format.validate import Finding
from tui.model.text import did_you_mean

# Valid values by (table, field); `kind` means different things in sources and claims.
ENUM_HINTS = {
    ("sources", "kind"): ", ".join(k.value for k in SourceKind),
    ("claims", "kind"): ", ".join(k.value for k in ClaimKind),
    ("claims", "status"): ", ".join(s.value for s in ClaimStatus),
    ("claims", "review"): ", ".join(r.value for r in ReviewState),
}


def enum_hint(path: str) -> str | None:
    """The valid values of the enum field at `path` (e.g. claims[2].kind), or None."""
    return ENUM_HINTS.get((path.split("[", 1)[0], path.rsplit(".", 1)[-1]))


# A required value that failed is replaced by the first of these its type accepts.
_PLACEHOLDERS: tuple[object, ...] = ("x", 1, 1.0, (), False)


class _Drop:
    """Marks a wrong value: the field falls back to its default, or a placeholder."""


_DROP = _Drop()


@dataclass
class SchemaResult:
    findings: list[Finding] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)  # missing required fields: located at their table
    repaired: dict[str, Any] | None = None  # None: too broken for the reference checks


def schema_findings(data: dict[str, Any], record: type[msgspec.Struct]) -> SchemaResult:
    result = SchemaResult()
    walker = _Walker(result)
    repaired = walker.table(data, record, "")
    result.repaired = repaired if walker.repairable else None
    return result


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _struct_of(annotation: Any) -> type[msgspec.Struct] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct) else None


def _item_struct(annotation: Any) -> type[msgspec.Struct] | None:
    """`tuple[Source, ...]` -> Source; anything else -> None."""
    if typing.get_origin(annotation) is tuple:
        args = typing.get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return _struct_of(args[0])
    return None


class _Walker:
    def __init__(self, result: SchemaResult) -> None:
        self.result = result
        self.repairable = True

    def problem(self, path: str, message: str) -> None:
        self.result.findings.append((path, message))

    def table(self, data: dict[str, Any], record: type[msgspec.Struct], path: str) -> dict[str, Any]:
        fields = {info.encode_name: info for info in msgspec.structs.fields(record)}
        repaired: dict[str, Any] = {}
        meant: set[str] = set()  # required fields a misspelt key stands for: said once, not twice
        for key, value in data.items():
            info = fields.get(key)
            if info is None:
                suggestion = did_you_mean(key, fields)
                self.problem(_join(path, key), f"unknown field '{key}'{suggestion}")
                meant.update(name for name in fields if suggestion.endswith(f"'{name}'?"))
                continue
            fixed = self.value(value, info.type, _join(path, key))
            if not isinstance(fixed, _Drop):
                repaired[key] = fixed
            elif info.required:
                repaired[key] = self.placeholder(info.type)
        for key, info in fields.items():
            if info.required and key not in data:
                if key not in meant:
                    self.result.missing.add(_join(path, key))
                    self.problem(_join(path, key), f"missing required field '{key}'")
                repaired[key] = self.placeholder(info.type)
        return repaired

    def value(self, value: Any, annotation: Any, path: str) -> Any:
        struct = _struct_of(annotation)
        if struct is not None and isinstance(value, dict):
            return self.table(value, struct, path)
        item = _item_struct(annotation)
        if item is not None and isinstance(value, list):
            kept = []
            for index, element in enumerate(value):
                here = f"{path}[{index}]"
                if isinstance(element, dict):
                    kept.append(self.table(element, item, here))
                else:
                    self.problem(here, f"expected a table, got {type(element).__name__}")
                    self.repairable = False
            return kept
        try:
            msgspec.convert(value, annotation)
        except msgspec.ValidationError as error:
            message, inner = split_validation_message(str(error))
            where = path + (inner if inner.startswith("[") or not inner else f".{inner}")
            hint = enum_hint(path)
            if message.startswith("Invalid enum value") and hint is not None:
                message += f"; expected one of: {hint}{_enum_did_you_mean(value, annotation)}"
            self.problem(where, message)
            return _DROP
        return value

    def placeholder(self, annotation: Any) -> Any:
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return next(iter(annotation)).value
        for candidate in _PLACEHOLDERS:
            try:
                msgspec.convert(candidate, annotation)
            except msgspec.ValidationError:
                continue
            return candidate
        self.repairable = False  # a whole required table is missing or wrong
        return None


def _enum_did_you_mean(value: Any, annotation: Any) -> str:
    if isinstance(value, str) and isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return did_you_mean(value, [str(member.value) for member in annotation])
    return ""
