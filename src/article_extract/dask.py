"""Run the extractor on Dask, for corpora larger than one machine (`pip install
'article-evidence[dask]'`; from a clone `pip install -e '.[dask]'`).

    import dask.bag as db
    from article_extract.dask import extract_bag

    results = extract_bag(db.from_sequence(paths, partition_size=200), paths=True)
    results.map(json.dumps, ensure_ascii=False).to_textfiles(
        "out/part-*.jsonl", encoding="utf-8", last_endline=True)

Each partition goes through one `extract_many` call, so its paragraphs share `nlp.pipe`
batches, and the model is loaded once per worker process (`nlp.load` caches it in the
process) rather than once per article or per task.

A bad article never fails its task: a path that is missing, binary, HTML or too large, an
article over its time budget, or one the pipeline fails on becomes, in its place, the error
record the CLI writes with `--jsonl`: `{"source": {"path": ...}, "error": {"code",
"message"}}`. On `dask.distributed`, tasks run in threads, which no signal can interrupt, so
with a budget each worker process hands its articles to one child process of its own (kept
for the worker's life, one model) that is killed and replaced when an article overruns."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from .budget import DEFAULT_TIMEOUT, check_reference_date, check_timeout

if TYPE_CHECKING:
    from dask.bag import Bag

# One spaCy pipeline per process is not meant to be driven by several threads at once; a
# threaded Dask worker (nthreads > 1) takes turns on it. Use processes for parallelism.
_NLP_LOCK = threading.Lock()
TEXT_NAME = "<text>"


def extract_partition(items: Iterable[Any], *, paths: bool = False,
                      reference_date: date | str | None = None,
                      model: str | None = None,
                      timeout: float | None = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """One Dask partition: texts (or paths) to the JSON documents as dicts, in order; a
    failed article is its error record, in its place."""
    from .api import extract_many
    from .emit import error_record
    from .errors import ArticleError, internal
    from .reader import read_article

    ref = check_reference_date(reference_date)
    budget = check_timeout(timeout)
    items = list(items)
    names: list[str | None] = [os.fspath(p) if paths else None for p in items]
    failures: list[ArticleError | None] = []  # per item read so far: None, or why it failed

    def texts() -> Iterator[str]:
        for item, name in zip(items, names, strict=True):
            if not paths:
                failures.append(None)
                yield item
                continue
            try:
                text = read_article(name)
            except ArticleError as exc:
                failures.append(exc)
                continue
            except Exception as exc:  # MemoryError and the like: this article, not the task
                failures.append(internal(name or TEXT_NAME, exc))
                continue
            failures.append(None)
            yield text

    out: list[dict[str, Any]] = []

    def record(error: ArticleError) -> None:
        name = names[len(out)]
        out.append(error_record(name, error.for_source(name or TEXT_NAME)))

    def unreadable() -> None:
        """The records of the inputs that could not be read, up to the next readable one."""
        while len(out) < len(failures) and (error := failures[len(out)]) is not None:
            record(error)

    with _NLP_LOCK:
        for result in extract_many(texts(), reference_date=ref, model=model, timeout=budget,
                                   errors="yield"):
            unreadable()
            if isinstance(result, ArticleError):
                record(result)
            else:
                result.source.path = names[len(out)]
                out.append(result.model_dump(mode="json"))
    unreadable()
    return out


def extract_bag(bag: Bag, *, paths: bool = False, reference_date: date | str | None = None,
                model: str | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> Bag:
    """Map a bag of article texts (or, with `paths=True`, of file paths readable by the
    workers) to a bag of result dicts, element for element and in order. Each dict is the
    CLI's JSON document (`json.dumps` it for JSONL), or for a failed article its error
    record. `timeout`: each article's budget in seconds (None or 0: none). Lazy: nothing runs
    until `.compute()`; the arguments are checked here, at the call."""
    ref = check_reference_date(reference_date)
    budget = check_timeout(timeout)
    mapped: Bag = bag.map_partitions(  # type: ignore[no-untyped-call]  # dask is untyped here
        extract_partition, paths=paths, reference_date=ref, model=model, timeout=budget)
    return mapped


__all__ = ["extract_bag", "extract_partition"]
