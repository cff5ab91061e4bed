"""The keys of the briefing screen. Every binding has an id: users remap them by id in config.toml.
Each names its task, which help groups by (tui/key_groups.py)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from tui.key_groups import FIND, GO, KEEP, MOVE, VIEW, TaskBinding

# Footer groups: "n p Claims", "t f Panes" keep `q Quit` and `? Help` on an 80-column footer.
CLAIM_KEYS = Binding.Group("Claims")
PANE_KEYS = Binding.Group("Panes")

BRIEFING_KEYS: list[BindingType] = [
    TaskBinding("escape", "back", "Library", id="briefing.back", task=GO),
    TaskBinding("n", "step_claim(1)", "Next claim", id="briefing.next_claim", task=MOVE, group=CLAIM_KEYS),
    TaskBinding(
        "p", "step_claim(-1)", "Prev claim", id="briefing.previous_claim", task=MOVE, group=CLAIM_KEYS
    ),
    TaskBinding("j,down", "scroll_article(1)", "Down", show=False, id="briefing.scroll_down", task=MOVE),
    TaskBinding("k,up", "scroll_article(-1)", "Up", show=False, id="briefing.scroll_up", task=MOVE),
    TaskBinding(
        "ctrl+d", "half_page(1)", "Half page down", show=False, id="briefing.half_page_down", task=MOVE
    ),
    TaskBinding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="briefing.half_page_up", task=MOVE),
    TaskBinding("g,home", "article_end(-1)", "Top", show=False, id="briefing.top", task=MOVE),
    TaskBinding("G,end", "article_end(1)", "Bottom", show=False, id="briefing.bottom", task=MOVE),
    TaskBinding(
        "right_square_bracket,right_curly_bracket",
        "next_section",
        "Next section",
        show=False,
        id="briefing.next_section",
        task=MOVE,
    ),
    TaskBinding(
        "left_square_bracket,left_curly_bracket",
        "previous_section",
        "Previous section",
        show=False,
        id="briefing.previous_section",
        task=MOVE,
    ),
    TaskBinding("c", "clear_claim", "Overview", show=False, id="briefing.overview", task=MOVE),
    TaskBinding("slash", "open_find", "Find", id="briefing.find", priority=True, task=FIND),
    TaskBinding("m", "step_match(1)", "Next match", show=False, id="briefing.next_match", task=FIND),
    TaskBinding("M", "step_match(-1)", "Previous match", show=False, id="briefing.previous_match", task=FIND),
    TaskBinding(
        "t", "toggle_pane('outline')", "Sections", id="briefing.toggle_outline", task=VIEW, group=PANE_KEYS
    ),
    TaskBinding(
        "f", "toggle_pane('side')", "Sourcing", id="briefing.toggle_side", task=VIEW, group=PANE_KEYS
    ),
    TaskBinding("b", "toggle_bookmark", "Bookmark", id="briefing.bookmark", task=KEEP),
    TaskBinding("a", "edit_note", "Note", show=False, id="briefing.note", task=KEEP),
    TaskBinding("u", "undo_removal", "Undo removal", show=False, id="briefing.undo", task=KEEP),
    TaskBinding("y", "copy_claim", "Copy claim", show=False, id="briefing.copy_claim", task=KEEP),
    TaskBinding("o", "open_url", "Open URL", show=False, id="briefing.open_url", task=GO),
]
