"""`--html` reads a web page the way a crawler saves it: the article's main content (trafilatura),
led by the headline and the publication date from the page's metadata; related links,
comments, navigation and sidebars never reach the extractors. `--html-all` keeps the old
whole-page text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from article_extract.html import main_content, strip_html
from tests.cli_run import cli
from tests.conftest import ROOT, Run, evidence_spans

PAGE = ROOT / "tests" / "data" / "html" / "news_page.html"

BODY = (
    '"Harbor of Tomorrow" sets March premiere on Netflix\n'
    "\n"
    "Published: January 14, 2025\n"
    "\n"
    'The romance drama "Harbor of Tomorrow" will premiere on Netflix on March 8, 2025, the '
    "streaming service announced on Tuesday.\n"
    "\n"
    'Park Seo-yeon, known for "The Lighthouse Keeper", plays a ferry captain who returns to her '
    'hometown in Busan. Jung Tae-min, best known for "Midnight Pharmacy", plays the harbour '
    "master she cannot stand.\n"
    "\n"
    "The series has 12 episodes and was filmed in Busan and Jeju Island over the summer. Its "
    "production budget was reported at 18 billion won.\n"
    "\n"
    "New episodes will be released every Saturday until the finale on April 12, 2025.\n")

# What the page's related links, comments and sidebar say: facts, if they were read.
ASIDES = (
    '"Crimson Orchard" lands on Disney+ with 16 episodes on February 2, 2025.\n\n'
    'Lee Han-gyul, star of "Paper Moon", joins "Silver Tide" for $5 million.\n\n'
    'I still think Choi Woo-jin in "Blue Hour" was better. That show had 20 episodes on Viki '
    "and cost $9 million.\n\n"
    'Can\'t wait for December 25, 2025 when "Snow Letter" comes out on Disney+!\n')
ASIDE_WORDS = ("Crimson Orchard", "Disney+", "February 2", "Lee Han-gyul", "Paper Moon",
               "Silver Tide", "$5 million", "Choi Woo-jin", "Blue Hour", "Viki", "$9 million",
               "December 25", "Snow Letter", "Golden Hour Hotel", "tvN", "Kang Ji-ho",
               "Northern Lights", "dramafan88", "newsletter", "Privacy")


def test_main_content_is_headline_date_and_article_only() -> None:
    page = main_content(PAGE.read_text("utf-8"))
    assert page.text == BODY
    assert page.published == date(2025, 1, 14)


def test_the_asides_would_yield_facts_if_they_reached_the_extractors(run: Run) -> None:
    """The control for the next test: these texts are not fact-free by themselves."""
    doc = run(ASIDES)
    assert doc["work"]["platforms"] == ["Disney+"]
    assert [d["text"] for d in doc["dates"]] == ["February 2, 2025", "December 25, 2025"]
    assert [m["text"] for m in doc["money"]] == ["$5 million", "$9 million"]


def test_related_links_and_comments_yield_no_facts() -> None:
    r = cli(PAGE, "--html")
    assert (r.code, r.err) == (0, "")
    doc = r.json()
    assert doc["source"]["text"] == BODY  # included by default: the offsets point into it
    assert all(BODY[s["start"]:s["end"]] == s["text"] for s in evidence_spans(doc))
    facts_only = json.dumps({k: v for k, v in doc.items() if k != "source"},
                            ensure_ascii=False)
    assert [w for w in ASIDE_WORDS if w in facts_only or w in BODY] == []
    w = doc["work"]
    assert (w["title"], w["kind"], w["platforms"], w["episodes"]) == (
        "Harbor of Tomorrow", "series", ["Netflix"], 12)
    assert w["filming_locations"] == ["Busan", "Jeju Island"]
    assert [(c["name"], c["known_for"]) for c in w["cast"]] == [
        ("Park Seo-yeon", ["The Lighthouse Keeper"]), ("Jung Tae-min", ["Midnight Pharmacy"])]
    # 'announced on Tuesday' is the publication day itself (2025-01-14 was a Tuesday)
    assert [d["value"] for d in doc["dates"]] == ["2025-01-14", "2025-03-08", "2025-01-14",
                                                  "2025-04-12"]
    assert [m["text"] for m in doc["money"]] == ["reported at 18 billion won"]
    assert doc["warnings"] == []


def test_the_page_date_is_the_reference_date_and_says_so() -> None:
    doc = cli(PAGE, "--html").json()
    assert (doc["meta"]["reference_date"], doc["meta"]["reference_date_source"]) == (
        "2025-01-14", "html_metadata")
    given = cli(PAGE, "--html", "--reference-date", "2025-02-01").json()
    assert (given["meta"]["reference_date"], given["meta"]["reference_date_source"]) == (
        "2025-02-01", "option")


def test_a_page_without_a_date_has_no_publication_line() -> None:
    markup = PAGE.read_text("utf-8")
    for tag in ('<meta property="article:published_time" content="2025-01-14T09:30:00+09:00">',
                '"datePublished": "2025-01-14T09:30:00+09:00",',
                '<time datetime="2025-01-14T09:30:00+09:00">January 14, 2025</time>'):
        assert tag in markup
        markup = markup.replace(tag, "")
    page = main_content(markup)
    assert page.published is None
    assert "Published:" not in page.text
    assert page.text.startswith('"Harbor of Tomorrow" sets March premiere on Netflix\n\n'
                                "The romance drama")


def test_html_all_reads_the_whole_page(tmp_path: Path) -> None:
    r = cli(PAGE, "--html-all")
    assert (r.code, r.err) == (0, "")
    doc = r.json()
    text = strip_html(PAGE.read_text("utf-8"))
    assert doc["source"]["text"] == text
    assert "Related articles" in text and "dramafan88" in text and "Crimson Orchard" in text
    assert all(text[s["start"]:s["end"]] == s["text"] for s in evidence_spans(doc))
    assert doc["meta"]["reference_date_source"] == "dateline"


def test_html_and_html_all_exclude_each_other() -> None:
    r = cli(PAGE, "--html", "--html-all")
    assert (r.code, r.out) == (2, b"")
    assert r.err == ("article-extract: error: choose one of --html (the main content) and "
                     "--html-all (the whole page)\n")


def test_include_text(tmp_path: Path, seed_text: str) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(seed_text.encode("utf-8"))
    plain = cli(p).json()
    assert list(plain["source"]) == ["path", "sha256", "chars"]  # absent, not null
    with_text = cli(p, "--include-text").json()
    assert list(with_text["source"]) == ["path", "sha256", "chars", "text"]
    assert with_text["source"]["text"] == seed_text
    without = cli(PAGE, "--html", "--no-include-text").json()
    assert "text" not in without["source"]


def test_batch_html_keeps_each_page_date_and_text(tmp_path: Path) -> None:
    other = tmp_path / "b.html"
    other.write_text(PAGE.read_text("utf-8").replace("2025-01-14", "2025-01-20"),
                     encoding="utf-8")
    r = cli(PAGE, other, "--html", "--jsonl")
    assert r.code == 0
    lines: list[dict[str, Any]] = r.lines()
    assert [(d["meta"]["reference_date"], d["meta"]["reference_date_source"]) for d in lines] == [
        ("2025-01-14", "html_metadata"), ("2025-01-20", "html_metadata")]
    assert lines[0]["source"]["text"] == BODY
    assert lines[1]["source"]["text"] == BODY.replace("January 14", "January 20")
