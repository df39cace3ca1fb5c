"""A partner service's side: referrals received, what they say, and the answer to send.

The worker at the job centre (or the consultorio, the social services…) sees each referral
under the pseudonym the centre made for her service, with the fields the woman consented
to, and answers: accepted, declined, in progress, done — with a short note for the centre
and the date of the next appointment if she writes them. The answer travels back sealed.
Which answers are possible now is the referral state machine's to say (``core/lifecycle``).
A referral the centre withdrew says so and shows none of her details: they were deleted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework, InboxRow
from ponte.core.enums import ReferralStatus, ServiceType, Urgency
from ponte.core.labels import label
from ponte.core.lifecycle import may_answer
from ponte.core.outcomes import OUTCOME_SERVICES
from ponte.core.payloads import NOTE_MAX_CHARS
from ponte.core.templates import field_title, plain_value
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.tabs import fill, selected_key, table
from ponte.desktop.ui.common import (
    DECLINE_REASONS,
    DeskPage,
    date_edit,
    fmt_day,
    py_date,
    reason_text,
    ui_lang,
)
from ponte.desktop.ui.documents.view import DocumentsView
from ponte.desktop.ui.outcomes.said import SaidBox
from ponte.desktop.ui.workspace import Holder

ANSWERS = (
    ReferralStatus.ACCEPTED,
    ReferralStatus.IN_PROGRESS,
    ReferralStatus.DONE,
    ReferralStatus.DECLINED,
)
Received = tuple[list[InboxRow], dict[str, str]]


def _key(row: InboxRow) -> str:
    """A received referral's key in the list: its sender and packet id (ids are unique per
    sender only; a packet id holds no "/")."""
    return f"{row.sender}/{row.packet_id}"


class PartnerView(DeskPage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.rows: dict[str, InboxRow] = {}
        self.list = table(
            [
                self.tr("Received"),
                self.tr("From"),
                self.tr("Her name here"),
                self.tr("Urgency"),
                self.tr("State"),
            ],
            self.tr("Referrals received"),
        )
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QGroupBox(self.tr("Referral"))
        self.detail_form = QFormLayout(self.detail)
        self.withdrawn_notice = QLabel(
            self.tr(
                "The centre withdrew this referral: her consent is no longer valid. Her details "
                "and any document were deleted from this workstation. Only her name here, the "
                "dates and your answers are kept, as the law requires."
            )
        )
        self.withdrawn_notice.setWordWrap(True)
        self.withdrawn_notice.setStyleSheet(
            "background: #fff4e5; border: 1px solid #b35c00; padding: 6px;"
        )
        self.withdrawn_notice.hide()
        self.buttons: dict[str, QPushButton] = {}
        words = {
            ReferralStatus.ACCEPTED: self.tr("Accept"),
            ReferralStatus.IN_PROGRESS: self.tr("Report: in progress"),
            ReferralStatus.DONE: self.tr("Report: done"),
            ReferralStatus.DECLINED: self.tr("Decline"),
        }
        row = QHBoxLayout()
        row.addStretch(1)
        for status in ANSWERS:
            b = QPushButton(words[status])
            b.setEnabled(False)
            b.clicked.connect(lambda _=False, s=status.value: self._answer(s))
            self.buttons[status.value] = b
            row.addWidget(b)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX_CHARS)
        self.note.setPlaceholderText(self.tr("e.g. first meeting booked"))
        self.note.setAccessibleName(self.tr("Note for the centre"))
        self.appointment_on = QCheckBox(self.tr("Next appointment"))
        self.appointment = date_edit()
        self.appointment.setAccessibleName(self.tr("Date of the next appointment"))
        self.appointment.setEnabled(False)
        self.appointment_on.toggled.connect(self.appointment.setEnabled)
        writes = QFormLayout()
        writes.addRow(self.tr("Note for the centre (optional)"), self.note)
        when = QHBoxLayout()
        when.addWidget(self.appointment_on)
        when.addWidget(self.appointment)
        when.addStretch(1)
        writes.addRow(when)
        self.attached = Holder()
        self.said = SaidBox()  # what came of it: a course, a tirocinio, a hiring (issue 21)
        self.said.hide()
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.addWidget(self.withdrawn_notice)
        rbox.addWidget(self.detail, 1)
        rbox.addWidget(self.attached)
        rbox.addWidget(self.said)
        rbox.addLayout(writes)
        rbox.addLayout(row)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([520, 420])
        box = QVBoxLayout(self)
        box.addWidget(
            QLabel(
                self.tr(
                    "Referrals sent to this service by the anti-violence centres. Contact her only through the centre."
                )
            )
        )
        box.addWidget(self.error)
        box.addWidget(split, 1)

    def state_text(self, state: str) -> str:
        return {
            ReferralStatus.DELIVERED.value: self.tr("new"),
            "accepted": self.tr("accepted"),
            "declined": self.tr("declined"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
            "withdrawn": self.tr("withdrawn by her"),
        }.get(state, state)

    def refresh(self) -> None:
        def load(d: Casework) -> Received:
            rows = [r for r in d.inbox("referral") if r.payload is not None]
            return rows, {s: d.member_name(s) for s in {r.sender for r in rows}}

        self.call(load, self._show)

    def _show(self, received: Received) -> None:
        rows, names = received
        self.rows = {_key(r): r for r in rows}
        lang = ui_lang()
        table_rows = []
        for r in rows:
            p: dict[str, Any] = r.payload or {}
            urgency = label(Urgency(p.get("urgency", "routine")), lang)
            table_rows.append(
                [
                    fmt_day(r.received_at),
                    names.get(r.sender, r.sender),
                    str(p.get("pseudonym", "")),
                    urgency,
                    self.state_text(r.state),
                ]
            )
        fill(self.list, table_rows, [_key(r) for r in rows])
        self._on_selection()

    def _on_selection(self) -> None:
        while self.detail_form.rowCount():
            self.detail_form.removeRow(0)
        self.attached.drop()
        row = self.rows.get(selected_key(self.list) or "")
        state = ReferralStatus(row.state) if row is not None else None
        for status, b in self.buttons.items():
            b.setEnabled(state is not None and may_answer(state, ReferralStatus(status)))
        self.appointment.setMinimumDate(QDate.currentDate())
        withdrawn = state is ReferralStatus.WITHDRAWN
        self.withdrawn_notice.setVisible(withdrawn)
        self.detail.setVisible(not withdrawn)
        for w in (self.note, self.appointment_on):
            w.setEnabled(state is not None and not withdrawn)
        self.said.setVisible(
            row is not None
            and not withdrawn
            and row.payload is not None
            and row.payload.get("service_type") in OUTCOME_SERVICES
        )
        if row is None or row.payload is None or withdrawn:
            return
        lang, p = ui_lang(), row.payload
        self.detail_form.addRow(self.tr("Purpose"), QLabel(str(p.get("purpose", ""))))
        self.detail_form.addRow(
            self.tr("Service"), QLabel(label(ServiceType(p["service_type"]), lang))
        )
        consent = p.get("consent", {})
        self.detail_form.addRow(
            self.tr("Her consent valid until"), QLabel(fmt_day(consent.get("expires")))
        )
        self.detail_form.addRow(
            self.tr("Contact"), QLabel(self.tr("through the centre that sent it"))
        )
        for key, value in sorted(p.get("fields", {}).items()):
            title = field_title(key, lang)
            text = QLabel(plain_value(key, value, lang))
            text.setWordWrap(True)
            self.detail_form.addRow(title, text)
        if "attachment" in p and self.desk is not None:  # kept as a document of this referral
            received = (row.sender, row.packet_id)
            docs = DocumentsView(self.runner, self.desk.documents, received_from=received)
            docs.setMaximumHeight(220)
            self.attached.set_content(docs)
            docs.refresh()

    def decline_reasons(self) -> dict[str, str]:
        return {code: reason_text(code) for code in DECLINE_REASONS}

    def ask_reason(self) -> str | None:
        """Why declined, as a code both sides translate; None when she cancels."""
        reasons = self.decline_reasons()
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Decline"),
            self.tr("Why is the referral declined?"),
            list(reasons.values()),
            0,
            False,
        )
        if not ok:
            return None
        return next(code for code, label in reasons.items() if label == text)

    def _answer(self, status: str, reason: str | None = None) -> None:
        row = self.rows.get(selected_key(self.list) or "")
        if row is None:
            return
        packet_id, sender = row.packet_id, row.sender
        if status == "declined" and reason is None:
            reason = self.ask_reason()
            if reason is None:
                return
        note = self.note.text()
        when: date | None = None
        if self.appointment_on.isChecked() and status in ("accepted", "in_progress"):
            when = py_date(self.appointment)
        said = self.said.value() if status in ("in_progress", "done") else None
        self.call(
            lambda d: d.respond(
                packet_id,
                status,
                reason,
                sender=sender,
                note=note,
                next_appointment=when,
                said=said,
            ),
            self._answered,
        )

    def _answered(self, _packet_id: object) -> None:
        self.note.clear()
        self.appointment_on.setChecked(False)
        self.said.reset()
        self.packet_queued.emit()
        self.refresh()

    def clear(self) -> None:
        self.rows = {}
        fill(self.list, [])
        self.note.clear()
        self.appointment_on.setChecked(False)
        self._on_selection()
        super().clear()
