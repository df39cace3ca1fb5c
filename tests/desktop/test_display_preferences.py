"""Her display preferences: high contrast and text size, set in Administration, applied at
once, kept for the next start, and sized from the system's own font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponte.desktop.access import theme
from ponte.desktop.settings import Settings
from ponte.desktop.ui.admin.preferences import PreferencesSection
from tests.desktop.tour import look_kept


def test_high_contrast_and_larger_text_apply_at_once_and_are_kept(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    ini = str(tmp_path / "settings.ini")
    system = QGuiApplication.font().pointSizeF()
    with look_kept(qapp):
        section = PreferencesSection(Settings(QSettings(ini, QSettings.Format.IniFormat)))
        qtbot.addWidget(section)
        section.show()
        section.high_contrast.setFocus()
        qtbot.keyClick(section.high_contrast, Qt.Key.Key_Space)  # ticked by keyboard
        section.text_scale.setValue(150)
        qtbot.mouseClick(section.button, Qt.MouseButton.LeftButton)
        window = qapp.palette().color(QPalette.ColorRole.Window).name()
        assert window == theme.HIGH_CONTRAST.window
        assert qapp.font().pointSizeF() == pytest.approx(system * 1.5, abs=0.5)
        again = Settings(QSettings(ini, QSettings.Format.IniFormat))
        assert again.theme == "high_contrast"
        assert again.text_scale == 150


def test_the_text_size_is_bounded_and_bad_values_fall_back(tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.text_scale == 100
    assert settings.theme == "standard"
    settings.text_scale = 900
    assert settings.text_scale == 200
    with pytest.raises(ValueError, match="theme"):
        settings.theme = "neon"
