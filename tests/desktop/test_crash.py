"""A bug in a Qt callback or a thread never vanishes and never frightens: one calm sentence
on screen, a log entry without her data, and the app goes on working."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ponte.core.errors import InternalError, PonteError
from ponte.core.logs import setup as setup_logs
from ponte.desktop.crash import CrashGuard
from ponte.desktop.main_window import MainWindow
from ponte.desktop.tasks import TaskRunner
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker

SECRET = "Filomena Quattrocchi, Via delle Ortensie 4"


def _bug() -> None:
    raise ValueError(SECRET)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logs(tmp_path / "logs")
    yield path
    setup_logs(tmp_path / "logs-after")  # release the file


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    w = MainWindow()
    qtbot.addWidget(w)
    CrashGuard(w).install()  # as the composition root does
    w.show()
    w.show_sign_in()
    return w


def _boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def _logged(log_file: Path) -> str:
    return log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_qt_callback_is_one_calm_sentence_and_the_app_goes_on(
    qtbot: QtBot, window: MainWindow, log_file: Path
) -> None:
    for _ in range(3):  # a timer that repeats its bug: still one sentence on screen
        QTimer.singleShot(0, _bug)
    qtbot.waitUntil(lambda: bool(_boxes(window)))
    qtbot.wait(50)
    (box,) = _boxes(window)
    assert box.text() == InternalError.sentence()
    assert box.windowModality() == Qt.WindowModality.NonModal, "she need not answer it first"
    logged = _logged(log_file)
    assert logged.count("ValueError") >= 3, "every occurrence is in the log"
    assert "Quattrocchi" not in logged
    assert "Ortensie" not in logged
    # She goes on: the sign-in form still takes her typing.
    qtbot.keyClicks(window.sign_in.user, "operatrice")
    assert window.sign_in.user.text() == "operatrice"


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_thread_reaches_the_same_sentence(
    qtbot: QtBot, window: MainWindow, log_file: Path
) -> None:
    thread = threading.Thread(target=_bug, name="ponte-test")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(_boxes(window)))
    assert _boxes(window)[0].text() == InternalError.sentence()
    logged = [json.loads(line) for line in _logged(log_file).splitlines()]
    assert any("ValueError" in e["msg"] and "ponte-test" in e["msg"] for e in logged)
    assert SECRET not in _logged(log_file)


def test_a_bug_in_a_screens_callback_ends_its_wait_with_a_sentence(
    qtbot: QtBot, log_file: Path
) -> None:
    """The task worked but the screen's ``on_done`` has a bug: the screen still hears back
    (its ``on_error``), so it leaves its busy state; the next task works as usual."""
    worker = VaultWorker()
    runner = TaskRunner(worker)
    errors: list[PonteError] = []
    try:
        runner.run(lambda: 42, lambda _value: _bug(), errors.append)
        qtbot.waitUntil(lambda: bool(errors))
        assert isinstance(errors[0], InternalError)
        assert "ValueError" in _logged(log_file)
        assert SECRET not in _logged(log_file)
        results: list[int] = []
        runner.run(lambda: 7, results.append, errors.append)
        qtbot.waitUntil(lambda: results == [7])
    finally:
        worker.shutdown()


def test_without_a_console_the_output_goes_to_a_log_file(tmp_path: Path) -> None:
    """The Windows build runs windowed (no console: stdout and stderr are None). The
    self-test still reports, into the log folder, instead of dying silently."""
    vault, _ = Vault.create(
        tmp_path / "d",
        username="admin",
        display_name="A",
        passphrase="pw pw pw pw",
        kdf=TEST_PARAMS,
    )
    vault.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PONTE_USER": "admin"}
    env["PONTE_PASSPHRASE"] = "pw pw pw pw"

    def no_console() -> None:  # in the child, before Python starts: fds 1 and 2 closed
        os.close(1)
        os.close(2)

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ponte",
            "desktop",
            "--data-dir",
            str(tmp_path / "d"),
            "--self-test",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        preexec_fn=no_console,
        timeout=60,
        check=False,
    )
    written = tmp_path / "d" / "logs" / "stderr.log"
    assert written.is_file(), "the output of a windowed run has a file"
    reports = [line for line in written.read_text(encoding="utf-8").splitlines() if "{" in line]
    assert json.loads(reports[-1])["self_test"] == "ok"
    assert done.returncode == 0
    assert oct(written.stat().st_mode & 0o777) == "0o600"
