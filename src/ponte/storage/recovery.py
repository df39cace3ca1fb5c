"""Recovery secrets: one recovery key for hand copying, or m-of-n SLIP-39 shares.

The recovery key is 160 random bits written as 8 groups of 4 base32 characters plus one
group of checksum, e.g. ``ABCD-EFGH-…-WXYZ``. Typing is forgiving: case, spaces and
dashes do not matter, and 0/1/8 are read as O/I/B (base32 has no such digits). The
checksum catches a mistyped group before any slow key derivation is spent on it.

Shares use SLIP-39 (``shamir-mnemonic``, the reference implementation from Trezor): a
128-bit secret is split so that any ``threshold`` of ``count`` custodians can recover the
vault, and fewer learn nothing.
"""

from __future__ import annotations

import base64
import hashlib
import os

import shamir_mnemonic

from ponte.core.errors import RecoveryError

KEY_BYTES = 20
SHARE_SECRET_BYTES = 16
_GROUP = 4


def _checksum(raw: bytes) -> str:
    return base64.b32encode(hashlib.sha256(b"ponte recovery key\x00" + raw).digest())[
        :_GROUP
    ].decode()


def new_recovery_key() -> tuple[str, bytes]:
    """``(text for her to copy, raw secret)``."""
    raw = os.urandom(KEY_BYTES)
    body = base64.b32encode(raw).decode() + _checksum(raw)
    groups = [body[i : i + _GROUP] for i in range(0, len(body), _GROUP)]
    return "-".join(groups), raw


def parse_recovery_key(text: str) -> bytes:
    """The raw secret from a typed recovery key; RecoveryError if it cannot be right."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    body_len = len(base64.b32encode(bytes(KEY_BYTES)))
    if len(cleaned) != body_len + _GROUP:
        raise RecoveryError(f"expected {(body_len + _GROUP) // _GROUP} groups")
    try:
        raw = base64.b32decode(cleaned[:body_len])
    except ValueError as exc:
        raise RecoveryError("unknown characters") from exc
    if cleaned[body_len:] != _checksum(raw):
        raise RecoveryError("checksum")
    return raw


def split_shares(threshold: int, count: int) -> tuple[list[str], bytes]:
    """``(mnemonics, secret)``: any ``threshold`` of the ``count`` mnemonics give the secret."""
    if not 1 <= threshold <= count <= 16 or (threshold == 1 and count > 1):
        raise RecoveryError(f"cannot split {threshold} of {count}")
    secret = os.urandom(SHARE_SECRET_BYTES)
    groups = shamir_mnemonic.generate_mnemonics(
        group_threshold=1, groups=[(threshold, count)], master_secret=secret, passphrase=b""
    )
    return list(groups[0]), secret


def combine_shares(mnemonics: list[str]) -> bytes:
    """The secret from enough shares; RecoveryError for too few, mixed or mistyped ones."""
    try:
        return bytes(
            shamir_mnemonic.combine_mnemonics([" ".join(m.split()) for m in mnemonics], b"")
        )
    except (shamir_mnemonic.MnemonicError, ValueError):
        # The library's message quotes words of the shares: never let it reach a log.
        raise RecoveryError("too few, mixed or mistyped shares") from None
