"""Charts as a screen reader and a colour-blind reader get them: the figures in words, and
bar sets told apart by pattern as well as colour (WCAG 1.1.1, 1.4.1)."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries
from pytestqt.qtbot import QtBot

from ponte.core.suppression import PublishedTable
from ponte.desktop.ui.common import fmt_month
from ponte.desktop.ui.stats.widgets import bar_chart, chart_view, line_chart


def test_a_chart_reads_its_figures_and_its_sets_differ_by_pattern(qtbot: QtBot) -> None:
    table = PublishedTable(
        "overview", ("rho", "legnano"), ("new_contacts", "active_cases"), ((12, 30), (7, 19))
    )
    view = chart_view("Chart of the table")
    qtbot.addWidget(view)
    chart = bar_chart(table, "en")
    view.setChart(chart)
    text = view.accessibleDescription()
    for figure in ("12", "30", "7", "19"):
        assert figure in text, text
    series = chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    styles = {s.brush().style() for s in series.barSets()}
    assert len(styles) == len(series.barSets()) == 2, "each set has its own pattern"
    assert not view.focusPolicy() & view.focusPolicy().TabFocus

    trend = chart_view("New contacts by month")
    qtbot.addWidget(trend)
    trend.setChart(line_chart([("2026-01", 4), ("2026-02", 9)], "New contacts by month"))
    for month, n in (("2026-01", 4), ("2026-02", 9)):  # each month in words, with its figure
        assert f"{fmt_month(month, short=True)} {n}" in trend.accessibleDescription()
