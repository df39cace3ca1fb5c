"""Issue 15.14: the hub answers as its OpenAPI 3.1 description says.

schemathesis generates requests from ``src/ponte/hub/openapi.json`` (as served by a live hub
on loopback at ``/v1/openapi.json``), valid and invalid, signs each one as an enrolled member
would (RFC 9421, through a ``requests`` auth hook that signs the prepared request's exact
path, query and body), and fails on any 5xx or any answer whose status, content type,
headers or body the description does not allow.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ponte.core.clock import SystemClock
from ponte.core.httpsig import sign_request
from ponte.hub.ratelimit import RateLimiter

from .conftest import Client, Hub

DESCRIPTION = Path(__file__).parents[2] / "src" / "ponte" / "hub" / "openapi.json"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


# The batch body is binary, like a single packet.
schemathesis.serializer.alias("application/x-ponte-batch", "application/octet-stream")


class SignAs(requests.auth.AuthBase):
    """Sign every request as ``member`` (what a partner's client does)."""

    def __init__(self, member: Client) -> None:
        self.member = member

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        body = r.body or b""
        if isinstance(body, str):
            body = body.encode()
        for name in ("Signature", "Signature-Input", "Content-Digest"):
            r.headers.pop(name, None)  # schemathesis may have generated its own
        r.headers.update(
            sign_request(
                r.method or "GET",
                r.path_url,
                body,
                key=self.member.key,
                member_id=self.member.member_id,
                key_id=self.member.kid,
                created=SystemClock().now(),
            )
        )
        return r


@pytest.fixture
def live(hub: Hub) -> Iterator[tuple[Hub, requests.Session]]:
    hub.service.limiter = RateLimiter(hub.service.clock, rate=10_000, burst=10_000)
    member = hub.member("CAV Schemathesis")
    with requests.Session() as session:
        session.auth = SignAs(member)
        yield hub, session


def test_the_description_kept_in_the_repo_is_the_one_served(
    live: tuple[Hub, requests.Session],
) -> None:
    hub, session = live
    served = session.get(hub.base + "/v1/openapi.json").json()
    assert served == json.loads(DESCRIPTION.read_text())
    assert served["openapi"].startswith("3.1")


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_hub_answers_as_described(
    live: tuple[Hub, requests.Session], mode: GenerationMode
) -> None:
    hub, session = live
    api = schemathesis.openapi.from_url(hub.base + "/v1/openapi.json")
    calls: dict[str, int] = {}
    for result in api.get_all_operations():
        operation = result.ok()

        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(generation_mode=mode))
        def run(case: Any) -> None:
            case.call_and_validate(base_url=hub.base, session=session, checks=CHECKS)
            label = case.operation.label
            calls[label] = calls.get(label, 0) + 1

        try:
            run()
        except Unsatisfiable:  # nothing to make invalid (no parameters, no body)
            assert mode is GenerationMode.NEGATIVE, operation.label
    print(f"\n{mode.value}: {sum(calls.values())} requests over {len(calls)} operations")
    assert len(calls) >= (12 if mode is GenerationMode.POSITIVE else 6)
