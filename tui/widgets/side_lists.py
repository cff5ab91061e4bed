"""The outline (sections with claim counts) and the key-figures list."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.model.format.records import Figure
from tui.model.format.sourcing import Sourcing
from tui.widgets.article import BOOKMARK_MARK


class OutlineList(OptionList):
    """Section headings with their claim counts; the highlight follows reading."""

    def __init__(
        self, sourcing: Sourcing, *, id: str | None = None, bookmarked: set[str] | None = None
    ) -> None:
        super().__init__(id=id, markup=False)
        self.sourcing = sourcing
        self.border_title = "Sections"
        self.bookmarked: set[str] = bookmarked or set()
        counts: dict[str, int] = {}
        for claim in sourcing.briefing.claims:
            counts[claim.section] = counts.get(claim.section, 0) + 1
        self._counts = counts

    def on_mount(self) -> None:
        self.rebuild()

    def prompt(self, index: int) -> Content:
        section = self.sourcing.briefing.sections[index]
        count = self._counts.get(section.id, 0)
        parts: list[str | Content | tuple[str, str]] = [
            (f"{index + 1:>2} ", "dim"),
            Content(section.heading),
            (f" ({count})", "dim"),
        ]
        if section.id in self.bookmarked:
            parts.append((BOOKMARK_MARK, "$bookmark-marker"))
        return Content.assemble(*parts)

    def rebuild(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(
            Option(self.prompt(n), id=s.id) for n, s in enumerate(self.sourcing.briefing.sections)
        )
        self.highlighted = highlighted if highlighted is not None else 0


def figure_prompt(figure: Figure, *, bookmarked: bool) -> Content:
    parts: list[str | Content | tuple[str, str]] = [
        (figure.display, "bold $figure-value"),
        (f" {figure.unit}" if figure.unit else "", "$figure-value"),
        ("  ≈ approximate" if figure.approximate else "", "dim italic"),
        (BOOKMARK_MARK if bookmarked else "", "$bookmark-marker"),
        "\n",
        Content(figure.label),
    ]
    if figure.period:
        parts += ["\n", (figure.period, "dim")]
    return Content.assemble(*parts)


class FigureList(OptionList):
    """Key figures, value first; selecting one jumps to its claim."""

    def __init__(
        self, sourcing: Sourcing, *, id: str | None = None, bookmarked: set[str] | None = None
    ) -> None:
        super().__init__(id=id, markup=False)
        self.sourcing = sourcing
        self.border_title = "Key figures"
        self.bookmarked: set[str] = bookmarked or set()

    def on_mount(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        for figure in self.sourcing.briefing.figures:
            self.add_option(
                Option(figure_prompt(figure, bookmarked=figure.id in self.bookmarked), id=figure.id)
            )
            self.add_option(None)  # divider between figures
        if highlighted is not None:
            self.highlighted = highlighted
