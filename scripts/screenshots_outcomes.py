#!/usr/bin/env python3
"""Render the outcome screens to PNG (docs/screenshots/), in Italian and English.

Synthetic data only: a demo centre (one woman followed up, the rest from the demo), and a
cabina di regia holding four quarters of reports from three demo centres.
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_outcomes.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ponte.app.outcomes import Outcomes
from ponte.app.reporting import payload_for, report_tables
from ponte.core.clock import FakeClock
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import (
    ClosureReason,
    ConsentMethod,
    ContactChannel,
    ContactTime,
    OutcomeField,
    OutcomeMoment,
)
from ponte.core.followup import FollowUpConsent
from ponte.core.outcomes import Change
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.outcomes.case_tab import OutcomesTab
from ponte.desktop.ui.outcomes.centre import CentreOutcomesView
from ponte.desktop.ui.outcomes.dashboard import OutcomeDashboardView
from ponte.desktop.ui.outcomes.due import DueView
from ponte.storage import aggregates, cases, demo, outcomes
from ponte.storage.db import Database
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.stats import Period
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from shots import OUT, pump, wait_for, shoot as save

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
QUARTERS = [Period.quarter(2025, 4), *(Period.quarter(2026, q) for q in (1, 2, 3))]
CENTRES = (("rho", 8000, 11), ("legnano", 7000, 12), ("melzo", 6000, 13))
M, F = OutcomeMoment, OutcomeField


def make_centre(folder: Path) -> tuple[Vault, str]:
    v, _ = Vault.create(
        folder, username="coord", display_name="Coordinatrice", passphrase="screenshots only",
        kdf=TEST_PARAMS, clock=FakeClock(NOW),
    )  # fmt: skip
    actor = Actor(v.account.id, v.account.role.value, v.device_id)
    demo.seed(v.db, actor, 1800, rng_seed=1522, now=NOW)
    c = cases.create(
        v.db, actor, Person(alias="Demo Marta"), Case(opened_on=date(2025, 2, 10)), at=NOW
    )
    outcomes.record(
        v.db, actor, c.id, M.INTAKE, date(2025, 2, 10),
        [Change(F.WORK, "not_working", date(2023, 9, 1)), Change(F.AUTONOMOUS, "no", date(2025, 2, 10)),
         Change(F.HOUSING, "shelter", date(2025, 2, 10)), Change(F.INCOME, "none", date(2025, 2, 10))],
        at=NOW,
    )  # fmt: skip
    cases.close(v.db, actor, c.id, ClosureReason.GOALS_MET, at=datetime(2026, 5, 18, tzinfo=UTC))
    outcomes.record(
        v.db, actor, c.id, M.CLOSURE, date(2026, 5, 18),
        [Change(F.WORK, "tirocinio", date(2025, 11, 3)), Change(F.TRAINING, "completed", date(2025, 9, 30)),
         Change(F.HOUSING, "relatives", date(2026, 2, 1)), Change(F.INCOME, "insufficient", date(2025, 11, 3)),
         Change(F.RDL, "yes", date(2025, 6, 1))],
        at=NOW,
    )  # fmt: skip
    from ponte.storage import followups

    followups.record_consent(
        v.db, actor, c.id,
        FollowUpConsent(c.person_id, date(2026, 5, 18), date(2027, 11, 18), ConsentMethod.WRITTEN,
                        ContactChannel.PHONE_CALL, (ContactTime.MORNING, ContactTime.MIDDAY)),
        at=NOW,
    )  # fmt: skip
    return v, c.id


def fill_cabina(cabina: Vault, tmp: Path) -> None:
    for network, count, seed in CENTRES:
        db = Database.open(tmp / f"{network}.db", bytes(32), create=True)
        db.migrate()
        demo.seed(db, Actor("demo", "coordinatrice"), count, rng_seed=seed, now=NOW)
        for i, period in enumerate(QUARTERS):
            payload = payload_for(report_tables(db, period), period, network)
            aggregates.store(cabina.db, f"demo-{network}-{i}", f"cav-{network}", payload, NOW)
        db.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    worker = VaultWorker()
    tasks = TaskRunner(worker)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        centre, case_id = worker.call(make_centre, tmp / "centre")
        cabina, _ = worker.call(
            lambda: Vault.create(
                tmp / "cabina", username="cabina", display_name="Cabina di regia",
                passphrase="screenshots only", kdf=TEST_PARAMS, clock=FakeClock(NOW),
            )
        )  # fmt: skip
        worker.call(fill_cabina, cabina, tmp)
        for lang in ("it", "en"):
            QLocale.setDefault(
                QLocale(QLocale.Language.Italian if lang == "it" else QLocale.Language.English)
            )
            translators = install(app, lang)

            tab = OutcomesTab(tasks, Outcomes(centre), case_id)
            tab.resize(1100, 720)
            tab.show()
            wait_for(tab.loaded, tab.refresh)
            tab.moments.selectRow(2)
            pump()
            save(tab, f"{lang}-outcomes-case.png")
            tab.record.click()
            pump(500)
            form = tab.dialog
            assert form is not None
            form.values[F.WORK].setCurrentIndex(form.values[F.WORK].findData("fixed_term"))  # type: ignore[union-attr]
            form.since[F.WORK].setDate(date(2026, 10, 6))  # type: ignore[union-attr]
            pump()
            save(form, f"{lang}-outcomes-followup-form.png")
            form.reject()
            tab.close()

            due = DueView(tasks, Outcomes(centre))
            due.resize(1100, 500)
            due.show()
            wait_for(due.loaded, due.refresh)
            save(due, f"{lang}-outcomes-due.png")
            due.close()

            centre_view = CentreOutcomesView(tasks, Outcomes(centre), lang=lang, today=NOW.date())
            centre_view.resize(1200, 760)
            centre_view.show()
            centre_view.picker.year.setValue(2026)
            wait_for(centre_view.loaded, centre_view.show_button.click)
            centre_view.table_choice.setCurrentIndex(
                centre_view.table_choice.findData("outcome_work_closure")
            )
            pump()
            save(centre_view, f"{lang}-outcomes-centre.png")
            centre_view.close()

            dash = OutcomeDashboardView(tasks, Outcomes(cabina), lang=lang)
            dash.resize(1280, 860)
            dash.show()
            wait_for(dash.loaded, dash.refresh)
            dash.table_choice.setCurrentIndex(dash.table_choice.findData("outcome_followup_6"))
            pump()
            save(dash, f"{lang}-outcomes-dashboard.png")
            dash.close()

            uninstall(app, translators)
        worker.call(centre.lock)
        worker.call(cabina.lock)
    worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
