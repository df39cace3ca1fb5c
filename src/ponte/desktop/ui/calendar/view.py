"""CalendarView: the centre's appointments, a day or a week, hers or everyone's.

Reads and writes go through ``app.day.Day`` on the vault thread. PgUp/PgDown (or the
arrows in the bar) change week or day, Home comes back to today; the grid takes the rest
of the keyboard (see ``grid.py``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework
from ponte.app.day import Day, StaffMember
from ponte.core import localtime
from ponte.core.diary import Appointment, DayItem, Place
from ponte.core.errors import PonteError
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.calendar.editor import AppointmentDialog, card_document, print_card
from ponte.desktop.ui.calendar.grid import TimeGrid
from ponte.desktop.ui.common import DeskPage, ui_lang
from ponte.desktop.ui.dates import day_text

EVERYONE = "*"


class CalendarView(DeskPage):
    case_requested = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.today = date.today()
        self.first = localtime.monday(self.today)
        self.items: list[DayItem] = []
        self.places: list[Place] = []
        self.staff: list[StaffMember] = []
        self.dialog: AppointmentDialog | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.prev = QPushButton("←")
        self.prev.setAccessibleName(self.tr("Previous"))
        self.prev.setToolTip(self.tr("Previous (Page Up)"))
        self.next = QPushButton("→")
        self.next.setAccessibleName(self.tr("Next"))
        self.next.setToolTip(self.tr("Next (Page Down)"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Show"))
        self.mode.addItem(self.tr("Week"), 7)
        self.mode.addItem(self.tr("Day"), 1)
        self.whose = QComboBox()
        self.whose.setAccessibleName(self.tr("Whose appointments"))
        self.whose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.whose.setMinimumContentsLength(16)
        self.new_button = QPushButton(self.tr("&New appointment…"))
        self.phone_button = QPushButton(self.tr("Phone calendar…"))
        self.phone_button.setToolTip(
            self.tr("An .ics file with times and places only, for your phone's calendar")
        )
        self.grid = TimeGrid()
        scroll = QScrollArea()
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Calendar status"))
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.prev, self.today_button, self.next):
            bar.addWidget(button)
        bar.addWidget(self.title, 1)
        for w in (self.mode, self.whose, self.new_button, self.phone_button):
            bar.addWidget(w)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.error)
        box.addWidget(scroll, 1)
        box.addWidget(self.status)
        self.prev.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self._on_today_clicked)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, lambda: self._step(-1)
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, lambda: self._step(1)
        )
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.whose.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(lambda: self.open_new(self.first, time(9)))
        self.phone_button.clicked.connect(self._on_phone_clicked)
        self.grid.edit_requested.connect(self.open_item)
        self.grid.new_requested.connect(self.open_new)
        self.grid.move_requested.connect(self._on_move_requested)
        self.grid.cancel_requested.connect(self._on_cancel_requested)

    # ------------------------------------------------------------ state
    @property
    def days(self) -> int:
        return int(self.mode.currentData())

    def whose_id(self) -> str | None:
        data = self.whose.currentData()
        return None if data in (None, EVERYONE) else str(data)

    def bind(self, desk: Casework) -> None:
        super().bind(desk)

        def load(d: Casework) -> tuple[date, list[Place], list[StaffMember]]:
            day = Day(d)
            return day.today(), day.places(), day.staff()

        self.call(load, self._on_bound)

    def _on_bound(self, loaded: tuple[date, list[Place], list[StaffMember]]) -> None:
        self.today, self.places, self.staff = loaded
        self.grid.today = self.today
        self.first = self.today if self.days == 1 else localtime.monday(self.today)
        me = self.desk.actor.account_id if self.desk else ""
        self.whose.blockSignals(True)
        self.whose.clear()
        self.whose.addItem(self.tr("My appointments"), me)
        self.whose.addItem(self.tr("Whole centre"), EVERYONE)
        for s in self.staff:
            if s.account_id != me:
                self.whose.addItem(s.name, s.account_id)
        self.whose.blockSignals(False)
        self.refresh()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None
        self.items = []
        self.grid.clear()
        self.status.clear()
        self.title.clear()
        super().clear()

    # ------------------------------------------------------------ moving around
    def _step(self, direction: int) -> None:
        self.first += timedelta(days=direction * self.days)
        self.refresh()

    def _on_today_clicked(self) -> None:
        self.first = self.today if self.days == 1 else localtime.monday(self.today)
        self.refresh()

    def _on_mode_changed(self, _index: int) -> None:
        anchor = self.today if self.first <= self.today < self.first + timedelta(7) else self.first
        self.first = anchor if self.days == 1 else localtime.monday(anchor)
        self.refresh()

    def show_day(self, day: date) -> None:
        self.first = day if self.days == 1 else localtime.monday(day)
        self.refresh()

    def refresh(self) -> None:
        first, days, whose = self.first, self.days, self.whose_id()
        self.call(lambda d: Day(d).range(first, days, staff=whose), self._on_loaded)

    def _on_loaded(self, items: list[DayItem]) -> None:
        self.items = items
        self.grid.show_items(self.first, self.days, items)
        if self.days == 1:
            self.title.setText(day_text(self.first))
            self.title.setToolTip("")
        else:
            last = self.first + timedelta(days=6)
            # Short enough for the bar ("23 – 29 novembre 2026"); the long form is the tooltip.
            start = (
                "d" if (self.first.month, self.first.year) == (last.month, last.year)
                else "d MMMM" if self.first.year == last.year
                else "d MMMM yyyy"
            )  # fmt: skip
            self.title.setText(f"{day_text(self.first, start)} – {day_text(last, 'd MMMM yyyy')}")
            self.title.setToolTip(
                self.tr("Week of %1 – %2")
                .replace("%1", day_text(self.first))
                .replace("%2", day_text(last))
            )
        live = [i for i in items if not i.appointment.cancelled]
        clashes = sum(1 for i in live if i.clashes)
        moved = sum(1 for i in items if i.moved_twice)
        parts = [self.tr("Appointments: %1").replace("%1", str(len(live)))]
        if clashes:
            parts.append(
                self.tr("Clashes (same person or room at the same time): %1").replace(
                    "%1", str(clashes)
                )
            )
        if moved:
            parts.append(
                self.tr("Moved on two workstations (open to choose): %1").replace("%1", str(moved))
            )
        self.status.setText(" · ".join(parts))

    # ------------------------------------------------------------ editing
    def _dialog(self, **kw: object) -> AppointmentDialog:
        me = self.desk.actor.account_id if self.desk else ""
        dialog = AppointmentDialog(self.places, self.staff, me=me, parent=self, **kw)  # type: ignore[arg-type]
        dialog.saved.connect(self._on_saved)
        dialog.cancel_requested.connect(self._on_cancel_id)
        dialog.keep_requested.connect(self._on_keep)
        dialog.card_requested.connect(self.print_card)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_new(self, day: date, at: time, case_id: str | None = None) -> AppointmentDialog:
        return self._dialog(day=day, at=at, case_id=case_id)

    def open_item(self, item: DayItem) -> AppointmentDialog:
        return self._dialog(item=item)

    def _on_saved(self, appt: Appointment) -> None:
        dialog = self.dialog

        def done(_saved: Appointment) -> None:
            if dialog is not None:
                dialog.accept()
            self.refresh()

        def failed(exc: PonteError) -> None:
            if dialog is not None and dialog.isVisible():
                dialog.show_error(error_text(exc))
            else:
                self.show_error(exc)

        desk = self.desk
        if desk is not None:
            self.runner.run(lambda: Day(desk).save_appointment(appt), done, failed, owner=self)

    def _on_move_requested(self, item: DayItem, day: date, at: time) -> None:
        try:
            starts_at = localtime.stored(day, at)
        except PonteError as exc:
            self.show_error(exc)
            return
        moved = replace(item.appointment, starts_at=starts_at)
        # Shown at once, so the next key press builds on it; the vault's answer (or its
        # refusal) comes back with the refresh.
        self.items = [
            replace(i, appointment=moved) if i.appointment.id == moved.id else i for i in self.items
        ]
        self.grid.show_items(self.first, self.days, self.items)
        self.runner.run(
            lambda: Day(self.desk).change(moved) if self.desk else None,
            lambda _a: self.refresh(),
            self._move_failed,
            owner=self,
        )

    def _move_failed(self, exc: PonteError) -> None:
        self.show_error(exc)
        self.refresh()

    def _on_cancel_requested(self, item: DayItem) -> None:
        self._on_cancel_id(item.appointment.id)

    def _on_cancel_id(self, appointment_id: str) -> None:
        if not self.confirm(self.tr("Cancel appointment"), self.tr("Cancel this appointment?")):
            return
        if self.dialog is not None:
            self.dialog.accept()
        self.call(lambda d: Day(d).cancel(appointment_id), lambda _r: self.refresh())

    def _on_keep(self, appointment_id: str, starts_at: str) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.call(lambda d: Day(d).keep_time(appointment_id, starts_at), lambda _r: self.refresh())

    # ------------------------------------------------------------ printing, phone
    def card_document(self, appt: Appointment, contact: str) -> QTextDocument:
        return card_document(appt, self.places, contact)

    def print_card(self, appt: Appointment) -> None:
        print_card(self.call, appt, self.places, self)

    def _on_phone_clicked(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Phone calendar"))
        box.setText(
            self.tr(
                "Ponte can write your appointments of the next three months to a calendar file "
                "for your phone. It holds only times, places and the word “Appointment”: never "
                "a name, a code or a case. Turn it on for your account?"
            )
        )
        write = box.addButton(self.tr("Write the file…"), QMessageBox.ButtonRole.AcceptRole)
        off = box.addButton(self.tr("Turn it off"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is off:
            self.call(lambda d: Day(d).set_calendar_opt_in(False), lambda _r: None)
        elif box.clickedButton() is write:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save calendar file"), "ponte.ics", self.tr("Calendar (*.ics)")
            )
            if path:
                self.export_phone(Path(path))

    def export_phone(self, path: Path) -> None:
        word = self.tr("Appointment")
        lang = ui_lang()

        def write(d: Casework) -> int:
            day = Day(d)
            day.set_calendar_opt_in(True)
            return day.export_calendar(path, label_text=word, lang=lang)

        self.call(
            write,
            lambda n: self.status.setText(
                self.tr("Appointments written to the file: %1").replace("%1", str(n))
            ),
        )
