"""Issue 15.5: the hub cannot change what a workstation knows about keys without it showing.

The adversary is the hub's operator (or whoever holds its database): it can sign anything
with the hub key. Against a workstation that has already accepted a directory, it tries to
roll it back to an older signed copy, to swap a member's key without logging it, and to
rewrite the log's history. Each is refused, and the directory kept stays the good one.
What the log does *not* stop (a swap that is logged, a consistent fork for clients that
never meet) is in docs/threat-model.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core import dirlog
from ponte.core.directory import Directory, verify_directory
from ponte.core.errors import DirectoryError
from ponte.core.keys import key_id
from ponte.core.packet import SUITE_MLKEM768_X25519
from ponte.core.signing import Context, verify

from .conftest import HubProc, workstation


class OldDirectory(httpx.BaseTransport):
    """The network path: the real hub, except that ``/v1/directory`` answers with a copy
    recorded earlier (genuinely signed by the hub)."""

    def __init__(self, recorded: bytes) -> None:
        self.recorded = recorded
        self.real = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/directory":
            return httpx.Response(
                200, content=self.recorded, headers={"content-type": "application/json"}
            )
        return self.real.handle_request(request)


def _refreshed(ws: Workstation) -> Directory:
    """A round (the one place the directory is fetched); the copy it kept."""
    assert sync(ws).error is None
    kept = _stored(ws)
    assert kept is not None
    return kept


def _stored(ws: Workstation) -> Directory | None:
    """The copy kept in the vault, read afresh (not from the workstation's memory)."""
    return Workstation(ws.vault).kept_directory()


def _refused(ws: Workstation, match: str) -> None:
    """A round that meets a directory the log does not allow: it ends with that error."""
    error = sync(ws).error
    assert isinstance(error, DirectoryError), error
    assert re.search(match, str(error)), error


def _hub_sql(hub: HubProc, sql: str, params: tuple[object, ...] = ()) -> None:
    with hub.service.store._tx() as cur:  # the hostile operator edits the database
        cur.execute(sql, params)


def test_the_log_replays_into_the_directory_and_its_head_is_signed(
    hub: HubProc, centre: Workstation, cpi: Workstation
) -> None:
    raw = httpx.get(hub.url + "/v1/directory").content
    directory = verify_directory(raw, hub.service.hub_key.public_key())
    doc = httpx.get(hub.url + "/v1/directory/log?after=0").json()
    dirlog.check_update(None, directory, doc["entries"])
    assert [e["event"] for e in doc["entries"]].count("member") == 2
    head = doc["head"]
    assert (head["seq"], head["hash"]) == (directory.log.seq, directory.log.hash)
    verify(
        hub.service.hub_key.public_key(),
        Context.DIRECTORY_HEAD,
        json.dumps(head, separators=(",", ":"), sort_keys=True).encode(),
        bytes.fromhex(doc["sig"]),
    )


def test_a_rolled_back_directory_is_refused(
    tmp_path: Path, hub: HubProc, centre: Workstation
) -> None:
    before = httpx.get(hub.url + "/v1/directory").content  # only the centre
    workstation(tmp_path, hub, "CPI Rho", "cpi")
    seen = _refreshed(centre)
    assert len(seen.members) == 2
    hostile = Workstation(centre.vault, transport=OldDirectory(before))
    _refused(hostile, "rollback")
    assert _stored(centre) == seen


def test_a_key_swapped_without_a_log_entry_is_refused(
    hub: HubProc, centre: Workstation, cpi: Workstation
) -> None:
    seen = _refreshed(centre)
    entry = seen.member(cpi.identity.member_id)
    assert entry is not None
    pq = next(k for k in entry.encryption_keys if k.suite == SUITE_MLKEM768_X25519)
    mine = centre.identity.keys[0].pq
    assert mine is not None
    swapped = mine.public_raw()  # a key whose private half the attacker holds
    _hub_sql(
        hub,
        "UPDATE encryption_keys SET public = ?, key_id = ? WHERE member_id = ? AND key_id = ?",
        (swapped.hex(), key_id(swapped), cpi.identity.member_id, pq.key_id),
    )
    _refused(centre, "log does not have")
    assert _stored(centre) == seen
    # a workstation meeting the network for the first time replays the whole log: refused too
    with pytest.raises(DirectoryError, match="log does not have"):
        dirlog.check_update(
            None,
            verify_directory(
                httpx.get(hub.url + "/v1/directory").content, hub.service.hub_key.public_key()
            ),
            httpx.get(hub.url + "/v1/directory/log").json()["entries"],
        )


def test_a_rewritten_log_history_is_refused(
    tmp_path: Path, hub: HubProc, centre: Workstation, cpi: Workstation
) -> None:
    seen = _refreshed(centre)
    # the operator drops the last entry and writes another in its place, then goes on
    last = seen.log.seq
    _hub_sql(hub, "DELETE FROM directory_log WHERE seq = ?", (last,))
    workstation(tmp_path, hub, "ASL Rho", "health")
    _refused(centre, r"chain|fork")
    assert _stored(centre) == seen


def test_honest_changes_are_accepted_round_after_round(
    tmp_path: Path, hub: HubProc, centre: Workstation
) -> None:
    first = _refreshed(centre)
    workstation(tmp_path, hub, "CPI Rho", "cpi")
    second = _refreshed(centre)
    assert second.log.seq > first.log.seq
    assert _refreshed(centre).log == second.log  # nothing new: a 304, no log fetched
