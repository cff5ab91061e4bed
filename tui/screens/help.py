"""Help, generated from the bindings in force, so it can never drift from them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.model.state.paths import HOME_VARIABLE


def binding_rows(screen: Screen[object]) -> list[tuple[str, str, str]]:
    """(keys, description, binding id) for every binding active on `screen`.

    Keys come from the live bindings map, so user keymap overrides show up.
    """
    grouped: dict[str, tuple[list[str], Binding]] = {}
    for _key, active in screen.active_bindings.items():
        binding = active.binding
        name = binding.id or binding.action
        keys, _ = grouped.setdefault(name, ([], binding))
        # The bindings map holds one binding per key, already keymap-applied.
        display = screen.app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
    rows = []
    for name, (keys, binding) in grouped.items():
        description = binding.description or binding.action
        rows.append((" ".join(keys), description, name))
    return sorted(rows, key=lambda row: (row[2].split(".")[0] != "app", row[2]))


def help_content(screen: Screen[object]) -> Content:
    rows = binding_rows(screen)
    width = max((len(keys) for keys, _, _ in rows), default=4) + 2
    parts: list[str | tuple[str, str] | Content] = [("Keys on this screen", "bold underline"), "\n\n"]
    for keys, description, binding_id in rows:
        parts += [
            (keys.ljust(width), "bold $accent"),
            description.ljust(24),
            (f"  {binding_id}", "dim"),
            "\n",
        ]
    parts += [
        "\n",
        ("Change a key: ", "bold"),
        "add it to config.toml under [keymap], e.g. ",
        ('briefing.next_claim = "n,right"', "italic"),
        "\n",
        f"(config.toml lives in the config folder; {HOME_VARIABLE} relocates it).\n",
        ("ctrl+p", "bold $accent"),
        " opens the command palette: themes, library, bookmarks, export.\n",
        ("Press escape or ? to close.", "dim"),
    ]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "../styles/help.tcss"
    BINDINGS = [
        Binding("escape,question_mark,f1,q", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, for_screen: Screen[object]) -> None:
        super().__init__()
        self.for_screen = for_screen

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(help_content(self.for_screen), markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Help"
