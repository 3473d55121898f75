"""Filming places (extractors/filming.py): the cue shapes of real pages, on invented text with
the model's place labels stated, so the rules run without the statistical model."""

from __future__ import annotations

import pytest

from article_extract.contract import run_all
from article_extract.extractors.filming import FilmingExtractor
from article_extract.testing import EntSpec, make_ctx
from tests.conftest import Run


def places(text: str, ents: list[EntSpec]) -> list[str]:
    return [p.value for p in run_all(make_ctx(text, ents=ents)).get(FilmingExtractor)]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # a day-first date and an unnamed venue between the cue and the place
    ("The short film Night Harbor is budgeted at W50 million; filming begins on 3 February at a "
     "hotel and a restaurant in Doksan, southern Seoul.", [("GPE", "Doksan")], ["Doksan"]),
    ("The film Night Harbor began shooting last October at Mokpo.", [("GPE", "Mokpo")],
     ["Mokpo"]),
    # people travel to the place to shoot there
    ("The series Night Harbor returns. The crew will also head back to Tunisia to shoot the "
     "desert scenes.", [("GPE", "Tunisia")], ["Tunisia"]),
    ("The drama Night Harbor is ready. The actors had already gone to Odae Mountain to shoot "
     "outdoor scenes.", [], ["Odae Mountain"]),
    # filming cues of other languages, with their own 'and'
    ("La serie Noche Clara empezó a rodarse en Oaxaca y Chiapas.",
     [("GPE", "Oaxaca"), ("GPE", "Chiapas")], ["Oaxaca", "Chiapas"]),
    ("A série Noite Clara seria rodada em Vila do Conde entre fevereiro e março.",
     [("GPE", "Vila do Conde")], ["Vila do Conde"]),
    ("Die Serie Nachtklar wurde gedreht in Köln und Bonn.", [("GPE", "Köln"), ("GPE", "Bonn")],
     ["Köln", "Bonn"]),
    # cameras rolling 'on' a place: only a place, never the work itself
    ("Cameras are rolling on Odae Island for the drama Night Harbor.", [], ["Odae Island"]),
    ("The drama Night Harbor is new; cameras began to roll on Elm Road today.",
     [("FAC", "Elm Road")], ["Elm Road"]),
    ("Cameras are rolling on Night Harbor, the new drama.", [("GPE", "Night Harbor")], []),
    ("Shooting on Night Harbor got under way in early March in Busan.", [("GPE", "Busan")], ["Busan"]),
    # 'started rolling' as 'began to roll'; rolling 'on' the work itself names no place
    ("The drama Night Harbor is new. Cameras started rolling in Mokpo last week.",
     [("GPE", "Mokpo")], ["Mokpo"]),
    ("The drama Night Harbor is new. Cameras started rolling on Night Harbor last October.",
     [], []),
    # a possessive place: the place and where it is
    ("The drama Night Harbor is the first to shoot at South Korea's Mokpo Harbour Terminal.",
     [("GPE", "South Korea")], ["Mokpo Harbour Terminal", "South Korea"]),
    # a place list after a dash: 'shooting around the region – in A, B and C'
    ("The series Night Harbor has spent months shooting around the region – in Alford, Bexley "
     "and Corwen.", [("GPE", "Alford"), ("GPE", "Bexley"), ("GPE", "Corwen")],
     ["Alford", "Bexley", "Corwen"]),
])
def test_filming_cue_shapes(text: str, ents: list[EntSpec], expected: list[str]) -> None:
    assert places(text, ents) == expected


@pytest.mark.parametrize("text", [
    "The drama Night Harbor is ready. The actors went to Busan to meet their fans.",
    "The film Night Harbor opens. Its star went to Busan to shop before shooting began.",
])
def test_travel_without_a_shoot_there_is_no_filming_place(text: str) -> None:
    assert places(text, [("GPE", "Busan")]) == []


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("Filmul Nattklar: filmările s-au realizat la Sibiu și Snagov.",
     [("GPE", "Sibiu"), ("GPE", "Snagov")], ["Sibiu", "Snagov"]),
    ("Filmen Nattklar spelas in i Malmö och Lund.", [("GPE", "Malmö"), ("GPE", "Lund")],
     ["Malmö", "Lund"]),
])
def test_romanian_and_swedish_filming_cues(text: str, ents: list[EntSpec], expected: list[str]
                                           ) -> None:
    assert places(text, ents) == expected


def test_a_name_after_comma_and_with_a_verb_is_no_filming_place() -> None:
    text = ("The series Night Harbor is now shooting in Ohio and the UK, and Brandt arrives on "
            "set today. The film was shot in Iceland and Denver during May.")
    ents: list[EntSpec] = [("GPE", "Ohio"), ("GPE", "UK"), ("GPE", "Brandt"),
                           ("GPE", "Iceland"), ("GPE", "Denver")]
    found = run_all(make_ctx(text, ents=ents)).get(FilmingExtractor)
    assert [p.value for p in found] == ["Ohio", "UK", "Iceland", "Denver"]


