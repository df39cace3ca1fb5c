"""Issue 15.5: a workstation notices a key of its own member that it did not create.

The adversary is the hub's operator (or whoever holds the hub's database and key): instead of
swapping a key silently (which the directory log already refuses, tests/e2e/test_directory_log.py),
it writes a key of its own for a centre into the hub database *and* into the directory log,
chained as the hub would, so that every workstation accepts the directory — and partners seal
to that key, or verify packets signed with it as the centre's. The centre's own workstation
must say so, plainly and persistently, and change nothing else. A key another workstation of
the same centre registers (its own member: each device is a member of its own) is no alarm.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core import dirlog
from ponte.core.clock import SystemClock, rfc3339
from ponte.core.directory import LogHead
from ponte.core.httpsig import sign_request
from ponte.core.keyreg import registration
from ponte.core.keys import key_id
from ponte.core.packet import SUITE_X25519
from ponte.storage import audit
from ponte.storage.vault import Vault

from .conftest import HubProc
from .replica_helpers import centre as devices_of_a_centre

PW = "e2e passphrase!"  # the conftest's workstations
SENTENCE = "lists a key for this centre that this workstation did not create"


def ponte(ws: Workstation, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI on ``ws``'s data folder, as the network's IT would run it."""
    env = {**os.environ, "PONTE_PASSPHRASE": PW, "PONTE_USER": "admin"}
    return subprocess.run(
        [sys.executable, "-m", "ponte", "--data-dir", str(ws.vault.data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def _operator_adds_a_key(hub: HubProc, member: str, kind: str) -> str:
    """The hostile operator writes a key it holds for ``member`` into the hub's database and
    its directory log, chained as the hub chains it: the hub serves and signs it. Its id."""
    at = rfc3339(SystemClock().now())
    if kind == "signing":
        public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
        row = ("INSERT INTO signing_keys (member_id, key_id, ed25519, added) VALUES (?, ?, ?, ?)",
               (member, key_id(public), public.hex(), at))  # fmt: skip
        event = {"event": "signing_key", "member": member, "key_id": key_id(public),
                 "ed25519": public.hex()}  # fmt: skip
    else:
        public = X25519PrivateKey.generate().public_key().public_bytes_raw()
        row = ("INSERT INTO encryption_keys (member_id, key_id, suite, public, added)"
               " VALUES (?, ?, ?, ?, ?)", (member, key_id(public), SUITE_X25519, public.hex(), at))  # fmt: skip
        event = {"event": "encryption_key", "member": member, "key_id": key_id(public),
                 "suite": SUITE_X25519, "public": public.hex()}  # fmt: skip
    with hub.service.store._tx() as cur:  # the operator edits the database
        cur.execute(*row)
        cur.execute("SELECT seq, hash FROM directory_log ORDER BY seq DESC LIMIT 1")
        seq, head = cur.fetchone()
        for entry in dirlog.chain(LogHead(int(seq), str(head)), [event], at):
            cur.execute(
                "INSERT INTO directory_log (seq, hash, entry) VALUES (?, ?, ?)",
                (entry["seq"], dirlog.entry_hash(entry), json.dumps(entry)),
            )
    return key_id(public)


def _alarms_audited(ws: Workstation) -> list[str]:
    return [
        str(e.detail.get("key_id"))
        for e in audit.entries(ws.vault.db, limit=10_000)
        if e.action == "directory.foreign_key"
    ]


def test_a_key_the_hub_wrote_into_the_log_for_this_centre_raises_the_alarm(
    hub: HubProc, centre: Workstation, cpi: Workstation
) -> None:
    member = centre.identity.member_id
    assert sync(centre).error is None
    assert _alarms_audited(centre) == [], "its own keys raise nothing"
    swapped = _operator_adds_a_key(hub, member, "signing")
    centre.vault.lock()  # the CLI opens the vault itself

    first = ponte(centre, "sync")
    assert SENTENCE in first.stderr, first.stderr
    assert swapped in first.stderr, "the key id, to read to the network's IT"
    assert first.returncode == 1
    assert "received 0" in first.stdout, "the round itself went on"

    again = ponte(centre, "sync")  # persistent: every round says it again
    assert SENTENCE in again.stderr
    check = ponte(centre, "vault", "check", "--against-hub")
    assert check.returncode == 1
    assert any(
        line.startswith("FAILED") and SENTENCE in line and swapped in line
        for line in check.stdout.splitlines()
    ), check.stdout

    ws = Workstation(Vault.unlock(centre.vault.data_dir, "admin", PW))
    assert _alarms_audited(ws) == [swapped], "audited once, however often it is seen"
    kept = ws.kept_directory()
    assert kept is not None
    assert kept.log.seq == hub.service.store.directory_state()[1].seq, "nothing else changed"
    assert sync(cpi).error is None
    assert _alarms_audited(cpi) == [], "a key listed for another member is not this one's"
    ws.vault.lock()


def test_an_encryption_key_added_and_retired_between_two_rounds_is_still_seen(
    hub: HubProc, centre: Workstation
) -> None:
    """Partners may seal her referral to a key the hub holds and then retire it: gone from
    the directory, it is still in the log the workstation reads."""
    member = centre.identity.member_id
    assert sync(centre).error is None
    planted = _operator_adds_a_key(hub, member, "encryption")
    hub.service.store.add_keys(member, [], [], retire=[planted], now=rfc3339(SystemClock().now()))
    directory = httpx.get(hub.url + "/v1/directory").json()["directory"]
    listed = next(m for m in directory["members"] if m["id"] == member)
    assert planted not in [k["key_id"] for k in listed["encryption_keys"]]
    result = sync(centre)
    assert result.error is None
    assert _alarms_audited(centre) == [planted]


def test_a_key_another_workstation_of_the_centre_registers_is_no_alarm(
    tmp_path: Path, hub: HubProc
) -> None:
    """Each device of a centre is a member of its own (docs/replication.md): the keys the
    other device enrolled with, and one it registers later with its own key and proof, are
    listed under its member id, never under this one's."""
    main, desk = devices_of_a_centre(tmp_path, hub, ("CAV Rho sede", "CAV Rho sportello"))
    sibling = desk.ws.identity
    new = X25519PrivateKey.generate().public_key().public_bytes_raw()
    body = json.dumps(
        registration(
            member_id=sibling.member_id,
            hub_key_id=key_id(bytes.fromhex(sibling.hub_key)),
            at=rfc3339(SystemClock().now()),
            signing_key=None,
            encryption_keys=[{"suite": SUITE_X25519, "public": new.hex()}],
            signer=sibling.current.signing,
        )
    ).encode()
    headers = sign_request(
        "POST", "/v1/keys", body, key=sibling.current.signing, member_id=sibling.member_id,
        key_id=sibling.current.signing_key_id, created=SystemClock().now(),
    )  # fmt: skip
    r = httpx.post(hub.url + "/v1/keys", content=body, headers=headers)
    assert r.status_code == 201, r.text

    assert sync(main.ws).error is None
    kept = main.ws.kept_directory()
    assert kept is not None
    listed = kept.member(sibling.member_id)
    assert listed is not None
    assert key_id(new) in [k.key_id for k in listed.encryption_keys], "the round saw it"
    assert _alarms_audited(main.ws) == []

    # the hub writing a key for the main workstation is seen there, and only there
    planted = _operator_adds_a_key(hub, main.ws.identity.member_id, "encryption")
    assert sync(main.ws).error is None
    assert sync(desk.ws).error is None
    assert _alarms_audited(main.ws) == [planted]
    assert planted not in _alarms_audited(desk.ws)
