"""Packets are checked and stored by the hub's ingest threads, at most
``Limits.ingest_threads`` batches at once (docs/hub-operations.md): six clients posting at
once are all answered, stored, never more than two at a time in the store."""

from __future__ import annotations

import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ponte.core.clock import SystemClock
from ponte.hub.app import create_app
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.limits import Limits
from ponte.hub.server import open_store
from ponte.hub.service import HubService

from .conftest import Hub, free_port, serve_in_thread
from .test_ack_by_sender import _inbox
from .test_batch_per_sender import STORED, _batch


def test_six_clients_at_once_are_stored_two_batches_at_a_time(tmp_path: Path) -> None:
    store = open_store(tmp_path / "hub", None)
    service = HubService(store, load_or_create_hub_key(tmp_path / "hub"), SystemClock())
    inside, most = 0, 0
    lock = threading.Lock()
    submit_batch = service.submit_batch

    def counted(raws: list[bytes]) -> bytes:
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.2)  # long enough for the other requests to be waiting by now
        try:
            return submit_batch(raws)
        finally:
            with lock:
                inside -= 1

    service.submit_batch = counted  # type: ignore[method-assign]
    port = free_port()
    for _ in serve_in_thread(create_app(service, Limits(ingest_threads=2)), port):
        hub = Hub(f"http://127.0.0.1:{port}", service, tmp_path / "hub")
        cav, cpi = hub.member("CAV"), hub.member("CPI", "cpi")
        batches = [[cav.packet(cpi.member_id) for _ in range(3)] for _ in range(6)]
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(functools.partial(_batch, hub), batches))
        assert answers == [[STORED] * 3] * 6
        assert most == 2, "two batches at once: no more, and not one after the other"
        assert len(_inbox(cpi)) == 18
    store.close()
