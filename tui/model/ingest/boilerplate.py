"""Paragraph-level boilerplate: prompts, disclosures and link teasers that sit inside the article block.

`furniture` judges a line by its whole shape ("Share", "3 min read"). What is
here judges a paragraph by what it asks of the reader: follow us, subscribe,
log in, download the app, read this other story. Such a paragraph is short and
says so in a few stock words in each of the web's big languages; an article
sentence that merely mentions Instagram or a newsletter uses one of them at
most, so a paragraph is a prompt only when two kinds of cue meet in it, or
when it is an inline "Read also: <title>" link, an ad or affiliate disclosure,
or an agency's initials signature.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

_FLAGS = re.IGNORECASE
# Prompts are short; a longer paragraph is text even when it names a network.
_PROMPT_LENGTH = 320
_DISCLOSURE_LENGTH = 500

# Kinds of cue: a paragraph that holds two different kinds (or one twice over) is a prompt.
_CUES: tuple[re.Pattern[str], ...] = (
    # Social networks and messengers.
    re.compile(
        r"\b(?:facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok|linkedin|pinterest|threads|"
        r"mastodon|bluesky|snapchat)\b",
        _FLAGS,
    ),
    # Follow or join us.
    re.compile(
        r"\b(?:follow (?:us|the|our)|síguenos|siguenos|sígue(?:nos)?|folg(?:en sie|e) uns|suivez[- ]nous|"
        r"seguici|segue-nos|obserwuj|únete|join (?:us|our)|tenemos canal|unirte)\b",
        _FLAGS,
    ),
    # Subscriptions, newsletters, accounts.
    re.compile(
        r"(?:\bsubscri(?:be|ber|bers|ption)\b|\bnewsletter|\bsign[- ]?up\b|\blog ?in\b|\bsign ?in\b|"
        r"\babonn(?:ier|ement|ez|e-toi)|\babo\b|\be-?paper\b|\bposteingang|\binbox\b|\beingeloggt|\bregistrier|"
        r"\bmitglied\b|\bmelde dich\b|\bjetzt anmelden\b|"
        r"\bsuscr[ií]b|\bsuscripci[oó]n|\biscriviti|\bzapisz się|\bprenumerat|"
        r"\bdaily edition\b|\bby e-?mail\b|\bper e-?mail\b|\bnever miss\b|"
        r"\bnichts (?:mehr )?(?:verpassen|versäumen)|\blust auf mehr\b|"
        r"\bexklusive? (?:angebote|inhalte|vorteile)|\bexclusive (?:offers|content|access))",
        _FLAGS,
    ),
    # Apps and stores.
    re.compile(
        r"\b(?:app ?store|google play|(?:ios|iphone) (?:and|und|y|et|e|i|or|oder) android"
        r"|android (?:and|und|y|et|e|i|or|oder) ios)\b",
        _FLAGS,
    ),
    # Support and donation asks.
    re.compile(
        r"\b(?:support us|unterstütze|unterstützen sie|donate|spenden sie|apoya|sostienici)\b", _FLAGS
    ),
    # Privacy and consent notices.
    re.compile(
        r"\b(?:privacy policy|datenschutz\w*|privatsphäre|einverst\w+|einwilligung|consent|"
        r"speicherung|verarbeitung|personal data|personenbezogen\w*)",
        _FLAGS,
    ),
    # Addressing the reader with a call to act.
    re.compile(
        r"\b(?:click here|tap here|hier klicken|klicken sie|download|herunterladen|haz clic|cliquez|descarga|"
        r"en este enlace|for the full story|for immediate access)\b",
        _FLAGS,
    ),
)

# A paragraph that reports speech is the story's, whatever it mentions.
_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|announced|sagte|sagt|erklärte|laut|dijo|según|a déclaré|selon)\b",
    _FLAGS,
)

# "Read also: <title>", "PUEDES VER: <title>", "À lire aussi » <title>": a link, not text.
_INLINE_LINK = re.compile(
    r"^(?:>>\s*)?(?:read (?:also|more|next)|also read|see also|related|more|watch|"
    r"lesen sie (?:auch|hier|mehr)|mehr (?:lesen|dazu|zum thema)|weiterlesen|auch interessant|"
    r"(?:à |a )?lire (?:aussi|également)|voir aussi|"
    r"puedes ver|lea (?:también|además)|lee (?:también|además)|ver también|mire|mira también|"
    r"te puede interesar|"
    r"leggi anche|leia (?:também|mais)|veja também|"
    r"dowiedz się więcej|czytaj (?:także|też|więcej)|zobacz (?:także|też|więcej))"
    r"\s*(?:[:»>|]+|\s[–—-])\s*\S.{0,200}$",
    _FLAGS,
)

# Comment forms and comment policies: one of these and the paragraph is the form's.
_COMMENT_FORM = re.compile(
    r"\bcomments? (?:are|will be) moderated|\bwe welcome (?:reader )?comments"
    r"|\bnotify me of (?:new|follow-up)|\bcancel reply\b|\bbenachrichtige mich\b|\bantwort abbrechen\b"
    r"|\bkommentare werden (?:moderiert|freigeschaltet)"
    r"|\b(?:mit der nutzung|by using) (?:dieses formulars|this form)"
    r"|\bakismet\b|\bcaptcha\b"
    # Metered paywalls: "You have read 1 of 4 free articles".
    r"|\b(?:you have read|vous avez lu|sie haben) \d+ (?:of|des|von) \d+ "
    r"|\bsave my name, email\b|\bmeinen namen, (?:meine )?e-mail",
    _FLAGS,
)

# Ad, sponsorship and affiliate disclosures.
_DISCLOSURE = re.compile(
    r"^\W{0,3}(?:werbung|anzeige|advertisement|sponsored|publicidad|pubblicità|reklama|publicité)\b\s*[-.:–—|]"
    r"|\baffiliate[- ]?links?\b|\bpartner-?links?\b|\bprovision erhält\b|\bcompensation when you click\b"
    r"|\breferences to products from\b|\bin freundlicher kooperation\b"
    r"|\blicensed under (?:a |the )?creative commons|\bcreative-commons-lizenz|\bassociates program\b",
    _FLAGS,
)

_ASKS = (1, 2, 4)  # follow, subscription, support
_DOUBLING = (2,)  # subscription: two of its words make a prompt on their own ("im Abo, als E-Paper")
_ASK_LENGTH = 100

# An agency's signature under a story: "aja/PAP", "dpa/lnw", "(sda/afp)".
_AGENCY_SIGNATURE = re.compile(r"^\(?[a-zA-Z]{2,5}(?:\s*/\s*[a-zA-Z]{2,8}){1,3}\)?$")


# Consent dialogs: a cookie or consent word and the site talking to the reader about itself.
_CONSENT_TOPIC = re.compile(
    r"\bcookies?\b|\bconsent\b|\beinwilligung|\bconsentement|\bconsentimiento|\bconsenso\b|\bzgod[ay]\b"
    r"|\btracking\b|\bdatenschutz\w*|\bprivacy\b",
    _FLAGS,
)
_CONSENT_ADDRESS = re.compile(
    r"\b(?:we|our|you|your|wir|unsere[rnms]?|sie|ihre[rnms]?|du|deine[rnms]?|nous|vous|votre|vos"
    r"|nosotros|usted|su|sus|noi|vostr[oiae]|my|nasz\w*|pan\w*)\b",
    _FLAGS,
)


def is_consent_text(paragraph: str) -> bool:
    """A line of a cookie or privacy dialog: the site speaking to the reader about cookies,
    tracking or consent ("Wir verwenden Cookies, um …", "You can change your settings …")."""
    return bool(_CONSENT_TOPIC.search(paragraph)) and bool(_CONSENT_ADDRESS.search(paragraph))


def cue_count(paragraph: str) -> int:
    """Kinds of cue in a paragraph; two different subscription words count as two ("im Abo, als e-Paper")."""
    kinds = sum(bool(cue.search(paragraph)) for cue in _CUES)
    doubled = sum(len({m.lower() for m in _CUES[kind].findall(paragraph)}) >= 2 for kind in _DOUBLING)
    return kinds + doubled


def is_prompt(paragraph: str) -> bool:
    """A follow, subscribe, log-in, app or donation prompt: two kinds of cue in a short paragraph,
    or one ask (follow, subscribe, support) in a line too short to be about anything else."""
    if len(paragraph) > _PROMPT_LENGTH or _REPORTED.search(paragraph):
        return False  # long, or news about an app or a paywall ("subscribers can download…, it said")
    if cue_count(paragraph) >= 2:
        return True
    return len(paragraph) <= _ASK_LENGTH and any(_CUES[kind].search(paragraph) for kind in _ASKS)


def reports(paragraph: str) -> bool:
    """Whether a paragraph reports speech ("said", "according to"…): the story's, whatever it mentions."""
    return bool(_REPORTED.search(paragraph))


