"""LetterDialog: a letter from one of the centre's templates, for this case.

She picks a template; the placeholders are filled from the case file on the vault thread.
The protected ones the template uses (the shelter's address, her codice fiscale, her phone)
stay a blank line unless she ticks them for this letter; her phone is typed here and kept
only in the letter. She reviews and may edit the text, then saves it to the case's
documents (encrypted, as PDF), exports a PDF, or prints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework
from ponte.app.day import Day
from ponte.core.errors import PonteError
from ponte.core.letters import PROTECTED, Filled, LetterTemplate
from ponte.desktop.i18n import error_text
from ponte.desktop.ui import printing

Call = Callable[[Callable[[Casework], Any], Callable[[Any], None]], None]


def protected_text(name: str) -> str:
    words = {
        "indirizzo_rifugio": QCoreApplication.translate(
            "LetterDialog", "Include the shelter's address in this letter"
        ),
        "codice_fiscale": QCoreApplication.translate(
            "LetterDialog", "Include her codice fiscale in this letter"
        ),
        "telefono": QCoreApplication.translate(
            "LetterDialog", "Include her phone number in this letter"
        ),
    }
    return words.get(name, name)


class LetterDialog(QDialog):
    saved = Signal(object)  # DocumentInfo

    def __init__(self, call: Call, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.case_id = case_id
        self.templates: list[LetterTemplate] = []
        self.filled: Filled | None = None
        self.setWindowTitle(self.tr("Write a letter"))
        self.resize(720, 640)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.ticks = {name: QCheckBox(protected_text(name)) for name in sorted(PROTECTED)}
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Her phone number, for this letter only"))
        self.phone.setPlaceholderText(self.tr("her phone number, for this letter only"))
        self.phone.setEnabled(False)
        self.warning = QLabel(
            self.tr(
                "Protected details are left blank unless you tick them. Tick them only if she "
                "agreed and the letter goes somewhere safe."
            )
        )
        self.warning.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("The letter"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Letter status"))
        self.save_button = QPushButton(self.tr("&Save to her documents"))
        self.pdf_button = QPushButton(self.tr("&Export PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        pick = QHBoxLayout()
        lab = QLabel(self.tr("&Template:"))
        lab.setBuddy(self.template)
        pick.addWidget(lab)
        pick.addWidget(self.template, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(pick)
        box.addWidget(self.warning)
        for name, tick in self.ticks.items():
            box.addWidget(tick)
            if name == "telefono":
                box.addWidget(self.phone)
        box.addWidget(self.text, 1)
        box.addWidget(self.status)
        box.addLayout(buttons)
        self.template.currentIndexChanged.connect(lambda _i: self.fill_in())
        for name, tick in self.ticks.items():
            tick.toggled.connect(lambda on, n=name: self._on_tick(n, on))
        self.phone.editingFinished.connect(self.fill_in)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.call(lambda d: Day(d).templates(), self._on_templates)

    def _on_templates(self, templates: list[LetterTemplate]) -> None:
        self.templates = templates
        self.template.blockSignals(True)
        for t in templates:
            self.template.addItem(t.title, t.id)
        self.template.blockSignals(False)
        self.fill_in()

    def current(self) -> LetterTemplate | None:
        i = self.template.currentIndex()
        return self.templates[i] if 0 <= i < len(self.templates) else None

    def _on_tick(self, name: str, on: bool) -> None:
        if name == "telefono":
            self.phone.setEnabled(on)
            if on:
                self.phone.setFocus()
        self.fill_in()

    def fill_in(self) -> None:
        template = self.current()
        if template is None:
            return
        used = set(template.protected())
        for name, tick in self.ticks.items():
            tick.setVisible(name in used)
        self.phone.setVisible("telefono" in used)
        ticked = frozenset(n for n, t in self.ticks.items() if t.isChecked() and n in used)
        typed = {"telefono": self.phone.text().strip()} if "telefono" in ticked else {}
        case_id, tid = self.case_id, template.id
        self.call(lambda d: Day(d).letter(case_id, tid, ticked, typed), self._on_filled)

    def _on_filled(self, filled: Filled) -> None:
        self.filled = filled
        self.text.setPlainText(filled.text)
        self.status.setText(self.tr("Check the letter; you can change the text before saving."))

    # ------------------------------------------------------------ out
    def letter(self) -> Filled:
        title = self.filled.title if self.filled else self.tr("Letter")
        return Filled(title, self.text.toPlainText())

    def pdf(self) -> bytes:
        letter = self.letter()
        return printing.pdf_bytes(
            printing.document(printing.letter_html(letter)), title=letter.title
        )

    def file_name(self) -> str:
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.letter().title)
        return f"{safe.strip() or 'lettera'}.pdf"

    def save(self) -> None:
        data, name, case_id = self.pdf(), self.file_name(), self.case_id

        def done(doc: Any) -> None:
            self.status.setText(self.tr("Saved to her documents, encrypted."))
            self.saved.emit(doc)

        self.call(lambda d: Day(d).save_letter(case_id, name, data), done)

    def _on_pdf_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.file_name(), "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        try:
            letter = self.letter()
            printing.save_pdf(
                printing.document(printing.letter_html(letter)), path, title=letter.title
            )
        except PonteError as exc:
            self.status.setText(error_text(exc))
            return
        except OSError:
            self.status.setText(self.tr("The file could not be written. Choose another folder."))
            return
        self.status.setText(self.tr("PDF written."))
        self._audit_out()

    def _on_print_clicked(self) -> None:
        if printing.print_with_dialog(printing.document(printing.letter_html(self.letter())), self):
            self._audit_out()

    def _audit_out(self) -> None:
        case_id = self.case_id
        self.call(lambda d: Day(d).printed(case_id, "letter"), lambda _r: None)
