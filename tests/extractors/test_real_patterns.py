"""Patterns found on real pages (corpus/real, blind batches), each a general rule, tested on
invented text without the statistical model (the entities a rule relies on are stated)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from article_extract.contract import run_all
from article_extract.extractors.budget import BudgetExtractor
from article_extract.extractors.cast import CastExtractor
from article_extract.extractors.dates import DatesExtractor
from article_extract.extractors.dates_reference import find_reference_date
from article_extract.extractors.directors import DirectorsExtractor
from article_extract.extractors.episodes import EpisodesExtractor
from article_extract.extractors.filming import FilmingExtractor
from article_extract.extractors.kind import KindExtractor
from article_extract.extractors.money import MoneyExtractor
from article_extract.extractors.platforms import PlatformsExtractor
from article_extract.extractors.soundtrack import SoundtrackExtractor
from article_extract.extractors.titles import clean_title
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
    ("'Night Harbor' season two volume one soundtrack revealed\n\nThe series Night Harbor "
     "returns.", "Night Harbor", "album"),
    ("Saga: Night Harbor soundtrack features Blue Lamp, Red Door\n\nThe film Night Harbor "
     "opens.", "Night Harbor", "album"),
    ("Star Records Releases Soundtrack For Night Harbor\n\nThe film Night Harbor opens.",
     "Night Harbor", "album"),
    ("수목 드라마 ‘밤의 항구’ OST 앨범 발매!!\n\n드라마 ‘밤의 항구’ OST가 나왔다.", "밤의 항구", "album"),
    ("[OST] Night Harbor (complete)\n\nThe drama Night Harbor ended last week.", "Night Harbor",
     "album"),
    # a single of the show's soundtrack keeps the show the work; so does a soundtrack that
    # merely 'arrives' in an article about the show
    ("Singer Kim Min-ji releases part 3 of OST for “Night Harbor”\n\nThe drama Night Harbor "
     "airs on tvN.", "Night Harbor", "series"),
    ("Night Harbor soundtrack arrives ahead of the finale\n\nThe drama Night Harbor airs on "
     "tvN. Its 16 episodes end soon.", "Night Harbor", "series"),
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


def test_a_fact_box_budget_key_over_its_value_and_french_millions() -> None:
    text = "NIGHT HARBOR\nBUDGET :\n27 Millions de Dollars\nREVENUS :\n40 Millions de Dollars"
    assert [(b.amount, b.currency) for b in facts(text).get(BudgetExtractor)] == [(27e6, "USD")]


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


# --------------------------------------------------------------------- batch 3

def test_an_album_headline_names_artist_title_and_title_track() -> None:
    text = ("Album Review: Kim Min-ji 1st Mini Album - Night Harbor Blue\n\n"
            "Kim Min-ji 1st Mini Album - Night Harbor Blue\n\n"
            "01. Night Harbor Blue\n02. Red Sun\n03. Green Sea\n\n"
            "Her title song “Red Sun” grows on you. The mini album is a treat.")
    f = facts(text)
    assert f.get(TopicsExtractor).title == "Night Harbor Blue"
    assert f.get(KindExtractor) == "album"
    assert songs(text) == [("Red Sun", ["Kim Min-ji"])]
    assert artists(text) == [("Kim Min-ji", None)]


def test_the_album_artist_leads_a_track_that_only_credits_a_guest() -> None:
    text = ("Kim Min-ji unveils album tracklist for 'Night Harbor'\n\n"
            "Kim Min-ji returns with her first full-length album, 'Night Harbor'. \"Blue\" has "
            "been picked as the title track.\n\nTracklist:\n\n1. Intro\n2. Blue\n"
            "3. Again (feat. Lee Jun)\n4. Outro\n")
    assert songs(text) == [("Blue", ["Kim Min-ji"]), ("Again", ["Kim Min-ji", "Lee Jun"])]


def test_another_album_of_the_artist_does_not_make_an_owner() -> None:
    """'GROUP's third mini album, OTHER, came out last year' is about another record."""
    text = ('Lee Jun Makes Solo Debut With "Night Harbor"\n\nLee Jun released her first solo '
            "mini album, Night Harbor, on Friday. Blue Moon's third mini album, Red Sun, came "
            "out last year.")
    assert artists(text) == [("Lee Jun", None)]


def test_a_product_listing_line_names_the_release() -> None:
    text = ('[NEWS] Korean Drama "Night Harbor" Japanese Edition Soundtrack\n\n'
            '"Night Harbor," the drama that aired on KBS, gets a Japanese edition soundtrack.\n\n'
            '"Night Harbor Original Soundtrack: Japanese Premium Edition"\n'
            "On sale July 27, 2011\n\n"
            "1. Night Harbor - Kim Min-ji, Lee Jun\n2. Someday - Park Ha\n"
            "3. My Valentine - Kim Min-ji, Feat. Choi Woo\n4. W")
    f = facts(text)
    assert f.get(TopicsExtractor).title == ("Night Harbor Original Soundtrack: Japanese "
                                            "Premium Edition")
    assert f.get(KindExtractor) == "album"
    tl = f.get(TracklistsExtractor).tracklists
    # the page stops inside the list: '4. W' is a stub, and the list is not all there
    assert [(t.complete, [x.title for x in t.tracks]) for t in tl] == [
        (False, ["Night Harbor", "Someday", "My Valentine"])]
    assert ("My Valentine", ["Kim Min-ji", "Choi Woo"]) in songs(text)


def test_a_title_written_out_with_its_subtitle() -> None:
    text = ("Night Harbor suffers a slow opening weekend\n\nNight Harbor: A Harbor Saga took "
            "$32m at the box office. Night Harbor only just beat its rival.")
    assert facts(text).get(TopicsExtractor).title == "Night Harbor: A Harbor Saga"


def test_a_holiday_is_no_title() -> None:
    text = ("Night Harbor suffers worst Memorial Day box office\n\nNight Harbor: A Harbor Saga "
            "took $32m across the Memorial Day weekend. Memorial Day box office was slow.")
    title = facts(text, [("EVENT", "Memorial Day"), ("EVENT", "Memorial Day"),
                         ("EVENT", "Memorial Day")]).get(TopicsExtractor).title
    assert title == "Night Harbor: A Harbor Saga"


def test_a_band_is_no_title() -> None:
    text = ("Blue Tram to sing theme for Fuji TV's 'Night Harbor'\n\nRock band Blue Tram will "
            "perform the theme song for Night Harbor, Fuji TV's new drama. Blue Tram formed in "
            "2022. Blue Tram will tour.")
    assert facts(text).get(TopicsExtractor).title == "Night Harbor"


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The film Night Harbor won at Cannes. He thanked his two main actors, Kim Min-ji and Lee "
     "Jun, on stage.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")],
     ["Kim Min-ji", "Lee Jun"]),
    ("The film Night Harbor opens Friday. Actors Kim Min-ji and Lee Jun, along with director "
     "Park Ha, praised it.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")],
     ["Kim Min-ji", "Lee Jun"]),
    ("The film Night Harbor opens Friday. Kim Min-ji and Lee Jun also star in the film.",
     [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")], ["Kim Min-ji", "Lee Jun"]),
    ("The series Night Harbor opens Friday. His friend, Won Hae-hyo (actor Lee Jun), grew up "
     "rich.", [], ["Lee Jun"]),
    ("The series Night Harbor opens Friday. The romance is picturised on Kim Min-ji and Lee "
     "Jun.", [("PERSON", "Kim Min-ji"), ("GPE", "Lee")], ["Kim Min-ji", "Lee Jun"]),
    # a list of names says what its members are, whatever the model calls one of them
    ("The drama Night Harbor stars Kim Min-ji, Lee Jun, Takuya Kimura, Park Ha and Choi Woo.",
     [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("GPE", "Takuya Kimura"),
      ("PERSON", "Park Ha"), ("PERSON", "Choi Woo")],
     ["Kim Min-ji", "Lee Jun", "Takuya Kimura", "Park Ha", "Choi Woo"]),
])
def test_batch_3_cast_patterns(text: str, ents: list[EntSpec], expected: list[str]) -> None:
    from article_extract.extractors.cast import CastExtractor

    assert [m.name for m in facts(text, ents).get(CastExtractor)] == expected


def test_known_for_a_work_you_may_recognize_them_from() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("The series Night Harbor opens Friday. Kim Min-ji, whom you may recognize from "
            "Parasite, plays a makeup artist.")
    found = facts(text, [("PERSON", "Kim Min-ji")]).get(CastExtractor)
    assert [(m.name, m.known_for) for m in found] == [("Kim Min-ji", ["Parasite"])]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The film Night Harbor opens Friday. Night Harbor is Kim Min-ji's first feature film in "
     "years.", [("PERSON", "Kim Min-ji's")], ["Kim Min-ji"]),
    ("The film Night Harbor opens Friday. Sandeep Reddy Vanga's upcoming directorial, Night "
     "Harbor, is violent.", [], ["Sandeep Reddy Vanga"]),
])
def test_possessive_directors(text: str, ents: list[EntSpec], expected: list[str]) -> None:
    from article_extract.extractors.directors import DirectorsExtractor

    assert [d.name for d in facts(text, ents).get(DirectorsExtractor)] == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The film Night Harbor opens Friday. Kim Min-ji is the artist behind the film's theme "
     "song, “Chikyūgi” (translated as “Spinning Globe”). Kim Min-ji wrote and performed the "
     "theme song, “Spinning Globe.”", [("PERSON", "Kim Min-ji")],
     [("Chikyūgi", ["Kim Min-ji"])]),
    ("Singer Kim Min-ji, who sang the ‘Night Harbor’ OST ‘Blue Moon’, spoke. It followed "
     "‘Red Sun’ by the band A.U.R.", [("PERSON", "Kim Min-ji")],
     [("Blue Moon", ["Kim Min-ji"]), ("Red Sun", ["A.U.R."])]),
    # an actor who voiced a character is no singer
    ("The film Night Harbor opens Friday. It stars Lee Jun, who voiced Captain Ryu in "
     "“Starlit Armada” (2019).", [("PERSON", "Lee Jun")], []),
])
def test_batch_3_song_credits(text: str, ents: list[EntSpec],
                              expected: list[tuple[str, list[str]]]) -> None:
    assert songs(text, ents) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The film is by Alfred Newman (1901-1970).", [("1901-1970", "1901/1970")]),
    ("At the 2000 BMI Film and TV Awards, he won.", [("2000", "2000")]),
    ("Posted 18 November,2023 04:08 PM IST", [("18 November,2023", "2023-11-18")]),
])
def test_batch_3_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in facts(text).get(DatesExtractor).items] == expected


