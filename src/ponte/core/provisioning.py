"""The provisioning file: how a workstation learns its hub and joins the network.

Trust model: the file carries the hub's public key, which the client then pins for
everything else (directory, receipts). A signature made by a key found inside the same file
cannot prove *who* made it; it proves that the file is whole and unaltered relative to that
key (transport damage, an edited field, a swapped token). The file must therefore travel
over a trusted channel (handed over in person on a USB stick, or a channel where the hub
administrator is authenticated), and the hub key fingerprint can be compared by phone.
If a client already pins a hub key, :func:`load_provisioning` also checks it is the same.

The signature is under ``Context.PROVISIONING`` (format ``ponte-provisioning-2``). A file of
the first format (signed without a context) is refused with a sentence that says to ask
the hub's administrator for a new one: its one-time token is short-lived anyway, and the
hub no longer signs anything without a context.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core.clock import parse_rfc3339
from ponte.core.directory import NETWORKS, SERVICE_TYPES
from ponte.core.errors import ProvisioningError, WeakKey
from ponte.core.keys import ed25519_public
from ponte.core.signing import Context, sign, verify

FORMAT = "ponte-provisioning-2"
OLD_FORMATS = frozenset({"ponte-provisioning-1"})
_FIELDS = frozenset(
    {
        "format",
        "hub_url",
        "hub_key",
        "member_id",
        "name",
        "service_type",
        "network",
        "token",
        "token_expires",
        "ca_pem",
    }
)


@dataclass(frozen=True)
class Provisioning:
    hub_url: str
    hub_key: str  # raw Ed25519 public key, hex
    member_id: str
    name: str
    service_type: str
    network: str
    token: str
    token_expires: str
    ca_pem: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "hub_url": self.hub_url,
            "hub_key": self.hub_key,
            "member_id": self.member_id,
            "name": self.name,
            "service_type": self.service_type,
            "network": self.network,
            "token": self.token,
            "token_expires": self.token_expires,
            "ca_pem": self.ca_pem,
        }

    @property
    def hub_public_key(self) -> Ed25519PublicKey:
        return ed25519_public(self.hub_key)


def hub_key_fingerprint(hub_key_hex: str) -> str:
    """Short SHA-256 of the hub key (hex), in groups of 4, for comparing by phone."""
    digest = hashlib.sha256(bytes.fromhex(hub_key_hex)).hexdigest()[:20].upper()
    return "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def dump_provisioning(prov: Provisioning, hub_key: Ed25519PrivateKey) -> bytes:
    """Canonical JSON ``{"provisioning": {...}, "sig": hex}`` signed by the hub key."""
    body = prov.to_json()
    sig = sign(hub_key, Context.PROVISIONING, rfc8785.dumps(body)).hex()
    return bytes(rfc8785.dumps({"provisioning": body, "sig": sig})) + b"\n"


def _field(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise ProvisioningError(f"field {key}")
    return value


def load_provisioning(
    data: bytes, now: datetime, *, pinned_hub_key: Ed25519PublicKey | None = None
) -> Provisioning:
    """Parse and check a provisioning file; :class:`ProvisioningError` if tampered/expired/malformed."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProvisioningError("not a provisioning file") from exc
    if not isinstance(doc, dict) or set(doc) != {"provisioning", "sig"}:
        raise ProvisioningError("not a provisioning file")
    body = doc["provisioning"]
    if isinstance(body, dict) and body.get("format") in OLD_FORMATS:
        raise ProvisioningError(
            "this file was made by an older network server: ask its administrator for a new one"
        )
    if not isinstance(body, dict) or set(body) != _FIELDS or body.get("format") != FORMAT:
        raise ProvisioningError("unknown fields or format")
    try:
        raw_key = bytes.fromhex(_field(body, "hub_key"))
        hub_key = ed25519_public(raw_key)
        verify(hub_key, Context.PROVISIONING, rfc8785.dumps(body), bytes.fromhex(str(doc["sig"])))
    except WeakKey as exc:
        raise ProvisioningError("the network server's key is not a safe key") from exc
    except (InvalidSignature, ValueError, TypeError) as exc:
        raise ProvisioningError("signature does not match: the file was altered") from exc
    if pinned_hub_key is not None and pinned_hub_key.public_bytes_raw() != raw_key:
        raise ProvisioningError("issued by a different hub")
    ca_pem = body["ca_pem"]
    if ca_pem is not None and not isinstance(ca_pem, str):
        raise ProvisioningError("field ca_pem")
    prov = Provisioning(
        hub_url=_field(body, "hub_url"),
        hub_key=raw_key.hex(),
        member_id=_field(body, "member_id"),
        name=_field(body, "name"),
        service_type=_field(body, "service_type"),
        network=_field(body, "network"),
        token=_field(body, "token"),
        token_expires=_field(body, "token_expires"),
        ca_pem=ca_pem,
    )
    if not prov.hub_url.startswith(("https://", "http://")):
        raise ProvisioningError("hub url")
    if prov.service_type not in SERVICE_TYPES or prov.network not in NETWORKS:
        raise ProvisioningError("service type or network")
    try:
        expires = parse_rfc3339(prov.token_expires)
    except ValueError as exc:
        raise ProvisioningError("field token_expires") from exc
    if now >= expires:
        raise ProvisioningError("the enrolment token has expired")
    return prov
