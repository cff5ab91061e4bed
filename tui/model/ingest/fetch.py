"""Fetching a URL: a real HTTP client with a timeout, few redirects, a size cap and a type check."""

from __future__ import annotations

from dataclasses import dataclass

from tui import __version__
from tui.model.ingest.decode import SIZE_LIMIT, too_large_message
from tui.model.ingest.errors import IngestError

TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5
USER_AGENT = f"briefing/{__version__} (terminal news-briefing reader; article import)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    is_html: bool
    charset: str | None


def fetch_url(url: str, *, timeout: float = TIMEOUT_SECONDS, limit: int = SIZE_LIMIT) -> Fetched:
    """GET `url`; IngestError with a one-line reason for anything but a readable page."""
    import httpx

    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8"}
    try:
        with (
            httpx.Client(
                follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise IngestError(f"{url}: HTTP {response.status_code} {reason}")
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type not in HTML_TYPES | TEXT_TYPES:
                shown = media_type or "no content type"
                raise IngestError(f"{url}: not an HTML page ({shown})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise IngestError(too_large_message(url, int(declared)))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise IngestError(too_large_message(url, size) + " (download stopped)")
                chunks.append(chunk)
            is_html = media_type in HTML_TYPES
            return Fetched(b"".join(chunks), str(response.url), is_html, response.charset_encoding)
    except httpx.TooManyRedirects:
        raise IngestError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise IngestError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.InvalidURL as error:
        raise IngestError(f"{url}: invalid URL ({error})") from None
    except httpx.HTTPError as error:
        raise IngestError(f"{url}: {type(error).__name__}: {error}") from None
