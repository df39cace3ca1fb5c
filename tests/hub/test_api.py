"""The hub API end to end over a real server, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import hashlib
import json

import httpx
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.directory import verify_directory
from ponte.core.packet import SUITE_X25519, parse
from ponte.core.signing import Context, verify

from .conftest import Hub


def test_packet_flows_from_sender_to_recipient_exactly_once(hub: Hub) -> None:
    cav, cpi = hub.member("CAV Rho"), hub.member("CPI Rho", "cpi")
    raw = cav.packet(cpi.member_id)

    first = hub.post_packet(raw)
    again = hub.post_packet(raw)
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.content == first.content  # the same receipt on a retry

    receipt = json.loads(first.content)
    body = receipt["receipt"]
    assert body["packet_id"] == parse(raw).header.id
    assert body["sha256"] == hashlib.sha256(raw).hexdigest()
    verify(
        hub.service.hub_key.public_key(),
        Context.RECEIPT,
        rfc8785.dumps(body),
        bytes.fromhex(receipt["sig"]),
    )

    assert cav.signed("GET", "/v1/inbox").json()["packets"] == []
    page = cpi.signed("GET", "/v1/inbox?limit=10").json()
    assert [base64.b64decode(p["packet"]) for p in page["packets"]] == [raw]

    ack = cpi.signed("POST", "/v1/inbox/ack", json.dumps({"ids": [body["packet_id"]]}).encode())
    assert ack.json() == {"deleted": 1}
    assert cpi.signed("GET", "/v1/inbox").json()["packets"] == []
    # A retry after delivery is recognised, not delivered twice.
    assert hub.post_packet(raw).status_code == 200
    assert cpi.signed("GET", "/v1/inbox").json()["packets"] == []


def test_inbox_pages_with_a_cursor(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    sent = [cav.packet(cpi.member_id) for _ in range(5)]
    for raw in sent:
        assert hub.post_packet(raw).status_code == 201
    got, cursor = [], ""
    while True:
        page = cpi.signed("GET", f"/v1/inbox?cursor={cursor}&limit=2").json()
        got += [base64.b64decode(p["packet"]) for p in page["packets"]]
        cursor = page["cursor"]
        if not page["packets"]:
            break
    assert got == sent


def test_inbox_pages_stay_under_the_byte_budget(hub: Hub) -> None:
    hub.service.max_inbox_bytes = 5000
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    for _ in range(3):
        assert hub.post_packet(cav.packet(cpi.member_id, size=2000)).status_code == 201
    first = cpi.signed("GET", "/v1/inbox?limit=10").json()
    assert len(first["packets"]) == 2
    assert first["more"] is True
    rest = cpi.signed("GET", f"/v1/inbox?cursor={first['cursor']}").json()
    assert len(rest["packets"]) == 1


def test_directory_is_signed_and_lists_enrolled_members_with_keys(hub: Hub) -> None:
    cav = hub.member("CAV Legnano", network="legnano")
    hub.provision("Not yet enrolled")
    data = httpx.get(hub.base + "/v1/directory").content
    directory = verify_directory(data, hub.service.hub_key.public_key())
    assert [m.name for m in directory.members] == ["CAV Legnano"]
    key = directory.signing_key(cav.member_id, cav.kid)
    assert key is not None
    assert key.public_bytes_raw() == cav.key.public_key().public_bytes_raw()
    enc = directory.encryption_key(cav.member_id, [SUITE_X25519])
    assert enc is not None
    assert bytes.fromhex(enc.public) == cav.enc_public


def test_enrolment_token_works_once(hub: Hub) -> None:
    prov, _ = hub.provision()
    key = Ed25519PrivateKey.generate()
    body = {"token": prov.token, **hub.registration(prov.member_id, key, signing=True)}
    assert httpx.post(hub.base + "/v1/enrol", json=body).status_code == 201
    second = httpx.post(hub.base + "/v1/enrol", json=body)
    assert second.status_code == 403
    assert second.json()["error"] == "provisioning"
    wrong = httpx.post(hub.base + "/v1/enrol", json={**body, "token": "nope"})
    assert wrong.status_code == 403


def test_key_rotation_keeps_old_key_for_older_packets(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    old_packet = cav.packet(cpi.member_id)
    new_key = Ed25519PrivateKey.generate()
    r = cav.signed(
        "POST",
        "/v1/keys",
        json.dumps(hub.registration(cav.member_id, new_key, signing=True)).encode(),
    )
    assert r.status_code == 201, r.text
    old_kid = cav.kid
    cav.key = new_key
    assert hub.post_packet(cav.packet(cpi.member_id)).status_code == 201
    assert hub.post_packet(old_packet).status_code == 201
    directory = verify_directory(
        httpx.get(hub.base + "/v1/directory").content, hub.service.hub_key.public_key()
    )
    assert directory.signing_key(cav.member_id, old_kid) is not None
    assert directory.signing_key(cav.member_id, cav.kid) is not None


def test_a_revoked_key_stays_listed_but_signs_nothing_new(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    old_kid = cav.kid
    body = json.dumps({"revoke_signing": [old_kid]}).encode()
    refused = cav.signed("POST", "/v1/keys", body)
    assert refused.status_code == 400  # it is her only key: refused, nothing changed
    assert "must stay valid" in refused.json()["message"]
    assert hub.post_packet(cav.packet(cpi.member_id)).status_code == 201

    new_key = Ed25519PrivateKey.generate()
    rotate = {
        **hub.registration(cav.member_id, new_key, signing=True),
        "revoke_signing": [old_kid],
    }
    assert cav.signed("POST", "/v1/keys", json.dumps(rotate).encode()).status_code == 201
    assert hub.post_packet(cav.packet(cpi.member_id)).json()["error"] == "unknown_sender"
    assert cav.signed("GET", "/v1/inbox").status_code == 401
    cav.key = new_key
    assert hub.post_packet(cav.packet(cpi.member_id)).status_code == 201
    doc = json.loads(httpx.get(hub.base + "/v1/directory").content)
    entry = next(m for m in doc["directory"]["members"] if m["id"] == cav.member_id)
    revoked = {k["key_id"]: k["revoked"] for k in entry["signing_keys"]}
    assert revoked[old_kid] is not None
    assert revoked[cav.kid] is None


def test_anchors_keep_history_and_refuse_a_rewrite(hub: Hub) -> None:
    cav = hub.member()
    h1, h2 = "a" * 64, "b" * 64
    post = lambda body: cav.signed("POST", "/v1/anchors", json.dumps(body).encode())  # noqa: E731
    assert post({"seq": 10, "head_hash": h1, "at": "2026-11-25T08:00:00Z"}).status_code == 201
    assert post({"seq": 20, "head_hash": h2, "at": "2026-11-25T09:00:00Z"}).status_code == 201
    latest = cav.signed("GET", "/v1/anchors/latest").json()
    assert (latest["seq"], latest["head_hash"]) == (20, h2)
    rewrite = post({"seq": 10, "head_hash": h2, "at": "2026-11-25T08:00:00Z"})
    assert rewrite.status_code == 400
    assert "anchored before" in rewrite.json()["message"]


def test_stats_count_packets_by_type_network_and_month_only(hub: Hub) -> None:
    cav, cpi = hub.member("CAV", network="melzo"), hub.member("CPI", "cpi", "melzo")
    for _ in range(3):
        hub.post_packet(cav.packet(cpi.member_id))
    assert httpx.get(hub.base + "/v1/stats").status_code == 401
    assert cav.signed("GET", "/v1/stats").status_code == 403
    regia = hub.member("Cabina di regia", "cabina_regia", "milano_metro")
    rows = regia.signed("GET", "/v1/stats").json()["packets"]
    assert len(rows) == 1
    assert rows[0]["network"] == "melzo"
    assert rows[0]["type"] == "referral"
    assert rows[0]["count"] == 3
    assert set(rows[0]) == {"month", "network", "type", "count"}


def test_rate_limit_answers_429_with_retry_after(hub: Hub) -> None:
    from ponte.hub.ratelimit import RateLimiter

    hub.service.limiter = RateLimiter(hub.service.clock, rate=0.01, burst=2)
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    codes = [hub.post_packet(cav.packet(cpi.member_id)) for _ in range(3)]
    assert [c.status_code for c in codes] == [201, 201, 429]
    assert int(codes[2].headers["retry-after"]) >= 1
    assert codes[2].json()["error"] == "rate_limited"
