"""The centre's outcome indicators: what came of the paths that closed, and after.

On screen the coordinatrice reads her centre's exact counts, each table with its
denominator; every export (CSV, Excel, PDF) carries the suppressed tables only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ponte.app.outcome_export import export
from ponte.app.outcomes import CentreOutcomes, Outcomes, Period
from ponte.core import indicators
from ponte.core.errors import PonteError
from ponte.core.stats_labels import title
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.outcomes.shared import denominator_text, pdf, words
from ponte.desktop.ui.stats.widgets import (
    AskPath,
    ExportButtons,
    StatsTableModel,
    ask_save_path,
    bar_chart,
    chart_view,
)

CENTRE = "centre"


class PeriodPicker(QWidget):
    """A year and a quarter (or the whole year)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Quarter"))
        for q in (1, 2, 3, 4):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
        self.quarter.addItem(self.tr("Whole year"), 0)
        self.quarter.setCurrentIndex(4)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for text, w in ((self.tr("&Year"), self.year), (self.tr("&Quarter"), self.quarter)):
            lab = QLabel(text)
            lab.setBuddy(w)
            lab.setMinimumWidth(lab.sizeHint().width() + 4)  # never squeezed by the combo
            box.addWidget(lab)
            box.addWidget(w)

    def period(self) -> Period:
        q, year = int(self.quarter.currentData()), self.year.value()
        return Period.year(year) if q == 0 else Period.quarter(year, q)


class CentreOutcomesView(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        outcomes: Outcomes,
        *,
        lang: str = "it",
        today: date | None = None,
        ask_path: AskPath = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.outcomes, self.lang, self.ask_path = tasks, outcomes, lang, ask_path
        self.result: CentreOutcomes | None = None
        self.picker = PeriodPicker(today or date.today())
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.table_choice = QComboBox()
        self.table_choice.setAccessibleName(self.tr("Indicator"))
        for name in indicators.TABLES:
            self.table_choice.addItem(title(name, lang), name)
        self.table_choice.currentIndexChanged.connect(self._on_table_choice_changed)
        choice_label = QLabel(self.tr("&Indicator"))
        choice_label.setBuddy(self.table_choice)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.denominator = QLabel()
        self.denominator.setWordWrap(True)
        self.denominator.setAccessibleName(self.tr("Who is counted"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.model = StatsTableModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Counts"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bars = chart_view(self.tr("Chart of the indicator"))
        self.exports = ExportButtons()
        self.exports.setEnabled(False)
        self.exports.export_requested.connect(self._on_exports_export_requested)
        note = QLabel(
            self.tr(
                "Your centre's exact counts. Exports hide every count from 1 to 4 (“<5”) and"
                " what would reveal it (“—”). Women not followed up are counted as such, never"
                " guessed."
            )
        )
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(choice_label)
        top.addWidget(self.table_choice)
        grid = QGridLayout()
        grid.addWidget(self.table, 0, 0)
        grid.addWidget(self.bars, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.denominator)
        box.addWidget(self.error)
        box.addLayout(grid, 1)
        box.addWidget(note)
        box.addWidget(self.exports)

    def _on_show_button_clicked(self) -> None:
        outcomes, period = self.outcomes, self.picker.period()
        self.show_button.setEnabled(False)
        self.tasks.run(
            lambda: outcomes.centre(period), self._show_result, self._show_error, owner=self
        )

    def _show_result(self, result: CentreOutcomes) -> None:
        self.result = result
        self.error.hide()
        self.show_button.setEnabled(True)
        self.exports.setEnabled(True)
        self.summary.setText(self._summary(result))
        self._on_table_choice_changed()
        self.loaded.emit()

    def _summary(self, result: CentreOutcomes) -> str:
        """The headline: paths closed, in a job at closure, followed up after 6 months."""
        closure, six = result.table("outcome_work_closure"), result.table("outcome_followup_6")
        if closure is None or six is None:
            return ""
        jobs = sum(closure.value(r) for r in indicators.JOB_ROWS)
        _total, followed, _ = indicators.denominators(six)
        return (
            self.tr(
                "%1 paths closed; %2 of these women in a job at closure. After 6 months: %3 of %4 followed up."
            )
            .replace("%1", str(closure.total()))
            .replace("%2", str(jobs))
            .replace("%3", str(followed))
            .replace("%4", str(six.total()))
        )

    def _on_table_choice_changed(self, _index: int = 0) -> None:
        if self.result is None:
            return
        table = self.result.table(self.table_choice.currentData())
        self.model.set_table(table)
        if table is not None:
            self.bars.setChart(bar_chart(table, self.lang))
            self.denominator.setText(denominator_text(table, self.lang))

    def _show_error(self, exc: PonteError) -> None:
        self.show_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

    def _on_exports_export_requested(self, fmt: str) -> None:
        path = self.ask_path(self, fmt)
        if path is not None:
            self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        result = self.result
        if result is None:
            return
        sections = [(CENTRE, t) for t in result.published]
        p = result.period
        if fmt == "pdf":
            line = (
                self.tr("Period: %1 – %2")
                .replace("%1", p.start.strftime("%d/%m/%Y"))
                .replace("%2", p.end.strftime("%d/%m/%Y"))
            )
            pdf(path, self.tr("Outcomes of the women's paths"), line, sections, self.lang)
            self.exported.emit(str(path))
            return
        w, heading = words(self.lang), self.tr("Outcomes of the women's paths")
        self.tasks.run(
            lambda: export(sections, p, fmt, path, w, title=heading),
            lambda done: self.exported.emit(str(done)),
            self._show_error,
            owner=self,
        )
