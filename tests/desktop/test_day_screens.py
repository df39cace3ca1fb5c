"""The day's screens used as a person would: keys and clicks on a real vault on the vault
thread; printouts read back by a PDF reader (pypdf)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ponte.app.casework import Casework
from ponte.app.day import Day
from ponte.core import localtime
from ponte.core.clock import FakeClock
from ponte.core.diary import Appointment
from ponte.core.domain import Case, Consent, Person
from ponte.core.enums import AppointmentKind, CaseDateKind, ConsentMethod, ServiceType
from ponte.core.letters import BLANK
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui import printing
from ponte.desktop.ui.calendar.view import CalendarView
from ponte.desktop.ui.day.case_tab import CaseDayTab
from ponte.desktop.ui.day.view import MyDayView
from ponte.desktop.ui.letters.dialog import LetterDialog
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.desktop.tour import on_vault

NOW = datetime(2026, 3, 23, 8, 0, tzinfo=UTC)  # Monday 23 March 2026, 09:00 in Milan
TODAY = date(2026, 3, 23)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(worker: VaultWorker, tmp_path: Path) -> Iterator[Casework]:
    def make() -> Casework:
        vault, _ = Vault.create(
            tmp_path / "v", username="ana", display_name="Ana Operatrice",
            passphrase="pw pw pw pw", kdf=TEST_PARAMS, clock=FakeClock(NOW),
        )  # fmt: skip
        return Casework(vault)

    d = worker.call(make)
    yield d
    worker.call(d.vault.lock)


def _case(worker: VaultWorker, desk: Casework, alias: str = "Zoltanella Quirinetti") -> str:
    return str(worker.call(desk.new_case, Person(alias=alias), Case(opened_on=date(2026, 1, 5))))


def _calendar(qtbot: QtBot, worker: VaultWorker, desk: Casework) -> CalendarView:
    view = CalendarView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    view.bind(desk)
    qtbot.waitUntil(lambda: view.whose.count() >= 2 and view.title.text() != "")
    return view


def _starts(worker: VaultWorker, desk: Casework) -> list[str]:
    items = worker.call(lambda: Day(desk).range(localtime.monday(TODAY), 7))
    return [i.appointment.starts_at for i in items]


def test_she_books_with_the_keyboard_and_moves_it_with_keys_and_by_dragging(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    view = _calendar(qtbot, worker, desk)
    assert "23" in view.title.text()
    # The week she sees is written whole in the bar, not cut off (a laptop beside the menu).
    view.resize(1000, 800)
    qtbot.waitUntil(lambda: view.width() == 1000)
    assert view.title.fontMetrics().horizontalAdvance(view.title.text()) <= view.title.width()
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_N)  # a new appointment, 09:00 on the first day
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.minutes.setValue(45)
    qtbot.keyClicks(dialog.note, "porta i documenti")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: len(view.items) == 1)
    assert _starts(worker, desk) == ["2026-03-23T08:00:00Z"]  # 09:00 CET
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)  # select it
    assert "09:00" in view.grid.accessibleDescription()
    qtbot.keyClick(view.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _starts(worker, desk) == ["2026-03-23T08:15:00Z"])
    # A week later across the clock change (Sunday 29 March) it is still 09:15 in Milan.
    for _ in range(7):
        qtbot.keyClick(view.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.next, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(view.items) == 1 and "30" in view.title.text())
    start = localtime.from_stored(view.items[0].appointment.starts_at)
    assert (start.date(), start.time()) == (date(2026, 3, 30), time(9, 15))
    # Drag it by the mouse one hour down.
    block = view.grid.blocks[0]
    rect = view.grid.block_rect(block)  # where it is drawn, to press on it
    centre = rect.center().toPoint()
    qtbot.mousePress(view.grid, LEFT, pos=centre)
    qtbot.mouseMove(view.grid, centre + QPoint(0, view.grid.hour_px // 2))
    qtbot.mouseMove(view.grid, centre + QPoint(0, view.grid.hour_px))
    qtbot.mouseRelease(view.grid, LEFT, pos=centre + QPoint(0, view.grid.hour_px))
    qtbot.waitUntil(
        lambda: localtime.from_stored(view.items[0].appointment.starts_at).time() == time(10, 15)
    )


def test_clashes_and_a_double_move_are_marked_and_she_settles_the_move(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    day = Day(desk)
    me = desk.actor.account_id
    room = worker.call(day.add_place, "Stanza 1")
    first = worker.call(
        day.book,
        Appointment(
            localtime.stored(TODAY, time(10)), 60, AppointmentKind.INTERVIEW, (me,), room.id
        ),
    )
    worker.call(
        day.book,
        Appointment(
            localtime.stored(TODAY, time(11, 30)), 30, AppointmentKind.TEAM, (me,), "external"
        ),
    )
    # Another workstation moved it to 12:00 while this one moved it to 11:00: two heads.
    worker.call(day.change, replace(first, starts_at=localtime.stored(TODAY, time(11))))
    other = localtime.stored(TODAY, time(12))
    worker.call(
        lambda: desk.vault.db.execute(
            "INSERT INTO replica_heads VALUES ('appointments', ?, 'starts_at', '9.0.other', ?,"
            " 'someone', 'dev-2', '2026-03-23T08:00:00Z')",
            (first.id, other),
        )
    )
    worker.call(
        lambda: desk.vault.db.execute(
            "INSERT INTO replica_heads VALUES ('appointments', ?, 'starts_at', '8.0.here', ?,"
            " ?, 'dev-1', '2026-03-23T08:00:00Z')",
            (first.id, localtime.stored(TODAY, time(11)), me),
        )
    )
    view = _calendar(qtbot, worker, desk)
    qtbot.waitUntil(lambda: len(view.items) == 2)
    assert "clash" in view.status.text().lower()
    assert "two workstations" in view.status.text()
    moved = next(i for i in view.items if i.moved_twice)
    view.grid.setFocus()
    while view.grid.current is None or view.grid.current.item.appointment.id != first.id:
        qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    dialog = view.dialog
    assert dialog is not None
    assert dialog.item == moved
    keep_noon = next(b for b in dialog.keep_buttons if "12:00" in b.text())
    qtbot.mouseClick(keep_noon, LEFT)
    qtbot.waitUntil(lambda: not any(i.moved_twice for i in view.items))
    assert other in _starts(worker, desk)


def test_my_day_lists_today_and_deadlines_and_one_click_opens_her_case(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    case_id = _case(worker, desk)
    day = Day(desk)
    me = desk.actor.account_id
    worker.call(
        day.book,
        Appointment(
            localtime.stored(TODAY, time(15)),
            60,
            AppointmentKind.INTERVIEW,
            (me,),
            "phone",
            case_id,
        ),
    )
    worker.call(day.set_case_date, case_id, CaseDateKind.COMPLAINT_FILED, date(2026, 3, 19))
    person = worker.call(desk.open_case, case_id).person.id
    worker.call(
        desk.record_consent,
        Consent(
            person,
            ServiceType.CPI,
            "lavoro",
            date(2025, 4, 1),
            date(2026, 4, 10),
            ConsentMethod.WRITTEN,
        ),
    )
    view = MyDayView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.bind(desk)
    view.start()
    qtbot.waitUntil(lambda: view.day is not None)
    assert view.agenda.rowCount() == 1
    assert view.agenda.item(0, 1).text().startswith("15:00")
    whats = [view.deadlines.item(r, 2).text() for r in range(view.deadlines.rowCount())]
    assert len(whats) == 2  # hearing window overdue (19 + 3 = 22 March), consent in 18 days
    assert "overdue" in view.deadlines.item(0, 3).text()
    with qtbot.waitSignal(view.case_requested) as opened:
        rect = view.deadlines.visualItemRect(view.deadlines.item(0, 0))
        qtbot.mouseClick(view.deadlines.viewport(), LEFT, pos=rect.center())
    assert opened.args == [case_id]
    # Settle the hearing: it leaves the list.
    view.deadlines.selectRow(0)
    assert not view.lapse_button.isEnabled()  # a hearing cannot "lapse"
    qtbot.mouseClick(view.done_button, LEFT)
    qtbot.waitUntil(lambda: view.deadlines.rowCount() == 1)
    view.deadlines.selectRow(0)
    assert view.lapse_button.isEnabled()  # the consent: renew or let it lapse


def test_a_letter_leaves_protected_fields_blank_unless_ticked_and_is_saved_as_pdf(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    case_id = _case(worker, desk)
    day = Day(desk)
    worker.call(day.put_setting, "shelter.address", "Via delle Gardenie 17")
    worker.call(day.put_setting, "centre.name", "CAV Demo")
    dialog = LetterDialog(
        lambda fn, done: TaskRunner(worker).run(lambda: fn(desk), done, print), case_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.template.count() == 4 and dialog.filled is not None)
    dialog.template.setCurrentIndex(dialog.template.findText("Attestazione del percorso"))
    qtbot.waitUntil(lambda: dialog.filled is not None and "Attestazione" in dialog.filled.title)
    assert dialog.ticks["indirizzo_rifugio"].isVisible()
    assert not dialog.ticks["telefono"].isVisible()  # this template has no phone
    assert "Gardenie" not in dialog.text.toPlainText()
    assert BLANK in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text())
    dialog.ticks["indirizzo_rifugio"].click()
    qtbot.waitUntil(lambda: "Gardenie" in dialog.text.toPlainText())
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: len(worker.call(lambda: _letters(desk, case_id))) == 2)
    first, second = worker.call(lambda: _letters(desk, case_id))
    assert "Zoltanella" in first
    assert "Gardenie" not in first
    assert "Gardenie" in second


def _pdf_text(data: bytes) -> str:
    """What a PDF reader extracts, with its spacing (tabs, line breaks) made plain."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def _letters(desk: Casework, case_id: str) -> list[str]:
    from ponte.storage import documents

    out = []
    for doc in documents.for_case(desk.vault.db, desk.actor, case_id):
        data = documents.content(desk.vault.db, doc.id)
        out.append(_pdf_text(data))
    return sorted(out, key=lambda t: "Gardenie" in t)


