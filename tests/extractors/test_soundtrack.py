"""Soundtrack artists with groups, and who sang which song."""

from __future__ import annotations

from typing import Any

import pytest

from article_extract.contract import run_all
from article_extract.extractors.groups import full_name_map
from article_extract.extractors.soundtrack import SoundtrackExtractor
from article_extract.extractors.topics import TopicsExtractor
from article_extract.extractors.tracklists import TracklistsExtractor
from article_extract.quotes import quoted_spans
from article_extract.testing import EntSpec, make_ctx
from tests.conftest import Run


def _st(run: Run, text: str) -> dict[str, Any]:
    st = run(text)["soundtrack"]
    return {"artists": [(a["name"], a["group"]) for a in st["artists"]],
            "songs": [(s["title"], s["performers"]) for s in st["songs"]]}


def test_performer_list_with_descriptors_and_groups(run: Run) -> None:
    text = ("The OST album includes tracks performed by the show's lead star Kim Ha-neul, "
            "singer Lumi, Jimin of BTS, BTS' V, Kim Taerae (ZEROBASEONE), Crush, and 10CM.")
    assert _st(run, text)["artists"] == [
        ("Kim Ha-neul", None), ("Lumi", None), ("Jimin", "BTS"), ("V", "BTS"),
        ("Kim Taerae", "ZEROBASEONE"), ("Crush", None), ("10CM", None)]


def test_sang_title_and_title_by_artist(run: Run) -> None:
    text = ('Haneul of NOVA8 sang "Undertow," the ending theme of the film, while "Paper Moon" '
            "by Yoon Bit-na (LUMINA) plays during a flashback.")
    got = _st(run, text)
    assert got["songs"] == [("Undertow", ["Haneul"]), ("Paper Moon", ["Yoon Bit-na"])]
    assert got["artists"] == [("Haneul", "NOVA8"), ("Yoon Bit-na", "LUMINA")]


def _songs(text: str) -> list[tuple[str, list[str]]]:
    st = run_all(make_ctx(text, ents=[])).get(SoundtrackExtractor)
    return [(x.title, list(x.performers)) for x in st.songs]


@pytest.mark.parametrize(("text", "songs"), [
    ("Four OSTs are out so far, each sung by a K-pop act: Roh Min’s Blue Lamp, Park Ha’s Come "
     "Back to Me, LUMINA’s Salt Road and Lee Jun’s Red Door.",
     [("Blue Lamp", ["Roh Min"]), ("Come Back to Me", ["Park Ha"]), ("Salt Road", ["LUMINA"]),
      ("Red Door", ["Lee Jun"])]),
    # two items, or a run that breaks off before the sentence ends, are not enough
    ("The OST has Roh Min’s Blue Lamp and Park Ha’s Red Door.", []),
    ("The OST has Roh Min’s Blue Lamp, Park Ha’s Red Door, Lee Jun’s Salt Road on repeat now.",
     []),
    # owners that are platforms are no singers
    ("The OST streams beside Netflix’s Blue Lamp, Disney’s Red Door and Prime Video’s Salt Road.",
     []),
])
def test_an_unquoted_run_of_possessive_song_credits(text: str,
                                                    songs: list[tuple[str, list[str]]]) -> None:
    assert _songs(text) == songs


def test_every_track_played_by_one_act_and_the_exception_it_names() -> None:
    text = ("Track listing:\n\n1. Blue Lamp\n\n2. Salt Road\n\n3. Red Door\n\nEvery track was "
            "composed by Lee Jun and is performed by the Night Harbor Ensemble; one of them, "
            "Red Door, a Lee Jun song, sung by Park Ha.")
    assert _songs(text) == [("Blue Lamp", ["Night Harbor Ensemble"]),
                            ("Salt Road", ["Night Harbor Ensemble"]), ("Red Door", ["Park Ha"])]


def test_every_track_written_by_one_person_credits_no_singer() -> None:
    text = ("Track listing:\n\n1. Blue Lamp\n\n2. Salt Road\n\n3. Red Door\n\nAll songs were "
            "written by Lee Jun.")
    assert _songs(text) == []


@pytest.mark.parametrize(("credit", "names"), [
    ("Lee Jun/Park Ha", ["Lee Jun", "Park Ha"]),
    ("Lee Jun/Park Ha/Roh Min", ["Lee Jun", "Park Ha", "Roh Min"]),
    ("AC/DC", ["AC/DC"]),
    ("the Lee/Park Ensemble", ["Lee/Park Ensemble"]),
])
def test_a_slash_joins_people_or_sits_inside_one_name(credit: str, names: list[str]) -> None:
    from article_extract.extractors.names import parse_name_list
    from article_extract.rules import RuleSet
    text = f"Performed by {credit}."
    assert [i.name for i in parse_name_list(RuleSet(), text, 13, len(text) - 1)] == names


