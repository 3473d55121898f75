"""What a batch reads: the command line's inputs (files, folders recursively for `*.txt`, glob
patterns, lists of paths) expanded lazily into `Entry`s, one per article, in order. A module of
its own: listing inputs needs neither the model nor the writers, and the progress bar counts
the entries before the run."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from .errors import ArticleError, PathError
from .reader import STDIN_NAME

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


__all__ = ["FOLDER_SUFFIX", "Entry", "display", "expand"]
