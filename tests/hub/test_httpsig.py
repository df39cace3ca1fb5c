"""RFC 9421 signing and verification as pure functions, with an injected clock."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.clock import FakeClock
from ponte.core.errors import AuthenticationFailed
from ponte.core.httpsig import sign_request, verify_request

KEY = Ed25519PrivateKey.generate()


def _lookup(member: str, kid: str) -> object:
    return KEY.public_key() if (member, kid) == ("m1", "abcd") else None


def _sign(
    clock: FakeClock, target: str = "https://hub/v1/inbox/ack?x=1", body: bytes = b"{}"
) -> dict[str, str]:
    return sign_request(
        "POST",
        target,
        body,
        key=KEY,
        member_id="m1",
        key_id="abcd",
        created=clock.now(),
        nonce="n" * 20,
    )


def test_round_trip_and_what_it_covers() -> None:
    clock = FakeClock()
    headers = _sign(clock)
    assert 'keyid="m1/abcd"' in headers["Signature-Input"]
    ok = verify_request(
        "POST", "/v1/inbox/ack?x=1", headers, b"{}", lookup=_lookup, now=clock.now()
    )  # type: ignore[arg-type]
    assert (ok.member_id, ok.nonce) == ("m1", "n" * 20)
    for method, target, body in [
        ("GET", "/v1/inbox/ack?x=1", b"{}"),
        ("POST", "/v1/inbox/ack?x=2", b"{}"),
        ("POST", "/v1/inbox/ack?x=1", b"[]"),
    ]:
        with pytest.raises(AuthenticationFailed):
            verify_request(method, target, headers, body, lookup=_lookup, now=clock.now())  # type: ignore[arg-type]


def test_time_window_is_300_seconds_either_way() -> None:
    clock = FakeClock()
    headers = _sign(clock)
    clock.advance(300)
    verify_request("POST", "/v1/inbox/ack?x=1", headers, b"{}", lookup=_lookup, now=clock.now())  # type: ignore[arg-type]
    clock.advance(1)
    with pytest.raises(AuthenticationFailed, match="time window"):
        verify_request("POST", "/v1/inbox/ack?x=1", headers, b"{}", lookup=_lookup, now=clock.now())  # type: ignore[arg-type]
