"""``GET /v1/directory`` carries an ETag and answers ``If-None-Match`` with 304 while the
members and keys are unchanged (issue 14, item 4; issue 15, item 4)."""

from __future__ import annotations

import httpx

from tests.hub.conftest import Hub


def test_the_directory_is_served_conditionally(hub: Hub) -> None:
    first = httpx.get(hub.base + "/v1/directory")
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert etag.startswith('"')
    assert etag.endswith('"')
    again = httpx.get(hub.base + "/v1/directory", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    listed = httpx.get(hub.base + "/v1/directory", headers={"If-None-Match": f'"other", {etag}'})
    assert listed.status_code == 304
    weak = httpx.get(hub.base + "/v1/directory", headers={"If-None-Match": f"W/{etag}"})
    assert weak.status_code == 304
    assert httpx.get(hub.base + "/v1/directory", headers={"If-None-Match": "*"}).status_code == 304
    stale = httpx.get(hub.base + "/v1/directory", headers={"If-None-Match": '"not-it"'})
    assert stale.status_code == 200
    assert stale.headers["etag"] == etag


def test_a_new_member_changes_the_etag(hub: Hub) -> None:
    etag = httpx.get(hub.base + "/v1/directory").headers["etag"]
    hub.member("CPI Legnano", "cpi")
    changed = httpx.get(hub.base + "/v1/directory", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
