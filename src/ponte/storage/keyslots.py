"""Key slots: the sidecar file ``vault.keys`` that turns a passphrase into the database key.

Each slot holds an X25519 private key wrapped (ChaCha20-Poly1305) under a key-encryption
key derived from a passphrase with Argon2id, the matching public key in clear, and one or
more *envelopes*: the 32-byte database key sealed to that public key with HPKE (RFC 9180).

    passphrase --Argon2id--> KEK --AEAD--> slot private key --HPKE--> database key

The indirection is what lets ``rekey`` replace the database key and re-seal it to every
slot without knowing anyone's passphrase, and lets a passphrase change rewrite only the
one wrap. A slot may carry two envelopes while a rekey is under way (new first, old
second), so a crash at any point leaves a key that opens the database.

Account slots are labelled with HMAC-SHA256(salt, normalised username) so the file does
not list staff names; a thief can still test a guessed username (documented in
docs/vault.md). The sidecar is written atomically (temp, fsync, replace) with mode 0600.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from ponte.core.errors import VaultCorrupt, WrongPassphrase
from ponte.core.fsutil import atomic_write
from ponte.core.ids import new_id
from ponte.storage.kdf import SALT_BYTES, KdfParams, derive

FORMAT = "ponte-keys"
VERSION = 1
KIND_ACCOUNT = "account"
KIND_RECOVERY = "recovery"
KIND_SHARES = "shares"
_KINDS = frozenset({KIND_ACCOUNT, KIND_RECOVERY, KIND_SHARES})
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def normalise_username(username: str) -> str:
    return unicodedata.normalize("NFKC", username).strip().casefold()


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    account_id: str  # "" for recovery and shares slots
    label: str  # hex HMAC of the username for account slots, "" otherwise
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes  # AEAD(KEK, slot private key)
    public: bytes  # slot X25519 public key
    envelopes: tuple[bytes, ...]  # HPKE(db key) to ``public``; newest first

    def _aad(self) -> bytes:
        return f"ponte slot v{VERSION}\x00{self.id}\x00{self.kind}\x00{self.account_id}".encode()

    def _info(self) -> bytes:
        return f"ponte db key v{VERSION}\x00{self.id}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "account_id": self.account_id,
            "label": self.label,
            "kdf": self.kdf.to_json(),
            "salt": self.salt.hex(),
            "nonce": self.nonce.hex(),
            "wrapped": self.wrapped.hex(),
            "public": self.public.hex(),
            "envelopes": [e.hex() for e in self.envelopes],
        }

    @classmethod
    def from_json(cls, obj: Any) -> Slot:
        if not isinstance(obj, dict):
            raise ValueError("slot")
        slot = cls(
            id=str(obj["id"]),
            kind=str(obj["kind"]),
            account_id=str(obj["account_id"]),
            label=str(obj["label"]),
            kdf=KdfParams.from_json(obj["kdf"]),
            salt=bytes.fromhex(obj["salt"]),
            nonce=bytes.fromhex(obj["nonce"]),
            wrapped=bytes.fromhex(obj["wrapped"]),
            public=bytes.fromhex(obj["public"]),
            envelopes=tuple(bytes.fromhex(e) for e in obj["envelopes"]),
        )
        if slot.kind not in _KINDS or len(slot.public) != 32 or len(slot.nonce) != 12:
            raise ValueError("slot fields")
        if not slot.envelopes or len(slot.wrapped) != 32 + 16:
            raise ValueError("slot fields")
        return slot

    # ---------------------------------------------------------------- crypto
    def open_private(self, secret: bytes) -> X25519PrivateKey:
        """Unwrap the slot key with a passphrase/secret; WrongPassphrase if it is not the one."""
        kek = derive(secret, self.salt, self.kdf)
        try:
            raw = ChaCha20Poly1305(kek).decrypt(self.nonce, self.wrapped, self._aad())
        except InvalidTag as exc:
            raise WrongPassphrase() from exc
        return X25519PrivateKey.from_private_bytes(raw)

    def open_keys(self, private: X25519PrivateKey) -> list[bytes]:
        """Every database key this slot holds, newest first."""
        keys = []
        for envelope in self.envelopes:
            try:
                keys.append(_SUITE.decrypt(envelope, private, info=self._info()))
            except (InvalidTag, ValueError) as exc:
                raise VaultCorrupt(f"key slot {self.id} envelope") from exc
        return keys

    def with_keys(self, db_keys: list[bytes]) -> Slot:
        """The same slot with its envelopes replaced (no passphrase needed)."""
        public = X25519PublicKey.from_public_bytes(self.public)
        envelopes = tuple(_SUITE.encrypt(k, public, info=self._info()) for k in db_keys)
        return replace(self, envelopes=envelopes)


def new_slot(
    *,
    kind: str,
    secret: bytes,
    db_key: bytes,
    kdf: KdfParams,
    account_id: str = "",
    label: str = "",
    private: X25519PrivateKey | None = None,
    slot_id: str | None = None,
) -> Slot:
    """A slot whose private key is wrapped under ``secret`` and whose envelope holds ``db_key``."""
    private = private or X25519PrivateKey.generate()
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(12)
    draft = Slot(
        id=slot_id or new_id(),
        kind=kind,
        account_id=account_id,
        label=label,
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        wrapped=b"",
        public=_raw_public(private.public_key()),
        envelopes=(),
    )
    kek = derive(secret, salt, kdf)
    wrapped = ChaCha20Poly1305(kek).encrypt(nonce, _raw_private(private), draft._aad())
    return replace(draft, wrapped=wrapped).with_keys([db_key])


@dataclass
class Sidecar:
    """The parsed ``vault.keys`` file."""

    path: Path
    username_salt: bytes
    slots: list[Slot] = field(default_factory=list)

    @classmethod
    def new(cls, path: Path) -> Sidecar:
        return cls(path=path, username_salt=os.urandom(16))

    def label_for(self, username: str) -> str:
        return hmac.new(
            self.username_salt, normalise_username(username).encode(), hashlib.sha256
        ).hexdigest()

    def find_account(self, username: str) -> Slot | None:
        label = self.label_for(username)
        for slot in self.slots:
            if slot.kind == KIND_ACCOUNT and hmac.compare_digest(slot.label, label):
                return slot
        return None

    def by_kind(self, kind: str) -> list[Slot]:
        return [s for s in self.slots if s.kind == kind]

    def by_account(self, account_id: str) -> Slot | None:
        return next((s for s in self.slots if s.account_id == account_id), None)

    def put(self, slot: Slot) -> None:
        """Add ``slot`` or replace the slot with the same id."""
        self.slots = [s for s in self.slots if s.id != slot.id] + [slot]

    def remove(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.id != slot_id]

    def encode(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "username_salt": self.username_salt.hex(),
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode() + b"\n"

    def save(self) -> None:
        atomic_write(self.path, self.encode())

    @classmethod
    def load(cls, path: Path) -> Sidecar:
        """Parse the sidecar; any damage is VaultCorrupt naming the file, never a reset."""
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultCorrupt(f"{path} is missing") from exc
        try:
            doc = json.loads(data)
            if doc.get("format") != FORMAT or doc.get("version") != VERSION:
                raise ValueError("format")
            slots = [Slot.from_json(s) for s in doc["slots"]]
            salt = bytes.fromhex(doc["username_salt"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultCorrupt(str(path)) from exc
        if not slots or len({s.id for s in slots}) != len(slots):
            raise VaultCorrupt(str(path))
        return cls(path=path, username_salt=salt, slots=slots)
