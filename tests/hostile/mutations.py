"""Hypothesis strategies that damage real files: bytes, TOML text and parsed structure."""

from __future__ import annotations

import contextlib
import copy
import shutil
import sqlite3
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import strategies as st

from .payloads import PAYLOADS

# The most TOML text a "huge" array mutation writes: past the 5 MB briefing limit, within reason
# (a 14.8 MB bookmarks file of nested arrays took tomllib minutes on this loaded machine).
HUGE_BYTES = 6_000_000

ODD_VALUES: list[Any] = [
    None,
    0,
    -1,
    2**63,
    1.5e308,
    float("nan"),
    True,
    "",
    "x" * 70,
    [],
    {},
    [1, "a", {}],
    {"nested": {"deeper": [1]}},
    "2024-13-45",
    *[p.text[:200] for p in PAYLOADS[::7]],
]


def _paths(value: Any) -> list[tuple[Any, ...]]:
    """Every path to a value in nested dicts and lists, depth first.

    Without recursion: stacked "deep" mutations nest hundreds of levels, and hypothesis has
    used much of the stack already (a recursive walk raised RecursionError while generating)."""
    found: list[tuple[Any, ...]] = []
    pending: list[tuple[Any, tuple[Any, ...]]] = [(value, ())]
    while pending:
        item, here = pending.pop()
        found.append(here)
        if isinstance(item, dict):
            children = [(child, (*here, key)) for key, child in item.items()]
        elif isinstance(item, list):
            children = [(child, (*here, index)) for index, child in enumerate(item)]
        else:
            continue
        pending.extend(reversed(children))
    return found


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _set(root: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    _get(root, path[:-1])[path[-1]] = new
    return root


def odd_values() -> st.SearchStrategy[Any]:
    """Copies of ODD_VALUES. The very objects, put in a case, were changed by the case's later
    mutations: ODD_VALUES' lists and tables grew from case to case (the full run's config and
    theme batches ran out of memory) and replays drew differently (FlakyStrategyDefinition)."""
    return st.sampled_from(ODD_VALUES).map(copy.deepcopy)


@st.composite
def structural(draw: st.DrawFn, seed: dict[str, Any]) -> Any:
    """Parsed-data mutations: type swaps, deletions, duplicated ids, dangling refs, deep or huge values."""
    data = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        kind = draw(
            st.sampled_from(["swap", "delete", "duplicate", "dangle", "deep", "huge", "add-key", "payload"])
        )
        target = _get(data, path)
        if kind == "swap":
            data = _set(data, path, draw(odd_values()))
        elif kind == "delete" and path:
            parent = _get(data, path[:-1])
            del parent[path[-1]]
        elif kind == "duplicate" and isinstance(target, list) and target:
            target.append(copy.deepcopy(target[draw(st.integers(0, len(target) - 1))]))
        elif kind == "dangle" and isinstance(target, str):
            data = _set(data, path, "no-such-" + draw(st.sampled_from(["claim", "source", "section"])))
        elif kind == "deep":
            depth = draw(st.sampled_from([10, 60, 150]))  # deeper nesting is written as text (byte_level)
            deep: Any = "bottom"
            for _level in range(depth):
                deep = [deep] if draw(st.booleans()) else {"k": deep}
            data = _set(data, path, deep)
        elif kind == "huge":
            # Bounded: the array's text stays near HUGE_BYTES (past the loaders' 5 MB limit at most
            # once). Unbounded, 20,000 copies of a big table, mutated again (every copy shares it),
            # made cases of tens of GB and the fuzz run was killed for memory.
            size = min(draw(st.sampled_from([1000, 20_000])), max(1, HUGE_BYTES // _text_size(target)))
            data = _set(data, path, [copy.deepcopy(target)] * size if path else data)
            break  # nothing after it: a later mutation would walk (and change) every shared copy
        elif kind == "add-key" and isinstance(target, dict):
            target[draw(st.sampled_from(["unknown", "id", "format", "\x1b[2J", ""]))] = draw(odd_values())
        elif kind == "payload":
            data = _set(data, path, draw(st.sampled_from(PAYLOADS)).text)
    return data


# Deeper than this, values are written as nested brackets without tomli_w or repr: their
# recursion would fail or not depending on how deep hypothesis's own stack is at the time, and a
# strategy must draw the same way on every replay.
WRITABLE_DEPTH = 100


def _depth(value: Any) -> int:
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, level = pending.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            pending += [(child, level + 1) for child in item.values()]
        elif isinstance(item, list):
            pending += [(child, level + 1) for child in item]
    return deepest


def dump(data: Any) -> bytes:
    """TOML for `data` if it can be written as TOML, else a repr (which is as hostile)."""
    depth = _depth(data)
    if depth > WRITABLE_DEPTH:
        return b"nested = " + b"[" * depth + b"1" + b"]" * depth + b"\n"
    try:
        return tomli_w.dumps(data).encode("utf-8", "surrogatepass")
    except (TypeError, ValueError, AttributeError):
        return repr(data).encode("utf-8", "surrogatepass")


def _text_size(value: Any) -> int:
    """About how many bytes `value` takes as TOML, for bounding a huge array of copies of it."""
    return len(dump({"k": value}))


@st.composite
def byte_level(draw: st.DrawFn, seed: bytes) -> bytes:
    """Raw mutations: truncation, byte flips, insertions, splices of hostile bytes."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "splice", "repeat", "deep"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "splice":
            data[at:at] = draw(
                st.sampled_from(
                    [b"[", b"]]", b'"', b"'''", b"\xff\xfe", b"\x00", b"=", b"\n[[claims]]\n", b"\\u"]
                )
            )
        elif kind == "repeat":
            data[at:at] = data[at : at + 200] * draw(st.integers(2, 50))
        elif kind == "deep":  # nesting written as text, deeper than any recursion limit
            depth = draw(st.sampled_from([50, 1200, 5000]))
            opener, closer = draw(st.sampled_from([(b"[", b"]"), (b"{a=", b"}")]))
            data[at:at] = b"\nnested = " + opener * depth + b"1" + closer * depth + b"\n"
    return bytes(data)


def files(seed_text: bytes) -> st.SearchStrategy[bytes]:
    """Damaged versions of a real file, at the byte level or through its parsed structure."""
    seed = tomllib.loads(seed_text.decode("utf-8"))
    return st.one_of(byte_level(seed_text), structural(seed).map(dump))


@st.composite
def sqlite_pages(draw: st.DrawFn, seed: bytes, focus: Sequence[int] = ()) -> bytes:
    """Damage inside a SQLite file's B-trees, past its 100-byte header, which stays as it was
    (or says the new length after a cut): the damage a header check cannot see.

    Flips or overwrites bytes in a page (page 1 after its header: the schema's B-tree), zeroes
    a page, swaps or copies whole pages, cuts the file at or inside a page boundary, or shuffles a
    page's bytes. Half the damage lands in the `focus` pages (numbered from 1, as SQLite does),
    if given: hypothesis favours small numbers, and the pages that matter most may be few.
    """
    data = bytearray(seed)
    page_size = int.from_bytes(seed[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    for _ in range(draw(st.integers(1, 3))):
        pages = len(data) // page_size
        if pages < 2:
            break
        kind = draw(st.sampled_from(["flip", "overwrite", "zero", "swap", "copy", "cut", "shuffle"]))
        page = draw(st.integers(0, pages - 1))
        if focus and draw(st.booleans()):
            page = min(draw(st.sampled_from(list(focus))) - 1, pages - 1)
        start = max(100, page * page_size)  # page 1 holds the header: its B-tree begins after it
        end = (page + 1) * page_size
        if kind == "flip":
            for _flip in range(draw(st.integers(1, 8))):
                at = draw(st.integers(start, end - 1))
                data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "overwrite":
            at = draw(st.integers(start, end - 1))
            chunk = draw(st.binary(min_size=1, max_size=64))
            data[at : at + len(chunk)] = chunk[: end - at]
        elif kind == "zero":
            data[start:end] = bytes(end - start)
        elif kind in ("swap", "copy"):
            other = draw(st.integers(1, pages - 1))  # never page 1: the header stays
            page = max(page, 1)
            a, b = (
                slice(page * page_size, (page + 1) * page_size),
                slice(other * page_size, (other + 1) * page_size),
            )
            if kind == "swap":
                data[a], data[b] = data[b], data[a]
            else:
                data[a] = data[b]
        elif kind == "cut":
            keep = draw(st.integers(1, pages - 1))
            inside = draw(st.sampled_from([0, 0, page_size // 2]))
            del data[keep * page_size + inside :]
            data[28:32] = keep.to_bytes(4, "big")  # the header agrees: only the B-trees lack pages
        else:  # shuffle: a page's bytes in another order (cell pointers and cells mixed up)
            chunk = bytearray(data[start:end])
            draw(st.randoms(use_true_random=False)).shuffle(chunk)
            data[start:end] = chunk
    return bytes(data)


FTS_SHADOW_TABLES = ("fts_meta_data", "fts_body_data", "fts_meta_idx", "fts_body_idx", "fts_meta_docsize")
# Each shadow table's key columns and the column damaged (the _idx tables have no rowid).
_SHADOW_COLUMNS = {"data": (("id",), "block"), "idx": (("segid", "term"), "pgno"), "docsize": (("id",), "sz")}


@st.composite
def fts_shadow_damage(draw: st.DrawFn, seed: bytes) -> bytes:
    """An index whose full-text tables' shadow tables are damaged by SQL, so every page stays a
    sound B-tree (PRAGMA integrity_check passes): segment blobs with flipped, overwritten or cut
    bytes, blobs swapped between rows, term-index entries pointing at another page, rows deleted,
    document sizes changed."""
    folder = Path(tempfile.mkdtemp())
    path = folder / "index.sqlite3"
    path.write_bytes(seed)
    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
            for _ in range(draw(st.integers(1, 3))):
                table = draw(st.sampled_from(FTS_SHADOW_TABLES))
                keys, value = _SHADOW_COLUMNS[table.split("_", 2)[2]]
                where = " AND ".join(f"{key} = ?" for key in keys)
                rows = db.execute(f"SELECT {', '.join(keys)}, {value} FROM {table}").fetchall()
                if not rows:
                    continue
                *row, old = draw(st.sampled_from(rows))
                kind = draw(st.sampled_from(["change", "change", "swap", "delete"]))
                if kind == "delete":
                    db.execute(f"DELETE FROM {table} WHERE {where}", row)
                elif kind == "swap":
                    *other, other_value = draw(st.sampled_from(rows))
                    db.execute(f"UPDATE {table} SET {value} = ? WHERE {where}", (other_value, *row))
                    db.execute(f"UPDATE {table} SET {value} = ? WHERE {where}", (old, *other))
                else:
                    db.execute(f"UPDATE {table} SET {value} = ? WHERE {where}", (draw(_changed(old)), *row))
        return path.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _changed(old: object) -> st.SearchStrategy[object]:
    if isinstance(old, int):
        return st.integers(-2, 2).map(lambda step: old + (step or 1))
    if isinstance(old, bytes) and old:
        flips = st.lists(st.tuples(st.integers(0, len(old) - 1), st.integers(1, 255)), min_size=1, max_size=4)

        def flipped(changes: list[tuple[int, int]]) -> bytes:
            data = bytearray(old)
            for at, mask in changes:
                data[at] ^= mask
            return bytes(data)

        cut = st.integers(0, len(old) - 1).map(lambda keep: old[:keep])
        return st.one_of(flips.map(flipped), cut, st.binary(max_size=16))
    return st.binary(max_size=16)
