"""VirtualList: a new row count moves the scrollbar without a screen layout; scrolling reaches every row."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content

from tui.widgets.virtual_list import ROW_HEIGHT, VirtualList


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield VirtualList[int](lambda n: Content(f"row {n}"), id="rows")


async def test_row_count_changes_keep_scrollbar_and_scrolling_right() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        rows = app.query_one("#rows", VirtualList)
        rows.focus()
        layouts: list[object] = []
        screen = app.screen
        refresh_layout = screen._refresh_layout

        def counted(*args: object, **kwargs: object) -> None:
            layouts.append(args)
            refresh_layout(*args, **kwargs)  # type: ignore[arg-type]

        screen._refresh_layout = counted  # type: ignore[method-assign]
        before = 0
        for count in (1000, 300, 700, 3, 500):  # the scrollbar stays, goes, comes back
            layouts.clear()
            rows.set_rows(list(range(count)), count - 1)  # from the end of the list before
            await pilot.pause()
            page = rows.scrollable_content_region.height
            assert rows.virtual_size.height == count * ROW_HEIGHT
            assert rows.show_vertical_scrollbar == (count * ROW_HEIGHT > page)
            if before and min(before, count) * ROW_HEIGHT > page:
                assert not layouts  # only the thumb changed
            if rows.show_vertical_scrollbar:
                assert rows.vertical_scrollbar.window_virtual_size == count * ROW_HEIGHT
            assert 0 <= (count - 1) * ROW_HEIGHT - int(rows.scroll_y) < page  # the highlighted last row
            await pilot.press("home")
            await pilot.pause()
            assert rows.scroll_y == 0 and rows.highlighted == 0
            await pilot.press("end")
            await pilot.pause()
            assert rows.highlighted == count - 1
            last_line = (count - 1) * ROW_HEIGHT - int(rows.scroll_y)
            assert 0 <= last_line < page
            before = count
