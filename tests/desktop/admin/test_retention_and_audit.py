"""Retention preview equals what the purge removes; the audit viewer pages, filters and
shows a tampered chain as broken."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ponte.app.administration import Administration
from ponte.core.clock import rfc3339
from ponte.desktop.ui.admin.audit_log import PAGE, AuditSection
from ponte.desktop.ui.admin.preferences import PreferencesSection
from ponte.desktop.ui.admin.retention import RetentionPanel
from ponte.storage import audit, demo, retention
from ponte.storage.vault import Vault
from tests.desktop.admin.conftest import ADMIN, ADMIN_PW, Env, wait_status

CLICK = Qt.MouseButton.LeftButton
OLD = datetime(2020, 1, 1, tzinfo=UTC)


def _seed(env: Env) -> None:
    vault = env.vault
    env.call(lambda: demo.seed(vault.db, vault.actor, 300))

    def packets() -> None:
        for i, (state, when) in enumerate(
            [("sent", OLD), ("acknowledged", OLD), ("queued", OLD), ("sent", vault.clock.now())]
        ):
            vault.db.execute(
                "INSERT INTO outbox (packet_id, recipient, type, data, state, expires_at,"
                " created_at, updated_at) VALUES (?, 'm', 'referral', x'00', ?, ?, ?, ?)",
                (f"p{i}", state, rfc3339(when), rfc3339(when), rfc3339(when)),
            )

    env.call(packets)


def _count(env: Env, sql: str) -> int:
    return int(env.call(env.vault.db.scalar, sql))


def test_preview_counts_are_what_the_purge_removes(qtbot: QtBot, env: Env) -> None:
    _seed(env)
    view = RetentionPanel(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.cases_days.value() == 5 * 365, timeout=5_000)
    view.cases_days.setValue(365)
    view.packet_days.setValue(30)
    qtbot.mouseClick(view.save_button, CLICK)
    wait_status(qtbot, view.status, "ok")
    assert env.call(retention.load_policy, env.vault.db) == retention.RetentionPolicy(365, 30)
    qtbot.mouseClick(view.preview_button, CLICK)
    qtbot.waitUntil(lambda: view.counts is not None, timeout=5_000)
    counts = view.counts
    assert counts is not None
    assert counts.cases > 0
    assert counts.packets == 2, "old sent and acknowledged packets, not queued or recent ones"
    assert f"{counts.cases:,}" in view.preview_text.text()
    cases_before = _count(env, "SELECT count(*) FROM cases")
    persons_before = _count(env, "SELECT count(*) FROM persons")
    # changing a period disarms the purge until a new preview
    view.cases_days.setValue(366)
    assert not view.purge_button.isEnabled()
    view.cases_days.setValue(365)
    qtbot.mouseClick(view.preview_button, CLICK)
    qtbot.waitUntil(lambda: view.purge_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(view.purge_button, CLICK)
    assert view.confirm.isVisible()
    assert "cannot be undone" in view.confirm.message.text()
    qtbot.mouseClick(view.confirm.yes, CLICK)
    wait_status(qtbot, view.status, "ok")
    assert _count(env, "SELECT count(*) FROM cases") == cases_before - counts.cases
    assert _count(env, "SELECT count(*) FROM persons") == persons_before - counts.persons
    assert _count(env, "SELECT count(*) FROM outbox") == 2
    purge = [e for e in env.call(audit.entries, env.vault.db) if e.action == "retention.purge"]
    assert purge[-1].detail["cases"] == counts.cases
    qtbot.mouseClick(view.preview_button, CLICK)
    qtbot.waitUntil(lambda: "nothing" in view.preview_text.text(), timeout=5_000)
    assert not view.purge_button.isEnabled()


def test_out_of_range_periods_cannot_be_typed(qtbot: QtBot, env: Env) -> None:
    view = RetentionPanel(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    view.cases_days.setValue(0)
    assert view.cases_days.value() == retention.MIN_DAYS
    view.cases_days.setValue(10**6)
    assert view.cases_days.value() == retention.MAX_DAYS


def _audit_view(qtbot: QtBot, env: Env, vault: Vault | None = None) -> AuditSection:
    view = AuditSection(env.tasks, Administration(vault or env.vault))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5_000)
    return view


def test_audit_viewer_pages_and_filters(qtbot: QtBot, env: Env) -> None:
    vault = env.vault

    def many() -> None:
        for _ in range(150):
            audit.record(
                vault.db,
                vault.actor,
                "case.read",
                at=vault.clock.now(),
                entity="case",
                entity_id="c-1",
            )

    env.call(many)
    total = _count(env, "SELECT count(*) FROM audit_log")
    view = _audit_view(qtbot, env)
    assert view.model.rowCount() == PAGE
    assert view.model.row_values(0)[0] == str(total), "newest first"
    assert f"{total:,}" in view.pager.label.text()
    qtbot.mouseClick(view.pager.next, CLICK)
    qtbot.waitUntil(lambda: view.model.rowCount() == total - PAGE, timeout=5_000)
    assert not view.pager.next.isEnabled()
    # filter by the account family: only account.* rows, the actor shown by username
    view.action.setCurrentIndex(view.action.findData("account."))
    qtbot.mouseClick(view.apply_button, CLICK)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    row = view.model.row_values(0)
    assert row[3] == "added an account", "the action in words, not its code"
    assert row[2] == ADMIN
    # a date range that excludes everything
    view.action.setCurrentIndex(0)
    view.use_until.setChecked(True)
    view.until.setDate(QDate(2001, 1, 1))
    qtbot.mouseClick(view.apply_button, CLICK)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)
    assert not view.pager.next.isEnabled()


def test_verify_intact_chain(qtbot: QtBot, env: Env) -> None:
    view = _audit_view(qtbot, env)
    qtbot.mouseClick(view.verify_button, CLICK)
    qtbot.waitUntil(lambda: view.result.text().startswith("Intact"), timeout=5_000)


def test_a_tampered_copy_shows_a_broken_chain(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    env.call(env.vault.db.checkpoint)
    copy = tmp_path / "copy"
    shutil.copytree(env.data, copy)
    tampered = env.call(Vault.unlock, copy, ADMIN, ADMIN_PW)

    def tamper() -> None:
        db = tampered.db
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET action = 'vault.nothing' WHERE seq = 2")

    env.call(tamper)
    view = _audit_view(qtbot, env, tampered)
    qtbot.mouseClick(view.verify_button, CLICK)
    qtbot.waitUntil(lambda: view.result.text().startswith("BROKEN"), timeout=5_000)
    assert "entry 2" in view.result.toolTip(), "where it broke, for whoever helps"
    assert "ask for help" in view.result.text()
    env.call(tampered.lock)
    # the original is untouched and intact
    view2 = _audit_view(qtbot, env)
    qtbot.mouseClick(view2.verify_button, CLICK)
    qtbot.waitUntil(lambda: view2.result.text().startswith("Intact"), timeout=5_000)


def test_preferences_are_saved_and_announced(qtbot: QtBot, env: Env) -> None:
    view = PreferencesSection(env.settings)
    qtbot.addWidget(view)
    view.show()
    assert view.idle.value() == 10
    view.idle.clear()
    qtbot.keyClicks(view.idle, "25")
    view.language.setCurrentIndex(view.language.findData("en"))
    with (
        qtbot.waitSignal(view.idle_lock_changed) as idle,
        qtbot.waitSignal(view.language_changed) as lang,
    ):
        qtbot.mouseClick(view.button, CLICK)
    assert idle.args == [25]
    assert lang.args == ["en"]
    assert "starts again" in view.status.text()
    assert env.settings.idle_lock_minutes == 25
    assert env.settings.language == "en"
