"""ConflictsView: a case's open conflicts, both values side by side, a person decides.

Each side says what was written, by whom, when and on which workstation. "Keep this" /
"Keep that" settle the field with that side's value; "Use this text" writes a new one.
Resolving is an ordinary edit that replicates, so the conflict closes on every device.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.replication import Conflict, Replication, Side
from ponte.core.errors import PonteError
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.common import fmt_when
from ponte.desktop.ui.conflicts.labels import FREE_TEXT, field_label, shown


class SideBox(QGroupBox):
    """One version of the field: the value and who wrote it, when, where."""

    def __init__(self, title: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value = QLabel()
        self.value.setWordWrap(True)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.value.setFont(font)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.keep = QPushButton(button_text)
        self.keep.setAccessibleName(button_text)
        box = QVBoxLayout(self)
        box.addWidget(self.value)
        box.addWidget(self.who)
        box.addStretch(1)
        box.addWidget(self.keep)

    def show_side(self, side: Side) -> None:
        self.value.setText(shown(side.value))
        who = side.actor_name or self.tr("an account of that workstation")
        device = side.device_name or side.device[-8:]
        when = fmt_when(side.at) or "?"
        self.who.setText(
            self.tr("Written by %1 on %2, on %3")
            .replace("%1", who)
            .replace("%2", device)
            .replace("%3", when)
        )


class ConflictsView(QWidget):
    conflict_resolved = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        replication: Replication,
        case_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.replication = replication
        self.case_id = case_id
        self.conflicts: list[Conflict] = []
        self.title = QLabel(self.tr("Edits that disagree"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.intro = QLabel(
            self.tr(
                "Two workstations changed the same field while they were not connected. "
                "Nothing was lost: both versions are kept until you choose."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setMaximumWidth(300)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.field = QLabel()
        self.this = SideBox(self.tr("This version"), self.tr("Keep this"))
        self.that = SideBox(self.tr("That version"), self.tr("Keep that"))
        self.this.keep.clicked.connect(lambda: self._keep(0))
        self.that.keep.clicked.connect(lambda: self._keep(1))
        self.more = QLabel()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("New value"))
        self.edit.setPlaceholderText(self.tr("Or write the right value…"))
        edit_label = QLabel(self.tr("&New value:"))
        edit_label.setBuddy(self.edit)
        self.use_edit = QPushButton(self.tr("Use this text"))
        self.use_edit.clicked.connect(self._on_use_edit_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Status"))
        sides = QHBoxLayout()
        sides.addWidget(self.this)
        sides.addWidget(self.that)
        edit_row = QHBoxLayout()
        edit_row.addWidget(edit_label)
        edit_row.addWidget(self.edit, 1)
        edit_row.addWidget(self.use_edit)
        detail = QVBoxLayout()
        detail.addWidget(self.field)
        detail.addLayout(sides, 1)
        detail.addWidget(self.more)
        detail.addLayout(edit_row)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(detail, 2)
        root = QVBoxLayout(self)
        root.addWidget(self.title)
        root.addWidget(self.intro)
        root.addLayout(body, 1)
        root.addWidget(self.status)
        self._show(None)

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        case_id = self.case_id
        self.runner.run(
            lambda: self.replication.conflicts(case_id), self._on_loaded, self._on_error
        )

    def _on_loaded(self, found: Any) -> None:
        self.conflicts = list(found)
        self.list.clear()
        for c in self.conflicts:
            QListWidgetItem(field_label(c.tbl, c.col), self.list)
        if self.conflicts:
            self.list.setCurrentRow(0)
            self.status.setText(
                self.tr("Open conflicts: %1").replace("%1", str(len(self.conflicts)))
            )
        else:
            self._show(None)
            self.status.setText(self.tr("No conflicts: every workstation agrees."))

    def _on_error(self, exc: PonteError) -> None:
        self.status.setText(error_text(exc))

    # ------------------------------------------------------------ showing
    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show(self.current())

    def _show(self, conflict: Conflict | None) -> None:
        enabled = conflict is not None
        for w in (self.this, self.that, self.edit, self.use_edit):
            w.setEnabled(enabled)
        if conflict is None:
            self.field.setText("")
            self.this.value.setText("")
            self.that.value.setText("")
            self.this.who.setText("")
            self.that.who.setText("")
            self.more.setText("")
            return
        self.field.setText(
            self.tr("Field: %1").replace("%1", field_label(conflict.tbl, conflict.col))
        )
        self.this.show_side(conflict.sides[0])
        self.that.show_side(conflict.sides[1])
        extra = len(conflict.sides) - 2
        self.more.setText(
            self.tr("Other versions: %1. Choosing one settles them all.").replace("%1", str(extra))
            if extra > 0
            else ""
        )
        free = (conflict.tbl, conflict.col) in FREE_TEXT
        self.edit.setEnabled(free)
        self.use_edit.setEnabled(free)
        self.edit.setText(str(conflict.sides[0].value or "") if free else "")

    # ------------------------------------------------------------ deciding
    def _keep(self, index: int) -> None:
        conflict = self.current()
        if conflict is not None:
            self._resolve(conflict, conflict.sides[index].value)

    def _on_use_edit_clicked(self) -> None:
        conflict = self.current()
        if conflict is not None and self.edit.text().strip():
            self._resolve(conflict, self.edit.text().strip())

    def _resolve(self, conflict: Conflict, value: Any) -> None:
        self.status.setText(self.tr("Saving…"))

        def done(_: object) -> None:
            self.status.setText(self.tr("Saved. The other workstations get it at their next sync."))
            self.conflict_resolved.emit()
            self.refresh()

        self.runner.run(lambda: self.replication.resolve(conflict, value), done, self._on_error)
