"""Issue 15.2 and 15.4: a key is registered only by whoever holds it, a member's keys are
bounded, an encryption key can be retired, and the directory travels compressed.

The attacker is an enrolled member (B) that registers member A's public signing key as its
own, so that A's packets and requests could pass for B's (or B's for A's, once the hub
picks the wrong member by key); without the private key B cannot prove possession.
"""

from __future__ import annotations

import gzip
import json
import os
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.clock import SystemClock, rfc3339
from ponte.core.directory import verify_directory
from ponte.core.keyreg import MAX_ENCRYPTION_KEYS, registration
from ponte.core.keys import key_id
from ponte.core.packet import SUITE_X25519

from .conftest import Client, Hub


def _hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def _keys_body(hub: Hub, member: Client, signer: Ed25519PrivateKey, **keys: Any) -> bytes:
    body = registration(
        member_id=member.member_id,
        hub_key_id=key_id(hub.service.hub_key.public_key().public_bytes_raw()),
        at=rfc3339(SystemClock().now()),
        signing_key=keys.get("signing_key"),
        encryption_keys=keys.get("encryption_keys", []),
        signer=signer,
    )
    body.update({k: v for k, v in keys.items() if k not in body})
    return json.dumps(body).encode()


def test_a_member_cannot_register_another_members_signing_key(hub: Hub) -> None:
    a, b = hub.member("CAV A"), hub.member("CAV B")
    # as a bare key (what a hub without proof of possession accepted) ...
    bare = json.dumps({"signing_key": _hex(a.key)}).encode()
    assert b.signed("POST", "/v1/keys", bare).status_code == 400
    # ... with a proof B made with its own key ...
    forged = _keys_body(hub, b, b.key, signing_key=_hex(a.key))
    assert b.signed("POST", "/v1/keys", forged).status_code == 400
    # ... or with A's own proof, replayed: it names A, not B
    replayed = json.loads(_keys_body(hub, a, a.key, signing_key=_hex(a.key)))
    r = b.signed("POST", "/v1/keys", json.dumps(replayed).encode())
    assert r.status_code == 400, r.text
    directory = verify_directory(
        httpx.get(hub.base + "/v1/directory").content, hub.service.hub_key.public_key()
    )
    assert directory.signing_key(b.member_id, a.kid) is None


def test_enrolment_with_someone_elses_key_is_refused(hub: Hub) -> None:
    a = hub.member("CAV A")
    prov, _ = hub.provision("Intruder")
    body = {"token": prov.token, "signing_key": _hex(a.key), "encryption_keys": []}
    assert httpx.post(hub.base + "/v1/enrol", json=body).status_code == 400
    # the token was not spent by the refused attempt
    own = Ed25519PrivateKey.generate()
    proof = registration(
        member_id=prov.member_id,
        hub_key_id=key_id(hub.service.hub_key.public_key().public_bytes_raw()),
        at=rfc3339(SystemClock().now()),
        signing_key=_hex(own),
        encryption_keys=[],
        signer=own,
    )
    r = httpx.post(hub.base + "/v1/enrol", json={"token": prov.token, **proof})
    assert r.status_code == 201, r.text


def test_a_stale_proof_is_refused(hub: Hub) -> None:
    a = hub.member("CAV A")
    new = Ed25519PrivateKey.generate()
    body = json.loads(_keys_body(hub, a, new, signing_key=_hex(new)))
    stale = registration(
        member_id=a.member_id,
        hub_key_id=key_id(hub.service.hub_key.public_key().public_bytes_raw()),
        at="2020-01-01T00:00:00Z",
        signing_key=_hex(new),
        encryption_keys=[],
        signer=new,
    )
    assert a.signed("POST", "/v1/keys", json.dumps(stale).encode()).status_code == 400
    assert a.signed("POST", "/v1/keys", json.dumps(body).encode()).status_code == 201


def _enc(n: int) -> list[dict[str, str]]:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return [
        {
            "suite": SUITE_X25519,
            "public": X25519PrivateKey.generate().public_key().public_bytes_raw().hex(),
        }
        for _ in range(n)
    ]


def test_keys_per_member_are_capped_and_an_encryption_key_can_be_retired(hub: Hub) -> None:
    a = hub.member("CAV A")  # enrolled with one encryption key
    room = MAX_ENCRYPTION_KEYS - 1
    assert (
        a.signed(
            "POST", "/v1/keys", _keys_body(hub, a, a.key, encryption_keys=_enc(room))
        ).status_code
        == 201
    )
    over = a.signed("POST", "/v1/keys", _keys_body(hub, a, a.key, encryption_keys=_enc(1)))
    assert over.status_code == 400, over.text
    doc = json.loads(httpx.get(hub.base + "/v1/directory").content)
    entry = next(m for m in doc["directory"]["members"] if m["id"] == a.member_id)
    assert len(entry["encryption_keys"]) == MAX_ENCRYPTION_KEYS
    first = entry["encryption_keys"][0]["key_id"]
    retire = json.dumps({"retire_encryption": [first]}).encode()
    assert a.signed("POST", "/v1/keys", retire).status_code == 201
    directory = verify_directory(
        httpx.get(hub.base + "/v1/directory").content, hub.service.hub_key.public_key()
    )
    member = directory.member(a.member_id)
    assert member is not None
    assert first not in {k.key_id for k in member.encryption_keys}
    assert len(member.encryption_keys) == MAX_ENCRYPTION_KEYS - 1
    # room again for one
    assert (
        a.signed("POST", "/v1/keys", _keys_body(hub, a, a.key, encryption_keys=_enc(1))).status_code
        == 201
    )


def test_the_directory_is_served_compressed(hub: Hub) -> None:
    for i in range(5):
        hub.member(f"CAV {i}")
    plain = httpx.get(hub.base + "/v1/directory", headers={"accept-encoding": "identity"})
    with httpx.Client() as http:
        raw = http.send(
            http.build_request(
                "GET", hub.base + "/v1/directory", headers={"accept-encoding": "gzip"}
            ),
            stream=True,
        )
        compressed = b"".join(raw.iter_raw())
    assert raw.headers["content-encoding"] == "gzip"
    unzipped = json.loads(gzip.decompress(compressed))["directory"]
    assert unzipped["members"] == json.loads(plain.content)["directory"]["members"]
    assert "content-encoding" not in plain.headers
    assert len(compressed) < len(plain.content) * 0.7
    print(f"directory of 5 members: {len(plain.content)} B, gzip {len(compressed)} B")


def test_a_request_with_a_non_string_suite_is_a_400_not_a_500(hub: Hub) -> None:
    a = hub.member("CAV A")
    for suite in ([], {}, 1, None):
        enc = [{"suite": suite, "public": os.urandom(32).hex()}]
        r = a.signed("POST", "/v1/keys", _keys_body(hub, a, a.key, encryption_keys=enc))
        assert r.status_code == 400, (suite, r.status_code, r.text)
        prov, _ = hub.provision()
        r = httpx.post(
            hub.base + "/v1/enrol",
            json={"token": prov.token, "signing_key": _hex(a.key), "encryption_keys": enc},
        )
        assert r.status_code == 400, (suite, r.status_code, r.text)