def test_a_bracketed_conversion_shares_the_qualifier() -> None:
    assert money("It was projected to take about $40m (£31m) over the weekend.") == [
        ("about $40m", 40e6, "USD", "about"), ("£31m", 31e6, "GBP", "about")]


# --------------------------------------------------------------------- batch 4

def test_a_voice_cast_list_and_a_broadcast_lineup() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("Night Harbor Anime's Theme Songs Announced\n\nThe Night Harbor anime starts soon. "
            "Kim Min-ji will perform the opening theme song, Highlight.\n\n"
            "The current broadcast lineup is as follows:\n\n"
            "  • Tokyo MX: 10/25/2018 at 22:00\n  • Sun TV: 10/25/2018 at 26:00 (10/26/2018 at "
            "2:00AM)\n\nOther confirmed crew members include:\n\n  • Music: Park Ha\n"
            "  • Art Director: Choi Woo\n\nThe previously confirmed voice cast includes:\n\n"
            "  • Danchō Arthur: Lee Jun\n  • Coopy: Nao Tōyama\n")
    f = facts(text, [("PERSON", "Kim Min-ji")])
    assert [p.value for p in f.get(PlatformsExtractor)] == ["Tokyo MX", "Sun TV"]
    assert [m.name for m in f.get(CastExtractor)] == ["Lee Jun", "Nao Tōyama"]
    assert songs(text, [("PERSON", "Kim Min-ji")]) == [("Highlight", ["Kim Min-ji"])]
    # dates on list lines count too
    assert [d.value for d in f.get(DatesExtractor).items if d.rule == "dates.numeric"] == [
        "2018-10-25", "2018-10-25", "2018-10-26"]


def test_musicians_named_before_or_after_their_cue() -> None:
    text = ("The drama Night Harbor is near. Its label confirmed that Kyuhyun, Davichi and "
            "Park Bo Ram will take part in the music. With musicians Kyuhyun and Kim Jong Kook "
            "confirmed, the OST looks strong.")
    assert artists(text) == [("Kyuhyun", None), ("Davichi", None), ("Park Bo Ram", None),
                             ("Kim Jong Kook", None)]


def test_performers_named_before_their_roles_and_awards_are_no_artists() -> None:
    text = ("Night Harbor: The Soundtrack Makes History\n\nNight Harbor: The Soundtrack features "
            "songs sung by Emmy, Grammy, and Tony winning powerhouse Kim Min-ji (Harriet, Heat) as "
            "Elphaba and by superstar Lee Jun as Glinda. The soundtrack also showcases the "
            "musical talents of Oscar winner Park Ha as Madame Morrible, the headmistress; and "
            "pop icon Choi Woo as the legendary Wizard.")
    f = facts(text)
    assert f.get(TopicsExtractor).title == "Night Harbor: The Soundtrack"
    assert f.get(KindExtractor) == "album"
    assert artists(text) == [("Kim Min-ji", None), ("Lee Jun", None), ("Park Ha", None),
                             ("Choi Woo", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # American style: the year after a comma
    ("12-03-2024\n\nThe film Night Harbor opens on November 21, 2025.", "2024-12-03"),
    # British style: day first in words
    ("12-03-2024\n\nThe film Night Harbor opens on 21 November 2025.", "2024-03-12"),
])
def test_written_dates_settle_the_order_of_numeric_ones(text: str, expected: str) -> None:
    items = facts(text).get(DatesExtractor).items
    assert [d.value for d in items if d.rule == "dates.numeric"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("[Album Review] ‘Night Harbor’ OST Album\n\nThe tvN drama \"Night Harbor\" ruled the "
     "charts. The Night Harbor OST album is excellent.", "Night Harbor OST"),
    ("Night Harbor Full OST Album Released\n\nThe full OST album for the tvN drama Night Harbor "
     "came out.", "Night Harbor OST"),
    ("Night Harbor Original Soundtrack Announced For Japan\n\nSquare-Enix has revealed an "
     "original soundtrack for Night Harbor, the game.", "Night Harbor Original Soundtrack"),
])
def test_headlines_that_name_the_release(text: str, expected: str) -> None:
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == (expected, "album")


def test_a_second_run_numbered_from_one_is_the_next_disc() -> None:
    text = ("The Night Harbor Original Soundtrack spans two discs. The official track list:\n\n"
            "01 Intro\n02 Blue\n03 Red\n\n01 Dawn\n02 Dusk\n03 Night\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.disc, [x.title for x in t.tracks]) for t in tl] == [
        (1, ["Intro", "Blue", "Red"]), (2, ["Dawn", "Dusk", "Night"])]


def test_a_titled_list_with_dashes_inside_brackets() -> None:
    text = ("Night Harbor OST Album Track List\n"
            "- Wake Up (Prologue)\n- Not In Love – Lee Min Ki (이민기)\n"
            "- Love U Like U – Infinite’s L (엘 – 인피니트) & Two Months’ Yerim (예림 – 투개월)\n"
            "- Dear Friend (Epilogue)\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [[(x.title, x.performers) for x in t.tracks] for t in tl] == [[
        ("Wake Up (Prologue)", []), ("Not In Love", ["Lee Min Ki"]),
        ("Love U Like U", ["Infinite’s L", "Two Months’ Yerim"]), ("Dear Friend (Epilogue)", [])]]


def test_a_stub_at_the_end_of_the_page_is_cut_off() -> None:
    text = ("Night Harbor: The Soundtrack Tracklisting:\n1. No One Mourns\n2. Dear Old Shiz\n"
            "3. Popular\n4. One S")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.complete, len(t.tracks)) for t in tl] == [(False, 3)]


def test_a_rate_per_episode_is_no_budget() -> None:
    text = ("The drama Night Harbor has a budget estimated at 3 billion won ($2.53 million) per "
            "episode.")
    assert facts(text).get(BudgetExtractor) == []


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The drama Night Harbor opens. Much of the filming was done in the lush forests of Brunei.",
     [("GPE", "Brunei")], ["Brunei"]),
    ("The series Night Harbor is shot in my very own Madhya Pradesh.",
     [("GPE", "Madhya Pradesh")], ["Madhya Pradesh"]),
    ("The series Night Harbor is done in Italy. Then the shoot will relocate to New York.",
     [("GPE", "New York")], ["New York"]),
    ("The series Night Harbor has its set-up located in Mahodiya Village, Sehore.",
     [("GPE", "Sehore")], ["Mahodiya Village", "Sehore"]),
])
def test_batch_4_filming(text: str, ents: list[EntSpec], expected: list[str]) -> None:
    assert [p.value for p in facts(text, ents).get(FilmingExtractor)] == expected


def test_a_director_at_the_end_of_a_relative_clause() -> None:
    from article_extract.extractors.directors import DirectorsExtractor

    text = ("Night Harbor is a comedy series that Chandan Kumar has written and Deepak Kumar "
            "Mishra has directed.")
    found = facts(text, [("PERSON", "Deepak Kumar Mishra")]).get(DirectorsExtractor)
    assert [d.name for d in found] == ["Deepak Kumar Mishra"]


def test_a_film_credit_is_no_song_and_a_band_makes_one() -> None:
    film = ("The series Night Harbor returns. He wrote the screenplay for Martin Scorsese’s “The "
            "Irishman,” which won praise.")
    assert songs(film, [("PERSON", "Martin Scorsese")]) == []
    band = "The series Night Harbor returns. Indie band Blue Tram's 'Last Stop' opens it."
    assert songs(band, [("ORG", "Blue Tram")]) == [("Last Stop", ["Blue Tram"])]


def test_a_group_member_right_before_the_song() -> None:
    text = ('The OST of "Night Harbor" is out. Sistar\'s Soyou "I Miss You" is the song that plays '
            "for the second lead couple.")
    assert songs(text) == [("I Miss You", ["Soyou"])]
    assert artists(text) == [("Soyou", "Sistar")]


# --------------------------------------------------------------------- batch 5

def test_durations_and_a_credit_on_a_few_lines() -> None:
    text = ("Here’s the album track list:\n\n1. Find a New Home – Will Banister (4:24)\n"
            "2. Time Lapse (1:40)\n3. Tex Mex (1:25)\n4. Dressing Down (Alternate Version) (1:25)\n"
            "5. Love Theme – Reprise (2:00)\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [[(x.title, x.performers) for x in t.tracks] for t in tl] == [[
        ("Find a New Home", ["Will Banister"]), ("Time Lapse", []), ("Tex Mex", []),
        ("Dressing Down (Alternate Version)", []), ("Love Theme – Reprise", [])]]