@pytest.mark.parametrize(("text", "songs"), [
    ("映画『夜の港』の主題歌は森川一平「星の道」で、音楽は山口杏子が手がけた。", [("星の道", ["森川一平"])]),
    ("映画『夜の港』が公開された。Blue Lampの「星の道」が主題歌を飾る。", [("星の道", ["Blue Lamp"])]),
    # the theme song named without its singer
    ("映画『夜の港』の主題歌はまだ決まっていないという。", []),
])
def test_japanese_theme_song_credits(text: str, songs: list[tuple[str, list[str]]]) -> None:
    assert _songs(text) == songs


@pytest.mark.parametrize("cue", ["cantada por", "interpretada por", "chantée par"])
def test_a_romance_sung_by_credits_the_quoted_song_which_is_no_title(cue: str) -> None:
    text = f"“Blue Lamp”, {cue} Ana Ruiz, sai hoje na trilha sonora da novela “Night Harbor”."
    assert _songs(text) == [("Blue Lamp", ["Ana Ruiz"])]
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title != "Blue Lamp"


def test_unquoted_title_after_sang(run: Run) -> None:
    text = "Kim Ha-neul sang Way Home for the last episode of the show."
    assert _st(run, text)["songs"] == [("Way Home", ["Kim Ha-neul"])]


def test_feat_credit_in_prose(run: Run) -> None:
    text = ("The theme song 'Rain Over Ratchada' by Fluke (SEVENTH SKY) feat. Ploy Kanya was "
            "released alongside the premiere.")
    assert _st(run, text)["songs"] == [("Rain Over Ratchada", ["Fluke", "Ploy Kanya"])]


def test_list_ends_at_the_clause_after_it(run: Run) -> None:
    text = 'Part 4, "Goodnight, Florist" by Yoon Ha-ram, drops on Dec. 9 as the OST finale.'
    assert _st(run, text)["songs"] == [("Goodnight, Florist", ["Yoon Ha-ram"])]


def test_composers_are_not_artists(run: Run) -> None:
    text = "The score was composed by Kenta Morisawa, who also scored Tidebound Academy."
    assert _st(run, text) == {"artists": [], "songs": []}


def test_group_stated_elsewhere_in_the_text(run: Run) -> None:
    text = ('"Night Rain" was sung by Mina, while Ryu sang "Glass Door" for the drama.\n\n'
            "Mina of LUMEN debuted in 2019. NOVA's Ryu and Seo wrote the lyrics.")
    assert _st(run, text)["artists"] == [("Mina", "LUMEN"), ("Ryu", "NOVA")]


def test_group_after_a_name_with_regex_characters(run: Run) -> None:
    text = ('"Blue Hour" was sung by K.Will for the drama.\n\n'
            "K.Will (STARSHIP) and KxWill (NOPE) are not the same singer.")
    assert _st(run, text)["artists"] == [("K.Will", "STARSHIP")]


def test_descriptors_before_a_singer_are_not_the_name(run: Run) -> None:
    text = ("The soundtrack album is out. Rapper Kaizen's 'Gali Number 9' is a surprise, and "
            "'Saawan Re Saawan' by the Jodhpur folk band Lakeerein is the longest song.")
    assert _st(run, text) == {
        "artists": [("Kaizen", None), ("Lakeerein", None)],
        "songs": [("Gali Number 9", ["Kaizen"]), ("Saawan Re Saawan", ["Lakeerein"])]}


def test_a_possessive_name_ends_the_performer_list(run: Run) -> None:
    text = ('The OST has its own fans. "Karanlik" is sung by Deniz Aksoy, and singer Ece Tamer\u2019s '
            '"Buz" plays over the ferry scene.')
    assert _st(run, text) == {"artists": [("Deniz Aksoy", None), ("Ece Tamer", None)],
                              "songs": [("Karanlik", ["Deniz Aksoy"]), ("Buz", ["Ece Tamer"])]}


def test_group_with_a_genre_word_and_a_translated_title(run: Run) -> None:
    text = ("'Rooh Se' by Raghav Menon of the indie band Parwaaz brings a soft ballad to the "
            'soundtrack. The insert song "Kujira no Uta" (Whale Song), sung by Sayu of the idol '
            "group PRISM LEAF, has passed 50 million streams.")
    got = _st(run, text)
    assert got["artists"] == [("Raghav Menon", "Parwaaz"), ("Sayu", "PRISM LEAF")]
    assert got["songs"] == [("Rooh Se", ["Raghav Menon"]), ("Kujira no Uta", ["Sayu"])]


