"""Cast and known_for: the forms users meet, and people who are not cast."""

from __future__ import annotations

import pytest

from article_extract.contract import run_all
from article_extract.extractors.cast import CastExtractor
from article_extract.extractors.directors import DirectorsExtractor
from article_extract.extractors.soundtrack import SoundtrackExtractor
from article_extract.testing import EntSpec, make_ctx
from tests.conftest import Run


def _cast(run: Run, text: str) -> list[tuple[str, list[str]]]:
    return [(c["name"], c["known_for"]) for c in run(text)["work"]["cast"]]


def test_starring_list_with_parentheticals(run: Run) -> None:
    text = ('The tvN drama "Blue Harbor" starring Han Seo-yeon (starred in Night Shift), '
            "Oh Jae-min (of Iron Mask fame) and Lee Da-bin (previously seen in Summer "
            "Station), among others.")
    assert _cast(run, text) == [("Han Seo-yeon", ["Night Shift"]), ("Oh Jae-min", ["Iron Mask"]),
                                ("Lee Da-bin", ["Summer Station"])]


def test_starring_after_another_title_is_that_works_cast(run: Run) -> None:
    text = ('The drama "Blue Harbor" starring Han Seo-yeon premiered. His last role was in '
            '"Mister Landlord," starring Seo Ji-an.')
    assert _cast(run, text) == [("Han Seo-yeon", [])]


def test_lead_the_cast_and_appositive_credits(run: Run) -> None:
    text = ("Sota Kuroki and Mio Hayase lead the cast. Kuroki, who played in the film Paper "
            "Lanterns, stars as Jun. Hayase (known for Summer Station) plays Akari.")
    assert _cast(run, text) == [("Sota Kuroki", ["Paper Lanterns"]),
                                ("Mio Hayase", ["Summer Station"])]


def test_a_sentence_opening_with_leaves_the_names_after_it() -> None:
    text = "With Park Ha and Roh Min in the leading roles, Night Harbor opens in March."
    ctx = make_ctx(text, ents=[("PERSON", "Park Ha"), ("PERSON", "Roh Min")])
    assert [m.name for m in run_all(ctx).get(CastExtractor)] == ["Park Ha", "Roh Min"]


def test_a_clause_break_after_a_closing_quote() -> None:
    text = ("Cameras are rolling in Port Ora for the drama ‘Night Harbor,’ with Park Ha and Roh Min "
            "in the lead.")
    ctx = make_ctx(text, ents=[("PERSON", "Park Ha"), ("PERSON", "Roh Min")])
    assert [m.name for m in run_all(ctx).get(CastExtractor)] == ["Park Ha", "Roh Min"]


def test_spanish_join_the_cast_with_credits_and_a_generational_suffix() -> None:
    text = ('La nueva serie de "Night Harbor" llega en 2027, y al reparto se suman Ana Ruiz '
            "(“Blue Lamp”, “Red Door”), Lee Jun Jr.(“Salt Road”) y Park Ha.")
    ents: list[EntSpec] = [("PERSON", "Ana Ruiz"), ("PERSON", "Lee Jun Jr."),
                           ("PERSON", "Park Ha")]
    cast = run_all(make_ctx(text, ents=ents)).get(CastExtractor)
    assert [(m.name, m.known_for) for m in cast] == [
        ("Ana Ruiz", ["Blue Lamp", "Red Door"]), ("Lee Jun Jr.", ["Salt Road"]), ("Park Ha", [])]


def test_role_verbs_resolve_surnames_and_skip_characters(run: Run) -> None:
    text = ("Starring Claire Whitford, Park Ji-ho and Marcus Bell, the series follows a crew. "
            "Whitford plays Captain Ada Voss, and Bell plays its engineer, Tomas Reyes.")
    assert [n for n, _ in _cast(run, text)] == ["Claire Whitford", "Park Ji-ho", "Marcus Bell"]


def test_cast_includes_and_rounds_out(run: Run) -> None:
    text = ("The cast also includes Emi Harada as Mio's grandmother. Park Chul-min, who played "
            "in The Chaser's Son, rounds out the main cast as the boss.")
    assert _cast(run, text) == [("Emi Harada", []), ("Park Chul-min", ["The Chaser's Son"])]


def test_a_song_that_plays_is_not_an_actor(run: Run) -> None:
    assert _cast(run, '"Northern Lights" by Maya Celeste plays over the end credits.') == []


def test_no_cast_for_an_album(run: Run) -> None:
    text = ('The album "Glass Hours" arrives today, starring Maisie Crane on every track. '
            "The 11-song album was recorded in London.")
    assert run(text)["work"]["kind"] == "album"
    assert _cast(run, text) == []


def test_names_with_diacritics_and_more_credit_forms(run: Run) -> None:
    text = ("Tarık Özdemir, of Yedi Kapı fame, plays the uncle. Lee Ha-jun, whose \"Crimson "
            "Courtyard\" was a hit, leads the series as Jo. Chang Wei-lun, who took the prize in "
            "2019 for The Ferryman's Son, shows up as a ticket inspector.")
    assert _cast(run, text) == [("Tarık Özdemir", ["Yedi Kapı"]), ("Lee Ha-jun", ["Crimson Courtyard"]),
                                ("Chang Wei-lun", ["The Ferryman's Son"])]


def test_known_for_forms_from_wire_stories(run: Run) -> None:
    text = ('The film "Whale Moon" stars Rin Takamori. She is joined by Kenta Oshiro, who voiced '
            'Captain Ryuga in "Starlit Armada" (2019), as her father. Comedian-turned-actor Daigo '
            'Hamazaki, whose credits include "Ramen Knights" and "Summer Ghost Relay", rounds out '
            "the main cast.")
    assert _cast(run, text) == [("Rin Takamori", []), ("Kenta Oshiro", ["Starlit Armada"]),
                                ("Daigo Hamazaki", ["Ramen Knights", "Summer Ghost Relay"])]


def test_known_for_after_a_kind_phrase_and_two_unquoted_titles(run: Run) -> None:
    text = ("The series stars Burak Eren Aydın and Selin Karaca. Aydın, best known for the prison "
            "drama Son Liman, plays Kemal; Karaca, who made her name in the period series Lale "
            "Devri Sırları and Kuzey Rüzgârı, is Zehra.")
    assert _cast(run, text) == [("Burak Eren Aydın", ["Son Liman"]),
                                ("Selin Karaca", ["Lale Devri Sırları", "Kuzey Rüzgârı"])]


