"""The follow-up form (her situation at one moment) and her consent to be followed up.

The form is short and coded: each field is prefilled with its last known value; changing a
value asks since when (the day of the conversation unless she says otherwise), so every
change is dated. Nothing is free text. Both dialogs open without blocking (``open()``) and
say what they collected through a signal; the tab runs the vault work.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ponte.core.enums import (
    CheckResult,
    ConsentMethod,
    ContactChannel,
    ContactTime,
    OutcomeField,
    OutcomeMoment,
)
from ponte.core.followup import FollowUpConsent
from ponte.core.labels import label
from ponte.core.outcomes import VALUES, Change, Situation
from ponte.desktop.ui.common import EnumCombo, date_edit, py_date, ui_lang
from ponte.desktop.ui.outcomes.words import consent_text, value_text

FIELDS = tuple(OutcomeField)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _buttons(dialog: QDialog, accepted: Callable[[], None]) -> QDialogButtonBox:
    """Save and Cancel, in her language (Qt's own words are not always installed)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    for which, text in (
        (QDialogButtonBox.StandardButton.Save, QCoreApplication.translate("OutcomeForms", "Save")),
        (
            QDialogButtonBox.StandardButton.Cancel,
            QCoreApplication.translate("OutcomeForms", "Cancel"),
        ),
    ):
        button = buttons.button(which)
        if button is not None:
            button.setText(text)
    buttons.accepted.connect(accepted)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SituationDialog(QDialog):
    """Her situation on one day, for one moment; emits (moment, day, changes, result)."""

    recorded = Signal(object, object, object, object)

    def __init__(
        self,
        moment: OutcomeMoment,
        known: Situation,
        day: date,
        *,
        consent: FollowUpConsent | None = None,
        earliest: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.moment, self.known = moment, known
        self.setWindowTitle(self.tr("Her situation — %1").replace("%1", label(moment, ui_lang())))
        self.setAccessibleName(self.windowTitle())
        self.day = date_edit(day)
        self.day.setAccessibleName(self.tr("Day of the conversation"))
        if earliest is not None:
            self.day.setMinimumDate(QDate(earliest))
        self.result_choice = QComboBox()
        self.result_choice.setAccessibleName(self.tr("Result"))
        for r in CheckResult:
            self.result_choice.addItem(label(r, ui_lang()), r.value)
        follow_up = moment in (OutcomeMoment.FOLLOWUP_6, OutcomeMoment.FOLLOWUP_12)
        self.result_choice.setVisible(follow_up)
        self.result_choice.currentIndexChanged.connect(self._on_result_changed)
        heading = QLabel(f"<b>{self.windowTitle()}</b>")
        top = QFormLayout()
        top.addRow(self.tr("&Day"), self.day)
        if follow_up:
            top.addRow(self.tr("&Result"), self.result_choice)
        how = QLabel(consent_text(consent) if follow_up else "")
        how.setWordWrap(True)
        how.setVisible(follow_up)
        self.values: dict[OutcomeField, EnumCombo] = {}  # type: ignore[type-arg]
        self.since: dict[OutcomeField, QDateEdit] = {}
        self.grid = QGridLayout()
        for col, text in enumerate(
            (self.tr("What"), self.tr("Now"), self.tr("Since"), self.tr("Last known"))
        ):
            head = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(head, 0, col)
        for row, f in enumerate(FIELDS, start=1):
            combo: EnumCombo = EnumCombo(VALUES[f])  # type: ignore[type-arg]
            combo.setItemText(0, self.tr("not known"))
            current = known.get(f)
            combo.set_value(None if current is None else VALUES[f](current))
            combo.setAccessibleName(label(f, ui_lang()))
            since = date_edit(day)
            since.setAccessibleName(self.tr("%1: since").replace("%1", label(f, ui_lang())))
            since.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _i, f=f: self._on_value_changed(f))
            self.day.dateChanged.connect(lambda _d, s=since: self._on_day_changed(s))
            name = QLabel(_capital(label(f, ui_lang())))
            name.setBuddy(combo)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(since, row, 2)
            self.grid.addWidget(QLabel(value_text(f, current)), row, 3)
            self.values[f], self.since[f] = combo, since
        self.grid.setColumnStretch(1, 1)
        self.buttons = _buttons(self, self._on_buttons_accepted)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addLayout(top)
        box.addWidget(how)
        box.addLayout(self.grid)
        box.addWidget(self.buttons)

    def _value(self, f: OutcomeField) -> str | None:
        chosen = self.values[f].value()
        return None if chosen is None else chosen.value

    def _on_value_changed(self, f: OutcomeField) -> None:
        changed = self._value(f) != self.known.get(f)
        self.since[f].setEnabled(changed and self.values[f].isEnabled())
        if changed:
            self.since[f].setDate(self.day.date())

    def _on_day_changed(self, since: QDateEdit) -> None:
        since.setMaximumDate(self.day.date())
        if not since.isEnabled():
            since.setDate(self.day.date())

    def _on_result_changed(self, _index: int) -> None:
        reached = self.result_choice.currentData() == CheckResult.DONE.value
        for f in FIELDS:
            self.values[f].setEnabled(reached)
            self._on_value_changed(f)

    def changes(self) -> list[Change]:
        if self.result_choice.currentData() != CheckResult.DONE.value:
            return []
        return [
            Change(f, self._value(f), py_date(self.since[f]))
            for f in FIELDS
            if self._value(f) != self.known.get(f)
        ]

    def _on_buttons_accepted(self) -> None:
        result = CheckResult(self.result_choice.currentData())
        self.recorded.emit(self.moment, py_date(self.day), self.changes(), result)
        self.accept()


