"""Retention: how long each kind of record is kept, a purge preview, then the purge.

Shared by the administration screen and the privacy screen. The preview counts what the
purge would remove with the periods shown; the purge button is armed only by a preview
of exactly those periods, and asks for confirmation.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ponte.app.administration import (
    MAX_RETENTION_DAYS,
    MIN_RETENTION_DAYS,
    Administration,
    PurgeCounts,
    RetentionPolicy,
)
from ponte.core.errors import PonteError
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import (
    ConfirmBar,
    OwnedTasks,
    StatusLine,
    buddy,
    explanation,
    title,
)
from ponte.desktop.ui.common import fmt_n


def _days(maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(MIN_RETENTION_DAYS, maximum)
    spin.setSingleStep(30)
    spin.setMaximumWidth(180)
    return spin


class RetentionPanel(QWidget):
    def __init__(
        self, tasks: TaskRunner, admin: Administration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.admin = admin
        self.previewed: RetentionPolicy | None = None
        self.counts: PurgeCounts | None = None
        self.cases_days = _days(MAX_RETENTION_DAYS)
        self.cases_days.setSuffix(self.tr(" days"))
        self.packet_days = _days(MAX_RETENTION_DAYS)
        self.packet_days.setSuffix(self.tr(" days"))
        self.save_button = QPushButton(self.tr("&Save periods"))
        self.preview_button = QPushButton(self.tr("&Preview a purge"))
        self.purge_button = QPushButton(self.tr("P&urge…"))
        self.purge_button.setEnabled(False)
        self.preview_text = QLabel()
        self.preview_text.setWordWrap(True)
        self.preview_text.setAccessibleDescription(self.tr("Purge preview"))
        self.confirm = ConfirmBar()
        self.status = StatusLine()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: under its label
        form.addRow(
            buddy(self.tr("&Closed cases, after closure"), self.cases_days), self.cases_days
        )
        form.addRow(
            buddy(self.tr("Sealed copies of &sent packets"), self.packet_days), self.packet_days
        )
        form.addRow(
            self.tr("Consents"), explanation(self.tr("Kept with the case; removed with it."))
        )
        form.addRow(
            self.tr("Audit log"),
            explanation(self.tr("Kept for good: it holds ids and counts only, never a name.")),
        )
        form.addRow(
            self.tr("Backups"), explanation(self.tr("Outside the vault: delete old files by hand."))
        )
        periods = QGroupBox(self.tr("Retention periods"))
        periods.setLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.purge_button)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Retention")))
        box.addWidget(
            explanation(
                self.tr(
                    "Personal data is kept no longer than needed (GDPR art. 5(1)(e)). A purge "
                    "removes what is older than these periods, for good; preview it first."
                )
            )
        )
        box.addWidget(periods)
        box.addLayout(buttons)
        box.addWidget(self.preview_text)
        box.addWidget(self.confirm)
        box.addWidget(self.status)
        box.addStretch(1)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.confirm.confirmed.connect(self._on_confirm_confirmed)
        self.cases_days.valueChanged.connect(self._disarm)
        self.packet_days.valueChanged.connect(self._disarm)
        self.refresh()

    def policy(self) -> RetentionPolicy:
        return RetentionPolicy(self.cases_days.value(), self.packet_days.value())

    def refresh(self) -> None:
        self.tasks.run(self.admin.retention_policy, self._show_policy, self.status.error)

    def _show_policy(self, policy: RetentionPolicy) -> None:
        self.cases_days.setValue(policy.closed_case_days)
        self.packet_days.setValue(policy.sent_packet_days)
        self._disarm()

    def _disarm(self, *_: object) -> None:
        self.previewed = None
        self.purge_button.setEnabled(False)
        self.preview_text.clear()
        self.confirm.hide()

    def _on_save_button_clicked(self) -> None:
        admin, policy = self.admin, self.policy()

        def save() -> None:
            admin.save_retention_policy(policy)

        self.tasks.run(
            save, lambda _: self.status.ok(self.tr("Retention periods saved.")), self.status.error
        )

    def _on_preview_button_clicked(self) -> None:
        admin, policy = self.admin, self.policy()

        def done(counts: PurgeCounts) -> None:
            self.previewed, self.counts = policy, counts
            self.preview_text.setText(self.describe(counts))
            self.purge_button.setEnabled(not counts.empty)

        self.status.hide()
        self.tasks.run(
            lambda: admin.purge_preview(policy),
            done,
            self.status.error,
        )

    def describe(self, counts: PurgeCounts) -> str:
        if counts.empty:
            return self.tr("A purge now would remove nothing.")
        return (
            self.tr(
                "A purge now would remove %1 closed cases (and %2 women's records left with no "
                "case) and %3 sealed packet copies."
            )
            .replace("%1", fmt_n(counts.cases))
            .replace("%2", fmt_n(counts.persons))
            .replace("%3", fmt_n(counts.packets))
        )

    def _on_purge_button_clicked(self) -> None:
        if self.counts is None:
            return
        self.confirm.ask(
            self.describe(self.counts) + " " + self.tr("This cannot be undone."),
            self.tr("Purge now"),
        )

    def _on_confirm_confirmed(self) -> None:
        admin, policy = self.admin, self.previewed
        if policy is None:
            return

        def purge() -> PurgeCounts:
            return admin.purge(policy)

        def done(counts: PurgeCounts) -> None:
            self._disarm()
            self.status.ok(
                self.tr("Purged: %1 cases, %2 women's records, %3 packet copies.")
                .replace("%1", fmt_n(counts.cases))
                .replace("%2", fmt_n(counts.persons))
                .replace("%3", fmt_n(counts.packets))
            )

        self.purge_button.setEnabled(False)
        self.tasks.run(purge, done, self._failed)

    def _failed(self, exc: PonteError) -> None:
        self._disarm()
        self.status.error(exc)
