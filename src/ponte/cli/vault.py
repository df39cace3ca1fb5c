"""``ponte vault …``: create, check, back up, restore, rekey; accounts and recovery."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ponte.cli._common import add_data_dir_arg, add_passphrase_args, data_dir, read_secret
from ponte.core.errors import UsageError, UserCancelled
from ponte.storage.accounts import Role
from ponte.storage.backup import backup, restore
from ponte.storage.check import check_vault
from ponte.storage.kdf import calibrate
from ponte.storage.vault import Vault

USER_ENV = "PONTE_USER"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vault = sub.add_parser("vault", help="create, check, back up and restore the vault")
    cmds = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    p = cmds.add_parser("init", help="create a new vault and its first administrator")
    p.add_argument("--user", required=True, help="username of the first administrator")
    p.add_argument("--name", required=True, help="her display name")
    add_passphrase_args(p)
    p.set_defaults(handler=_init)

    for name, handler, text in (
        ("check", _check, "verify database integrity, the audit chain and the key slots"),
        ("rekey", _rekey, "re-encrypt the database with a new key (suspected compromise)"),
        ("passwd", _passwd, "change your passphrase"),
    ):
        p = cmds.add_parser(name, help=text)
        _add_login(p)
        if name == "check":
            p.add_argument(
                "--against-hub",
                action="store_true",
                help="also compare the audit chain with the anchor kept by the hub",
            )
        if name == "passwd":
            p.add_argument("--new-passphrase-file", help="read the new passphrase from this file")
        p.set_defaults(handler=handler)

    p = cmds.add_parser("backup", help="write the vault to one encrypted file")
    _add_login(p)
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_backup)

    p = cmds.add_parser("restore", help="replace the vault with a backup (verified first)")
    _add_login(p)
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_restore)

    p = cmds.add_parser("recover", help="use the recovery key to set a new passphrase")
    p.add_argument("--user", required=True, help="the account whose passphrase to reset")
    p.add_argument("--recovery-key-file", help="read the recovery key from this file")
    p.add_argument("--new-passphrase-file", help="read the new passphrase from this file")
    add_data_dir_arg(p)
    p.set_defaults(handler=_recover)

    p = cmds.add_parser("shares", help="split recovery among custodians (any M of N)")
    _add_login(p)
    p.add_argument("threshold", type=int)
    p.add_argument("count", type=int)
    p.set_defaults(handler=_shares)

    acc = cmds.add_parser("account", help="staff accounts")
    acc_cmds = acc.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    p = acc_cmds.add_parser("list")
    _add_login(p)
    p.set_defaults(handler=_account_list)
    p = acc_cmds.add_parser("add")
    _add_login(p)
    p.add_argument("username")
    p.add_argument("--name", required=True)
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    p.add_argument("--new-passphrase-file", help="read her first passphrase from this file")
    p.set_defaults(handler=_account_add)
    p = acc_cmds.add_parser("remove")
    _add_login(p)
    p.add_argument("username")
    p.set_defaults(handler=_account_remove)


def _add_login(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", default=os.environ.get(USER_ENV), help=f"your username (${USER_ENV})")
    add_passphrase_args(p)


def _unlock(args: argparse.Namespace) -> Vault:
    return Vault.unlock(data_dir(args), _username(args), read_secret(args, "Passphrase: "))


def _username(args: argparse.Namespace) -> str:
    user: str | None = args.user
    if not user:
        if not sys.stdin.isatty():
            raise UsageError(f"no username: use --user or {USER_ENV}")
        try:
            user = input("Username: ")
        except EOFError as exc:
            raise UserCancelled() from exc
    return user


@contextlib.contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Vault]:
    """The vault, unlocked for one command and locked again whatever happens."""
    vault = _unlock(args)
    try:
        yield vault
    finally:
        vault.lock()


def _new_secret(args: argparse.Namespace, prompt: str) -> str:
    return read_secret(
        args, prompt, file_attr="new_passphrase_file", env="PONTE_NEW_PASSPHRASE", confirm=True
    )


def _init(args: argparse.Namespace) -> int:
    passphrase = read_secret(args, "New passphrase: ", confirm=True)
    print("Measuring this computer to set the key-derivation cost…", file=sys.stderr)
    vault, recovery = Vault.create(
        data_dir(args),
        username=args.user,
        display_name=args.name,
        passphrase=passphrase,
        kdf=calibrate(),
    )
    vault.lock()
    print(f"Vault created in {data_dir(args)}.")
    print("RECOVERY KEY — write it down now and keep it locked away; it is shown only once:")
    print(f"\n    {recovery}\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        results = check_vault(vault)
        if args.against_hub:
            from ponte.app import keywatch
            from ponte.app.anchoring import check_against_hub
            from ponte.app.workstation import Workstation

            ws = Workstation(vault)
            results.append(check_against_hub(vault.db, ws.client()))
            ws.refresh_directory()  # as a round would: checked against the log, watched
            results.append(keywatch.check(vault.db))
    for r in results:
        mark = "ok    " if r.ok else "FAILED"
        print(f"{mark} {r.name}" + (f" ({r.detail})" if r.detail else ""))
    failed = [r for r in results if not r.ok]
    if failed:
        print(
            f"ponte: the vault check failed: {', '.join(r.name for r in failed)}", file=sys.stderr
        )
        return 1
    return 0


def _rekey(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        vault.rekey()
    print("The database now has a new key; every key slot was rewritten.")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        old = read_secret(args, "Current passphrase: ")
        vault.change_passphrase(old, _new_secret(args, "New passphrase: "))
    print("Passphrase changed.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        info = backup(vault, args.file)
    print(f"Backup written: {info.path} ({info.size:,} bytes, sha256 {info.db_sha256[:16]}…)")
    return 0


def _restore(args: argparse.Namespace) -> int:
    user = _username(args)
    passphrase = read_secret(args, "Passphrase (as in the backup): ")
    info = restore(data_dir(args), args.file, lambda d: Vault.unlock(d, user, passphrase))
    print(f"Vault restored from the backup of {info.created}.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    if args.recovery_key_file:
        key = Path(args.recovery_key_file).read_text(encoding="utf-8").strip()
    else:
        try:
            key = getpass.getpass("Recovery key: ")
        except EOFError as exc:
            raise UserCancelled() from exc
    vault = Vault.unlock_with_recovery(data_dir(args), key)
    try:
        target = vault.account_named(args.user)
        vault.reset_passphrase(target.id, _new_secret(args, "New passphrase: "))
    finally:
        vault.lock()
    print("Passphrase reset with the recovery key.")
    return 0


def _shares(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        shares = vault.setup_shares(args.threshold, args.count)
    print(f"Give one share to each custodian; any {args.threshold} of {args.count} recover.")
    for i, share in enumerate(shares, 1):
        print(f"\nShare {i}:\n    {share}")
    return 0


def _account_list(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        for a in vault.list_accounts():
            print(f"{a.username}\t{a.role.value}\t{a.display_name}")
    return 0


def _account_add(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        vault.add_account(
            args.username, args.name, Role(args.role), _new_secret(args, "Her passphrase: ")
        )
    print(f"Account {args.username} added.")
    return 0


def _account_remove(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        target = next((a for a in vault.list_accounts() if a.username == args.username), None)
        if target is None:
            raise UsageError(f"no account {args.username}")
        vault.remove_account(target.id)
    print(f"Account {args.username} removed; its key slot is gone.")
    return 0