def test_a_scraped_table_and_its_notes() -> None:
    text = ("Night Harbor: Original Motion Picture Soundtrack is the album of the film.\n"
            "Track listing\nNo. | Title | Writer(s) | Length |\n---|---|---|---|\n"
            '1. | "Hair Up" |\n|\n2:58 |\n2. | "Move Your Feet" / "D.A.N.C.E." |\n|\n'
            "| Lee Jun | 3:57 |\n3. | \"True Colors\" (film version) |\n|\n1:00 |\nNotes\n"
            "- Track 1 is performed by Kim Min-ji and Park Ha.\n"
            "- Track 2 and 3 is performed by Choi Woo.\n")
    f = facts(text)
    assert f.get(TopicsExtractor).title == "Night Harbor: Original Motion Picture Soundtrack"
    tl = f.get(TracklistsExtractor).tracklists
    assert [[x.title for x in t.tracks] for t in tl] == [
        ["Hair Up", "Move Your Feet / D.A.N.C.E.", "True Colors (film version)"]]
    assert songs(text) == [("Hair Up", ["Kim Min-ji", "Park Ha"]),
                           ("Move Your Feet / D.A.N.C.E.", ["Choi Woo"]),
                           ("True Colors (film version)", ["Choi Woo"])]


def test_a_quoted_performer_keeps_its_comma() -> None:
    text = "The drama Night Harbor's OST opened with 'Romantic Sunday' by 'Car, The Garden'."
    assert songs(text) == [("Romantic Sunday", ["Car, The Garden"])]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The drama Night Harbor opens. It boasts 5 leading-level actors in all: Kim Min-ji, Lee "
     "Jun and Park Ha. Key supporting actors Choi Woo and Han Ji are on board, and the two "
     "young leads are Go Eun and Yoo Na.", [], ["Kim Min-ji", "Lee Jun", "Park Ha", "Choi Woo",
                                                "Han Ji", "Go Eun", "Yoo Na"]),
    ("The drama Night Harbor opens.\n\nThe actors and their roles are listed below.\n\n"
     "Kim Min-ji as Lee Mi-hyeon, a mother\nLee Jun as Kim Doo-shik, an agent\n"
     "Park Ha as Jang Ju-won, a father\n", [], ["Kim Min-ji", "Lee Jun", "Park Ha"]),
    ("The series Night Harbor is known for the central performances of Kim Min-ji, Lee Jun and "
     "Park Ha.", [], ["Kim Min-ji", "Lee Jun", "Park Ha"]),
    ("The drama Night Harbor ends well, when Yoon Hye Jin (Kim Min-ji) confesses her love for "
     "Hong Doo Sik (Lee Jun).", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")],
     ["Kim Min-ji", "Lee Jun"]),
    ("The film Night Harbor opens. Nag Ashwin has directed the film, whose cast also includes "
     "Kim Min-ji, Lee Jun and Park Ha. Choi Woo and Han Ji make cameo appearances.", [],
     ["Kim Min-ji", "Lee Jun", "Park Ha", "Choi Woo", "Han Ji"]),
    ("Kim Min-ji and Lee Jun finally premiere their series\n\nKim Min-ji and Lee Jun's Night "
     "Harbor premieres today. Its director once directed Love in White, the novel starring "
     "Park Ha and Choi Woo.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"),
                               ("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")],
     ["Kim Min-ji", "Lee Jun"]),
])
def test_batch_5_cast_patterns(text: str, ents: list[EntSpec], expected: list[str]) -> None:
    from article_extract.extractors.cast import CastExtractor

    assert [m.name for m in facts(text, ents).get(CastExtractor)] == expected


def test_a_director_who_has_directed_the_film() -> None:
    from article_extract.extractors.directors import DirectorsExtractor

    text = "The film Night Harbor opens. Nag Ashwin has directed the film."
    assert [d.name for d in facts(text).get(DirectorsExtractor)] == ["Nag Ashwin"]


def test_a_photo_caption_does_not_make_the_title_a_place() -> None:
    text = ("Where is Night Valley filmed? Locations for the BBC drama\n\n"
            "Kim Min-ji in Night Valley. BBC\n\nNight Valley was filmed in Halifax.")
    f = facts(text, [("LOC", "Night Valley"), ("LOC", "Night Valley"), ("LOC", "Night Valley")])
    assert f.get(TopicsExtractor).title == "Night Valley"


def test_a_franchise_name_and_album_sales() -> None:
    text = ("‘New Harbor’ Soundtrack Climbs To No. 1\n\nThe soundtrack to “The Harbor Saga: New "
            "Harbor” moves up to No. 1 on the Billboard 200, while Kim Min-ji’s “Southern Voice” "
            "debuts at No. 2 with 137,000 copies.")
    f = facts(text, [("PERSON", "Kim Min-ji")])
    assert f.get(TopicsExtractor).title == "The Harbor Saga: New Harbor"
    assert songs(text, [("PERSON", "Kim Min-ji")]) == []


# --------------------------------------------------------------------- batch 6

@pytest.mark.parametrize(("text", "ents", "expected"), [
    ('"Night Harbor" centers on Woo Young-woo (Kim Min-ji), a lawyer. Next came "A Model '
     'Family," Netflix\'s new Korean-language original starring Lee Jun.',
     [("PERSON", "Lee Jun")], ["Kim Min-ji"]),
    ("The movie Night Harbor starts filming. Besides Kim Min-ji, actors Lee Jun, Park Ha and "
     "Choi Woo have also joined the cast.", [("PERSON", "Kim Min-ji")],
     ["Lee Jun", "Park Ha", "Choi Woo"]),
    ("Who is in the cast of Night Harbor Season 3?\n\nMost of the main cast are back;\n\n"
     "Kim Min-ji as Charlie Spring\n\nLee Jun as Nick Nelson\n\nPark Ha as Tao Xu\n", [],
     ["Kim Min-ji", "Lee Jun", "Park Ha"]),
])
def test_batch_6_cast_patterns(text: str, ents: list[EntSpec], expected: list[str]) -> None:
    from article_extract.extractors.cast import CastExtractor

    assert [m.name for m in facts(text, ents).get(CastExtractor)] == expected


def test_a_star_s_new_movie_is_not_directed_by_the_star() -> None:
    from article_extract.extractors.directors import DirectorsExtractor

    text = ("Kim Min-ji's new movie “Night Harbor” starts filming\n\nShooting on “Night Harbor”, "
            "the movie starring Kim Min-ji, starts soon. Director Lee Jun has taken the "
            "megaphone.")
    found = facts(text, [("PERSON", "Kim Min-ji"), ("PERSON", "Kim Min-ji")]).get(
        DirectorsExtractor)
    assert [d.name for d in found] == ["Lee Jun"]


def test_batch_6_work_facts() -> None:
    from article_extract.extractors.directors import DirectorsExtractor

    text = ("That makes six No. 1 finishes for the 16-part Korean show Night Harbor. Among the "
            "places the show has filmed before are Twickenham Film Studios, Windsor, and "
            "Uxbridge. Kim Min-ji has directed every episode so far.")
    f = facts(text, [("GPE", "Windsor"), ("GPE", "Uxbridge")])
    assert f.get(EpisodesExtractor).value == 16
    assert [p.value for p in f.get(FilmingExtractor)] == [
        "Twickenham Film Studios", "Windsor", "Uxbridge"]
    assert [d.name for d in f.get(DirectorsExtractor)] == ["Kim Min-ji"]


def test_an_infobox_and_a_copula_title() -> None:
    text = ("Night Harbor (film)\n\nNight Harbor is a 2017 American crime drama directed by Kim "
            "Min-ji.\n\nBudget$34 million\nBox office$24.1 million\n\nThe premiere was at "
            "Detroit's Fox Theatre. The film flopped, taking only $24 million against a budget "
            "of $34 million.")
    f = facts(text, [("GPE", "Night Harbor")])
    assert f.get(TopicsExtractor).title == "Night Harbor"
    assert ("$24.1 million", 24.1e6, "USD", "exact") in money(text)
    assert {(b.amount, b.currency) for b in f.get(BudgetExtractor)} == {(34e6, "USD")}
    assert f.get(PlatformsExtractor) == []
    assert [d.value for d in f.get(DatesExtractor).items] == ["2017"]


def test_a_shop_listing_names_the_release_in_capitals() -> None:
    text = ("Neil Hannon - NIGHT HARBOR: Original Motion Picture Soundtrack [2LP Coloured]\n\n"
            "Format: 2 x LP\nGenre: Soundtrack\n\nNight Harbor, the film starring Kim Min-ji, "
            "gets a soundtrack. Night Harbor opens Friday.")
    f = facts(text, [("PERSON", "Kim Min-ji")])
    assert f.get(TopicsExtractor).title == "NIGHT HARBOR: Original Motion Picture Soundtrack"
    assert f.get(KindExtractor) == "album"


def test_a_review_names_its_title() -> None:
    text = ("Completed\nNight Harbor\n\nReviewing Night Harbor is a frustrating task. The laugh "
            "track in Night Harbor is loud.")
    f = facts(text, [("PERSON", "Night Harbor"), ("GPE", "Night Harbor")])
    assert f.get(TopicsExtractor).title == "Night Harbor"


def test_corner_brackets_quote_a_title() -> None:
    text = ("TVアニメ『終わりのセラフ 名古屋決戦』編を彩るサウンドトラック盤。\n\n"
            "『終わりのセラフ 名古屋決戦』のOST。")
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == ("終わりのセラフ 名古屋決戦",
                                                                     "album")


# --------------------------------------------------------------------- batch 7

