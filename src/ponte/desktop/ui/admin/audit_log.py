"""The activity log (audit log) viewer: filter by action and date, newest first, paged in
SQL, every entry in words (``audit_words.py``), and the check that no entry was changed."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.administration import Administration, AuditFilter, AuditPage, ChainResult
from ponte.core.errors import PonteError
from ponte.desktop.access.reflow import SideBySide, letters_wide
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin import audit_words
from ponte.desktop.ui.admin.tables import Pager, RowsModel, table
from ponte.desktop.ui.admin.widgets import OwnedTasks, StatusLine, explanation, title
from ponte.desktop.ui.common import fmt_n, fmt_when

PAGE = 100


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setEnabled(False)
    return edit


class AuditSection(QWidget):
    def __init__(
        self, tasks: TaskRunner, admin: Administration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.admin = admin
        self.names: dict[str, str] = {}
        self.action = letters_wide(QComboBox(), 20)
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("Every action"), "")
        self.use_since = QCheckBox(self.tr("&From"))
        self.since = _date_edit()
        self.since.setAccessibleName(self.tr("From date"))
        self.use_until = QCheckBox(self.tr("&To"))
        self.until = _date_edit()
        self.until.setAccessibleName(self.tr("To date"))
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_until.toggled.connect(self.until.setEnabled)
        self.apply_button = QPushButton(self.tr("&Show"))
        self.model = RowsModel(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Details"),
            ],
            self,
        )
        self.table = table(self.model, self.tr("Activity log"))
        self.table.setWordWrap(False)  # one line per entry; the full text is in the tooltip
        self.pager = Pager(PAGE)
        self.verify_button = QPushButton(self.tr("&Check that the log is intact"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleDescription(self.tr("Result of the check"))
        self.result.hide()
        self.status = StatusLine()
        action_label = QLabel(self.tr("&Action"))
        action_label.setBuddy(self.action)
        which, when = QWidget(), QWidget()
        which_row, when_row = QHBoxLayout(which), QHBoxLayout(when)
        for row in (which_row, when_row):
            row.setContentsMargins(0, 0, 0, 0)
        which_row.addWidget(action_label)
        which_row.addWidget(self.action, 1)
        for w in (self.use_since, self.since, self.use_until, self.until, self.apply_button):
            when_row.addWidget(w)
        when_row.addStretch(1)
        filters = SideBySide(which, when)  # the dates under the action when narrow
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.result, 1)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Activity log")))
        box.addWidget(
            explanation(
                self.tr(
                    "Every sign-in, change and export is recorded with ids and counts, never a "
                    "name. Each entry seals the one before it, so a changed or removed entry "
                    "breaks the chain."
                )
            )
        )
        box.addWidget(filters)
        box.addWidget(self.table, 1)
        box.addWidget(self.pager)
        box.addLayout(verify_row)
        box.addWidget(self.status)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.action.activated.connect(self._on_apply_button_clicked)
        self.pager.page_requested.connect(self.load)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self._load_lists()
        self.load(0)

    def _load_lists(self) -> None:
        def done(result: tuple[list[str], dict[str, str]]) -> None:
            actions, self.names = result
            groups = audit_words.families()
            families = sorted({a.split(".")[0] + "." for a in actions if "." in a})
            for family in families:
                group = groups.get(family, family)
                self.action.addItem(self.tr("Everything about %1").replace("%1", group), family)
            for action in sorted(actions, key=audit_words.action_text):
                self.action.addItem(audit_words.action_text(action), action)

        self.tasks.run(self.admin.audit_choices, done, self.status.error)

    def current_filter(self) -> AuditFilter:
        since = self.since.date().toPython() if self.use_since.isChecked() else None
        until = self.until.date().toPython() if self.use_until.isChecked() else None
        return AuditFilter(str(self.action.currentData() or ""), since, until)  # type: ignore[arg-type]

    def _on_apply_button_clicked(self, *_: object) -> None:
        self.load(0)

    def load(self, offset: int) -> None:
        admin, f = self.admin, self.current_filter()
        self.tasks.run(
            lambda: admin.audit_page(f, offset=offset, limit=PAGE),
            self._show,
            self.status.error,
        )

    def _show(self, page: AuditPage) -> None:
        rows = [
            [
                fmt_n(e.seq),
                fmt_when(e.at),
                self.names.get(e.actor, self._someone(e.actor)),
                audit_words.action_text(e.action),
                audit_words.record_text(e.entity, e.entity_id),
                audit_words.detail_text(e.action, e.detail),
            ]
            for e in page.entries
        ]
        self.model.set_rows(rows, [str(e.seq) for e in page.entries])
        self.pager.show_page(page.offset, len(page.entries), page.total)

    def _someone(self, actor: str) -> str:
        return {
            "system": self.tr("Ponte itself"),
            "sync": self.tr("Ponte (sending and receiving)"),
        }.get(actor, actor[:8])

    def _on_verify_button_clicked(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Verifying every entry…"))
        self.result.show()
        self.tasks.run(
            self.admin.verify_audit_chain,
            self._verified,
            self._verify_failed,
        )

    def _verified(self, result: ChainResult) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            self.result.setStyleSheet("color: #1b6e20; font-weight: bold;")
            self.result.setText(
                self.tr("Intact: all %1 entries follow one another unchanged.").replace(
                    "%1", fmt_n(result.count)
                )
            )
            self.load(0)
        else:
            self.result.setStyleSheet(
                "color: white; background: #a11; font-weight: bold; padding: 4px;"
            )
            self.result.setText(
                self.tr(
                    "BROKEN: the log was altered or damaged. Keep this computer as it is, "
                    "do not delete anything, and ask for help."
                )
            )
            self.result.setToolTip(result.problem)  # for whoever helps: where it broke

    def _verify_failed(self, exc: PonteError) -> None:
        self.verify_button.setEnabled(True)
        self.result.hide()
        self.status.error(exc)
