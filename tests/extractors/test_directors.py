"""Directors: the cues that name who directed the main work, and the cases that name a
director of something else."""

from __future__ import annotations

import pytest

from article_extract.contract import run_all
from article_extract.extractors.directors import DirectorsExtractor
from article_extract.testing import EntSpec, make_ctx
from tests.conftest import Run


def directors(text: str, ents: list[EntSpec] | None = None) -> list[tuple[str, str]]:
    found = run_all(make_ctx(text, ents=ents or []), [DirectorsExtractor]).get(DirectorsExtractor)
    return [(d.name, d.rule) for d in found]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The drama Night Harbor is directed by Kim Hee-won and written by Park Ji-eun.",
     [("PERSON", "Kim Hee-won")], [("Kim Hee-won", "directors.directed_by")]),
    ("Directed by Joel Coen and Ethan Coen, the film Blue Hour opens Friday.", [],
     [("Joel Coen", "directors.directed_by"), ("Ethan Coen", "directors.directed_by")]),
    ("The film Blue Hour, helmed by director Park Chan-wook, opens Friday.",
     [("PERSON", "Park Chan-wook")], [("Park Chan-wook", "directors.directed_by")]),
    ("The drama Night Harbor reunites director Kim Hee-won with the writer.",
     [("PERSON", "Kim Hee-won")], [("Kim Hee-won", "directors.title_word")]),
    ("The drama Night Harbor comes from PD Lee Eung-bok.", [("PERSON", "Lee Eung-bok")],
     [("Lee Eung-bok", "directors.title_word")]),
    ("The film Blue Hour (dir. Ana Lily Amirpour) opens Friday.", [],
     [("Ana Lily Amirpour", "directors.dir_abbrev")]),
    ("Blue Hour is Bong Joon-ho's new film, and Blue Hour opens in May.",
     [("PERSON", "Bong Joon-ho")], [("Bong Joon-ho", "directors.possessive")]),
])
def test_director_cues(text: str, ents: list[EntSpec], expected: list[tuple[str, str]]) -> None:
    assert directors(text, ents) == expected


@pytest.mark.parametrize(("text", "ents"), [
    # another kind of director
    ("The drama Night Harbor has music director Kim Min-ji on board.", [("PERSON", "Kim Min-ji")]),
    ("The film Blue Hour hired casting director Lee Jun.", [("PERSON", "Lee Jun")]),
    # the director of another work
    ('The drama Night Harbor is here. "Vincenzo," directed by Kim Hee-won, was a hit.',
     [("PERSON", "Kim Hee-won")]),
    ("The film Blue Hour comes from the director of Parasite.", []),
    # directing verbs that are not a credit for this work
    ("The drama Night Harbor was created by Kim Min-ji and produced by Lee Jun.",
     [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    # an album has no director
    ("The album Night Harbor OST is out. Its drama was directed by Kim Hee-won.",
     [("PERSON", "Kim Hee-won")]),
])
def test_not_a_director_of_the_main_work(text: str, ents: list[EntSpec]) -> None:
    assert directors(text, ents) == []


def test_a_quoted_remark_before_the_cue_is_not_another_work() -> None:
    text = ("The drama Night Harbor wrapped in June. “It was cold there, but worth it,” director "
            "Lino Cabral told reporters.")
    assert directors(text, [("PERSON", "Lino Cabral")]) == [("Lino Cabral",
                                                              "directors.title_word")]


def test_the_cue_outweighs_the_models_label() -> None:
    """Right after 'directed by' a two-word name is a person, whatever label the model gave."""
    text = "The series Night Harbor is directed by Marguerite Oyelaran (The Fenwick Affair)."
    assert directors(text, [("NORP", "Marguerite Oyelaran")]) == [
        ("Marguerite Oyelaran", "directors.directed_by")]


def test_a_surname_alone_is_the_director_named_in_full() -> None:
    text = ("The drama Night Harbor is directed by Kim Yoo-seok. “It is about courage,” said "
            "director Kim.\nDirector: Kim Yoo-seok")
    assert directors(text, [("PERSON", "Kim Yoo-seok")]) == [
        ("Kim Yoo-seok", "directors.directed_by")]


@pytest.mark.parametrize(("text", "expected"), [
    ("O filme Night Harbor foi dirigido por Ana Lima.", ["Ana Lima"]),
    ("Le film Night Harbor, réalisé par Paul Martin, sort demain.", ["Paul Martin"]),
    ("Фильм «Ночная гавань», который снял Иван Ким, вышел в прокат.", ["Иван Ким"]),
    ("Der Film Night Harbor wurde von Regisseur Jan Berg gedreht.", ["Jan Berg"]),
])
def test_directors_named_in_other_languages(run: Run, text: str, expected: list[str]) -> None:
    assert [d["name"] for d in run(text)["work"]["directors"]] == expected


def test_name_directed_it(run: Run) -> None:
    text = "Night Harbor is a new drama. Park Ha wrote the series and Lee Jun directed it; both are famous."
    assert [d["name"] for d in run(text)["work"]["directors"]] == ["Lee Jun"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Night Harbor tops the weekend. The Mina Roh-directed pic, starring Lee Jun, took $55 million.",
     [("Mina Roh", "directors.hyphen_directed")]),
    ("Night Harbor é um filme assinado pela realizadora valenciana Mina Roh.",
     [("Mina Roh", "directors.title_word")]),
    # the credit of another quoted work, after its year and a short noun phrase
    ('"Night Harbor" breaks the record\n\nThe film "Night Harbor" broke a record. "Night Harbor" '
     'leads. Until now the top spot belonged to "Red Door" (1998), a film by the British director '
     "Mina Roh.", []),
    ('El filme "Noche Clara" rompió un récord que tenía "Puerta Roja" (1998), cinta del '
     "realizador británico Mina Roh.", []),
])
def test_director_forms_of_real_pages(text: str, expected: list[tuple[str, str]]) -> None:
    assert directors(text, [("PERSON", "Mina Roh")]) == expected


