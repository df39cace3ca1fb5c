"""A member's keys: Ed25519 to sign, X25519 (and optionally ML-KEM-768+X25519) to receive.

Key ids are the first 16 hex digits of SHA-256 over the raw public key, so anyone holding a
public key can compute its id and the directory cannot list a key under a wrong id. Raw
keys travel as hex: private key files hold one hex line (``ponte packet inspect
--recipient-key FILE``).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from ponte.core.fsutil import atomic_write
from ponte.core.keycheck import check_ed25519, check_x25519

MLKEM_PUBLIC_BYTES = 1184
MLKEM_SEED_BYTES = 64

RecipientPrivateKey = X25519PrivateKey | hpke.MLKEM768X25519PrivateKey
RecipientPublicKey = X25519PublicKey | hpke.MLKEM768X25519PublicKey


def key_id(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()[:16]


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


# A peer's public key is checked and parsed once per process, not on every packet sealed to
# it or checked from it: the checks cost a scalar multiplication each (an X25519 exchange;
# Ed25519 point arithmetic in Python, ~0.1 ms). Both are pure functions of the bytes, public
# objects are immutable, and a key that fails its check raises every time (never cached).
_KEYS_CACHED = 1024


@functools.lru_cache(maxsize=_KEYS_CACHED)
def _ed25519(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(check_ed25519(raw))


@functools.lru_cache(maxsize=_KEYS_CACHED)
def _x25519(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(check_x25519(raw))


def ed25519_public(hex_or_raw: str | bytes) -> Ed25519PublicKey:
    """A peer's signing key; :class:`~ponte.core.errors.WeakKey` if it is unsafe to trust."""
    return _ed25519(bytes.fromhex(hex_or_raw) if isinstance(hex_or_raw, str) else bytes(hex_or_raw))


def x25519_public(hex_or_raw: str | bytes) -> X25519PublicKey:
    """A peer's X25519 key; :class:`~ponte.core.errors.WeakKey` if it is unsafe to trust."""
    return _x25519(bytes.fromhex(hex_or_raw) if isinstance(hex_or_raw, str) else bytes(hex_or_raw))


@dataclass(frozen=True)
class PqKeyPair:
    """ML-KEM-768 + X25519 hybrid (X-Wing) recipient key, kept as its two components."""

    mlkem_seed: bytes
    x25519: X25519PrivateKey

    @classmethod
    def generate(cls) -> PqKeyPair:
        return cls(
            mlkem.MLKEM768PrivateKey.generate().private_bytes_raw(), X25519PrivateKey.generate()
        )

    def private(self) -> hpke.MLKEM768X25519PrivateKey:
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed), self.x25519
        )

    def public_raw(self) -> bytes:
        m = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed).public_key()
        return m.public_bytes_raw() + raw_public(self.x25519.public_key())

    def private_raw(self) -> bytes:
        return self.mlkem_seed + raw_private(self.x25519)

    @classmethod
    def from_private_raw(cls, raw: bytes) -> PqKeyPair:
        if len(raw) != MLKEM_SEED_BYTES + 32:
            raise ValueError("ML-KEM-768+X25519 private key must be 96 bytes")
        return cls(
            raw[:MLKEM_SEED_BYTES], X25519PrivateKey.from_private_bytes(raw[MLKEM_SEED_BYTES:])
        )


def pq_public(raw: bytes) -> hpke.MLKEM768X25519PublicKey:
    """A peer's ML-KEM-768+X25519 key (checked and parsed once per process, as above)."""
    return _pq(bytes(raw))


@functools.lru_cache(maxsize=_KEYS_CACHED)
def _pq(raw: bytes) -> hpke.MLKEM768X25519PublicKey:
    if len(raw) != MLKEM_PUBLIC_BYTES + 32:
        raise ValueError("ML-KEM-768+X25519 public key must be 1216 bytes")
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(raw[:MLKEM_PUBLIC_BYTES]),
        x25519_public(raw[MLKEM_PUBLIC_BYTES:]),
    )


@dataclass(frozen=True)
class MemberKeys:
    """Everything a member needs to sign and to receive. Private: stored in the vault."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey
    pq: PqKeyPair | None = None

    @classmethod
    def generate(cls, *, post_quantum: bool = True) -> MemberKeys:
        return cls(
            Ed25519PrivateKey.generate(),
            X25519PrivateKey.generate(),
            PqKeyPair.generate() if post_quantum else None,
        )

    @functools.cached_property
    def signing_key_id(self) -> str:
        """Derived once per key pair (a public key, its SHA-256): asked on every seal."""
        return key_id(raw_public(self.signing.public_key()))

    @functools.cached_property
    def encryption_key_id(self) -> str:
        return key_id(raw_public(self.encryption.public_key()))

    def recipient_keys(self) -> list[RecipientPrivateKey]:
        keys: list[RecipientPrivateKey] = [self.encryption]
        if self.pq is not None:
            keys.insert(0, self.pq.private())
        return keys

    def to_json(self) -> dict[str, Any]:
        return {
            "signing": raw_private(self.signing).hex(),
            "encryption": raw_private(self.encryption).hex(),
            "pq": self.pq.private_raw().hex() if self.pq else None,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> MemberKeys:
        return cls(
            Ed25519PrivateKey.from_private_bytes(bytes.fromhex(obj["signing"])),
            X25519PrivateKey.from_private_bytes(bytes.fromhex(obj["encryption"])),
            PqKeyPair.from_private_raw(bytes.fromhex(obj["pq"])) if obj.get("pq") else None,
        )

    def public_json(self) -> dict[str, Any]:
        """What the directory publishes for this member."""
        out: dict[str, Any] = {
            "signing_keys": [
                {
                    "key_id": self.signing_key_id,
                    "ed25519": raw_public(self.signing.public_key()).hex(),
                }
            ],
            "encryption_keys": [
                {
                    "key_id": self.encryption_key_id,
                    "suite": "x25519",
                    "public": raw_public(self.encryption.public_key()).hex(),
                }
            ],
        }
        if self.pq is not None:
            pub = self.pq.public_raw()
            out["encryption_keys"].insert(
                0, {"key_id": key_id(pub), "suite": "mlkem768-x25519", "public": pub.hex()}
            )
        return out


def write_private_key_file(path: Path, raw: bytes) -> None:
    atomic_write(Path(path), raw.hex().encode() + b"\n")


def read_private_key_file(path: Path) -> bytes:
    return bytes.fromhex(Path(path).read_text(encoding="ascii").strip())
