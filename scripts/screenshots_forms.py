#!/usr/bin/env python3
"""Render the field editor, the case file's centre fields and the import screens to PNG
(docs/screenshots/), it and en, on a demo vault with invented data. Run under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_forms.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ponte.app.casework import Casework
from ponte.app.forms import CentreForms
from ponte.app.importing import ImportSession, write_template
from ponte.core.domain import Case, Person
from ponte.core.enums import AgeBand, ServiceType
from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.core.standard_fields import Override
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.fields.editor import FieldsSection, KeyRole
from ponte.desktop.ui.importer.view import ImportView
from ponte.storage import demo
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.screenshots_admin import SIZE
from shots import OUT, pump, shoot, wait
from tests.importer.messy import windows_csv

FIELDS = (
    FieldDef(
        "progetto_del_centro", Section.INTAKE, FieldType.CHOICE, "Progetto del centro",
        "Centre project", help_it="Il progetto del centro che la accompagna",
        help_en="The centre's project she takes part in", required=True,
        choices=(Choice("orti", "Orti urbani", "Urban gardens"),
                 Choice("sartoria", "Laboratorio di sartoria", "Tailoring workshop"),
                 Choice("cucina", "Cucina solidale", "Community kitchen", retired=True)),
        referral_types=frozenset({ServiceType.TRAINING}),
    ),
    FieldDef("gruppo", Section.INTAKE, FieldType.YESNO, "Partecipa al gruppo di parola",
             "Takes part in the talking group"),
    FieldDef("colloqui_psicologa", Section.CHILDREN, FieldType.NUMBER,
             "Colloqui dei figli con la psicologa", "Children's sessions with the psychologist"),
    FieldDef("temi_del_piano", Section.PLAN, FieldType.MULTI, "Temi del piano", "Plan themes",
             choices=(Choice("casa", "Casa", "Home"), Choice("lavoro", "Lavoro", "Work"),
                      Choice("figli", "Figli", "Children"), Choice("salute", "Salute", "Health"))),
    FieldDef("esito_gruppo", Section.CLOSURE, FieldType.TEXT, "Cosa le è servito di più",
             "What helped her most"),
)  # fmt: skip


def seed(vault: Vault) -> str:
    desk = Casework(vault)
    forms = CentreForms(vault)
    demo.seed(vault.db, desk.actor, 200)
    for d in FIELDS:
        forms.save(d)
    forms.save_override(Override("codice_fiscale", hidden=True))
    forms.save_override(Override("employment", it="Lavoro attuale", en="Current work"))
    case_id = desk.new_case(Person(alias="Demo Rosa 9", age_band=AgeBand.A35_44), Case())
    b = desk.open_case(case_id)
    desk.save_intake(
        b.person, b.case,
        {"progetto_del_centro": "sartoria", "gruppo": True, "temi_del_piano": ("casa", "lavoro")},
    )  # fmt: skip
    return case_id


def select(view: FieldsSection, key: str) -> None:
    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        for j in range(top.childCount() if top else 0):
            child = top.child(j) if top else None
            if child is not None and child.data(0, KeyRole) == key:
                view.tree.setCurrentItem(child)
                return
    raise KeyError(key)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    for lang in ("it", "en"):
        translators = install(app, lang)
        QLocale.setDefault(
            QLocale(QLocale.Language.Italian if lang == "it" else QLocale.Language.English)
        )
        with tempfile.TemporaryDirectory() as tmp:
            worker = VaultWorker()
            vault, _ = worker.call(
                lambda t=tmp: Vault.create(
                    Path(t) / "data",
                    username="amministratrice",
                    display_name="Amministratrice Demo",
                    passphrase="demo demo demo",
                    kdf=TEST_PARAMS,
                )  # fmt: skip
            )
            case_id = worker.call(seed, vault)
            tasks = TaskRunner(worker)

            editor = FieldsSection(tasks, CentreForms(vault))
            editor.resize(*SIZE)
            editor.setWindowTitle("Ponte")
            editor.show()
            wait(lambda: editor.tree.topLevelItemCount() == 5 and bool(editor.state.fields))
            select(editor, "centre:progetto_del_centro")
            wait(
                lambda: (
                    "·" in editor.centre_panel.history.text()
                    and "…" not in editor.centre_panel.history.text()
                )
            )
            shoot(editor, f"{lang}-fields-editor")
            select(editor, "std:age_band")
            shoot(editor, f"{lang}-fields-locked")
            select(editor, "std:codice_fiscale")
            shoot(editor, f"{lang}-fields-standard")
            editor.close()

            casefile = CaseFileView(tasks)
            casefile.resize(*SIZE)
            casefile.bind(Casework(vault))
            casefile.show()
            casefile.open(case_id)
            wait(lambda: casefile.bundle is not None)
            shoot(casefile, f"{lang}-fields-case-file")
            casefile.clear()
            casefile.close()

            source = windows_csv(Path(tmp) / "archivio-2019.csv")
            view = ImportView(
                tasks,
                lambda p: ImportSession.open(vault, p),
                lambda p: write_template(vault, p),
                ask=lambda _parent, _saving: source,
            )
            view.resize(*SIZE)
            view.setWindowTitle("Ponte")
            view.show()
            shoot(view, f"{lang}-import-start")
            view.choose.click()
            wait(lambda: view.pages.currentWidget() is view.columns)
            shoot(view, f"{lang}-import-columns")
            view.next.click()
            wait(lambda: view.pages.currentWidget() is view.values)
            shoot(view, f"{lang}-import-values")
            view.next.click()
            wait(lambda: view.pages.currentWidget() is view.report)
            view.report.leave_out.setChecked(True)
            pump(200)
            shoot(view, f"{lang}-import-report")
            view.clear()
            view.close()
            worker.call(vault.lock)
            worker.shutdown()
        uninstall(app, translators)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())
