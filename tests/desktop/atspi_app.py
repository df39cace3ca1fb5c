"""The app side of the AT-SPI check: the demo, shown at four screens in turn.

Run by tests/desktop/test_atspi.py inside Xvfb and a D-Bus session, with Qt's AT-SPI bridge
on. At each screen it writes ``<dir>/<n>.ready`` and waits for ``<dir>/<n>.done``, which the
listing side (pyatspi, the system's Python) writes once it has read the tree.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ponte.desktop.access import theme
from ponte.desktop.app import Controller
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.main_window import MainWindow
from ponte.storage.worker import VaultWorker


def pump(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(cond: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError
        pump()


def main() -> int:
    sync = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    app.setApplicationName("ponte")
    theme.apply(app)
    window = MainWindow()
    with tempfile.TemporaryDirectory() as data:
        controller = Controller(window, Path(data), VaultWorker())
        controller.start()
        window.resize(1200, 760)
        window.show()

        def screen(n: int, first: QWidget) -> None:
            """Show screen n with the keyboard on its first control (a reader speaks it)."""
            first.setFocus(Qt.FocusReason.TabFocusReason)
            pump(800)
            (sync / f"{n}.ready").touch()
            until(lambda: (sync / f"{n}.done").exists(), 60)

        window.first_run.demo_button.click()
        until(window.showing_cases)
        until(lambda: window.model.total == 1000, 30)
        window.lock_action.trigger()
        until(lambda: window.stack.currentWidget() is window.sign_in)
        form = window.sign_in
        screen(1, form.user)  # sign-in
        form.passphrase.setFocus()
        QTest.keyClicks(form.passphrase, "not the passphrase")  # the error is spoken (4.1.3)
        form.button.click()
        until(form.error.isVisible, 30)
        pump(500)
        form.passphrase.setText("demo demo demo")
        form.button.click()
        until(window.showing_cases, 30)
        until(lambda: window.model.total == 1000, 30)
        pump(800)  # her day comes first after sign-in: where the focus went is recorded
        window.workspace.show_section("cases")
        screen(2, window.cases.search)  # the case list
        table = window.cases.table
        table.setFocus()
        table.selectRow(0)
        QTest.keyClick(table, Qt.Key.Key_Return)
        casefile = window.casefile
        until(lambda: casefile.bundle is not None, 30)
        casefile.compose()
        dialog = casefile.composer
        assert dialog is not None
        until(lambda: dialog.draft is not None, 30)
        cpi = dialog.recipient.findText("CPI", Qt.MatchFlag.MatchContains)
        dialog.recipient.setCurrentIndex(cpi)
        until(lambda: dialog.draft is not None and "skills" in dialog.editors, 30)
        dialog.purpose.setText("orientamento al lavoro")
        for editor in dialog.editors.values():
            if not editor.text():
                editor.setText("da concordare")
        if dialog.record.isVisible():
            dialog.record.click()
        until(dialog.to_preview.isEnabled, 30)
        dialog.to_preview.click()
        until(lambda: dialog.stack.currentIndex() == 1, 30)
        screen(3, dialog.send)  # the composer's preview
        dialog.reject()
        window.lock_action.trigger()  # "I forgot my passphrase", a recovery key mistyped
        until(lambda: window.stack.currentWidget() is form)
        form.forgot.click()
        forgot = window.forgot
        assert forgot is not None
        forgot.key.setText("ABCD-EFGH-JKMN-PQRS")
        forgot.next.click()
        until(forgot.error.isVisible, 30)
        screen(4, forgot.key)  # the forgotten-passphrase screen, its error spoken
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
