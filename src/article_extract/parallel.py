"""Worker processes, one model each, output in input order: the parent's side (`Pool`).

Used for speed (`workers=N`: the statistical model and our rules are CPU-bound code that holds
the GIL, so threads do not help and processes do) and for safety: a thread cannot be
interrupted by a signal, so where a time budget is asked for off the main thread (a Dask
worker, a web server), the articles run in one worker process that can be stopped.

Each worker is a fresh interpreter (`python -c`, not multiprocessing) running `worker.serve`;
it never imports the calling script, so a script needs no `if __name__ == "__main__":` guard
and runs the same on Linux, macOS and Windows. Requests and results travel as pickled frames
(`frames`) over the worker's stdin and stdout; a thread per worker in the parent reads them, so
no pipe ever fills up while the parent hands results to its consumer.

The parent reads the input lazily and keeps at most `workers * PREFETCH` chunks in flight:
memory stays flat however long the input is, and results come back in input order, article by
article. With a time budget, each worker stops an article at its budget itself (`budget`'s
signal, in the worker's main thread), and reports when each article's phases begin; a worker
still on one article `GRACE` seconds after its budget ran out is killed and replaced, that
article gets a `timeout` error, and the worker's other articles go to the replacement."""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from .budget import article_budget
from .errors import ArticleError, ArticleTimeout, internal
from .frames import read_frame, write_frame
from .models import Article

# Articles per task: large enough that a worker's `nlp.pipe` batches fill up; small enough
# that the first results come back quickly and the tail of the input is shared out evenly.
CHUNK = 16
# Chunks queued per worker: one being processed and one waiting, so no worker idles while
# the parent consumes a result.
PREFETCH = 2
# Seconds past an article's budget before its worker is killed. The worker stops the article
# itself at the budget; this only catches work that no signal reaches.
GRACE = 5.0
# A worker that dies this many times in a row without an article to blame is a broken set-up.
MAX_BLIND_DEATHS = 3

Result = Article | ArticleError
Progress = Callable[[int, int, int], None]
_Item = tuple[str, str | None]


# -- the parent's side ------------------------------------------------------------------------

@dataclass
class _Chunk:
    cid: int
    base: int  # the index of its first article in the whole input
    items: list[_Item]
    budgets: list[float | None]
    results: list[Result | None]
    used: list[float]
    out: int = 0  # articles already handed on

    def missing(self) -> list[int]:
        return [i for i in range(self.out, len(self.items)) if self.results[i] is None]


@dataclass
class _Worker:
    proc: subprocess.Popen[bytes]
    chunks: deque[_Chunk] = field(default_factory=deque)
    ready: bool = False
    dead: bool = False
    current: tuple[_Chunk, int] | None = None  # the article whose phase is running
    since: float = 0.0

    def send(self, msg: tuple[Any, ...]) -> bool:
        try:
            assert self.proc.stdin is not None
            write_frame(self.proc.stdin, msg)
        except (OSError, ValueError):
            return False
        return True


