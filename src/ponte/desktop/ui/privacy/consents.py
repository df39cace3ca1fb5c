"""The centre's consent register: every consent with its scope, recipient and dates, paged
in SQL, narrowed by woman code; a consent can be withdrawn — with every referral sent under
it, after one question naming them (``Casework.revocation``; audited by storage)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ponte.app.casework import Casework, Revocation
from ponte.app.privacy import ConsentEntry, ConsentPage, Privacy
from ponte.core.enums import ServiceType
from ponte.core.errors import PonteError
from ponte.core.labels import label
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.tables import Pager, RowsModel, selected_row, table
from ponte.desktop.ui.admin.widgets import (
    ConfirmBar,
    OwnedTasks,
    StatusLine,
    buddy,
    explanation,
    title,
)
from ponte.desktop.ui.common import fmt_day
from ponte.desktop.ui.revocation import question

PAGE = 100
FILTER_DELAY_MS = 250


def service_label(code: str) -> str:
    """The service type in the UI language (the code itself if unknown)."""
    try:
        member = ServiceType(code)
    except ValueError:
        return code
    italian = QLocale().language() == QLocale.Language.Italian
    return label(member, "it" if italian else "en")


class ConsentRegisterSection(QWidget):
    withdrawn = Signal()  # referrals may have been withdrawn: a withdrawal waits to leave

    def __init__(
        self,
        tasks: TaskRunner,
        privacy: Privacy,
        parent: QWidget | None = None,
        *,
        desk: Casework,
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.privacy = privacy
        self.desk = desk  # withdrawing a consent withdraws what it covered (Casework)
        self.entries: list[ConsentEntry] = []
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. K7QF-3M2X"))
        self.code.setClearButtonEnabled(True)
        self.model = RowsModel(
            [
                self.tr("Woman code"),
                self.tr("Service"),
                self.tr("Recipient"),
                self.tr("Purpose"),
                self.tr("Given"),
                self.tr("Expires"),
                self.tr("State"),
            ],
            self,
        )
        self.table = table(self.model, self.tr("Consents"))
        self.pager = Pager(PAGE)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"))
        self.withdraw_button.setEnabled(False)
        self.confirm = ConfirmBar()
        self.confirm.message.setTextFormat(Qt.TextFormat.PlainText)
        self.status = StatusLine()
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("&Woman code"), self.code))
        row.addWidget(self.code, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.withdraw_button)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Consent register")))
        box.addWidget(
            explanation(
                self.tr(
                    "Every consent recorded in the centre: for which service and recipient, for "
                    "what purpose, when it was given and when it expires. Withdrawing a consent "
                    "stops any further sending at once and withdraws the referrals sent under "
                    "it: each service is told and no longer sees her details."
                )
            )
        )
        box.addLayout(row)
        box.addWidget(self.table, 1)
        box.addWidget(self.pager)
        box.addLayout(actions)
        box.addWidget(self.confirm)
        box.addWidget(self.status)
        self.code.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.pager.page_requested.connect(self.load)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.confirm.confirmed.connect(self._on_confirm_confirmed)
        self.load(0)

    def _on_timer_timeout(self) -> None:
        self.load(0)

    def load(self, offset: int) -> None:
        privacy, desk, code = self.privacy, self.desk, self.code.text()

        def fetch() -> tuple[ConsentPage, dict[str, str]]:
            page = privacy.consent_page(code, offset=offset, limit=PAGE)
            recipients = {e.recipient for e in page.entries if e.recipient}
            return page, {r: desk.member_name(r) for r in recipients}  # names, not ids

        self.tasks.run(fetch, self._show, self.status.error)

    def state(self, entry: ConsentEntry, today: date) -> str:
        if entry.withdrawn_at:
            return self.tr("Withdrawn %1").replace("%1", fmt_day(entry.withdrawn_at))
        if entry.expires_on < today.isoformat():
            return self.tr("Expired")
        return self.tr("Valid")

    def _show(self, fetched: tuple[ConsentPage, dict[str, str]]) -> None:
        page, names = fetched
        today = self.privacy.today()
        self.entries = page.entries
        self.model.set_rows(
            [
                [
                    e.woman_code,
                    service_label(e.service_type),
                    names.get(e.recipient, e.recipient) or self.tr("any of this service"),
                    e.purpose,
                    fmt_day(e.given_on),
                    fmt_day(e.expires_on),
                    self.state(e, today),
                ]
                for e in page.entries
            ],
            [e.id for e in page.entries],
        )
        self.pager.show_page(page.offset, len(page.entries), page.total)
        self._on_selection_changed()

    def _selected(self) -> ConsentEntry | None:
        row = selected_row(self.table)
        return self.entries[row] if row is not None else None

    def _on_selection_changed(self, *_: object) -> None:
        chosen = self._selected()
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawn_at is None)

    def _on_withdraw_button_clicked(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        desk, consent_id = self.desk, chosen.id

        def ask(rev: Revocation) -> None:
            who = self.tr("Woman %1.").replace("%1", chosen.woman_code)
            self.confirm.ask(f"{who} {question(rev)}", self.tr("Withdraw"))

        self.tasks.run(lambda: desk.revocation(consent_id), ask, self._failed)

    def _on_confirm_confirmed(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        desk, consent_id = self.desk, chosen.id

        def done(_: object) -> None:
            self.status.ok(self.tr("Consent withdrawn."))
            self.withdrawn.emit()
            self.load(self.pager.offset)

        self.tasks.run(lambda: desk.withdraw_consent(consent_id), done, self._failed)

    def _failed(self, exc: PonteError) -> None:
        self.status.error(exc)
