"""What the sync engine needs from the vault, as protocols (the engine never imports storage).

The composition root (desktop, CLI, tests) implements them over ``storage.outbox`` and
``storage.inbox``; in the desktop each call is run on the vault thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from ponte.core.packet import Header

# Outbox states, stored per packet and shown to people in plain words.
QUEUED = "queued"  # sealed and stored, not yet accepted by the hub
SENT = "sent"  # accepted by the hub, receipt verified
ACKNOWLEDGED = "acknowledged"  # the recipient replied (a status packet came back)
EXPIRED = "expired"  # its expiry passed before the hub accepted it
FAILED = "failed"  # the hub refused it for good (reason stored)
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
    """An opened (or refused) packet, ready to be stored.

    ``header`` is set when the sender's signature verified: then the refusal may be told
    to that sender (never for bytes nobody can be shown to have sent)."""

    packet_id: str
    sender: str
    type: str
    payload: dict[str, Any] | None  # None when refused
    refused: str | None = None  # the error kind when refused
    header: Header | None = None


class Outbox(Protocol):
    def pending(self, limit: int, now: datetime) -> Sequence[PendingPacket]:
        """Queued packets in the order they were created; expired ones are marked first."""
        ...

    def sent(self, packet_id: str, receipt: bytes, at: datetime) -> None: ...

    def failed(self, packet_id: str, reason: str, at: datetime) -> None: ...

    def attempted(self, packet_id: str, at: datetime) -> None: ...

    def queued_count(self) -> int: ...


class Inbox(Protocol):
    def has(self, packet_id: str) -> bool:
        """Already stored (the replay check, and what makes re-pulls harmless)."""
        ...

    def store(self, item: Received, raw: bytes, at: datetime) -> bool:
        """Store and apply, idempotently by packet id; False when it was already there."""
        ...


class Opener(Protocol):
    def open(self, raw: bytes) -> Received:
        """Verify and decrypt; raise a PacketError subclass when the packet is refused."""
        ...