def test_band_names_with_small_words_stay_whole(run: Run) -> None:
    text = ("The OST is ambitious. The theme song, \u201cHanggang sa Huling Patak\u201d (Until the Last "
            "Drop), is performed by the acoustic duo Tala at Dagat, who wrote it. Tala & the Tides "
            "cover the classic 'Huling Sayaw' for the show's love theme.")
    got = _st(run, text)
    assert ("Tala at Dagat", None) in got["artists"] and ("Tala & the Tides", None) in got["artists"]
    assert not {"Tala", "Tides", "Dagat"} & {a for a, _ in got["artists"]}


def test_quoted_title_ending_in_an_initialism_keeps_its_period(run: Run) -> None:
    text = ('Incheon indie band The Sleeping Gulls contribute "Harbor Lights, 4 A.M.," to the '
            'soundtrack, and "Low Light," is sung by Kwon Na-rae.')
    assert ("Low Light", ["Kwon Na-rae"]) in _st(run, text)["songs"]
    t = 'contribute "Harbor Lights, 4 A.M.," and "Wait...," to it'
    assert [q for _, _, q in quoted_spans(t, 0, len(t))] == ["Harbor Lights, 4 A.M.", "Wait"]


def test_korean_credits_right_before_a_quoted_title(run: Run) -> None:
    text = ("tvN 드라마 '밤바다'의 OST 앨범이 16일 발매된다.\n\n"
            "앨범에는 김하늘의 '푸른 밤', 별의 발라드 '하얀 길', "
            "이준이 부른 감성 발라드 '검은 숲'이 실린다.\n\n"
            "드라마 '밤바다'는 인기를 끌고 있다.")
    doc = run(text)
    assert doc["work"]["title"] == "밤바다"
    assert [(s["title"], s["performers"]) for s in doc["soundtrack"]["songs"]] == [
        ("푸른 밤", ["김하늘"]), ("하얀 길", ["별"]), ("검은 숲", ["이준"])]


def test_korean_credits_with_a_latin_name_a_group_before_and_a_bracketed_guest(run: Run) -> None:
    text = ("tvN 드라마 '밤바다'의 OST 합본이 공개된다.\n\n"
            "앨범에는 Night Owls (한빛)의 'Salt Road', NIGHTJAR(나이트자) 김하늘의 'Blue Lamp', "
            "배우 이준의 'Red Door (Feat. 박하 (Park Ha))', 노래의 시작부터 (별빛)의 '하얀 길'이 실린다.\n\n"
            "드라마 '밤바다'는 인기를 끌고 있다.")
    st = run(text)["soundtrack"]
    assert [(s["title"], s["performers"]) for s in st["songs"]] == [
        ("Salt Road", ["Night Owls"]), ("Blue Lamp", ["김하늘"]), ("Red Door", ["이준", "박하"])]
    assert [(a["name"], a["group"]) for a in st["artists"]] == [
        ("Night Owls", None), ("김하늘", "NIGHTJAR"), ("이준", None)]


def test_a_company_named_features_is_no_featuring_cue(run: Run) -> None:
    text = ("Partnering with Focus Features and Back Lot Music, Mutant brings out the soundtrack "
            "to Night Harbor, the new film. Featuring Lee Jun and Park Ha, the album is out May 3.")
    assert [a["name"] for a in run(text)["soundtrack"]["artists"]] == ["Lee Jun", "Park Ha"]


def test_korean_credits_after_the_quoted_title_and_with_its_subject(run: Run) -> None:
    text = ("SBS 드라마 ‘밤바다’의 OST에 가수들이 모였다. 메인 타이틀 ‘Blue Night’은 별빛이 노래했다. "
            "메인테마송 ‘하얀 길’을 부른 가수는 김하늘이다. 박하가 ‘검은 숲’으로, 이준이 ‘Moonlight’로 "
            "각각 OST에 힘을 보탰다. OST의 제작은 ‘밤바다’ 팀이 맡았다.\n\n‘밤바다’는 인기다.")
    doc = run(text)["soundtrack"]
    assert [(s["title"], s["performers"]) for s in doc["songs"]] == [
        ("Blue Night", ["별빛"]), ("하얀 길", ["김하늘"]), ("검은 숲", ["박하"]), ("Moonlight", ["이준"])]


