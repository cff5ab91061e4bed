"""briefing: a terminal reader that shows who says so for every claim."""

__version__ = "0.1.0"
