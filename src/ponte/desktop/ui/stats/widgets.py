"""Pieces shared by the statistics screens: a table model, charts, exports, the PDF report."""

from __future__ import annotations

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
    QCoreApplication,
    QMarginsF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from ponte.core.combining import at_least
from ponte.core.suppression import (
    HIDDEN,
    SMALL,
    TOTAL,
    Cell,
    CountTable,
    PublishedTable,
)
from ponte.desktop.ui.stats.labels import title, word

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

    def set_table(self, table: AnyTable | None) -> None:
        self.beginResetModel()
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
            return word(self.columns[section + 1], self.lang)
        return word(str(self.rows[section][0]), self.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)
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
        bars = QBarSet(word(columns[j + 1], lang))
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
    axis_y.append([word(str(r[0]), lang) for r in reversed(body)])
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
    axis_x.append([month for month, _ in points] or [""])
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
    """CSV, XLSX and PDF buttons; what they export is always the suppressed tables."""

    export_requested = Signal(str)  # "csv" | "xlsx" | "pdf"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
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


def _html_table(table: PublishedTable, lang: str) -> str:
    columns, rows = table.to_rows()
    head = "".join(f"<th>{word(c, lang) if c != 'category' else ''}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + f"<td>{word(str(r[0]), lang)}</td>"
        + "".join(f"<td align='right'>{c}</td>" for c in r[1:])
        + "</tr>"
        for r in rows
    )
    return (
        f"<h3>{title(table.name, lang)}</h3>"
        f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"
    )


def write_pdf(
    path: Path, heading: str, lines: Sequence[str], tables: Sequence[PublishedTable], lang: str
) -> Path:
    """A printable report: the heading, a few lines (period, legend) and the tables."""
    doc = QTextDocument()
    intro = "".join(f"<p>{line}</p>" for line in lines)
    doc.setHtml(f"<h1>{heading}</h1>{intro}" + "".join(_html_table(t, lang) for t in tables))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    doc.setPageSize(writer.pageLayout().paintRectPixels(96).size().toSizeF())
    doc.print_(writer)
    return path
