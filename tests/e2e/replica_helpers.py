"""Devices of one centre, each a workstation enrolled with the real hub on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from ponte.app.background import BackgroundSync, sync
from ponte.app.replication import Replication
from ponte.app.workstation import Workstation
from ponte.storage.replica import stream

from .conftest import HubProc, workstation


def device(tmp: Path, hub: HubProc, name: str) -> Replication:
    return Replication(workstation(tmp, hub, name, "cav"))


def join(
    sponsor: Replication, new: Replication, progress: list[tuple[int, int]] | None = None
) -> None:
    """The join ritual: request file → accept on the sponsor → offer file → catch up."""
    offer = sponsor.accept_join(new.join_request())
    new.accept_offer(offer)
    sync(sponsor.ws)  # the snapshot leaves for the hub
    assert BackgroundSync(new.ws).catch_up(
        lambda done, total: progress.append((done, total)) if progress is not None else None
    )
    assert stream.joined(new.db)


def centre(tmp: Path, hub: HubProc, names: tuple[str, ...]) -> list[Replication]:
    first = device(tmp, hub, names[0])
    first.found()
    nodes = [first]
    for name in names[1:]:
        new = device(tmp, hub, name)
        join(first, new)
        nodes.append(new)
    settle(nodes)
    return nodes


def settle(nodes: list[Replication], rounds: int = 3) -> None:
    """Sync every device a few rounds: enough for every change to reach everyone."""
    for _ in range(rounds):
        for n in nodes:
            result = sync(n.ws)  # the ordinary sync round carries replication too
            assert result.error is None, result.error


def ws(r: Replication) -> Workstation:
    return r.ws
