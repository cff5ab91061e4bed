"""The briefing format: records, loading, cleaning, validation, located problems, sourcing."""
