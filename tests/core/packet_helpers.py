"""Members and payloads for packet tests: real keys, real crypto."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ponte.core.keys import MemberKeys, raw_public

NOW = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=30)

CAV = "cav-rho-01"
CPI = "cpi-rho-01"

_CACHE: dict[str, MemberKeys] = {}


def keys(member: str, *, pq: bool = False) -> MemberKeys:
    name = f"{member}:{pq}"
    if name not in _CACHE:
        _CACHE[name] = MemberKeys.generate(post_quantum=pq)
    return _CACHE[name]


def directory(*members: tuple[str, MemberKeys]):  # type: ignore[no-untyped-def]
    table = {(m, k.signing_key_id): k.signing.public_key() for m, k in members}

    def lookup(member: str, key_id: str) -> Ed25519PublicKey | None:
        return table.get((member, key_id))

    return lookup


def referral(**fields: Any) -> dict[str, Any]:
    return {
        "pseudonym": "P-ABCD-EFGH-IJKL-MNOP",
        "purpose": "orientamento al lavoro",
        "service_type": "cpi",
        "consent": {"ref": "c-123", "expires": "2026-12-31"},
        "urgency": "routine",
        "contact": "via_cav",
        "fields": fields or {"age_band": "25_34", "education": "diploma"},
    }


def hexpub(k: MemberKeys) -> str:
    return raw_public(k.signing.public_key()).hex()
