"""A workstation notices keys of its own member that it did not create (issue 15.5).

The hub keeps an append-only, hash-chained log of directory changes and every workstation
refuses a directory that rolls back, forks or changes a key outside the log
(``core/dirlog.py``). A hub that *writes* a key swap into the log passes those checks: it
could then read what partners seal to this centre, or sign packets as it. Only this
workstation knows which keys it made, so whenever it accepts a newer directory it looks at
every key the directory lists for its own member, and every key the log entries since its
last copy add for it (one added and retired in between too), and compares them with its
own key history (``Identity.keys``, kept in the vault, written before a key is registered).

A key it did not make is recorded once (by id, in ``sync_state``), audited, logged, and from
then on shown — the status bar, ``ponte sync``, ``ponte vault check --against-hub`` — until
the network's IT has looked into it; nothing else changes: the directory is kept as usual.

The other workstations of the centre are members of their own (docs/replication.md): keys
they enrol with or register are listed under their member ids, never under this one's.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.directory import Directory
from ponte.core.dirlog import keys_of
from ponte.core.errors import ForeignKeyListed
from ponte.core.keys import raw_public
from ponte.storage import audit, syncstate
from ponte.storage.check import CheckResult
from ponte.storage.db import Database
from ponte.storage.identity import Identity

log = logging.getLogger("ponte.app.keywatch")
_RECORDED = "foreign_keys"


def own_keys(identity: Identity) -> set[str]:
    """The public keys (hex) this workstation made, current and earlier ones."""
    mine = set()
    for mk in identity.keys:
        mine.add(raw_public(mk.signing.public_key()).hex())
        mine.add(raw_public(mk.encryption.public_key()).hex())
        if mk.pq is not None:
            mine.add(mk.pq.public_raw().hex())
    return mine


def recorded(db: Database) -> list[dict[str, str]]:
    """The keys not made here that the network listed for this member, oldest first:
    ``{"kind", "key_id", "seen"}``."""
    raw = syncstate.get(db, _RECORDED)
    return [] if raw is None else list(json.loads(raw))


def watch(
    db: Database,
    identity: Identity,
    directory: Directory,
    entries: Sequence[dict[str, Any]],
    at: datetime,
    device: str = "",
) -> list[str]:
    """Record and audit each key for this member that this workstation did not make and
    has not recorded yet (call inside the transaction that keeps ``directory``); their ids."""
    mine = own_keys(identity)
    known = {r["key_id"] for r in recorded(db)}
    found = sorted(
        (
            k
            for k in keys_of(identity.member_id, directory, entries)
            if k.public.lower() not in mine
        ),
        key=lambda k: (k.kind, k.key_id),
    )
    new = [k for k in found if k.key_id not in known]
    if not new:
        return []
    rows = recorded(db) + [{"kind": k.kind, "key_id": k.key_id, "seen": rfc3339(at)} for k in new]
    syncstate.put(db, _RECORDED, json.dumps(rows))
    for k in new:
        log.warning(
            "the directory lists a %s key this workstation did not create: %s", k.kind, k.key_id
        )
        audit.append(
            db,
            actor="sync",
            device=device,
            action="directory.foreign_key",
            entity="member",
            entity_id=identity.member_id,
            at=at,
            detail={"kind": k.kind, "key_id": k.key_id},
        )
    return [k.key_id for k in new]


def alarm(db: Database) -> ForeignKeyListed | None:
    """What to show while keys not made here are recorded: the sentence, with their ids."""
    ids = [r["key_id"] for r in recorded(db)]
    return ForeignKeyListed(params=(", ".join(ids),)) if ids else None


def check(db: Database) -> CheckResult:
    """For ``ponte vault check --against-hub``, after the directory was fetched."""
    name = "the network lists only keys this workstation created for it"
    found = alarm(db)
    return CheckResult(name, found is None, "" if found is None else found.user_message())
