"""A stopgap for PySide6 6.12.0 on Python 3.11: every call of a C++ method that returns
nothing hands Python its ``None`` without counting the reference, so ``None``'s reference
count falls by one per call (``QLabel.setText``, ``QPainter.setPen``…). On Python 3.12+
``None`` is immortal and nothing happens; on 3.11 the interpreter aborts ("deallocating
None") after a few thousand calls — the "rare" crashes seen in the suite, and a certain
one for a calendar repainted a few hundred times.

``install()`` keeps ``None``'s count far from zero: a daemon thread tops up a reserve list
of ``None`` references whenever the count drops below a floor. Cost: 8 bytes per leaked
reference (about 8 MB per million Qt calls). The real fix is a PySide6 without the bug or
Python 3.12+; ``needed()`` says whether this one leaks, so the guard retires itself.
"""

from __future__ import annotations

import sys
import threading
import time

FLOOR = 300_000
TOP_UP = 600_000
_reserve: list[None] = []
_started = threading.Event()


def needed() -> bool:
    """True when this PySide6 leaks ``None`` references (measured, not guessed)."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        probe.setObjectName("")
    return sys.getrefcount(None) < before - 25


def _top_up() -> None:
    if sys.getrefcount(None) < FLOOR:
        _reserve.extend([None] * TOP_UP)


def _watch(interval: float) -> None:
    while True:
        _top_up()
        time.sleep(interval)


def install(interval: float = 0.02) -> bool:
    """Start the guard once per process if this PySide6 needs it; True when it runs."""
    if _started.is_set():
        return True
    if not needed():
        return False
    _top_up()
    _started.set()
    threading.Thread(target=_watch, args=(interval,), name="none-guard", daemon=True).start()
    return True