def test_korean_credits_chained_with_groups_in_brackets() -> None:
    text = ("드라마 ‘밤바다’ OST 앨범에는 노래 3곡, 곧 김하늘(푸른별)‧박구름(푸른별)의 ‘No Road’, "
            "하윤의 ‘Moonflower’, AB C(젤리)의 ‘여름비’ 등이 실렸다.")
    f = run_all(make_ctx(text, ents=[])).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in f.songs] == [
        ("No Road", ["김하늘", "박구름"]), ("Moonflower", ["하윤"]), ("여름비", ["AB C"])]
    assert [(a.name, a.group) for a in f.artists] == [
        ("김하늘", "푸른별"), ("박구름", "푸른별"), ("하윤", None), ("AB C", "젤리")]


def test_a_bare_number_opening_an_artist_first_line_is_its_numbering() -> None:
    text = ("The soundtrack of the film Night Harbor is out on vinyl, with Roh Min and Lee "
            "Jun.\nTracks\n"
            "1 Roh Min - Blue Lamp\n2 Lee Jun - Red Door\n3 Roh Min - Gold Gate\n"
            "4 10 Years - Silver Key\nRelease Date: May 24, 2024\nUPC: 600753997406")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]
    st = run_all(make_ctx(text, ents=ents)).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Blue Lamp", ["Roh Min"]), ("Red Door", ["Lee Jun"]), ("Gold Gate", ["Roh Min"]),
        ("Silver Key", ["10 Years"])]


def test_korean_credits_take_the_nearest_name_and_a_comma_chain() -> None:
    text = ("드라마 '밤바다' OST에는 잔잔한 노래를 들려준, 김하늘이 부른 '푸른 길'과 별빛 하나, 두리가 부른 "
            "'새벽빛', 인디계의 아이돌 누리의 'GLOW' 등이 실렸다.")
    st = run_all(make_ctx(text)).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("푸른 길", ["김하늘"]), ("새벽빛", ["하나", "두리"]), ("GLOW", ["누리"])]


def test_a_guest_credit_before_a_version_tag_and_a_vs_pairing() -> None:
    text = ("Die Musik zum Film Nachthafen ist da.\nTitel:\n1. Roh Min – Blue Lamp\n"
            "2. Lee Jun – Red Door (feat. Park Ha) [Radio Edit]\n"
            "3. Roh Min vs. Choi Woo – Gold Gate\n4. Lee Jun – Silver Key (Feat. Park Ha)")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Choi Woo")]
    facts = run_all(make_ctx(text, ents=ents))
    st = facts.get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Blue Lamp", ["Roh Min"]), ("Red Door [Radio Edit]", ["Lee Jun", "Park Ha"]),
        ("Gold Gate", ["Roh Min", "Choi Woo"]), ("Silver Key", ["Lee Jun", "Park Ha"])]
    red = facts.get(TracklistsExtractor).tracklists[0].tracks[1]
    assert red.evidence.text == "Red Door (feat. Park Ha) [Radio Edit]"


def test_a_review_list_numbered_with_a_hyphen_and_credits_in_brackets() -> None:
    long = " ".join(["The tune sticks and the arrangement is lush from start to finish."] * 4)
    text = ("Music Review; Night Harbor (2014)\n\n"
            f"1- Blue Lamp - (Roh Min & Lee Jun): A bright song. {long} Rating 3/5\n\n"
            f"2- Red Door - (Park Ha, Choi Woo): A slow song. {long} Rating 4/5\n\n"
            f"3- Gold Gate - (Roh Min): A long song. {long} Rating 3/5\n")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Choi Woo")]
    facts = run_all(make_ctx(text, ents=ents))
    assert [(s.title, s.performers) for s in facts.get(SoundtrackExtractor).songs] == [
        ("Blue Lamp", ["Roh Min", "Lee Jun"]), ("Red Door", ["Park Ha", "Choi Woo"]),
        ("Gold Gate", ["Roh Min"])]
    assert [t.title for t in facts.get(TracklistsExtractor).tracklists[0].tracks] == [
        "Blue Lamp", "Red Door", "Gold Gate"]


def test_its_collaborators_after_a_sentence_about_the_record_and_a_tail_of_other_acts() -> None:
    text = ("The soundtrack album of the film Night Harbor is out. Its collaborators include Roh "
            "Min, Lee Jun, Park Ha, and other acts from all over Europe.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha")]
    st = run_all(make_ctx(text, ents=ents)).get(SoundtrackExtractor)
    assert [a.name for a in st.artists] == ["Roh Min", "Lee Jun", "Park Ha"]


