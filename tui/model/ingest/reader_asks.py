"""Lines of an HTML page's article block that address the reader for the site or its author.

`boilerplate` finds the site's own prompts by two kinds of stock cue. What is here
adds the asks it does not know, each named by its shape rather than by one site's
wording, in the web's big languages:

- an author asking to be followed ("Follow her on Twitter", "Folgt mir gerne auf
  Instagram"): the imperative at a sentence's start, which news prose does not use;
- an offer of the site's own product: issues for a price, a welcome gift, a code to type;
- a way to reach the newsroom: an e-mail address with "may be reached at", "have a tip?",
  "here's our email";
- a line that is only a domain name ("EXAMPLENEWS.COM"): a credit or a logo's text.

Each of the first two counts as one more kind of cue for `boilerplate.cue_count`, so a
paragraph is still dropped only when two kinds meet in it (or when it is very short).
Used by the HTML path (`xml_sections`); the scraped-text path is not changed.
"""

from __future__ import annotations

from tui.model.ingest import boilerplate
from tui.model.ingest import lazy_re as re

_FLAGS = re.IGNORECASE
_PROMPT_LENGTH = 320
_ASK_LENGTH = 100
_CONTACT_LENGTH = 320

_AUTHOR_FOLLOW = re.compile(
    r"(?:^|[.!?]\s+)(?:please\s+)?(?:follow (?:me|him|her|them) on|folgt? (?:mir|ihm|ihr)|sígueme|síguela"
    r"|suivez-(?:moi|la|le)|seguimi|segue-me)\b",
    _FLAGS,
)
_OFFER = re.compile(
    r"\b(?:\d+ (?:issues|ausgaben|numéros|números|numeri) (?:for|für|pour|por|per)|for as little as"
    r"|welcome gift|free trial|(?:promo|discount|coupon|gutschein|rabatt)-?codes?\b|use (?:the )?code"
    r"|zobacz oferty|kostenlos testen|essai gratuit|prueba gratis)",
    _FLAGS,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_REACH = re.compile(
    r"\b(?:(?:may|can) be reached|reach (?:me|him|her|them|us) at|have a (?:news )?tip|got a tip|tips? to"
    r"|send (?:us )?(?:your )?(?:tips|letters|comments)|here(?:'|’)?s our e-?mail"
    r"|e-?mail (?:me|him|her|us) at"
    r"|write to (?:me|us)|erreichen sie (?:mich|uns|ihn|sie)|schreiben sie (?:mir|uns)"
    r"|escr[ií]b(?:enos|eme)|écrivez-(?:nous|moi)|scriveteci|scrivici)",
    _FLAGS,
)
# Country and common top-level domains only: "Node.js" or "ASP.NET" alone on a line is a name.
_DOMAIN_LINE = re.compile(
    r"(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,40})*\.(?:com|org|info|news|online|co\.uk|com\.\w\w"
    r"|de|fr|es|it|pl|uk|ru|br|ar|ch|at|nl|eu|be|ca|au|in|us|cl|mx|pt|se|no|dk|fi|cz|sk|hu|ro|gr|tr|jp|kr|tv)",
    _FLAGS,
)


def _extra_cues(paragraph: str) -> int:
    return bool(_AUTHOR_FOLLOW.search(paragraph)) + bool(_OFFER.search(paragraph))


def is_extra_prompt(paragraph: str) -> bool:
    """A prompt whose cues include an author's "follow me" or a site's offer, which `boilerplate`
    does not count: two kinds in a short paragraph, or one such ask in a very short one."""
    extra = _extra_cues(paragraph)
    if not extra or len(paragraph) > _PROMPT_LENGTH or boilerplate.reports(paragraph):
        return False
    return extra + boilerplate.cue_count(paragraph) >= 2 or len(paragraph) <= _ASK_LENGTH


def is_contact_line(paragraph: str) -> bool:
    """ "Have a tip? Jo Roe may be reached at jroe@example.com": how to reach the newsroom."""
    return (
        len(paragraph) <= _CONTACT_LENGTH
        and _EMAIL.search(paragraph) is not None
        and _REACH.search(paragraph) is not None
        and not boilerplate.reports(paragraph)
    )


def is_domain_line(paragraph: str) -> bool:
    """A line that is only a web address without a path: a credit or a logo's text."""
    return _DOMAIN_LINE.fullmatch(paragraph.strip().rstrip(".")) is not None


def is_reader_ask(paragraph: str) -> bool:
    return is_extra_prompt(paragraph) or is_contact_line(paragraph) or is_domain_line(paragraph)
