"""Bytes to text: refuse binaries, detect the charset, clean what a terminal would act on.

Refusals happen here, before any parsing, so a bad file costs almost nothing.
"""

from __future__ import annotations

import codecs
import re

from tui.model.format.clean import clean_text
from tui.model.ingest.errors import IngestError

# Documented in README.md ("briefing ingest"): larger sources are refused before parsing.
SIZE_LIMIT = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
# Commonest legacy encodings of web pages, most common first (ties are broken this way).
_WEB_ORDER = (
    "cp1252",
    "latin_1",
    "cp1251",
    "shift_jis",
    "gb18030",
    "gb2312",
    "euc_kr",
    "big5",
    "euc_jp",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1256",
    "cp1253",
    "cp1254",
    "koi8_r",
    "cp1255",
    "cp874",
)
# Controls other than whitespace: a text with many of them is not text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


# Noncharacters (U+FDD0-FDEF, the last two code points of every plane) and lone surrogates make
# the HTML parser drop the whole page. One class holding them with the 32 astral ones scanned a 1.5 MB page
# in 0.12 s (the regex engine tests astral members one by one); a BMP class and a range past
# U+1FFFD, where the astral ones live and little else does, take a tenth of that.
_BMP_NONCHARACTERS = re.compile("[\ufdd0-\ufdef\ud800-\udfff\ufffe\uffff]")
_PAST_PLANE_ONE = re.compile("[\U0001fffe-\U0010ffff]")


def _without_noncharacters(text: str) -> str:
    return _PAST_PLANE_ONE.sub(_astral_kept, _BMP_NONCHARACTERS.sub("", text))


def _astral_kept(match: re.Match[str]) -> str:
    return "" if ord(match[0]) & 0xFFFE == 0xFFFE else match[0]


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, name: str, charset: str | None = None) -> str:
    """`data` as clean text, or IngestError saying why it cannot be read as an article.

    `charset` is what a server declared; it wins over detection when it decodes.
    """
    if len(data) > SIZE_LIMIT:
        raise IngestError(too_large_message(name, len(data)))
    if not data.strip():
        raise IngestError(f"{name}: empty file")
    text = _decode(data, name, charset)
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise IngestError(f"{name}: binary file, not an article")
    text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    # Noncharacters (U+FFFE, U+10FFFF…) make the HTML parser drop the whole page: they go too.
    text = _without_noncharacters(text)
    if not text.strip():
        raise IngestError(f"{name}: empty file")
    return text


def too_large_message(name: str, size: int) -> str:
    return f"{name}: {size / 1048576:.1f} MB is over the {SIZE_LIMIT // 1048576} MB limit for a source"


def _decode(data: bytes, name: str, charset: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise IngestError(f"{name}: undecodable bytes ({encoding}: {error.reason})") from None
    if b"\x00" in data[:8192]:
        raise IngestError(f"{name}: binary file, not an article")
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            pass
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        raise IngestError(f"{name}: undecodable bytes (no text encoding fits)")
    # Short texts fit several code pages equally well; then the web's most common wins.
    least = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= least + 0.01]
    encoding = min(tied, key=lambda e: _WEB_ORDER.index(e) if e in _WEB_ORDER else len(_WEB_ORDER))
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise IngestError(f"{name}: undecodable bytes (not valid {encoding})") from None
