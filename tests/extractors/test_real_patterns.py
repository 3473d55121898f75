"""Patterns found on real pages (corpus/real, blind batches), each a general rule, tested on
invented text without the statistical model (the entities a rule relies on are stated)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from article_extract.contract import run_all
from article_extract.extractors.budget import BudgetExtractor
from article_extract.extractors.dates import DatesExtractor, find_reference_date
from article_extract.extractors.episodes import EpisodesExtractor
from article_extract.extractors.filming import FilmingExtractor
from article_extract.extractors.kind import KindExtractor
from article_extract.extractors.money import MoneyExtractor
from article_extract.extractors.platforms import PlatformsExtractor
from article_extract.extractors.soundtrack import SoundtrackExtractor
from article_extract.extractors.topics import TopicsExtractor
from article_extract.extractors.tracklists import TracklistsExtractor
from article_extract.testing import EntSpec, make_ctx


def facts(text: str, ents: list[EntSpec] | None = None, ref: date | None = None) -> Any:
    return run_all(make_ctx(text, ents=ents or [], reference_date=ref))


def songs(text: str, ents: list[EntSpec] | None = None) -> list[tuple[str, list[str]]]:
    return [(s.title, s.performers) for s in facts(text, ents).get(SoundtrackExtractor).songs]


def artists(text: str, ents: list[EntSpec] | None = None) -> list[tuple[str, str | None]]:
    return [(a.name, a.group) for a in facts(text, ents).get(SoundtrackExtractor).artists]


def money(text: str) -> list[tuple[str, float, str, str]]:
    return [(m.text, m.amount, m.currency, m.qualifier)
            for _, m in facts(text).get(MoneyExtractor)]


# --------------------------------------------------------------------- soundtrack

@pytest.mark.parametrize(("text", "expected"), [
    ("Taeyeon's own 'Night Harbor' OST track \"All About You\" topped the chart.",
     [("All About You", ["Taeyeon"])]),
    ("10cm's \"Lean On Me\" and Punch & Monday Kiz's \"Another Day\" lead the OST charts.",
     [("Lean On Me", ["10cm"]), ("Another Day", ["Punch", "Monday Kiz"])]),
    ("Kim Feel's “Youth,” featuring Kim Chang-wan, is the new OST song.",
     [("Youth", ["Kim Feel", "Kim Chang-wan"])]),
    # the owner in quotes is a work, not a singer
    ("No OST had this success since 'Goblin's \"Stay With Me\" came out.", []),
])
def test_possessive_song_credits(text: str, expected: list[tuple[str, list[str]]]) -> None:
    ents: list[EntSpec] = [("PERSON", "Punch")] if "Punch" in text else []
    assert songs(text, ents) == expected


def test_a_remake_and_its_original_are_two_songs() -> None:
    text = ('Oh Hyuk sang "A Little Girl" for the OST. The original song "A Little Girl" by '
            "Lee Moon-se came out in 1985.")
    assert songs(text, [("PERSON", "Oh Hyuk"), ("PERSON", "Lee Moon-se")]) == [
        ("A Little Girl", ["Oh Hyuk"]), ("A Little Girl", ["Lee Moon-se"])]


def test_a_colon_list_of_soundtrack_artists() -> None:
    text = "The soundtrack will feature a whole lot more: Tame Impala, Jack White and Yola."
    assert artists(text) == [("Tame Impala", None), ("Jack White", None), ("Yola", None)]


def test_a_group_of_several_words_owns_its_member() -> None:
    text = 'Girls\' Generation\'s Taeyeon sang "If" for the OST.'
    assert artists(text, [("PERSON", "Taeyeon")]) == [("Taeyeon", "Girls' Generation")]


def test_a_nationality_and_a_role_describe_the_name() -> None:
    text = "The original OST song was performed by South Korean rock band Sanulrim."
    assert artists(text) == [("Sanulrim", None)]


def test_no_title_is_read_from_a_title_case_headline() -> None:
    text = ("Eminem, Jack White & More Contribute New Music To Elvis Soundtrack\n\n"
            "The album is out.")
    assert songs(text) == []


def test_a_source_tag_is_no_group() -> None:
    text = ("The OST album is out.\n\n01 If – Taeyeon (Hong Gil Dong OST)\n02 Do You Know – Lyn\n"
            "03 Kite – Park Wan (Golden Bride OST)")
    assert artists(text) == [("Taeyeon", None), ("Lyn", None), ("Park Wan", None)]
    tracks = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.rule, [x.title for x in t.tracks]) for t in tracks] == [
        ("tracklists.induced_block", ["If", "Do You Know", "Kite"])]


# --------------------------------------------------------------------- money

@pytest.mark.parametrize(("text", "expected"), [
    ("It collected 5.85 crores on Friday.", [("5.85 crores", 58500000, "INR", "exact")]),
    ("It earned ₹12 crore 40 lakh.", [("₹12 crore 40 lakh", 124000000, "INR", "exact")]),
    ("It drew 10 crore views.", []),
    ("It went past the 10 crore mark.", [("10 crore", 100000000, "INR", "over")]),
    ("Two films passed the HK$100 million (US$12.9 million) mark.",
     [("HK$100 million", 100000000, "HKD", "over"), ("US$12.9 million", 12900000, "USD", "over")]),
    ("Takings climbed from HK$19.6 million to HK$21 million.",
     [("HK$19.6 million", 19600000, "HKD", "exact"), ("HK$21 million", 21000000, "HKD", "exact")]),
])
def test_money_forms_of_real_pages(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert money(text) == expected


def test_money_on_list_lines() -> None:
    text = "Day-wise collection:\nDay 1 – 65 crores\nDay 2 – 54.75 crores\n"
    assert [m[0] for m in money(text)] == ["65 crores", "54.75 crores"]


def test_an_amount_that_qualifies_the_work_is_its_budget() -> None:
    text = 'Netflix has come aboard the €5.5m ($6.3 million) series "Night Harbor".'
    budget = facts(text).get(BudgetExtractor)
    assert [(b.amount, b.currency) for b in budget] == [(5500000, "EUR")]
    assert facts("Previews made $24 million of the film's $61 million Friday.").get(
        BudgetExtractor) == []


# --------------------------------------------------------------------- dates

@pytest.mark.parametrize(("text", "expected"), [
    ("It premiered in spring 2023.", [("spring 2023", "2023")]),
    ("It will stream this fall.", [("this fall", "2025")]),
    ("It aired last autumn.", [("last autumn", "2024")]),
    ("It opens next summer.", [("next summer", "2025")]),
    ("The fall of Rome is its theme.", []),
])
def test_seasons(text: str, expected: list[tuple[str, str]]) -> None:
    found = facts(text, ref=date(2025, 3, 3)).get(DatesExtractor).items
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Headline of the story\nBox Office | August 24, 2025\n\nBody.", date(2025, 8, 24)),
    ("X\nNews May 23, 2022 12:37 PM By James Rettig\n\nBody.", date(2022, 5, 23)),
    ("Wednesday, April 23, 2025\n\nBody.", date(2025, 4, 23)),
    ("Festival runs until March 3, 2025 in Busan\n\nBody.", None),
])
def test_a_date_stamp_line_is_the_reference_date(text: str, expected: date | None) -> None:
    found = find_reference_date(make_ctx(text))
    assert (found[0] if found else None) == expected


# --------------------------------------------------------------------- the work

def test_an_acronym_title_is_written_out_and_still_names_the_work() -> None:
    text = ('"NHB" Returns Soon\n\nThe drama “Night Harbor Blues” (NHB) is back on iWantTFC. '
            '"NHB" will roll out 13 gripping episodes. "NHB" streams on iWantTFC.')
    f = facts(text)
    topics = f.get(TopicsExtractor)
    assert (topics.title, topics.rule, topics.alias) == ("Night Harbor Blues",
                                                         "work.title_acronym", "NHB")
    assert f.get(EpisodesExtractor).value == 13
    assert [p.value for p in f.get(PlatformsExtractor)] == ["iWantTFC", "iWantTFC"]


def test_a_cue_inside_a_title_case_headline_ends_the_title() -> None:
    text = ("Coolie Box Office Collection Day 10: Recovers 70% Of Its Budget On Saturday\n\n"
            "Coolie earned more on its second Saturday. Coolie is a film.")
    assert facts(text, [("PERSON", "Coolie")]).get(TopicsExtractor).title == "Coolie"


@pytest.mark.parametrize(("text", "title", "kind"), [
    ("Album Review - Drama OST Collection\n\nDrama OST Collection is out. It has 32 songs.",
     "Drama OST Collection", "album"),
    ("Night Harbor OST Album Pre-Release Set\n\nThe drama Night Harbor ends soon.",
     "Night Harbor OST", "album"),
    ("Stars Contribute New Music To Night Harbor Soundtrack\n\nThe film Night Harbor opens.",
     "Night Harbor", "album"),
])
def test_headlines_that_make_the_work_an_album(text: str, title: str, kind: str) -> None:
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == (title, kind)


def test_episodes_with_adjectives_and_batches() -> None:
    assert facts("The drama Night Harbor has 13 gripping episodes.").get(
        EpisodesExtractor).value == 13
    assert facts("The drama Night Harbor drops two new episodes.").get(
        EpisodesExtractor).value is None


def test_platform_names_whose_capitals_are_their_own() -> None:
    assert [p.value for p in facts("TvN drama “Night Harbor” is a hit.").get(
        PlatformsExtractor)] == ["TvN"]


def test_cameras_rolling_on_an_island() -> None:
    text = ("The drama Night Harbor is back. Cameras are now rolling again on the island of "
            "Amorgos, Greece.")
    assert [p.value for p in facts(text, [("GPE", "Amorgos"), ("GPE", "Greece")]).get(
        FilmingExtractor)] == ["Amorgos", "Greece"]


# --------------------------------------------------------------------- batch 2

def test_a_sung_verb_inside_a_name_is_no_verb() -> None:
    """'Lee Sang Soon' holds 'Sang'; a shouted line's 'DELIVERED DAILY' is furniture."""
    text = ("The OST was arranged by Lee Juk, Lee Sang Soon and Choiza.\n\n"
            "THE TOP 10 STORIES DELIVERED DAILY")
    assert songs(text, [("PERSON", "Lee Juk"), ("PERSON", "Lee Sang Soon")]) == []


