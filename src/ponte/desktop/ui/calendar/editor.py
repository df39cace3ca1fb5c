"""AppointmentDialog: book or change one appointment (Rome time), or settle a double move.

Date, time and length; what it is; where (the centre's rooms, outside, by phone); who takes
part; a short note. When two workstations moved it differently, a box at the top shows both
times and "Keep this time" settles it for every workstation. "Print card…" prints what
she may take home (time, place, the centre's contact: nothing else).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework
from ponte.app.day import CONTACT, Day, StaffMember
from ponte.core import localtime
from ponte.core.diary import MAX_MINUTES, MIN_MINUTES, Appointment, DayItem, Place
from ponte.core.enums import AppointmentKind
from ponte.core.errors import PonteError
from ponte.core.labels import label
from ponte.desktop.i18n import error_text
from ponte.desktop.ui import printing
from ponte.desktop.ui.common import EnumCombo, date_edit, py_date, ui_lang
from ponte.desktop.ui.dates import stored_text


def place_text(place: Place) -> str:
    return place.name or label(place.kind, ui_lang())


def card_document(appt: Appointment, places: list[Place], contact: str) -> QTextDocument:
    """The card she takes home (``printing.card_html``: time, place, contact, nothing else)."""
    place = next((place_text(p) for p in places if p.id == appt.place_id), "")
    when = printing.long_when(localtime.from_stored(appt.starts_at), appt.minutes)
    return printing.document(printing.card_html(when, place, contact))


def print_card(call: Call, appt: Appointment, places: list[Place], parent: QWidget) -> None:
    """Print her card (the centre's contact read on the vault thread; a case's is audited)."""

    def contact(d: Casework) -> str:
        day = Day(d)
        if appt.case_id:
            day.printed(appt.case_id, "appointment_card")
        return day.settings().get(CONTACT, "")

    def show(text: str) -> None:
        printing.print_with_dialog(card_document(appt, places, text), parent)

    call(contact, show)


Call = Callable[[Callable[[Casework], Any], Callable[[Any], None]], None]


class AppointmentDialog(QDialog):
    saved = Signal(object)  # Appointment to save (new: empty id)
    cancel_requested = Signal(str)  # appointment id
    keep_requested = Signal(str, str)  # appointment id, starts_at
    card_requested = Signal(object)  # Appointment

    def __init__(
        self,
        places: list[Place],
        staff: list[StaffMember],
        *,
        me: str,
        item: DayItem | None = None,
        day: date | None = None,
        at: time | None = None,
        case_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.case_id = item.appointment.case_id if item else case_id
        self.setWindowTitle(self.tr("Appointment") if item else self.tr("New appointment"))
        self.setModal(True)
        self.date = date_edit(day)
        self.date.setAccessibleName(self.tr("Day"))
        self.time = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(9, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        self.minutes = QSpinBox(minimum=MIN_MINUTES, maximum=MAX_MINUTES, singleStep=15, value=60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.kind = EnumCombo(AppointmentKind, optional=False)
        self.place = QListWidget()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setMaximumHeight(110)
        for p in places:
            row = QListWidgetItem(place_text(p), self.place)
            row.setData(Qt.ItemDataRole.UserRole, p.id)
        self.staff = QListWidget()
        self.staff.setAccessibleName(self.tr("Who takes part"))
        self.staff.setMaximumHeight(130)
        for s in staff:
            row = QListWidgetItem(s.name, self.staff)
            row.setData(Qt.ItemDataRole.UserRole, s.account_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                Qt.CheckState.Checked if s.account_id == me else Qt.CheckState.Unchecked
            )
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("short, for the team (never on her card)"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Day"), self.date),
            (self.tr("&Time"), self.time),
            (self.tr("&Length"), self.minutes),
            (self.tr("&What"), self.kind),
            (self.tr("&Where"), self.place),
            (self.tr("W&ho"), self.staff),
            (self.tr("&Note"), self.note),
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = QPushButton(self.tr("Cancel the appointment"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.card_button = QPushButton(self.tr("Print &card for her…"))
        self.card_button.clicked.connect(self._on_card)
        extra = QHBoxLayout()
        extra.addWidget(self.card_button)
        extra.addWidget(self.cancel_button)
        extra.addStretch(1)
        box = QVBoxLayout(self)
        self.conflict = self._conflict_box(item)
        if self.conflict is not None:
            box.addWidget(self.conflict)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addLayout(extra)
        box.addWidget(buttons)
        if item is not None:
            self._load(item.appointment)
        else:
            self.cancel_button.hide()
            self.card_button.hide()
            self.place.setCurrentRow(0)

    def _conflict_box(self, item: DayItem | None) -> QGroupBox | None:
        if item is None or not item.moved_twice:
            return None
        group = QGroupBox(self.tr("Moved on two workstations"))
        group.setStyleSheet("QGroupBox { color: #c64600; font-weight: bold; }")
        lay = QVBoxLayout(group)
        intro = QLabel(
            self.tr("Two people moved this appointment while not connected. Which time is right?")
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.keep_buttons: list[QPushButton] = []
        for starts_at in dict.fromkeys(item.versions):
            text = self.tr("Keep %1").replace("%1", stored_text(starts_at))
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=starts_at: self._keep(s))
            lay.addWidget(button)
            self.keep_buttons.append(button)
        return group

    def _load(self, a: Appointment) -> None:
        start = localtime.from_stored(a.starts_at)
        self.date.setDate(QDate(start.date()))
        self.time.setTime(QTime(start.hour, start.minute))
        self.minutes.setValue(a.minutes)
        self.kind.set_value(a.kind)
        for i in range(self.place.count()):
            if self.place.item(i).data(Qt.ItemDataRole.UserRole) == a.place_id:
                self.place.setCurrentRow(i)
        for i in range(self.staff.count()):
            row = self.staff.item(i)
            inside = row.data(Qt.ItemDataRole.UserRole) in a.staff
            row.setCheckState(Qt.CheckState.Checked if inside else Qt.CheckState.Unchecked)
        self.note.setText(a.note)
        if a.cancelled:
            self.cancel_button.setEnabled(False)

    # ------------------------------------------------------------ reading the form
    def value(self) -> Appointment:
        """The appointment as typed; PonteError when a time does not exist (DST)."""
        d, t = py_date(self.date), self.time.time()
        starts_at = localtime.stored(d, time(t.hour(), t.minute()))
        staff = tuple(
            sorted(
                str(self.staff.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.staff.count())
                if self.staff.item(i).checkState() == Qt.CheckState.Checked
            )
        )
        place = self.place.currentItem()
        fields = {
            "starts_at": starts_at,
            "minutes": self.minutes.value(),
            "kind": self.kind.value() or AppointmentKind.INTERVIEW,
            "staff": staff,
            "place_id": str(place.data(Qt.ItemDataRole.UserRole)) if place else "external",
            "note": self.note.text().strip(),
        }
        if self.item is not None:
            return replace(self.item.appointment, **fields)  # type: ignore[arg-type]
        return Appointment(case_id=self.case_id, **fields)  # type: ignore[arg-type]

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_save(self) -> None:
        try:
            appt = self.value()
        except PonteError as exc:
            self.show_error(error_text(exc))
            return
        if not appt.staff:
            self.show_error(self.tr("Tick at least one person who takes part."))
            return
        self.saved.emit(appt)

    def _on_cancel(self) -> None:
        if self.item is not None:
            self.cancel_requested.emit(self.item.appointment.id)

    def _on_card(self) -> None:
        if self.item is not None:
            self.card_requested.emit(self.item.appointment)

    def _keep(self, starts_at: str) -> None:
        if self.item is not None:
            self.keep_requested.emit(self.item.appointment.id, starts_at)
