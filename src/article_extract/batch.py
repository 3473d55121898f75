"""Batch runs: many articles through one model, streamed, never losing finished work.

Inputs are expanded lazily (files, folders recursively for `*.txt`, glob patterns, lists of
paths), each article is read only when the pipeline asks for the next text, and results are
written as they come out of `extract_many`, so memory does not grow with the number of
articles. A bad article becomes an error record and the batch goes on; output files are
replaced atomically (`--out-dir`) or appended to `FILE.partial` and renamed at the end
(`--jsonl -o FILE`), so a killed run leaves no truncated JSON and `--resume` can finish it."""

from __future__ import annotations

import contextlib
import glob
import json
import os
import signal
import stat
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, BinaryIO, Protocol

from .budget import DEFAULT_TIMEOUT
from .emit import article_line, error_record, to_json, to_jsonl_line, write_atomic
from .errors import ArticleError, PathError, internal
from .reader import DEFAULT_MAX_CHARS, STDIN_NAME, read_input

if TYPE_CHECKING:
    from .html import Page
    from .models import Article

FOLDER_SUFFIX = ".txt"


def display(path: str) -> str:
    """A path as it may appear in JSON and on stderr: undecodable bytes (surrogate escapes
    from the file system) become visible escapes instead of breaking the UTF-8 output."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class Entry:
    """One article to process. `path` None is the article on stdin; `out_stem` names its
    file under --out-dir (without the extension); `error` is set when the input could not even
    be listed."""

    path: str | None
    out_stem: str
    error: ArticleError | None = None

    @property
    def source(self) -> str:
        return STDIN_NAME if self.path is None else display(self.path)

    @property
    def source_path(self) -> str | None:
        return None if self.path is None else display(self.path)


def _file_entry(path: str) -> Entry:
    return Entry(path, Path(path).stem)


def _walk(top: str) -> Iterator[Entry]:
    """`*.txt` under a folder, sorted, hidden names skipped; output names keep the subfolder
    so `a/x.txt` and `b/x.txt` do not collide. One folder's listing in memory at a time."""
    failures: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=failures.append):
        while failures:
            exc = failures.pop(0)
            where = exc.filename if isinstance(exc.filename, str) else dirpath
            yield Entry(where, "", PathError(f"{display(where)}: cannot list folder: "
                                             f"{(exc.strerror or str(exc)).lower()}"))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(FOLDER_SUFFIX) and not name.startswith("."):
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, top)
                yield Entry(full, rel[: -len(FOLDER_SUFFIX)])
    for exc in failures:
        where = exc.filename if isinstance(exc.filename, str) else top
        yield Entry(where, "", PathError(f"{display(where)}: cannot list folder: "
                                         f"{(exc.strerror or str(exc)).lower()}"))


