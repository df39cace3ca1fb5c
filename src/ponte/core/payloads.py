"""What is inside a packet: one JSON object per packet type, strictly validated.

Unknown members are refused, not ignored: minimisation means a receiver never stores
something the protocol did not agree to carry. The sealing layer adds and removes the
``_pad`` member; payloads never contain it otherwise.

Payload schemas are versioned per type by a ``v`` member; a payload without one is
version 1, so every packet sealed before versions existed still opens. A version this
Ponte does not know is refused as ``unsupported`` (update Ponte), not as damaged.
Status version 2 adds the partner's short note and the date of the next appointment
(partner → centre only: a centre never sends free text about her); version 3 adds what
came of the referral (``outcome``, ``contract``, ``outcome_on``: a course started or
completed, a tirocinio started, a hiring and its contract). Aggregate version 2 names the
population each outcome table counts (its denominator).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ponte.core.directory import NETWORKS
from ponte.core.enums import DocumentKind, PartnerOutcome, ServiceType
from ponte.core.errors import (
    AppointmentNeedsAcceptance,
    MalformedPacket,
    PartnerNoteTooLong,
    PartnerOutcomeDoesNotFit,
    UnsupportedPacket,
)
from ponte.core.indicators import POPULATIONS
from ponte.core.outcomes import HIRE_CONTRACTS, Said

PAD = "_pad"
MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024
REPLICA_BOX_CHARS = 6 * 1024 * 1024
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIELD_KEY = re.compile(r"[a-z][a-z0-9_]{0,47}")
_SERVICE_TYPES = {t.value for t in ServiceType}
_URGENCY = {"routine", "priority", "urgent"}
_CONTACT = {"via_cav", "direct"}
_STATUS = {"accepted", "declined", "in_progress", "done"}
#: Why a recipient's Ponte refused a packet whose signature it verified; the only thing a
#: refusal carries back (docs/protocol.md, refusals). Error kinds of ``core/errors.py``.
REFUSAL_REASONS = frozenset({"expired", "unsupported", "malformed", "decrypt"})
#: The partner's progress note: one short line ("colloquio fissato").
NOTE_MAX_CHARS = 200
#: Answers after which a next appointment makes sense.
_WITH_APPOINTMENT = {"accepted", "in_progress"}
#: Characters a note may not carry: controls, format characters (bidirectional overrides,
#: zero-width) and line/paragraph separators — a note is one line of plain text.
_NOT_IN_NOTES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}

Check = Callable[[Any], bool]


def _str(max_len: int = 200) -> Check:
    return lambda v: isinstance(v, str) and 0 < len(v) <= max_len


def _enum(values: set[str]) -> Check:
    return lambda v: isinstance(v, str) and v in values


def _date(v: Any) -> bool:
    return isinstance(v, str) and bool(_DATE.match(v))


def _day(v: Any) -> bool:
    """A real calendar day, YYYY-MM-DD."""
    if not _date(v):
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _note(v: Any) -> bool:
    return (
        isinstance(v, str)
        and 0 < len(v) <= NOTE_MAX_CHARS
        and v == v.strip()
        and not any(unicodedata.category(c) in _NOT_IN_NOTES for c in v)
    )


def _int(v: Any) -> bool:
    return type(v) is int and 0 <= v < 2**53


def _scalar(v: Any) -> bool:
    if isinstance(v, list):
        return len(v) <= 50 and all(isinstance(x, str) and len(x) <= 200 for x in v)
    return (isinstance(v, str) and len(v) <= 2000) or type(v) in (int, bool) or v is None


def _fields(v: Any) -> bool:
    return (
        isinstance(v, dict)
        and len(v) <= 60
        and all(isinstance(k, str) and _FIELD_KEY.fullmatch(k) for k in v)
        and all(_scalar(x) for x in v.values())
    )


def _obj(required: Mapping[str, Check], optional: Mapping[str, Check] | None = None) -> Check:
    # The sets and the table of checks are made once per schema, not per payload checked.
    needed = frozenset(required)
    allowed = needed | frozenset(optional or {})
    checks = {**required, **(optional or {})}

    def check(v: Any) -> bool:
        if not isinstance(v, dict) or not needed.issubset(v) or not allowed.issuperset(v):
            return False
        return all(checker(v[k]) for k, checker in checks.items() if k in v)

    return check


def _attachment(v: Any) -> bool:
    if not _obj(
        {
            "name": _str(120),
            "media_type": _enum({"application/pdf", "image/png", "image/jpeg"}),
            "data": lambda x: isinstance(x, str),
        },
        {"kind": _enum({k.value for k in DocumentKind})},
    )(v):
        return False
    try:
        return len(base64.b64decode(v["data"], validate=True)) <= MAX_ATTACHMENT_BYTES
    except ValueError:
        return False


def _table_of(version: int) -> Check:
    """A published table; from version 2 it may name the population it counts."""
    optional = {"population": _enum(set(POPULATIONS))} if version >= 2 else {}
    shape = _obj(
        {
            "name": _str(80),
            "columns": lambda c: isinstance(c, list) and all(_str(80)(x) for x in c),
            "rows": lambda r: isinstance(r, list),
        },
        optional,
    )

    def check(v: Any) -> bool:
        return (
            isinstance(v, dict)
            and shape(v)
            and all(
                isinstance(row, list)
                and len(row) == len(v["columns"])
                and all(_int(x) or x == "<5" or (isinstance(x, str) and len(x) <= 80) for x in row)
                for row in v["rows"]
            )
        )

    return check


def _aggregate(version: int) -> Check:
    table = _table_of(version)
    required: dict[str, Check] = {
        "period": _obj({"from": _date, "to": _date}),
        "network": _enum(set(NETWORKS)),
        "tables": lambda t: isinstance(t, list) and len(t) <= 100 and all(table(x) for x in t),
    }
    if version > 1:
        required["v"] = lambda x: type(x) is int and x == version
    return _obj(required)


SCHEMAS: dict[str, Check] = {
    "referral": _obj(
        {
            "pseudonym": _str(64),
            "purpose": _str(200),
            "service_type": _enum(_SERVICE_TYPES),
            "consent": _obj({"ref": _str(64), "expires": _date}),
            "urgency": _enum(_URGENCY),
            "contact": _enum(_CONTACT),
            "fields": _fields,
        },
        {"language": _str(40), "attachment": _attachment},
    ),
    "status": _obj({"referral": _str(64), "status": _enum(_STATUS)}, {"reason": _str(64)}),
    "withdrawal": _obj({"referral": _str(64), "consent_ref": _str(64)}),
    "refusal": _obj({"packet": _str(64), "reason": _enum(set(REFUSAL_REASONS))}),
    "aggregate": _aggregate(1),
    "audit_anchor": _obj(
        {
            "seq": _int,
            "head": lambda h: isinstance(h, str) and bool(re.fullmatch(r"[0-9a-f]{64}", h)),
        }
    ),
    # Replication between one centre's devices: a change set sealed under the centre key.
    "replica": _obj(
        {
            "centre": _str(64),
            "epoch": _int,
            "device": _str(64),
            "box": lambda b: isinstance(b, str) and 0 < len(b) <= REPLICA_BOX_CHARS,
        }
    ),
}


#: What a status may add about what came of the referral, and the answers it goes with.
OUTCOME_MEMBERS = ("outcome", "contract", "outcome_on")
_OUTCOME_STATUS = {"in_progress", "done"}
#: The status version that carries them: version 2 (a note, the next appointment) plus
#: these members.
OUTCOME_VERSION = 3


def _said(v: dict[str, Any]) -> bool:
    outcome, contract = v.get("outcome"), v.get("contract")
    if outcome not in {o.value for o in PartnerOutcome} or not _day(v.get("outcome_on")):
        return False
    if v.get("status") not in _OUTCOME_STATUS:
        return False
    if outcome == PartnerOutcome.HIRED.value:
        return contract in {c.value for c in HIRE_CONTRACTS}
    return "contract" not in v


def _with_outcome(base: int) -> Check:
    """Status version ``base + 1``: what version ``base`` carries, and what came of it."""

    def check(v: Any) -> bool:
        if not isinstance(v, dict) or not all(k in v for k in ("outcome", "outcome_on")):
            return False
        rest = {k: x for k, x in v.items() if k not in OUTCOME_MEMBERS and k != "v"}
        if base > 1:
            rest["v"] = base
        earlier = SCHEMAS["status"] if base == 1 else LATER["status"][base]
        return type(v.get("v")) is int and v["v"] == base + 1 and earlier(rest) and _said(v)

    return check


_STATUS_V2 = _obj(
    {"v": lambda x: type(x) is int and x == 2, "referral": _str(64), "status": _enum(_STATUS)},
    {"reason": _str(64), "note": _note, "next_appointment": _day},
)


def _status_v2(v: Any) -> bool:
    return _STATUS_V2(v) and ("next_appointment" not in v or v["status"] in _WITH_APPOINTMENT)


#: Later versions of a payload schema (``SCHEMAS`` holds version 1 of each type).
LATER: dict[str, dict[int, Check]] = {
    "status": {2: _status_v2, OUTCOME_VERSION: _with_outcome(OUTCOME_VERSION - 1)},
    "aggregate": {2: _aggregate(2)},
}


def with_outcome(
    payload: dict[str, Any], outcome: PartnerOutcome, on: date, contract: str | None = None
) -> dict[str, Any]:
    """A status payload (version 1 or 2) that also says what came of the referral."""
    out = {**payload, "v": OUTCOME_VERSION, "outcome": outcome.value, "outcome_on": on.isoformat()}
    if contract is not None:
        out["contract"] = contract
    try:
        validate("status", out)
    except MalformedPacket as exc:  # a person chose it: say it as a field to fix
        raise PartnerOutcomeDoesNotFit() from exc
    return out


def validate(packet_type: str, payload: Any) -> None:
    """Raise MalformedPacket unless ``payload`` is exactly what ``packet_type`` carries;
    UnsupportedPacket for a payload version this Ponte does not know."""
    check = SCHEMAS.get(packet_type)
    if isinstance(payload, dict) and "v" in payload and check is not None:
        version = payload["v"]
        if type(version) is not int:
            raise MalformedPacket(f"{packet_type} payload version")
        later = LATER.get(packet_type, {})
        if version not in later:
            raise UnsupportedPacket(f"{packet_type} payload version {version}")
        check = later[version]
    if check is None or not check(payload):
        raise MalformedPacket(f"{packet_type} payload")


def status_payload(
    referral: str,
    status: str,
    reason: str | None = None,
    note: str = "",
    next_appointment: date | None = None,
    said: Said | None = None,
) -> dict[str, Any]:
    """A partner's answer. Version 1 when it says no more than version 1 could, so a centre
    on an older Ponte still reads it; version 2 with a note or a next appointment; version 3
    when it also says what came of the referral (``said``)."""
    payload: dict[str, Any] = {"referral": referral, "status": status}
    if reason:
        payload["reason"] = reason
    note = " ".join(note.split())
    if note:
        if len(note) > NOTE_MAX_CHARS or not _note(note):
            raise PartnerNoteTooLong(params=(NOTE_MAX_CHARS,))
        payload["note"] = note
    if next_appointment is not None:
        if status not in _WITH_APPOINTMENT:
            raise AppointmentNeedsAcceptance()
        payload["next_appointment"] = next_appointment.isoformat()
    if "note" in payload or "next_appointment" in payload:
        payload["v"] = 2
    validate("status", payload)
    if said is not None:
        return with_outcome(payload, said.outcome, said.on, said.contract)
    return payload


def pairwise_pseudonym(centre_secret: bytes, person_id: str, recipient_id: str) -> str:
    """The name she has at one recipient: stable there, unlinkable across recipients.

    HMAC-SHA256 under a key derived for this one purpose (HKDF, label "ponte pseudonym v1"),
    so the centre secret is never used directly and no other use can collide with it.
    """
    key = HKDF(hashes.SHA256(), 32, salt=None, info=b"ponte pseudonym v1").derive(centre_secret)
    mac = hmac.new(key, f"{person_id}\x00{recipient_id}".encode(), hashlib.sha256).digest()
    text = base64.b32encode(mac[:10]).decode()
    return f"P-{text[:4]}-{text[4:8]}-{text[8:12]}-{text[12:16]}"
