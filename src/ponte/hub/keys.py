"""The hub's Ed25519 signing key: raw hex in ``hub_key`` in the data dir, 0600, made on first start."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.errors import HubError
from ponte.core.fsutil import atomic_write, ensure_private_dir

KEY_FILE = "hub_key"


def load_or_create_hub_key(data_dir: Path) -> Ed25519PrivateKey:
    ensure_private_dir(data_dir)
    path = data_dir / KEY_FILE
    if path.exists():
        try:
            raw = bytes.fromhex(path.read_text(encoding="ascii").strip())
            return Ed25519PrivateKey.from_private_bytes(raw)
        except ValueError as exc:
            raise HubError(f"{path} is damaged") from exc
    key = Ed25519PrivateKey.generate()
    atomic_write(path, key.private_bytes_raw().hex().encode("ascii") + b"\n", mode=0o600)
    return key
