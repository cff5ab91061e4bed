"""Site furniture in scraped page text: what a line is when it is not article text.

Patterns are whole-line and language-light on purpose: a line is furniture
only when all of it is a share prompt, a counter, a byline, a credit… so
article sentences that merely mention "share" or "comments" stay.
"""

from __future__ import annotations

import datetime

from tui.model.ingest import lazy_re as re

_FLAGS = re.IGNORECASE


def _whole(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(patterns) + r")\s*(?:[:.!]|\.\.\.|…)?$", _FLAGS)


# Lines that introduce a list of links to other articles.
RELATED_MARKER = _whole(
    r"(?:also|more|further) read(?:ing)?",
    r"read (?:also|more|next|this)",
    r"related(?: coverage| articles?| stories| content| news| posts?| reading| links| topics)?",
    r"others are reading(?: now)?",
    r"(?:you|people) (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
    r"recommended(?: for you| reading| stories)?",
    r"more (?:from|on|in|stories|news)(?: [\w' -]{1,40})?",
    r"see also",
    r"trending(?: now| stories)?",
    r"most (?:read|popular|viewed|shared)(?: stories)?",
    r"what to read next",
    r"don'?t miss",
    r"editor'?s picks?",
    r"top stories",
    r"latest(?: news| stories)?",
    r"in other news",
    r"(?:watch|listen)(?: now| more)?",
    # The same in the languages of the web's largest news sites (words, not one site's template).
    r"(?:das )?könnte (?:sie|dich) auch interessieren",
    r"(?:lesen sie|lies) (?:auch|mehr|hier)",
    r"(?:auch|ebenfalls) interessant",
    r"(?:mehr|weitere[sn]?) (?:zum thema|artikel|beiträge|nachrichten|news)(?: [\w' .-]{1,40})?",
    r"weitere (?:\w+ )?(?:themen|artikel|beiträge|meldungen|nachrichten|\w*tipps)(?: [\w' .-]{1,40})?",
    r"weiterlesen|mehr lesen|noch mehr\??|lust auf mehr\??|empfohlene (?:beiträge|artikel)",
    r"(?:vorschau auf den )?nächste[rn]? (?:artikel|beitrag)",
    r"ähnliche (?:beiträge|artikel)",
    r"(?:à |a )?lire (?:aussi|également|la suite)",
    r"sur le même sujet",
    r"(?:te puede interesar|lee también|le puede interesar|noticias relacionadas|artículos relacionados)",
    r"(?:leggi anche|potrebbe interessarti|articoli correlati)",
    r"(?:czytaj (?:także|też|więcej)|zobacz (?:także|też))",
    r"(?:leia também|veja também|notícias relacionadas)",
    # Most-read and editors' boxes, and "on this topic" lists.
    r"(?:meistgelesen|meist ?gelesene? (?:artikel|beiträge|nachrichten)|beliebte (?:artikel|beiträge)"
    r"|(?:neueste|aktuelle|letzte) (?:artikel|beiträge|nachrichten|meldungen)"
    r"|verwandte (?:artikel|beiträge|themen)|passend zum thema|(?:artikel )?zum thema"
    r"|empfehlungen der redaktion|(?:auch )?lesenswert|top-?(?:artikel|themen|meldungen))",
    r"(?:lo más (?:leído|visto)|más leíd[oa]s|les plus lus|les plus populaires|à la une|i più letti"
    r"|mais lidas|najczęściej czytane|najpopularniejsze)",
    # A box of a section's most-read stories may name the section first: "“Politics” popular articles".
    r"(?:[\"“][^\"”]{1,30}[\"”] )?(?:popular|recent|latest|similar|more) (?:posts?|articles?|stories|news)",
    r"popular(?: now| today)?",
)

