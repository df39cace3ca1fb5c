#!/usr/bin/env python3
"""Render the statistics screens to PNG (docs/screenshots/), in Italian and English.

Synthetic data only: a demo centre vault for the centre's statistics and the preview, and a
cabina di regia vault holding reports computed from four demo centres in four networks.
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_stats.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ponte.app.statistics import Statistics
from ponte.app.reporting import payload_for, report_tables
from ponte.core.domain import Actor
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.stats import AggregatePreview, NetworkDashboardView, StatsView
from ponte.storage import aggregates, demo
from ponte.storage.db import Database
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.stats import Period
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from shots import OUT, pump, wait_for, shoot as save

NOW = datetime(2026, 11, 25, tzinfo=UTC)
TODAY = NOW.date()
PERIOD = Period.quarter(2026, 3)
#: Eight years of cases: 150–250 new women a year, the size DOMAIN.md gives for a centre.
CENTRES = (("rho", 1600, 1), ("legnano", 1300, 2), ("melzo", 2000, 3), ("rozzano", 1200, 4))


def make_vault(folder: Path, count: int, seed: int) -> Vault:
    v, _ = Vault.create(
        folder,
        username="coord",
        display_name="Coordinatrice",
        passphrase="screenshots only",
        kdf=TEST_PARAMS,
    )
    if count:
        actor = Actor(v.account.id, v.account.role.value, v.device_id)
        demo.seed(v.db, actor, count, rng_seed=seed, now=NOW)
    return v


def fill_cabina(cabina: Vault, tmp: Path) -> None:
    actor = Actor("demo", "coordinatrice")
    for network, count, seed in CENTRES:
        db = Database.open(tmp / f"{network}.db", bytes(32), create=True)
        db.migrate()
        demo.seed(db, actor, count, rng_seed=seed, now=NOW)
        payload = payload_for(report_tables(db, PERIOD), PERIOD, network)
        db.close()
        with cabina.db.transaction():
            aggregates.store(cabina.db, f"demo-{network}", f"cav-{network}", payload, NOW)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    worker = VaultWorker()
    tasks = TaskRunner(worker)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        centre = worker.call(make_vault, tmp / "centre", 1800, 1522)
        cabina = worker.call(make_vault, tmp / "cabina", 0, 0)
        worker.call(fill_cabina, cabina, tmp)
        preview_payload = worker.call(
            lambda: payload_for(report_tables(centre.db, PERIOD), PERIOD, "legnano")
        )
        for lang in ("it", "en"):
            QLocale.setDefault(
                QLocale(QLocale.Language.Italian if lang == "it" else QLocale.Language.English)
            )
            translators = install(app, lang)

            stats = StatsView(tasks, Statistics(centre), lang=lang, today=TODAY)
            stats.resize(1200, 780)
            stats.show()
            wait_for(stats.loaded, stats.show_button.click)
            save(stats, f"{lang}-statistics.png")
            stats.close()

            dash = NetworkDashboardView(tasks, Statistics(cabina), lang=lang)
            dash.resize(1200, 780)
            dash.show()
            wait_for(dash.loaded, dash.refresh)
            dash.table_choice.setCurrentIndex(dash.table_choice.findData("age_group_citizenship"))
            pump()
            save(dash, f"{lang}-network-dashboard.png")
            dash.close()

            preview = AggregatePreview(tasks, None, lang=lang, today=TODAY)  # type: ignore[arg-type]
            preview.resize(1000, 700)
            preview.quarter.setCurrentIndex(2)
            preview.show()
            preview._show_payload(preview_payload)  # the screen as after "Preview"
            pump()
            save(preview, f"{lang}-aggregate-preview.png")
            preview.close()

            uninstall(app, translators)
        worker.call(centre.lock)
        worker.call(cabina.lock)
    worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
