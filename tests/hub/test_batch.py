"""Several packets per request: each answered on its own, framing checked, old hubs served."""

from __future__ import annotations

import hashlib
import json
import struct

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from ponte.core import batch
from ponte.core.clock import SystemClock
from ponte.core.errors import HubError, MalformedPacket, OversizePacket
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


def _post(
    hub: Hub, packets: list[bytes], content_type: str = batch.LEGACY_CONTENT_TYPE
) -> httpx.Response:
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
    assert _post(hub, [cav.packet(cpi.member_id)], "text/plain").status_code == 400
    for content_type in (batch.LEGACY_CONTENT_TYPE, batch.CONTENT_TYPE):
        cut = httpx.post(
            hub.base + "/v1/packets/batch",
            content=batch.join([cav.packet(cpi.member_id)])[:-10],
            headers={"content-type": content_type},
        )
        assert cut.status_code == 400
        assert cut.json()["error"] == "malformed"


def test_a_binary_batch_gets_one_compact_answer_signed_over_the_packets(hub: Hub) -> None:
    """Read as another implementation would (docs/protocol.md): the body is length-prefixed
    packets; the answer is "PBR1", u32 time, u16 count, one outcome byte per packet and one
    Ed25519 signature by the hub over the context, those bytes and each packet's SHA-256."""
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    good1, good2 = cav.packet(cpi.member_id), cav.packet(cpi.member_id)
    tampered = bytearray(cav.packet(cpi.member_id))
    tampered[-70] ^= 1  # inside the signature
    sent = [good1, bytes(tampered), good2, good1]
    body = b"".join(struct.pack(">I", len(p)) + p for p in sent)
    r = httpx.post(
        hub.base + "/v1/packets/batch",
        content=body,
        headers={"content-type": "application/octet-stream"},
    )
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/octet-stream"
    answer = r.content
    magic, at, n = struct.unpack_from(">4sIH", answer)
    assert (magic, n, len(answer)) == (b"PBR1", 4, 10 + 4 + 64)
    assert abs(at - SystemClock().now().timestamp()) < 120
    codes = list(answer[10:14])
    assert codes == [0x00, 0x15, 0x00, 0x01]  # stored, bad signature, stored, already held
    hashes = b"".join(hashlib.sha256(p).digest() for p in sent)
    hub.service.hub_key.public_key().verify(
        answer[-64:], b"ponte:batch-receipt/v1\x00" + answer[:-64] + hashes
    )
    page = cpi.signed("GET", "/v1/inbox?limit=10").json()
    assert len(page["packets"]) == 2


def _client(
    base: str, hub: Hub, who: object, transport: httpx.BaseTransport | None = None, hub_key=None
) -> HubClient:  # type: ignore[no-untyped-def]
    return HubClient(
        base,
        member_id=who.member_id,  # type: ignore[attr-defined]
        signing_key=who.key,  # type: ignore[attr-defined]
        key_id=who.kid,  # type: ignore[attr-defined]
        hub_key=hub_key or hub.service.hub_key.public_key(),
        clock=SystemClock(),
        transport=transport,
    )


