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
    ("In 2021 he made his first film. Since 2003, she has sung.",
     [("2021", "2021", "year"), ("2003", "2003", "year")]),
    # a plan's year, a reissue's original year, 'the year' in German, Spanish and Italian
    ("The finale is slated for 2019.", [("2019", "2019", "year")]),
    ("It was reissued in 2014 (originally 1988).", [("2014", "2014", "year"),
                                                    ("1988", "1988", "year")]),
    ("Der Verleih bringt den Film im Jahr 2021 in die Kinos.", [("2021", "2021", "year")]),
    ("La telenovela se grabó en el año 2009.", [("2009", "2009", "year")]),
])
def test_single_dates(run: Run, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(run, text) == expected


def test_a_year_standing_alone_is_a_date_and_gives_its_year_to_the_dates_after_it(
        run: Run) -> None:
    assert _dates(run, "2014. July 13th July 14th") == [
        ("2014.", "2014", "year"), ("July 13th", "2014-07-13", "day"),
        ("July 14th", "2014-07-14", "day")]
    assert [d["value"] for d in run("Schedule\nMay 2020\nJune 2020\n2023\nJune 5\nMay 31")[
        "dates"]] == ["2020-05", "2020-06", "2023", "2023-06-05", "2023-05-31"]


@pytest.mark.parametrize("text", ["Room 2014 was booked.", "Track 2014. Night", "Call 2014 now."])
def test_a_year_inside_a_sentence_is_not_a_year_alone(run: Run, text: str) -> None:
    assert [d["rule"] for d in run(text)["dates"]] == []


def test_a_sentence_opening_with_a_year_or_month_as_its_subject_is_a_date(run: Run) -> None:
    # the year opens the paragraph's topic, so it gives its year to the month even though a
    # reference date exists
    assert _dates(run, "2014 was good for the band! October was better.", date(2020, 5, 5)) == [
        ("2014", "2014", "year"), ("October", "2014-10", "month")]
    assert _dates(run, "The tour ended. September will see a new album.", date(2020, 5, 5)) == [
        ("September", "2020-09", "month")]


@pytest.mark.parametrize("text", [
    "June was thrilled with the song.", "April is the lead singer.", "Locker 2014 is empty.",
    "August has been on tour.", "Fans may march. March was the word."])
def test_a_given_name_or_a_year_inside_a_sentence_is_no_subject_date(run: Run, text: str) -> None:
    assert _dates(run, text, date(2020, 5, 5)) == []


def test_a_wrapped_line_that_starts_with_a_year_is_no_sentence_opening(run: Run) -> None:
    assert _dates(run, "Fans finally have a compilation of dramas aired between 2004 and\n"
                       "2008 is now out.") == [("2004", "2004", "year")]


def test_chinese_japanese_and_korean_dates(run: Run) -> None:
    text = ("リリース:2015年10月\n\n1982年にヒットさせた曲。2019年3月5日に発売、12月24日に公開。"
            "2000年代の曲。2015년 10월 13일 방송.")
    assert _dates(run, text) == [
        ("2015年10月", "2015-10", "month"), ("1982年", "1982", "year"),
        ("2019年3月5日", "2019-03-05", "day"), ("12月24日", "2019-12-24", "day"),
        ("2015년 10월 13일", "2015-10-13", "day")]


def test_a_year_heading_a_list_gives_its_year_even_with_a_reference_date(run: Run) -> None:
    assert [d["value"] for d in run("Schedule\n2023\nJanuary UTC\nJune 5\n", date(2020, 5, 5))[
        "dates"]] == ["2023", "2023-01", "2023-06-05"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A novela estreou em 25 de abril de 2011.", [("25 de abril de 2011", "2011-04-25")]),
    ("Das Album erscheint am 4. Dezember 2015.", [("4. Dezember 2015", "2015-12-04")]),
    ("Dizi 17 Haziran 2022 tarihinde yayınlandı.", [("17 Haziran 2022", "2022-06-17")]),
    ("Foi exibida entre 06 de agosto de 2007 e 18 de janeiro de 2008.",
     [("entre 06 de agosto de 2007 e 18 de janeiro de 2008", "2007-08-06/2008-01-18")]),
    ("Le tournage a eu lieu du 1 mars 2020 au 3 avril 2020.",
     [("1 mars 2020 au 3 avril 2020", "2020-03-01/2020-04-03")]),
    ("Mai Tran joined in 2015.", [("2015", "2015")]),
    ("The Mars 2020 rover landed.", []),
])
def test_months_named_in_other_languages_count_with_their_day_and_year(
        run: Run, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d["text"], d["value"]) for d in run(text)["dates"]] == expected


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


