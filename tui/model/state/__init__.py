"""The user's state: paths, atomic writes, settings, reading positions, bookmarks, the library index."""
