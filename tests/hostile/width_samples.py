"""One sample per class of grapheme whose cell width terminals and Rich may disagree on.

The real-terminal test (test_terminal_width.py) draws each sample's cleaned form in tmux and
compares with Rich's count; the unit tests (tests/test_clean_width.py) pin what cleaning makes of
each. Written with escapes so the source shows exactly which code points a sample holds.
"""

from __future__ import annotations

from dataclasses import dataclass

# Spacing marks (category Mc: Indic, Myanmar, Khmer vowel signs...): Rich 15 counts 0 cells, tmux
# (glibc's wcwidth) 1, and 2 for U+302E/302F and U+16FF0/16FF1. They are letters of the words, so
# cleaning keeps them; the reader measures them as the terminal draws them instead
# (tui/widgets/cell_widths.py: one cell inside tmux, which the test draws in).
# Emoji ZWJ sequences and U+FE0F: tmux 3.3a joins a sequence only when it reads the joiner and the
# emoji after it together (a frame split between reads right there is drawn as its parts: a family
# 6 cells, not 2), and never widens a character for U+FE0F (❤️ is 1 cell, Rich counts 2). The joiner
# is kept in the text (emoji need it); inside tmux the reader measures and draws the sequences
# apart (the `emoji_sequences` setting: tui/widgets/terminal_output.py leaves the joiner and U+FE0F
# out of what it writes), which tmux draws alike however its reads fall.
# Emoji newer than the C library's Unicode tables (tmux 3.3a here, glibc 2.36, draws them 0 cells)
# are written as 〓 in a multiplexer's pane (tui/widgets/terminal_output.py): 2 cells, as measured.


@dataclass(frozen=True)
class WidthSample:
    name: str
    text: str
    # Why tmux draws the cleaned form narrower than the reader measures it; "" when they agree.
    drawn_narrower: str = ""


WIDTH_SAMPLES: list[WidthSample] = [
    WidthSample("ascii", "abc"),
    WidthSample("emoji", "\U0001f44d"),  # thumbs up
    WidthSample("emoji+tone", "\U0001f44d\U0001f3fd"),  # thumbs up, medium skin tone
    WidthSample("emoji+tone x3", "\U0001f44b\U0001f3fb\U0001f44d\U0001f3fd\U0001f64f\U0001f3ff"),
    WidthSample("text-default+tone", "\u270c\U0001f3fc"),  # victory hand (text by default), tone
    WidthSample("text-default+VS16+tone", "\u261d\ufe0f\U0001f3fe"),
    WidthSample("non-base+tone", "\U0001f34e\U0001f3fb"),  # red apple takes no tone
    WidthSample("lone tone", "\U0001f3fd"),
    WidthSample("letter+tone", "a\U0001f3fd"),
    WidthSample("zwj family", "\U0001f468\u200d\U0001f469\u200d\U0001f467"),
    WidthSample("zwj+tone", "\U0001f469\U0001f3fd\u200d\U0001f4bb"),  # woman technologist
    WidthSample("zwj two tones", "\U0001faf1\U0001f3fb\u200d\U0001faf2\U0001f3ff"),  # handshake
    WidthSample("zwj hair", "\U0001f468\u200d\U0001f9b0"),
    WidthSample("rainbow flag", "\U0001f3f3\ufe0f\u200d\U0001f308"),
    WidthSample("pirate flag", "\U0001f3f4\u200d\u2620\ufe0f"),
    WidthSample("VS16 heart", "\u2764\ufe0f"),
    WidthSample("VS16 smiling", "\u263a\ufe0f"),
    WidthSample("VS16 on wide emoji", "\U0001f44d\ufe0f"),
    WidthSample("VS15 heart", "\u2764\ufe0e"),
    WidthSample("VS15 on wide emoji", "\U0001f44d\ufe0e"),
    WidthSample("text-default symbol", "\u2764\u263a\u2708"),
    WidthSample("keycap 1", "1\ufe0f\u20e3"),
    WidthSample("keycap #", "#\ufe0f\u20e3"),
    WidthSample("keycap no VS16", "1\u20e3"),
    WidthSample("flag pair", "\U0001f1eb\U0001f1f7"),  # France
    WidthSample("lone regional", "\U0001f1eb"),
    WidthSample("three regionals", "\U0001f1eb\U0001f1f7\U0001f1ea"),
    WidthSample(
        "tag flag",
        "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",  # England
    ),
    WidthSample("stray tags", "a\U000e0041\U000e0042"),
    WidthSample("combining acute", "e\u0301"),
    WidthSample("combining flood", "e" + "\u0301\u0302\u0303\u0304" * 30),
    WidthSample("zalgo", "".join(c + "\u0336\u0337\u0338" for c in "zalgo")),
    WidthSample("lone combining", "\u0301"),
    WidthSample("cjk", "\u5317\u671d\u9bae"),
    WidthSample("fullwidth", "\uff21\uff22\uff3b"),
    WidthSample("hangul precomposed", "\ud55c"),
    WidthSample("hangul jamo decomposed", "\u1112\u1161\u11ab"),
    WidthSample("hangul fillers", "\u3164\u115f\u1160\uffa0"),
    WidthSample("circled number on black square", "\u3248\u324f"),
    WidthSample("hangul tone mark (Mc)", "\u1102\u1161\u302e"),
    WidthSample("bengali", "\u09ac\u09be\u0982\u09b2\u09be"),
    WidthSample("tamil", "\u0ba4\u0bae\u0bbf\u0bb4\u0bcd"),
    WidthSample("myanmar", "\u1019\u103c\u1014\u103a\u1019\u102c"),
    WidthSample("khmer", "\u1781\u17d2\u1798\u17c2\u179a"),
    WidthSample("thai", "\u0e17\u0e35\u0e48\u0e01\u0e33"),
    WidthSample("devanagari", "\u0915\u094d\u0937\u093f \u0939\u093f\u0928\u094d\u0926\u0940"),
    WidthSample("soft hyphen", "co\u00adop"),
    WidthSample("zero-width space", "a\u200bb"),
    WidthSample("zwnj", "a\u200cb"),
    WidthSample("word joiner/bom", "a\u2060b\ufeffc"),
    WidthSample("VS16 on letter", "a\ufe0f"),
    WidthSample("VS15 on letter", "a\ufe0e"),
    WidthSample("VS1 on letter", "a\ufe00"),
    WidthSample("ideographic VS", "\u845b\U000e0100"),
    WidthSample("new emoji (Unicode 15)", "\U0001fae8"),  # shaking face
    WidthSample("new emoji (Unicode 16)", "\U0001fae9"),  # face with bags under eyes
]
