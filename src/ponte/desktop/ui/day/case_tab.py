"""CaseDayTab — the case file's "Agenda" tab: who follows her, her dates, appointments and
deadlines, and what the case file prints or writes (letters, summary, plan, closing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any, Protocol

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import CaseBundle, Casework
from ponte.app.day import CasePanel, Day
from ponte.core.deadlines import Deadline
from ponte.core.diary import Appointment, DayItem
from ponte.core.enums import (
    CaseDateKind,
    ClosureReason,
    DeadlineKind,
    DeadlineOutcome,
    PlaceKind,
)
from ponte.core.labels import label
from ponte.desktop.access.reflow import SideBySide
from ponte.desktop.ui import printing
from ponte.desktop.ui.calendar.editor import AppointmentDialog, print_card
from ponte.desktop.ui.casefile.tabs import fill, table
from ponte.desktop.ui.common import EnumCombo, date_edit, fmt_day, py_date, ui_lang
from ponte.desktop.ui.dates import stored_text
from ponte.desktop.ui.day.view import offer_settling
from ponte.desktop.ui.letters.dialog import LetterDialog


class Host(Protocol):
    bundle: CaseBundle | None

    def call(self, fn: Callable[[Casework], Any], on_done: Callable[[Any], None]) -> None: ...
    def reload(self, _result: object = None) -> None: ...


class CaseDayTab(QWidget):
    def __init__(self, host: Any) -> None:
        super().__init__()
        self.host: Host = host
        self.case_id = ""
        self.panel: CasePanel | None = None
        self.dialog: QDialog | None = None
        self.responsible = QLabel()
        self.responsible.setAccessibleDescription(self.tr("Responsible operatrice"))
        self.assignee = QComboBox()
        self.assignee.setAccessibleName(self.tr("Assign to"))
        self.assignee_label = QLabel(self.tr("Assign &to"))
        self.assignee_label.setBuddy(self.assignee)  # Orca names the list by it
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.team_button = QPushButton(self.tr("Who else may &see it…"))
        self.dates: dict[CaseDateKind, tuple[QCheckBox, QDateEdit]] = {}
        dates_box = QGroupBox(self.tr("Dates"))
        form = QFormLayout(dates_box)
        for kind in CaseDateKind:
            tick, edit = QCheckBox(label(kind, ui_lang())), date_edit()
            edit.setAccessibleName(label(kind, ui_lang()))
            edit.setEnabled(False)
            tick.toggled.connect(edit.setEnabled)
            self.dates[kind] = (tick, edit)
            form.addRow(tick, edit)
        self.save_dates = QPushButton(self.tr("Save &dates"))
        form.addRow("", self.save_dates)
        self.appointments = table(
            [self.tr("When"), self.tr("What"), self.tr("Where"), self.tr("Note")],
            self.tr("Her appointments"),
        )
        self.new_appointment = QPushButton(self.tr("&New appointment…"))
        self.card_button = QPushButton(self.tr("Print &card for her…"))
        self.deadlines = table([self.tr("By"), self.tr("What")], self.tr("Deadlines of this case"))
        self.done_button = QPushButton(self.tr("Mark d&one"))
        self.lapse_button = QPushButton(self.tr("Le&t the consent lapse"))
        self.letter_button = QPushButton(self.tr("Write a &letter…"))
        self.summary_button = QPushButton(self.tr("Print s&ummary…"))
        self.plan_button = QPushButton(self.tr("Print &plan…"))
        self.close_button = QPushButton(self.tr("Close the case…"))
        self.closure = QLabel()
        self.closure.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Agenda status"))
        who = QHBoxLayout()
        who.addWidget(self.responsible, 1)
        who.addWidget(self.assignee_label)
        who.addWidget(self.assignee)
        who.addWidget(self.assign_button)
        who.addWidget(self.team_button)
        appts = QGroupBox(self.tr("Appointments"))
        la = QVBoxLayout(appts)
        la.addWidget(self.appointments)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card_button)
        row.addWidget(self.new_appointment)
        la.addLayout(row)
        dls = QGroupBox(self.tr("Deadlines"))
        ld = QVBoxLayout(dls)
        ld.addWidget(self.deadlines)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.lapse_button)
        row.addWidget(self.done_button)
        ld.addLayout(row)
        doing = QWidget()
        actions = QVBoxLayout(doing)
        actions.setContentsMargins(0, 0, 0, 0)
        for b in (self.letter_button, self.summary_button, self.plan_button, self.close_button):
            actions.addWidget(b)
        actions.addWidget(self.closure)
        actions.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(who)
        # Two by two while they fit; one above the other at a large text size (WCAG 1.4.10).
        box.addWidget(SideBySide(appts, dls), 1)
        box.addWidget(SideBySide(dates_box, doing), 1)
        box.addWidget(self.status)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.team_button.clicked.connect(self._on_team_clicked)
        self.save_dates.clicked.connect(self._on_save_dates_clicked)
        self.new_appointment.clicked.connect(self._on_new_appointment_clicked)
        self.appointments.itemActivated.connect(lambda item: self._edit(item.row()))
        self.card_button.clicked.connect(self._on_card_clicked)
        self.deadlines.itemSelectionChanged.connect(self._on_deadline_selected)
        self.done_button.clicked.connect(lambda: self._settle(DeadlineOutcome.DONE))
        self.lapse_button.clicked.connect(lambda: self._settle(DeadlineOutcome.LAPSE))
        self.letter_button.clicked.connect(self.write_letter)
        self.summary_button.clicked.connect(lambda: self._print("summary"))
        self.plan_button.clicked.connect(lambda: self._print("plan"))
        self.close_button.clicked.connect(self._on_close_clicked)

    # ------------------------------------------------------------ loading
    def load(self, bundle: CaseBundle) -> None:
        self.case_id = bundle.case.id
        case_id = bundle.case.id
        self.host.call(lambda d: Day(d).case_panel(case_id), self._show)

    def _show(self, panel: CasePanel) -> None:
        if panel.case_id != self.case_id:
            return
        self.panel = panel
        names = {s.account_id: s.name for s in panel.staff}
        self.responsible.setText(
            self.tr("Responsible: %1").replace("%1", names.get(panel.responsible, "—"))
            + (
                "  ·  "
                + self.tr("Also sees it: %1").replace(
                    "%1", ", ".join(names.get(t, t) for t in panel.team)
                )
                if panel.team
                else ""
            )
        )
        coordinates = self._coordinates()
        for w in (self.assignee_label, self.assignee, self.assign_button):
            w.setVisible(coordinates)
        self.assignee.clear()
        for s in panel.staff:
            self.assignee.addItem(s.name, s.account_id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(panel.responsible)))
        for kind, (tick, edit) in self.dates.items():
            day = panel.dates.get(kind)
            tick.setChecked(day is not None)
            edit.setDate(QDate(day) if day else QDate(panel.today))
        lang = ui_lang()
        fill(
            self.appointments,
            [
                (
                    stored_text(i.appointment.starts_at, "ddd d MMM yyyy"),
                    label(i.appointment.kind, lang),
                    i.place or label(self._place_kind(i.appointment.place_id), lang),
                    self.tr("cancelled") if i.appointment.cancelled else i.appointment.note,
                )
                for i in panel.appointments
            ],
            [i.appointment.id for i in panel.appointments],
        )
        fill(
            self.deadlines,
            [(fmt_day(d.due), label(d.kind, lang)) for d in panel.deadlines],
            [d.key for d in panel.deadlines],
        )
        self._on_deadline_selected()
        waiting = panel.pending_closure
        self.closure.setText(
            self.tr("Closing asked on %1: waiting for the coordinator's approval.").replace(
                "%1", stored_text(waiting.requested_at)
            )
            if waiting
            else ""
        )
        self.close_button.setEnabled(
            waiting is None
            and (self.host.bundle is None or self.host.bundle.case.status.value != "closed")
        )
        self.close_button.setText(
            self.tr("Ask to close…")
            if panel.closure_needs_approval and not coordinates
            else self.tr("Close the case…")
        )

    def _place_kind(self, place_id: str) -> PlaceKind:
        return PlaceKind(place_id) if place_id in ("external", "phone") else PlaceKind.ROOM

    def _coordinates(self) -> bool:
        desk = getattr(self.host, "desk", None)
        return bool(desk is not None and desk.actor.sees_all_cases)

    def clear(self) -> None:
        self.case_id, self.panel = "", None
        for t in (self.appointments, self.deadlines):
            t.setRowCount(0)
        self.responsible.clear()
        self.closure.clear()
        self.status.clear()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None

    def _reload(self, _r: object = None) -> None:
        if self.host.bundle is not None:
            self.load(self.host.bundle)

    # ------------------------------------------------------------ who
    def _on_assign_clicked(self) -> None:
        who, case_id = self.assignee.currentData(), self.case_id
        if who and case_id:
            self.host.call(lambda d: Day(d).assign(case_id, str(who)), self._reload)

    def _on_team_clicked(self) -> None:
        panel = self.panel
        if panel is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Who else may see this case"))
        people = QListWidget()
        people.setAccessibleName(self.tr("Staff"))
        for s in panel.staff:
            if s.account_id == panel.responsible:
                continue
            row = QListWidgetItem(s.name, people)
            row.setData(Qt.ItemDataRole.UserRole, s.account_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                Qt.CheckState.Checked if s.account_id in panel.team else Qt.CheckState.Unchecked
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.rejected.connect(dialog.reject)
        case_id = panel.case_id

        def save() -> None:
            chosen = [
                str(people.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(people.count())
                if people.item(i).checkState() == Qt.CheckState.Checked
            ]
            dialog.accept()
            self.host.call(lambda d: Day(d).set_team(case_id, chosen), self._reload)

        buttons.accepted.connect(save)
        lay = QVBoxLayout(dialog)
        lay.addWidget(people)
        lay.addWidget(buttons)
        self.dialog = dialog
        dialog.open()

    # ------------------------------------------------------------ dates, deadlines
    def _on_save_dates_clicked(self) -> None:
        case_id = self.case_id
        values = {k: (py_date(e) if t.isChecked() else None) for k, (t, e) in self.dates.items()}
        known = dict(self.panel.dates) if self.panel else {}

        def save(d: Casework) -> None:
            day = Day(d)
            for kind, value in values.items():
                if value != known.get(kind):
                    day.set_case_date(case_id, kind, value)

        self.host.call(save, self._saved_dates)

    def _saved_dates(self, _r: object) -> None:
        self.status.setText(self.tr("Dates saved; the deadlines follow them."))
        self._reload()

    def _picked_deadline(self) -> Deadline | None:
        rows = self.deadlines.selectionModel().selectedRows()
        return self.panel.deadlines[rows[0].row()] if self.panel is not None and rows else None

    def _on_deadline_selected(self) -> None:
        offer_settling(self.done_button, self.lapse_button, self._picked_deadline())

    def _settle(self, outcome: DeadlineOutcome) -> None:
        deadline = self._picked_deadline()
        if deadline is None:
            return
        if outcome is DeadlineOutcome.LAPSE and deadline.kind is not DeadlineKind.CONSENT_EXPIRY:
            return
        self.host.call(lambda d: Day(d).settle(deadline, outcome), self._reload)

    # ------------------------------------------------------------ appointments
    def _appointment_dialog(self, item: DayItem | None = None) -> AppointmentDialog | None:
        panel, desk = self.panel, getattr(self.host, "desk", None)
        if panel is None or desk is None:
            return None
        dialog = AppointmentDialog(
            panel.places, panel.staff, me=desk.actor.account_id, item=item,
            day=panel.today, at=time(9), case_id=panel.case_id, parent=self,
        )  # fmt: skip
        dialog.saved.connect(self._on_appointment_saved)
        dialog.card_requested.connect(self.print_card)
        dialog.cancel_requested.connect(self._on_cancel_appointment)
        dialog.keep_requested.connect(self._on_keep)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_new_appointment_clicked(self) -> None:
        self._appointment_dialog()

    def _edit(self, row: int) -> None:
        if self.panel is not None and 0 <= row < len(self.panel.appointments):
            self._appointment_dialog(self.panel.appointments[row])

    def _on_appointment_saved(self, appt: Appointment) -> None:
        dialog = self.dialog

        def done(_a: Appointment) -> None:
            if dialog is not None:
                dialog.accept()
            self._reload()

        self.host.call(lambda d: Day(d).save_appointment(appt), done)

    def _on_cancel_appointment(self, appointment_id: str) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.host.call(lambda d: Day(d).cancel(appointment_id), self._reload)

    def _on_keep(self, appointment_id: str, starts_at: str) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.host.call(lambda d: Day(d).keep_time(appointment_id, starts_at), self._reload)

    def _on_card_clicked(self) -> None:
        rows = self.appointments.selectionModel().selectedRows()
        if self.panel is not None and rows:
            self.print_card(self.panel.appointments[rows[0].row()].appointment)

    def print_card(self, appt: Appointment) -> None:
        print_card(self.host.call, appt, self.panel.places if self.panel else [], self)

    # ------------------------------------------------------------ letters, printing, closing
    def write_letter(self) -> LetterDialog | None:
        if not self.case_id:
            return None
        dialog = LetterDialog(self.host.call, self.case_id, self)
        dialog.saved.connect(lambda _doc: self.host.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def summary_document(self, what: str) -> QTextDocument:
        bundle, panel = self.host.bundle, self.panel
        if bundle is None:  # no case open: nothing to print
            return QTextDocument()
        if what == "plan":
            return printing.document(printing.plan_html(bundle))
        names = {s.account_id: s.name for s in panel.staff} if panel else {}
        dates = [
            (label(k, ui_lang()), fmt_day(v))
            for k, v in sorted((panel.dates if panel else {}).items())
        ]
        responsible = names.get(panel.responsible, "") if panel else ""
        return printing.document(printing.case_summary_html(bundle, responsible, dates))

    def _print(self, what: str) -> None:
        if self.host.bundle is None:
            return
        if printing.print_with_dialog(self.summary_document(what), self):
            case_id = self.case_id
            self.host.call(lambda d: Day(d).printed(case_id, what), lambda _r: None)

    def _on_close_clicked(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Close the case"))
        reason = EnumCombo(ClosureReason, optional=False)
        reason.setAccessibleName(self.tr("Why the case closes"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.rejected.connect(dialog.reject)
        case_id = self.case_id

        def done(request: Any) -> None:
            self.status.setText(
                self.tr("Asked: the coordinator will see your request.")
                if request is not None
                else self.tr("The case is closed.")
            )
            self.host.reload()

        def close() -> None:
            chosen = reason.value() or ClosureReason.GOALS_MET
            dialog.accept()
            self.host.call(lambda d: Day(d).close_case(case_id, chosen), done)

        buttons.accepted.connect(close)
        lay = QFormLayout(dialog)
        lay.addRow(self.tr("&Reason"), reason)
        lay.addRow(buttons)
        self.dialog = dialog
        dialog.open()