@pytest.mark.parametrize(("text", "expected"), [
    ("Night Harbor confirms special OST album pre-release date: All you need to know\n\n"
     "A special OST album has been confirmed for Night Harbor, the drama. The Night Harbor OST "
     "album features many singers.", "Night Harbor OST"),
    ("NIGHTHARBOR\n\nOriginal Motion Picture Soundtrack (2015)\n\nThe CD cover uses the film "
     "poster. Bond drives a car in Rome. Bond waits.", "NIGHTHARBOR"),
    ("Friday, September 13, 2013\n\nChristmas Special Soundtrack\n\nSilva Screen is putting "
     "out the music of the two specials of Night Harbor.", "Christmas Special Soundtrack"),
])
def test_release_names_batch_7(text: str, expected: str) -> None:
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == (expected, "album")


def test_a_holiday_with_its_years() -> None:
    text = ("Posted September 13, 2013\n\nIt collects the specials shown on Christmas Day 2011 "
            "and 2012. It is out on October 21st.")
    items = facts(text).get(DatesExtractor).items
    assert [(d.text, d.value) for d in items] == [
        ("September 13, 2013", "2013-09-13"), ("Christmas Day 2011", "2011-12-25"),
        ("2012", "2012-12-25"), ("October 21st", "2013-10-21")]


def test_clause_singers_and_covers() -> None:
    text = ("The film Night Harbor opens. Its soundtrack is out, with Rihanna and her lead single "
            "“Lift Me Up.” Songs on it "
            "include Tems’ cover of Bob Marley’s “No Woman No Cry.” The album also has E-40 and "
            "Snow Tha Product repping the Bay Area on their song “La Vida,” and Stormzy bringing "
            "his London rap to “Interlude.”")
    assert songs(text, [("PERSON", "Bob Marley")]) == [
        ("Lift Me Up", ["Rihanna"]), ("No Woman No Cry", ["Tems"]),
        ("La Vida", ["E-40", "Snow Tha Product"]), ("Interlude", ["Stormzy"])]


def test_feat_inside_a_word_is_no_feat() -> None:
    text = 'The OST of the drama Night Harbor opens with "Lift Me Up" by Rihanna.'
    assert songs(text) == [("Lift Me Up", ["Rihanna"])]


def test_batch_7_people() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("The film Night Harbor returns. Director Kim Min-ji is back, and Lee Jun is back as "
            "Arthur Fleck. The vocals come from Park Ha, whose voice is known.")
    f = facts(text, [("PERSON", "Lee Jun"), ("PERSON", "Park Ha")])
    assert [m.name for m in f.get(CastExtractor)] == ["Lee Jun"]
    assert artists(text, [("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]) == [("Park Ha", None)]


# --------------------------------------------------------------------- batch 8

def test_a_quoted_release_in_a_track_list_header() -> None:
    text = ("‘Night Things’ season four soundtrack revealed\n\n"
            "Stream it and see the full track list below:\n\n"
            "‘Night Things: Soundtrack from the Series, Season 4’ – Track list\n\n"
            "‘Psycho Killer’ – Talking Heads\n\n‘Running Up That Hill’ – Kate Bush\n\n"
            "‘You Spin Me Round (Like a Record)’ – Dead or Alive\n\n"
            "‘Dream A Little Dream Of Me’ – Ella Fitzgerald & Louis Armstrong\n")
    assert songs(text) == [
        ("Psycho Killer", ["Talking Heads"]), ("Running Up That Hill", ["Kate Bush"]),
        ("You Spin Me Round (Like a Record)", ["Dead or Alive"]),
        ("Dream A Little Dream Of Me", ["Ella Fitzgerald", "Louis Armstrong"])]


def test_italian_credits_and_owner_cue() -> None:
    text = ("Beyoncé pubblica il video di “Spirit” e svela la tracklist di “The Gift”\n\n"
            "Qui sotto la tracklist:\n\n“Bigger” – Beyoncé\n\n“The Nile” – Beyoncé e Kendrick "
            "Lamar\n\n“Water” – Salatel, Pharrell e Beyoncé\n")
    f = facts(text)
    assert f.get(TopicsExtractor).title == "The Gift"
    assert songs(text) == [("Bigger", ["Beyoncé"]), ("The Nile", ["Beyoncé", "Kendrick Lamar"]),
                           ("Water", ["Salatel", "Pharrell", "Beyoncé"])]


def test_a_fact_box_names_the_actors() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("Night Harbor\n\nKim Min-ji directed this crime thriller, Night Harbor.\n"
            "Genre: Action, Crime\nDirector: Kim Min-ji\nActors: Lee Jun, Park Ha, Choi Woo\n")
    assert [m.name for m in facts(text).get(CastExtractor)] == ["Lee Jun", "Park Ha", "Choi Woo"]


def test_a_table_scraped_one_cell_per_line() -> None:
    text = ("Night Harbor\n1 |\nHow\nCan I Be Sure Of You – performed by Harry Nilsson |\n2 |\n"
            "Je\nChante – performed by Charles Trenet |\n3 |\nThe\nWedding Samba – performed by "
            "Edmundo Ros &\nHis Orchestra |\n4 |\nWisdom\n– score by Marc Streitenfeld |\nREVIEW\n"
            "The soundtrack album of Night Harbor is warm.")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [[(x.title, x.performers) for x in t.tracks] for t in tl] == [[
        ("How Can I Be Sure Of You", ["Harry Nilsson"]), ("Je Chante", ["Charles Trenet"]),
        ("The Wedding Samba", ["Edmundo Ros & His Orchestra"]), ("Wisdom", [])]]


def test_a_title_in_brackets_is_the_same_work_under_another_name() -> None:
    text = ("“눈물의 여왕” star Kim Min-ji returns\nSEOUL — The drama “Night Harbor” (눈물의 여왕), "
            "starring Kim Min-ji, premiered on tvN.")
    topics = facts(text, [("PERSON", "Kim Min-ji"), ("PERSON", "Kim Min-ji")]).get(
        TopicsExtractor)
    assert (topics.title, topics.alias) == ("Night Harbor", "눈물의 여왕")


def test_a_number_that_lost_its_dot_continues_the_list() -> None:
    text = ("Night Harbor\nThe soundtrack is out.\n\nTracklist\n1. Harbor Lights\n2. Wait\n"
            "3 Low Tide\n4 Salt\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [[x.title for x in t.tracks] for t in tl] == [
        ["Harbor Lights", "Wait", "Low Tide", "Salt"]]


def test_column_headings_introduce_a_track_table_and_split_its_discs() -> None:
    text = ("Night Harbor: Blue Vinyl LP\n\nRelease date: 2 May 2024\n\n# Title Length\n"
            "1. Harbor Lights\n2. Wait\n3 Low Tide\n# Title Length\n1. Salt\n2. Rope\n3 Gulls\n")
    f = facts(text)
    tl = f.get(TracklistsExtractor).tracklists
    assert [(t.disc, [x.title for x in t.tracks]) for t in tl] == [
        (1, ["Harbor Lights", "Wait", "Low Tide"]), (2, ["Salt", "Rope", "Gulls"])]
    topics = f.get(TopicsExtractor)
    assert topics.title == "Night Harbor"  # the format is not a subtitle
    assert f.get(KindExtractor) == "album"  # a store sells the record


def test_column_headings_never_join_the_entry_above() -> None:
    from article_extract.lists import COLUMN_HEADER

    assert COLUMN_HEADER.match("# Title Length")
    assert COLUMN_HEADER.match("No. Title Artist Time")
    assert not COLUMN_HEADER.match("The Title Length Of This Song")
    text = ("Night Harbor\n\nThe record arrives today.\n\nHarbor Lights - Kim Min-ji\n"
            "Wait - Lee Jun\nLow Tide - Park Ha\n# Title Length\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(x.title, x.performers) for x in tl[0].tracks][-1] == ("Low Tide", ["Park Ha"])


def test_actors_with_credits_play_roles_together() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("Night Harbor\nThe drama Night Harbor films in May.\nKim Min-ji (Blue Moon) and Lee Jun "
            "(Red Sky) play the family’s twin children, Ha-na and Du-ri.\nPark Ha takes the male "
            "lead, Captain Seo.\nChoi Woo takes the role of Doctor Han.\nThe band will play in Seoul.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha"),
                           ("PERSON", "Choi Woo")]
    cast = facts(text, ents).get(CastExtractor)
    assert [(m.name, list(m.known_for)) for m in cast] == [
        ("Kim Min-ji", ["Blue Moon"]), ("Lee Jun", ["Red Sky"]), ("Park Ha", []), ("Choi Woo", [])]


def test_an_episode_count_that_lost_its_hyphen() -> None:
    assert facts("Night Harbor\nThe 70 episode drama airs on tvN.").get(EpisodesExtractor).value == 70
    assert facts("Night Harbor\nEpisode 5 airs on tvN.").get(EpisodesExtractor).value is None


def test_directing_the_work_is_a_director() -> None:
    from article_extract.extractors.directors import DirectorsExtractor

    text = "Night Harbor\nDirecting the 70 episode drama is Zhang Kai (Blue Moon)."
    got = facts(text, [("PERSON", "Zhang Kai")]).get(DirectorsExtractor)
    assert [(d.name, d.rule) for d in got] == [("Zhang Kai", "directors.directing_is")]
    assert facts("Night Harbor\nDirecting the drama is hard.").get(DirectorsExtractor) == []


def test_a_sentence_case_title_is_not_cut_at_its_first_word() -> None:
    text = ("Main cast confirmed for the new period drama\n\nThe studio is making the period drama "
            "Don’t you know? The red should be lean, with Kim Min-ji.")
    assert facts(text, [("PERSON", "Kim Min-ji")]).get(TopicsExtractor).title is None


def test_joining_a_lead_are_the_rest_of_the_cast() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("Night Harbor\n“Night Harbor” is a venture between Acorn and the pubcaster RTE, with "
            "Kim Min-ji (“Blue Moon”) heading an ensemble cast.\nJoining Kim in “Night Harbor” are "
            "Lee Jun (“Red Sky”), Park Ha and Choi Woo (“Salt”).\nJoining the club is easy.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha"),
                           ("PERSON", "Choi Woo")]
    cast = facts(text, ents).get(CastExtractor)
    assert [(m.name, list(m.known_for)) for m in cast] == [
        ("Kim Min-ji", ["Blue Moon"]), ("Lee Jun", ["Red Sky"]), ("Park Ha", []),
        ("Choi Woo", ["Salt"])]


def test_shooting_at_a_number_of_locations_across_a_country() -> None:
    text = ("Night Harbor\nThe production is shooting at a number of locations across Ireland as "
            "well as in Oslo, Norway.")
    got = facts(text, [("GPE", "Ireland"), ("GPE", "Oslo"), ("GPE", "Norway")]).get(
        FilmingExtractor)
    assert [m.value for m in got] == ["Ireland", "Oslo", "Norway"]


def test_a_blog_date_line_is_not_a_title() -> None:
    text = ("Thursday 4 March 2010\n\nMore news on the NIGHT HARBOR series\n\n“Night Harbor” will film "
            "in June. Night Harbor has ten episodes.")
    assert facts(text).get(TopicsExtractor).title == "Night Harbor"


def test_crore_written_cr_and_amounts_a_film_will_cross() -> None:
    assert money("The Kim Min-ji-starrer rakes in Rs 30 cr and could cross Rs 100 cr.") == [
        ("Rs 30 cr", 300000000, "INR", "exact"), ("cross Rs 100 cr", 1000000000, "INR", "over")]
    assert money("It ought to pass Rs 100 crore by Sunday.") == [
        ("pass Rs 100 crore", 1000000000, "INR", "over")]


def test_a_starrer_glued_to_the_name_and_a_list_inside_brackets() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("Night Harbor\nKim Min-ji-starrer rakes in Rs 30 cr on opening day.\nThe film follows "
            "two sisters (played by Lee Jun and Park Ha Shaikh) and their father.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"),
                           ("PERSON", "Park Ha Shaikh")]
    assert [m.name for m in facts(text, ents).get(CastExtractor)] == [
        "Kim Min-ji", "Lee Jun", "Park Ha Shaikh"]


def test_ost_parts_named_in_prose_with_their_singers() -> None:
    text = ("Kim Min-ji's 'Night Harbor' OST pre-order begins\n\nFans of the drama ‘Night Harbor’ can "
            "order its OST album today. Opening the record is OST Part.1 'Blue Moon - Lee Jun', a "
            "gentle song. OST Part.2 ‘Red Sun – Park Ha’ comes next. The song 'Salt - a story' "
            "closes it.")
    f = facts(text)
    assert [(s.title, s.performers) for s in f.get(SoundtrackExtractor).songs] == [
        ("Blue Moon", ["Lee Jun"]), ("Red Sun", ["Park Ha"])]
    assert f.get(KindExtractor) == "album"  # the headline's news is the OST record


def test_a_platforms_possessive_before_the_title() -> None:
    text = ("Night Harbor to Shoot in Prague\n\nThe summer will bring Netflix’s Night Harbor to "
            "Prague. The film “Night Harbor” cost a lot.")
    assert [m.value for m in facts(text).get(PlatformsExtractor)] == ["Netflix"]


def test_a_short_multiplier_apart_from_its_number_before_a_code() -> None:
    assert money("With a budget of 200 m USD, the picture is costly.") == [
        ("200 m USD", 200000000, "USD", "exact")]
    assert money("The set ran 200 m along the beach.") == []


def test_the_work_led_by_its_cast_and_directors_who_are_brothers() -> None:
    from article_extract.extractors.cast import CastExtractor
    from article_extract.extractors.directors import DirectorsExtractor

    text = ("Night Harbor Starring Kim Min-ji to Shoot in Busan\n\nThe spring will bring Netflix’s "
            "Night Harbor, led by Kim Min-ji, Lee Jun and Park Ha, to Busan. The studio, led by "
            "Choi Woo, is proud.\nDirecting duties belong to brothers Anthony and Joe Russo.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Kim Min-ji"),
                           ("PERSON", "Lee Jun"), ("PERSON", "Park Ha"), ("PERSON", "Choi Woo"),
                           ("PERSON", "Joe Russo")]
    f = facts(text, ents)
    assert [m.name for m in f.get(CastExtractor)] == ["Kim Min-ji", "Lee Jun", "Park Ha"]
    assert [(d.name, d.evidence.text) for d in f.get(DirectorsExtractor)] == [
        ("Anthony Russo", "Anthony"), ("Joe Russo", "Joe Russo")]


