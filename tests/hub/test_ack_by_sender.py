"""Issue 15.9, end to end at the hub: packet ids are unique per sender, so the inbox names
each packet's sender and an acknowledgement names ``(sender, id)``. Acknowledging a
squatter's packet must not delete the genuine packet held under the same id.

The first form, ``{"ids": [...]}``, is still accepted from older clients: it deletes every
packet addressed to the caller under those ids, whoever sent them (docs/protocol.md)."""

from __future__ import annotations

import base64
import json

from ponte.core.ids import new_id

from .conftest import Client, Hub


def _inbox(member: Client) -> list[tuple[str, str, bytes]]:
    r = member.signed("GET", "/v1/inbox")
    assert r.status_code == 200, r.text
    return [(p["from"], p["id"], base64.b64decode(p["packet"])) for p in r.json()["packets"]]


def _ack(member: Client, body: object) -> int:
    r = member.signed("POST", "/v1/inbox/ack", json.dumps(body).encode())
    assert r.status_code == 200, r.text
    return int(r.json()["deleted"])


def test_the_inbox_names_each_packets_sender_and_an_ack_names_sender_and_id(hub: Hub) -> None:
    cav, cpi, mallory = hub.member("CAV"), hub.member("CPI", "cpi"), hub.member("Mallory")
    pid = new_id()  # learnt in advance by mallory, who sends first
    squat = mallory.packet(cpi.member_id, pid=pid)
    real = cav.packet(cpi.member_id, pid=pid)
    for raw in (squat, real):
        assert hub.post_packet(raw).status_code == 201
    assert sorted(_inbox(cpi)) == sorted(
        [(mallory.member_id, pid, squat), (cav.member_id, pid, real)]
    )

    assert _ack(cpi, {"packets": [{"from": mallory.member_id, "id": pid}]}) == 1
    assert _inbox(cpi) == [(cav.member_id, pid, real)], "the genuine packet is still held"
    assert _ack(cpi, {"packets": [{"from": mallory.member_id, "id": pid}]}) == 0  # once
    assert _ack(cpi, {"packets": [{"from": cav.member_id, "id": pid}]}) == 1
    assert _inbox(cpi) == []


def test_an_ack_deletes_only_packets_addressed_to_the_caller(hub: Hub) -> None:
    cav, cpi, asl = hub.member("CAV"), hub.member("CPI", "cpi"), hub.member("ASL", "health")
    pid = new_id()
    assert hub.post_packet(cav.packet(cpi.member_id, pid=pid)).status_code == 201
    assert _ack(asl, {"packets": [{"from": cav.member_id, "id": pid}]}) == 0
    assert _ack(asl, {"ids": [pid]}) == 0
    assert [i for _, i, _ in _inbox(cpi)] == [pid]


def test_the_id_only_form_of_older_clients_is_still_accepted(hub: Hub) -> None:
    """An older client acknowledges by id: every packet to it under that id goes."""
    cav, cpi, mallory = hub.member("CAV"), hub.member("CPI", "cpi"), hub.member("Mallory")
    pid, other = new_id(), new_id()
    for raw in (
        mallory.packet(cpi.member_id, pid=pid),
        cav.packet(cpi.member_id, pid=pid),
        cav.packet(cpi.member_id, pid=other),
    ):
        assert hub.post_packet(raw).status_code == 201
    assert _ack(cpi, {"ids": [pid]}) == 2
    assert [i for _, i, _ in _inbox(cpi)] == [other]


def test_a_malformed_ack_is_a_400_with_a_sentence(hub: Hub) -> None:
    cpi = hub.member("CPI", "cpi")
    for body in (
        {"packets": [{"id": new_id()}]},
        {"packets": [{"from": 3, "id": new_id()}]},
        {"packets": ["x"]},
        {"packets": [], "ids": []},
        {"packets": [{"from": "a", "id": "b", "more": 1}]},
        {"packets": [{"from": "a", "id": "b"}] * 1001},
    ):
        r = cpi.signed("POST", "/v1/inbox/ack", json.dumps(body).encode())
        assert r.status_code == 400, (body, r.text)
        assert r.json()["message"]
