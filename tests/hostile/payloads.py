"""The hostile-text corpus: strings a briefing, config or theme written by someone else might hold.

Each payload carries a unique printable marker (`HX<n>`), so a test can tell the payload's own
bytes from the sequences Textual itself writes. `DANGEROUS` lists, per payload, byte sequences
that must never reach a terminal: the control introducer followed by the payload's own text.
"""

from __future__ import annotations

from dataclasses import dataclass

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"


@dataclass(frozen=True)
class Payload:
    name: str
    text: str
    # Substrings that would act on a terminal if written as is (checked as UTF-8 bytes).
    dangerous: tuple[str, ...] = ()
    # Rich/Textual markup: if parsed, this action or style would fire.
    markup: bool = False


def _escapes() -> list[Payload]:
    items = [
        ("osc52-bel", f"{ESC}]52;c;SFgx{BEL}", f"{ESC}]52;c;SFgx"),
        ("osc52-st", f"{ESC}]52;p;SFgy{ST}", f"{ESC}]52;p;SFgy"),
        ("osc0-title", f"{ESC}]0;HX3 pwned{BEL}", f"{ESC}]0;HX3"),
        ("osc2-title", f"{ESC}]2;HX4 pwned{ST}", f"{ESC}]2;HX4"),
        (
            "osc8-link",
            f"{ESC}]8;;https://evil.example/HX5{ST}click{ESC}]8;;{ST}",
            f"{ESC}]8;;https://evil.example/HX5",
        ),
        ("osc4-palette", f"{ESC}]4;1;rgb:ff/00/00{BEL}HX6", f"{ESC}]4;1;rgb"),
        ("osc1337", f"{ESC}]1337;File=name=HX7:AAAA{BEL}", f"{ESC}]1337;File=name=HX7"),
        ("csi-2j", f"{ESC}[2JHX8", f"{ESC}[2JHX8"),
        ("csi-6n", f"{ESC}[6nHX9", f"{ESC}[6nHX9"),
        ("csi-cup", f"{ESC}[1;1HHX10", f"{ESC}[1;1HHX10"),
        ("csi-sgr", f"{ESC}[5;31mHX11{ESC}[0m", f"{ESC}[5;31mHX11"),
        ("csi-21t", f"{ESC}[21tHX12", f"{ESC}[21tHX12"),
        ("csi-private-mode", f"{ESC}[?1049lHX13", f"{ESC}[?1049lHX13"),
        ("csi-mouse-off", f"{ESC}[?1000lHX14", f"{ESC}[?1000lHX14"),
        ("dcs", f"{ESC}Pq#0;2;0;0;0HX15{ST}", f"{ESC}Pq#0"),
        ("dcs-decrqss", f"{ESC}P$qmHX16{ST}", f"{ESC}P$qmHX16"),
        ("apc", f"{ESC}_Gf=100;HX17{ST}", f"{ESC}_Gf=100;HX17"),
        ("pm", f"{ESC}^HX18 privacy{ST}", f"{ESC}^HX18"),
        ("sos", f"{ESC}XHX19{ST}", f"{ESC}XHX19"),
        ("esc-c-reset", f"{ESC}cHX20", f"{ESC}cHX20"),
        ("esc-charset", f"{ESC}(0HX21", f"{ESC}(0HX21"),
        ("c1-csi", "\u009b2JHX22", "\u009b"),
        ("c1-osc", "\u009d52;c;SFgyMw==\u009cHX23", "\u009d"),
        ("c1-dcs", "\u0090qHX24\u009c", "\u0090"),
        ("c1-apc", "\u009fHX25\u009c", "\u009f"),
        ("c1-nel", "a\u0085HX26", "\u0085"),
        ("bel", f"ring{BEL}{BEL}HX27", f"{BEL}{BEL}HX27"),
        ("bs-overwrite", "safe\b\b\b\bEVILHX28", "\b\b\b\bEVIL"),
        ("cr-overwrite", "harmless text\rHX29 evil", "\rHX29"),
        ("vt-ff", "a\x0b\x0cHX30", "\x0b\x0cHX30"),
        ("nul", "a\x00HX31", "\x00HX31"),
        ("del", "a\x7fHX32", "\x7fHX32"),
        ("so-si", "a\x0eHX33\x0f", "\x0eHX33"),
        ("lone-esc", f"{ESC}HX34{ESC}", f"{ESC}HX34"),  # trailing ESC: checked cell by cell in process
        ("esc-in-word", f"wo{ESC}rdHX35", f"wo{ESC}rd"),
    ]
    return [Payload(name, text, (danger,)) for name, text, danger in items]


