"""RFC 9421 HTTP Message Signatures (Ed25519) with an RFC 9530 Content-Digest.

Pure functions over (method, target, headers, body), shared by the hub (verify) and the sync
client (sign). Only one profile is produced and accepted, label ``ponte``::

    Signature-Input: ponte=("@method" "@path" "@query" "content-digest");created=…;nonce="…";keyid="<member>/<key id>";alg="ed25519"

``@path`` and ``@query`` together cover the path with its query string. The replay check on
``nonce`` is the caller's job (the hub keeps seen nonces in its database).
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core.errors import AuthenticationFailed

LABEL = "ponte"
COMPONENTS = ("@method", "@path", "@query", "content-digest")
WINDOW_SECONDS = 300
_INPUT_RE = re.compile(
    r'^ponte=\("@method" "@path" "@query" "content-digest"\)'
    r";created=(?P<created>\d{1,12})"
    r';nonce="(?P<nonce>[A-Za-z0-9_-]{16,64})"'
    r';keyid="(?P<keyid>[A-Za-z0-9._:-]{1,128}/[0-9a-f]{1,64})"'
    r';alg="ed25519"$'
)
_SIG_RE = re.compile(r"^ponte=:(?P<sig>[A-Za-z0-9+/=]{1,200}):$")


@dataclass(frozen=True)
class Verified:
    member_id: str
    key_id: str
    nonce: str
    created: int


def content_digest(body: bytes) -> str:
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"


def _split_target(target: str) -> tuple[str, str]:
    parts = urlsplit(target)
    return parts.path or "/", "?" + parts.query


def _base(method: str, path: str, query: str, digest: str, params: str) -> bytes:
    lines = [
        f'"@method": {method.upper()}',
        f'"@path": {path}',
        f'"@query": {query}',
        f'"content-digest": {digest}',
        f'"@signature-params": {params}',
    ]
    return "\n".join(lines).encode("utf-8")


def sign_request(
    method: str,
    target: str,
    body: bytes,
    *,
    key: Ed25519PrivateKey,
    member_id: str,
    key_id: str,
    created: datetime,
    nonce: str | None = None,
) -> dict[str, str]:
    """The headers to add to a request: Content-Digest, Signature-Input, Signature.

    ``target`` is the URL or the path with its query, exactly as sent.
    """
    path, query = _split_target(target)
    digest = content_digest(body)
    nonce = nonce or secrets.token_urlsafe(18)
    params = (
        "(" + " ".join(f'"{c}"' for c in COMPONENTS) + ")"
        f';created={int(created.timestamp())};nonce="{nonce}"'
        f';keyid="{member_id}/{key_id}";alg="ed25519"'
    )
    sig = key.sign(_base(method, path, query, digest, params))
    return {
        "Content-Digest": digest,
        "Signature-Input": f"{LABEL}={params}",
        "Signature": f"{LABEL}=:{base64.b64encode(sig).decode()}:",
    }


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    raise AuthenticationFailed(f"missing {name}")


def verify_request(
    method: str,
    target: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    lookup: Callable[[str, str], Ed25519PublicKey | None],
    now: datetime,
    window: int = WINDOW_SECONDS,
) -> Verified:
    """Check digest, time window and signature; :class:`AuthenticationFailed` otherwise.

    ``lookup(member_id, key_id)`` returns the member's current signing key or ``None``.
    """
    match = _INPUT_RE.fullmatch(_header(headers, "signature-input"))
    sig_match = _SIG_RE.fullmatch(_header(headers, "signature"))
    if match is None or sig_match is None:
        raise AuthenticationFailed("signature headers")
    digest = _header(headers, "content-digest")
    if digest != content_digest(body):
        raise AuthenticationFailed("content digest")
    created = int(match["created"])
    if abs(now.timestamp() - created) > window:
        raise AuthenticationFailed("outside the time window")
    member_id, kid = match["keyid"].split("/", 1)
    public = lookup(member_id, kid)
    if public is None:
        raise AuthenticationFailed("unknown key")
    params = _header(headers, "signature-input")[len(LABEL) + 1 :]
    path, query = _split_target(target)
    try:
        public.verify(
            base64.b64decode(sig_match["sig"], validate=True),
            _base(method, path, query, digest, params),
        )
    except (InvalidSignature, ValueError) as exc:
        raise AuthenticationFailed("bad signature") from exc
    return Verified(member_id=member_id, key_id=kid, nonce=match["nonce"], created=created)
