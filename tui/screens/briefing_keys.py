"""The keys of the briefing screen. Every binding has an id: users remap them by id in config.toml."""

from __future__ import annotations

from textual.binding import Binding, BindingType

BRIEFING_KEYS: list[BindingType] = [
    Binding("escape", "back", "Library", id="briefing.back"),
    Binding("n", "step_claim(1)", "Next claim", id="briefing.next_claim"),
    Binding("p", "step_claim(-1)", "Prev claim", id="briefing.previous_claim"),
    Binding("j,down", "scroll_article(1)", "Down", show=False, id="briefing.scroll_down"),
    Binding("k,up", "scroll_article(-1)", "Up", show=False, id="briefing.scroll_up"),
    Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="briefing.half_page_down"),
    Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="briefing.half_page_up"),
    Binding("g,home", "article_end(-1)", "Top", show=False, id="briefing.top"),
    Binding("G,end", "article_end(1)", "Bottom", show=False, id="briefing.bottom"),
    Binding(
        "right_square_bracket,right_curly_bracket",
        "next_section",
        "Next section",
        show=False,
        id="briefing.next_section",
    ),
    Binding(
        "left_square_bracket,left_curly_bracket",
        "previous_section",
        "Previous section",
        show=False,
        id="briefing.previous_section",
    ),
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
