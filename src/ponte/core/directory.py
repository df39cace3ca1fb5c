"""The network directory: who is a member, with which keys, signed by the hub.

The document is RFC 8785 canonical JSON ``{"directory": {...}, "sig": hex}`` where ``sig`` is
the hub's Ed25519 signature over the canonical bytes of ``directory`` under
``Context.DIRECTORY`` (``core/signing.py``). The body names the head of the directory log
(``"log": {"seq", "hash"}``, ``core/dirlog.py``). Clients pin the hub key from their
provisioning file and accept a directory only through :func:`verify_directory`, then check
it against the log and the last directory they accepted (``dirlog.check_update``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core.enums import ServiceType
from ponte.core.errors import DirectoryError, WeakKey
from ponte.core.keycheck import check_ed25519, check_x25519
from ponte.core.keys import key_id
from ponte.core.signing import Context, sign, verify

log = logging.getLogger("ponte.directory")
SERVICE_TYPES = frozenset(t.value for t in ServiceType)
NETWORKS = frozenset(
    {
        "rho",
        "legnano",
        "cinisello_balsamo",
        "rozzano",
        "melzo",
        "san_donato_milanese",
        "milano_metro",
    }
)
KEY_ID_HEX = 16
#: Encryption suites a directory may list, with their raw public key length in bytes.
ENC_SUITES = {
    "X25519-HKDF-SHA256/HKDF-SHA256/ChaCha20Poly1305": 32,
    "MLKEM768-X25519/HKDF-SHA256/ChaCha20Poly1305": 1216,
}


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    ed25519: str  # raw public key, hex
    added: str
    revoked: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "ed25519": self.ed25519,
            "added": self.added,
            "revoked": self.revoked,
        }


@dataclass(frozen=True)
class EncryptionKey:
    key_id: str
    suite: str
    public: str  # raw public key, hex
    added: str

    def to_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "suite": self.suite,
            "public": self.public,
            "added": self.added,
        }


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    service_type: str
    network: str
    signing_keys: tuple[SigningKey, ...] = ()
    encryption_keys: tuple[EncryptionKey, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "service_type": self.service_type,
            "network": self.network,
            "signing_keys": [k.to_json() for k in self.signing_keys],
            "encryption_keys": [k.to_json() for k in self.encryption_keys],
        }


@dataclass(frozen=True)
class LogHead:
    """The head of the directory log: how many entries, and the hash of the last one."""

    seq: int
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash}


EMPTY_LOG = LogHead(0, "0" * 64)


@dataclass(frozen=True)
class Directory:
    issued: str
    members: tuple[Member, ...]
    log: LogHead = EMPTY_LOG
    _by_id: dict[str, Member] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({m.id: m for m in self.members})

    def member(self, member_id: str) -> Member | None:
        return self._by_id.get(member_id)

    def signing_key(self, member_id: str, kid: str) -> Ed25519PublicKey | None:
        """The member's Ed25519 key with this id (revoked keys included: old packets verify)."""
        member = self._by_id.get(member_id)
        if member is None:
            return None
        for key in member.signing_keys:
            if key.key_id == kid:
                return Ed25519PublicKey.from_public_bytes(bytes.fromhex(key.ed25519))
        return None

    def encryption_key(self, member_id: str, suites: Sequence[str]) -> EncryptionKey | None:
        """The newest key of the first suite in ``suites`` (preference order) the member has."""
        member = self._by_id.get(member_id)
        if member is None:
            return None
        for suite in suites:
            keys = [k for k in member.encryption_keys if k.suite == suite]
            if keys:
                return max(keys, key=lambda k: k.added)
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "issued": self.issued,
            "members": [m.to_json() for m in self.members],
            "log": self.log.to_json(),
        }


def sign_directory(directory: Directory, hub_key: Ed25519PrivateKey) -> bytes:
    body = directory.to_json()
    sig = sign(hub_key, Context.DIRECTORY, rfc8785.dumps(body)).hex()
    return bytes(rfc8785.dumps({"directory": body, "sig": sig}))