@pytest.mark.parametrize(("text", "expected"), [
    ("The single dropped on December 14 last year.",
     [("December 14 last year", "2024-12-14", "day")]),
    ("The sequel opens March 3, next year.", [("March 3, next year", "2026-03-03", "day")]),
    # no such day: the text is kept, with no value
    ("It aired February 30 last year.", [("February 30 last year", None, None)]),
])
def test_a_day_with_a_relative_year(run: Run, text: str,
                                    expected: list[tuple[str, str | None, str | None]]) -> None:
    doc = run(text, date(2025, 7, 12))
    assert [(d["text"], d["value"], d["precision"]) for d in doc["dates"]] == expected


def test_with_a_reference_date_a_bare_year_is_not_context(run: Run) -> None:
    doc = run("Published 2024-10-14\n\nThe group formed in early 2023. The album drops on Oct. 15.")
    assert [d["value"] for d in doc["dates"]] == ["2024-10-14", "2023", "2024-10-15"]


def test_nineteenth_century_years_need_a_cue(run: Run) -> None:
    assert [d["value"] for d in run("The drama is set in 1887 in Somerset.")["dates"]] == ["1887"]
    assert run("Ticket 1887 was drawn.")["dates"] == []


@pytest.mark.parametrize(("text", "reference", "dates"), [
    ("9 Reasons to Watch It\n\nBy Kelly Ong · June 18, 2024\n\nA sequel comes next year.",
     "2024-06-18", ["2024-06-18", "2025"]),
    # 'by NAME' and '| DATE' split by the scraper under a site bar's date and weather
    ("Tuesday, March 03, 2026\n51.0°F\n\nCameras roll in Harbor Town\n\nby Lee Jun\n"
     "| June 18, 2019 9:00 PM\n\nThe shoot starts next month.",
     "2019-06-18", ["2026-03-03", "2019-06-18", "2019-07"]),
    ("SEOUL, South Korea, April 10, 2025 /PRNewswire/ -- The album will be released on "
     "April 17. It was the biggest OST this year.", "2025-04-10", ["2025-04-10", "2025-04-17", "2025"]),
], ids=["byline", "byline_cut_under_a_masthead_date", "press_wire_dateline_with_country"])
def test_the_reference_date_of_a_byline_or_a_dateline(run: Run, text: str, reference: str,
                                                     dates: list[str]) -> None:
    doc = run(text)
    assert doc["meta"]["reference_date"] == reference
    assert [d["value"] for d in doc["dates"]] == dates


REF = date(2024, 6, 12)  # a Wednesday


