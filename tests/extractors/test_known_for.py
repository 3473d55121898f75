"""Known-for credits (extractors/known_for.py), on invented text with the model's labels stated,
so the rules run without the statistical model."""

from __future__ import annotations

from article_extract.contract import run_all
from article_extract.extractors.cast import CastExtractor
from article_extract.testing import EntSpec, make_ctx


def cast(text: str, ents: list[EntSpec]) -> list[tuple[str, list[str]]]:
    return [(m.name, m.known_for) for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)]


def test_a_bracket_of_works_is_known_for_whatever_the_model_calls_a_title() -> None:
    # the model reads a title as a person ('Nowhere Lad') or a place ('Dagwood'): two works in
    # one bracket, or a title's small word ('Made In'), say they are works, not a character
    text = ("The drama Night Harbor is new. The cast includes Roh Min-ji (The Quiet Queen, "
            "Nowhere Lad) and Lee Jun (Made In Dagwood).")
    ents: list[EntSpec] = [("PERSON", "Roh Min-ji"), ("PERSON", "Nowhere Lad"),
                           ("PERSON", "Lee Jun"), ("PERSON", "Dagwood")]
    assert cast(text, ents) == [("Roh Min-ji", ["The Quiet Queen", "Nowhere Lad"]),
                                ("Lee Jun", ["Made In Dagwood"])]


def test_a_bracket_with_one_person_is_a_character_not_a_work() -> None:
    text = "The drama Night Harbor is new. The cast includes Roh Min-ji (Kim Soo-ah)."
    ents: list[EntSpec] = [("PERSON", "Roh Min-ji"), ("PERSON", "Kim Soo-ah")]
    assert cast(text, ents) == [("Roh Min-ji", [])]


def test_after_a_serial_and_the_last_title_keeps_its_commas() -> None:
    text = ("The drama Night Harbor is new. Its captain is played here by Roh Min-ji (who "
            "starred in Blue Lamp, and Tinker Jack, Sailor, Thief).")
    assert cast(text, [("PERSON", "Roh Min-ji")]) == [
        ("Roh Min-ji", ["Blue Lamp", "Tinker Jack, Sailor, Thief"])]


def test_a_bracket_pair_without_a_role_before_it_is_no_credit() -> None:
    text = ("The film Night Harbor stars Roh Min. A young law student (Roh Min, Blue Lamp) "
            "leads it.\nSongs:\n1. Red Door - (Roh Min, Park Ha)\n2. Gold Gate - (Park Ha)")
    ents: list[EntSpec] = [("PERSON", "Roh Min")]  # the model often misses a singer's name
    cast = run_all(make_ctx(text, ents=ents)).get(CastExtractor)
    assert [(m.name, m.known_for) for m in cast] == [("Roh Min", ["Blue Lamp"])]


def test_an_aside_set_off_by_dashes_credits_the_earlier_works() -> None:
    text = ("Night Harbor has added Ana Ruiz to its cast. Ruiz - best known for 'Blue Hour' and "
            "the 'Slow Tide' films - is next seen in 'Harbor Days'.")
    cast = run_all(make_ctx(text, ents=[("PERSON", "Ana Ruiz")])).get(CastExtractor)
    assert [(m.name, m.known_for) for m in cast] == [("Ana Ruiz", ["Blue Hour", "Slow Tide"])]


def test_who_has_already_appeared_in_earlier_projects_such_as() -> None:
    text = ('The cast of Night Harbor is set. Heading the film is Ana Ruiz, who has already '
            'appeared in several of its director\'s earlier films such as "Blue Hour" and '
            '"Slow Tide," while Roh Min makes his debut.')
    cast = run_all(make_ctx(text, ents=[("PERSON", "Ana Ruiz")])).get(CastExtractor)
    assert [(m.name, m.known_for) for m in cast] == [("Ana Ruiz", ["Blue Hour", "Slow Tide"])]


def test_a_surname_last_seen_in_and_a_most_recent_role_was_in() -> None:
    text = ("The new tvN drama Night Harbor stars Han Eun-ji and Roh Min-ho. Roh Min-ho plays an "
            "anchor. Roh’s most recent starring role was in the 2016 mystery Blue Lamp: 90 Nights. "
            "Han Eun-ji plays his wife. Han was last seen in Gold Gate 2 (2018); she also has a "
            "part in a film. Park's last role was in Salt Road.")
    ents: list[EntSpec] = [("PERSON", "Han Eun-ji"), ("PERSON", "Roh Min-ho")]
    assert cast(text, ents) == [("Han Eun-ji", ["Gold Gate 2"]),
                                ("Roh Min-ho", ["Blue Lamp: 90 Nights"])]


def test_a_bracket_of_titles_keeps_a_lowercase_verb_and_curly_apostrophes() -> None:
    # 'The Lamp is Lit' is one title (the Title Case reader stops at 'is'), and the titles after
    # it are still read; 'Ana’s Ashes' and '’90' keep their curly apostrophes
    text = ("Joining her in the drama Night Harbor are Lee Jun (Salt Road, The Lamp is Lit, Red "
            "Door) and Park Ha (Gold Gate, Ana’s Ashes, This is Norland ’90).")
    ents: list[EntSpec] = [("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]
    assert cast(text, ents) == [
        ("Lee Jun", ["Salt Road", "The Lamp is Lit", "Red Door"]),
        ("Park Ha", ["Gold Gate", "Ana’s Ashes", "This is Norland ’90"])]


def test_sharing_the_screen_and_best_known_for_the_parts_he_played_in() -> None:
    text = ("Cameras roll on Night Harbor, the new drama led by Roh Min. Sharing the screen with "
            "him are Lee Jun and Park Ha.\n\nRoh is best known for the parts he played in Blue "
            "Lamp and The Red Door.")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha"),
                           ("PERSON", "Roh")]
    assert cast(text, ents) == [("Roh Min", ["Blue Lamp", "The Red Door"]), ("Lee Jun", []),
                                ("Park Ha", [])]


def test_a_prize_won_for_a_quoted_work_credits_it_and_a_category_does_not() -> None:
    text = ("Roh Min and Lee Jun head the cast of the drama “Night Harbor”. At a 1992 festival "
            "Roh took the best actress award for “Blue Lamp”. Lee won a prize for Best Actor.")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun"), ("PERSON", "Roh"),
                           ("PERSON", "Lee")]
    assert cast(text, ents) == [("Roh Min", ["Blue Lamp"]), ("Lee Jun", [])]
