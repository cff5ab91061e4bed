"""`briefing ingest URL` against a local server on 127.0.0.1: no test touches the internet."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_ingest_command import ARTICLE_HTML

from tui.cli import main
from tui.model.format.loader import load_briefing
from tui.model.ingest.errors import IngestError
from tui.model.ingest.fetch import fetch_url
from tui.model.ingest.pipeline import ingest_source

RELEASE = threading.Event()  # the "slow" page answers only when the test is over
SEEN_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        if "Content-Length" not in (extra or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            self._send(200, ARTICLE_HTML.encode("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/latin1":
            body = ARTICLE_HTML.replace('<meta charset="utf-8">', "").replace("storm", "tempête")
            self._send(200, body.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif self.path == "/moved":
            self._send(301, b"", "text/html", {"Location": "/article"})
        elif self.path.startswith("/loop"):
            self._send(302, b"", "text/html", {"Location": f"/loop{len(self.path)}"})
        elif self.path == "/pdf":
            self._send(200, b"%PDF-1.7 ...", "application/pdf")
        elif self.path == "/huge":
            self._send(200, b"", "text/html", {"Content-Length": str(11 * 1024 * 1024)})
        elif self.path == "/stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no length: the client must count
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 1024 + b"</p>")
        elif self.path == "/slow":
            RELEASE.wait(30)
            self._send(200, ARTICLE_HTML.encode(), "text/html")
        else:
            self._send(404, b"<h1>Not found</h1>", "text/html")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    RELEASE.set()
    httpd.shutdown()
    httpd.server_close()


def ingest_url(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["ingest", url, "-o", str(tmp_path / "d.toml")])
    return code, capsys.readouterr().err


def test_200_page_becomes_a_draft(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = ingest_url(f"{server}/article", tmp_path, capsys)
    assert code == 0, err
    briefing = load_briefing(tmp_path / "d.toml")
    assert briefing.meta.url == f"{server}/article"
    assert [s.heading for s in briefing.sections] == ["", "Damage"]
    assert SEEN_AGENTS and SEEN_AGENTS[-1].startswith("briefing/")


def test_declared_charset_and_one_redirect(server: str, tmp_path: Path) -> None:
    fetched = fetch_url(f"{server}/moved")
    assert fetched.url == f"{server}/article"
    outcome = ingest_source(
        f"{server}/latin1", output=tmp_path / "l.toml", into=None, default_folder=tmp_path, force=False
    )
    assert "tempête" in load_briefing(outcome.path).sections[0].paragraphs[0]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/loop", "more than 5 redirects"),
        ("/pdf", "not an HTML page (application/pdf)"),
        ("/huge", "11.0 MB is over the 10 MB limit"),
    ],
)
def test_bad_urls_fail_in_one_line(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, message: str
) -> None:
    code, err = ingest_url(f"{server}{path}", tmp_path, capsys)
    assert code == 1
    assert message in err and err.count("\n") == 1, err
    assert list(tmp_path.iterdir()) == []


def test_body_over_the_limit_without_length(server: str) -> None:
    with pytest.raises(IngestError, match="download stopped"):
        fetch_url(f"{server}/stream", limit=16 * 1024)


def test_timeout(server: str, tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"timed out after 0\.2 s"):
        ingest_source(
            f"{server}/slow",
            output=tmp_path / "t.toml",
            into=None,
            default_folder=tmp_path,
            force=False,
            timeout=0.2,
        )
    assert not (tmp_path / "t.toml").exists()
