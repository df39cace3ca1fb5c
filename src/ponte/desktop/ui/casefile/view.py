"""The case file: her data in tabs, saved together, with unsaved-changes protection.

Opening reads the whole file once on the vault thread (the read is audited). The
intake/violence/children tabs edit one form; the other tabs add records and reload.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import CaseBundle
from ponte.app.outcomes import Outcomes
from ponte.app.replication import Replication
from ponte.core.fields import Section
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.intake import IntakeForm
from ponte.desktop.ui.casefile.referrals_tab import ReferralsTab
from ponte.desktop.ui.casefile.tabs import (
    ConsentsTab,
    NotesTab,
    PlanTab,
    RiskTab,
    SafetyPlanTab,
    TimelineTab,
    _Tab,
)
from ponte.desktop.ui.common import DeskPage, plain
from ponte.desktop.ui.conflicts.view import ConflictsView
from ponte.desktop.ui.day.case_tab import CaseDayTab
from ponte.desktop.ui.documents.view import DocumentsView
from ponte.desktop.ui.outcomes.case_tab import OutcomesTab
from ponte.desktop.ui.referral.composer import ComposerDialog
from ponte.desktop.ui.workspace import Holder


class CaseFileView(DeskPage):
    closed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.case_id = ""
        self.bundle: CaseBundle | None = None
        self.composer: ComposerDialog | None = None
        self.title = QLabel()
        font = self.title.font()  # larger than the text around it, whatever its size
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # at a large text size it takes two lines, not the width
        self.title.setAccessibleDescription(self.tr("Case"))
        back = QPushButton(self.tr("← All cases"))
        back.setShortcut(QKeySequence("Alt+Left"))
        back.clicked.connect(self.leave)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.form = IntakeForm()
        self.form.changed.connect(self._on_changed)
        self.timeline, self.notes = TimelineTab(self), NotesTab(self)
        self.risk, self.safety = RiskTab(self), SafetyPlanTab(self)
        self.plan, self.consents = PlanTab(self), ConsentsTab(self)
        plan_box = self.plan.layout()
        if isinstance(plan_box, QVBoxLayout):  # the centre's own fields of the plan, on top
            plan_box.insertWidget(0, self.form.centre[Section.PLAN])
        self.referrals = ReferralsTab(self)
        self.agenda = CaseDayTab(self)
        self.documents = Holder()
        self.documents.setAccessibleName(self.tr("Documents"))
        self.conflicts = Holder()
        self.conflicts.setAccessibleName(self.tr("Conflicts between workstations"))
        self.outcomes = Holder()
        self.outcomes.setAccessibleName(self.tr("Outcomes of her path"))
        self.referrals.compose_requested.connect(self.compose)
        self.referrals.withdrawn.connect(self.packet_queued.emit)
        self.consents.withdrawn.connect(self.packet_queued.emit)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case file sections"))
        intake, violence, children = self.form.pages
        for widget, text in (
            (intake, self.tr("Intake")),
            (violence, self.tr("Forms of violence")),
            (children, self.tr("Children")),
            (self.risk, self.tr("Risk")),
            (self.safety, self.tr("Safety plan")),
            (self.timeline, self.tr("Contacts")),
            (self.plan, self.tr("Empowerment plan")),
            (self.consents, self.tr("Consents")),
            (self.referrals, self.tr("Referrals")),
            (self.agenda, self.tr("Agenda")),
            (self.outcomes, self.tr("Outcomes")),
            (self.documents, self.tr("Documents")),
            (self.conflicts, self.tr("Conflicts")),
            (self.notes, self.tr("Notes")),
        ):
            self.tabs.addTab(widget, text)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.error)
        box.addWidget(self.tabs, 1)

    def _tabs(self) -> list[_Tab | CaseDayTab]:
        return [
            self.agenda,
            self.timeline,
            self.notes,
            self.risk,
            self.safety,
            self.plan,
            self.consents,
            self.referrals,
        ]

    def add_tab(self, widget: QWidget, text: str, *, before: str = "") -> None:
        """Other features (documents, conflicts) add their tab; they get bundle on load."""
        index = next(
            (i for i in range(self.tabs.count()) if self.tabs.tabText(i) == before),
            self.tabs.count(),
        )
        self.tabs.insertTab(index, widget, text)

    # ------------------------------------------------------------ open / reload
    def open(self, case_id: str) -> None:
        self.case_id = case_id
        self.tabs.setCurrentIndex(0)
        self.call(lambda d: d.open_case(case_id), self._show)

    def reload(self, _result: object = None) -> None:
        if self.case_id:
            cid = self.case_id
            self.call(lambda d: d.open_case(cid), self._show_keep_form)

    def _show(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        if self.desk is not None:
            docs = DocumentsView(self.runner, self.desk.documents, bundle.case.id)
            self.documents.set_content(docs)
            docs.refresh()
            outcomes = OutcomesTab(self.runner, Outcomes(self.desk.vault), bundle.case.id)
            self.outcomes.set_content(outcomes)
            outcomes.refresh()
            ws = self.desk.ws
            if ws is not None and bundle.networked:  # sister workstations: edits to reconcile
                view = ConflictsView(self.runner, Replication(ws), bundle.case.id)
                view.conflict_resolved.connect(self.reload)
                self.conflicts.set_content(view)
                view.refresh()
        self.form.load(bundle)
        self._show_keep_form(bundle)
        self.save_button.setEnabled(False)

    def _show_keep_form(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        if not self.form.dirty:
            self.form.load(bundle)
        p, c = bundle.person, bundle.case
        name = f" · {p.alias}" if p.alias else ""
        self.title.setText(f"{p.woman_code}{name} · {plain(c.status)}")
        for tab in self._tabs():
            tab.load(bundle)

    def _on_changed(self) -> None:
        self.save_button.setEnabled(True)
        self.title.setText(self.title.text().rstrip(" •") + " •")

    # ------------------------------------------------------------ save / leave
    def save(self) -> bool:
        """Validate and save; False (and messages next to the fields) when something is wrong."""
        if not self.form.dirty or self.desk is None:
            return True
        if not self.form.validate():
            return False
        person, case = self.form.collect()
        centre = self.form.centre_values()
        self.form.dirty = False
        self.save_button.setEnabled(False)
        self.call(lambda d: d.save_intake(person, case, centre), self.reload)
        return True

    def leave(self) -> None:
        if self.may_leave():
            self.clear_view()
            self.closed.emit()

    def may_leave(self) -> bool:
        if not self.form.dirty:
            return True
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This case file has changes that are not saved yet."))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is cancel:
            return False
        if clicked is save:
            return self.save()
        self.form.dirty = False
        return True

    def save_before_lock(self) -> None:
        """Locking never loses a valid edit: it is saved first (the vault thread is serial)."""
        if self.form.dirty and self.form.validate():
            self.save()

    def compose(self) -> None:
        if not self.case_id:
            return
        dialog = ComposerDialog(self, self.case_id, self)
        dialog.sent.connect(self.reload)
        dialog.sent.connect(lambda _row: self.packet_queued.emit())
        dialog.open()
        self.composer = dialog

    def clear_view(self) -> None:
        self.case_id = ""
        self.bundle = None
        self.title.clear()
        self.form.clear()
        self.save_button.setEnabled(False)
        self.documents.drop()
        self.conflicts.drop()
        self.outcomes.drop()
        for tab in self._tabs():
            tab.clear()

    def clear(self) -> None:
        composer = self.composer
        if composer is not None:
            composer.reject()
            composer.deleteLater()
            self.composer = None
        self.clear_view()
        super().clear()
