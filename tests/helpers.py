"""Helpers shared by tests that need no terminal: the seed briefing, the command line."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest

from tui.model.format.loader import load_briefing
from tui.model.format.sourcing import Sourcing

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "briefings"
SEED_ID = "north-korea-russia-alliance"
# How long a test waits for a condition before calling it a hang. Every wait ends as soon
# as its condition holds; this is long because a loaded 2-core machine can take tens of
# seconds to start Python, run a worker or draw a frame.
PATIENCE = 300.0


def seed_file() -> Path:
    """The bundled briefing the tests are written against (skip if it is gone)."""
    for path in sorted(BUNDLED.glob("*.toml")):
        try:
            if load_briefing(path).meta.id == SEED_ID:
                return path
        except Exception:
            continue
    pytest.skip(f"no bundled briefing with id {SEED_ID!r}")


def benchmark_script(name: str) -> ModuleType:
    """`benchmarks/<name>.py` imported as a module, its folder importable (the scripts import each
    other by name) and the module registered under its name (its dataclasses need that)."""
    folder = REPO / "benchmarks"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def seed_sourcing() -> Sourcing:
    return Sourcing(load_briefing(seed_file()))


def run_cli(
    *args: str, cwd: Path = REPO, program: Sequence[str] = (sys.executable, "-m", "tui")
) -> subprocess.CompletedProcess[str]:
    """`briefing ARGS` in a child process, as a user runs it (`python -m tui` unless
    `program` says otherwise), with this test's environment (its BRIEFING_HOME)."""
    return run_program([*program, *args], cwd=cwd)


def run_python(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python ARGS` (this interpreter) in a child process; output captured as text."""
    return run_program([sys.executable, *args], cwd=cwd, env=env)


def run_program(
    argv: Sequence[str], cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    # The timeout is a hang guard only (PATIENCE): a loaded machine starts Python slowly.
    return subprocess.run(
        argv,
        cwd=cwd,
        env=dict(os.environ) if env is None else env,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
        check=False,
    )
