"""``ponte verify-release SHA256SUMS``: check a download before installing it."""

from __future__ import annotations

import argparse
from pathlib import Path

from ponte.core.errors import UsageError
from ponte.core.release import TRUSTED_RELEASE_KEYS, public_key_hex, verify_release


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "verify-release",
        help="verify a downloaded release: signature of SHA256SUMS, then every file's SHA-256",
    )
    p.add_argument("manifest", type=Path, help="the SHA256SUMS file (SHA256SUMS.sig beside it)")
    p.add_argument(
        "--key",
        action="append",
        default=[],
        help="trust this Ed25519 public key (64 hex, or a file holding it); repeatable",
    )
    p.add_argument("--signature", type=Path, help="signature file (default: MANIFEST.sig)")
    p.add_argument(
        "--ignore-missing",
        action="store_true",
        help="skip listed files that were not downloaded (at least one must be there)",
    )
    p.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    trusted = list(TRUSTED_RELEASE_KEYS)
    for text in args.key:
        try:
            trusted.append(public_key_hex(text))
        except ValueError as exc:
            raise UsageError(f"--key: {exc}") from exc
    check = verify_release(
        args.manifest,
        trusted,
        signature_path=args.signature,
        ignore_missing=args.ignore_missing,
    )
    print(f"signature: valid, release key {check.key}")
    for name in check.verified:
        print(f"ok      {name}")
    for name in check.skipped:
        print(f"absent  {name} (not checked)")
    print("The download is the one that was signed. It is safe to install.")
    return 0
