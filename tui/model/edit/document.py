"""Style-preserving changes to a briefing's TOML document (tomlkit).

A hand-written briefing has comments that introduce groups of tables
(`# casualties` before the casualties claims). tomlkit stores such a comment
as the trailing body of the table *before* it, so deleting or inserting a
table naively would drop it or put a new table on the wrong side of it. The
helpers here move that trailing "carry" with the group it introduces, set
keys in the format's field order, and leave every other byte alone.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Sequence
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Array, Item, Table, Whitespace
from tomlkit.toml_document import TOMLDocument

# The order keys are written in, as briefings/README.md lists them.
FIELD_ORDER: dict[str, tuple[str, ...]] = {
    "briefing": (
        "id",
        "title",
        "dek",
        "outlet",
        "category",
        "published",
        "url",
        "authors",
        "language",
        "image_credit",
        "tags",
        "rests_on",
    ),
    "sources": ("id", "name", "kind", "description", "url", "party"),
    "claims": (
        "id",
        "text",
        "section",
        "paragraph",
        "quote",
        "attribution",
        "corroborated_by",
        "status",
        "kind",
        "review",
        "note",
    ),
    "figures": ("id", "value", "display", "unit", "label", "approximate", "period", "claim", "note"),
}

Value = str | int | float | bool | datetime.date | Sequence[str]


def parse(text: str) -> TOMLDocument:
    return tomlkit.parse(text)


def dumps(document: TOMLDocument) -> str:
    return document.as_string()


def tables(document: TOMLDocument, name: str) -> AoT | None:
    found = document.get(name)
    return found if isinstance(found, AoT) else None


def find_table(document: TOMLDocument, name: str, item_id: str) -> tuple[int, Table]:
    """The `[[name]]` table whose id is `item_id`; KeyError if there is none."""
    array = tables(document, name)
    if array is not None:
        for index, table in enumerate(array):
            if table.get("id") == item_id:
                return index, table
    raise KeyError(f"no {name[:-1]} with id '{item_id}'")


def _to_item(value: Value) -> Item:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, tuple):
        value = list(value)
    return tomlkit.item(value)


def set_field(table: Table, table_kind: str, key: str, value: Value | None) -> None:
    """Set `key` in place, or insert it where the format's order puts it; None removes it."""
    if value is None:
        if key in table:
            del table[key]
        return
    current = table.get(key)
    if (
        isinstance(current, Array)
        and "\n" in current.as_string()
        and isinstance(value, list | tuple)
        and value
    ):
        update_array(current, [str(v) for v in value])  # one item a line stays so
        return
    item = _to_item(value)
    if key in table:
        table[key] = item
        return
    order = FIELD_ORDER[table_kind]
    earlier = [k for k in order[: order.index(key)] if k in table]
    container: Container = table.value
    if earlier:
        container._insert_after(earlier[-1], key, item)
    else:
        later = [k for k in order[order.index(key) + 1 :] if k in table]
        if later:
            container._insert_at(_body_index(container, later[0]), key, item)
        else:
            table.add(key, item)


def _body_index(container: Container, key: str) -> int:
    for index, (found, _item) in enumerate(container.body):
        if found is not None and found.key == key:
            return index
    raise KeyError(key)


def new_table(table_kind: str, fields: dict[str, Value | None]) -> Table:
    """A table with `fields` (None skipped) in the format's key order."""
    table = tomlkit.table()
    for key in FIELD_ORDER[table_kind]:
        value = fields.get(key)
        if value is not None:
            table.add(key, _to_item(value))
    return table


def _last_key_index(table: Table) -> int:
    body = table.value.body
    for index in range(len(body) - 1, -1, -1):
        if body[index][0] is not None:
            return index
    return -1


def _split_tail(table: Table) -> tuple[list[tuple[Any, Item]], list[tuple[Any, Item]]]:
    """(separator, carry): the blank line after the last key, then the comments
    that introduce whatever comes next."""
    tail = table.value.body[_last_key_index(table) + 1 :]
    if tail and isinstance(tail[0][1], Whitespace):
        return tail[:1], tail[1:]
    return [], tail


