"""`article-extract view`: one self-contained HTML page to browse many outputs.

    article-extract view OUT.jsonl|OUT_DIR|FILE.json -o report.html

The page lists every article (source, main title, kind, the number of facts per category,
warnings), sortable by any column and searchable; a click (or Enter) opens the article's
evidence view, the same one `--format html` makes. The text comes from `source.text` when the
output carries it (`--include-text`, or HTML input), else from the file at `source.path`, which
must still hold the text that was extracted (its sha256 is checked); when neither is at hand,
the article's view says so and shows the structured result alone.

Built for corpora of 10,000 articles and more:
- the list is virtual: only the rows in sight are in the DOM (a fixed row height places them);
- each article's evidence view is rendered here, by the same code as `--format html`, then
  gzip-compressed (deterministically) and base64-encoded; the page inflates only the article
  opened (the browser's DecompressionStream), so neither the DOM nor the JS heap holds them all;
- outputs are read one at a time and the views spooled to a temporary file, so memory holds
  one index row per article, not the articles; the report is renamed into place when whole.

Categories come from `evaluate.CATEGORIES` (the list column counts) and from the evidence view
(its legend and colours), so a category added there shows up here without a change.

Exit codes: 0 written; 1 written, but some records could not be read (each is a row saying
why, and a line on stderr); 2 usage or input error (one line on stderr, nothing written)."""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NoReturn

from pydantic import ValidationError

from .evaluate import CATEGORIES, facts_from_output
from .formats.html_page import csp, evidence_view
from .formats.html_style import JS as EVIDENCE_JS
from .formats.html_style import category_order, css
from .models import Article
from .view_assets import VIEW_CSS, VIEW_JS

PROG = "article-extract view"
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2

#: Categories counted in the list: the evaluator's, less the two the title and kind columns show.
COUNTED: tuple[str, ...] = tuple(c for c in CATEGORIES if c not in ("main_work", "kind"))
#: The list's columns after "#", in order.
COLUMNS: tuple[str, ...] = ("source", "title", "kind", *COUNTED, "warnings")


class InputError(ValueError):
    """The input cannot be read at all: one line on stderr, exit 2."""


@dataclass
class Record:
    """One line of a JSONL file, or one JSON file: where it is and what it holds."""

    where: str
    doc: dict[str, Any] | None
    problem: str | None = None  # why `doc` is None


def _parse(raw: bytes, where: str) -> Record:
    try:
        doc = json.loads(raw)
    except UnicodeDecodeError as exc:
        return Record(where, None, f"not UTF-8 ({exc.reason})")
    except json.JSONDecodeError as exc:
        return Record(where, None, f"invalid JSON ({exc.msg}, line {exc.lineno} column "
                                   f"{exc.colno})")
    if not isinstance(doc, dict):
        return Record(where, None, f"expected a JSON object, got {type(doc).__name__}")
    return Record(where, doc)


def _single_document(fh: IO[bytes]) -> bool:
    """A JSONL file's first non-blank line is a whole JSON object; a pretty-printed document's
    is not (`{` alone)."""
    for line in fh:
        if line.strip():
            try:
                return not isinstance(json.loads(line), dict)
            except ValueError:
                return True
    return False


def records(path: Path) -> Iterator[Record]:
    """Every output under `path`, lazily: a folder's `*.json` (recursively, sorted), the lines
    of a JSONL file, or one JSON document."""
    if path.is_dir():
        for p in sorted(path.rglob("*.json")):
            if p.is_file():
                try:
                    yield _parse(p.read_bytes(), str(p))
                except OSError as exc:
                    yield Record(str(p), None, (exc.strerror or str(exc)).lower())
        return
    try:
        fh = path.open("rb")
    except OSError as exc:
        reason = "no such file or folder" if isinstance(exc, FileNotFoundError) else (
            (exc.strerror or str(exc)).lower())
        raise InputError(f"{path}: {reason}") from None
    with fh:
        if _single_document(fh):
            fh.seek(0)
            yield _parse(fh.read(), str(path))
            return
        fh.seek(0)
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield _parse(line, f"{path}:{n}")


