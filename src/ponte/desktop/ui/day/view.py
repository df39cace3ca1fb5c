"""MyDayView — "La mia giornata", the first screen after sign-in.

Today's appointments, the deadlines overdue and coming, new answers from partner services,
and the cases given to her since she last looked. One click on a woman's code (or Enter on
a row) opens her case. A coordinatrice also gets the centre's caseload (``caseload.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework
from ponte.app.day import Day, MyDay
from ponte.core import localtime
from ponte.core.deadlines import Deadline, Urgency
from ponte.core.diary import DayItem
from ponte.core.enums import DeadlineKind, DeadlineOutcome, PlaceKind, ReferralStatus
from ponte.core.labels import label
from ponte.desktop.access.fit import sized, titles_whole
from ponte.desktop.access.reflow import SideBySide
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.tabs import fill, selected_key, table
from ponte.desktop.ui.common import DeskPage, fmt_day, ui_lang
from ponte.desktop.ui.dates import day_text, stored_text, time_text
from ponte.desktop.ui.day.caseload import CaseloadView
from ponte.desktop.ui.day.settings import DaySettingsDialog

CODE_COLUMN = 0


def offer_settling(done: QPushButton, lapse: QPushButton, picked: Deadline | None) -> None:
    """Her day and the case agenda: a picked deadline can be marked done; only a consent's
    can be let lapse; nothing picked, nothing offered."""
    done.setEnabled(picked is not None)
    lapse.setEnabled(picked is not None and picked.kind is DeadlineKind.CONSENT_EXPIRY)


class MyDayView(DeskPage):
    case_requested = Signal(str)
    calendar_requested = Signal(object)  # date

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.since: str | None = None
        self.day: MyDay | None = None
        self.deadline_rows: list[Deadline] = []
        self.title = QLabel()
        sized(self.title, 1.4, bold=True)
        self.title.setWordWrap(True)
        self.title.setAccessibleDescription(self.tr("Today"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.settings_button = QPushButton(self.tr("Diary &settings…"))
        self.settings_button.setToolTip(
            self.tr("Deadline rules, rooms, closing with approval, letter templates")
        )
        self.settings_button.clicked.connect(self.open_settings)
        self.settings_button.hide()
        self.settings: DaySettingsDialog | None = None
        self.agenda = table(
            [self.tr("Code"), self.tr("Time"), self.tr("What"), self.tr("Where"), self.tr("Note")],
            self.tr("Today's appointments"),
        )
        self.deadlines = table(
            [self.tr("Code"), self.tr("By"), self.tr("What"), self.tr("When")],
            self.tr("Deadlines"),
        )
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.lapse_button = QPushButton(self.tr("&Let the consent lapse"))
        self.calendar_button = QPushButton(self.tr("Open the &calendar"))
        self.updates = table(
            [self.tr("Code"), self.tr("Service"), self.tr("Answer"), self.tr("Received")],
            self.tr("Answers from partner services"),
        )
        self.assigned = table(
            [self.tr("Code"), self.tr("Assigned on")], self.tr("Cases assigned to you")
        )
        stretch = {self.agenda: 4, self.deadlines: 2, self.updates: 1, self.assigned: 1}
        for t, wide in stretch.items():
            fit = t.horizontalHeader()
            for col in range(t.columnCount()):
                mode = (
                    QHeaderView.ResizeMode.Stretch
                    if col == wide
                    else QHeaderView.ResizeMode.ResizeToContents
                )
                fit.setSectionResizeMode(col, mode)
            titles_whole(fit)  # a squeezed stretching column scrolls, its title stays whole
            t.setWordWrap(True)
            t.cellClicked.connect(lambda row, col, t=t: self._on_cell_clicked(t, row, col))
            t.itemActivated.connect(lambda item, t=t: self._open_row(t, item.row()))
        self.deadlines.itemSelectionChanged.connect(self._on_deadline_selected)
        self.done_button.clicked.connect(lambda: self._settle(DeadlineOutcome.DONE))
        self.lapse_button.clicked.connect(lambda: self._settle(DeadlineOutcome.LAPSE))
        self.calendar_button.clicked.connect(
            lambda: self.calendar_requested.emit(self.day.today if self.day else None)
        )
        # Two by two while they fit; one above the other at a large text size (WCAG 1.4.10).
        mine = QWidget()
        grid = QVBoxLayout(mine)
        grid.addWidget(
            SideBySide(
                self._group(self.tr("Today's appointments"), self.agenda, self.calendar_button),
                self._group(
                    self.tr("Deadlines"), self.deadlines, self.done_button, self.lapse_button
                ),
            ),
            1,
        )
        grid.addWidget(
            SideBySide(
                self._group(self.tr("New answers from partner services"), self.updates),
                self._group(self.tr("Assigned to you since you last looked"), self.assigned),
            ),
            1,
        )
        self.caseload = CaseloadView(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("My day sections"))
        self.tabs.addTab(mine, self.tr("My day"))
        self.caseload_index = self.tabs.addTab(self.caseload, self.tr("Centre caseload"))
        self.tabs.setTabVisible(self.caseload_index, False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.settings_button)
        top.addWidget(self.refresh_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.error)
        box.addWidget(self.tabs, 1)
        self._on_deadline_selected()

    def _group(self, title: str, body: QWidget, *buttons: QPushButton) -> QGroupBox:
        group = QGroupBox(title)
        lay = QVBoxLayout(group)
        lay.addWidget(body)
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for b in buttons:
                row.addWidget(b)
            lay.addLayout(row)
        return group

    # ------------------------------------------------------------ loading
    def start(self) -> None:
        """At sign-in: remember when she last looked, then show her day."""

        def begin(d: Casework) -> MyDay:
            day = Day(d)
            self.since = day.start_day()
            return day.my_day(self.since)

        self.call(begin, self._show)

    def refresh(self) -> None:
        since = self.since
        self.call(lambda d: Day(d).my_day(since), self._show)

    def _show(self, day: MyDay) -> None:
        self.day = day
        self.title.setText(self.tr("Today, %1").replace("%1", day_text(day.today)))
        lang = ui_lang()
        fill(
            self.agenda,
            [
                (
                    i.woman_code,
                    f"{time_text(localtime.from_stored(i.appointment.starts_at))}"
                    f" ({i.appointment.minutes}′)",
                    label(i.appointment.kind, lang),
                    i.place or self._place_word(i.appointment.place_id),
                    self._warning(i),
                )
                for i in day.appointments
            ],
            [i.appointment.case_id or "" for i in day.appointments],
        )
        self.deadline_rows = list(day.deadlines)
        fill(
            self.deadlines,
            [
                (
                    day.codes.get(d.case_id, ""),
                    fmt_day(d.due),
                    label(d.kind, lang),
                    self._urgency(d),
                )
                for d in self.deadline_rows
            ],
            [d.case_id for d in self.deadline_rows],
        )
        for row, d in enumerate(self.deadline_rows):
            if d.urgency(day.today) in (Urgency.OVERDUE, Urgency.TODAY):
                for col in range(self.deadlines.columnCount()):
                    cell = self.deadlines.item(row, col)
                    if cell is not None:
                        cell.setForeground(QColor("#a40000"))
        fill(
            self.updates,
            [
                (u.woman_code, u.service, self._answer(u.status), stored_text(u.at))
                for u in day.updates
            ],
            [u.case_id for u in day.updates],
        )
        fill(
            self.assigned,
            [(r.woman_code, stored_text(r.at)) for r in day.assigned],
            [r.case_id for r in day.assigned],
        )
        self.tabs.setTabVisible(self.caseload_index, day.caseload is not None)
        self.settings_button.setVisible(day.caseload is not None)
        if day.caseload is not None:
            self.caseload.show_caseload(day.caseload)
            self.caseload.show_purge(day.purge_due)
        self._on_deadline_selected()

    def open_settings(self) -> DaySettingsDialog:
        dialog = DaySettingsDialog(self.call, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self.settings = dialog
        dialog.open()
        return dialog

    def clear(self) -> None:
        if self.settings is not None:
            self.settings.reject()
            self.settings.deleteLater()
            self.settings = None
        self.settings_button.hide()
        self.day, self.since, self.deadline_rows = None, None, []
        for t in (self.agenda, self.deadlines, self.updates, self.assigned):
            t.setRowCount(0)
        self.caseload.clear()
        self.title.clear()
        super().clear()

    # ------------------------------------------------------------ words
    def _place_word(self, place_id: str) -> str:
        return label(PlaceKind(place_id), ui_lang()) if place_id in ("external", "phone") else ""

    def _warning(self, item: DayItem) -> str:
        if item.appointment.cancelled:
            return self.tr("cancelled")
        if item.moved_twice:
            return self.tr("moved on two workstations: choose the time")
        if item.clashes:
            return self.tr("clashes with another appointment")
        return ""

    def _urgency(self, d: Deadline) -> str:
        if self.day is None:  # not loaded yet: no words for it
            return ""
        u = d.urgency(self.day.today)
        if u is Urgency.OVERDUE:
            return self.tr("overdue since %1").replace("%1", fmt_day(d.due))
        if u is Urgency.TODAY:
            return self.tr("today")
        days = (d.due - self.day.today).days
        return self.tr("tomorrow") if days == 1 else self.tr("in %1 days").replace("%1", str(days))

    def _answer(self, status: str) -> str:
        try:
            return label(ReferralStatus(status), ui_lang())
        except ValueError:
            return status

    # ------------------------------------------------------------ acting
    def _on_cell_clicked(self, t: QTableWidget, row: int, col: int) -> None:
        if col == CODE_COLUMN:
            self._open_row(t, row)

    def _open_row(self, t: QTableWidget, row: int) -> None:
        item = t.item(row, 0)
        case_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if case_id:
            self.case_requested.emit(str(case_id))

    def selected_deadline(self) -> Deadline | None:
        rows = self.deadlines.selectionModel().selectedRows()
        return self.deadline_rows[rows[0].row()] if rows else None

    def _on_deadline_selected(self) -> None:
        offer_settling(self.done_button, self.lapse_button, self.selected_deadline())

    def _settle(self, outcome: DeadlineOutcome) -> None:
        d = self.selected_deadline()
        if d is not None and selected_key(self.deadlines) is not None:
            self.call(lambda desk: Day(desk).settle(d, outcome), lambda _r: self.refresh())
