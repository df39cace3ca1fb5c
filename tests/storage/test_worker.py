import threading
from pathlib import Path

import pytest

from ponte.core.errors import WrongPassphrase
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker


def test_jobs_run_in_order_on_one_thread() -> None:
    worker = VaultWorker()
    seen: list[tuple[int, str]] = []
    futures = [
        worker.submit(lambda i=i: seen.append((i, threading.current_thread().name)))
        for i in range(50)
    ]
    for f in futures:
        f.result(timeout=5)
    assert [i for i, _ in seen] == list(range(50))
    assert len({name for _, name in seen}) == 1
    assert seen[0][1] != threading.current_thread().name
    worker.shutdown()


def test_a_vault_opened_on_the_worker_is_used_through_it(tmp_path: Path) -> None:
    worker = VaultWorker()
    vault, _ = worker.call(
        Vault.create,
        tmp_path,
        username="a",
        display_name="A",
        passphrase="long enough passphrase",
        kdf=TEST_PARAMS,
    )
    assert [a.username for a in worker.call(vault.list_accounts)] == ["a"]
    with pytest.raises(Exception, match="thread"):
        vault.list_accounts()  # from the wrong thread: refused by the driver
    worker.call(vault.lock)
    failed = worker.submit(Vault.unlock, tmp_path, "a", "wrong passphrase!")
    assert isinstance(failed.exception(timeout=10), WrongPassphrase)
    worker.shutdown()


def test_a_thread_that_must_not_wait_is_refused_at_once() -> None:
    """The GUI thread submits and never waits: ``call`` from it is a bug, said at once."""
    worker = VaultWorker()
    worker.refuse_waits_from_this_thread()
    with pytest.raises(RuntimeError, match="must not wait"):
        worker.call(lambda: 1)
    assert worker.submit(lambda: 2).result(timeout=5) == 2  # submitting is what it may do
    other: list[int] = []
    t = threading.Thread(target=lambda: other.append(worker.call(lambda: 3)))
    t.start()
    t.join(5)
    assert other == [3], "another thread (the sync thread) may wait on the vault thread"
    worker.shutdown()
