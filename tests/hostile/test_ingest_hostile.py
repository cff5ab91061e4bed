"""Hostile pages through `briefing ingest` and the in-app import: payloads in the page's title,
headings and paragraphs (raw and as HTML character references), hostile source names; output and
messages carry no payload sequence, drafts load clean, write faults fail in place.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main as cli_main
from tui.model.format.clean import clean_text
from tui.model.format.loader import load_briefing

from .conftest import FULL
from .faults import FAULTS, write_fault
from .payloads import PAYLOADS
from .ptyrun import reader_env
from .test_pty import leaks

REPO = Path(__file__).resolve().parents[2]


def hostile_page(payloads: list[str]) -> str:
    """A real saved page (from the ingest corpus) with payloads in its title, headline and body."""
    page = (REPO / "tests" / "ingest_corpus" / "long_article.html").read_text("utf-8")
    paragraphs = "".join(
        f"<p>The ministry said on Tuesday that {text} and officials, according to Reuters, "
        f"confirmed 600 soldiers were killed. “{text[:80]},” said the spokesman.</p>"
        for text in payloads
    )
    references = "&#27;]52;c;SFg5Mg==&#7; &#x9b;2J &#8238;rlo&#8236; &#155; &#x1b;[6n"
    headline = "Inside the race to save the Aral Sea&#x27;s last fisheries"
    page = page.replace(headline, f"{payloads[0]} HX60 {headline} {payloads[1]}")
    return page.replace(
        '<section class="body">',
        f'<section class="body"><p>Character references: {references}, the agency reported.</p>{paragraphs}',
        1,
    )


def as_html(text: str) -> str:
    return "".join(f"&#{ord(c)};" if clean_text(c) != c else c for c in html.escape(text, quote=False))


@pytest.fixture
def page(tmp_path: Path) -> Path:
    texts = [p.text[:300] for p in PAYLOADS]
    path = tmp_path / "hostile.html"
    # Control characters as character references (ingest refuses raw control bytes as binary),
    # markup-like payloads escaped so they stay text in the page.
    path.write_text(hostile_page([as_html(t) for t in texts]), "utf-8")
    return path


def test_ingest_of_a_hostile_page_prints_nothing_hostile_and_writes_a_clean_draft(
    page: Path, tmp_path: Path, briefing_home: Path
) -> None:
    out = tmp_path / "draft.toml"
    result = subprocess.run(
        [sys.executable, "-m", "tui", "ingest", str(page), "-o", str(out), "--id", "hostile-draft"],
        env=reader_env(briefing_home),
        capture_output=True,
        timeout=300,
    )
    printed = result.stdout + result.stderr
    assert result.returncode == 0, printed[-3000:]
    assert b"Traceback" not in printed
    assert not leaks(printed), leaks(printed)
    briefing = load_briefing(out)
    strings = [briefing.meta.title, *(p for s in briefing.sections for p in s.paragraphs)]
    strings += [c.text for c in briefing.claims] + [s.name for s in briefing.sources]
    assert all(clean_text(s) == s for s in strings)
    assert "HX60" in out.read_text("utf-8")


def test_ingest_names_a_hostile_source_without_acting_on_it(tmp_path: Path, briefing_home: Path) -> None:
    missing = tmp_path / "gone\x1b]0;HX90\x07\u202e.html"
    result = subprocess.run(
        [sys.executable, "-m", "tui", "ingest", str(missing), "-o", str(tmp_path / "x.toml")],
        env=reader_env(briefing_home),
        capture_output=True,
        timeout=120,
    )
    printed = result.stdout + result.stderr
    assert result.returncode == 1
    assert b"Traceback" not in printed
    assert not leaks(printed), printed


@pytest.mark.parametrize("fault", FAULTS if FULL else ["ENOSPC-write"])
def test_ingest_output_under_a_write_fault_fails_in_place(
    fault: str,
    page: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "draft.toml"
    out.write_text("previous draft\n", "utf-8")
    with write_fault(monkeypatch, fault):
        code = cli_main(["ingest", str(page), "-o", str(out), "--force"])
    printed = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in printed.err and "cannot write" in printed.err, printed
    assert out.read_text("utf-8") == "previous draft\n"
    assert not list(tmp_path.glob(".*.tmp"))


async def test_in_app_import_of_a_hostile_page_and_a_hostile_name(page: Path, tmp_path: Path) -> None:
    from textual.widgets import Input

    from tui.app import BriefingApp
    from tui.screens.briefing import BriefingScreen

    from .screen_probe import Probe

    probe = Probe()
    app = BriefingApp([REPO / "briefings"])
    async with app.run_test(size=(110, 34), notifications=True) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        for source in (str(tmp_path / "gone\x1b]0;HX90\x07\u202e.html"), str(page)):
            app.action_import()
            await pilot.pause()
            app.screen.query_one(Input).value = source
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            probe.look(app, "import result")
        assert isinstance(app.screen, BriefingScreen), [n.message for n in app._notifications]
        for _ in range(5):
            await pilot.press("n")
            probe.look(app, "imported draft")
        assert app.is_running
    assert not probe.problems, probe.problems[:10]
