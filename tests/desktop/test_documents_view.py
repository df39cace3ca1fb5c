"""The documents tab, driven like a person: add, open, save a copy, delete — on a real vault."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ponte.app.documents import CaseDocuments
from ponte.core.domain import Case, Person
from ponte.core.enums import DocumentKind
from ponte.desktop.demo_documents import consent_png, cv_pdf
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.documents import DocumentsView
from ponte.storage import audit, cases, documents
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.desktop.person import settle

PW = "documents passphrase"


class Desk:
    def __init__(self, tmp_path: Path) -> None:
        self.worker = VaultWorker()
        self.data = tmp_path / "data"
        self.vault, _ = self.worker.call(
            lambda: Vault.create(
                self.data, username="coord", display_name="C", passphrase=PW, kdf=TEST_PARAMS
            )
        )
        v = self.vault
        self.actor = v.actor
        self.case_id = self.worker.call(
            lambda: (
                cases.create(
                    v.db,
                    self.actor,
                    Person(alias="Demo"),
                    Case(opened_on=date(2026, 1, 1)),
                    at=v.clock.now(),
                ).id
            )
        )
        self.tasks = TaskRunner(self.worker)

    def view(self, qtbot: QtBot, vault: Vault | None = None) -> DocumentsView:
        view = DocumentsView(self.tasks, CaseDocuments(vault or self.vault), self.case_id)
        qtbot.addWidget(view)
        view.show()
        return view

    def audit_actions(self) -> list[str]:
        return self.worker.call(
            lambda: [e.action for e in audit.entries(self.vault.db, limit=1000)]
        )

    def close(self) -> None:
        self.worker.call(self.vault.lock)
        self.worker.shutdown()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk(tmp_path)
    yield d
    d.close()


def _pick(
    monkeypatch: pytest.MonkeyPatch, opened: Path | None = None, saved: Path | None = None
) -> None:
    """The file dialogs answer as if the person chose these paths (empty: she cancelled)."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(opened or ""), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved or ""), ""))
    )


def _answer_next_box(button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == button_text]
        button.click()

    QTimer.singleShot(50, click)


def _add(qtbot: QtBot, view: DocumentsView, path: Path, kind: str, expected: int) -> None:
    view.kind.setCurrentIndex(view.kind.findData(kind))
    qtbot.waitUntil(view.add_button.isEnabled, timeout=5_000)  # a refresh may still be running
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == expected, timeout=5_000)


def test_add_open_save_and_delete(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cv = tmp_path / "CV Demo.pdf"
    cv.write_bytes(cv_pdf(pages=2))
    view = desk.view(qtbot)
    view.refresh()
    assert not view.open_button.isEnabled(), "nothing to open yet"
    _pick(monkeypatch, opened=cv)
    _add(qtbot, view, cv, "cv", 1)
    assert view.model.data(view.model.index(0, 0)) == "CV Demo.pdf"
    assert view.model.data(view.model.index(0, 2)) == "PDF"
    # Open it: the viewer shows page 1 of 2.
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.viewer is not None and view.viewer.isVisible(), timeout=5_000)
    assert view.viewer is not None
    assert (view.viewer.page_count, view.viewer.current_page) == (2, 1)
    # "Save a copy…" writes only where she chose; cancelling writes nothing.
    _pick(monkeypatch)
    qtbot.mouseClick(view.viewer.save_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "chosen" / "copia.pdf"
    out.parent.mkdir()
    _pick(monkeypatch, saved=out)
    qtbot.mouseClick(view.viewer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "copia.pdf" in view.viewer.note.text(), timeout=5_000)
    assert out.read_bytes() == cv.read_bytes()
    assert desk.audit_actions().count("document.export") == 1
    # Delete asks first; "Keep" keeps it.
    _answer_next_box("Keep")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    _answer_next_box("Delete")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)
    assert not view.viewer.isVisible(), "the deleted document is no longer on screen"
    assert (
        desk.worker.call(lambda: desk.vault.db.scalar("SELECT count(*) FROM document_chunks")) == 0
    )


