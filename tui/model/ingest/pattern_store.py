"""The rule modules' compiled patterns, kept between runs in the user's cache folder.

Python compiles a regular expression in Python (`re._parser`, `re._compiler`): the ~450 patterns
an ingest run uses took 0.2-0.6 s of it, a third of an ordinary article's time. What the compiler
makes is a list of integers that the C engine (`_sre.compile`) turns into a pattern in about
15 µs, so that list is kept, in a file named for the interpreter, the engine's format (`MAGIC`)
and this program's version. The engine checks only that code is well formed, not that it is the
pattern's, so the file carries a digest of what it holds and is decoded by type; any surprise
(another Python, a damaged file, a private API that changed) falls back to `re.compile`, which
is all that is lost.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import importlib
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from tui import __version__

# The engine's own modules, private but what `re` itself uses; their interface has held since
# Python 3.7. Typed Any: no stubs describe them.
_sre: Any
_compiler: Any
_parser: Any
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # another implementation of Python: compile as usual
    _sre = None
if _sre is not None and array.array("I").itemsize != _sre.CODESIZE:  # code words of another size
    _sre = None

# A store past this many patterns holds those of older rule sets too: it starts again from what
# the run that finds it so compiled.
MAX_PATTERNS = 4000


class _Compiled(msgspec.Struct, array_like=True, frozen=True):
    """What `_sre.compile` takes besides the pattern text."""

    flags: int
    code: bytes  # the code words, native byte order (the file is named for this machine's Python)
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]


class _StoreFile(msgspec.Struct, frozen=True):
    made_by: str
    digest: bytes  # blake2b of `patterns`: damage to a code word would still be well formed code
    patterns: bytes  # msgpack of {"flags:pattern": _Compiled}


_MADE_BY = f"briefing {__version__}; Python {sys.version}; sre {getattr(_sre, 'MAGIC', 0)}"
_lock = threading.Lock()
_known: dict[str, _Compiled] | None = None  # read on first use
_path: Path | None = None  # where _known was read from, and is saved to
_added: set[str] = set()  # keys compiled by this process and not yet saved


def store_path() -> Path:
    from tui.model.state.paths import state_paths

    version = ".".join(map(str, sys.version_info[:2]))
    return state_paths().cache / "patterns" / f"py{version}-sre{getattr(_sre, 'MAGIC', 0)}.msgpack"


def compile_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the store when it holds the pattern."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = f"{int(flags)}:{pattern}"
    known = _read()
    compiled = known.get(key)
    if compiled is not None:
        with contextlib.suppress(Exception):  # a code list the engine refuses: compile it anew
            return _from_store(pattern, compiled)
    try:
        compiled = _compile(pattern, int(flags))
        made = _from_store(pattern, compiled)
    except re.error:
        raise
    except Exception:  # the private compiler changed shape: the public one still works
        return re.compile(pattern, flags)
    _keep(key, compiled)
    return made


# Keys of patterns a library compiled as it was imported (see `stored_imports`).
_IMPORTED = "import:"


@contextlib.contextmanager
def stored_imports() -> Iterator[None]:
    """Modules first imported inside this take the patterns they compile at import from the store.

    trafilatura and what it brings (htmldate, courlan, urllib3, ...) compile about 250 patterns
    as they import: 0.1-0.2 s of every run. `re.compile` looks in `re`'s own cache first, so the
    stored ones are put there before the import, and those it compiled anew are kept for the next
    run. Only what an import compiles: later patterns may be made of a page's words."""
    cache = getattr(re, "_cache", None)
    room = getattr(re, "_MAXCACHE", 0) - 1  # `re` drops its oldest entry when full
    if _sre is None or not isinstance(cache, dict):
        yield
        return
    before: set[Any] | None = None
    # Anything amiss (a key of another shape, another thread compiling meanwhile, a code list the
    # engine refuses) leaves the import to compile as usual.
    with contextlib.suppress(Exception):
        for key, compiled in list(_read().items()):
            if not key.startswith(_IMPORTED) or len(cache) >= room:
                continue
            flags, _, pattern = key.removeprefix(_IMPORTED).partition(":")
            if (str, pattern, int(flags)) not in cache:
                cache[(str, pattern, int(flags))] = _from_store(pattern, compiled)
        before = set(cache)
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            for key in [key for key in list(cache) if before is not None and key not in before]:
                if isinstance(key, tuple) and len(key) == 3 and key[0] is str and isinstance(key[2], int):
                    _keep(f"{_IMPORTED}{key[2]}:{key[1]}", _compile(key[1], key[2]))


def _keep(key: str, compiled: _Compiled) -> None:
    known = _read()  # before the lock: a first read takes it
    with _lock:
        known[key] = compiled
        _added.add(key)


def save() -> None:
    """Write the store if this process compiled patterns it lacked; never fails a run."""
    with _lock:
        if not _added or _known is None or _path is None:
            return
        if len(_known) > MAX_PATTERNS:  # start again from what this run compiled
            for key in set(_known) - _added:
                del _known[key]
        patterns, path = dict(_known), _path
        _added.clear()
    from tui.model.state.atomic import write_atomic

    encoded = msgspec.msgpack.encode(patterns)
    stored = _StoreFile(_MADE_BY, hashlib.blake2b(encoded).digest(), encoded)
    with contextlib.suppress(OSError):
        write_atomic(path, msgspec.msgpack.encode(stored))


def forget() -> None:
    """Drop what was read (the next compile reads the store again); for tests."""
    global _known
    with _lock:
        _known = None
        _added.clear()


def _read() -> dict[str, _Compiled]:
    global _known, _path
    if _known is None:
        with _lock:
            if _known is None:
                _path = store_path()
                _known = _load(_path)
    return _known


def _load(path: Path) -> dict[str, _Compiled]:
    try:
        stored = msgspec.msgpack.decode(path.read_bytes(), type=_StoreFile)
        if stored.made_by != _MADE_BY or hashlib.blake2b(stored.patterns).digest() != stored.digest:
            return {}
        return msgspec.msgpack.decode(stored.patterns, type=dict[str, _Compiled])
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return {}


def _compile(pattern: str, flags: int) -> _Compiled:
    """What `re._compiler.compile` hands the engine, kept instead of handed over."""
    parsed: Any = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array.array("I", code)
    return _Compiled(
        int(flags | parsed.state.flags),
        words.tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _from_store(pattern: str, compiled: _Compiled) -> re.Pattern[str]:
    words = array.array("I")
    words.frombytes(compiled.code)
    made: re.Pattern[str] = _sre.compile(
        pattern, compiled.flags, words.tolist(), compiled.groups, compiled.groupindex, compiled.indexgroup
    )
    return made
