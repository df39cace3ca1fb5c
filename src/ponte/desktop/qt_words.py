"""Qt's own words that Qt's Italian catalogue (qtbase_it.qm) misses in this Qt version.

Qt 6.12's file dialog says "&Look in:" and "Files of &type:" (with a mnemonic), while
qtbase_it.qm translates only "Look in:" and "Files of type:": without these, the Italian file
dialog shows two English labels. Ponte's own catalogue (installed under Qt's) carries them in
Qt's context; lupdate finds them here. tests/desktop/test_italian_everywhere.py opens the
file dialog in Italian and fails on any English label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    """Never called for its result: the calls are what lupdate extracts."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]
