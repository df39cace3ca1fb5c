"""Accessibility: the tree a screen reader reads, themes, text size, idle warnings."""
