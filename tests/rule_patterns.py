"""The ingest rule modules' deferred patterns (`lazy_re`), found by walking every module's names;
shared by the tests that compile them, store them and compare them across processes. Run as a
script it prints each pattern's module and a digest of its text, one per line, sorted."""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
from typing import Any

import tui.model.ingest


def ingest_patterns() -> list[tuple[str, Any]]:
    """(module name, deferred pattern) for every pattern a module holds or imports, in lists,
    tuples, sets and dict values too; a pattern imported by several modules is listed for each."""
    found: list[tuple[str, Any]] = []
    for info in pkgutil.iter_modules(tui.model.ingest.__path__):
        stack = list(vars(importlib.import_module(f"tui.model.ingest.{info.name}")).values())
        while stack:
            value = stack.pop()
            if isinstance(value, (tuple, list, set, frozenset)):
                stack.extend(value)
            elif isinstance(value, dict):
                stack.extend(value.values())
            elif type(value).__name__ == "_DeferredPattern":
                found.append((info.name, value))
    return found


if __name__ == "__main__":
    digests = {f"{name} {hashlib.sha256(p.pattern.encode()).hexdigest()}" for name, p in ingest_patterns()}
    print("\n".join(sorted(digests)))
