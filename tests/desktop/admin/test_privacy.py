"""The privacy screen: register (matches the docs, exports CSV), consent register with
withdrawal, her data exported, and erasure after typing her code."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.administration import Administration
from ponte.app.casework import Casework
from ponte.app.privacy import Privacy
from ponte.core.domain import Case, Consent, Person
from ponte.core.enums import ConsentMethod, ServiceType
from ponte.desktop.ui.privacy.register import COLUMNS, PURPOSES, to_markdown
from ponte.desktop.ui.privacy.view import PrivacyView
from ponte.storage import audit, cases, consents
from ponte.storage.accounts import Role
from tests.desktop.admin.conftest import Env, wait_status

CLICK = Qt.MouseButton.LeftButton
DOCS = Path(__file__).parents[3] / "docs"


def _woman(env: Env, alias: str) -> tuple[str, str]:
    """A woman with one case and two consents; returns (person id, woman code)."""
    vault = env.vault

    def make() -> tuple[str, str]:
        actor = vault.actor
        now = vault.clock.now()
        case = cases.create(
            vault.db, actor, Person(alias=alias), Case(assigned_to=actor.account_id), at=now
        )
        for service, purpose in ((ServiceType.CPI, "job search"), (ServiceType.HEALTH, "visit")):
            consents.record(
                vault.db,
                actor,
                Consent(
                    case.person_id,
                    service,
                    purpose,
                    date(2026, 1, 1),
                    date(2027, 1, 1),
                    ConsentMethod.WRITTEN,
                ),
                at=now,
            )
        code = vault.db.scalar("SELECT woman_code FROM persons WHERE id = ?", (case.person_id,))
        return case.person_id, str(code)

    return env.call(make)


def _view(qtbot: QtBot, env: Env) -> PrivacyView:
    view = PrivacyView(
        env.tasks, Privacy(env.vault), Administration(env.vault), desk=Casework(env.vault)
    )
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def test_the_register_matches_the_docs_and_exports_csv(
    qtbot: QtBot, env: Env, tmp_path: Path
) -> None:
    assert to_markdown() in (DOCS / "processing-register.md").read_text(encoding="utf-8")
    view = _view(qtbot, env)
    section = view.register
    assert section.model.rowCount() == len(PURPOSES)
    out = tmp_path / "register.csv"
    qtbot.keyClicks(section.file.edit, str(out))
    qtbot.mouseClick(section.export_button, CLICK)
    wait_status(qtbot, section.status, "ok")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == list(COLUMNS)
    assert [r[0] for r in rows[1:]] == [p.purpose for p in PURPOSES]
    assert all("Art." in r[1] or "art." in r[1] for r in rows[1:]), "every row has a legal basis"


def test_an_unwritable_export_path_is_a_sentence(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    view = _view(qtbot, env)
    section = view.register
    qtbot.keyClicks(section.file.edit, str(tmp_path / "no" / "such" / "dir" / "r.csv"))
    qtbot.mouseClick(section.export_button, CLICK)
    assert "could not be written" in wait_status(qtbot, section.status, "error")


def test_consent_register_lists_filters_and_withdraws(qtbot: QtBot, env: Env) -> None:
    person_a, code_a = _woman(env, "Demo Alfa")
    _woman(env, "Demo Beta")
    view = _view(qtbot, env)
    section = view.consents
    assert section is not None
    qtbot.waitUntil(lambda: section.model.rowCount() == 4, timeout=5_000)
    qtbot.keyClicks(section.code, code_a)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=5_000)
    assert {section.model.row_values(i)[0] for i in range(2)} == {code_a}
    assert "Demo Alfa" not in repr([section.model.row_values(i) for i in range(2)])
    section.table.selectRow(0)
    chosen = section.entries[0]
    qtbot.mouseClick(section.withdraw_button, CLICK)
    qtbot.waitUntil(lambda: not section.confirm.isHidden(), timeout=5_000)  # asks first
    assert code_a in section.confirm.message.text()
    assert "No referral was sent under it" in section.confirm.message.text()
    qtbot.mouseClick(section.confirm.yes, CLICK)
    wait_status(qtbot, section.status, "ok")
    qtbot.waitUntil(
        lambda: any(
            section.model.row_values(i)[6].startswith("Withdrawn")
            for i in range(section.model.rowCount())
        ),
        timeout=5_000,
    )
    assert env.call(consents.get, env.vault.db, chosen.id).withdrawn_at is not None
    last = env.call(audit.entries, env.vault.db)[-1]
    assert (last.action, last.entity_id) == ("consent.withdraw", person_a)


def test_her_data_is_exported_where_chosen(qtbot: QtBot, env: Env, tmp_path: Path) -> None:
    person, code = _woman(env, "Demo Gamma")
    view = _view(qtbot, env)
    section = view.subject
    assert section is not None
    qtbot.keyClicks(section.code, "NO-SUCH-CODE")
    out = tmp_path / "her-data.json"
    qtbot.keyClicks(section.file.edit, str(out))
    qtbot.mouseClick(section.export_button, CLICK)
    wait_status(qtbot, section.export_status, "error")
    assert not out.exists()
    section.code.clear()
    qtbot.keyClicks(section.code, code.lower())
    qtbot.mouseClick(section.export_button, CLICK)
    wait_status(qtbot, section.export_status, "ok")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["person_id"] == person
    assert doc["cases"][0]["person"]["alias"] == "Demo Gamma"
    assert len(doc["cases"][0]["consents"]) == 2
    assert out.stat().st_mode & 0o077 == 0, "written private"
    entries = env.call(audit.entries, env.vault.db)
    assert ("person.access_export", person) in [(e.action, e.entity_id) for e in entries]


def test_erasure_needs_her_code_typed_and_keeps_only_ids(qtbot: QtBot, env: Env) -> None:
    person, code = _woman(env, "Demo Delta")
    _woman(env, "Demo Epsilon")
    view = _view(qtbot, env)
    view.tabs.setCurrentIndex(view.section_titles().index("Her rights"))
    section = view.subject
    assert section is not None
    qtbot.keyClicks(section.code, code)
    qtbot.mouseClick(section.erase_button, CLICK)
    assert section.confirm.isVisible()
    assert "cannot be undone" in section.confirm.message.text()
    assert not section.confirm.yes.isEnabled()
    qtbot.keyClicks(section.confirm.word, code[:-1])
    assert not section.confirm.yes.isEnabled()
    qtbot.keyClicks(section.confirm.word, code[-1])
    assert section.confirm.yes.isEnabled()
    qtbot.mouseClick(section.confirm.yes, CLICK)
    assert "1 cases" in wait_status(qtbot, section.erase_status, "ok")
    db = env.vault.db
    assert env.call(db.scalar, "SELECT count(*) FROM persons WHERE id = ?", (person,)) == 0
    assert env.call(db.scalar, "SELECT count(*) FROM consents WHERE person_id = ?", (person,)) == 0
    assert env.call(db.scalar, "SELECT count(*) FROM persons") == 1, "the other woman stays"
    entries = env.call(audit.entries, db)
    assert (entries[-1].action, entries[-1].entity_id) == ("person.erase", person)
    assert code not in repr(entries)
    assert "Delta" not in repr(entries)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.COORDINATRICE, ["Processing register", "Consents", "Retention", "Her rights"]),
        (Role.OPERATRICE, ["Processing register"]),
    ],
)
def test_privacy_sections_by_role(qtbot: QtBot, env: Env, role: Role, expected: list[str]) -> None:
    vault = env.as_role(role, "someone")
    view = PrivacyView(env.tasks, Privacy(vault), Administration(vault), desk=Casework(vault))
    qtbot.addWidget(view)
    assert view.section_titles() == expected
    env.call(vault.lock)
