"""The centre's own fields inside the case file: one box per section, one input per field.

Each type has its input: a line of text, a number, a date (empty until set), yes/no with
"not recorded", one choice, several choices. A retired choice the case holds stays shown
(marked) and may be kept; a retired field with a value is shown, not edited. Required fields
are marked and checked before saving; help texts are tooltips and a line under the input.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ponte.core.errors import FieldValueError
from ponte.core.fields import FieldDef, FieldType, Value, coerce
from ponte.desktop.ui.common import ui_lang

EMPTY_DATE = QDate(1900, 1, 1)


class _Input:
    """One field's input widget and how to read and fill it."""

    def __init__(self, d: FieldDef, value: Value, box: CentreFieldsBox) -> None:
        self.d, self.kept = d, value
        lang = ui_lang()
        self.widget: QWidget
        self.boxes: dict[str, QCheckBox] = {}
        if d.retired:
            self.widget = QLabel(
                d.value_text(value, lang)
                + "  "
                + QCoreApplication.translate("CentreFieldsBox", "(field no longer in use)")
            )
        elif d.type is FieldType.DATE:
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setMinimumDate(EMPTY_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(QDate(value) if isinstance(value, date) else EMPTY_DATE)
            edit.dateChanged.connect(box.edited)
            self.widget = edit
        elif d.type is FieldType.YESNO:
            combo = QComboBox()
            combo.addItem("—", None)
            combo.addItem(QCoreApplication.translate("CentreFieldsBox", "yes"), True)
            combo.addItem(QCoreApplication.translate("CentreFieldsBox", "no"), False)
            combo.setCurrentIndex(0 if value is None else (1 if value else 2))
            combo.currentIndexChanged.connect(box.edited)
            self.widget = combo
        elif d.type is FieldType.CHOICE:
            combo = QComboBox()
            combo.addItem("—", None)
            for c in d.choices:
                if not c.retired or c.code == value:
                    text = c.label(lang) + (
                        "  " + QCoreApplication.translate("CentreFieldsBox", "(no longer in use)")
                        if c.retired
                        else ""
                    )
                    combo.addItem(text, c.code)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(box.edited)
            self.widget = combo
        elif d.type is FieldType.MULTI:
            held = set(value) if isinstance(value, tuple) else set()
            self.widget = QWidget()
            grid = QGridLayout(self.widget)
            grid.setContentsMargins(0, 0, 0, 0)
            shown = [c for c in d.choices if not c.retired or c.code in held]
            for i, c in enumerate(shown):
                text = c.label(lang) + (
                    "  " + QCoreApplication.translate("CentreFieldsBox", "(no longer in use)")
                    if c.retired
                    else ""
                )
                cb = QCheckBox(text)
                cb.setChecked(c.code in held)
                cb.toggled.connect(box.edited)
                self.boxes[c.code] = cb
                grid.addWidget(cb, i // 3, i % 3)
        else:
            line = QLineEdit("" if value is None else d.value_text(value, "it"))
            line.setMaxLength(2000)
            if d.type is FieldType.NUMBER:
                line.setPlaceholderText(QCoreApplication.translate("CentreFieldsBox", "a number"))
            line.textEdited.connect(box.edited)
            self.widget = line
        self.widget.setAccessibleName(d.label(lang))
        if d.help(lang):
            self.widget.setToolTip(d.help(lang))
            self.widget.setAccessibleDescription(d.help(lang))

    def raw(self) -> object:
        w = self.widget
        if isinstance(w, QDateEdit):
            q = w.date()
            return None if q == EMPTY_DATE else date(q.year(), q.month(), q.day())
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        if self.boxes:
            return tuple(code for code, cb in self.boxes.items() if cb.isChecked())
        return self.kept


class CentreFieldsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This centre's fields"))
        self._loading = False
        self.inputs: dict[str, _Input] = {}
        self.errors: dict[str, QLabel] = {}
        self._form = QFormLayout()
        box = QVBoxLayout(self)
        box.addLayout(self._form)
        self.hide()

    def edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def set_fields(self, fields: list[FieldDef], values: dict[str, Value]) -> None:
        self._loading = True
        while self._form.rowCount():
            self._form.removeRow(0)
        self.inputs, self.errors = {}, {}
        lang = ui_lang()
        for d in fields:
            value = values.get(d.key)
            entry = _Input(d, value, self)
            self.inputs[d.key] = entry
            text = d.label(lang) + (" *" if d.required and not d.retired else "")
            label = QLabel(text)
            label.setBuddy(entry.widget)
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(entry.widget)
            if d.help(lang) and not d.retired:
                hint = QLabel(d.help(lang))
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #666; font-size: 11px;")
                column.addWidget(hint)
            err = QLabel()
            err.setStyleSheet("color: #a40000;")
            err.hide()
            column.addWidget(err)
            self.errors[d.key] = err
            self._form.addRow(label, column)
        self.setVisible(bool(fields))
        self._loading = False

    def values(self) -> dict[str, object]:
        """What she entered, by field key (retired fields are not sent back)."""
        return {k: e.raw() for k, e in self.inputs.items() if not e.d.retired}

    def validate(self) -> bool:
        ok = True
        for key, entry in self.inputs.items():
            err = self.errors[key]
            message = ""
            raw = entry.raw()
            if entry.d.retired:
                pass
            elif entry.d.required and raw in (None, (), ""):
                message = self.tr("The centre made this field required.")
            else:
                try:
                    coerce(entry.d, raw, keep=entry.kept)
                except FieldValueError:
                    message = self.tr("Write a number, such as 3 or 2,5.")
            err.setText(message)
            err.setVisible(bool(message))
            ok = ok and not message
        return ok