def test_an_initialism_keeps_its_last_dot_and_a_portuguese_owner_cue() -> None:
    text = ('A trilha sonora de "Noite" chegou nesta sexta-feira.\nConfira a seguir a tracklist de '
            '"Noite":\n1. Roh Min ft. Choi Woo - Blue Lamp\n2. The Mighty K.R.S. ft. Lee Jun - Red '
            "Door\n3. Park Ha ft. Choi Woo - Gold Gate\n")
    facts = run_all(make_ctx(text, ents=[("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]))
    assert [(s.title, s.performers) for s in facts.get(SoundtrackExtractor).songs] == [
        ("Blue Lamp", ["Roh Min", "Choi Woo"]), ("Red Door", ["The Mighty K.R.S.", "Lee Jun"]),
        ("Gold Gate", ["Park Ha", "Choi Woo"])]


def test_a_sentence_opening_preposition_is_no_given_name() -> None:
    """'Para Roh, ...' (Portuguese 'for Roh'): the model's PERSON span is no full name of the
    one-word credit 'Roh'."""
    text = "Para Roh, o disco é um presente. Com Lee Jun na faixa."
    ctx = make_ctx(text, ents=[("PERSON", "Para Roh"), ("PERSON", "Com Lee Jun")])
    assert full_name_map(ctx, ["Roh", "Jun"]) == {}
    ctx = make_ctx("Aki Roh sings. Roh again.", ents=[("PERSON", "Aki Roh")])
    assert full_name_map(ctx, ["Roh"]) == {"Roh": "Aki Roh"}


@pytest.mark.parametrize(("sentence", "songs"), [
    ("The fictional story takes its cue from Roh Min's \"Night Harbor.\"", []),
    ("The plot draws on Roh Min's \"Night Harbor\" as well.", []),
    ("Fans were soon singing along to Roh Min's \"Night Harbor.\"",
     [("Night Harbor", ["Roh Min"])]),
])
def test_a_persons_quoted_title_in_a_sentence_on_a_book_is_no_song(
        sentence: str, songs: list[tuple[str, list[str]]]) -> None:
    text = "The drama Blue Hour starts in May.\n\n" + sentence
    facts = run_all(make_ctx(text, ents=[("PERSON", "Roh Min")]))
    assert [(s.title, s.performers) for s in facts.get(SoundtrackExtractor).songs] == songs


def test_artists_who_contribute_songs_and_a_given_name_that_abbreviates_one() -> None:
    """'A, B and C all contribute songs to the record'; later "B's 'TITLE'" with only the
    given name, which the model takes for a place, is that artist's song."""
    text = ("The soundtrack of Night Harbor is out.\n\nRoh Min, Park Ha and Choi Woo all "
            "contribute songs and duets to the record.\n\nAmong the album's songs are "
            "Park's \"Slow Tide\" and Choi's \"Blue Hour\".")
    facts = run_all(make_ctx(text, ents=[("PERSON", "Roh Min"), ("PERSON", "Park Ha"),
                                         ("PERSON", "Choi Woo"), ("GPE", "Park")]))
    st = facts.get(SoundtrackExtractor)
    assert [a.name for a in st.artists] == ["Roh Min", "Park Ha", "Choi Woo"]
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Slow Tide", ["Park Ha"]), ("Blue Hour", ["Choi Woo"])]


def test_a_bonus_track_tag_after_the_singer_is_no_group() -> None:
    text = ("The Night Harbor soundtrack returns with bonus tracks.\n\nTrack list:\n"
            "1. Salt Road - Lee Jun\n2. Blue Lantern - Park Ha\n3. Low Tide - Lee Jun (Bonus Track)\n")
    f = run_all(make_ctx(text, ents=[]))
    assert [(a.name, a.group) for a in f.get(SoundtrackExtractor).artists] == [
        ("Lee Jun", None), ("Park Ha", None)]


def test_a_one_letter_surname_prefix_before_an_apostrophe_is_no_group() -> None:
    text = ("The album Night Harbor is out. Its first track, “Salt Road”, has vocals by Lee Jun, "
            "Ana D’ Souza and Park Ha.")
    ents: list[EntSpec] = [("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]
    f = run_all(make_ctx(text, ents=ents))
    assert [(a.name, a.group) for a in f.get(SoundtrackExtractor).artists] == [
        ("Lee Jun", None), ("Ana D’ Souza", None), ("Park Ha", None)]


def test_adding_or_putting_out_a_song_for_the_soundtrack_names_its_singers(run: Run) -> None:
    text = ("The drama Night Harbor airs in May. Ana Ruiz and Lena Park will record a fresh ballad "
            "for the OST of the drama. Blue Tide member Roh Min is releasing a second song for "
            "the drama. Lee Jun will add a song to the playlist.")
    assert [a[0] for a in _st(run, text)["artists"]] == ["Ana Ruiz", "Lena Park", "Roh Min"]


def test_korean_credit_after_the_title_with_an_adverb_and_a_joining_verb(run: Run) -> None:
    text = ("KBS 2TV 주말드라마 '밤바다'의 OST에 배우 이준이 목소리를 보탠 곡이 공개된다.\n\n"
            "'밤바다'의 다섯 번째 OST인 '푸른 길'은 이준이 직접 불렀으며, 오후 6시 공개된다.")
    st = run(text)["soundtrack"]
    assert [(s["title"], s["performers"]) for s in st["songs"]] == [("푸른 길", ["이준"])]


def test_a_table_row_broken_inside_its_credit_credits_the_whole_name(run: Run) -> None:
    text = ("Night Harbor\n1 |\nSalt\nRoad – performed by Ana\nRuiz |\n2 |\nBlue\nLamp – performed "
            "by Lee Jun |\n3 |\nRed\nDoor – performed by Park Ha |\n")
    st = run(text)["soundtrack"]
    assert [(s["title"], s["performers"]) for s in st["songs"]] == [
        ("Salt Road", ["Ana Ruiz"]), ("Blue Lamp", ["Lee Jun"]), ("Red Door", ["Park Ha"])]
    assert [(a["name"], a["evidence"]["text"]) for a in st["artists"]] == [
        ("Ana Ruiz", "Ana\nRuiz"), ("Lee Jun", "Lee Jun"), ("Park Ha", "Park Ha")]


def test_a_colon_list_whose_right_column_speaks_names_its_acts_first() -> None:
    # no model labels: 'Your', 'Don’t', 'I’m' say which column holds the song titles
    text = ("The soundtrack of the film Night Harbor is out now. The track list:\n\n"
            "1. Blue Lamp: Bang Your Drum (Long Mix)\n\n2. Salt Road: Don’t Go Home\n\n"
            "3. Red Door & Gold Gate: Harbor Lights\n\n4. Blue Lamp: I’m Awake\n")
    st = run_all(make_ctx(text, ents=[])).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Bang Your Drum (Long Mix)", ["Blue Lamp"]), ("Don’t Go Home", ["Salt Road"]),
        ("Harbor Lights", ["Red Door", "Gold Gate"]), ("I’m Awake", ["Blue Lamp"])]
    assert [a.name for a in st.artists] == ["Blue Lamp", "Salt Road", "Red Door", "Gold Gate"]


def test_a_numbered_label_before_a_colon_is_no_credit() -> None:
    text = ("The soundtrack of the film Night Harbor is out now.\n\n"
            "Track 1: Bang Your Drum - Roh Min\nTrack 2: Don’t Go Home - Lee Jun\n"
            "Track 3: Harbor Lights - Roh Min\n")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]
    st = run_all(make_ctx(text, ents=ents)).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Bang Your Drum", ["Roh Min"]), ("Don’t Go Home", ["Lee Jun"]),
        ("Harbor Lights", ["Roh Min"])]


def test_a_quoted_title_de_an_act_in_a_sentence_about_the_music() -> None:
    # the voice named after the author's credit sings it; outside a sentence about music
    # '"TITLE", de NAME' names an author
    text = ("A trilha da novela Noite no Porto reúne faixas como \"Lua Azul\", de Ana Ruiz; "
            "'Mar Aberto', de Roh Min; \"Cais\", de Tiago e Davi; e \"Porto\", de Lee Jun, na "
            "voz de Park Ha. "
            "O livro \"Sal\", de Choi Woo, inspirou a trama.")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Ana Ruiz", "Roh Min", "Lee Jun", "Park Ha",
                                                  "Choi Woo")]
    st = run_all(make_ctx(text, ents=ents)).get(SoundtrackExtractor)
    assert [(s.title, s.performers, s.rule) for s in st.songs] == [
        ("Lua Azul", ["Ana Ruiz"], "songs.title_de"), ("Mar Aberto", ["Roh Min"], "songs.title_de"),
        ("Cais", ["Tiago e Davi"], "songs.title_de"), ("Porto", ["Park Ha"], "songs.title_de")]


def test_the_acts_of_covered_hits_get_their_songs_but_are_not_on_the_record() -> None:
    text = ("Roh Min produced the whole Night Harbor soundtrack. Besides fresh material the record has "
            "covers of familiar hits, Blue Lamp's \"Red Door\" and Salt Road's \"Gold Gate\" among them. "
            "The soundtrack opens with \"Harbor Lights\" by Lee Jun.")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("ORG", "Blue Lamp"), ("ORG", "Salt Road"),
                           ("PERSON", "Lee Jun")]
    st = run_all(make_ctx(text, ents=ents)).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Red Door", ["Blue Lamp"]), ("Gold Gate", ["Salt Road"]), ("Harbor Lights", ["Lee Jun"])]
    assert [a.name for a in st.artists] == ["Lee Jun"]


