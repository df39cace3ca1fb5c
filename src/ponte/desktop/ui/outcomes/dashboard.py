"""The cabina di regia's outcome dashboard: per network and metro-wide, by quarter.

Everything here comes from the centres' aggregate reports, already suppressed by each
centre; combined tables show a count only when every centre showed it ("≥n" otherwise).
Each table says whom it counts. There is no way from here to a woman or a centre's rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ponte.app.outcome_export import export
from ponte.app.outcomes import Outcomes, Period
from ponte.app.reporting import METRO, NetworkPicture
from ponte.core import indicators
from ponte.core.combining import add_up, at_least
from ponte.core.errors import PonteError
from ponte.core.stats_labels import title, word
from ponte.core.suppression import Cell, PublishedTable
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

#: The trend: women in a job (any contract) at closure, after 6 and after 12 months.
TREND = ("outcome_work_closure", "outcome_followup_6", "outcome_followup_12")


def in_work(table: PublishedTable | None) -> Cell:
    """Women in a job (any contract) in an outcome table, as far as its cells tell."""
    if table is None:
        return 0
    cells = dict(zip(table.row_labels, (r[0] for r in table.cells), strict=True))
    return add_up([cells[r] for r in sorted(indicators.JOB_ROWS)], table.withheld)


def _floor(cell: Cell) -> int:
    return cell if isinstance(cell, int) else at_least(cell) or 0


class OutcomeDashboardView(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        outcomes: Outcomes,
        *,
        lang: str = "it",
        ask_path: AskPath = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.outcomes, self.lang, self.ask_path = tasks, outcomes, lang, ask_path
        self.picture: NetworkPicture | None = None
        self.period_choice = QComboBox()
        self.area_choice = QComboBox()
        self.table_choice = QComboBox()
        for name in indicators.TABLES:
            self.table_choice.addItem(title(name, lang), name)
        top = QHBoxLayout()
        for text, combo, slot in (
            (self.tr("&Period"), self.period_choice, self._on_period_choice_changed),
            (self.tr("&Area"), self.area_choice, self._on_view_changed),
            (self.tr("&Indicator"), self.table_choice, self._on_view_changed),
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setAccessibleName(text.replace("&", ""))
            combo.currentIndexChanged.connect(slot)
            lab = QLabel(text)
            lab.setBuddy(combo)
            lab.setMinimumWidth(lab.sizeHint().width() + 4)
            top.addWidget(lab)
            top.addWidget(combo)
        top.addStretch(1)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.summary = QLabel(self.tr("No reports received yet."))
        self.summary.setWordWrap(True)
        self.denominator = QLabel()
        self.denominator.setWordWrap(True)
        self.denominator.setAccessibleName(self.tr("Who is counted"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.model = StatsTableModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Combined counts"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bars = chart_view(self.tr("Chart of the indicator"))
        self.trend = chart_view(self.tr("Women in work, by quarter"))
        self.exports = ExportButtons()
        self.exports.setEnabled(False)
        self.exports.export_requested.connect(self._on_exports_export_requested)
        note = QLabel(
            self.tr(
                "From the centres' reports. “<5”: from 1 to 4; “—”: hidden by a centre so that"
                " a small count cannot be worked out; “≥n”: at least n (some centres hid their"
                " count). Women not followed up are counted apart, never guessed."
            )
        )
        note.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.table, 0, 0)
        grid.addWidget(self.bars, 0, 1)
        grid.addWidget(self.trend, 1, 0, 1, 2)
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

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        outcomes = self.outcomes
        self.tasks.run(
            lambda: (outcomes.periods(), outcomes.quarters()),
            self._show_periods,
            self._show_error,
            owner=self,
        )

    def _show_periods(self, loaded: tuple[list[tuple[date, date]], list[NetworkPicture]]) -> None:
        periods, quarters = loaded
        current = self.period_choice.currentData()
        self.period_choice.blockSignals(True)
        self.period_choice.clear()
        for start, end in periods:
            self.period_choice.addItem(
                f"{start.strftime('%d/%m/%Y')} – {end.strftime('%d/%m/%Y')}", (start, end)
            )
        self.period_choice.setCurrentIndex(max(self.period_choice.findData(current), 0))
        self.period_choice.blockSignals(False)
        self.trend.setChart(self._trend_chart(quarters))
        if periods:
            self._on_period_choice_changed()
        else:
            self.loaded.emit()

    def _on_period_choice_changed(self, _index: int = 0) -> None:
        chosen = self.period_choice.currentData()
        if chosen is None:
            return
        outcomes, period = self.outcomes, Period(*chosen)
        self.tasks.run(
            lambda: outcomes.network(period), self._show_picture, self._show_error, owner=self
        )

    def _show_picture(self, picture: NetworkPicture) -> None:
        self.picture = picture
        self.error.hide()
        self.exports.setEnabled(True)
        total = sum(picture.centres.values())
        self.summary.setText(
            self.tr("%1 centre reports from %2 networks.")
            .replace("%1", str(total))
            .replace("%2", str(len(picture.centres)))
        )
        current = self.area_choice.currentData()
        self.area_choice.blockSignals(True)
        self.area_choice.clear()
        for code in (METRO, *picture.by_network):
            self.area_choice.addItem(word(code, self.lang), code)
        self.area_choice.setCurrentIndex(max(self.area_choice.findData(current), 0))
        self.area_choice.blockSignals(False)
        self._on_view_changed()
        self.loaded.emit()

    def current_table(self) -> PublishedTable | None:
        if self.picture is None:
            return None
        return self.picture.table(
            self.table_choice.currentData() or "", self.area_choice.currentData() or METRO
        )

    def _on_view_changed(self, _index: int = 0) -> None:
        table = self.current_table()
        self.model.set_table(table)
        if table is None:
            self.denominator.setText(self.tr("No centre of this area reported this indicator."))
            return
        self.bars.setChart(bar_chart(table, self.lang))
        self.denominator.setText(denominator_text(table, self.lang))

    def _trend_chart(self, quarters: list[NetworkPicture]) -> QChart:
        series = QBarSeries()
        top = 5
        for name in TREND:
            bars = QBarSet(title(name, self.lang))
            for picture in quarters:
                n = _floor(in_work(picture.table(name)))
                bars.append(float(n))
                top = max(top, n)
            series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Women in a job, metropolitan area, by quarter (“≥n” drawn as n)"))
        axis_x = QBarCategoryAxis()
        axis_x.append(
            [
                self.tr("Q%1 %2")
                .replace("%1", str((p.period.start.month - 1) // 3 + 1))
                .replace("%2", str(p.period.start.year))
                for p in quarters
            ]
            or [""]
        )
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, top)
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _show_error(self, exc: PonteError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    # ------------------------------------------------------------ exports
    def _on_exports_export_requested(self, fmt: str) -> None:
        path = self.ask_path(self, fmt)
        if path is not None:
            self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        picture = self.picture
        if picture is None:
            return
        sections = [
            (area, t)
            for area, tables in ((METRO, picture.metro), *picture.by_network.items())
            for name, t in tables.items()
            if name in indicators.TABLES
        ]
        p, heading = picture.period, self.tr("Outcomes of the women's paths in the network")
        if fmt == "pdf":
            line = (
                self.tr("Period: %1 – %2")
                .replace("%1", p.start.strftime("%d/%m/%Y"))
                .replace("%2", p.end.strftime("%d/%m/%Y"))
            )
            pdf(path, heading, line, sections, self.lang)
            self.exported.emit(str(path))
            return
        w = words(self.lang)
        self.tasks.run(
            lambda: export(sections, p, fmt, path, w, title=heading),
            lambda done: self.exported.emit(str(done)),
            self._show_error,
            owner=self,
        )
