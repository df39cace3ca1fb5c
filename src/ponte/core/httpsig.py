"""RFC 9421 HTTP Message Signatures (Ed25519) with an RFC 9530 Content-Digest.

Pure functions over (method, target, header lines, body), shared by the hub (verify) and the
sync client (sign). What the hub accepts is RFC 9421 with one policy on top:

* the signature is the one whose parameters carry ``tag="ponte"`` (any label; other
  signatures in the same fields are ignored, two tagged ``ponte`` are refused);
* its covered components are a *set* that must include ``@method``, ``@path``, ``@query``
  and ``content-digest`` (in any order); it may also cover ``@authority``,
  ``@request-target`` and header fields present in the request;
* its parameters, in any order, are ``created`` and ``nonce`` (required), ``keyid``
  (``"<member id>/<key id>"``), and optionally ``alg`` (``"ed25519"``) and ``expires``;
  no others;
* ``@path`` and ``@query`` are compared exactly as sent (no percent-decoding);
* ``Signature``, ``Signature-Input`` and ``Content-Digest`` each come in one field line.

The client signs::

    Signature-Input: ponte=("@method" "@path" "@query" "content-digest");created=…;keyid="<member>/<key id>";alg="ed25519";nonce="…";tag="ponte"

The replay check on ``nonce`` is the caller's job (the hub keeps seen nonces in its
database). Cross-checked in both directions against the ``http-message-signatures`` package
(tests/hub/test_rfc9421_interop.py).
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ponte.core import sfv
from ponte.core.errors import AuthenticationFailed

LABEL = "ponte"
TAG = "ponte"
COMPONENTS = ("@method", "@path", "@query", "content-digest")
REQUIRED = frozenset(COMPONENTS)
WINDOW_SECONDS = 300
_DERIVED = frozenset({"@method", "@path", "@query", "@authority", "@request-target"})
_PARAMS = frozenset({"created", "expires", "nonce", "keyid", "alg", "tag"})
_SINGLE = ("signature-input", "signature", "content-digest")
_NONCE = re.compile(r"[A-Za-z0-9_+/=.-]{16,128}")
_KEYID = re.compile(r"([A-Za-z0-9._:-]{1,128})/([0-9a-f]{1,64})")
_FIELD_NAME = re.compile(r"[a-z0-9!#$%&'*+.^_`|~-]+")
_HASHES = {"sha-256": hashlib.sha256, "sha-512": hashlib.sha512}

Headers = Mapping[str, str] | Iterable[tuple[str, str]]


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


def _base(lines: list[tuple[str, str]], params: str) -> bytes:
    out = [f'"{name}": {value}' for name, value in lines]
    out.append(f'"@signature-params": {params}')
    return "\n".join(out).encode("ascii")


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
    params = sfv.serialize_inner_list(
        sfv.InnerList(
            tuple(sfv.Item(c) for c in COMPONENTS),
            {
                "created": int(created.timestamp()),
                "keyid": f"{member_id}/{key_id}",
                "alg": "ed25519",
                "nonce": nonce or secrets.token_urlsafe(18),
                "tag": TAG,
            },
        )
    )
    lines = [("@method", method), ("@path", path), ("@query", query), ("content-digest", digest)]
    sig = key.sign(_base(lines, params))
    return {
        "Content-Digest": digest,
        "Signature-Input": f"{LABEL}={params}",
        "Signature": f"{LABEL}=:{base64.b64encode(sig).decode()}:",
    }


def _fields(headers: Headers) -> dict[str, list[str]]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name.lower(), []).append(value.strip(" \t"))
    return out


def _one(fields: dict[str, list[str]], name: str) -> str:
    values = fields.get(name, [])
    if len(values) != 1:
        raise AuthenticationFailed(f"{len(values)} {name} lines")
    return values[0]


def _select(fields: dict[str, list[str]]) -> tuple[sfv.InnerList, bytes]:
    """The covered components and parameters tagged ``ponte``, and their signature."""
    try:
        inputs = sfv.parse_dictionary(_one(fields, "signature-input"))
        signatures = sfv.parse_dictionary(_one(fields, "signature"))
    except ValueError as exc:
        raise AuthenticationFailed("signature fields are not structured fields") from exc
    tagged = [
        label
        for label, member in inputs.items()
        if isinstance(member, sfv.InnerList) and member.params.get("tag") == TAG
    ]
    if len(tagged) != 1:
        raise AuthenticationFailed(f"{len(tagged)} signatures tagged {TAG}")
    chosen, sig = inputs[tagged[0]], signatures.get(tagged[0])
    assert isinstance(chosen, sfv.InnerList)
    if not isinstance(sig, sfv.Item) or not isinstance(sig.value, bytes) or sig.params:
        raise AuthenticationFailed("signature value")
    return chosen, sig.value


def _check_digest(value: str, body: bytes) -> None:
    try:
        members = sfv.parse_dictionary(value)
    except ValueError as exc:
        raise AuthenticationFailed("content digest syntax") from exc
    if "sha-256" not in members and "sha-512" not in members:
        raise AuthenticationFailed("content digest algorithm")
    for alg, member in members.items():
        if alg not in _HASHES:
            raise AuthenticationFailed("content digest algorithm")
        if not isinstance(member, sfv.Item) or member.value != _HASHES[alg](body).digest():
            raise AuthenticationFailed("content digest")


def _component(
    name: str, method: str, target: str, fields: dict[str, list[str]]
) -> tuple[str, str]:
    path, query = _split_target(target)
    derived = {
        "@method": method,
        "@path": path,
        "@query": query,
        "@request-target": target,
        "@authority": ",".join(fields.get("host", [])).lower(),
    }
    if name in derived:
        return name, derived[name]
    if not _FIELD_NAME.fullmatch(name) or name not in fields or name.startswith("signature"):
        raise AuthenticationFailed("unsupported covered component")
    return name, ", ".join(fields[name])


def verify_request(
    method: str,
    target: str,
    headers: Headers,
    body: bytes,
    *,
    lookup: Callable[[str, str], Ed25519PublicKey | None],
    now: datetime,
    window: int = WINDOW_SECONDS,
) -> Verified:
    """Check digest, time window and signature; :class:`AuthenticationFailed` otherwise.

    ``target`` is the path and query exactly as received; ``headers`` the field lines (a
    list of pairs keeps repeated lines, which are refused for the signature fields).
    ``lookup(member_id, key_id)`` returns the member's current signing key or ``None``.
    The exception's detail says why, for the log; never show it to the caller.
    """
    fields = _fields(headers)
    for name in _SINGLE:
        _one(fields, name)
    chosen, sig = _select(fields)
    names = [item.value for item in chosen.items]
    if any(not isinstance(n, str) or i.params for n, i in zip(names, chosen.items, strict=True)):
        raise AuthenticationFailed("covered components must be plain strings")
    if len(set(names)) != len(names) or not set(names) >= REQUIRED:
        raise AuthenticationFailed("covered components")
    if any(n.startswith("@") and n not in _DERIVED for n in names if isinstance(n, str)):
        raise AuthenticationFailed("unsupported covered component")
    p = chosen.params
    created, expires, nonce, keyid = (
        p.get("created"),
        p.get("expires"),
        p.get("nonce"),
        p.get("keyid"),
    )
    if not set(p) <= _PARAMS or p.get("alg", "ed25519") != "ed25519":
        raise AuthenticationFailed("signature parameters")
    if type(created) is not int or (expires is not None and type(expires) is not int):
        raise AuthenticationFailed("signature times")
    if not isinstance(nonce, str) or not _NONCE.fullmatch(nonce):
        raise AuthenticationFailed("nonce")
    match = _KEYID.fullmatch(keyid) if isinstance(keyid, str) else None
    if match is None:
        raise AuthenticationFailed("keyid")
    _check_digest(fields["content-digest"][0], body)
    if abs(now.timestamp() - created) > window:
        raise AuthenticationFailed("outside the time window")
    if isinstance(expires, int) and expires <= now.timestamp():
        raise AuthenticationFailed("expired")
    public = lookup(match[1], match[2])
    if public is None:
        raise AuthenticationFailed("unknown key")
    lines = [_component(str(n), method, target, fields) for n in names]
    try:
        public.verify(sig, _base(lines, sfv.serialize_inner_list(chosen)))
    except (InvalidSignature, UnicodeEncodeError) as exc:
        raise AuthenticationFailed("bad signature") from exc
    return Verified(member_id=match[1], key_id=match[2], nonce=nonce, created=created)
