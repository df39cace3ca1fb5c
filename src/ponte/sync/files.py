"""Packets as files (``.ponte``): for a USB stick or an e-mail when there is no connection.

A file is the packet's bytes exactly as they would go to the hub, so importing one runs the
same checks as an online packet (signature against the directory, recipient, expiry,
replay) and stores it through the same receiver: importing the same file twice, or receiving
the same packet later from the hub, stores it once. A file from a sender this workstation's
directory copy does not know yet is parked in the vault and opened after a sync round.
"""

from __future__ import annotations

from pathlib import Path

from ponte.core.directory import Directory
from ponte.core.errors import OversizePacket
from ponte.core.fsutil import atomic_write
from ponte.core.packet import MAX_PACKET_BYTES, parse
from ponte.sync.receiver import Receiver

SUFFIX = ".ponte"


def export_packet(data: bytes, folder: Path) -> Path:
    """Write the packet to ``folder/<packet id>.ponte`` (0600, atomic); return the path."""
    header = parse(data).header
    path = Path(folder) / f"{header.id}{SUFFIX}"
    atomic_write(path, data)
    return path


def import_file(path: Path, receiver: Receiver, directory: Directory | None) -> str:
    """Receive a packet file; "stored", "already_received", "waiting" or the refusal kind."""
    path = Path(path)
    if path.stat().st_size > MAX_PACKET_BYTES:
        return OversizePacket.kind
    return receiver.receive_file(path.read_bytes(), directory).word
