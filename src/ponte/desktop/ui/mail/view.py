"""Packets in and out, in plain words: what waits, what left, what came back.

Sent: each packet's state, retry now, save as a file (for a USB stick when there is no
connection); a packet the recipient could not open says why and what to do. Received: what
partner services sent, import a file someone brought. Updates: partner services' answers
to this centre's referrals, with their note and next appointment (the notification area).
Notes are text a service typed: table cells show them as plain text, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework, InboxRow, OutboxRow, Update
from ponte.core.enums import ReferralStatus
from ponte.core.errors import PonteError, error_for_kind
from ponte.core.packet import HOUSEKEEPING_TYPES
from ponte.desktop.i18n import sentence_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.tabs import fill, selected_key, table
from ponte.desktop.ui.common import DeskPage, fmt_day, packet_kind, plain, reason_text

Mail = tuple[list[OutboxRow], list[InboxRow], list[Update], dict[str, str]]


class MailView(DeskPage):
    case_requested = Signal(str)
    updates_seen = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Messages"))
        # -- updates
        self.updates = table(
            [
                self.tr("When"),
                self.tr("Service"),
                self.tr("Answer"),
                self.tr("Note from the service"),
                self.tr("Next appointment"),
                self.tr("Case"),
            ],
            self.tr("Updates"),
        )
        self.updates.doubleClicked.connect(self._open_case)
        header = self.updates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # every column as wide as its title and contents: at a large text size the table
        # scrolls sideways inside itself instead of cutting a title (WCAG 1.4.4)
        self.update_cases: list[str] = []
        self._states: dict[str, str] = {}
        self._reasons: dict[str, str] = {}
        updates = QWidget()
        ubox = QVBoxLayout(updates)
        ubox.addWidget(
            QLabel(
                self.tr(
                    "Answers from partner services to your referrals. Double-click to open the case."
                )
            )
        )
        ubox.addWidget(self.updates)
        # -- sent
        self.sent = table(
            [
                self.tr("Created"),
                self.tr("To"),
                self.tr("Kind"),
                self.tr("State"),
                self.tr("Attempts"),
            ],
            self.tr("Sent"),
        )
        self.sent.itemSelectionChanged.connect(self._on_sent_selection)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.hide()
        self.retry = QPushButton(self.tr("Retry now"))
        self.retry.clicked.connect(self._retry)
        self.export = QPushButton(self.tr("Save as file…"))
        self.export.setToolTip(
            self.tr("For a service without a connection: carry the sealed file on a USB stick")
        )
        self.export.clicked.connect(self._export)
        sent = QWidget()
        sbox = QVBoxLayout(sent)
        sbox.addWidget(self.sent)
        sbox.addWidget(self.refusal)
        srow = QHBoxLayout()
        srow.addStretch(1)
        srow.addWidget(self.export)
        srow.addWidget(self.retry)
        sbox.addLayout(srow)
        # -- received
        self.received = table(
            [self.tr("Received"), self.tr("From"), self.tr("Kind"), self.tr("State")],
            self.tr("Received"),
        )
        imp = QPushButton(self.tr("Import a file…"))
        imp.clicked.connect(self._import)
        received = QWidget()
        rbox = QVBoxLayout(received)
        rbox.addWidget(self.received)
        rrow = QHBoxLayout()
        rrow.addStretch(1)
        rrow.addWidget(imp)
        rbox.addLayout(rrow)
        self.tabs.addTab(updates, self.tr("Updates"))
        self.tabs.addTab(sent, self.tr("Sent"))
        self.tabs.addTab(received, self.tr("Received"))
        self.notice = QLabel()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("What just happened"))
        self.result.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.error)
        box.addWidget(self.result)
        box.addWidget(self.notice)
        box.addWidget(self.tabs, 1)
        self._on_sent_selection()

    # ------------------------------------------------------------ plain words
    def kind(self, ptype: str) -> str:
        return packet_kind(ptype)

    def out_state(self, row: OutboxRow) -> str:
        words = {
            "queued": self.tr("waiting to be sent"),
            # One state, one name: a referral in this state reads the same in the case file.
            "sent": plain(ReferralStatus.SENT),
            "acknowledged": self.tr("answered"),
            "expired": self.tr("expired, not delivered"),
            "failed": self.tr("could not be sent"),
            "refused": self.tr("not opened by the service"),
            "cancelled": self.tr("not sent: withdrawn before it left"),
        }
        return words.get(row.state, row.state)

    def refusal_text(self, reason: str) -> str:
        """Why the recipient's Ponte could not open it, and what to do, in plain words."""
        words = {
            "expired": self.tr(
                "It reached the service after its expiry date (30 days). Check the date and "
                "time of this computer, then prepare it again from the case file."
            ),
            "unsupported": self.tr(
                "The service's Ponte is older than this one and could not read it. Ask the "
                "service to update Ponte, then prepare it again."
            ),
            "malformed": self.tr(
                "The service's Ponte could not read its content. Ask the service to update "
                "Ponte; if it happens again, tell whoever looks after Ponte for the network."
            ),
            "decrypt": self.tr(
                "The service could not open it with its keys (they may have changed). Prepare "
                "it again: it will be sealed with the service's current keys."
            ),
        }
        return words.get(reason, self.tr("The service's Ponte could not open it."))

    def answer(self, status: str) -> str:
        return {
            "accepted": self.tr("accepted"),
            "declined": self.tr("declined"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
            ReferralStatus.DELIVERED.value: self.tr("new"),
            "withdrawn": self.tr("withdrawn"),
        }.get(status, status)

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        def load(d: Casework) -> Mail:
            out, inc, ups = d.outbox(), d.inbox(), d.updates()
            ids = {r.recipient for r in out} | {r.sender for r in inc}
            return out, inc, ups, {i: d.member_name(i) for i in ids}

        self.call(load, self._show)

    def _show(self, mail: Mail) -> None:
        out, inc, ups, names = mail
        fill(
            self.sent,
            [
                [
                    fmt_day(r.created_at),
                    names.get(r.recipient, r.recipient),
                    self.kind(r.type),
                    self.out_state(r),
                    str(r.attempts),
                ]
                for r in out
            ],
            [r.packet_id for r in out],
        )
        self._states = {r.packet_id: r.state for r in out}
        self._reasons = {r.packet_id: r.reason or "" for r in out if r.state == "refused"}
        inc = [r for r in inc if r.type != "audit_anchor"]
        fill(
            self.received,
            [
                [
                    fmt_day(r.received_at),
                    names.get(r.sender, r.sender),
                    self.kind(r.type),
                    self.answer(r.state) if r.type == "referral" else "",
                ]
                for r in inc
            ],
            [r.packet_id for r in inc],
        )
        fill(
            self.updates,
            [
                [
                    fmt_day(u.at),
                    u.service,
                    self._answer_text(u),
                    u.note,
                    fmt_day(u.next_appointment),
                    u.woman_code,
                ]
                for u in ups
            ],
        )
        self.update_cases = [u.case_id for u in ups]
        waiting = sum(1 for r in out if r.state == "queued" and r.type not in HOUSEKEEPING_TYPES)
        self.notice.setText(
            self.tr("%1 waiting to be sent").replace("%1", str(waiting)) if waiting else ""
        )
        self.updates_seen.emit(len(ups))
        self._on_sent_selection()

    def _answer_text(self, update: Update) -> str:
        text = self.answer(update.status)
        return f"{text} — {reason_text(update.reason)}" if update.reason else text

    def _on_sent_selection(self) -> None:
        key = selected_key(self.sent)
        state = self._states.get(key or "")
        reason = self._reasons.get(key or "", "")
        self.refusal.setText(self.refusal_text(reason) if state == "refused" else "")
        self.refusal.setVisible(state == "refused")
        self.retry.setEnabled(state in ("queued", "failed"))
        # An answered referral may be carried as a file again (a copy lost on the way).
        self.export.setEnabled(state in ("queued", "sent", "acknowledged", "failed"))

    def _retry(self) -> None:
        key = selected_key(self.sent)
        if key:
            self.call(lambda d: d.retry(key), self._retried)

    def _retried(self, _result: object) -> None:
        self.packet_queued.emit()
        self.refresh()

    def _export(self) -> None:
        key = selected_key(self.sent)
        if not key:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the sealed message"))
        if folder:
            self.call(lambda d: d.export_packet(key, Path(folder)), self._exported)

    def _exported(self, path: Path) -> None:
        self.say(
            self.tr("Saved as %1 in %2. It is sealed: only the recipient can open it.")
            .replace("%1", path.name)
            .replace("%2", str(path.parent))
        )

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a message file"), "", self.tr("Ponte messages (*.ponte)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        self.call(lambda d: d.import_packet(path), lambda outcome: self._imported(path, outcome))

    def _imported(self, path: Path, outcome: str) -> None:
        """One line on what the file brought: stored, already here, or why it was refused."""
        if outcome == "stored":
            self.say(self.tr("%1 received: it is in Received.").replace("%1", path.name))
        elif outcome == "already_received":
            self.say(
                self.tr("%1 was already received: nothing was added twice.").replace(
                    "%1", path.name
                )
            )
        else:
            refused = error_for_kind(outcome) or PonteError
            self.say(
                self.tr("%1 was not imported: %2")
                .replace("%1", path.name)
                .replace("%2", sentence_text(refused)),
                error=True,
            )
        self.refresh()

    def say(self, text: str, *, error: bool = False) -> None:
        """The result of what she just did, in one line (kept until her next action)."""
        self.result.setStyleSheet("color: #a40000;" if error else "color: #1b6e20;")
        self.result.setText(text)
        self.result.show()

    def _open_case(self) -> None:
        row = self.updates.currentRow()
        if 0 <= row < len(self.update_cases):
            self.case_requested.emit(self.update_cases[row])

    def clear(self) -> None:
        for t in (self.sent, self.received, self.updates):
            fill(t, [])
        self.update_cases = []
        self._states = {}
        self._reasons = {}
        self.notice.clear()
        self.result.clear()
        self.result.hide()
        super().clear()
