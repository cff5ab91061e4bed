"""Ingest: a saved page, scraped text or URL turned into a draft briefing."""