# Lines after which nothing is article text: comments, copyright footers.
END_MARKER = _whole(
    r"comments?(?: \(\d+\))?",
    r"\d+ (?:comments?|responses?|replies)",
    r"(?:leave|post|add|write) a (?:comment|reply|response)",
    r"join the (?:conversation|discussion)",
    r"(?:show|view|load|read) (?:all )?comments?",
    r"reader comments",
    r"\d+ (?:antworten|kommentare|comments|responses|replies|réponses|commentaires)"
    r" (?:zu|to|on|à|sur) .{1,160}",
    r"(?:kommentar|comment|reply|antwort) (?:verfassen|schreiben|hinterlassen|abgeben).{0,40}",
    # An author's box closing the story: its heading, in the languages of the markers above.
    r"about the author|(?:über )?(?:der autor|die autorin|den autor)|(?:zur|zu den) autor(?:in|en)"
    r"|(?:à propos de )?l'(?:auteur|autrice)|(?:sobre )?(?:el autor|la autora)|l'autore",
    r"hinterlassen sie (?:eine antwort|einen kommentar).{0,40}",
    r"(?:leave|post) a (?:reply|comment) cancel reply",
    r"discussion",
    # A copyright footer names a year or reserves rights; "© Name/Agency" alone is a photo credit.
    r"(?:post|beitrags)-?navigation",
    r"(?:schreibe|hinterlasse) einen kommentar",
    # Plural headings only: a count ("5 Kommentare") sits in page headers, a singular can title an analysis.
    r"(?:keine )?kommentare(?: \(.{0,80}\))?|(?:laisser|ajouter) un commentaire|commentaires",
    r"(?:deja|escribe) (?:un|tu) comentario|comentarios|(?:lascia|scrivi) un commento|commenti|komentarze",
    r"(?:©|ⓒ|\(c\)|copyright)\s*(?:.*\b(?:19|20)\d\d\b|.*rights reserved).*",
    r".*all rights reserved",
    r".{0,80}(?:todos los derechos reservados|alle rechte vorbehalten|tous droits réservés"
    r"|alle rechten voorbehouden|все права защищены|tüm hakları saklıdır|všechna práva vyhrazena"
    r"|toate drepturile rezervate|minden jog fenntartva|alle rettigheder forbeholdes"
    r"|무단\s?전재|版权所有|版權所有|無断転載|禁止转载"
    r"|tutti i diritti riservati|wszelkie prawa zastrzeżone|todos os direitos reservados).{0,40}",
    r"(?:©|\(c\))\s*\S.{0,80}\b(?:impressum|rechte|rights)\b.{0,40}",
)

# Said of a comment thread by the text path only (the HTML path has the page's structure):
# its heading and its state, and a count in brackets ("[ 167 comments ]", "(12 Kommentare)").
_THREAD_MARKER = _whole(
    r"(?:top|most|best|highest)[ -](?:rated|voted|liked|popular|recent|recommended) (?:comments?|replies)",
    r"(?:comments?|replies) (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off)",
    r"kommentare sind (?:geschlossen|deaktiviert)|kommentarfunktion (?:ist )?(?:geschlossen|deaktiviert)",
    r"les commentaires sont fermés|comentarios (?:cerrados|desactivados)|commenti (?:chiusi|disabilitati)",
    # A count of the thread's comments in the languages the plural headings above are in.
    r"\d+ (?:kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|reacties|kommentarer"
    r"|reaktionen|leserkommentare)",
)
_BRACKETED = re.compile(r"^[\[(]\s*(.*?)\s*[\])]$")


def ends_text(line: str) -> bool:
    """A line after which scraped page text holds no more of the article: a comment thread's
    heading, a copyright footer, "Comments are closed"; a bracketed count counts too."""
    bracketed = _BRACKETED.match(line)
    inner = bracketed.group(1) if bracketed else line
    return bool(END_MARKER.match(inner) or _THREAD_MARKER.match(inner))