def _truncate_tail(table: Table) -> None:
    body = table.value.body
    del body[_last_key_index(table) + 1 :]


def _append_raw(table: Table, items: list[tuple[Any, Item]]) -> None:
    table.value.body.extend(items)


def _previous_table(document: TOMLDocument, name: str) -> Table | None:
    """The table written just before the first `[[name]]` table."""
    previous: Table | None = None
    for key, item in document.body:
        if key is not None and key.key == name:
            return previous
        if isinstance(item, Table):
            previous = item
        elif isinstance(item, AoT) and len(item):
            previous = item[-1]
    return None


def remove_table(document: TOMLDocument, name: str, index: int) -> None:
    """Delete `[[name]]` number `index`, keeping the comments that introduce the next group."""
    array = tables(document, name)
    assert array is not None
    removed = array[index]
    separator, carry = _split_tail(removed)
    before = array[index - 1] if index > 0 else _previous_table(document, name)
    if len(array) == 1:
        del document[name]
    else:
        del array[index]
    if before is None:
        return
    if not separator:
        # The removed table ended the file: the one before now does, without a blank line.
        _, before_carry = _split_tail(before)
        if not before_carry:
            _truncate_tail(before)
    _append_raw(before, carry)


def insert_table(
    document: TOMLDocument, name: str, index: int, table: Table, *, joins_previous: bool = True
) -> None:
    """Insert `table` as `[[name]]` number `index` (0 … len), blank lines and comments kept.

    `joins_previous`: the new table belongs to the group of the table before it,
    so it goes before the comments that introduce the next group; otherwise it
    starts a group and goes after them.
    """
    array = tables(document, name)
    if array is None:
        last = _last_table(document)
        if last is not None and not _split_tail(last)[0]:
            _append_raw(last, [(None, Whitespace("\n"))])
        document.append(name, tomlkit.aot())
        array = tables(document, name)
        assert array is not None
        array.append(table)
        return
    if index == 0:
        _append_raw(table, [(None, Whitespace("\n"))])
        array.insert(0, table)
        return
    before = array[index - 1]
    separator, carry = _split_tail(before)
    if not separator:
        # `before` ends the file: it gains a blank line and the new table ends the file.
        _append_raw(before, [(None, Whitespace("\n"))])
    elif joins_previous:
        # The new table takes over the end of the one before: its blank line
        # and the comments introducing the next group.
        _truncate_tail(before)
        _append_raw(before, [(None, Whitespace("\n"))])
        _append_raw(table, [*separator, *carry])
    else:
        _append_raw(table, [(None, Whitespace("\n"))])
    array.insert(index, table)


def _last_table(document: TOMLDocument) -> Table | None:
    last: Table | None = None
    for _key, item in document.body:
        if isinstance(item, Table):
            last = item
        elif isinstance(item, AoT) and len(item):
            last = item[-1]
    return last


def set_top_level_list(document: TOMLDocument, key: str, items: list[str]) -> None:
    """Set a top-level array of strings, changing only the items that differ
    (so the other lines keep their layout); an empty list removes the key."""
    current = document.get(key)
    if not items:
        if key in document:
            del document[key]
        return
    if not isinstance(current, Array):
        array = tomlkit.array()
        array.extend(items)
        array.multiline(True)
        # A top-level key must come before the first table; tomlkit puts it there.
        document[key] = array
        return
    update_array(current, items)


def update_array(current: Array, items: list[str]) -> None:
    """Make the array of strings `current` hold `items`, changing only the items that differ."""
    old = [str(item) for item in current]
    matcher = difflib.SequenceMatcher(a=old, b=items, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in reversed(matcher.get_opcodes()):
        if tag == "equal":
            continue
        replaced = min(a_end - a_start, b_end - b_start)
        for offset in range(replaced):
            current[a_start + offset] = items[b_start + offset]
        for index in reversed(range(a_start + replaced, a_end)):
            del current[index]
        for offset, item in enumerate(items[b_start + replaced : b_end]):
            current.insert(a_start + replaced + offset, item)
