"""How Ponte looks: the standard or the high-contrast theme, the focus ring, the text size.

Both themes use Qt's Fusion style (the same on every system, and it draws from the palette),
with palettes whose every text colour reaches WCAG's 4.5:1 against its background, checked by
``tests/desktop/test_contrast.py`` with the relative-luminance formula below. The focus is
always shown by a thick ring (the style sheet), never by colour alone. The text size follows
the system's font (and its scale factor, which Qt applies itself), times her own preference.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

ThemeName = Literal["standard", "high_contrast"]
THEMES: tuple[ThemeName, ...] = ("standard", "high_contrast")
#: Text size in per cent of the system's font: her preference, from 100 to 200.
SCALE_MIN, SCALE_MAX = 100, 200

Group = QPalette.ColorGroup
R = QPalette.ColorRole


@dataclass(frozen=True)
class Colours:
    """A theme's colours: the palette's roles, and the few that screens use by name."""

    window: str
    text: str
    base: str
    alternate: str
    button: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    disabled: str
    focus: str  # the focus ring: ≥ 3:1 against window and base (WCAG 1.4.11)
    error: str  # words of an error, on window or base
    ok: str  # words of a success
    warning_text: str  # the demo banner and warnings: this text …
    warning_back: str  # … on this background
    tooltip_back: str
    border: str  # of fields and buttons: ≥ 3:1 against window and base (WCAG 1.4.11)
    button_hover: str


STANDARD = Colours(
    window="#efefef", text="#1a1a1a", base="#ffffff", alternate="#f4f4f4", button="#e8e8e8",
    highlight="#1f5fae", highlighted_text="#ffffff", placeholder="#595959", link="#0645ad",
    disabled="#5f5f5f", focus="#1f5fae", error="#a40000", ok="#1b6e20",
    warning_text="#ffffff", warning_back="#8a4500", tooltip_back="#ffffdc", border="#767676",
    button_hover="#dde6f2",
)  # fmt: skip
HIGH_CONTRAST = Colours(
    window="#ffffff", text="#000000", base="#ffffff", alternate="#f0f0f0", button="#ffffff",
    highlight="#000080", highlighted_text="#ffffff", placeholder="#3a3a3a", link="#00007a",
    disabled="#4d4d4d", focus="#000000", error="#8b0000", ok="#004d00",
    warning_text="#ffffff", warning_back="#000000", tooltip_back="#ffffff", border="#000000",
    button_hover="#e0e0ff",
)  # fmt: skip
COLOURS: dict[ThemeName, Colours] = {"standard": STANDARD, "high_contrast": HIGH_CONTRAST}


# ---------------------------------------------------------------- contrast (WCAG 2.1)
def luminance(colour: QColor) -> float:
    """Relative luminance, WCAG 2.1 (sRGB channels linearised, then weighted)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    la, lb = luminance(QColor(a)), luminance(QColor(b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


# ---------------------------------------------------------------- palette and style sheet
def palette(name: ThemeName) -> QPalette:
    c = COLOURS[name]
    p = QPalette()
    roles = {
        R.Window: c.window, R.WindowText: c.text, R.Base: c.base, R.AlternateBase: c.alternate,
        R.Text: c.text, R.Button: c.button, R.ButtonText: c.text, R.BrightText: c.base,
        R.Highlight: c.highlight, R.HighlightedText: c.highlighted_text,
        R.PlaceholderText: c.placeholder, R.Link: c.link, R.LinkVisited: c.link,
        R.ToolTipBase: c.tooltip_back, R.ToolTipText: c.text,
        R.Light: c.base, R.Midlight: c.button, R.Mid: c.border, R.Dark: c.border,
        R.Shadow: c.border,
    }  # fmt: skip
    for role, colour in roles.items():
        p.setColor(Group.All, role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(Group.Disabled, role, QColor(c.disabled))
    return p


def style_sheet(name: ThemeName) -> str:
    """The focus ring on everything she can reach by Tab, tones screens can ask for, and
    scroll arrows on a tab bar too long for its window (at a large text size the case
    file's twelve tabs would otherwise make the page wider than the screen)."""
    c = COLOURS[name]
    ring = "3px" if name == "high_contrast" else "2px"
    return f"""
QPushButton {{
    border: 1px solid {c.border}; border-radius: 3px; padding: 4px 11px;
    background: {c.button}; color: {c.text};
}}
QPushButton:hover {{ background: {c.button_hover}; }}
QPushButton:pressed {{ background: {c.alternate}; }}
QPushButton:disabled {{ color: {c.disabled}; }}
QPushButton:default {{ border-width: 2px; padding: 3px 10px; }}
QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit {{
    border: 1px solid {c.border}; border-radius: 2px; padding: 2px 3px; background: {c.base};
}}
QPushButton:focus, QToolButton:focus {{
    border: {ring} solid {c.focus}; padding: {4 - int(ring[0]) + 1}px {11 - int(ring[0]) + 1}px;
}}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QAbstractItemView:focus, QTabBar:focus, QDateEdit:focus {{
    border: {ring} solid {c.focus};
}}
QCheckBox:focus, QRadioButton:focus, QLabel:focus {{
    border: {ring} solid {c.focus}; padding: 1px;
}}
QTabBar::tab:selected {{ font-weight: bold; }}
QTabBar {{ qproperty-usesScrollButtons: true; }}
QLabel[tone="error"] {{ color: {c.error}; }}
QLabel[tone="ok"] {{ color: {c.ok}; }}
QLabel[tone="warning"] {{
    color: {c.warning_text}; background: {c.warning_back}; padding: 2px 8px; font-weight: bold;
}}
"""


# ---------------------------------------------------------------- applying
_SYSTEM_FONT: QFont | None = None


def apply(app: QApplication, name: ThemeName = "standard", scale: int = 100) -> None:
    """Fusion, the theme's palette and focus ring, and the text at ``scale`` per cent of the
    system's own font size (which already carries the system's scale factor)."""
    global _SYSTEM_FONT
    if _SYSTEM_FONT is None:
        _SYSTEM_FONT = QGuiApplication.font()
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(palette(name))
    font = QFont(_SYSTEM_FONT)
    size = _SYSTEM_FONT.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * clamp_scale(scale) / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(name))
    app.setProperty("ponte_theme", name)


def tone(widget: QWidget, name: Literal["error", "ok", "warning", ""]) -> None:
    """Colour a label's words by what they say (the theme picks colours that read well)."""
    widget.setProperty("tone", name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def clamp_scale(scale: int) -> int:
    return max(SCALE_MIN, min(SCALE_MAX, int(scale)))


def colours(app: QApplication | None = None) -> Colours:
    """The colours of the theme in use (the standard one before ``apply``)."""
    application = app or QApplication.instance()
    if isinstance(application, QApplication):
        name = application.property("ponte_theme")
        if name in COLOURS:
            return COLOURS[name]
    return STANDARD