def _text_for(article: Article, bases: Sequence[Path]) -> tuple[str | None, str | None]:
    """(text, None), or (None, why there is no text) for a view that must do without it."""
    src = article.source
    if src.text is not None:
        return src.text, None
    if not src.path:
        return None, ("the input text is not at hand: the output has no source.text and no "
                      "source.path (extract with --include-text to keep it)")
    from .errors import ArticleError
    from .reader import read_source

    candidates = [Path(src.path)] + [b / src.path for b in bases if not Path(src.path).is_absolute()]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        return None, (f"the input text is not at hand: {src.path} is not found (extract with "
                      "--include-text to keep the text in the output)")
    try:
        text, _ = read_source(str(found))
    except ArticleError as exc:
        return None, f"the input text is not at hand: {exc.message}"
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != src.sha256:
        return None, (f"the input text is not at hand: {found} has changed since the extraction "
                      "(its sha256 differs), or held HTML (extract with --include-text)")
    return text, None


def _pack(fragment: str) -> str:
    """gzip (no timestamp: the same report byte for byte) and base64, for a JSON string."""
    return base64.b64encode(gzip.compress(fragment.encode("utf-8"), mtime=0)).decode("ascii")


def _esc(s: str) -> str:
    import html

    return html.escape(s, quote=False)


def _row(n: int, rec: Record, bases: Sequence[Path]) -> tuple[list[Any], str, list[str], str | None]:
    """(index row, packed view, categories shown, problem) for one record."""
    blank = [0] * len(COUNTED)
    if rec.doc is not None and "error" in rec.doc and "work" not in rec.doc:
        err = rec.doc.get("error") or {}
        src = rec.doc.get("source") or {}
        path = src.get("path") if isinstance(src, dict) else None
        msg = f"{err.get('code', 'error')}: {err.get('message', '')}" if isinstance(err, dict) \
            else str(err)
        view = (f'<div class="layout"><main><h1>{_esc(str(path or rec.where))}</h1>'
                f'<p class="missing">This article failed: {_esc(msg)}</p></main></div>')
        return [n, str(path or rec.where), "", "error", *blank, 0, msg], _pack(view), [], None
    problem = rec.problem
    article: Article | None = None
    if rec.doc is not None:
        try:
            article = Article.model_validate(rec.doc)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            problem = f"not an article_extract output ({where}: {first['msg']})"
    if article is None:
        why = problem or "unreadable"
        view = (f'<div class="layout"><main><h1>{_esc(rec.where)}</h1>'
                f'<p class="missing">{_esc(rec.where)}: {_esc(why)}</p></main></div>')
        return [n, rec.where, "", "unreadable", *blank, 0, why], _pack(view), [], problem
    text, note = _text_for(article, bases)
    try:
        fragment, cats = evidence_view(article, text, include_json=False, note=note)
    except ValueError:  # source.text present but its offsets do not match: say so
        fragment, cats = evidence_view(
            article, None, include_json=False,
            note="the evidence offsets do not match source.text: this output was edited")
    facts = facts_from_output(article.model_dump(mode="json"))
    codes = " ".join(dict.fromkeys(w.code for w in article.warnings))
    row = [n, article.source.path or rec.where, article.work.title or "", article.work.kind or "",
           *(len(facts[c]) for c in COUNTED), len(article.warnings), codes]
    return row, _pack(fragment), cats, None


