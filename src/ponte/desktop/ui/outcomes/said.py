"""A partner service's side: with an answer, say what came of the referral (optional).

A job centre, a training body, a company or a union may add to "in progress" or "done":
a course started or completed, a tirocinio started, a hiring with its contract — and since
when. Codes only. The centre's operatrice confirms it before it goes on the woman's path.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from ponte.core.enums import PartnerOutcome, WorkSituation
from ponte.core.labels import label
from ponte.core.outcomes import HIRE_CONTRACTS, Said
from ponte.desktop.ui.common import date_edit, py_date, ui_lang


class SaidBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What came of it (optional, with “in progress” or “done”)"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("What came of it"))
        self.outcome.addItem(self.tr("nothing to say yet"), None)
        for o in PartnerOutcome:
            self.outcome.addItem(label(o, ui_lang()), o.value)
        self.contract = QComboBox()
        self.contract.setAccessibleName(self.tr("Contract"))
        for c in HIRE_CONTRACTS:
            self.contract.addItem(label(WorkSituation(c), ui_lang()), c.value)
        self.since = date_edit()
        self.since.setAccessibleName(self.tr("Since"))
        form = QFormLayout(self)
        form.addRow(self.tr("What came of it"), self.outcome)
        form.addRow(self.tr("Contract"), self.contract)
        form.addRow(self.tr("Since"), self.since)
        self.outcome.currentIndexChanged.connect(self._on_outcome_changed)
        self._on_outcome_changed()

    def _on_outcome_changed(self, _index: int = 0) -> None:
        chosen = self.outcome.currentData()
        self.contract.setEnabled(chosen == PartnerOutcome.HIRED.value)
        self.since.setEnabled(chosen is not None)

    def value(self) -> Said | None:
        chosen = self.outcome.currentData()
        if chosen is None:
            return None
        outcome = PartnerOutcome(chosen)
        contract = self.contract.currentData() if outcome is PartnerOutcome.HIRED else None
        return Said(outcome, py_date(self.since), contract)

    def reset(self, today: date | None = None) -> None:
        self.outcome.setCurrentIndex(0)
        if today is not None:
            self.since.setDate(QDate(today))
