"""One standard field in the field editor: why it is locked, or — when nothing depends on
it — hide, rename, require or move it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.core.standard_fields import Override as StdOverride
from ponte.core.standard_fields import StandardField
from ponte.desktop.ui.common import ui_lang
from ponte.desktop.ui.fields.centre_panel import heading, labelled
from ponte.desktop.ui.fields.words import why_locked


class StandardFieldPanel(QWidget):
    save_requested = Signal(object)  # Override
    move_requested = Signal(str, int)  # key, step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field: StandardField | None = None
        self.heading = heading()
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.hidden = QCheckBox(self.tr("&Hide it in the case file (what was recorded stays)"))
        self.label_it, self.label_en = QLineEdit(), QLineEdit()
        self.required = QCheckBox(self.tr("Re&quired: the case file cannot be saved without it"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.save = QPushButton(self.tr("&Save"))
        self.options = QWidget()
        form = QFormLayout(self.options)
        form.setContentsMargins(0, 0, 0, 0)
        labelled(form, self.tr("&Name (Italian)"), self.label_it)
        labelled(form, self.tr("Name (&English)"), self.label_en)
        form.addRow("", self.hidden)
        form.addRow("", self.required)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        form.addRow(buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.why)
        box.addWidget(self.options)
        box.addStretch(1)
        self.save.clicked.connect(self._on_save_clicked)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.hidden.toggled.connect(self._on_hidden_toggled)

    def show_field(self, f: StandardField, o: StdOverride | None) -> None:
        lang = ui_lang()
        self.field = f
        self.heading.setText(f.label(lang))
        reasons = why_locked(f, lang)
        if reasons:
            self.why.setText(
                self.tr("This field cannot be hidden or changed:") + "\n• " + "\n• ".join(reasons)
            )
        else:
            self.why.setText(
                self.tr(
                    "Nothing depends on this field: no statistic counts it and no referral "
                    "needs it (an operatrice may still add it to a referral, with a reason). "
                    "The centre may hide it, rename it, make it required or move it."
                )
            )
        self.options.setVisible(f.configurable)
        o = o or StdOverride(f.key)
        self.label_it.setPlaceholderText(f.it)
        self.label_en.setPlaceholderText(f.en)
        self.label_it.setText(o.it)
        self.label_en.setText(o.en)
        self.hidden.setChecked(o.hidden)
        self.required.setChecked(o.required)
        self._on_hidden_toggled(o.hidden)
        self._position = o.position

    def _on_hidden_toggled(self, hidden: bool) -> None:
        self.required.setEnabled(not hidden)
        if hidden:
            self.required.setChecked(False)

    def _move(self, step: int) -> None:
        if self.field is not None:
            self.move_requested.emit(self.field.key, step)

    def _on_save_clicked(self) -> None:
        if self.field is None:
            return
        self.save_requested.emit(
            StdOverride(
                self.field.key,
                self.hidden.isChecked(),
                self.label_it.text().strip(),
                self.label_en.text().strip(),
                self.required.isChecked(),
                self._position,
            )
        )
