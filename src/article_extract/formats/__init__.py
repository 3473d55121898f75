"""Output formats other than the contract's JSON: schema.org JSON-LD for knowledge-graph tools,
a self-contained HTML evidence page for people, and flat CSV tables for spreadsheets.

Each renderer takes the validated `Article` (never the raw text alone), so every format states
the same facts as the JSON; `text` is the decoded input the evidence offsets point into."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names below are cheap to import: the CLI builds --help from them
    from ..models import Article

FORMATS = ("json", "jsonld", "html", "csv")


def tables() -> tuple[str, ...]:
    """The CSV tables: the hand-made ones, then one per other fact category of the registry."""
    from .csv_tables import table_names

    return table_names()


def check_options(fmt: str, table: str | None) -> None:
    """Raise ValueError (one line, fit for a usage error) for a format/table combination that
    cannot be rendered; cheap, so a CLI can call it before loading the model."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "csv":
        names = tables()
        if table is None:
            raise ValueError(f"--format csv needs --table ({', '.join(names[:-1])} or "
                             f"{names[-1]})")
        if table not in names:
            raise ValueError(f"unknown table {table!r} (choose from {', '.join(names)})")
    elif table is not None:
        raise ValueError("--table only applies to --format csv")


def render(article: Article, fmt: str, *, text: str, table: str | None = None) -> str:
    """Render `article` as `fmt` ("json", "jsonld", "html", or "csv" with `table`)."""
    check_options(fmt, table)
    if fmt == "json":
        from ..emit import to_json

        return to_json(article)
    if fmt == "jsonld":
        from .jsonld import to_jsonld

        return to_jsonld(article)
    if fmt == "html":
        from .html_page import to_html

        return to_html(article, text)
    from .csv_tables import to_csv

    assert table is not None  # check_options guarantees it
    return to_csv(article, table)


__all__ = ["FORMATS", "check_options", "render", "tables"]