def test_a_bracketed_show_the_model_calls_an_organisation() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("Night Harbor\nThe drama Night Harbor stars Kim Min-ji (Princess Agents) and Lee Jun "
            "(Blue Entertainment).\nPark Ha (tvN) plays the captain.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("ORG", "Princess Agents"),
                           ("PERSON", "Lee Jun"), ("ORG", "Blue Entertainment"),
                           ("PERSON", "Park Ha"), ("ORG", "tvN")]
    cast = facts(text, ents).get(CastExtractor)
    assert [(m.name, list(m.known_for)) for m in cast] == [
        ("Kim Min-ji", ["Princess Agents"]), ("Lee Jun", []), ("Park Ha", [])]


def test_a_role_then_the_actor_and_an_earlier_work_in_its_bracket() -> None:
    from article_extract.extractors.cast import CastExtractor

    text = ("Night Harbor\nIn the drama Night Harbor an idealistic law student (Kim Min-ji, Hotel "
            "52) and a disgraced investigator (Lee Jun, In Darkness) uncover a plot. The port "
            "(Busan, 2024) is grim.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("GPE", "Busan")]
    cast = facts(text, ents).get(CastExtractor)
    assert [(m.name, list(m.known_for)) for m in cast] == [
        ("Kim Min-ji", ["Hotel 52"]), ("Lee Jun", ["In Darkness"])]


def test_a_title_with_an_abbreviated_honorific() -> None:
    from article_extract.extractors.titles import title_like

    assert title_like("Mr. Sunshine") and title_like("Dr. Romantic 2")
    assert not title_like("It ends. Then it begins")
    text = ("Will ‘Mr. Harbor’ be the next ‘Blue Moon’?\n\nCable channel tvN is getting ready to "
            "air its drama series “Mr. Harbor.” The drama “Mr. Harbor” stars Kim Min-ji.")
    assert facts(text, [("PERSON", "Kim Min-ji")]).get(TopicsExtractor).title == "Mr. Harbor"


def test_a_list_cut_inside_the_last_singers_name() -> None:
    text = ("Night Harbor soundtrack\n\nThe soundtrack album of Night Harbor is out.\n\n"
            "1. Blue Moon – Kim Min-ji\n\n2. Red Sun – Lee Jun Park\n\n3. Salt – Lee Jun Park\n\n"
            "4. Rope – Lee Jun \n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.complete, [x.title for x in t.tracks]) for t in tl] == [
        (False, ["Blue Moon", "Red Sun", "Salt"])]


def test_in_production_in_a_country_is_no_filming_place() -> None:
    ents: list[EntSpec] = [("GPE", "Latvia"), ("GPE", "Belgium")]
    text = "Night Harbor\nThe animated film Night Harbor is in production in Latvia and Belgium."
    assert facts(text, ents).get(FilmingExtractor) == []
    text = "Night Harbor\nProduction took place in Latvia and Belgium."
    assert [m.value for m in facts(text, ents).get(FilmingExtractor)] == ["Latvia", "Belgium"]


def test_a_list_that_closes_with_three_pieces_is_not_three_long() -> None:
    text = ("Night Harbor soundtrack\n\nThe soundtrack album of Night Harbor is out.\n\nTracklist:\n"
            "1. Blue Moon – Kim Min-ji\n2. Red Sun – Lee Jun\n3. Salt – Park Ha\n4. Rope – Choi Woo\n"
            "5. Tide – Kim Min-ji\n\nThe soundtrack closes fittingly with three score pieces.")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.declared_count, len(t.tracks)) for t in tl] == [(None, 5)]


# --------------------------------------------------------------------- batch 10 shapes

def test_entries_set_as_headings_with_prose_between_are_a_list() -> None:
    """'1. NAME – TITLE' headings, each followed by a paragraph about the song; the names come
    first, as the group possessive, the guest and the translations in brackets say."""
    text = ("Night Harbor OST\n\nThe drama's OST is made up of 6 lovely tracks. Here they are.\n\n"
            "1. Kim Min-ji – Blue Hour (푸른 시간)\n\n"
            "A song about waiting for someone who has gone out to sea, sung with a soft voice.\n\n"
            "2. Lee Jun – Tide Line (물결)\n\n"
            "The second track is faster and brighter, with a guitar that carries the chorus.\n\n"
            "HARBOR’s Park Ha ft. Choi Woo – Lanterns\n\n"
            "Both singers had worked together before, and they sound at ease with each other.\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.declared_count, t.complete, [x.title for x in t.tracks]) for t in tl] == [
        (6, False, ["Blue Hour (푸른 시간)", "Tide Line (물결)", "Lanterns"])]
    assert songs(text) == [("Blue Hour (푸른 시간)", ["Kim Min-ji"]), ("Tide Line (물결)", ["Lee Jun"]),
                           ("Lanterns", ["Park Ha", "Choi Woo"])]
    assert ("Park Ha", "HARBOR") in artists(text)


