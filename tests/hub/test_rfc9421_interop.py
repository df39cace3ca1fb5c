"""Issue 15.13 and 15.12: request signatures as RFC 9421 says, checked against another
implementation (the ``http-message-signatures`` package) in both directions, over a real hub.

A partner's IT writes its own client with whatever RFC 9421 library it has: the hub must
accept any order of signature parameters, any order of covered components (a set, not a
sequence), any label (the signature is found by ``tag="ponte"``), and compare ``@path``
exactly as sent. It must refuse a repeated Signature, Signature-Input or Content-Digest line,
and its refusals must not tell an outsider why.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from http_message_signatures import (
    HTTPMessageSigner,
    HTTPMessageVerifier,
    InvalidSignature,
    MappingKeyResolver,
    algorithms,
)

from ponte.core.clock import SystemClock
from ponte.core.httpsig import content_digest, sign_request

from .conftest import Client, Hub

REQUIRED = ("@method", "@path", "@query", "content-digest")


def _library_signed(
    client: Client,
    method: str,
    url: str,
    body: bytes = b"",
    *,
    components: tuple[str, ...] = ("content-digest", "@query", "@path", "@method"),
    label: str = "partner",
    tag: str = "ponte",
) -> httpx.Request:
    """A request signed by the other library with the member's own key."""
    request = httpx.Request(method, url, content=body, headers={"content-type": "application/json"})
    covers_body = "content-digest" in components
    if not covers_body:  # the digest is sent but left out of the signature
        request.headers["Content-Digest"] = content_digest(body)
    keyid = f"{client.member_id}/{client.kid}"
    signer = HTTPMessageSigner(
        signature_algorithm=algorithms.ED25519,
        key_resolver=MappingKeyResolver(public_keys={}, private_keys={keyid: client.key}),
    )
    signer.sign(
        request,
        key_id=keyid,
        created=datetime.now(UTC),
        nonce=secrets.token_urlsafe(18),
        label=label,
        tag=tag,
        covered_component_ids=components,
        body=body if covers_body else None,
        use_existing_digest=not covers_body,
    )
    return request


def _send(request: httpx.Request) -> httpx.Response:
    with httpx.Client() as http:
        return http.send(request)


def test_a_request_signed_by_another_rfc9421_library_is_accepted(hub: Hub) -> None:
    cav = hub.member()
    r = _send(_library_signed(cav, "GET", hub.base + "/v1/inbox?limit=5"))
    assert r.status_code == 200, r.text
    body = json.dumps({"seq": 1, "head_hash": "a" * 64, "at": "2026-01-01T00:00:00Z"}).encode()
    r = _send(_library_signed(cav, "POST", hub.base + "/v1/anchors", body))
    assert r.status_code == 201, r.text


def test_extra_covered_components_are_allowed_but_the_required_set_is_not_optional(
    hub: Hub,
) -> None:
    cav = hub.member()
    url = hub.base + "/v1/inbox"
    more = ("@authority", "content-type", *REQUIRED)
    assert _send(_library_signed(cav, "GET", url, components=more)).status_code == 200
    for missing in REQUIRED:
        fewer = tuple(c for c in REQUIRED if c != missing)
        r = _send(_library_signed(cav, "GET", url, components=fewer))
        assert r.status_code == 401, missing


def test_a_signature_without_the_ponte_tag_is_not_a_ponte_request(hub: Hub) -> None:
    cav = hub.member()
    r = _send(_library_signed(cav, "GET", hub.base + "/v1/inbox", tag="other"))
    assert r.status_code == 401


def test_path_is_compared_as_sent_without_percent_decoding(hub: Hub) -> None:
    cav = hub.member()
    encoded = hub.base + "/v1/%69nbox"  # the router decodes it to /v1/inbox
    assert _send(_library_signed(cav, "GET", encoded)).status_code == 200
    # signed for one spelling, sent with another: not the request that was signed
    signed_plain = _library_signed(cav, "GET", hub.base + "/v1/inbox")
    moved = httpx.Request("GET", encoded, headers=signed_plain.headers)
    assert _send(moved).status_code == 401


def test_the_projects_own_requests_verify_with_the_other_library() -> None:
    key = Ed25519PrivateKey.generate()
    body = b'{"ids": ["x"]}'
    headers = sign_request(
        "POST",
        "/v1/inbox/ack?x=1",
        body,
        key=key,
        member_id="m1",
        key_id="abcd",
        created=SystemClock().now(),
    )
    request = httpx.Request("POST", "https://hub.example.org/v1/inbox/ack?x=1", headers=headers)
    verifier = HTTPMessageVerifier(
        signature_algorithm=algorithms.ED25519,
        key_resolver=MappingKeyResolver(public_keys={"m1/abcd": key.public_key()}, private_keys={}),
    )
    (result,) = verifier.verify(request, expect_tag="ponte", require_components=REQUIRED, body=body)
    assert result.parameters["keyid"] == "m1/abcd"
    assert result.nonce
    tampered = httpx.Request("POST", "https://hub.example.org/v1/inbox/ack?x=2", headers=headers)
    with pytest.raises(InvalidSignature):
        verifier.verify(tampered, expect_tag="ponte", require_components=REQUIRED, body=body)


def _raw_headers(client: Client, path: str) -> list[tuple[str, str]]:
    signed = sign_request(
        "GET",
        path,
        b"",
        key=client.key,
        member_id=client.member_id,
        key_id=client.kid,
        created=SystemClock().now(),
    )
    return list(signed.items())


@pytest.mark.parametrize("name", ["Signature", "Signature-Input", "Content-Digest"])
def test_a_repeated_signature_line_is_refused(hub: Hub, name: str) -> None:
    cav = hub.member()
    headers = _raw_headers(cav, "/v1/inbox")
    value = dict(headers)[name]
    # the valid line first: a hub that reads only the first line would accept
    repeated = [*headers, (name, value)]
    assert httpx.get(hub.base + "/v1/inbox", headers=repeated).status_code == 401
    assert httpx.get(hub.base + "/v1/inbox", headers=headers).status_code == 200


def test_refusals_do_not_tell_an_outsider_why(hub: Hub) -> None:
    cav = hub.member()
    once = _raw_headers(cav, "/v1/inbox")
    assert httpx.get(hub.base + "/v1/inbox", headers=once).status_code == 200
    replayed = httpx.get(hub.base + "/v1/inbox", headers=once)
    stranger = Client(hub.base, cav.member_id, Ed25519PrivateKey.generate(), b"")
    unknown_key = httpx.get(hub.base + "/v1/inbox", headers=_raw_headers(stranger, "/v1/inbox"))
    bad = dict(_raw_headers(cav, "/v1/inbox"))
    bad["Signature"] = bad["Signature"][:-6] + "AAAAA:"
    bad_signature = httpx.get(hub.base + "/v1/inbox", headers=bad)
    unsigned = httpx.get(hub.base + "/v1/inbox")
    answers: list[Any] = [
        (r.status_code, r.content) for r in (replayed, unknown_key, bad_signature, unsigned)
    ]
    assert answers[0][0] == 401
    assert all(a == answers[0] for a in answers), answers
