"""``ponte case export`` and ``ponte demo seed``."""

from __future__ import annotations

import argparse
import json
import sys

from ponte.cli.vault import _add_login, _unlock
from ponte.core.domain import Actor
from ponte.storage import demo
from ponte.storage.export import export_cases
from ponte.storage.vault import Vault


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = sub.add_parser("case", help="case records")
    cmds = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = cmds.add_parser("export", help="export cases as JSON or JSON Lines (stdout)")
    _add_login(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", action="append", help="case id (repeatable)")
    which.add_argument("--all", action="store_true", help="every case you may see")
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    p.set_defaults(handler=_export)

    d = sub.add_parser("demo", help="synthetic data for trying Ponte out")
    dcmds = d.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    p = dcmds.add_parser("seed", help="add N clearly fake cases to the vault")
    _add_login(p)
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1522)
    p.set_defaults(handler=_seed)


def actor_of(vault: Vault) -> Actor:
    return Actor(vault.account.id, vault.account.role.value, vault.device_id)


def _export(args: argparse.Namespace) -> int:
    vault = _unlock(args)
    try:
        docs = export_cases(vault.db, actor_of(vault), args.case, at=vault.clock.now())
        if args.format == "jsonl":
            for doc in docs:
                sys.stdout.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
        else:
            json.dump(list(docs), sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
            sys.stdout.write("\n")
    finally:
        vault.lock()
    return 0


def _seed(args: argparse.Namespace) -> int:
    vault = _unlock(args)
    try:
        ops = [a.id for a in vault.list_accounts()]
        n = demo.seed(vault.db, actor_of(vault), args.cases, rng_seed=args.seed, operatrici=ops)
    finally:
        vault.lock()
    print(f"Added {n} DEMO cases (synthetic, clearly fake).")
    return 0