def test_a_refused_file_is_explained(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "note.pdf"
    bad.write_bytes(b"just text, not a scan")
    view = desk.view(qtbot)
    _pick(monkeypatch, opened=bad)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PDF, PNG, JPEG or TIFF" in view.status.text(), timeout=5_000)
    assert view.add_button.isEnabled(), "she can try again with another file"
    assert view.model.rowCount() == 0


def test_an_operatrice_cannot_see_documents_of_a_case_not_hers(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    desk.worker.call(lambda: desk.vault.add_account("op", "Operatrice", "operatrice", PW))
    op_vault = desk.worker.call(lambda: Vault.unlock(desk.data, "op", PW))
    try:
        view = desk.view(qtbot, op_vault)
        view.refresh()
        qtbot.waitUntil(lambda: "role does not allow" in view.status.text(), timeout=5_000)
    finally:
        desk.worker.call(op_vault.lock)


def _listing(folder: Path) -> set[tuple[str, int]]:
    if not folder.exists():
        return set()
    return {
        (str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*") if p.is_file()
    }


def _files_containing(
    folder: Path, needle: bytes, since: float, skip: Path | None = None
) -> list[Path]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            p = Path(root) / name
            if skip is not None and p.is_relative_to(skip):
                continue
            try:
                if p.stat().st_mtime >= since and p.is_file() and needle in p.read_bytes():
                    found.append(p)
            except OSError:
                continue  # another process's file came and went
    return found


def test_viewing_writes_no_plaintext_file_anywhere(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, png = tmp_path / "src" / "cv.pdf", tmp_path / "src" / "consenso.png"
    pdf.parent.mkdir()
    pdf.write_bytes(cv_pdf(pages=3))
    png.write_bytes(consent_png())
    view = desk.view(qtbot)
    _pick(monkeypatch, opened=pdf)
    _add(qtbot, view, pdf, "cv", 1)
    _pick(monkeypatch, opened=png)
    _add(qtbot, view, png, "consent_form", 2)
    system_tmp = Path(tempfile.gettempdir())
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))  # Qt and Python both honour it
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert Path(tempfile.gettempdir()) == private_tmp
    desk.worker.call(lambda: desk.vault.db.checkpoint())
    before = {d: _listing(d) for d in (private_tmp, desk.data)}
    since = time.time()
    for row in (0, 1):
        view.table.selectRow(row)
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda r=row: (
                view.viewer is not None
                and view.viewer.isVisible()
                and view.viewer.title.text() == view.model.document(r).name
            ),
            timeout=5_000,
        )
        viewer = view.viewer
        assert viewer is not None
        qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
        if viewer.is_pdf:
            for _ in range(2):
                qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
            assert viewer.current_page == 3
        viewer.grab()  # render what a person would see
    desk.worker.call(lambda: desk.vault.db.checkpoint())
    assert {d: _listing(d) for d in (private_tmp, desk.data)} == before
    for source in (pdf, png):
        data = source.read_bytes()
        needle = data[len(data) // 2 : len(data) // 2 + 64]
        assert _files_containing(pdf.parent, needle, 0) == [source], "the search has teeth"
        assert _files_containing(system_tmp, needle, since, skip=pdf.parent) == []
        assert _files_containing(desk.data, needle, 0) == [], "the vault holds it encrypted only"
    view.clear()
    assert view.model.rowCount() == 0
    assert view.viewer is not None
    assert view.viewer._bytes.isEmpty()


def test_a_received_attachment_opens_in_the_same_viewer(qtbot: QtBot, desk: Desk) -> None:
    from ponte.storage.inbox import VaultInbox
    from tests.storage.test_inbox_attachment import Received, _referral

    cv = cv_pdf(pages=2)
    desk.worker.call(
        lambda: VaultInbox(desk.vault.db).store(
            Received("pkt-cv", "cav-1", "referral", _referral(cv)), b"raw", desk.vault.clock.now()
        )
    )
    view = DocumentsView(desk.tasks, CaseDocuments(desk.vault), received_from=("cav-1", "pkt-cv"))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    assert not view.add_button.isVisible(), "what was received is read, not added to"
    assert view.model.data(view.model.index(0, 0)) == "cv.pdf"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.viewer is not None and view.viewer.isVisible(), timeout=5_000)
    assert view.viewer is not None
    assert view.viewer.page_count == 2


def test_after_clear_a_late_result_does_not_come_back(qtbot: QtBot, desk: Desk) -> None:
    """Locking while the vault is still reading: the document must not appear afterwards."""
    import threading

    desk.worker.call(
        lambda: documents.add_bytes(
            desk.vault.db,
            desk.actor,
            desk.case_id,
            cv_pdf(),
            "cv.pdf",
            DocumentKind.CV,
            at=desk.vault.clock.now(),
        )
    )
    gate = threading.Event()
    desk.worker.submit(gate.wait)  # the vault thread is busy: the refresh below queues behind
    view = desk.view(qtbot)
    view.refresh()
    view.clear()
    gate.set()
    settle(qtbot, desk.tasks)  # the refresh has run and its result has reached the window
    assert view.model.rowCount() == 0
    assert view.add_button.isEnabled()
