"""Can she reach it without a mouse? The controls of a screen that Tab never stops on.

``mouse_only(root)`` lists the controls a person can click but cannot reach with Tab: a
button, field or list that takes no keyboard focus, a toolbar button whose action has no
shortcut, a sortable table header. A control whose keyboard way is elsewhere says so with
``keys_elsewhere(widget, "Ctrl+1 … Ctrl+4")``. ``tab_stops(root)`` is what Tab may stop on, for a test to press Tab through.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: Widgets a person acts on (a scroll bar is reached through its view; a slider is not).
CONTROLS = (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit,
    QPlainTextEdit, QTabBar,
)  # fmt: skip


KEYS = "ponte_keys"


def keys_elsewhere(widget: QWidget, keys: str) -> None:
    """``widget`` is clicked with a mouse, and these keys do the same (listed in F1)."""
    widget.setProperty(KEYS, keys)


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.isEnabled() and w.width() > 0 and w.height() > 0


def tab_stops(root: QWidget) -> list[QWidget]:
    """Controls under ``root`` that Tab should stop on (shown, enabled, taking Tab focus)."""
    stops: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or isinstance(w, QAbstractSlider):
            continue
        if not _shown(w, root) or w.focusProxy() is not None:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(w)
    return stops


def _reachable_toolbutton(button: QToolButton) -> bool:
    action = button.defaultAction()
    return action is not None and not action.shortcut().isEmpty()


def _arrowed_radio(button: QRadioButton) -> bool:
    """An unchecked choice of an exclusive group: Tab stops on the checked one only (Qt takes
    Tab focus from the others), and the arrow keys move between them, as in every app."""
    group = button.group()
    exclusive = group.exclusive() if group is not None else button.autoExclusive()
    return exclusive and not button.isChecked()


def mouse_only(root: QWidget) -> list[str]:
    """Controls under ``root`` that a click reaches and the keyboard does not."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not _shown(w, root) or w.focusProxy() is not None:
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: reached through its owner
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.property(KEYS):
            continue
        if isinstance(w, QRadioButton) and _arrowed_radio(w):
            continue
        if isinstance(w, QHeaderView) and not w.isSortIndicatorShown():
            continue  # column titles only: clicking one does nothing she needs
        if isinstance(w, QToolButton) and _reachable_toolbutton(w):
            continue
        if (
            isinstance(w, QAbstractButton)
            and w.parentWidget() is not None
            and (
                isinstance(w.parentWidget(), (QTabBar, QAbstractSpinBox, QComboBox))
                or type(w.parentWidget()).__name__ == "QToolBarExtension"
            )
        ):
            continue  # a tab bar's scroll arrows, a spin box's steppers: arrows keys do it
        if type(w).__name__ in ("QToolBarExtension", "QTabBarCloseButton"):
            continue
        words = getattr(w, "text", lambda: "")() or w.accessibleName()
        out.append(f"{type(w).__name__} {words!r}")
    return out
