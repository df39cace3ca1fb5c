"""The sync engine: one round is the directory, then the outbox, then the inbox. Qt-free,
clock-injectable; the vault is reached only through the ports (``sync/ports.py``).

Directory: fetched once per round, conditionally (ETag); when the hub is busy or out of
reach the copy kept in the vault is used and the round goes on.

Outbox: packets go in creation order, several per request; a packet too big to share a
batch goes alone. Only answers signed by the pinned hub key move a packet: a verified
receipt marks it sent, a verified refusal of those exact bytes marks it failed. Anything
else changes nothing (``WrongHub``, ``NetworkBlocked``). Submission is idempotent by packet
id at the hub, so a packet sent again after a lost answer is not duplicated. The first
transport failure stops the drain; the next round waits as the retry policy says.

Inbox: every unacknowledged packet is pulled and handed to the receiver, which owns the
acknowledgement rule (``sync/receiver.py``); only what it may acknowledge is acknowledged.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ponte.core import batch
from ponte.core.clock import Clock, SystemClock
from ponte.core.directory import Directory
from ponte.core.errors import (
    HubError,
    HubRefused,
    HubUnavailable,
    OversizePacket,
    PacketError,
    PonteError,
    RateLimited,
    WrongHub,
)
from ponte.core.packet import MAX_PACKET_BYTES
from ponte.sync.backoff import RetryPolicy
from ponte.sync.hub_client import (
    HubClient,
    HubRefusal,
    Outcome,
    Receipt,
    retry_soon,
    wrong_hub,
)
from ponte.sync.ports import DirectoryCache, Outbox, PendingPacket, RetryState
from ponte.sync.receiver import DUPLICATE, REFUSED, STORED, WAITING, Handled, Receiver

log = logging.getLogger("ponte.sync")
#: Packets per request at most: as many as the hub takes in one (a packet is ~2–8 KiB). On
#: a lossy link the number of cuts follows the bytes, not the requests, and a cut upload is
#: resumed from the packets the hub kept (``HubClient.submit_many``): so every request a
#: batch saves saves a round trip, and a big batch risks no more than a small one
#: (bench/sync.py, ML-KEM-768: 32 per request 2.61-2.65x the link limit, 64: 2.57-2.59x).
MAX_SUBMIT_BATCH = batch.MAX_BATCH_PACKETS
BATCH = MAX_SUBMIT_BATCH  # packets read from the outbox at a time
START_SUBMIT_BATCH = MAX_SUBMIT_BATCH
SUBMIT_BATCH_STEP = 2  # grow by a little after a success, halve after a failure (AIMD)
BATCH_OVERHEAD = 64  # framing bytes per packet in a batch, with room to spare


@dataclass
class SyncResult:
    sent: int = 0
    failed: int = 0
    received: int = 0
    refused: int = 0
    waiting: int = 0  # packets left at the hub until the directory knows their sender
    acked: int = 0
    error: PonteError | None = None


@dataclass
class SyncStatus:
    online: bool = False
    queued: int = 0
    last_success: datetime | None = None
    last_error_kind: str | None = None
    last_error: str | None = None  # the sentence, in plain words
    last_error_params: tuple[str, ...] = ()  # fill the sentence's %1… (a key's fingerprint)
    # What stays wrong until a person acts, whatever the rounds do (a key listed for this
    # member that this workstation did not create: app/keywatch.py), and its %1… (the ids).
    warning: str | None = None
    warning_params: tuple[str, ...] = ()
    next_attempt: datetime | None = None
    failures: int = 0


class SyncEngine:
    def __init__(
        self,
        *,
        outbox: Outbox,
        receiver: Receiver,
        client: HubClient,
        directory: DirectoryCache,
        retry_state: RetryState | None = None,
        resume: tuple[int, datetime | None] = (0, None),
        clock: Clock | None = None,
        policy: RetryPolicy | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.outbox = outbox
        self.receiver = receiver
        self.client = client
        self.directory = directory
        self.retry_state = retry_state
        self.clock = clock or SystemClock()
        self.policy = policy or RetryPolicy()
        self.rng = rng or random.Random()
        # ``resume``: the retry state kept in the vault, read where the vault lives.
        self.status = SyncStatus(failures=resume[0], next_attempt=resume[1])
        self.batch_size = START_SUBMIT_BATCH

    # ------------------------------------------------------------ one round
    def run_once(self, prepare: Callable[[], None] | None = None) -> SyncResult:
        """One round; ``prepare`` runs once the directory is fresh, before the outbox is
        drained (the replication of the centre's devices queues its packets there)."""
        result = SyncResult()
        try:
            directory, changed = self._refresh_directory()
            if prepare is not None:
                prepare()
            self._drain(result)
            self._pull(directory, result)
            if changed and directory is not None:
                self._count(self.receiver.retry_parked(directory), result)
        except (HubError, PacketError) as exc:
            result.error = exc
            self._failed(exc)
        else:
            self._succeeded()
        self.status.queued = self.outbox.queued_count()
        log.info(
            "sync round sent=%d failed=%d received=%d refused=%d waiting=%d acked=%d error=%s",
            result.sent, result.failed, result.received, result.refused, result.waiting,
            result.acked, None if result.error is None else result.error.kind,
        )  # fmt: skip
        return result

    def _refresh_directory(self) -> tuple[Directory | None, bool]:
        """The directory for this round and whether it changed. When the hub is busy (429,
        503, 5xx) or the answer was cut, the copy kept last time is used and the round goes
        on (no copy yet: None, and packets wait at the hub). A hub out of reach (refused,
        timed out) ends the round here: the rest would only wait the same way."""
        kept = self.directory.kept()
        try:
            fetched = self.client.directory_since(*(kept or (None, None)))
        except (HubUnavailable, RateLimited) as exc:
            if not retry_soon(exc):
                raise
            log.info("directory not fetched (%s): the copy kept is used", exc.kind)
            return (kept[0] if kept else None), False
        if fetched is None:
            assert kept is not None  # a 304 answers only a conditional request
            return kept[0], False
        return self.directory.keep(fetched.raw, fetched.etag, fetched.entries), True

    # ------------------------------------------------------------ outbox
    def _drain(self, result: SyncResult) -> None:
        """Send what waits, several packets per request. The batch grows by two after a
        request that went through and halves after one that failed altogether (additive
        increase, multiplicative decrease, as TCP); an upload the link cut is resumed inside
        the client (``HubClient.submit_many``), which sends again only what the hub lacks.
        A busy or failed request is tried again within the round as the retry policy says,
        the batch halved first; then the round ends and the policy takes over."""
        attempt = 0
        while True:
            pending = list(self.outbox.pending(BATCH, self.clock.now()))
            if not pending:
                return
            while pending:
                chunk, pending = self._take(pending, result)
                if not chunk:
                    continue
                try:
                    outcomes = self._submit([item.data for item in chunk])
                except (HubUnavailable, RateLimited) as exc:
                    if isinstance(exc, HubUnavailable):
                        self.batch_size = max(1, self.batch_size // 2)
                    self._attempted(chunk)
                    wait = self._retry_wait(exc, attempt)
                    if wait is None:
                        raise
                    self.clock.sleep(wait)
                    attempt += 1
                    pending = chunk + pending  # again, in order, in the (smaller) batch
                    continue
                attempt = 0
                self.batch_size = min(MAX_SUBMIT_BATCH, self.batch_size + SUBMIT_BATCH_STEP)
                later: HubError | None = None
                for item, outcome in zip(chunk, outcomes, strict=True):
                    if isinstance(outcome, (RateLimited, HubUnavailable)):  # not this time
                        self._attempted([item])
                        later = later or outcome
                    else:
                        self._settle(item, outcome, result)
                if later is not None:  # the hub's rate, or a cut it could not resume: wait
                    raise later

    def _retry_wait(self, exc: HubError, attempt: int) -> float | None:
        if not retry_soon(exc):
            return None
        retry_after = exc.retry_after if isinstance(exc, RateLimited) else None
        return self.policy.in_round(attempt, retry_after, self.rng)

    def _take(
        self, items: Sequence[PendingPacket], result: SyncResult
    ) -> tuple[list[PendingPacket], list[PendingPacket]]:
        """The next request's packets: at most ``batch_size`` and the batch's byte limit. A
        packet too big to share a batch goes alone; one too big for the hub at all (from a
        newer Ponte) fails here, so nothing behind it waits for it."""
        first, rest = items[0], list(items[1:])
        if len(first.data) > MAX_PACKET_BYTES:
            self.outbox.failed(first.packet_id, OversizePacket.kind, self.clock.now())
            result.failed += 1
            return [], rest
        chunk, size = [first], len(first.data) + BATCH_OVERHEAD
        while rest and len(chunk) < self.batch_size:
            step = len(rest[0].data) + BATCH_OVERHEAD
            if len(rest[0].data) > MAX_PACKET_BYTES or size + step > batch.MAX_BATCH_BYTES:
                break
            chunk.append(rest.pop(0))
            size += step
        return chunk, rest

    def _submit(self, packets: list[bytes]) -> list[Outcome]:
        try:
            return self.client.submit_many(packets)
        except (OversizePacket, HubRefused) as exc:
            too_big = isinstance(exc, OversizePacket) or exc.reason == OversizePacket.kind
            if not too_big or len(packets) == 1:
                raise
            log.info("batch of %d refused as too large: one by one", len(packets))
            return [self.client.submit(p) for p in packets]

    def _settle(self, item: PendingPacket, outcome: Outcome, result: SyncResult) -> None:
        now = self.clock.now()
        if isinstance(outcome, HubRefusal):
            self.outbox.failed(item.packet_id, outcome.kind, now)
            result.failed += 1
        elif isinstance(outcome, Receipt) and outcome.packet_id == item.packet_id:
            self.outbox.sent(item.packet_id, outcome.raw, now)
            result.sent += 1
        else:
            raise wrong_hub(self.client.hub_key)

    def _attempted(self, items: Sequence[PendingPacket]) -> None:
        for item in items:
            self.outbox.attempted(item.packet_id, self.clock.now())

    # ------------------------------------------------------------ inbox
    def _pull(self, directory: Directory | None, result: SyncResult) -> None:
        cursor = ""
        while True:
            items, cursor, more = self.client.inbox(cursor)
            done: list[tuple[str, str]] = []
            for item in items:
                handled = self.receiver.receive(item.data, directory)
                self._count([handled], result)
                if handled.ack:
                    done.append(item.key)  # (sender, id): ids are unique per sender only
            result.acked += self.client.ack(done)
            if not more or not items:
                return

    @staticmethod
    def _count(handled: Sequence[Handled], result: SyncResult) -> None:
        for h in handled:
            if h.outcome == STORED:
                result.received += 1
            elif h.outcome == REFUSED:
                result.refused += 1
            elif h.outcome == WAITING:
                result.waiting += 1
            else:
                assert h.outcome == DUPLICATE

    # ------------------------------------------------------------ status and retry
    def _succeeded(self) -> None:
        s = self.status
        s.online, s.failures = True, 0
        s.last_success = self.clock.now()
        s.last_error_kind = s.last_error = None
        s.last_error_params = ()
        s.next_attempt = None
        self._keep_retry_state()

    def _failed(self, exc: PonteError) -> None:
        s = self.status
        s.failures += 1
        s.online = not isinstance(exc, (HubUnavailable, WrongHub))
        s.last_error_kind, s.last_error, s.last_error_params = exc.kind, exc.sentence(), exc.params
        retry_after = exc.retry_after if isinstance(exc, RateLimited) else None
        delay = self.policy.delay(s.failures, retry_after, self.rng)
        s.next_attempt = self.clock.now() + timedelta(seconds=delay)
        self._keep_retry_state()

    def _keep_retry_state(self) -> None:
        if self.retry_state is not None:
            self.retry_state.save(self.status.failures, self.status.next_attempt)

    def seconds_until_next(self) -> float:
        """How long the retry policy says to wait before the next round (0: go now)."""
        if self.status.next_attempt is None:
            return 0.0
        return max(0.0, (self.status.next_attempt - self.clock.now()).total_seconds())

    def retry_now(self) -> None:
        """A person asked: forget the failures and the wait; the next round goes now."""
        self.status.failures, self.status.next_attempt = 0, None
        self._keep_retry_state()
