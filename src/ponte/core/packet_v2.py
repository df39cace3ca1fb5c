"""Wire format v2: a binary header of 38 bytes plus the two member ids.

::

    offset  size  field
    0       4     magic "PNT2"
    4       1     type code (``header.TYPE_CODES``)
    5       1     suite code (``header.SUITE_CODES``)
    6       16    packet id, a UUIDv7 as 16 bytes
    22      4     created, u32 big-endian, seconds since 1970-01-01T00:00:00Z
    26      4     expires, likewise; expires > created
    30      8     sender key id: the first 8 bytes of SHA-256(raw Ed25519 public key)
    38      ..    from, then to: a member id each (below)
    H       4     u32 big-endian: length C of ct, at most 4 MiB
    H+4     E     enc: the HPKE encapsulated key, E = the suite's Nenc
    H+4+E   C     ct: the HPKE ciphertext
    end-64  64    sig: Ed25519 over "ponte:packet/v2" 0x00 || bytes [0, end-64)

A member id is one byte L and then: L = 0, a UUID as 16 bytes (ids made by the hub are
UUIDs: their text would take 36); 1 ≤ L ≤ 128, L bytes of UTF-8 that are *not* the text of
a UUID (one encoding per id, so the header is canonical). Bytes [0, H) are "the header":
HPKE binds them through ``info = "ponte packet v2" 0x00 || SHA-256(header)``.
"""

from __future__ import annotations

import functools
import re
import struct
import time
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core import signing
from ponte.core.clock import parse_rfc3339
from ponte.core.errors import MalformedPacket, NonCanonicalHeader, OversizePacket, UnsupportedPacket
from ponte.core.header import (
    ENC_BYTES,
    MAX_CT_BYTES,
    MAX_ID_LEN,
    SIG_BYTES,
    SUITE_BY_CODE,
    SUITE_CODES,
    TYPE_BY_CODE,
    TYPE_CODES,
    Header,
    Packet,
)

MAGIC = b"PNT2"
VERSION = 2
INFO_LABEL = b"ponte packet v2\x00"
_FIXED = struct.Struct(">4sBB16sII8s")  # magic, type, suite, id, created, expires, sender key
_CT_LEN = struct.Struct(">I")
MAX_HEADER_BYTES = _FIXED.size + 2 * (1 + MAX_ID_LEN)
MAX_PACKET_BYTES = MAX_HEADER_BYTES + 4 + max(ENC_BYTES.values()) + MAX_CT_BYTES + SIG_BYTES
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KEY_ID = re.compile(r"[0-9a-f]{16}")


def _seconds(rfc3339: str) -> int:
    return int(parse_rfc3339(rfc3339).timestamp())


