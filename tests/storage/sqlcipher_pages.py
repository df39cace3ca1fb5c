"""Decrypt a SQLCipher 4 database and its WAL page by page, for tests that must look at
what is physically in the files (freed pages, old index segments, WAL frames) rather than
at what SQL returns.

SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes at the end of each (16-byte IV
then a 64-byte HMAC-SHA512), AES-256-CBC. With a raw key (``x'…'``) the 32 bytes are the
encryption key itself. Page 1 begins with the 16-byte file salt in clear.
"""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[start : PAGE - RESERVE]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def db_pages(path: Path, key: bytes) -> list[bytes]:
    raw = Path(path).read_bytes()
    pages = [raw[i : i + PAGE] for i in range(0, len(raw) - PAGE + 1, PAGE)]
    out = [decrypt_page(p, n, key) for n, p in enumerate(pages, 1)]
    # Self-check: the plaintext of page 1, after the salt, is the rest of a SQLite header
    # (bytes 16–17 are the page size, big-endian; here at offset 0 of the decrypted part).
    if out and struct.unpack(">H", out[0][:2])[0] != PAGE:
        raise ValueError("not a SQLCipher 4 file with this key and default settings")
    return out


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    path = Path(path)
    if not path.exists():
        return []
    raw = path.read_bytes()
    out = []
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(raw):
        (number,) = struct.unpack(">I", raw[pos : pos + 4])
        out.append(decrypt_page(raw[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE], number, key))
        pos += FRAME_HEADER + PAGE
    return out


def plaintext(db_path: Path, key: bytes) -> bytes:
    """Every decrypted byte of the database file and its WAL, concatenated."""
    db_path = Path(db_path)
    return b"".join(db_pages(db_path, key) + wal_pages(Path(f"{db_path}-wal"), key))