def _log_head(body: dict[str, Any]) -> LogHead:
    log_ = body.get("log")
    if not isinstance(log_, dict) or set(log_) != {"seq", "hash"}:
        raise DirectoryError("log head")
    seq, hash_ = log_["seq"], log_["hash"]
    if type(seq) is not int or seq < 0 or not isinstance(hash_, str) or len(hash_) != 64:
        raise DirectoryError("log head")
    return LogHead(seq, hash_)


def _str(obj: dict[str, Any], key: str, *, optional: bool = False, max_len: int = 256) -> Any:
    value = obj.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise DirectoryError(f"field {key}")
    return value


def _hexkey(text: str, what: str) -> str:
    try:
        raw = bytes.fromhex(text)
    except ValueError as exc:
        raise DirectoryError(what) from exc
    if not raw:
        raise DirectoryError(what)
    return text


def _safe(check: Callable[[bytes], bytes], hex_raw: str, member: dict[str, Any]) -> bool:
    """Whether a listed key is safe to trust. An unsafe one is left out of the directory (a
    hub refuses them at registration, so one here means a faulty or hostile hub); the rest
    of the directory stays usable."""
    try:
        check(bytes.fromhex(hex_raw))
    except WeakKey:
        log.warning("directory: unsafe key left out member=%s", member.get("id"))
        return False
    return True


def _member(obj: Any) -> Member:
    if not isinstance(obj, dict):
        raise DirectoryError("member entry")
    service_type = _str(obj, "service_type")
    network = _str(obj, "network")
    if service_type not in SERVICE_TYPES or network not in NETWORKS:
        raise DirectoryError("service type or network")
    sks, eks = obj.get("signing_keys"), obj.get("encryption_keys")
    if not isinstance(sks, list) or not isinstance(eks, list):
        raise DirectoryError("key lists")
    signing: list[SigningKey] = []
    for k in sks:
        if not isinstance(k, dict):
            raise DirectoryError("signing key")
        raw = _hexkey(_str(k, "ed25519"), "signing key")
        if len(raw) != 64 or key_id(bytes.fromhex(raw)) != _str(k, "key_id"):
            raise DirectoryError("signing key id")
        if not _safe(check_ed25519, raw, obj):
            continue
        signing.append(
            SigningKey(k["key_id"], raw, _str(k, "added"), _str(k, "revoked", optional=True))
        )
    encryption: list[EncryptionKey] = []
    for k in eks:
        if not isinstance(k, dict):
            raise DirectoryError("encryption key")
        suite = _str(k, "suite")
        raw = _hexkey(_str(k, "public", max_len=4096), "encryption key")
        if suite not in ENC_SUITES or len(raw) != 2 * ENC_SUITES[suite]:
            raise DirectoryError("encryption key suite or length")
        if key_id(bytes.fromhex(raw)) != _str(k, "key_id"):
            raise DirectoryError("encryption key id")
        if not _safe(check_x25519, raw[-64:], obj):  # the X25519 key, alone or in the hybrid
            continue
        encryption.append(EncryptionKey(k["key_id"], _str(k, "suite"), raw, _str(k, "added")))
    return Member(
        _str(obj, "id"), _str(obj, "name"), service_type, network, tuple(signing), tuple(encryption)
    )


def verify_directory(data: bytes, pinned_hub_key: Ed25519PublicKey) -> Directory:
    """Check the hub's signature and the shape; raise :class:`DirectoryError` otherwise."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DirectoryError("not JSON") from exc
    if not isinstance(doc, dict) or set(doc) != {"directory", "sig"}:
        raise DirectoryError("document fields")
    body, sig = doc["directory"], doc["sig"]
    try:
        verify(pinned_hub_key, Context.DIRECTORY, rfc8785.dumps(body), bytes.fromhex(sig))
    except (InvalidSignature, ValueError, TypeError, rfc8785.CanonicalizationError) as exc:
        raise DirectoryError("signature") from exc
    if not isinstance(body, dict) or not isinstance(body.get("members"), list):
        raise DirectoryError("members")
    members = tuple(_member(m) for m in body["members"])
    return Directory(issued=_str(body, "issued"), members=members, log=_log_head(body))
