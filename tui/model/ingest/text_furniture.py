"""Forms of page furniture in scraped page text that no phrase list names, read by the text path only.

Each is a shape a site's template gives a line, in any language:
- a date stamp alone on its line ("Thursday, 3 May 2029", "12. März 2031 um 9:15 Uhr",
  "4 de junio de 2030 | 08:10"): the date of a post, a comment or a teaser, never a heading of
  the text;
- a link to the previous or next post, an arrow pointing away from the text ("← Older title",
  "Newer title →", "Weiterlesen »");
- an author's box: the author's name alone on a line (or after "About"), then a paragraph that
  opens with that name ("Ann Lee writes about …");
- a picture's credit alone on its line ("Ann Lee, AP", "Getty Images", "Ann Lee/example.se");
- a scripted box saved while loading, failed or asking for JavaScript ("Loading replies...").
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.text_blocks import is_prose

# Words a date stamp is made of: months and weekdays in the languages of the web's largest news
# sites, and the small words between date and time.
_MONTH_WORDS = frozenset(
    (
        "january february march april may june july august september october november december"
        " jan feb mar apr jun jul aug sep sept oct nov dec"
        " januar jänner februar märz mai juni juli oktober dezember"
        " janvier février mars avril juin juillet août septembre octobre novembre décembre"
        " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre"
        " diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"
        " janeiro fevereiro março maio junho julho setembro outubro dezembro"
    ).split()
)
_STAMP_WORDS = _MONTH_WORDS | frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri"
        " sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag"
        " lundi mardi mercredi jeudi vendredi samedi dimanche"
        " lunes martes miércoles jueves viernes sábado domingo"
        " lunedì martedì mercoledì giovedì venerdì domenica segunda terça quarta quinta sexta feira"
        " am pm a p m um uhr at on of the de del à le h gmt utc cet cest est edt pst pdt bst"
    ).split()
)
# A numeric date; a year only beside a day or a month ("2031" alone heads a chronology's section).
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
_STAMP_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_STAMP_LENGTH = 60


def is_date_stamp(line: str) -> bool:
    """A line that is only a date or a time: a clock time, a year or a numeric date, and no word
    but weekdays, months and the small words between them ("Montag | 12. Mai 2031")."""
    if len(line) > _STAMP_LENGTH:
        return False
    words = re.findall(r"[^\W\d_]+", line.lower())
    if not all(word in _STAMP_WORDS for word in words):
        return False
    if _NUMERIC_DATE.search(line):
        return True
    # A year with a month's name or a day's number beside it. (A time alone, "4:14 p.m.", heads
    # an entry of a live report: it stays.)
    return bool(_STAMP_YEAR.search(line)) and (
        any(word in _MONTH_WORDS for word in words) or bool(_DAY.search(_STAMP_YEAR.sub("", line)))
    )


# An arrow at the line's outer end, pointing away from the text: the link to the post before or
# after. Guillemets are quotation marks too, so they count only unpaired ("« Older title").
_BACK = re.compile(r"^(?:[←⟵◀‹]|<<?\s)")
_ON = re.compile(r"(?:[→⟶▶›]|\s>>?)$")
_LINK_WORDS = 20
_GUILLEMET_WORDS = 12


def is_post_link(line: str) -> bool:
    """A link to the previous or next post: "← Older title", "Newer title →", "Read on »"."""
    if len(line.split()) > _LINK_WORDS:
        return False
    if _BACK.search(line) or _ON.search(line):
        return True
    # "« Older title" and "Newer title »" with the space of a link's arrow: a French quotation
    # opens with "« " too, but closes on its own line or runs longer than a title.
    short = len(line.split()) <= _GUILLEMET_WORDS
    return short and (
        (line.startswith("« ") and "»" not in line) or (line.endswith(" »") and "«" not in line)
    )


# The author's name alone on a line, or after "About"/"By": two to four capitalised words.
_BOX_NAME = re.compile(
    r"^(?:(?:about|über|ueber|sobre|à propos de|a propos de|acerca de|by|von|por|par)\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+(?:[A-ZÀ-Þ][\w.'’-]+|van|von|de|del|da|di|le|la|bin|al)){1,3})$",
    re.IGNORECASE,
)
_BOX_REACH = 2  # short lines between the name and the bio ("+ Follow", a handle)
_BIO_OPENING = 150  # the bio names its author in its first sentence
_NAME_LENGTH = 50


def _box_name(line: str) -> str | None:
    match = _BOX_NAME.match(line) if len(line) <= _NAME_LENGTH else None
    if match is None:
        return None
    name = match.group("name")
    # The pattern reads case-blind for its lead word; the name's own words are capitalised.
    return name if all(w[0].isupper() or (w.islower() and len(w) <= 3) for w in name.split()) else None


def author_box(units: list[str], index: int) -> int:
    """How many units from `index` are an author's box: the author's name alone on a line, then
    (past a "+ Follow" or a handle) a paragraph that names that author in its first sentence
    ("Ann Lee writes about …", "Mother of two, Ann Lee teaches …"); 0 when there is none."""
    name = _box_name(units[index])
    if name is None:
        return 0
    for later in range(index + 1, min(index + 2 + _BOX_REACH, len(units))):
        unit = units[later]
        if is_prose(unit):
            # "Ann Lee: I never …" is an interview's answer under its speaker, not a bio.
            # "Lee covers the coast": a bio may open with the surname alone, under a name in capitals.
            surname = name.split()[-1].title() if name.isupper() else name.split()[-1]
            named = name in unit[:_BIO_OPENING] or unit.startswith(f"{surname} ")
            named = named and not unit.startswith(f"{name}:")
            return later - index + 1 if named else 0
    return 0


# A picture's credit closing the line: "(AP Photo/Ann Lee)", "(Image credit: Harbour Trust)",
# "….Credit...Ann Lee/The Courier", "(Ann Lee/AP)", "Ann Lee / Reuters file", "Foto: Ann Lee.".
# An agency's signature closing a story, "(dpa/abc)", names no picture and no photographer.
_AGENCIES = r"(?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|Shutterstock|iStock|Alamy|PTI|ANP|AAP)"
_CAPTION_CREDIT = re.compile(
    r"(?:[.!?”\"’)]\s*|\s)(?:"
    r"\((?:" + _AGENCIES + r" )?(?:photo|image|foto|bild|picture)s?(?: ?credits?)?\s*[:/][^()]{2,60}\)"
    r"|\[?(?:photo |image )?credit\s*(?:\.{2,3}|…|:)\s*[^.]{2,60}\]?"
    r"|\([A-ZÀ-Þ][^()/]{1,40}/\s?" + _AGENCIES + r"(?: file| photo)?\)"
    r"|[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){0,3} ?/ ?" + _AGENCIES + r"(?: file| photo)?"
    r")$",
    re.IGNORECASE,
)
# "… on the quay. Foto: Ann Lee.": the label capitalised after a sentence's stop, then a name.
_LABELLED_CREDIT = re.compile(r"[.!?] (?:Foto|Photo|Bild|Image)s?\s?:\s?[A-ZÀ-Þ][^.:]{1,60}\.?$")
_CAPTION_LENGTH = 400


def is_credited_caption(line: str) -> bool:
    """A caption: what a picture shows, closed by the picture's credit ("The quay at dawn on
    Monday. (AP Photo/Ann Lee)"). The text never credits a photographer at a sentence's end."""
    return len(line) <= _CAPTION_LENGTH and bool(
        _CAPTION_CREDIT.search(line) or _LABELLED_CREDIT.search(line)
    )


