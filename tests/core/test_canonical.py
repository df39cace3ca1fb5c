import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from ponte.core.canonical import dumps

_keys = st.text(alphabet=st.characters(max_codepoint=127), max_size=12)
_json = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1),
        st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40),
    ),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(_keys, children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=500)
@given(_json)
def test_fast_path_is_byte_identical_to_rfc8785(obj: object) -> None:
    assert dumps(obj) == bytes(rfc8785.dumps(obj))


@given(
    st.dictionaries(
        st.text(max_size=8), st.floats(allow_nan=False, allow_infinity=False), max_size=4
    )
)
def test_floats_and_unicode_keys_take_the_reference_path(obj: dict) -> None:  # type: ignore[type-arg]
    assert dumps(obj) == bytes(rfc8785.dumps(obj))
