"""Python's cycle collector runs on the GUI thread only.

CPython collects garbage cycles in whichever thread happens to allocate past a threshold. A
cycle that holds a Qt object (a widget and a lambda connected to its signal, a task's closure
over a dialog) is then destroyed in that thread — the vault worker, the sync thread, the demo
hub's — and Qt objects must die on the thread they live on: CI saw the process killed by a
segmentation fault while the demo hub's thread was configuring its logging.

So the automatic collector is switched off and a timer on the GUI thread runs the same
generational policy (a generation is collected when its count passes CPython's own threshold),
as pyqtgraph's ``GarbageCollector`` and Anki do. Reference counting still frees everything that
is not in a cycle at once, on whatever thread drops the last reference, as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Switches the automatic collector off while it runs; collects on its own (GUI) thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> GuiThreadCollector:
        gc.disable()
        self._timer.start()
        return self

    def stop(self) -> None:
        """Collects what is left, here, and gives the collector back to CPython."""
        self._timer.stop()
        gc.collect()
        gc.enable()

    def check(self) -> int:
        """Collects the generations whose counts passed their thresholds; returns what it freed."""
        counts, freed = gc.get_count(), 0
        for generation in range(3):
            if counts[generation] <= self._threshold[generation]:
                break
            freed += gc.collect(generation)
        return freed