def _rfc3339(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _uuid_text(raw: bytes) -> str:
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


#: Member ids repeat from packet to packet (a hub or a workstation sees a handful of members).
_member_uuid_text = functools.lru_cache(maxsize=1024)(_uuid_text)


@functools.lru_cache(maxsize=1024)  # a workstation writes to a handful of members
def _member(value: str) -> bytes:
    if _UUID_TEXT.fullmatch(value):
        return b"\x00" + bytes.fromhex(value.replace("-", ""))
    raw = value.encode("utf-8")
    if not 1 <= len(raw) <= MAX_ID_LEN:
        raise ValueError("a member id is 1 to 128 bytes")
    return bytes((len(raw),)) + raw


def pack_header(
    ptype: str,
    suite: str,
    packet_id: bytes,
    created: int,
    expires: int,
    sender_key: str,
    sender: str,
    recipient: str,
) -> bytes:
    """The header bytes [0, H). ``ValueError`` for values v2 cannot carry."""
    if len(packet_id) != 16 or packet_id[6] >> 4 != 7 or packet_id[8] >> 6 != 2:
        raise ValueError("the packet id must be a UUIDv7")
    if not _KEY_ID.fullmatch(sender_key):
        raise ValueError("the sender key id must be 16 hex digits")
    if not 0 <= created < expires < 2**32:
        raise ValueError("times between 1970 and 2106, expires after created")
    fixed = _FIXED.pack(
        MAGIC,
        TYPE_CODES[ptype],
        SUITE_CODES[suite],
        packet_id,
        created,
        expires,
        bytes.fromhex(sender_key),
    )
    return fixed + _member(sender) + _member(recipient)


def encode_header(header: Header) -> bytes:
    """The bytes of ``header`` (its id and times in their text forms)."""
    if not _UUID_TEXT.fullmatch(header.id):
        raise ValueError("the packet id must be a UUIDv7")
    return pack_header(
        header.type,
        header.suite,
        bytes.fromhex(header.id.replace("-", "")),
        _seconds(header.created),
        _seconds(header.expires),
        header.sender_key,
        header.sender,
        header.recipient,
    )


def unsigned(header_bytes: bytes, sealed: bytes, enc_len: int) -> bytes:
    """Header, ct length and HPKE's ``enc || ct``: everything the signature covers."""
    return header_bytes + _CT_LEN.pack(len(sealed) - enc_len) + sealed


def sign(data: bytes, key: Ed25519PrivateKey) -> bytes:
    """The signed packet: ``data`` (from :func:`unsigned`) and its signature."""
    return data + signing.sign(key, signing.Context.PACKET, data)


def _read_member(data: bytes, at: int) -> tuple[str, int]:
    if at >= len(data):
        raise MalformedPacket("truncated header")
    n = data[at]
    if n == 0:
        if at + 17 > len(data):
            raise MalformedPacket("truncated header")
        return _member_uuid_text(bytes(data[at + 1 : at + 17])), at + 17
    if n > MAX_ID_LEN or at + 1 + n > len(data):
        raise MalformedPacket("member id length")
    try:
        text = data[at + 1 : at + 1 + n].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedPacket("member id is not UTF-8") from exc
    if _UUID_TEXT.fullmatch(text):
        raise NonCanonicalHeader()  # a UUID travels as 16 bytes
    return text, at + 1 + n


def parse(data: bytes) -> Packet:
    """Parse with strict bounds: structure and header; not the signature."""
    if len(data) < _FIXED.size + 2 + 4 + SIG_BYTES:
        raise MalformedPacket("truncated packet")
    _magic, tcode, scode, pid, created, expires, kid = _FIXED.unpack_from(data)
    ptype, suite = TYPE_BY_CODE.get(tcode), SUITE_BY_CODE.get(scode)
    if ptype is None:
        raise UnsupportedPacket(f"type {tcode}")
    if suite is None:
        raise UnsupportedPacket(f"suite {scode}")
    if pid[6] >> 4 != 7 or pid[8] >> 6 != 2:
        raise MalformedPacket("header id")
    if expires <= created:
        raise MalformedPacket("header expires before created")
    sender, at = _read_member(data, _FIXED.size)
    recipient, at = _read_member(data, at)
    if at + 4 > len(data):
        raise MalformedPacket("truncated header")
    (ct_len,) = _CT_LEN.unpack_from(data, at)
    if ct_len > MAX_CT_BYTES:
        raise OversizePacket("ciphertext")
    end = at + 4 + ENC_BYTES[suite] + ct_len
    if end + SIG_BYTES > len(data):
        raise MalformedPacket("truncated packet")
    if end + SIG_BYTES < len(data):
        raise MalformedPacket("trailing bytes")
    header = Header(
        id=_uuid_text(pid),
        type=ptype,
        sender=sender,
        recipient=recipient,
        created=_rfc3339(created),
        expires=_rfc3339(expires),
        suite=suite,
        sender_key=kid.hex(),
        v=VERSION,
    )
    # Its times as datetimes from the integers v2 carries: what parsing their text gives,
    # without parsing it (every receiver and the hub ask for them).
    vars(header).update(
        created_at=datetime.fromtimestamp(created, UTC),
        expires_at=datetime.fromtimestamp(expires, UTC),
    )
    return Packet(header, data[:at], data[at + 4 : end], data[end:], data)
