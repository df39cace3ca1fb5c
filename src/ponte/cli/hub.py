"""``ponte hub serve`` and ``ponte hub enrol``."""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
from pathlib import Path

from ponte.cli._common import data_dir
from ponte.core.clock import SystemClock
from ponte.core.directory import NETWORKS, SERVICE_TYPES
from ponte.core.errors import UsageError
from ponte.core.fsutil import atomic_write
from ponte.core.provisioning import hub_key_fingerprint
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = sub.add_parser("hub", help="run or administer the metropolitan hub")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="COMMAND", required=True)

    p_serve = hub_sub.add_parser("serve", help="run the hub server")
    p_serve.add_argument("--data-dir", help="hub folder (key, SQLite database)")
    p_serve.add_argument("--db", help="postgresql://… instead of SQLite in the data dir")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8443)
    p_serve.add_argument("--rate", type=float, default=20.0, help="requests/s per member")
    p_serve.add_argument("--burst", type=int, default=200, help="burst size per member")
    p_serve.set_defaults(handler=_serve)

    p_enrol = hub_sub.add_parser("enrol", help="register a member and write its provisioning file")
    p_enrol.add_argument("--data-dir", help="hub folder (key, SQLite database)")
    p_enrol.add_argument("--db", help="postgresql://… instead of SQLite in the data dir")
    p_enrol.add_argument("--name", required=True)
    p_enrol.add_argument("--type", required=True, choices=sorted(SERVICE_TYPES))
    p_enrol.add_argument("--network", default="milano_metro", choices=sorted(NETWORKS))
    p_enrol.add_argument("--hub-url", default="https://127.0.0.1:8443")
    p_enrol.add_argument("--ca-pem", help="PEM file of a private CA the client should pin")
    p_enrol.add_argument("--out", required=True, help="provisioning file to write")
    p_enrol.set_defaults(handler=_enrol)


def _hub_dir(args: argparse.Namespace) -> Path:
    if args.db and importlib.util.find_spec("psycopg_pool") is None:
        # the desktop bundle leaves the PostgreSQL driver out (packaging/ponte.spec)
        raise UsageError(
            "--db: this build of Ponte has no PostgreSQL driver; install the hub with pip"
            " (docs/hub-operations.md) or leave out --db to use SQLite"
        )
    return Path(args.data_dir) if args.data_dir else data_dir(args) / "hub"


def _serve(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    from ponte.hub.server import serve  # the server (uvicorn, Starlette) loads only to serve

    serve(_hub_dir(args), args.db, args.host, args.port, rate=args.rate, burst=args.burst)
    return 0


def _enrol(args: argparse.Namespace) -> int:
    directory = _hub_dir(args)
    from ponte.hub.server import open_store  # not loaded when the app starts

    store = open_store(directory, args.db)
    try:
        ca = Path(args.ca_pem).read_text(encoding="ascii") if args.ca_pem else None
        prov, data = create_member(
            store,
            load_or_create_hub_key(directory),
            SystemClock(),
            name=args.name,
            service_type=args.type,
            network=args.network,
            hub_url=args.hub_url,
            ca_pem=ca,
        )
    finally:
        store.close()
    atomic_write(Path(args.out), data)
    print(f"member {prov.member_id}: provisioning file written to {args.out}", file=sys.stdout)
    print(f"token expires {prov.token_expires}; hand the file over in person", file=sys.stdout)
    print(f"hub key fingerprint: {hub_key_fingerprint(prov.hub_key)} (read it out by phone)")
    return 0