def _worker_command() -> tuple[list[str], dict[str, str]]:
    """`python -P -c ...` with this very package first on the path (a source checkout, or a
    copy under test, is what the workers import too)."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    code = "from article_extract.worker import serve; serve()"
    return [sys.executable, "-P", "-c", code], env


class Pool:
    """`workers` processes with one model each; `run` streams results in input order."""

    _cids = itertools.count()

    def __init__(self, workers: int, *, model: str | None = None,
                 reference_date: date | None = None, timeout: float | None = None) -> None:
        self.size = max(1, workers)
        self.config = (model, reference_date, timeout)
        self.timeout = timeout
        self.inbox: queue.Queue[tuple[_Worker, float, Any]] = queue.Queue()
        self.workers: list[_Worker] = []
        self.blind_deaths = 0
        self.started = 0  # processes started, replacements included
        self.lock = threading.Lock()  # one `run` at a time
        self.closed = False

    # workers --------------------------------------------------------------------------------

    def _spawn(self) -> _Worker:
        cmd, env = _worker_command()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        worker = _Worker(proc)
        self.started += 1

        def read() -> None:
            assert proc.stdout is not None
            try:
                while True:
                    msg = read_frame(proc.stdout)
                    self.inbox.put((worker, time.monotonic(), msg))
            except (EOFError, OSError, pickle.UnpicklingError):
                self.inbox.put((worker, time.monotonic(), None))

        threading.Thread(target=read, daemon=True, name="article-extract-worker-reader").start()
        worker.send(self.config)
        self.workers.append(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        worker.dead = True
        with contextlib.suppress(OSError):
            worker.proc.kill()
        worker.proc.wait()
        for fh in (worker.proc.stdin, worker.proc.stdout):
            with contextlib.suppress(OSError):
                if fh is not None:
                    fh.close()
        if worker in self.workers:
            self.workers.remove(worker)

    def close(self) -> None:
        """Let idle workers exit (stdin closes); kill any still busy a moment later."""
        self.closed = True
        for worker in list(self.workers):
            with contextlib.suppress(OSError):
                if worker.proc.stdin is not None:
                    worker.proc.stdin.close()
        deadline = time.monotonic() + 2.0
        for worker in list(self.workers):
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.proc.wait(max(0.0, deadline - time.monotonic()))
            self._kill(worker)

    def _assign(self, worker: _Worker, chunk: _Chunk, indexes: list[int]) -> None:
        worker.chunks.append(chunk)
        if not worker.current and len(worker.chunks) == 1:
            worker.since = time.monotonic()
        worker.send(("chunk", chunk.cid, indexes, [chunk.items[i] for i in indexes]))

    def _replace(self, worker: _Worker, blame: ArticleError | None) -> None:
        """Kill `worker`; the article it was on gets `blame`, its other articles go to a new
        worker, in order."""
        chunks = list(worker.chunks)
        current = worker.current
        self._kill(worker)
        if current is not None and blame is not None:
            chunk, i = current
            chunk.results[i] = blame
            self.blind_deaths = 0
        else:
            self.blind_deaths += 1
            if self.blind_deaths >= MAX_BLIND_DEATHS:
                raise RuntimeError(f"article_extract worker processes keep dying (exit code "
                                   f"{worker.proc.returncode}); see the lines above")
        fresh = self._spawn()
        for chunk in chunks:
            missing = chunk.missing()
            if missing:
                self._assign(fresh, chunk, missing)

    # one message ----------------------------------------------------------------------------

    def _handle(self, worker: _Worker, stamp: float, msg: Any, progress: Progress | None) -> None:
        if worker.dead:
            return  # a late line from a worker already replaced
        if msg is None:  # the process ended on its own (its stdout closed)
            code: int | None = None
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = worker.proc.wait(5)
            if not worker.ready:
                self._kill(worker)
                raise RuntimeError(f"an article_extract worker process could not start "
                                   f"(exit code {code}); see the lines above")
            blame = None
            if worker.current is not None:
                chunk, i = worker.current
                name = chunk.items[i][1] or "<text>"
                blame = internal(name, RuntimeError(f"the worker process died (exit code "
                                                    f"{code})"))
            self._replace(worker, blame)
            return
        kind = msg[0]
        if kind == "ready":
            worker.ready = True
        elif kind == "fatal":
            from .nlp import ModelError

            self._kill(worker)
            raise ModelError(msg[1])
        elif kind in ("begin", "result"):
            found = self._chunk(worker, msg[1])
            if worker.current is not None:
                done_chunk, j = worker.current
                done_chunk.used[j] += stamp - worker.since
            worker.since = stamp
            worker.current = None
            if found is not None:
                if kind == "begin":
                    worker.current = (found, msg[2])
                elif found.results[msg[2]] is None:
                    found.results[msg[2]] = msg[3]
        elif kind == "progress":
            found = self._chunk(worker, msg[1])
            if found is not None and progress is not None:
                progress(found.base + msg[2], msg[3], msg[4])
        elif kind == "done":
            if worker.chunks and worker.chunks[0].cid == msg[1]:
                worker.chunks.popleft()
            worker.current = None
            worker.since = stamp
        elif kind == "failed":
            raise RuntimeError(f"article_extract worker: {msg[2]}")

    @staticmethod
    def _chunk(worker: _Worker, cid: int) -> _Chunk | None:
        return next((c for c in worker.chunks if c.cid == cid), None)

    def _overdue(self, now: float) -> float | None:
        """Kill and replace each worker past its article's budget and grace; the seconds
        until the next such check is due (None: no budget, wait as long as it takes)."""
        if self.timeout is None:
            return None
        wait = 1.0
        for worker in list(self.workers):
            if worker.current is None or worker.dead:
                continue
            chunk, i = worker.current
            budget = chunk.budgets[i]
            assert budget is not None
            left = budget - chunk.used[i] + GRACE - (now - worker.since)
            if left <= 0:
                self._replace(worker, ArticleTimeout(chunk.items[i][1] or "<text>", budget))
            else:
                wait = min(wait, left)
        return max(wait, 0.01)

    # the stream -----------------------------------------------------------------------------

    def run(self, items: Iterable[_Item], *, chunk_size: int = CHUNK,
            progress: Progress | None = None) -> Iterator[Result]:
        """Results in input order, ArticleErrors in their place. An error raised by the
        input itself comes after the articles read before it."""
        with self.lock:
            yield from self._run(iter(items), max(1, chunk_size), progress)

    def _run(self, items: Iterator[_Item], size: int,
             progress: Progress | None) -> Iterator[Result]:
        while len(self.workers) < self.size:
            self._spawn()
        pending: deque[_Chunk] = deque()
        source_error: Exception | None = None
        base = 0
        finished = False

        def fill() -> None:
            nonlocal source_error, base
            while source_error is None and len(pending) < self.size * PREFETCH:
                chunk_items: list[_Item] = []
                try:
                    chunk_items.extend(itertools.islice(items, size))
                except Exception as exc:
                    source_error = exc
                if not chunk_items:
                    return
                n = len(chunk_items)
                chunk = _Chunk(next(self._cids), base, chunk_items,
                               [article_budget(self.timeout, len(t) if isinstance(t, str) else 0)
                                for t, _ in chunk_items], [None] * n, [0.0] * n)
                base += n
                pending.append(chunk)
                worker = min(self.workers, key=lambda w: len(w.chunks))
                self._assign(worker, chunk, list(range(n)))
                if n < size:
                    return

        try:
            fill()
            while pending:
                head = pending[0]
                if head.out < len(head.items) and head.results[head.out] is not None:
                    result = head.results[head.out]
                    assert result is not None
                    head.results[head.out] = None
                    head.out += 1
                    if head.out == len(head.items):
                        pending.popleft()
                    fill()  # before handing the result on: no worker waits on the consumer
                    yield result
                    continue
                wait = self._overdue(time.monotonic())
                try:
                    worker, stamp, msg = self.inbox.get(timeout=wait)
                except queue.Empty:
                    continue
                self._handle(worker, stamp, msg, progress)
                while True:  # everything already here, before any deadline is judged
                    try:
                        worker, stamp, msg = self.inbox.get_nowait()
                    except queue.Empty:
                        break
                    self._handle(worker, stamp, msg, progress)
            finished = True
        finally:
            if not finished:  # an early stop: work still in flight would land in the next run
                for worker in list(self.workers):
                    if worker.chunks:
                        self._kill(worker)
        if source_error is not None:
            raise source_error


# One single-worker pool per (model, reference date, budget) and process, kept between calls:
# a Dask worker thread (or any thread) that asks for a budget gets its articles run in it
# without loading a model per call.
_shared: dict[tuple[str | None, date | None, float | None], Pool] = {}
_shared_lock = threading.Lock()


def _close_shared() -> None:
    for pool in _shared.values():
        pool.close()


atexit.register(_close_shared)


def run_pool(texts: Iterable[str], *, workers: int, reference_date: date | None = None,
             model: str | None = None, source_paths: Iterable[str | None] | None = None,
             timeout: float | None = None, errors: Literal["raise", "yield"] = "raise",
             progress: Progress | None = None, chunk_size: int = CHUNK) -> Iterator[Result]:
    """`extract_many` over worker processes (arguments already checked). One worker (a
    budget asked for off the main thread) uses this process's shared pool when it is free."""
    paths = itertools.chain(source_paths if source_paths is not None else (),
                            itertools.repeat(None))
    items: Iterator[_Item] = zip(texts, paths)  # noqa: B905 - `paths` is endless
    if workers <= 1:
        key = (model, reference_date, timeout)
        with _shared_lock:
            pool = _shared.get(key)
            if pool is None:
                pool = _shared[key] = Pool(1, model=model, reference_date=reference_date,
                                           timeout=timeout)
        if pool.lock.acquire(blocking=False):
            pool.lock.release()
            return _raising(pool.run(items, chunk_size=chunk_size, progress=progress), errors)
    return _owned(Pool(workers, model=model, reference_date=reference_date, timeout=timeout),
                  items, chunk_size, progress, errors)


def _owned(pool: Pool, items: Iterator[_Item], chunk_size: int, progress: Progress | None,
           errors: Literal["raise", "yield"]) -> Iterator[Result]:
    try:
        yield from _raising(pool.run(items, chunk_size=chunk_size, progress=progress), errors)
    finally:
        pool.close()


def _raising(results: Iterator[Result], errors: Literal["raise", "yield"]) -> Iterator[Result]:
    """errors="raise": an article's failure ends the stream as its own exception would in
    one process (the original exception where the worker could send it)."""
    for result in results:
        if isinstance(result, ArticleError) and errors == "raise":
            original = getattr(result, "original", None)
            if isinstance(original, BaseException):
                raise original
            raise result
        yield result


__all__ = ["CHUNK", "GRACE", "PREFETCH", "Pool", "run_pool"]