def _expand_path(path: str, *, patterns: bool) -> Iterator[Entry]:
    if os.path.isdir(path):
        yield from _walk(path)
    elif patterns and glob.has_magic(path) and not os.path.lexists(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield Entry(path, "", PathError(f"{display(path)}: no files match"))
        for m in matches:
            yield from (_walk(m) if os.path.isdir(m) else (_file_entry(m),))
    else:
        yield _file_entry(path)  # a missing file fails when it is read, in its turn


def _list_lines(stream: IO[bytes]) -> Iterator[str]:
    for raw in stream:
        line = os.fsdecode(raw.rstrip(b"\r\n"))
        if line.strip():
            yield line


def expand(inputs: Iterable[str], *, from_list: bool = False,
           stdin: BinaryIO | None = None) -> Iterator[Entry]:
    """The articles named by the command line, in order. With `from_list`, each input is a
    file of paths (one per line; '-' is stdin), and each path a file or a folder."""
    for arg in inputs:
        if not from_list:
            if arg == "-":
                yield Entry(None, "stdin")
            else:
                yield from _expand_path(arg, patterns=True)
            continue
        if arg == "-":
            if stdin is not None:
                for line in _list_lines(stdin):
                    yield from _expand_path(line, patterns=False)
            continue
        try:
            fh = open(arg, "rb")  # noqa: SIM115 - closed below, after lazy iteration
        except OSError as exc:
            reason = "no such file" if isinstance(exc, FileNotFoundError) else (
                (exc.strerror or str(exc)).lower())
            yield Entry(arg, "", PathError(f"{display(arg)}: cannot read list: {reason}"))
            continue
        with fh:
            for line in _list_lines(fh):
                yield from _expand_path(line, patterns=False)


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


class BatchFatal(Exception):
    """Nothing more can be done (output not writable, model missing): stop the whole run."""


class Sink(Protocol):
    def claim(self, entry: Entry) -> ArticleError | None: ...
    def done(self, entry: Entry) -> bool: ...
    def article(self, entry: Entry, article: Article, text: str) -> None: ...
    def error(self, entry: Entry, error: ArticleError) -> None: ...
    def close(self, *, finished: bool) -> None: ...


def _valid_document(data: bytes) -> dict[str, object] | None:
    try:
        obj = json.loads(data)
    except ValueError:
        return None
    return obj if isinstance(obj, dict) and "error" not in obj else None


EXTENSIONS = {"json": ".json", "jsonld": ".jsonld", "html": ".html", "csv": ".csv"}


class OutDirSink:
    """One `<stem>.json` (or the --format's extension) per article under a folder, each
    replaced atomically."""

    def __init__(self, out_dir: str, *, resume: bool = False, fsync: bool = True,
                 fmt: str = "json", table: str | None = None) -> None:
        self.root = Path(out_dir)
        if self.root.exists() and not self.root.is_dir():
            raise BatchFatal(f"{display(out_dir)}: is not a directory")
        self.resume = resume
        self.fsync = fsync
        self.fmt = fmt
        self.table = table
        # output names taken in this run: two inputs with one stem must not overwrite each
        # other (a short string per article; the only per-article state kept)
        self.claimed: set[str] = set()

    def target(self, entry: Entry) -> Path:
        return self.root / (entry.out_stem + EXTENSIONS[self.fmt])

    def claim(self, entry: Entry) -> ArticleError | None:
        key = os.path.normcase(os.path.normpath(entry.out_stem))
        if key in self.claimed:
            return PathError(f"{entry.source}: output {display(str(self.target(entry)))} "
                             "belongs to an earlier input with the same name")
        self.claimed.add(key)
        return None

    def done(self, entry: Entry) -> bool:
        if not self.resume:
            return False
        try:
            data = self.target(entry).read_bytes()
        except OSError:
            return False
        if self.fmt in ("json", "jsonld"):
            return _valid_document(data) is not None
        return bool(data)  # written atomically: if it is there, it is whole

    def article(self, entry: Entry, article: Article, text: str) -> None:
        if self.fmt == "json":
            out = to_json(article)
        else:
            from .formats import render

            out = render(article, self.fmt, text=text, table=self.table)
        write_atomic(self.target(entry), out, fsync=self.fsync)

    def error(self, entry: Entry, error: ArticleError) -> None:
        """Reported on stderr and in the summary; no file, so --resume retries it."""

    def close(self, *, finished: bool) -> None:
        """Every file was complete the moment it appeared."""


class JsonlSink:
    """One JSON document per line, to a stream or to `-o FILE`.

    A file is written as `FILE.partial` (appended and flushed line by line, so a killed run
    keeps every finished line) and renamed to FILE when the run ends; FILE itself is never
    half-written. `--resume` keeps the valid success lines of FILE.partial (or of FILE) and
    skips their sources; a cut-off last line and error records are dropped, so those
    articles are done again."""

    def __init__(self, path: str | None, *, stream: BinaryIO | None = None,
                 resume: bool = False, fmt: str = "json") -> None:
        self.path = path
        self.fmt = fmt
        self.done_sources: set[str] = set()
        self.partial: Path | None = None
        if path is None:
            if stream is None:
                raise ValueError("JsonlSink needs a path or a stream")
            self.fh: BinaryIO = stream
            self.owned = False
            return
        target = Path(path)
        try:
            st = target.stat()
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise BatchFatal(f"{display(path)}: {(exc.strerror or str(exc)).lower()}") from None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise BatchFatal(f"{display(path)}: is a directory, expected a file")
        try:
            if st is not None and not stat.S_ISREG(st.st_mode):  # /dev/null, a FIFO
                self.fh = open(target, "ab")  # noqa: SIM115 - closed in close()
            else:
                self.partial = target.with_name(target.name + ".partial")
                target.parent.mkdir(parents=True, exist_ok=True)
                if resume:
                    self._keep_finished(target)
                self.fh = open(self.partial, "ab" if resume else "wb")  # noqa: SIM115
        except OSError as exc:
            raise BatchFatal(f"{display(path)}: {(exc.strerror or str(exc)).lower()}") from None
        self.owned = True

    def _keep_finished(self, target: Path) -> None:
        assert self.partial is not None
        previous = self.partial if self.partial.exists() else target
        if not previous.exists():
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{self.partial.name}.", suffix=".tmp",
                                   dir=self.partial.parent)
        try:
            with open(previous, "rb") as src, os.fdopen(fd, "wb") as dst:
                for raw in src:
                    if not raw.endswith(b"\n"):
                        continue  # cut off by a kill
                    doc = _valid_document(raw)
                    source = doc.get("source") if doc else None
                    path = source.get("path") if isinstance(source, dict) else None
                    if isinstance(path, str):
                        self.done_sources.add(path)
                        dst.write(raw)
            os.replace(tmp, self.partial)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def claim(self, entry: Entry) -> ArticleError | None:
        return None

    def done(self, entry: Entry) -> bool:
        return entry.source_path is not None and entry.source_path in self.done_sources

    def _write(self, line: str) -> None:
        self.fh.write(line.encode("utf-8"))
        self.fh.flush()

    def article(self, entry: Entry, article: Article, text: str) -> None:
        if self.fmt == "jsonld":
            from .formats.jsonld import to_jsonld_line

            self._write(to_jsonld_line(article))
        else:
            self._write(article_line(article))

    def error(self, entry: Entry, error: ArticleError) -> None:
        self._write(to_jsonl_line(error_record(entry.source_path, error)))

    def close(self, *, finished: bool) -> None:
        """Rename FILE.partial to FILE after a run that ended by itself or by Ctrl-C
        (`finished`); after a fatal error keep it for --resume."""
        if not self.owned:
            return
        self.fh.flush()
        if self.partial is not None:
            os.fsync(self.fh.fileno())
        self.fh.close()
        if self.partial is None or self.path is None:
            return
        if finished:
            os.replace(self.partial, self.path)
        elif self.partial.stat().st_size == 0:
            self.partial.unlink()


class CsvSink(JsonlSink):
    """One CSV table across all articles (`--format csv --table T` on a batch): the header
    once, then each article's rows led by its source path. A failed article has no rows; it
    is reported on stderr and in the summary. Written like JSONL (FILE.partial, renamed)."""

    def __init__(self, path: str | None, *, stream: BinaryIO | None = None,
                 table: str | None = None) -> None:
        super().__init__(path, stream=stream)
        from .formats.csv_tables import corpus_header

        if table is None:
            raise ValueError("CsvSink needs a table")
        self.table = table
        self._write(corpus_header(table))

    def article(self, entry: Entry, article: Article, text: str) -> None:
        from .formats.csv_tables import corpus_rows

        rows = corpus_rows(article, self.table, entry.source_path or STDIN_NAME)
        if rows:
            self._write(rows)

    def error(self, entry: Entry, error: ArticleError) -> None:
        """No row: the runner reports it on stderr."""


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


__all__ = ["BatchFatal", "BatchOptions", "CsvSink", "Entry", "JsonlSink", "OutDirSink", "Stop", "Summary",
           "display", "expand", "run_batch"]