def test_a_possessive_title_does_not_turn_a_list_round() -> None:
    text = ("The running order:\n\n1. Overture\n2. Nora's Ledger — Kim Min-ji\n"
            "3. The Ferryman's Waltz — Lee Jun\n4. Salt Road — Park Ha\n")
    assert songs(text) == [("Nora's Ledger", ["Kim Min-ji"]), ("The Ferryman's Waltz", ["Lee Jun"]),
                           ("Salt Road", ["Park Ha"])]


def test_titles_in_single_quotes_and_a_band_with_a_number() -> None:
    text = ("The soundtrack is out. Its 4 songs come from the film.\n"
            "1. 'Feels Like Rain' - Kim Min-ji\n2. 'Don't Go Now' - Lee Jun\n"
            "3. 'Harbor Lights' - Night Harbor 5\n4. 'Tide' - Park Ha\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.declared_count, [x.title for x in t.tracks]) for t in tl] == [
        (4, ["Feels Like Rain", "Don't Go Now", "Harbor Lights", "Tide"])]
    assert ("Night Harbor 5", None) in artists(text)


def test_a_release_heading_over_fact_lines_announces_the_list() -> None:
    text = ("Wednesday, October 15, 2008\n\nNight Harbor Original Soundtrack\n\n"
            "RELEASED: 07.16.2008\nLABEL: Harbor Sound\n"
            "1. Kaze (Wind)\n2. Umi (Sea)\n3. Yoru (Night)\n4. Tsuki (Moon)\n")
    f = facts(text)
    assert [[x.title for x in t.tracks] for t in f.get(TracklistsExtractor).tracklists] == [
        ["Kaze (Wind)", "Umi (Sea)", "Yoru (Night)", "Tsuki (Moon)"]]
    assert f.get(TopicsExtractor).title == "Night Harbor Original Soundtrack"


@pytest.mark.parametrize(("text", "expected"), [
    ("It made Rs.48 crore in three days.", [("Rs.48 crore", 480000000, "INR", "exact")]),
    ("It took Rs.15.30 crore on day one.", [("Rs.15.30 crore", 153000000, "INR", "exact")]),
])
def test_rupees_glued_to_a_dotted_symbol(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert money(text) == expected


def test_a_dotted_amount_does_not_end_the_clause_of_a_weekday() -> None:
    text = ("Posted December 27, 2011\n\nThe film took Rs.15.30 crore on Friday, then Rs.15.09 "
            "crore on Saturday.")
    dates = facts(text, ref=date(2011, 12, 27)).get(DatesExtractor).items
    assert [(d.text, d.value) for d in dates if d.text.endswith("day")] == [
        ("Friday", "2011-12-23"), ("Saturday", "2011-12-24")]


def test_a_disc_header_glued_to_its_first_entry() -> None:
    text = ("The soundtrack album is out.\n\nDisc: 1\n\n1. Blue Hour\n2. Tide Line\n3. Lanterns\n\n"
            "Disc: 2 1. Harbor Lights\n2. Salt Road\n3. Night Ferry\n")
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.disc, [x.title for x in t.tracks]) for t in tl] == [
        (1, ["Blue Hour", "Tide Line", "Lanterns"]), (2, ["Harbor Lights", "Salt Road", "Night Ferry"])]


def test_big_names_such_as_are_cast() -> None:
    text = ("The film Night Harbor opened on Friday. Lee Jun directed the film, which also boasts "
            "other big names such as Kim Min-ji, Park Ha and Choi Woo.")
    ents: list[EntSpec] = [("PERSON", "Lee Jun"), ("PERSON", "Kim Min-ji"), ("PERSON", "Park Ha"),
                           ("PERSON", "Choi Woo")]
    assert [m.name for m in facts(text, ents).get(CastExtractor)] == ["Kim Min-ji", "Park Ha",
                                                                     "Choi Woo"]


def test_a_latin_name_in_a_headline_in_another_script_is_the_title() -> None:
    text = "Скоро выйдет и саундтрек к Night Harbor…\n\nАльбом поступит в продажу в декабре.\n"
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == ("Night Harbor", "album")


@pytest.mark.parametrize(("text", "expected"), [
    ("It cost ~$29 million.", [("~$29 million", 29000000, "USD", "about")]),
    # an amount after a slash restates the one before it, qualifier and all
    ("Each episode cost more than 2 billion won / $1.8 million.",
     [("more than 2 billion won", 2000000000, "KRW", "over"), ("$1.8 million", 1800000, "USD", "over")]),
])
def test_a_tilde_and_a_slashed_conversion(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert money(text) == expected


def test_a_sum_set_aside_is_the_budget_and_its_tilde_conversion_is_not_a_second() -> None:
    text = ("The tvN drama Night Harbor will run for 16 episodes with 32 billion won (~$29 million) "
            "set aside overall.")
    assert [(b.amount, b.currency) for b in facts(text).get(BudgetExtractor)] == [(32e9, "KRW")]


def test_two_stars_drama_has_no_director_and_a_whose_aside_names_none() -> None:
    text = ("Kim Min-ji And Lee Jun's Drama Night Harbor Halts Filming\n\n"
            "The drama Night Harbor will air on tvN. Directing duties go to Park Ha, whose credits "
            "include tvN's Goblin, KBS' Descendants of the Sun and more.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]
    assert [d.name for d in facts(text, ents).get(DirectorsExtractor)] == ["Park Ha"]


def test_a_blockbuster_on_a_broadcaster_is_no_film() -> None:
    text = "Night Harbor, the upcoming tvN blockbuster, will run for 16 episodes."
    assert facts(text).get(KindExtractor) == "series"


def test_a_title_before_an_actor_noun_is_known_for_and_signed_on_names_the_cast() -> None:
    text = ("The drama Night Harbor brings Blue Tide 3 costars Kim Min-ji and Lee Jun back together. "
            "It was confirmed that Harbor Lights actor Kim Min-ji had come on board as the captain. "
            "Lee Jun and Park Ha have signed on as the sisters. Acclaimed Korean actor Choi Woo "
            "plays their father.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha"),
                           ("NORP", "Korean"), ("PERSON", "Choi Woo")]
    cast = facts(text, ents).get(CastExtractor)
    assert [(m.name, m.known_for) for m in cast] == [
        ("Kim Min-ji", ["Blue Tide 3", "Harbor Lights"]), ("Lee Jun", ["Blue Tide 3"]),
        ("Park Ha", []), ("Choi Woo", [])]


def test_a_pronoun_credit_goes_to_the_one_cast_member_of_its_paragraph() -> None:
    text = ("The drama Night Harbor stars Kim Min-ji and Lee Jun.\n\n"
            "It marks Kim Min-ji's return after she starred in \"Blue Tide\" in 2021.\n\n"
            "Lee Jun met Park Ha on set. He appeared in \"Salt Road\".\n\n"
            "Lee Jun and Kim Min-ji are friends. She appeared in \"Harbor Lights\".")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]
    cast = facts(text, ents).get(CastExtractor)
    # Park Ha stands before the second pronoun, two cast members share the third paragraph
    assert [(m.name, m.known_for) for m in cast] == [("Kim Min-ji", ["Blue Tide"]), ("Lee Jun", [])]


def test_a_director_named_with_a_possessive() -> None:
    text = ("The film ‘Night Harbor’ opened with £8.8m, the biggest opening weekend of director "
            "Kim Min-ji’s career.")
    assert [d.name for d in facts(text, [("PERSON", "Kim Min-ji")]).get(DirectorsExtractor)] == [
        "Kim Min-ji"]


def test_filming_got_under_way_and_a_plan_to_shoot() -> None:
    text = ("Night Harbor to Shoot in Busan\n\n"
            "Shooting on Night Harbor got under way in early March in Seoul, where the cameras "
            "stay until April.")
    ents: list[EntSpec] = [("GPE", "Busan"), ("GPE", "Seoul")]
    assert [p.value for p in facts(text, ents).get(FilmingExtractor)] == ["Busan", "Seoul"]


def test_a_list_of_artists_first_is_told_by_the_names_the_page_gives_elsewhere() -> None:
    """No marks on the lines: the prose names the left column's acts, not the right's songs."""
    text = ("Night Harbor soundtrack features Harbor Lights, The Salt Road\n\n"
            "The names on it include Harbor Lights, The Salt Road and Band Of Gulls.\n\n"
            "The complete tracklisting\n\n"
            "Harbor Lights - Blue Hour\nThe Salt Road - Tide Line\nFlorence And The Tides - Lanterns\n"
            "Band Of Gulls - Night Ferry\nKIM - Harbor Song [ft. Lee Jun]\n")
    assert songs(text) == [("Blue Hour", ["Harbor Lights"]), ("Tide Line", ["The Salt Road"]),
                           ("Lanterns", ["Florence And The Tides"]),
                           ("Night Ferry", ["Band Of Gulls"]), ("Harbor Song", ["KIM", "Lee Jun"])]


def test_a_bracketed_guest_does_not_cut_a_list_line() -> None:
    """'[ft. The ...': the abbreviation inside a bracket is no sentence break, so the line is
    an entry of the list under its header."""
    from article_extract.segment import segment

    text = ("The tracklist:\nBlue Hour - Kim Min-ji\nTide Line [ft. The Gulls] - Lee Jun\n"
            "Lanterns - Choi Woo\n")
    (block,) = segment(text).lists
    assert (block.header.text if block.header else None, len(block.items)) == ("The tracklist:", 3)
    tl = facts(text).get(TracklistsExtractor).tracklists
    assert [[x.title for x in t.tracks] for t in tl] == [["Blue Hour", "Tide Line", "Lanterns"]]


