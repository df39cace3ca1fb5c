"""One centre field's definition in the field editor: labels and help in Italian and English,
section, type (fixed once cases hold a value), required, the list of choices (a choice is
retired, never removed: old cases keep showing it) and the referrals that may carry it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.core.enums import ServiceType
from ponte.core.fields import NEVER_SENT_SECTIONS, Choice, FieldDef, FieldType, Section
from ponte.desktop.ui.common import fmt_day, ui_lang
from ponte.desktop.ui.fields.words import section_name, service_name, type_name

SERVICES = tuple(t for t in ServiceType if t not in (ServiceType.CAV, ServiceType.CABINA_REGIA))


def heading() -> QLabel:
    """The panel's title: the field's name, bold and a little larger."""
    label = QLabel()
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def labelled(form: QFormLayout, text: str, widget: QWidget) -> None:
    lab = QLabel(text)
    lab.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(lab, widget)


class CentreFieldPanel(QWidget):
    save_requested = Signal(object)  # FieldDef

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field: FieldDef | None = None
        self.key = ""
        self.values = 0  # cases holding a value in it
        self.choices: list[Choice] = []
        self.heading = heading()
        self.label_it, self.label_en = QLineEdit(), QLineEdit()
        self.help_it, self.help_en = QLineEdit(), QLineEdit()
        for edit in (self.label_it, self.label_en):
            edit.setMaxLength(80)
        for edit in (self.help_it, self.help_en):
            edit.setMaxLength(300)
        self.section = QComboBox()
        for s in Section:
            self.section.addItem(section_name(s), s.value)
        self.type = QComboBox()
        for t in FieldType:
            self.type.addItem(type_name(t), t.value)
        self.type_note = QLabel()
        self.type_note.setWordWrap(True)
        self.type_note.setStyleSheet("color: #555;")
        self.required = QCheckBox(self.tr("Required: the case file cannot be saved without it"))
        self.choice_list = QListWidget()
        self.choice_list.setAccessibleName(self.tr("Choices"))
        self.choice_it, self.choice_en = QLineEdit(), QLineEdit()
        self.choice_it.setPlaceholderText(self.tr("Choice, in Italian"))
        self.choice_en.setPlaceholderText(self.tr("in English (optional)"))
        self.choice_it.setAccessibleName(self.tr("Choice, in Italian"))
        self.choice_en.setAccessibleName(self.tr("Choice, in English"))
        self.add_choice = QPushButton(self.tr("&Add choice"))
        self.rename_choice = QPushButton(self.tr("&Rename"))
        self.retire_choice = QPushButton(self.tr("No longer in &use"))
        self.services = {st: QCheckBox(service_name(st, ui_lang())) for st in SERVICES}
        self.referral_note = QLabel()
        self.referral_note.setWordWrap(True)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555;")
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save = QPushButton(self.tr("&Save field"))
        self.save.setDefault(True)

        form = QFormLayout()
        labelled(form, self.tr("&Name (Italian)"), self.label_it)
        labelled(form, self.tr("Name (&English)"), self.label_en)
        labelled(form, self.tr("&Help (Italian)"), self.help_it)
        labelled(form, self.tr("Help (Eng&lish)"), self.help_en)
        labelled(form, self.tr("Se&ction"), self.section)
        labelled(form, self.tr("&Type"), self.type)
        form.addRow("", self.type_note)
        form.addRow("", self.required)
        self.choices_box = QGroupBox(self.tr("Choices"))
        grid = QGridLayout(self.choices_box)
        grid.addWidget(self.choice_list, 0, 0, 1, 3)
        grid.addWidget(self.choice_it, 1, 0)
        grid.addWidget(self.choice_en, 1, 1)
        grid.addWidget(self.add_choice, 1, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.rename_choice)
        row.addWidget(self.retire_choice)
        grid.addLayout(row, 2, 0, 1, 3)
        self.referral_box = QGroupBox(self.tr("Referrals that may carry it"))
        refs = QGridLayout(self.referral_box)
        for i, cb in enumerate(self.services.values()):
            refs.addWidget(cb, i // 3, i % 3)
        refs.addWidget(self.referral_note, 3, 0, 1, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.history, 1)
        bottom.addWidget(self.save)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(form)
        box.addWidget(self.choices_box)
        box.addWidget(self.referral_box)
        box.addWidget(self.error)
        box.addLayout(bottom)
        box.addStretch(1)
        self.type.currentIndexChanged.connect(self._on_type_changed)
        self.section.currentIndexChanged.connect(self._on_section_changed)
        self.add_choice.clicked.connect(self._on_add_choice_clicked)
        self.rename_choice.clicked.connect(self._on_rename_choice_clicked)
        self.retire_choice.clicked.connect(self._on_retire_choice_clicked)
        self.choice_list.currentRowChanged.connect(self._on_choice_selected)
        self.choice_it.returnPressed.connect(self._on_add_choice_clicked)
        self.save.clicked.connect(self._on_save_clicked)

    # ------------------------------------------------------------ showing
    def show_field(self, d: FieldDef | None, section: Section, values: int = 0) -> None:
        """A field to edit, or (None) a new one in ``section``."""
        self.field, self.values = d, values
        self.key = d.key if d else ""
        self.heading.setText(d.label(ui_lang()) if d else self.tr("New field"))
        self.label_it.setText(d.it if d else "")
        self.label_en.setText(d.en if d else "")
        self.help_it.setText(d.help_it if d else "")
        self.help_en.setText(d.help_en if d else "")
        self.section.setCurrentIndex(self.section.findData((d.section if d else section).value))
        self.type.setCurrentIndex(self.type.findData((d.type if d else FieldType.TEXT).value))
        self.type.setEnabled(values == 0)
        self.type_note.setText(
            self.tr("Cases with a value in it: %1. Its type stays as it is.").replace(
                "%1", str(values)
            )
            if values
            else ""
        )
        self.type_note.setVisible(bool(values))
        self.required.setChecked(bool(d and d.required))
        self.choices = list(d.choices) if d else []
        for st, cb in self.services.items():
            cb.setChecked(bool(d and st in d.referral_types))
        self.history.setText(
            self.tr("Version %1 · saved on %2").replace("%1", str(d.version)).replace("%2", "…")
            if d and d.version
            else self.tr("Not saved yet.")
        )
        self.error.hide()
        self._render_choices()
        self._on_type_changed()
        self._on_section_changed()

    def show_history(self, version: int, at: str, who: str) -> None:
        self.history.setText(
            self.tr("Version %1 · saved on %2 by %3")
            .replace("%1", str(version))
            .replace("%2", fmt_day(at))
            .replace("%3", who)
        )

    def _render_choices(self) -> None:
        self.choice_list.clear()
        lang = ui_lang()
        for c in self.choices:
            text = c.label(lang)
            if c.retired:
                text += "  " + self.tr("(no longer in use: old cases keep it)")
            item = QListWidgetItem(text)
            if c.retired:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.darkGray)
            self.choice_list.addItem(item)

    def _on_type_changed(self, _index: int = 0) -> None:
        t = FieldType(self.type.currentData())
        self.choices_box.setVisible(t in (FieldType.CHOICE, FieldType.MULTI))

    def _on_section_changed(self, _index: int = 0) -> None:
        never = Section(self.section.currentData()) in NEVER_SENT_SECTIONS
        for cb in self.services.values():
            cb.setEnabled(not never)
            if never:
                cb.setChecked(False)
        self.referral_note.setText(
            self.tr("What is recorded about the violence never leaves the centre.")
            if never
            else self.tr(
                "The operatrice may add it to a referral to these services, always with a "
                "reason and her consent; never otherwise, and never in the report to the network."
            )
        )

    def _on_choice_selected(self, row: int) -> None:
        if 0 <= row < len(self.choices):
            c = self.choices[row]
            self.choice_it.setText(c.it)
            self.choice_en.setText(c.en)
            self.retire_choice.setText(
                self.tr("Back in &use") if c.retired else self.tr("No longer in &use")
            )

    def _on_add_choice_clicked(self) -> None:
        it = self.choice_it.text().strip()
        if not it:
            return
        probe = FieldDef("x", Section.INTAKE, FieldType.CHOICE, "x", choices=tuple(self.choices))
        self.choices = list(probe.with_choice(it, self.choice_en.text()).choices)
        self.choice_it.clear()
        self.choice_en.clear()
        self._render_choices()

    def _on_rename_choice_clicked(self) -> None:
        row = self.choice_list.currentRow()
        it = self.choice_it.text().strip()
        if 0 <= row < len(self.choices) and it:
            self.choices[row] = replace(self.choices[row], it=it, en=self.choice_en.text().strip())
            self._render_choices()
            self.choice_list.setCurrentRow(row)

    def _on_retire_choice_clicked(self) -> None:
        row = self.choice_list.currentRow()
        if not 0 <= row < len(self.choices):
            return
        c = self.choices[row]
        saved = self.field is not None and self.field.choice(c.code) is not None
        if not saved:  # never saved: nothing recorded it, it can simply go
            del self.choices[row]
        else:
            self.choices[row] = replace(c, retired=not c.retired)
        self._render_choices()

    # ------------------------------------------------------------ saving
    def collect(self) -> FieldDef:
        t = FieldType(self.type.currentData())
        base = self.field or FieldDef(self.key, Section.INTAKE, t, "")
        section = Section(self.section.currentData())
        return replace(
            base,
            key=self.key,
            section=section,
            type=t,
            it=self.label_it.text().strip(),
            en=self.label_en.text().strip(),
            help_it=self.help_it.text().strip(),
            help_en=self.help_en.text().strip(),
            required=self.required.isChecked(),
            choices=tuple(self.choices) if t in (FieldType.CHOICE, FieldType.MULTI) else (),
            referral_types=frozenset(st for st, cb in self.services.items() if cb.isChecked()),
        )

    def problem(self) -> str:
        d = self.collect()
        if not d.it:
            return self.tr("Give the field a name in Italian.")
        if d.has_choices and not d.active_choices():
            return self.tr("A list needs at least one choice in use.")
        return ""

    def _on_save_clicked(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.save_requested.emit(self.collect())
