"""The centre's statistics screen: pick a period, read the tables and charts, export.

On screen the coordinatrice sees her centre's exact counts (they never leave the vault
this way); every export — CSV, Excel, PDF — carries the suppressed tables only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ponte.app.statistics import CentreFigures, Period, Statistics
from ponte.core.errors import PonteError
from ponte.core.stats_labels import title
from ponte.core.suppression import CountTable
from ponte.desktop.access.fit import fit_columns
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.common import fmt_n
from ponte.desktop.ui.stats.widgets import (
    AskPath,
    ExportButtons,
    StatsTableModel,
    ask_save_path,
    bar_chart,
    chart_view,
    line_chart,
)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class StatsView(QWidget):
    loaded = Signal()
    exported = Signal(str)  # path written

    def __init__(
        self,
        tasks: TaskRunner,
        statistics: Statistics,
        *,
        lang: str = "it",
        today: date | None = None,
        ask_path: AskPath = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.statistics, self.lang, self.ask_path = tasks, statistics, lang, ask_path
        self.result: CentreFigures | None = None
        today = today or date.today()
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
        start_label, end_label = QLabel(self.tr("&From")), QLabel(self.tr("&To"))
        start_label.setBuddy(self.start)
        end_label.setBuddy(self.end)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setAccessibleName(self.tr("Show the statistics for this period"))
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.table_choice = QComboBox()
        self.table_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table_choice.setAccessibleName(self.tr("Table"))
        self.table_choice.currentIndexChanged.connect(self._on_table_choice_changed)
        table_label = QLabel(self.tr("T&able"))
        table_label.setBuddy(self.table_choice)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.model = StatsTableModel(lang, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Counts"))
        fit_columns(self.table.horizontalHeader())  # titles whole; the table scrolls if need be
        self.bars = chart_view(self.tr("Chart of the table"))
        self.trend = chart_view(self.tr("New contacts by month"))
        self.exports = ExportButtons()
        self.exports.export_requested.connect(self._on_exports_export_requested)
        self.exports.exported.connect(self.exported.emit)
        self.note = QLabel(
            self.tr("Exports hide every count from 1 to 4 (“<5”) and what would reveal it (“—”).")
        )
        self.note.setWordWrap(True)

        for lab in (start_label, end_label, table_label):
            lab.setMinimumWidth(lab.sizeHint().width())  # never squeezed by the combo
        top = QHBoxLayout()
        for w in (start_label, self.start, end_label, self.end, self.show_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(table_label)
        top.addWidget(self.table_choice)
        grid = QGridLayout()
        grid.addWidget(self.table, 0, 0)
        grid.addWidget(self.bars, 0, 1)
        grid.addWidget(self.trend, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.error)
        box.addLayout(grid, 1)
        box.addWidget(self.note)
        box.addWidget(self.exports)
        self.exports.setEnabled(False)

    # ------------------------------------------------------------ loading
    def period(self) -> Period:
        return Period(_pydate(self.start.date()), _pydate(self.end.date()))

    def _on_show_button_clicked(self) -> None:
        try:
            period = self.period()
        except PonteError as exc:
            self._show_error(exc)
            return
        statistics = self.statistics
        self.show_button.setEnabled(False)
        self.tasks.run(lambda: statistics.centre(period), self._show_result, self._show_error)

    def _show_result(self, result: CentreFigures) -> None:
        self.result = result
        self.error.hide()
        self.show_button.setEnabled(True)
        self.exports.setEnabled(True)
        s = result.stats
        median, answered = s.days_to_first_status
        text = self.tr("%1 new contacts, %2 active cases, %3 referrals.")
        text = text.replace("%1", fmt_n(s.new_contacts)).replace("%2", fmt_n(s.active_cases))
        text = text.replace("%3", fmt_n(int(s.overview.value("referrals"))))
        if median is not None:
            more = self.tr("First answer to a referral after %1 days (median of %2).")
            text += " " + more.replace("%1", fmt_n(float(median))).replace("%2", fmt_n(answered))
        self.summary.setText(text)
        current = self.table_choice.currentData() or "age_citizenship"
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for t in s.tables():
            self.table_choice.addItem(title(t.name, self.lang), t.name)
        for ft in result.centre.tables:
            own = self.tr("%1 (this centre's field)").replace("%1", ft.field.label(self.lang))
            self.table_choice.addItem(own, ft.table.name)
        self.table_choice.setCurrentIndex(max(self.table_choice.findData(current), 0))
        self.table_choice.blockSignals(False)
        self._on_table_choice_changed()
        self.trend.setChart(line_chart(result.months, self.tr("New contacts by month")))
        self.loaded.emit()

    def _on_table_choice_changed(self, _index: int = 0) -> None:
        if self.result is None:
            return
        name = self.table_choice.currentData()
        table = next((t for t in self.result.shown() if t.name == name), None)
        field = next((f.field for f in self.result.centre.tables if f.table.name == name), None)
        if table is not None and field is not None:  # her own words for her own choices
            words = {"yes": self.tr("yes"), "no": self.tr("no")}
            labels = tuple(
                words.get(code) or (c.label(self.lang) if (c := field.choice(code)) else code)
                for code in table.row_labels
            )
            table = CountTable(table.name, labels, table.col_labels, table.cells, table.additive)
        self.model.set_table(table)
        if table is not None:
            self.bars.setChart(bar_chart(table, self.lang))

    def _show_error(self, exc: PonteError) -> None:
        self.show_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

    # ------------------------------------------------------------ exports
    def _on_exports_export_requested(self, fmt: str) -> None:
        if self.result is None:
            return
        path = self.ask_path(self, fmt)
        if path is not None:
            self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        result = self.result
        if result is None:
            return
        self.exports.save(
            self.tasks,
            path,
            fmt,
            heading=self.tr("Centre statistics"),
            period=result.stats.period,
            tables=[*result.published, *result.centre.published],
            lang=self.lang,
        )