class ConsentDialog(QDialog):
    """Her consent to be contacted after her path closed, and the safe way to do it."""

    recorded = Signal(object)  # FollowUpConsent

    def __init__(self, person_id: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Consent to be followed up"))
        intro = QLabel(
            self.tr(
                "She agrees that the centre contacts her 6 and 12 months after her path"
                " closes, to ask how she is. Write down only how to reach her safely."
            )
        )
        intro.setWordWrap(True)
        self.method: EnumCombo = EnumCombo(ConsentMethod, optional=False)  # type: ignore[type-arg]
        self.given = date_edit(today)
        self.expires = date_edit(today + timedelta(days=548))  # past the 12-month follow-up
        self.channel: EnumCombo = EnumCombo(ContactChannel, optional=False)  # type: ignore[type-arg]
        self.times: dict[ContactTime, QCheckBox] = {}
        row = QHBoxLayout()
        for t in ContactTime:
            check = QCheckBox(label(t, ui_lang()))
            self.times[t] = check
            row.addWidget(check)
        row.addStretch(1)
        self.leave_message = QCheckBox(self.tr("A message may be left"))
        form = QFormLayout()
        for text, w in (
            (self.tr("How she gave it"), self.method),
            (self.tr("Given on"), self.given),
            (self.tr("Expires on"), self.expires),
            (self.tr("How to reach her"), self.channel),
        ):
            w.setAccessibleName(text)
            form.addRow(text, w)
        form.addRow(self.tr("When"), row)
        form.addRow("", self.leave_message)
        self.buttons = _buttons(self, self._on_buttons_accepted)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.buttons)

    def _on_buttons_accepted(self) -> None:
        method, channel = self.method.value(), self.channel.value()
        if method is None or channel is None:
            return
        self.recorded.emit(
            FollowUpConsent(
                self.person_id,
                py_date(self.given),
                py_date(self.expires),
                method,
                channel,
                tuple(t for t, check in self.times.items() if check.isChecked()),
                leave_message=self.leave_message.isChecked(),
            )
        )
        self.accept()
