#!/usr/bin/env python3
"""Render the day's screens to PNG (docs/screenshots/), in Italian and English.

Synthetic data only: a demo centre of 1,000 cases, an operatrice (Ana Demo) with a dressed
fortnight, and the coordinatrice who assigns and approves.
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_day.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ponte.app.casework import Casework
from ponte.core import localtime
from ponte.core.clock import FakeClock
from ponte.core.domain import Actor
from ponte.desktop import i18n
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.calendar.view import CalendarView
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.day.view import MyDayView
from ponte.storage import demo, demo_day
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from shots import OUT, pump, wait, shoot as save

NOW = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)  # a Wednesday, 09:30 in Milan
PW = "screenshots only"


def build(folder: Path) -> tuple[str, str]:
    """The centre: coordinatrice + Ana; 1,000 cases; Ana's fortnight. Returns (ana, case)."""
    clock = FakeClock(NOW)
    coord, _ = Vault.create(
        folder, username="coord", display_name="Giulia Demo (coordinatrice)", passphrase=PW,
        kdf=TEST_PARAMS, clock=clock,
    )  # fmt: skip
    ana = coord.add_account("ana", "Ana Demo", "operatrice", PW)
    actor = Actor(coord.account.id, coord.account.role.value, coord.device_id)
    demo.seed(coord.db, actor, 1000, now=NOW, operatrici=[ana.id, coord.account.id])
    demo_day.seed_day(coord.db, actor, now=NOW, times=(time(10, 0), time(15, 30)), clash=False)
    demo_day.seed_day(coord.db, Actor(ana.id, "operatrice", coord.device_id), now=NOW, rng_seed=4)
    coord.db.execute(
        "DELETE FROM closure_requests WHERE requested_by = ?", (coord.account.id,)
    )  # the coordinatrice closes her own; Ana asks
    coord.lock()
    v = Vault.unlock(folder, "ana", PW, clock=clock)
    case_id = str(  # one of hers with a complaint date: the Codice rosso window shows
        v.db.scalar(
            "SELECT d.case_id FROM case_dates d JOIN cases c ON c.id = d.case_id"
            " WHERE c.assigned_to = ? AND d.kind = 'complaint_filed'",
            (ana.id,),
        )
    )
    v.db.execute(
        "INSERT INTO appointments (id, case_id, kind, starts_at, minutes, place_id, note,"
        " cancelled, created_by, created_at, updated_at) VALUES ('screenshot-hearing', ?,"
        " 'hearing', ?, 90, 'external', 'audizione in procura', 0, ?, ?, ?)",
        (case_id, localtime.stored(localtime.today(NOW), time(16, 0)), ana.id,
         "2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z"),
    )
    v.db.execute("INSERT INTO appointment_staff VALUES ('screenshot-hearing', ?)", (ana.id,))
    first = v.db.scalar(
        "SELECT a.id FROM appointments a JOIN appointment_staff s ON s.appointment_id = a.id"
        " WHERE s.account_id = ? AND a.starts_at >= ? ORDER BY a.starts_at LIMIT 1",
        (ana.id, localtime.stored(localtime.today(NOW), time(0))),
    )
    # Two workstations moved one of her appointments differently (as replication records it).
    starts = v.db.scalar("SELECT starts_at FROM appointments WHERE id = ?", (first,))
    later = localtime.shift_days(str(starts), 1)
    v.db.execute(
        "INSERT INTO replica_heads VALUES ('appointments', ?, 'starts_at', '1.0.a', ?, ?, 'd1', ?),"
        " ('appointments', ?, 'starts_at', '2.0.b', ?, ?, 'd2', ?)",
        (
            first,
            starts,
            ana.id,
            "2026-11-24T10:00:00Z",
            first,
            later,
            ana.id,
            "2026-11-24T10:05:00Z",
        ),
    )
    v.lock()
    return ana.id, case_id


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    worker = VaultWorker()
    tasks = TaskRunner(worker)
    with tempfile.TemporaryDirectory() as tmp_name:
        folder = Path(tmp_name) / "centre"
        _ana, case_id = worker.call(build, folder)
        for lang in ("it", "en"):
            translators = i18n.install(app, lang)
            clock = FakeClock(NOW)
            v = worker.call(lambda: Vault.unlock(folder, "ana", PW, clock=clock))
            desk = Casework(v)
            worker.call(lambda: v.db.execute("DELETE FROM day_seen"))
            worker.call(
                lambda: v.db.execute(
                    "INSERT INTO day_seen VALUES (?, '2026-11-24T07:00:00Z')", (v.account.id,)
                )
            )

            day = MyDayView(tasks)
            day.resize(1200, 760)
            day.show()
            day.bind(desk)
            day.start()
            wait(lambda: day.day is not None)
            save(day, f"{lang}-19-my-day.png")
            day.close()

            cal = CalendarView(tasks)
            cal.resize(1200, 780)
            cal.show()
            cal.bind(desk)
            wait(lambda: cal.whose.count() >= 2 and cal.items)
            cal.whose.setCurrentIndex(1)  # the whole centre
            wait(lambda: len(cal.items) > 10)
            save(cal, f"{lang}-20-calendar-week.png")
            cal.mode.setCurrentIndex(1)  # one day
            cal.whose.setCurrentIndex(0)
            wait(lambda: cal.days == 1 and cal.items)
            save(cal, f"{lang}-21-calendar-day.png")
            moved = next((i for i in cal.items if i.moved_twice), None)
            if moved is not None:
                dialog = cal.open_item(moved)
                pump(300)
                dialog.grab().save(str(OUT / f"{lang}-22-appointment-moved-twice.png"))
                print("wrote appointment dialog")
                dialog.reject()
            cal.close()

            cf = CaseFileView(tasks)
            cf.resize(1200, 780)
            cf.show()
            cf.bind(desk)
            cf.open(case_id)
            wait(lambda: cf.bundle is not None and cf.agenda.panel is not None)
            cf.tabs.setCurrentWidget(cf.agenda)
            save(cf, f"{lang}-23-case-agenda.png")
            letter = cf.agenda.write_letter()
            assert letter is not None
            wait(lambda: letter.filled is not None)
            letter.template.setCurrentIndex(2)
            wait(lambda: letter.filled is not None and letter.template.currentIndex() == 2)
            pump(500)
            letter.grab().save(str(OUT / f"{lang}-24-letter.png"))
            print("wrote letter")
            letter.reject()
            cf.clear()
            cf.close()
            worker.call(v.lock)

            c = worker.call(lambda: Vault.unlock(folder, "coord", PW, clock=clock))
            coord_desk = Casework(c)
            day = MyDayView(tasks)
            day.resize(1200, 760)
            day.show()
            day.bind(coord_desk)
            day.start()
            wait(lambda: day.day is not None and day.day.caseload is not None)
            day.tabs.setCurrentIndex(day.caseload_index)
            save(day, f"{lang}-25-caseload.png")
            settings = day.open_settings()
            wait(lambda: settings.template_list.count() > 0)
            settings.tabs.setCurrentIndex(1)
            pump(300)
            settings.grab().save(str(OUT / f"{lang}-26-diary-settings.png"))
            settings.tabs.setCurrentIndex(3)
            pump(300)
            settings.grab().save(str(OUT / f"{lang}-27-letter-templates.png"))
            print("wrote settings")
            settings.reject()
            day.clear()
            day.close()
            worker.call(c.lock)
            i18n.uninstall(app, translators)
    worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