def test_backtick_quotes_a_double_angle_breadcrumb_and_a_numeric_dateline() -> None:
    text = ("Harbor Community News >> NIGHT HARBOR Movie\n\n"
            "6/1/2006 Houston -- ``Night Harbor’’ pits two brothers against each other, and "
            "it opens on Friday, June 2nd. Last year's film did well. The director of ``Night "
            "Harbor’’ spoke, and fans of ``Night Harbor’’ cheered.\n")
    f = facts(text, [("GPE", "Houston")])
    assert f.get(TopicsExtractor).title == "Night Harbor"
    assert [(d.text, d.value) for d in f.get(DatesExtractor).items] == [
        ("6/1/2006", "2006-06-01"), ("June 2nd", "2006-06-02"), ("Last year", "2005")]


def test_a_numeric_dateline_outside_america_reads_day_first() -> None:
    text = "6/1/2006 Leeds -- The film ``Night Harbor’’ opens.\n"
    f = facts(text, [("GPE", "Leeds")])
    assert [(d.text, d.value) for d in f.get(DatesExtractor).items] == [("6/1/2006", "2006-01-06")]


@pytest.mark.parametrize(("text", "expected"), [
    ("It had raked in 144 cr worldwide.", [("144 cr", 1440000000, "INR", "exact")]),
    ("Overseas it took $7.6 M in ten days.", [("$7.6 M", 7600000, "USD", "exact")]),
    ("Kerala71.85 Cr\nKarnataka 5.05 Cr", [("71.85 Cr", 718500000, "INR", "exact"),
                                           ("5.05 Cr", 50500000, "INR", "exact")]),
])
def test_crore_abbreviated_a_spaced_million_and_a_glued_table_label(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert money(text) == expected


@pytest.mark.parametrize("text", ["The pole is 5 m long.", "He ran 5 M B-roll clips.",
                                  "It sold 5 B-movie tickets."])
def test_a_spaced_lower_case_m_or_a_b_before_a_hyphen_is_no_multiplier(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The film Night Harbor opens Friday. By Tuesday the Kim Min-ji-directed film should sit at "
     "$82 million.", ["Kim Min-ji"], ["Kim Min-ji"]),
    ("Night Harbor is a new series. Kim Min-ji and Lee Jun direct the series, and Park Ha writes it.",
     ["Kim Min-ji", "Lee Jun", "Park Ha"], ["Kim Min-ji", "Lee Jun"]),
    ("Für die Serie Night Harbor inszeniert Regisseur Kim Min-ji eine Fernsehserie.", ["Kim Min-ji"],
     ["Kim Min-ji"]),
])
def test_directors_hyphenated_plural_and_in_other_languages(text: str, ents: list[str],
                                                            expected: list[str]) -> None:
    found = facts(text, [("PERSON", e) for e in ents]).get(DirectorsExtractor)
    assert [d.name for d in found] == expected


def test_working_alongside_are_and_brings_back_as_name_the_cast() -> None:
    text = ("The film Night Harbor opens Friday. The sequel brings Kim Min-ji back as a captain. "
            "Working alongside the actor are Lee Jun, Park Ha and Choi Woo. It brings the city "
            "back to life.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha"),
                           ("PERSON", "Choi Woo")]
    assert [m.name for m in facts(text, ents).get(CastExtractor)] == [
        "Kim Min-ji", "Lee Jun", "Park Ha", "Choi Woo"]


def test_a_serial_comma_list_before_are_in_the_cast() -> None:
    text = ("The drama Night Harbor started. There it confirmed that Kim Min-ji (金敏智), Lee Jun (李俊), "
            "and Park Ha (朴夏) are in the cast. Choi Woo has also joined, though he missed the "
            "ceremony. Besides Kim Min-ji, actors Lee Jun and Park Ha have also joined the cast.")
    ents: list[EntSpec] = [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha"),
                           ("PERSON", "Choi Woo")]
    assert [m.name for m in facts(text, ents).get(CastExtractor)] == [
        "Kim Min-ji", "Lee Jun", "Park Ha", "Choi Woo"]


@pytest.mark.parametrize(("text", "names"), [
    ("Die Serie Night Harbor startet. Zum Ensemble gehören außerdem viele bekannte Gesichter, etwa "
     "Kim Min-ji, Lee Jun und Park Ha.", ["Kim Min-ji", "Lee Jun", "Park Ha"]),
    ("O filme Night Harbor tem apoio. Do elenco fazem ainda parte os portugueses Kim Min-ji, Lee Jun "
     "e Park Ha.", ["Kim Min-ji", "Lee Jun", "Park Ha"]),
    ("O filme Night Harbor conta no elenco com atrizes portuguesas, entre elas Kim Min-ji e Park Ha.",
     ["Kim Min-ji", "Park Ha"]),
    ("Night Harbor es una telenovela. Kim Min-ji, Lee Jun y Park Ha son los protagonistas de Night "
     "Harbor.", ["Kim Min-ji", "Lee Jun", "Park Ha"]),
])
def test_the_cast_named_in_german_portuguese_and_spanish(text: str, names: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in names]
    assert [m.name for m in facts(text, ents).get(CastExtractor)] == names


def test_a_date_stamp_with_an_at_sign_sets_the_reference_date() -> None:
    text = ("KIM to sing the theme song for the drama \"Night Harbor\"\n\nJuly 7, 2012 @ 4:51 am\n\n"
            "The drama starts this month.\n")
    dates = facts(text).get(DatesExtractor).items
    assert [(d.text, d.value) for d in dates] == [("July 7, 2012", "2012-07-07"),
                                                 ("this month", "2012-07")]


def test_a_text_that_ends_in_the_word_the() -> None:
    """A page cut off right after 'The ' (found by the mutated-corpus property test): the run
    after 'The' is empty; it raised IndexError, and the title is still the one the text names."""
    assert facts("Night Harbor is a drama. The ").get(TopicsExtractor).title == "Night Harbor"


@pytest.mark.parametrize(("text", "title", "kind"), [
    ("海都讯 以海上救援为题材的电视剧《夜港》是国内头一部同类作品。", "夜港", "series"),
    ("SBS 월화드라마 ‘밤바다’(김민 극본)의 음악을 위해 가수들이 모였다.", "밤바다", "series"),
])
def test_a_kind_word_glued_to_a_quoted_title_in_a_caseless_script(text: str, title: str,
                                                                  kind: str) -> None:
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == (title, kind)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ongkos produksi film itu mencapai sekitar Rp 58-72 miliar, yakni USD 4-5 juta.",
     [("sekitar Rp 58-72 miliar", 58e9, "IDR", "about"), ("USD 4-5 juta", 4e6, "USD", "exact")]),
    ("La película costó más de 2,5 millones de dólares.",
     [("más de 2,5 millones de dólares", 2.5e6, "USD", "over")]),
    ("Die Produktion kostete knapp 40 Millionen Euro.",
     [("knapp 40 Millionen Euro", 4e7, "EUR", "under")]),
    ("Бюджет фильма — 36,5 млн долларов.", [("36,5 млн долларов", 3.65e7, "USD", "exact")]),
    # an English 'fast' before an amount is no German 'knapp'
    ("The film made a fast $20 million.", [("$20 million", 2e7, "USD", "exact")]),
])
def test_money_scale_words_and_qualifiers_of_other_languages(
        text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(("text", "ents"), [
    # a weekday is no title, however it is introduced
    ("Night Harbor holds well. By the close of Tuesday, the film should pass $60 million.", []),
    # one word of a person's full name is that person, not a work
    ("Fans Want Mandy Treated Better\n\nMandy Roh joins a new drama. Fans say Mandy deserves "
     "better. Mandy has 15 years in the business.", [("PERSON", "Mandy Roh")]),
])
def test_no_title_from_a_weekday_or_a_persons_name(text: str, ents: list[EntSpec]) -> None:
    assert facts(text, ents).get(TopicsExtractor).title not in ("Tuesday", "Mandy")


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("Roh Min of BLUE LAMP to sing on first K-drama soundtrack for new series Night Harbor",
     [("PERSON", "Roh Min")], [("Roh Min", "BLUE LAMP")]),
    ("The drama Night Harbor is new. Lee Jun will record the theme song.",
     [("PERSON", "Lee Jun")], [("Lee Jun", None)]),
    ("The drama Night Harbor is new. Lee Jun will sing on stage at the finale.",
     [("PERSON", "Lee Jun")], []),
    ("BLUE LAMP’s Roh Min releases part 3 of OST for “Night Harbor”\n\nBLUE LAMP’s Roh Min "
     "has put out OST Part 3 for Night Harbor, a web drama.", [("PERSON", "Roh Min")],
     [("Roh Min", "BLUE LAMP")]),
])
def test_artists_announced_to_sing_on_a_soundtrack(
        text: str, ents: list[EntSpec], expected: list[tuple[str, str | None]]) -> None:
    assert artists(text, ents) == expected


# --------------------------------------------------------------------- batch 16

