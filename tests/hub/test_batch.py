"""Several packets per request: each answered on its own, framing checked, old hubs served."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponte.core import batch
from ponte.core.clock import SystemClock
from ponte.core.errors import MalformedPacket, OversizePacket
from ponte.core.packet import parse
from ponte.hub.app import create_app
from ponte.sync.hub_client import HubClient, Receipt

from .conftest import Hub, free_port, serve_in_thread


@given(st.lists(st.binary(min_size=1, max_size=300), min_size=1, max_size=batch.MAX_BATCH_PACKETS))
def test_framing_round_trips(packets: list[bytes]) -> None:
    assert batch.split(batch.join(packets)) == packets


@pytest.mark.parametrize(
    "body", [b"", b"\x00\x00", b"\x00\x00\x00\x05abc", b"\x00\x00\x00\x00", b"\xff\xff\xff\xffx"]
)
def test_broken_framing_is_refused(body: bytes) -> None:
    with pytest.raises((MalformedPacket, OversizePacket)):
        batch.split(body)


def test_too_many_packets_are_refused() -> None:
    with pytest.raises(OversizePacket):
        batch.join([b"x"] * (batch.MAX_BATCH_PACKETS + 1))


def _post(hub: Hub, packets: list[bytes], content_type: str = batch.CONTENT_TYPE) -> httpx.Response:
    return httpx.post(
        hub.base + "/v1/packets/batch",
        content=batch.join(packets),
        headers={"content-type": content_type},
    )


def test_each_packet_of_a_batch_gets_its_own_answer(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    good1, good2 = cav.packet(cpi.member_id), cav.packet(cpi.member_id)
    tampered = bytearray(cav.packet(cpi.member_id))
    tampered[-70] ^= 1  # inside the signature
    r = _post(hub, [good1, bytes(tampered), good2])
    assert r.status_code == 200
    results = r.json()["results"]
    assert [sorted(x) for x in results] == [
        ["created", "receipt"],
        ["error", "message", "refusal"],  # signed by the hub, for exactly those bytes
        ["created", "receipt"],
    ]
    assert results[1]["error"] == "bad_signature"
    ids = [json.loads(results[i]["receipt"])["receipt"]["packet_id"] for i in (0, 2)]
    assert ids == [parse(good1).header.id, parse(good2).header.id]
    again = _post(hub, [good1])  # a retry: the same receipt, not a second delivery
    assert again.json()["results"][0]["receipt"] == results[0]["receipt"]
    assert again.json()["results"][0]["created"] is False
    page = cpi.signed("GET", "/v1/inbox?limit=10").json()
    assert len(page["packets"]) == 2


def test_a_batch_needs_its_content_type_and_whole_framing(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    assert _post(hub, [cav.packet(cpi.member_id)], "application/octet-stream").status_code == 400
    cut = httpx.post(
        hub.base + "/v1/packets/batch",
        content=batch.join([cav.packet(cpi.member_id)])[:-10],
        headers={"content-type": batch.CONTENT_TYPE},
    )
    assert cut.status_code == 400
    assert cut.json()["error"] == "malformed"


def _client(base: str, hub: Hub, who: object) -> HubClient:
    return HubClient(
        base,
        member_id=who.member_id,  # type: ignore[attr-defined]
        signing_key=who.key,  # type: ignore[attr-defined]
        key_id=who.kid,  # type: ignore[attr-defined]
        hub_key=hub.service.hub_key.public_key(),
        clock=SystemClock(),
    )


def test_the_client_batches_and_falls_back_for_a_hub_without_batches(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    packets = [cav.packet(cpi.member_id) for _ in range(3)]
    outcomes = _client(hub.base, hub, cav).submit_many(packets)
    assert all(isinstance(o, Receipt) for o in outcomes)
    old_app = create_app(hub.service)
    old_app.router.routes = [
        r for r in old_app.router.routes if getattr(r, "path", "") != "/v1/packets/batch"
    ]
    port = free_port()
    for _ in serve_in_thread(old_app, port):
        client = _client(f"http://127.0.0.1:{port}", hub, cav)
        more = [cav.packet(cpi.member_id) for _ in range(3)]
        outcomes = client.submit_many(more)
        assert [o.packet_id for o in outcomes if isinstance(o, Receipt)] == [
            parse(p).header.id for p in more
        ]
        assert client._batch_supported is False
