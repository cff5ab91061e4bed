"""Lines of scraped page text in which the site speaks about itself, read by the text path only.

The HTML path sees such lines in the page's boxes; in saved text they stand between paragraphs
and look like prose:
- a question to the reader about more of the site's content, the article itself or a tip line
  ("Want more stories like this?", "Like this story? Share it with a friend!", "Got a tip?",
  "Der Artikel gefällt dir?"): a prompt, never text (on the dev halves, 16 such lines, none in a
  gold text);
- a newsletter box's blurb ("Get the latest updates right in your inbox.", "No spam, we promise.
  You can unsubscribe at any time.", "Thanks for signing up!");
- an author's bio closing a story ("Ann Lee is a reporter for the Coast Courier."): a name, "is a",
  and a newsroom role;
- a disclosure of the site's shop links ("If you buy through our links, we may earn a commission.");
- comment house rules and an invitation to write to the editor ("Comments are moderated.").
"""

from __future__ import annotations

from tui.model.ingest import furniture
from tui.model.ingest import lazy_re as re

_FLAGS = re.IGNORECASE
_ASK_LENGTH = 250

# What a site offers more of: the words after "Want more …?" or "Like this …?".
_CONTENT = (
    r"(?:stor(?:y|ies)|articles?|posts?|pieces?|news|recipes?|deals?|content|videos?|tips|ideas"
    r"|inspiration|reads?|guides?|reviews?|newsletters?)"
)

# The question opens the line and is short; what follows it (a call to act) may be anything.
_READER_ASK = re.compile(
    r"^\W{0,3}(?:"
    r"(?:want|need|looking for) (?:even )?more(?: (?:\w+ )?" + _CONTENT + r")?"
    r"(?: like this| from [\w'’ ]{1,30})?"
    r"|(?:did you |do you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:(?:this|the|our) "
    + _CONTENT
    + r"|what you (?:read|see|saw))"
    r"|(?:have|got) a (?:news |story )?tip"
    r"|(?:der |dieser |den |unser )?(?:artikel|beitrag|text) (?:hat )?(?:dir|ihnen|euch) gefallen"
    r"|(?:der |dieser )?(?:artikel|beitrag) gefällt (?:dir|ihnen|euch)"
    r"|gefällt (?:dir|ihnen|euch) (?:der|dieser|unser) (?:artikel|beitrag|inhalt)"
    r"|(?:vous avez aimé|cet article vous a plu)(?: \w+){0,2}"
    r"|¿?te gust[oó] (?:esta|este|la|el) \w+"
    r"|(?:ti è piaciuto|ti piace) (?:questo|l'|il) ?\w+"
    r"|lust auf mehr"
    r")\s?\?",
    _FLAGS,
)


def is_reader_ask(line: str) -> bool:
    """A question to the reader about the site's content: "Want more?", "Like this story? Share
    it!", "Got a news tip?". (An article's own question names its subject: "Want to know why the
    ferry stopped?" is not one.)"""
    return len(line) <= _ASK_LENGTH and bool(_READER_ASK.match(line))


# What a sign-up box says and an article about e-mail does not: news delivered to your inbox.
_NEWSLETTER_BLURB = re.compile(
    r"\bdelivered (?:straight |directly |right )?(?:to|into) your inbox"
    r"|\bdelivered (?:every|each) (?:weekday|day|week|morning)|\bdelivered weekday mornings\b"
    r"|\b(?:get|receive)\b.{0,60}\b(?:news|updates|newsletters?|stories|posts|content|alerts)\b.{0,40}"
    r"\b(?:in|to|into) your inbox"
    r"|\bwe send an? (?:e-?mail|newsletter)\b|\bthanks? (?:you )?for (?:signing up|subscribing)\b"
    r"|\bno spam, we promise\b|\bunsubscribe at any time\b",
    _FLAGS,
)


def is_newsletter_blurb(line: str) -> bool:
    """A newsletter box's words: "Get the latest updates right in your inbox", "Thanks for
    signing up!", "You can unsubscribe at any time". (An article sentence about a scam "in your
    inbox" names no news delivered to it.)"""
    return len(line) <= _ASK_LENGTH and bool(_NEWSLETTER_BLURB.search(line))


# A shop's links disclosed: the site earns from what the reader buys through them ("If you buy
# through our links, we may earn a small commission.", "Our guides contain affiliate links.",
# "Für Käufe über diese Links bekommen wir eine Provision"). The earning, the links
# or the purchase, and the site speaking of itself in one line: a story about agents'
# commissions names no link and no "we".
_AFFILIATE_LINKS = re.compile(
    r"\b(?:may |might )?contains? (?:\w+ ){0,2}(?:affiliate|referral|partner)(?:[- ]links?|\b)"
    r"|\baffiliate[- ]links?\b|\b(?:partner|werbe)links\b",
    _FLAGS,
)
_EARNING = re.compile(
    r"\b(?:earn|earns|receive|receives|get|gets|make|makes|erhält|erhalten|bekommt|bekommen)"
    r" (?:[\w.]+ ){0,3}(?:a |an |eine )?(?:small |affiliate |modest |kleine )?"
    r"(?:commission|compensation|share of the sales?|provision)\b",
    _FLAGS,
)
_BUYING = re.compile(r"\b(?:links?|purchases?|buy|click|kauf\w*)\b", _FLAGS)
# The site speaks of itself: "we", "our", "this post", "wir", "dieser Seite".
_SITE_ITSELF = re.compile(
    r"\b(?:we|(?-i:I)|us|our|wir|uns|this (?:post|page|site|article)|(?:auf )?dieser seite"
    r"|diese[rm]? (?:artikel|beitrag)|unsere[nrm]?)\b",
    _FLAGS,
)


