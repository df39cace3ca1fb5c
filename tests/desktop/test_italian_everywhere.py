"""Every screen in Italian, walked like a person: no English left, no codes shown as words.

The demo is opened in Italian (Ponte's translation and Qt's own), then every section, every
tab of a case file, the composer and its preview, the messages, statistics, privacy and
administration are shown as the centre's amministratrice, then as the partner service and
the cabina di regia. Every visible text — labels, buttons, tabs, table headers and cells,
list entries, placeholders, Qt's own dialogs — is compared with the English source texts
(of the translation, the labels and the error sentences) and with the internal codes
(``case.read``, ``accepted``, ``failed_attempts=0``): any match fails the test.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ponte.core import stats_labels
from ponte.core.enums import ALL_ENUMS
from ponte.core.errors import all_error_classes
from ponte.core.labels import label
from ponte.desktop.app import Controller
from ponte.desktop.main_window import MainWindow
from ponte.desktop.ui.stats import AggregatePreview, NetworkDashboardView, StatsView
from tests.desktop.drive import open_first_case, start_demo

TS = Path(__file__).parents[2] / "src" / "ponte" / "desktop" / "translations" / "ponte_it.ts"
#: Meant to show as they are in both languages: names, acronyms, file types.
ALLOWED = {
    "Ponte", "DEMO", "PDF", "CSV", "Excel", "OK", "SARA", "SARA-S (screening)", "B-SAFER",
    "Danger Assessment", "ISA", "1522", "Reddito di libertà", "Stalking", "stalking", "e-mail",
    "DID", "GOL", "UE", "—", "<5", "≥n",
}  # fmt: skip
#: Qt's own words, shown by its dialogs when Qt's Italian (qtbase_it.qm) is not loaded.
QT_ENGLISH = {
    "Look in:", "File name:", "Files of type:", "Cancel", "Open", "Save", "Choose", "Yes", "No",
    "Close", "Apply", "Back", "Forward", "Parent Directory", "Create New Folder", "List View",
    "Detail View", "Name", "Size", "Type", "Date Modified", "Directory:", "Save As",
}  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _english() -> set[str]:
    """Every English source text whose Italian differs: seen on screen, it is untranslated."""
    found = set()
    for ctx in ET.parse(TS).getroot().findall("context"):
        for m in ctx.findall("message"):
            src, tr = m.findtext("source") or "", m.find("translation")
            it = tr.text if tr is not None else None
            if it and _norm(it) != _norm(src):
                found.add(_norm(src))
    for enum in ALL_ENUMS:
        for member in enum:
            if label(member, "it") != label(member, "en"):
                found.add(label(member, "en"))
    for pair in (*stats_labels.TITLES.values(), *stats_labels.WORDS.values()):
        if pair[0] != pair[1]:
            found.add(pair[1])
    found |= {cls.sentence() for cls in all_error_classes()}
    found |= QT_ENGLISH
    return found - ALLOWED


def _codes() -> set[str]:
    codes = {m.value for enum in ALL_ENUMS for m in enum}
    codes |= set(stats_labels.WORDS) | set(stats_labels.TITLES)
    return codes - {label(m, "it") for enum in ALL_ENUMS for m in enum} - ALLOWED


#: An audit action (``case.read``) or a ``key=value`` detail; file names (``cv.pdf``) are data.
CODE_LIKE = re.compile(
    r"^(vault|case|person|note|contact|plan|risk|safety|consent|referral|document|documents"
    r"|account|recovery|audit|identity|device|replica|report|stats|retention|conflict|demo"
    r"|packet)\.[a-z_]+$|\b[a-z_]+=[^ ]+"
)
#: Dates and months as a machine writes them (``2026-12-07T00:31:40Z``, ``2026-01``).
MACHINE_DATE = re.compile(r"\b\d{4}-\d{2}(-\d{2})?(T\d{2}:\d{2}(:\d{2})?Z?)?\b")
#: Words an operatrice does not use (docs/glossary-it.md says which words to use instead).
JARGON = re.compile(
    r"\b(hub|pacchett\w*|replica\w*|slot|audit|aggregat\w*|mediana su|provisioning|payload"
    r"|outbox|inbox|sync)\b",
    re.IGNORECASE,
)


def _model_texts(view: QAbstractItemView, limit: int = 40) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    rows = model.rowCount(root)
    try:
        cols = model.columnCount(root)
    except TypeError:  # a list model: one column (PySide hides its columnCount)
        cols = 1
    out = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(cols)]
    for r in range(min(rows, limit)):
        for c in range(cols):
            value = model.index(r, c, root).data()
            if isinstance(value, str):
                out.append(value)
    return out


def visible_texts(root: QWidget) -> list[str]:
    """What a person can read in ``root`` now (hidden widgets excluded)."""
    out: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            out.append(w.text() if w.textFormat() != Qt.TextFormat.RichText else "")
            if w.textFormat() == Qt.TextFormat.RichText or "<" in w.text():
                from PySide6.QtGui import QTextDocument

                doc = QTextDocument()
                doc.setHtml(w.text())
                out += doc.toPlainText().split("\n")
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLineEdit):
            out += [w.placeholderText(), w.text()]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            out += _model_texts(w)
    return [t for t in (_norm(x) for x in out) if t]


class Walk:
    def __init__(self) -> None:
        self.english = _english()
        self.codes = _codes()
        self.problems: dict[str, set[str]] = {}

    def check(self, where: str, root: QWidget) -> None:
        for text in visible_texts(root):
            for line in text.split("\n"):
                if line in ALLOWED:
                    continue
                if line in self.english:
                    self.problems.setdefault(f"English ({where})", set()).add(line)
                elif line in self.codes or CODE_LIKE.search(line):
                    self.problems.setdefault(f"code ({where})", set()).add(line)
                elif MACHINE_DATE.search(line):
                    self.problems.setdefault(f"date not in words ({where})", set()).add(line)
                elif JARGON.search(line):
                    self.problems.setdefault(f"jargon ({where})", set()).add(line)

    def assert_clean(self) -> None:
        report = "\n".join(f"{k}: {sorted(v)[:12]}" for k, v in sorted(self.problems.items()))
        assert not self.problems, "visible in the Italian app:\n" + report


def _sign_in(qtbot: QtBot, window: MainWindow, place: str, user: str = "demo") -> None:
    sign_in = window.sign_in
    qtbot.waitUntil(lambda: window.stack.currentWidget() is sign_in, timeout=10_000)
    sign_in.place.setCurrentIndex(sign_in.place.findText(place, Qt.MatchFlag.MatchContains))
    sign_in.user.setText(user)
    qtbot.keyClicks(sign_in.passphrase, "demo demo demo")
    qtbot.mouseClick(sign_in.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)


def _each_tab(qtbot: QtBot, walk: Walk, where: str, tabs: QTabWidget) -> None:
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(400)
        walk.check(f"{where} › {tabs.tabText(i)}", tabs.currentWidget())


def _qt_dialogs(qtbot: QtBot, walk: Walk, window: MainWindow) -> None:
    """Qt's own dialogs speak Italian too: the file dialog and a message box's buttons."""
    dialog = QFileDialog(window, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    qtbot.wait(300)
    walk.check("file dialog", dialog)
    dialog.reject()
    box = QMessageBox(QMessageBox.Icon.Question, "x", "x", parent=window)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.show()
    walk.check("message box", box)
    box.reject()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    walk.check("buttons", buttons)


def test_every_screen_speaks_italian(
    qtbot: QtBot,
    italian: None,  # before the app: its window is built in Italian
    app: tuple[MainWindow, Controller],
) -> None:
    window, _controller = app
    walk = Walk()
    walk.check("first start", window)
    start_demo(qtbot, window)
    _qt_dialogs(qtbot, walk, window)
    walk.check("cases", window)
    open_first_case(qtbot, window)
    casefile = window.casefile
    _each_tab(qtbot, walk, "case file", casefile.tabs)
    casefile.compose()
    dialog = casefile.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)
    walk.check("composer", dialog)
    extra = next(
        i for i in range(dialog.add_key.count()) if dialog.add_key.itemText(i).endswith("*")
    )
    dialog.add_key.setCurrentIndex(extra)
    add = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "Aggiungi campo")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # no reason given: a sentence says why
    qtbot.wait(300)
    walk.check("composer error", dialog)
    for editor in dialog.editors.values():
        editor.setText("disponibile")
    qtbot.keyClicks(dialog.purpose, "orientamento al lavoro")
    if dialog.record.isVisible():
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.to_preview.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.to_preview, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)
    walk.check("composer preview", dialog)
    dialog.reject()

    for key in ("mail", "stats", "privacy", "devices", "admin"):
        if not window.workspace.available(key):
            continue
        window.workspace.show_section(key)
        qtbot.wait(800)
        page = window.workspace.pages.currentWidget()
        for stats in page.findChildren(StatsView):
            with qtbot.waitSignal(stats.loaded, timeout=20_000):
                qtbot.mouseClick(stats.show_button, Qt.MouseButton.LeftButton)
        for preview in page.findChildren(AggregatePreview):
            with qtbot.waitSignal(preview.previewed, timeout=20_000):
                qtbot.mouseClick(preview.preview_button, Qt.MouseButton.LeftButton)
        walk.check(key, page)
        for tabs in page.findChildren(QTabWidget):
            _each_tab(qtbot, walk, key, tabs)

    window.lock_action.trigger()
    walk.check("sign-in", window)
    _sign_in(qtbot, window, "CPI")
    qtbot.waitUntil(lambda: window.partner.list.rowCount() >= 1, timeout=20_000)
    window.partner.list.selectRow(0)
    qtbot.wait(300)
    walk.check("partner", window)

    window.lock_action.trigger()
    _sign_in(qtbot, window, "Cabina")
    dashboard = window.network.content
    assert isinstance(dashboard, NetworkDashboardView)
    qtbot.waitUntil(lambda: dashboard.picture is not None, timeout=20_000)
    walk.check("cabina di regia", window)
    walk.assert_clean()
