"""Several processes, one model each, output in input order.

The statistical model and our rules are CPU-bound Python/Cython that hold the GIL, so threads
do not help; processes do. Each worker loads the model once (pool initializer) and runs
`extract_many` over chunks of articles, so its paragraphs still share `nlp.pipe` batches.
The parent reads the input lazily and keeps at most `workers * PREFETCH` chunks in flight:
memory stays flat however long the input is, and results come back in input order."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import chain, islice, repeat

from .models import Article

# Articles per task: large enough that pickling and queue hand-offs are noise next to
# ~40 ms of work per article, and that a worker's `nlp.pipe` batches fill up; small enough
# that the first results come back quickly and the tail of the input is shared out evenly.
CHUNK = 16
# Chunks queued per worker: one being processed and one waiting, so no worker idles while
# the parent consumes a result.
PREFETCH = 2
# "spawn" gives each worker a fresh interpreter: no inherited threads (OpenBLAS) or locks
# from the parent (fork is unsafe with them, and Python 3.14 no longer defaults to it),
# and the same behaviour on Linux, macOS and Windows. The cost, ~1 s of import and model
# load per worker, is paid once per call, in parallel.
START_METHOD = "spawn"

_Item = tuple[str, str | None]
# Per worker process: (model, reference_date), set once by the initializer.
_config: tuple[str | None, date | None] = (None, None)


def _init_worker(model: str | None, reference_date: date | None) -> None:
    """Load the model once per worker process, before its first task."""
    from . import nlp as nlp_mod

    global _config
    nlp_mod.load(model)
    _config = (model, reference_date)


def _run_chunk(chunk: list[_Item]) -> tuple[list[Article], BaseException | None]:
    """Extract a chunk; on failure, the articles before the failing one and the error, so
    the parent yields exactly what the one-process path would have before raising."""
    from .pipeline import extract_many

    model, reference_date = _config
    out: list[Article] = []
    try:
        for art in extract_many([t for t, _ in chunk], model=model,
                                reference_date=reference_date,
                                source_paths=[p for _, p in chunk]):
            out.append(art)
    except Exception as exc:
        return out, exc
    return out, None


class _Source:
    """The input, taken a chunk at a time. An error raised while reading it is kept until
    the articles read before it are out, as in the one-process path."""

    def __init__(self, items: Iterator[_Item]) -> None:
        self.items = items
        self.error: Exception | None = None

    def take(self, size: int) -> list[_Item]:
        chunk: list[_Item] = []
        if self.error is None:
            try:
                for item in islice(self.items, size):
                    chunk.append(item)
            except Exception as exc:
                self.error = exc
        return chunk


def extract_parallel(texts: Iterable[str], *, workers: int, reference_date: date | None = None,
                     model: str | None = None,
                     source_paths: Iterable[str | None] | None = None,
                     chunk_size: int = CHUNK) -> Iterator[Article]:
    """`extract_many` over `workers` processes, one model each; same articles, same order.
    As with any "spawn" pool, a calling script needs an `if __name__ == "__main__":` guard."""
    if workers <= 1:
        from .pipeline import extract_many

        yield from extract_many(texts, reference_date=reference_date, model=model,
                                source_paths=source_paths)
        return
    # like extract_many: a missing path is None
    paths = chain(source_paths if source_paths is not None else (), repeat(None))
    items: Iterator[_Item] = zip(texts, paths)  # noqa: B905 - `paths` is endless
    source = _Source(items)
    size = max(1, chunk_size)
    pool = ProcessPoolExecutor(max_workers=workers,
                               mp_context=multiprocessing.get_context(START_METHOD),
                               initializer=_init_worker, initargs=(model, reference_date))
    pending: deque[Future[tuple[list[Article], BaseException | None]]] = deque()

    def submit() -> bool:
        chunk = source.take(size)
        if chunk:
            pending.append(pool.submit(_run_chunk, chunk))
        return bool(chunk)

    try:
        for _ in range(workers * PREFETCH):
            if not submit():
                break
        while pending:
            articles, error = pending.popleft().result()
            submit()  # refill before handing results to the consumer: no worker waits on it
            yield from articles
            if error is not None:
                raise error
        if source.error is not None:
            raise source.error
    finally:
        # an early stop (error, break, close) must not leave work queued behind it
        pool.shutdown(wait=True, cancel_futures=True)
