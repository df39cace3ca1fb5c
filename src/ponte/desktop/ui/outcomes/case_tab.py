"""The case file's Outcomes tab: her situation at intake, closure and the follow-ups.

Shows each moment (recorded, due, or not followed up because she did not agree), her
follow-up consent and how to reach her, what partner services said came of a referral —
to confirm or set aside, nothing changes by itself — and every dated change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.outcomes import OutcomeFile, Outcomes
from ponte.core.enums import CheckResult, OutcomeField, OutcomeMoment, ServiceType
from ponte.core.errors import PonteError
from ponte.core.followup import FOLLOWUPS
from ponte.core.labels import label
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.tabs import fill, selected_key, table
from ponte.desktop.ui.common import fmt_day, ui_lang
from ponte.desktop.ui.outcomes.form import ConsentDialog, SituationDialog
from ponte.desktop.ui.outcomes.words import consent_text, value_text

M = OutcomeMoment
MOMENTS = (M.INTAKE, M.CLOSURE, M.FOLLOWUP_6, M.FOLLOWUP_12)


def _today(f: OutcomeFile) -> date:
    return f.today or date.today()


class OutcomesTab(QWidget):
    changed = Signal()
    loaded = Signal()

    def __init__(
        self, tasks: TaskRunner, outcomes: Outcomes, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks, self.outcomes, self.case_id = tasks, outcomes, case_id
        self.file: OutcomeFile | None = None
        self.dialog: SituationDialog | ConsentDialog | None = None
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setAccessibleDescription(self.tr("Consent to be followed up"))
        self.add_consent = QPushButton(self.tr("Record consent to follow-up…"))
        self.add_consent.clicked.connect(self._on_add_consent_clicked)
        self.withdraw = QPushButton(self.tr("She withdraws it"))
        self.withdraw.clicked.connect(self._on_withdraw_clicked)
        self.moments = table(
            [self.tr("Moment"), self.tr("Day"), self.tr("State"), self.tr("Work"),
             self.tr("Economically autonomous")],
            self.tr("Her situation at each moment"),
        )  # fmt: skip
        self.moments.itemSelectionChanged.connect(self._on_moments_selection_changed)
        self.moments.itemDoubleClicked.connect(lambda _item: self._on_record_clicked())
        self.record = QPushButton(self.tr("Record her situation…"))
        self.record.setEnabled(False)
        self.record.clicked.connect(self._on_record_clicked)
        self.words = table(
            [self.tr("Service"), self.tr("What came of it"), self.tr("Since"), self.tr("State")],
            self.tr("What partner services said"),
        )
        self.confirm = QPushButton(self.tr("Confirm: it goes on her path"))
        self.confirm.clicked.connect(lambda: self._decide(True))
        self.dismiss = QPushButton(self.tr("Set aside"))
        self.dismiss.clicked.connect(lambda: self._decide(False))
        self.partner_box = QGroupBox(self.tr("What partner services said came of a referral"))
        pbox = QVBoxLayout(self.partner_box)
        pbox.addWidget(self.words)
        prow = QHBoxLayout()
        prow.addStretch(1)
        prow.addWidget(self.dismiss)
        prow.addWidget(self.confirm)
        pbox.addLayout(prow)
        self.history = table(
            [self.tr("Since"), self.tr("What"), self.tr("Value"), self.tr("From")],
            self.tr("Every change, dated"),
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.consent, 1)
        top.addWidget(self.withdraw)
        top.addWidget(self.add_consent)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.error)
        box.addWidget(self.moments, 2)
        box.addLayout(row)
        box.addWidget(self.partner_box, 1)
        box.addWidget(QLabel(self.tr("Every change, dated")))
        box.addWidget(self.history, 2)

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        outcomes, case_id = self.outcomes, self.case_id
        self._run(lambda: outcomes.file(case_id))

    def _run(self, fn: object) -> None:
        self.error.hide()
        self.tasks.run(fn, self._show, self._show_error, owner=self)  # type: ignore[arg-type]

    def _show(self, f: OutcomeFile) -> None:
        self.file = f
        current = f.consent(_today(f))
        self.consent.setText(consent_text(current))
        self.withdraw.setVisible(current is not None)
        rows, keys = [], []
        for m in MOMENTS:
            check = f.checks.get(m)
            known = f.known(check.on_day) if check and check.result is CheckResult.DONE else {}
            rows.append(
                [
                    label(m, ui_lang()),
                    fmt_day(check.on_day if check else f.due(m)),
                    self._state(f, m),
                    value_text(OutcomeField.WORK, known.get(OutcomeField.WORK)) if known else "",
                    value_text(OutcomeField.AUTONOMOUS, known.get(OutcomeField.AUTONOMOUS))
                    if known
                    else "",
                ]
            )
            keys.append(m.value)
        fill(self.moments, rows, keys)
        waiting = f.partner
        self.partner_box.setVisible(bool(waiting))
        fill(
            self.words,
            [
                [
                    label(ServiceType(w.service_type), ui_lang()),
                    self._outcome_text(w.outcome, w.contract),
                    fmt_day(w.on_day),
                    self._decision_text(w.decision),
                ]
                for w in waiting
            ],
            [w.id for w in waiting],
        )
        self.confirm.setEnabled(bool(f.waiting))
        self.dismiss.setEnabled(bool(f.waiting))
        fill(
            self.history,
            [
                [
                    fmt_day(c.since),
                    label(c.field, ui_lang()),
                    value_text(c.field, c.value),
                    self.tr("a partner service (confirmed)")
                    if c.source == "partner"
                    else self.tr("the centre"),
                ]
                for c in reversed(f.changes)
            ],
        )
        self._on_moments_selection_changed()
        self.loaded.emit()

    def _state(self, f: OutcomeFile, m: OutcomeMoment) -> str:
        check = f.checks.get(m)
        if check is not None:
            return label(check.result, ui_lang())
        if m is M.INTAKE:
            return self.tr("not recorded yet")
        if f.closed_on is None:
            return self.tr("her path is open")
        if m is M.CLOSURE:
            return self.tr("not recorded yet")
        due = f.due(m)
        if due is not None and f.consent(due) is None and f.consent(_today(f)) is None:
            return self.tr("not followed up: she did not agree")
        return self.tr("due")

    def _outcome_text(self, outcome: object, contract: str | None) -> str:
        text = label(outcome, ui_lang())  # type: ignore[arg-type]
        if contract:
            text += " — " + value_text(OutcomeField.WORK, contract)
        return text

    def _decision_text(self, decision: str | None) -> str:
        if decision is None:
            return self.tr("to confirm")
        return self.tr("confirmed") if decision == "confirmed" else self.tr("set aside")

    def _show_error(self, exc: PonteError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def clear(self) -> None:
        self.file = None
        for t in (self.moments, self.words, self.history):
            fill(t, [])
        self.consent.clear()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    # ------------------------------------------------------------ actions
    def _selected(self) -> OutcomeMoment | None:
        key = selected_key(self.moments)
        return None if key is None else M(key)

    def _on_moments_selection_changed(self) -> None:
        f, m = self.file, self._selected()
        allowed = f is not None and m is not None and (m is M.INTAKE or f.closed_on is not None)
        why = ""
        pending = f is not None and m in FOLLOWUPS and allowed and f.checks.get(m) is None
        if pending and f is not None and f.consent(_today(f)) is None:  # no consent, no follow-up
            allowed = False
            why = self.tr("She has not agreed to be contacted: there is no follow-up.")
        self.record.setEnabled(allowed)
        self.record.setToolTip(why)

    def _on_record_clicked(self) -> None:
        f, m = self.file, self._selected()
        if f is None or m is None or not self.record.isEnabled():
            return
        check = f.checks.get(m)
        day = check.on_day if check else (f.opened_on if m is M.INTAKE else f.closed_on)
        if m in FOLLOWUPS and check is None:  # the call is made today
            day = max(_today(f), f.closed_on or _today(f))
        if day is None:  # a closure check of a case not closed: the button waits for it
            return
        earlier = [c.on_day for k, c in f.checks.items() if MOMENTS.index(k) < MOMENTS.index(m)]
        dialog = SituationDialog(
            m,
            f.known(day),
            day,
            consent=f.consent(day) or f.consent(_today(f)),
            earliest=max(earlier, default=None),
            parent=self,
        )
        dialog.recorded.connect(self._on_dialog_recorded)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_recorded(
        self, moment: object, day: object, changes: object, result: object
    ) -> None:
        outcomes, case_id = self.outcomes, self.case_id
        self._run(lambda: outcomes.record(case_id, moment, day, changes, result))  # type: ignore[arg-type]
        self.changed.emit()

    def _on_add_consent_clicked(self) -> None:
        if self.file is None:
            return
        dialog = ConsentDialog(self.file.person_id, _today(self.file), self)
        dialog.recorded.connect(self._on_consent_recorded)
        self.dialog = dialog
        dialog.open()

    def _on_consent_recorded(self, consent: object) -> None:
        outcomes, case_id = self.outcomes, self.case_id
        self._run(lambda: outcomes.record_consent(case_id, consent))  # type: ignore[arg-type]

    def _on_withdraw_clicked(self) -> None:
        f = self.file
        current = f.consent(_today(f)) if f else None
        if current is None:
            return
        outcomes, case_id, cid = self.outcomes, self.case_id, current.id
        self._run(lambda: outcomes.withdraw_consent(case_id, cid))

    def _decide(self, confirm: bool) -> None:
        word_id = selected_key(self.words)
        f = self.file
        if word_id is None and f is not None and len(f.waiting) == 1:
            word_id = f.waiting[0].id
        if word_id is None:
            return
        outcomes, case_id = self.outcomes, self.case_id
        if confirm:
            self._run(lambda: outcomes.confirm(case_id, word_id))
        else:
            self._run(lambda: outcomes.dismiss(case_id, word_id))
        self.changed.emit()
