"""The cabina di regia's dashboard: the metropolitan area and each network, from reports.

Everything here was already suppressed by the centres; combined tables show a count only
when every centre showed it. There is no way from this screen to a centre's cases.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ponte.app.reporting import METRO, NetworkPicture, picture_tables
from ponte.app.statistics import Period, Statistics
from ponte.core.errors import PonteError
from ponte.core.stats_labels import title, word
from ponte.core.suppression import PublishedTable
from ponte.desktop.access.fit import fit_columns
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.common import fmt_day, fmt_n
from ponte.desktop.ui.stats.widgets import (
    AskPath,
    ExportButtons,
    StatsTableModel,
    ask_save_path,
    bar_chart,
    chart_view,
)


class NetworkDashboardView(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        statistics: Statistics,
        *,
        lang: str = "it",
        ask_path: AskPath = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.statistics, self.lang, self.ask_path = tasks, statistics, lang, ask_path
        self.picture: NetworkPicture | None = None
        self.period_choice = QComboBox()
        self.period_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_choice.setAccessibleName(self.tr("Period"))
        self.period_choice.currentIndexChanged.connect(self._on_period_choice_changed)
        self.area_choice = QComboBox()
        self.area_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_choice.setAccessibleName(self.tr("Area"))
        self.area_choice.currentIndexChanged.connect(self._on_view_changed)
        self.table_choice = QComboBox()
        self.table_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table_choice.setAccessibleName(self.tr("Table"))
        self.table_choice.currentIndexChanged.connect(self._on_view_changed)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the received reports"))
        self.refresh_button.clicked.connect(self.refresh)
        labels = []
        for text, buddy in (
            (self.tr("&Period"), self.period_choice),
            (self.tr("&Area"), self.area_choice),
            (self.tr("T&able"), self.table_choice),
        ):
            lab = QLabel(text)
            lab.setBuddy(buddy)
            lab.setMinimumWidth(lab.sizeHint().width())
            labels.append((lab, buddy))
        self.summary = QLabel(self.tr("No reports received yet."))
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.model = StatsTableModel(lang, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Combined counts"))
        fit_columns(self.table.horizontalHeader())  # titles whole; the table scrolls if need be
        self.bars = chart_view(self.tr("Chart of the table"))
        self.networks = chart_view(self.tr("New contacts by network"))
        self.exports = ExportButtons()
        self.exports.export_requested.connect(self._on_exports_export_requested)
        self.exports.exported.connect(self.exported.emit)
        self.exports.setEnabled(False)
        note = QLabel(
            self.tr(
                "Counts from the centres' reports. “<5”: from 1 to 4; “—”: hidden by a centre"
                " so that a small count cannot be worked out; “≥n”: at least n (some centres"
                " hid their count)."
            )
        )
        note.setWordWrap(True)

        top = QHBoxLayout()
        for lab, buddy in labels:
            top.addWidget(lab)
            top.addWidget(buddy)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        grid = QGridLayout()
        grid.addWidget(self.table, 0, 0)
        grid.addWidget(self.bars, 0, 1)
        grid.addWidget(self.networks, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.error)
        box.addLayout(grid, 1)
        box.addWidget(note)
        box.addWidget(self.exports)

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Reload the list of periods with reports, then the chosen period's picture."""
        self.tasks.run(self.statistics.report_periods, self._show_periods, self._show_error)

    def _show_periods(self, periods: list[tuple[date, date]]) -> None:
        current = self.period_choice.currentData()
        self.period_choice.blockSignals(True)
        self.period_choice.clear()
        for start, end in periods:
            text = f"{fmt_day(start)} – {fmt_day(end)}"
            self.period_choice.addItem(text, (start, end))
        index = self.period_choice.findData(current) if current else 0
        self.period_choice.setCurrentIndex(max(index, 0))
        self.period_choice.blockSignals(False)
        if periods:
            self._on_period_choice_changed()
        else:
            self.loaded.emit()

    def _on_period_choice_changed(self, _index: int = 0) -> None:
        chosen = self.period_choice.currentData()
        if chosen is None:
            return
        statistics, period = self.statistics, Period(*chosen)
        self.tasks.run(
            lambda: statistics.network_picture(period), self._show_picture, self._show_error
        )

    def _show_picture(self, picture: NetworkPicture) -> None:
        self.picture = picture
        self.error.hide()
        self.exports.setEnabled(True)
        total = sum(picture.centres.values())
        text = self.tr("%1 centre reports from %2 networks.")
        self.summary.setText(
            text.replace("%1", fmt_n(total)).replace("%2", fmt_n(len(picture.centres)))
        )
        for combo, items in (
            (self.area_choice, [METRO, *picture.by_network]),
            (self.table_choice, list(picture.metro)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code in items:
                combo.addItem(
                    title(code, self.lang) if combo is self.table_choice else word(code, self.lang),
                    code,
                )
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)
        self._on_view_changed()
        chart = bar_chart(self._by_network(picture), self.lang)
        chart.setTitle(self.tr("New contacts and active cases by network"))
        self.networks.setChart(chart)
        self.loaded.emit()

    def _by_network(self, picture: NetworkPicture) -> PublishedTable:
        """New contacts and active cases per network, as one table for the chart."""
        rows = [
            (network, tuple(c[0] for c in overview.cells[:2]))
            for network, tables in picture.by_network.items()
            if (overview := tables.get("overview")) is not None and len(overview.cells) >= 2
        ]
        return PublishedTable(
            "overview",
            tuple(r[0] for r in rows),
            ("new_contacts", "active_cases"),
            tuple(r[1] for r in rows),
        )

    def current_table(self) -> PublishedTable | None:
        if self.picture is None:
            return None
        return self.picture.table(
            self.table_choice.currentData() or "", self.area_choice.currentData() or METRO
        )

    def _on_view_changed(self, _index: int = 0) -> None:
        table = self.current_table()
        self.model.set_table(table)
        if table is not None:
            self.bars.setChart(bar_chart(table, self.lang))

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
        self.exports.save(
            self.tasks,
            path,
            fmt,
            heading=self.tr("Network statistics"),
            period=picture.period,
            tables=picture_tables(picture),
            lang=self.lang,
        )
