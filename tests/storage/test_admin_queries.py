"""Retention periods and preview, audit paging and the consent register, without Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ponte.core.domain import Actor, Case, Consent, Person
from ponte.core.enums import CaseStatus, ConsentMethod, ServiceType
from ponte.core.errors import NotFound, PermissionDenied, UserCancelled, ValidationError
from ponte.storage import audit, audit_query, backup, cases, consents, privacy, retention
from ponte.storage.accounts import Role
from ponte.storage.audit_query import AuditFilter
from ponte.storage.db import Database
from ponte.storage.retention import RetentionPolicy
from ponte.storage.vault import Vault
from tests.storage.conftest import COORD, OP_A

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _case(db: Database, person: Person, *, closed_on: date | None) -> Case:
    case = cases.create(db, COORD, person, Case(assigned_to=OP_A.account_id), at=NOW)
    if closed_on is not None:
        db.execute(
            "UPDATE cases SET status = ?, closed_on = ? WHERE id = ?",
            (CaseStatus.CLOSED.value, closed_on.isoformat(), case.id),
        )
    return case


def test_a_woman_with_an_open_case_is_kept_when_an_old_case_goes(db: Database) -> None:
    both = _case(db, Person(alias="Demo Uno"), closed_on=date(2019, 1, 1))
    db.execute(
        "INSERT INTO cases (id, person_id, status, opened_on, assigned_to, created_at, updated_at)"
        " VALUES ('open-1', ?, 'active', '2025-01-01', 'x', '', '')",
        (both.person_id,),
    )
    _case(db, Person(alias="Demo Due"), closed_on=date(2019, 2, 1))
    _case(db, Person(alias="Demo Tre"), closed_on=date(2026, 5, 1))
    policy = RetentionPolicy(closed_case_days=365)
    preview = retention.preview_counts(db, NOW, policy)
    assert (preview.cases, preview.persons) == (2, 1)
    assert retention.purge_all(db, COORD, NOW, policy) == preview
    assert db.scalar("SELECT count(*) FROM persons") == 2
    assert retention.preview_counts(db, NOW, policy).empty


def test_policy_is_stored_checked_audited_and_for_coordinators_only(db: Database) -> None:
    assert retention.load_policy(db) == RetentionPolicy()
    with pytest.raises(PermissionDenied):
        retention.save_policy(db, OP_A, RetentionPolicy(100, 10), at=NOW)
    with pytest.raises(ValidationError):
        retention.save_policy(db, COORD, RetentionPolicy(0, 10), at=NOW)
    retention.save_policy(db, COORD, RetentionPolicy(100, 10), at=NOW)
    assert retention.load_policy(db) == RetentionPolicy(100, 10)
    last = audit.entries(db)[-1]
    assert last.action == "retention.policy"
    assert last.detail == {"closed_case_days": 100, "sent_packet_days": 10}


def test_audit_filters_by_family_exact_action_and_day(db: Database) -> None:
    for action, day in (
        ("account.add", 1),
        ("account.remove", 2),
        ("accountx.other", 2),
        ("vault.lock", 3),
    ):
        audit.append(db, actor="a", action=action, at=datetime(2026, 3, day, 23, 59, tzinfo=UTC))
    page = audit_query.page(db, COORD, AuditFilter("account."))
    assert [e.action for e in page.entries] == ["account.remove", "account.add"]
    assert audit_query.page(db, COORD, AuditFilter("vault.lock")).total == 1
    on_2nd = AuditFilter(since=date(2026, 3, 2), until=date(2026, 3, 2))
    assert audit_query.page(db, COORD, on_2nd).total == 2
    assert audit_query.page(db, COORD, AuditFilter(), offset=3, limit=2).entries[0].seq == 1
    with pytest.raises(PermissionDenied):
        audit_query.page(db, OP_A, AuditFilter())


def test_consent_register_and_codes(db: Database) -> None:
    case = _case(db, Person(alias="Demo Quattro"), closed_on=None)
    code = str(db.scalar("SELECT woman_code FROM persons WHERE id = ?", (case.person_id,)))
    consents.record(
        db,
        COORD,
        Consent(
            case.person_id,
            ServiceType.CPI,
            "job",
            date(2026, 1, 1),
            date(2026, 12, 1),
            ConsentMethod.WRITTEN,
        ),
        at=NOW,
    )
    assert privacy.person_by_code(db, COORD, code.lower()) == case.person_id
    with pytest.raises(NotFound):
        privacy.person_by_code(db, COORD, "nobody")
    with pytest.raises(PermissionDenied):
        privacy.person_by_code(db, Actor("op", "operatrice"), code)
    assert privacy.consent_page(db, COORD).total == 1
    assert privacy.consent_page(db, COORD, code=code[:3]).total == 1
    assert privacy.consent_page(db, COORD, code="%").total == 0, "LIKE wildcards are literal"


def test_only_an_administrator_backs_up(vault: Vault, tmp_path: Path) -> None:
    vault.add_account("op", "Operatrice Demo", Role.OPERATRICE, "operatrice passphrase")
    her = Vault.unlock(vault.data_dir, "op", "operatrice passphrase")
    try:
        with pytest.raises(PermissionDenied):
            backup.backup(her, tmp_path / "b.pontebak")
        assert not (tmp_path / "b.pontebak").exists()
    finally:
        her.lock()


def test_cancelled_backup_leaves_nothing_and_verify_proves_a_file(
    vault: Vault, tmp_path: Path
) -> None:
    def cancel(done: int, total: int) -> None:
        raise UserCancelled()

    with pytest.raises(UserCancelled):
        backup.backup(vault, tmp_path / "b.pontebak", progress=cancel)
    assert list(tmp_path.iterdir()) == [vault.data_dir]
    seen: list[int] = []
    backup.backup(vault, tmp_path / "b.pontebak", progress=lambda d, t: seen.append(d))
    assert seen[-1] == backup.PROGRESS_TOTAL
    info = backup.verify(
        vault, tmp_path / "b.pontebak", lambda d: Vault.unlock(d, "admin", "correct horse battery")
    )
    assert info.schema_version == vault.db.schema_version
    assert not (vault.data_dir / backup.VERIFY_DIR).exists()
