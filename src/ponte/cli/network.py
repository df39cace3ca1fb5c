"""``ponte enrol FILE``, ``ponte sync`` and ``ponte inbox``: the workstation on the network.

For the IT volunteer who sets a workstation up or checks it: import the provisioning file
the hub administrator made (``ponte hub enrol``), run one sync round by hand, list what
arrived. Output carries ids, types and counts only, never a payload.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.cli.vault import _add_login, unlocked
from ponte.core.errors import ProvisioningError
from ponte.core.provisioning import hub_key_fingerprint
from ponte.storage.inbox import VaultInbox


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("enrol", help="join the hub with the provisioning file of this service")
    p.add_argument("file", type=Path, help="the provisioning file from the hub administrator")
    p.add_argument(
        "--no-post-quantum",
        action="store_true",
        help="publish only the X25519 key (no ML-KEM hybrid key)",
    )
    _add_login(p)
    p.set_defaults(handler=_enrol)

    p = sub.add_parser("sync", help="one sync round now: send the outbox, fetch the inbox")
    _add_login(p)
    p.set_defaults(handler=_sync)

    p = sub.add_parser("inbox", help="list received packets (ids and types only)")
    _add_login(p)
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=_inbox)


def _enrol(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ProvisioningError(f"cannot read {args.file}") from exc
    with unlocked(args) as vault:
        ws = Workstation(vault)
        if ws.enrolled:
            raise ProvisioningError(
                f"this workstation is already enrolled as member {ws.identity.member_id}"
            )
        ident = ws.enrol(data, post_quantum=not args.no_post_quantum)
    print(f"Enrolled as member {ident.member_id} ({ident.service_type}, {ident.network}).")
    print(f"Hub: {ident.hub_url}")
    print(f"Hub key fingerprint: {hub_key_fingerprint(ident.hub_key)} (compare it by phone)")
    return 0


def _sync(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        ws = Workstation(vault)
        result = sync(ws)
        alarm = ws.key_alarm()
    print(
        f"sent {result.sent}, failed {result.failed}, received {result.received},"
        f" refused {result.refused}, waiting {result.waiting}, acknowledged {result.acked}"
    )
    if result.waiting:
        print(
            f"{result.waiting} packets wait at the hub until the network directory lists"
            " their sender; they are opened at a later sync",
            file=sys.stderr,
        )
    if alarm is not None:  # until the network's IT has looked into it, every time
        print(f"ponte: {alarm.user_message()}", file=sys.stderr)
    if result.error is not None:
        print(f"ponte: {result.error.user_message()}", file=sys.stderr)
    return 1 if result.error is not None or alarm is not None else 0


def _inbox(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        inbox = VaultInbox(vault.db)
        rows, refused, parked = (
            inbox.rows(limit=args.limit),
            inbox.refusals(args.limit),
            inbox.parked(),
        )
    for r in rows:
        state = f"refused: {r.refused}" if r.refused else r.state
        print(f"{r.received_at}\t{r.packet_id}\t{r.type}\tfrom {r.sender}\t{state}")
    for f in refused:  # never opened: known by the hash of their bytes, not by an id
        claimed = f"claims {f.claimed_id}" if f.claimed_id else "unreadable"
        print(f"{f.refused_at}\tsha256:{f.sha256[:16]}\t{claimed}\trefused: {f.reason}")
    print(
        f"{len(rows)} packets, {len(refused)} refused unopened, {len(parked)} files waiting"
        " for their sender in the directory",
        file=sys.stderr,
    )
    return 0
