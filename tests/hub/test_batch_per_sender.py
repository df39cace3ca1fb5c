"""Issue 15.9 on wire format v2's paths: binary batches and the resume question
(``POST /v1/packets/held``). Packet ids are unique per sender, so a member that learnt
another's packet id and submits a packet of its own under it first must not

- get the genuine packet refused as a replay when it comes in a binary batch,
- make the genuine packet look held to its sender resuming a cut upload (who would then
  take the squatter's receipt for its own and never send the genuine packet),
- have it acknowledged away with its own.

Everything over real HTTP against a hub on loopback, read as another implementation would:
the outcome bytes of the binary answer (docs/protocol.md), checked against the hub's key.
"""

from __future__ import annotations

import hashlib
import struct

import httpx

from ponte.core import batch
from ponte.core.ids import new_id
from ponte.core.packet import parse
from ponte.sync.hub_client import Receipt
from tests.sync.faultproxy import FaultProxy

from .conftest import Hub
from .test_ack_by_sender import _ack, _inbox
from .test_batch import _client

STORED, HELD, ABSENT, REPLAY = 0x00, 0x01, 0x03, 0x18


def _answer(hub: Hub, path: str, body: bytes, hashes: bytes) -> list[int]:
    r = httpx.post(hub.base + path, content=body, headers={"content-type": batch.CONTENT_TYPE})
    assert r.status_code == 200, r.text
    magic, _at, n = struct.unpack_from(">4sIH", r.content)
    assert magic == b"PBR1"
    hub.service.hub_key.public_key().verify(
        r.content[-64:], b"ponte:batch-receipt/v1\x00" + r.content[:-64] + hashes
    )
    return list(r.content[10 : 10 + n])


def _hashes(packets: list[bytes]) -> bytes:
    return b"".join(hashlib.sha256(p).digest() for p in packets)


def _batch(hub: Hub, packets: list[bytes]) -> list[int]:
    """One binary batch, as a v2 client sends it: each packet's outcome byte."""
    body = b"".join(struct.pack(">I", len(p)) + p for p in packets)
    return _answer(hub, "/v1/packets/batch", body, _hashes(packets))


def _held(hub: Hub, packets: list[bytes]) -> list[int]:
    """The resume question: which of these packets (by SHA-256) does the hub hold?"""
    return _answer(hub, "/v1/packets/held", _hashes(packets), _hashes(packets))


def test_a_squatted_id_in_a_binary_batch_is_another_packet(hub: Hub) -> None:
    cav, cpi, mallory = hub.member("CAV"), hub.member("CPI", "cpi"), hub.member("Mallory")
    pid = new_id()  # learnt in advance by mallory, who sends first
    squat = mallory.packet(cpi.member_id, pid=pid)
    real = cav.packet(cpi.member_id, pid=pid)
    assert _batch(hub, [squat]) == [STORED]

    assert _held(hub, [real, squat]) == [ABSENT, HELD], "the squatter's is not the genuine one"
    assert _batch(hub, [real]) == [STORED], "not a replay: ids are unique per sender"
    assert _batch(hub, [squat, real]) == [HELD, HELD], "a retry of each is the same packet"
    other = cav.packet(cpi.member_id, pid=pid)  # cav's own id again, other bytes: a replay
    assert _batch(hub, [other]) == [REPLAY]

    assert sorted(_inbox(cpi)) == sorted(
        [(mallory.member_id, pid, squat), (cav.member_id, pid, real)]
    )
    assert _ack(cpi, {"packets": [{"from": mallory.member_id, "id": pid}]}) == 1
    assert _inbox(cpi) == [(cav.member_id, pid, real)], "the genuine packet is still held"


def test_both_packets_under_one_id_in_one_batch_are_both_stored(hub: Hub) -> None:
    """One transaction, stored in (sender, id) order: two senders, one id, two packets."""
    cav, cpi, mallory = hub.member("CAV"), hub.member("CPI", "cpi"), hub.member("Mallory")
    pid = new_id()
    sent = [cav.packet(cpi.member_id, pid=pid), mallory.packet(cpi.member_id, pid=pid)]
    assert _batch(hub, sent) == [STORED, STORED]
    assert _held(hub, sent) == [HELD, HELD]
    assert sorted(_inbox(cpi)) == sorted(
        [(cav.member_id, pid, sent[0]), (mallory.member_id, pid, sent[1])]
    )


def test_a_cut_upload_resumes_past_a_squatted_id_and_sends_the_genuine_packet(
    hub: Hub,
) -> None:
    """Mallory holds a packet under the id of cav's fourth; cav's upload is cut in that
    fourth packet. Asked what it holds, the hub must not answer for mallory's packet: cav
    sends its own again and the job centre gets it."""
    cav, cpi, mallory = hub.member("CAV"), hub.member("CPI", "cpi"), hub.member("Mallory")
    packets = [cav.packet(cpi.member_id, size=1500) for _ in range(6)]
    squatted = parse(packets[3]).header.id
    squat = mallory.packet(cpi.member_id, pid=squatted, size=1500)
    assert _batch(hub, [squat]) == [STORED]
    host, port = hub.base.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        client = _client(proxy.url, hub, cav)
        # cut in the fourth packet; a late link gives the hub time to keep the first three
        proxy.set(cut_upstream_after=4 * 1600, faults_left=1, latency=0.3)
        outcomes = client.submit_many(packets)
    assert all(isinstance(o, Receipt) for o in outcomes), outcomes
    assert [o.sha256 for o in outcomes if isinstance(o, Receipt)] == [
        hashlib.sha256(p).hexdigest() for p in packets
    ], "each receipt is for cav's own bytes"
    assert _held(hub, packets) == [HELD] * 6
    got = {(s, i): raw for s, i, raw in _inbox(cpi)}
    assert got[(cav.member_id, squatted)] == packets[3], "the genuine packet arrived"
    assert got[(mallory.member_id, squatted)] == squat
    assert len(got) == 7


def test_a_batch_that_repeats_a_packet_stores_it_once_and_answers_each_place(hub: Hub) -> None:
    """The store logs a whole batch in one statement: a packet twice in one batch, another
    packet under the same id in it, and one logged by an earlier batch are each answered as
    they would be one by one, and the recipient gets each stored packet exactly once."""
    cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
    earlier = cav.packet(cpi.member_id)
    assert _batch(hub, [earlier]) == [STORED]
    pid = new_id()
    first = cav.packet(cpi.member_id, pid=pid)
    same_id = cav.packet(cpi.member_id, pid=pid)  # cav's id again, other bytes: a replay
    fresh = cav.packet(cpi.member_id)
    outcomes = _batch(hub, [first, earlier, first, same_id, fresh])
    assert outcomes == [STORED, HELD, HELD, REPLAY, STORED]
    assert sorted(_inbox(cpi)) == sorted(
        (cav.member_id, parse(p).header.id, p) for p in (earlier, first, fresh)
    )
    assert _batch(hub, [same_id, fresh]) == [REPLAY, HELD]
