"""Translations: English source strings, Italian by default (Qt Linguist ``.ts`` → ``.qm``).

Error sentences come from ``core/errors.py`` docstrings and are translated in the context
``errors``; details (ids, file names) are appended untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ponte.core.errors import PonteError


def error_text(exc: PonteError) -> str:
    sentence = QCoreApplication.translate("errors", exc.sentence())
    return f"{sentence} ({exc.detail})" if exc.detail else sentence
