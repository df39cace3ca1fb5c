"""What every screenshot script needs: let Qt run, wait for a state or a signal, save a PNG.

Imported by scripts/screenshots* (each runs with scripts/ first on sys.path).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def out_dir(argv: list[str]) -> Path:
    """Where the PNGs go from now on: ``--out DIR`` when given, else docs/screenshots; made."""
    global OUT
    if "--out" in argv:
        OUT = Path(argv[argv.index("--out") + 1])
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT


def pump(ms: int = 300) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(cond: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``cond()`` holds; TimeoutError after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError
        pump(50)


def wait_for(signal: object, start: Callable[[], object], timeout_ms: int = 30_000) -> None:
    """Call ``start`` and run the event loop until ``signal`` fires (or the timeout)."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    pump(400)


def shoot(widget: QWidget, name: str) -> None:
    """Let the widget settle, then save it as docs/screenshots/<name>.png."""
    pump(300)
    path = OUT / (name if name.endswith(".png") else f"{name}.png")
    widget.grab().save(str(path))
    print("wrote", path.name)