def test_a_title_case_headline_keeps_its_singing_verb() -> None:
    text = 'Kim Min-ji Sings "Blue Moon" For Night Harbor OST\n\nThe OST is out now.'
    assert songs(text, [("PERSON", "Kim Min-ji")]) == [("Blue Moon", ["Kim Min-ji"])]


def test_a_numbered_list_past_a_noise_line_is_no_tracklist() -> None:
    """The tags under a 'SEE ALSO' link are page furniture, not a second disc."""
    text = ("The album Night Harbor is out. He will sing some of the new tracks.\n\n"
            "SEE ALSO: A singer's trip video goes viral\n\n"
            "  1. Kim Min-ji\n  2. NIGHT HARBOR\n")
    assert facts(text).get(TracklistsExtractor).tracklists == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Posted June 24, 2013\n\nHe joins the July comeback wave.", [("July", "2013-07")]),
    ("Posted June 24, 2013\n\nHe plans an early July release.", [("early July", "2013-07")]),
    # the day of the reference month; a past clause counts back, a future one ahead
    ("Posted June 24, 2013\n\nFans meet at his showcase on the 28th, where he sings.",
     [("28th", "2013-06-28")]),
    ("Posted June 24, 2013\n\nThe teaser was released on the 30th.", [("30th", "2013-05-30")]),
    ("Posted June 24, 2013\n\nThe album will arrive on the 3rd.", [("3rd", "2013-07-03")]),
    # an ordinal that counts something is no day
    ("Posted June 24, 2013\n\nThe song ranked on the 5th spot.", []),
])
def test_month_and_day_alone(text: str, expected: list[tuple[str, str]]) -> None:
    items = facts(text).get(DatesExtractor).items
    assert [(d.text, d.value) for d in items if d.rule != "dates.month_day_year"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kara Mia's Journey Begins\n\nThe Kara Mia trailer went viral. Rounding out the Kara Mia "
     "cast are many names.", "Kara Mia"),
    ("Night Harbor Anime's New Trailer Previews Opening Song\n\nThe website of the Night Harbor "
     "anime streams a video.", "Night Harbor"),
])
def test_titles_named_by_a_noun_after_them(text: str, expected: str) -> None:
    ents: list[EntSpec] = [("PERSON", "Kara Mia")] if "Kara Mia" in text else []
    assert facts(text, ents).get(TopicsExtractor).title == expected