# A picture's credit alone on its line, above or below the caption: the agency ("Getty",
# "Associated Press"), a photographer and the agency or the site ("Ann Lee, AP", "Ann Lee/Reuters",
# "Ann Lee/imagebank.example.se", "Ann Lee, Harbourtown.com"), or the agency and then the name
# ("APA/Ann Lee"). A wire story's signature in brackets, "(dpa)", is not alone so and stays.
_PICTURE_AGENCIES = (
    r"(?i:AP|AFP|Reuters|EPA(?:-EFE)?|APA|ANP|ANSA|EFE|AAP|PTI|Xinhua|Kyodo|dpa|Getty(?: Images)?"
    r"|Associated Press|Agence France-Presse|Bloomberg|Shutterstock|iStock(?:photo)?|Alamy|Imago"
    r"|picture[ -]alliance|Keystone|Pixabay|Unsplash|Pexels|Flickr)"
)
_SITE = r"(?:[\w-]+\.)+(?:com|org|net|[a-z]{2})"
_PERSON = r"[A-ZÀ-Þ][\w'’.-]*(?: (?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|da|del|der|la|le)){1,3}"
_LONE_CREDIT = re.compile(
    r"^(?:" + _PICTURE_AGENCIES + r"(?: ?/ ?" + _PERSON + r")?"
    r"|" + _PERSON + r"(?: ?/ ?|, )(?:" + _PICTURE_AGENCIES + r"|" + _SITE + r"))"
    r"(?i: (?:photo|images?|file))?$"
)
_CREDIT_LENGTH = 80


