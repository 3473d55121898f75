"""`--format html`: the evidence page. The markup rules are checked on small made-up articles;
the seed's page is opened in headless Chromium (Debian's package), which must show every
evidence span highlighted, the input text exactly, the warnings where they point, and the
normalized value of a focused highlight; a screenshot is saved to output/evidence_page.png."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from article_extract.formats import render
from article_extract.formats.html_page import to_html
from article_extract.models import Article, Evidence
from tests.conftest import evidence_spans

CHROMIUM = Path("/usr/bin/chromium")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed (apt-get install -y chromium), so the evidence "
           "page cannot be opened in a browser here")


class Page(HTMLParser):
    """What a reader of the page gets: the text of each highlight (all its fragments), the
    page's article text, the attributes of each highlight, and the flags in document order
    with the highlight each one follows."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.spans: dict[str, str] = {}
        self.fragments: dict[str, int] = {}
        self.first: dict[str, dict[str, str]] = {}
        self.text = ""
        self.flags: list[tuple[str, str | None]] = []
        self.events: list[str] = []
        self.last_closed: str | None = None
        self.root: dict[str, str] = {}
        self.inspector = ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.root = a
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if "data-span" in a:
            key = a["data-span"]
            self.spans.setdefault(key, "")
            self.fragments[key] = self.fragments.get(key, 0) + 1
            if "data-cont" not in a:
                self.first[key] = a
            self.events.append(("+" if "data-cont" not in a else "~") + key)
        if "data-warning" in a:
            self.flags.append((a["data-warning"], self.last_closed))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            t, a = self.stack.pop()
            if "data-span" in a:
                self.last_closed = a["data-span"]
                self.events.append("-")
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        ids = [a.get("id") for _, a in self.stack]
        if "text" in ids:
            self.text += data
            self.events.append(data)
        if "inspector" in ids:
            self.inspector += data
        for _, a in self.stack:
            if "data-span" in a:
                self.spans[a["data-span"]] += data




def _article(text: str, **parts: Any) -> Article:
    """A minimal valid Article about `text`, with the given parts replaced."""
    data: dict[str, Any] = {
        "meta": {"tool_version": "0.1.0", "model": "m", "model_version": "1"},
        "source": {"path": None, "sha256": "0" * 64, "chars": len(text)},
        "work": {"title": None, "evidence": None, "rule": None, "kind": None, "platforms": [],
                 "episodes": None, "budget": None, "filming_locations": [], "cast": []},
        "dates": [], "money": [],
        "soundtrack": {"album_title": None, "release_date": None, "artists": [], "songs": [],
                       "tracklists": []},
        "warnings": []}
    for key, value in parts.items():
        if key in ("title", "evidence", "cast"):
            data["work"][key] = value
        elif key == "artists":
            data["soundtrack"][key] = value
        else:
            data[key] = value
    return Article.model_validate(data)


def _ev(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _date(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text[start:end], "value": "2024", "start": "2024", "end": None,
            "precision": "year", "event": None, "year_source": "stated",
            "evidence": _ev(text, start, end), "rule": "dates.t"}


# ------------------------------------------------------------------ markup, without a browser

def test_nested_and_crossing_spans_are_well_nested_and_deterministic() -> None:
    text = "abcdefghij"
    article = _article(
        text,
        cast=[{"name": "abcdef", "known_for": [], "evidence": _ev(text, 0, 6), "rule": "c.t"}],
        dates=[_date(text, 3, 9)],
        artists=[{"name": "e", "group": None, "evidence": _ev(text, 4, 5), "rule": "a.t"}])
    page = Page(to_html(article, text))
    # 3-9 crosses 0-6: it is closed at 6 and continued in a second element
    assert page.events == ["+0-6", "abc", "+3-9", "d", "+4-5", "e", "-", "f", "-", "-", "~3-9",
                           "ghi", "-", "j"]
    assert page.spans == {"0-6": "abcdef", "3-9": "defghi", "4-5": "e"}
    assert page.fragments == {"0-6": 1, "3-9": 2, "4-5": 1}
    assert page.text == text
    assert to_html(article, text) == to_html(article, text)


def test_one_element_per_span_with_every_fact_that_cites_it() -> None:
    text = "It cost over $5 million."
    money = {"text": "over $5 million", "amount": 5000000, "currency": "USD",
             "qualifier": "over", "evidence": _ev(text, 8, 23), "rule": "money.symbol"}
    article = _article(text, money=[money], warnings=[
        {"code": "budget_conflict", "message": "two budgets", "evidence": [_ev(text, 8, 23)]}])
    page = Page(to_html(article, text))
    assert page.fragments == {"8-23": 1}
    mark = page.first["8-23"]
    assert mark["title"] == ("money: over 5,000,000 USD\n"
                             "warning W1 (budget_conflict): two budgets")
    assert mark["class"] == "hl cat-money warn"
    assert mark["data-cats"] == "money warning"
    assert mark["tabindex"] == "0"
    assert mark["aria-label"] == ("over $5 million: money: over 5,000,000 USD; "
                                  "warning W1 (budget_conflict): two budgets")
    assert page.flags == [("W1", "8-23")]


def test_everything_is_escaped() -> None:
    text = 'The <script>alert("x")</script> & "Q" <b>show</b>\r\nends'
    title = '<script>alert("x")</script>'
    article = _article(text, title=title, evidence=_ev(text, 4, 4 + len(title)))
    html = to_html(article, text)
    assert html.count("<script") == 1  # the page's own script only
    assert "<b>" not in html
    assert '<title>Evidence: &lt;script&gt;alert("x")&lt;/script&gt;</title>' in html
    assert 'title="work title: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"' in html
    assert "&#13;" in html  # a CR survives HTML's newline normalisation
    page = Page(html)
    assert page.text == text
    assert page.spans == {f"4-{4 + len(title)}": title}
    assert page.first[f"4-{4 + len(title)}"]["title"] == f"work title: {title}"


def test_evidence_must_match_the_text(seed: dict[str, Any], seed_text: str) -> None:
    with pytest.raises(ValueError, match="does not match the text"):
        to_html(Article.model_validate(seed), seed_text[1:])


def test_no_external_resources(seed: dict[str, Any], seed_text: str) -> None:
    html = render(Article.model_validate(seed), "html", text=seed_text)
    assert 'http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;' in html
    for attr in ("src=", "href=", "@import", "url("):
        assert all(h.startswith('href="#') for h in _occurrences(html, attr)), attr


def _occurrences(html: str, needle: str) -> list[str]:
    out, i = [], html.find(needle)
    while i >= 0:
        out.append(html[i : i + 8])
        i = html.find(needle, i + 1)
    return out


# ------------------------------------------------------------------ the seed, in Chromium

def _chromium(profile: Path, *args: str) -> str:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=True).stdout


