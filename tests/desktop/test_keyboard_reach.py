"""Every control of every screen is reached by Tab (WCAG 2.1.1, 2.1.2), found generically.

The demo's screens are visited as in the accessibility walk (every section, every tab, the
case file, the composer, the partner service's and the cabina's sections). On each, Tab is
pressed from the first control round the whole window: every button, field, list and tab
bar on screen must be among the stops, and none may be one only a mouse reaches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ponte.desktop.access.keyboard import mouse_only, tab_stops
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from tests.desktop.tour import (
    open_first_case,
    sign_in,
    start_demo,
    visit_sections,
    visit_tabs,
)


def unreached(qtbot: QtBot, window: QWidget, root: QWidget) -> list[str]:
    """Controls under ``root`` that Tab, pressed round ``window``, never stops on."""
    stops = tab_stops(root)
    if not stops:
        return []
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is not None, (stops[0], window.isActiveWindow())
    seen: set[int] = set()
    for _ in range(len(tab_stops(window)) * 2 + 10):
        widget = QApplication.focusWidget()
        if widget is None:
            break
        seen.add(id(widget))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')() or w.accessibleName()!r}"
        for w in tab_stops(root)
        if id(w) not in seen
    ]


def test_the_walker_finds_a_button_only_a_mouse_reaches(qtbot: QtBot) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    click_only = QPushButton("Archivia", w)
    click_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    QPushButton("Salva", w).move(0, 40)
    w.show()
    assert mouse_only(w) == ["QPushButton 'Archivia'"]
    click_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    assert mouse_only(w) == []


def test_the_other_choices_of_a_radio_group_are_reached_by_arrows(qtbot: QtBot) -> None:
    """Tab stops on the checked choice only (Qt's rule); the arrows move to the others."""
    w = QWidget()
    qtbot.addWidget(w)
    one, other = QRadioButton("Chiave"), QRadioButton("Quote")
    column = QVBoxLayout(w)
    column.addWidget(one)
    column.addWidget(other)
    group = QButtonGroup(w)
    group.addButton(one)
    group.addButton(other)
    one.setChecked(True)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    one.setFocus()
    qtbot.keyClick(one, Qt.Key.Key_Down)
    assert other.isChecked()
    assert QApplication.focusWidget() is other
    assert mouse_only(w) == [], "the unchecked choice is reached by arrows"
    for choice in (one, other):
        choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert mouse_only(w) == ["QRadioButton 'Quote'"], "the checked one must take Tab"


def test_every_control_on_every_screen_is_reached_by_tab(
    qtbot: QtBot, app: tuple[MainWindow, Controller]
) -> None:
    window, _controller = app
    problems: dict[str, list[str]] = {}
    screens = 0

    def check_in(top: QWidget) -> object:
        def check(where: str, root: QWidget) -> None:
            nonlocal screens
            screens += 1
            found = [f"mouse only: {m}" for m in mouse_only(root)]
            found += [f"Tab never stops on: {u}" for u in unreached(qtbot, top, root)]
            if found:
                problems.setdefault(where, []).extend(found)

        return check

    start_demo(qtbot, window)
    visit_sections(qtbot, window, check_in(window))  # type: ignore[arg-type]
    open_first_case(qtbot, window)
    casefile = window.casefile
    visit_tabs(qtbot, "case file", casefile, check_in(window))  # type: ignore[arg-type]
    casefile.compose()
    dialog = casefile.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    check_in(dialog)("composer", dialog)  # type: ignore[operator]
    dialog.reject()
    casefile.leave()
    sign_in(qtbot, window, "CPI")
    visit_sections(qtbot, window, check_in(window))  # type: ignore[arg-type]
    assert screens > 25
    report = "\n".join(f"[{k}]\n  " + "\n  ".join(sorted(set(v))) for k, v in problems.items())
    assert not problems, report
