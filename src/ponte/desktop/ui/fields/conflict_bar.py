"""A centre field's definition written two ways on two workstations at once: both values,
who wrote each and where, and a button to keep each (nothing was lost meanwhile)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ponte.app.forms import DefinitionConflict


class ConflictBar(QFrame):
    """One definition written two ways on two workstations: both values, keep one."""

    def __init__(self, resolve: Callable[[DefinitionConflict, object], None]) -> None:
        super().__init__()
        self.resolve = resolve
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ConflictBar { background: #fff4e5; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QHBoxLayout()
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addLayout(self.buttons)
        self.hide()

    def show_conflicts(self, conflicts: list[DefinitionConflict], names: dict[str, str]) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        if not conflicts:
            self.hide()
            return
        c = conflicts[0]
        name = names.get(c.field_key, c.field_key)
        lines = [
            self.tr(
                "“%1” was changed on two workstations at the same time. Nothing was lost: "
                "choose the version to keep (%2 left to settle)."
            )
            .replace("%1", name)
            .replace("%2", str(len(conflicts)))
        ]
        for side in c.sides:
            shown = str(side.value) if side.value not in (None, "") else self.tr("(empty)")
            lines.append(
                self.tr("• “%1”, by %2 on %3").replace("%1", shown).replace("%2", side.who)
                .replace("%3", side.device)
            )  # fmt: skip
            button = QPushButton(self.tr("Keep “%1”").replace("%1", shown[:40]))
            button.clicked.connect(lambda _=False, v=side.value: self.resolve(c, v))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.text.setText("\n".join(lines))
        self.show()
