"""The read-and-add tabs of a case file: timeline, notes, risk, safety plan, plan, consents.

Each tab shows what the last open of the case file read and offers one small form to add
to it. Writing goes through the host page (vault thread), which reloads the case file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import CaseBundle, Casework, Revocation
from ponte.core.domain import STEP_TRANSITIONS, Consent, PlanStep, RiskAssessment
from ponte.core.enums import (
    ConsentMethod,
    ContactKind,
    RiskLevel,
    RiskTool,
    ServiceType,
    StepStatus,
    StepType,
)
from ponte.core.labels import label
from ponte.desktop.access.fit import fit_columns
from ponte.desktop.access.reflow import Wrap
from ponte.desktop.ui.admin.widgets import ConfirmBar, buddy
from ponte.desktop.ui.common import EnumCombo, date_edit, fmt_day, plain, py_date, ui_lang
from ponte.desktop.ui.revocation import question


class Host(Protocol):
    def call(self, fn: Callable[[Casework], Any], on_done: Callable[[Any], None]) -> None: ...
    def reload(self, _result: object = None) -> None: ...


def table(headers: Sequence[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
    t.setHorizontalHeaderLabels(list(headers))
    t.setAccessibleName(name)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    fit_columns(t.horizontalHeader())  # titles whole at any text size
    return t


def fill(t: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[str] = ()) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0 and keys:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            t.setItem(r, c, item)


def selected_key(t: QTableWidget) -> str | None:
    rows = t.selectionModel().selectedRows()
    if not rows:
        return None
    item = t.item(rows[0].row(), 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


class _Tab(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.case_id = ""

    def load(self, bundle: CaseBundle) -> None:
        self.case_id = bundle.case.id

    def clear(self) -> None:
        self.case_id = ""


class TimelineTab(_Tab):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.list = table(
            [self.tr("When"), self.tr("Contact"), self.tr("Summary")], self.tr("Timeline")
        )
        self.kind = EnumCombo(ContactKind, optional=False)
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Summary of the contact"))
        self.summary.setPlaceholderText(self.tr("What happened, in a few words"))
        add = QPushButton(self.tr("Add contact"))
        add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("&Kind"), self.kind))
        row.addWidget(self.kind)
        row.addWidget(self.summary, 1)
        row.addWidget(add)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addLayout(row)

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        rows = [[fmt_day(c.at), plain(c.kind), c.summary] for c in reversed(bundle.contacts)]
        fill(self.list, rows)

    def clear(self) -> None:
        super().clear()
        fill(self.list, [])
        self.summary.clear()

    def _add(self) -> None:
        kind, text, cid = self.kind.value() or ContactKind.OTHER, self.summary.text(), self.case_id
        self.host.call(lambda d: d.add_contact(cid, kind, text), self._added)

    def _added(self, _result: object) -> None:
        self.summary.clear()
        self.host.reload()


class NotesTab(_Tab):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.list = table([self.tr("When"), self.tr("Note")], self.tr("Notes"))
        self.list.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("New note"))
        self.body.setPlaceholderText(self.tr("A new note (stays in this centre, never sent)"))
        self.body.setMaximumHeight(90)
        self.body.setTabChangesFocus(True)
        add = QPushButton(self.tr("Add note"))
        add.clicked.connect(self._add)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addWidget(self.body)
        box.addWidget(add, alignment=Qt.AlignmentFlag.AlignRight)

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        fill(self.list, [[fmt_day(n.at), n.body] for n in reversed(bundle.notes)])

    def clear(self) -> None:
        super().clear()
        fill(self.list, [])
        self.body.clear()

    def _add(self) -> None:
        body, cid = self.body.toPlainText(), self.case_id
        self.host.call(lambda d: d.add_note(cid, body), self._added)

    def _added(self, _result: object) -> None:
        self.body.clear()
        self.host.reload()


class RiskTab(_Tab):
    """Level and date only: item wording is licensed and never stored (DOMAIN.md §3)."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.list = table(
            [
                self.tr("Date"),
                self.tr("Tool"),
                self.tr("Level"),
                self.tr("Imminent"),
                self.tr("Next review"),
            ],
            self.tr("Risk assessments"),
        )
        self.tool = EnumCombo(RiskTool, optional=False)
        self.level = EnumCombo(RiskLevel, optional=False)
        self.on = date_edit()
        self.imminent = QCheckBox(self.tr("Imminent danger"))
        self.review = date_edit()
        form = QFormLayout()
        for text, w in (
            (self.tr("Tool"), self.tool),
            (self.tr("Level"), self.level),
            (self.tr("Assessed on"), self.on),
            (self.tr("Next review"), self.review),
        ):
            w.setAccessibleName(text)
            form.addRow(text, w)
        form.addRow("", self.imminent)
        add = QPushButton(self.tr("Record assessment"))
        add.clicked.connect(self._add)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addLayout(form)
        box.addWidget(add, alignment=Qt.AlignmentFlag.AlignRight)

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        yes, no = self.tr("yes"), self.tr("no")
        rows = [
            [
                fmt_day(r.assessed_on),
                plain(r.tool),
                plain(r.level),
                yes if r.imminent else no,
                fmt_day(r.next_review),
            ]
            for r in sorted(bundle.risks, key=lambda r: r.assessed_on, reverse=True)
        ]
        fill(self.list, rows)

    def clear(self) -> None:
        super().clear()
        fill(self.list, [])

    def _add(self) -> None:
        tool, level = self.tool.value(), self.level.value()
        if tool is None or level is None:  # both lists have no empty choice
            return
        cid, on, review, imminent = (
            self.case_id,
            py_date(self.on),
            py_date(self.review),
            self.imminent.isChecked(),
        )

        def record(d: Casework) -> RiskAssessment:
            ra = RiskAssessment(
                cid, tool, on, level, d.actor.account_id, imminent=imminent, next_review=review
            )
            return d.record_risk(ra)

        self.host.call(record, self.host.reload)