def test_numbered_entries_with_a_by_credit_then_a_dash_and_a_review() -> None:
    # long numbered paragraphs are still entries when 'TITLE by NAMES' ends at a spaced dash;
    # the review after it credits no one, and a name's hanzi in brackets is its translation
    text = ("Night Harbor OST\n\nI bought the CD at once. With this disc you get 3 songs and 2 "
            "instrumentals. The songs are:\n"
            "1. Blue Lamp aka Lan Deng (藍燈) by Roh Min (羅敏), Lee Jun (李俊), and Park Ha "
            "(朴夏) – A bold opener that fits the show very well. It is lovely to hear the "
            "leads sing together, and it still ranks only third for me on the whole disc.\n"
            "2. Red Door aka Hong Men (紅門) by Lee Jun (李俊) – A slow and sweet duet with a "
            "dreamy feel. I am very glad he sings it, since he carried the whole song so well "
            "and it sits second on my list.\n")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun"), ("PERSON", "Park Ha")]
    facts = run_all(make_ctx(text, ents=ents))
    st = facts.get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Blue Lamp aka Lan Deng (藍燈)", ["Roh Min", "Lee Jun", "Park Ha"]),
        ("Red Door aka Hong Men (紅門)", ["Lee Jun"])]
    (tl,) = facts.get(TracklistsExtractor).tracklists
    assert (tl.declared_count, tl.complete, len(tl.tracks)) == (3, False, 2)