def test_german_regie_fuehrt_names_the_director() -> None:
    text = ("Der Film „Nachtklar“ kommt ins Kino. Die Regie bei der Komödie führt Jonas Berg. "
            "Lena Roth führt Regie beim Theater.")
    assert directors(text, [("PERSON", "Jonas Berg"), ("PERSON", "Lena Roth")]) == [
        ("Jonas Berg", "directors.other_languages")]


def test_a_filmmaker_with_another_job_on_the_work_is_not_its_director() -> None:
    text = ("The series Night Harbor starts filming. Filmmaker Jonas Berg is on board as executive "
            "producer. Director Lena Roth will helm it.")
    assert directors(text, [("PERSON", "Jonas Berg"), ("PERSON", "Lena Roth")]) == [
        ("Lena Roth", "directors.title_word")]


def test_swedish_and_romanian_director_cues() -> None:
    text = ("Ny film från prisbelönade regissören Ella Berg. Filmul Nattklar este regizată de Ion "
            "Popa.")
    assert directors(text, [("PERSON", "Ella Berg"), ("PERSON", "Ion Popa")]) == [
        ("Ella Berg", "directors.title_word"), ("Ion Popa", "directors.other_languages")]


@pytest.mark.parametrize("text", [
    "Con el rodaje de Noche de Puerto, Jujuy es escenario. Ana Ruiz tendrá a su cargo la dirección.",
    "Con el rodaje de Noche de Puerto, Jujuy es escenario. Habló el director de la película, Ana Ruiz.",
])
def test_spanish_director_cues(text: str) -> None:
    facts = run_all(make_ctx(text, ents=[("PERSON", "Ana Ruiz")]))
    assert [d.name for d in facts.get(DirectorsExtractor)] == ["Ana Ruiz"]


def test_a_director_in_apposition_is_one_name() -> None:
    text = ("Con el rodaje de Noche de Puerto, Jujuy es escenario. Habló junto al director de la "
            "película, Ana Ruiz, y al actor Luis Vega.")
    facts = run_all(make_ctx(text, ents=[("PERSON", "Ana Ruiz"), ("PERSON", "Luis Vega")]))
    assert [d.name for d in facts.get(DirectorsExtractor)] == ["Ana Ruiz"]


@pytest.mark.parametrize(("text", "expected"), [
    ('Cameras roll soon for "Night Harbor." On Monday the film\'s director, Roh Min, and '
     "Park Ha, its producer, met the press.", [("Roh Min", "directors.apposition_comma")]),
    ('Cameras roll soon for "Night Harbor." Its director, Roh Min, met the press.',
     [("Roh Min", "directors.apposition_comma")]),
    ('Cameras roll soon for "Night Harbor." The film\'s music director, Roh Min, met the '
     "press.", []),
    ('Cameras roll soon for "Night Harbor." Blue Hour\'s director, Roh Min, met the press.',
     []),
])
def test_a_director_set_off_by_commas(text: str, expected: list[tuple[str, str]]) -> None:
    """One name after 'the film's director,': the next after a comma is someone else; the
    owner must be the main work ('its', a kind word, the title), not another title."""
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Park Ha") if n in text]
    assert directors(text, ents) == expected


