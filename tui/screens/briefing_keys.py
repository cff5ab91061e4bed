"""The keys of the briefing screen. Every binding has an id: users remap them by id in config.toml."""

from __future__ import annotations

from textual.binding import Binding, BindingType

# Moving through the article: keys every reader knows, kept out of the footer.
# (id within "briefing.", keys, action, description)
_MOVES = [
    ("scroll_down", "j,down", "scroll_article(1)", "Down"),
    ("scroll_up", "k,up", "scroll_article(-1)", "Up"),
    ("half_page_down", "ctrl+d", "half_page(1)", "Half page down"),
    ("half_page_up", "ctrl+u", "half_page(-1)", "Half page up"),
    ("top", "g,home", "article_end(-1)", "Top"),
    ("bottom", "G,end", "article_end(1)", "Bottom"),
    ("next_section", "right_square_bracket,right_curly_bracket", "next_section", "Next section"),
    ("previous_section", "left_square_bracket,left_curly_bracket", "previous_section", "Previous section"),
]

BRIEFING_KEYS: list[BindingType] = [
    Binding("escape", "back", "Library", id="briefing.back"),
    Binding("n", "step_claim(1)", "Next claim", id="briefing.next_claim"),
    Binding("p", "step_claim(-1)", "Prev claim", id="briefing.previous_claim"),
    *(Binding(keys, action, text, show=False, id=f"briefing.{name}") for name, keys, action, text in _MOVES),
    Binding("slash", "open_find", "Find", id="briefing.find", priority=True),
    Binding("m", "step_match(1)", "Next match", show=False, id="briefing.next_match"),
    Binding("M", "step_match(-1)", "Previous match", show=False, id="briefing.previous_match"),
    Binding("c", "clear_claim", "Overview", show=False, id="briefing.overview"),
    Binding("t", "toggle_pane('outline')", "Sections", id="briefing.toggle_outline"),
    Binding("f", "toggle_pane('side')", "Sourcing", id="briefing.toggle_side"),
    Binding("o", "open_url", "Open URL", show=False, id="briefing.open_url"),
    Binding("y", "copy_claim", "Copy claim", show=False, id="briefing.copy_claim"),
    Binding("b", "toggle_bookmark", "Bookmark", id="briefing.bookmark"),
    Binding("a", "edit_note", "Note", show=False, id="briefing.note"),
]