class Recording(httpx.HTTPTransport):
    """A real HTTP transport that notes what went out and how big the answer was."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str, int, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.seen.append(
            (request.url.path, request.headers["content-type"], len(request.content),
             len(response.content))
        )  # fmt: skip
        return response


def test_the_client_sends_binary_and_keeps_a_receipt_it_can_check_again(hub: Hub) -> None:
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    packets = [cav.packet(cpi.member_id) for _ in range(3)]
    recording = Recording()
    outcomes = _client(hub.base, hub, cav, recording).submit_many(packets)
    assert [o.packet_id for o in outcomes if isinstance(o, Receipt)] == [
        parse(p).header.id for p in packets
    ]
    [(path, content_type, sent, answer)] = recording.seen
    assert (path, content_type) == ("/v1/packets/batch", "application/octet-stream")
    assert sent == sum(4 + len(p) for p in packets)
    assert answer == 10 + 3 + 64
    for outcome, p in zip(outcomes, packets, strict=True):
        assert isinstance(outcome, Receipt)
        kept = batch.read_record(outcome.raw, hub.service.hub_key.public_key())
        assert kept.kinds == ("stored", "stored", "stored")
        assert outcome.sha256 == hashlib.sha256(p).hexdigest()
    other_hub = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(HubError):
        _client(hub.base, hub, cav, hub_key=other_hub).submit_many([cav.packet(cpi.member_id)])


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


def _held(hub: Hub, packets: list[bytes]) -> list[int]:
    """Ask by hand which packets the hub holds; check its one signature over the hashes."""
    hashes = b"".join(hashlib.sha256(p).digest() for p in packets)
    r = httpx.post(
        hub.base + "/v1/packets/held",
        content=hashes,
        headers={"content-type": "application/octet-stream"},
    )
    assert r.status_code == 200, r.text
    magic, _at, n = struct.unpack_from(">4sIH", r.content)
    assert (magic, n) == (b"PBR1", len(packets))
    hub.service.hub_key.public_key().verify(
        r.content[-64:], b"ponte:batch-receipt/v1\x00" + r.content[:-64] + hashes
    )
    return list(r.content[10 : 10 + n])


def test_an_upload_cut_mid_way_keeps_the_packets_that_came_whole(hub: Hub) -> None:
    """A client that goes away in the middle of the third packet: the first two are stored,
    and the hub says so (held 0x01, absent 0x03) under its signature."""
    import socket
    import time

    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    packets = [cav.packet(cpi.member_id) for _ in range(3)]
    assert _held(hub, packets) == [0x03, 0x03, 0x03]
    body = batch.join(packets)
    cut = 2 * 4 + len(packets[0]) + len(packets[1]) + 4 + 50
    host, port = hub.base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as s:
        s.sendall(
            b"POST /v1/packets/batch HTTP/1.1\r\nHost: hub\r\n"
            b"Content-Type: application/octet-stream\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body[:cut]
        )
        time.sleep(0.2)
    for _ in range(50):
        if _held(hub, packets) != [0x03, 0x03, 0x03]:
            break
        time.sleep(0.1)
    assert _held(hub, packets) == [0x01, 0x01, 0x03]
    page = cpi.signed("GET", "/v1/inbox?limit=10").json()
    assert len(page["packets"]) == 2


def test_the_client_resumes_a_cut_upload_and_sends_only_what_is_missing(hub: Hub) -> None:
    from tests.sync.faultproxy import FaultProxy

    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    packets = [cav.packet(cpi.member_id, size=1500) for _ in range(6)]
    host, port = hub.base.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        recording = Recording()
        client = _client(proxy.url, hub, cav, recording)
        # cut in the fourth packet; a late link gives the hub time to keep the first three
        proxy.set(cut_upstream_after=4 * 1600, faults_left=1, latency=0.3)
        outcomes = client.submit_many(packets)
    assert [o.packet_id for o in outcomes if isinstance(o, Receipt)] == [
        parse(p).header.id for p in packets
    ]
    assert [path for path, *_ in recording.seen] == ["/v1/packets/held", "/v1/packets/batch"]
    [(_, _, asked, _), (_, _, resent, _)] = recording.seen
    assert asked == 32 * 6
    assert resent <= len(batch.join(packets[3:])), "only the packets the hub did not keep"
    page = cpi.signed("GET", "/v1/inbox?limit=10").json()
    assert len(page["packets"]) == 6


def test_a_batch_cut_more_often_than_resumes_still_arrives_while_each_cut_lets_packets_through(
    hub: Hub,
) -> None:
    """A lossy link cuts a big batch again and again, each time a little further on: the
    client keeps resuming as long as the hub holds more after each cut, so the whole batch
    arrives in one call (a fixed number of resumes used to leave its tail for later)."""
    from ponte.sync.hub_client import RESUMES
    from tests.sync.faultproxy import FaultProxy

    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    packets = [cav.packet(cpi.member_id, size=1500) for _ in range(12)]
    host, port = hub.base.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        recording = Recording()
        client = _client(proxy.url, hub, cav, recording)
        # the first RESUMES + 3 connections are cut ~4 KB in (after their "held?" question,
        # if any): a packet or two get through each time, and the upload is cut more often
        # than RESUMES
        proxy.set(cut_upstream_after=4000, faults_left=RESUMES + 3, latency=0.2)
        outcomes = client.submit_many(packets)
    assert [o.packet_id for o in outcomes if isinstance(o, Receipt)] == [
        parse(p).header.id for p in packets
    ]
    assert [path for path, *_ in recording.seen].count("/v1/packets/held") > RESUMES + 1
    page = cpi.signed("GET", "/v1/inbox?limit=20").json()
    assert sorted(p["id"] for p in page["packets"]) == sorted(parse(p).header.id for p in packets)
