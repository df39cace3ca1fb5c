"""The statistics screens as the coordinatrice and the cabina di regia use them."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.background import sync
from ponte.app.statistics import Statistics
from ponte.core.domain import Actor
from ponte.core.suppression import HIDDEN, SMALL, CountTable, suppress
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.stats import AggregatePreview, NetworkDashboardView, StatsView
from ponte.storage import aggregates, demo
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.stats import Period, centre_stats
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, hub, knows  # noqa: F401 - the real hub fixture
from tests.e2e.test_aggregate_report import station

TODAY = date(2026, 11, 25)


@pytest.fixture
def vault(tmp_path: Path, worker: VaultWorker) -> Iterator[Vault]:
    def make() -> Vault:
        v, _ = Vault.create(
            tmp_path / "data",
            username="coord",
            display_name="C",
            passphrase="stats passphrase",
            kdf=TEST_PARAMS,
        )
        actor = Actor(v.account.id, v.account.role.value, v.device_id)
        demo.seed(v.db, actor, 600, now=datetime(2026, 11, 25, tzinfo=UTC))
        return v

    v = worker.call(make)
    yield v
    worker.call(v.lock)


def test_the_coordinatrice_reads_her_year_and_exports_it(
    qtbot: QtBot, worker: VaultWorker, vault: Vault, tmp_path: Path
) -> None:
    saved: list[Path] = []

    def ask(_parent: object, fmt: str) -> Path:
        saved.append(tmp_path / f"out.{fmt}")
        return saved[-1]

    view = StatsView(TaskRunner(worker), Statistics(vault), lang="en", today=TODAY, ask_path=ask)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    truth = worker.call(centre_stats, vault.db, Period(date(2026, 1, 1), TODAY))
    assert f"{truth.new_contacts} new contacts" in view.summary.text()
    assert view.table_choice.currentData() == "age_citizenship"
    model = view.model
    last_row, last_col = model.rowCount() - 1, model.columnCount() - 1
    assert model.headerData(last_row, Qt.Orientation.Vertical) == "total"
    assert model.data(model.index(last_row, last_col)) == str(truth.new_contacts)
    assert view.bars.chart() is not None
    assert view.trend.chart().series()[0].count() == 11, "January to November"

    view.table_choice.setCurrentIndex(view.table_choice.findData("invio_da"))
    assert model.headerData(0, Qt.Orientation.Vertical) == "came herself"
    assert model.rowCount() == 14, "12 ways, not recorded, total"

    with qtbot.waitSignal(view.exported, timeout=10_000):
        qtbot.mouseClick(view.exports.buttons["csv"], Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(saved[-1].open(encoding="utf-8")))
    values = [r["value"] for r in rows]
    assert SMALL in values
    assert all(v in (SMALL, HIDDEN) or int(v) == 0 or int(v) >= 5 for v in values)
    with qtbot.waitSignal(view.exported, timeout=10_000):
        qtbot.mouseClick(view.exports.buttons["pdf"], Qt.MouseButton.LeftButton)
    assert saved[-1].read_bytes().startswith(b"%PDF")


def test_a_backwards_period_shows_a_sentence(
    qtbot: QtBot, worker: VaultWorker, vault: Vault
) -> None:
    view = StatsView(TaskRunner(worker), Statistics(vault), lang="en", today=TODAY)
    qtbot.addWidget(view)
    view.start.setDate(view.end.date().addDays(10))
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.error.text() == "The period ends before it starts. Check the two dates."
    assert not view.exports.isEnabled()


def _report(network: str, sender: str, counts: tuple[int, ...]) -> dict[str, object]:
    t = suppress(
        CountTable("invio_da", ("self", "police", "gp"), ("count",), tuple((c,) for c in counts)),
        total_public=True,
    )
    o = suppress(
        CountTable(
            "overview",
            ("new_contacts", "active_cases"),
            ("count",),
            ((sum(counts),), (40,)),
            additive=False,
        )
    )
    tables = []
    for p in (o, t):
        cols, rows = p.to_rows()
        tables.append({"name": p.name, "columns": cols, "rows": rows})
    return {
        "period": {"from": "2026-01-01", "to": "2026-03-31"},
        "network": network,
        "tables": tables,
    }


def test_the_cabina_sees_metro_and_network_tables(
    qtbot: QtBot, worker: VaultWorker, vault: Vault, tmp_path: Path
) -> None:
    def receive() -> None:
        at = datetime(2026, 4, 2, tzinfo=UTC)
        with vault.db.transaction():
            aggregates.store(vault.db, "p1", "cav-rho", _report("rho", "cav-rho", (3, 9, 12)), at)
            aggregates.store(
                vault.db, "p2", "cav-melzo", _report("melzo", "cav-melzo", (0, 6, 8)), at
            )

    worker.call(receive)
    out = tmp_path / "net.xlsx"
    view = NetworkDashboardView(
        TaskRunner(worker), Statistics(vault), lang="en", ask_path=lambda _p, _f: out
    )
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.summary.text() == "2 centre reports from 2 networks."
    view.table_choice.setCurrentIndex(view.table_choice.findData("invio_da"))
    model = view.model
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown == [HIDDEN, "≥11", "20", "38"], "a count is shown only if every centre showed it"
    view.area_choice.setCurrentIndex(view.area_choice.findData("melzo"))
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown == ["0", "6", "8", "14"]
    with qtbot.waitSignal(view.exported, timeout=10_000):
        qtbot.mouseClick(view.exports.buttons["xlsx"], Qt.MouseButton.LeftButton)
    assert out.stat().st_size > 0


def test_the_preview_shows_what_leaves_and_sends_exactly_that(
    qtbot: QtBot,
    worker: VaultWorker,
    tmp_path: Path,
    hub: HubProc,  # noqa: F811
) -> None:
    centre = worker.call(station, tmp_path, hub, "CAV Preview", "cav", "legnano")
    cabina = station(tmp_path, hub, "Cabina Preview", "cabina_regia", "milano_metro")
    worker.call(knows, centre, cabina.identity.member_id)  # a round since the cabina joined
    actor = Actor(centre.vault.account.id, centre.vault.account.role.value, centre.vault.device_id)
    worker.call(demo.seed, centre.vault.db, actor, 300, now=datetime(2026, 11, 25, tzinfo=UTC))
    view = AggregatePreview(TaskRunner(worker), centre, lang="en", today=TODAY)
    qtbot.addWidget(view)
    view.show()
    assert not view.send_button.isEnabled(), "nothing to send before the preview"
    view.quarter.setCurrentIndex(view.quarter.findData(0))
    with qtbot.waitSignal(view.previewed, timeout=10_000):
        qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    values = [view.cells.item(r, 3).text() for r in range(view.cells.rowCount())]
    assert SMALL in values
    assert all(v in (SMALL, HIDDEN) or int(v) == 0 or int(v) >= 5 for v in values)
    assert "Network: Legnano network" in view.status.text()
    with qtbot.waitSignal(view.sent, timeout=15_000) as sent:
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    assert "queued" in view.status.text()
    assert worker.call(lambda: sync(centre).sent) == 1
    assert sync(cabina).received == 1
    (row,) = VaultInbox(cabina.vault.db).rows("aggregate")
    assert row.packet_id == sent.args[0]
    assert row.payload == view.payload, "the cabina received exactly the previewed cells"
    worker.call(centre.vault.lock)
    cabina.vault.lock()


def test_the_centres_own_fields_exact_on_screen_suppressed_in_the_export(
    qtbot: QtBot, worker: VaultWorker, vault: Vault, tmp_path: Path
) -> None:
    from ponte.app.casework import Casework
    from ponte.app.forms import CentreForms
    from ponte.core.domain import Case, Person
    from ponte.core.fields import Choice, FieldDef, FieldType, Section

    forms, desk = CentreForms(vault), Casework(vault)
    worker.call(
        forms.save,
        FieldDef("progetto", Section.INTAKE, FieldType.CHOICE, "Progetto", "Project",
                 choices=(Choice("orti", "Orti urbani", "Urban gardens"),)),
    )  # fmt: skip
    for i in range(3):
        case_id = worker.call(
            desk.new_case, Person(alias=f"P{i}"), Case(opened_on=date(2026, 5, 1))
        )
        b = worker.call(desk.open_case, case_id)
        worker.call(desk.save_intake, b.person, b.case, {"progetto": "orti"})
    out = tmp_path / "own.csv"
    view = StatsView(
        TaskRunner(worker), Statistics(vault), lang="en", today=TODAY, ask_path=lambda *_: out
    )
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    view.table_choice.setCurrentIndex(view.table_choice.findData("centre_progetto"))
    assert view.table_choice.currentText() == "Project (this centre's field)"
    model = view.model
    assert model.headerData(0, Qt.Orientation.Vertical) == "Urban gardens"
    assert model.data(model.index(0, 0)) == "3", "the centre sees its exact count"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        qtbot.mouseClick(view.exports.buttons["csv"], Qt.MouseButton.LeftButton)
    rows = [
        r for r in csv.DictReader(out.open(encoding="utf-8")) if r["table"] == "centre_progetto"
    ]
    assert {r["row"]: r["value"] for r in rows}["orti"] == SMALL, "never below 5 in an export"
