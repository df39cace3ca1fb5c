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


def _simple(obj: Any) -> bool:
    """Only strings, safe integers, booleans, null, lists and ASCII-keyed objects, nested at
    most 32 deep. Iterative, exact types first (it runs on every payload sealed or opened)."""
    stack: list[tuple[Any, int]] = [(obj, 0)]
    while stack:
        value, depth = stack.pop()
        t = type(value)
        if t is str or value is None or t is bool:
            continue
        if t is int:
            if not -_MAX_SAFE <= value <= _MAX_SAFE:
                return False
        elif t is dict:
            if depth >= 32:
                return False
            for k, v in value.items():
                if type(k) is not str or not k.isascii():
                    return False
                if type(v) is not str:  # most members are text: checked here, not stacked
                    stack.append((v, depth + 1))
        elif t is list:
            if depth >= 32:
                return False
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            stack.append((str(value) if isinstance(value, str) else int(value), depth))
        else:
            return False
    return True


#: Made once (``json.dumps`` with these options builds an encoder per call); it keeps no
#: state between calls, so threads share it.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def dumps(obj: Any) -> bytes:
    """The JCS bytes of ``obj``."""
    if _simple(obj):
        return _ENCODER.encode(obj).encode()
    return bytes(rfc8785.dumps(obj))
