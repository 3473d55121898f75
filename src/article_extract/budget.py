"""The time budget per article, and the checks on what API users pass (issue 13).

A page from the web can be crafted, or simply broken, so that one rule takes minutes on it.
Every article therefore runs against a budget: `timeout` seconds for an article of up to a
million characters, and proportionally more for a longer one (a 5-million-character article
gets five times as long), so an ordinary long article is never cut.

How an article is stopped:
- In the main thread of a process (the CLI, a script, a `--workers` process), SIGALRM raises
  `Overtime` in the middle of whatever the article is doing. Python's regular-expression
  engine checks for signals while it matches, so a pattern that backtracks is stopped too, and
  so is any Python loop. Nothing is paid when no article runs over: one `setitimer` call per
  article phase.
- Where a signal cannot reach the work (a thread, as in a Dask worker; a platform without
  `setitimer`; a program that already runs an interval timer), the articles go to a worker
  process instead (`parallel.Pool`), where the same signal works, and which the parent kills
  and replaces if it still has not answered `GRACE` seconds after the budget ran out."""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

DEFAULT_TIMEOUT = 60.0
PER_CHARS = 1_000_000  # the budget grows with the article beyond this many characters


class Overtime(BaseException):
    """Raised by the budget's alarm. A BaseException, so that no `except Exception` inside
    the rules swallows it."""


def check_timeout(value: object) -> float | None:
    """`timeout=` as given by a caller: None or 0 for no budget, else positive seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"timeout must be a number of seconds or None, not {value!r}")
    if math.isnan(value) or value < 0:
        raise ValueError(f"timeout must be 0 (no budget) or more seconds, not {value!r}")
    return float(value) if value > 0 and math.isfinite(value) else None


def article_budget(timeout: float | None, chars: int) -> float | None:
    """Seconds one article may take: `timeout` up to PER_CHARS characters, then in proportion."""
    if timeout is None:
        return None
    return timeout * max(1.0, chars / PER_CHARS)


def check_reference_date(value: object) -> date | None:
    """`reference_date=` as given by a caller: a `datetime.date` (a `datetime` counts by its
    date), an ISO 8601 date string such as "2024-06-03", or None. Anything else is a
    ValueError at the call, not an AttributeError deep inside the rules."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("reference_date must be a datetime.date or an ISO date string such as "
                     f"'2024-06-03', not {value!r}")


def can_interrupt() -> bool:
    """Whether `deadline` can stop work here: the main thread, a platform with `setitimer`,
    and no interval timer of the program's own running (we would take it over)."""
    return (hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


_armed = False
_raised_at = 0.0

# after the deadline the alarm rings again at this interval until the work stops: Python drops
# an exception raised inside a weakref callback or a __del__ ("Exception ignored in ..."), and
# an alarm that lands there would otherwise let the article run on past its budget. It raises
# again only when the last Overtime is RERAISE_AFTER old, so an Overtime on its way out of the
# block (microseconds) is never replaced while it unwinds
REPEAT_SECONDS = 0.05
RERAISE_AFTER = 0.25


def _alarm(signum: int, frame: object) -> None:
    global _raised_at
    now = time.monotonic()
    if _armed and now - _raised_at >= RERAISE_AFTER:  # lifted: not an overrun
        _raised_at = now
        raise Overtime


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise `Overtime` in this (main) thread when `seconds` have passed, and again every
    REPEAT_SECONDS until it is out of the block; None: no limit. The previous SIGALRM
    handler is put back afterwards."""
    if seconds is None:
        yield
        return
    global _armed, _raised_at
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        _raised_at = 0.0
        _armed = True
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3), REPEAT_SECONDS)
        yield
    finally:
        _armed = False
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)


__all__ = ["DEFAULT_TIMEOUT", "PER_CHARS", "Overtime", "article_budget", "can_interrupt",
           "check_reference_date", "check_timeout", "deadline"]