def test_bare_bracketed_credits_after_a_cast_name(run: Run) -> None:
    text = ("Newcomer Isla Brannigan leads the ensemble. Tobias Greaves (Line of Duty) plays her "
            "father. Niamh Callery (The Long Coast, Harrow Street) is the formidable Lady Augusta "
            "Ravensworth. Andrea Dimaculangan (\u201cLunod,\u201d \u201cMga Anak ni Lola Caridad\u201d) is "
            "Mayumi, a lawyer.")
    assert _cast(run, text) == [
        ("Isla Brannigan", []), ("Tobias Greaves", ["Line of Duty"]),
        ("Niamh Callery", ["The Long Coast", "Harrow Street"]),
        ("Andrea Dimaculangan", ["Lunod", "Mga Anak ni Lola Caridad"])]


def test_a_bracketed_character_or_age_is_no_credit(run: Run) -> None:
    text = ("The drama stars Kim Soo-hyun (Baek Hyun-woo) and Kim Ji-won (34). Park Sung-hoon "
            "(as Yoon Eun-sung) plays the villain.")
    assert _cast(run, text) == [("Kim Soo-hyun", []), ("Kim Ji-won", []), ("Park Sung-hoon", [])]


def test_list_goes_on_past_a_comedian_and_an_abbreviated_first_name(run: Run) -> None:
    text = ("Veteran actress Ma. Teresa Buenaventura, comedian Bebang Salcedo and Thai actress "
            "Kanokwan Sirisuk complete the main cast of the teleserye.")
    assert _cast(run, text) == [("Ma. Teresa Buenaventura", []), ("Bebang Salcedo", []),
                                ("Kanokwan Sirisuk", [])]


def test_played_a_possessive_role_in(run: Run) -> None:
    text = ("The drama stars Xu Kaiwen. Veteran actor Zhang Guoliang, who played Xu's father in "
            "Cloudpeak Chronicles, plays the scheming Chancellor Mo.")
    assert ("Zhang Guoliang", ["Cloudpeak Chronicles"]) in _cast(run, text)


def test_takes_on_a_character_names_the_actors_before_it(run: Run) -> None:
    text = ("Night Harbor is a new drama. Kim Min-ji (Blue Moon) takes on Sheng Molan, the rival. "
            "Netflix takes on Disney with it. Lee Jun and Park Ha (Red River) take on Sheng Rulan "
            "and Sheng Changbai respectively.")
    assert _cast(run, text) == [("Kim Min-ji", ["Blue Moon"]), ("Lee Jun", []),
                                ("Park Ha", ["Red River"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("A novela Night Harbor volta ao ar. Na versão brasileira, as protagonistas foram Ana Lima, "
     "Bia Rocha e Cora Dias, que tiveram pares.", ["Ana Lima", "Bia Rocha", "Cora Dias"]),
    ("Фильм «Ночная гавань» снял Иван Ким. Главные роли исполнили дебютанты Анна Ли, "
     "Пётр Пак, Ольга Чой.", ["Анна Ли", "Пётр Пак", "Ольга Чой"]),
])
def test_the_cast_named_in_portuguese_and_russian(run: Run, text: str, expected: list[str]) -> None:
    assert [n for n, _ in _cast(run, text)] == expected


def test_a_cast_list_of_actor_dash_character_lines_under_a_turkish_header(run: Run) -> None:
    text = ("Night Harbor dizisi Netflix'te yayında.\n\nDizinin kadrosu aşağıdaki gibi:\n"
            "Ayşe Kaya - Deniz Ak karakteri\nMehmet Ak - Can Öz karakteri\nSelin Oz - Ece Er karakteri\n\n"
            "Dizi dört bölümden oluşuyor.")
    assert [n for n, _ in _cast(run, text)] == ["Ayşe Kaya", "Mehmet Ak", "Selin Oz"]


def test_lead_performers_then_they_include(run: Run) -> None:
    text = ("Night Harbor is a 2015 British comedy film. The six lead performers each take on "
            "several parts; they include Lee Jun, Park Ha and Choi Woo.")
    assert [n for n, _ in _cast(run, text)] == ["Lee Jun", "Park Ha", "Choi Woo"]


def test_spanish_como_names_the_role_in_a_sentence_about_the_cast(run: Run) -> None:
    text = ("La película Night Harbor tiene un gran elenco: Ana Lima como la princesa Sol y "
            "Bea Ruiz como Luna. El viaje es largo como ejemplo de Marta.")
    assert [n for n, _ in _cast(run, text)] == ["Ana Lima", "Bea Ruiz"]


def test_stars_among_them_and_a_which_has_clause_before_heading_its_cast(run: Run) -> None:
    text = ("Night Harbor is a new drama on tvN. Its cast is packed with stars, among them "
            "Lee Jun, Park Ha and Choi Woo.")
    assert [n for n, _ in _cast(run, text)] == ["Lee Jun", "Park Ha", "Choi Woo"]
    text = ("The crew of the film 'Night Harbor', which has actor Lee Jun and actress Kim Min-ji "
            "heading its cast, put out a video.")
    assert [n for n, _ in _cast(run, text)] == ["Lee Jun", "Kim Min-ji"]


def test_korean_credits_character_with_actor_bun_and_the_direction_credit(run: Run) -> None:
    text = ("tvN 드라마 ‘밤바다’(극본 박하, 연출 이준, 제작 스튜디오)가 방송된다. 주인공 한별(김하늘 분)이 "
            "바다로 떠난다.\n\n‘밤바다’는 인기를 끌고 있다. 드라마 ‘밤바다’는 16부작이다.")
    doc = run(text)["work"]
    assert ([c["name"] for c in doc["cast"]], [d["name"] for d in doc["directors"]]) == (
        ["김하늘"], ["이준"])


def test_title_directed_by_name_stars_and_another_films_apposition(run: Run) -> None:
    text = ("NightHarbor directed by Lee Jun stars Park Ha, Choi Woo and Kim Min-ji.\n"
            "With Rs 12 crores, NightHarbor has overtaken Sea Road, the film starring Han Bora "
            "and Yoon Dami, as this year's biggest opener. NightHarbor arrived on a Thursday.")
    doc = run(text)["work"]
    assert (doc["title"], [c["name"] for c in doc["cast"]]) == (
        "NightHarbor", ["Park Ha", "Choi Woo", "Kim Min-ji"])


def _cast_of(text: str, ents: list[EntSpec]) -> list[tuple[str, list[str]]]:
    """Without the model: the entities the rules rely on are stated."""
    return [(m.name, m.known_for) for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)]


