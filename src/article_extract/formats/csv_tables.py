"""`--format csv --table tracks|cast|dates`: flat tables for spreadsheets.

One header row, one row per item in the contract's order, RFC 4180 quoting (the csv module,
CRLF line ends), `None` as an empty cell, lists joined with "; ", booleans as true/false.
Every row keeps its evidence offsets so a spreadsheet user can find the quote in the input.
Cells are written verbatim: a value that starts with "=", "+", "-" or "@" is not neutralised,
because the table must round-trip the extracted text exactly."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence

from ..models import Article

Cell = str | int | float | bool | None

TRACKS_HEADER = ("disc", "disc_label", "position", "title", "performers", "declared_count",
                 "complete", "evidence_start", "evidence_end", "evidence_text")
CAST_HEADER = ("name", "known_for", "rule", "evidence_start", "evidence_end", "evidence_text")
DATES_HEADER = ("text", "value", "start", "end", "precision", "event", "year_source", "rule",
                "evidence_start", "evidence_end")


def _tracks(a: Article) -> Iterable[Sequence[Cell]]:
    for tl in a.soundtrack.tracklists:
        for t in tl.tracks:
            yield (tl.disc, tl.label, t.position, t.title, "; ".join(t.performers),
                   tl.declared_count, tl.complete, t.evidence.start, t.evidence.end,
                   t.evidence.text)


def _cast(a: Article) -> Iterable[Sequence[Cell]]:
    for c in a.work.cast:
        yield (c.name, "; ".join(c.known_for), c.rule, c.evidence.start, c.evidence.end,
               c.evidence.text)


def _dates(a: Article) -> Iterable[Sequence[Cell]]:
    for d in a.dates:
        yield (d.text, d.value, d.start, d.end, d.precision, d.event, d.year_source, d.rule,
               d.evidence.start, d.evidence.end)


TABLES: dict[str, tuple[Sequence[str], Callable[[Article], Iterable[Sequence[Cell]]]]] = {
    "tracks": (TRACKS_HEADER, _tracks),
    "cast": (CAST_HEADER, _cast),
    "dates": (DATES_HEADER, _dates),
}


def _cell(v: Cell) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def to_csv(article: Article, table: str) -> str:
    """The table as CSV text; ValueError for an unknown table name."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
    header, rows = TABLES[table]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(header)
    for row in rows(article):
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue()
