"""Review mode on the briefing screen: accept, reject and correct claims, saved at once.

A mixin for BriefingScreen, so its bindings stay on the screen (ids, keymap,
footer, help) while the work lives here and in tui.model.edit. Every change
goes through a BriefingEditor (validated, locked, atomic, undoable); the screen
then redraws from the saved briefing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.binding import Binding, BindingType

from tui.key_groups import REVIEW, TaskBinding
from tui.model.format.problems import BriefingError
from tui.model.format.records import Briefing, Claim, ReviewState
from tui.model.format.sourcing import Sourcing
from tui.model.state.bookmarks import BookmarkError
from tui.model.text import as_sentence, in_quotes, unit_after

# The editor (tomlkit) and the dialogs (forms, text areas) are imported when first used:
# reading a briefing never pays for them.
if TYPE_CHECKING:
    from textual.screen import Screen

    from tui.context import ReaderContext
    from tui.model.edit.editor import BriefingEditor
    from tui.screens.edit_form import EditForm
    from tui.widgets.article import ArticleView

    Base = Screen[None]
else:
    Base = object

T = TypeVar("T")

# Goes last on the screen: in reading mode the footer is unchanged but for it ("Edit": an
# 80-column footer then still ends with `q Quit  ? Help`).
REVIEW_TOGGLE = TaskBinding("e", "toggle_review", "Edit", id="briefing.review", task=REVIEW)
# Neighbours in one footer group share a place: "v x Accept/reject".
_JUDGE = Binding.Group("Accept/reject")
_review_key = partial(TaskBinding, task=REVIEW)  # help lists these under one task
# Go first: while reviewing they lead the footer (and `u` undoes an edit, not a bookmark removal);
# otherwise they are hidden and inert.
REVIEW_KEYS: list[BindingType] = [
    _review_key("v", "review_accept", "Accept", id="review.accept", group=_JUDGE),
    _review_key("x", "review_reject", "Reject", id="review.reject", group=_JUDGE),
    _review_key("d", "review_next_draft", "Next draft", id="review.next_draft"),
    _review_key("s", "review_status", "Status", id="review.status"),
    _review_key("l", "review_chain", "Chain", id="review.chain"),
    _review_key("K", "review_kind", "Kind", show=False, id="review.kind"),
    _review_key("i", "review_edit", "Edit text and note", show=False, id="review.edit"),
    _review_key("w", "review_claim_from_words", "Claim from words", show=False, id="review.new_claim"),
    _review_key("F", "review_figure", "Edit a figure", show=False, id="review.figure"),
    _review_key("W", "review_figure_from_words", "Figure from words", show=False, id="review.new_figure"),
    _review_key("E", "review_meta", "Metadata and notes", show=False, id="review.meta"),
    _review_key("u", "review_undo", "Undo edit", id="review.undo"),
    _review_key("R", "review_reload", "Reload from disk", show=False, id="review.reload"),
]


def review_line(briefing: Briefing) -> str:
    """'review: 12 of 31 checked'."""
    claims = briefing.claims
    checked = sum(c.review is ReviewState.CHECKED for c in claims)
    return f"review: {checked} of {len(claims)} checked"


class ReviewMode(Base):
    """Review mode's actions; BriefingScreen provides what is declared below."""

    reviewing = False
    review_editor: BriefingEditor | None = None
    edited = False  # saved at least once: the library re-reads the file's summary
    review_path: Path | None = None  # the file, when the library may not list it yet (a new import)

    if TYPE_CHECKING:
        sourcing: Sourcing
        context: ReaderContext
        claim_order: list[Claim]
        focused_claim: Claim | None

        @property
        def article(self) -> ArticleView: ...
        @property
        def claim_number(self) -> int | None: ...
        @property
        def briefing_id(self) -> str: ...

        def show_claim(self, claim: Claim | None, *, scroll: bool = True) -> None: ...
        def _update_status(self) -> None: ...
        def action_review_status(self) -> None: ...  # in ReviewDetails

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action.startswith("review_") and not self.reviewing:
            return False  # hidden from the footer and inert until review mode is on
        return super().check_action(action, parameters)

    def review_prefix(self) -> str:
        """The status line starts with the review count (it must fit 80 columns) while reviewing
        or while any claim is in draft."""
        return f"{review_line(self.sourcing.briefing)}  ·  " if self.reviewing or self._has_drafts() else ""

    def _has_drafts(self) -> bool:
        """Whether any claim is in draft: worked out once per Sourcing (made anew for every
        edit), not on every status update (every n: all 2,000 claims of a long briefing)."""
        known: tuple[Sourcing, bool] | None = getattr(self, "_drafts_known", None)
        if known is None or known[0] is not self.sourcing:
            drafts = any(c.review is ReviewState.DRAFT for c in self.sourcing.briefing.claims)
            known = self._drafts_known = (self.sourcing, drafts)
        return known[1]

    # ------------------------------------------------------------ mode

    def action_toggle_review(self) -> None:
        if self.reviewing:
            self._set_reviewing(False)
            return
        if self.review_editor is not None:  # back to reviewing: the undo history is still there
            self._set_reviewing(True)
            return
        editor = self._open_editor()
        if editor is None:
            return
        self.review_editor = editor
        # Parse the TOML document now, off the main thread: the first save of a long briefing is then quick.
        self.run_worker(editor.session.prepare, thread=True, group="review-prepare", exclusive=True)
        self._set_reviewing(True)
        if editor.briefing != self.sourcing.briefing:  # changed on disk since the screen opened
            self.adopt(editor.briefing, self._focused_id(), then=self._start_on_a_draft)
        else:
            self._start_on_a_draft()

    def _start_on_a_draft(self) -> None:
        if self.focused_claim is None or self.focused_claim.review is not ReviewState.DRAFT:
            self.action_review_next_draft(quiet=True)

    def _set_reviewing(self, on: bool) -> None:
        self.reviewing = on
        self.set_class(on, "-reviewing")
        self.refresh_bindings()
        self._update_status()
        if on:
            self.notify(
                "Review mode: v accept · x reject · s status · l chain · d next draft · u undo · e ends."
            )

    def _open_editor(self) -> BriefingEditor | None:
        from tui.model.edit.editor import BriefingEditor
        from tui.model.edit.session import EditSession

        path = self.review_path
        if path is None:
            entry = self.context.library.entry_for(self.briefing_id)
            if entry is None:
                message = "This briefing is not in the library (yet), so it cannot be edited here."
                self.notify(message, severity="error")
                return None
            path = Path(entry.path)
        session = EditSession(path, lock_folder=self.context.paths.state / "locks")
        try:
            session.open()
        except BriefingError as error:
            self.notify(str(error), title="Cannot edit", severity="error", markup=False, timeout=10)
            return None
        reason = session.read_only_reason()
        if reason is not None:
            self.notify(reason, title="Read-only", severity="error", markup=False, timeout=10)
            return None
        return BriefingEditor(session)

    @property
    def editor(self) -> BriefingEditor:
        assert self.review_editor is not None
        return self.review_editor

    def _focused_id(self) -> str | None:
        return self.focused_claim.id if self.focused_claim else None

    def adopt(self, briefing: Briefing, focus: str | None, then: Callable[[], object] | None = None) -> None:
        """Redraw every pane from `briefing` (just saved), focused on claim `focus`, then call `then`.

        The panes are composed again from the screen's own message loop: their
        data bindings must be made with the screen as the active message pump."""
        scroll = self.article.scroll_y
        self.edited = True
        self.sourcing = Sourcing(briefing)
        self._follow_bookmarks()
        self.claim_order = self.sourcing.claims_in_reading_order
        claim = self.sourcing.claims.get(focus) if focus else None
        # None now, the claim after the rebuild: the change runs the screen's watchers (outline, status).
        self.set_reactive(cast(Any, type(self)).focused_claim, None)
        self.call_later(self._rebuild, claim, scroll, then)

    async def _rebuild(self, claim: Claim | None, scroll: float, then: Callable[[], object] | None) -> None:
        await self.recompose()
        self.query_one("#find").display = False
        self.article.focus()
        self.show_claim(claim, scroll=False)  # at once: the next key acts on it
        self._update_status()
        if then is not None:
            then()
        # The new article has no size until its first layout: a scroll measured now lands on top.
        self.call_after_refresh(self._restore_view, scroll)

    def _restore_view(self, scroll: float, tries: int = 5) -> None:
        """Back to where the reader was, then the focused claim in view, once the article is laid out."""
        article = self.article
        if not article.scrollable_content_region.height and tries:
            self.call_after_refresh(self._restore_view, scroll, tries - 1)
            return
        article.scroll_to(y=scroll, animate=False, immediate=True)
        if self.focused_claim is not None:
            article.scroll_to_claim(self.focused_claim)

    def _follow_bookmarks(self) -> None:
        """Bookmarks on edited claims and figures carry their new text and chain."""
        from tui.model.edit.bookmarks_follow import followed

        store = self.context.bookmarks
        try:
            for bookmark in followed(store.bookmarks, self.sourcing):
                store.restore(bookmark)
        except BookmarkError as error:
            self.notify(str(error), title="Bookmarks", severity="warning", markup=False)

    def _attempt(self, change: Callable[[], T]) -> T | None:
        """Run one editor call; say why in a notice if it was not saved."""
        from tui.model.edit.session import ChangedOnDisk, EditError

        try:
            return change()
        except ChangedOnDisk as error:
            self.notify(
                f"{error} Press R to reload.", title="Not saved", severity="error", markup=False, timeout=15
            )
        except EditError as error:
            self.notify(str(error), title="Not saved", severity="error", markup=False, timeout=10)
        return None

    def _claim(self) -> Claim | None:
        claim = self.focused_claim
        if claim is None:
            self.notify("Focus a claim first (n / p, or d for the next draft).", severity="warning")
        return claim

    # ---------------------------------------------------------- claims

    def _next_draft(self, after: int | None) -> Claim | None:
        order = self.claim_order
        start = -1 if after is None else after
        for step in range(1, len(order) + 1):
            claim = order[(start + step) % len(order)]
            if claim.review is ReviewState.DRAFT:
                return claim
        return None

    def action_review_next_draft(self, quiet: bool = False) -> None:
        claim = self._next_draft(self.claim_number)
        if claim is None:
            if not quiet:
                self.notify(f"No draft left: {review_line(self.sourcing.briefing)}.", timeout=4)
            return
        self.show_claim(claim)

    def action_review_accept(self) -> None:
        claim = self._claim()
        if claim is None:
            return
        place = self.claim_number
        briefing = self._attempt(lambda: self.editor.accept(claim.id))
        if briefing is None:
            return

        def onwards() -> None:
            following = self._next_draft(place)
            if following is None:
                self.notify(f"Every claim is checked ({review_line(briefing)}).", timeout=4)
            else:
                self.show_claim(following)

        self.adopt(briefing, claim.id, then=onwards)

    def action_review_reject(self) -> None:
        from tui.screens.confirm import ConfirmScreen

        claim = self._claim()
        if claim is None:
            return
        figures = self.sourcing.figures_by_claim.get(claim.id, [])
        if figures:  # they go with it: ask first
            shown = ", ".join(f"{f.display}{unit_after(f.display, f.label)}" for f in figures)
            goes = "Its figure goes" if len(figures) == 1 else f"Its {len(figures)} figures go"
            question = f"Reject {in_quotes(claim.text)}?\n{goes} with it: {shown}.\n(u undoes it.)"

            def answered(yes: bool | None) -> None:
                if yes:
                    self._reject(claim)

            self.app.push_screen(ConfirmScreen("Reject claim", question, yes="Reject"), answered)
        else:
            self._reject(claim)

    def _reject(self, claim: Claim) -> None:
        place = self.claim_number or 0
        briefing = self._attempt(lambda: self.editor.reject(claim.id))
        if briefing is None:
            return

        def onwards() -> None:
            order = self.claim_order
            following = self._next_draft(place - 1) or (order[min(place, len(order) - 1)] if order else None)
            self.show_claim(following)
            self.notify(
                f"Rejected {as_sentence(in_quotes(claim.text))} u undoes it.", markup=False, timeout=4
            )

        self.adopt(briefing, None, then=onwards)

    def _save_and_adopt(self, change: Callable[[], Briefing], focus: str | None) -> None:
        briefing = self._attempt(change)
        if briefing is not None:
            self.adopt(briefing, focus)

    def _form(
        self, form: EditForm, focus: Callable[[], str | None], then: Callable[[], None] | None = None
    ) -> None:
        def closed(saved: bool | None) -> None:
            if saved:
                self.adopt(self.editor.briefing, focus(), then=then)
            elif then is not None:
                then()

        self.app.push_screen(form, closed)

    def action_review_undo(self) -> None:
        focus = self._focused_id()
        description = self._attempt(self.editor.undo)
        if description is not None:
            self.adopt(self.editor.briefing, focus)
            self.notify(f"Undone: {description}.", markup=False, timeout=3)

    def action_review_reload(self) -> None:
        try:
            briefing = self.editor.session.reload()
        except BriefingError as error:
            self.notify(str(error), title="Cannot reload", severity="error", markup=False, timeout=10)
            return
        self.adopt(briefing, self._focused_id())
        self.notify("Reloaded from disk; undo starts again from here.", timeout=4)
