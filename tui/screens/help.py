"""Help, generated from the bindings in force, so it can never drift from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.key_groups import GO, MOVE, ORDER, OTHER, TaskBinding, declared_tasks
from tui.model.state.paths import HOME_VARIABLE


@dataclass
class HelpRow:
    keys: list[str]
    description: str
    binding_id: str
    group: str
    order: int = field(default=0)


def binding_rows(screen: Screen[object]) -> list[HelpRow]:
    """One row per binding of ours that is in force on `screen`, grouped by task.

    Keys come from the live bindings (keymap overrides applied). Textual's own bindings (they have
    no id: scrolling aliases, copy, focus cycling) are not listed; a key of ours that one of those
    shadows still does the same thing there, so it is listed with ours.
    """
    app = screen.app
    winners = screen.active_bindings
    rows: dict[str, HelpRow] = {}
    for namespace, bindings in screen._modal_binding_chain:
        tasks = declared_tasks(namespace)
        for key, binding in bindings:
            if binding.id is None or app._check_action_state(binding.action, namespace) is False:
                continue
            winner = winners.get(key)
            if winner is not None and winner.binding.id not in (None, binding.id):
                continue  # the key does something else here
            row = rows.get(binding.id)
            if row is None:
                task = tasks.get(binding.id, OTHER)
                row = rows[binding.id] = HelpRow([], binding.description or binding.action, binding.id, task)
                row.order = len(rows)
            shown = app.get_key_display(Binding(key, binding.action))
            if shown not in row.keys:
                row.keys.append(shown)
    rank = {task: index for index, task in enumerate(ORDER)}
    return _merge_twins(sorted(rows.values(), key=lambda row: (rank.get(row.group, len(rank)), row.order)))


def _merge_twins(rows: list[HelpRow]) -> list[HelpRow]:
    """One line for two bindings that do the same (the list's ↓ and the screen's j: "↓ j Down")."""
    merged: dict[tuple[str, str], HelpRow] = {}
    for row in rows:
        twin = merged.get((row.group, row.description))
        if twin is None:
            merged[(row.group, row.description)] = HelpRow(
                list(row.keys), row.description, row.binding_id, row.group, row.order
            )
        else:
            twin.keys += [key for key in row.keys if key not in twin.keys]
            twin.binding_id += f", {row.binding_id}"
    return list(merged.values())


def help_content(screen: Screen[object]) -> Content:
    rows = binding_rows(screen)
    width = max((len(" ".join(row.keys)) for row in rows), default=4) + 2
    parts: list[str | tuple[str, str] | Content] = [("Keys on this screen", "bold underline"), "\n"]
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            parts += ["\n", (group, "bold"), "\n"]
        parts += [
            ("  " + " ".join(row.keys).ljust(width), "bold $accent"),
            row.description.ljust(24),
            (f"  {row.binding_id}", "dim"),
            "\n",
        ]
    parts += [
        "\n",
        ("Change a key: ", "bold"),
        "add it to config.toml under [keymap], the binding id in quotes, e.g.\n",
        ('  [keymap]\n  "briefing.next_claim" = "n,right"', "italic"),
        "\n",
        f"(config.toml lives in the config folder; {HOME_VARIABLE} relocates it).\n",
        ("ctrl+p", "bold $accent"),
        " opens the command palette: themes, library, bookmarks, export, screenshot.\n",
        ("j/k scroll · escape or ? closes.", "dim"),
    ]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "../styles/help.tcss"
    BINDINGS = [
        TaskBinding("escape,question_mark,f1,q", "dismiss", "Close help", id="help.close", task=GO),
        TaskBinding("j,down", "scroll_help(1)", "Scroll down", show=False, id="help.down", task=MOVE),
        TaskBinding("k,up", "scroll_help(-1)", "Scroll up", show=False, id="help.up", task=MOVE),
        TaskBinding("g,home", "scroll_help_to(0)", "Top", show=False, id="help.top", task=MOVE),
        TaskBinding("G,end", "scroll_help_to(1)", "Bottom", show=False, id="help.bottom", task=MOVE),
    ]

    def __init__(self, for_screen: Screen[object]) -> None:
        super().__init__()
        self.for_screen = for_screen

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(help_content(self.for_screen), markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Help"

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll_help(self, lines: int) -> None:
        self.body.scroll_relative(y=lines, animate=False)

    def action_scroll_help_to(self, end: int) -> None:
        if end:
            self.body.scroll_end(animate=False)
        else:
            self.body.scroll_home(animate=False)
