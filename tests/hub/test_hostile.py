"""Hostile input against a running hub: always a 4xx with a JSON error, never a 5xx."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import timedelta

import httpx
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core import packet_v1
from ponte.core.clock import SystemClock
from ponte.core.httpsig import sign_request
from ponte.core.packet import MAX_PACKET_BYTES, assemble, frame, parse

from .conftest import Client, Hub


def _packet_corpus(hub: Hub, cav: Client, to: str) -> dict[str, bytes]:
    good = cav.packet(to)
    p = parse(good)
    stranger = Client(hub.base, cav.member_id, Ed25519PrivateKey.generate(), b"")
    v1 = replace(p.header, v=1)
    noncanon = json.dumps(v1.to_json(), indent=1).encode()
    unsigned = packet_v1.frame(noncanon, p.enc, p.ct)
    uuid_as_text = bytearray(frame(p.header, p.enc, p.ct))
    uuid_as_text[38:55] = b"\x24" + p.header.sender.encode()  # a UUID's 36 characters
    huge_ct = bytearray(good)
    huge_ct[38 + 17 + 17 : 38 + 17 + 17 + 4] = b"\xff\xff\xff\xff"  # the ct length
    hub.post_packet(good)
    return {
        "empty": b"",
        "garbage": os.urandom(300),
        "magic only": b"PNT1",
        "truncated": good[:-10],
        "trailing": good + b"x",
        "bad signature": good[:-1] + bytes([good[-1] ^ 1]),
        "flipped ciphertext": good[:-70] + bytes([good[-70] ^ 1]) + good[-69:],
        "unknown sender key": stranger.packet(to),
        "unknown recipient": cav.packet("019300000000-7000-8000-000000000000"),
        "expired": cav.packet(to, ttl=timedelta(seconds=-60)),
        "non-canonical v1 header": unsigned + cav.key.sign(unsigned),
        "v1 packet, unknown recipient": _with_header(cav, recipient="cpi-x", v=1),
        "member id sent as text": bytes(uuid_as_text) + cav.key.sign(bytes(uuid_as_text)),
        "same id other bytes": cav.packet(to, pid=p.header.id),
        "huge length field": b"PNT1" + b"\xff\xff\xff\xff" + b"{}",
        "unknown type code": b"PNT2\x63" + good[5:],
        "huge v2 ciphertext length": bytes(huge_ct),
        "NUL in sender": _with_header(cav, sender="a\x00b", recipient=to),
        "NUL in recipient": _with_header(cav, sender=cav.member_id, recipient="\x00"),
        "NUL in key id": _with_header(cav, recipient=to, sender_key="\x00", v=1),
    }


def _with_header(cav: Client, **fields: str | int) -> bytes:
    h = parse(cav.packet(str(fields["recipient"]))).header
    return assemble(replace(h, **fields), os.urandom(32), os.urandom(50), cav.key)


def _assert_4xx_json(r: httpx.Response, what: str) -> None:
    assert 400 <= r.status_code < 500, (what, r.status_code, r.text)
    body = r.json()
    assert isinstance(body["error"], str), what
    assert body["message"], what


def test_hostile_packets_get_4xx_json_errors(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    for name, raw in _packet_corpus(hub, cav, cpi.member_id).items():
        _assert_4xx_json(hub.post_packet(raw), name)
    wrong_type = httpx.post(
        hub.base + "/v1/packets",
        content=cav.packet(cpi.member_id),
        headers={"content-type": "text/plain"},
    )
    _assert_4xx_json(wrong_type, "wrong content type")
    huge = httpx.post(
        hub.base + "/v1/packets",
        content=b"\0" * (MAX_PACKET_BYTES + 1),
        headers={"content-type": "application/octet-stream"},
    )
    assert huge.status_code == 413
    # Only the one good packet reached the inbox.
    assert len(cpi.signed("GET", "/v1/inbox").json()["packets"]) == 1
    assert httpx.get(hub.base + "/v1/health").json() == {"status": "ok"}


def test_unsigned_stale_replayed_and_tampered_requests_get_401(hub: Hub) -> None:
    cav = hub.member()
    base = hub.base
    _assert_4xx_json(httpx.get(base + "/v1/inbox"), "unsigned")
    assert httpx.get(base + "/v1/inbox").status_code == 401

    def headers(path: str, body: bytes = b"", **kw: object) -> dict[str, str]:
        created = kw.pop("created", SystemClock().now())
        return sign_request(
            "GET", path, body, key=cav.key, member_id=cav.member_id, key_id=cav.kid, created=created
        )  # type: ignore[arg-type]

    stale = headers("/v1/inbox", created=SystemClock().now() - timedelta(seconds=400))
    assert httpx.get(base + "/v1/inbox", headers=stale).status_code == 401
    future = headers("/v1/inbox", created=SystemClock().now() + timedelta(seconds=400))
    assert httpx.get(base + "/v1/inbox", headers=future).status_code == 401

    once = headers("/v1/inbox")
    assert httpx.get(base + "/v1/inbox", headers=once).status_code == 200
    replay = httpx.get(base + "/v1/inbox", headers=once)
    assert replay.status_code == 401
    assert replay.json()["error"] == "unauthorized"

    other_path = headers("/v1/inbox?limit=1")
    assert httpx.get(base + "/v1/inbox?limit=2", headers=other_path).status_code == 401
    signed_empty = headers("/v1/inbox/ack")
    r = httpx.post(base + "/v1/inbox/ack", content=b'{"ids": []}', headers=signed_empty)
    assert r.status_code == 401  # body does not match the content digest

    stranger = Ed25519PrivateKey.generate()
    forged = sign_request(
        "GET",
        "/v1/inbox",
        b"",
        key=stranger,
        member_id=cav.member_id,
        key_id=cav.kid,
        created=SystemClock().now(),
    )
    assert httpx.get(base + "/v1/inbox", headers=forged).status_code == 401
    garbage = {"signature-input": "ponte=(", "signature": "ponte=:!!:", "content-digest": "x"}
    _assert_4xx_json(httpx.get(base + "/v1/inbox", headers=garbage), "garbage signature")


def test_garbage_json_bodies_and_unknown_routes(hub: Hub) -> None:
    cav = hub.member()
    bodies = [
        b"{",
        b"[]",
        b'{"ids": "x"}',
        b'{"ids": [1]}',
        b"[" * 10000 + b"]" * 10000,
        os.urandom(100),
    ]
    for body in bodies:
        for path in ("/v1/inbox/ack", "/v1/keys", "/v1/anchors"):
            _assert_4xx_json(cav.signed("POST", path, body), f"{path} {body[:10]!r}")
        _assert_4xx_json(httpx.post(hub.base + "/v1/enrol", content=body), f"enrol {body[:10]!r}")
    too_big = cav.signed("POST", "/v1/keys", b"{" + b" " * 70000 + b"}")
    assert too_big.status_code == 413
    _assert_4xx_json(httpx.get(hub.base + "/v1/nothing"), "unknown route")
    _assert_4xx_json(httpx.delete(hub.base + "/v1/packets"), "wrong method")
    _assert_4xx_json(cav.signed("GET", "/v1/inbox?cursor=abc"), "bad cursor")
    _assert_4xx_json(cav.signed("GET", "/v1/inbox?limit=x"), "bad limit")
    for cursor in ("%C2%B2", "9" * 30, "-1", "%00"):
        _assert_4xx_json(cav.signed("GET", f"/v1/inbox?cursor={cursor}"), f"cursor {cursor}")
    _assert_4xx_json(cav.signed("POST", "/v1/inbox/ack", b'{"ids": ["a\\u0000"]}'), "NUL id")
    nul_anchor = b'{"seq": 1, "head_hash": "' + b"a" * 64 + b'", "at": "\\u0000"}'
    _assert_4xx_json(cav.signed("POST", "/v1/anchors", nul_anchor), "NUL at")
    big_seq = b'{"seq": 99999999999999999999999, "head_hash": "' + b"a" * 64 + b'", "at": "x"}'
    _assert_4xx_json(cav.signed("POST", "/v1/anchors", big_seq), "huge seq")
    bad_keys = [
        {"signing_key": "zz"},
        {"signing_key": "00" * 32, "encryption_keys": [{"suite": "x"}]},
        {
            "encryption_keys": [
                {"suite": "X25519-HKDF-SHA256/HKDF-SHA256/ChaCha20Poly1305", "public": "ab"}
            ]
        },
    ]
    for body in bad_keys:
        _assert_4xx_json(cav.signed("POST", "/v1/keys", rfc8785.dumps(body)), f"keys {body}")
    assert httpx.get(hub.base + "/v1/health").status_code == 200
