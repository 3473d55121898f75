"""Run the extractor on Dask, for corpora larger than one machine (`pip install
'article-evidence[dask]'`; from a clone `pip install -e '.[dask]'`).

    import dask.bag as db
    from article_extract.dask import extract_bag

    results = extract_bag(db.from_sequence(paths, partition_size=200), paths=True)
    results.map(json.dumps, ensure_ascii=False).to_textfiles(
        "out/part-*.jsonl", encoding="utf-8", last_endline=True)

Each partition goes through one `extract_many` call, so its paragraphs share `nlp.pipe`
batches, and the model is loaded once per worker process (`nlp.load` caches it in the
process) rather than once per article or per task."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dask.bag import Bag

# One spaCy pipeline per process is not meant to be driven by several threads at once; a
# threaded Dask worker (nthreads > 1) takes turns on it. Use processes for parallelism.
_NLP_LOCK = threading.Lock()


def _texts(items: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Read paths lazily, with the CLI's decoding and checks (HTML is refused, not parsed)."""
    from .errors import NotTextError
    from .reader import looks_like_html, read_source

    for item in items:
        text, _ = read_source(os.fspath(item))
        if looks_like_html(text):
            raise NotTextError(f"{os.fspath(item)}: looks like HTML; strip the markup first")
        yield text


def extract_partition(items: Iterable[Any], *, paths: bool = False,
                      reference_date: date | None = None,
                      model: str | None = None) -> list[dict[str, Any]]:
    """One Dask partition: texts (or paths) to the JSON documents as dicts, in order."""
    from .pipeline import extract_many

    items = list(items)
    if paths:
        texts: Iterable[str] = _texts(items)
        sources: list[str | None] = [os.fspath(p) for p in items]
    else:
        texts, sources = items, [None] * len(items)
    with _NLP_LOCK:
        return [art.model_dump(mode="json")
                for art in extract_many(texts, reference_date=reference_date, model=model,
                                        source_paths=sources)]


def extract_bag(bag: Bag, *, paths: bool = False, reference_date: date | None = None,
                model: str | None = None) -> Bag:
    """Map a bag of article texts (or, with `paths=True`, of file paths readable by the
    workers) to a bag of result dicts, element for element and in order. Each dict is the
    CLI's JSON document (`json.dumps` it for JSONL). Lazy: nothing runs until `.compute()`."""
    mapped: Bag = bag.map_partitions(  # type: ignore[no-untyped-call]  # dask is untyped here
        extract_partition, paths=paths, reference_date=reference_date, model=model)
    return mapped