def test_the_appointment_card_tells_time_place_and_contact_and_nothing_else(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    case_id = _case(worker, desk)
    day = Day(desk)
    room = worker.call(day.add_place, "Stanza Girasole")
    appt = worker.call(
        day.book,
        Appointment(
            localtime.stored(date(2026, 3, 30), time(9, 30)), 60, AppointmentKind.HEARING,
            (desk.actor.account_id,), room.id, case_id, "udienza per la denuncia",
        ),
    )  # fmt: skip
    view = _calendar(qtbot, worker, desk)
    code = worker.call(desk.open_case, case_id).person.woman_code
    data = printing.pdf_bytes(view.card_document(appt, "02 1234 5678"), small=True)
    text = _pdf_text(data)
    assert "09:30" in text
    assert "Stanza Girasole" in text
    assert "02 1234 5678" in text
    assert "2026" in text
    for secret in (
        "Zoltanella",
        "Quirinetti",
        code,
        case_id,
        "udienza",
        "denuncia",
        "hearing",
        "Ana",
    ):
        assert secret.lower() not in text.lower(), secret
    assert PdfReader(io.BytesIO(data)).metadata.get("/Title", "") == ""


def test_the_case_agenda_records_dates_and_closes_with_approval(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    from ponte.desktop.ui.casefile.view import CaseFileView

    case_id = _case(worker, desk)
    view = CaseFileView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.bind(desk)
    view.open(case_id)
    qtbot.waitUntil(lambda: view.bundle is not None and view.agenda.panel is not None)
    tab: CaseDayTab = view.agenda
    tick, edit = tab.dates[CaseDateKind.COMPLAINT_FILED]
    tick.click()
    edit.setDate(TODAY)
    qtbot.mouseClick(tab.save_dates, LEFT)
    qtbot.waitUntil(lambda: tab.deadlines.rowCount() == 1)
    assert tab.deadlines.item(0, 0).text() == "26/03/2026"
    # The amministratrice closes at once (no approval needed for her).
    qtbot.mouseClick(tab.close_button, LEFT)
    dialog = tab.dialog
    assert dialog is not None
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: "closed" in tab.status.text())
    assert (
        worker.call(
            lambda: desk.vault.db.scalar("SELECT status FROM cases WHERE id = ?", (case_id,))
        )
        == "closed"
    )


def test_the_agenda_offers_only_what_fits_the_deadline_she_picked(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    """Nothing picked: nothing to mark. A Codice rosso hearing picked: it can be marked done,
    but 'let the consent lapse' is not offered (it is no consent)."""
    from ponte.desktop.ui.casefile.view import CaseFileView

    case_id = _case(worker, desk)
    worker.call(lambda: Day(desk).set_case_date(case_id, CaseDateKind.COMPLAINT_FILED, TODAY))
    view = CaseFileView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.bind(desk)
    view.open(case_id)
    qtbot.waitUntil(lambda: view.agenda.panel is not None)
    tab: CaseDayTab = view.agenda
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.deadlines.rowCount() == 1)
    assert not tab.done_button.isEnabled()
    assert not tab.lapse_button.isEnabled()
    rect = tab.deadlines.visualItemRect(tab.deadlines.item(0, 1))
    qtbot.mouseClick(tab.deadlines.viewport(), LEFT, pos=rect.center())
    assert tab.done_button.isEnabled()
    assert not tab.lapse_button.isEnabled()
    qtbot.mouseClick(tab.done_button, LEFT)
    qtbot.waitUntil(lambda: tab.deadlines.rowCount() == 0)
    assert not tab.done_button.isEnabled()


def test_after_sign_in_her_day_comes_first_and_the_coordinatrice_approves_a_closing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from ponte.app.day import CLOSURE_APPROVAL
    from ponte.core.domain import Actor
    from ponte.core.enums import ClosureReason
    from ponte.desktop.app import Controller
    from ponte.desktop.main_window import MainWindow
    from ponte.storage import assignment

    data = tmp_path / "app"
    vault, _ = Vault.create(
        data, username="coord", display_name="Coordinatrice", passphrase="pw pw pw pw",
        kdf=TEST_PARAMS,
    )  # fmt: skip
    op = vault.add_account("ana", "Ana Operatrice", "operatrice", "an pw an pw")
    coord_desk = Casework(vault)
    Day(coord_desk).put_setting(CLOSURE_APPROVAL, "1")
    case_id = coord_desk.new_case(Person(alias="Zoltanella"), Case(opened_on=date(2026, 1, 5)))
    Day(coord_desk).assign(case_id, op.id)
    ana = Actor(op.id, "operatrice", vault.device_id)
    assignment.close_or_ask(vault.db, ana, case_id, ClosureReason.MOVED, at=vault.clock.now())
    vault.lock()

    window = MainWindow()
    qtbot.addWidget(window)
    controller = Controller(window, data, VaultWorker())
    controller.start()
    window.show()
    try:
        qtbot.keyClicks(window.sign_in.user, "coord")
        qtbot.keyClicks(window.sign_in.passphrase, "pw pw pw pw")
        qtbot.mouseClick(window.sign_in.button, LEFT)
        qtbot.waitUntil(lambda: window.workspace.current() == "day", timeout=15_000)
        day = window.day
        qtbot.waitUntil(lambda: day.day is not None and day.day.caseload is not None)
        assert day.tabs.isTabVisible(day.caseload_index)
        assert day.settings_button.isVisible()
        day.tabs.setCurrentIndex(day.caseload_index)
        load = day.caseload
        assert load.closures.rowCount() == 1
        assert load.per_staff.rowCount() == 2
        load.closures.selectRow(0)
        qtbot.mouseClick(load.approve_button, LEFT)
        qtbot.waitUntil(lambda: load.closures.rowCount() == 0)
        assert controller.session is not None
        vault = controller.session.vault
        status = on_vault(
            controller,
            lambda: vault.db.scalar("SELECT status FROM cases WHERE id = ?", (case_id,)),
        )
        assert status == "closed"
    finally:
        controller.shutdown()
