"""What signing in opens, built in one job on the vault thread.

The desktop never waits on the vault thread (Anki's ``taskman``: a job, then a callback on
the GUI thread). Opening the vault, reading who she is and what this workstation is, and
wiring the sync round are therefore one function, :func:`open_session`, that the desktop
submits as one task; the GUI receives a :class:`Session` and only then builds its screens.

A ``Session`` is the desktop's door to the vault: the facades it holds run their methods on
the vault thread and speak as the signed-in account. The desktop never touches ``vault.db``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ponte.app.administration import Administration
from ponte.app.background import BackgroundSync, OnVault
from ponte.app.casework import Casework
from ponte.app.forms import CentreForms
from ponte.app.outcomes import Outcomes
from ponte.app.privacy import Privacy
from ponte.app.statistics import Statistics
from ponte.app.workstation import Workstation
from ponte.core.enums import ServiceType
from ponte.storage import paths
from ponte.storage.accounts import Account, Role
from ponte.storage.recovery import SharesInTurn, parse_recovery_key
from ponte.storage.vault import Vault, check_passphrase
from ponte.storage.worker import VaultWorker

__all__ = [
    "Session",
    "SharesInTurn",
    "VaultWorker",
    "check_recovery_key",
    "create_vault",
    "open_session",
    "paths",
    "recover",
    "sign_in",
    "vault_exists",
]

#: Roles that oversee the centre: privacy, retention, the audit log, reports to the network.
OVERSEERS = (Role.AMMINISTRATRICE, Role.COORDINATRICE)


@dataclass(frozen=True)
class Session:
    """One signed-in account on this workstation, until the vault locks."""

    vault: Vault
    ws: Workstation
    desk: Casework
    admin: Administration
    privacy: Privacy
    stats: Statistics
    forms: CentreForms  # the centre's own fields
    outcomes: Outcomes  # follow-ups and outcome indicators
    enrolled: bool
    service: ServiceType
    background: BackgroundSync | None  # a sync round's wiring, when enrolled

    @property
    def account(self) -> Account:
        return self.vault.account

    @property
    def device_id(self) -> str:
        return self.vault.device_id

    @property
    def oversees(self) -> bool:
        """Sees the whole centre: privacy, retention, audit log, reports to the network."""
        return self.vault.account.role in OVERSEERS

    def close(self) -> None:
        """Lock the vault (on the vault thread); every facade of this session stops working."""
        self.vault.lock()


def open_session(vault: Vault, on_vault: OnVault) -> Session:
    """Everything the screens need after sign-in (run it on the vault thread).

    ``on_vault`` runs a database step on the vault thread from another thread (the sync
    thread's way back); it is only stored here, never called.
    """
    ws = Workstation(vault)
    enrolled = ws.enrolled
    service = ServiceType(ws.identity.service_type) if enrolled else ServiceType.CAV
    return Session(
        vault=vault,
        ws=ws,
        desk=Casework(vault, ws),
        admin=Administration(vault),
        privacy=Privacy(vault),
        stats=Statistics(vault),
        forms=CentreForms(vault),
        outcomes=Outcomes(vault),
        enrolled=enrolled,
        service=service,
        background=BackgroundSync(ws, on_vault) if enrolled else None,
    )


def vault_exists(data_dir: Path) -> bool:
    return Vault.exists(data_dir)


def create_vault(data_dir: Path, user: str, name: str, passphrase: str) -> tuple[Vault, str]:
    """A new vault with its first account; returns it and the recovery key (shown once)."""
    return Vault.create(data_dir, username=user, display_name=name, passphrase=passphrase)


def sign_in(data_dir: Path, user: str, passphrase: str) -> Vault:
    return Vault.unlock(data_dir, user, passphrase)


def check_recovery_key(text: str) -> None:
    """RecoveryKeyMistyped if the typed key cannot be right (its check group says so): cheap,
    no key derivation, so a typo is caught before she chooses a new passphrase."""
    parse_recovery_key(text)


def recover(
    data_dir: Path,
    user: str,
    new_passphrase: str,
    secret: str | SharesInTurn,
) -> Vault:
    """She forgot her passphrase: the recovery key (a ``str``) or enough custodians' shares
    open the vault, her account gets ``new_passphrase``, and she is signed in with it.

    The new passphrase is checked before anything is opened; the reset is audited as done by
    ``recovery``; the recovery session is locked before she signs in as herself.
    """
    check_passphrase(new_passphrase)
    if isinstance(secret, SharesInTurn):
        rescue = Vault.unlock_with_shares(data_dir, secret.mnemonics())
    else:
        rescue = Vault.unlock_with_recovery(data_dir, secret)
    try:
        rescue.reset_passphrase(rescue.account_named(user).id, new_passphrase)
    finally:
        rescue.lock()
    return Vault.unlock(data_dir, user.strip(), new_passphrase)
