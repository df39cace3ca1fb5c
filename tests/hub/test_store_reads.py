"""SQLite store: the lookups of ingest read committed rows on a connection of their own, so
checking a batch never waits behind another batch's commit (docs/hub-operations.md)."""

from __future__ import annotations

import threading
from pathlib import Path

from ponte.core.clock import SystemClock
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.store_sqlite import SqliteStore


def _route(store: SqliteStore, *args: str) -> tuple[str | None, str | None, bool] | None:
    """The lookup, from another thread (as another batch's check): None if it is still
    waiting after 10 s."""
    seen: list[tuple[str | None, str | None, bool]] = []
    thread = threading.Thread(target=lambda: seen.append(store.route(*args)), daemon=True)
    thread.start()
    thread.join(10)
    return seen[0] if seen else None


def test_a_route_lookup_is_answered_while_the_writer_is_busy(tmp_path: Path) -> None:
    tmp_path.joinpath("hub").mkdir()
    store = SqliteStore(tmp_path / "hub" / "hub.sqlite3")
    hub_key = load_or_create_hub_key(tmp_path / "hub")
    member, _ = create_member(
        store, hub_key, SystemClock(), name="CPI", service_type="cpi", network="rho", hub_url="x"
    )
    with store._tx() as cur:  # another batch is being written, not committed yet
        cur.execute(
            "INSERT INTO members (id, name, service_type, network, created)"
            " VALUES ('m-new', 'New', 'cav', 'rho', '2026-12-07T10:00:00Z')"
        )
        assert _route(store, "nobody", "no-key", member.member_id) == (None, None, True)
        assert _route(store, "x", "y", "m-new") == (None, None, False), "not committed yet"
    assert store.route("x", "y", "m-new") == (None, None, True), "committed: seen at once"
    store.close()
