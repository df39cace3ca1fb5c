"""The import screen: choose a file, say where its columns go and what its words mean, read
the dry run's report row by row, then import — all or nothing, in one go.

The file is read on the vault thread into memory and stays there only while this screen
lives (locking drops it). Nothing of it is logged or written anywhere but into the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.app.importing import DryRun, ImportSession, Preview, ValueChoice
from ponte.core.imports import OnMatch
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import OwnedTasks, StatusLine, explanation, title
from ponte.desktop.ui.importer.pages import ColumnsPage, ReportPage, ValuesPage
from ponte.importer.plan import Mapping

Opener = Callable[[Path], ImportSession]
AskPath = Callable[[QWidget, bool], Path | None]  # (parent, for saving) → chosen file


def ask_path(parent: QWidget, saving: bool) -> Path | None:
    if saving:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ImportView", "Save the template"), "modello-importazione-ponte.xlsx",
            QCoreApplication.translate("ImportView", "Excel (*.xlsx)"),
        )  # fmt: skip
    else:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportView", "Choose the spreadsheet"), "",
            QCoreApplication.translate("ImportView", "Spreadsheets (*.xlsx *.csv *.txt)"),
        )  # fmt: skip
    return Path(name) if name else None


class ImportView(QWidget):
    imported = Signal(int)  # cases created

    def __init__(
        self,
        tasks: TaskRunner,
        opener: Opener,
        template: Callable[[Path], Path],
        *,
        ask: AskPath = ask_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.opener, self.template, self.ask = opener, template, ask
        self.session: ImportSession | None = None
        self.preview: Preview | None = None
        self.choose = QPushButton(self.tr("&Choose a spreadsheet…"))
        self.save_template = QPushButton(self.tr("Save the &template…"))
        self.back = QPushButton(self.tr("← &Back"))
        self.next = QPushButton(self.tr("&Next →"))
        self.start = QPushButton(self.tr("&Import"))
        self.again = QPushButton(self.tr("Import &another file"))
        self.columns, self.values, self.report = ColumnsPage(), ValuesPage(), ReportPage()
        self.done = QLabel()
        self.done.setWordWrap(True)
        first = QWidget()
        fbox = QVBoxLayout(first)
        fbox.addWidget(
            explanation(
                self.tr(
                    "Bring the centre's past cases in from a spreadsheet (Excel .xlsx, or CSV as "
                    "Excel saves it). Nothing is imported until you have seen, row by row, what "
                    "will go in; then everything goes in at once, or nothing does. Importing the "
                    "same file again does not make the cases twice."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.save_template)
        row.addStretch(1)
        fbox.addLayout(row)
        fbox.addStretch(1)
        self.first = first
        self.pages = QStackedWidget()
        for w in (first, self.columns, self.values, self.report, self.done):
            self.pages.addWidget(w)
        self.status = StatusLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for b in (self.next, self.start, self.again):
            buttons.addWidget(b)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Import from a spreadsheet")))
        box.addWidget(self.pages, 1)
        box.addWidget(self.status)
        box.addLayout(buttons)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.save_template.clicked.connect(self._on_save_template_clicked)
        self.back.clicked.connect(self._on_back_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.start.clicked.connect(self._on_start_clicked)
        self.again.clicked.connect(self.reset)
        self.report.leave_out.toggled.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------ steps
    def _update_buttons(self, *_args: object) -> None:
        page = self.pages.currentWidget()
        self.back.setVisible(page in (self.columns, self.values, self.report))
        self.next.setVisible(page in (self.columns, self.values))
        self.start.setVisible(page is self.report)
        self.again.setVisible(page is self.done)
        report = self.report.report
        self.start.setEnabled(
            report is not None
            and (report.ready or self.report.leave_out.isChecked())
            and report.would_create + report.would_update > 0
        )

    def _go(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._update_buttons()

    def _on_choose_clicked(self) -> None:
        path = self.ask(self, False)
        if path is None:
            return
        self.status.busy(self.tr("Reading the file…"))
        opener = self.opener

        def read() -> tuple[ImportSession, Preview]:
            session = opener(path)
            return session, session.preview()

        self.tasks.run(read, self._on_read, self.status.error)

    def _on_read(self, result: tuple[ImportSession, Preview]) -> None:
        self.drop_session()
        self.session, self.preview = result
        self.status.hide()
        self.columns.show_preview(self.preview)
        self._go(self.columns)

    def _on_save_template_clicked(self) -> None:
        path = self.ask(self, True)
        if path is not None:
            template = self.template
            self.tasks.run(
                lambda: template(path),
                lambda p: self.status.ok(self.tr("Template saved: %1").replace("%1", p.name)),
                self.status.error,
            )

    def _on_back_clicked(self) -> None:
        page = self.pages.currentWidget()
        if page is self.report:
            self._go(self.values if self.values.combos else self.columns)
        elif page is self.values:
            self._go(self.columns)
        else:
            self.reset()

    def _on_next_clicked(self) -> None:
        session = self.session
        if session is None:
            return
        if self.pages.currentWidget() is self.columns:
            columns = self.columns.columns()
            self.tasks.run(
                lambda: session.value_choices(columns), self._on_values, self.status.error
            )
        else:
            self._dry_run()

    def _on_values(self, choices: dict[str, list[ValueChoice]]) -> None:
        session = self.session
        if session is None:
            return
        if not choices:
            self.values.show_values({}, {})
            self._dry_run()
            return
        self.values.show_values(choices, {k: session.target(k) for k in choices})
        self._go(self.values)

    def mapping(self) -> Mapping:
        return Mapping(self.columns.columns(), self.values.values())

    def _dry_run(self) -> None:
        session = self.session
        if session is None:
            return
        mapping, on_match = self.mapping(), self.report.chosen()
        self.status.busy(self.tr("Checking every row…"))
        self.tasks.run(
            lambda: session.dry_run(mapping, on_match), self._on_report, self.status.error
        )

    def _on_report(self, report: DryRun) -> None:
        self.status.hide()
        self.report.show_report(report)
        self._go(self.report)

    def _on_start_clicked(self) -> None:
        session = self.session
        if session is None:
            return
        mapping, on_match = self.mapping(), self.report.chosen()
        leave_out = self.report.leave_out.isChecked()
        self.start.setEnabled(False)
        self.status.busy(self.tr("Importing… (all rows at once: nothing is half done)"))
        self.tasks.run(
            lambda: session.run(mapping, on_match, leave_out_refused_rows=leave_out),
            self._on_imported,
            self._on_import_failed,
        )

    def _on_import_failed(self, exc: object) -> None:
        self.status.error(exc)  # type: ignore[arg-type]
        self._update_buttons()

    def _on_imported(self, result: object) -> None:
        created = int(getattr(result, "created", 0))
        updated = int(getattr(result, "updated", 0))
        skipped = int(getattr(result, "skipped", 0))
        self.status.hide()
        self.done.setText(
            self.tr("Imported. New cases: %1. Cases updated: %2. Cases left as they were: %3.")
            .replace("%1", f"{created:,}").replace("%2", f"{updated:,}")
            .replace("%3", f"{skipped:,}")
        )  # fmt: skip
        self.drop_session()
        self._go(self.done)
        self.imported.emit(created)

    # ------------------------------------------------------------ lifecycle
    def drop_session(self) -> None:
        if self.session is not None:
            self.session.close()
        self.session = None

    def reset(self) -> None:
        self.drop_session()
        self.report.report = None
        self._go(self.first)

    def clear(self) -> None:
        """At lock: nothing of her file stays in this screen."""
        self.columns.table.setRowCount(0)
        self.values.table.setRowCount(0)
        self.report.table.setRowCount(0)
        self.reset()

    def on_match(self) -> OnMatch:
        return self.report.chosen()
