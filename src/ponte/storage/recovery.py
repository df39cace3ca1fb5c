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
from shamir_mnemonic.recovery import RecoveryState
from shamir_mnemonic.share import Share
from shamir_mnemonic.wordlist import WORD_INDEX_MAP

from ponte.core.errors import (
    RecoveryError,
    RecoveryKeyMistyped,
    ShareFromAnotherSet,
    ShareIncomplete,
    ShareMistyped,
    ShareRepeated,
    ShareWordUnknown,
)

KEY_BYTES = 20
SHARE_SECRET_BYTES = 16
SHARE_WORDS = 20  # a SLIP-39 share of a 128-bit secret
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
        raise RecoveryKeyMistyped()
    try:
        raw = base64.b32decode(cleaned[:body_len])
    except ValueError as exc:
        raise RecoveryKeyMistyped() from exc
    if cleaned[body_len:] != _checksum(raw):
        raise RecoveryKeyMistyped()
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


class SharesInTurn:
    """Custodians' shares typed one after another, each checked as it comes (SLIP-39's own
    ``RecoveryState``): a word not in the list, a share whose checksum fails, one typed
    twice or one of another split is refused *at that share*, and changes nothing."""

    def __init__(self) -> None:
        self._state = RecoveryState()
        self._typed: list[str] = []

    def add(self, text: str) -> None:
        words = text.lower().split()
        for position, word in enumerate(words, 1):
            if word not in WORD_INDEX_MAP:
                raise ShareWordUnknown(position)
        if len(words) != SHARE_WORDS:
            raise ShareIncomplete()
        mnemonic = " ".join(words)
        try:
            share = Share.from_mnemonic(mnemonic)
        except shamir_mnemonic.MnemonicError:  # its message quotes words: never pass it on
            raise ShareMistyped() from None
        if share in self._state:
            raise ShareRepeated()
        if not self._state.matches(share):
            raise ShareFromAnotherSet()
        try:
            self._state.add_share(share)
        except shamir_mnemonic.MnemonicError:
            raise ShareFromAnotherSet() from None
        self._typed.append(mnemonic)

    @property
    def entered(self) -> int:
        return len(self._typed)

    @property
    def needed(self) -> int | None:
        """How many shares recover (known from the first one); None before it."""
        return int(self._state.group_status(0)[1]) if self._typed else None

    @property
    def complete(self) -> bool:
        return bool(self._state.is_complete())

    def mnemonics(self) -> list[str]:
        return list(self._typed)
