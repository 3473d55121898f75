"""`--format csv --table NAME`: flat tables for spreadsheets (tracks, cast, dates, money, songs,
artists, and one per other fact category of the registry: directors, platforms, ...).

One header row, one row per item in the contract's order, RFC 4180 quoting (the csv module,
CRLF line ends), `None` as an empty cell, lists joined with "; ", booleans as true/false.
Every row keeps its evidence offsets so a spreadsheet user can find the quote in the input.
Cells are written verbatim: a value that starts with "=", "+", "-" or "@" is not neutralised,
because the table must round-trip the extracted text exactly."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence

from ..contract import categories
from ..models import Article

Cell = str | int | float | bool | None

TRACKS_HEADER = ("disc", "disc_label", "position", "title", "performers", "declared_count",
                 "complete", "evidence_start", "evidence_end", "evidence_text")
CAST_HEADER = ("name", "known_for", "rule", "evidence_start", "evidence_end", "evidence_text")
DATES_HEADER = ("text", "value", "start", "end", "precision", "event", "year_source", "rule",
                "evidence_start", "evidence_end")
MONEY_HEADER = ("text", "amount", "currency", "qualifier", "budget", "rule", "evidence_start",
                "evidence_end")
SONGS_HEADER = ("title", "performers", "rule", "evidence_start", "evidence_end", "evidence_text")
ARTISTS_HEADER = ("name", "group", "rule", "evidence_start", "evidence_end", "evidence_text")


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


def _money(a: Article) -> Iterable[Sequence[Cell]]:
    budget = a.work.budget
    for m in a.money:
        is_budget = budget is not None and (budget.evidence.start, budget.evidence.end) == (
            m.evidence.start, m.evidence.end)
        yield (m.text, m.amount, m.currency, m.qualifier, is_budget, m.rule, m.evidence.start,
               m.evidence.end)


def _songs(a: Article) -> Iterable[Sequence[Cell]]:
    for s in a.soundtrack.songs:
        yield (s.title, "; ".join(s.performers), s.rule, s.evidence.start, s.evidence.end,
               s.evidence.text)


def _artists(a: Article) -> Iterable[Sequence[Cell]]:
    for x in a.soundtrack.artists:
        yield (x.name, x.group, x.rule, x.evidence.start, x.evidence.end, x.evidence.text)


TABLES: dict[str, tuple[Sequence[str], Callable[[Article], Iterable[Sequence[Cell]]]]] = {
    "tracks": (TRACKS_HEADER, _tracks),
    "cast": (CAST_HEADER, _cast),
    "dates": (DATES_HEADER, _dates),
    "money": (MONEY_HEADER, _money),
    "songs": (SONGS_HEADER, _songs),
    "artists": (ARTISTS_HEADER, _artists),
}


def _cell(v: Cell) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


Table = tuple[Sequence[str], Callable[[Article], Iterable[Sequence[Cell]]]]


def _as_written(value: object) -> object:
    return value


def _category_table(name: str) -> Table | None:
    """A registry category without a hand-made table: its fact fields, then where each fact's
    evidence is and which rule gave it (so a new category has a table with no code here)."""
    category = next((c for c in categories() if c.name == name), None)
    if category is None:
        return None

    def rows(a: Article) -> Iterable[Sequence[Cell]]:
        for fact, ev, rule in category.evidenced(a.model_dump(mode="json"), _as_written):
            yield (*fact, rule, ev["start"] if ev else None, ev["end"] if ev else None,
                   ev["text"] if ev else None)

    return (*category.fields, "rule", "evidence_start", "evidence_end", "evidence_text"), rows


def table_names() -> tuple[str, ...]:
    return (*TABLES, *(c.name for c in categories() if c.name not in TABLES
                       and c.name not in ("main_work", "kind")))


def _table(table: str) -> Table:
    found = TABLES.get(table) or (_category_table(table) if table in table_names() else None)
    if found is None:
        raise ValueError(f"unknown table {table!r} (choose from {', '.join(table_names())})")
    return found


def to_csv(article: Article, table: str) -> str:
    """The table as CSV text; ValueError for an unknown table name."""
    header, rows = _table(table)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(header)
    for row in rows(article):
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue()


def corpus_header(table: str) -> str:
    """The header line of one table across many articles: `source` first."""
    buf = io.StringIO(newline="")
    csv.writer(buf).writerow(("source", *_table(table)[0]))
    return buf.getvalue()


def corpus_rows(article: Article, table: str, source: str | None) -> str:
    """One article's rows of a corpus table, each led by the article's source path."""
    _, rows = _table(table)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    for row in rows(article):
        writer.writerow([_cell(source), *(_cell(v) for v in row)])
    return buf.getvalue()