def test_a_soundtrack_album_is_not_outvoted_by_film_words() -> None:
    text = ("The soundtrack album of the film is out. The album is on streaming services, and "
            "the album tops charts. The film opens in theaters and cinemas after its festival "
            "run; the album arrived first.")
    assert facts(text).get(KindExtractor) == "album"


def test_film_words_settle_a_film_against_a_series() -> None:
    text = ("Critics call it a series. Others call it a film. It won at the film festival and "
            "the box office.")
    assert facts(text).get(KindExtractor) == "film"


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The drama Night Harbor follows the second lead couple, Captain Yoo Si-jin (Kim Min-ji) "
     "and Doctor Kang Mo-yeon (Lee Jun).", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")],
     ["Kim Min-ji", "Lee Jun"]),
    # a title and its translation are no character and actor
    ("The drama Kırık Pusula follows two brothers. The brothers of Kırık Pusula (Broken "
     "Compass) meet again.", [("PERSON", "Broken Compass")], []),
    ("The film Night Harbor opens Friday. Kim Min-ji and Lee Jun co-star.",
     [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")], ["Kim Min-ji", "Lee Jun"]),
    ("The Kim Min-ji and Lee Jun starrer Night Harbor opens Friday.",
     [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")], ["Kim Min-ji", "Lee Jun"]),
    ("The series Night Harbor stars Kim Min-ji, backed by Lee Jun and Park Ha.",
     [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha")],
     ["Kim Min-ji", "Lee Jun", "Park Ha"]),
    ("The series Night Harbor premiered. Also in the cast are Lee Jun and Park Ha.",
     [("PERSON", "Lee Jun"), ("PERSON", "Park Ha")], ["Lee Jun", "Park Ha"]),
    ("The drama Night Harbor stars Maria dela Cruz.", [("PERSON", "Maria")], ["Maria dela Cruz"]),
])
def test_batch_2_cast_patterns(text: str, ents: list[EntSpec], expected: list[str]) -> None:
    from article_extract.extractors.cast import CastExtractor

    assert [m.name for m in facts(text, ents).get(CastExtractor)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The film Night Harbor opens Friday. Kim Min-ji is back in the director’s chair.",
     ["Kim Min-ji"]),
    ("The anime Night Harbor premieres in April. Kim Min-ji is directing the anime at Studio "
     "Blue.", ["Kim Min-ji"]),
    ("The series Night Harbor returns. Kim Min-ji is at the helm as director.", ["Kim Min-ji"]),
    # a host at the helm of a show, with no verb before it
    ("With host Kim Min-ji still at the helm, the show Night Harbor returns.", []),
])
def test_directors_before_their_cue(text: str, expected: list[str]) -> None:
    from article_extract.extractors.directors import DirectorsExtractor

    found = facts(text, [("PERSON", "Kim Min-ji")]).get(DirectorsExtractor)
    assert [d.name for d in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The film Night Harbor topped 14.2 billion won.", [("topped 14.2 billion won", 14.2e9, "KRW",
                                                         "over")]),
    ("The film Night Harbor was made at a budget of $20 million.",
     [("$20 million", 20e6, "USD", "exact")]),
])
def test_batch_2_money(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert money(text) == expected


def test_a_budget_made_at_an_amount() -> None:
    budget = facts("The film Night Harbor was made at a budget of $20 million.").get(
        BudgetExtractor)
    assert [(b.amount, b.currency) for b in budget] == [(20e6, "USD")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The film Night Harbor opens Friday. The shoot will be based in Busan.", ["Busan"]),
    ("The film Night Harbor opens Friday. The crew filmed scenes in Busan last year.", ["Busan"]),
])
def test_batch_2_filming(text: str, expected: list[str]) -> None:
    found = facts(text, [("GPE", "Busan")]).get(FilmingExtractor)
    assert [p.value for p in found] == expected
