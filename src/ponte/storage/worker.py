"""One thread owns the vault: every job runs there, in the order submitted.

SQLite connections belong to the thread that opened them (sqlcipher3 checks), and one
writer avoids lock contention altogether (Datasette's write thread, Anki's ``taskman``).
The desktop submits jobs and receives :class:`concurrent.futures.Future` objects whose
results it hands back to the Qt main thread; nothing here knows about Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class VaultWorker:
    def __init__(self, name: str = "ponte-vault") -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread: threading.Thread | None = None
        self._never_waits: threading.Thread | None = None
        self._executor.submit(self._remember_thread).result()

    def _remember_thread(self) -> None:
        self._thread = threading.current_thread()

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    def submit(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run ``fn(*args, **kwargs)`` on the vault thread; exceptions land in the future."""
        return self._executor.submit(fn, *args, **kwargs)

    def refuse_waits_from_this_thread(self) -> None:
        """From now on :meth:`call` from the calling thread (the GUI thread) is a bug and
        raises at once, instead of freezing the window until the vault thread is free."""
        self._never_waits = threading.current_thread()

    def call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Submit and wait (for the CLI, the sync thread and tests; never the GUI thread)."""
        if threading.current_thread() is self._never_waits:
            raise RuntimeError("this thread must not wait on the vault thread: submit a task")
        return self.submit(fn, *args, **kwargs).result()

    def shutdown(self, wait: bool = True) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=not wait)
