"""A batch from the command line: the options become a sink (`batch_sinks`) and the runner's
settings (`batch`), with a progress bar for a person at a terminal, Ctrl-C handled and the
summary line at the end. A module of its own: the batch's wiring is apart from one article's
run and from the command dispatch."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, BinaryIO

from .cli_args import PROG, include_text, say_line
from .errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE


def _progress(args: argparse.Namespace) -> Any:
    """A tqdm bar on stderr, only for a person watching a terminal (not in logs or pipes)."""
    if args.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm  # type: ignore[import-untyped]

    from .batch_inputs import expand

    total: int | None = None
    if not args.from_list and "-" not in args.inputs:
        total = sum(1 for _ in expand(args.inputs))  # paths only: cheap, nothing is read
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True,
                mininterval=0.5, smoothing=0.1)


def run(args: argparse.Namespace) -> int:
    from .batch import BatchOptions, Stop, Summary, run_batch
    from .batch_inputs import expand
    from .batch_sinks import BatchFatal, CsvSink, JsonlSink, OutDirSink, Sink

    stdin: BinaryIO = sys.stdin.buffer
    inputs = args.inputs or ["-"]
    opts = BatchOptions(encoding=args.encoding, max_chars=args.max_chars, html=args.html,
                        html_all=args.html_all, include_text=include_text(args),
                        reference_date=args.reference_date, model=args.model,
                        workers=args.workers, timeout=args.timeout or None)
    bar = _progress(args)

    def say(line: str) -> None:
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            say_line(line)

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
            say_line(summary.line())

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
        say_line(f"{PROG}: {exc}")
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
