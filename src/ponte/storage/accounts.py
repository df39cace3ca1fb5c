"""Staff accounts and roles (the rows; their key slots are in ``keyslots``)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.errors import AccountError, NotFound
from ponte.core.ids import new_id
from ponte.storage.db import Database, SqlIntegrityError


class Role(enum.StrEnum):
    OPERATRICE = "operatrice"
    COORDINATRICE = "coordinatrice"
    AMMINISTRATRICE = "amministratrice"


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    display_name: str
    role: Role


#: The actor recorded when the vault was opened with the recovery key or shares.
RECOVERY_ACCOUNT = Account(
    id="recovery", username="recovery", display_name="Recovery", role=Role.AMMINISTRATRICE
)


def _row(row: object) -> Account:
    r = row  # sqlcipher3.Row
    return Account(
        id=r["id"],  # type: ignore[index]
        username=r["username"],  # type: ignore[index]
        display_name=r["display_name"],  # type: ignore[index]
        role=Role(r["role"]),  # type: ignore[index]
    )


def insert(db: Database, *, username: str, display_name: str, role: Role, at: datetime) -> Account:
    username = username.strip()
    if not username or not display_name.strip():
        raise AccountError("username and name are required")
    account = Account(new_id(), username, display_name.strip(), Role(role))
    try:
        db.execute(
            "INSERT INTO accounts (id, username, display_name, role, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (account.id, account.username, account.display_name, account.role.value, rfc3339(at)),
        )
    except SqlIntegrityError as exc:
        raise AccountError("that username is taken") from exc
    return account


def get(db: Database, account_id: str) -> Account:
    row = db.query_one("SELECT * FROM accounts WHERE id = ? AND removed_at IS NULL", (account_id,))
    if row is None:
        raise NotFound(f"account {account_id}")
    return _row(row)


def active(db: Database) -> list[Account]:
    rows = db.query("SELECT * FROM accounts WHERE removed_at IS NULL ORDER BY username")
    return [_row(r) for r in rows]


def mark_removed(db: Database, account_id: str, at: datetime) -> None:
    db.execute(
        "UPDATE accounts SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
        (rfc3339(at), account_id),
    )
