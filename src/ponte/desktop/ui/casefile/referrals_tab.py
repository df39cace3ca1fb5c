"""A case's referrals: where she was sent, what the service answered (its note, the next
appointment); compose, or withdraw — which withdraws her consent and every referral sent
under it, after one question that names them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout

from ponte.app.casework import Answer, CaseBundle, Revocation
from ponte.core.enums import ReferralStatus
from ponte.desktop.ui.admin.widgets import ConfirmBar
from ponte.desktop.ui.casefile.tabs import Host, _Tab, fill, selected_key, table
from ponte.desktop.ui.common import fmt_day, plain, reason_text
from ponte.desktop.ui.revocation import question


class ReferralsTab(_Tab):
    compose_requested = Signal()
    withdrawn = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.list = table(
            [
                self.tr("Service"),
                self.tr("Fields sent"),
                self.tr("State"),
                self.tr("Updated"),
                self.tr("Next appointment"),
                self.tr("Last note from the service"),
            ],
            self.tr("Referrals"),
        )
        self.list.itemSelectionChanged.connect(self._on_selection)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # the note
        self.states: dict[str, ReferralStatus] = {}
        self.answers: dict[str, list[Answer]] = {}
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)  # notes are text a service typed
        self.history.setAccessibleName(self.tr("What the service answered"))
        new = QPushButton(self.tr("New referral…"))
        new.clicked.connect(self.compose_requested.emit)
        self.withdraw = QPushButton(self.tr("Withdraw (she withdrew consent)…"))
        self.withdraw.setEnabled(False)
        self.withdraw.clicked.connect(self._on_withdraw_clicked)
        self.confirm = ConfirmBar()
        self.confirm.message.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm.confirmed.connect(self._on_confirm_confirmed)
        row = QHBoxLayout()
        row.addWidget(self.withdraw)
        row.addStretch(1)
        row.addWidget(new)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addWidget(self.history)
        box.addWidget(self.confirm)
        box.addLayout(row)
        self._bundle: CaseBundle | None = None
        self._asked = ""

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        self.states = {r.id: r.status for r in bundle.referrals}
        self.answers = {}
        for a in bundle.answers:
            self.answers.setdefault(a.referral_id, []).append(a)
        ids = [r.recipient for r in bundle.referrals]
        self.host.call(lambda d: {i: d.member_name(i) for i in ids}, self._named)
        self._bundle = bundle

    def _named(self, names: dict[str, str]) -> None:
        refs = self._bundle.referrals if self._bundle else []
        rows = []
        for r in refs:
            said = self.answers.get(r.id, [])
            noted = [a for a in said if a.note]
            next_on = next((a.next_appointment for a in reversed(said) if a.next_appointment), None)
            rows.append(
                [
                    names.get(r.recipient, r.recipient),
                    str(len(r.fields)),
                    plain(r.status),
                    fmt_day(r.updated_at),
                    fmt_day(next_on),
                    (noted[-1].note or "") if noted else "",
                ]
            )
        fill(self.list, rows, [r.id for r in refs])
        self._on_selection()

    def clear(self) -> None:
        super().clear()
        self.states, self.answers, self._asked = {}, {}, ""
        self.history.clear()
        self.confirm.hide()
        fill(self.list, [])

    def answer_line(self, a: Answer) -> str:
        parts = [fmt_day(a.received_at), plain(a.status)]
        if a.reason:
            parts.append(reason_text(a.reason))
        if a.note:
            parts.append(f"“{a.note}”")
        if a.next_appointment:
            parts.append(self.tr("next appointment %1").replace("%1", fmt_day(a.next_appointment)))
        return " — ".join(parts)

    def _on_selection(self) -> None:
        key = selected_key(self.list) or ""
        state = self.states.get(key)
        self.withdraw.setEnabled(state is not None and state is not ReferralStatus.WITHDRAWN)
        self.history.setText("\n".join(self.answer_line(a) for a in self.answers.get(key, [])))

    def _on_withdraw_clicked(self) -> None:
        ref_id = selected_key(self.list)
        if ref_id:
            self.host.call(lambda d: d.revocation_for_referral(ref_id), self._ask)

    def _ask(self, rev: Revocation) -> None:
        self._asked = selected_key(self.list) or ""
        self.confirm.ask(question(rev), self.tr("Withdraw"))

    def _on_confirm_confirmed(self) -> None:
        ref_id = self._asked
        if ref_id:
            self.host.call(lambda d: d.withdraw_referral(ref_id), self._withdrawn)

    def _withdrawn(self, _row: object) -> None:
        self.withdrawn.emit()
        self.host.reload()
