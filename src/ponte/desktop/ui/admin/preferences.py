"""Language, idle lock, theme and text size, kept in ``desktop/settings.py`` (this computer,
no personal data). Theme and text size apply at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ponte.desktop.access import theme
from ponte.desktop.settings import IDLE_MAX, IDLE_MIN, Settings
from ponte.desktop.ui.admin.widgets import StatusLine, at_right, buddy, explanation, title


class PreferencesSection(QWidget):
    language_changed = Signal(str)
    idle_lock_changed = Signal(int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MIN, IDLE_MAX)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.language.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.text_scale = QSpinBox()
        self.text_scale.setRange(theme.SCALE_MIN, theme.SCALE_MAX)
        self.text_scale.setSingleStep(25)
        self.text_scale.setSuffix(" %")
        self.high_contrast = QCheckBox(self.tr("&High contrast"))
        self.high_contrast.setAccessibleDescription(
            self.tr("Black on white, black edges, a thick ring around the field in use")
        )
        self.button = QPushButton(self.tr("&Save"))
        self.status = StatusLine()
        form = QFormLayout()
        form.addRow(buddy(self.tr("&Language"), self.language), self.language)
        form.addRow(buddy(self.tr("&Lock after"), self.idle), self.idle)
        form.addRow(buddy(self.tr("&Text size"), self.text_scale), self.text_scale)
        form.addRow(self.high_contrast)
        form.addRow(at_right(self.button))
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Language, idle lock and display")))
        box.addWidget(
            explanation(
                self.tr(
                    "These settings belong to this computer. A new language applies the next "
                    "time Ponte starts. Ponte locks itself after this many minutes without a "
                    "key press or a click; a minute before, it warns and lets you stay. Text "
                    "size and contrast apply at once."
                )
            )
        )
        box.addLayout(form)
        box.addWidget(self.status)
        box.addStretch(1)
        self.button.clicked.connect(self._on_button_clicked)
        self.load()

    def load(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.idle.setValue(self.settings.idle_lock_minutes)
        self.text_scale.setValue(self.settings.text_scale)
        self.high_contrast.setChecked(self.settings.theme == "high_contrast")

    def _on_button_clicked(self) -> None:
        old_language = self.settings.language
        language = str(self.language.currentData())
        self.settings.language = language
        self.settings.idle_lock_minutes = self.idle.value()
        self.settings.theme = "high_contrast" if self.high_contrast.isChecked() else "standard"
        self.settings.text_scale = self.text_scale.value()
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.settings.theme, self.settings.text_scale)
        text = self.tr("Saved. Ponte now locks after %1 minutes idle.").replace(
            "%1", str(self.settings.idle_lock_minutes)
        )
        if language != old_language:
            text += " " + self.tr("The new language applies when Ponte starts again.")
            self.language_changed.emit(language)
        self.status.ok(text)
        self.idle_lock_changed.emit(self.settings.idle_lock_minutes)
