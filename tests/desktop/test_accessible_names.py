"""Every screen as a screen reader gets it: each object she can reach is named, in words.

The whole demo is walked through Qt's accessibility interfaces (what AT-SPI and UI
Automation hand to Orca or NVDA): first start, every section of the sidebar and every tab
in it, a case file with each of its tabs, the composer and its preview, the new-case dialog,
sign-in, then the partner service's and the cabina di regia's sections. The sections and
tabs are found by walking the window, so a screen added later is checked too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ponte.desktop.access.walker import findings, is_code, walk
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.desktop.ui.cases.new_case import NewCaseDialog
from tests.desktop.tour import (
    open_first_case,
    sign_in,
    start_demo,
    visit_sections,
    visit_tabs,
)

LEFT = Qt.MouseButton.LeftButton


class Report:
    def __init__(self) -> None:
        self.lines: dict[str, list[str]] = {}
        self.screens = 0

    def check(self, where: str, root: QWidget) -> None:
        self.screens += 1
        found = findings(root, lang="it")
        if found:
            self.lines.setdefault(where, []).extend(found)

    def assert_clean(self) -> None:
        text = "\n".join(
            f"[{where}]\n  " + "\n  ".join(sorted(set(lines)))
            for where, lines in self.lines.items()
        )
        assert not self.lines, f"unnamed or coded objects on {len(self.lines)} screens:\n{text}"


def test_the_walker_sees_what_a_screen_reader_would_miss(qtbot: QtBot) -> None:
    """The walker itself: it finds an unnamed button, a combo named by its value, a code."""
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton

    w = QWidget()
    qtbot.addWidget(w)
    form = QFormLayout(w)
    icon_only = QPushButton()
    combo = QComboBox()
    combo.addItems(["Rho", "Legnano"])
    coded = QPushButton("age_band")
    named = QPushButton("Save")
    shows = QPushButton("&Show")
    shows.setAccessibleName("Display the figures")  # says something else than it shows
    form.addRow(shows)
    status = QLabel("Online · 0 waiting")
    status.setAccessibleName("Sync status")
    for widget in (icon_only, combo, coded, named, status):
        form.addRow(widget)
    w.show()
    found = "\n".join(findings(w, "en"))
    assert "no name:  › QPushButton ''" in found
    assert "only its value for a name" in found
    assert "name is a code:  › QPushButton 'age_band'" in found
    assert "'Save'" not in found
    assert "its name hides its text (use a description):  › QLabel 'Sync status'" in found
    assert "does not contain its visible words '&Show'" in found
    arrow = QPushButton("→")
    arrow.setAccessibleName("Next week")  # a symbol is an icon: its name says what it does
    form.addRow(arrow)
    assert "'Next week'" not in "\n".join(findings(w, "en"))
    combo.setAccessibleName("Centre")  # not enough on Linux: Orca reads its label
    assert "only its value for a name" in "\n".join(findings(w, "en"))
    centre = QLabel("&Centre")
    centre.setBuddy(combo)
    form.addRow(centre)
    icon_only.setAccessibleName("Add")
    coded.setText("Age band")
    shows.setAccessibleName("Show the figures for this period")
    status.setAccessibleName("")
    status.setAccessibleDescription("Sync status")
    assert findings(w, "en") == []
    assert {n.name for n in walk(w)} >= {"Add", "Age band", "Save"}
    assert ("Centre",) in {n.labels for n in walk(w)}
    for code in ("case.read", "not_eligible", "01a24e91-fde3-78f2-b641-9b2d087c03b1", "%1 casi"):
        assert is_code(code), code
    for words in ("Giulia R.", "cv.pdf", "Salva", "25–34"):
        assert not is_code(words), words


def test_every_screen_names_everything_she_can_reach(
    qtbot: QtBot, italian: None, app: tuple[MainWindow, Controller]
) -> None:
    """In Italian, as centres run it: an English status word there is a code shown."""
    window, _controller = app
    report = Report()
    report.check("first start", window)
    start_demo(qtbot, window)
    sections = visit_sections(qtbot, window, report.check)
    assert {"cases", "mail", "stats", "admin", "privacy"} <= set(sections)

    # A case file, opened from the list with Enter, and each of its tabs.
    open_first_case(qtbot, window)
    casefile = window.casefile
    visit_tabs(qtbot, "case file", casefile, report.check)

    # The composer and its preview.
    casefile.tabs.setCurrentWidget(casefile.referrals)
    casefile.compose()
    dialog = casefile.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)
    report.check("composer", dialog)
    qtbot.keyClicks(dialog.purpose, "orientamento")
    for editor in dialog.editors.values():
        if not editor.text():
            qtbot.keyClicks(editor, "da definire")
    if dialog.record.isVisible():
        qtbot.mouseClick(dialog.record, LEFT)
    qtbot.waitUntil(dialog.to_preview.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.to_preview, LEFT)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)
    report.check("composer › preview", dialog)
    dialog.reject()

    new_case = NewCaseDialog(window)
    qtbot.addWidget(new_case)
    new_case.show()
    report.check("new case", new_case)
    new_case.reject()

    sign_in(qtbot, window, "CPI")
    report.check("sign-in (then the partner service)", window.sign_in)
    visit_sections(qtbot, window, lambda where, w: report.check(f"partner › {where}", w))
    sign_in(qtbot, window, "Cabina")
    visit_sections(qtbot, window, lambda where, w: report.check(f"cabina › {where}", w))
    assert report.screens > 30, report.screens
    report.assert_clean()
