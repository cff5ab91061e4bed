"""Screens: one per module; each routes its widgets' messages and owns its state."""
