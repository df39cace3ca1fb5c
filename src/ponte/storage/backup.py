"""Backup to one encrypted file, and restore that verifies before it replaces anything.

A backup file is::

    b"PONTEBAK" | u8 version (1) | u32be len(header) | header (JSON) | database bytes

The header holds the key slots (so any account's passphrase or the recovery key opens the
backup), the database size and its SHA-256. The database part is a SQLCipher file made
with the online backup API under the same key: nothing in the file is readable without a
slot secret. Restore extracts into a staging folder, checks the hash, opens the copy with
the given credentials, runs ``integrity_check`` and the audit-chain check, and only then
swaps it in (``restore_swap``); a failure at any step leaves the current vault untouched.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.errors import BackupError, PonteError
from ponte.core.fsutil import atomic_writer, ensure_private_dir
from ponte.storage import audit, restore_swap
from ponte.storage.db import backup_database
from ponte.storage.vault import DB_NAME, KEYS_NAME, Vault

MAGIC = b"PONTEBAK"
VERSION = 1
CHUNK = 1 << 20
MAX_HEADER = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    db_sha256: str
    created: str
    schema_version: int


def backup(vault: Vault, dest: Path) -> BackupInfo:
    """Write a backup of the open vault to ``dest`` (atomically; DiskFull loses nothing)."""
    dest = Path(dest)
    vault._audit("vault.backup")
    snapshot = dest.parent / f".{dest.name}.db.tmp"
    try:
        backup_database(vault.db, snapshot, vault._key_bytes())
        digest = hashlib.sha256()
        size = 0
        with snapshot.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
        created = rfc3339(vault.clock.now())
        header = json.dumps(
            {
                "format": "ponte-backup",
                "created": created,
                "schema_version": vault.db.schema_version,
                "db_size": size,
                "db_sha256": digest.hexdigest(),
                "keys": json.loads(vault.sidecar.encode()),
            },
            sort_keys=True,
        ).encode()
        with atomic_writer(dest) as out, snapshot.open("rb") as f:
            out.write(MAGIC + struct.pack(">BI", VERSION, len(header)) + header)
            shutil.copyfileobj(f, out, CHUNK)
    finally:
        snapshot.unlink(missing_ok=True)
    return BackupInfo(
        dest, dest.stat().st_size, digest.hexdigest(), created, vault.db.schema_version
    )


def read_header(path: Path) -> tuple[dict[str, Any], int]:
    """The backup's header and the offset where the database starts."""
    try:
        with Path(path).open("rb") as f:
            start = f.read(len(MAGIC) + 5)
            if len(start) < len(MAGIC) + 5 or not start.startswith(MAGIC):
                raise BackupError(f"{path} is not a Ponte backup")
            version, length = struct.unpack(">BI", start[len(MAGIC) :])
            if version != VERSION or length > MAX_HEADER:
                raise BackupError(f"{path}: unsupported backup version")
            header = json.loads(f.read(length))
    except (OSError, ValueError) as exc:
        raise BackupError(str(path)) from exc
    if not isinstance(header, dict) or header.get("format") != "ponte-backup":
        raise BackupError(f"{path} is not a Ponte backup")
    return header, len(MAGIC) + 5 + length


Opener = Callable[[Path], Vault]


def restore(data_dir: Path, source: Path, open_staged: Opener) -> BackupInfo:
    """Replace the vault in ``data_dir`` with the backup ``source``.

    ``open_staged(staging_data_dir)`` unlocks the staged copy with the person's
    credentials, e.g. ``lambda d: Vault.unlock(d, user, passphrase)``; so the backup must
    open with a secret she holds before anything is replaced.
    """
    data_dir = Path(data_dir)
    header, offset = read_header(source)
    staging = restore_swap.staging_dir(data_dir)
    if staging.exists():
        shutil.rmtree(staging)
    vdir = ensure_private_dir(staging / "vault")
    try:
        digest = hashlib.sha256()
        with Path(source).open("rb") as f, atomic_writer(vdir / DB_NAME) as out:
            f.seek(offset)
            size = 0
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        if size != header.get("db_size") or digest.hexdigest() != header.get("db_sha256"):
            raise BackupError(f"{source} is damaged or truncated")
        with atomic_writer(vdir / KEYS_NAME) as out:
            out.write(json.dumps(header["keys"], indent=1, sort_keys=True).encode() + b"\n")
        staged = open_staged(staging)
        try:
            if staged.db.scalar("PRAGMA integrity_check") != "ok":
                raise BackupError(f"{source}: the database inside fails its integrity check")
            audit.verify_chain(staged.db)
            staged._audit("vault.restore", detail={"schema_version": int(header["schema_version"])})
        finally:
            staged.lock()
        (staging / restore_swap.READY).write_text("ok\n")
    except PonteError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except (OSError, KeyError, ValueError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupError(str(source)) from exc
    restore_swap.swap_in(data_dir)
    return BackupInfo(
        Path(source),
        Path(source).stat().st_size,
        header["db_sha256"],
        header["created"],
        int(header["schema_version"]),
    )