class SafetyPlanTab(_Tab):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Safety plan"))
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Her safety plan: never sent to anyone."))
        save = QPushButton(self.tr("Save safety plan"))
        save.clicked.connect(self._save)
        box = QVBoxLayout(self)
        box.addWidget(self.body)
        box.addWidget(save, alignment=Qt.AlignmentFlag.AlignRight)

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        self.body.setPlainText(bundle.safety_plan)

    def clear(self) -> None:
        super().clear()
        self.body.clear()

    def _save(self) -> None:
        body, cid = self.body.toPlainText(), self.case_id
        self.host.call(lambda d: d.save_safety_plan(cid, body), self.host.reload)


class PlanTab(_Tab):
    """The empowerment plan: steps along proposed → … → done | stopped | refused. A step may
    follow a referral of the case: it then moves with the service's answers by itself."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.steps: dict[str, PlanStep] = {}
        self.referral_names: dict[str, str] = {}
        self.list = table(
            [
                self.tr("Step"),
                self.tr("Status"),
                self.tr("Service"),
                self.tr("Started"),
                self.tr("Due"),
                self.tr("Ended"),
                self.tr("Outcome"),
                self.tr("Follows referral"),
            ],
            self.tr("Empowerment plan"),
        )
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.follows = QComboBox()
        self.follows.setAccessibleName(self.tr("Referral this step follows"))
        self.follows.setEnabled(False)
        self.follows.activated.connect(self._on_follows_activated)
        self.type = EnumCombo(StepType, optional=False)
        self.partner = QLineEdit()
        self.partner.setPlaceholderText(self.tr("Responsible service (e.g. CPI Rho)"))
        self.partner.setAccessibleName(self.tr("Responsible service"))
        self.due = date_edit()
        self.due.setAccessibleName(self.tr("Due date"))
        add = QPushButton(self.tr("Add step"))
        add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("S&tep"), self.type))
        row.addWidget(self.type)
        row.addWidget(self.partner, 1)
        row.addWidget(self.due)
        row.addWidget(add)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Outcome (optional)"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.moves = QHBoxLayout()
        self.moves.addWidget(self.outcome, 1)
        self.move_buttons: dict[StepStatus, QPushButton] = {}
        for status in (
            StepStatus.CONSENTED,
            StepStatus.IN_PROGRESS,
            StepStatus.DONE,
            StepStatus.STOPPED,
            StepStatus.REFUSED,
            StepStatus.ACCEPTED,
        ):
            b = QPushButton(self.tr("Mark: %1").replace("%1", label(status, ui_lang())))
            b.setEnabled(False)
            b.clicked.connect(lambda _=False, s=status: self._move(s))
            self.move_buttons[status] = b
        self.moves.addWidget(Wrap(*self.move_buttons.values()), 2)  # wraps when narrow
        follow = QFormLayout()
        follow.addRow(self.tr("Follows the answers to"), self.follows)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addLayout(self.moves)
        box.addLayout(follow)
        box.addLayout(row)

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        self.steps = {s.id: s for s in bundle.steps}
        self.referral_names = {
            r.id: f"{plain(ServiceType(r.service_type))} — {plain(r.status)}"
            for r in bundle.referrals
        }
        self.follows.clear()
        self.follows.addItem(self.tr("no referral"), None)
        for ref_id, text in self.referral_names.items():
            self.follows.addItem(text, ref_id)
        rows = [
            [
                plain(s.type),
                plain(s.status),
                s.partner or "",
                fmt_day(s.started_on),
                fmt_day(s.due_on),
                fmt_day(s.ended_on),
                s.outcome,
                self.referral_names.get(s.referral_id or "", ""),
            ]
            for s in bundle.steps
        ]
        fill(self.list, rows, [s.id for s in bundle.steps])
        self._on_selection()

    def clear(self) -> None:
        super().clear()
        self.steps = {}
        fill(self.list, [])
        self.outcome.clear()
        self.partner.clear()

    def _on_selection(self) -> None:
        step = self.steps.get(selected_key(self.list) or "")
        allowed = STEP_TRANSITIONS[step.status] if step else frozenset()
        for status, b in self.move_buttons.items():
            b.setEnabled(status in allowed)
        self.follows.setEnabled(step is not None and len(self.referral_names) > 0)
        self.follows.setCurrentIndex(
            max(0, self.follows.findData(step.referral_id if step else None))
        )

    def _on_follows_activated(self, index: int) -> None:
        step_id, ref_id = selected_key(self.list), self.follows.itemData(index)
        if step_id:
            self.host.call(lambda d: d.link_step(step_id, ref_id), self._added)

    def _add(self) -> None:
        kind = self.type.value()
        if kind is None:  # the list has no empty choice
            return
        cid, partner, due = self.case_id, self.partner.text().strip() or None, py_date(self.due)
        step = PlanStep(cid, kind, partner=partner, due_on=due)
        self.host.call(lambda d: d.add_step(step), self._added)

    def _added(self, _result: object) -> None:
        self.partner.clear()
        self.host.reload()

    def _move(self, status: StepStatus) -> None:
        step_id, outcome = selected_key(self.list), self.outcome.text().strip()
        if step_id:
            self.host.call(lambda d: d.move_step(step_id, status, outcome), self._added)


class ConsentsTab(_Tab):
    """Her consents, per recipient and purpose, with expiry. Withdrawing one asks once, naming
    the referrals sent under it, which are withdrawn with it (``withdrawn`` then fires)."""

    withdrawn = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.confirm = ConfirmBar()
        self.confirm.message.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm.confirmed.connect(self._on_confirm_confirmed)
        self._asked = ""
        self.person_id = ""
        self.consents: dict[str, Consent] = {}
        self.list = table(
            [
                self.tr("Service"),
                self.tr("Purpose"),
                self.tr("Given"),
                self.tr("Expires"),
                self.tr("How"),
                self.tr("State"),
            ],
            self.tr("Consents"),
        )
        self.service = EnumCombo(ServiceType, optional=False)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("Purpose, e.g. job orientation"))
        self.method = EnumCombo(ConsentMethod, optional=False)
        self.given = date_edit()
        self.expires = date_edit()
        self.expires.setDate(self.given.date().addMonths(6))
        form = QFormLayout()
        for text, w in (
            (self.tr("Service"), self.service),
            (self.tr("Purpose"), self.purpose),
            (self.tr("How she gave it"), self.method),
            (self.tr("Given on"), self.given),
            (self.tr("Expires on"), self.expires),
        ):
            w.setAccessibleName(text)
            form.addRow(text, w)
        add = QPushButton(self.tr("Record consent"))
        add.clicked.connect(self._add)
        self.withdraw = QPushButton(self.tr("Withdraw selected consent"))
        self.withdraw.clicked.connect(self._withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw)
        buttons.addStretch(1)
        buttons.addWidget(add)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addWidget(self.confirm)
        box.addLayout(form)
        box.addLayout(buttons)

    def load(self, bundle: CaseBundle) -> None:
        super().load(bundle)
        self.person_id = bundle.person.id
        self.consents = {c.id: c for c in bundle.consents}
        valid, gone = self.tr("valid"), self.tr("withdrawn")
        rows = [
            [
                plain(c.service_type),
                c.purpose,
                fmt_day(c.given_on),
                fmt_day(c.expires_on),
                plain(c.method),
                gone if c.withdrawn_at else valid,
            ]
            for c in bundle.consents
        ]
        fill(self.list, rows, [c.id for c in bundle.consents])

    def clear(self) -> None:
        super().clear()
        self.consents = {}
        fill(self.list, [])
        self.purpose.clear()

    def _add(self) -> None:
        service, method = self.service.value(), self.method.value()
        if service is None or method is None:  # both lists have no empty choice
            return
        consent = Consent(
            self.person_id,
            service,
            self.purpose.text().strip(),
            py_date(self.given),
            py_date(self.expires),
            method,
        )
        self.host.call(lambda d: d.record_consent(consent), self._added)

    def _added(self, _result: object) -> None:
        self.purpose.clear()
        self.host.reload()

    def _withdraw(self) -> None:
        consent_id = selected_key(self.list)
        if consent_id is None:
            return
        self._asked = consent_id
        self.host.call(lambda d: d.revocation(consent_id), self._ask)

    def _ask(self, rev: Revocation) -> None:
        self.confirm.ask(question(rev), self.tr("Withdraw"))

    def _on_confirm_confirmed(self) -> None:
        consent_id = self._asked
        if consent_id:
            self.host.call(lambda d: d.withdraw_consent(consent_id), self._withdrawn)

    def _withdrawn(self, _result: object) -> None:
        self.withdrawn.emit()
        self.host.reload()