_BRACKETS = ("[]", "()")


def is_inline_link(paragraph: str) -> bool:
    """ "Read also: <title>", also set in brackets: "[Related: <title>]"."""
    if paragraph[:1] + paragraph[-1:] in _BRACKETS:
        paragraph = paragraph[1:-1].strip()
    return len(paragraph) <= 260 and bool(_INLINE_LINK.match(paragraph))


def is_disclosure(paragraph: str) -> bool:
    return len(paragraph) <= _DISCLOSURE_LENGTH and bool(_DISCLOSURE.search(paragraph))


def is_agency_signature(paragraph: str) -> bool:
    return len(paragraph) <= 30 and bool(_AGENCY_SIGNATURE.match(paragraph))


def is_comment_form(paragraph: str) -> bool:
    return len(paragraph) <= _PROMPT_LENGTH and bool(_COMMENT_FORM.search(paragraph))


# The site's own words where a standfirst goes: a rights notice ("This material may not be published,
# broadcast, rewritten, or redistributed. ©2011 …"), a call to watch or visit the site ("Watch Kestrel
# News anytime, anywhere …", WordPress's "Visit the post for more.").
_SITE_NOTICE = re.compile(
    r"\b(?:material|content|article|story)\s+may not be (?:re)?(?:published|produced|broadcast)\b"
    r"|\ball rights reserved\b"
    r"|^(?:watch|stream)\s.{0,60}\b(?:anytime|anywhere|on demand)\b|^visit the post for more\b",
    _FLAGS,
)
# A share text before a description: "Read 'Mill to close' on Kestrel News. The town's …".
_SHARE_TEXT = re.compile(r"^Read\s+['‘\"“].{1,300}?['’\"”]\s+on\s+[^.]{2,40}[.!]\s+")