@pytest.fixture(scope="module")
def page_file(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("page") / "seed.html"
    subprocess.run([sys.executable, "-m", "article_extract", "corpus/article.txt", "--format",
                    "html", "-o", str(out)], cwd=root, check=True)
    return out


@pytest.fixture(scope="module")
def dom(page_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Page:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    html = _chromium(tmp_path_factory.mktemp("profile"), "--dump-dom", page_file.as_uri())
    return Page(html)


@needs_chromium
def test_every_evidence_span_is_highlighted(dom: Page, seed: dict[str, Any],
                                            seed_text: str) -> None:
    expected = {f"{e['start']}-{e['end']}": e["text"] for e in evidence_spans(seed)
                if e["end"] > e["start"]}
    assert len(expected) == 79
    assert len(list(evidence_spans(seed))) == 83  # 4 quotes are cited by two facts each
    assert dom.spans == expected
    for key, quote in dom.spans.items():
        start, end = map(int, key.split("-"))
        assert seed_text[start:end] == quote
    assert set(dom.first) == set(expected)  # each span has exactly one first element
    assert all(n == 1 for n in dom.fragments.values())  # the seed's spans nest; none cross


@needs_chromium
def test_the_page_shows_the_input_exactly(dom: Page, seed_text: str) -> None:
    assert dom.text == seed_text


@needs_chromium
def test_highlights_carry_their_normalized_values(dom: Page) -> None:
    budget = dom.first["204-220"]
    assert budget["title"] == "budget: over 48,000,000 USD\nmoney: over 48,000,000 USD"
    assert budget["aria-label"] == ("over $48 million: budget: over 48,000,000 USD; "
                                    "money: over 48,000,000 USD")
    assert dom.first["519-549"]["title"] == (
        "date: 2024-03-09/2024-04-28 (aired, day precision, year stated)")
    assert dom.first["2193-2201"]["title"] == "date: 2024-04-30 (release, day precision, year " \
                                              "context)"
    assert dom.first["2742-2750"]["title"] == "disc 1, track 13: Way Home"
    assert dom.first["1573-1581"]["title"] == "song: Way Home by Kim Soo-hyun"
    assert dom.first["987-997"]["title"] == "artist: Kim Taerae of ZEROBASEONE"
    assert dom.first["1469-1477"]["class"] == "hl cat-known_for"
    assert all(a["tabindex"] == "0" and a["role"] == "note" and a["aria-label"]
               for a in dom.first.values())
    cats = {key: a["class"].split()[1] for key, a in dom.first.items()}
    assert sorted(set(cats.values())) == [
        "cat-artist", "cat-cast", "cat-count", "cat-date", "cat-episodes", "cat-known_for",
        "cat-location", "cat-money", "cat-platform", "cat-song", "cat-title", "cat-track",
        "cat-tracklist", "cat-warning"]


@needs_chromium
def test_warnings_are_flagged_where_they_point(dom: Page) -> None:
    # W1 count_conflict (14, 12), W2 truncated_fragment, W3 duplicate_track (positions 1, 14)
    assert dom.flags == [("W1", "1849-1851"), ("W1", "2218-2220"), ("W2", "2144-2233"),
                         ("W3", "2521-2539"), ("W3", "2752-2770")]
    assert "warn" in dom.first["1849-1851"]["class"].split()
    assert dom.first["2144-2233"]["class"] == "hl cat-warning warn"


@needs_chromium
def test_the_script_runs_under_the_page_policy(dom: Page) -> None:
    # the inline script is allowed by its hash only; it marks the page when it has run
    assert dom.root.get("data-ready") == "1"


@needs_chromium
def test_focusing_a_highlight_shows_its_value(page_file: Path,
                                              tmp_path_factory: pytest.TempPathFactory) -> None:
    html = _chromium(tmp_path_factory.mktemp("profile"), "--dump-dom",
                     page_file.as_uri() + "#s-204-220")
    assert Page(html).inspector == "budget: over 48,000,000 USD\nmoney: over 48,000,000 USD"


@needs_chromium
def test_screenshot(root: Path, page_file: Path,
                    tmp_path_factory: pytest.TempPathFactory) -> None:
    shot = root / "output" / "evidence_page.png"
    shot.parent.mkdir(exist_ok=True)
    shot.unlink(missing_ok=True)
    _chromium(tmp_path_factory.mktemp("profile"), "--hide-scrollbars", "--window-size=1400,1000",
              f"--screenshot={shot}", page_file.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 1000)
    assert len(data) > 50_000  # a rendered page, not a blank one


def test_cli_page_is_what_render_returns(page_file: Path, seed: dict[str, Any],
                                         seed_text: str) -> None:
    assert page_file.read_text("utf-8") == render(Article.model_validate(seed), "html",
                                                  text=seed_text)


# ------------------------------------------------------------------ legend and panel


def _legend(html: str) -> list[str]:
    return [chunk.split('"', 1)[0] for chunk in html.split('data-cat="')[1:]]


def test_the_legend_lists_only_the_categories_present() -> None:
    text = "Kim Ji-won stars."
    article = _article(text, cast=[{"name": "Kim Ji-won", "known_for": [],
                                    "evidence": _ev(text, 0, 10), "rule": "c.t"}])
    html = to_html(article, text)
    assert _legend(html) == ["cast"]
    assert ('<button type="button" class="cat-cast" data-cat="cast" data-class="cat-cast" '
            'aria-pressed="true" title="show or hide the cast highlights">cast '
            '<span class="n">1</span></button>') in html


def test_an_album_page_shows_no_missing_platforms_or_episodes() -> None:
    text = "Blue Hour is an album."
    article = _article(text, title="Blue Hour", evidence=_ev(text, 0, 9))
    article.work.kind = "album"
    panel = to_html(article, text)
    assert "<dt>platforms</dt>" not in panel and "<dt>episodes</dt>" not in panel
    assert "<h2>Soundtrack</h2>" not in panel  # nothing to show: no empty section
    article.work.kind = "series"
    series = to_html(article, text)
    assert '<dt>episodes</dt><dd><span class="muted">unknown</span></dd>' in series
    assert '<dt>platforms</dt><dd><span class="muted">none</span></dd>' in series


def test_a_film_page_has_no_empty_album_row() -> None:
    text = "Iron Harbor is a film."
    article = _article(text, title="Iron Harbor", evidence=_ev(text, 0, 11))
    article.work.kind = "film"
    html = to_html(article, text)
    assert "<dt>album</dt>" not in html and "Soundtrack" not in html


def test_a_category_the_page_does_not_know_gets_a_colour_legend_and_section() -> None:
    """A list the contract gains later (work.directors) needs no change here."""
    from article_extract.models import Work

    class Director(BaseModel):
        name: str
        evidence: Evidence
        rule: str

    class WorkWithDirectors(Work):
        directors: list[Director]

    class ArticleWithDirectors(Article):
        work: WorkWithDirectors

    text = "Directed by Ana Reyes."
    base = _article(text).model_dump(mode="json")
    base["work"]["directors"] = [{"name": "Ana Reyes", "evidence": _ev(text, 12, 21),
                                  "rule": "directors.by"}]
    html = to_html(ArticleWithDirectors.model_validate(base), text)
    assert _legend(html) == ["directors"]
    page = Page(html)
    assert page.spans == {"12-21": "Ana Reyes"}
    assert page.first["12-21"]["title"] == "directors: Ana Reyes"
    assert page.first["12-21"]["class"] == "hl cat-directors"
    assert ".cat-directors { background: hsl(" in html
    assert '<h2>Directors (1)</h2><ul><li><a href="#s-12-21">Ana Reyes</a></li></ul>' in html
