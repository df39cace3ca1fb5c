"""The case list screen: search-as-you-type, filters, sort and paging — all in SQL."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import SORT_KEYS, CasePage, CaseQuery
from ponte.app.forms import FieldFilter
from ponte.core.enums import CaseStatus, ViolenceForm
from ponte.core.fields import COUNTED_TYPES, FieldDef, FieldType
from ponte.desktop.access.keyboard import keys_elsewhere
from ponte.desktop.ui.admin.widgets import buddy
from ponte.desktop.ui.cases.model import PAGE, CaseTableModel, ObjectRole
from ponte.desktop.ui.common import EnumCombo, fmt_n, plural, ui_lang

_ANY, _NONE = "\x00any", "\x00none"  # "filled in" / "not filled in" in the value combo
SEARCH_DELAY_MS = 150
MIN_SEARCH = 2


class CasesView(QWidget):
    query_changed = Signal(object)  # CaseQuery
    open_requested = Signal(str)  # case id
    new_requested = Signal()

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.offset = 0
        self.sort, self.descending = "opened_on", True
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by code, name or note…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.status = EnumCombo(CaseStatus)
        self.status.setItemText(0, self.tr("Any status"))
        self.form = EnumCombo(ViolenceForm)
        self.form.setItemText(0, self.tr("Any form of violence"))
        self.field = QComboBox()
        self.field_value = QComboBox()
        # Visible labels (a screen reader names a combo box by its label), shown with them.
        self.field_label = buddy(self.tr("Centre &field"), self.field)
        self.field_value_label = buddy(self.tr("Val&ue"), self.field_value)
        self.centre_fields: dict[str, FieldDef] = {}
        self.set_fields([])
        self.new = QPushButton(self.tr("New case…"))
        self.new.setShortcut("Ctrl+N")
        self.new.clicked.connect(self.new_requested.emit)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(model.COLUMNS.index("opened_on"), Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)
        for section in range(len(model.COLUMNS)):  # the keyboard's click on a column title
            QShortcut(
                QKeySequence(f"Ctrl+{section + 1}"),
                self,
                lambda s=section: self._on_header_clicked(s),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        keys_elsewhere(header, "Ctrl+1 … Ctrl+4")
        self.table.setAccessibleDescription(
            self.tr("Enter opens a case. Ctrl+1 to Ctrl+4 sort by a column, again to reverse.")
        )
        self.table.activated.connect(self._on_activated)
        self.count = QLabel()
        self.prev = QPushButton(self.tr("← Previous"))
        self.next = QPushButton(self.tr("Next →"))
        self.prev.clicked.connect(lambda: self._page(-1))
        self.next.clicked.connect(lambda: self._page(+1))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.status.currentIndexChanged.connect(self._restart)
        self.form.currentIndexChanged.connect(self._restart)
        self.field.currentIndexChanged.connect(self._on_field_current_index_changed)
        self.field_value.currentIndexChanged.connect(self._restart)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(buddy(self.tr("S&tatus"), self.status))
        top.addWidget(self.status, 1)
        top.addWidget(buddy(self.tr("&Violence"), self.form))
        top.addWidget(self.form, 1)
        top.addWidget(self.field_label)
        top.addWidget(self.field, 1)
        top.addWidget(self.field_value_label)
        top.addWidget(self.field_value, 1)
        top.addWidget(self.new)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.prev)
        bottom.addWidget(self.next)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table)
        box.addLayout(bottom)

    def set_fields(self, fields: list[FieldDef]) -> None:
        """The centre's fields one can filter by (yes/no and lists), shown after sign-in."""
        lang = ui_lang()
        chosen, value = self.field.currentData(), self.field_value.currentData()
        self.centre_fields = {d.key: d for d in fields if d.type in COUNTED_TYPES and not d.retired}
        self.field.blockSignals(True)
        self.field.clear()
        self.field.addItem(self.tr("Any centre field"), "")
        for d in self.centre_fields.values():
            self.field.addItem(d.label(lang), d.key)
        self.field.setCurrentIndex(max(self.field.findData(chosen), 0))  # a choice stays
        self.field.blockSignals(False)
        self.field.setVisible(bool(self.centre_fields))
        self.field_label.setVisible(bool(self.centre_fields))
        self._fill_values()
        self.field_value.blockSignals(True)
        self.field_value.setCurrentIndex(max(self.field_value.findData(value), 0))
        self.field_value.blockSignals(False)

    def _fill_values(self) -> None:
        d = self.centre_fields.get(str(self.field.currentData() or ""))
        lang = ui_lang()
        self.field_value.blockSignals(True)
        self.field_value.clear()
        if d is not None:
            self.field_value.addItem(self.tr("filled in"), _ANY)
            self.field_value.addItem(self.tr("not filled in"), _NONE)
            if d.type is FieldType.YESNO:
                self.field_value.addItem(self.tr("yes"), True)
                self.field_value.addItem(self.tr("no"), False)
            for c in d.choices:
                self.field_value.addItem(c.label(lang), c.code)
        self.field_value.blockSignals(False)
        self.field_value.setVisible(d is not None)
        self.field_value_label.setVisible(d is not None)

    def _on_field_current_index_changed(self, _index: int) -> None:
        self._fill_values()
        self._restart()

    def _field_filters(self) -> tuple[FieldFilter, ...]:
        key = str(self.field.currentData() or "")
        if key not in self.centre_fields:
            return ()
        value = self.field_value.currentData()
        if value == _ANY:
            return (FieldFilter(key),)
        if value == _NONE:
            return (FieldFilter(key, present=False),)
        return (FieldFilter(key, value),)

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self._restart()

    def _restart(self, *_args: object) -> None:
        self.offset = 0
        self.query_changed.emit(self.current_query())

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step * PAGE)
        self.query_changed.emit(self.current_query())

    def _on_header_clicked(self, section: int) -> None:
        column = self.model.COLUMNS[section]
        if column not in SORT_KEYS:
            return
        self.descending = not self.descending if column == self.sort else False
        self.sort = column
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(section, order)
        self._restart()

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.data(self.model.index(index.row(), 0), ObjectRole)
        if row is not None:
            self.open_requested.emit(row.id)

    def current_query(self) -> CaseQuery:
        # Search starts at the second character: one letter matches nearly everything and
        # the index has no one-letter prefixes, so it would cost the most and tell the least.
        text = self.search.text()
        return replace(
            CaseQuery(text=text if len(text.strip()) >= MIN_SEARCH else "", limit=PAGE),
            status=self.status.value(),
            violence_form=self.form.value(),
            fields=self._field_filters(),
            sort=self.sort,
            descending=self.descending,
            offset=self.offset,
        )

    def show_page(self, page: CasePage) -> None:
        self.model.set_page(page)
        more = self.tr("More than %1 cases (showing %2–%3)")
        exact = plural(page.total, self.tr("1 case"), self.tr("%1 cases (showing %2–%3)"))
        first = self.offset + 1 if page.rows else 0
        text = (more if page.capped else exact).replace("%1", fmt_n(page.total))
        self.count.setText(
            text.replace("%2", str(first)).replace("%3", str(self.offset + len(page.rows)))
        )
        self.prev.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + len(page.rows) < page.total)

    def clear(self) -> None:
        for w in (self.search, self.status, self.form, self.field):
            w.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.form.setCurrentIndex(0)
        self.field.setCurrentIndex(0)
        for w in (self.search, self.status, self.form, self.field):
            w.blockSignals(False)
        self.set_fields([])
        self.offset = 0
        self.model.clear()
        self.count.clear()
