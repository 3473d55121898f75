"""Fact-level diff of two extractions, for regression-testing a corpus across rule changes,
tool upgrades or spaCy models: the `article-extract diff` command.

    python -m article_extract diff OLD NEW [--strict] [--format text|json]

OLD and NEW are two output JSON files, two JSONL files (one output or error record per line),
or two output folders (``*.json``, recursively), read and paired by `diff_inputs`. Only
articles with a difference are printed (`diff_report`), then a summary line. Exit code: 0 when
no fact changed, 1 when one did (or an article is only on one side, or is an error record on
one side), 2 on a usage or input error (one line on stderr, never a traceback).

What is compared, and when a removed and an added fact are one change: `diff_facts`. This
module is the command on top of the three; it also hands on their public names.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from .diff_facts import (
    CATEGORIES,
    FIELDS,
    ArticleDiff,
    CategoryDiff,
    DiffFact,
    InputError,
    Written,
    diff_outputs,
)
from .diff_inputs import compare_paths
from .diff_report import article_json, changed_fields, format_article, format_categories

EXIT_SAME, EXIT_CHANGED, EXIT_USAGE = 0, 1, 2


_EXTRA_COUNTS = (("only_in_old", "only in OLD"), ("only_in_new", "only in NEW"),
                 ("error", "with an error record"))


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2, never the usage dump."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"article-extract diff: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="article-extract diff",
                description="Facts added, removed and changed between two extractions "
                            "(JSON files, JSONL files or output folders). Exit 0: no change, "
                            "1: changed, 2: usage or input error.")
    p.add_argument("old", type=Path, help="the accepted output: JSON, JSONL or a folder")
    p.add_argument("new", type=Path, help="the output to check, of the same kind")
    p.add_argument("--strict", action="store_true",
                   help="evidence offsets and rule ids count as changes too")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default), json for tools")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0) or a usage error (2, already reported)
        return int(exc.code or 0)
    counts = {s: 0 for s in ("changed", "unchanged", "only_in_old", "only_in_new", "error")}
    report: list[dict[str, Any]] = []
    try:
        for ad in compare_paths(args.old, args.new, strict=args.strict):
            counts[ad.status] += 1
            if not ad.changed:
                continue
            if args.format == "json":
                report.append(article_json(ad, args.strict))
            else:
                sys.stdout.write("\n".join(format_article(ad)) + "\n")
                sys.stdout.flush()
    except InputError as exc:
        sys.stderr.write(f"article-extract diff: {exc}\n")
        return EXIT_USAGE
    except OSError as exc:  # a read failing midway (the opening errors are InputErrors)
        sys.stderr.write(f"article-extract diff: {exc.filename or args.new}: "
                         f"{exc.strerror or exc}\n")
        return EXIT_USAGE
    changed = sum(v for k, v in counts.items() if k != "unchanged")
    if args.format == "json":
        doc = {"old": str(args.old), "new": str(args.new), "strict": args.strict,
               "changed": changed > 0, "summary": {"articles": sum(counts.values()), **counts},
               "articles": report}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        total = sum(counts.values())
        extra = "".join(f", {counts[k]} {label}" for k, label in _EXTRA_COUNTS if counts[k])
        sys.stdout.write(f"{total} article{'s' if total != 1 else ''}: {counts['changed']} "
                         f"changed, {counts['unchanged']} unchanged{extra}\n")
    return EXIT_CHANGED if changed else EXIT_SAME


__all__ = ["CATEGORIES", "EXIT_CHANGED", "EXIT_SAME", "EXIT_USAGE", "FIELDS", "ArticleDiff",
           "CategoryDiff", "DiffFact", "InputError", "Written", "article_json", "build_parser",
           "changed_fields", "compare_paths", "diff_outputs", "format_article",
           "format_categories", "main"]
