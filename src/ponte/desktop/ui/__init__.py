"""Screens, one sub-package per feature."""
