"""Wiring: open the store, load the key, build the app, run uvicorn with a sweep thread."""

from __future__ import annotations

import importlib.util
import logging
import threading
from pathlib import Path

from ponte.core.clock import Clock, SystemClock
from ponte.core.fsutil import ensure_private_dir
from ponte.hub.app import create_app
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.limits import Limits, uvicorn_config
from ponte.hub.ratelimit import RateLimiter
from ponte.hub.service import HubService
from ponte.hub.store import SqlStore
from ponte.hub.sweep import sweep

log = logging.getLogger("ponte.hub")
SWEEP_SECONDS = 300.0


def open_store(data_dir: Path, db_url: str | None) -> SqlStore:
    if db_url:
        from ponte.hub.store_postgres import PostgresStore

        return PostgresStore(db_url)
    from ponte.hub.store_sqlite import SqliteStore

    ensure_private_dir(data_dir)
    return SqliteStore(data_dir / "hub.sqlite3")


def build_service(
    data_dir: Path,
    db_url: str | None,
    clock: Clock | None = None,
    *,
    rate: float = 20.0,
    burst: int = 200,
) -> HubService:
    clock = clock or SystemClock()
    limiter = RateLimiter(clock, rate=rate, burst=burst)
    store = open_store(data_dir, db_url)
    return HubService(store, load_or_create_hub_key(data_dir), clock, limiter=limiter)


def _sweeper(service: HubService, stop: threading.Event) -> None:
    while not stop.wait(SWEEP_SECONDS):
        try:
            sweep(service.store, service.clock)
        except Exception:  # keep sweeping; the next pass retries
            log.exception("sweep failed")


def serve(
    data_dir: Path,
    db_url: str | None,
    host: str,
    port: int,
    *,
    rate: float = 20.0,
    burst: int = 200,
) -> None:
    import uvicorn

    service = build_service(data_dir, db_url, rate=rate, burst=burst)
    stop = threading.Event()
    threading.Thread(target=_sweeper, args=(service, stop), daemon=True).start()
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"  # uvicorn's "auto"
    log.info(
        "hub starting host=%s port=%d backend=%s loop=%s",
        host,
        port,
        "postgres" if db_url else "sqlite",
        loop,
    )
    limits = Limits()
    config = uvicorn_config(create_app(service, limits), host, port, limits, log_level="info")
    try:
        uvicorn.Server(config).run()
    finally:
        stop.set()
        service.store.close()
