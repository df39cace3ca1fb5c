"""What the sync engine needs from the vault, as protocols (the engine never imports storage).

The composition root (``app/background.py``, ``app/workstation.py``) implements them over
``storage.outbox``, ``storage.inbox`` and ``storage.syncstate``; in the desktop each call
runs on the vault thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from ponte.core.directory import Directory
from ponte.core.packet import Header

# Outbox states, stored per packet and shown to people in plain words (docs/sync.md).
QUEUED = "queued"  # sealed and stored, not yet accepted by the hub
SENT = "sent"  # accepted by the hub, its signed receipt verified
ACKNOWLEDGED = "acknowledged"  # the recipient replied (a status packet came back)
EXPIRED = "expired"  # its expiry passed before the hub accepted it
FAILED = "failed"  # the hub refused it for good, in a refusal signed by the hub key
REFUSED = "refused"  # the recipient's Ponte refused it, in a signed refusal (reason stored)
CANCELLED = "cancelled"  # what it carries was withdrawn before it left: not sent


class PendingPacket(Protocol):
    @property
    def packet_id(self) -> str: ...
    @property
    def data(self) -> bytes: ...
    @property
    def attempts(self) -> int: ...


@dataclass(frozen=True)
class Received:
    """A packet whose sender's signature verified: opened, or refused for good.

    ``header`` is authenticated, so its id may be stored and checked for replay."""

    packet_id: str
    sender: str
    type: str
    payload: dict[str, Any] | None  # None when refused
    refused: str | None = None  # the error kind when refused
    header: Header | None = None


@dataclass(frozen=True)
class Refusal:
    """Bytes refused before anyone could be shown to have sent them (damaged, malformed,
    a bad signature). Known by the SHA-256 of the bytes, never by the id they claim."""

    sha256: str
    reason: str  # the error kind
    claimed_id: str = ""  # what the header says, if it could be read: not trusted
    sender: str = ""
    type: str = ""


class Outbox(Protocol):
    def pending(self, limit: int, now: datetime) -> Sequence[PendingPacket]:
        """Queued packets in the order they were created; expired ones are marked first."""
        ...

    def sent(self, packet_id: str, receipt: bytes, at: datetime) -> None: ...

    def failed(self, packet_id: str, reason: str, at: datetime) -> None: ...

    def attempted(self, packet_id: str, at: datetime) -> None: ...

    def queued_count(self) -> int: ...


class Inbox(Protocol):
    def has(self, sender: str, packet_id: str) -> bool:
        """Is this sender's packet with this id stored (the replay check, and what makes
        re-pulls harmless)? Ids are unique per sender: another member's packet under the
        same id is another packet. Asked only once a packet's signature verified."""
        ...

    def store(self, item: Received, raw: bytes, at: datetime) -> bool:
        """Store and apply, idempotently by sender and packet id; False when it was there.
        An authenticated refusal is stored too, and answered through the refusal seam."""
        ...

    def refuse(self, refusal: Refusal, at: datetime, header: Header | None = None) -> bool:
        """Record bytes refused for good, by their hash; False when already recorded. With
        the (authenticated) ``header``, the refusal seam is called in the same transaction."""
        ...

    def was_refused(self, sha256: str) -> bool: ...

    def park(self, refusal: Refusal, raw: bytes, at: datetime) -> None:
        """Keep a packet *file* that cannot be opened yet (its sender's key is not in this
        copy of the directory); it is tried again when the directory changes."""
        ...

    def parked(self) -> Sequence[tuple[str, bytes]]:
        """``(key, raw)`` of every parked packet, oldest first."""
        ...

    def unpark(self, key: str) -> None: ...


class DirectoryCache(Protocol):
    """The signed directory kept in the vault: verified, with the ETag it was served with."""

    def kept(self) -> tuple[Directory, str | None] | None:
        """The copy kept last time and its ETag, or None before the first fetch."""
        ...

    def keep(
        self, raw: bytes, etag: str | None, entries: Sequence[dict[str, Any]] = ()
    ) -> Directory:
        """Verify a directory fresh from the hub against the pinned key, keep and return it.
        ``entries``: the directory log's entries from the copy kept before to this one
        (already checked against both), for what the workstation watches in them."""
        ...


class RetryState(Protocol):
    """Failed rounds in a row and when to try next, kept across restarts."""

    def load(self) -> tuple[int, datetime | None]: ...

    def save(self, failures: int, next_attempt: datetime | None) -> None: ...


class Opener(Protocol):
    def open(self, raw: bytes, directory: Directory) -> Received:
        """Verify and decrypt. Raises ``UnknownSender``/``DirectoryError`` when the sender's
        key is not in ``directory`` (not yet: try again), ``ReplayedPacket``, or another
        ``PacketError`` for bytes refused before the signature verified; a refusal after
        it is returned as ``Received(refused=kind)``."""
        ...
