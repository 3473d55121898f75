"""The public entry points: `extract`, `extract_many` (and `extract_parallel`). They check
the arguments, then choose where the articles run: in this process (`pipeline`) or in worker
processes (`parallel`). A module of its own so that both paths sit below it and neither imports
the other: the dispatch looks down on both."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Literal, overload

from .budget import can_interrupt, check_reference_date, check_timeout
from .models import Article
from .parallel import CHUNK, run_pool
from .pipeline import Progress, Result, _extract_local


def extract(text: str, *, reference_date: date | str | None = None, model: str | None = None,
            source_path: str | None = None, timeout: float | None = None) -> Article:
    """Extract one article. The model is loaded once per process and cached.
    `reference_date`: a `datetime.date` or an ISO date string; `timeout`: seconds before the
    article is stopped with `ArticleTimeout` (see `budget`; None: no limit)."""
    if not isinstance(text, str):
        raise ValueError(f"text must be a str, not {type(text).__name__}")
    return next(extract_many([text], reference_date=reference_date, model=model,
                             source_paths=[source_path], timeout=timeout))


@overload
def extract_many(texts: Iterable[str], *, reference_date: date | str | None = ...,
                 model: str | None = ..., workers: int = ...,
                 source_paths: Iterable[str | None] | None = ..., timeout: float | None = ...,
                 errors: Literal["raise"] = ..., progress: Progress | None = ...
                 ) -> Iterator[Article]: ...
@overload
def extract_many(texts: Iterable[str], *, reference_date: date | str | None = ...,
                 model: str | None = ..., workers: int = ...,
                 source_paths: Iterable[str | None] | None = ..., timeout: float | None = ...,
                 errors: Literal["yield"], progress: Progress | None = ...
                 ) -> Iterator[Result]: ...
def extract_many(texts: Iterable[str], *, reference_date: date | str | None = None,
                 model: str | None = None, workers: int = 1,
                 source_paths: Iterable[str | None] | None = None,
                 timeout: float | None = None, errors: Literal["raise", "yield"] = "raise",
                 progress: Progress | None = None) -> Iterator[Article] | Iterator[Result]:
    """Stream articles through one `nlp.pipe`, paragraph by paragraph, keeping input order;
    `workers > 1` spreads them over processes (one model each), still in input order.

    `timeout`: each article's time budget in seconds (`budget.article_budget`; None: none).
    `errors="raise"` raises an article's failure (after the articles before it);
    `errors="yield"` yields it in the article's place as an `ArticleError` (code `timeout` or
    `internal`) and goes on. `progress(index, chunks_done, chunks)` is called as the model
    reads each piece of an article longer than MODEL_CHUNK characters.

    Paragraphs of consecutive articles share `nlp.pipe` batches (a window of about
    NLP_BATCH paragraphs): one article alone fills a batch poorly, and one pipe call per
    article cost 5% more model time (bench/throughput.py --extras). spaCy's results do not
    depend on batch composition. Arguments are checked here, at the call: a bad one is a
    ValueError before anything runs."""
    ref = check_reference_date(reference_date)
    budget = check_timeout(timeout)
    if errors not in ("raise", "yield"):
        raise ValueError(f"errors must be 'raise' or 'yield', not {errors!r}")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a whole number of at least 1, not {workers!r}")
    if isinstance(texts, (str, bytes)):
        raise ValueError("texts must be an iterable of article texts, not one "
                         f"{type(texts).__name__} (for one article use extract())")
    if workers > 1 or (budget is not None and not can_interrupt()):
        # a thread, or no SIGALRM: only a separate process can stop an article over budget
        return run_pool(texts, workers=workers, reference_date=ref, model=model,
                        source_paths=source_paths, timeout=budget, errors=errors,
                        progress=progress)
    return _extract_local(texts, reference_date=ref, model=model, source_paths=source_paths,
                          timeout=budget, errors=errors, progress=progress)


def extract_parallel(texts: Iterable[str], *, workers: int, reference_date: date | None = None,
                     model: str | None = None,
                     source_paths: Iterable[str | None] | None = None,
                     chunk_size: int = CHUNK, timeout: float | None = None,
                     errors: Literal["raise", "yield"] = "raise") -> Iterator[Result]:
    """`extract_many` over `workers` processes, one model each; same articles, same order.
    `workers=1` runs in this process."""
    if workers <= 1:
        if errors == "yield":
            yield from extract_many(texts, reference_date=reference_date, model=model,
                                    source_paths=source_paths, timeout=timeout, errors="yield")
        else:
            yield from extract_many(texts, reference_date=reference_date, model=model,
                                    source_paths=source_paths, timeout=timeout)
        return
    yield from run_pool(texts, workers=workers, reference_date=reference_date, model=model,
                        source_paths=source_paths, timeout=timeout, errors=errors,
                        chunk_size=chunk_size)


__all__ = ["Progress", "Result", "extract", "extract_many", "extract_parallel"]
