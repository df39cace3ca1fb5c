"""Our RFC 8941 subset (core/sfv.py) against the ``http-sf`` package: what one parses, the
other parses to the same values; what ours serialises, theirs reads back."""

from __future__ import annotations

from typing import Any

import http_sf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ponte.core import sfv

keys = st.from_regex(r"[a-z*][a-z0-9_.*-]{0,6}", fullmatch=True)
bare = (
    st.integers(-(10**15) + 1, 10**15 - 1)
    | st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12)
    | st.binary(max_size=12)
    | st.booleans()
    | st.from_regex(r"[A-Za-z*][A-Za-z0-9:/*!#$%&'+.^_`|~-]{0,8}", fullmatch=True).map(sfv.Token)
)
params = st.dictionaries(keys, bare, max_size=3)
items = st.builds(sfv.Item, bare, params)
members = items | st.builds(sfv.InnerList, st.lists(items, max_size=3).map(tuple), params)
dictionaries = st.dictionaries(keys, members, min_size=1, max_size=3)


def _theirs(value: Any) -> Any:
    if isinstance(value, sfv.Token):
        return http_sf.Token(value.value)
    return value


def _as_theirs(member: sfv.Member) -> Any:
    p = {k: _theirs(v) for k, v in member.params.items()}
    if isinstance(member, sfv.InnerList):
        return (
            [
                (_theirs(i.value), {k: _theirs(v) for k, v in i.params.items()})
                for i in member.items
            ],
            p,
        )
    return (_theirs(member.value), p)


def _serialize(d: dict[str, sfv.Member]) -> str:
    parts = []
    for k, m in d.items():
        if isinstance(m, sfv.InnerList):
            parts.append(f"{k}={sfv.serialize_inner_list(m)}")
        elif m.value is True:
            parts.append(k + sfv.serialize_params(m.params))
        else:
            parts.append(f"{k}={sfv.serialize_bare(m.value)}{sfv.serialize_params(m.params)}")
    return ", ".join(parts)


@settings(max_examples=300, deadline=None)
@given(dictionaries)
def test_what_we_write_they_read_and_we_read_back(d: dict[str, sfv.Member]) -> None:
    text = _serialize(d)
    theirs = http_sf.parse(text.encode(), tltype="dictionary")
    assert theirs == {k: _as_theirs(m) for k, m in d.items()}
    assert sfv.parse_dictionary(text) == d


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet='ab=(); ,"\\:?01-9AZ*.\t', max_size=40)
    | dictionaries.map(_serialize).map(lambda s: s.replace(" ", "  "))
)
def test_whatever_we_accept_they_accept_with_the_same_meaning(text: str) -> None:
    try:
        ours = sfv.parse_dictionary(text)
    except ValueError:
        return
    theirs = http_sf.parse(text.encode(), tltype="dictionary")
    assert theirs == {k: _as_theirs(m) for k, m in ours.items()}


@pytest.mark.parametrize(
    "text",
    ['a=("x" "y"', 'a="\\x"', "a=1.5", "a=1234567890123456", "a=:!!:", "a, ", 'a="é"', "A=1"],
)
def test_malformed_fields_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        sfv.parse_dictionary(text)
