"""Batch runs: many articles through one model, streamed, never losing finished work.

Inputs are expanded lazily (files, folders recursively for `*.txt`, glob patterns, lists of
paths), each article is read only when the pipeline asks for the next text, and results are
written as they come out of `extract_many`, so memory does not grow with the number of
articles. A bad article becomes an error record and the batch goes on; output files are
replaced atomically (`--out-dir`) or appended to `FILE.partial` and renamed at the end
(`--jsonl -o FILE`), so a killed run leaves no truncated JSON and `--resume` can finish it.

This module is the runner; what it reads is listed by `batch_inputs`, where it writes is a sink
of `batch_sinks`. Their public names are handed on from here."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from types import FrameType
from typing import TYPE_CHECKING, BinaryIO

from .batch_inputs import FOLDER_SUFFIX, Entry, display, expand
from .batch_sinks import EXTENSIONS, BatchFatal, CsvSink, JsonlSink, OutDirSink, Sink
from .budget import DEFAULT_TIMEOUT
from .errors import ArticleError, internal
from .reader import DEFAULT_MAX_CHARS, read_input

if TYPE_CHECKING:
    from .html import Page
    from .models import Article


@dataclass(frozen=True)
class BatchOptions:
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    html: bool = False
    html_all: bool = False
    include_text: bool = False  # source.text in each document
    reference_date: date | None = None
    model: str | None = None
    workers: int = 1
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per article (budget.article_budget)


@dataclass
class Summary:
    articles: int = 0  # processed: written or failed
    failed: int = 0
    skipped: int = 0  # --resume: output already there
    seconds: float = 0.0
    interrupted: bool = False

    def line(self) -> str:
        state = "interrupted" if self.interrupted else "done"
        return (f"article-extract: {state}: {self.articles} articles, {self.failed} failed, "
                f"{self.skipped} skipped, {self.seconds:.1f} seconds")


class Stop:
    """The first Ctrl-C asks the batch to stop after the current article (finished work is
    kept and the summary printed); a second one stops at once."""

    def __init__(self) -> None:
        self.requested = False

    @contextlib.contextmanager
    def on_sigint(self, notice: bool = True) -> Iterator[None]:
        def handler(signum: int, frame: FrameType | None) -> None:
            if self.requested:
                raise KeyboardInterrupt
            self.requested = True
            if notice:  # os.write: a buffered write from a handler can hit a reentrant call
                os.write(2, b"\narticle-extract: stopping after the current article "
                            b"(Ctrl-C again to stop now)\n")

        previous = signal.signal(signal.SIGINT, handler)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def _close(it: Iterator[object]) -> None:
    """Stop a generator now (a process pool shuts down) rather than when it is collected."""
    close = getattr(it, "close", None)
    if close is not None:
        close()


@dataclass
class _Job:
    entry: Entry
    text: str | None = None
    error: ArticleError | None = None
    page: Page | None = None


@dataclass
class _Runner:
    entries: Iterator[Entry]
    sink: Sink
    opts: BatchOptions
    stop: Stop
    say: Callable[[str], None]
    tick: Callable[[], None]
    stdin: BinaryIO | None
    part: Callable[[int, int], None] | None = None  # chunks done / all, of a long article
    summary: Summary = field(default_factory=Summary)
    delivered: int = 0  # results taken from the current stream
    # read but not yet written: bounded by how far extract_many reads ahead
    pending: deque[_Job] = field(default_factory=deque)

    def prepare(self, entry: Entry) -> _Job | None:
        """Read one input; None when --resume finds its output already there."""
        if entry.error is not None:
            return _Job(entry, error=entry.error)
        clash = self.sink.claim(entry)
        if clash is not None:
            return _Job(entry, error=clash)
        if self.sink.done(entry):
            return None
        try:
            page = read_input(entry.path, encoding=self.opts.encoding,
                              max_chars=self.opts.max_chars, html=self.opts.html,
                              html_all=self.opts.html_all, stdin=self.stdin)
        except ArticleError as exc:
            return _Job(entry, error=exc)
        except Exception as exc:  # MemoryError and the like: this article fails, not the run
            return _Job(entry, error=internal(entry.source, exc))
        return _Job(entry, text=page.text, page=page if page.published else None)

    def texts(self) -> Generator[str, None, None]:
        """What extract_many reads: the text of each readable input, in order; unreadable
        ones wait in `pending` so their error records keep their place."""
        while not self.stop.requested:
            try:
                entry = next(self.entries)
            except StopIteration:
                return
            except Exception as exc:  # listing the inputs broke: say so, end the input there
                self.pending.append(_Job(Entry("<inputs>", "", internal("<inputs>", exc))))
                return
            job = self.prepare(entry)
            if job is None:
                self.summary.skipped += 1
                self.tick()
                continue
            self.pending.append(job)
            if job.text is not None:
                yield job.text

    def failed(self, job: _Job) -> None:
        error = job.error
        assert error is not None
        self._output(lambda: self.sink.error(job.entry, error))
        self.summary.articles += 1
        self.summary.failed += 1
        self.say(f"article-extract: {error.message}")
        self.tick()

    def written(self, job: _Job, article: Article) -> None:
        text = job.text
        assert text is not None
        article.source.path = job.entry.source_path
        if job.page is not None:
            from .html import mark_html_date

            mark_html_date(article, job.page)
        if self.opts.include_text:
            article.source.text = text
        self._output(lambda: self.sink.article(job.entry, article, text))
        self.summary.articles += 1
        self.tick()

    @staticmethod
    def _output(write: Callable[[], None]) -> None:
        try:
            write()
        except BrokenPipeError:
            raise
        except OSError as exc:
            where = f"{display(exc.filename)}: " if isinstance(exc.filename, str) else ""
            raise BatchFatal(f"{where}cannot write output: "
                             f"{(exc.strerror or str(exc)).lower()}") from None

    def stream(self, source: Iterator[str], workers: int) -> Iterator[Article | ArticleError]:
        """The articles' results in order; an article that fails (over its time budget, or
        a bug) is an ArticleError in its place, and the stream goes on."""
        from .api import extract_many

        self.delivered = 0
        return extract_many(source, reference_date=self.opts.reference_date,
                            model=self.opts.model, workers=workers, timeout=self.opts.timeout,
                            errors="yield", progress=self.progress if self.part else None)

    def progress(self, index: int, done: int, total: int) -> None:
        """A long article moves the bar by chunk (only the next one to be written does)."""
        if self.part is not None and index == self.delivered:
            self.part(done, total)

    def result(self, job: _Job, result: Article | ArticleError) -> None:
        if isinstance(result, ArticleError):
            job.error = result.for_source(job.entry.source)
            self.failed(job)
        else:
            self.written(job, result)

    def one_by_one(self) -> None:
        """After the stream failed: the articles it had read ahead, each alone, so the error
        lands on the article that caused it (a shared nlp.pipe batch hides which one)."""
        from .nlp import ModelError

        jobs = list(self.pending)
        self.pending.clear()
        for job in jobs:
            if self.stop.requested:
                return
            if job.text is None:
                self.failed(job)
                continue
            try:
                result = next(self.stream(iter([job.text]), 1))
            except ModelError as exc:
                raise BatchFatal(str(exc)) from None
            except Exception as exc:
                job.error = internal(job.entry.source, exc)
                self.failed(job)
                continue
            self.result(job, result)

    def run(self) -> Summary:
        from .nlp import ModelError

        started = time.monotonic()
        source = self.texts()
        stream = self.stream(source, self.opts.workers)
        try:
            while True:
                try:
                    result = next(stream)
                    self.delivered += 1
                except StopIteration:
                    break
                except ModelError as exc:
                    raise BatchFatal(str(exc)) from None
                except Exception:
                    if self.stop.requested:
                        break  # e.g. a worker process that got the same Ctrl-C
                    _close(stream)
                    self.one_by_one()
                    if self.stop.requested:
                        break
                    stream = self.stream(source, self.opts.workers)
                    continue
                while self.pending and self.pending[0].text is None:
                    self.failed(self.pending.popleft())
                if not self.pending:
                    raise RuntimeError("extract_many returned more articles than it was given")
                self.result(self.pending.popleft(), result)
                if self.stop.requested:
                    break
            if not self.stop.requested:
                while self.pending:  # inputs after the last readable one
                    self.failed(self.pending.popleft())
        except KeyboardInterrupt:
            self.stop.requested = True
        finally:
            _close(stream)
            source.close()
            self.summary.interrupted = self.stop.requested
            self.summary.seconds = time.monotonic() - started
        return self.summary


def run_batch(entries: Iterable[Entry], sink: Sink, opts: BatchOptions, *,
              stop: Stop | None = None, stdin: BinaryIO | None = None,
              say: Callable[[str], None] | None = None,
              tick: Callable[[], None] | None = None,
              part: Callable[[int, int], None] | None = None) -> Summary:
    """Process every entry through one model, writing each result as soon as it is ready.
    Returns the summary; raises BatchFatal when the run cannot go on (and BrokenPipeError when
    the reader of stdout went away). `tick` is called once per article done; `part(done, total)`
    as the next article, if it is long, gets through the model's chunks."""

    def _say(line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    runner = _Runner(entries=iter(entries), sink=sink, opts=opts, stop=stop or Stop(),
                     say=say or _say, tick=tick or (lambda: None), stdin=stdin, part=part)
    return runner.run()


__all__ = ["EXTENSIONS", "FOLDER_SUFFIX", "BatchFatal", "BatchOptions", "CsvSink", "Entry",
           "JsonlSink", "OutDirSink", "Sink", "Stop", "Summary", "display", "expand", "run_batch"]