def is_affiliate_disclosure(line: str) -> bool:
    """The site discloses that it earns from its shop links: a notice, never text. Read in the
    body only: above the title it stays what it is there, the line that ends the menu."""
    return len(line) <= _ASK_LENGTH and bool(
        _SITE_ITSELF.search(line)
        and (_AFFILIATE_LINKS.search(line) or (_EARNING.search(line) and _BUYING.search(line)))
    )


# What the site tells readers who would take part: its house rules for comments ("Comments are
# moderated", "We ask that your comments stay polite", "Comentários anônimos não serão
# publicados") or an invitation to write to the editor ("Send us your letter to the editor", "we
# would like to hear" beside "letters to the editor"). The site or the reader is
# addressed in the line: a story about a forum's moderators speaks of neither.
_HOUSE_RULES = re.compile(
    r"\bcomments? (?:are|will be|is|may be|must be|should be) (?:\w+ ){0,2}"
    r"(?:moderated|reviewed|approved|removed|deleted|civil|respectful|on topic)"
    r"|\b(?:forum|comment|commenting|community|discussion) (?:rules|guidelines|policy|policies)\b"
    r"|\b(?:we ask|please make sure|please ensure) (?:that )?(?:your )?comments\b"
    r"|\bcomentários\b.{0,100}\b(?:não serão (?:aprovados|publicados)|moderad)"
    r"|\bcomentarios\b.{0,100}\b(?:no serán (?:aprobados|publicados)|moderad)"
    r"|\bkommentare\b.{0,60}\b(?:moderiert|freigeschaltet|gelöscht)"
    r"|\bcommentaires\b.{0,60}\b(?:modérés|supprimés)",
    _FLAGS,
)
_LETTERS_INVITED = re.compile(
    r"\b(?:submit|send|write|e-?mail) (?:us )?(?:your |a )?letters? to the editor"
    r"|\bletters? to the editor\b.{0,120}\b(?:we(?:['’]d| would) like to hear|submit|send us)"
    r"|\bleserbrief\w*\b.{0,80}\b(?:schreiben sie|senden sie|schicken sie)",
    _FLAGS,
)
_ADDRESSED = re.compile(r"\b(?:we|us|our|you|your|please|bitte|sie|vous|você|usted)\b|^\w+:", _FLAGS)


def is_contribution_notice(line: str) -> bool:
    """Comment house rules or an invitation to write to the editor: the site's, never text."""
    return (
        len(line) <= _ASK_LENGTH
        and bool(_HOUSE_RULES.search(line) or _LETTERS_INVITED.search(line))
        and bool(_ADDRESSED.search(line))
    )


def speaks_to_reader(line: str) -> bool:
    """A question to the reader about the site or a newsletter box's blurb: never text."""
    return is_reader_ask(line) or is_newsletter_blurb(line)


# A bio runs to a few sentences: the founder's or consultant's bio under a guest post goes on
# about the firm (round text26: 446 characters on one dev page).
_BIO_LENGTH = 600
# A name of two to four capitalised words (a handle may follow), "is a/an/the" or the outlet's
# possessive ("is Site's deal curator"), a few words, a role; a guest author's "founder" too.
_AUTHOR_BIO = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3}(?: \(@\w+\))?,? (?:is|was)"
    r" (?:a|an|the|[A-Z][\w.&-]*['’]s)"
    r"(?: [\w&-]+){0,5}? (?i:reporter|writer|editor|correspondent|contributor|journalist|columnist"
    r"|curator|producer|blogger|freelancer|founder|co-founder)s?\b"
)


def is_author_bio(line: str) -> bool:
    """An author's bio: "Ann Lee is a reporter for the Coast Courier.", "Bo Person (@bo) is a
    contributing editor at …". The text path drops it once most of the article is above it."""
    return len(line) <= _BIO_LENGTH and bool(_AUTHOR_BIO.match(line))


# "More:" and its kin above a list of other stories' titles. With the colon only: a bare "More"
# is as often a menu's button, and the colon is what made the list look like the article's own.
_MORE_LINKS = re.compile(
    r"^(?:(?:see |read |watch |explore )?more|up next|next up|keep reading|also on [\w .'’-]{1,40})\s*:$",
    _FLAGS,
)


def opens_links(line: str) -> bool:
    """A line that opens a list of links to other stories: "Related", "Read also" and the rest of
    `furniture.RELATED_MARKER`, and in scraped text also "More:", "Up next:", "Also on <site>:"."""
    return bool(furniture.RELATED_MARKER.match(line) or _MORE_LINKS.match(line))
