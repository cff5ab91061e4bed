"""An installed copy (not editable) finds its themes, styles and bundled briefings (issue 9, item 3)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from helpers import run_python

REPO = Path(__file__).resolve().parents[1]
SHIPPED = ("pyproject.toml", "README.md", "tui", "briefings", "themes")


def listed_packages() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages: list[str] = config["tool"]["setuptools"]["packages"]
    return packages


def test_pyproject_lists_every_package_folder() -> None:
    """The package list is explicit (two data folders are mapped in); a new sub-package must be added."""
    on_disk = {
        ".".join(folder.relative_to(REPO).parts)
        for folder in [REPO / "tui", *(REPO / "tui").rglob("*")]
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py"))
    }
    on_disk.add("tui.styles")
    assert on_disk <= set(listed_packages())


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the project's shipped files (the worktree stays clean)."""
    source = tmp_path_factory.mktemp("source")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SHIPPED:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=ignore)
        else:
            shutil.copy2(origin, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, source],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("briefing-*.whl")
    return built


def test_wheel_carries_themes_styles_and_briefings(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for theme in (REPO / "themes").glob("*.toml"):
        assert f"tui/bundled_themes/{theme.name}" in names
    for briefing in (REPO / "briefings").glob("*.toml"):
        assert f"tui/bundled_briefings/{briefing.name}" in names
    for style in (REPO / "tui" / "styles").glob("*.tcss"):
        assert f"tui/styles/{style.name}" in names


def test_installed_copy_opens_the_reader_and_checks_its_briefings(wheel: Path, tmp_path: Path) -> None:
    """What `pip install .` gives: the reader opens with its theme, `briefing check` finds the briefings."""
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", target, wheel],
        check=True,
        capture_output=True,
    )
    # The installed copy goes first on the path, ahead of this editable checkout; run from elsewhere.
    script = (
        f"import sys; sys.path.insert(0, {str(target)!r}); import runpy; "
        f"runpy.run_path({str(REPO / '.ci' / 'smoke_installed.py')!r}, run_name='__main__')"
    )
    result = run_python("-c", script, cwd=tmp_path, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"installed at {target}" in result.stdout
    assert "no problems" in result.stdout