# A post's closing metadata: its tags and categories, "Filed under", a blog's "This entry was
# posted in … Bookmark the permalink". Read by the text path only, once the text has begun:
# on the dev halves such a line after a story's first paragraphs had no article text after it
# on 40 of 42 sites (a blog's index page, posts one after another, is the exception).
_POST_FOOTER = re.compile(
    r"^(?:(?:tags?|tagged(?: with)?|schlagw[oö]rter|schlagworte|stichw[oö]rter|themen|topics|filed under"
    r"|posted in|abgelegt unter|kategorien?|categories|catégories?|étiquettes|etiquetas|categorías|temas"
    r"|tematy|sujets|argomenti|categorie)\s*:"
    r"|(?:this entry|this post|dieser eintrag|dieser beitrag) (?:was|wurde)"
    r" (?:posted|veröffentlicht|geschrieben)"
    r"|posted in .{1,120} (?:and )?tagged\b"
    r"|.{0,200}bookmark the permalink)",
    _FLAGS,
)


# The heading of an author's or the site's own box: "About the author", "Über uns", "About me",
# "Wer hat das geschrieben?". After the text has begun, on the dev halves such a heading had
# article text after it on 1 of 90 sites. ("About <Company>" is left alone: a press release's
# closing paragraph about its sender is part of it.)
# Also the box's heading for both genders or several authors ("Über den Autor/ die Autorin",
# "About the authors") and the info label ("Autoreninfo", "Author information"); round text26:
# two dev sites, none of these lines above article text.
_ABOUT_BOX = re.compile(
    r"^(?:(?:about|über|ueber|à propos de|a propos de|sobre|acerca de)\s"
    r"(?:the authors?|den autor(?:\s*/\s*die autorin)?|die autor(?:in|innen|en)|l['’]auteure?"
    r"|el autor|la autora|o autor|a autora|uns|us|mich|me)"
    r"|zum autor|zur autorin|zu den autoren|o autorze|wer hat das geschrieben\??|the authors?|author bio"
    r"|autor(?:in)?|author|auteur|autor(?:en)?info|author info(?:rmation)?)\s*:?$",
    _FLAGS,
)


def closes_post(line: str) -> bool:
    """A post's tags, categories or "posted in" footer, or the heading of an author's or the
    site's "About" box: after the text has begun, the end of it."""
    return len(line) <= 400 and bool(_POST_FOOTER.match(line) or _ABOUT_BOX.match(line))