def _values(run: Run, text: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in run(text, ref)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # month names in any case next to a number; the verbs stay out
    ("It opens march 3.", [("march 3", "2024-03-03")]),
    ("It opens MARCH 3, 2025.", [("MARCH 3, 2025", "2025-03-03")]),
    ("Fans may 3 times cry.", []),
    ("Fans who are 18 may apply.", []),
    # day-first ranges and ranges sharing a month: both ends kept
    ("It runs from 13 to 15 July.", [("13 to 15 July", "2024-07-13/2024-07-15")]),
    ("It runs 13–15 July 2025.", [("13–15 July 2025", "2025-07-13/2025-07-15")]),
    ("It runs July 13-15.", [("July 13-15", "2024-07-13/2024-07-15")]),
    ("It ran from 13 July to 2 August 2023.",
     [("from 13 July to 2 August 2023", "2023-07-13/2023-08-02")]),
    ("It shoots between May and June 2025.", [("between May and June 2025", "2025-05/2025-06")]),
    ("It shoots May–June 2025.", [("May–June 2025", "2025-05/2025-06")]),
    ("It ran 2019–2021 on KBS.", [("2019–2021", "2019/2021")]),
    # numeric dates
    ("It aired on 2024-03-09.", [("2024-03-09", "2024-03-09")]),
    ("It aired on 2015-3-3.", [("2015-3-3", "2015-03-03")]),
    ("It aired in 2014/10.", [("2014/10", "2014-10")]),
    ("It aired in 2/2013.", [("2/2013", "2013-02")]),
    ("It aired on 3/3/2015.", [("3/3/2015", "2015-03-03")]),
    ("It aired on 25/12/2015.", [("25/12/2015", "2015-12-25")]),
    ("It aired on 12/25/2015.", [("12/25/2015", "2015-12-25")]),
    ("It aired on 10/31/74.", [("10/31/74", "1974-10-31")]),
    ("It aired on 10.31.1974.", [("10.31.1974", "1974-10-31")]),
    # ordinals in words and figures, two-digit years
    ("It opens on the first of March.", [("the first of March", "2024-03-01")]),
    ("It opened March third 2015.", [("March third 2015", "2015-03-03")]),
    ("It opens on the 3rd of March.", [("3rd of March", "2024-03-03")]),
    # a year after the month settles it: lower-case 'march' and 'may' are months there
    ("It opened on 25th march 2015.", [("25th march 2015", "2015-03-25")]),
    ("It opened on 18 may 2015 in Seoul.", [("18 may 2015", "2015-05-18")]),
    ("It opened on 14th April 15.", [("14th April 15", "2015-04-14")]),
    # two digits after 'Month day' with no apostrophe are a year only where the clause ends
    ("It aired on DECEMBER 21 19.", [("DECEMBER 21 19", "2019-12-21")]),
    ("Doors opened June 4 10.30 pm.", [("June 4", "2024-06-04")]),
    ("It played June 3 10, 12 and 14 times.", [("June 3", "2024-06-03")]),
    ("It opened on the fifteenth of February, 2020.",
     [("the fifteenth of February, 2020", "2020-02-15")]),
    # parts of periods at their honest precision
    ("It opens in early March 2025.", [("early March 2025", "2025-03")]),
    ("It opens in late 2025.", [("late 2025", "2025")]),
    ("It opens by the end of 2025.", [("the end of 2025", "2025")]),
    ("It shot in the first half of 2023.", [("the first half of 2023", "2023-01/2023-06")]),
    ("It shot in Q3 2023.", [("Q3 2023", "2023-07/2023-09")]),
])
def test_date_forms(run: Run, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(run, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The studio said Friday that it had wrapped.", [("Friday", "2024-06-07")]),
    ("The studio announced on Monday that it had wrapped.", [("Monday", "2024-06-10")]),
    ("The finale will air on Friday.", [("Friday", "2024-06-14")]),
    # what was said has its own tense: the reporting verb's past does not reach it
    ("Kim said the finale will air Friday.", [("Friday", "2024-06-14")]),
    ("She told reporters that the film opened Friday.", [("Friday", "2024-06-07")]),
    ("The studio said Wednesday that it had wrapped.", [("Wednesday", "2024-06-12")]),
    ("It aired last Monday.", [("last Monday", "2024-06-10")]),
    ("It airs next Tuesday.", [("next Tuesday", "2024-06-18")]),
    ("It airs the day after tomorrow.", [("the day after tomorrow", "2024-06-14")]),
    ("It ends three years from today.", [("three years from today", "2027-06-12")]),
    ("The sequel will open in two weeks.", [("in two weeks", "2024-06-26")]),
    ("It opened two weeks ago.", [("two weeks ago", "2024-05-29")]),
    ("It opened three months ago.", [("three months ago", "2024-03")]),
    ("It premiered two years ago.", [("two years ago", "2022")]),
    ("It airs on the last Monday of March.", [("the last Monday of March", "2024-03-25")]),
    ("It shoots in the first week of May.", [("the first week of May", "2024-05-01/2024-05-07")]),
    ("It ends on the last day of October.", [("the last day of October", "2024-10-31")]),
    ("It returns next March.", [("next March", "2025-03")]),
    ("It aired this week.", [("this week", "2024-06-10/2024-06-16")]),
    ("Last year was its best.", [("Last year", "2023")]),
])
def test_relative_dates_against_the_reference_date(run: Run, text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert _values(run, text) == expected


@pytest.mark.parametrize("text", [
    "The finale airs on Sunday.",            # no tense, no reference date: no date at all
    "The weekly show airs every Friday.",
    "It runs Friday and Saturday nights.",
    "The album was finished in two weeks.",  # a duration, not a date
    "He said the show takes its bow Sunday.",  # the said clause has no tense of its own
])
def test_weekdays_and_durations_that_are_not_dates(run: Run, text: str) -> None:
    assert _values(run, text, None if text.endswith("on Sunday.") else REF) == []


def test_a_weekday_with_a_date_picks_the_year_that_makes_it_true(run: Run) -> None:
    assert _values(run, "It premieres Fri, Jul 18.", date(2013, 2, 12)) == [
        ("Jul 18", "2014-07-18")]
    assert _values(run, "It premiered Jul 18, Fri.", date(2013, 2, 12)) == [
        ("Jul 18", "2014-07-18")]


def test_part_of_a_period_is_a_field(run: Run) -> None:
    (d,) = run("Filming starts in mid-March 2025.")["dates"]
    assert (d["text"], d["value"], d["precision"], d["part"]) == (
        "mid-March 2025", "2025-03", "month", "mid")


def test_relative_month_range_takes_the_reference_year(run: Run) -> None:
    doc = run("Filming took place between May and June last year.", date(2023, 11, 5))
    assert [d["value"] for d in doc["dates"]] == ["2022-05/2022-06"]


class TestDayMonthOrder:
    """docs/dates_money.md: signals in the article, else the dateline, else day-first + warning."""

    def test_an_unambiguous_numeric_date_decides(self, run: Run) -> None:
        doc = run("Shooting began on 25/03/2024 and the teaser dropped on 04/05/2024.")
        assert [d["value"] for d in doc["dates"]] == ["2024-03-25", "2024-05-04"]
        assert doc["warnings"] == []

    def test_written_dates_decide(self, run: Run) -> None:
        doc = run("It premiered on 9 March 2024. The teaser dropped on 04/05/2024.")
        assert [d["value"] for d in doc["dates"]] == ["2024-03-09", "2024-05-04"]
        assert doc["warnings"] == []

    def test_a_us_dateline_is_month_first(self, run: Run) -> None:
        doc = run("LOS ANGELES, June 3 (AP) -- The teaser dropped on 04/05/2024.")
        assert [d["value"] for d in doc["dates"]][-1] == "2024-04-05"

    def test_a_dateline_that_names_its_state_is_month_first(self, run: Run) -> None:
        doc = run("BURBANK, Calif., June 3 -- The teaser dropped on 04/05/2024.")
        assert [d["value"] for d in doc["dates"]][-1] == "2024-04-05"

    def test_a_dateline_elsewhere_is_day_first(self, run: Run) -> None:
        doc = run("SEOUL, June 3 (Yonhap) -- The teaser dropped on 04/05/2024.")
        assert [d["value"] for d in doc["dates"]][-1] == "2024-05-04"

    def test_no_signal_is_day_first_with_a_warning(self, run: Run) -> None:
        doc = run("The teaser dropped on 04/05/2024.")
        assert [d["value"] for d in doc["dates"]] == ["2024-05-04"]
        assert [(w["code"], [e["text"] for e in w["evidence"]]) for w in doc["warnings"]] == [
            ("ambiguous_date_order", ["04/05/2024"])]


@pytest.mark.parametrize("text", [
    "See pages 12-14 of the booklet.",
    "They won 3-1 in the final.",
    "The doors open at 10.30 sharp.",
    "Update to version 2.10.3 first.",
    "Call 555-123-4567 for tickets.",
    "The 2009/10 season was its best.",
])
def test_numbers_that_are_not_dates(run: Run, text: str) -> None:
    assert run(text, REF)["dates"] == []


def test_a_date_under_a_byline_at_the_foot_is_the_reference_date(run: Run) -> None:
    body = "".join(f"Paragraph {i} of the story about the drama goes on.\n\n" for i in range(10))
    doc = run("Night Harbor starts on Channel Four on Feb. 9.\n\n" + body +
              "Written by: KimWrites\nJan 21st, 2014, 12:04 pm\n")
    assert (doc["meta"]["reference_date"], [d["value"] for d in doc["dates"]]) == (
        "2014-01-21", ["2014-02-09", "2014-01-21"])


@pytest.mark.parametrize(("text", "expected"), [
    ("2019/6/12 10:05(6/12 15:20 更新)\n\n迷你劇「夜港」已在昨天正式開拍,預定今年底上檔。",
     [("2019/6/12", "2019-06-12"), ("昨天", "2019-06-11"), ("今年", "2019")]),
    ("입력 2021-03-15 09:40\n\n드라마 ‘밤바다’는 어제 첫 방송됐다. 오늘날 드라마는 길다.",
     [("2021-03-15", "2021-03-15"), ("어제", "2021-03-14")]),
    ("DIARIO\n9, marzo 2031 - 10:19\nHoy la cadena presenta sus telenovelas de este año. "
     "Noche de Puerto llegará el 20 de abril; otra, a principios de 2032, y una más el "
     "siguiente año.",
     [("9, marzo 2031", "2031-03-09"), ("Hoy", "2031-03-09"), ("este año", "2031"),
      ("20 de abril", "2031-04-20"), ("2032", "2032"), ("siguiente año", "2032")]),
    ("- Culture\n- 10 Aug 31\nA Film Being Shot In Westmoor\nShooting began this week.",
     [("10 Aug 31", "2031-08-10"), ("this week", "2031-08-04/2031-08-10")]),
])
def test_relative_words_of_other_languages_against_a_stamp_line(
        run: Run, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d["text"], d["value"]) for d in run(text)["dates"]] == expected


