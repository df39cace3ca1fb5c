"""Pieces shared by the statistics screens: a table model, charts, exports, the PDF report."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ponte.app.statistics import Period
from ponte.app.stats_export import export
from ponte.core.combining import at_least
from ponte.core.errors import PonteError
from ponte.core.fsutil import atomic_write
from ponte.core.stats_labels import legend, title, word
from ponte.core.suppression import (
    HIDDEN,
    SMALL,
    TOTAL,
    Cell,
    CountTable,
    PublishedTable,
)
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.common import fmt_day, fmt_month, fmt_n

AnyTable = CountTable | PublishedTable
Index = QModelIndex | QPersistentModelIndex
#: Asks where to save an export of this format; None when she cancels.
AskPath = Callable[[QWidget, str], Path | None]
FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}


def ask_save_path(parent: QWidget, fmt: str) -> Path | None:
    caption = QCoreApplication.translate("StatsExport", "Export")
    name, _ = QFileDialog.getSaveFileName(parent, caption, f"ponte.{fmt}", FILTERS[fmt])
    return Path(name) if name else None


def grid(table: AnyTable) -> tuple[list[str], list[list[Cell]]]:
    """Columns and rows of any table, totals included where the table has them."""
    if isinstance(table, PublishedTable):
        return table.to_rows()
    rows: list[list[Cell]] = [
        [lab, *r] for lab, r in zip(table.row_labels, table.cells, strict=True)
    ]
    columns = ["category", *table.col_labels]
    if table.additive and not table.one_way:
        columns.append(TOTAL)
        for row, total in zip(rows, table.row_totals(), strict=True):
            row.append(total)
        rows.append([TOTAL, *table.col_totals(), table.total()])
    elif table.additive:
        rows.append([TOTAL, table.total()])
    return columns, rows


class StatsTableModel(QAbstractTableModel):
    """One statistics table, categories in words; ``<5`` and ``—`` explained on hover."""

    def __init__(self, lang: str = "it", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.columns: list[str] = []
        self.rows: list[list[Cell]] = []
        self.name = ""

    def set_table(self, table: AnyTable | None) -> None:
        self.beginResetModel()
        self.name = table.name if table is not None else ""
        self.columns, self.rows = grid(table) if table is not None else ([], [])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(len(self.columns) - 1, 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return word(self.columns[section + 1], self.lang, table=self.name, column=True)
        return word(str(self.rows[section][0]), self.lang, table=self.name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and at_least(value) is not None:
            return self.tr("At least this many: some centres hid their count")
        if role == Qt.ItemDataRole.ToolTipRole and value in (SMALL, HIDDEN):
            return (
                self.tr("From 1 to 4: too few to show")
                if value == SMALL
                else self.tr("Hidden so that a small count cannot be worked out from the totals")
            )
        return None


def bar_chart(table: AnyTable, lang: str = "it") -> QChart:
    """Horizontal bars per category (one set per column); hidden counts are drawn as nothing.

    Horizontal, so that category names are read whole on the left, in either language.
    """
    columns, rows = grid(table)
    body = [r for r in rows if r[0] != TOTAL]
    width = len(columns) - 1 - (1 if columns[-1] == TOTAL else 0)
    series = QHorizontalBarSeries()
    top = 0
    for j in range(width):
        bars = QBarSet(word(columns[j + 1], lang, table=table.name, column=True))
        colour, pattern = BAR_STYLES[j % len(BAR_STYLES)]
        bars.setBrush(QBrush(QColor(colour), pattern))
        bars.setBorderColor(QColor(colour))
        for r in reversed(body):  # first category at the top
            v = r[j + 1]
            n = v if isinstance(v, int) else (at_least(v) or 0)  # "≥n" drawn as its floor
            bars.append(float(n))
            top = max(top, n)
        series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title(table.name, lang))
    axis_y = QBarCategoryAxis()
    axis_y.append([word(str(r[0]), lang, table=table.name) for r in reversed(body)])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%d")
    axis_x.setRange(0, max(top, 5))
    axis_x.applyNiceNumbers()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().setVisible(width > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMarginsF(4, 4, 4, 4).toMargins())
    return chart


def line_chart(points: Sequence[tuple[str, int]], heading: str) -> QChart:
    series = QLineSeries()
    for i, (_, v) in enumerate(points):
        series.append(float(i), float(v))
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(heading)
    chart.legend().hide()
    axis_x = QBarCategoryAxis()
    axis_x.append([fmt_month(month, short=True) for month, _ in points] or [""])
    if len(points) > 8:  # a long period: upright labels are read whole ("gen 2026")
        axis_x.setLabelsAngle(-90)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setMin(0)
    axis_y.setMax(max([v for _, v in points] + [4]) * 1.15)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return chart


class ChartView(QChartView):
    """A chart that a screen reader can read: its figures, in words, are its description.

    It takes no keyboard focus (it is a picture; the table beside it, or the description,
    holds the same numbers), and each set of bars has its own pattern as well as its colour.
    """

    def setChart(self, chart: QChart) -> None:
        super().setChart(chart)
        self.setAccessibleDescription(chart_text(chart))


def chart_view(accessible: str) -> QChartView:
    view = ChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(accessible)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setMinimumHeight(300)
    return view


#: Bars of different sets differ by pattern too, not by colour alone (WCAG 1.4.1); the
#: colours are Okabe and Ito's, told apart with any colour vision.
BAR_STYLES = (
    ("#0072B2", Qt.BrushStyle.SolidPattern),
    ("#E69F00", Qt.BrushStyle.BDiagPattern),
    ("#009E73", Qt.BrushStyle.CrossPattern),
    ("#CC79A7", Qt.BrushStyle.Dense4Pattern),
    ("#56B4E9", Qt.BrushStyle.FDiagPattern),
    ("#D55E00", Qt.BrushStyle.DiagCrossPattern),
)


def chart_text(chart: QChart) -> str:
    """The chart's figures in words: "title. set: category n, category n. …"."""
    parts = [chart.title()] if chart.title() else []
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            axes = series.attachedAxes()
            cats = next((a.categories() for a in axes if isinstance(a, QBarCategoryAxis)), [])
            for bar_set in series.barSets():
                parts.append(f"{bar_set.label()}: " + ", ".join(_in_order(bar_set, cats)))
        elif isinstance(series, QXYSeries):
            axes = series.attachedAxes()
            cats = next((a.categories() for a in axes if isinstance(a, QBarCategoryAxis)), [])
            points = series.points()
            parts.append(
                ", ".join(
                    f"{cats[i] if i < len(cats) else i} {int(p.y())}" for i, p in enumerate(points)
                )
            )
    return ". ".join(p for p in parts if p)


