"""The conflicts and devices screens, driven like a person would, on real vaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.conflicts.devices import DevicesView
from ponte.desktop.ui.conflicts.view import ConflictsView
from ponte.storage import cases
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, hub, workstation  # noqa: F401  (the hub fixture)
from tests.storage.replica.mesh import PASSPHRASE, Node, centre, new_case, sync_all


def _rename(node: Node, case_id: str, alias: str) -> None:
    f = cases.open_file(node.db, node.actor, case_id, at=node.clock.now())
    f.person.alias = alias
    cases.update_person(node.db, node.actor, case_id, f.person, at=node.clock.now())


@pytest.fixture
def worker() -> Iterator[VaultWorker]:
    w = VaultWorker()
    yield w
    w.shutdown()


@pytest.fixture
def conflicted(tmp_path: Path, worker: VaultWorker) -> Iterator[tuple[Replication, str]]:
    """Device A's vault (opened on the vault thread) after A and B renamed one woman."""
    a, b = centre(tmp_path, ("Postazione A", "Postazione B"))
    case_id = new_case(a, "Prima")
    sync_all([a, b])
    _rename(a, case_id, "Versione di A")
    _rename(b, case_id, "Versione di B")
    sync_all([a, b])
    a.vault.lock()
    b.vault.lock()
    vault = worker.call(Vault.unlock, a.data_dir, "admin", PASSPHRASE, clock=a.clock)
    yield Replication(Workstation(vault)), case_id
    worker.call(vault.lock)


def _alias(worker: VaultWorker, r: Replication, case_id: str) -> str:
    return str(
        worker.call(
            r.db.scalar,
            "SELECT alias FROM persons JOIN cases c ON c.person_id = persons.id WHERE c.id = ?",
            (case_id,),
        )
    )


def test_she_sees_both_versions_and_keeps_one(
    qtbot: QtBot, worker: VaultWorker, conflicted: tuple[Replication, str]
) -> None:
    repl, case_id = conflicted
    view = ConflictsView(TaskRunner(worker), repl, case_id)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.list.count() == 1)
    shown = {view.this.value.text(), view.that.value.text()}
    assert shown == {"Versione di A", "Versione di B"}
    assert "Postazione" in view.this.who.text()
    assert "Postazione" in view.that.who.text()
    kept = view.that.value.text()
    qtbot.mouseClick(view.that.keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.list.count() == 0 and "agrees" in view.status.text())
    assert _alias(worker, repl, case_id) == kept


def test_she_can_write_the_right_value_instead(
    qtbot: QtBot, worker: VaultWorker, conflicted: tuple[Replication, str]
) -> None:
    repl, case_id = conflicted
    view = ConflictsView(TaskRunner(worker), repl, case_id)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.list.count() == 1)
    view.edit.clear()
    qtbot.keyClicks(view.edit, "Nome concordato")
    qtbot.mouseClick(view.use_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.list.count() == 0)
    assert _alias(worker, repl, case_id) == "Nome concordato"


def test_adding_and_removing_a_workstation_with_files(
    qtbot: QtBot,
    tmp_path: Path,
    hub: HubProc,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wa, wn = VaultWorker(), VaultWorker()
    try:
        a = Replication(wa.call(workstation, tmp_path, hub, "CAV Rho sede", "cav"))
        n = Replication(wn.call(workstation, tmp_path, hub, "CAV Rho sportello", "cav"))
        wa.call(a.found)
        view_a = DevicesView(TaskRunner(wa), a)
        view_n = DevicesView(TaskRunner(wn), n)
        for v in (view_a, view_n):
            qtbot.addWidget(v)
            v.refresh()
        qtbot.waitUntil(lambda: view_a.table.rowCount() == 1)
        request, offer = tmp_path / "req.ponte-device", tmp_path / "offer.ponte-device"
        # On the new workstation: ask to join.
        monkeypatch.setattr(view_n, "ask_save_path", lambda _s: request)
        qtbot.mouseClick(view_n.request_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: request.exists() and "code" in view_n.status.text())
        code = view_n.status.text().rsplit(" ", 1)[1].rstrip(".")
        # On the centre's workstation: the administrator compares the code and accepts.
        questions: list[str] = []
        monkeypatch.setattr(view_a, "ask_open_path", lambda: request)
        monkeypatch.setattr(view_a, "ask_save_path", lambda _s: offer)
        monkeypatch.setattr(view_a, "confirm", lambda q: questions.append(q) or True)
        qtbot.mouseClick(view_a.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view_a.table.rowCount() == 2)
        assert code in questions[0]
        # Back on the new one: open the offer.
        monkeypatch.setattr(view_n, "ask_open_path", lambda: offer)
        qtbot.mouseClick(view_n.offer_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view_n.table.rowCount() == 2)
        # Remove it again.
        row = next(i for i, d in enumerate(view_a.devices) if d.device_id == n.ws.vault.device_id)
        view_a.table.selectRow(row)
        qtbot.mouseClick(view_a.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view_a.table.item(row, 2).text() == "removed")
    finally:
        wa.call(lambda: a.ws.vault.lock())
        wn.call(lambda: n.ws.vault.lock())
        wa.shutdown()
        wn.shutdown()


def test_a_devices_screen_closed_before_its_list_arrives_drops_it(
    qtbot: QtBot, worker: VaultWorker, conflicted: tuple[Replication, str]
) -> None:
    """The app locked while the list was on its way: the screen is gone, and the late list
    is dropped quietly (no bug said to her, nothing raised in the event loop)."""
    import threading

    replication, _ = conflicted
    gate = threading.Event()
    worker.submit(gate.wait)  # the vault thread is busy (a backup) when the screen asks
    runner = TaskRunner(worker)
    view = DevicesView(runner, replication)
    view.refresh()
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    done = worker.submit(lambda: None)
    gate.set()
    qtbot.waitUntil(done.done)
    qtbot.wait(100)  # the list's outcome reaches the GUI thread
