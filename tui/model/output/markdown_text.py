"""Article text as literal CommonMark: no character of it can become markup.

Markdown punctuation is backslash-escaped (CommonMark lets any ASCII
punctuation be escaped), line-leading list and heading markers are escaped,
and text is cut into lines that the caller prefixes (`> ` in a block quote),
so a newline in an article can never leave the block it belongs to.

Whitespace is normalized first, because Markdown itself does not keep it:
each line is stripped, blank lines separate paragraphs, runs of blank lines
become one. `normalize_text` is that normalization, so a test can check that
what a Markdown parser reads back equals `normalize_text(original)`.
"""

from __future__ import annotations

import re

from tui.model.format.clean import clean_text

# CommonMark structure (\ ` * _ [ ] < > # | ! &) plus what Obsidian and GFM
# also read as markup: ~ (strikethrough, fences), = (==highlight==, setext
# underlines), $ (math), ^ (block ids).
_ALWAYS = frozenset("\\`*_[]<>#|!&~=$^")
_ESCAPE = re.compile("[" + re.escape("".join(sorted(_ALWAYS))) + "]|%(?=%)")  # %% is an Obsidian comment
# At the start of a line: bullet markers, thematic breaks, setext underlines
# ('*', '_', '=' and '#' are escaped everywhere anyway) and ordered list items.
_LEADING_MARKER = re.compile(r"^[-+]")
_LEADING_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")


def normalize_text(text: str) -> str:
    """Text as Markdown will show it: control characters gone, lines stripped,
    paragraphs separated by exactly one blank line, no blank lines at either end."""
    text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[list[str]] = [[]]
    for line in text.split("\n"):  # not splitlines(): U+2028 etc. are not line ends in Markdown
        line = line.strip()
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\n".join(p) for p in paragraphs if p)


def escape_line(line: str) -> str:
    """One stripped line with no newline, made literal, including at a line start."""
    escaped = _ESCAPE.sub(lambda m: "\\" + m.group(0), line)
    escaped = _LEADING_MARKER.sub(lambda m: "\\" + m.group(0), escaped)
    return _LEADING_ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def escape_inline(text: str) -> str:
    """Text for a single line (a heading, a metadata line): newlines become spaces."""
    return escape_line(" ".join(line for line in normalize_text(text).split("\n") if line))


def escape_lines(text: str) -> list[str]:
    """Normalized, escaped lines; "" between paragraphs."""
    normalized = normalize_text(text)
    if not normalized:
        return []
    return [escape_line(line) if line else "" for line in normalized.split("\n")]


def block_quote(text: str) -> str:
    """`text` as a block quote: every line prefixed, paragraphs kept, nothing escapes it."""
    lines = escape_lines(text)
    if not lines:
        return ">"
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def paragraphs(text: str, *, first_prefix: str = "", last_suffix: str = "") -> str:
    """`text` as escaped paragraphs; `first_prefix` and `last_suffix` are Markdown already."""
    lines = escape_lines(text) or [""]
    lines[0] = first_prefix + lines[0]
    lines[-1] = lines[-1] + last_suffix
    return "\n".join(lines)


_YAML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar: JSON string syntax, which YAML reads the same way."""
    out = ['"']
    for char in text:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif _YAML_UNSAFE.match(char):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)
