"""A new case (presa in carico starts with a first contact): the least needed to begin."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ponte.core.domain import Case, Person
from ponte.core.enums import AgeBand, CaseStatus, FirstContact, InvioDa
from ponte.desktop.ui.common import EnumCombo, date_edit, py_date


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.alias = QLineEdit()
        self.alias.setPlaceholderText(self.tr("optional: a name she chooses"))
        self.age_band = EnumCombo(AgeBand)
        self.first_contact = EnumCombo(FirstContact)
        self.invio_da = EnumCombo(InvioDa)
        self.opened_on = date_edit()
        form = QFormLayout(self)
        note = QLabel(
            self.tr("A code is assigned to her automatically. Everything else can be added later.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        for text, w in (
            (self.tr("&Name she uses"), self.alias),
            (self.tr("&Age band"), self.age_band),
            (self.tr("&First contact"), self.first_contact),
            (self.tr("Sent &by"), self.invio_da),
            (self.tr("&Date"), self.opened_on),
        ):
            w.setAccessibleName(text.replace("&", ""))
            form.addRow(text, w)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[Person, Case]:
        person = Person(alias=self.alias.text().strip() or None, age_band=self.age_band.value())
        case = Case(
            status=CaseStatus.CONTACT,
            opened_on=py_date(self.opened_on),
            first_contact=self.first_contact.value(),
            invio_da=self.invio_da.value(),
        )
        return person, case
