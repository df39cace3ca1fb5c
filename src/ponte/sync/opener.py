"""The Opener the engine uses: verify against the signed directory, decrypt with our keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ponte.core.clock import Clock
from ponte.core.directory import Directory
from ponte.core.keys import RecipientPrivateKey
from ponte.core.sealing import open_packet
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

    def _lookup(self, member: str, key_id: str) -> Ed25519PublicKey | None:
        return self._directory().signing_key(member, key_id)

    def open(self, raw: bytes) -> Received:
        opened = open_packet(
            raw,
            my_id=self.my_id,
            my_keys=self.my_keys,
            sender_key_lookup=self._lookup,
            seen=self._seen,
            now=self.clock.now(),
        )
        h = opened.header
        return Received(h.id, h.sender, h.type, opened.payload)
