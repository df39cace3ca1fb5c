"""Bringing past cases in from a spreadsheet: choose, map columns and values, check, import."""
