"""The briefing model: records, loading, validation, state. Imports no Textual."""