@pytest.mark.parametrize(("text", "expected"), [
    # the plural verb after 'in which': 'A and B star.'
    ("Cameras rolled for ‘Night Harbor’, the drama in which Roh Min-ji and Lee Jun star.",
     [("Roh Min-ji", []), ("Lee Jun", [])]),
    # a scraped list that lost the comma after a bracket, under 'luminaries such as'
    ("The drama Night Harbor is new. The supporting cast is packed with luminaries such as "
     "Roh Min-ji (The Quiet Queen, Blue Lamp) Lee Jun (Red Door), and Park Ha-neul (Gold Gate).",
     [("Roh Min-ji", ["The Quiet Queen", "Blue Lamp"]), ("Lee Jun", ["Red Door"]),
      ("Park Ha-neul", ["Gold Gate"])]),
    ("The drama Night Harbor is new. Its captain is played here by Roh Min-ji.",
     [("Roh Min-ji", [])]),
])
def test_cast_forms_of_batch_15(text: str, expected: list[tuple[str, list[str]]]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min-ji", "Lee Jun", "Park Ha-neul")
                           if n in text]
    assert _cast_of(text, ents) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le film Lumière est prêt. Côté générique, c'est le bottin du cinéma au grand complet, "
     "emmené par Roh Min, Lee Jun mais aussi Park Ha-neul et Choi Woo.",
     ["Roh Min", "Lee Jun", "Park Ha-neul", "Choi Woo"]),
    ("The drama Night Harbor is new, starring Roh Min, Lee Jun as well as Park Ha-neul.",
     ["Roh Min", "Lee Jun", "Park Ha-neul"]),
])
def test_name_lists_joined_by_as_well_as(text: str, expected: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha-neul",
                                                   "Choi Woo") if n in text]
    assert [n for n, _ in _cast_of(text, ents)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Film Noc Portowa. Obsada jest gwiazdorska: Roh Min („Magda M.”), Lee Jun („Na dobre i na "
     "złe”).", [("Roh Min", ["Magda M."]), ("Lee Jun", ["Na dobre i na złe"])]),
    ("The film Night Harbor is new. The producers struggled to house the 11-strong cast, which "
     "includes Roh Min and Lee Jun.", [("Roh Min", []), ("Lee Jun", [])]),
])
def test_cast_forms_of_batch_17(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _cast_of(text, [("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Sucesso na trilha de Noite Clara, a nova novela da Globo. "Coração" será o tema do '
     "triângulo amoroso vivido por Caio (Roh Min), Aline (Lee Jun) e Daniel (Park Ha-neul).",
     ["Roh Min", "Lee Jun", "Park Ha-neul"]),
    ("La película Noche Clara llega. El capitán es interpretado por Roh Min.", ["Roh Min"]),
    ("Tourné à Lyon, le film «Nuit» de Jean Roh réunit à l'affiche Roh Min, Lee Jun et "
     "Park Ha-neul.", ["Roh Min", "Lee Jun", "Park Ha-neul"]),
])
def test_cast_forms_in_portuguese_and_spanish(text: str, expected: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha-neul")
                           if n in text]
    assert [n for n, _ in _cast_of(text, ents)] == expected


def test_the_big_names_in_the_series_are_its_cast() -> None:
    text = ("The drama Night Harbor arrives in May. Among the big names in the series are Roh Min "
            "(Blue Lamp, Red Door) and Lee Jun (Gold Gate). Among the big names at the festival "
            "are Park Ha and Choi Woo.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Choi Woo")]
    assert [(m.name, m.known_for) for m in run_all(make_ctx(text, ents=ents)).get(
        CastExtractor)] == [("Roh Min", ["Blue Lamp", "Red Door"]), ("Lee Jun", ["Gold Gate"])]


def test_an_age_between_the_name_and_its_role_verb_is_skipped() -> None:
    text = ("The drama Night Harbor is new. Roh Min, 34, takes the role of Lee Soo, a newcomer. "
            "Park Ha, 24, plays Choi Woo, a clumsy clerk.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Soo", "Park Ha", "Choi Woo")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Roh Min", "Park Ha"]


