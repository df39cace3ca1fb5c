"""Write SHA256SUMS and SHA256SUMS.sig for the release files (used by scripts/package).

    python packaging/sign_release.py --key KEYFILE FILE...

KEYFILE holds the Ed25519 release private key: 64 hex characters (raw key) or a PKCS#8 PEM.
With ``--dev-key FILE`` instead, a throwaway key is made there (if absent) and the run says
loudly that the signature is for development only. The manifest and its signature are
written next to the first FILE, and the public key is printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from ponte.core.fsutil import atomic_write
from ponte.core.release import MANIFEST_NAME, SIGNATURE_SUFFIX, make_manifest, sign_manifest


def load_key(path: Path) -> Ed25519PrivateKey:
    data = path.read_bytes()
    if data.lstrip().startswith(b"-----BEGIN"):
        key = load_pem_private_key(data, password=None)
    else:
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(data.decode("ascii").strip()))
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{path}: not an Ed25519 private key")
    return key


def dev_key(path: Path) -> Ed25519PrivateKey:
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        atomic_write(path, key.private_bytes_raw().hex().encode() + b"\n")  # 0600
        pub = key.public_key().public_bytes_raw().hex()
        atomic_write(path.with_name(path.name + ".pub"), pub.encode() + b"\n")
    return load_key(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--key", type=Path, help="release private key file")
    group.add_argument("--dev-key", type=Path, help="throwaway key file (made if absent)")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    key = load_key(args.key) if args.key else dev_key(args.dev_key)
    folder = args.files[0].parent
    if any(f.parent != folder for f in args.files):
        raise SystemExit("all release files must be in one folder")
    manifest = make_manifest(args.files)
    atomic_write(folder / MANIFEST_NAME, manifest, mode=0o644)
    atomic_write(
        folder / (MANIFEST_NAME + SIGNATURE_SUFFIX), sign_manifest(manifest, key), mode=0o644
    )
    pub = key.public_key().public_bytes_raw().hex()
    print(f"signed {len(args.files)} files with release key {pub}")
    if args.dev_key:
        bar = "!" * 72
        print(
            f"{bar}\n!! DEVELOPMENT SIGNATURE: signed with a throwaway key ({args.dev_key}).\n"
            f"!! Not an official release. Set PONTE_RELEASE_KEY to sign a real one.\n{bar}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    sys.exit(main())
