"""The standard rows of one box of the case file, shown the way the centre chose.

A box registers its rows by standard field key; ``arrange`` puts them in the centre's order
(``core/standard_fields.ordered``), hides the hidden ones (what was recorded stays, unseen)
and gives renamed ones their name. Locked fields are never touched: ``check_override``
refuses any change to them before it is stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from ponte.core.standard_fields import Override, ordered


class StandardRows:
    def __init__(self, form: QFormLayout, group: str) -> None:
        self.form, self.group = form, group
        self.rows: dict[
            str, tuple[QLabel, QWidget, QWidget, str]
        ] = {}  # label, container, input, text

    def add(self, key: str, label: QLabel, container: QWidget, widget: QWidget) -> None:
        text = widget.text() if isinstance(widget, QCheckBox) and not label.text() else label.text()
        self.rows[key] = (label, container, widget, text)

    def arrange(self, overrides: dict[str, Override], lang: str) -> None:
        while self.form.rowCount():
            self.form.takeRow(0)
        for f in ordered(self.group, overrides):
            if f.key not in self.rows:
                continue
            label, container, widget, text = self.rows[f.key]
            o = overrides.get(f.key)
            name = o.label(lang, text) if o and f.configurable else text
            if isinstance(widget, QCheckBox) and not label.text() and not label.buddy():
                widget.setText(name)
            else:
                label.setText(name + (" *" if o and o.required and f.configurable else ""))
            widget.setAccessibleName(name.replace("&", ""))
            self.form.addRow(label, container)
            hidden = bool(o and o.hidden and f.configurable)
            label.setVisible(not hidden)
            container.setVisible(not hidden)

    def shown(self, key: str) -> bool:
        row = self.rows.get(key)
        return row is not None and not row[1].isHidden()
