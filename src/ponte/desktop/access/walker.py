"""What a screen reader is told: Qt's accessibility tree of a widget, walked and checked.

``walk(widget)`` follows ``QAccessible`` interfaces (the same objects Qt exposes over
AT-SPI on Linux and UI Automation on Windows): role, name, description, state. ``findings``
lists what would leave her guessing: a focusable object without a name, a combo box whose
only "name" is the value it shows, an unnamed table column, a name that is an internal code.

Table cells are data (an empty cell is a fact, not a missing label); only the first rows of
a table or list are walked, and their names are checked for codes.

A combo box is the odd one: Qt on Linux gives it the value it shows as its name and ignores
``setAccessibleName``; screen readers name it from the label it is "labelled by" (the QLabel
whose buddy it is, as ``QFormLayout.addRow(text, combo)`` makes). So a combo box needs one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

from ponte.core.enums import ALL_ENUMS
from ponte.core.labels import label

Role = QAccessible.Role
Text = QAccessible.Text

#: Roles a person acts on: each needs a name that says what it does or holds.
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.Table, Role.List, Role.Tree, Role.PageTabList,
    Role.PageTab, Role.ButtonMenu, Role.ButtonDropDown, Role.Link, Role.Chart,
    Role.ProgressBar, Role.ScrollBar, Role.Dial,
}  # fmt: skip
#: Data inside a view: named by its column header, may be empty.
DATA = {Role.Cell, Role.ListItem, Role.TreeItem, Role.RowHeader}
#: Only so many rows of a view are walked (a case list has thousands).
ROWS = 12

_CODE = re.compile(
    r"^[a-z0-9]+(?:_[a-z0-9]+)+$"  # snake_case: age_band, not_eligible
    r"|^[a-z]+(?:\.[a-z_]+)*\.(?!(?:pdf|jpe?g|png|docx?|odt|txt|xlsx?|csv|ponte)$)[a-z_]+$"
    # ^ dotted: case.read (a file name, cv.pdf, is her data)
    r"|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"  # a UUID
    r"|^[0-9a-f]{24,}$"  # a hex id or key
    r"|%[0-9n]"  # a placeholder never filled in
    r"|^Q[A-Z][A-Za-z]+$"  # a Qt class name
)


@dataclass(frozen=True)
class Node:
    """One accessible object: where it is (names of its ancestors), what it is, what it says."""

    path: str
    role: QAccessible.Role
    name: str
    description: str
    value: str
    focusable: bool
    widget: str  # the class of the widget behind it ("" for a cell or a list entry)
    labels: tuple[str, ...]  # the labels it is "labelled by" (a QLabel whose buddy it is)
    hidden_text: str = ""  # a label's own words that its accessible name replaces
    tab_in_cells: bool = False  # Tab walks a table's cells one by one instead of leaving it
    shown: str = ""  # a button's visible words, when its accessible name was set apart

    def __str__(self) -> str:
        kind = self.widget or self.role.name
        return f"{self.path} › {kind} {self.name!r}"


def enum_codes(lang: str) -> frozenset[str]:
    """Values of the closed lists that differ from their words in ``lang``: seen, a code."""
    return frozenset(
        m.value for enum in ALL_ENUMS for m in enum if label(m, lang).lower() != m.value.lower()
    )


def is_code(name: str, codes: frozenset[str] = frozenset()) -> bool:
    text = name.strip()
    return bool(text) and (bool(_CODE.search(text)) or text in codes)


def _words(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "")
    return " ".join(text.lower().split())


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def walk(root: QWidget, rows: int = ROWS) -> Iterator[Node]:
    """Every visible accessible object under ``root``, parents before children."""
    iface = QAccessible.queryAccessibleInterface(root)
    if iface is not None and iface.isValid():
        yield from _walk(iface, "", rows)


def _walk(iface: QAccessibleInterface, path: str, rows: int) -> Iterator[Node]:
    state = iface.state()
    if state.invisible:
        return
    obj = iface.object()
    widget = obj if isinstance(obj, QWidget) else None
    node = Node(
        path=path,
        role=iface.role(),
        name=iface.text(Text.Name) or "",
        description=iface.text(Text.Description) or "",
        value=iface.text(Text.Value) or "",
        focusable=bool(state.focusable),
        widget=type(widget).__name__ if widget is not None else "",
        labels=tuple(
            label_iface.text(Text.Name) or ""
            for label_iface, _ in iface.relations(QAccessible.RelationFlag.Label)
        ),
    )
    if isinstance(widget, QLabel) and widget.accessibleName() and widget.text():
        # A screen reader reads a label's name instead of its text: a name set on a label
        # that says something hides what it says (the case title, the sync status, …).
        node = replace(node, hidden_text=widget.text())
    if isinstance(widget, QAbstractButton) and widget.accessibleName() and widget.text():
        node = replace(node, shown=widget.text())
    if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
        node = replace(node, tab_in_cells=True)
    yield node
    here = f"{path} › {node.name}" if node.name and node.role not in DATA else path
    data_seen = 0
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None or not child.isValid():
            continue
        if child.role() in DATA:
            data_seen += 1
            if data_seen > rows * 4:
                continue
        yield from _walk(child, here, rows)


def findings(root: QWidget, lang: str = "it", rows: int = ROWS) -> list[str]:
    """What is wrong in ``root``'s tree, one line each (empty: every object is named)."""
    codes = enum_codes(lang)
    out: list[str] = []
    for node in walk(root, rows):
        problem = _problem(node, codes)
        if problem:
            out.append(f"{problem}: {node}")
    return out


def _problem(node: Node, codes: frozenset[str]) -> str:
    if node.name and is_code(node.name, codes):
        return "name is a code"
    if node.hidden_text:
        return "its name hides its text (use a description)"
    if node.shown and _has_words(node.shown) and _words(node.shown) not in _words(node.name):
        # WCAG 2.5.3: who says "click Save" by voice must find a "Save" in its name (a
        # button that shows only a symbol, "←", is an icon: its name says what it does).
        return f"its name does not contain its visible words {node.shown!r}"
    if node.tab_in_cells:
        # Tab would stop on every cell (a list of 200 cases: 800 presses to get out).
        return "Tab walks its cells (setTabKeyNavigation(False): arrows move in it)"
    if node.role in DATA:
        return ""
    if node.role == Role.ColumnHeader:
        return "" if node.name.strip() else "unnamed column"
    if node.role not in INTERACTIVE and not node.focusable:
        return ""
    if node.role == Role.ScrollBar:
        return ""  # Qt names them by orientation; they are never focused
    name = node.name.strip()
    if not name:
        return "no name"
    if node.role == Role.ComboBox and not node.labels and name == node.value.strip():
        # Qt on Linux names a combo box by the value it shows (its accessibleName is not
        # used); Orca reads the label it is labelled by: a QLabel with it as buddy.
        return "only its value for a name"
    return ""
