"""The controller: wires the window's requests to vault work on the vault thread.

The GUI thread never waits: every vault step is a task (``TaskRunner``) whose outcome comes
back as a callback; signing in opens the vault and builds the whole session in one task
(``app.session.open_session``); locking tells the sync thread to stop and goes on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from ponte.app import demo_places
from ponte.app.casework import CaseQuery, Casework
from ponte.app.replication import Replication
from ponte.app.session import (
    Session,
    SharesInTurn,
    VaultWorker,
    create_vault,
    open_session,
    recover,
    sign_in,
    vault_exists,
)
from ponte.app.workstation import Joined, join
from ponte.core.enums import ServiceType
from ponte.core.errors import PonteError
from ponte.core.provisioning import hub_key_fingerprint
from ponte.desktop.access.announce import announce
from ponte.desktop.demo_documents import cv_pdf
from ponte.desktop.i18n import error_text
from ponte.desktop.main_window import MainWindow
from ponte.desktop.settings import Settings, settings_for
from ponte.desktop.sync_bridge import StatusView, SyncBridge
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.view import AdminView
from ponte.desktop.ui.cases.new_case import NewCaseDialog
from ponte.desktop.ui.common import ui_lang
from ponte.desktop.ui.conflicts.devices import DevicesView
from ponte.desktop.ui.outcomes.centre import CentreOutcomesView
from ponte.desktop.ui.outcomes.dashboard import OutcomeDashboardView
from ponte.desktop.ui.outcomes.due import DueView
from ponte.desktop.ui.privacy.view import PrivacyView
from ponte.desktop.ui.stats.centre import StatsView
from ponte.desktop.ui.stats.network import NetworkDashboardView
from ponte.desktop.ui.stats.preview import AggregatePreview

if TYPE_CHECKING:
    from ponte.app.demo_hub import DemoHub

log = logging.getLogger("ponte.desktop")


class Controller(QObject):
    def __init__(
        self,
        window: MainWindow,
        data_dir: Path,
        worker: VaultWorker,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(window)
        self.settings = settings or settings_for(data_dir)
        window.idle.set_minutes(self.settings.idle_lock_minutes)
        self.window = window
        self.data_dir = data_dir
        self.worker = worker
        worker.refuse_waits_from_this_thread()  # the GUI thread submits; it never waits
        self.tasks = TaskRunner(worker, self)
        self.session: Session | None = None
        self.bridge: SyncBridge | None = None
        self.stopped: list[SyncBridge] = []  # stopped, their last round perhaps still hanging
        self.demo_hub: DemoHub | None = None
        self.joining: Session | None = None  # its network half of joining is under way
        self.updates_known = -1
        self.casefile_stale = False
        w = window
        w.install_pages(self.tasks)
        w.cases.new_requested.connect(self.new_case)
        w.workspace.section_shown.connect(self._on_section_shown)
        w.sync_requested.connect(self.sync_now)
        w.join_requested.connect(self.join_network)
        for page in w.pages:
            page.packet_queued.connect(self.sync_now)
        w.mail.updates_seen.connect(self._on_updates_seen)
        w.first_run.create_requested.connect(self._on_first_run_create_requested)
        w.first_run.demo_requested.connect(self._on_first_run_demo_requested)
        w.sign_in.submitted.connect(self._on_sign_in_submitted)
        w.sign_in.forgot_requested.connect(self._on_sign_in_forgot_requested)
        w.cases.query_changed.connect(self.refresh)
        w.lock_requested.connect(self.lock)
        w.offline_toggled.connect(self._on_offline_toggled)
        w.demo_network_toggled.connect(self._on_demo_network_toggled)

    @property
    def desk(self) -> Casework | None:
        """The case-work facade of the signed-in session (None when locked)."""
        return None if self.session is None else self.session.desk

    def start(self) -> None:
        in_demo = demo_places.is_demo(self.data_dir)
        self.window.set_demo(in_demo)
        if vault_exists(self.data_dir):
            self.window.show_sign_in()
            if in_demo:
                self._demo_sign_in_hints()
        else:
            self.window.show_first_run()

    def _demo_sign_in_hints(self) -> None:
        sign_in = self.window.sign_in
        sign_in.set_places([(name, str(path)) for name, path in demo_places.places(self.data_dir)])
        sign_in.user.setText(demo_places.USER)
        sign_in.hint.setText(
            self.tr(
                "Demo: the passphrase is “%1”. Accounts: “%2” (amministratrice) and, at the"
                " centre, “%3” (operatrice: she sees only the cases assigned to her)."
            )
            .replace("%1", demo_places.PASSPHRASE)
            .replace("%2", demo_places.USER)
            .replace("%3", demo_places.OPERATRICE)
        )
        sign_in.hint.show()

    # ------------------------------------------------------------ opening
    def _on_first_run_create_requested(self, user: str, name: str, passphrase: str) -> None:
        on_vault, data_dir = self.worker.call, self.data_dir  # the sync thread's way back

        def create() -> tuple[Session, str]:
            vault, recovery_key = create_vault(data_dir, user, name, passphrase)
            return open_session(vault, on_vault), recovery_key

        def done(result: tuple[Session, str]) -> None:
            self.session = result[0]
            self.window.show_recovery(result[1]).accepted.connect(self.join_network)

        self.tasks.run(create, done, lambda e: self.window.first_run.show_error(error_text(e)))

    def _on_first_run_demo_requested(self) -> None:
        on_vault, data_dir, cv = self.worker.call, self.data_dir, cv_pdf()  # Qt draws the CV

        def create() -> tuple[Session, DemoHub]:
            from ponte.app import demo  # built on the vault thread: the start never loads it

            vault, hub = demo.create(data_dir, cv=cv)
            return open_session(vault, on_vault), hub

        def done(result: tuple[Session, DemoHub]) -> None:
            self.demo_hub = result[1]
            self.window.set_demo(True)
            self._opened(result[0])

        self.tasks.run(create, done, lambda e: self.window.first_run.show_error(error_text(e)))

    def _on_sign_in_submitted(self, user: str, passphrase: str) -> None:
        vault_dir = self._vault_dir()
        on_vault, data_dir, hub = self.worker.call, self.data_dir, self.demo_hub

        def unlock() -> tuple[Session, DemoHub | None]:
            vault = sign_in(vault_dir, user, passphrase)
            demo_hub = hub
            if demo_places.is_demo(data_dir):
                from ponte.app import demo  # on the vault thread: the start never loads it

                demo_hub = hub or demo.start_hub(data_dir)
                demo.attach(vault, demo_hub)
            return open_session(vault, on_vault), demo_hub

        def done(result: tuple[Session, DemoHub | None]) -> None:
            self.demo_hub = result[1]
            self._opened(result[0])

        self.tasks.run(unlock, done, self.window.sign_in.failed)

    def _vault_dir(self) -> Path:
        """The vault chosen on the sign-in screen (the demo has several on one PC)."""
        place = self.window.sign_in.chosen_place()
        return Path(place) if place else self.data_dir

    def _on_sign_in_forgot_requested(self, user: str) -> None:
        view = self.window.show_forgot(user)
        view.submitted.connect(self._on_forgot_submitted)
        view.cancelled.connect(self._on_forgot_cancelled)

    def _on_forgot_cancelled(self) -> None:
        self.window.drop_forgot()
        self.window.show_sign_in()

    def _on_forgot_submitted(self, user: str, passphrase: str, secret: object) -> None:
        view, on_vault, vault_dir = self.window.forgot, self.worker.call, self._vault_dir()
        if view is None or not isinstance(secret, str | SharesInTurn):
            return

        def rescue() -> Session:
            return open_session(recover(vault_dir, user, passphrase, secret), on_vault)

        def failed(exc: PonteError) -> None:
            if self.window.forgot is view:  # still on screen: she can fix and try again
                view.failed(exc)

        self.tasks.run(rescue, self._opened, failed)

    def _opened(self, session: Session) -> None:
        """The session is open: build the screens it allows (GUI thread, no waiting)."""
        self.session = session
        for page in self.window.pages:
            page.bind(session.desk)
        self._build_admin(session)
        self._restore_window(session)
        self.updates_known = -1
        self._build_stats(session)
        self._build_outcomes(session)
        self._build_devices(session)
        self.window.show_cases(
            partner=session.service is not ServiceType.CAV,
            cabina=session.service is ServiceType.CABINA_REGIA,
        )
        self.window.join_action.setVisible(not session.enrolled)
        offline = self.settings.offline(session.device_id)
        session.ws.offline = offline
        self.window.set_networked(session.enrolled, offline=offline)
        self.refresh(self.window.cases.current_query())
        self.tasks.run(session.forms.definitions, self.window.cases.set_fields, self._show_error)
        if session.service is ServiceType.CAV:
            self.window.day.start()
        if session.background is not None:
            self.bridge = SyncBridge(session.background)
            self.bridge.status_changed.connect(self._on_sync_status_changed)
            self.bridge.round_finished.connect(self._on_round_finished)
            self.bridge.set_offline(offline)
            self.bridge.start()

    # ------------------------------------------------------------ joining the network
    def join_network(self) -> None:
        """Import a provisioning file (first run, or later from the toolbar)."""
        self._stop_sync()
        view = self.window.show_provisioning()
        view.file_chosen.connect(self._enrol_from)
        view.skipped.connect(self._joined_or_skipped)

    def _enrol_from(self, path: str) -> None:
        """Joining waits on the hub on a network thread (``workstation.join``), then keeps
        what the hub said on the vault thread. A lock meanwhile closes the vault only after
        that (the hub has used up the one-time token: losing its answer would lose the file)."""
        session, view = self.session, self.window.provisioning
        if session is None or view is None:
            return
        ws, self.joining = session.ws, session
        clock, transport = ws.clock, ws.transport

        def shown(joined: Joined) -> None:
            if shiboken6.isValid(view):
                ident = joined.identity
                view.joined(ident.name, hub_key_fingerprint(ident.hub_key))

        def failed(exc: PonteError) -> None:
            if shiboken6.isValid(view):
                view.failed(error_text(exc))

        def reached(joined: Joined) -> None:
            self.tasks.run(lambda: ws.keep(joined), lambda _: shown(joined), failed)
            self._joined(session)

        def unreached(exc: PonteError) -> None:
            self._joined(session)
            failed(exc)

        self.tasks.run_on_network(
            lambda: join(Path(path).read_bytes(), clock=clock, transport=transport),
            reached,
            unreached,
        )

    def _joined(self, session: Session) -> None:
        """The network half of joining is over: a lock that came meanwhile closes now."""
        self.joining = None
        if self.session is not session:
            self.worker.submit(session.close)

    def _joined_or_skipped(self) -> None:
        session, on_vault, view = self.session, self.worker.call, self.window.provisioning
        if session is None:
            return
        if view is not None:
            view.setEnabled(False)  # until the session is open again

        def done(opened: Session) -> None:
            if self.session is not session:
                return  # locked meanwhile: the vault is closed, nothing to show
            self.window.drop_provisioning()
            self._opened(opened)

        def failed(exc: PonteError) -> None:
            if self.session is session and view is not None:
                view.setEnabled(True)
                view.failed(error_text(exc))

        self.tasks.run(lambda: open_session(session.vault, on_vault), done, failed)

    def sync_now(self) -> None:
        if self.bridge is not None:
            self.bridge.sync_now()

    def _on_offline_toggled(self, offline: bool) -> None:
        """ "Work offline": nothing touches the network until she turns it off (kept for this
        workstation across locks and restarts)."""
        session = self.session
        if session is None:
            return
        self.settings.set_offline(session.device_id, offline)
        session.ws.offline = offline
        if self.bridge is not None:
            self.bridge.set_offline(offline)
        self.window.statusBar().showMessage(
            self.tr("Working offline: nothing is sent until you turn the network back on.")
            if offline
            else self.tr("Back on the network: waiting referrals are being sent."),
            10_000,
        )

    def _on_demo_network_toggled(self, absent: bool) -> None:
        """Demo only: the local hub stops (or starts again) listening, as a line going down."""
        hub = self.demo_hub
        if hub is None:
            return

        def done(_result: object) -> None:
            self.window.statusBar().showMessage(
                self.tr("Demo: the network is absent now.")
                if absent
                else self.tr("Demo: the network is back."),
                10_000,
            )
            self.sync_now()

        self.tasks.run(hub.pause if absent else hub.resume, done, self._show_error)

    def _build_admin(self, session: Session) -> None:
        """Administration and privacy need the open vault: built now, dropped at lock."""
        admin = AdminView(self.tasks, session.admin, self.settings)
        admin.restored.connect(self._on_restored)
        admin.idle_lock_changed.connect(self.window.idle.set_minutes)
        self.window.admin.set_content(admin)
        privacy = PrivacyView(self.tasks, session.privacy, session.admin, desk=session.desk)
        if privacy.consents is not None:  # a withdrawal waits to leave: sync now
            privacy.consents.withdrawn.connect(self.sync_now)
        self.window.privacy.set_content(privacy)
        self.window.workspace.set_available("privacy", session.oversees)

    def _on_restored(self, said: str) -> None:
        """A restore replaced the archive: lock, and say so on the sign-in screen."""
        self.lock()
        self.window.sign_in.show_notice(said)

    def _build_stats(self, session: Session) -> None:
        """The centre's statistics (and, for those who may, its report to the network);
        the cabina di regia's dashboard. Built at sign-in, dropped at lock."""
        lang = ui_lang()
        if session.service is ServiceType.CABINA_REGIA:
            dashboard = NetworkDashboardView(self.tasks, session.stats, lang=lang)
            self.window.network.set_content(dashboard)
            dashboard.refresh()
            return
        if session.service is not ServiceType.CAV:
            return
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Statistics"))
        tabs.addTab(StatsView(self.tasks, session.stats, lang=lang), self.tr("This centre"))
        if session.enrolled and session.oversees:
            preview = AggregatePreview(self.tasks, session.ws, lang=lang)
            preview.sent.connect(lambda _packet_id: self.sync_now())
            tabs.addTab(preview, self.tr("Report to the network"))
        self.window.stats.set_content(tabs)

    def _build_outcomes(self, session: Session) -> None:
        """A centre's follow-ups to make and outcome indicators; the cabina di regia's
        outcome dashboard. Built at sign-in, dropped at lock."""
        cabina, cav = ServiceType.CABINA_REGIA, ServiceType.CAV
        self.window.workspace.set_available("outcomes", session.service in (cabina, cav))
        lang, outcomes = ui_lang(), session.outcomes
        if session.service is cabina:
            dashboard = OutcomeDashboardView(self.tasks, outcomes, lang=lang)
            self.window.outcomes.set_content(dashboard)
            dashboard.refresh()
            return
        if session.service is not cav:
            return
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Outcomes and follow-ups"))
        due = DueView(self.tasks, outcomes)
        due.case_requested.connect(self.window.open_case)
        tabs.addTab(due, self.tr("Follow-ups to make"))
        tabs.addTab(
            CentreOutcomesView(self.tasks, outcomes, lang=lang, today=outcomes.today()),
            self.tr("Indicators"),
        )
        self.window.outcomes.set_content(tabs)
        due.refresh()

    def _build_devices(self, session: Session) -> None:
        """The centre's workstations (join, remove): for a centre already on the network."""
        available = session.enrolled and session.service is ServiceType.CAV
        if available:
            view = DevicesView(self.tasks, Replication(session.ws))
            self.window.devices.set_content(view)
            view.refresh()
        self.window.workspace.set_available("devices", available)

    def _restore_window(self, session: Session) -> None:
        geometry = self.settings.geometry(session.device_id, session.account.id)
        if geometry is not None:
            self.window.restoreGeometry(geometry)

    def _save_window(self, session: Session) -> None:
        self.settings.set_geometry(
            session.device_id, session.account.id, self.window.saveGeometry()
        )
        self.settings.sync()

    def _on_section_shown(self, key: str) -> None:
        tabs = self.window.outcomes.content
        if key == "outcomes" and isinstance(tabs, QTabWidget):  # follow-ups may have come due
            due = tabs.widget(0)
            if isinstance(due, DueView):
                due.refresh()
        if key == "mail":
            self.window.mail.refresh()
        elif key == "partner":
            self.window.partner.refresh()
        elif key == "day" and self.session is not None and self.window.day.day is not None:
            self.window.day.refresh()
        elif key == "calendar" and self.session is not None:
            self.window.calendar.refresh()
        elif key == "cases" and self.session is not None:
            self.refresh(self.window.cases.current_query())
            forms = self.session.forms  # the amministratrice may have added a field
            self.tasks.run(forms.definitions, self.window.cases.set_fields, self._show_error)
            self._reload_casefile_if_seen()

    def _on_sync_status_changed(self, status: StatusView) -> None:
        if self.session is not None:  # a round that ended after the lock says nothing
            self.window.show_sync(status)

    def _on_round_finished(self, _result: object) -> None:
        """After each sync round: answers may have arrived; refresh what is on screen."""
        if self.session is None:
            return
        self.window.mail.refresh()  # counts the updates; shows them if visible
        if self.window.workspace.current() == "partner":
            self.window.partner.refresh()
        elif self.window.workspace.current() in ("day", "calendar"):  # replicated changes
            page = (
                self.window.day
                if self.window.workspace.current() == "day"
                else self.window.calendar
            )
            page.refresh()
        dashboard = self.window.network.content
        if isinstance(dashboard, NetworkDashboardView):  # reports may have arrived
            dashboard.refresh()
        casefile = self.window.casefile
        moved = [getattr(_result, n, 0) for n in ("received", "sent", "failed")]
        if casefile.case_id and any(moved):
            self.casefile_stale = True  # an answer, a change or a sent referral of the case
        self._reload_casefile_if_seen()

    def _reload_casefile_if_seen(self) -> None:
        """Read the open case again (an audited read) only when she can see it and something
        arrived since: never at every round while another section is on screen."""
        casefile = self.window.casefile
        seen = (
            self.window.workspace.current() == "cases"
            and self.window.case_stack.currentWidget() is casefile
        )
        if self.casefile_stale and seen and casefile.case_id and not casefile.form.dirty:
            self.casefile_stale = False
            casefile.reload()

    def _on_updates_seen(self, count: int) -> None:
        if self.updates_known >= 0 and count > self.updates_known:
            new = count - self.updates_known
            text = self.tr("%1 new answers from partner services (see Messages)").replace(
                "%1", str(new)
            )
            self.window.statusBar().showMessage(text)  # no time-out (WCAG 2.2.1)
            announce(self.window.statusBar(), text)
            self.window.workspace.set_title(
                "mail", self.tr("Messages (%1 new)").replace("%1", str(new))
            )
        self.updates_known = count

    # ------------------------------------------------------------ cases
    def new_case(self) -> None:
        dialog = NewCaseDialog(self.window)
        if dialog.exec() != NewCaseDialog.DialogCode.Accepted or self.session is None:
            return
        person, case = dialog.values()
        desk = self.session.desk
        self.tasks.run(lambda: desk.new_case(person, case), self.window.open_case, self._show_error)

    def refresh(self, query: CaseQuery) -> None:
        if self.session is None:
            return
        desk = self.session.desk
        self.tasks.run(
            lambda: desk.list_cases(query), self.window.cases.show_page, self._show_error
        )

    def _show_error(self, exc: PonteError) -> None:
        self.window.statusBar().showMessage(error_text(exc))  # stays while she reads it
        announce(self.window.statusBar(), error_text(exc), urgent=True)

    # ------------------------------------------------------------ locking
    def _stop_sync(self) -> None:
        """Tell the sync thread to stop after its round; never wait for it here."""
        if self.bridge is not None:
            self.bridge.stop()
            self.stopped = [b for b in self.stopped if b.running] + [self.bridge]
            self.bridge = None

    def lock(self) -> None:
        self.window.casefile.save_before_lock()
        session, self.session = self.session, None
        if session is not None:
            self._save_window(session)
        self._stop_sync()
        self.window.locked()
        if demo_places.is_demo(self.data_dir):
            self._demo_sign_in_hints()
        if session is not None and session is not self.joining:  # else: once it is kept
            self.worker.submit(session.close)

    def shutdown(self) -> None:
        """The app is closing: lock, stop the demo hub, let the vault thread finish its
        queue (locking the vault is one of its jobs) and end."""
        self.lock()
        if self.joining is not None:  # closing while joining: the hub's answer is lost
            self.worker.submit(self.joining.close)
            self.joining = None
        if self.demo_hub is not None:
            self.worker.submit(self.demo_hub.stop)
        self.worker.shutdown()
        for bridge in self.stopped:  # the window is gone: a short, bounded wait is harmless
            bridge.finish(timeout=2.0)