# Single lines that are never article text.
LINE_FURNITURE = _whole(
    r"share(?: this| the)?(?: article| story| post| page)?(?: (?:on|via) [\w ,]+)?",
    r"share (?:it|on) .*",
    r"(?:teilen|teile|share)(?: (?:mit|this|dies|den artikel|diesen artikel|on))?"
    r"(?: mit anderen)?(?:/diskutieren)?",
    r"(?:den )?artikel mit anderen teilen.{0,40}",
    r"(?:teilen sie (?:dies|das|den artikel)(?: mit)?|mit freunden teilen|drucken(?: etc\.?)?|print this)",
    r"(?:artikel|beitrag|article) gefallen\?.{0,60}",
    r"(?:gefällt mir|like this|j'aime|me gusta)(?: (?:lade|wird geladen|loading)\.*)?",
    r"(?:sharen|teilen) mit|diesen (?:artikel|beitrag) teilen|like it\? share it!?",
    r"(?:dir|ihnen) hat (?:der|dieser) (?:artikel|beitrag) gefallen\?.{0,40}",
    r"(?:veröffentlicht in|posted in|publié dans)\s*:.{0,200}",
    r"(?:abgelegt unter|posted in|filed under) (?!.*[.!?]$)[^.!?]{0,200}",  # categories, not a sentence
    r"entdecke weitere .{0,40}|(?:bleiben sie|bleib|stay) (?:auf dem laufenden|up to date|informed)!?",
    r"(?:bloggen auf|blog at|powered by) (?:wordpress\.com|wordpress|blogger).{0,40}",
    r"(?:this entry|dieser eintrag|this post) (?:was posted|wurde (?:veröffentlicht|geschrieben)) .{0,200}",
    r".{0,200}bookmark the permalink",
    r"(?:article|artículo|articolo) (?:suivant|précédent|siguiente|anterior|successivo|precedente)\b.{0,200}",
    r"(?:nächster|vorheriger|next|previous) (?:artikel|beitrag|post|article)(?![\w-]).{0,200}",
    r"(?:folgt|folge|follow) (?:uns|us)!?",
    r"did you find (?:the|this) article [\w ]+\??(?: share.*)?",
    r"(?:facebook|twitter|x|email|e-mail|print|copy link|whatsapp|linkedin|reddit|pinterest|telegram"
    r"|flipboard|messenger|bluesky|threads|mastodon)"
    r"(?:[ ,|/·•]+(?:facebook|twitter|x|email|e-mail|print|copy link|whatsapp|linkedin|reddit|pinterest"
    r"|telegram|flipboard|messenger|bluesky|threads|mastodon))*",
    r"(?:sign up|subscribe|register)(?: now| today| here| for free)?(?: (?:to|for) [\w' ,]{0,60})?",
    # The chrome of an embedded post: the embed's own link text; the post's words stay, and so does
    # a tweet's signature ("— Name (@handle) March 3, 2024"): it says who posted the words.
    r"(?:view (?:this|the) post on|diesen beitrag auf|voir cette publication sur|ver esta publicación en"
    r"|ver essa publicação no|watch on|auf)"
    r" (?:instagram|facebook|tiktok|twitter|x|youtube|threads)(?: ansehen)?",
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida"
    r" (?:por|de)|uma publicação compartilhada por) [^.!?]{1,80}",
    r"pic\.twitter\.com/\w+",
    r"(?:get|receive) (?:our|the) [\w' ]{0,40}newsletter.*",
    r"(?:sign up|subscribe|get|join|register)\b.{0,60}\bnewsletters?\b.{0,60}",
    r"(?:our |the )?newsletters?",
    r"enter your e-?mail(?: address)?.*",
    r"by (?:signing up|subscribing|clicking).{0,200}",
    r".{0,120}\bcookies?\b.{0,200}(?:accept|consent|settings|policy|preferences).{0,80}",
    r"(?:accept|reject|decline)(?: all)?(?: cookies)?",
    r"manage (?:cookies|privacy|preferences|consent).*",
    r"(?:already a subscriber|subscribe to (?:continue|read)|this (?:article|content) is (?:for|only for)"
    r" (?:subscribers|members)|log ?in|sign ?in|register)\b.{0,100}",
    r"(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|paid content)",
    r"(?:story|article) continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?",
    r"continue reading.{0,60}",
    r"(?:scroll|skip) (?:to|down).{0,40}",
    r"(?:slide|photo|image|picture|bild|foto)?\s*\d{1,3}\s*(?:/|of|von|sur|de)\s*\d{1,3}",
    r"(?:previous|next|prev)(?: (?:slide|photo|image|article|story|page))?",
    r"\d{1,3}\s*(?:-| )?min(?:ute)?s?\.?(?: read(?:ing time)?)?",
    r"(?:reading time|lesezeit|lesedauer|temps de lecture|tempo de leitura|tiempo de lectura|tempo di lettura"
    r"|czas czytania|leestijd|lästid|læsetid)\s*:?\s*(?:ca\.?\s*|~\s*)?\d{1,3}\s*min.*",
    r"\d{1,3}\s*(?:min\.?|minuten|minutes|minutos|minuti)\s+(?:lesezeit|lesedauer|de lectura|de leitura"
    r"|di lettura|de lecture|read)",
    # Follow prompts naming the account: "Follow Newsbeat on Instagram, Facebook and YouTube."
    r"(?:follow|folgen sie|folge|siga|sigue|suivez|segui)\s[\w@.'’ -]{1,40}\s(?:on|auf|en|sur|su|no|na)\s"
    r"(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky|mastodon|telegram|whatsapp)"
    r"\b.{0,100}",
    # A news agency's credit under a story: "Jane Doe contributed reporting from Rome."
    r"[\w.'’ -]{2,80}\scontributed (?:reporting|to this (?:report|story|article)).{0,120}",
    r"(?:tags?|topics?|filed under|themen|schlagworte|schlagwörter|suggested topics|temas)\s*:.{0,300}",
    r"(?:tags?|topics|themen|schlagworte|schlagwörter|temas|tematy|sujets)",
    r".{0,60}\b(?:categor(?:y|ies|ía|ia)|kategorie|catégorie|rubrik|ressort)\s*:.{0,80}",
    r"(?:updated|published|posted|last updated|first published)(?: on| at)?:?\s.{0,60}",
    r"(?:listen to (?:this|the) (?:article|story)|audio version).{0,40}",
    r"(?:follow us|follow) (?:on|@).{0,80}",
    r"(?:click|tap) here.{0,80}",
    r"(?:back to top|top of page|jump to)(?: .{0,40})?",
    # Navigation, printing and picture-viewer controls, in the languages most pages here are in.
    r"(?:zurück(?: zur (?:übersicht|startseite|liste))?|nach oben|zum seitenanfang|seite drucken"
    r"|(?:artikel |beitrag )?drucken|link kopieren|(?:artikel )?merken"
    r"|per (?:e-?mail|mail) (?:versenden|teilen)"
    r"|(?:alle )?bilder? (?:anzeigen|schließen)|zur (?:bildergalerie|fotostrecke)|bildergalerie|fotostrecke"
    r"|video (?:abspielen|starten)|zum video)",
    r"(?:compartir|comparte (?:esta|la) (?:noticia|nota)|partager(?: cet article)?|condividi|compartilhe"
    r"|udostępnij|imprimir|imprimer|stampa|drukuj)",
    r"(?:mehr erfahren|jetzt lesen|zum artikel|mehr anzeigen|alle (?:news|artikel|beiträge|meldungen)"
    r"|leer más|seguir leyendo|ver más|lire la suite|en savoir plus|leggi (?:di più|tutto)|leia mais"
    r"|czytaj dalej"
    r"|read (?:more|the full (?:story|article))|see more|view (?:all|more))(?: [»›>→]+)?",
    # Pagination and ratings: "Seite 2 von 5", "(12 Bewertungen)".
    r"(?:seite|page|página|pagina|strona)\s+\d{1,3}\s+(?:von|of|de|di|z)\s+\d{1,3}",
    r"\(?\d{1,6} (?:bewertungen|ratings|reviews|votes|stimmen|valoraciones|avis)\)?",
    # A breadcrumb trail from the home page: "Startseite › Politik › Inland", "トップ ＞ ニュース".
    r"(?:home|startseite|inicio|accueil|pagina iniziale|strona główna|início|главная|anasayfa|トップ|ホーム"
    r"|首页|首頁|홈)\s*[›»>/|＞〉》]\s*.{1,200}",
)

