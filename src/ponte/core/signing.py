"""Signing contexts: a signature made for one kind of object never verifies as another.

Ponte's Ed25519 keys sign several kinds of objects (a member's key: packets, requests, key
registrations, replication files; the hub's key: directories, their log heads, receipts,
provisioning files). Each signature covers the object's bytes *behind a context prefix*::

    b"ponte:" || context || 0x00 || message

Contexts are ASCII without NUL, so the prefixes are prefix-free: no message signed under one
context is a message under another, whatever its bytes (Ed25519ctx would do the same, but
OpenSSL and ``cryptography`` offer only pure Ed25519). Contexts name a version where the
object has one, so a future format gets a new context rather than reusing an old one.

HTTP requests are the exception: they are signed as RFC 9421 says (the signature base is
the RFC's, so that any RFC 9421 library can sign and verify them), with ``tag="ponte"`` in
the signature parameters. An RFC 9421 signature base starts with ``"`` (a quoted component
name), never with ``ponte:``, so no request signature can stand for a contextual one either.
Release manifests (``core/release.py``) are signed by a release key that signs nothing else,
plainly, so that any Ed25519 tool can check a download.
"""

from __future__ import annotations

import enum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = b"ponte:"


class Context(enum.Enum):
    """What a signature is for. The value is the context string on the wire."""

    PACKET = "packet/v2"
    DIRECTORY = "directory/v2"
    DIRECTORY_HEAD = "directory-head/v1"
    RECEIPT = "receipt/v2"
    BATCH_RECEIPT = "batch-receipt/v1"
    PROVISIONING = "provisioning/v2"
    KEY_REGISTRATION = "key-registration/v1"
    REFUSAL = "refusal/v1"
    REPLICA_FILE = "replica-file/v1"
    DEVICE_REQUEST = "device-request/v1"
    DEVICE_OFFER = "device-offer/v1"

    def prefix(self) -> bytes:
        return _PREFIXES[self]


#: Made once: an Enum's ``value`` is a slow attribute, and a packet is signed or verified
#: under its prefix every time.
_PREFIXES = {c: PREFIX + c.value.encode("ascii") + b"\x00" for c in Context}


def message(context: Context, data: bytes) -> bytes:
    """The exact bytes an Ed25519 signature covers for ``data`` under ``context``."""
    return _PREFIXES[context] + data


def sign(key: Ed25519PrivateKey, context: Context, data: bytes) -> bytes:
    """A 64-byte Ed25519 signature over ``data`` for ``context``."""
    return key.sign(message(context, data))


def verify(public: Ed25519PublicKey, context: Context, data: bytes, sig: bytes) -> None:
    """Raise ``cryptography.exceptions.InvalidSignature`` unless ``sig`` is ``public``'s
    signature over ``data`` for ``context``."""
    public.verify(sig, message(context, data))