def test_starring_in_brackets_after_another_title_is_that_works_cast() -> None:
    text = ("Night Harbor comes from the pair who made Blue Lamp Story (starring Roh Min and "
            "Lee Jun), and the drama Night Harbor stars Park Ha.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == ["Park Ha"]


def test_german_ensemble_and_role_cues() -> None:
    text = ("Der Film „Nachtklar“ kommt ins Kino. Zum Ensemble zählt außerdem Lena Roth. Die Rolle "
            "des Max übernimmt Jonas Berg, ein Neuling.")
    ents: list[EntSpec] = [("PERSON", "Lena Roth"), ("PERSON", "Jonas Berg")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Lena Roth", "Jonas Berg"]


def test_a_crew_role_after_as_is_no_part() -> None:
    text = ("The series Night Harbor stars Roh Min. Lee Jun is on board as executive producer, with "
            "Park Ha and Choi Woo as co-executive producers.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Choi Woo")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == ["Roh Min"]


def test_swedish_and_romanian_cast_cues_and_their_ands() -> None:
    text = ("Filmen Nattklar spelas in. Ensemblen består bl a av Alva Berg, Nils Lund och Ida "
            "Roth. Distribuția îi mai cuprinde pe Ion Popa şi Ana Dima.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Alva Berg", "Nils Lund", "Ida Roth", "Ion Popa",
                                                   "Ana Dima")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Alva Berg", "Nils Lund", "Ida Roth", "Ion Popa", "Ana Dima"]


def test_a_name_written_again_without_its_dots_is_the_first_spelling() -> None:
    text = ("The film Night Harbor meets Hollywood names such as Roh J. Min. Distribuția îi mai "
            "cuprinde pe Roh J Min („Blue Lamp”).")
    ents: list[EntSpec] = [("PERSON", "Roh J. Min"), ("PERSON", "Roh J Min")]
    assert [(m.name, m.known_for) for m in run_all(make_ctx(text, ents=ents)).get(
        CastExtractor)] == [("Roh J. Min", ["Blue Lamp"])]


def test_spanish_and_czech_cast_cues_and_czech_or() -> None:
    text = ("La serie Noche de Puerto ya tiene fecha. Encabezan el reparto Ana Ruiz, Luis Vega y "
            "Eva Sol. V seriálu dále hrají Petr Novák, Jana Malá nebo Ivo Král.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Ana Ruiz", "Luis Vega", "Eva Sol", "Petr Novák",
                                                   "Jana Malá", "Ivo Král")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Ana Ruiz", "Luis Vega", "Eva Sol", "Petr Novák", "Jana Malá", "Ivo Král"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Roh Min, Park Ha and Lee Jun cast in new big-scale period drama Night Harbor",
     ["Roh Min", "Park Ha", "Lee Jun"]),
    ("The drama Night Harbor opens in May. Roh Min stars in the KBS drama with Park Ha.",
     ["Roh Min"]),
    # another work after 'stars in': that work's cast, not this one's
    ("The drama Night Harbor opens in May. Roh Min stars in the Netflix series Blue Moon too.", []),
    ("The drama Night Harbor opens in May. Roh Min also stars in “Blue Moon”, a series by Lee "
     "Jun. Night Harbor airs on KBS.", []),
])
def test_stars_in_or_cast_in_the_main_work(text: str, expected: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Park Ha", "Lee Jun") if n in text]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == expected


def test_joining_the_cast_acting_opposite_and_a_numbered_show_among_others() -> None:
    text = ("Night Harbor is a new KBS drama. Roh Min (12, Silver Key, Blue Door) is joining "
            "the cast of Night Harbor. Roh Min takes the part of Rudy and acts opposite Park Ha "
            "(Blue Moon, Red Door). Choi Woo is joining the cast of Gold Gate, a KBS film.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Park Ha", "Choi Woo")] + [
        ("CARDINAL", "12"), ("WORK_OF_ART", "Gold Gate")]
    assert [(m.name, m.known_for) for m in run_all(make_ctx(text, ents=ents)).get(
        CastExtractor)] == [("Roh Min", ["Silver Key", "Blue Door"]),
                            ("Park Ha", ["Blue Moon", "Red Door"])]


def test_role_words_before_listed_names_and_a_name_that_ends_the_text() -> None:
    text = ('The drama "Night Harbor" premieres soon. Among the cast are actor Roh Min, actress '
            "Park Ha and Lee Jun.")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Park Ha"), ("PERSON", "Lee Jun.")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Roh Min", "Park Ha", "Lee Jun"]


@pytest.mark.parametrize(("text", "name"), [
    ("La telenovela Noche de Puerto empezó. La bella Ana Ruiz, que interpreta a Aurora, llegó.",
     "Ana Ruiz"),
    ("A novela Noite do Porto estreia. Ana Ruiz dá vida a Aurora.", "Ana Ruiz"),
    ("Le film Nuit du Port sort. Paul Lenoir incarne Marc, un marin.", "Paul Lenoir"),
    ("Der Film Nachthafen startet. Jonas Berg spielt Max, einen Seemann.", "Jonas Berg"),
])
def test_role_verbs_in_other_languages(text: str, name: str) -> None:
    members = run_all(make_ctx(text, ents=[("PERSON", name)])).get(CastExtractor)
    assert [(m.name, m.rule) for m in members] == [(name, "cast.plays_role_other_languages")]


def test_appear_in_support_and_a_later_title_opening_with_the() -> None:
    text = ("Roh Min directed the short film, in which Lee Jun (Blue Moon, Red Door, the Gold Gate "
            "trilogy) plays the lead, while Park Ha and Choi Woo appear in support.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Choi Woo")]
    assert [(m.name, m.known_for) for m in run_all(make_ctx(text, ents=ents)).get(
        CastExtractor)] == [("Lee Jun", ["Blue Moon", "Red Door"]), ("Park Ha", []),
                            ("Choi Woo", [])]


def test_korean_credits_in_three_shapes_whatever_the_model_labels() -> None:
    text = ("드라마 ‘밤바다’가 방송된다. 주인공 한별(김하늘 분)이 아끼는 후배 역을 "
            "배우 이준이 맡아 열연했다. 배우 다나카 유키(브리머 역)도 특별 출연했다.")
    ents: list[EntSpec] = [("GPE", "김하늘")]  # the English model's label on hangul says nothing
    assert [(m.name, m.rule) for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        ("김하늘", "cast.role_paren_korean"), ("이준", "cast.korean_takes_role"),
        ("다나카 유키", "cast.korean_actor_role")]


def test_spanish_leading_roles_fall_to() -> None:
    text = ("La película Noche de Puerto se estrena. Los papeles protagonistas recaen en Ana Ruiz, "
            "Luis Vega y Eva Sol.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Ana Ruiz", "Luis Vega", "Eva Sol")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Ana Ruiz", "Luis Vega", "Eva Sol"]


def test_indonesian_cast_among_them_and_director() -> None:
    text = ("Film 'Malam' arahan sutradara Budi Santoso rampung. Deretan pemain 'Malam' berasal dari "
            "dua negara, di antaranya Andi Putra, Rina Sari, dan Dewi Lestari, dan "
            "lain-lain.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Budi Santoso", "Andi Putra", "Rina Sari",
                                                   "Dewi Lestari")]
    facts = run_all(make_ctx(text, ents=ents))
    assert [m.name for m in facts.get(CastExtractor)] == ["Andi Putra", "Rina Sari", "Dewi Lestari"]
    assert [d.name for d in facts.get(DirectorsExtractor)] == ["Budi Santoso"]


def test_korean_plays_with_a_list_and_earlier_works_after_the_topic_particle() -> None:
    text = ("영화 '밤바다'는 12월 촬영을 시작한다. 엄마 역은 김하늘이 연기한다. 김하늘은 넷플릭스 시리즈 "
            "'별빛' '새벽' 등에 출연했다. 김하늘과 이준이 주연을 맡았고, 이준은 '밤바다'에서 변신한다.")
    members = run_all(make_ctx(text)).get(CastExtractor)
    assert [(m.name, m.known_for, m.rule) for m in members] == [
        ("김하늘", ["별빛", "새벽"], "cast.korean_plays"), ("이준", [], "cast.korean_plays")]


