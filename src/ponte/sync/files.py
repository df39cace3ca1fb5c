"""Packets as files (``.ponte``): for a USB stick or an e-mail when there is no connection.

A file is the packet's bytes exactly as they would go to the hub, so importing one runs the
same checks as an online packet (signature against the directory, recipient, expiry,
replay) and stores it through the same inbox: importing the same file twice is harmless.
"""

from __future__ import annotations

from pathlib import Path

from ponte.core.fsutil import atomic_write
from ponte.core.packet import MAX_PACKET_BYTES, parse
from ponte.sync.engine import SyncEngine

SUFFIX = ".ponte"


def export_packet(data: bytes, folder: Path) -> Path:
    """Write the packet to ``folder/<packet id>.ponte`` (0600, atomic); return the path."""
    header = parse(data).header
    path = Path(folder) / f"{header.id}{SUFFIX}"
    atomic_write(path, data)
    return path


def import_file(path: Path, engine: SyncEngine) -> str:
    """Receive a packet file; returns "stored", "already_received" or the refusal kind."""
    path = Path(path)
    if path.stat().st_size > MAX_PACKET_BYTES:
        return "oversize"
    return engine.receive(path.read_bytes())