def test_theme_song_label_lines_credit_their_singers() -> None:
    text = ("The drama Night Harbor premieres tonight with 40 episodes.\n\n"
            "Opening theme: Blue Lamp by Roh Min (title)\n\nEnding Theme: Red Door by Lee Jun\n\n"
            "Insert song: Gold Gate by Park Ha (Ana Ruiz's version was in the teaser)\n"
            "Opening night: the party by the bay ran late\n")
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Lee Jun", "Park Ha", "Ana Ruiz")]
    st = run_all(make_ctx(text, ents=ents)).get(SoundtrackExtractor)
    assert [(s.title, s.performers, s.rule) for s in st.songs] == [
        ("Blue Lamp", ["Roh Min"], "songs.theme_line"), ("Red Door", ["Lee Jun"], "songs.theme_line"),
        ("Gold Gate", ["Park Ha"], "songs.theme_line")]
    assert [a.name for a in st.artists] == ["Roh Min", "Lee Jun", "Park Ha"]


def test_korean_quotes_mixed_curly_and_straight_and_a_verb_is_no_chained_singer() -> None:
    """"노래 이름도 먼저 발표했는데, A의 ‘TITLE’, B의 ‘TITLE'": a curly quote closed by a straight one
    is a title, and the verb before the comma ('발표했는데': announced) is no singer; the
    member named after '그룹 GROUP' gets the group."""
    text = ("드라마 '밤바다'의 OST를 그룹 별빛 하늘과 가수 이준이 부른다. 노래 이름도 먼저 발표했는데, "
            "하늘의 ‘Night Harbor’, 이준의 ‘Blue Lamp' 등이다.")
    facts = run_all(make_ctx(text)).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in facts.songs] == [
        ("Night Harbor", ["하늘"]), ("Blue Lamp", ["이준"])]
    assert [(a.name, a.group) for a in facts.artists] == [("하늘", "별빛"), ("이준", None)]


