"""Text at 200 % (WCAG 1.4.4): every section, every tab, a case file and the composer, at
twice the system's font size in a window the size of the screen: no words cut, no window
larger than the screen (a page that needs more room scrolls).

Reflow (WCAG 1.4.10): at 200 % in a window of a laptop's screen (1280×760), no page scrolls
sideways: panels side by side stack, rows of buttons wrap. (A data table may scroll inside
itself.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ponte.desktop.access import theme
from ponte.desktop.access.fit import cut_texts, sideways
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.storage.worker import VaultWorker
from tests.desktop.tour import look_kept, open_first_case, start_demo, visit_sections, visit_tabs


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    with look_kept(qapp):
        theme.apply(qapp, "standard", 200)
        yield


@pytest.fixture
def big_app(
    qtbot: QtBot, tmp_path: Path, large_text: None
) -> Iterator[tuple[MainWindow, Controller]]:
    window = MainWindow()
    qtbot.addWidget(window)
    controller = Controller(window, tmp_path, VaultWorker())
    controller.start()
    screen = window.screen().availableGeometry()
    window.resize(screen.width(), screen.height())
    window.show()
    yield window, controller
    controller.shutdown()


def test_no_screen_fixes_its_own_font_size() -> None:
    """A size in a style sheet (``font-size: 18px``) stays that size at 200 %: titles and
    hints would not grow with her text. Sizes are relative to the font (``QFont``)."""
    import re

    sheets = re.compile(r"""setStyleSheet\(\s*(?:f?"[^"]*"\s*)+\)""", re.S)
    src = Path(__file__).resolve().parents[2] / "src" / "ponte" / "desktop"
    fixed = [
        f"{path.relative_to(src)}: {m.group(0)}"
        for path in sorted(src.rglob("*.py"))
        for m in sheets.finditer(path.read_text())
        if "font-size" in m.group(0)
    ]
    assert not fixed, "\n".join(fixed)


def test_the_fit_check_sees_a_cut_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    w = QWidget()
    qtbot.addWidget(w)
    button = QPushButton("Invia la segnalazione al centro per l'impiego", w)
    button.setFixedWidth(60)
    w.resize(200, 100)
    w.show()
    assert any("cut: QPushButton" in line for line in cut_texts(w))
    button.setFixedWidth(button.sizeHint().width())
    w.resize(button.width() + 10, 100)
    assert cut_texts(w) == []


def test_at_200_percent_nothing_is_cut(
    qtbot: QtBot, big_app: tuple[MainWindow, Controller]
) -> None:
    window, _controller = big_app
    problems: dict[str, list[str]] = {}

    def check(where: str, root: QWidget) -> None:
        found = cut_texts(root)
        if found:
            problems.setdefault(where, []).extend(found)

    check("first start", window)
    start_demo(qtbot, window)
    visit_sections(qtbot, window, check)
    open_first_case(qtbot, window)
    casefile = window.casefile
    visit_tabs(qtbot, "case file", casefile, check)
    casefile.compose()
    dialog = casefile.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)
    qtbot.wait(300)
    check("composer", dialog)
    dialog.reject()
    report = "\n".join(f"[{k}]\n  " + "\n  ".join(sorted(set(v))) for k, v in problems.items())
    assert not problems, report


def test_at_200_percent_on_a_laptop_screen_nothing_scrolls_sideways(
    qtbot: QtBot, big_app: tuple[MainWindow, Controller]
) -> None:
    window, _controller = big_app
    window.resize(1280, 760)  # the screen of the claim in docs/accessibility.md
    problems: dict[str, list[str]] = {}

    def check(where: str, root: QWidget) -> None:
        found = sideways(root)
        if found:
            problems.setdefault(where, []).extend(found)

    start_demo(qtbot, window)
    assert window.width() == 1280
    visit_sections(qtbot, window, check)
    open_first_case(qtbot, window)
    visit_tabs(qtbot, "case file", window.casefile, check)
    report = "\n".join(f"[{k}]\n  " + "\n  ".join(sorted(set(v))) for k, v in problems.items())
    assert not problems, report