def test_spanish_whose_lead_will_be() -> None:
    text = "Con el rodaje de Noche de Puerto, la película, cuyo protagonista será Luis Vega, avanza."
    members = run_all(make_ctx(text, ents=[("PERSON", "Luis Vega")])).get(CastExtractor)
    assert [m.name for m in members] == ["Luis Vega"]


def test_the_actors_lined_up_include() -> None:
    text = ("The series Night Harbor is adapted from a novel. For now the actors lined up for "
            "the show include Roh Min and Park Ha.")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Park Ha")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Roh Min", "Park Ha"]


def test_german_cast_cues_with_works_in_guillemets() -> None:
    text = ("Die Serie Nachthafen startet. In der Serie spielen Lena Berg («Blaue Nacht», «Rotes "
            "Tor») und weitere. Die Hauptfiguren werden von Jonas Alt («Goldtor») und Mia Roth "
            "gespielt. Mit dabei sind außerdem Paul Kern und Ida Vogt.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Lena Berg", "Jonas Alt", "Mia Roth", "Paul Kern",
                                                   "Ida Vogt")]
    assert [(m.name, m.known_for) for m in run_all(make_ctx(text, ents=ents)).get(
        CastExtractor)] == [("Lena Berg", ["Blaue Nacht", "Rotes Tor"]), ("Jonas Alt", ["Goldtor"]),
                            ("Mia Roth", []), ("Paul Kern", []), ("Ida Vogt", [])]


def test_actors_in_apposition_have_joined_and_big_names_on_board() -> None:
    text = ("The thriller Night Harbor is coming. Two new actors, Roh Min, Park Ha and Lee Jun, "
            "have joined the new thriller. Big names had signed on earlier: Choi "
            "Woo and Kim Sol.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Park Ha", "Lee Jun", "Choi Woo",
                                                   "Kim Sol")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Roh Min", "Park Ha", "Lee Jun", "Choi Woo", "Kim Sol"]


def test_a_given_name_spelled_again_with_one_vowel_changed_is_the_same_person() -> None:
    text = ("La telenovela Noche de Puerto empezó. Ana Ruiz y Marcus Vega son los protagonistas de "
            "Noche de Puerto. Marcos Vega interpreta a Martín. Kim Ha-eun y Kim Ha-un también.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Ana Ruiz", "Marcus Vega", "Marcos Vega")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Ana Ruiz", "Marcus Vega"]


def test_a_colon_or_a_comma_inside_a_credit_bracket_is_no_clause_break() -> None:
    text = ("Night Harbor is a new drama. Roh Min (“Blue Hour: The Return,” “Slow, Slower, "
            "Slowest”) and Park Ha (“Trust Me”) complete the cast.")
    cast = run_all(make_ctx(text, ents=[("PERSON", "Roh Min"), ("PERSON", "Park Ha")])).get(
        CastExtractor)
    assert [(m.name, m.known_for) for m in cast] == [
        ("Roh Min", ["Blue Hour: The Return", "Slow, Slower, Slowest"]),
        ("Park Ha", ["Trust Me"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Arrancan las grabaciones de Noche de Puerto, la telenovela encabezada por Ana Ruiz, "
     "Marcos Lima y Diana Soto.", ["Ana Ruiz", "Marcos Lima", "Diana Soto"]),
    ("Arrancan las grabaciones de Noche de Puerto. Se inspira en otra historia, cuya última "
     "versión, encabezada por Ana Ruiz y Marcos Lima, fue un éxito.", []),
])
def test_a_spanish_participle_heads_the_cast_of_the_work_it_follows(
        text: str, expected: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in ("Ana Ruiz", "Marcos Lima", "Diana Soto")
                           if n in text]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == expected


def test_a_long_list_before_are_the_stars_of_keeps_names_the_model_calls_places() -> None:
    """Five names before 'are the stars of THE WORK'; the model reads two as places. The size
    of the list says what its names are, as it does after a forward cue."""
    text = ("Night Harbor is a new film.\n\nRoh Min, Park Ha, Beverly Hills, Choi Woo and Han "
            "Eun are the stars of Night Harbor.")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Park Ha"), ("GPE", "Beverly Hills"),
                           ("PERSON", "Choi Woo"), ("GPE", "Han Eun")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == [
        "Roh Min", "Park Ha", "Beverly Hills", "Choi Woo", "Han Eun"]


def test_a_relative_clause_after_another_quoted_work_names_that_works_cast() -> None:
    text = ('The drama "Night Harbor" airs in May. Roh Min fans have her other drama, '
            '"Blue Hour," to look forward to, in which Park Ha and Choi Woo play the leads. '
            "Roh Min features on the list as well.")
    ents: list[EntSpec] = [("PERSON", "Park Ha"), ("PERSON", "Choi Woo"), ("PERSON", "Roh Min")]
    assert [m.name for m in run_all(make_ctx(text, ents=ents)).get(CastExtractor)] == []


FIVE = ("Ana Ruiz", "Roh Min", "Lee Jun", "Park Ha", "Choi Woo")


