"""``ponte packet inspect``: look inside a packet file by hand.

Without keys it prints the header (all the hub sees). With ``--sender-key HEX`` it checks
the signature; with ``--recipient-key FILE`` as well it opens the payload. Any refusal is
printed as its sentence, with a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ponte.core.errors import UsageError
from ponte.core.keys import (
    PqKeyPair,
    RecipientPrivateKey,
    ed25519_public,
    key_id,
    read_private_key_file,
)
from ponte.core.packet import parse
from ponte.core.sealing import check_envelope, open_packet


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    packet = sub.add_parser("packet", help="referral packets")
    cmds = packet.add_subparsers(dest="packet_command", metavar="ACTION", required=True)
    p = cmds.add_parser("inspect", help="print a packet's header; with keys, verify and open it")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--sender-key", help="sender's raw Ed25519 public key, hex (instead of the directory)"
    )
    p.add_argument(
        "--recipient-key", type=Path, help="file with the recipient's raw private key, hex"
    )
    p.add_argument("--recipient-id", help="recipient member id (default: the header's)")
    p.add_argument("--now", help="RFC 3339 time for the expiry check (default: now)")
    p.set_defaults(handler=_inspect)


def _recipient_key(path: Path) -> RecipientPrivateKey:
    raw = read_private_key_file(path)
    if len(raw) == 32:
        return X25519PrivateKey.from_private_bytes(raw)
    return PqKeyPair.from_private_raw(raw).private()


def _inspect(args: argparse.Namespace) -> int:
    data = args.file.read_bytes()
    packet = parse(data)
    print(json.dumps(packet.header.to_json(), indent=2))
    print(f"size: {len(data)} bytes, ciphertext {len(packet.ct)} bytes")
    if not args.sender_key:
        if args.recipient_key:
            raise UsageError("opening needs --sender-key too: the signature comes first")
        return 0
    sender = bytes.fromhex(args.sender_key)
    sender_key = ed25519_public(sender)  # refuses a weak key before anything is checked

    def lookup(_member: str, kid: str) -> Ed25519PublicKey | None:
        return sender_key if kid == key_id(sender) else None

    check_envelope(packet, sender_key_lookup=lookup)
    print("signature: valid")
    if not args.recipient_key:
        return 0
    now = (
        datetime.now(UTC)
        if not args.now
        else datetime.fromisoformat(args.now.replace("Z", "+00:00"))
    )
    opened = open_packet(
        data,
        my_id=args.recipient_id or packet.header.recipient,
        my_keys=[_recipient_key(args.recipient_key)],
        sender_key_lookup=lookup,
        seen=lambda _id: False,
        now=now,
    )
    print(json.dumps(opened.payload, indent=2, ensure_ascii=False))
    return 0
