"""Keep one huge or hostile request from taking the server down or starving others.

Engine work runs on a small bounded pool (the CPU is the scarce resource, not
HTTP threads); beyond `concurrency + max_queue` waiting calls a request is
refused at once (503), a call that takes longer than the timeout answers 503
while its slot stays taken until the work really ends, and an optional
per-address rate limit answers 429.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from typing import Callable, TypeVar

T = TypeVar("T")


class LimitError(Exception):
    status = 503
    code = "busy"


class Busy(LimitError):
    """Too many engine calls running and waiting."""


class TimedOut(LimitError):
    code = "timeout"


class RateLimited(LimitError):
    status = 429
    code = "rate_limited"


class Limiter:
    """Bounded pool + queue + timeout around engine calls."""

    def __init__(self, concurrency: int, max_queue: int, timeout: float):
        self.concurrency, self.max_queue, self.timeout = concurrency, max_queue, timeout
        self._pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="cloze-engine")
        self._lock = threading.Lock()
        self._pending = 0

    @property
    def pending(self) -> int:
        return self._pending

    def _release(self) -> None:
        with self._lock:
            self._pending -= 1

    def run(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run fn on the pool; Busy if the queue is full, TimedOut after `timeout` seconds (queue wait included)."""
        with self._lock:
            if self._pending >= self.concurrency + self.max_queue:
                raise Busy(f"the server is busy ({self._pending} checks running or waiting); try again shortly")
            self._pending += 1

        def job():
            try:
                return fn(*args, **kwargs)
            finally:
                self._release()

        try:
            future = self._pool.submit(job)
        except RuntimeError:
            self._release()
            raise Busy("the server is shutting down")
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            if future.cancel():          # never started: give its slot back now
                self._release()
            raise TimedOut(f"checking took longer than the limit of {self.timeout:g} s; "
                           "send a shorter text or raise --request-timeout")


class RateLimiter:
    """At most `per_minute` requests per client address in any 60-second window (0 = unlimited)."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._hits: dict[str, deque] = {}
        self._lock = threading.Lock()
        self._last_sweep = time.monotonic()

    def hit(self, client: str) -> None:
        if self.per_minute <= 0:
            return
        now = time.monotonic()
        with self._lock:
            if now - self._last_sweep > 60:
                for key in [k for k, q in self._hits.items() if not q or now - q[-1] > 60]:
                    del self._hits[key]
                self._last_sweep = now
            q = self._hits.setdefault(client, deque())
            while q and now - q[0] > 60:
                q.popleft()
            if len(q) >= self.per_minute:
                raise RateLimited(f"too many requests from {client}: the limit is {self.per_minute} per minute")
            q.append(now)
