"""The outcome screens as an operatrice, a coordinatrice and the cabina di regia use them:
clicks and keys on real widgets over a real vault on its own thread."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from ponte.app.outcomes import Outcomes
from ponte.app.reporting import payload_for, report_tables
from ponte.core.clock import FakeClock
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import (
    ClosureReason,
    ConsentMethod,
    ContactChannel,
    OutcomeField,
    OutcomeMoment,
)
from ponte.core.followup import FollowUpConsent
from ponte.core.outcomes import Change
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.outcomes.case_tab import OutcomesTab
from ponte.desktop.ui.outcomes.centre import CentreOutcomesView
from ponte.desktop.ui.outcomes.dashboard import OutcomeDashboardView
from ponte.desktop.ui.outcomes.due import DueView
from ponte.desktop.ui.outcomes.form import ConsentDialog, SituationDialog
from ponte.storage import aggregates, cases, demo, lifecycle, outcomes
from ponte.storage.db import Database
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.outcome_stats import outcome_counts
from ponte.storage.stats import Period
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker

M, F = OutcomeMoment, OutcomeField
NOW = datetime(2026, 7, 25, 10, 0, tzinfo=UTC)


def _make(tmp: Path, name: str, clock: FakeClock) -> Vault:
    v, _ = Vault.create(
        tmp / name, username="coord", display_name="C", passphrase="outcome passphrase",
        kdf=TEST_PARAMS, clock=clock,
    )  # fmt: skip
    return v


@pytest.fixture
def centre(tmp_path: Path, worker: VaultWorker) -> Iterator[tuple[Vault, str]]:
    """A woman whose path closed on 20 January 2026, her intake recorded, no consent yet."""

    def make() -> tuple[Vault, str]:
        v = _make(tmp_path, "centre", FakeClock(NOW))
        actor = Actor(v.account.id, v.account.role.value, v.device_id)
        c = cases.create(
            v.db, actor, Person(alias="Demo Anna"), Case(opened_on=date(2025, 3, 3)), at=NOW
        )
        outcomes.record(
            v.db, actor, c.id, M.INTAKE, date(2025, 3, 3),
            [Change(F.WORK, "not_working", date(2024, 6, 1)), Change(F.AUTONOMOUS, "no", date(2025, 3, 3))],
            at=NOW,
        )  # fmt: skip
        cases.close(
            v.db, actor, c.id, ClosureReason.GOALS_MET, at=datetime(2026, 1, 20, tzinfo=UTC)
        )
        return v, c.id

    v, case_id = worker.call(make)
    yield v, case_id
    worker.call(v.lock)


def _row(t: QTableWidget, text: str) -> int:
    return next(r for r in range(t.rowCount()) if t.item(r, 0).text() == text)  # type: ignore[union-attr]


def _save(qtbot: QtBot, dialog: SituationDialog | ConsentDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_follow_up_waits_for_her_consent_and_each_change_is_dated(
    qtbot: QtBot, worker: VaultWorker, centre: tuple[Vault, str]
) -> None:
    vault, case_id = centre
    tab = OutcomesTab(TaskRunner(worker), Outcomes(vault), case_id)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()
    assert "has not agreed" in tab.consent.text()
    six = _row(tab.moments, "after 6 months")
    tab.moments.selectRow(six)
    assert not tab.record.isEnabled(), "no consent: no follow-up"
    assert "not followed up" in tab.moments.item(six, 2).text()  # type: ignore[union-attr]

    qtbot.mouseClick(tab.add_consent, Qt.MouseButton.LeftButton)
    consent = tab.dialog
    assert isinstance(consent, ConsentDialog)
    consent.channel.setCurrentIndex(consent.channel.findData(ContactChannel.TEXT_MESSAGE.value))
    for check in consent.times.values():
        if check.text() == "evening":
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        _save(qtbot, consent)
    assert "text message" in tab.consent.text()
    assert "evening" in tab.consent.text()
    assert "leave no message" in tab.consent.text()

    tab.moments.selectRow(_row(tab.moments, "after 6 months"))
    assert tab.record.isEnabled()
    qtbot.mouseClick(tab.record, Qt.MouseButton.LeftButton)
    form = tab.dialog
    assert isinstance(form, SituationDialog)
    work = form.values[F.WORK]
    assert work.currentText() == "not working", "prefilled from the last known value"
    assert not form.since[F.WORK].isEnabled(), "nothing changed yet: nothing to date"
    work.setCurrentIndex(work.findData("permanent"))
    assert form.since[F.WORK].isEnabled()
    form.since[F.WORK].setDate(date(2026, 6, 1))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        _save(qtbot, form)
    row = _row(tab.moments, "after 6 months")
    assert tab.moments.item(row, 2).text() == "spoken to"  # type: ignore[union-attr]
    assert tab.moments.item(row, 3).text() == "permanent contract"  # type: ignore[union-attr]
    assert tab.history.item(0, 0).text() == "01/06/2026"  # type: ignore[union-attr]
    assert tab.history.item(0, 2).text() == "permanent contract"  # type: ignore[union-attr]
    f = worker.call(Outcomes(vault).file, case_id)
    assert f.known(date(2026, 5, 31))[F.WORK] == "not_working"
    assert f.known(date(2026, 6, 1))[F.WORK] == "permanent"


def test_a_partners_word_goes_on_her_path_only_when_she_confirms_it(
    qtbot: QtBot, worker: VaultWorker, centre: tuple[Vault, str]
) -> None:
    vault, case_id = centre

    def answered() -> None:
        vault.db.execute(
            "INSERT INTO referrals (id, case_id, recipient, service_type, packet_id, status,"
            " created_at, updated_at) VALUES ('r1', ?, 'cpi', 'cpi', 'p1', 'sent',"
            " '2025-04-01T10:00:00Z', '2025-04-01T10:00:00Z')",
            (case_id,),
        )
        payload = {"v": 3, "referral": "p1", "status": "in_progress",
                   "outcome": "tirocinio_started", "outcome_on": "2025-05-05"}  # fmt: skip
        with vault.db.transaction():
            lifecycle.answered(vault.db, "s1", "cpi", payload, NOW, "sync", vault.device_id)

    worker.call(answered)
    tab = OutcomesTab(TaskRunner(worker), Outcomes(vault), case_id)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()
    assert tab.partner_box.isVisible()
    assert tab.words.item(0, 1).text() == "work placement started"  # type: ignore[union-attr]
    assert tab.words.item(0, 3).text() == "to confirm"  # type: ignore[union-attr]
    history = tab.history.rowCount()
    tab.words.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(tab.confirm, Qt.MouseButton.LeftButton)
    assert tab.history.rowCount() == history + 1
    assert tab.history.item(0, 0).text() == "05/05/2025"  # type: ignore[union-attr]
    assert tab.history.item(0, 3).text() == "a partner service (confirmed)"  # type: ignore[union-attr]
    assert tab.words.item(0, 3).text() == "confirmed"  # type: ignore[union-attr]
    assert not tab.confirm.isEnabled()


def test_the_due_list_shows_her_only_with_consent_and_opens_her_file(
    qtbot: QtBot, worker: VaultWorker, centre: tuple[Vault, str]
) -> None:
    vault, case_id = centre
    view = DueView(TaskRunner(worker), Outcomes(vault))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.list.rowCount() == 0, "no consent, no reminder"

    worker.call(
        Outcomes(vault).record_consent,
        case_id,
        FollowUpConsent(
            _person(worker, vault),
            date(2026, 1, 20), date(2027, 7, 1), ConsentMethod.WRITTEN, ContactChannel.SHE_CALLS,
        ),
    )  # fmt: skip
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.list.rowCount() == 1
    assert view.list.item(0, 1).text() == "after 6 months"  # type: ignore[union-attr]
    assert view.list.item(0, 2).text() == "20/07/2026"  # type: ignore[union-attr]
    assert view.list.item(0, 3).text() == "she calls the centre · any time · leave no message"  # type: ignore[union-attr]
    view.list.selectRow(0)
    with qtbot.waitSignal(view.case_requested, timeout=2_000) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [case_id]


def _person(worker: VaultWorker, vault: Vault) -> str:
    return str(worker.call(lambda: vault.db.scalar("SELECT person_id FROM cases")))


@pytest.fixture
def seeded(tmp_path: Path, worker: VaultWorker) -> Iterator[Vault]:
    def make() -> Vault:
        v = _make(tmp_path, "seeded", FakeClock(datetime(2026, 12, 31, tzinfo=UTC)))
        demo.seed(v.db, Actor(v.account.id, "coordinatrice", v.device_id), 1500, rng_seed=5,
                  now=datetime(2026, 12, 31, tzinfo=UTC))  # fmt: skip
        return v

    v = worker.call(make)
    yield v
    worker.call(v.lock)


def test_the_coordinatrice_reads_outcomes_with_their_denominators_and_exports_them(
    qtbot: QtBot, worker: VaultWorker, seeded: Vault, tmp_path: Path
) -> None:
    saved: list[Path] = []

    def ask(_parent: object, fmt: str) -> Path:
        saved.append(tmp_path / f"outcomes.{fmt}")
        return saved[-1]

    view = CentreOutcomesView(
        TaskRunner(worker), Outcomes(seeded), lang="en", today=date(2026, 12, 31), ask_path=ask
    )
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    truth = {t.name: t for t in worker.call(outcome_counts, seeded.db, Period.year(2026))}
    view.table_choice.setCurrentIndex(view.table_choice.findData("outcome_followup_6"))
    due6 = truth["outcome_followup_6"]
    assert "women whose 6-month follow-up fell due in the period" in view.denominator.text()
    assert f"({due6.total()})" in view.denominator.text()
    followed = sum(due6.value(r) for r in ("permanent", "fixed_term", "apprenticeship",
                   "self_employed", "tirocinio", "not_working", "not_recorded"))  # fmt: skip
    assert f"Followed up: {followed}; not followed up: {due6.total() - followed}" in (
        view.denominator.text()
    )
    model = view.model
    assert model.headerData(8, Qt.Orientation.Vertical) == "no consent to be contacted"
    assert model.data(model.index(8, 0)) == str(due6.value("no_consent")), "exact on screen"

    for fmt in ("csv", "xlsx", "pdf"):
        with qtbot.waitSignal(view.exported, timeout=20_000):
            qtbot.mouseClick(view.exports.buttons[fmt], Qt.MouseButton.LeftButton)
    rows = list(csv.reader(saved[0].open(encoding="utf-8")))
    assert rows[0][:3] == ["from", "to", "area"]
    values = [r[7] for r in rows[1:]]
    assert not any(v.isdigit() and 0 < int(v) < 5 for v in values), "suppressed in files"
    assert {r[3] for r in rows[1:]} >= {"Work at closure", "Work after 6 months"}
    book = load_workbook(saved[1])
    sheet = next(ws for ws in book.worksheets if ws["B1"].value == "Work after 6 months")
    assert sheet["A2"].value == "counted (denominator)"
    assert sheet["C2"].value in (due6.total(), "<5")
    cells = [c.value for row in sheet.iter_rows(min_row=4) for c in row[1:]]
    assert not any(isinstance(c, int) and 0 < c < 5 for c in cells)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(saved[2]).pages)
    assert "Work after 6 months" in text
    assert "women whose path closed in the period" in text


def test_the_cabina_reads_the_networks_outcomes_by_quarter(
    qtbot: QtBot, worker: VaultWorker, tmp_path: Path
) -> None:
    quarters = (Period.quarter(2026, 3), Period.quarter(2026, 4))

    def make() -> Vault:
        cabina = _make(tmp_path, "cabina", FakeClock(datetime(2027, 1, 10, tzinfo=UTC)))
        for i, network in enumerate(("rho", "legnano", "melzo")):
            db = Database.open(tmp_path / f"{network}.db", bytes(32), create=True)
            db.migrate()
            demo.seed(db, Actor("demo", "coordinatrice"), 1500, rng_seed=40 + i,
                      now=datetime(2026, 12, 31, tzinfo=UTC))  # fmt: skip
            for q, period in enumerate(quarters):
                payload = payload_for(report_tables(db, period), period, network)
                aggregates.store(cabina.db, f"pkt-{network}-{q}", f"cav-{network}", payload, NOW)
            db.close()
        return cabina

    cabina = worker.call(make)
    try:
        view = OutcomeDashboardView(TaskRunner(worker), Outcomes(cabina), lang="en")
        qtbot.addWidget(view)
        view.show()
        with qtbot.waitSignal(view.loaded, timeout=20_000):
            view.refresh()
        assert view.period_choice.count() == 2
        assert view.area_choice.itemData(0) == "metro"
        assert [view.area_choice.itemData(i) for i in range(1, 4)] == ["legnano", "melzo", "rho"]
        view.table_choice.setCurrentIndex(view.table_choice.findData("outcome_work_closure"))
        assert "women whose path closed in the period" in view.denominator.text()
        view.area_choice.setCurrentIndex(view.area_choice.findData("rho"))
        assert view.current_table() is not None
        series = view.trend.chart().series()[0]
        assert series.count() == 3, "closure, 6 and 12 months"
        assert series.barSets()[0].count() == 2, "one bar per quarter"
    finally:
        worker.call(cabina.lock)


def test_the_exports_are_in_italian(
    qtbot: QtBot, worker: VaultWorker, seeded: Vault, tmp_path: Path, italian: None
) -> None:
    saved: list[Path] = []

    def ask(_parent: object, fmt: str) -> Path:
        saved.append(tmp_path / f"esiti.{fmt}")
        return saved[-1]

    view = CentreOutcomesView(
        TaskRunner(worker), Outcomes(seeded), lang="it", today=date(2026, 12, 31), ask_path=ask
    )
    qtbot.addWidget(view)
    view.show()
    assert view.show_button.text() == "&Mostra"
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert "donne il cui percorso si è chiuso nel periodo" in view.denominator.text()
    for fmt in ("csv", "xlsx", "pdf"):
        with qtbot.waitSignal(view.exported, timeout=20_000):
            qtbot.mouseClick(view.exports.buttons[fmt], Qt.MouseButton.LeftButton)
    rows = list(csv.reader(saved[0].open(encoding="utf-8")))
    assert rows[0][:5] == ["dal", "al", "area", "indicatore", "chi è contata (denominatore)"]
    assert {r[3] for r in rows[1:]} >= {"Lavoro alla chiusura", "Lavoro dopo 12 mesi"}
    assert "senza consenso al ricontatto" in {r[5] for r in rows[1:]}
    book = load_workbook(saved[1])
    assert book["info"]["B3"].value == "da 1 a 4: troppo pochi per essere mostrati"
    sheet = next(ws for ws in book.worksheets if ws["B1"].value == "Lavoro dopo 6 mesi")
    assert sheet["A2"].value == "chi è contata (denominatore)"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(saved[2]).pages)
    assert "Esiti dei percorsi delle donne" in text
    assert "Ricontattate:" in text
