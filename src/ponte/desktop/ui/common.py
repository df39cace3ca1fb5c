"""Small pieces every screen uses: a page bound to the case-work facade, enum pickers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMessageBox, QWidget

from ponte.app.casework import Casework
from ponte.core.errors import PonteError
from ponte.core.labels import label
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def ui_lang() -> str:
    """The language of the domain labels: the one the UI was translated to."""
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


class DeskPage(QWidget):
    """A screen that works on the unlocked vault through ``Casework`` on the vault thread.

    ``bind`` is called after sign-in, ``clear`` at lock: it must drop every widget that
    showed case data. ``packet_queued`` asks for a sync round now (a packet waits to leave).
    """

    packet_queued = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.desk: Casework | None = None
        self.error = QLabel()
        self.error.setObjectName("inline-error")
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()

    def bind(self, desk: Casework) -> None:
        self.desk = desk

    def clear(self) -> None:
        self.desk = None
        self.error.hide()

    def call(self, fn: Callable[[Casework], T], on_done: Callable[[T], None]) -> None:
        desk = self.desk
        if desk is None:
            return
        self.error.hide()
        self.runner.run(lambda: fn(desk), on_done, self.show_error, owner=self)

    def show_error(self, exc: PonteError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes


class EnumCombo(QComboBox, Generic[E]):
    """A closed list shown in plain words; optional "not recorded" entry."""

    def __init__(self, enum: type[E], *, optional: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.enum = enum
        if optional:
            self.addItem("—", None)
        for member in enum:
            self.addItem(label(member, ui_lang()), member.value)

    def value(self) -> E | None:
        data = self.currentData()
        return None if data is None else self.enum(data)

    def set_value(self, value: E | None) -> None:
        index = self.findData(None if value is None else value.value)
        self.setCurrentIndex(max(index, 0))


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(value) if value else QDate.currentDate())
    return edit


def py_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


DECLINE_REASONS = ("not_eligible", "no_capacity", "other_service", "other")


def reason_text(code: str) -> str:
    """A partner service's reason for declining, in plain words (both sides show it)."""
    words = {
        "not_eligible": QCoreApplication.translate("reasons", "she does not meet the requirements"),
        "no_capacity": QCoreApplication.translate("reasons", "no places available now"),
        "other_service": QCoreApplication.translate("reasons", "another service fits better"),
        "other": QCoreApplication.translate("reasons", "other reason (the centre will call)"),
    }
    return words.get(code, code)


def packet_kind(ptype: str) -> str:
    """What a message that travels is, in words (its code for a newer kind)."""
    words = {
        "referral": QCoreApplication.translate("PacketKinds", "referral"),
        "status": QCoreApplication.translate("PacketKinds", "answer"),
        "withdrawal": QCoreApplication.translate("PacketKinds", "withdrawal"),
        "refusal": QCoreApplication.translate("PacketKinds", "notice: could not open"),
        "aggregate": QCoreApplication.translate(
            "PacketKinds", "statistics for the cabina di regia"
        ),
        "replica": QCoreApplication.translate(
            "PacketKinds", "update for the centre's other workstations"
        ),
        "audit_anchor": QCoreApplication.translate("PacketKinds", "check of the activity log"),
    }
    return words.get(ptype, ptype)


def fmt_day(value: date | str | None) -> str:
    """A day as the UI's locale writes it (07/12/2026 in Italian), never ISO."""
    if value is None or value == "":
        return ""
    d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return QLocale().toString(QDate(d.year, d.month, d.day), "dd/MM/yyyy")


def fmt_when(value: datetime | str | None) -> str:
    """A moment in local time, month in words: "7 dic 2026, 02:24" (never an ISO stamp)."""
    if value is None or value == "":
        return ""
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    local = when.astimezone()
    day = QDate(local.year, local.month, local.day)
    return f"{QLocale().toString(day, 'd MMM yyyy')}, {local:%H:%M}"


def fmt_month(value: date | str, *, short: bool = False) -> str:
    """A month in words: "gennaio 2026", or "gen 2026" (never "2026-01")."""
    d = value if isinstance(value, date) else date.fromisoformat(f"{str(value)[:7]}-01")
    return QLocale().toString(QDate(d.year, d.month, 1), "MMM yyyy" if short else "MMMM yyyy")


def fmt_n(number: float) -> str:
    """A number as the UI's locale writes it, grouped from the thousands: "1.000" in Italian
    (Qt, after CLDR, would leave 4-digit numbers ungrouped: "1000")."""
    locale = QLocale()
    if isinstance(number, int):
        return f"{number:,}".replace(",", locale.groupSeparator())
    return locale.toString(float(number), "g", 3)


def plural(count: int, one: str, many: str) -> str:
    """``one`` for 1 ("1 caso"), else ``many`` with %1 as the number ("1.000 casi")."""
    return one if count == 1 else many.replace("%1", fmt_n(count))


def labels(values: Iterable[StrEnum]) -> str:
    return ", ".join(label(v, ui_lang()) for v in values)


def plain(value: Any) -> str:
    if isinstance(value, StrEnum):
        return label(value, ui_lang())
    return "" if value is None else str(value)
