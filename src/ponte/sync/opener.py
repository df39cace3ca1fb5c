"""The Opener the engine uses: verify against the signed directory, decrypt with our keys.

A packet refused *after* its sender's signature verified (expired, cannot be decrypted, a
bad payload) is returned as ``Received(refused=kind, header=…)``: its header is the
sender's, so the sender may be told (a signed refusal, ``app/workstation.py``). Anything
refused before that is raised, and nobody is answered (no reflection).
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
        directory: Callable[[], Directory],
        seen: Callable[[str], bool],
        clock: Clock,
    ) -> None:
        self.my_id = my_id
        self.my_keys = list(my_keys)
        self._directory = directory
        self._seen = seen
        self.clock = clock

    def open(self, raw: bytes) -> Received:
        packet = parse(raw)
        lookup = self._directory().signing_key  # one copy of the directory per packet
        check_envelope(packet, sender_key_lookup=lookup)  # raises: unauthenticated
        header = packet.header
        try:
            opened = open_packet(
                raw,
                my_id=self.my_id,
                my_keys=self.my_keys,
                sender_key_lookup=lookup,
                seen=self._seen,
                now=self.clock.now(),
            )
        except ReplayedPacket:
            raise
        except PacketError as exc:  # after the signature verified: the header is the sender's
            return Received(header.id, header.sender, header.type, None, exc.kind, header)
        h = opened.header
        return Received(h.id, h.sender, h.type, opened.payload, None, h)
