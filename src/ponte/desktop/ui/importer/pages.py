"""The pages of the import: the columns and where each goes, what list values mean, the
row-by-row report. Each page shows what the vault thread computed; ``ImportView`` drives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponte.app.importing import DryRun, Preview, ValueChoice
from ponte.core.imports import OnMatch
from ponte.desktop.ui.common import ui_lang
from ponte.importer.plan import SKIP
from ponte.importer.problems import DESCRIPTIONS, Issue
from ponte.importer.sheet import column_letter
from ponte.importer.targets import ColumnMap, Kind, Target

ROW_LIMIT = 2000  # problems listed one by one; beyond, she reads the counts


def problem_text(issue: Issue) -> str:
    return QCoreApplication.translate("ImportProblems", DESCRIPTIONS[issue.problem])


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _encode(cm: ColumnMap) -> str:
    return f"{cm.target}|{cm.option}"


def _decode(data: object) -> ColumnMap:
    target, _, option = str(data or "|").partition("|")
    return ColumnMap(target, option)


class ColumnsPage(QWidget):
    """Each column of her file, a few of its values, and the field it goes into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table(
            [self.tr("Column"), self.tr("First values"), self.tr("Goes into"), ""],
            self.tr("Columns of the file"),
        )
        self.combos: list[QComboBox] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        lang = ui_lang()
        text = self.tr("Rows read: %1.").replace("%1", f"{preview.rows:,}")
        if preview.sheet:
            text += " " + self.tr("Sheet “%1”.").replace("%1", preview.sheet)
        if preview.skipped_above:
            text += " " + self.tr("Title rows above the column names, left out: %1.").replace(
                "%1", str(preview.skipped_above)
            )
        text += " " + self.tr(
            "Check where each column goes; Ponte suggests what it recognises from the names."
        )
        self.summary.setText(text)
        self.table.setRowCount(len(preview.columns))
        self.combos = []
        for row, col in enumerate(preview.columns):
            name = QTableWidgetItem(f"{column_letter(col.index)} · {col.header}")
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(col.samples)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Where column %1 goes").replace("%1", col.header))
            combo.addItem(self.tr("— leave this column out —"), _encode(ColumnMap()))
            for t in preview.targets:
                combo.addItem(t.label(lang), _encode(ColumnMap(t.key)))
                if t.kind is Kind.MULTI:
                    for o in t.options:
                        combo.addItem(
                            self.tr("%1: %2 (yes/no)").replace("%1", t.label(lang))
                            .replace("%2", o.label(lang)),
                            _encode(ColumnMap(t.key, o.code)),
                        )  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(_encode(col.suggested)), 0))
            self.table.setCellWidget(row, 2, combo)
            mark = self.tr("suggested") if col.suggested.target else ""
            self.table.setItem(row, 3, QTableWidgetItem(mark))
            self.combos.append(combo)
        self.table.resizeColumnsToContents()

    def columns(self) -> tuple[ColumnMap, ...]:
        return tuple(_decode(c.currentData()) for c in self.combos)


