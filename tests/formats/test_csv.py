"""`--format csv --table tracks|cast|dates`: flat, deterministic tables of the seed's facts."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from article_extract.formats import check_options, render
from article_extract.models import Article


@pytest.fixture(scope="module")
def tables(root: Path) -> dict[str, bytes]:
    """Each table as the CLI writes it (one run per table)."""
    return {table: subprocess.run(
        [sys.executable, "-m", "article_extract", "corpus/article.txt", "--format", "csv",
         "--table", table], cwd=root, capture_output=True, check=True).stdout
        for table in ("tracks", "cast", "dates", "money", "songs", "artists")}


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def test_cast_table(tables: dict[str, bytes]) -> None:
    assert _rows(tables["cast"]) == [
        ["name", "known_for", "rule", "evidence_start", "evidence_end", "evidence_text"],
        ["Kim Soo-hyun", "It's Okay To Not Be Okay", "cast.starring", "24", "36", "Kim Soo-hyun"],
        ["Kim Ji-won", "My Liberation Notes", "cast.starring", "41", "51", "Kim Ji-won"],
        ["Park Sung-hoon", "The Glory", "cast.starring", "1411", "1425", "Park Sung-hoon"],
        ["Kwak Dong-yeon", "Vincenzo", "cast.starring", "1450", "1464", "Kwak Dong-yeon"],
        ["Lee Joo-bin", "Love To Hate You", "cast.starring", "1489", "1500", "Lee Joo-bin"],
    ]


def test_dates_table_with_empty_cells_for_none(tables: dict[str, bytes]) -> None:
    assert _rows(tables["dates"]) == [
        ["text", "value", "start", "end", "precision", "event", "year_source", "rule",
         "evidence_start", "evidence_end"],
        ["March 9, 2024", "2024-03-09", "2024-03-09", "", "day", "release", "stated",
         "dates.month_day_year", "104", "117"],
        ["June 3, 2024", "2024-06-03", "2024-06-03", "", "day", "reported", "stated",
         "dates.month_day_year", "391", "403"],
        ["from March 9 to April 28, 2024", "2024-03-09/2024-04-28", "2024-03-09", "2024-04-28",
         "day", "aired", "stated", "dates.range_shared_year", "519", "549"],
        ["April 30, 2024", "2024-04-30", "2024-04-30", "", "day", "release", "stated",
         "dates.month_day_year", "1062", "1076"],
        ["2013", "2013", "2013", "", "year", "release", "stated", "dates.year_cued", "1783",
         "1787"],
        ["April 2024", "2024-04", "2024-04", "", "month", "release", "stated",
         "dates.month_year", "1950", "1960"],
        ["April 30", "2024-04-30", "2024-04-30", "", "day", "release", "context",
         "dates.month_day", "2193", "2201"],
    ]


def test_tracks_table(tables: dict[str, bytes], seed: dict[str, Any]) -> None:
    raw = tables["tracks"]
    assert raw.startswith(b"disc,disc_label,position,title,performers,declared_count,complete,"
                          b"evidence_start,evidence_end,evidence_text\r\n")
    assert raw.count(b"\r\n") == 34 and raw.endswith(b"\r\n")  # header + 14 + 19 rows, CRLF
    rows = _rows(raw)
    assert rows[1] == ["1", "CD1", "1", "In a Beautiful Way", "", "14", "true", "2521", "2539",
                       "In a Beautiful Way"]
    assert rows[14] == ["1", "CD1", "14", "In a Beautiful Way", "", "14", "true", "2752", "2770",
                        "In a Beautiful Way"]
    assert rows[16] == ["2", "CD2", "2", "Love, Love, Love", "", "40", "false", "2832", "2848",
                        "Love, Love, Love"]
    assert b'"Love, Love, Love"' in raw  # a comma in a title is quoted, not a new column
    assert rows[-1] == ["2", "CD2", "19", "Sorry and Thank You", "", "40", "false", "3128",
                        "3147", "Sorry and Thank You"]
    expected = [(tl["disc"], t["position"], t["title"])
                for tl in seed["soundtrack"]["tracklists"] for t in tl["tracks"]]
    assert [(int(r[0]), int(r[2]), r[3]) for r in rows[1:]] == expected


def test_lists_none_and_quotes(seed: dict[str, Any]) -> None:
    data = json.loads(json.dumps(seed))
    tl = data["soundtrack"]["tracklists"][0]
    tl["label"] = None
    tl["declared_count"] = None
    tl["tracks"][0]["performers"] = ["Kim Soo-hyun", 'Heize "H"']
    rows = _rows(render(Article.model_validate(data), "csv", text="",
                        table="tracks").encode("utf-8"))
    assert rows[1] == ["1", "", "1", "In a Beautiful Way", 'Kim Soo-hyun; Heize "H"', "", "true",
                       "2521", "2539", "In a Beautiful Way"]


def test_cli_writes_what_render_returns(tables: dict[str, bytes], seed: dict[str, Any]) -> None:
    article = Article.model_validate(seed)
    for table in ("tracks", "cast", "dates", "money", "songs", "artists"):
        assert tables[table] == render(article, "csv", text="", table=table).encode("utf-8")


# the hand-made tables, then one per other category of the extractor registry
TABLE_NAMES = ("tracks, cast, dates, money, songs, artists, budget, known_for, directors, groups, "
               "tracklists, episodes, platforms")


@pytest.mark.parametrize(("fmt", "table", "message"), [
    ("csv", None, f"--format csv needs --table ({TABLE_NAMES} or filming)"),
    ("csv", "genres", f"unknown table 'genres' (choose from {TABLE_NAMES}, filming)"),
    ("html", "tracks", "--table only applies to --format csv"),
    ("json", "cast", "--table only applies to --format csv"),
    ("xml", None, "unknown format 'xml' (choose from json, jsonld, html, csv)"),
])
def test_usage_errors_are_one_line_value_errors(seed: dict[str, Any], fmt: str,
                                                table: str | None, message: str) -> None:
    with pytest.raises(ValueError) as info:
        check_options(fmt, table)
    assert str(info.value) == message
    with pytest.raises(ValueError) as again:
        render(Article.model_validate(seed), fmt, text="", table=table)
    assert str(again.value) == message


def test_money_songs_and_artists_tables(tables: dict[str, bytes]) -> None:
    assert _rows(tables["money"]) == [
        ["text", "amount", "currency", "qualifier", "budget", "rule", "evidence_start",
         "evidence_end"],
        ["over $48 million", "48000000", "USD", "over", "true", "money.symbol", "204", "220"]]
    assert _rows(tables["songs"]) == [
        ["title", "performers", "rule", "evidence_start", "evidence_end", "evidence_text"],
        ["Way Home", "Kim Soo-hyun", "songs.sang_title", "1573", "1581", "Way Home"]]
    artists = _rows(tables["artists"])
    assert artists[0] == ["name", "group", "rule", "evidence_start", "evidence_end",
                          "evidence_text"]
    assert [(r[0], r[1]) for r in artists[1:]] == [
        ("Kim Soo-hyun", ""), ("Heize", ""), ("Hong Isaac", ""), ("Paul Kim", ""),
        ("Kim Nayoung", ""), ("So Soo-bin", ""), ("Choi Yuri", ""), ("Dori", ""),
        ("Kim Taerae", "ZEROBASEONE"), ("Crush", ""), ("10CM", "")]


def _cli(root: Path, *args: str) -> bytes:
    return subprocess.run([sys.executable, "-m", "article_extract", *args, "-q"], cwd=root,
                          capture_output=True, check=True).stdout


def test_one_table_across_a_batch_with_the_source_first(root: Path,
                                                         tables: dict[str, bytes]) -> None:
    both = ["corpus/article.txt", "corpus/b08_low_tide_ost.txt"]
    data = _cli(root, *both, "--format", "csv", "--table", "songs", "--jsonl")
    rows = _rows(data)
    assert rows[0] == ["source", "title", "performers", "rule", "evidence_start",
                       "evidence_end", "evidence_text"]
    assert rows[1] == ["corpus/article.txt", "Way Home", "Kim Soo-hyun", "songs.sang_title",
                       "1573", "1581", "Way Home"]
    assert {r[0] for r in rows[2:]} == {"corpus/b08_low_tide_ost.txt"}
    assert rows[2][:3] == ["corpus/b08_low_tide_ost.txt", "Low Tide", "Minho"]
    # the same table without --jsonl: a batch with --format csv is one table
    assert _cli(root, *both, "--format", "csv", "--table", "songs") == data
    seed_rows = _rows(tables["songs"])[1:]
    assert [r[1:] for r in rows[1:2]] == seed_rows


def test_a_folder_is_one_table(root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    seed = (root / "corpus" / "article.txt").read_bytes()
    (folder / "b.txt").write_bytes(seed)
    (folder / "sub" / "a.txt").write_bytes(seed)
    out = tmp_path / "money.csv"
    subprocess.run([sys.executable, "-m", "article_extract", str(folder), "--format", "csv",
                    "--table", "money", "-o", str(out), "-q"], check=True)
    assert _rows(out.read_bytes()) == [
        ["source", "text", "amount", "currency", "qualifier", "budget", "rule",
         "evidence_start", "evidence_end"],
        [str(folder / "b.txt"), "over $48 million", "48000000", "USD", "over", "true",
         "money.symbol", "204", "220"],
        [str(folder / "sub" / "a.txt"), "over $48 million", "48000000", "USD", "over", "true",
         "money.symbol", "204", "220"]]


def test_a_registry_category_has_a_table_with_no_code_of_its_own(root: Path) -> None:
    """directors has no hand-made table: its fields, rule and evidence come from the registry."""
    from article_extract import extract
    from article_extract.formats import render

    text = (root / "tests" / "data" / "diff" / "harbor_lights.txt").read_text("utf-8")
    assert render(extract(text), "csv", text=text, table="directors").splitlines() == [
        "name,rule,evidence_start,evidence_end,evidence_text",
        "Min Jae-won,directors.directed_by,375,386,Min Jae-won"]