# Image credits and captions: a credit line, never a paragraph.
_CREDIT_MARKS = re.compile(
    r"(?:\bCC[ -]BY\b|\bCC0\b|via Wikimedia|Wikimedia Commons|Getty Images|Shutterstock|iStock|"
    r"AP Photo|/AFP\b|\bAFP/|Reuters/|/Reuters\b|\bEPA\b|/EPA\b|Alamy|Unsplash|Pexels|Flickr|"
    r"\b(?:photo|image|picture|illustration|credit|photograph|foto|bild|copyright|quelle|fuente|zdjęcie"
    r"|bildquelle|bildnachweis|crédito|imagen|źródło)s?"
    r"\s*(?:credits?)?\s*[:©]\s*\S|\bcrédits? photos?\s*:|^fot\.\s|©)",
    _FLAGS,
)

_BYLINE = re.compile(
    r"^(?:by|written by|words by|von|par|por)\s+(?P<names>[^\d@|]{2,120}?)"
    r"(?:\s*[|,·•–—-]\s*(?:staff|reporter|correspondent|editor|contributor|updated|published).*)?$",
    _FLAGS,
)
_AUTHOR_LABEL = re.compile(r"^(?:author|authors|autor|auteur)\s*:\s*(?P<names>.{2,120})$", _FLAGS)
_WIRE_CREDITS = re.compile(
    r"^\(?\s*(?:reporting|writing|additional reporting) by (?P<names>[^;)]{2,160})(?:;.*)?\)?$", _FLAGS
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b)\s*", _FLAGS)
NAME_SHAPE = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|van|von|de|del|da|di|le|la|bin|al))+$")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", _FLAGS),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", _FLAGS),
    re.compile(r"(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})"),
)
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated|first published|veröffentlicht|publié)\b"
    r"(?: on| at)?\s*:?\s*)?"
    r"(?:(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?P<date>[\w ,.:/-]{6,40}?)"
    r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"(?:\s*[|·•]\s*.{0,60})?$",
    _FLAGS,
)


