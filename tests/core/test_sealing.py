import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponte.core import errors
from ponte.core.keys import MemberKeys
from ponte.core.packet import SUITE_MLKEM768_X25519, SUITE_X25519, parse
from ponte.core.padding import BUCKETS, MAX_PLAINTEXT, pad, pad_v1
from ponte.core.payloads import pairwise_pseudonym
from ponte.core.sealing import open_packet, seal

from .packet_helpers import CAV, CPI, LATER, NOW, directory, keys, referral


def make(payload=None, *, to_keys: MemberKeys | None = None, pq: bool = False, **kw):  # type: ignore[no-untyped-def]
    sender = keys(CAV)
    recipient = to_keys or keys(CPI, pq=pq)
    rkey = (
        recipient.pq.private().public_key()
        if pq and recipient.pq
        else recipient.encryption.public_key()
    )
    args = {
        "type": "referral",
        "sender_id": CAV,
        "sender_key_id": sender.signing_key_id,
        "signing_key": sender.signing,
        "recipient_id": CPI,
        "recipient_key": rkey,
        "created": NOW,
        "expires": LATER,
    }
    args.update(kw)
    return seal(payload if payload is not None else referral(), **args)


def open_as_cpi(
    data: bytes, *, pq: bool = False, seen=lambda _id: False, now=NOW, my_id=CPI, my_keys=None
):  # type: ignore[no-untyped-def]
    k = keys(CPI, pq=pq)
    return open_packet(
        data,
        my_id=my_id,
        my_keys=my_keys if my_keys is not None else k.recipient_keys(),
        sender_key_lookup=directory((CAV, keys(CAV))),
        seen=seen,
        now=now,
    )


def test_round_trip_and_padding_hide_the_size() -> None:
    small = make(referral(age_band="25_34"))
    bigger = make(referral(age_band="25_34", skills="contabilità, inglese B2, patente B" * 3))
    assert len(small) == len(bigger), "both fall in the first bucket"
    opened = open_as_cpi(small)
    assert opened.payload["fields"] == {"age_band": "25_34"}
    assert "_pad" not in opened.payload
    assert opened.header.suite == SUITE_X25519


def test_post_quantum_hybrid_suite() -> None:
    data = make(pq=True)
    assert parse(data).header.suite == SUITE_MLKEM768_X25519
    assert open_as_cpi(data, pq=True).payload["purpose"] == "orientamento al lavoro"


def test_key_rotation_old_packets_stay_readable() -> None:
    old = MemberKeys.generate(post_quantum=False)
    data = make(to_keys=old)
    new = MemberKeys.generate(post_quantum=False)
    with pytest.raises(errors.DecryptionFailed):
        open_as_cpi(data, my_keys=new.recipient_keys())
    assert open_as_cpi(data, my_keys=new.recipient_keys() + old.recipient_keys()).payload


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"my_id": "cpi-legnano-01"}, errors.WrongRecipient),
        ({"now": LATER}, errors.PacketExpired),
        ({"seen": lambda _id: True}, errors.ReplayedPacket),
        (
            {"my_keys": [MemberKeys.generate(post_quantum=False).encryption]},
            errors.DecryptionFailed,
        ),
    ],
)
def test_receiver_rejections(change: dict, error: type) -> None:  # type: ignore[type-arg]
    with pytest.raises(error):
        open_as_cpi(make(), **change)


def test_a_stripped_and_resigned_packet_names_a_key_the_directory_does_not_give() -> None:
    data = make()
    attacker = MemberKeys.generate(post_quantum=False)
    p = parse(data)
    resigned = p.signed_part + attacker.signing.sign(p.signed_part)
    with pytest.raises(errors.BadSignature):
        open_as_cpi(resigned)
    forged = make(sender_key_id=attacker.signing_key_id, signing_key=attacker.signing)
    with pytest.raises(errors.UnknownSender):
        open_as_cpi(forged)


def test_payload_schema_is_enforced_both_ways() -> None:
    with pytest.raises(errors.MalformedPacket):
        make({**referral(), "violence_story": "never in a packet"})
    with pytest.raises(errors.MalformedPacket):
        make({**referral(), "_pad": "x"})


def test_oversize_payload_is_refused() -> None:
    assert len(pad(b"y" * MAX_PLAINTEXT)) == MAX_PLAINTEXT
    with pytest.raises(errors.OversizePacket):
        pad(b"y" * (MAX_PLAINTEXT + 1))
    with pytest.raises(errors.OversizePacket):
        pad_v1({"x": "y" * BUCKETS[-1]})


def test_pairwise_pseudonyms_differ_per_recipient_and_are_stable() -> None:
    secret = b"centre secret, 32 bytes or more!"
    a = pairwise_pseudonym(secret, "person-1", "cpi-rho-01")
    assert a == pairwise_pseudonym(secret, "person-1", "cpi-rho-01")
    assert a != pairwise_pseudonym(secret, "person-1", "health-rho-01")
    assert a != pairwise_pseudonym(b"another centre's secret........", "person-1", "cpi-rho-01")


_names = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
_scalars = st.one_of(
    st.text(max_size=300),
    st.integers(min_value=0, max_value=2**53 - 1),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=50), max_size=5),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_names, _scalars, max_size=20))
def test_any_payload_round_trips(fields: dict) -> None:  # type: ignore[type-arg]
    payload = referral(**fields) if fields else {**referral(), "fields": {}}
    assert open_as_cpi(make(payload)).payload == payload


_PACKET = None


def _packet() -> bytes:
    global _PACKET
    if _PACKET is None:
        _PACKET = make()
    return _PACKET


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_single_bit_flip_is_rejected(data: st.DataObject) -> None:
    packet = bytearray(_packet())
    i = data.draw(st.integers(min_value=0, max_value=len(packet) - 1))
    bit = data.draw(st.integers(min_value=0, max_value=7))
    packet[i] ^= 1 << bit
    with pytest.raises(errors.PacketError):
        open_as_cpi(bytes(packet))


def test_a_payload_with_an_integer_json_cannot_carry_exactly_is_refused_not_a_crash() -> None:
    """2**64 is valid JSON but has no RFC 8785 form: the receiver refuses the packet as
    malformed instead of failing with a ValueError (which stopped every later sync round)."""
    from cryptography.hazmat.primitives import hpke

    from ponte.core import packet_v2
    from ponte.core.ids import uuid7
    from ponte.core.packet import info_for

    sender, recipient = keys(CAV), keys(CPI)
    body = (
        b'{"consent":{"expires":"2026-12-31","ref":"c-1"},"contact":"via_cav",'
        b'"fields":{"n":18446744073709551616},"pseudonym":"P-A","purpose":"x",'
        b'"service_type":"cpi","urgency":"routine"}'
    )
    header = packet_v2.pack_header(
        "referral", SUITE_X25519, uuid7().bytes, int(NOW.timestamp()), int(LATER.timestamp()),
        sender.signing_key_id, CAV, CPI,
    )  # fmt: skip
    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
    sealed = suite.encrypt(
        body + bytes(1024 - len(body)),
        recipient.encryption.public_key(),
        info=info_for(2, header),
    )
    data = packet_v2.sign(packet_v2.unsigned(header, sealed, 32), sender.signing)
    with pytest.raises(errors.MalformedPacket):
        open_as_cpi(data)
