"""RFC 8785 (JCS) canonical JSON, fast where it can be.

For JSON made only of strings, integers, booleans, null, lists and objects with ASCII keys
— everything Ponte ever produces, since no Ponte format has floats — Python's own encoder
with sorted keys, no whitespace and ``ensure_ascii=False`` yields exactly the JCS bytes:
key order by UTF-16 code units equals code-point order for ASCII keys, and both escape only
``"``, ``\\`` and control characters (as ``\\b \\t \\n \\f \\r`` or lowercase ``\\u00xx``).
Anything else (a float, a non-ASCII key) goes through the ``rfc8785`` package.
``tests/core/test_canonical.py`` checks the equivalence with Hypothesis.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

_MAX_SAFE = 2**53 - 1


def _simple(obj: Any, depth: int = 0) -> bool:
    if depth > 32:
        return False
    if isinstance(obj, str) or obj is None or isinstance(obj, bool):
        return True
    if isinstance(obj, int):
        return -_MAX_SAFE <= obj <= _MAX_SAFE
    if isinstance(obj, list):
        return all(_simple(x, depth + 1) for x in obj)
    if isinstance(obj, dict):
        return all(
            isinstance(k, str) and k.isascii() and _simple(v, depth + 1) for k, v in obj.items()
        )
    return False


def dumps(obj: Any) -> bytes:
    """The JCS bytes of ``obj``."""
    if _simple(obj):
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return bytes(rfc8785.dumps(obj))
