"""A comment thread in scraped page text: the paragraphs readers wrote under the article.

A blog's or a magazine's thread can hold more prose than the article above it (90 comments
under a 1,500-word story), and the block with the most prose was then the thread. Each comment
ends in its reply button ("Reply", "Antworten", "Répondre") or its report or vote buttons, which
a scraper saves as a line of their own; an article's paragraphs are never followed by one. The
paragraphs right above a reply button weigh nothing when the article's block is chosen, when the
page shows a thread: three such buttons or more (a single "Antworten" is as often a heading,
"answers", in a German FAQ).
"""

from __future__ import annotations

from collections.abc import Callable

from tui.model.ingest import lazy_re as re

# The reply button under a comment, in the languages of the dev halves; Blogger saves it glued
# to its delete button ("ReplyDelete", "AntwortenLöschen"), some themes add an icon or an arrow.
# Other threads close each comment with its report button ("Melden", "Report"), its votes
# ("Daumen hoch5Daumen runter", "Like 3 Dislike") or a prompt to sign in to reply.
_REPLY_BUTTON = re.compile(
    r"^(?:(?:reply|antworten|répondre|repondre|responder|rispondi|odpowiedz|beantworten|svara"
    r"|reageren|antwoorden|ответить)(?:delete|löschen)?"
    r"|melden|report|signaler|segnala"
    r"|(?:daumen hoch|thumbs up|like)\s*\d*\s*(?:daumen runter|thumbs down|dislike)\s*\d*"
    r"|zum antworten anmelden|(?:log|sign) in to reply)(?:\s*[^\w\s]{1,3})?$",
    re.IGNORECASE,
)
_THREAD_BUTTONS = 3
_BUTTON_LENGTH = 30


def is_reply_button(unit: str) -> bool:
    return len(unit) <= _BUTTON_LENGTH and bool(_REPLY_BUTTON.match(unit))


def comment_prose(units: list[str], is_prose: Callable[[str], bool]) -> frozenset[int]:
    """Indices of the paragraphs right above a reply button (the run of prose lines a comment
    is), when the page shows three buttons or more; empty otherwise. (`is_prose` is
    `text_blocks.is_prose`, passed in: that module reads this one.)"""
    buttons = [index for index, unit in enumerate(units) if is_reply_button(unit)]
    if len(buttons) < _THREAD_BUTTONS:
        return frozenset()
    found: set[int] = set()
    for button in buttons:
        index = button - 1
        while index >= 0 and index not in found and is_prose(units[index]):
            found.add(index)
            index -= 1
    return frozenset(found)
