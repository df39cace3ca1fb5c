"""The largest document a case may hold: shown, changed by the amministratrice, enforced."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ponte.app.administration import Administration
from ponte.core.domain import Case, Person
from ponte.core.enums import DocumentKind
from ponte.core.errors import DocumentTooLarge
from ponte.desktop.ui.admin.documents_limit import MIB, DocumentsLimitSection
from ponte.storage import cases, documents

from .conftest import Env


def test_the_limit_is_shown_changed_and_enforced(qtbot: QtBot, env: Env) -> None:
    view = DocumentsLimitSection(env.tasks, Administration(env.vault))
    qtbot.addWidget(view)
    shown = env.call(lambda: documents.max_bytes(env.vault.db)) // MIB
    qtbot.waitUntil(lambda: view.limit.value() == shown)
    assert shown == 25
    view.limit.setValue(1)
    view.save.click()
    qtbot.waitUntil(lambda: "1 MB" in view.status.text(), timeout=5_000)
    vault = env.vault

    def add_two_megabytes() -> None:
        actor = vault.actor
        case = cases.create(vault.db, actor, Person(alias="Prova"), Case(), at=vault.clock.now())
        png = b"\x89PNG\r\n\x1a\n" + b"\x00" * (2 * MIB)
        documents.add_bytes(
            vault.db, actor, case.id, png, "scan.png", DocumentKind.OTHER, at=vault.clock.now()
        )

    with pytest.raises(DocumentTooLarge):
        env.call(add_two_megabytes)
    assert env.call(lambda: documents.max_bytes(vault.db)) == MIB
