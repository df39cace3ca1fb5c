"""A case's documents: list, add (a file chosen by the person), open, save a copy, delete.

All vault work runs on the vault thread through ``TaskRunner``; the bytes of an opened
document go straight from the vault into the viewer's memory, never to a file. Files are
written only by "Save a copy…", to the place the person picks, and that is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ponte.app.documents import CaseDocuments, DocumentInfo
from ponte.core.enums import DocumentKind
from ponte.core.errors import PonteError
from ponte.core.labels import label
from ponte.desktop.access.reflow import SideBySide, Wrap, letters_wide
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.documents.model import DocumentTableModel
from ponte.desktop.ui.documents.viewer import DocumentViewer


def _lang() -> str:
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


class DocumentsView(QWidget):
    """The documents of one case (``case_id``) or of one received referral
    (``received_from``: its sender and packet id).

    Call :meth:`refresh` to load the list, :meth:`clear` when the vault locks.
    """

    document_added = Signal(str)  # document id
    document_deleted = Signal(str)
    document_opened = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        documents: CaseDocuments,
        case_id: str | None = None,
        *,
        received_from: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (case_id is None) == (received_from is None):
            raise ValueError("a DocumentsView shows one case or one received referral")
        self.tasks = tasks
        self.documents = documents
        self.case_id = case_id
        self.received_from = received_from
        self.viewer: DocumentViewer | None = None
        self._busy = 0
        self._generation = 0
        self._shown: DocumentInfo | None = None
        lang = _lang()
        self.model = DocumentTableModel(lang, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for k in DocumentKind:
            self.kind.addItem(label(k, lang), k.value)
        kind_label = QLabel(self.tr("&Kind of document to add:"))
        kind_label.setBuddy(self.kind)
        self.add_button = QPushButton(self.tr("&Add document…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Messages"))
        adding = QWidget()
        add_row = QHBoxLayout(adding)
        add_row.setContentsMargins(0, 0, 0, 0)
        for w in (kind_label, self.kind, self.add_button):
            add_row.addWidget(w)
        add_row.addStretch(1)
        letters_wide(self.kind)
        actions = Wrap(self.open_button, self.save_button, self.delete_button)
        box = QVBoxLayout(self)
        box.addWidget(SideBySide(adding, actions))  # one above the other when narrow
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        if received_from is not None:  # what a partner received is read, not added to
            for w in (kind_label, self.kind, self.add_button):
                w.hide()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Vault work on the vault thread; the buttons wait while it runs (a scan takes a moment)."""
        self._busy += 1
        self.status.setText(self.tr("Working…"))
        self._update_buttons()
        generation = self._generation

        def finished(result: Any) -> None:
            if generation != self._generation:
                return  # cleared (locked) meanwhile: nothing comes back on screen
            self._busy -= 1
            self.status.clear()
            self._update_buttons()
            done(result)

        def failed(exc: PonteError) -> None:
            if generation != self._generation:
                return
            self._busy -= 1
            self._update_buttons()
            self._on_error(exc)

        self.tasks.run(job, finished, failed)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        if self.viewer is not None and self.viewer.isVisible():
            self.viewer.show_note(text)

    def _on_error(self, exc: PonteError) -> None:
        self._say(error_text(exc))

    # ------------------------------------------------------------ list
    def refresh(self) -> None:
        docs, case_id, received = self.documents, self.case_id, self.received_from

        def fetch() -> list[DocumentInfo]:
            if case_id is not None:
                return docs.for_case(case_id)
            if received is None:  # the constructor makes this impossible
                return []
            return docs.for_received(*received)

        self._run(fetch, self._show_rows)

    def _show_rows(self, rows: list[DocumentInfo]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(len(rows) - 1)
        self._update_buttons()

    def selected(self) -> DocumentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        idle = self._busy == 0
        chosen = idle and self.selected() is not None
        for w in (self.open_button, self.save_button, self.delete_button):
            w.setEnabled(chosen)
        self.add_button.setEnabled(idle)

    def clear(self) -> None:
        """On lock: the list, the viewer and its bytes are dropped; late results are ignored."""
        self._generation += 1
        self._busy = 0
        self.model.clear()
        self.status.clear()
        if self.viewer is not None:
            self.viewer.clear()
            self.viewer.close()
        self._shown = None
        self._update_buttons()

    # ------------------------------------------------------------ add
    def choose_file_to_add(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a document"),
            "",
            self.tr("Scanned documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        return path

    def _on_add_button_clicked(self) -> None:
        chosen = self.choose_file_to_add()
        if not chosen or self.case_id is None:
            return
        docs, case_id = self.documents, self.case_id
        kind = DocumentKind(self.kind.currentData())

        def add() -> DocumentInfo:
            return docs.add(case_id, Path(chosen), kind)

        def done(doc: DocumentInfo) -> None:
            self.document_added.emit(doc.id)
            self.refresh()

        self._run(add, done)

    # ------------------------------------------------------------ open
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._on_open_button_clicked()

    def _on_open_button_clicked(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        docs = self.documents

        def read() -> tuple[DocumentInfo, bytes]:
            return docs.read(doc.id)

        self._run(read, self._show_document)

    def _show_document(self, result: tuple[DocumentInfo, bytes]) -> None:
        doc, data = result
        if self.viewer is None:
            self.viewer = DocumentViewer(self)
            self.viewer.setWindowFlag(Qt.WindowType.Window)
            self.viewer.resize(900, 1000)
            self.viewer.save_requested.connect(self._on_viewer_save_requested)
        self._shown = doc
        self.viewer.show_document(doc.name, doc.media_type, data)
        del data
        self.viewer.show()
        self.viewer.raise_()
        self.document_opened.emit(doc.id)

    # ------------------------------------------------------------ save a copy
    def choose_copy_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggested)
        return path

    def _on_save_button_clicked(self) -> None:
        doc = self.selected()
        if doc is not None:
            self.save_copy(doc)

    def _on_viewer_save_requested(self) -> None:
        if self._shown is not None:
            self.save_copy(self._shown)

    def save_copy(self, doc: DocumentInfo) -> None:
        """Ask where; only an explicit choice writes a (plaintext, audited) copy."""
        chosen = self.choose_copy_path(doc.name)
        if not chosen:
            return
        docs = self.documents

        def save() -> Path:
            return docs.save_copy(doc.id, Path(chosen))

        def done(path: Path) -> None:
            self._say(self.tr("Copy saved: %1").replace("%1", str(path)))

        self._run(save, done)

    # ------------------------------------------------------------ delete
    def confirm_delete(self, doc: DocumentInfo) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete document"))
        box.setText(self.tr("Delete “%1” from the vault?").replace("%1", doc.name))
        box.setInformativeText(
            self.tr("It is erased for good. Copies saved elsewhere and older backups keep it.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def _on_delete_button_clicked(self) -> None:
        doc = self.selected()
        if doc is None or not self.confirm_delete(doc):
            return
        docs = self.documents
        if self._shown is not None and self._shown.id == doc.id and self.viewer is not None:
            self.viewer.clear()
            self.viewer.close()

        def delete() -> str:
            docs.delete(doc.id)
            return doc.id

        def done(doc_id: str) -> None:
            self.document_deleted.emit(doc_id)
            self.refresh()

        self._run(delete, done)
