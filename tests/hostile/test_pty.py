"""Hostile text under a real pty and on real stdout: no payload's byte sequence reaches the terminal.

The reader is driven by keystrokes and bracketed pastes through every surface; `briefing check`
and `briefing export-bookmarks` print hostile content to a pipe. Each payload's dangerous sequence
(its control introducer followed by its own text) must be absent from everything written.
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui.model.format.clean import clean_text

from .conftest import full_only
from .payloads import NEVER_WRITTEN, PAYLOADS, combined
from .ptyrun import PtyApp, reader_env
from .test_surfaces import hostile_home, make_library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


def leaks(data: bytes) -> list[str]:
    found = [f"{p.name}: {d!r}" for p in PAYLOADS for d in p.dangerous if d.encode() in data]
    found += [f"U+{ord(c):04X}" for c in NEVER_WRITTEN if c.encode() in data]
    found += ["file name: OSC 0"] if b"\x1b]0;HX90" in data else []
    return found


def hostile_library(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib")


def test_the_reader_on_a_pty_writes_no_payload(tmp_path: Path, briefing_home: Path) -> None:
    text = combined(200)
    hostile_home(briefing_home, text)
    library = hostile_library(tmp_path)
    with PtyApp(["--library", str(library)], reader_env(briefing_home)) as app:
        assert app.wait_for(b"all-payloads"), bytes(app.output[-2000:])
        app.settle()
        for _ in range(12):
            app.send(b"\x1b[6~")  # page down through every library row
        app.send(b"/")
        app.paste(text)
        app.send(b"\x1b")  # escape: clear the filter
        app.send(b"/")
        app.send(b"all-payloads\r")
        opened = len(app.output)
        app.send(b"\r")  # open it
        # Wait on what each step must draw: a loaded machine reads keys late, and keys sent before the
        # briefing is open, or quit before `y` was read, would prove nothing.
        assert app.wait_for(b"Key figures", since=opened), bytes(app.output[-2000:])
        for key in [b"n"] * 6:
            app.send(key)
        copying = len(app.output)
        app.send(b"y")
        assert app.wait_for(b"\x1b]52;c;", since=copying), "y copied nothing"
        for key in [b"b", b"a"]:
            app.send(key)
        app.paste(text)
        app.send(b"\r")  # save the note
        for key in [b"t", b"\t", b"t", b"f", b"f", b"/"]:
            app.send(key)
        app.paste(text)
        for key in [b"\x1b", b"G", b"\x1b", b"B", b"\x1b[6~", b"a"]:
            app.send(key)
        app.paste(text)
        for key in [b"\r", b"/"]:
            app.send(key)
        app.paste(text)
        for key in [b"\x1b", b"\x1b", b"?", b"\x1b", b"\x10"]:  # help, then ctrl+p
            app.send(key)
        app.paste(text[:80])
        app.send(b"\x1b")
        assert app.alive, bytes(app.output[-3000:])
        code = app.quit()
    data = bytes(app.output)
    assert code == 0
    assert b"Traceback" not in data
    assert not leaks(data), leaks(data)
    assert b"HX60" in data and b"HX50" in data  # payloads were drawn, as text
    # `y` copied through OSC 52 (ours): the copied text itself is clean.
    copied = [base64.b64decode(m) for m in re.findall(rb"\x1b\]52;c;([A-Za-z0-9+/=]+)\x07", data)]
    assert copied, "y copied nothing"
    assert all(clean_text(c.decode()) == c.decode() for c in copied)


# What is done on each payload's own briefing under the pty: every claim, copy, bookmark, a note
# holding the payload, outline, figures, sourcing, find with the payload, the article's end.
BRIEFING_KEYS = [b"n", b"n", b"n", b"y", b"b", b"a", "PASTE", b"\r", b"t", b"\t", b"t", b"f", b"f", b"/"]
BRIEFING_KEYS += ["PASTE", b"\x1b", b"G", b"\x1b"]


@full_only
def test_each_payload_alone_through_the_reader_on_a_pty(tmp_path: Path, briefing_home: Path) -> None:
    """Each payload's own briefing (the payload in every field) opened and worked through on a pty;
    then the bookmarks screen holding all of them, and the error notification of a broken file."""
    hostile_home(briefing_home, combined(200))
    library = hostile_library(tmp_path)
    opened = 0
    with PtyApp(["--library", str(library)], reader_env(briefing_home)) as app:
        assert app.wait_for(b"all-payloads"), bytes(app.output[-2000:])
        app.settle()
        for send in (b"/", b"broken-one\r", b"\r", b"\x1b"):  # its problems quote its content
            app.send(send)
        for n, payload in enumerate(PAYLOADS):
            app.send(b"/")
            app.send(f"p{n:02d}\r".encode())
            opening = len(app.output)
            app.send(b"\r")
            # Keys sent before the briefing is drawn would prove nothing on a loaded machine: wait.
            assert app.wait_for(b"Key figures", since=opening), (payload.name, bytes(app.output[-2000:]))
            for key in BRIEFING_KEYS:
                if key == "PASTE":
                    app.paste(payload.text)
                else:
                    assert isinstance(key, bytes)
                    app.send(key)
            app.send(b"\x1b")  # back to the library: clear the filter
            assert app.alive, (payload.name, bytes(app.output[-3000:]))
            opened += 1
        for key in [b"B", *[b"\x1b[6~"] * 40, b"\x1b"]:  # every bookmark's row
            app.send(key)
        code = app.quit()
    data = bytes(app.output)
    assert code == 0
    assert b"Traceback" not in data
    assert not leaks(data), leaks(data)
    assert opened == len(PAYLOADS)
    assert data.count(b"Bookmarked") >= len(PAYLOADS) // 2, "the bookmark notifications were not seen"
    print(f"\npty: {opened} payload briefings worked through, {len(data):,} bytes written to the terminal")


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = reader_env(home)
    return subprocess.run([sys.executable, "-m", "tui", *args], env=env, capture_output=True, timeout=120)


def test_check_and_export_print_no_payload(tmp_path: Path, briefing_home: Path) -> None:
    library = hostile_library(tmp_path)
    check = run_cli("--library", str(library), "check", home=briefing_home)
    assert check.returncode == 1  # the broken files are reported
    assert b"Traceback" not in check.stderr, check.stderr[-2000:]
    assert b"broken-one.toml" in check.stdout
    assert not leaks(check.stdout + check.stderr), leaks(check.stdout + check.stderr)
    # Bookmarks holding every payload (written by the reader in the surfaces test; here directly).
    from tui.model.format.loader import load_briefing
    from tui.model.format.sourcing import Sourcing
    from tui.model.state.bookmarks import BookmarkStore, bookmark_for_briefing, bookmark_for_claim
    from tui.model.state.paths import state_paths

    store = BookmarkStore(state_paths({"BRIEFING_HOME": str(briefing_home)}).bookmarks_file)
    for path in [*sorted(library.glob("p*.toml")), library / "all-payloads.toml"]:
        sourcing = Sourcing(load_briefing(path))
        store.add(bookmark_for_briefing(sourcing))
        store.add(bookmark_for_claim(sourcing, sourcing.briefing.claims[0]))
    for target in ("-", str(tmp_path / "out.md")):  # stdout, then a file
        output = [] if target == "-" else ["-o", target]
        export = run_cli("--library", str(library), "export-bookmarks", *output, home=briefing_home)
        assert export.returncode == 0, export.stderr[-2000:]
        written = export.stdout + export.stderr
        if target != "-":
            written += Path(target).read_bytes()
        assert b"HX60" in written
        assert not leaks(written), leaks(written)
