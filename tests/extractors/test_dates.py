"""Dates: ISO values, precision, ranges, year from context or reference date, events."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import Run


def _dates(run: Run, text: str, ref: date | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(d["text"], d["value"], d["precision"]) for d in run(text, ref)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("It premiered on March 9, 2024.", [("March 9, 2024", "2024-03-09", "day")]),
    ("It premiered on 9 March 2024.", [("9 March 2024", "2024-03-09", "day")]),
    ("It premiered on Dec. 9, 2023.", [("Dec. 9, 2023", "2023-12-09", "day")]),
    ("It premiered on Sept. 14, 2023.", [("Sept. 14, 2023", "2023-09-14", "day")]),
    ("It premiered on 2024-03-09.", [("2024-03-09", "2024-03-09", "day")]),
    ("It was released in April 2024.", [("April 2024", "2024-04", "month")]),
    ("It was released in 2013.", [("2013", "2013", "year")]),
    ("Her 2019 film made her a star.", [("2019", "2019", "year")]),
    ("That debut, Northern Rooms (2019), did well.", [("2019", "2019", "year")]),
])
def test_single_dates(run: Run, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(run, text) == expected


def test_range_carries_the_year_to_both_ends(run: Run) -> None:
    doc = run("The show aired from March 9 to April 28, 2024.")
    (d,) = doc["dates"]
    assert (d["text"], d["value"], d["start"], d["end"], d["rule"], d["event"]) == (
        "from March 9 to April 28, 2024", "2024-03-09/2024-04-28", "2024-03-09", "2024-04-28",
        "dates.range_shared_year", "aired")


def test_range_across_new_year(run: Run) -> None:
    assert _dates(run, "It ran from Dec. 20 to Jan. 5, 2025.") == [
        ("from Dec. 20 to Jan. 5, 2025", "2024-12-20/2025-01-05", "day")]


def test_month_range_takes_the_year_from_context(run: Run) -> None:
    doc = run("The drama was announced in 2023. Filming took place between May and June.")
    assert [(d["value"], d["year_source"]) for d in doc["dates"]] == [
        ("2023", "stated"), ("2023-05/2023-06", "context")]


def test_two_days_sharing_a_month_and_year(run: Run) -> None:
    assert _dates(run, "Concerts follow on Feb. 15 and 16, 2025.") == [
        ("Feb. 15", "2025-02-15", "day"), ("16, 2025", "2025-02-16", "day")]


def test_day_without_year_uses_the_nearest_stated_year(run: Run) -> None:
    doc = run("The album came out in April 2024. The vinyl followed on May 30.")
    last = doc["dates"][-1]
    assert (last["text"], last["value"], last["year_source"], last["rule"]) == (
        "May 30", "2024-05-30", "context", "dates.month_day")


def test_relative_dates_need_a_reference_date(run: Run) -> None:
    text = "The drama was a hit last year and a sequel arrives next month."
    without = run(text)["dates"]
    assert [(d["text"], d["value"], d["year_source"]) for d in without] == [
        ("last year", None, None), ("next month", None, None)]
    with_ref = run(text, date(2025, 3, 3))["dates"]
    assert [(d["value"], d["precision"], d["year_source"]) for d in with_ref] == [
        ("2024", "year", "reference_date"), ("2025-04", "month", "reference_date")]


def test_dateline_is_the_reference_date(run: Run) -> None:
    doc = run("SEOUL, March 3, 2025 (Yonhap) -- The series wrapped up last year.")
    assert doc["meta"]["reference_date"] == "2025-03-03"
    assert doc["meta"]["reference_date_source"] == "dateline"
    assert [d["value"] for d in doc["dates"]] == ["2025-03-03", "2024"]


def test_publication_line_is_the_reference_date(run: Run) -> None:
    doc = run("Published: 2024-11-05\n\nThe film opened on Friday (Nov. 3).")
    assert doc["meta"]["reference_date"] == "2024-11-05"
    assert [d["value"] for d in doc["dates"]] == ["2024-11-05", "2024-11-03"]


@pytest.mark.parametrize("text", [
    "Fans may cry at the finale.",
    "It took a decade.",
    "The drama had a 12-week shoot.",
    "February 30, 2024 is not a day.",
    "Doors open at 19:30.",
    "She sold 2,024 tickets.",
])
def test_not_dates(run: Run, text: str) -> None:
    assert run(text)["dates"] == []


def test_event_is_the_nearest_cue_in_the_sentence(run: Run) -> None:
    doc = run("On June 3, 2024, Newsen reported that the album was released on April 30, 2024.")
    assert [(d["value"], d["event"]) for d in doc["dates"]] == [
        ("2024-06-03", "reported"), ("2024-04-30", "release")]


def test_day_range_without_a_year(run: Run) -> None:
    doc = run("The film opened in July 2025. Its first weekend (July 18-20) was huge.")
    assert [d["value"] for d in doc["dates"]] == ["2025-07", "2025-07-18/2025-07-20"]


def test_month_with_a_relative_year(run: Run) -> None:
    doc = run("The film was announced in December last year.", date(2025, 7, 12))
    assert [(d["value"], d["precision"]) for d in doc["dates"]] == [("2024-12", "month")]


def test_with_a_reference_date_a_bare_year_is_not_context(run: Run) -> None:
    doc = run("Published 2024-10-14\n\nThe group formed in early 2023. The album drops on Oct. 15.")
    assert [d["value"] for d in doc["dates"]] == ["2024-10-14", "2023", "2024-10-15"]


def test_nineteenth_century_years_need_a_cue(run: Run) -> None:
    assert [d["value"] for d in run("The drama is set in 1887 in Somerset.")["dates"]] == ["1887"]
    assert run("Ticket 1887 was drawn.")["dates"] == []


def test_byline_date_is_the_reference_date(run: Run) -> None:
    doc = run("9 Reasons to Watch It\n\nBy Kelly Ong · June 18, 2024\n\nA sequel comes next year.")
    assert doc["meta"]["reference_date"] == "2024-06-18"
    assert [d["value"] for d in doc["dates"]] == ["2024-06-18", "2025"]


def test_press_wire_dateline_with_country_is_the_reference_date(run: Run) -> None:
    text = ("SEOUL, South Korea, April 10, 2025 /PRNewswire/ -- The album will be released on "
            "April 17. It was the biggest OST this year.")
    doc = run(text)
    assert doc["meta"]["reference_date"] == "2025-04-10"
    assert [d["value"] for d in doc["dates"]] == ["2025-04-10", "2025-04-17", "2025"]