def is_site_notice(text: str) -> bool:
    """A dek candidate that is the site's notice or call to the reader, not the story's standfirst."""
    return bool(_SITE_NOTICE.search(text))


def without_share_text(text: str) -> str:
    """A description without the share text a site puts before it ("Read '…' on Kestrel News.")."""
    return _SHARE_TEXT.sub("", text, count=1)


# A description some sites write as HTML: a "Read More" link at its end, inline tags in it.
_MORE_LINK = re.compile(
    r"\s*<a\b[^<>]*>\s*(?:read more|more|continue reading|weiterlesen|mehr|lire la suite|leer más|[.…]+)"
    r"\s*</a>\s*$",
    _FLAGS,
)
_INLINE_TAG = re.compile(r"</?(?:a|i|b|em|strong|span|u|small|sup|sub|br)\b[^<>]*>", _FLAGS)


def without_markup(text: str) -> str:
    """A description's words without the HTML its site left in it: "… the wheel and<a href=…>Read
    More</a>" ends at "and", "<i>Kai Lund looks back.</i>" keeps its words."""
    return _INLINE_TAG.sub("", _MORE_LINK.sub("", text)).strip()


def is_boilerplate(paragraph: str) -> bool:
    """A paragraph that talks to the reader about the site, not about the story."""
    return (
        is_prompt(paragraph)
        or is_comment_form(paragraph)
        or is_inline_link(paragraph)
        or is_disclosure(paragraph)
        or is_agency_signature(paragraph)
    )
