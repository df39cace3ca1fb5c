"""One packet in, from the hub or from a file: open it, store it, and say whether it may be
acknowledged. This module owns the acknowledgement rule (docs/sync.md):

    a packet is acknowledged only once it is stored as received, or refused for a reason
    that cannot change: the bytes themselves are bad.

"I do not know this sender yet" (a new member, a stale copy of the directory, no copy at
all) is not such a reason: the packet stays at the hub (or, from a file, is parked in the
vault) and is opened again once the directory knows its sender. Bytes refused before their
signature verified are recorded by their SHA-256, never under the id their header claims,
so a damaged copy cannot shadow the genuine packet.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ponte.core.clock import Clock
from ponte.core.directory import Directory
from ponte.core.errors import DirectoryError, PacketError, ReplayedPacket, UnknownSender
from ponte.core.packet import parse
from ponte.sync.ports import Inbox, Opener, Refusal

STORED = "stored"
DUPLICATE = "already_received"
WAITING = "waiting"  # not yet: its sender is not in this copy of the directory
REFUSED = "refused"


@dataclass(frozen=True)
class Handled:
    outcome: str  # STORED, DUPLICATE, WAITING or REFUSED
    kind: str = ""  # the refusal's or the wait's reason (an error kind)

    @property
    def ack(self) -> bool:
        """May the hub delete it? Everything but a packet that waits for its sender."""
        return self.outcome != WAITING

    @property
    def word(self) -> str:
        """What a person importing a file is told, in a word."""
        return self.kind if self.outcome == REFUSED else self.outcome


class Receiver:
    def __init__(self, *, inbox: Inbox, opener: Opener, clock: Clock) -> None:
        self.inbox = inbox
        self.opener = opener
        self.clock = clock

    def receive(self, raw: bytes, directory: Directory | None) -> Handled:
        digest = hashlib.sha256(raw).hexdigest()
        if self.inbox.was_refused(digest):
            return Handled(DUPLICATE)
        if directory is None:
            return Handled(WAITING, DirectoryError.kind)
        try:
            received = self.opener.open(raw, directory)
        except ReplayedPacket:
            return Handled(DUPLICATE)
        except (UnknownSender, DirectoryError) as exc:
            return Handled(WAITING, exc.kind)
        except PacketError as exc:
            self.inbox.refuse(_refusal(raw, digest, exc.kind), self.clock.now())
            return Handled(REFUSED, exc.kind)
        if not self.inbox.store(received, raw, self.clock.now()):
            return Handled(DUPLICATE)
        if received.refused:
            return Handled(REFUSED, received.refused)
        return Handled(STORED)

    def receive_file(self, raw: bytes, directory: Directory | None) -> Handled:
        """As :meth:`receive`; a packet that cannot be opened yet is parked in the vault."""
        handled = self.receive(raw, directory)
        if handled.outcome == WAITING:
            digest = hashlib.sha256(raw).hexdigest()
            self.inbox.park(_refusal(raw, digest, handled.kind), raw, self.clock.now())
        return handled

    def retry_parked(self, directory: Directory) -> list[Handled]:
        """Parked packet files, tried again with a directory that changed. One whose sender
        is still unknown when its (claimed) expiry has passed can never open: refused."""
        done = []
        for key, raw in self.inbox.parked():
            handled = self.receive(raw, directory)
            if handled.outcome == WAITING and _expired(raw, self.clock):
                digest = hashlib.sha256(raw).hexdigest()
                self.inbox.refuse(_refusal(raw, digest, handled.kind), self.clock.now())
                handled = Handled(REFUSED, handled.kind)
            if handled.outcome != WAITING:
                self.inbox.unpark(key)
                done.append(handled)
        return done


def _refusal(raw: bytes, digest: str, reason: str) -> Refusal:
    """What the (unauthenticated) header claims, when it can be read at all."""
    try:
        h = parse(raw).header
    except PacketError:
        return Refusal(digest, reason)
    return Refusal(digest, reason, h.id, h.sender, h.type)


def _expired(raw: bytes, clock: Clock) -> bool:
    try:
        return parse(raw).header.expires_at <= clock.now()
    except PacketError:
        return True
