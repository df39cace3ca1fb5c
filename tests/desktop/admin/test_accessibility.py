"""Every input on the admin and privacy screens has a name a screen reader can say, and
every form label points at its field."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ponte.app.administration import Administration
from ponte.app.casework import Casework
from ponte.app.privacy import Privacy
from ponte.desktop.ui.admin.view import AdminView
from ponte.desktop.ui.privacy.view import PrivacyView
from tests.desktop.admin.conftest import Env


def _unnamed(root: QWidget) -> list[str]:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QTableView)
    missing = []
    for kind in kinds:
        for w in root.findChildren(kind):
            if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
                continue  # the spin box or combo box carries the name
            if not w.accessibleName().strip():
                missing.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return missing


def _mnemonic_labels_without_buddy(root: QWidget) -> list[str]:
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if "&" in label.text() and label.buddy() is None
    ]


def test_admin_and_privacy_inputs_are_named(qtbot: QtBot, env: Env) -> None:
    admin = AdminView(env.tasks, Administration(env.vault), env.settings)
    privacy = PrivacyView(
        env.tasks, Privacy(env.vault), Administration(env.vault), desk=Casework(env.vault)
    )
    for view in (admin, privacy):
        qtbot.addWidget(view)
        assert _unnamed(view) == []
        assert _mnemonic_labels_without_buddy(view) == []
