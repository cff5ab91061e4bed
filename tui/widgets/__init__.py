"""Widgets: panes that draw what they are given and post their own messages."""