@pytest.mark.parametrize(("text", "people", "expected"), [
    pytest.param(
        "Siguen las grabaciones de Noche de Puerto, que protagonizan Ana Ruiz y Roh Min junto a un "
        "elenco del que forman parte, entre otros, Lee Jun, Park Ha y Choi Woo.", FIVE, list(FIVE),
        id="es-que-protagonizan-elenco-del-que-forman-parte"),
    pytest.param(
        "La serie Noche de Puerto gira en torno a Candela y Diego, a quienes dan vida Ana Ruiz y "
        "Roh Min. El resto del reparto lo forman, entre otros, Lee Jun, Park Ha o Choi Woo.", FIVE,
        list(FIVE), id="es-dan-vida-resto-del-reparto-o"),
    pytest.param(
        "Night Harbor, a Chinese web series led by actor Roh Min and actress Lee Jun, made its "
        "debut on Friday. The band, led by Park Ha, played the theme.",
        ("Roh Min", "Lee Jun", "Park Ha"), ["Roh Min", "Lee Jun"], id="series-led-by"),
    pytest.param(
        "Park Ha has gathered a strong cast for her new film, Night Harbor, among them Roh Min, "
        "Lee Jun, and French icon Ana Ruiz.", ("Park Ha", "Roh Min", "Lee Jun", "Ana Ruiz"),
        ["Roh Min", "Lee Jun", "Ana Ruiz"], id="cast-among-them-icon"),
    pytest.param(
        "'Night Harbor', a British film still to come, has added Ana Ruiz to its cast. In the "
        "comedy, she will appear alongside names such as Roh Min and Lee Jun.",
        ("Ana Ruiz", "Roh Min", "Lee Jun"), ["Ana Ruiz", "Roh Min", "Lee Jun"],
        id="added-to-its-cast-names-such-as"),
    pytest.param(
        "Las grabaciones de 'Noche de Puerto' arrancan esta semana, con la venezolana Ana Ruiz y "
        "Roh Min en los papeles protagónicos. Destaca la incorporación al elenco de Lee Jun y Park "
        "Ha.", ("Ana Ruiz", "Roh Min", "Lee Jun", "Park Ha"),
        ["Ana Ruiz", "Roh Min", "Lee Jun", "Park Ha"], id="es-papeles-protagonicos-incorporacion"),
    pytest.param(
        "The cast of the thriller Night Harbor is now set. Heading the film is Ana Ruiz.",
        ("Ana Ruiz",), ["Ana Ruiz"], id="heading-the-film"),
    pytest.param(
        "Night Harbor premiered on Friday. The film also features Ana Ruiz, Roh Min and Lee Jun. "
        "The film also features songs by Park Ha.", ("Ana Ruiz", "Roh Min", "Lee Jun", "Park Ha"),
        ["Ana Ruiz", "Roh Min", "Lee Jun"], id="the-film-also-features"),
    pytest.param(
        "Ana Ruiz has assembled a strong cast for Night Harbor, among them Roh Min. Her studio "
        "has other films (one of them Park Ha's upcoming Tide, starring Lee Jun).",
        ("Ana Ruiz", "Roh Min", "Park Ha", "Tide", "Lee Jun"), ["Roh Min"],
        id="starring-in-someones-upcoming-other-work"),
])
def test_cast_forms_of_batches_27_and_28(text: str, people: tuple[str, ...],
                                         expected: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in people]
    assert [n for n, _ in _cast_of(text, ents)] == expected


def test_a_review_credits_its_leads_by_turns_plural_played_by_and_subtitled_brackets() -> None:
    text = ("This sweet show Night Harbor (2019) works, thanks to a fine turn by Ana Ruiz (Blue "
            "Lamp and the film A Red Door). Her two suitors are played by promising young heartthrobs "
            "Roh Min (Salt Road: The Return and Heirs of Dust), cast as a rich heir, and Lee Jun "
            "(Nine: The Long Night and Gold), cast as a night-shift nurse. The boat is played by Park "
            "Ha and Choi Woo plays a cook.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Ana Ruiz", "Roh Min", "Lee Jun", "Park Ha",
                                                    "Choi Woo")] + [("CARDINAL", "Nine")]
    assert _cast_of(text, ents) == [
        ("Ana Ruiz", ["Blue Lamp", "A Red Door"]),
        ("Roh Min", ["Salt Road: The Return", "Heirs of Dust"]),
        ("Lee Jun", ["Nine: The Long Night", "Gold"]),
        ("Park Ha", []), ("Choi Woo", [])]


def test_a_turn_by_someone_in_another_work_and_a_role_label_in_brackets() -> None:
    text = ("Night Harbor is a drama. Critics liked a turn by Ana Ruiz in Blue Lamp. The drama stars "
            "Roh Min (Role: Captain Han).")
    ents: list[EntSpec] = [("PERSON", "Ana Ruiz"), ("PERSON", "Roh Min")]
    assert _cast_of(text, ents) == [("Roh Min", [])]


def test_modal_role_verbs_a_dash_after_leads_and_credit_lists_closed_by_a_comma() -> None:
    text = ("Cameras roll on Night Harbor's second series. Stepping in as the villain is Roh Min, "
            "whose earlier credits take in Blue Lamp, Red Door, and Gold Gate. Roh Min will take the "
            "role of Kim Dal, and Lee Jun will appear beside her as Mara. Roh Min and Lee Jun, who "
            "featured in Salt Road, and Tide, join the series's two leads - Ana Ruiz (DS Mara Vale) "
            "and Park Ha (Supt. Ted Moss).")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Ana Ruiz", "Park Ha",
                                                    "Gold Gate", "Tide", "DS Mara Vale",
                                                    "Ted Moss")]
    assert _cast_of(text, ents) == [
        ("Roh Min", ["Blue Lamp", "Red Door", "Gold Gate"]),
        ("Lee Jun", ["Salt Road", "Tide"]),
        ("Ana Ruiz", []), ("Park Ha", [])]


def test_a_credit_list_that_runs_into_the_subject_of_the_clause_stops_at_its_comma() -> None:
    text = ("Night Harbor is a new drama. Roh Min, who starred in Blue Lamp, Lee Jun and Park Ha "
            "lead the cast. The drama stars Choi Woo, who starred in Red Door, Han Eun and Ana Ruiz.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Choi Woo",
                                                    "Han Eun", "Ana Ruiz")]
    assert _cast_of(text, ents) == [
        ("Roh Min", ["Blue Lamp"]), ("Lee Jun", []), ("Park Ha", []),
        ("Choi Woo", ["Red Door"]), ("Han Eun", []), ("Ana Ruiz", [])]


def test_the_lead_is_and_credit_lists_with_subtitles_abbreviations_and_kind_nouns() -> None:
    text = ("Night Harbor is shooting in Port Ora. The lead is Norland actor Ana Ruiz, whose film "
            "credits include Mr. Blue, Tide: The Return - Part Two, Salt Road: Dawn, and Red Door. "
            "Several actors join her, among them Westmoor actor Roh Min, whose film work spans the "
            "films Westmoor and The Long Night as well as the TV series Gold: Gate and Home "
            "And Away.")
    ents: list[EntSpec] = [("PERSON", "Ana Ruiz"), ("PERSON", "Roh Min"), ("GPE", "Port Ora")]
    assert _cast_of(text, ents) == [
        ("Ana Ruiz", ["Mr. Blue", "Tide: The Return - Part Two", "Salt Road: Dawn", "Red Door"]),
        ("Roh Min", ["Westmoor", "The Long Night", "Gold: Gate", "Home And Away"])]


