"""Work that only one test process may do at a time, when pytest-xdist runs the suite in
several: building dist/, or starting a display with ``xvfb-run -a`` (which picks a free
display number racily). Tests run on Linux and macOS: an ``fcntl`` lock on a file in the
temp folder, released when the process ends however it ends."""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def exclusive(name: str) -> Iterator[None]:
    """Held by one process at a time across the whole machine."""
    with (Path(tempfile.gettempdir()) / f"ponte-tests-{name}.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def once_per_run(name: str) -> Path | None:
    """A marker file shared by the workers of one pytest-xdist run (None outside xdist):
    the worker that did the work writes it, the others find it and skip the work."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    return None if run is None else Path(tempfile.gettempdir()) / f"ponte-tests-{name}-{run}.done"
