"""Command-line interface. Every failure is one line on stderr and a documented exit code:
0 ok, 1 some articles in a batch failed, 2 usage or path error, 3 input is not text,
4 input too large, 5 internal error, 6 over the time budget (--timeout), 130 interrupted.
Never a traceback: the tool runs unattended, and a log line must say what went wrong with
which input.

This module dispatches: a subcommand (`diff`, `view`, `evaluate`, `schema`) to its own main;
otherwise the options (`cli_args`) to one article's run (`cli_single`) or a batch's
(`cli_batch`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from . import cli_batch, cli_single
from .cli_args import (
    COMMANDS,
    PROG,
    Parser,
    UsageError,
    build_parser,
    check,
    is_batch,
    say_line,
    write_stdout,
)
from .errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_NOT_TEXT, EXIT_OK, EXIT_USAGE


def _quiet_stdout() -> None:
    """The reader of stdout went away (`| head`): send what is left to /dev/null so the
    interpreter's final flush does not print a BrokenPipeError of its own."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _schema(argv: list[str]) -> int:
    Parser(prog=f"{PROG} schema",
           description="Print the JSON Schema (draft 2020-12) of the output documents, "
                       "generated from the models.").parse_args(argv)
    from .schema import schema_json

    write_stdout(schema_json())
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
            check(args)
        except UsageError as exc:
            say_line(f"{PROG}: error: {exc}")
            return EXIT_USAGE
        return cli_batch.run(args) if is_batch(args) else cli_single.run(args)
    except KeyboardInterrupt:
        say_line(f"{PROG}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        say_line(f"{PROG}: internal error: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


__all__ = ["COMMANDS", "EXIT_NOT_TEXT", "PROG", "build_parser", "main"]
