"""Parsers meet arbitrary input with their own typed error, never anything else."""

from __future__ import annotations

import contextlib
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from ponte.core.clock import FakeClock
from ponte.core.directory import verify_directory
from ponte.core.errors import AuthenticationFailed, DirectoryError, ProvisioningError
from ponte.core.httpsig import verify_request
from ponte.core.provisioning import load_provisioning

HUB = Ed25519PrivateKey.generate().public_key()
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
documents = st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode())


@settings(max_examples=150, deadline=None)
@given(documents)
def test_directory_parser_only_raises_directory_error(data: bytes) -> None:
    with contextlib.suppress(DirectoryError):
        verify_directory(data, HUB)


@settings(max_examples=150, deadline=None)
@given(documents | json_values.map(lambda v: json.dumps({"provisioning": v, "sig": "00"}).encode()))
def test_provisioning_parser_only_raises_provisioning_error(data: bytes) -> None:
    with contextlib.suppress(ProvisioningError):
        load_provisioning(data, FakeClock().now())


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["signature-input", "signature", "content-digest", "x"]),
        st.text(max_size=80),
    ),
    st.binary(max_size=50),
)
def test_request_verifier_only_raises_authentication_failed(
    headers: dict[str, str], body: bytes
) -> None:
    with contextlib.suppress(AuthenticationFailed):
        verify_request(
            "GET", "/v1/inbox", headers, body, lookup=lambda m, k: HUB, now=FakeClock().now()
        )
