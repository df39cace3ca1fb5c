"""The PySide6 desktop app. The only package that imports Qt."""

from ponte.desktop.none_guard import install as _guard_none

_guard_none()  # PySide6 6.12.0 on Python 3.11 leaks references to None: see none_guard.py
