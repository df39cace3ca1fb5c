"""Members and one-time enrolment tokens; writes the signed provisioning file."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.clock import Clock, rfc3339
from ponte.core.directory import NETWORKS, SERVICE_TYPES, Member
from ponte.core.errors import ValidationError
from ponte.core.ids import new_id
from ponte.core.provisioning import Provisioning, dump_provisioning
from ponte.hub.store import SqlStore

TOKEN_TTL = timedelta(days=14)


def token_hash(token: str) -> str:
    """The hub stores only a hash of each token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_member(
    store: SqlStore,
    hub_key: Ed25519PrivateKey,
    clock: Clock,
    *,
    name: str,
    service_type: str,
    network: str,
    hub_url: str,
    ttl: timedelta = TOKEN_TTL,
    ca_pem: str | None = None,
) -> tuple[Provisioning, bytes]:
    """Register a member (no keys yet) with a fresh one-time token; the provisioning file."""
    if service_type not in SERVICE_TYPES:
        raise ValidationError(f"service type must be one of {', '.join(sorted(SERVICE_TYPES))}")
    if network not in NETWORKS:
        raise ValidationError(f"network must be one of {', '.join(sorted(NETWORKS))}")
    if not name.strip() or len(name) > 200:
        raise ValidationError("name")
    now = clock.now()
    token = secrets.token_urlsafe(32)
    prov = Provisioning(
        hub_url=hub_url,
        hub_key=hub_key.public_key().public_bytes_raw().hex(),
        member_id=new_id(),
        name=name.strip(),
        service_type=service_type,
        network=network,
        token=token,
        token_expires=rfc3339(now + ttl),
        ca_pem=ca_pem,
    )
    member = Member(prov.member_id, prov.name, service_type, network)
    store.add_member(member, token_hash(token), prov.token_expires, rfc3339(now))
    return prov, dump_provisioning(prov, hub_key)
