"""Weak keys are refused wherever a key enters (issue 15.1).

The small-order encodings below are the published blocklists (libsodium's
``ge25519_has_small_order`` and ``crypto_scalarmult_curve25519`` tables), not values derived
from our own code; OpenSSL itself shows why they matter.
"""

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from ponte.core.errors import WeakKey
from ponte.core.keycheck import check_ed25519, check_x25519
from ponte.core.keys import ed25519_public, pq_public, x25519_public

IDENTITY = bytes.fromhex("01" + "00" * 31)
ED25519_SMALL_ORDER = [
    IDENTITY,  # order 1
    bytes.fromhex("ec" + "ff" * 30 + "7f"),  # order 2
    bytes.fromhex("00" * 32),  # order 4
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),  # order 8
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),  # order 8
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),  # order 8
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),  # order 8
]
ED25519_NON_CANONICAL = [
    bytes.fromhex("01" + "00" * 30 + "80"),  # x = 0 with the sign bit set
    bytes.fromhex("ed" + "ff" * 30 + "7f"),  # y = p
    bytes.fromhex("ee" + "ff" * 30 + "7f"),  # y = p + 1 (the identity, spelled again)
    bytes.fromhex("02" + "00" * 31),  # y = 2: not on the curve
]
X25519_SMALL_ORDER = [
    bytes(32),
    bytes.fromhex("01" + "00" * 31),
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
    bytes.fromhex("ec" + "ff" * 30 + "7f"),  # p - 1
]
X25519_NON_CANONICAL = [
    bytes.fromhex("ed" + "ff" * 30 + "7f"),  # p
    bytes.fromhex("ee" + "ff" * 30 + "7f"),  # p + 1
    bytes.fromhex("09" + "00" * 30 + "80"),  # the base point with the high bit set
]


def test_openssl_accepts_the_identity_key_and_a_constant_signature_for_any_message() -> None:
    """Why the check exists: without it, anyone signs as the member that registered this key."""
    key = Ed25519PublicKey.from_public_bytes(IDENTITY)
    constant = IDENTITY + bytes(32)
    for message in (b"referral", b"status: declined", b"anything at all"):
        key.verify(constant, message)  # no InvalidSignature: every message "verifies"


@pytest.mark.parametrize(
    "raw", ED25519_SMALL_ORDER + ED25519_NON_CANONICAL, ids=lambda b: b.hex()[:8]
)
def test_unsafe_ed25519_keys_are_refused(raw: bytes) -> None:
    with pytest.raises(WeakKey):
        check_ed25519(raw)
    with pytest.raises(WeakKey):
        ed25519_public(raw.hex())


@pytest.mark.parametrize(
    "raw", X25519_SMALL_ORDER + X25519_NON_CANONICAL, ids=lambda b: b.hex()[:8]
)
def test_unsafe_x25519_keys_are_refused(raw: bytes) -> None:
    with pytest.raises(WeakKey):
        check_x25519(raw)
    with pytest.raises(WeakKey):
        x25519_public(raw)


def test_the_hybrid_key_is_refused_when_its_x25519_half_is_unsafe() -> None:
    from ponte.core.keys import PqKeyPair

    good = PqKeyPair.generate().public_raw()
    pq_public(good)
    with pytest.raises(WeakKey):
        pq_public(good[:-32] + bytes(32))


@settings(max_examples=50, deadline=None)
@given(st.binary(min_size=32, max_size=32))
def test_real_keys_pass_and_still_verify(seed: bytes) -> None:
    private = Ed25519PrivateKey.from_private_bytes(seed)
    raw = private.public_key().public_bytes_raw()
    public = ed25519_public(raw)
    public.verify(private.sign(b"m"), b"m")
    with pytest.raises(InvalidSignature):
        public.verify(IDENTITY + bytes(32), b"m")
    x_raw = X25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    assert check_x25519(x_raw) == x_raw


def test_a_peer_key_is_checked_once_and_a_weak_one_is_refused_every_time() -> None:
    """Peer keys are parsed and checked once per process (sealing to a partner no longer
    repeats an X25519 exchange per packet): hex and raw give the same checked object, and
    a weak key is refused on every ask, never remembered as good."""
    from ponte.core.keys import PqKeyPair

    x_raw = X25519PrivateKey.generate().public_key().public_bytes_raw()
    assert x25519_public(x_raw) is x25519_public(x_raw.hex())
    assert x25519_public(bytearray(x_raw)) is x25519_public(x_raw)
    ed_raw = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    assert ed25519_public(ed_raw) is ed25519_public(ed_raw.hex())
    pq_raw = PqKeyPair.generate().public_raw()
    assert pq_public(pq_raw) is pq_public(pq_raw)
    for _ in range(3):
        with pytest.raises(WeakKey):
            x25519_public(X25519_SMALL_ORDER[0])
        with pytest.raises(WeakKey):
            ed25519_public(IDENTITY)
        with pytest.raises(WeakKey):
            pq_public(pq_raw[:-32] + bytes(32))
