"""The window never waits: a timer on the GUI thread keeps firing while the hub is a black
hole or the vault thread is busy. No time is asserted: each test counts timer ticks that
happen *while* something slow is still going on, which a blocked GUI thread cannot do."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.desktop.ui.signin.views import ProvisioningView
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, workstation
from tests.sync.faultproxy import FaultProxy

PASSPHRASE = "e2e passphrase!"  # the e2e workstations' passphrase
#: How long the slow thing lasts at most. Only a GUI thread blocked for all of it fails.
#: (Under 10 s: the time an earlier lock would wait for the sync thread before giving up.)
HOLD = 8.0


class Ticks:
    """A GUI timer that counts its ticks while ``during()`` is true."""

    def __init__(self, during: Callable[[], bool]) -> None:
        self.during = during
        self.count = 0
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        if self.during():
            self.count += 1


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    return w


@contextlib.contextmanager
def running(window: MainWindow, data_dir: Path) -> Iterator[Controller]:
    controller = Controller(window, data_dir, VaultWorker())
    controller.start()
    window.show()
    try:
        yield controller
    finally:
        controller.shutdown()


def _sign_in(qtbot: QtBot, window: MainWindow, user: str) -> None:
    sign_in = window.sign_in
    assert window.stack.currentWidget() is sign_in
    qtbot.keyClicks(sign_in.user, user)
    qtbot.keyClicks(sign_in.passphrase, PASSPHRASE)
    qtbot.mouseClick(sign_in.button, Qt.MouseButton.LeftButton)


def test_locking_while_a_sync_round_hangs_on_a_black_hole_does_not_freeze_the_window(
    qtbot: QtBot, window: MainWindow, hub: HubProc, tmp_path: Path
) -> None:
    with FaultProxy(("127.0.0.1", int(hub.url.rsplit(":", 1)[1]))) as hole:
        ws = workstation(tmp_path, hub, "CAV Rho", "cav", url=hole.url)
        ws.vault.lock()
        hole.set(hold=True)  # from now on the hub answers nothing, ever
        with running(window, tmp_path / "CAV Rho") as controller:
            _sign_in(qtbot, window, "admin")
            qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
            qtbot.waitUntil(lambda: hole.counters.held > 0, timeout=10_000)  # a round hangs
            release = threading.Timer(HOLD, hole.cut_all)
            release.start()
            ticks = Ticks(during=lambda: hole.counters.held > 0)
            try:
                qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
                qtbot.waitUntil(
                    lambda: window.stack.currentWidget() is window.sign_in and ticks.count >= 5,
                    timeout=int(HOLD * 1000),
                )
                assert hole.counters.held > 0, "the round was still hanging all along"
                assert controller.desk is None, "and the vault is closed"
            finally:
                release.cancel()
                hole.cut_all()


def test_signing_in_while_the_vault_thread_is_busy_does_not_freeze_the_window(
    qtbot: QtBot, window: MainWindow, hub: HubProc, tmp_path: Path
) -> None:
    workstation(tmp_path, hub, "CAV Rho", "cav").vault.lock()
    gate = threading.Event()
    with running(window, tmp_path / "CAV Rho") as controller:
        opened = lambda: window.stack.currentWidget() is window.workspace  # noqa: E731
        ticks = Ticks(during=lambda: opened() and not gate.is_set())
        release = threading.Timer(HOLD, gate.set)
        release.start()
        try:
            _sign_in(qtbot, window, "admin")
            controller.worker.submit(gate.wait)  # a long job (a backup) queues behind sign-in
            qtbot.waitUntil(lambda: ticks.count >= 5, timeout=int(HOLD * 1000))
            assert not gate.is_set(), "the window was up while the vault thread was still busy"
        finally:
            release.cancel()
            gate.set()


@contextlib.contextmanager
def joining(
    qtbot: QtBot, window: MainWindow, hub: HubProc, tmp_path: Path
) -> Iterator[tuple[Controller, FaultProxy, Callable[[], ProvisioningView]]]:
    """A workstation not on the network yet, signed in; the hub behind a fault proxy; and
    a way to choose its provisioning file on the joining screen (it returns the screen)."""
    Vault.create(
        tmp_path / "CAV Rho",
        username="admin",
        display_name="CAV Rho admin",
        passphrase=PASSPHRASE,
        kdf=TEST_PARAMS,
    )[0].lock()
    provisioning = tmp_path / "cav.provisioning"
    with (
        FaultProxy(("127.0.0.1", int(hub.url.rsplit(":", 1)[1]))) as proxy,
        running(window, tmp_path / "CAV Rho") as controller,
    ):
        provisioning.write_bytes(hub.provision("CAV Rho", "cav", url=proxy.url))
        _sign_in(qtbot, window, "admin")
        qtbot.waitUntil(lambda: window.join_action.isVisible(), timeout=10_000)
        window.join_action.trigger()
        view = window.provisioning
        assert view is not None

        def choose() -> ProvisioningView:
            view.import_path(str(provisioning))
            return view

        yield controller, proxy, choose


def test_joining_the_network_while_the_hub_is_a_black_hole_leaves_the_vault_thread_free(
    qtbot: QtBot, window: MainWindow, hub: HubProc, tmp_path: Path
) -> None:
    """Enrolment talks to the hub off the vault thread: while its request hangs, the vault
    still answers, and the window still ticks."""
    with joining(qtbot, window, hub, tmp_path) as (controller, hole, choose):
        hole.set(hold=True)  # the hub answers nothing, ever
        release = threading.Timer(HOLD, hole.cut_all)
        release.start()
        try:
            view = choose()
            qtbot.waitUntil(lambda: hole.counters.held > 0, timeout=10_000)  # enrolment hangs
            ticks = Ticks(during=lambda: hole.counters.held > 0)
            answered = controller.worker.submit(lambda: "the vault thread answered")
            qtbot.waitUntil(lambda: answered.done() and ticks.count >= 5, timeout=int(HOLD * 1000))
            assert hole.counters.held > 0, "the enrolment was still hanging all along"
            assert answered.result() == "the vault thread answered"
        finally:
            release.cancel()
            hole.cut_all()
        qtbot.waitUntil(lambda: view.error.isVisibleTo(view), timeout=int(HOLD * 1000))
        assert view.choose.isEnabled(), "she can choose the file again"


def test_locking_while_joining_keeps_what_the_hub_said(
    qtbot: QtBot, window: MainWindow, hub: HubProc, tmp_path: Path
) -> None:
    """The hub uses up the one-time token when it answers: a lock while the answer is on its
    way still keeps the enrolment, so the next sign-in finds the workstation on the network."""
    with joining(qtbot, window, hub, tmp_path) as (controller, slow, choose):
        slow.set(latency=1.0)
        choose()
        qtbot.waitUntil(lambda: slow.counters.connections > 0, timeout=5_000)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=5_000)
        qtbot.waitUntil(lambda: controller.joining is None, timeout=30_000)
        window.sign_in.user.clear()  # her name stays after a lock
        _sign_in(qtbot, window, "admin")
        qtbot.waitUntil(lambda: window.showing_cases(), timeout=10_000)
        assert not window.join_action.isVisible(), "the workstation is on the network"
