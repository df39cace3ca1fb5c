"""The field editor and the case file's centre fields, driven like a person would: clicks and
keys on real widgets over a real vault on the vault thread."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ponte.app.casework import Casework
from ponte.app.forms import CentreForms
from ponte.core.domain import Case, Person
from ponte.core.enums import ServiceType
from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.core.standard_fields import Override
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.fields.editor import FieldsSection, KeyRole
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.desktop.person import remove_fields

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(worker: VaultWorker, tmp_path: Path) -> Iterator[Casework]:
    def make() -> Casework:
        vault, _ = Vault.create(
            tmp_path / "v", username="admin", display_name="Amministratrice",
            passphrase="pw pw pw pw", kdf=TEST_PARAMS,
        )  # fmt: skip
        return Casework(vault)

    d = worker.call(make)
    yield d
    worker.call(d.vault.lock)


def _item(tree: object, key: str) -> QTreeWidgetItem:
    from PySide6.QtWidgets import QTreeWidget

    assert isinstance(tree, QTreeWidget)
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        for j in range(top.childCount()):
            child = top.child(j)
            if child is not None and child.data(0, KeyRole) == key:
                return child
    raise AssertionError(f"{key} not in the tree")


def _has(tree: object, key: str) -> bool:
    try:
        _item(tree, key)
    except AssertionError:
        return False
    return True


def _pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setFocus()
    combo.setCurrentIndex(index)


def _editor(qtbot: QtBot, worker: VaultWorker, desk: Casework) -> FieldsSection:
    view = FieldsSection(TaskRunner(worker), CentreForms(desk.vault))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 5)
    return view


def test_she_adds_a_field_with_its_choices_and_the_vault_keeps_it(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    view = _editor(qtbot, worker, desk)
    qtbot.mouseClick(view.new_field, LEFT)
    panel = view.centre_panel
    assert view.panels.currentWidget() is panel
    qtbot.keyClicks(panel.label_it, "Progetto del centro")
    qtbot.keyClicks(panel.label_en, "Centre project")
    qtbot.keyClicks(panel.help_it, "Il progetto che la segue")
    _pick(qtbot, panel.type, "One choice from a list")
    assert panel.choices_box.isVisibleTo(view)
    qtbot.mouseClick(panel.save, LEFT)
    assert "at least one choice" in panel.error.text(), "a list needs a choice"
    for it in ("Orti urbani", "Sartoria"):
        qtbot.keyClicks(panel.choice_it, it)
        qtbot.mouseClick(panel.add_choice, LEFT)
    panel.services[ServiceType.CPI].click()
    qtbot.mouseClick(panel.save, LEFT)
    qtbot.waitUntil(lambda: view.status.state == "ok", timeout=10_000)
    stored = worker.call(CentreForms(desk.vault).definitions)
    assert [(d.key, d.type, d.it, d.en, [c.it for c in d.choices]) for d in stored] == [
        ("progetto_del_centro", FieldType.CHOICE, "Progetto del centro", "Centre project",
         ["Orti urbani", "Sartoria"]),
    ]  # fmt: skip
    assert stored[0].referral_types == {ServiceType.CPI}
    assert stored[0].help_it == "Il progetto che la segue"
    # The tree is read again after "saved" is shown: wait for it (a slow machine lags).
    qtbot.waitUntil(lambda: _has(view.tree, "centre:progetto_del_centro"), timeout=10_000)
    assert "Centre project" in _item(view.tree, "centre:progetto_del_centro").text(0)  # EN UI
    # She retires "Sartoria": it stays in the list, marked; nothing is removed.
    panel.choice_list.setCurrentRow(1)
    qtbot.mouseClick(panel.retire_choice, LEFT)
    assert "no longer in use" in panel.choice_list.item(1).text()
    qtbot.mouseClick(panel.save, LEFT)
    qtbot.waitUntil(lambda: "version 2" in view.status.text(), timeout=10_000)
    (d,) = worker.call(CentreForms(desk.vault).definitions)
    assert [(c.it, c.retired) for c in d.choices] == [("Orti urbani", False), ("Sartoria", True)]


def test_the_editor_says_why_a_standard_field_is_locked_and_frees_the_others(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    view = _editor(qtbot, worker, desk)
    age = _item(view.tree, "std:age_band")
    assert "(locked)" in age.text(0)
    view.tree.setCurrentItem(age)
    panel = view.standard_panel
    assert "statistics" in panel.why.text()
    assert "report to the network" in panel.why.text()
    assert "job centre" in panel.why.text()  # its referral minimum
    assert not panel.options.isVisibleTo(view)
    view.tree.setCurrentItem(_item(view.tree, "std:codice_fiscale"))
    assert panel.options.isVisibleTo(view)
    assert "Nothing depends on this field" in panel.why.text()
    panel.hidden.click()
    qtbot.mouseClick(panel.save, LEFT)
    qtbot.waitUntil(lambda: "(hidden)" in _item(view.tree, "std:codice_fiscale").text(0))
    assert worker.call(CentreForms(desk.vault).overrides) == {
        "codice_fiscale": Override("codice_fiscale", hidden=True)
    }
    view.tree.setCurrentItem(_item(view.tree, "std:employment"))
    qtbot.mouseClick(panel.up, LEFT)
    qtbot.waitUntil(
        lambda: worker.call(CentreForms(desk.vault).overrides).get("employment") is not None
    )


def test_centre_fields_in_the_case_file_saved_with_the_rest(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    forms = CentreForms(desk.vault)
    for d in (
        FieldDef("progetto", Section.INTAKE, FieldType.CHOICE, "Progetto", required=True,
                 choices=(Choice("orti", "Orti urbani"), Choice("sartoria", "Sartoria"))),
        FieldDef("temi", Section.PLAN, FieldType.MULTI, "Temi del piano",
                 choices=(Choice("casa", "Casa"), Choice("lavoro", "Lavoro"))),
        FieldDef("colloqui", Section.CHILDREN, FieldType.NUMBER, "Colloqui con i figli"),
        FieldDef("chiusa_il", Section.CLOSURE, FieldType.DATE, "Data del saluto"),
    ):  # fmt: skip
        worker.call(forms.save, d)
    worker.call(forms.save_override, Override("codice_fiscale", hidden=True))
    case_id = worker.call(desk.new_case, Person(alias="Giulia Demo"), Case())
    view = CaseFileView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.bind(desk)
    view.open(case_id)
    qtbot.waitUntil(lambda: view.bundle is not None)
    form = view.form
    assert not form.codice_fiscale.isVisibleTo(view), "hidden by the centre"
    intake = form.centre[Section.INTAKE]
    assert intake.isVisibleTo(view)
    project = intake.inputs["progetto"].widget
    assert isinstance(project, QComboBox)
    children = form.centre[Section.CHILDREN].inputs["colloqui"].widget
    assert isinstance(children, QLineEdit)
    qtbot.keyClicks(children, "tre")
    assert view.save_button.isEnabled()
    assert view.save() is False, "a required field is empty and 'tre' is not a number"
    assert form.centre[Section.INTAKE].errors["progetto"].text()
    assert form.centre[Section.CHILDREN].errors["colloqui"].text()
    children.clear()
    qtbot.keyClicks(children, "3")
    _pick(qtbot, project, "Sartoria")
    view.tabs.setCurrentWidget(view.plan)
    boxes = form.centre[Section.PLAN].inputs["temi"].boxes
    assert form.centre[Section.PLAN].isVisibleTo(view), "on top of the empowerment plan tab"
    boxes["lavoro"].click()
    when = form.centre[Section.CLOSURE].inputs["chiusa_il"].widget
    assert isinstance(when, QDateEdit)
    when.setDate(when.date().addYears(126))  # from "not recorded" (1900) to 2026
    assert view.save() is True
    qtbot.waitUntil(lambda: not view.save_button.isEnabled() and view.bundle is not None
                    and bool(view.bundle.centre.values))  # fmt: skip
    saved = worker.call(desk.open_case, case_id).centre.values
    assert saved == {"progetto": "sartoria", "temi": ("lavoro",), "colloqui": 3,
                     "chiusa_il": date(2026, 1, 1)}  # fmt: skip
    assert isinstance(form.centre[Section.PLAN].inputs["temi"].boxes["lavoro"], QCheckBox)
    view.clear()  # at lock: no value of hers stays in the widgets
    assert all(not b.inputs for b in form.centre.values())


def test_a_definition_changed_on_two_workstations_is_shown_and_settled(
    qtbot: QtBot, worker: VaultWorker, tmp_path: Path
) -> None:
    from dataclasses import replace

    from ponte.storage import fields
    from tests.storage.replica.mesh import centre, sync_all

    project = FieldDef("progetto", Section.INTAKE, FieldType.TEXT, "Progetto")

    def make() -> list[object]:
        a, b = centre(tmp_path, ("A", "B"))
        fields.save(a.db, a.actor, project, at=a.clock.now())
        sync_all([a, b])
        fields.save(a.db, a.actor, replace(project, it="Progetto A"), at=a.clock.now())
        b.clock.advance(1)
        fields.save(b.db, b.actor, replace(project, it="Progetto B"), at=b.clock.now())
        sync_all([a, b])
        return [a, b]

    a, b = worker.call(make)
    try:
        view = FieldsSection(TaskRunner(worker), CentreForms(b.vault))  # type: ignore[attr-defined]
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.conflicts.isVisible(), timeout=10_000)
        text = view.conflicts.text.text()
        assert "changed on two workstations at the same time" in text
        assert "“Progetto A”, by Admin A on A" in text
        assert "“Progetto B”, by Admin B on B" in text
        keep_a = next(
            view.conflicts.buttons.itemAt(i).widget()
            for i in range(view.conflicts.buttons.count())
            if view.conflicts.buttons.itemAt(i).widget() is not None
            and "Progetto A" in view.conflicts.buttons.itemAt(i).widget().text()  # type: ignore[union-attr]
        )
        qtbot.mouseClick(keep_a, LEFT)
        qtbot.waitUntil(lambda: not view.conflicts.isVisible(), timeout=10_000)
        assert worker.call(CentreForms(b.vault).definitions)[0].it == "Progetto A"  # type: ignore[attr-defined]
        worker.call(sync_all, [a, b])
        assert worker.call(CentreForms(a.vault).conflicts) == []  # type: ignore[attr-defined]
    finally:
        worker.call(lambda: [n.vault.lock() for n in (a, b)])  # type: ignore[attr-defined]


def test_the_case_list_filters_by_a_centre_field(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    from ponte.desktop.ui.cases.model import CaseTableModel
    from ponte.desktop.ui.cases.view import CasesView
    from ponte.storage.case_list import list_cases

    forms = CentreForms(desk.vault)
    project = FieldDef(
        "progetto", Section.INTAKE, FieldType.CHOICE, "Progetto",
        choices=(Choice("orti", "Orti urbani"), Choice("sartoria", "Sartoria")),
    )  # fmt: skip
    worker.call(forms.save, project)
    worker.call(forms.save, FieldDef("nota", Section.INTAKE, FieldType.TEXT, "Nota"))
    ids = {}
    for alias, value in (("Alba", "orti"), ("Bruna", "sartoria"), ("Carla", None)):
        case_id = worker.call(desk.new_case, Person(alias=alias), Case())
        if value:
            b = worker.call(desk.open_case, case_id)
            worker.call(desk.save_intake, b.person, b.case, {"progetto": value})
        ids[alias] = case_id
    view = CasesView(CaseTableModel())
    qtbot.addWidget(view)
    view.set_fields(worker.call(forms.definitions))
    assert [view.field.itemText(i) for i in range(view.field.count())] == [
        "Any centre field", "Progetto",
    ], "text fields are searched, not filtered"  # fmt: skip
    with qtbot.waitSignal(view.query_changed) as sent:
        _pick(qtbot, view.field, "Progetto")
    found = worker.call(list_cases, desk.vault.db, desk.actor, sent.args[0])
    assert {r.id for r in found.rows} == {ids["Alba"], ids["Bruna"]}  # "filled in"
    with qtbot.waitSignal(view.query_changed) as sent:
        _pick(qtbot, view.field_value, "Orti urbani")
    found = worker.call(list_cases, desk.vault.db, desk.actor, sent.args[0])
    assert [r.id for r in found.rows] == [ids["Alba"]]
    with qtbot.waitSignal(view.query_changed) as sent:
        _pick(qtbot, view.field_value, "not filled in")
    found = worker.call(list_cases, desk.vault.db, desk.actor, sent.args[0])
    assert [r.id for r in found.rows] == [ids["Carla"]]


def test_a_centre_field_named_for_a_service_is_added_to_a_referral_with_a_reason(
    qtbot: QtBot, worker: VaultWorker, hub: object, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from ponte.app.background import sync
    from tests.desktop.test_screens import _pair, _partner_with_one

    centre, cpi = worker.call(_pair, tmp_path, hub, "CAV Rho", "CPI Rho")
    desk, partner_desk = Casework(centre.vault, centre), Casework(cpi.vault, cpi)
    shift = FieldDef(
        "turno_preferito", Section.INTAKE, FieldType.CHOICE, "Turno preferito",
        choices=(Choice("mattina", "Mattina"), Choice("sera", "Sera")),
        referral_types=frozenset({ServiceType.CPI}),
    )  # fmt: skip
    worker.call(CentreForms(centre.vault).save, shift)
    from ponte.core.enums import AgeBand, Education

    person = Person(alias="Serafina Demo", age_band=AgeBand.A25_34, education=Education.DIPLOMA)
    case_id = worker.call(desk.new_case, person, Case())
    b = worker.call(desk.open_case, case_id)
    worker.call(desk.save_intake, b.person, b.case, {"turno_preferito": "mattina"})
    view = CaseFileView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.bind(desk)
    view.open(case_id)
    qtbot.waitUntil(lambda: view.bundle is not None)
    view.compose()
    dialog = view.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)
    assert dialog.draft is not None
    assert "centre_turno_preferito" not in dialog.draft.keys
    index = dialog.add_key.findData("centre_turno_preferito")
    assert dialog.add_key.itemText(index) == "Turno preferito *", "offered, as an extra"
    dialog.add_key.setCurrentIndex(index)
    add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Add field")
    qtbot.mouseClick(add, LEFT)
    assert "centre_turno_preferito" not in dialog.draft.keys, "not without a reason"
    qtbot.keyClicks(dialog.add_reason, "i figli escono da scuola alle 13")
    qtbot.mouseClick(add, LEFT)
    assert "centre_turno_preferito" in dialog.draft.keys
    assert dialog.editors["centre_turno_preferito"].text() == "Mattina", "she sees what leaves"
    remove_fields(
        qtbot, dialog, "zones_to_avoid", "childcare_limits", "availability", "languages", "skills"
    )
    qtbot.keyClicks(dialog.purpose, "orientamento al lavoro")
    qtbot.mouseClick(dialog.record, LEFT)
    qtbot.waitUntil(dialog.to_preview.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.to_preview, LEFT)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert "Mattina" in dialog.preview.text()
    qtbot.mouseClick(dialog.send, LEFT)
    qtbot.waitUntil(lambda: view.referrals.list.rowCount() == 1, timeout=10_000)
    worker.call(sync, centre)
    worker.call(sync, cpi)
    partner = _partner_with_one(qtbot, worker, partner_desk)
    shown = [
        partner.detail_form.itemAt(i).widget().text()  # type: ignore[union-attr]
        for i in range(partner.detail_form.count())
        if partner.detail_form.itemAt(i).widget() is not None
        and hasattr(partner.detail_form.itemAt(i).widget(), "text")
    ]
    assert "Turno preferito" in shown
    assert "Mattina" in shown
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)