def is_lone_credit(line: str) -> bool:
    """A picture's credit alone on its line: the picture's, never the text's."""
    return len(line) <= _CREDIT_LENGTH and bool(_LONE_CREDIT.match(line.strip()))


# A box the page fills by script, saved in the state it was in: still loading ("Loading
# replies...", "Lädt …", "Cargando..."; the ellipsis marks the wait, "Laden" alone is a
# shop), failed, as its first words say ("Failed to load the latest posts."), or asking for
# the script ("This gallery needs JavaScript."). One short line.
_SCRIPT_STATE = re.compile(
    r"^(?:(?:loading|lädt|laden|wird geladen|chargement|cargando|caricamento|carregando|ładowanie"
    r"|загрузка)(?: [\w-]+){0,3} ?(?:\.{2,3}|…)"
    r"|(?:error: ?)?(?:failed to load|unable to load|could not load|error loading)\b.{0,60}"
    r"|.{0,60}\b(?:(?:requires|needs) javascript|(?:enable|aktivieren sie|activez|habilite|attiva)"
    r" (?:the )?javascript|javascript (?:is )?(?:disabled|required|must be enabled)).{0,60})$",
    re.IGNORECASE,
)
_STATE_LENGTH = 140


def is_script_state(line: str) -> bool:
    """A scripted box's loading, failure or needs-JavaScript message: never text."""
    return len(line) <= _STATE_LENGTH and bool(_SCRIPT_STATE.match(line.strip()))


# A menu or a share bar saved without the spaces between its entries: "FacebookTwitterE-Mail",
# "Share to LinkedInLinkedInShare to Facebook…". Inside one word a lower-case letter runs into a
# capital again and again; a name does so once ("McKay", "iPhone", "DeShawn"), and a hashtag
# is written so on purpose. Code is left to the code rules.
_HUMP = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
_WORD_HUMPS = 3
_CODE_SIGNS = re.compile(r"[<>(){}=;]")


def is_glued_menu(line: str) -> bool:
    """Menu entries or share buttons run together without spaces: never text."""
    return not _CODE_SIGNS.search(line) and any(
        len(_HUMP.findall(word)) >= _WORD_HUMPS and not ("#" in word or "@" in word)  # a hashtag
        for word in line.split()
    )


# A title cut to fit a teaser box: it breaks off right after a letter ("Ferry returns to the
# isla…", "Harbour reopens after two wee..."). One such line may be a sentence trailing off; a
# run of them is a list of other stories.
_CUT_TITLE = re.compile(r"\w(?:\.{2,3}|…)$")
_CUT_LENGTH = 100


def _is_cut_title(unit: str) -> bool:
    return len(unit) <= _CUT_LENGTH and bool(_CUT_TITLE.search(unit))


def in_cut_titles(units: list[str], index: int) -> bool:
    """A title cut off with an ellipsis beside another such title: a teaser list's entry."""
    return _is_cut_title(units[index]) and any(
        0 <= other < len(units) and _is_cut_title(units[other]) for other in (index - 1, index + 1)
    )


_LINK_RUN = 4  # this many unpunctuated lines in a row are a list of links


def in_link_list(units: list[str], index: int) -> bool:
    """Whether the line is one of a run of unpunctuated lines: a list of link titles, not text."""
    run = 1
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(units) and not is_prose(units[other]) and run < _LINK_RUN:
            run += 1
            other += step
    return run >= _LINK_RUN