def _script_json(obj: Any) -> str:
    """JSON that cannot end its <script> element early."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _columns_css() -> str:
    # rem, not em: the header's smaller font must not shift its columns off the rows'
    widths = ["3.5rem", "18rem", "20rem", "4.5rem", *("4.6rem" for _ in COUNTED), "5rem"]
    return f'.grid {{ --cols: {" ".join(widths)}; }}\n'


def write_report(inputs: Path, out: IO[str], spool: IO[str], *, title: str | None = None,
                 say: Any = None) -> tuple[int, int]:
    """Write the report for every record under `inputs` to `out`; (articles, unreadable)."""
    bases = [inputs if inputs.is_dir() else inputs.parent]
    index: list[list[Any]] = []
    categories: set[str] = set()
    problems = 0
    spool.write("[")
    for n, rec in enumerate(records(inputs)):
        row, view, cats, problem = _row(n, rec, bases)
        if problem is not None:
            problems += 1
            if say is not None:
                say(f"{PROG}: {rec.where}: {problem}")
        spool.write(("," if n else "") + json.dumps(view))
        index.append(row)
        categories.update(cats)
    spool.write("]")
    spool.seek(0)
    name = title or f"{len(index)} article{'s' if len(index) != 1 else ''} from {inputs}"
    style = css(category_order(categories)) + VIEW_CSS + _columns_css()
    policy = csp([style], [EVIDENCE_JS, VIEW_JS])
    import html

    out.write(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{html.escape(policy)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{_esc(name)}</title>\n<style>{style}</style>\n</head>\n<body class=\"report\">\n"
        "<div id=\"list-view\">\n<header><h1>" + _esc(name) + "</h1>\n"
        "<input type=\"search\" id=\"q\" placeholder=\"search title, source, kind, warning\" "
        "aria-label=\"search the articles\" autocomplete=\"off\">\n"
        "<span id=\"shown\" aria-live=\"polite\"></span></header>\n"
        "<div id=\"rows\" tabindex=\"-1\"><div id=\"thead\" class=\"thead grid\" role=\"row\">"
        "</div>\n<div id=\"spacer\"></div></div>\n</div>\n"
        "<div id=\"article-view\" hidden>\n<nav><a href=\"#\" id=\"back\">&larr; all articles"
        "</a> &middot; <span id=\"pos\"></span></nav>\n<div id=\"article\"></div>\n</div>\n"
        f"<script type=\"application/json\" id=\"columns\">{_script_json(['#', *COLUMNS])}"
        "</script>\n"
        f"<script type=\"application/json\" id=\"index\">{_script_json(index)}</script>\n"
        "<script type=\"application/json\" id=\"data\">")
    while chunk := spool.read(1 << 20):
        out.write(chunk)
    out.write(f"</script>\n<script>{EVIDENCE_JS}</script>\n<script>{VIEW_JS}</script>\n"
              "</body>\n</html>\n")
    return len(index), problems


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{PROG}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description=(
        "One self-contained HTML page (no network) to browse many outputs: a sortable, "
        "searchable list of the articles with their main title, facts per category and "
        "warnings; a click opens an article's evidence view. Exit 0: written, 1: written but "
        "some records could not be read, 2: usage or input error."))
    p.add_argument("input", type=Path, help="a JSONL file of outputs, a folder of *.json "
                                            "outputs, or one output .json file")
    p.add_argument("-o", "--output", type=Path,
                   help="write the page here (atomically) instead of stdout")
    p.add_argument("--title", help="the page's heading (default: the count and the input)")
    return p


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.input.exists():
        _say(f"{PROG}: {args.input}: no such file or folder")
        return EXIT_USAGE
    target: Path | None = args.output
    if target is not None and target.is_dir():
        _say(f"{PROG}: {target}: is a directory, expected a file")
        return EXIT_USAGE
    tmp: str | None = None
    try:
        with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
            if target is None:  # UTF-8 whatever the locale says, as the other commands write
                out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
                _, problems = write_report(args.input, out, spool, title=args.title, say=_say)
                out.flush()
                out.detach()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                           dir=target.parent)
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                    _, problems = write_report(args.input, fh, spool, title=args.title, say=_say)
                os.chmod(tmp, 0o644)
                os.replace(tmp, target)
                tmp = None
    except InputError as exc:
        _say(f"{PROG}: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) else (target or "output")
        _say(f"{PROG}: {where}: {(exc.strerror or str(exc)).lower()}")
        return EXIT_USAGE
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return EXIT_PARTIAL if problems else EXIT_OK


__all__ = ["COLUMNS", "build_parser", "main", "records", "write_report"]