def _unicode() -> list[Payload]:
    return [
        Payload("bidi-rlo", "safe \u202eHX40 txt.exe\u202c", ("\u202e",)),
        Payload("bidi-lro", "\u202dHX41\u202c", ("\u202d",)),
        Payload("bidi-rle", "\u202bHX42\u202c", ("\u202b",)),
        Payload(
            "bidi-isolates", "\u2066HX43\u2069\u2067x\u2069\u2068y\u2069", ("\u2066", "\u2067", "\u2068")
        ),
        Payload("rlm-lrm", "\u200fHX44\u200e", ()),
        Payload("zero-width-flood", "HX45" + "\u200b\u200c\u200d\ufeff" * 400, ()),
        Payload("combining-flood", "HX46" + "e" + "\u0301\u0302\u0303\u0304" * 300, ()),
        Payload("zalgo", "".join(ch + "\u0336\u0337\u0338" * 5 for ch in "HX47zalgo"), ()),
        Payload("long-word", "HX48" + "A" * 5000, ()),
        Payload("long-url", "https://example.com/HX49/" + "seg/" * 800, ()),
        Payload("cjk-wide", "HX50 " + "北朝鮮とロシアの同盟" * 40, ()),
        Payload(
            "emoji-zwj",
            "HX51 " + "\U0001f468\u200d\U0001f469\u200d\U0001f467\U0001f3f3\ufe0f\u200d\U0001f308" * 50,
            (),
        ),
        Payload("emoji-flags", "HX52 " + "\U0001f1fa\U0001f1e6\U0001f1f0\U0001f1f5" * 60, ()),
        Payload("fullwidth", "HX53 ＡＢＣ［＠ｃｌｉｃｋ＝ａｐｐ．ｑｕｉｔ］", ()),
        Payload("line-separators", "HX54\u2028para\u2029next\u0085", ("\u0085",)),
        Payload("tabs", "HX55\t\t\t\ttabbed\t", ()),
        Payload("newlines", "HX56\n\n\n\nmany lines\n" * 20, ()),
        Payload("surrogate-like", "HX57 \U0010ffff \ufffe \uffff", ()),
        Payload("mixed-scripts", "HX58 עברית العربية हिन्दी ไทย", ()),
        Payload("hangul-filler", "HX59\u3164\u115f\u1160", ()),
    ]


def _wide_in_terminals() -> list[Payload]:
    """Characters tmux 3.3a draws wider than Rich measures them (tests/hostile/width_samples.py
    has the measured table): unless cleaning rewrites them, a row holding them spills."""
    return [
        Payload(
            "emoji-skin-tones",
            "HX84 " + "\U0001f44d\U0001f3fd\U0001f44b\U0001f3fb\u270c\U0001f3fc\U0001f3ff a\U0001f3fe " * 30,
            (),
        ),
        Payload(
            "emoji-zwj-tones",
            "HX85 "
            + "\U0001f469\U0001f3fd\u200d\U0001f4bb\U0001faf1\U0001f3fb\u200d\U0001faf2\U0001f3ff" * 30,
            (),
        ),
        Payload("hangul-fillers-wide", "HX86" + "\u3164\uffa0" * 100 + "end", ()),
        Payload("circled-black-square", "HX87 " + "\u3248\u3249\u324a\u324f " * 40, ()),
    ]


def _markup() -> list[Payload]:
    items = [
        ("click-quit", "[@click=app.quit]HX60[/]"),
        ("click-spaced", "[ @click=app.quit]HX61[/]"),
        ("click-screen", "[@click=screen.dismiss]HX62[/]"),
        ("click-bell", "[@click=app.bell()]HX63[/]"),
        ("click-palette", "[@click=app.command_palette]HX64[/]"),
        ("click-export", "[@click=app.export_bookmarks]HX65[/]"),
        ("click-theme", "[@click=app.change_theme]HX66[/]"),
        ("link", "[link=https://evil.example/HX67]click[/link]"),
        ("link-file", "[link=file:///etc/passwd]HX68[/link]"),
        ("bold", "[bold]HX69[/bold]"),
        ("unclosed", "[bold red on blue]HX70"),
        ("stray-close", "HX71[/][/bold]"),
        ("nested-brackets", "[[[[HX72]]]]"),
        ("escaped-bracket", r"\[bold]HX73\[/]"),
        ("variable", "$accent $HX74 $text-muted"),
        ("variable-braced", "${HX75} $$ $"),
        ("rich-emoji", ":warning: :HX76: :red_circle:"),
        ("style-reverse", "[reverse blink]HX77[/]"),
        ("percent-format", "%s %d %(HX78)s {0} {HX78}"),
        ("many-tags", "[b]" * 200 + "HX79"),
        ("backslashes", "\\\\HX80\\n\\t\\x1b"),
        ("toml-like", 'HX81 = """ [table] [[array]]'),
        ("html", "<script>alert('HX82')</script><b>x</b>"),
        ("markdown", "# HX83\n* [x](javascript:alert(1)) `code` **b**"),
    ]
    return [Payload(name, text, (), markup=True) for name, text in items]


PAYLOADS: list[Payload] = [*_escapes(), *_unicode(), *_wide_in_terminals(), *_markup()]

# Any of these reaching the terminal means a payload escaped cleaning (C1 as UTF-8, bidi controls).
NEVER_WRITTEN = ["\u009b", "\u009d", "\u0090", "\u009f", "\u0085", "\u202e", "\u202d", "\u202b", "\u2066"]


def combined(limit: int = 400) -> str:
    """Every payload in one string (long ones shortened), for fields shown in narrow places."""
    return " ".join(p.text[:limit] for p in PAYLOADS)
