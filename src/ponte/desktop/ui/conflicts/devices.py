"""DevicesView: the workstations of this centre that share its case files.

Adding a workstation takes two files carried by hand (USB stick): the new workstation
writes a *join request*; an amministratrice here accepts it after comparing the code shown
on both screens, which writes a *join offer* for the new workstation to open. Removing a
workstation stops it receiving anything written afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponte.app.replication import Device, Replication, fingerprint
from ponte.core.errors import PonteError
from ponte.core.fsutil import atomic_write
from ponte.desktop.access.fit import fit_columns
from ponte.desktop.access.reflow import Wrap
from ponte.desktop.i18n import error_text
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.common import fmt_day

FILTER = "Ponte (*.ponte-device)"


class DevicesView(QWidget):
    devices_changed = Signal()

    def __init__(
        self, runner: TaskRunner, replication: Replication, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.replication = replication
        self.devices: list[Device] = []
        self.me = replication.ws.vault.device_id
        title = QLabel(self.tr("Workstations of this centre"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "These workstations share the centre's case files, encrypted end to end: "
                "the hub passes them on without being able to read them."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setAccessibleName(self.tr("Workstations"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Workstation"), self.tr("Added"), self.tr("State"), self.tr("Check code")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        fit_columns(self.table.horizontalHeader())  # titles whole; the table scrolls if need be
        self.request_button = QPushButton(self.tr("Ask to join…"))
        self.accept_button = QPushButton(self.tr("Add a workstation…"))
        self.offer_button = QPushButton(self.tr("Open a join offer…"))
        self.remove_button = QPushButton(self.tr("Remove workstation"))
        for b in (self.request_button, self.accept_button, self.offer_button, self.remove_button):
            b.setAccessibleName(b.text().rstrip("…"))
        self.request_button.clicked.connect(self._on_request_button_clicked)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.offer_button.clicked.connect(self._on_offer_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Status"))
        # One row while it fits, more rows at a large text size (WCAG 1.4.10).
        buttons = Wrap(
            self.accept_button, self.remove_button, self.request_button, self.offer_button
        )
        root = QVBoxLayout(self)
        root.addWidget(title)
        root.addWidget(intro)
        root.addWidget(self.table, 1)
        root.addWidget(buttons)
        root.addWidget(self.status)

    # ------------------------------------------------------------ file choice (patchable)
    def ask_save_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save file"), suggested, FILTER)
        return Path(path) if path else None

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open file"), "", FILTER)
        return Path(path) if path else None

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        self._run(self.replication.devices, self._on_loaded)

    def _on_loaded(self, found: Any) -> None:
        self.devices = list(found)
        self.table.setRowCount(len(self.devices))
        for row, d in enumerate(self.devices):
            name = d.name + (self.tr(" (this one)") if d.device_id == self.me else "")
            state = self.tr("removed") if d.removed_at else self.tr("active")
            for col, text in enumerate((name, fmt_day(d.added_at), state, fingerprint(d))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.request_button.setEnabled(not self.devices)
        self.offer_button.setEnabled(not self.devices)
        if not self.devices:
            self.status.setText(
                self.tr("This workstation does not share case files with others yet.")
            )

    def _run(self, job: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Vault work for this screen; its outcome is dropped if the screen is gone (a lock)."""
        self.runner.run(job, on_done, self._on_error, owner=self)

    def _on_error(self, exc: PonteError) -> None:
        self.status.setText(error_text(exc))

    def _done(self, message: str) -> Any:
        def done(_: object) -> None:
            self.status.setText(message)
            self.devices_changed.emit()
            self.refresh()

        return done

    # ------------------------------------------------------------ actions
    def _on_request_button_clicked(self) -> None:
        path = self.ask_save_path("join-request.ponte-device")
        if path is None:
            return

        def write() -> str:
            data = self.replication.join_request()
            atomic_write(path, data)
            return fingerprint(self.replication.this_device())

        def done(code: object) -> None:
            self.status.setText(
                self.tr(
                    "Join request saved. Take it to an administrator of the centre; "
                    "the code on her screen must be %1."
                ).replace("%1", str(code))
            )

        self._run(write, done)

    def _on_accept_button_clicked(self) -> None:
        source = self.ask_open_path()
        if source is None:
            return
        try:
            new = Replication.read_request(source.read_bytes())
        except (PonteError, OSError) as exc:
            self.status.setText(
                error_text(exc) if isinstance(exc, PonteError) else self.tr("Cannot read it.")
            )
            return
        question = (
            self.tr("Add the workstation “%1”? Its screen must show the code %2.")
            .replace("%1", new.name)
            .replace("%2", fingerprint(new))
        )
        if not self.confirm(question):
            return
        target = self.ask_save_path("join-offer.ponte-device")
        if target is None:
            return
        data = source.read_bytes()

        def accept() -> None:
            atomic_write(target, self.replication.accept_join(data))

        self._run(
            accept,
            self._done(self.tr("Added. Open the join offer on the new workstation.")),
        )

    def _on_offer_button_clicked(self) -> None:
        source = self.ask_open_path()
        if source is None:
            return
        data = source.read_bytes()
        self._run(
            lambda: self.replication.accept_offer(data),
            self._done(
                self.tr("Joined. The centre's case files arrive with the next synchronisation.")
            ),
        )

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.devices):
            self.status.setText(self.tr("Choose a workstation in the list first."))
            return
        device = self.devices[row]
        question = self.tr("Remove “%1”? It will receive nothing written from now on.").replace(
            "%1", device.name
        )
        if not self.confirm(question):
            return
        self._run(
            lambda: self.replication.remove_device(device.device_id),
            self._done(self.tr("Removed. New case data is locked with a new key.")),
        )
