"""The Opener the engine uses: verify against the signed directory, decrypt with our keys.

What went wrong decides what happens next, so the opener tells apart:
- the sender or its key is not in this copy of the directory: ``UnknownSender`` is raised,
  and the receiver keeps the packet to try again (a new member, a stale copy);
- the bytes are bad before anyone can be shown to have sent them (structure, a bad
  signature): the ``PacketError`` is raised, and the refusal is keyed by the bytes' hash;
- the signature verified but the packet is refused (wrong recipient, expired, cannot be
  decrypted, bad payload): returned as ``Received(refused=kind)`` with the authenticated
  header, so the sender can be told (the refusal seam, docs/sync.md).

Ids are unique per sender (the hub's rule), so "already received" means: this id, from
this sender. The same id from another member is another packet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ponte.core.clock import Clock
from ponte.core.directory import Directory
from ponte.core.errors import PacketError, ReplayedPacket
from ponte.core.keys import RecipientPrivateKey
from ponte.core.packet import parse
from ponte.core.sealing import check_envelope, open_packet
from ponte.sync.ports import Received


class DirectoryOpener:
    def __init__(
        self,
        *,
        my_id: str,
        my_keys: Sequence[RecipientPrivateKey],
        seen: Callable[[str, str], bool],
        clock: Clock,
    ) -> None:
        self.my_id = my_id
        self.my_keys = list(my_keys)
        self._seen = seen
        self.clock = clock

    def open(self, raw: bytes, directory: Directory) -> Received:
        # Before the signature verified nothing is known about who sent these bytes: any
        # error is raised (UnknownSender: not yet; the rest: refused by the bytes' hash).
        packet = parse(raw)
        check_envelope(packet, sender_key_lookup=directory.signing_key)
        header = packet.header
        try:
            opened = open_packet(
                raw,
                my_id=self.my_id,
                my_keys=self.my_keys,
                sender_key_lookup=directory.signing_key,
                seen=lambda pid: self._seen(header.sender, pid),
                now=self.clock.now(),
            )
        except ReplayedPacket:
            raise
        except PacketError as exc:  # after the signature verified: the header is the sender's
            return Received(header.id, header.sender, header.type, None, exc.kind, header)
        h = opened.header
        return Received(h.id, h.sender, h.type, opened.payload, None, h)
