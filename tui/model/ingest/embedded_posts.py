"""Posts embedded in an article: a social-media post quoted as its own paragraphs, then a credit line.

Pages that embed a post keep its text as paragraphs followed by "— Name (@handle) Month D, YYYY".
The credit line names who says what the paragraphs above it say, so each sentence there is that
person's claim. How far back the post reaches is not marked: the paragraph right above the credit
is the post; one more above it joins only when the paragraph below is a bare link or tag ("⬇️
https://…") or the one above has no closing punctuation (posts often end bare, prose never does).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention

_CREDIT = re.compile(
    r"^[—–-]\s*(?P<name>[^()\n]{0,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?\s*$"
)
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# A tweet holds at most 280 characters; the paragraphs of one post together stay near that.
_POST_LENGTH = 320
_POST_PARAGRAPHS = 3
_CLOSED = re.compile(r"[.!?:;”\"’)…]\s*$")


def embedded_posts(paragraphs: Sequence[str]) -> dict[int, str]:
    """Paragraph number (from 1) of each post paragraph -> the name its credit line gives."""
    owners: dict[int, str] = {}
    for index, paragraph in enumerate(paragraphs):
        credit = _CREDIT.match(paragraph.strip())
        if credit is None or index == 0:
            continue
        name = _clean_name(credit.group("name")) or f"@{credit.group('handle')}"
        for number in _post_body(paragraphs, index):
            owners.setdefault(number, name)
    return owners


def post_cue(sentence: str, owner: str) -> Cue | None:
    """The whole sentence, less a trailing link, as the owner's words; none for a bare link or tag."""
    text = _LINK.sub("", sentence)
    if len(_WORD.findall(re.sub(r"#\w+", "", text))) < 3:
        return None
    end = len(sentence.rstrip())
    trailing = re.search(r"(?:\s*(?:https?://|pic\.twitter\.com/)\S+)+\s*$", sentence)
    if trailing is not None:
        end = trailing.start()
    return Cue((Mention(owner),), ClaimStatus.UNVERIFIED, (0, end))


def _post_body(paragraphs: Sequence[str], credit: int) -> list[int]:
    body: list[int] = []
    total = 0
    earliest = credit
    while earliest > 0 and len(body) < _POST_PARAGRAPHS:
        above = paragraphs[earliest - 1].strip()
        if not above or _CREDIT.match(above):
            break
        if body and not (_bare(paragraphs[earliest]) or not _CLOSED.search(above)):
            break
        total += len(_LINK.sub("", above))
        if total > _POST_LENGTH:
            break
        earliest -= 1
        body.append(earliest + 1)
    return body


def _bare(paragraph: str) -> bool:
    """A link, tags or emoji with under four words: the post's tail, its words are above."""
    return len(_WORD.findall(re.sub(r"#\w+", "", _LINK.sub("", paragraph)))) < 4


def _clean_name(raw: str) -> str:
    """The display name without emoji or decoration ("Dana Ray 🌈" -> "Dana Ray")."""
    words = re.findall(r"[\w][\w.’'&-]*", raw)
    return " ".join(words).strip()
