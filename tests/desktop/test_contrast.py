"""Text contrast ≥ 4.5:1 (WCAG 1.4.3) and a visible focus ≥ 3:1 (1.4.11), on the palettes
the app really applies and on every colour a screen sets in its own style sheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ponte.desktop.access import theme
from ponte.desktop.access.theme import COLOURS, THEMES, contrast
from tests.desktop.tour import look_kept

SRC = Path(__file__).resolve().parents[2] / "src" / "ponte" / "desktop"
R = QPalette.ColorRole
TEXT_ON = (
    (R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base),
    (R.ToolTipText, R.ToolTipBase), (R.Link, R.Base), (R.Link, R.Window),
)  # fmt: skip


def test_the_luminance_formula_gives_wcags_known_ratios() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WCAG's example
    assert contrast("#595959", "#ffffff") == pytest.approx(7.0, abs=0.05)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEMES)
def test_every_text_role_of_the_applied_palette_reads_at_4_5_to_1(
    qapp: QApplication, name: theme.ThemeName
) -> None:
    with look_kept(qapp):
        theme.apply(qapp, name)
        palette = qapp.palette()
        low = {
            f"{fg.name} on {bg.name}": round(contrast(palette.color(fg), palette.color(bg)), 2)
            for fg, bg in TEXT_ON
            if contrast(palette.color(fg), palette.color(bg)) < 4.5
        }
        assert not low, low


@pytest.mark.parametrize("name", THEMES)
def test_named_colours_focus_ring_and_banner(name: theme.ThemeName) -> None:
    c = COLOURS[name]
    for words in (c.error, c.ok, c.text, c.disabled):
        for back in (c.window, c.base, c.alternate):
            assert contrast(words, back) >= 4.5, (words, back)
    assert contrast(c.warning_text, c.warning_back) >= 4.5
    for back in (c.window, c.base, c.button):
        assert contrast(c.focus, back) >= 3.0, ("focus ring", back)
        assert contrast(c.border, back) >= 3.0, ("edge of a field or button", back)


_SHEET = re.compile(r"""setStyleSheet\(\s*(?:f?"[^"]*"\s*)+\)""", re.S)
_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6}|white|black)")
_BACK = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6}|white|black)")


def _inline_sheets() -> list[tuple[str, str]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for m in _SHEET.finditer(path.read_text()):
            found.append((f"{path.relative_to(SRC)}", m.group(0)))
    return found


def test_colours_that_screens_set_themselves_read_in_every_theme() -> None:
    """A screen's own ``color:`` is read on its own ``background:``, or on the theme's."""
    sheets = _inline_sheets()
    assert len(sheets) > 5, "the scan should find the screens' style sheets"
    low = []
    for where, sheet in sheets:
        for fg in _COLOUR.findall(sheet):
            own = _BACK.findall(sheet)
            backs = own or [c for n in THEMES for c in (COLOURS[n].window, COLOURS[n].base)]
            for bg in backs:
                ratio = contrast(QColor(fg), QColor(bg))
                if ratio < 4.5:
                    low.append(f"{where}: {fg} on {bg} = {ratio:.2f}")
    assert not low, "\n".join(low)


_FOREGROUND = re.compile(
    r"""setForeground\((?:[^()]*?,\s*)?(?:QBrush\()?(?:QColor\(\s*"(#[0-9a-fA-F]{3,6})"\s*\)"""
    r"""|Qt\.GlobalColor\.(\w+))"""
)


def test_colours_that_list_and_table_rows_set_themselves_read_in_every_theme() -> None:
    """A row's own text colour (``setForeground``) is read on every theme's rows."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for m in _FOREGROUND.finditer(path.read_text()):
            hex_colour, named = m.groups()
            colour = QColor(hex_colour) if hex_colour else QColor(getattr(Qt.GlobalColor, named))
            found.append((f"{path.relative_to(SRC)}", m.group(0), colour))
    assert len(found) >= 2, "the scan should find the rows' own colours"
    low = [
        f"{where}: {text} on {bg} = {contrast(colour, QColor(bg)):.2f}"
        for where, text, colour in found
        for bg in (b for n in THEMES for b in (COLOURS[n].base, COLOURS[n].alternate))
        if contrast(colour, QColor(bg)) < 4.5
    ]
    assert not low, "\n".join(low)


def test_focus_is_drawn_by_the_style_sheet_on_what_she_tabs_to(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The focused button and field look different from the unfocused ones: a ring."""
    with look_kept(qapp):
        theme.apply(qapp, "standard")
        w = QWidget()
        qtbot.addWidget(w)
        a, b, field = QPushButton("Uno", w), QPushButton("Due", w), QLineEdit(w)
        a.move(10, 10)
        b.move(10, 60)
        field.move(10, 110)
        w.resize(200, 160)
        w.show()
        w.activateWindow()
        qtbot.waitExposed(w)
        a.setFocus()
        qtbot.waitUntil(a.hasFocus)
        focused = a.grab().toImage()
        b_plain = b.grab().toImage()
        ring = QColor(COLOURS["standard"].focus).rgb()
        edge = {focused.pixel(x, 1) for x in range(3, focused.width() - 3)}
        assert ring in edge, "the focused button has a ring of the focus colour"
        assert ring not in {b_plain.pixel(x, 1) for x in range(3, b_plain.width() - 3)}
