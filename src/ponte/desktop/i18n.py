"""Translations: English source strings, Italian by default (Qt Linguist ``.ts`` → ``.qm``).

``install`` loads Ponte's own Italian and Qt's (``qtbase_it.qm`` from PySide6's translations
folder, kept in the installer bundle too), so Qt's dialogs — the file dialog, the buttons of
a message box — speak Italian as well, and sets the locale dates and numbers follow.

Error sentences come from ``core/errors.py`` docstrings, translated in the context
``errors``; a sentence is whole: nothing untranslated is ever appended to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ponte.core.errors import PonteError

I18N = Path(__file__).with_name("translations")


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Italian by default (Ponte's strings and Qt's own); ``"en"`` keeps the source strings."""
    QLocale.setDefault(
        QLocale(QLocale.Language.Italian if language == "it" else QLocale.Language.English)
    )
    if language == "en":
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"ponte_{language}", str(I18N)), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def error_text(exc: PonteError) -> str:
    """The error's whole sentence in the UI language (its numbers, if any, in place)."""
    return exc.user_message(QCoreApplication.translate("errors", exc.sentence()))


def sentence_text(cls: type[PonteError]) -> str:
    """An error class's sentence in the UI language (for a refusal recorded by its kind)."""
    return QCoreApplication.translate("errors", cls.sentence())