def test_korean_lineup_marked_entries_are_singers_not_songs() -> None:
    """'OST 라인업은 ▲DESCRIPTION의 ‘NAME’ ▲DESCRIPTION ‘NAME’ ...': three entries or more, each
    naming one singer in quotes; a description before '의' is no singer of a song 'NAME'."""
    text = ("드라마 '밤바다'의 OST 라인업은 ▲시원한 보컬의 ‘이준’ ▲섬세한 음색 ‘박하’ ▲풍부한 가창력의 "
            "‘최유진’으로 꾸려졌다.")
    facts = run_all(make_ctx(text)).get(SoundtrackExtractor)
    assert facts.songs == []
    assert [(a.name, a.rule) for a in facts.artists] == [
        ("이준", "artists.lineup_marks"), ("박하", "artists.lineup_marks"),
        ("최유진", "artists.lineup_marks")]
    caption = "▲드라마 '밤바다'의 OST 곡 ‘별빛’을 이준이 불렀다."
    assert [a.rule for a in run_all(make_ctx(caption)).get(SoundtrackExtractor).artists] != [
        "artists.lineup_marks"]


def test_a_curly_quote_closed_by_a_straight_one_only_where_no_curly_one_closes() -> None:
    text = "이준의 ‘Blue Lamp' 등, ‘rock n' roll’ and ‘Night Harbor' or ‘Salt Road’"
    assert [q for _s, _e, q in quoted_spans(text, 0, len(text))] == [
        "Blue Lamp", "rock n' roll", "Night Harbor", "Salt Road"]


def test_a_list_the_intro_ranks_holds_songs_of_many_works_not_an_albums_tracks() -> None:
    """'my 4 favourite drama OSTs' then four 'TITLE by NAME (SHOW)' entries: a listicle. The
    entries are songs with their singers; no tracklist, no artist of a soundtrack, no title."""
    text = ("Today I list my 4 favourite Korean drama OSTs.\n\n"
            "1. Night Harbor by Lee Jun (Blue Lamp)\n2. Salt Road by Park Ha (Red Door)\n"
            "3. Gold Gate by Choi Woo (Port Ora)\n4. Westmoor by Han Eun (Norland)\n\n"
            "Thanks for reading.")
    facts = run_all(make_ctx(text, ents=[]))
    st = facts.get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in st.songs] == [
        ("Night Harbor", ["Lee Jun"]), ("Salt Road", ["Park Ha"]), ("Gold Gate", ["Choi Woo"]),
        ("Westmoor", ["Han Eun"])]
    assert st.artists == []
    assert facts.get(TracklistsExtractor).tracklists == []
    assert facts.get(TopicsExtractor).title is None


def test_a_ranking_the_list_does_not_bear_out_leaves_the_tracklist() -> None:
    text = ("Night Harbor, named one of the 10 best dramas, gets its OST album. The tracklist:\n\n"
            "1. Salt Road - Park Ha\n2. Gold Gate - Choi Woo\n3. Westmoor - Han Eun\n")
    facts = run_all(make_ctx(text, ents=[]))
    assert [len(t.tracks) for t in facts.get(TracklistsExtractor).tracklists] == [3]


def test_a_title_closed_with_the_opening_mark_where_no_closing_one_follows() -> None:
    text = "em “Night Harbor“, cuja trilha tem “Salt Road“ e depois “Blue Lamp” também"
    assert [q for _s, _e, q in quoted_spans(text, 0, len(text))] == [
        "Night Harbor", "Salt Road", "Blue Lamp"]


def test_word_and_word_on_a_credit_line_is_one_act_unless_each_is_named_alone() -> None:
    """'TITLE - Salt & Pepper': one act; 'TITLE - Park & Lee' where the text names Park and Lee
    on their own elsewhere: two performers."""
    text = ("The Night Harbor soundtrack tracklist:\n\n1. Blue Lamp - Salt & Pepper\n"
            "2. Red Door - Park & Lee\n3. Gold Gate - Choi\n\nPark and Lee met in 2019; Lee sings.")
    facts = run_all(make_ctx(text, ents=[])).get(SoundtrackExtractor)
    assert [(s.title, s.performers) for s in facts.songs] == [
        ("Blue Lamp", ["Salt & Pepper"]), ("Red Door", ["Park", "Lee"]), ("Gold Gate", ["Choi"])]


def test_an_act_named_before_the_noun_of_a_single_titled() -> None:
    """'a NAME single titled “TITLE”', also on a list's bullet: NAME sings TITLE."""
    text = ("Night Harbor's soundtrack arrives in May.\n\nWhat's happening:\n"
            "- Streaming services got a Blue Lamp single titled “Salt Road” today.\n"
            "- A clip goes with it.\n- The album follows on May 2.\n")
    facts = run_all(make_ctx(text, ents=[])).get(SoundtrackExtractor)
    assert [(s.title, s.performers, s.rule) for s in facts.songs] == [
        ("Salt Road", ["Blue Lamp"], "songs.single_titled")]
