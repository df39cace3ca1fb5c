"""Text that does not fit: what a person at 200 % text size would find cut or hidden.

``cut_texts(root)`` looks at what is shown under ``root`` and lists each label, button, tab
or check box given less room than its words need, and each widget that ends outside the
visible part of its window (overlap and loss of content, WCAG 1.4.4).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

W = TypeVar("W", bound=QWidget)

#: A pixel or two of rounding is not a cut letter.
SLACK = 2


def _words(text: str) -> str:
    return text.replace("&&", "&").replace("&", "").strip()


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def fit_size(window: QWidget, *, columns: int, lines: int) -> None:
    """Size a window in letters and lines of its font, never larger than its screen."""
    metrics = window.fontMetrics()
    width, height = metrics.horizontalAdvance("M") * columns, metrics.lineSpacing() * lines
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 80)
    window.resize(width, height)


def sized(widget: W, factor: float = 1.0, *, bold: bool = False, mono: bool = False) -> W:
    """``widget``'s font ``factor`` times its own (a title 1.3×, a hint 0.9×), never a fixed
    size: it grows with her text size as everything else does."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    if mono:
        font.setFamily("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
    widget.setFont(font)
    return widget


def fit_columns(header: QHeaderView) -> None:
    """Columns as wide as their titles and contents: at a large text size a table scrolls
    sideways inside itself (a data table may, WCAG 1.4.10) instead of cutting its titles."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)


def titles_whole(header: QHeaderView) -> None:
    """No column narrower than the widest title (for a table whose columns she sizes, whose
    last one stretches): squeezed, the table scrolls sideways inside itself instead of cutting
    a title. Call it again when the font changes."""
    hints = [header.sectionSizeHint(i) for i in range(header.count())]
    header.setMinimumSectionSize(max(hints, default=header.minimumSectionSize()))


def _cut_titles(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    out = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, header.orientation()) or "")
        if title and header.sectionSize(section) + SLACK < metrics.horizontalAdvance(title):
            out.append(f"cut column title: {title!r}")
    return out


def cut_texts(root: QWidget) -> list[str]:
    """One line per widget whose words are cut, or that lies outside the window."""
    out: list[str] = []
    window = root.window()
    visible = QRect(0, 0, window.width(), window.height())
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        if window.width() > room.width() + SLACK or window.height() > room.height() + SLACK:
            out.append(
                f"window larger than the screen: {window.width()}×{window.height()} "
                f"on {room.width()}×{room.height()}"
            )
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        what = f"{type(w).__name__} {_words(getattr(w, 'text', lambda: '')() or '')[:40]!r}"
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            rich = w.textFormat() == Qt.TextFormat.RichText or "<" in w.text()
            if w.wordWrap():
                if w.height() + SLACK < w.heightForWidth(w.width()):
                    out.append(f"cut (height): {what}")
            elif not rich and w.width() + SLACK < w.minimumSizeHint().width():
                out.append(f"cut: {what}")
        elif isinstance(w, QAbstractButton) and _words(w.text()):
            if (
                w.width() + SLACK < w.sizeHint().width()
                or w.height() + SLACK < w.sizeHint().height()
            ):
                out.append(f"cut: {what}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            out += _cut_titles(w)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.tabRect(i).width() + SLACK < w.tabSizeHint(i).width():
                    out.append(f"cut tab: {_words(w.tabText(i))!r}")
        if not _inside_scroll_area(w):
            at = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
            if not visible.contains(at.adjusted(SLACK, SLACK, -SLACK, -SLACK)):
                out.append(f"outside the window: {what}")
    return out


def sideways(root: QWidget) -> list[str]:
    """Pages under ``root`` wider than their window: read by scrolling sideways (1.4.10)."""
    out = []
    for area in [root, *root.findChildren(QScrollArea)]:
        if isinstance(area, QScrollArea) and area.widgetResizable() and area.isVisible():
            bar = area.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                inner = area.widget()
                out.append(f"scrolls sideways by {bar.maximum()} px: {type(inner).__name__}")
    return out
