"""Change sets arriving from the hub (inside a packet) or in a replica file.

Checks before anything is applied: the set is for this centre, it comes from one of its
devices that has not been removed (for a hub packet: the device registered under the
packet's verified sender; for a file: the file's signature by that device's key), and it
opens under a replication key of the stated epoch. Then ``stream.receive`` merges it.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ponte.core import replica_box
from ponte.core.errors import (
    DecryptionFailed,
    MalformedPacket,
    NotFound,
    PacketError,
    UnknownSender,
)
from ponte.core.keys import ed25519_public
from ponte.storage.db import Database
from ponte.storage.replica import devices, stream
from ponte.storage.replica.devices import Device

Progress = Callable[[int, int], None]
_progress: weakref.WeakKeyDictionary[Database, Progress] = weakref.WeakKeyDictionary()


def on_progress(db: Database, callback: Progress | None) -> None:
    """Report snapshot parts as they are applied: ``callback(done, total)``."""
    if callback is None:
        _progress.pop(db, None)
    else:
        _progress[db] = callback


def _sender(db: Database, envelope: dict[str, Any]) -> Device:
    if envelope.get("centre") != devices.centre_id(db):
        raise MalformedPacket("replica set for another centre")
    try:
        device = devices.get(db, str(envelope["device"]))
    except (NotFound, KeyError) as exc:
        raise UnknownSender(str(envelope.get("device"))) from exc
    if not device.active:
        raise UnknownSender(f"device {device.device_id} was removed")
    return device


def _apply(db: Database, device: Device, body: Any, at: datetime) -> stream.Applied:
    if not isinstance(body, dict):
        raise MalformedPacket("replica set")
    if body.get("k") == "key":
        devices.add_key(db, int(body["epoch"]), bytes.fromhex(str(body["key"])), at)
        return stream.Applied()
    if body.get("k") == "bundle":
        total = stream.Applied()
        for part in list(body["sets"]):
            out = _apply(db, device, part, at)
            total.changes += out.changes
            total.skipped += out.skipped
            total.deleted |= out.deleted
        return total
    out = stream.receive(db, device.device_id, body)
    callback = _progress.get(db)
    if callback is not None and out.snapshot_part is not None:
        part, parts = out.snapshot_part
        callback(part + 1, parts)
    return out


def _wait(db: Database, member: str, envelope: dict[str, Any]) -> stream.Applied:
    """Keep a set from a device or key epoch not known here *yet* (the device list or the
    new key is still on its way from another device); retried after every applied set."""
    db.execute(
        "INSERT INTO replica_deferred (sender, body) VALUES (?, ?)",
        (f"packet:{member}", json.dumps(envelope, separators=(",", ":"))),
    )
    return stream.Applied(deferred=True)


def _open_packet(
    db: Database, member: str, envelope: dict[str, Any], at: datetime
) -> stream.Applied:
    if envelope.get("centre") != devices.centre_id(db):
        raise MalformedPacket("replica set for another centre")
    try:
        device = devices.get(db, str(envelope["device"]))
    except NotFound:
        return _wait(db, member, envelope)
    if not device.active:
        raise UnknownSender(f"device {device.device_id} was removed")
    if device.member_id != member:
        raise UnknownSender(f"{member} is not device {device.device_id}")
    try:
        key = devices.key_for(db, int(envelope["epoch"]))
    except DecryptionFailed:
        return _wait(db, member, envelope)
    return _apply(db, device, replica_box.open_box(key, envelope), at)


def _retry_waiting(db: Database, at: datetime) -> None:
    rows = db.query(
        "SELECT id, sender, body FROM replica_deferred WHERE sender LIKE 'packet:%' ORDER BY id"
    )
    for row in rows:
        db.execute("DELETE FROM replica_deferred WHERE id = ?", (row["id"],))
        try:
            _open_packet(db, str(row["sender"])[7:], json.loads(row["body"]), at)
        except PacketError:
            continue  # refused for good now (its device was removed)


def receive_packet(
    db: Database, member: str, envelope: dict[str, Any], at: datetime
) -> stream.Applied:
    """A hub packet from ``member`` (signature and HPKE already checked by the opener)."""
    try:
        with db.transaction():
            out = _open_packet(db, member, envelope, at)
            if not out.deferred:
                _retry_waiting(db, at)
            return out
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedPacket("replica set") from exc


def receive_file(db: Database, data: bytes, at: datetime) -> stream.Applied:
    """A replica file: its signature must be the sending device's."""
    envelope, signed, sig = replica_box.read_file(data)
    device = _sender(db, envelope)
    replica_box.verify(ed25519_public(device.signing_key), signed, sig)
    body = replica_box.open_box(devices.key_for(db, int(envelope["epoch"])), envelope)
    try:
        with db.transaction():
            out = _apply(db, device, body, at)
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedPacket("replica file") from exc
    stream.after_receive(db, out)
    return out
