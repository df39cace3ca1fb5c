"""Replication between the workstations (devices) of one centre, over the hub or files.

Qt-free: the desktop runs it on the vault thread. One centre's devices share its case
files; each device is a hub member of its own (enrolled with its own keys). See
docs/replication.md for the design; this module is the wiring:

- joining: the new, empty workstation writes a *join request* file (its device id, member
  id and public keys, self-signed); an amministratrice on an existing device accepts it,
  which adds the device (replicated to the others) and writes a *join offer* file sealed to
  the new device's key (centre id, replication keys, device list, signed) and queues a
  snapshot to it through the hub (or ``export_snapshot`` for a USB stick);
- every sync round (``app/background.py``, the desktop's and the CLI's) first seals what
  each peer has not been sent into packets in the outbox (persist before send), then runs
  the ordinary sync engine; a new device catches up with ``BackgroundSync.catch_up``;
- removing a device starts a new key epoch, sent sealed to each remaining device only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from ponte.app.workstation import Workstation
from ponte.core import canonical, replica_box
from ponte.core.clock import rfc3339
from ponte.core.errors import (
    AlreadyJoined,
    DirectoryError,
    HubError,
    InvitationForAnother,
    MalformedPacket,
    PermissionDenied,
    WorkstationIdTaken,
    WorkstationRemoved,
)
from ponte.core.fsutil import atomic_write
from ponte.core.keys import ed25519_public, raw_public, x25519_public
from ponte.core.signing import Context, sign
from ponte.storage import audit, outbox
from ponte.storage.accounts import Role
from ponte.storage.replica import conflicts as conflict_store
from ponte.storage.replica import devices, inbound, snapshot, state, stream
from ponte.storage.replica.conflicts import Conflict as Conflict
from ponte.storage.replica.conflicts import Side as Side
from ponte.storage.replica.devices import Device as Device

REQUEST_MAGIC = "ponte-join-request-v1"
OFFER_MAGIC = "ponte-join-offer-v1"
OFFER_INFO = b"ponte join offer v1"
REPLICA_TTL = timedelta(days=60)
SUFFIX = ".ponte-replica"


def fingerprint(device: Device) -> str:
    """What two people compare on both screens before a device is accepted."""
    digest = hashlib.sha256(f"{device.signing_key}:{device.encryption_key}".encode()).hexdigest()
    return "-".join(digest[i : i + 4].upper() for i in range(0, 16, 4))


_CONTEXTS = {REQUEST_MAGIC: Context.DEVICE_REQUEST, OFFER_MAGIC: Context.DEVICE_OFFER}


def _signed(obj: dict[str, Any], ws: Workstation) -> bytes:
    context = _CONTEXTS[obj["magic"]]
    sig = sign(ws.identity.current.signing, context, canonical.dumps(obj)).hex()
    return canonical.dumps({**obj, "sig": sig})


def _unsigned(data: bytes, magic: str) -> tuple[dict[str, Any], bytes]:
    try:
        obj = json.loads(data)
        sig = bytes.fromhex(obj.pop("sig"))
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        raise MalformedPacket("not a Ponte device file") from exc
    if obj.get("magic") != magic:
        raise MalformedPacket("not a Ponte device file of this kind")
    return obj, sig


class Replication:
    def __init__(self, ws: Workstation) -> None:
        self.ws = ws

    @property
    def db(self) -> Any:
        return self.ws.vault.db

    # ------------------------------------------------------------ devices
    def this_device(self) -> Device:
        ident = self.ws.identity
        return Device(
            device_id=self.ws.vault.device_id,
            member_id=ident.member_id,
            name=ident.name,
            signing_key=raw_public(ident.current.signing.public_key()).hex(),
            encryption_key=raw_public(ident.current.encryption.public_key()).hex(),
            added_at=rfc3339(self.ws.clock.now()),
            added_by=self.ws.vault.account.id,
        )

    def devices(self) -> list[Device]:
        return devices.list_devices(self.db)

    def is_set_up(self) -> bool:
        return devices.centre_id(self.db) is not None

    def found(self) -> str:
        """Make this workstation the first of its centre's devices; the centre id."""
        self.ws.vault.require(Role.AMMINISTRATRICE)
        return devices.found(self.db, self.this_device(), self.ws.clock.now())

    def join_request(self) -> bytes:
        """The file a new (empty) workstation hands to an amministratrice."""
        if self.is_set_up():
            raise AlreadyJoined()
        return _signed({"magic": REQUEST_MAGIC, "device": asdict(self.this_device())}, self.ws)

    @staticmethod
    def read_request(data: bytes) -> Device:
        obj, sig = _unsigned(data, REQUEST_MAGIC)
        try:
            d = obj["device"]
            device = Device(
                str(d["device_id"]), str(d["member_id"]), str(d["name"]),
                str(d["signing_key"]), str(d["encryption_key"]),
            )  # fmt: skip
            replica_box.verify(
                ed25519_public(device.signing_key),
                canonical.dumps(obj),
                sig,
                Context.DEVICE_REQUEST,
            )
            x25519_public(device.encryption_key)
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedPacket("join request") from exc
        return device

    def accept_join(self, request: bytes) -> bytes:
        """Amministratrice: add the requesting device; returns the offer file for it.
        Its snapshot is queued for the hub at once (``export_snapshot`` for a USB stick)."""
        self.ws.vault.require(Role.AMMINISTRATRICE)
        new = self.read_request(request)
        now = self.ws.clock.now()
        me = self.this_device()
        devices.found(self.db, me, now)
        known = {d.device_id: d for d in devices.list_devices(self.db)}.get(new.device_id)
        if known is None:
            with self.db.transaction():
                added = Device(
                    new.device_id, new.member_id, new.name, new.signing_key,
                    new.encryption_key, rfc3339(now), self.ws.vault.account.id,
                )  # fmt: skip
                devices.add(self.db, added)
                state.put(self.db, f"snapshot_owed:{new.device_id}", "1")
                audit.record(
                    self.ws.vault.db,
                    self.ws.actor,
                    "device.add",
                    at=self.ws.clock.now(),
                    entity="device",
                    entity_id=new.device_id,
                )
        elif (known.signing_key, known.encryption_key) != (new.signing_key, new.encryption_key):
            raise WorkstationIdTaken()
        elif not known.active:
            raise WorkstationRemoved()
        sealed = replica_box.seal_to(
            x25519_public(new.encryption_key),
            json.dumps([[e, k.hex()] for e, k in devices.keys(self.db)]).encode(),
            OFFER_INFO,
        )
        offer = {
            "magic": OFFER_MAGIC,
            "centre": devices.centre_id(self.db),
            "to": new.device_id,
            "from": asdict(devices.get(self.db, me.device_id)),
            "devices": [asdict(d) for d in devices.list_devices(self.db)],
            "keys": sealed.hex(),
        }
        if self.ws.enrolled:
            with contextlib.suppress(HubError, DirectoryError):  # still owed: next round
                self._queue_snapshot(new)
        return _signed(offer, self.ws)

    def accept_offer(self, offer: bytes) -> None:
        """On the new workstation: join the centre the offer names."""
        self.ws.vault.require(Role.AMMINISTRATRICE)
        obj, sig = _unsigned(offer, OFFER_MAGIC)
        try:
            sponsor = Device(**obj["from"])
            replica_box.verify(
                ed25519_public(sponsor.signing_key), canonical.dumps(obj), sig, Context.DEVICE_OFFER
            )
            if obj["to"] != self.ws.vault.device_id:
                raise InvitationForAnother()
            plain = replica_box.open_with(
                self.ws.identity.current.encryption, bytes.fromhex(obj["keys"]), OFFER_INFO
            )
            keys = [(int(e), bytes.fromhex(k)) for e, k in json.loads(plain)]
            members = [Device(**d) for d in obj["devices"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedPacket("join offer") from exc
        devices.join(self.db, str(obj["centre"]), keys, members, self.ws.clock.now())
        audit.record(
            self.ws.vault.db,
            self.ws.actor,
            "device.join",
            at=self.ws.clock.now(),
            entity="device",
            entity_id=sponsor.device_id,
        )

    def remove_device(self, device_id: str) -> None:
        """Amministratrice: the device gets nothing written from now on (new key epoch)."""
        self.ws.vault.require(Role.AMMINISTRATRICE)
        if device_id == self.ws.vault.device_id:
            raise PermissionDenied("a workstation cannot remove itself")
        now = self.ws.clock.now()
        old_epoch, old_key = devices.current_key(self.db)
        with self.db.transaction():
            epoch, key = devices.remove(self.db, device_id, now)
            audit.record(
                self.ws.vault.db,
                self.ws.actor,
                "device.remove",
                at=self.ws.clock.now(),
                entity="device",
                entity_id=device_id,
            )
            body = {"k": "key", "epoch": epoch, "key": key.hex()}
            for peer in devices.peers(self.db, self.ws.vault.device_id):
                # Under the previous key, inside a packet sealed to this one device.
                self._enqueue(peer, body, epoch=old_epoch, key=old_key)

    # ------------------------------------------------------------ sending
    def _enqueue(
        self, peer: Device, body: dict[str, Any], *, epoch: int | None = None,
        key: bytes | None = None,
    ) -> str:  # fmt: skip
        if epoch is None or key is None:
            epoch, key = devices.current_key(self.db)
        envelope = replica_box.seal_box(
            key, str(devices.centre_id(self.db)), epoch, self.ws.vault.device_id, body,
            bulk=stream.bulky(body),
        )  # fmt: skip
        now = self.ws.clock.now()
        packet = self.ws.seal_to(peer.member_id, "replica", envelope, now=now)
        return outbox.enqueue(self.db, packet, at=now)

    def _queue_snapshot(self, peer: Device) -> int:
        with self.db.transaction():
            parts = snapshot.build(self.db)
            for body in parts:
                self._enqueue(peer, body)
            stream.mark_sent(self.db, peer.device_id, int(parts[-1]["upto"]))
            self.db.execute(
                "DELETE FROM replica_state WHERE key = ?", (f"snapshot_owed:{peer.device_id}",)
            )
        return len(parts)

    def queue_changes(self) -> int:
        """Seal what each peer has not been sent yet into the outbox; returns packets queued."""
        if not self.is_set_up() or not stream.joined(self.db):
            return 0
        # A set the hub has taken is never sent again (a lost one is re-made from the log,
        # ``_restart_if_lost``): its sealed copy, a document's megabytes among them, goes.
        self.db.execute(
            "UPDATE outbox SET data = x'' WHERE type = 'replica'"
            " AND state IN ('sent', 'acknowledged') AND length(data) > 0"
        )
        queued = 0
        for peer in devices.peers(self.db, self.ws.vault.device_id):
            if state.get(self.db, f"snapshot_owed:{peer.device_id}"):
                queued += self._queue_snapshot(peer)  # its join offer went out offline
            with self.db.transaction():
                self._restart_if_lost(peer)
                sets = stream.outgoing(self.db, peer.device_id, budget=stream.ROUND_BYTES)
                for body in sets:
                    self._enqueue(peer, body)
                if sets:
                    stream.mark_sent(self.db, peer.device_id, int(sets[-1]["to"]))
                queued += len(sets)
        return queued

    def _restart_if_lost(self, peer: Device) -> None:
        """A change set that expired or was refused for good never arrives: the peer would
        wait forever at that gap. Send it the whole log again instead (it skips what it
        has); the undeliverable packets go."""
        lost = self.db.execute(
            "DELETE FROM outbox WHERE type = 'replica' AND recipient = ?"
            " AND state IN ('expired', 'failed')",
            (peer.member_id,),
        ).rowcount
        if lost:
            self.db.execute("DELETE FROM replica_peers WHERE device = ?", (peer.device_id,))
            audit.record(
                self.ws.vault.db,
                self.ws.actor,
                "replica.resend",
                at=self.ws.clock.now(),
                entity="device",
                entity_id=peer.device_id,
                detail={"lost": lost},
            )

    # ------------------------------------------------------------ files
    def export_changes(self, folder: Path) -> Path:
        """Everything this device knows, in one signed file for the centre's devices."""
        with self.db.transaction():
            sets = stream.outgoing(self.db, "", after=0)
        return self._write(folder, "changes", {"k": "bundle", "sets": sets})

    def export_snapshot(self, folder: Path) -> Path:
        with self.db.transaction():
            parts = snapshot.build(self.db)
        return self._write(folder, "snapshot", {"k": "bundle", "sets": parts})

    def _write(self, folder: Path, what: str, body: dict[str, Any]) -> Path:
        epoch, key = devices.current_key(self.db)
        device = self.ws.vault.device_id
        envelope = replica_box.seal_box(
            key, str(devices.centre_id(self.db)), epoch, device, body, bulk=stream.bulky(body)
        )
        data = replica_box.seal_file(envelope, self.ws.identity.current.signing)
        stamp = self.ws.clock.now().strftime("%Y%m%dT%H%M%S")
        path = Path(folder) / f"{what}-{device[-8:]}-{stamp}{SUFFIX}"
        atomic_write(path, data)
        return path

    def import_file(self, path: Path) -> stream.Applied:
        return inbound.receive_file(self.db, Path(path).read_bytes(), self.ws.clock.now())

    # ------------------------------------------------------------ conflicts
    def conflicts(self, case_id: str | None = None) -> list[conflict_store.Conflict]:
        return conflict_store.open_conflicts(self.db, case_id)

    def resolve(self, conflict: conflict_store.Conflict, value: Any) -> None:
        tbl, rk, col = conflict.key
        conflict_store.resolve(self.db, self.ws.actor, tbl, rk, col, value, at=self.ws.clock.now())
