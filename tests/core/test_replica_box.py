"""The centre key's box: a set sealed for bulk (a document's bytes, Huffman-only deflate)
opens like any other, no larger than the ordinary level-6 box, and binds its sender."""

import base64
import os

import pytest

from ponte.core import replica_box
from ponte.core.errors import DecryptionFailed


def test_a_bulk_box_opens_and_is_no_larger_than_an_ordinary_one() -> None:
    key = replica_box.new_key()
    body = {"k": "changes", "c": [base64.b64encode(os.urandom(300_000)).decode()]}
    bulk = replica_box.seal_box(key, "centre", 1, "dev-a", body, bulk=True)
    plain = replica_box.seal_box(key, "centre", 1, "dev-a", body)
    assert replica_box.open_box(key, bulk) == body
    assert len(bulk["box"]) <= len(plain["box"])
    assert len(bulk["box"]) < 1.36 * 300_000  # base64 outside, ~raw size inside
    with pytest.raises(DecryptionFailed):
        replica_box.open_box(key, {**bulk, "device": "dev-b"})
