"""The controller: wires the window's requests to vault work on the vault thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from ponte.app.background import BackgroundSync
from ponte.app.casework import Casework
from ponte.app.forms import CentreForms
from ponte.app.outcomes import Outcomes
from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.core.domain import Actor
from ponte.core.enums import ServiceType
from ponte.core.errors import PonteError
from ponte.core.provisioning import hub_key_fingerprint
from ponte.desktop import demo
from ponte.desktop.access.announce import announce
from ponte.desktop.demo import is_demo
from ponte.desktop.i18n import error_text
from ponte.desktop.main_window import MainWindow
from ponte.desktop.settings import Settings, settings_for
from ponte.desktop.sync_bridge import SyncBridge
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
from ponte.storage.accounts import Role
from ponte.storage.case_list import CasePage, CaseQuery, list_cases
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker

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
        self.tasks = TaskRunner(worker, self)
        self.vault: Vault | None = None
        self.ws: Workstation | None = None
        self.bridge: SyncBridge | None = None
        self.demo_hub: Any = None
        self.desk: Casework | None = None
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
        w.cases.query_changed.connect(self.refresh)
        w.lock_requested.connect(self.lock)
        w.offline_toggled.connect(self._on_offline_toggled)
        w.demo_network_toggled.connect(self._on_demo_network_toggled)

    def start(self) -> None:
        in_demo = is_demo(self.data_dir)
        self.window.set_demo(in_demo)
        if Vault.exists(self.data_dir):
            self.window.show_sign_in()
            if in_demo:
                self._demo_sign_in_hints()
        else:
            self.window.show_first_run()

    def _demo_sign_in_hints(self) -> None:
        sign_in = self.window.sign_in
        sign_in.set_places([(name, str(path)) for name, path in demo.places(self.data_dir)])
        sign_in.user.setText(demo.USER)
        sign_in.hint.setText(
            self.tr(
                "Demo: the passphrase is “%1”. Accounts: “%2” (amministratrice) and, at the"
                " centre, “%3” (operatrice: she sees only the cases assigned to her)."
            )
            .replace("%1", demo.PASSPHRASE)
            .replace("%2", demo.USER)
            .replace("%3", demo.OPERATRICE)
        )
        sign_in.hint.show()

    # ------------------------------------------------------------ opening
    def _on_first_run_create_requested(self, user: str, name: str, passphrase: str) -> None:
        def create() -> tuple[Vault, str]:
            return Vault.create(
                self.data_dir, username=user, display_name=name, passphrase=passphrase
            )

        def done(result: tuple[Vault, str]) -> None:
            self.vault = result[0]
            self.window.show_recovery(result[1]).accepted.connect(self.join_network)

        self.tasks.run(create, done, lambda e: self.window.first_run.show_error(error_text(e)))

    def _on_first_run_demo_requested(self) -> None:
        def create() -> Vault:
            vault, self.demo_hub = demo.create(self.data_dir)
            return vault

        def done(vault: Vault) -> None:
            self.vault = vault
            self.window.set_demo(True)
            self._opened()

        self.tasks.run(create, done, lambda e: self.window.first_run.show_error(error_text(e)))

    def _on_sign_in_submitted(self, user: str, passphrase: str) -> None:
        place = self.window.sign_in.chosen_place()
        vault_dir = Path(place) if place else self.data_dir

        def unlock() -> Vault:
            vault = Vault.unlock(vault_dir, user, passphrase)
            if is_demo(self.data_dir):
                if self.demo_hub is None:
                    self.demo_hub = demo.start_hub(self.data_dir)
                demo.attach(vault, self.demo_hub)
            return vault

        def done(vault: Vault) -> None:
            self.vault = vault
            self._opened()

        self.tasks.run(unlock, done, self.window.sign_in.failed)

    def _opened(self) -> None:
        vault = self.vault
        assert vault is not None
        self.ws = ws = self.worker.call(Workstation, vault)
        self.desk = desk = Casework(vault, ws)
        enrolled = self.worker.call(lambda: ws.enrolled)
        service = self.worker.call(lambda: ws.identity.service_type) if enrolled else "cav"
        for page in self.window.pages:
            page.bind(desk)
        self._build_admin(vault)
        self._restore_window(vault)
        self.updates_known = -1
        self._build_stats(vault, ws if enrolled else None, service)
        self._build_outcomes(vault, service)
        self._build_devices(ws if enrolled else None, service)
        self.window.show_cases(
            partner=service != ServiceType.CAV.value,
            cabina=service == ServiceType.CABINA_REGIA.value,
        )
        self.window.join_action.setVisible(not enrolled)
        offline = self.settings.offline(vault.device_id)
        ws.offline = offline
        self.window.set_networked(enrolled, offline=offline)
        self.refresh(self.window.cases.current_query())
        self.tasks.run(
            CentreForms(vault).definitions, self.window.cases.set_fields, self._show_error
        )
        if service == ServiceType.CAV.value:
            self.window.day.start()
        if enrolled:
            background = self.worker.call(lambda: BackgroundSync(ws, self.worker.call))
            self.bridge = SyncBridge(background)
            self.bridge.status_changed.connect(self.window.show_sync)
            self.bridge.round_finished.connect(self._on_round_finished)
            self.bridge.set_offline(offline)
            self.bridge.start()

    # ------------------------------------------------------------ joining the network
    def join_network(self) -> None:
        """Import a provisioning file (first run, or later from the toolbar)."""
        if self.bridge is not None:
            self.bridge.stop()
            self.bridge = None
        view = self.window.show_provisioning()
        view.file_chosen.connect(self._enrol_from)
        view.skipped.connect(self._joined_or_skipped)

    def _enrol_from(self, path: str) -> None:
        vault, view = self.vault, self.window.provisioning
        if vault is None or view is None:
            return

        def enrol() -> tuple[str, str]:
            ident = Workstation(vault).enrol(Path(path).read_bytes())
            return ident.name, hub_key_fingerprint(ident.hub_key)

        self.tasks.run(enrol, lambda r: view.joined(*r), lambda e: view.failed(error_text(e)))

    def _joined_or_skipped(self) -> None:
        self.window.drop_provisioning()
        self._opened()

    def sync_now(self) -> None:
        if self.bridge is not None:
            self.bridge.sync_now()

    def _on_offline_toggled(self, offline: bool) -> None:
        """ "Work offline": nothing touches the network until she turns it off (kept for this
        workstation across locks and restarts)."""
        if self.vault is None or self.ws is None:
            return
        self.settings.set_offline(self.vault.device_id, offline)
        self.ws.offline = offline
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

    def _build_admin(self, vault: Vault) -> None:
        """Administration and privacy need the open vault: built now, dropped at lock."""
        admin = AdminView(self.tasks, vault, self.settings)
        admin.restored.connect(self._on_restored)
        admin.idle_lock_changed.connect(self.window.idle.set_minutes)
        self.window.admin.set_content(admin)
        privacy = PrivacyView(self.tasks, vault, desk=self.desk)
        if privacy.consents is not None:  # a withdrawal waits to leave: sync now
            privacy.consents.withdrawn.connect(self.sync_now)
        self.window.privacy.set_content(privacy)
        sees_all = vault.account.role in (Role.AMMINISTRATRICE, Role.COORDINATRICE)
        self.window.workspace.set_available("privacy", sees_all)

    def _on_restored(self, said: str) -> None:
        """A restore replaced the archive: lock, and say so on the sign-in screen."""
        self.lock()
        self.window.sign_in.show_notice(said)

    def _build_stats(self, vault: Vault, ws: Workstation | None, service: str) -> None:
        """The centre's statistics (and, for those who may, its report to the network);
        the cabina di regia's dashboard. Built at sign-in, dropped at lock."""
        lang = ui_lang()
        if service == ServiceType.CABINA_REGIA.value:
            dashboard = NetworkDashboardView(self.tasks, vault, lang=lang)
            self.window.network.set_content(dashboard)
            dashboard.refresh()
            return
        if service != ServiceType.CAV.value:
            return
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Statistics"))
        tabs.addTab(StatsView(self.tasks, vault, lang=lang), self.tr("This centre"))
        may_report = vault.account.role in (Role.AMMINISTRATRICE, Role.COORDINATRICE)
        if ws is not None and may_report:
            preview = AggregatePreview(self.tasks, ws, lang=lang)
            preview.sent.connect(lambda _packet_id: self.sync_now())
            tabs.addTab(preview, self.tr("Report to the network"))
        self.window.stats.set_content(tabs)

    def _build_outcomes(self, vault: Vault, service: str) -> None:
        """A centre's follow-ups to make and outcome indicators; the cabina di regia's
        outcome dashboard. Built at sign-in, dropped at lock."""
        cabina, cav = ServiceType.CABINA_REGIA.value, ServiceType.CAV.value
        self.window.workspace.set_available("outcomes", service in (cabina, cav))
        lang, outcomes = ui_lang(), Outcomes(vault)
        if service == cabina:
            dashboard = OutcomeDashboardView(self.tasks, outcomes, lang=lang)
            self.window.outcomes.set_content(dashboard)
            dashboard.refresh()
            return
        if service != cav:
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

    def _build_devices(self, ws: Workstation | None, service: str) -> None:
        """The centre's workstations (join, remove): for a centre already on the network."""
        available = ws is not None and service == ServiceType.CAV.value
        if ws is not None and available:
            view = DevicesView(self.tasks, Replication(ws))
            self.window.devices.set_content(view)
            view.refresh()
        self.window.workspace.set_available("devices", available)

    def _restore_window(self, vault: Vault) -> None:
        geometry = self.settings.geometry(vault.device_id, vault.account.id)
        if geometry is not None:
            self.window.restoreGeometry(geometry)

    def _save_window(self, vault: Vault) -> None:
        self.settings.set_geometry(vault.device_id, vault.account.id, self.window.saveGeometry())
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
        elif key == "day" and self.vault is not None and self.window.day.day is not None:
            self.window.day.refresh()
        elif key == "calendar" and self.vault is not None:
            self.window.calendar.refresh()
        elif key == "cases" and self.vault is not None:
            self.refresh(self.window.cases.current_query())
            forms = CentreForms(self.vault)  # the amministratrice may have added a field
            self.tasks.run(forms.definitions, self.window.cases.set_fields, self._show_error)
            self._reload_casefile_if_seen()

    def _on_round_finished(self, _result: object) -> None:
        """After each sync round: answers may have arrived; refresh what is on screen."""
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
        if dialog.exec() != NewCaseDialog.DialogCode.Accepted or self.desk is None:
            return
        person, case = dialog.values()
        desk = self.desk
        self.tasks.run(lambda: desk.new_case(person, case), self.window.open_case, self._show_error)

    def refresh(self, query: CaseQuery) -> None:
        vault = self.vault
        if vault is None:
            return

        def fetch() -> CasePage:
            actor = Actor(vault.account.id, vault.account.role.value, vault.device_id)
            return list_cases(vault.db, actor, query)

        self.tasks.run(fetch, self.window.cases.show_page, self._show_error)

    def _show_error(self, exc: PonteError) -> None:
        self.window.statusBar().showMessage(error_text(exc))  # stays while she reads it
        announce(self.window.statusBar(), error_text(exc), urgent=True)

    # ------------------------------------------------------------ locking
    def lock(self) -> None:
        self.window.casefile.save_before_lock()
        if self.vault is not None:
            self._save_window(self.vault)
        if self.bridge is not None:
            self.bridge.stop()
            self.bridge = None
        vault, self.vault, self.ws, self.desk = self.vault, None, None, None
        self.window.locked()
        if is_demo(self.data_dir):
            self._demo_sign_in_hints()
        if vault is not None:
            self.worker.submit(vault.lock)

    def shutdown(self) -> None:
        self.lock()
        if self.demo_hub is not None:
            self.worker.call(self.demo_hub.stop)
        self.worker.shutdown()
