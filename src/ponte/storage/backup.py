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
from ponte.storage.accounts import Role
from ponte.storage.db import backup_database
from ponte.storage.vault import DB_NAME, KEYS_NAME, Vault

MAGIC = b"PONTEBAK"
VERSION = 1
CHUNK = 1 << 20
MAX_HEADER = 1 << 20
VERIFY_DIR = ".verify-backup"
#: Progress is reported as ``(done, PROGRESS_TOTAL)``; a callback may raise UserCancelled.
PROGRESS_TOTAL = 1000
#: Share of a backup's progress spent taking the snapshot (the rest is writing the file).
_SNAPSHOT_SHARE = 800

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    db_sha256: str
    created: str
    schema_version: int


def backup(vault: Vault, dest: Path, *, progress: Progress | None = None) -> BackupInfo:
    """Write a backup of the open vault to ``dest`` (atomically; DiskFull loses nothing).

    ``progress(done, PROGRESS_TOTAL)`` is called along the way; if it raises (UserCancelled),
    the backup stops and leaves no file behind."""
    vault.require(Role.AMMINISTRATRICE)  # a backup is the whole vault
    dest = Path(dest)
    audit.record(vault.db, vault.actor, "vault.backup", at=vault.clock.now())
    snapshot = dest.parent / f".{dest.name}.db.tmp"
    snap_progress = None
    if progress is not None:
        report = progress

        def snap_progress(done: int, total: int) -> None:
            report(done * _SNAPSHOT_SHARE // max(1, total), PROGRESS_TOTAL)

    try:
        backup_database(vault.db, snapshot, vault._key_bytes(), progress=snap_progress)
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
            written = 0
            while chunk := f.read(CHUNK):
                out.write(chunk)
                written += len(chunk)
                if progress is not None:
                    share = PROGRESS_TOTAL - _SNAPSHOT_SHARE
                    progress(_SNAPSHOT_SHARE + written * share // max(1, size), PROGRESS_TOTAL)
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


def _stage(
    source: Path, staging: Path, open_staged: Opener, *, record: bool, progress: Progress | None
) -> dict[str, Any]:
    """Extract ``source`` into ``staging/vault`` and prove it: hash, credentials, integrity,
    audit chain. On failure the staging folder is removed and the error raised."""
    header, offset = read_header(source)
    if staging.exists():
        shutil.rmtree(staging)
    vdir = ensure_private_dir(staging / "vault")
    try:
        digest = hashlib.sha256()
        total = max(1, int(header.get("db_size", 0)))
        with Path(source).open("rb") as f, atomic_writer(vdir / DB_NAME) as out:
            f.seek(offset)
            size = 0
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
                if progress is not None:
                    progress(min(size, total) * PROGRESS_TOTAL // total, PROGRESS_TOTAL)
        if size != header.get("db_size") or digest.hexdigest() != header.get("db_sha256"):
            raise BackupError(f"{source} is damaged or truncated")
        with atomic_writer(vdir / KEYS_NAME) as out:
            out.write(json.dumps(header["keys"], indent=1, sort_keys=True).encode() + b"\n")
        staged = open_staged(staging)
        try:
            if staged.db.scalar("PRAGMA integrity_check") != "ok":
                raise BackupError(f"{source}: the database inside fails its integrity check")
            audit.verify_chain(staged.db)
            if record:
                audit.record(
                    staged.db,
                    staged.actor,
                    "vault.restore",
                    at=staged.clock.now(),
                    detail={"schema_version": int(header["schema_version"])},
                )
        finally:
            staged.lock()
    except PonteError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except (OSError, KeyError, ValueError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupError(str(source)) from exc
    return header


def _info(source: Path, header: dict[str, Any]) -> BackupInfo:
    return BackupInfo(
        Path(source),
        Path(source).stat().st_size,
        header["db_sha256"],
        header["created"],
        int(header["schema_version"]),
    )


def verify(
    vault: Vault, source: Path, open_staged: Opener, *, progress: Progress | None = None
) -> BackupInfo:
    """Prove that ``source`` restores, without replacing anything: it is extracted into a
    scratch folder beside the vault, opened with the person's credentials and checked
    exactly as :func:`restore` does, then removed. The check is recorded in the audit log."""
    vault.require(Role.AMMINISTRATRICE)
    scratch = Path(vault.data_dir) / VERIFY_DIR
    try:
        header = _stage(Path(source), scratch, open_staged, record=False, progress=progress)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    audit.record(
        vault.db,
        vault.actor,
        "vault.backup_verify",
        at=vault.clock.now(),
        detail={"schema_version": int(header["schema_version"])},
    )
    return _info(Path(source), header)


def restore(
    data_dir: Path,
    source: Path,
    open_staged: Opener,
    *,
    before_swap: Callable[[], None] | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Replace the vault in ``data_dir`` with the backup ``source``.

    ``open_staged(staging_data_dir)`` unlocks the staged copy with the person's
    credentials, e.g. ``lambda d: Vault.unlock(d, user, passphrase)``; so the backup must
    open with a secret she holds before anything is replaced. ``before_swap`` runs once
    the copy is proven and just before it goes in (the desktop locks the open vault there,
    so nothing writes to the files being replaced).
    """
    data_dir = Path(data_dir)
    staging = restore_swap.staging_dir(data_dir)
    header = _stage(Path(source), staging, open_staged, record=True, progress=progress)
    (staging / restore_swap.READY).write_text("ok\n")
    if before_swap is not None:
        before_swap()
    restore_swap.swap_in(data_dir)
    return _info(Path(source), header)
