"""`article-extract view`: the corpus page. Built from real outputs (the seed, an album, a film,
a failed article, an output whose text is gone), then used in headless Chromium as a person
would: the list shows every article, search filters it, a click opens the evidence view with
all its highlights, the legend hides a category; 10,000 articles keep the DOM small.
Screenshots go to output/."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from article_extract.view import COLUMNS, COUNTED
from tests.browser import Browser, needs_chromium
from tests.cli_run import cli
from tests.conftest import ROOT, evidence_spans

ARTICLES = ["corpus/article.txt", "corpus/b08_low_tide_ost.txt", "corpus/b01_iron_meridian.txt",
            "corpus/missing.txt"]
READY = "document.documentElement.getAttribute('data-view-ready') === '1'"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL run as the tool writes it (paths relative to the repository), plus an output
    whose input file has since disappeared."""
    out = tmp_path_factory.mktemp("view") / "run.jsonl"
    subprocess.run([sys.executable, "-m", "article_extract", *ARTICLES, "--jsonl", "-q", "-o",
                    str(out)], cwd=ROOT, check=False)
    lines = out.read_text("utf-8").splitlines()
    gone = json.loads(lines[0])
    gone["source"]["path"] = "corpus/was_deleted.txt"
    out.write_text("\n".join([*lines, json.dumps(gone)]) + "\n", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def report(outputs: Path) -> Path:
    page = outputs.with_name("report.html")
    r = cli("view", outputs, "-o", page, cwd=ROOT)
    assert (r.code, r.out, r.err) == (0, b"", "")
    return page


def _data(page: str, name: str) -> Any:
    tag = f'<script type="application/json" id="{name}">'
    start = page.index(tag) + len(tag)
    return json.loads(page[start:page.index("</script>", start)])


def test_the_index_has_one_row_per_record_with_counts_per_category(report: Path) -> None:
    page = report.read_text("utf-8")
    assert _data(page, "columns") == ["#", *COLUMNS]
    rows = _data(page, "index")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (0, "corpus/article.txt", "Queen of Tears", "series"),
        (1, "corpus/b08_low_tide_ost.txt", "Low Tide (Original Motion Picture Soundtrack)",
         "album"),
        (2, "corpus/b01_iron_meridian.txt", "The Iron Meridian", "film"),
        (3, "corpus/missing.txt", "", "error"),
        (4, "corpus/was_deleted.txt", "Queen of Tears", "series")]
    seed = dict(zip(COUNTED, rows[0][4:-2], strict=True))
    assert seed == {"dates": 6, "money": 1, "budget": 1, "cast": 5, "known_for": 5,
                    "directors": 0, "artists": 11, "groups": 1, "songs": 1, "tracks": 33,
                    "tracklists": 2, "episodes": 1, "platforms": 3, "filming": 2}
    assert rows[0][-2:] == [3, "count_conflict truncated_fragment duplicate_track"]
    assert rows[3][-1] == "path: corpus/missing.txt: no such file"


def test_the_page_is_self_contained_and_deterministic(report: Path, outputs: Path) -> None:
    page = report.read_text("utf-8")
    assert "content=\"default-src &#x27;none&#x27;; style-src &#x27;sha256-" in page
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    again = outputs.with_name("again.html")
    assert cli("view", outputs, "-o", again, cwd=ROOT).code == 0
    assert again.read_bytes() == report.read_bytes()


def test_errors_are_one_line(tmp_path: Path) -> None:
    r = cli("view", tmp_path / "nope.jsonl", "-o", tmp_path / "r.html")
    assert (r.code, r.err) == (2, f"article-extract view: {tmp_path / 'nope.jsonl'}: no such "
                                  "file or folder\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": {"path": "x"}}\nnot json\n', encoding="utf-8")
    r = cli("view", bad, "-o", tmp_path / "r.html")
    assert r.code == 1
    assert r.err.splitlines() == [
        f"article-extract view: {bad}:1: not an article_extract output (meta: Field required)",
        f"article-extract view: {bad}:2: invalid JSON (Expecting value, line 1 column 1)"]
    assert (tmp_path / "r.html").exists()  # written all the same, each bad record a row


def test_view_help() -> None:
    r = cli("view", "--help")
    assert r.code == 0 and r.out.decode().startswith("usage: article-extract view ")


