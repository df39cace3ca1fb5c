"""A case's referrals: where she was sent, what the service answered; compose or withdraw."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from ponte.app.casework import CaseBundle
from ponte.core.enums import ReferralStatus
from ponte.desktop.ui.casefile.tabs import Host, _Tab, fill, selected_key, table
from ponte.desktop.ui.common import fmt_day, plain

OPEN = (ReferralStatus.QUEUED, ReferralStatus.SENT, ReferralStatus.DELIVERED,
        ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)  # fmt: skip


class ReferralsTab(_Tab):
    compose_requested = Signal()
    withdrawn = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.list = table(
            [self.tr("Service"), self.tr("Fields sent"), self.tr("State"), self.tr("Updated")],
            self.tr("Referrals"),
        )
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.states: dict[str, ReferralStatus] = {}
        new = QPushButton(self.tr("New referral…"))
        new.clicked.connect(self.compose_requested.emit)
        self.withdraw = QPushButton(self.tr("Withdraw (she withdrew consent)"))
        self.withdraw.setEnabled(False)
        self.withdraw.clicked.connect(self._withdraw)
        row = QHBoxLayout()
        row.addWidget(self.withdraw)
        row.addStretch(1)
        row.addWidget(new)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addLayout(row)
        self._bundle: CaseBundle | None = None

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        self.states = {r.id: r.status for r in bundle.referrals}
        ids = [r.recipient for r in bundle.referrals]
        self.host.call(lambda d: {i: d.member_name(i) for i in ids}, self._named)
        self._bundle = bundle

    def _named(self, names: dict[str, str]) -> None:
        refs = self._bundle.referrals if self._bundle else []
        rows = [
            [
                names.get(r.recipient, r.recipient),
                str(len(r.fields)),
                plain(r.status),
                fmt_day(r.updated_at),
            ]
            for r in refs
        ]
        fill(self.list, rows, [r.id for r in refs])
        self._on_selection()

    def clear(self) -> None:
        super().clear()
        self.states = {}
        fill(self.list, [])

    def _on_selection(self) -> None:
        state = self.states.get(selected_key(self.list) or "")
        self.withdraw.setEnabled(state in OPEN)

    def _withdraw(self) -> None:
        ref_id = selected_key(self.list)
        if ref_id:
            self.host.call(lambda d: d.withdraw_referral(ref_id), self._withdrawn)

    def _withdrawn(self, _row: object) -> None:
        self.withdrawn.emit()
        self.host.reload()
