"""The centre replication key's box: change sets readable only by the centre's devices.

A change set (JSON) is compressed and sealed with ChaCha20-Poly1305 under the centre key of
one *epoch*; the associated data binds the centre, the epoch and the sending device, so a
box cannot be replayed as coming from another device or centre. The box travels inside a
hub packet (sealed again to one device and signed by the sender) or in a replica file
(signed by the sender, see ``seal_file``). Removing a device starts a new epoch whose key
the removed device never receives.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ponte.core import canonical, signing
from ponte.core.errors import BadSignature, DecryptionFailed, MalformedPacket

KEY_BYTES = 32
NONCE_BYTES = 12
MAX_PLAIN = 64 * 1024 * 1024
FILE_MAGIC = "ponte-replica-v1"


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _aad(centre: str, epoch: int, device: str) -> bytes:
    return canonical.dumps({"centre": centre, "epoch": epoch, "device": device})


def _deflate(text: bytes, bulk: bool) -> bytes:
    if not bulk:
        return zlib.compress(text, 6)
    # Mostly base64 of a scan, which repeats nothing: Huffman coding alone wins back its
    # 6 bits a character, 6x faster than level 6 and no larger (zlib's Z_HUFFMAN_ONLY).
    z = zlib.compressobj(6, zlib.DEFLATED, 15, 8, zlib.Z_HUFFMAN_ONLY)
    return z.compress(text) + z.flush()


def seal_box(
    key: bytes, centre: str, epoch: int, device: str, body: Any, *, bulk: bool = False
) -> dict[str, Any]:
    """The envelope ``{centre, epoch, device, box}`` of one change set ``body``. ``bulk``:
    the set is mostly a document's bytes (``stream.bulky``)."""
    plain = _deflate(json.dumps(body, separators=(",", ":")).encode("utf-8"), bulk)
    nonce = os.urandom(NONCE_BYTES)
    ct = ChaCha20Poly1305(key).encrypt(nonce, plain, _aad(centre, epoch, device))
    return {
        "centre": centre,
        "epoch": epoch,
        "device": device,
        "box": base64.b64encode(nonce + ct).decode("ascii"),
    }


def open_box(key: bytes, envelope: dict[str, Any]) -> Any:
    try:
        raw = base64.b64decode(envelope["box"], validate=True)
        aad = _aad(str(envelope["centre"]), int(envelope["epoch"]), str(envelope["device"]))
        plain = ChaCha20Poly1305(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError, KeyError) as exc:
        raise DecryptionFailed("replica change set") from exc
    try:
        d = zlib.decompressobj()
        text = d.decompress(plain, MAX_PLAIN)
        if d.unconsumed_tail:
            raise MalformedPacket("replica change set too large")
        return json.loads(text)
    except (zlib.error, ValueError) as exc:
        raise MalformedPacket("replica change set") from exc


def seal_file(envelope: dict[str, Any], signing_key: Ed25519PrivateKey) -> bytes:
    """A replica file: the envelope and the sending device's Ed25519 signature over it."""
    body = {"magic": FILE_MAGIC, "set": envelope}
    sig = signing.sign(signing_key, signing.Context.REPLICA_FILE, canonical.dumps(body)).hex()
    return canonical.dumps({**body, "sig": sig})


def read_file(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """``(envelope, signed bytes, signature)``; the caller checks the signature."""
    try:
        obj = json.loads(data)
        if obj.get("magic") != FILE_MAGIC or not isinstance(obj.get("set"), dict):
            raise MalformedPacket("not a Ponte replica file")
        sig = bytes.fromhex(obj["sig"])
    except (ValueError, AttributeError, KeyError, TypeError) as exc:
        raise MalformedPacket("not a Ponte replica file") from exc
    envelope: dict[str, Any] = obj["set"]
    return envelope, canonical.dumps({"magic": FILE_MAGIC, "set": envelope}), sig


def verify(
    public: Ed25519PublicKey,
    signed: bytes,
    sig: bytes,
    context: signing.Context = signing.Context.REPLICA_FILE,
) -> None:
    try:
        signing.verify(public, context, signed, sig)
    except InvalidSignature as exc:
        raise BadSignature("replica file") from exc


_HPKE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def seal_to(public: X25519PublicKey, data: bytes, info: bytes) -> bytes:
    """HPKE base mode to one device's X25519 key (how a join offer carries the keys)."""
    return _HPKE.encrypt(data, public, info=info)


def open_with(private: X25519PrivateKey, blob: bytes, info: bytes) -> bytes:
    try:
        return _HPKE.decrypt(blob, private, info=info)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed("not sealed to this workstation") from exc
