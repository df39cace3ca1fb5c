"""Garbage cycles that hold Qt objects are freed on the GUI thread, never by a worker.

CI was killed by a segmentation fault when CPython's collector ran in the demo hub's thread
and destroyed Qt objects there. The app switches the automatic collector off and collects on
a GUI-thread timer (ponte.desktop.collector); this drives both threads for real.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponte.desktop.collector import GuiThreadCollector


class _Tracked(QObject):
    def __init__(self, died_on: list[str]) -> None:
        super().__init__()
        self.died_on = died_on
        self.me = self  # a cycle: only the cycle collector can free it

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread().name)


def _allocate(kept: list[list[int]]) -> None:
    """What the vault worker or the demo hub does: many container objects, kept (a result
    handed back): CPython counts allocations net of frees, so freed ones would not count."""
    kept.extend([] for _ in range(20_000))


@pytest.fixture
def low_threshold() -> Iterator[None]:
    """CPython's collector as the app starts with it, eager enough to run in the worker."""
    old = gc.get_threshold()
    gc.collect()
    gc.set_threshold(100, 10, 10)
    gc.enable()
    yield
    gc.set_threshold(*old)
    gc.disable()  # tests/conftest.py collects on the main thread after each test


def test_a_cycle_holding_a_qt_object_dies_on_the_gui_thread(
    qapp: QApplication, qtbot: QtBot, low_threshold: None
) -> None:
    collector = GuiThreadCollector(interval_ms=20).start()
    try:
        assert not gc.isenabled(), "no thread but the GUI one may start a collection"
        died_on: list[str] = []
        kept: list[list[int]] = []
        worker = threading.Thread(target=_allocate, args=(kept,), name="ponte-vault")
        _Tracked(died_on)  # garbage at once, but only the cycle collector sees it
        worker.start()
        worker.join()
        assert died_on == [], "the worker's allocations did not free the Qt object"
        qtbot.waitUntil(lambda: bool(died_on), timeout=5000)
        assert died_on == [threading.main_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled(), "stopping gives the collector back"