def _in_order(bar_set: QBarSet, categories: Sequence[str]) -> list[str]:
    """Bars are drawn bottom-up; read them top-down, as the categories are listed."""
    pairs = [(c, int(bar_set.at(i))) for i, c in enumerate(categories) if i < bar_set.count()]
    return [f"{c} {n}" for c, n in reversed(pairs)]


class ExportButtons(QWidget):
    """CSV, XLSX and PDF buttons; what they export is always the suppressed tables. The line
    beside them says, after each export, where the file went and what it holds."""

    export_requested = Signal(str)  # "csv" | "xlsx" | "pdf"
    exported = Signal(str)  # path written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result of the export"))
        box.addWidget(self.result, 1)
        self.buttons: dict[str, QPushButton] = {}
        for fmt, text in (
            ("csv", self.tr("Export &CSV")),
            ("xlsx", self.tr("Export &Excel")),
            ("pdf", self.tr("&Print report (PDF)")),
        ):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", ""))
            b.clicked.connect(lambda _=False, f=fmt: self.export_requested.emit(f))
            box.addWidget(b)
            self.buttons[fmt] = b

    def save(
        self,
        tasks: TaskRunner,
        path: Path,
        fmt: str,
        *,
        heading: str,
        period: Period,
        tables: Sequence[PublishedTable],
        lang: str,
    ) -> None:
        """Write the report (PDF here; CSV/XLSX on the vault thread) and say so in one line."""
        tables = list(tables)

        def said(written: Path) -> None:
            self.result.setStyleSheet("")
            self.result.setText(
                self.tr("Saved %1: %2 tables; counts from 1 to 4 hidden.")
                .replace("%1", written.name)
                .replace("%2", fmt_n(len(tables)))
            )
            self.exported.emit(str(written))

        def failed(exc: PonteError) -> None:
            self.result.setStyleSheet("color: #a40000;")
            self.result.setText(error_text(exc))

        if fmt == "pdf":
            when = self.tr("Period: %1 – %2")
            lines = [when.replace("%1", fmt_day(period.start)).replace("%2", fmt_day(period.end))]
            try:
                said(write_pdf(path, heading, lines, tables, lang))
            except PonteError as exc:
                failed(exc)
            return
        tasks.run(lambda: export(tables, period, fmt, path, title=heading, lang=lang), said, failed)


def cell_text(value: Cell) -> str:
    """A count in the UI's locale ("1.000" in Italian); marks ("<5", "—", "≥11") as they are."""
    return fmt_n(value) if isinstance(value, int) else str(value)


def report_html(
    heading: str, lines: Sequence[str], tables: Sequence[PublishedTable], lang: str
) -> str:
    """The printable report as HTML: every piece of text escaped where it enters the HTML
    ("<5" is a cell, not the start of a tag), every table, then the legend of its marks."""
    esc = html.escape
    parts = [f"<h1>{esc(heading)}</h1>", *(f"<p>{esc(line)}</p>" for line in lines)]
    for t in tables:
        columns, rows = t.to_rows()
        head = "".join(
            f"<th>{esc(word(c, lang, table=t.name, column=True))}</th>" for c in columns[1:]
        )
        body = "".join(
            "<tr><td>"
            + esc(word(str(r[0]), lang, table=t.name))
            + "</td>"
            + "".join(f"<td align='right'>{esc(cell_text(c))}</td>" for c in r[1:])
            + "</tr>"
            for r in rows
        )
        parts.append(
            f"<h3>{esc(title(t.name, lang))}</h3>"
            "<table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr><th></th>{head}</tr>{body}</table>"
        )
    parts.append(
        "<p>"
        + "<br>".join(f"{esc(mark)}: {esc(meaning)}" for mark, meaning in legend(lang))
        + "</p>"
    )
    return "".join(parts)


def write_pdf(
    path: Path, heading: str, lines: Sequence[str], tables: Sequence[PublishedTable], lang: str
) -> Path:
    """A printable A4 report: the heading, a few lines (period), the tables, the legend.
    Written whole or not at all (a temporary file replaced at the end, 0600)."""
    doc = QTextDocument()
    doc.setHtml(report_html(heading, lines, tables, lang))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    writer.setTitle(heading)
    doc.setPageSize(writer.pageLayout().paintRectPixels(96).size().toSizeF())
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    atomic_write(path, bytes(buffer.data().data()))
    return path