def test_players_named_in_capitals_in_brackets_twice_in_a_paragraph() -> None:
    text = ("Night Harbor is a new drama. It is about the rivalry of Mara (ANA RUIZ), the aunt, "
            "and Lena (PARK HA), her niece. The uncle, Ivo (ROH MIN), is caught between them.\n\n"
            "The theme 'Salt Road' by Lee Jun (BLUE TIDE) was released on Friday.")
    assert _cast_of(text, []) == [("ANA RUIZ", []), ("PARK HA", []), ("ROH MIN", [])]


def test_an_ensemble_that_includes_slash_credits_a_role_taken_by_and_is_directing() -> None:
    text = ("Cameras are rolling on 'Night Harbor'. His brother, a role taken by Roh Min, whose "
            "screen work takes in 'Blue Lamp' and 'Red Door'. Lee Jun ('Gold Gate' & 'Tide') is "
            "directing, while she also wrote the script. The two are joined by a strong ensemble that "
            "includes Ana Ruiz ('Salt Road'/'Westmoor') and Park Ha ('Dawn').")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Ana Ruiz", "Park Ha")]
    assert _cast_of(text, ents) == [
        ("Roh Min", ["Blue Lamp", "Red Door"]), ("Ana Ruiz", ["Salt Road", "Westmoor"]),
        ("Park Ha", ["Dawn"])]
    ctx = run_all(make_ctx(text, ents=ents))
    assert [(d.name, d.rule) for d in ctx.get(DirectorsExtractor)] == [
        ("Lee Jun", "directors.at_the_helm")]


def test_a_name_written_in_lower_case_opens_the_article_and_the_stars_lined_up() -> None:
    from article_extract.extractors.topics import TopicsExtractor
    text = ("nightjar members Ana and Lena will add a new song to the OST of the upcoming "
            "K-drama Night Harbor. The song is untitled.\n\nSeveral big names are set to star, "
            "Roh Min (Blue Lamp: The Return), Lee Jun and Park Ha (Red Door) among them.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha")]
    ctx = make_ctx(text, ents=ents)
    assert ctx.segments.fragments == []
    assert run_all(ctx).get(TopicsExtractor).title == "Night Harbor"
    assert _cast_of(text, ents) == [("Roh Min", ["Blue Lamp: The Return"]), ("Lee Jun", []),
                                    ("Park Ha", ["Red Door"])]


def test_a_bracket_that_says_the_name_acts_in_the_work() -> None:
    text = ("Roh Min screened his new film 'Night Harbor' in Port Ora. A video call followed with "
            "Ana Ruiz (lead actor in Night Harbor) and Lee Jun (co-starred in the film); Park Ha "
            "(lead actress in Blue Lamp) sent a message.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Ana Ruiz", "Lee Jun", "Park Ha")]
    assert _cast_of(text, ents) == [("Ana Ruiz", []), ("Lee Jun", [])]


@pytest.mark.parametrize(("text", "names"), [
    ("Arrancó el rodaje de Night Harbor. Los papeles protagónicos recaerán en Ana Ruiz y Roh Min, "
     "que graban en Port Ora.", ["Ana Ruiz", "Roh Min"]),
    ("Night Harbor tiene como protagonistas a los actores peruanos: Ana Ruiz, Lee Jun y Park Ha. "
     "Los siguen figuras conocidas como Choi Woo y Han Eun.",
     ["Ana Ruiz", "Lee Jun", "Park Ha", "Choi Woo", "Han Eun"]),
    ("No elenco de “Night Harbor” vão estar atores veteranos, caso de Ana Ruiz e Lee Jun; os "
     "promissores Park Ha e Choi Woo; e os estreantes Han Eun e Roh Min, entre vários outros.",
     ["Ana Ruiz", "Lee Jun", "Park Ha", "Choi Woo", "Han Eun", "Roh Min"]),
    ("The film Night Harbor stars Ana Ruiz and Lee Jun; the director Park Ha wrote it, and the "
     "crew films in Port Ora.", ["Ana Ruiz", "Lee Jun"]),
])
def test_spanish_and_portuguese_cast_cues_and_groups_after_semicolons(
        text: str, names: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in (
        "Ana Ruiz", "Roh Min", "Lee Jun", "Park Ha", "Choi Woo", "Han Eun") if n in text]
    assert [n for n, _ in _cast_of(text, ents)] == names


def test_a_possessive_before_plays_and_a_past_part_opposite_someone_are_no_cast() -> None:
    text = ("The new drama ‘Night Harbor’ stars Roh Min. This actor - who acted opposite Ana Ruiz "
            "in a thriller - now heads the cast, which includes Lee Jun. Among Park's plays are "
            "Salt Road and Red Door. ‘Night Harbor’ airs in May.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Ana Ruiz", "Lee Jun")]
    assert [n for n, _ in _cast_of(text, ents)] == ["Roh Min", "Lee Jun"]


def test_an_ensemble_fronted_by_and_a_director_who_also_acts() -> None:
    text = ("Night Harbor starts shooting in Port Ora. Its writer made the show, which has a big "
            "ensemble fronted by Ana Ruiz, Lee Jun and Park Ha, and the three episodes "
            "will be directed by Roh Min.\n\nRoh, who is also acting in the series, is pleased. "
            "Choi Woo will direct and star in the two-part series Blue Lamp next year, and a "
            "band led by Han Eun plays.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Ana Ruiz", "Lee Jun", "Park Ha", "Roh Min",
                                                  "Choi Woo", "Han Eun")]
    assert [n for n, _ in _cast_of(text, ents)] == ["Ana Ruiz", "Lee Jun", "Park Ha", "Roh Min"]


def test_a_line_up_is_the_cast_unless_the_sentence_is_about_music() -> None:
    text = ("Cameras roll on the new series Night Harbor. The rest of the line-up is Roh Min "
            "(Blue Lamp), Lee Jun (Red Door) and Park Ha with Choi Woo and Han Eun. The songs' "
            "line-up includes Ana Ruiz.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Choi Woo",
                                                  "Han Eun", "Ana Ruiz")]
    assert _cast_of(text, ents) == [("Roh Min", ["Blue Lamp"]), ("Lee Jun", ["Red Door"]),
                                    ("Park Ha", []), ("Choi Woo", []), ("Han Eun", [])]
    st = run_all(make_ctx(text, ents=ents)).get(SoundtrackExtractor)
    assert [a.name for a in st.artists] == []  # not 'Roh Min' with a group 'Blue Lamp'


