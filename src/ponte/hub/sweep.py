"""Delete expired packets and old request nonces (acked packets go at ack time)."""

from __future__ import annotations

import logging
from datetime import timedelta

from ponte.core.clock import Clock, rfc3339
from ponte.core.httpsig import WINDOW_SECONDS
from ponte.hub.store import SqlStore

log = logging.getLogger("ponte.hub.sweep")


def sweep(store: SqlStore, clock: Clock) -> int:
    """One pass; returns how many expired packets were deleted."""
    now = clock.now()
    # A nonce older than twice the window can no longer pass the time check: forget it.
    nonce_before = rfc3339(now - timedelta(seconds=2 * WINDOW_SECONDS))
    deleted = store.sweep(rfc3339(now), nonce_before)
    if deleted:
        log.info("sweep deleted=%d", deleted)
    return deleted