def test_start_rolling_in_and_a_pretended_place() -> None:
    text = ("The series Night Harbor will start rolling in Busan toward the close of January. Some "
            "scenes will be shot there so that it looks as if they are shooting in Osaka.")
    ents: list[EntSpec] = [("GPE", "Busan"), ("GPE", "Osaka")]
    assert [p.value for p in run_all(make_ctx(text, ents=ents)).get(FilmingExtractor)] == ["Busan"]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("La serie Noche de Puerto tuvo un rodaje de tres meses repartido por distintas "
     "localizaciones de Sevilla y Granada.", [("GPE", "Sevilla"), ("GPE", "Granada")],
     ["Sevilla", "Granada"]),
    ("Las grabaciones de Noche de Puerto tienen lugar en exteriores de Cali.", [("GPE", "Cali")],
     ["Cali"]),
    ("The drama Night Harbor follows two sisters. The crew went to Busan, Jeonju, Gangneung and "
     "small towns in Norland to film.", [("GPE", "Busan"), ("GPE", "Jeonju"), ("GPE", "Gangneung")],
     ["Busan", "Jeonju", "Gangneung"]),
    # the future passive, a lower-case article before the place, 'y en' repeating the preposition
    ("La telenovela Noche de Puerto tendrá 180 capítulos, y sus escenas se grabarán en el Valle "
     "Verde y en Monte Azul.", [("GPE", "Valle Verde"), ("GPE", "Monte Azul")],
     ["Valle Verde", "Monte Azul"]),
    # 'film production in COUNTRY' speaks of an industry
    ("Night Harbor premiered in Port Ora on Friday. Its director says film production in Norland "
     "is no longer what it was.", [("GPE", "Port Ora"), ("GPE", "Norland")], []),
    # a weekday after 'on' is when; 'the city of A in B'
    ('Cameras began rolling on Wednesday in the city of Ordena in Inner Valley for "Night '
     'Harbor", with more than 2,400 million yuan invested in it.',
     [("GPE", "Ordena"), ("GPE", "Inner Valley")], ["Ordena", "Inner Valley"]),
    # 'have only just started rolling on the film', and a person after ', and' opens a clause
    ("Night Harbor is a British comedy. Cameras have only just started rolling on the film in "
     "Westmoor, South Coast, and Ana Ruiz, the director of Blue Hour, is at the helm.",
     [("GPE", "Westmoor"), ("LOC", "South Coast"), ("PERSON", "Ana Ruiz")],
     ["Westmoor", "South Coast"]),
])
def test_filming_forms_of_batches_27_and_28(
        text: str, ents: list[EntSpec], expected: list[str]) -> None:
    assert places(text, ents) == expected


def test_a_base_and_locations_such_as_a_director_who_directs_and_another_works_network(
        run: Run) -> None:
    text = ("The film Night Harbor starts shooting in July. The crew will have its base in "
            "Westmoor and will visit locations such as Port Ora, Norland and Ordena. "
            "Lee Jun directs, working from her own novel she co-wrote. The ITV mini-series Blue Lamp also "
            "used Westmoor.")
    doc = run(text)
    assert doc["work"]["filming_locations"] == ["Westmoor", "Port Ora", "Norland", "Ordena"]
    assert [d["name"] for d in doc["work"]["directors"]] == ["Lee Jun"]
    assert doc["work"]["platforms"] == []


def test_the_work_itself_after_a_filming_cue_is_no_place_but_a_quote_around_the_cue_is_no_title(
        ) -> None:
    text = ("Cameras roll on The Gold Way, a six-part drama about a family in Port "
            "Ora. The Gold Way joins a run of dramas. “Most of it will be filmed in Norland,” "
            "the director said.")
    assert places(text, [("GPE", "Port Ora"), ("GPE", "Norland")]) == ["Norland"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Night Harbor\nDirector : Lee Jun\nShooting place : Port Ora\n", ["Port Ora"]),
    ("Night Harbor\nGenre Period drama\nLocation(s) Salt Road Castle\n", ["Salt Road Castle"]),
    ("Night Harbor\nFilming locations: Port Ora, Westmoor and Norland\n",
     ["Port Ora", "Westmoor", "Norland"]),
    # no colon after a label that a headline may open with; a cut-off line
    ("Locaciones Bonitas del Norte\n\nLa telenovela se graba en Norland.\n", []),
    ("Night Harbor\nDrehort Ber", []),
])
def test_a_fact_box_filming_line(text: str, expected: list[str]) -> None:
    places = run_all(make_ctx(text, ents=[])).get(FilmingExtractor)
    assert [p.value for p in places if p.rule == "filming.fact_line"] == expected


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The drama Night Harbor is in production, the shoot under way in Port Ora, Norland.",
     [("GPE", "Port Ora"), ("GPE", "Norland")], ["Port Ora", "Norland"]),
    ('"The film Night Harbor cost little, and the crew still managed location shoots in Westmoor '
     'and Norland."', [("GPE", "Westmoor"), ("GPE", "Norland")], ["Westmoor", "Norland"]),
    ('Seit Montag drehen in Westmoor viele Schauspieler für "Night Harbor".',
     [("GPE", "Westmoor")], ["Westmoor"]),
])
def test_shoot_under_way_location_shoots_and_german_drehen(text: str, ents: list[EntSpec],
                                                          expected: list[str]) -> None:
    assert places(text, ents) == expected
