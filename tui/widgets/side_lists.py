"""The outline (sections with claim counts) and the key-figures list.

Each list posts what was chosen as its own message (`SectionSelected`,
`FigureSelected`), so the screen never decodes raw option ids; bookmark marks
arrive through the `marks` reactive bound to the screen.
"""

from __future__ import annotations

from textual import on
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.key_groups import MOVE, TaskBinding
from tui.model.format.records import Figure, Section
from tui.model.format.sourcing import Sourcing
from tui.model.state.marks import Marks
from tui.model.text import says_nothing_more, unit_after, words_around
from tui.widgets.article import BOOKMARK_MARK, OVERSTATED_MARK

# j/k move a focused list, as they do the library's (the screen's j/k scroll the article).
LIST_KEYS: list[BindingType] = [
    TaskBinding("j", "cursor_down", "Down", show=False, id="sidelist.down", task=MOVE),
    TaskBinding("k", "cursor_up", "Up", show=False, id="sidelist.up", task=MOVE),
]


class OutlineList(OptionList):
    """Section headings with their claim counts; the highlight follows reading."""

    BINDINGS = LIST_KEYS

    marks: reactive[Marks] = reactive(Marks, init=False)

    class SectionSelected(Message):
        def __init__(self, index: int, section: Section) -> None:
            super().__init__()
            self.index = index
            self.section = section

    def __init__(self, sourcing: Sourcing, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.sourcing = sourcing
        self.border_title = "Sections"
        self._counts = sourcing.claims_per_section  # a long briefing's, worked out in a worker

    def on_mount(self) -> None:
        self.rebuild()

    def watch_marks(self, old: Marks, new: Marks) -> None:
        if old.sections != new.sections and self.is_mounted:
            self.rebuild()

    def prompt(self, index: int) -> Content:
        section = self.sourcing.briefing.sections[index]
        count = self._counts.get(section.id, 0)
        overstated = section.id in self.sourcing.overstated_by_section
        parts: list[str | Content | tuple[str, str]] = [
            (f"{index + 1:>2} ", "dim"),
            (f"{OVERSTATED_MARK} " if overstated else "", "$warning-text"),
            Content(section.heading),
            (f" ({count})", "dim"),
        ]
        if self.marks.has("section", section.id):
            parts.append((BOOKMARK_MARK, "$bookmark-marker"))
        return Content.assemble(*parts)

    def rebuild(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(
            Option(self.prompt(n), id=s.id) for n, s in enumerate(self.sourcing.briefing.sections)
        )
        self.highlighted = highlighted if highlighted is not None else 0

    @on(OptionList.OptionSelected)
    def _selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        index = message.option_index
        self.post_message(self.SectionSelected(index, self.sourcing.briefing.sections[index]))


def figure_prompt(figure: Figure, *, bookmarked: bool, claim_text: str = "") -> Content:
    """The figure, its unit, and what it counts: its label, or where the label only repeats the
    unit (a draft's "years" under "nine years"), the words around it in its claim."""
    context = words_around(figure.display, claim_text) if says_nothing_more(figure.label, figure.unit) else ""
    parts: list[str | Content | tuple[str, str]] = [
        (figure.display, "bold $figure-value"),
        (unit_after(figure.display, figure.unit), "$figure-value"),
        ("  ≈ approximate" if figure.approximate else "", "dim italic"),
        (BOOKMARK_MARK if bookmarked else "", "$bookmark-marker"),
        "\n",
        (context, "italic") if context else Content(figure.label),
    ]
    if figure.period:
        parts += ["\n", (figure.period, "dim")]
    return Content.assemble(*parts)


class FigureList(OptionList):
    """Key figures, value first; selecting one posts FigureSelected."""

    BINDINGS = LIST_KEYS

    marks: reactive[Marks] = reactive(Marks, init=False)

    class FigureSelected(Message):
        def __init__(self, figure: Figure) -> None:
            super().__init__()
            self.figure = figure

    def __init__(self, sourcing: Sourcing, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.sourcing = sourcing
        self.border_title = "Key figures"

    def on_mount(self) -> None:
        self.rebuild()

    def watch_marks(self, old: Marks, new: Marks) -> None:
        if old.figures != new.figures and self.is_mounted:
            self.rebuild()

    @property
    def highlighted_figure(self) -> Figure | None:
        option = self.highlighted_option
        if option is None:
            return None
        return next((f for f in self.sourcing.briefing.figures if f.id == option.id), None)

    def rebuild(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        for figure in self.sourcing.briefing.figures:
            bookmarked = self.marks.has("figure", figure.id)
            claim = self.sourcing.claims.get(figure.claim)
            prompt = figure_prompt(figure, bookmarked=bookmarked, claim_text=claim.text if claim else "")
            self.add_option(Option(prompt, id=figure.id))
            self.add_option(None)  # divider between figures
        if highlighted is not None:
            self.highlighted = highlighted

    @on(OptionList.OptionSelected)
    def _selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        figure = next((f for f in self.sourcing.briefing.figures if f.id == message.option_id), None)
        if figure is not None:
            self.post_message(self.FigureSelected(figure))
