"""Output: bookmark export to Markdown and the text escaping it needs."""
