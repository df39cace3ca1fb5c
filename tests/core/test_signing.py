"""Issue 15.3: a signature made for one kind of object never verifies as another."""

import itertools

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from ponte.core import signing
from ponte.core.signing import Context

KEY = Ed25519PrivateKey.generate()


def test_context_prefixes_are_prefix_free() -> None:
    prefixes = [c.prefix() for c in Context]
    assert len(set(prefixes)) == len(prefixes)
    for a, b in itertools.permutations(prefixes, 2):
        assert not b.startswith(a), (a, b)
    assert all(c.value.isascii() and "\x00" not in c.value for c in Context)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=256), st.sampled_from(list(Context)), st.sampled_from(list(Context)))
def test_a_signature_verifies_only_under_its_own_context(
    data: bytes, made_for: Context, checked_as: Context
) -> None:
    sig = signing.sign(KEY, made_for, data)
    if made_for is checked_as:
        signing.verify(KEY.public_key(), checked_as, data, sig)
    else:
        with pytest.raises(InvalidSignature):
            signing.verify(KEY.public_key(), checked_as, data, sig)


def test_a_plain_signature_over_the_same_bytes_does_not_verify_under_a_context() -> None:
    """What a v1 object signed without context cannot be replayed as."""
    data = b'{"directory":{}}'
    with pytest.raises(InvalidSignature):
        signing.verify(KEY.public_key(), Context.DIRECTORY, data, KEY.sign(data))


def test_the_signed_bytes_are_documented_exactly() -> None:
    """docs/protocol.md spells the prefix; an independent implementation builds it by hand."""
    data = b"abc"
    by_hand = b"ponte:" + b"replica-file/v1" + b"\x00" + data
    KEY.public_key().verify(signing.sign(KEY, Context.REPLICA_FILE, data), by_hand)