def test_inverted_cast_cues_and_award_descriptors() -> None:
    text = ("The drama Night Harbor is new. Heading the all-star cast are SAFTA winners Roh Min "
            "(Blue Lamp, Red Door) and Lee Jun (Gold Gate). Rounding out the ensemble of the "
            "mystery are Fleur du Cap nominee Park Ha-neul (Silver Key) and Choi Woo.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha-neul",
                                                   "Choi Woo")]
    assert [(m.name, m.known_for) for m in facts(text, ents).get(CastExtractor)] == [
        ("Roh Min", ["Blue Lamp", "Red Door"]), ("Lee Jun", ["Gold Gate"]),
        ("Park Ha-neul", ["Silver Key"]), ("Choi Woo", [])]


def test_quoted_entries_credited_with_performed_by_and_featuring() -> None:
    text = ('The album\'s tracks are as follows:\n\n1. "Blue Lamp" Performed by Roh Min\n'
            '2. "Red Door" Performed by Roh Min featuring Lee Jun\n'
            '3. "Gold Gate" Performed by Park Ha and Roh Min\n4. "Silver Key"\n5. "Iron Bell"\n')
    assert songs(text) == [("Blue Lamp", ["Roh Min"]), ("Red Door", ["Roh Min", "Lee Jun"]),
                           ("Gold Gate", ["Park Ha", "Roh Min"])]
    lists = facts(text).get(TracklistsExtractor).tracklists
    assert [t.title for t in lists[0].tracks] == ["Blue Lamp", "Red Door", "Gold Gate",
                                                  "Silver Key", "Iron Bell"]


def test_a_screenshot_file_name_is_no_date_and_a_negated_shoot_no_place() -> None:
    text = ("Screen Shot 2014-03-07 at 10.12.09 PM\n\nThe film Night Harbor is a true story. Every "
            "scene was shot on location, and not one scene would be filmed in Korea.")
    f = facts(text, [("GPE", "Korea")])
    assert [d.value for d in f.get(DatesExtractor).items] == []
    assert f.get(FilmingExtractor) == []


def test_a_korean_miniseries_word_glued_to_its_title() -> None:
    text = "SBS 월화미니시리즈 ‘밤바다’(극본 김민)의 OST가 나온다."
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == ("밤바다", "series")


def test_a_local_story_of_a_shoot_names_the_series_not_the_region() -> None:
    text = ("Fife lands starring role in new TV drama series\n\nA scene from Night Harbor.\n"
            "A scene from Night Harbor.\nHide Ad\n\nFife will charm the viewers of Night "
            "Harbor, the four-part BBC One series. Many scenes were shot in and around Elmford "
            "last autumn, with Roh Min and Lee Jun in the starring roles.\nHide Ad\n\nFife "
            "has a starring part. Fife is proud.")
    f = facts(text, [("PERSON", "Roh Min"), ("PERSON", "Lee Jun"), ("GPE", "Elmford")])
    assert f.get(TopicsExtractor).title == "Night Harbor"
    assert [m.name for m in f.get(CastExtractor)] == ["Roh Min", "Lee Jun"]
    assert [p.value for p in f.get(FilmingExtractor)] == ["Elmford"]


@pytest.mark.parametrize(("raw", "clean"), [
    ("Night Harbor.", "Night Harbor"), ("One of Us.", "One of Us"), ("V.I.P.", "V.I.P."),
    ("Blue Moon Vol.", "Blue Moon Vol."), ("Night Harbor, Jr.", "Night Harbor, Jr."),
])
def test_a_titles_final_full_stop(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


def test_an_apposition_names_the_singers_group() -> None:
    text = ("The drama Night Harbor has an OST. “Iron Gate” is sung by Roh Min, the vocalist "
            "of Blue Lamp, and it became the theme of the hero.")
    assert artists(text, [("PERSON", "Roh Min")]) == [("Roh Min", "Blue Lamp")]


@pytest.mark.parametrize(("text", "title", "kind", "platforms"), [
    ("テレビアニメ『夜の港』の放送が、2021年1月10よりTOKYO MXなどでスタートする。", "夜の港", "series",
     ["TOKYO MX"]),
    # a record word later in the sentence: the soundtrack record is the news
    ("TVアニメ『夜の港』編を彩るサウンドトラック盤。", "夜の港", "album", []),
    ("SBS 월화미니시리즈 ‘밤바다’(극본 김민)의 OST가 8월 3일 실물 음반으로 나온다.", "밤바다", "album", []),
])
def test_caseless_scripts_glue_particles_to_platforms_and_kind_words(
        text: str, title: str, kind: str, platforms: list[str]) -> None:
    f = facts(text)
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor),
            [p.value for p in f.get(PlatformsExtractor)]) == (title, kind, platforms)


# --------------------------------------------------------------------- batch 17

def test_sides_of_one_record_read_artist_first_together() -> None:
    text = ("Night Harbor soundtrack to be issued on vinyl\n\nThe drama Night Harbor has a great "
            "soundtrack, with Blue Lamp and Red Door among its acts.\n\nHere’s the full tracklist:"
            "\n\nSide A\n\n"
            "01. Blue Lamp – Woke Up Early\n02. Gold 7 – It’s Fine You See\n\nSide B\n\n"
            "03. Red Door – Out Of Reach\n04. Silver Key & The Lanterns – Complicated Roads\n")
    f = facts(text)
    assert f.get(KindExtractor) == "album"
    lists = f.get(TracklistsExtractor).tracklists
    assert [(t.label, [x.title for x in t.tracks]) for t in lists] == [
        ("Side A", ["Woke Up Early", "It’s Fine You See"]),
        ("Side B", ["Out Of Reach", "Complicated Roads"])]
    assert songs(text) == [("Woke Up Early", ["Blue Lamp"]), ("It’s Fine You See", ["Gold 7"]),
                           ("Out Of Reach", ["Red Door"]),
                           ("Complicated Roads", ["Silver Key & The Lanterns"])]


def test_a_store_table_with_cjk_column_names_and_dash_credits_in_hangul() -> None:
    text = ("드라마 ‘밤바다’ OST Part 2 가 나온다.\n| 編號 | 曲名 |\n|---|---|\n| 1. | 푸른 밤 - 김하늘 |\n"
            "| 2. | 바다의 노래 - 별빛 |\n| 3. | LENTO - 하람 (Ha:ram) |\n| 4. | Westwind |\n"
            "| 5. | 귀로 |\n")
    lists = facts(text).get(TracklistsExtractor).tracklists
    assert [(t.title, t.performers) for t in lists[0].tracks] == [
        ("푸른 밤", ["김하늘"]), ("바다의 노래", ["별빛"]), ("LENTO", ["하람"]), ("Westwind", []),
        ("귀로", [])]


def test_a_novela_named_in_an_apposition() -> None:
    f = facts("Sucesso é o que não falta na trilha sonora de Noite Clara, a nova novela da Globo.")
    assert (f.get(TopicsExtractor).title, f.get(KindExtractor)) == ("Noite Clara", "series")


@pytest.mark.parametrize(("text", "expected"), [
    ("Film Noc uvedou kina 8. září 2022.", [("8. září 2022", "2022-09-08")]),
    ("Premiera 8 czerwca 2010 roku.", [("8 czerwca 2010", "2010-06-08")]),
    ("A dupla lançou a faixa em 2004.", [("2004", "2004")]),
    ("El grupo la grabó en 2004.", [("2004", "2004")]),
])
def test_czech_and_polish_months_and_year_cues_of_other_languages(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in facts(text).get(DatesExtractor).items] == expected


# --------------------------------------------------------------------- batch 18

def test_a_local_story_of_a_series_shoot() -> None:
    text = ("FILMING is now under way for a new BBC drama series at Elm Minster and at St Anne’s "
            "College, its neighbour.\n\nCameras began rolling for Night & Day both indoors and "
            "outdoors on Tuesday.\n\nAmong the cast are Roh Min (Blue Lamp, Red Door) and Lee Jun "
            "(Gold Gate).\n\nHarbor Pictures is making the drama for BBC One, with BBC America as "
            "co-producer.")
    ents: list[EntSpec] = [("FAC", "Elm Minster"), ("FAC", "St Anne’s College"),
                           ("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]
    f = facts(text, ents)
    assert f.get(TopicsExtractor).title == "Night & Day"
    assert [p.value for p in f.get(FilmingExtractor)] == ["Elm Minster", "St Anne’s College"]
    assert [(m.name, m.known_for) for m in f.get(CastExtractor)] == [
        ("Roh Min", ["Blue Lamp", "Red Door"]), ("Lee Jun", ["Gold Gate"])]
    assert "BBC One" in [p.value for p in f.get(PlatformsExtractor)]


def test_a_bgm_count_is_no_money() -> None:
    assert money("노래 총12곡, BGM 33곡에 뮤직비디오 6편을 더했다.") == []


def test_an_exchange_rate_is_no_money_and_a_citation_line_no_date() -> None:
    assert money("Biayanya sekitar Rp 58 miliar, bila 1 USD dihitung setara Rp 14 ribuan.") == [
        ("sekitar Rp 58 miliar", 58e9, "IDR", "about")]
    assert money("The rate was 1 USD = 1,300 won; the film cost $5 million.") == [
        ("$5 million", 5e6, "USD", "exact")]
    text = ('Night Harbor is a drama.\n\n  1. "Night Harbor (Lamp)". Archived frae the oreeginal on 13 '
            "April 2013. Retrieved 20 January 2016.\n")
    assert [d.value for d in facts(text).get(DatesExtractor).items] == []


def test_a_bracket_the_text_calls_a_character_is_no_group() -> None:
    text = ("The album has the songs Roh Min made as his character Cliff Lamp.\n\nTracklist:\n"
            "1. Blue Moon – Roh Min (Lamp)\n2. Red Sun – Roh Min (Lamp)\n3. Gold Gate – Lee Jun\n")
    assert ("Roh Min", None) in artists(text)
