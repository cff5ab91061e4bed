"""An invented story, and reading what the HTML path keeps of a page built around it."""

from __future__ import annotations

from tui.model.ingest.html import extract_html

# Plain reporting with no furniture cue in it: whatever a test adds around it is what gets judged.
HARBOUR_STORY = (
    "The harbour board met on Tuesday and agreed to dredge the channel before the spring tides arrive.",
    "Fishermen had complained for months that the boats scraped the bottom at low water in March.",
    "The work will cost the port about two million and take six weeks, the board's chair told reporters.",
    "Ferries will keep to their timetable, although the night crossing may leave half an hour later.",
    "The chair said the board would publish the contractor's name next week after the tender closes.",
)


def headings_and_paragraphs(page: str) -> tuple[list[str], list[str]]:
    """The headings and the paragraphs the HTML path keeps of `page`, in order."""
    article = extract_html(page, "https://example.org/news/dredging")
    headings = [s.heading for s in article.sections if s.heading]
    return headings, [p for s in article.sections for p in s.paragraphs]
