"""``ponte vault check``: database integrity, the audit chain and the key slots."""

from __future__ import annotations

import stat
from dataclasses import dataclass

from ponte.core.errors import AuditChainBroken, VaultCorrupt
from ponte.storage import accounts, audit
from ponte.storage.keyslots import KIND_ACCOUNT, KIND_RECOVERY
from ponte.storage.vault import KEYS_NAME, Vault, vault_dir


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str = ""


def check_vault(vault: Vault) -> list[CheckResult]:
    results = []
    integrity = vault.db.query("PRAGMA integrity_check")
    bad = [r[0] for r in integrity if r[0] != "ok"]
    results.append(CheckResult("database integrity", not bad, "; ".join(bad[:3])))
    try:
        count, head = audit.verify_chain(vault.db)
        results.append(CheckResult("audit chain", True, f"{count} entries, head {head.hex()[:16]}"))
    except AuditChainBroken as exc:
        results.append(CheckResult("audit chain", False, exc.detail or ""))
    results.extend(_check_slots(vault))
    return results


def _check_slots(vault: Vault) -> list[CheckResult]:
    sidecar = vault.sidecar
    results = []
    mode = stat.S_IMODE((vault_dir(vault.data_dir) / KEYS_NAME).stat().st_mode)
    results.append(CheckResult("key file is private", mode & 0o077 == 0, f"mode {mode:04o}"))
    active = {a.id for a in accounts.active(vault.db)}
    slotted = {s.account_id for s in sidecar.slots if s.kind == KIND_ACCOUNT}
    results.append(
        CheckResult(
            "every account has a key slot",
            active <= slotted,
            f"{len(active - slotted)} without a slot" if active - slotted else "",
        )
    )
    results.append(
        CheckResult(
            "no key slot for a removed account",
            slotted <= active,
            f"{len(slotted - active)} orphan slots" if slotted - active else "",
        )
    )
    results.append(CheckResult("one recovery slot", len(sidecar.by_kind(KIND_RECOVERY)) == 1, ""))
    try:
        opened = _own_slot_opens_current_key(vault)
    except VaultCorrupt as exc:
        opened, why = False, exc.detail or ""
    else:
        why = ""
    results.append(CheckResult("key slots hold the current database key", opened, why))
    return results


def _own_slot_opens_current_key(vault: Vault) -> bool:
    """Every slot's envelopes are well formed; more than one means an unfinished rekey."""
    return all(len(s.envelopes) == 1 and len(s.envelopes[0]) > 32 for s in vault.sidecar.slots)
