"""Key registration with proof of possession, and how many keys a member may have.

A member registers keys (at enrolment, ``POST /v1/enrol``, and later, ``POST /v1/keys``)
by sending them with a *statement* and a signature over it under
``Context.KEY_REGISTRATION``::

    statement = JCS({"type": "ponte-key-registration", "v": 1,
                     "member": member id, "hub": the hub key's id, "at": RFC 3339 time,
                     "signing": new Ed25519 key (hex) or null,
                     "encryption": [{"suite", "public"}, ...]})

* With a new signing key, the statement is signed by *that* key: only its holder can
  register it (a member cannot claim another member's key), and the encryption keys named
  are bound to it.
* With encryption keys only, it is signed by the member's signing key that signed the
  request: the keys are the member's own word, not the hub's.

The statement names the member and the hub (a proof made for one member or one network is
refused by every other) and a time within :data:`FRESH_SECONDS` of the hub's clock, so an
old proof cannot be replayed later (replaying a fresh one re-registers the same key for the
same member: nothing changes).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core.clock import parse_rfc3339
from ponte.core.errors import ValidationError
from ponte.core.signing import Context, sign, verify

FRESH_SECONDS = 300
#: Valid (not revoked) signing keys a member may have at once.
MAX_SIGNING_KEYS = 3
#: Signing keys listed for a member in all, revoked ones included (they stay listed so that
#: packets they signed still verify); past this, the hub operator must step in.
MAX_SIGNING_KEYS_LISTED = 32
#: Encryption keys in use at once; retire one (``retire_encryption``) to add another.
MAX_ENCRYPTION_KEYS = 4


def statement(
    *,
    member_id: str,
    hub_key_id: str,
    at: str,
    signing_key: str | None,
    encryption_keys: list[dict[str, str]],
) -> bytes:
    """The exact bytes a registration proof signs."""
    return bytes(
        rfc8785.dumps(
            {
                "type": "ponte-key-registration",
                "v": 1,
                "member": member_id,
                "hub": hub_key_id,
                "at": at,
                "signing": signing_key,
                "encryption": encryption_keys,
            }
        )
    )


def registration(
    *,
    member_id: str,
    hub_key_id: str,
    at: str,
    signing_key: str | None,
    encryption_keys: list[dict[str, str]],
    signer: Ed25519PrivateKey,
) -> dict[str, Any]:
    """The request body fields that register these keys: the keys, ``at`` and ``proof``."""
    data = statement(
        member_id=member_id,
        hub_key_id=hub_key_id,
        at=at,
        signing_key=signing_key,
        encryption_keys=encryption_keys,
    )
    body: dict[str, Any] = {
        "encryption_keys": encryption_keys,
        "at": at,
        "proof": sign(signer, Context.KEY_REGISTRATION, data).hex(),
    }
    if signing_key is not None:
        body["signing_key"] = signing_key
    return body


def check_proof(
    at: Any,
    proof: Any,
    *,
    member_id: str,
    hub_key_id: str,
    signing_key: str | None,
    encryption_keys: list[dict[str, str]],
    signer: Ed25519PublicKey,
    now: datetime,
) -> None:
    """Raise :class:`ValidationError` unless ``proof`` is ``signer``'s signature, made at
    ``at`` (within :data:`FRESH_SECONDS` of ``now``), over the statement of these keys."""
    if not isinstance(at, str) or not isinstance(proof, str) or len(proof) != 128:
        raise ValidationError("a key registration needs at and proof")
    try:
        when = parse_rfc3339(at)
        sig = bytes.fromhex(proof)
    except ValueError as exc:
        raise ValidationError("at or proof") from exc
    if abs((now - when).total_seconds()) > FRESH_SECONDS:
        raise ValidationError("the key registration is not fresh: check the clock")
    data = statement(
        member_id=member_id,
        hub_key_id=hub_key_id,
        at=at,
        signing_key=signing_key,
        encryption_keys=encryption_keys,
    )
    try:
        verify(signer, Context.KEY_REGISTRATION, data, sig)
    except InvalidSignature as exc:
        raise ValidationError("the proof of possession does not match these keys") from exc
