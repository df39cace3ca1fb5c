import uuid

from hypothesis import given
from hypothesis import strategies as st

from ponte.core import ids


def test_uuid7_has_version_and_variant() -> None:
    u = ids.uuid7()
    assert u.version == 7
    assert u.variant == uuid.RFC_4122
    assert ids.is_uuid7(str(u))


def test_ids_sort_in_creation_order_even_in_one_millisecond() -> None:
    made = [ids.uuid7(now_ms=1_700_000_000_000) for _ in range(1000)]
    assert made == sorted(made)
    assert len(set(made)) == 1000


@given(st.integers(min_value=1_600_000_000_000, max_value=4_000_000_000_000))
def test_timestamp_round_trips(ms: int) -> None:
    u = ids.uuid7(now_ms=ms)
    assert ids.uuid7_time_ms(u) >= ms


def test_is_uuid7_refuses_other_versions_and_non_canonical_text() -> None:
    assert not ids.is_uuid7(str(uuid.uuid4()))
    assert not ids.is_uuid7(str(ids.uuid7()).upper())
    assert not ids.is_uuid7("not-a-uuid")
