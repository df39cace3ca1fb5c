#!/usr/bin/env python3
"""Render the replication screens (conflicts, devices) to docs/screenshots/, it and en.

Two demo workstations of one centre edit the same case while offline, then sync:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_replica.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.storage.replica.mesh import PASSPHRASE, centre, sync_all  # noqa: E402

from ponte.app.replication import Replication  # noqa: E402
from ponte.app.workstation import Workstation  # noqa: E402
from ponte.desktop.collector import GuiThreadCollector  # noqa: E402
from ponte.desktop.i18n import install, uninstall  # noqa: E402
from ponte.desktop.tasks import TaskRunner  # noqa: E402
from ponte.desktop.ui.conflicts.devices import DevicesView  # noqa: E402
from ponte.desktop.ui.conflicts.view import ConflictsView  # noqa: E402
from ponte.storage import cases, demo, risk  # noqa: E402
from ponte.storage.vault import Vault  # noqa: E402
from ponte.storage.worker import VaultWorker  # noqa: E402
from shots import OUT, shoot, wait  # noqa: E402



def demo_centre(tmp: Path) -> tuple[Path, str, object]:
    """Two workstations; the same case edited on both while they were apart."""
    a, b = centre(tmp, ("Sede — postazione 1", "Sportello Rho — postazione 2"))
    for node, name in ((a, "Giulia Demo"), (b, "Sara Demo")):
        with node.db.transaction():  # staff names replicate with the case data
            node.db.execute("UPDATE accounts SET display_name = ?", (name,))
    demo.seed(a.db, a.actor, 30, rng_seed=4)
    case_id = str(a.db.scalar("SELECT id FROM cases ORDER BY opened_on DESC LIMIT 1"))
    risk.save_safety_plan(a.db, a.actor, case_id, "Numero di emergenza in rubrica.", at=a.clock.now())
    sync_all([a, b])
    for node, alias, plan in (
        (a, "Marta Demo", "Borsa pronta dalla vicina; parola d'ordine con la sorella."),
        (b, "Martina Demo", "Borsa pronta dalla vicina; chiamare il 1522 se lui torna."),
    ):
        node.clock.advance(3600 if node is b else 600)
        f = cases.open_file(node.db, node.actor, case_id, at=node.clock.now())
        f.person.alias = alias
        cases.update_person(node.db, node.actor, case_id, f.person, at=node.clock.now())
        risk.save_safety_plan(node.db, node.actor, case_id, plan, at=node.clock.now())
    sync_all([a, b])
    a.vault.lock()
    b.vault.lock()
    return a.data_dir, case_id, a.clock


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    with tempfile.TemporaryDirectory() as tmp:
        data_dir, case_id, clock = demo_centre(Path(tmp))
        worker = VaultWorker()
        vault = worker.call(Vault.unlock, data_dir, "admin", PASSPHRASE, clock=clock)
        repl = Replication(Workstation(vault))
        runner = TaskRunner(worker)
        for lang in ("it", "en"):
            translators = install(app, lang)
            QLocale.setDefault(
                QLocale(QLocale.Language.Italian if lang == "it" else QLocale.Language.English)
            )
            view = ConflictsView(runner, repl, case_id)
            view.resize(1000, 560)
            view.show()
            view.refresh()
            wait(lambda v=view: v.list.count() == 2)
            view.list.setCurrentRow(1)
            shoot(view, f"{lang}-conflict")
            view.close()
            devices = DevicesView(runner, repl)
            devices.resize(1000, 420)
            devices.show()
            devices.refresh()
            wait(lambda d=devices: d.table.rowCount() == 2)
            shoot(devices, f"{lang}-devices")
            devices.close()
            uninstall(app, translators)
        worker.call(vault.lock)
        worker.shutdown()
        del view, devices, runner
        app.processEvents()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 may crash tearing down its globals after the PNGs are written
