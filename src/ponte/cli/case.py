"""``ponte case export`` and ``ponte demo seed``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ponte.cli.vault import _add_login, unlocked
from ponte.core.errors import UsageError
from ponte.core.fsutil import atomic_write
from ponte.storage import demo
from ponte.storage.erase import erase_person
from ponte.storage.export import export_cases, subject_access


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

    p = cmds.add_parser("access-export", help="everything held about one woman (GDPR art. 15)")
    _add_login(p)
    p.add_argument("--person", required=True, help="person id")
    p.add_argument("--out", type=Path, required=True, help="JSON file to write (0600)")
    p.set_defaults(handler=_access_export)
    p = cmds.add_parser("erase", help="erase one woman's data from this vault (GDPR art. 17)")
    _add_login(p)
    p.add_argument("--person", required=True, help="person id")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(handler=_erase)

    d = sub.add_parser("demo", help="synthetic data for trying Ponte out")
    dcmds = d.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    p = dcmds.add_parser("seed", help="add N clearly fake cases to the vault")
    _add_login(p)
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1522)
    p.set_defaults(handler=_seed)


def _export(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        docs = export_cases(vault.db, vault.actor, args.case, at=vault.clock.now())
        if args.format == "jsonl":
            for doc in docs:
                sys.stdout.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
        else:
            json.dump(list(docs), sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
            sys.stdout.write("\n")
    return 0


def _access_export(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        doc = subject_access(vault.db, vault.actor, args.person, at=vault.clock.now())
    atomic_write(args.out, json.dumps(doc, ensure_ascii=False, indent=2).encode() + b"\n")
    print(f"Written {args.out} ({len(doc['cases'])} cases).")
    return 0


def _erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("erasure cannot be undone: repeat with --yes")
    with unlocked(args) as vault:
        n = erase_person(vault.db, vault.actor, args.person, at=vault.clock.now())
    print(f"Erased: 1 person, {n} cases. Backups made before today still hold her data.")
    return 0


def _seed(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        ops = [a.id for a in vault.list_accounts()]
        n = demo.seed(vault.db, vault.actor, args.cases, rng_seed=args.seed, operatrici=ops)
    print(f"Added {n} DEMO cases (synthetic, clearly fake).")
    return 0