# ------------------------------------------------------------------ in the browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    b = Browser(tmp_path_factory.mktemp("profile"))
    yield b
    b.close()


def _shot(browser: Browser, name: str) -> None:
    data = browser.screenshot(ROOT / "output" / name)
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def _rows(browser: Browser) -> list[str]:
    return browser.js("[...document.querySelectorAll('a.row')].map(a => a.children[1]"
                      ".textContent)")  # type: ignore[no-any-return]


def _search(browser: Browser, text: str) -> None:
    browser.js("(() => { const q = document.getElementById('q'); q.value = "
               f"{json.dumps(text)}; q.dispatchEvent(new Event('input')); }})()")


@needs_chromium
def test_the_list_shows_every_article_and_search_filters_it(browser: Browser,
                                                             report: Path) -> None:
    browser.open(report.as_uri(), READY)
    assert _rows(browser) == ["corpus/article.txt", "corpus/b08_low_tide_ost.txt",
                              "corpus/b01_iron_meridian.txt", "corpus/missing.txt",
                              "corpus/was_deleted.txt"]
    assert browser.js("document.getElementById('shown').textContent") == "5 of 5 shown"
    _shot(browser, "view_list.png")
    browser.type("#q", "album")
    assert _rows(browser) == ["corpus/b08_low_tide_ost.txt"]
    assert browser.js("document.getElementById('shown').textContent") == "1 of 5 shown"
    _search(browser, "duplicate_track")
    assert _rows(browser) == ["corpus/article.txt", "corpus/was_deleted.txt"]
    _search(browser, "")
    browser.click("#thead button:nth-child(3)")  # title, A to Z
    assert [r.split("/")[-1] for r in _rows(browser)] == [
        "missing.txt", "b08_low_tide_ost.txt", "article.txt", "was_deleted.txt",
        "b01_iron_meridian.txt"]
    # warnings, most first (the column is found by its place in COLUMNS, so a new category
    # column does not move the click)
    browser.click(f"#thead button:nth-child({COLUMNS.index('warnings') + 2})")
    assert _rows(browser)[:2] == ["corpus/article.txt", "corpus/was_deleted.txt"]


@needs_chromium
def test_a_click_opens_the_evidence_view_with_every_highlight(
        browser: Browser, report: Path, seed: dict[str, Any]) -> None:
    browser.open(report.as_uri(), READY)
    browser.click('a.row[data-idx="0"]')
    browser.wait("document.documentElement.getAttribute('data-article') === '0'")
    spans = browser.js("Object.fromEntries([...document.querySelectorAll('#article mark.hl')]"
                       ".filter(m => !m.dataset.cont).map(m => [m.dataset.span, "
                       "[...document.querySelectorAll(`#article mark[data-span='${m.dataset.span}"
                       "']`)].map(x => x.textContent).join('')]))")
    expected = {f"{e['start']}-{e['end']}": e["text"] for e in evidence_spans(seed)
                if e["end"] > e["start"]}
    assert spans == expected and len(spans) == 79
    assert browser.js("document.getElementById('list-view').hidden") is True
    _shot(browser, "view_article.png")
    # the legend lists the categories present and hides one on a click
    legend = browser.js("[...document.querySelectorAll('#article .legend button')]"
                        ".map(b => b.dataset.cat)")
    assert legend == ["title", "platform", "episodes", "money", "location", "cast", "known_for",
                      "date", "artist", "song", "tracklist", "count", "track", "warning"]
    off = "document.querySelectorAll('#article mark.cat-date.off').length"
    assert browser.js(off) == 0
    browser.click('#article .legend button[data-cat="date"]')
    assert browser.js(off) == 7
    assert browser.js("getComputedStyle(document.querySelector('#article mark.cat-date'))"
                      ".backgroundColor") == "rgba(0, 0, 0, 0)"
    _shot(browser, "view_article_dates_hidden.png")
    browser.click('#article .legend button[data-cat="date"]')
    assert browser.js(off) == 0
    browser.js("history.back()")
    browser.wait("document.documentElement.getAttribute('data-article') === null")
    assert len(_rows(browser)) == 5


