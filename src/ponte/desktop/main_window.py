"""The window: first run, sign-in, recovery key and the case list, one at a time.

Locking (Ctrl+L, the toolbar button, or idle time) closes the vault on the vault thread,
clears every widget that showed case data and returns to sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from ponte.desktop.access.announce import announce
from ponte.desktop.access.idle import IdleWarning, IdleWatcher
from ponte.desktop.access.shortcuts import ShortcutsDialog
from ponte.desktop.sync_bridge import StatusView
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.calendar.view import CalendarView
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.cases.model import CaseTableModel
from ponte.desktop.ui.cases.view import CasesView
from ponte.desktop.ui.common import DeskPage, fmt_n
from ponte.desktop.ui.day.view import MyDayView
from ponte.desktop.ui.mail.view import MailView
from ponte.desktop.ui.partner.view import PartnerView
from ponte.desktop.ui.signin.recovery import ForgotView
from ponte.desktop.ui.signin.views import (
    FirstRunView,
    ProvisioningView,
    RecoveryKeyView,
    SignInView,
)
from ponte.desktop.ui.workspace import Holder, Workspace

IDLE_LOCK_MINUTES = 10


class MainWindow(QMainWindow):
    lock_requested = Signal()
    sync_requested = Signal()
    join_requested = Signal()
    offline_toggled = Signal(bool)  # she chose to work offline (True) or back online
    demo_network_toggled = Signal(bool)  # demo only: show the network as absent (True)

    def __init__(self, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo = demo
        self.setWindowTitle(self._title())
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.first_run = FirstRunView()
        self.sign_in = SignInView()
        italian = QLocale().language() == QLocale.Language.Italian
        # Owned by the window from the start (the case list joins the workspace at sign-in):
        # parentless, they outlived a window closed before anyone signed in and crashed the
        # interpreter's exit.
        self.model = CaseTableModel(lang="it" if italian else "en", parent=self)
        self.cases = CasesView(self.model, parent=self)
        self.cases.hide()
        for w in (self.first_run, self.sign_in):
            self.stack.addWidget(w)
        self.workspace = Workspace()
        self.stack.addWidget(self.workspace)
        self.pages: list[DeskPage] = []
        self.recovery: RecoveryKeyView | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self._was_online: bool | None = None
        self.forgot: ForgotView | None = None
        self.provisioning: ProvisioningView | None = None
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.lock_action.setEnabled(False)
        toolbar.addAction(self.lock_action)
        self.sync_action = QAction(self.tr("Send and receive"), self)
        self.sync_action.setToolTip(self.tr("Send and receive now (F5)"))
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setEnabled(False)
        self.sync_action.triggered.connect(self.sync_requested.emit)
        toolbar.addAction(self.sync_action)
        self.offline_action = QAction(self.tr("Work offline"), self)
        self.offline_action.setCheckable(True)
        self.offline_action.setToolTip(
            self.tr(
                "Nothing is sent or received until you turn this off (a metered or unsafe"
                " connection). Referrals wait, sealed, on this computer."
            )
        )
        self.offline_action.setVisible(False)
        self.offline_action.toggled.connect(self._on_offline_action_toggled)
        toolbar.addAction(self.offline_action)
        self.no_network_action = QAction(self.tr("Demo: no network"), self)
        self.no_network_action.setCheckable(True)
        self.no_network_action.setToolTip(
            self.tr("Demo only: the network's server stops answering, as when the line is down")
        )
        self.no_network_action.setVisible(False)
        self.no_network_action.toggled.connect(self.demo_network_toggled.emit)
        toolbar.addAction(self.no_network_action)
        self.join_action = QAction(self.tr("Join the network…"), self)
        self.join_action.setToolTip(
            self.tr("Import the provisioning file from the hub administrator")
        )
        self.join_action.setShortcut(QKeySequence("Ctrl+J"))
        self.join_action.setVisible(False)
        self.join_action.triggered.connect(self.join_requested.emit)
        toolbar.addAction(self.join_action)
        self.help_action = QAction(self.tr("Keyboard shortcuts"), self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.setToolTip(self.tr("Every keyboard shortcut (F1)"))
        self.help_action.triggered.connect(self.show_shortcuts)
        toolbar.addAction(self.help_action)
        self.addToolBar(toolbar)
        self.sync_label = QLabel(self.tr("Not connected to the network"))
        self.sync_label.setAccessibleDescription(self.tr("Sync status"))
        self.statusBar().addPermanentWidget(self.sync_label)
        # Why the queue waits, as a whole sentence of what to do (never cut off); a passing
        # notice covers it for a few seconds, then it is back.
        self.sync_problem = QLabel()
        self.sync_problem.setAccessibleDescription(self.tr("Why nothing is being sent"))
        self.sync_problem.setWordWrap(True)
        self.sync_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_problem.hide()
        self.statusBar().addWidget(self.sync_problem, 1)
        if demo:
            banner = QLabel(self.tr("DEMO — synthetic data"))
            banner.setStyleSheet(
                "background: #b35c00; color: white; padding: 2px 8px; font-weight: bold;"
            )
            self.statusBar().addWidget(banner)
        self.idle = IdleWatcher(IDLE_LOCK_MINUTES, self)
        self.idle.idle.connect(self.lock_requested.emit)
        self.idle_warning = IdleWarning(self.idle, self)
        self.resize(960, 640)

    def install_pages(self, runner: TaskRunner) -> None:
        """The signed-in sections; they run their vault work through ``runner``."""
        self.casefile = CaseFileView(runner)
        self.mail = MailView(runner)
        self.partner = PartnerView(runner)
        self.day = MyDayView(runner)
        self.calendar = CalendarView(runner)
        self.case_stack = QStackedWidget()
        self.case_stack.addWidget(self.cases)
        self.case_stack.addWidget(self.casefile)
        ws = self.workspace
        ws.add_section("day", self.tr("My day"), self.day)
        ws.add_section("calendar", self.tr("Calendar"), self.calendar)
        ws.add_section("cases", self.tr("Cases"), self.case_stack)
        ws.add_section("partner", self.tr("Referrals received"), self.partner)
        ws.add_section("mail", self.tr("Messages"), self.mail)
        self.admin = Holder()
        self.privacy = Holder()
        self.stats = Holder()
        self.network = Holder()
        self.devices = Holder()
        self.outcomes = Holder()  # outcomes of the women's paths: follow-ups, indicators
        ws.add_section("network", self.tr("Network dashboard"), self.network)
        ws.add_section("outcomes", self.tr("Outcomes and follow-ups"), self.outcomes)
        ws.add_section("stats", self.tr("Statistics"), self.stats)
        ws.add_section("privacy", self.tr("Privacy"), self.privacy)
        ws.add_section("devices", self.tr("Workstations"), self.devices)
        ws.add_section("admin", self.tr("Administration"), self.admin)
        self.pages = [self.casefile, self.mail, self.partner, self.day, self.calendar]
        self.casefile.closed.connect(self.show_case_list)
        self.cases.open_requested.connect(self.open_case)
        self.mail.case_requested.connect(self.open_case)
        self.day.case_requested.connect(self.open_case)
        self.day.calendar_requested.connect(self.show_calendar)

    def add_section(self, key: str, title: str, page: QWidget) -> None:
        """A feature's own section (statistics, administration, …), shown after sign-in."""
        self.workspace.add_section(key, title, page)
        if isinstance(page, DeskPage):
            self.pages.append(page)

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts = dialog

    def open_case(self, case_id: str) -> None:
        if self.case_stack.currentWidget() is self.casefile and not self.casefile.may_leave():
            return
        self.workspace.show_section("cases")
        self.case_stack.setCurrentWidget(self.casefile)
        self.casefile.open(case_id)
        self.casefile.tabs.setFocus()

    def show_calendar(self, day: object = None) -> None:
        self.workspace.show_section("calendar")
        if day is not None:
            self.calendar.show_day(day)  # type: ignore[arg-type]
        self.calendar.grid.setFocus()

    def showing_cases(self) -> bool:
        """Signed in with the case list on screen."""
        return (
            self.stack.currentWidget() is self.workspace
            and self.case_stack.currentWidget() is self.cases
        )

    def show_case_list(self) -> None:
        self.case_stack.setCurrentWidget(self.cases)
        self.cases.table.setFocus()

    def _title(self) -> str:
        return "Ponte — DEMO" if self.demo else "Ponte"

    def set_demo(self, demo: bool) -> None:
        if demo and not self.demo:
            self.demo = True
            banner = QLabel(self.tr("DEMO — synthetic data"))
            banner.setStyleSheet(
                "background: #b35c00; color: white; padding: 2px 8px; font-weight: bold;"
            )
            self.statusBar().addWidget(banner)
        self.setWindowTitle(self._title())

    def show_first_run(self) -> None:
        self.stack.setCurrentWidget(self.first_run)

    def show_sign_in(self) -> None:
        self.sign_in.reset()
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.user.setFocus()

    def show_forgot(self, user: str) -> ForgotView:
        """She forgot her passphrase: the recovery key or the custodians' shares."""
        self.drop_forgot()
        self.forgot = ForgotView(user)
        self.stack.addWidget(self.forgot)
        self.stack.setCurrentWidget(self.forgot)
        (self.forgot.key if user else self.forgot.user).setFocus()
        return self.forgot

    def drop_forgot(self) -> None:
        if self.forgot is not None:
            self.forgot.clear()
            self.stack.removeWidget(self.forgot)
            self.forgot.deleteLater()  # the key or shares typed are gone with it
            self.forgot = None

    def show_recovery(self, key: str) -> RecoveryKeyView:
        self.recovery = RecoveryKeyView(key)
        self.stack.addWidget(self.recovery)
        self.stack.setCurrentWidget(self.recovery)
        return self.recovery

    def drop_recovery(self) -> None:
        if self.recovery is not None:
            self.stack.removeWidget(self.recovery)
            self.recovery.deleteLater()  # the key is never shown again
            self.recovery = None

    def show_provisioning(self) -> ProvisioningView:
        self.drop_recovery()
        if self.provisioning is None:
            self.provisioning = ProvisioningView()
            self.stack.addWidget(self.provisioning)
        self.stack.setCurrentWidget(self.provisioning)
        return self.provisioning

    def drop_provisioning(self) -> None:
        if self.provisioning is not None:
            self.stack.removeWidget(self.provisioning)
            self.provisioning.deleteLater()
            self.provisioning = None

    def show_cases(self, *, partner: bool = False, cabina: bool = False) -> None:
        """Signed in: a centre starts on its cases, a partner service on what it received,
        the cabina di regia on the network dashboard."""
        self.drop_recovery()
        self.drop_forgot()
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.set_available("partner", partner and not cabina)
        self.workspace.set_available("cases", not partner)
        self.workspace.set_available("stats", not partner)
        self.workspace.set_available("network", cabina)
        self.workspace.set_available("day", not partner)
        self.workspace.set_available("calendar", not partner)
        first = "network" if cabina else "partner" if partner else "day"
        self.workspace.show_section(first)
        self.case_stack.setCurrentWidget(self.cases)
        self.lock_action.setEnabled(True)
        self.sync_action.setEnabled(True)
        self.idle.start()
        if first == "day":
            self.day.tabs.setFocus()
        else:
            self.cases.search.setFocus()

    def locked(self) -> None:
        self.statusBar().clearMessage()  # what the last session did is not the next one's
        self.cases.clear()
        if hasattr(self, "admin"):
            for holder in (
                self.admin, self.privacy, self.stats, self.network, self.devices, self.outcomes
            ):  # fmt: skip
                holder.drop()
        for page in self.pages:
            page.clear()
        if hasattr(self, "case_stack"):
            self.case_stack.setCurrentWidget(self.cases)
        self.lock_action.setEnabled(False)
        self.sync_action.setEnabled(False)
        self.offline_action.setVisible(False)
        self.no_network_action.setVisible(False)
        self.join_action.setVisible(False)
        self.drop_provisioning()
        self.drop_forgot()
        self.idle.stop()
        self._was_online = None
        self.show_sign_in()

    def _on_offline_action_toggled(self, offline: bool) -> None:
        self.sync_action.setEnabled(not offline and self.lock_action.isEnabled())
        self.offline_toggled.emit(offline)

    def set_networked(self, networked: bool, *, offline: bool = False) -> None:
        """After sign-in: a workstation on the network may work offline by choice."""
        self.offline_action.blockSignals(True)
        self.offline_action.setChecked(offline)
        self.offline_action.blockSignals(False)
        self.offline_action.setVisible(networked)
        self.no_network_action.setVisible(networked and self.demo)
        self.sync_action.setEnabled(networked and not offline)

    def show_sync(self, status: StatusView) -> None:
        if status.online != self._was_online:  # said aloud when it changes, not each round
            self._was_online = status.online
            announce(self.sync_label, self.tr("Online") if status.online else self.tr("Offline"))
        problems = []  # whole sentences, their %1… filled (what to read out to the IT)
        for sentence, params in (
            (status.warning, status.warning_params),  # stays until the network's IT acts
            (None if status.by_choice else status.last_error, status.params),
        ):
            if sentence:
                said = QCoreApplication.translate("errors", sentence)
                for i, value in enumerate(params, 1):
                    said = said.replace(f"%{i}", value)
                problems.append(said)
        problem = "\n".join(problems)
        if problem and problem != self.sync_problem.text():
            announce(self.sync_problem, problem)  # a new reason the queue waits, said once
        self.sync_problem.setText(problem)
        self.sync_problem.setVisible(bool(problem))
        if status.by_choice:
            text = self.tr("Working offline by choice · %1 waiting, nothing is sent").replace(
                "%1", fmt_n(status.queued)
            )
        elif status.online:
            when = status.last_success.astimezone().strftime("%H:%M") if status.last_success else ""
            text = (
                self.tr("Online · %1 waiting · last sync %2")
                .replace("%1", fmt_n(status.queued))
                .replace("%2", when)
            )
        else:
            text = self.tr("Offline · %1 waiting").replace("%1", fmt_n(status.queued))
        self.sync_label.setText(text)
