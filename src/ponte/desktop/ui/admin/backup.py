"""Backup and restore: write one encrypted file with progress (and Cancel), prove that a file
restores, and restore one after a strong confirmation.

Restore replaces the whole vault. It is proven first on a copy (opened with the person's
account and passphrase as they were in the backup, integrity and audit chain checked);
only then is the open vault locked and the copy swapped in. The view emits ``restored``
and the app must return to sign-in: the vault object it holds is locked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponte.app.administration import PROGRESS_TOTAL, Administration, BackupInfo
from ponte.core.errors import NoFileChosen, PonteError, UserCancelled
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.widgets import (
    ConfirmBar,
    FileField,
    OwnedTasks,
    Progress,
    StatusLine,
    at_right,
    buddy,
    explanation,
    title,
)
from ponte.desktop.ui.common import fmt_n, fmt_when

FILTER = "Ponte backup (*.pontebak)"


def _path(field: FileField) -> Path:
    if not field.path():
        raise NoFileChosen()
    return Path(field.path())


class BackupSection(QWidget):
    restored = Signal(str)  # what happened, in one line

    def __init__(
        self, tasks: TaskRunner, admin: Administration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = OwnedTasks(tasks, self)
        self.admin = admin
        self.progress = Progress(self)
        self.progress.changed.connect(self._on_progress_changed)
        # verify and restore: extraction progress, then busy while the copy is checked
        self.check_progress = Progress(self)
        self.check_progress.changed.connect(self._on_check_progress_changed)
        self.check_bar: QProgressBar | None = None

        # backup
        self.backup_file = FileField(self.tr("Backup file to write"), FILTER, save=True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.bar.setRange(0, PROGRESS_TOTAL)
        self.bar.setValue(0)
        self.backup_status = StatusLine()
        b_buttons = QHBoxLayout()
        b_buttons.addWidget(self.bar, 1)
        b_buttons.addWidget(self.cancel_button)
        b_buttons.addWidget(self.backup_button)
        b_form = QFormLayout()
        b_form.addRow(buddy(self.tr("&Write to"), self.backup_file.edit), self.backup_file)
        b_box = QGroupBox(self.tr("Back up"))
        b_layout = QVBoxLayout(b_box)
        b_layout.addWidget(
            explanation(
                self.tr(
                    "The backup is one encrypted file: it opens only with a passphrase of this "
                    "vault or its recovery key. Keep it on a drive that stays in the centre."
                )
            )
        )
        b_layout.addLayout(b_form)
        b_layout.addLayout(b_buttons)
        b_layout.addWidget(self.backup_status)

        # verify
        self.verify_file = FileField(self.tr("Backup file to verify"), FILTER, save=False)
        self.verify_pass = QLineEdit()
        self.verify_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_status = StatusLine()
        self.verify_bar = self._check_bar(self.tr("Verification progress"))
        v_form = QFormLayout()
        v_form.addRow(buddy(self.tr("Backup &file"), self.verify_file.edit), self.verify_file)
        v_form.addRow(buddy(self.tr("Your &passphrase"), self.verify_pass), self.verify_pass)
        v_form.addRow(at_right(self.verify_button))
        v_box = QGroupBox(self.tr("Verify a backup"))
        v_layout = QVBoxLayout(v_box)
        v_layout.addWidget(
            explanation(
                self.tr(
                    "Opens the backup on a scratch copy with your passphrase and checks it "
                    "exactly as a restore would. Nothing is replaced."
                )
            )
        )
        v_layout.addLayout(v_form)
        v_layout.addWidget(self.verify_bar)
        v_layout.addWidget(self.verify_status)

        # restore
        self.restore_file = FileField(self.tr("Backup file to restore"), FILTER, save=False)
        self.restore_user = QLineEdit(admin.account.username)
        self.restore_pass = QLineEdit()
        self.restore_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.confirm = ConfirmBar()
        self.confirm.confirmed.connect(self._on_confirm_confirmed)
        self.restore_status = StatusLine()
        self.restore_bar = self._check_bar(self.tr("Restore progress"))
        r_form = QFormLayout()
        r_form.addRow(buddy(self.tr("Backup fi&le"), self.restore_file.edit), self.restore_file)
        r_form.addRow(
            buddy(self.tr("Acc&ount in the backup"), self.restore_user), self.restore_user
        )
        r_form.addRow(buddy(self.tr("Its pa&ssphrase"), self.restore_pass), self.restore_pass)
        r_form.addRow(at_right(self.restore_button))
        r_box = QGroupBox(self.tr("Restore"))
        r_layout = QVBoxLayout(r_box)
        r_layout.addWidget(
            explanation(
                self.tr(
                    "Restoring replaces everything in this vault with the backup: work done "
                    "since the backup is lost. The backup is checked first; then Ponte locks "
                    "and you sign in again with a passphrase as it was in the backup."
                )
            )
        )
        r_layout.addLayout(r_form)
        r_layout.addWidget(self.confirm)
        r_layout.addWidget(self.restore_bar)
        r_layout.addWidget(self.restore_status)

        box = QVBoxLayout(self)
        box.addWidget(title(self.tr("Backup and restore")))
        box.addWidget(b_box)
        box.addWidget(v_box)
        box.addWidget(r_box)
        box.addStretch(1)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

    @staticmethod
    def _check_bar(name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setAccessibleName(name)
        bar.setRange(0, PROGRESS_TOTAL)
        bar.hide()
        return bar

    def _start_check(self, bar: QProgressBar) -> None:
        self.check_progress.reset()
        self.check_bar = bar
        bar.setRange(0, PROGRESS_TOTAL)
        bar.setValue(0)
        bar.show()

    def _end_check(self) -> None:
        if self.check_bar is not None:
            self.check_bar.hide()
        self.check_bar = None

    def _on_check_progress_changed(self, done: int, total: int) -> None:
        bar = self.check_bar
        if bar is None:
            return
        if done >= total:
            bar.setRange(0, 0)  # extracted: now opened and checked, no steps to count
        else:
            bar.setValue(done)

    def _on_progress_changed(self, done: int, total: int) -> None:
        if self.bar.maximum() != total:
            self.bar.setRange(0, total)
        self.bar.setValue(done)

    # ------------------------------------------------------------ backup
    def _on_backup_button_clicked(self) -> None:
        admin, progress = self.admin, self.progress
        if not self.backup_file.path():
            self.backup_status.error(self.tr("Choose where to write the backup."))
            return
        dest = Path(self.backup_file.path())
        progress.reset()
        self.bar.setValue(0)
        self.backup_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.backup_status.busy(self.tr("Backing up…"))
        self.tasks.run(
            lambda: admin.backup(dest, progress.report),
            self._backup_done,
            self._backup_failed,
        )

    def _on_cancel_button_clicked(self) -> None:
        self.progress.cancel()
        self.cancel_button.setEnabled(False)

    def _backup_done(self, info: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.bar.setValue(self.bar.maximum())
        self.backup_status.ok(
            self.tr("Backup written: %1 (%2 MB). Verify it, then keep it safe.")
            .replace("%1", str(info.path))
            .replace("%2", fmt_n(round(info.size / 1_000_000, 1)))
        )
        self.verify_file.edit.setText(str(info.path))

    def _backup_failed(self, exc: PonteError) -> None:
        self.backup_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.bar.setValue(0)
        if isinstance(exc, UserCancelled):
            self.backup_status.busy(self.tr("Backup cancelled: no file was written."))
        else:
            self.backup_status.error(exc)

    # ------------------------------------------------------------ verify
    def _on_verify_button_clicked(self) -> None:
        admin, secret = self.admin, self.verify_pass.text()
        field, report = self.verify_file, self.check_progress.report

        def check() -> BackupInfo:
            return admin.verify_backup(_path(field), secret, report)

        self.verify_button.setEnabled(False)
        self.verify_status.busy(self.tr("Verifying…"))
        self._start_check(self.verify_bar)
        self.tasks.run(check, self._verify_done, self._verify_failed)

    def _verify_done(self, info: BackupInfo) -> None:
        self._end_check()
        self.verify_pass.clear()
        self.verify_button.setEnabled(True)
        self.verify_status.ok(
            self.tr("The backup of %1 is complete and opens with your passphrase.").replace(
                "%1", fmt_when(info.created)
            )
        )

    def _verify_failed(self, exc: PonteError) -> None:
        self._end_check()
        self.verify_pass.clear()
        self.verify_button.setEnabled(True)
        self.verify_status.error(exc)

    # ------------------------------------------------------------ restore
    def _on_restore_button_clicked(self) -> None:
        if not self.restore_file.path() or not self.restore_pass.text():
            self.restore_status.error(self.tr("Choose the backup file and enter its passphrase."))
            return
        self.confirm.ask(
            self.tr(
                "Replace this vault with the backup? Everything recorded since that backup "
                "will be lost, and Ponte will lock when the restore is done."
            ),
            self.tr("Replace the vault"),
            typed=self.tr("RESTORE"),
        )

    def _on_confirm_confirmed(self) -> None:
        admin, user, secret = self.admin, self.restore_user.text().strip(), self.restore_pass.text()
        source = Path(self.restore_file.path())
        report = self.check_progress.report

        def run() -> BackupInfo:
            return admin.restore(source, user, secret, report)

        self.restore_button.setEnabled(False)
        self.restore_status.busy(self.tr("Checking the backup, then restoring…"))
        self._start_check(self.restore_bar)
        self.tasks.run(run, self._restore_done, self._restore_failed)

    def _restore_done(self, info: BackupInfo) -> None:
        self._end_check()
        self.restore_pass.clear()
        said = self.tr(
            "The archive was restored from the backup of %1. Sign in again to go on."
        ).replace("%1", fmt_when(info.created))
        self.restore_status.ok(said)
        self.restored.emit(said)  # the app locks: the sign-in screen repeats the sentence

    def _restore_failed(self, exc: PonteError) -> None:
        self._end_check()
        self.restore_pass.clear()
        self.restore_button.setEnabled(True)
        self.restore_status.error(exc)
