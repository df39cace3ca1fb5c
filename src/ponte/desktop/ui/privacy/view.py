"""The privacy screen, for the DPO and the coordinatrice: the register of processing, the
consent register, retention (the same panel as in administration), and her rights (access
export, erasure). Everyone may read the register; the rest needs a role that sees every
case (the storage layer checks it too)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ponte.app.administration import Administration, Role
from ponte.app.casework import Casework
from ponte.app.privacy import Privacy
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.retention import RetentionPanel
from ponte.desktop.ui.admin.view import scrolled
from ponte.desktop.ui.privacy.consents import ConsentRegisterSection
from ponte.desktop.ui.privacy.register import ProcessingRegisterSection
from ponte.desktop.ui.privacy.subject import SubjectRightsSection


class PrivacyView(QWidget):
    def __init__(
        self,
        tasks: TaskRunner,
        privacy: Privacy,
        admin: Administration,
        parent: QWidget | None = None,
        *,
        desk: Casework,
    ) -> None:
        super().__init__(parent)
        sees_all = admin.account.role in (Role.AMMINISTRATRICE, Role.COORDINATRICE)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Privacy sections"))
        self.register = ProcessingRegisterSection(tasks)
        self.tabs.addTab(self.register, self.tr("Processing register"))
        self.consents: ConsentRegisterSection | None = None
        self.retention: RetentionPanel | None = None
        self.subject: SubjectRightsSection | None = None
        if sees_all:
            self.consents = ConsentRegisterSection(tasks, privacy, desk=desk)
            self.tabs.addTab(self.consents, self.tr("Consents"))
            self.retention = RetentionPanel(tasks, admin)
            self.tabs.addTab(scrolled(self.retention), self.tr("Retention"))
            self.subject = SubjectRightsSection(tasks, privacy)
            self.tabs.addTab(scrolled(self.subject), self.tr("Her rights"))
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)

    def section_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]