def wire_credits(line: str) -> tuple[str, ...] | None:
    """Reporters named by a wire story's closing "(Reporting by …; Editing by …)" line."""
    match = _WIRE_CREDITS.match(line) if len(line) <= 240 else None
    if match is None:
        return None
    return tuple(n.strip(" .") for n in _NAME_SPLIT.split(match.group("names")) if n.strip(" ."))


_STAFF_CREDIT = re.compile(r"^\(?\s*(?:additional )?(?:reporting|writing|editing) by\s", _FLAGS)
_CREDIT_PART = re.compile(r"[;)]|\b(?:additional |with )?(?:reporting|writing|editing|compiled) by\b", _FLAGS)
_CREDIT_JOINS = frozenset({"and", "in", "from", "&", "und", "y", "et"})


def is_staff_credit(line: str) -> bool:
    """A wire story's closing credit, "(Reporting by Ann Sample; Editing by Bo Person)": after each
    "… by", only capitalised names and places; "Reporting by local papers has …" is a sentence."""
    if len(line) > 300 or not _STAFF_CREDIT.match(line):
        return False
    names = [part for part in _CREDIT_PART.split(line.strip(" .()")) if part and part.strip(" ,.")]
    words = [w.strip(",.") for part in names for w in part.split()]
    return bool(words) and all(w[:1].isupper() or w.lower() in _CREDIT_JOINS for w in words if w)


def is_credit(line: str) -> bool:
    return len(line) <= 200 and bool(_CREDIT_MARKS.search(line)) and not line.endswith((".", "?", "!"))


def byline_names(line: str) -> tuple[str, ...] | None:
    """The authors a byline names, or None if `line` is not a byline."""
    if len(line) > 160:
        return None
    for pattern in (_BYLINE, _AUTHOR_LABEL):
        match = pattern.match(line)
        if match:
            names = tuple(n.strip(" .") for n in _NAME_SPLIT.split(match.group("names")) if n.strip(" ."))
            if names and all(NAME_SHAPE.match(n) for n in names):
                return names
    return None


def parse_date(text: str) -> datetime.date | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        fields = match.groupdict()
        month = _MONTHS.get((fields.get("month") or "").lower().rstrip(".")) or int(fields.get("mnum") or 0)
        try:
            return datetime.date(int(fields["year"]), month, int(fields["day"]))
        except (ValueError, TypeError):
            continue
    return None


def dateline(line: str) -> datetime.date | None:
    """The date a date-only line ("Published March 3, 2025 at 10:00") gives, else None."""
    if len(line) > 90 or not _DATE_LINE.match(line):
        return None
    return parse_date(line)