def test_spanish_directors_after_a_clause_joined_by_y() -> None:
    text = ("La serie Noche de Puerto llega a Disney+. El guion lo han escrito Lee Jun, Park Ha y "
            "Choi Woo, y Ana Ruiz y Roh Min han dirigido un rodaje de tres meses.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Lee Jun", "Park Ha", "Choi Woo", "Ana Ruiz",
                                                    "Roh Min")]
    assert directors(text, ents) == [("Ana Ruiz", "directors.at_the_helm"),
                                     ("Roh Min", "directors.at_the_helm")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Night Harbor is a film Blue Door makes, with Lee Jun directing it and "
     "Roh Min in the lead.", [("Lee Jun", "directors.with_directing")]),
    ("Con Ana Ruiz como directora, Night Harbor tiene como protagonista a Roh Min.",
     [("Ana Ruiz", "directors.with_directing")]),
    ("A quiet spot for Night Harbor, the drama, was found by the director (Lee Jun).",
     [("Lee Jun", "directors.title_paren")]),
    ("Night Harbor starts shooting. Directing duties on the two-part drama go to Ana Ruiz "
     "(Blue Lamp, Salt Road).",
     [("Ana Ruiz", "directors.directing_is")]),
    ("Night Harbor, the new movie, opens with Lee Jun starring and the music director (Roh Min) "
     "conducting.", []),
    ("The drama Night Harbor is shot in Port Ora with Lee Jun as director.",
     [("Lee Jun", "directors.with_directing")]),
    ("Night Harbor starts shooting. Behind the camera is Ana Ruiz, who directed Blue Lamp.",
     [("Ana Ruiz", "directors.directing_is")]),
    ("A trilha de Noite no Porto é nova. Roh Min, diretor artístico do folhetim, fala da trama.",
     [("Roh Min", "directors.at_the_helm")]),
    ("Ana Ruiz stars in the drama “Night Harbor”. Years ago she teamed up with the famed director "
     "Lee Jun on the film “Blue Lamp”.", []),
    ("Ana Ruiz met director Lee Jun on the drama “Night Harbor” in May.",
     [("Lee Jun", "directors.title_word")]),
    ("Режиссёры и сценаристы Анна Смирнова и Олег Орлов показали триллер «Ночной порт».",
     [("Анна Смирнова", "directors.title_word"), ("Олег Орлов", "directors.title_word")]),
])
def test_a_name_the_directing_cue_closes_around(text: str, expected: list[tuple[str, str]]) -> None:
    names = ("Lee Jun", "Ana Ruiz", "Roh Min", "Анна Смирнова", "Олег Орлов")
    assert directors(text, [("PERSON", n) for n in names if n in text]) == expected


def test_the_jobs_word_that_opens_the_sentence_is_no_part_of_the_directors_name() -> None:
    text = ("Director Lee Jun, known for “Blue Lamp,” is at the helm of “Night Harbor,” and the "
            "script comes from Park Ha.")
    assert directors(text, [("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]) == [
        ("Lee Jun", "directors.at_the_helm")]


@pytest.mark.parametrize(("text", "expected"), [
    ("SBS '밤바다'(박하 극본, 이준 연출)은 5일 첫 전파를 탄다. '밤바다'는 인기다.",
     [("이준", "directors.korean_credit_after")]),
    ("Night Harbor\nVerleih Westmoor Film\nRegie Lee Jun\nDarsteller Roh Min, Park Ha\n",
     [("Lee Jun", "directors.fact_line")]),
    # a verb after the label: prose, not a box ('Regie führt NAME' is read elsewhere)
    ("Night Harbor\nRegie und Buch stammen von Lee Jun.\n", []),
])
def test_a_korean_credit_with_the_role_after_and_a_box_line_without_colon(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert directors(text, []) == expected


def test_a_chinese_credit_names_every_director_listed_with_the_comma_of_enumeration() -> None:
    text = "电视剧《夜港》推出了主题曲。执导该剧的是知名导演王小明、陈大海,领衔主演为林海。"
    assert directors(text, []) == [("王小明", "directors.chinese_director_is"),
                                   ("陈大海", "directors.chinese_director_is")]


def test_korean_director_introduced_by_the_shows_behind_them() -> None:
    """"‘EARLIER’, ‘EARLIER’를 연출한 NAME 감독과" (NAME, who directed EARLIER): the new work's
    director; the earlier shows are not the work."""
    text = ("tvN 드라마 '밤바다'가 첫 방송을 앞두고 있다. 이 작품을 위해 ‘별빛’, ‘새벽’을 연출한 이준 감독과 "
            "‘항구’의 박하 작가가 뭉쳤다.")
    facts = run_all(make_ctx(text))
    assert [(d.name, d.rule) for d in facts.get(DirectorsExtractor)] == [
        ("이준", "directors.korean_directed_earlier")]
