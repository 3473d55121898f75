"""One article from the command line: read it, extract it with its time budget (a watchdog
behind it), show a long article's progress, write the document to stdout or `-o`. A module of
its own: one article's run has its own exit codes and output, apart from a batch's."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from typing import Any

from .cli_args import PROG, include_text, say_line, write_stdout
from .errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_TIMEOUT,
    EXIT_USAGE,
    ArticleError,
    InternalError,
    internal,
)
from .reader import STDIN_NAME


def run(args: argparse.Namespace) -> int:
    from .api import extract_many
    from .emit import to_json, write_atomic
    from .html import mark_html_date
    from .nlp import ModelError
    from .reader import read_input

    path = args.inputs[0]
    name = STDIN_NAME if path == "-" else path
    try:
        page = read_input(None if path == "-" else path, encoding=args.encoding,
                          max_chars=args.max_chars, html=args.html, html_all=args.html_all,
                          stdin=sys.stdin.buffer)
    except ArticleError as exc:
        say_line(f"{PROG}: {exc.message}")
        return exc.exit_code
    text = page.text
    from .batch_inputs import display

    bar = _ChunkBar(args)
    watchdog = _watchdog(name, args.timeout, len(text))
    try:
        result = next(extract_many([text], reference_date=args.reference_date, model=args.model,
                                   source_paths=[None if path == "-" else display(path)],
                                   timeout=args.timeout or None, errors="yield",
                                   progress=bar.update))
        bar.close()
        if isinstance(result, ArticleError):
            if isinstance(result, InternalError) and result.original is not None:
                raise result.original
            say_line(f"{PROG}: {result.for_source(name).message}")
            return result.exit_code
        article = result
        mark_html_date(article, page)
        if include_text(args):
            article.source.text = text
        if args.format == "json":
            out = to_json(article)
        else:
            from .formats import render

            out = render(article, args.format, text=text, table=args.table)
    except ModelError as exc:
        say_line(f"{PROG}: {exc}")
        return EXIT_USAGE
    except Exception as exc:
        say_line(f"{PROG}: {internal(name, exc).message}")
        return EXIT_INTERNAL
    finally:
        bar.close()
        if watchdog is not None:
            watchdog.cancel()
    if args.output:
        try:
            write_atomic(args.output, out)
        except OSError as exc:
            reason = "is a directory" if isinstance(exc, IsADirectoryError) else (
                (exc.strerror or str(exc)).lower())
            say_line(f"{PROG}: {args.output}: cannot write: {reason}")
            return EXIT_USAGE
    else:
        write_stdout(out)
    return EXIT_OK


def _watchdog(name: str, timeout: float, chars: int) -> threading.Timer | None:
    """The last resort behind the budget: work that no signal reaches (none is known) still
    ends the run, with the timeout's line and exit code, a little after the budget."""
    from .budget import article_budget
    from .parallel import GRACE

    budget = article_budget(timeout or None, chars)
    if budget is None:
        return None

    def expire() -> None:
        from .errors import ArticleTimeout

        os.write(2, f"{PROG}: {ArticleTimeout(name, budget).message}\n".encode())
        os._exit(EXIT_TIMEOUT)

    timer = threading.Timer(budget + GRACE, expire)
    timer.daemon = True
    timer.start()
    return timer


class _ChunkBar:
    """One long article's progress, by chunk, for a person at a terminal: created on the
    first chunk report (short articles send none)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.enabled = not args.quiet and sys.stderr.isatty()
        self.bar: Any = None

    def update(self, index: int, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm  # type: ignore[import-untyped]

            self.bar = tqdm(total=total, unit="chunk", file=sys.stderr, dynamic_ncols=True,
                            mininterval=0.5, leave=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
