"""The one error ingest raises: a message fit for a single line on the terminal."""

from __future__ import annotations


class IngestError(Exception):
    """A source that cannot become a draft; str(error) is the whole explanation."""