class ValuesPage(QWidget):
    """For each list field: what her file writes, how often, and which choice it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(
            self.tr(
                "What the file writes in list columns, and what Ponte will record. Values it "
                "did not recognise are marked: choose what they mean, or leave them empty."
            )
        )
        self.summary.setWordWrap(True)
        self.table = _table(
            [self.tr("Field"), self.tr("Written in the file"), self.tr("Rows"), self.tr("Means")],
            self.tr("Values of list columns"),
        )
        self.combos: list[tuple[str, str, QComboBox]] = []  # (target, normal form, combo)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)

    def show_values(
        self, choices: dict[str, list[ValueChoice]], targets: dict[str, Target]
    ) -> None:
        from ponte.importer.values import normal

        lang = ui_lang()
        rows = [(key, c) for key, cs in choices.items() for c in cs]
        self.table.setRowCount(len(rows))
        self.combos = []
        for row, (key, c) in enumerate(rows):
            t = targets[key]
            self.table.setItem(row, 0, QTableWidgetItem(t.label(lang)))
            self.table.setItem(row, 1, QTableWidgetItem(c.written))
            count = QTableWidgetItem(f"{c.count:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, count)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What “%1” means").replace("%1", c.written))
            combo.addItem(self.tr("— not recognised: the row will be refused —"), "")
            combo.addItem(self.tr("leave it empty"), SKIP)
            for o in t.options:
                if o.code not in t.retired:
                    combo.addItem(o.label(lang), o.code)
            combo.setCurrentIndex(max(combo.findData(c.suggested), 0) if c.suggested else 0)
            if not c.suggested:
                self.table.item(row, 1).setForeground(Qt.GlobalColor.darkRed)  # type: ignore[union-attr]
            self.table.setCellWidget(row, 3, combo)
            self.combos.append((key, normal(c.written), combo))
        self.table.resizeColumnsToContents()

    def values(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for key, written, combo in self.combos:
            code = str(combo.currentData() or "")
            if code:
                out.setdefault(key, {})[written] = code
        return out


class ReportPage(QWidget):
    """The dry run: what would be imported, each row that cannot be and why, and her choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: DryRun | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.table = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("What is wrong"), self.tr("In the file")],
            self.tr("Rows with problems"),
        )
        self.more = QLabel()
        self.matches = QGroupBox(self.tr("Rows matching cases already in Ponte"))
        self.on_match = QButtonGroup(self)
        mbox = QVBoxLayout(self.matches)
        for value, text in (
            (OnMatch.SKIP, self.tr("&Leave those cases as they are")),
            (OnMatch.UPDATE, self.tr("&Update them with what the file says")),
            (OnMatch.NEW, self.tr("Make &new cases anyway")),
        ):
            radio = QRadioButton(text)
            radio.setProperty("on_match", value.value)
            self.on_match.addButton(radio)
            mbox.addWidget(radio)
            radio.setChecked(value is OnMatch.SKIP)
        self.leave_out = QCheckBox()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.more)
        box.addWidget(self.matches)
        box.addWidget(self.leave_out)

    def chosen(self) -> OnMatch:
        button = self.on_match.checkedButton()
        return OnMatch(button.property("on_match")) if button else OnMatch.SKIP

    def show_report(self, report: DryRun) -> None:
        self.report = report
        text = self.tr(
            "Rows checked: %1. New cases to import: %2. Cases to update: %3. "
            "Rows matching cases already in Ponte: %4. Rows that cannot be imported: %5."
        )
        for i, n in enumerate(
            (report.rows, report.would_create, report.would_update, report.matched, report.refused),
            start=1,
        ):
            text = text.replace(f"%{i}", f"{n:,}")
        if report.ready:
            text += " " + self.tr("Nothing has been imported yet.")
        self.summary.setText(text)
        issues = list(report.issues)
        shown = issues[:ROW_LIMIT]
        self.table.setRowCount(len(shown) + len(report.vault_refused))
        for row, issue in enumerate(shown):
            number = QTableWidgetItem(f"{issue.row:,}")
            number.setData(Qt.ItemDataRole.UserRole, issue.row)
            kind = problem_text(issue)
            if not issue.error:
                kind = self.tr("Note: %1").replace("%1", kind)
            for col, value in enumerate((number, QTableWidgetItem(issue.column),
                                         QTableWidgetItem(kind), QTableWidgetItem(issue.value))):  # fmt: skip
                if issue.error:
                    value.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, value)
        for extra, (refused_row, _kind) in enumerate(report.vault_refused, start=len(shown)):
            self.table.setItem(extra, 0, QTableWidgetItem(f"{refused_row:,}"))
            self.table.setItem(
                extra, 2, QTableWidgetItem(self.tr("Ponte cannot record this row as it is."))
            )
        hidden = len(issues) - len(shown)
        self.more.setText(
            self.tr("More notes and problems, not listed: %1.").replace("%1", f"{hidden:,}")
            if hidden
            else ""
        )
        self.more.setVisible(bool(hidden))
        self.matches.setVisible(report.matched > 0)
        refused = report.refused + len(report.vault_refused)
        self.leave_out.setText(
            self.tr("Import the other rows and leave out those with problems (%1)").replace(
                "%1", f"{refused:,}"
            )
        )
        self.leave_out.setVisible(refused > 0)
        self.leave_out.setChecked(False)
        self.table.resizeColumnsToContents()