def test_names_among_them_after_a_cast_noun_and_not_after_guests() -> None:
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]
    text = ("The drama “Night Harbor” blends two industries: music by Ana Ruiz (“Blue Lamp”) and a "
            "cast picked largely abroad, Roh Min and Lee Jun among them.")
    assert _cast_of(text, [*ents, ("PERSON", "Ana Ruiz")]) == [("Roh Min", []), ("Lee Jun", [])]
    assert _cast_of("The film Night Harbor has many guests, Roh Min and Lee Jun among them.",
                    ents) == []


@pytest.mark.parametrize(("text", "names"), [
    ("La novela Noche de Puerto se estrena pronto. Entre los nombres del reparto nuevo "
     "figuran: Ana Ruiz, Roh Min y muchos más.", ["Ana Ruiz", "Roh Min"]),
    ("На питчинге показали триллер «Ночной порт», где главную роль исполняет Иван Петров. Кроме "
     "Петрова, в картине сыграют Анна Смирнова и Олег Орлов.",
     ["Иван Петров", "Анна Смирнова", "Олег Орлов"]),
])
def test_spanish_and_russian_cast_cues(text: str, names: list[str]) -> None:
    ents: list[EntSpec] = [("PERSON", n) for n in (
        "Ana Ruiz", "Roh Min", "Иван Петров", "Анна Смирнова", "Олег Орлов") if n in text]
    assert [n for n, _ in _cast_of(text, ents)] == names


def test_names_that_are_in_the_film_are_its_cast() -> None:
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]
    text = "The film Night Harbor is shot in Port Ora. Roh Min and Lee Jun are in the film."
    assert _cast_of(text, ents) == [("Roh Min", []), ("Lee Jun", [])]
    assert _cast_of("The film Night Harbor opens. Roh Min and Lee Jun are in the film industry.",
                    ents) == []


def test_a_kinship_word_between_two_names_describes_the_second() -> None:
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]
    text = ("The film Night Harbor is shot in Port Ora. Roh Min and his nephew Lee Jun are in the "
            "film. Park Ha plays their aunt.")
    assert [n for n, _ in _cast_of(text, ents)] == ["Roh Min", "Lee Jun", "Park Ha"]


def test_korean_leads_named_after_the_cue_and_a_list_the_sentence_calls_actors() -> None:
    """'주연을 맡은 A와 B가' (A and B, who take the leads); 'A, B, C 등 쟁쟁한 배우들이' and
    'A, B 등이 배우로 합류' (A, B and others join as actors); never 'A, B 등 작품에 출연했다' (appeared in
    works: the list is of works)."""
    text = ("드라마 '밤바다'는 주연을 맡은 김하늘과 이준이 돌아오는 작품이다. 여기에 박하, 최유진, 정다온 등 "
            "쟁쟁한 배우들이 힘을 보탠다. 한소라, 박도윤 등이 배우로 합류했다.")
    members = run_all(make_ctx(text)).get(CastExtractor)
    assert [(m.name, m.rule) for m in members] == [
        ("김하늘", "cast.korean_leads_named"), ("이준", "cast.korean_leads_named"),
        ("박하", "cast.korean_list_actors"), ("최유진", "cast.korean_list_actors"),
        ("정다온", "cast.korean_list_actors"), ("한소라", "cast.korean_list_actors"),
        ("박도윤", "cast.korean_list_actors")]
    other = "드라마 '밤바다'가 방송된다. 이준은 별빛, 새벽 등 다양한 작품에 출연했다."
    assert run_all(make_ctx(other)).get(CastExtractor) == []


def test_italian_cast_cues_director_and_characters_in_brackets() -> None:
    """'A è il protagonista di TITLE' (after a time with a comma), 'Nel cast insieme a A: B (X),
    C (Y), D (Z)' (the brackets are the parts: one the model reads as a person, all one word,
    so no show), 'per la regia di NAME', and 'la primogenita X (ACTOR) ed il padre Y (ACTOR)'."""
    text = ("Da domani alle 20,45 Roh Min è il protagonista di Porto Nero, la nuova miniserie, "
            "su Raiuno per la regia di Ana Ruiz. Nel cast insieme a Roh Min: Lee Jun (Vito), "
            "Park Ha (Silvia), Choi Woo (Bruno). Tra la primogenita Maria (Han Eun) ed il padre "
            "Gino (Kim Sol) nasce lo scontro.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Silvia",
                                                   "Choi Woo", "Ana Ruiz")]
    facts = run_all(make_ctx(text, ents=ents))
    assert [(m.name, m.known_for, m.rule) for m in facts.get(CastExtractor)] == [
        ("Roh Min", [], "cast.other_languages_backward"),
        ("Lee Jun", [], "cast.other_languages"), ("Park Ha", [], "cast.other_languages"),
        ("Choi Woo", [], "cast.other_languages"), ("Han Eun", [], "cast.character_paren"),
        ("Kim Sol", [], "cast.character_paren")]
    assert [(d.name, d.rule) for d in facts.get(DirectorsExtractor)] == [
        ("Ana Ruiz", "directors.other_languages")]


def test_korean_subject_of_playing_a_described_part() -> None:
    """'A이 화가를 꿈꾸는 소년을 연기한다' (A plays a boy who dreams of painting) and 'B가 맡은
    배역은' (the part B takes): the subjects; '배우가' (the actor) is no name."""
    text = ("드라마 '밤바다'에서 한소라가 화가를 꿈꾸는 소년을 연기한다. 박도윤이 맡은 배역은 어부다. "
            "배우가 맡은 배역은 비밀이다.")
    members = run_all(make_ctx(text)).get(CastExtractor)
    assert [(m.name, m.rule) for m in members] == [
        ("한소라", "cast.korean_plays_object"), ("박도윤", "cast.korean_plays_object")]


def test_a_groups_possessive_before_a_players_name_is_not_part_of_it() -> None:
    """'alongside BAND’s A B': the player is 'A B', not "BAND’s A B"."""
    text = ("Roh Min will star in the web drama Night Harbor alongside LUMEN’s Lee Jun Ho, the "
            "studio said.")
    members = run_all(make_ctx(text, ents=[("PERSON", "Roh Min")])).get(CastExtractor)
    assert [(m.name, m.evidence.text) for m in members if m.rule == "cast.alongside"] == [
        ("Lee Jun Ho", "Lee Jun Ho")]
