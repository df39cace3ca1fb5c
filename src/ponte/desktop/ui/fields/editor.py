"""The field editor: the case file's fields by section, standard and the centre's own.

On the left, each section of the case file with its standard fields (those something
depends on are marked locked) and the fields the centre added; on the right, the chosen
field. A definition edited on two workstations at once shows at the top with both versions,
for her to keep one: nothing was lost meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponte.app.forms import CentreForms, DefinitionConflict, Version
from ponte.core.fields import FieldDef, Section
from ponte.core.standard_fields import STANDARD_FIELDS, Override, ordered
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import OwnedTasks, StatusLine, explanation, title
from ponte.desktop.ui.common import ui_lang
from ponte.desktop.ui.fields.centre_panel import CentreFieldPanel
from ponte.desktop.ui.fields.conflict_bar import ConflictBar
from ponte.desktop.ui.fields.standard_panel import StandardFieldPanel
from ponte.desktop.ui.fields.words import section_name, type_name

KeyRole = Qt.ItemDataRole.UserRole + 1
GROUPS: dict[Section, tuple[str, ...]] = {
    Section.INTAKE: ("her", "case"),
    Section.VIOLENCE: ("violence",),
    Section.CHILDREN: ("children",),
    Section.PLAN: (),
    Section.CLOSURE: (),
}


@dataclass(frozen=True)
class Forms:
    fields: list[FieldDef]
    overrides: dict[str, Override]
    conflicts: list[DefinitionConflict]


class FieldsSection(QWidget):
    def __init__(
        self, tasks: TaskRunner, forms: CentreForms, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.forms = forms
        self.state = Forms([], {}, [])
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Fields of the case file"))
        self.tree.setMinimumWidth(300)
        self.new_field = QPushButton(self.tr("&New field…"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.retire = QPushButton(self.tr("&Retire"))
        for b in (self.up, self.down, self.retire):
            b.setEnabled(False)
        self.conflicts = ConflictBar(self.resolve)
        self.centre_panel = CentreFieldPanel()
        self.standard_panel = StandardFieldPanel()
        self.hint = explanation(
            self.tr(
                "Choose a field on the left. Add the centre's own fields with “New field…”: "
                "they appear in the case file, in search and filters, in her access export and "
                "in the centre's statistics — never in the report to the network."
            )
        )
        self.panels = QStackedWidget()
        for w in (self.hint, self.centre_panel, self.standard_panel):
            self.panels.addWidget(w)
        self.status = StatusLine()
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for b in (self.new_field, self.up, self.down, self.retire):
            row.addWidget(b)
        lbox.addLayout(row)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.panels)
        split.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Fields of the case file")))
        box.addWidget(self.conflicts)
        box.addWidget(split, 1)
        box.addWidget(self.status)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.new_field.clicked.connect(self._on_new_field_clicked)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.retire.clicked.connect(self._on_retire_clicked)
        self.centre_panel.save_requested.connect(self._save_field)
        self.standard_panel.save_requested.connect(self._save_override)
        self.standard_panel.move_requested.connect(self._move_standard)
        self.refresh()

    # ------------------------------------------------------------ loading
    def refresh(self, keep: str = "") -> None:
        forms = self.forms

        def load() -> Forms:
            return Forms(forms.definitions(), forms.overrides(), forms.conflicts())

        keep = keep or self.current_key()
        self.tasks.run(load, lambda s: self._show(s, keep), self.status.error)

    def _show(self, state: Forms, keep: str) -> None:
        self.state = state
        lang = ui_lang()
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for section in Section:
            top = QTreeWidgetItem([section_name(section)])
            top.setData(0, KeyRole, f"section:{section.value}")
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for group in GROUPS[section]:
                for f in ordered(group, state.overrides):
                    o = state.overrides.get(f.key)
                    text = o.label(lang, f.label(lang)) if o else f.label(lang)
                    if not f.configurable:
                        text += "  " + self.tr("(locked)")
                    elif o is not None and o.hidden:
                        text += "  " + self.tr("(hidden)")
                    item = QTreeWidgetItem([text])
                    item.setData(0, KeyRole, f"std:{f.key}")
                    if not f.configurable:
                        item.setForeground(0, Qt.GlobalColor.darkGray)
                    top.addChild(item)
                    chosen = item if f"std:{f.key}" == keep else chosen
            for d in (f for f in state.fields if f.section is section):
                text = f"{d.label(lang)} — {type_name(d.type).lower()}"
                if d.retired:
                    text += "  " + self.tr("(retired)")
                item = QTreeWidgetItem([text])
                item.setData(0, KeyRole, f"centre:{d.key}")
                top.addChild(item)
                chosen = item if f"centre:{d.key}" == keep else chosen
            top.setExpanded(True)
        self.tree.blockSignals(False)
        names = {d.key: d.label(lang) for d in state.fields}
        names.update({k: f.label(lang) for k, f in STANDARD_FIELDS.items()})
        self.conflicts.show_conflicts(state.conflicts, names)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self._on_tree_current_item_changed(None, None)

    def current_key(self) -> str:
        item = self.tree.currentItem()
        return "" if item is None else str(item.data(0, KeyRole))

    def _centre(self, key: str) -> FieldDef | None:
        return next((d for d in self.state.fields if d.key == key), None)

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _prev: object) -> None:
        key = "" if item is None else str(item.data(0, KeyRole))
        kind, _, name = key.partition(":")
        self.up.setEnabled(kind == "centre")
        self.down.setEnabled(kind == "centre")
        self.retire.setEnabled(kind == "centre")
        if kind == "centre":
            d = self._centre(name)
            if d is None:
                return
            self.retire.setText(self.tr("Bring &back") if d.retired else self.tr("&Retire"))
            self.panels.setCurrentWidget(self.centre_panel)
            self.centre_panel.show_field(d, d.section)
            forms = self.forms
            self.tasks.run(
                lambda: (forms.values_count(name), forms.history(name)),
                lambda r: self._show_usage(name, *r),
                self.status.error,
            )
        elif kind == "std":
            self.panels.setCurrentWidget(self.standard_panel)
            self.standard_panel.show_field(STANDARD_FIELDS[name], self.state.overrides.get(name))
        else:
            self.panels.setCurrentWidget(self.hint)

    def _show_usage(self, key: str, values: int, history: list[Version]) -> None:
        d = self._centre(key)
        if d is None or self.current_key() != f"centre:{key}":
            return
        self.centre_panel.show_field(d, d.section, values)
        if history:
            last = history[-1]
            self.centre_panel.show_history(last.version, last.at, last.by)

    # ------------------------------------------------------------ changing
    def _section_of_current(self) -> Section:
        key = self.current_key()
        kind, _, name = key.partition(":")
        if kind == "section":
            return Section(name)
        if kind == "centre" and (d := self._centre(name)) is not None:
            return d.section
        if kind == "std":
            return STANDARD_FIELDS[name].section
        return Section.INTAKE

    def _on_new_field_clicked(self) -> None:
        self.panels.setCurrentWidget(self.centre_panel)
        self.centre_panel.show_field(None, self._section_of_current())
        self.centre_panel.label_it.setFocus()

    def _save_field(self, d: FieldDef) -> None:
        forms = self.forms

        def save() -> FieldDef:
            if not d.key:
                return forms.save(replace(d, key=forms.new_key(d.it)))
            return forms.save(d)

        self.tasks.run(save, self._saved, self.status.error)

    def _saved(self, d: FieldDef) -> None:
        self.status.ok(
            self.tr("“%1” saved (version %2).").replace("%1", d.label(ui_lang()))
            .replace("%2", str(d.version))
        )  # fmt: skip
        self.refresh(f"centre:{d.key}")

    def _save_override(self, o: Override) -> None:
        forms = self.forms
        self.tasks.run(
            lambda: forms.save_override(o),
            lambda _r: self._override_saved(o.key),
            self.status.error,
        )

    def _override_saved(self, key: str) -> None:
        self.status.ok(self.tr("Saved: the case file shows it this way from now on."))
        self.refresh(f"std:{key}")

    def _move_standard(self, key: str, step: int) -> None:
        forms = self.forms
        self.tasks.run(
            lambda: forms.move_standard(key, step),
            lambda _r: self.refresh(f"std:{key}"),
            self.status.error,
        )

    def _move(self, step: int) -> None:
        kind, _, name = self.current_key().partition(":")
        if kind != "centre":
            return
        forms = self.forms
        self.tasks.run(
            lambda: forms.move(name, step),
            lambda _r: self.refresh(f"centre:{name}"),
            self.status.error,
        )

    def _on_retire_clicked(self) -> None:
        kind, _, name = self.current_key().partition(":")
        d = self._centre(name)
        if kind != "centre" or d is None:
            return
        forms, retired = self.forms, not d.retired
        self.tasks.run(lambda: forms.retire(name, retired), self._saved, self.status.error)

    def resolve(self, conflict: DefinitionConflict, value: object) -> None:
        forms = self.forms
        self.tasks.run(
            lambda: forms.resolve(conflict, value),
            lambda _r: self._resolved(conflict.field_key),
            self.status.error,
        )

    def _resolved(self, key: str) -> None:
        self.status.ok(self.tr("Settled on every workstation at the next synchronisation."))
        self.refresh()