@needs_chromium
def test_an_article_without_its_text_says_so(browser: Browser, report: Path) -> None:
    browser.open(report.as_uri() + "#a=4", "document.documentElement.getAttribute("
                                           "'data-article') === '4'")
    note = browser.js("document.querySelector('#article .missing').textContent")
    assert note == ("the input text is not at hand: corpus/was_deleted.txt is not found "
                    "(extract with --include-text to keep the text in the output)")
    assert browser.js("document.querySelectorAll('#article aside h2').length") >= 4
    browser.open(report.as_uri() + "#a=3", "document.documentElement.getAttribute("
                                           "'data-article') === '3'")
    assert browser.js("document.querySelector('#article .missing').textContent") == (
        "This article failed: path: corpus/missing.txt: no such file")


@needs_chromium
def test_album_and_film_pages_show_only_what_applies(browser: Browser, report: Path) -> None:
    browser.open(report.as_uri() + "#a=1", "document.documentElement.getAttribute("
                                           "'data-article') === '1'")
    album = browser.js("[...document.querySelectorAll('#article aside dt')].map(d => "
                       "d.textContent)")
    # no empty "episodes unknown", "budget none" or "filmed in none" rows: an album has none
    assert album == ["title", "kind", "platforms", "album", "released"]
    browser.open(report.as_uri() + "#a=2", "document.documentElement.getAttribute("
                                           "'data-article') === '2'")
    film = browser.js("[...document.querySelectorAll('#article aside dt')].map(d => "
                      "d.textContent)")
    # its songs and artists are listed, with no "album —" or "released —" for what it lacks
    assert film == ["title", "kind", "platforms", "budget", "filmed in"]
    assert browser.js("[...document.querySelectorAll('#article aside h3')].map(h => "
                      "h.textContent)") == ["Artists", "Songs"]


@needs_chromium
def test_the_evidence_view_is_readable_at_800px(browser: Browser, report: Path) -> None:
    browser.resize(800, 1000)
    try:
        browser.open(report.as_uri() + "#a=0", "document.documentElement.getAttribute("
                                               "'data-article') === '0'")
        text = browser.js("document.querySelector('#article .text').getBoundingClientRect()"
                          ".width")
        aside = browser.js("[document.querySelector('#article aside').getBoundingClientRect()"
                           ".top, document.querySelector('#article .text')"
                           ".getBoundingClientRect().bottom]")
        assert text >= 700  # the text takes the width; the panel went below it
        assert aside[0] >= aside[1]
        _shot(browser, "view_article_800px.png")
    finally:
        browser.resize(1400, 1000)


@pytest.fixture(scope="module")
def big_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10,000 outputs of a short article, text included (no file to read back)."""
    folder = tmp_path_factory.mktemp("big")
    text = ('"Harbor of Tomorrow" premieres on Netflix on March 8, 2025. The series has 12 '
            "episodes and stars Park Seo-yeon, known for \"The Lighthouse Keeper\".\n")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    doc = cli(folder / "a.txt", "--include-text").json()
    with (folder / "big.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(10_000):
            doc["source"]["path"] = f"news/{i:05d}.txt"
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    r = cli("view", folder / "big.jsonl", "-o", folder / "big.html", timeout=300)
    assert r.code == 0
    return folder / "big.html"


@needs_chromium
def test_ten_thousand_articles_keep_the_dom_small(browser: Browser, big_report: Path) -> None:
    browser.open(big_report.as_uri(), READY)
    assert browser.js("document.getElementById('shown').textContent") == "10000 of 10000 shown"
    in_dom = "document.querySelectorAll('a.row').length"
    assert browser.js(in_dom) < 80
    assert browser.js("document.querySelectorAll('mark').length") == 0
    browser.js("document.getElementById('rows').scrollTop = 30 * 7000")
    browser.wait("[...document.querySelectorAll('a.row')].some(a => a.dataset.idx === '7010')")
    assert browser.js(in_dom) < 80
    browser.type("#q", "news/0999")
    assert _rows(browser) == [f"news/0999{i}.txt" for i in range(10)]
    # the filtered list may re-render under the pointer right after typing (a busy machine):
    # a click that lands during it is lost, as a person's would be, and is given again
    opened = "document.documentElement.getAttribute('data-article') === '9995'"
    for attempt in range(3):
        browser.click('a.row[data-idx="9995"]')
        try:
            browser.wait(opened, timeout=10)
            break
        except TimeoutError:
            if attempt == 2:
                raise
    assert browser.js("document.querySelectorAll('#article mark.hl').length") == 6
    _shot(browser, "view_10000.png")
