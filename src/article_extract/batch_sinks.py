"""Where a batch writes: the `Sink`s (a folder of files, JSONL, one CSV table), each keeping
finished work whole: files are replaced atomically (`--out-dir`) or appended to `FILE.partial`
and renamed at the end (`--jsonl -o FILE`), so a killed run leaves no truncated JSON and
`--resume` can finish it. A module of its own: the writers know files and formats, the runner
(`batch`) knows the order of articles; each changes without the other."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from .batch_inputs import Entry, display
from .emit import article_line, error_record, to_json, to_jsonl_line, write_atomic
from .errors import ArticleError, PathError
from .reader import STDIN_NAME

if TYPE_CHECKING:
    from .models import Article


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


__all__ = ["EXTENSIONS", "BatchFatal", "CsvSink", "JsonlSink", "OutDirSink", "Sink"]
