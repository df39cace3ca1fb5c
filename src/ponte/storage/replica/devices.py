"""The centre's devices and its replication keys.

The device list is itself replicated (the ``replica_devices`` table has capture triggers),
so adding or removing a device on one workstation reaches all the others. Keys are not:
a new key (a new *epoch*) travels to each remaining device sealed to that device alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ponte.core import replica_box
from ponte.core.clock import rfc3339
from ponte.core.errors import (
    AlreadyJoined,
    DecryptionFailed,
    JoinNeedsEmptyVault,
    NotFound,
    NotJoined,
)
from ponte.core.ids import new_id
from ponte.storage.db import Database
from ponte.storage.replica import state

_COLS = "device_id, member_id, name, signing_key, encryption_key, added_at, added_by, removed_at"


@dataclass(frozen=True)
class Device:
    device_id: str
    member_id: str
    name: str
    signing_key: str  # raw Ed25519 public, hex
    encryption_key: str  # raw X25519 public, hex
    added_at: str = ""
    added_by: str = ""
    removed_at: str | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None

    def row(self) -> tuple[str | None, ...]:
        return (
            self.device_id, self.member_id, self.name, self.signing_key, self.encryption_key,
            self.added_at, self.added_by, self.removed_at,
        )  # fmt: skip


def centre_id(db: Database) -> str | None:
    return state.get(db, "centre_id")


def list_devices(db: Database) -> list[Device]:
    rows = db.query(f"SELECT {_COLS} FROM replica_devices ORDER BY added_at, device_id")
    return [Device(*tuple(r)) for r in rows]


def get(db: Database, device_id: str) -> Device:
    row = db.query_one(f"SELECT {_COLS} FROM replica_devices WHERE device_id = ?", (device_id,))
    if row is None:
        raise NotFound(f"device {device_id}")
    return Device(*tuple(row))


def by_member(db: Database, member_id: str) -> Device | None:
    row = db.query_one(f"SELECT {_COLS} FROM replica_devices WHERE member_id = ?", (member_id,))
    return None if row is None else Device(*tuple(row))


def peers(db: Database, me: str) -> list[Device]:
    """The other active devices: the ones this device sends its changes to."""
    return [d for d in list_devices(db) if d.active and d.device_id != me]


def _insert(db: Database, d: Device) -> None:
    db.execute(
        f"INSERT INTO replica_devices ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id) DO NOTHING",
        d.row(),
    )


def add_key(db: Database, epoch: int, key: bytes, at: datetime) -> None:
    db.execute(
        "INSERT INTO replica_keys (epoch, key, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (epoch) DO NOTHING",
        (epoch, key, rfc3339(at)),
    )


def keys(db: Database) -> list[tuple[int, bytes]]:
    return [
        (int(r[0]), bytes(r[1]))
        for r in db.query("SELECT epoch, key FROM replica_keys ORDER BY epoch")
    ]


def current_key(db: Database) -> tuple[int, bytes]:
    row = db.query_one("SELECT epoch, key FROM replica_keys ORDER BY epoch DESC LIMIT 1")
    if row is None:
        raise NotJoined()
    return int(row[0]), bytes(row[1])


def key_for(db: Database, epoch: int) -> bytes:
    value = db.scalar("SELECT key FROM replica_keys WHERE epoch = ?", (epoch,))
    if value is None:
        raise DecryptionFailed(f"no replication key of epoch {epoch}")
    return bytes(value)


def _new_epoch(db: Database, at: datetime) -> tuple[int, bytes]:
    last = db.scalar("SELECT max(epoch) FROM replica_keys")
    epoch = max(int(at.timestamp() * 1000), int(last or 0) + 1)  # unique across devices
    key = replica_box.new_key()
    add_key(db, epoch, key, at)
    return epoch, key


def _announce_staff(db: Database) -> None:
    """This workstation's staff names, made before capture began, go out as new rows."""
    db.execute(
        "INSERT INTO replica_pending (tbl, rk, op, col, value)"
        " SELECT 'replica_staff', account_id, 'ins', NULL, NULL FROM replica_staff"
        " WHERE device_id = (SELECT value FROM vault_meta WHERE key = 'device_id')"
    )


def found(db: Database, me: Device, at: datetime) -> str:
    """Make this device the first of its centre's devices (idempotent); the centre id."""
    existing = centre_id(db)
    if existing is not None:
        return existing
    with db.transaction():
        cid = new_id()
        state.put(db, "centre_id", cid)
        state.put(db, "joined", "1")
        state.capture(db, True)  # from here on every write is a change (this row too)
        _new_epoch(db, at)
        _insert(db, me)
        _announce_staff(db)
    return cid


def add(db: Database, device: Device) -> None:
    """An amministratrice accepted ``device`` (replicates to the other devices)."""
    if device.device_id in {d.device_id for d in list_devices(db)}:
        raise AlreadyJoined()
    _insert(db, device)


def remove(db: Database, device_id: str, at: datetime) -> tuple[int, bytes]:
    """Mark a device removed and start a new key epoch it will never receive."""
    get(db, device_id)
    with db.transaction():
        db.execute(
            "UPDATE replica_devices SET removed_at = ? WHERE device_id = ? AND removed_at IS NULL",
            (rfc3339(at), device_id),
        )
        db.execute("DELETE FROM replica_peers WHERE device = ?", (device_id,))
        return _new_epoch(db, at)


def join(
    db: Database, centre: str, key_list: list[tuple[int, bytes]], devices: list[Device],
    at: datetime,
) -> None:  # fmt: skip
    """This (empty) device joins ``centre``: keys and device list from the offer; the case
    data follows as a snapshot."""
    if centre_id(db) is not None:
        raise AlreadyJoined()
    if db.scalar("SELECT count(*) FROM persons") != 0:
        raise JoinNeedsEmptyVault()
    with db.transaction():
        state.put(db, "centre_id", centre)
        state.put(db, "joined", "0")
        for epoch, key in key_list:
            add_key(db, epoch, key, at)
        for d in devices:
            _insert(db, d)  # not captured yet: capture starts just below
        state.capture(db, True)
        _announce_staff(db)
