"""The directory log: every change to the directory, append-only and hash-chained.

Each entry is a JSON object ``{"seq", "prev", "at", "event", "member", ...}`` where ``prev``
is the hash of the entry before it (``GENESIS`` for the first) and an entry's hash is the
SHA-256 of its RFC 8785 bytes. Events and their fields:

| event | fields |
|---|---|
| ``member`` | ``name``, ``service_type``, ``network`` (a member enrolled) |
| ``signing_key`` | ``key_id``, ``ed25519`` |
| ``signing_key_revoked`` | ``key_id`` |
| ``encryption_key`` | ``key_id``, ``suite``, ``public`` |
| ``encryption_key_retired`` | ``key_id`` |

The directory the hub signs names the log's head (``seq`` and ``hash``), and is exactly what
replaying the log gives (:func:`replay`). A client keeps the last directory it accepted; a
new one must have a head at least as far along, and the entries between the two heads
must chain from the old head to the new one and replay the old directory into the new one
(:func:`check_update`). So a directory cannot roll back, fork from what this client saw,
or carry a key change that is not in the log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import rfc8785

from ponte.core.directory import Directory, EncryptionKey, LogHead, Member, SigningKey
from ponte.core.errors import DirectoryError

GENESIS = "0" * 64
EVENTS = {
    "member": ("name", "service_type", "network"),
    "signing_key": ("key_id", "ed25519"),
    "signing_key_revoked": ("key_id",),
    "encryption_key": ("key_id", "suite", "public"),
    "encryption_key_retired": ("key_id",),
}


def entry_hash(entry: dict[str, Any]) -> str:
    return hashlib.sha256(rfc8785.dumps(entry)).hexdigest()


def chain(head: LogHead, events: Iterable[dict[str, Any]], at: str) -> list[dict[str, Any]]:
    """New entries for ``events`` (each ``{"event", "member", ...}``, with its own ``at`` or
    ``at`` for all) after ``head``."""
    out, seq, prev = [], head.seq, head.hash
    for event in events:
        seq += 1
        entry = {"at": at, **event, "seq": seq, "prev": prev}
        prev = entry_hash(entry)
        out.append(entry)
    return out


@dataclass
class _State:
    name: str
    service_type: str
    network: str
    signing: dict[str, SigningKey] = field(default_factory=dict)
    encryption: dict[str, EncryptionKey] = field(default_factory=dict)


def _states(members: Iterable[Member]) -> dict[str, _State]:
    return {
        m.id: _State(
            m.name,
            m.service_type,
            m.network,
            {k.key_id: k for k in m.signing_keys},
            {k.key_id: k for k in m.encryption_keys},
        )
        for m in members
    }


def _apply(states: dict[str, _State], e: dict[str, Any]) -> None:
    kind, member, at = e.get("event"), e.get("member"), e.get("at")
    if kind not in EVENTS or not isinstance(member, str) or not isinstance(at, str):
        raise DirectoryError("directory log entry")
    if set(e) != {"seq", "prev", "at", "event", "member", *EVENTS[kind]} or not all(
        isinstance(e[f], str) for f in EVENTS[kind]
    ):
        raise DirectoryError("directory log entry fields")
    if kind == "member":
        old = states.get(member)
        states[member] = _State(e["name"], e["service_type"], e["network"])
        if old is not None:
            states[member].signing, states[member].encryption = old.signing, old.encryption
        return
    state = states.get(member)
    if state is None:
        raise DirectoryError("directory log: key for an unknown member")
    kid = e["key_id"]
    if kind == "signing_key":
        state.signing.setdefault(kid, SigningKey(kid, e["ed25519"], at))
    elif kind == "signing_key_revoked" and kid in state.signing:
        old_key = state.signing[kid]
        state.signing[kid] = SigningKey(kid, old_key.ed25519, old_key.added, at)
    elif kind == "encryption_key":
        state.encryption.setdefault(kid, EncryptionKey(kid, e["suite"], e["public"], at))
    elif kind == "encryption_key_retired":
        state.encryption.pop(kid, None)


def _listing(states: dict[str, _State]) -> dict[str, Any]:
    """What a directory says about each listed member (members without a signing key are
    not listed), independent of order."""
    return {
        mid: (
            s.name,
            s.service_type,
            s.network,
            frozenset(s.signing.values()),
            frozenset(s.encryption.values()),
        )
        for mid, s in states.items()
        if s.signing
    }


def verify_chain(start: LogHead, entries: Sequence[dict[str, Any]], end: LogHead) -> None:
    """The entries follow ``start`` one by one and end exactly at ``end``."""
    seq, prev = start.seq, start.hash
    for e in entries:
        if not isinstance(e, dict) or e.get("seq") != seq + 1 or e.get("prev") != prev:
            raise DirectoryError("the directory log does not chain")
        try:
            prev = entry_hash(e)
        except (TypeError, ValueError, rfc8785.CanonicalizationError) as exc:
            raise DirectoryError("directory log entry") from exc
        seq += 1
    if (seq, prev) != (end.seq, end.hash):
        raise DirectoryError("the directory log does not reach the directory's head")


def replay(base: Sequence[Member], entries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    states = _states(base)
    for e in entries:
        _apply(states, e)
    return _listing(states)


@dataclass(frozen=True)
class ListedKey:
    """A key the directory or its log gives a member."""

    kind: str  # "signing" or "encryption"
    key_id: str
    public: str  # raw public key, hex


def keys_of(
    member_id: str, directory: Directory, entries: Iterable[dict[str, Any]]
) -> set[ListedKey]:
    """Every key ``directory`` lists for ``member_id`` (revoked signing keys included), and
    every key the log ``entries`` add for it — one added and retired between two fetches
    too. Call after :func:`check_update` accepted them."""
    found: set[ListedKey] = set()
    member = directory.member(member_id)
    if member is not None:
        found |= {ListedKey("signing", k.key_id, k.ed25519) for k in member.signing_keys}
        found |= {ListedKey("encryption", k.key_id, k.public) for k in member.encryption_keys}
    for e in entries:
        if e.get("member") == member_id and e.get("event") == "signing_key":
            found.add(ListedKey("signing", str(e["key_id"]), str(e["ed25519"])))
        elif e.get("member") == member_id and e.get("event") == "encryption_key":
            found.add(ListedKey("encryption", str(e["key_id"]), str(e["public"])))
    return found


def check_update(old: Directory | None, new: Directory, entries: Sequence[dict[str, Any]]) -> None:
    """Accept ``new`` only if it extends ``old`` (the last directory this client accepted,
    or None for the first) through ``entries``: no rollback, no fork, no unlogged change.
    ``entries`` are the log entries after ``old``'s head (all of them when ``old`` is None).
    """
    start = old.log if old is not None else LogHead(0, GENESIS)
    if new.log.seq < start.seq:
        raise DirectoryError("the directory is older than one already seen (rollback)")
    if new.log.seq == start.seq and new.log.hash != start.hash:
        raise DirectoryError("the directory log forked from the one already seen")
    verify_chain(start, entries, new.log)
    base = old.members if old is not None else ()
    if replay(base, entries) != _listing(_states(new.members)):
        raise DirectoryError("the directory lists keys its log does not have")