def test_a_date_line_with_a_weekday_of_another_language_is_the_reference(run: Run) -> None:
    doc = run("jueves, 7 de abril de 2016\n\nLa telenovela Noche de Puerto llegó ayer a la ciudad.")
    assert doc["meta"]["reference_date"] == "2016-04-07"
    assert [(d["text"], d["value"]) for d in doc["dates"]] == [
        ("7 de abril de 2016", "2016-04-07"), ("ayer", "2016-04-06")]


def test_a_numeric_date_line_whose_order_cannot_matter_is_the_reference(run: Run) -> None:
    assert run("MENU\nCanal 9\n28.09.2015\n\nLa película se rodó ayer.")["meta"][
        "reference_date"] == "2015-09-28"
    assert run("MENU\nCanal 9\n09.03.2013\n\nLa película se rodó ayer.")["meta"][
        "reference_date"] is None  # 9 March or 3 September: no reference without more


def test_a_weekday_pair_or_a_hashtag_is_a_time_slot_not_a_date(run: Run) -> None:
    text = ("Published: March 3, 2026\n\nThe drama airs on Monday. The tags were #tvN "
            "#Monday/Tuesday Drama. It is a Wed-Thu drama. The show premiered Friday.")
    assert [(d["text"], d["value"]) for d in run(text)["dates"]] == [
        ("March 3, 2026", "2026-03-03"), ("Monday", "2026-03-09"), ("Friday", "2026-02-27")]


def test_a_date_stamp_glued_to_the_first_sentence_is_the_reference_date(run: Run) -> None:
    doc = run(" date 2018-05-14 the film Night Harbor premieres in Port Ora today, with Ana Ruiz and "
              "Roh Min in the cast.\nIt was shot in Port Ora.")
    assert (doc["meta"]["reference_date"], [(d["text"], d["value"]) for d in doc["dates"]]) == (
        "2018-05-14", [("2018-05-14", "2018-05-14"), ("today", "2018-05-14")])
