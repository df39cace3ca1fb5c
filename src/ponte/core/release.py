"""Signed release manifests: how a centre knows a download is the one we published.

A release folder holds the downloads, ``SHA256SUMS`` and ``SHA256SUMS.sig``.

- ``SHA256SUMS`` is exactly what GNU ``sha256sum`` writes: one ``<64 hex>  <file name>`` line
  per file (``*`` before the name for binary mode is accepted), so ``sha256sum -c`` works.
  Names are plain file names in the same folder: no paths, no ``..``.
- ``SHA256SUMS.sig`` is one line of text: ``ed25519 <public key, 64 hex> <signature, 128 hex>``.
  The signature is Ed25519 over the raw bytes of ``SHA256SUMS`` (nothing added), so it can
  also be checked with ``openssl pkeyutl -verify -rawin`` without Ponte.

A signature proves nothing by itself: the public key must be one we trust. Trusted keys are
listed in :data:`TRUSTED_RELEASE_KEYS` (compiled into the program) or given explicitly.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core.errors import (
    ReleaseFileMismatch,
    ReleaseFileMissing,
    ReleaseTampered,
    UnknownReleaseKey,
)

MANIFEST_NAME = "SHA256SUMS"
SIGNATURE_SUFFIX = ".sig"
SIG_ALGORITHM = "ed25519"

#: Raw Ed25519 public keys (hex) of the Ponte release signers. Empty until the first
#: official release key is made; until then ``--key`` names the key to trust.
TRUSTED_RELEASE_KEYS: tuple[str, ...] = ()

_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")
_SIG = re.compile(r"^ed25519 ([0-9a-f]{64}) ([0-9a-f]{128})$")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Entry:
    name: str
    sha256: str


@dataclass(frozen=True)
class ReleaseCheck:
    key: str  # hex public key that signed the manifest
    verified: tuple[str, ...]  # file names whose SHA-256 matched
    skipped: tuple[str, ...]  # listed but absent (only with ignore_missing)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _check_name(name: str) -> str:
    if (
        not name
        or name in (".", "..")
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or name != name.strip()
    ):
        raise ReleaseTampered(f"bad file name in the manifest: {name!r}")
    return name


def make_manifest(files: Iterable[Path]) -> bytes:
    """``SHA256SUMS`` for ``files`` (all in one folder), sorted by name."""
    entries = sorted((_check_name(Path(p).name), file_sha256(Path(p))) for p in files)
    names = [n for n, _ in entries]
    if len(set(names)) != len(names):
        raise ValueError("two files with the same name")
    return "".join(f"{digest}  {name}\n" for name, digest in entries).encode("utf-8")


def parse_manifest(data: bytes) -> list[Entry]:
    """The entries of a manifest; :class:`ReleaseTampered` if it is not well formed."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReleaseTampered("the manifest is not text") from exc
    if not text.endswith("\n"):
        raise ReleaseTampered("the manifest is truncated")
    entries: list[Entry] = []
    for line in text[:-1].split("\n"):
        m = _LINE.match(line)
        if m is None:
            raise ReleaseTampered("a manifest line is not '<sha256>  <name>'")
        entries.append(Entry(_check_name(m.group(2)), m.group(1)))
    names = [e.name for e in entries]
    if not entries or len(set(names)) != len(names):
        raise ReleaseTampered("the manifest is empty or lists a file twice")
    return entries


def sign_manifest(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    """The ``SHA256SUMS.sig`` line for ``manifest``."""
    parse_manifest(manifest)  # never sign something we could not verify
    pub = key.public_key().public_bytes_raw().hex()
    return f"{SIG_ALGORITHM} {pub} {key.sign(manifest).hex()}\n".encode("ascii")


def verify_signature(manifest: bytes, signature: bytes, trusted: Iterable[str]) -> str:
    """Check ``signature`` over ``manifest`` by a trusted key; returns that key (hex)."""
    try:
        m = _SIG.match(signature.decode("ascii").strip())
    except UnicodeDecodeError:
        m = None
    if m is None:
        raise ReleaseTampered("the signature file is not 'ed25519 <key> <signature>'")
    key_hex, sig_hex = m.group(1), m.group(2)
    if key_hex not in {k.strip().lower() for k in trusted}:
        raise UnknownReleaseKey(f"key {key_hex[:16]}…")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex)).verify(
            bytes.fromhex(sig_hex), manifest
        )
    except (InvalidSignature, ValueError) as exc:
        raise ReleaseTampered("the signature does not match the manifest") from exc
    return key_hex


def verify_files(
    entries: Sequence[Entry], folder: Path, *, ignore_missing: bool = False
) -> tuple[list[str], list[str]]:
    """Hash every listed file in ``folder``: (verified names, skipped missing names)."""
    verified: list[str] = []
    skipped: list[str] = []
    for entry in entries:
        path = folder / entry.name
        if not path.is_file():
            if ignore_missing:
                skipped.append(entry.name)
                continue
            raise ReleaseFileMissing(entry.name)
        if file_sha256(path) != entry.sha256:
            raise ReleaseFileMismatch(entry.name)
        verified.append(entry.name)
    if not verified:
        raise ReleaseFileMissing("none of the listed files is in the folder")
    return verified, skipped


def verify_release(
    manifest_path: Path,
    trusted: Iterable[str] = TRUSTED_RELEASE_KEYS,
    *,
    signature_path: Path | None = None,
    ignore_missing: bool = False,
) -> ReleaseCheck:
    """Signature first (by a trusted key), then every file next to the manifest."""
    manifest_path = Path(manifest_path)
    sig_path = signature_path or manifest_path.with_name(manifest_path.name + SIGNATURE_SUFFIX)
    if not manifest_path.is_file():
        raise ReleaseFileMissing(manifest_path.name)
    if not sig_path.is_file():
        raise ReleaseTampered(f"no signature file {sig_path.name}")
    manifest = manifest_path.read_bytes()
    key = verify_signature(manifest, sig_path.read_bytes(), trusted)
    entries = parse_manifest(manifest)
    verified, skipped = verify_files(entries, manifest_path.parent, ignore_missing=ignore_missing)
    return ReleaseCheck(key, tuple(verified), tuple(skipped))


def public_key_hex(text: str) -> str:
    """A ``--key`` value: 64 hex characters, or a file holding them. Raises ValueError."""
    candidate = text.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", candidate):
        path = Path(text)
        if not path.is_file():
            raise ValueError("not a 64-hex public key nor a readable file")
        candidate = path.read_text(encoding="ascii").split()[0].strip().lower()
        if not re.fullmatch(r"[0-9a-f]{64}", candidate):
            raise ValueError("the key file does not hold a 64-hex public key")
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(candidate))
    return candidate
