"""The main work: title among many titles, kind, platforms, episodes, filming places."""

from __future__ import annotations

import pytest

from article_extract.contract import run_all
from article_extract.extractors.credited import CreditedTitles
from article_extract.extractors.episodes import EpisodesExtractor
from article_extract.extractors.kind import KindExtractor
from article_extract.extractors.platforms import PlatformsExtractor
from article_extract.extractors.titles import clean_title
from article_extract.extractors.topics import TopicsExtractor
from article_extract.testing import EntSpec, make_ctx
from tests.conftest import Run


def test_title_is_the_work_the_article_is_about(run: Run) -> None:
    text = ("'Harbor of Tomorrow' wraps with a series high\n\n"
            'tvN\'s weekend drama "Harbor of Tomorrow" ended its run. Its lead, known for '
            '"Seasons of Salt," thanked fans. "Harbor of Tomorrow" will stream on Netflix.')
    w = run(text)["work"]
    assert (w["title"], w["kind"]) == ("Harbor of Tomorrow", "series")
    assert w["evidence"]["text"] == "Harbor of Tomorrow"
    assert w["platforms"] == ["tvN", "Netflix"]


def test_a_title_with_a_number_sign_and_a_platform_glued_to_a_plus() -> None:
    text = ("Night Harbor #2, the K-drama Disney+ is preparing, will premiere in March. "
            "Night Harbor #2 stars Roh Min.")
    topics = run_all(make_ctx(text, ents=[])).get(TopicsExtractor)
    assert (topics.title, topics.rule) == ("Night Harbor #2", "work.title_appositive")


_TRACKS = "Tracklist:\n1. Blue Lamp\n2. Salt Road\n3. Red Door\n4. Gold Gate\n5. Port Ora\n"


@pytest.mark.parametrize(("text", "kind"), [
    # a page that lists an album's tracks and names no cast is about the album
    ("The soundtrack Lee Jun wrote for the film Night Harbor is out today.\n\n" + _TRACKS,
     "album"),
    # one that names the film's cast is about the film and its soundtrack
    ("The film Night Harbor, starring Roh Min and Park Ha, opens today.\n\n" + _TRACKS, "film"),
    # four tracks are not enough: a show's theme songs
    ("The soundtrack Lee Jun wrote for the film Night Harbor is out today.\n\n"
     + _TRACKS.replace("5. Port Ora\n", ""), "film"),
])
def test_a_tracklist_without_cast_makes_the_page_an_albums(text: str, kind: str) -> None:
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Park Ha")] if "Roh" in text else []
    assert run_all(make_ctx(text, ents=ents)).get(KindExtractor) == kind


@pytest.mark.parametrize(("text", "title"), [
    ('La nueva telenovela de "Night Harbor" se estrena en marzo con Roh Min.', "Night Harbor"),
    # a genre word's 'de' ('el remake de "X"') names another work
    ('Los creadores del remake de "Blue Lamp" producen la cinta.', None),
])
def test_a_romance_de_between_a_kind_noun_and_a_quoted_title(text: str, title: str | None) -> None:
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == title


@pytest.mark.parametrize(("text", "platform"), [
    ("로민이 출연하는 KBS 2TV 수목극 '밤바다'의 주제곡 '별빛'을 박하가 불렀다. '별빛'은 인기다.", "KBS 2TV"),
    ("tvN 월화드라마 '밤바다'의 OST가 오늘 나왔다. '별빛'을 박하가 불렀다.", "tvN"),
])
def test_a_korean_slot_word_before_a_quoted_title_names_the_drama(text: str, platform: str) -> None:
    facts = run_all(make_ctx(text, ents=[]))
    assert (facts.get(TopicsExtractor).title, facts.get(KindExtractor)) == ("밤바다", "series")
    # the channel in the drama's noun phrase is the drama's; a page about the OST album is an
    # album's ('OST 앨범', '모두 N곡'), and an album keeps no video channel
    assert [(p.value, p.rule) for p in facts.get(PlatformsExtractor)] == [
        (platform, "work.platform_noun_phrase")]


@pytest.mark.parametrize(("text", "title"), [
    ('El canal anunció la serie de "Night Harbor" para marzo. "Night Harbor" llega en 2027.',
     "Night Harbor"),
    # 'serie' names no work without quotes: 'ze série OTHER' is a credit of an actor's past
    ("Do kin se film dostane 8. září; Roh Min, jehož znají ze série Blue Lamp, hraje.", None),
])
def test_serie_introduces_a_quoted_title_only(text: str, title: str | None) -> None:
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == title


def test_no_title_without_evidence(run: Run) -> None:
    w = run("Meanwhile, fans gathered outside the venue. Meanwhile, more fans came.")["work"]
    assert (w["title"], w["evidence"], w["rule"]) == (None, None, None)


def test_kind_from_the_word_that_introduces_the_title(run: Run) -> None:
    assert run('The film "Iron Meridian" opened on Friday.')["work"]["kind"] == "film"
    assert run('The new album "Glass Hours" arrives on Friday.')["work"]["kind"] == "album"


def test_formally_named_release_is_the_work(run: Run) -> None:
    text = ("[OST] 'Low Tide (Original Motion Picture Soundtrack)' drops today\n\n"
            'The soundtrack for the film "Low Tide" is here. "Low Tide (Original Motion Picture '
            'Soundtrack)" was released on Melon and Spotify.')
    w = run(text)["work"]
    assert (w["title"], w["kind"], w["platforms"]) == (
        "Low Tide (Original Motion Picture Soundtrack)", "album", ["Melon", "Spotify"])


def test_platform_of_another_work_is_not_ours(run: Run) -> None:
    text = ('The drama "Blue Tram" premiered on JTBC. Its writer also made the Netflix series '
            '"Night Shift Seoul," which streamed on Netflix in 2022.')
    assert run(text)["work"]["platforms"] == ["JTBC"]


def test_a_platform_in_brackets_after_the_title(run: Run) -> None:
    text = ("The drama Night Harbor premiered on Saturday.\n\nLee Jun in “Night Harbor” (tvN)\n\n"
            "1. Night Harbor (tvN) - 5.8%\n2. Blue River (JTBC) - 3.1%")
    w = run(text)["work"]
    assert (w["platforms"], [p["rule"] for p in w["platform_evidence"]]) == (
        ["tvN"], ["work.platform_title_paren", "work.platform_title_paren"])


def test_episodes(run: Run) -> None:
    assert run("The 12-episode series premiered on tvN.")["work"]["episodes"] == 12
    assert run("The series has sixteen episodes in all.")["work"]["episodes"] == 16
    assert run("The first two episodes aired on Friday.")["work"]["episodes"] is None
    assert run("Episode 5 was the best.")["work"]["episodes"] is None


def test_conflicting_episode_counts_warn(run: Run) -> None:
    doc = run("The series has 16 episodes. Later reports say it runs for 12 episodes.")
    assert doc["work"]["episodes"] is None
    assert [w["code"] for w in doc["warnings"]] == ["episodes_conflict"]


def test_filming_locations(run: Run) -> None:
    text = ("The drama was shot on location in Tongyeong and Geoje Island, and filming took "
            "place between May and August in Chiang Mai and Krabi.")
    assert run(text)["work"]["filming_locations"] == ["Tongyeong", "Geoje Island", "Chiang Mai",
                                                      "Krabi"]


def test_setting_is_not_a_filming_location(run: Run) -> None:
    assert run("The story is set in Budapest in 1956.")["work"]["filming_locations"] == []


def test_filming_lists_across_time_phrases_and_moves(run: Run) -> None:
    text = ("Cameras rolled in mid-March 2024 in Mardin, before the production moved to Istanbul "
            "and finally Cappadocia. Filming began on 14th September 2023 at Lacock Abbey, then "
            "moved to Bath. A second unit shooting the desert chase in Wadi Rum finished early.")
    assert run(text)["work"]["filming_locations"] == ["Mardin", "Istanbul", "Cappadocia",
                                                      "Lacock Abbey", "Bath", "Wadi Rum"]


def test_headline_quoting_the_ost_release_makes_it_the_work(run: Run) -> None:
    text = ("\u201cThe Night Shift Pharmacist OST\u201d Two-Disc Album Arrives April 17\n\n"
            "Bluewave announced that \u201cThe Night Shift Pharmacist OST,\u201d the soundtrack of the "
            "JTBC drama The Night Shift Pharmacist, will be released across Melon, Genie and Spotify. "
            "The drama streams on Netflix.")
    w = run(text)["work"]
    assert (w["title"], w["kind"], w["platforms"]) == (
        "The Night Shift Pharmacist OST", "album", ["Melon", "Genie", "Spotify"])


def test_quoted_work_with_ost_outside_the_quotes_stays_the_work(run: Run) -> None:
    text = ("'The Florist Next Door' OST: 5 Songs That Make the Drama Bloom\n\n"
            'JTBC\'s romance "The Florist Next Door" airs on JTBC. Its OST is a hit.')
    w = run(text)["work"]
    assert (w["title"], w["kind"]) == ("The Florist Next Door", "series")


def test_title_album_review_headline_is_an_album(run: Run) -> None:
    text = ("Safed Patang album review: 6 reasons this soundtrack is on repeat\n\n"
            "The soundtrack for director Ritesh Malhotra's film Safed Patang dropped on 12th "
            "March 2025.\n\nQuick facts\nComposer: Kabir Anand\nStreaming on: Spotify, JioSaavn "
            "and Apple Music\n")
    w = run(text)["work"]
    assert (w["title"], w["kind"], w["platforms"]) == (
        "Safed Patang", "album", ["Spotify", "JioSaavn", "Apple Music"])


def test_platform_in_the_sentence_after_one_about_the_work(run: Run) -> None:
    text = ('The anime film "Whale Moon" opened in Japan. GKIDS will give the film a North '
            "American run. Netflix has acquired worldwide streaming rights, with a debut in July.")
    assert run(text)["work"]["platforms"] == ["Netflix"]


def test_platform_after_a_sentence_about_another_work_is_not_ours(run: Run) -> None:
    text = ('The anime film "Whale Moon" opened in Japan. Its rival "Iron Tide" also opened. '
            "Netflix has acquired worldwide streaming rights, with a debut in July.")
    assert run(text)["work"]["platforms"] == []


def test_episode_count_of_the_whole_outranks_release_batches(run: Run) -> None:
    text = ("The drama premiered on Tencent Video, dropping six episodes on launch night. The "
            "40-episode costume drama reaches Netflix in July.")
    assert run(text)["work"]["episodes"] == 40
    text = ("The lavish six-part adaptation premieres on BBC One. In the US it streams on Hulu, "
            "with two episodes on launch day.")
    assert run(text)["work"]["episodes"] == 6


def test_conflicting_whole_counts_are_reported_not_picked(run: Run) -> None:
    doc = run("The 12-episode drama airs on tvN. Later the 16-episode drama moved to Netflix.")
    assert doc["work"]["episodes"] is None
    assert [w["code"] for w in doc["warnings"]] == ["episodes_conflict"]


def test_a_rivals_paragraph_keeps_its_facts(run: Run) -> None:
    text = ('Netflix\'s "Phantom Thief at Dawn" arrives on September 18. The eight-episode series '
            "was shot in Tokyo and Kobe.\n\n"
            '"Phantom Thief at Dawn" will not have the weekend to itself. Over on Prime Video, '
            '"Red Lotus Ronin" has held the No. 1 spot since it premiered. The 10-episode samurai '
            "drama, directed by Akira Senda and starring Hiroshi Kanda and Aya Morimoto, was filmed "
            "in Okinawa.")
    w = run(text)["work"]
    assert (w["title"], w["episodes"], w["filming_locations"], w["cast"]) == (
        "Phantom Thief at Dawn", 8, ["Tokyo", "Kobe"], [])


def test_filming_that_did_not_happen_or_belongs_to_an_adaptation(run: Run) -> None:
    text = ('The drama "Lamplight" was filmed in Alnwick and Hexham, although not a frame was shot '
            "in Newcastle itself. A screen adaptation, to be filmed in Cobh and Galway, is in "
            "development.")
    assert run(text)["work"]["filming_locations"] == ["Alnwick", "Hexham"]


def test_title_with_an_inner_possessive_and_a_two_word_channel(run: Run) -> None:
    text = ("The Lamplighter's Daughter: BBC One sets January date for Victorian drama\n\n"
            "BBC One has confirmed when viewers will see The Lamplighter's Daughter, the lavish "
            "six-part adaptation. The Lamplighter's Daughter premieres on BBC One on 5 January.")
    w = run(text)["work"]
    assert (w["title"], w["episodes"], w["platforms"]) == (
        "The Lamplighter's Daughter", 6, ["BBC One"])


def test_made_on_an_amount_is_the_budget(run: Run) -> None:
    text = ('Made on an estimated 8.5 billion won, the film "Hollow Harbor" needs 2.1 million '
            "admissions to break even.")
    b = run(text)["work"]["budget"]
    assert (b["amount"], b["currency"], b["qualifier"]) == (8500000000, "KRW", "about")


def test_cast_recording_named_for_its_city_is_the_work(run: Run) -> None:
    text = ("CURTAIN CALL\nIrish theatre, opera & music\nMUSIC | CAST RECORDINGS\n"
            "'The Ferryman's Waltz' gets its cast album\n\n"
            "The Ferryman's Waltz (Original Dublin Cast Recording) will be released on Spotify. "
            "The musical The Ferryman's Waltz played the Gaiety.")
    w = run(text)["work"]
    assert (w["title"], w["kind"]) == (
        "The Ferryman's Waltz (Original Dublin Cast Recording)", "album")


def test_a_quoted_title_apposed_as_a_song_is_not_the_work(run: Run) -> None:
    text = ('"Salt Road," the theme song of "Night Harbor," tvN\'s newest hit series, is out. '
            'The words of "Salt Road" were written by Lee Jun.\n\n"Night Harbor" drew 300,000 '
            'viewers.\n\n"Salt Road" topped the chart. Fans praised "Salt Road" again.')
    assert run(text)["work"]["title"] == "Night Harbor"


def test_the_heading_of_a_fact_box_is_the_work(run: Run) -> None:
    text = ("Night Harbor\n\n\nRuntime : 01h52\nGenres : Drama\nRelease : May 3, 2019\n"
            "Director : Lee Jun\n\nA ferry captain looks for his brother.")
    w = run(text)["work"]
    assert (w["title"], w["rule"], w["kind"]) == ("Night Harbor", "work.title_fact_box", "film")


def test_a_heading_over_contact_lines_is_no_work(run: Run) -> None:
    text = ("Night Harbor\n\nPhone : 555-0142\nEmail : press@example.com\nOffice : Seoul\n"
            "Fax : 555-0143\n\nCall us any time.")
    assert run(text)["work"]["title"] is None


@pytest.mark.parametrize(("text", "platforms"), [
    ("The telenovela Night Harbor premieres on SBT on Monday.", ["SBT"]),
    ("The series Night Harbor airs on El Trece and streams on Telefe.", ["El Trece", "Telefe"]),
    ("The drama Night Harbor is available on Lionsgate Play.", ["Lionsgate Play"]),
    ("3月2日,40集电视剧《夜港》登陆湖南卫视、浙江卫视,同时在腾讯视频上线。",
     ["湖南卫视", "浙江卫视", "腾讯视频"]),
    ("Drama: Night Harbor\nBroadcast network: Chukyo TV, Nagoya TV\n\nThe drama is new.",
     ["Chukyo TV", "Nagoya TV"]),
    ("ドラマ「夜の港」はテレビ大阪で7月9日から放送される。", ["テレビ大阪"]),
])
def test_broadcasters_of_more_countries(run: Run, text: str, platforms: list[str]) -> None:
    assert run(text)["work"]["platforms"] == platforms


def test_a_song_apposed_with_a_possessive_is_not_the_work(run: Run) -> None:
    text = ("Director Lee Jun's film 'Night Harbor' is due in May. The makers put out the video of "
            "'Salt Road', the film's first single.\n\n'Salt Road' got 50,000 likes. Fans love "
            "'Salt Road' and 'Night Harbor'.")
    assert run(text)["work"]["title"] == "Night Harbor"


def test_a_studio_named_after_a_platform_is_no_platform(run: Run) -> None:
    text = "Night Harbor is a 2015 British comedy film. BBC Films produced it, and it was released in May."
    assert run(text)["work"]["platforms"] == []


def test_a_vietnamese_title_with_its_own_capitals(run: Run) -> None:
    text = "HCM CITY — The Vietnamese thriller film Đêm Ơi!! ruled the box office. Đêm Ơi!! took in more."
    assert run(text)["work"]["title"] == "Đêm Ơi!!"


@pytest.mark.parametrize("text", [
    "The drama Night Harbor will show two episodes back to back on three days.",
    "The drama Night Harbor airs three episodes a week on tvN.",
])
def test_a_schedule_is_no_episode_count(run: Run, text: str) -> None:
    assert run(text)["work"]["episodes"] is None


def test_a_drama_fact_box_gives_episodes_platforms_and_lowercase_eps_are_no_ep(run: Run) -> None:
    text = ("Night Harbor\n\nNight Harbor China Web Drama\nWeb Drama: Night Harbor\n"
            "Broadcast Website: Youku\nAir Time: 10:00 (4 eps) on premiere day, then (2 eps) daily\n"
            "Episodes: 43\nDirector: Lee Jun\nWatch Episodes On: Viki (eng subs)\n\n"
            "This comedy follows Night Harbor's heroine.")
    w = run(text)["work"]
    assert (w["kind"], w["platforms"], w["episodes"]) == ("series", ["Youku", "Viki"], 43)


@pytest.mark.parametrize(("text", "episodes"), [
    ("A novela Night Harbor teve 143 capítulos.", 143),
    ("La série Night Harbor compte 12 épisodes de quarante minutes.", 12),
])
def test_episodes_counted_in_other_languages(run: Run, text: str, episodes: int) -> None:
    assert run(text)["work"]["episodes"] == episodes


def test_filming_began_on_a_full_date_then_the_place(run: Run) -> None:
    text = ("Night Harbor is a Chinese web drama.\n\n"
            "  • Filming began on April 18, 2020 in Hengdian World Studios.")
    assert run(text)["work"]["filming_locations"] == ["Hengdian World Studios"]


def test_a_provider_in_brackets_after_a_credited_channel_is_a_platform() -> None:
    text = ("The drama Night Harbor is new. Catch Night Harbor every Tuesday at 8.10pm on ONE HD "
            "(Astro Ch 393).")
    assert [p.value for p in run_all(make_ctx(text)).get(PlatformsExtractor)] == [
        "ONE HD", "Astro"]


def test_a_work_named_after_a_person_is_the_title_its_appositive_describes() -> None:
    text = ("Lin Wei will star in Zhang Tian Long, a historical drama coming up on Hunan TV. "
            "Zhang Tian Long has 60 episodes. Directed by Mei Shan, the series was shot in Hengdian.")
    ents: list[EntSpec] = [("PERSON", "Zhang Tian Long"), ("PERSON", "Lin Wei"),
                           ("PERSON", "Mei Shan")]
    topics = run_all(make_ctx(text, ents=ents)).get(TopicsExtractor)
    assert (topics.title, topics.rule) == ("Zhang Tian Long", "work.title_appositive")
    assert "Directed by Mei Shan" not in topics.others


def test_a_work_told_in_parts_is_a_series_whatever_genre_word_introduces_it() -> None:
    text = ("The Irish crime thriller Night Harbor will premiere in February. The six-part series "
            "follows a fishing family. The crime thriller Night Harbor is dark.")
    assert run_all(make_ctx(text)).get(KindExtractor) == "series"
    film = "The Irish crime thriller Night Harbor will premiere in February. It is dark."
    assert run_all(make_ctx(film)).get(KindExtractor) == "film"



def test_works_someone_is_known_for_are_not_the_main_work() -> None:
    text = ("Submit a Tip\nAn untitled series shoots in Wilmington\n\nThe series will film in "
            "Wilmington. As a director, Roh Min is also known for the documentary Blue Lamp, for "
            "Red Door, a drama, and for Gold Gate.")
    topics = run_all(make_ctx(text)).get(TopicsExtractor)
    assert topics.title not in ("Submit a Tip", "Blue Lamp")
    assert "blue lamp" in run_all(make_ctx(text)).get(CreditedTitles)


def test_a_headline_title_with_its_year_in_brackets() -> None:
    text = ("Music Review; Night Harbor (2014) *Roh Min - Lee Jun*\n\n"
            "Cast: Roh Min & Lee Jun\n\nThe songs are good. Critics of Blue Lamp (2001) agree.")
    ents: list[EntSpec] = [("PERSON", "Night Harbor"), ("PERSON", "Roh Min"), ("PERSON", "Lee Jun")]
    assert run_all(make_ctx(text, ents=ents)).get(TopicsExtractor).title == "Night Harbor"


def test_a_two_word_platform_in_capitals_and_a_company_named_after_a_channel() -> None:
    text = ("Night Harbor, a drama that BBC AMERICA and BBC One co-produce, airs in 2016. It is the "
            "first series of a deal between BBC Worldwide and AMC Networks.")
    found = run_all(make_ctx(text)).get(PlatformsExtractor)
    assert [p.value for p in found] == ["BBC AMERICA", "BBC One"]


def test_a_person_with_an_appositive_that_runs_into_the_next_clause_is_no_title() -> None:
    text = ("A new short film was shot in Busan.\n\nRoh Min, a Busan local, directed the film, in "
            "which Lee Jun plays the lead.")
    ents: list[EntSpec] = [("PERSON", "Roh Min"), ("PERSON", "Lee Jun"), ("GPE", "Busan")]
    assert run_all(make_ctx(text, ents=ents)).get(TopicsExtractor).title is None


@pytest.mark.parametrize(("text", "episodes"), [
    ("《夜港》全剧预计为40集。", 40), ("「夜港」首季共有5集。", 5), ("드라마 ‘밤바다’는 16부작이다.", 16),
    ("드라마 ‘밤바다’는 총 16회로 방송된다.", 16), ("ドラマ『夜の港』は全10話。", 10),
    ("드라마 ‘밤바다’는 총 16회차 촬영을 마쳤다.", None),  # the 16th day of shooting
])
def test_episode_counts_in_chinese_korean_and_japanese(text: str, episodes: int | None) -> None:
    from article_extract.extractors.episodes import EpisodesExtractor

    assert run_all(make_ctx(text)).get(EpisodesExtractor).value == episodes


def test_a_number_with_a_korean_counter_is_no_title() -> None:
    text = "동남아시아에서 제일 큰 기대를 받는 드라마 1위에 꼽혔다."
    assert run_all(make_ctx(text)).get(TopicsExtractor).title is None


@pytest.mark.parametrize("text", [
    "Berita - Industri film Brunei sempat lesu karena pandemi.",
    "Outside Japan, the film opened with $40 million.",
])
def test_a_country_after_a_bare_kind_noun_and_a_place_phrase_are_no_titles(text: str) -> None:
    ents: list[EntSpec] = [("GPE", "Brunei"), ("GPE", "Japan")]
    assert run_all(make_ctx(text, ents=[x for x in ents if x[1] in text])).get(
        TopicsExtractor).title is None


def test_the_first_name_of_a_person_after_an_owner_cue_is_no_title() -> None:
    text = ("Il compositore Roh Minsu ha scritto le musiche. Secondo Lee Jun, la colonna sonora di "
            "Roh è straordinaria. The soundtrack of Roh was praised.")
    ents: list[EntSpec] = [("PERSON", "Roh Minsu"), ("PERSON", "Lee Jun")]
    assert run_all(make_ctx(text, ents=ents)).get(TopicsExtractor).title is None


def test_an_owner_cue_in_spanish_names_the_work() -> None:
    text = ("Con el rodaje de Noche de Puerto, Jujuy se suma como escenario. Jujuy se ofrece como "
            "locación. Inician las grabaciones de Si me quieres con Ana Ruiz.")
    ents: list[EntSpec] = [("GPE", "Jujuy")]
    assert run_all(make_ctx(text, ents=ents)).get(TopicsExtractor).title == "Noche de Puerto"


def test_an_inflected_russian_word_is_not_the_kind_noun() -> None:
    text = ("Скоро выйдет и саундтрек к Dreamland. Иные фильмы не видели столько шума. В продажу "
            "поступит саундтрек к этому фильму. Эти фильмы хороши.")
    assert run_all(make_ctx(text)).get(KindExtractor) == "album"


def test_a_place_repeated_after_in_is_no_title_even_in_the_headline() -> None:
    text = ("Lights and action in Harbor Town\n\nCameras will soon roll in Harbor Town for "
            "\"Night Harbor.\"\n\nThe crew will stay near Harbor Town for a month, and the lead "
            "of \"Night Harbor\" lives in Harbor Town.\n")
    assert run_all(make_ctx(text)).get(TopicsExtractor).title == "Night Harbor"


@pytest.mark.parametrize("platform", ["TVN", "Amarin TV", "OCS", "TVNZ", "PPTV"])
def test_national_broadcasters_of_more_countries(platform: str) -> None:
    text = f"The drama Night Harbor airs on {platform} from May."
    assert [p.value for p in run_all(make_ctx(text)).get(PlatformsExtractor)] == [platform]


@pytest.mark.parametrize(("raw", "title"), [
    ("Slowin’", "Slowin’"), ("Driftin'", "Driftin'"), ("“Driftin’”", "Driftin"),
    ('"Night Harbor"', "Night Harbor"), ("Night Harbor.", "Night Harbor")])
def test_an_apostrophe_for_a_dropped_g_ends_the_title(raw: str, title: str) -> None:
    assert clean_title(raw) == title


@pytest.mark.parametrize("text", [
    "Ścieżka dźwiękowa do filmu Noc w porcie jest już dostępna. Na płycie jest 12 piosenek.",
    "Вышел альбом «Ночная гавань». Сборник включает 12 песен.",
])
def test_album_words_of_other_languages(text: str) -> None:
    assert run_all(make_ctx(text)).get(KindExtractor) == "album"


@pytest.mark.parametrize(("text", "platforms"), [
    ("The drama 'Night Harbor' airs in May. It stars HK TVB actor Roh Min.", []),
    ("The drama 'Night Harbor' airs on KBS. Roh Min's TVB series, for example, are still loved.",
     ["KBS"]),
    ("The drama 'Night Harbor' airs on KBS. Roh Min starred in the NBC series Blue Hour.",
     ["KBS"]),
    ("Roh Min's tvN drama 'Night Harbor' airs in May.", ["tvN"]),
])
def test_a_platform_named_for_a_person_or_another_work_is_not_the_works(
        text: str, platforms: list[str]) -> None:
    assert [p.value for p in run_all(make_ctx(text)).get(PlatformsExtractor)] == platforms


@pytest.mark.parametrize("verb", ["Titled", "Entitled", "Called"])
def test_a_naming_verb_opening_the_sentence_is_not_part_of_the_title(verb: str) -> None:
    text = (f"Park Ha has her first feature lined up. {verb} Night Harbor, her film follows a "
            "ferry pilot, and Night Harbor will shoot this spring.")
    assert run_all(make_ctx(text, ents=[("PERSON", "Park Ha")])).get(
        TopicsExtractor).title == "Night Harbor"


def test_an_episode_count_in_another_language_tells_a_series_from_its_soundtrack() -> None:
    text = ("A 'Noche de Puerto' le quedan dos meses para llegar. Con solo cinco episodios, Ana "
            "Ruiz canta el tema principal de la banda sonora.")
    assert run_all(make_ctx(text, ents=[("PERSON", "Ana Ruiz")])).get(KindExtractor) == "series"


def test_a_headline_of_generic_words_and_a_role_word_ending_it_name_no_work() -> None:
    text = ("Online TV series focuses on six young Chinese\n\nNight Harbor, a Chinese web series "
            "led by actor Roh Min, made its debut on Friday.")
    ents: list[EntSpec] = [("NORP", "Chinese"), ("PERSON", "Roh Min")]
    assert run_all(make_ctx(text, ents=ents)).get(TopicsExtractor).title == "Night Harbor"


@pytest.mark.parametrize("text", [
    "Lee Jun dirige Noche de Puerto, una serie de 48 episodios de una hora. A la fecha hay unos 20 "
    "episodios terminados.",
    "Night Harbor is a series of 48 episodes. About 20 episodes are finished so far.",
])
def test_a_series_of_n_episodes_is_the_whole_run_against_a_batch(text: str) -> None:
    assert run_all(make_ctx(text, ents=[])).get(EpisodesExtractor).value == 48


def test_a_speaker_after_the_film_and_a_comma_is_no_title() -> None:
    text = ("Obaro made a big occasion of the premiere. Talking to reporters about the film, "
            "Obaro said the cast was a fine one.\n\n‘Night Harbor,’ is the director's tale of a "
            "young man who fakes a lifestyle. Obaro puts out one film a year.")
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == "Night Harbor"


def test_a_title_written_as_a_hashtag_is_a_title() -> None:
    text = ("主演を務める連続ドラマ「#夜の港」で、人気グループ「NOVA」が主題歌を受け持つ。"
            "「#夜の港」は7月に始まる。")
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == "#夜の港"


@pytest.mark.parametrize(("text", "episodes"), [
    ("Night Harbor, a BBC Two 4 x 60, starts shooting in May.", 4),
    ("The drama Night Harbor (80x30 mins) will stream on Viu.", 80),
    ("Night Harbor sold 4 x 60.5 thousand tickets.", None),
])
def test_the_trade_shorthand_episodes_times_minutes(text: str, episodes: int | None) -> None:
    assert run_all(make_ctx(text, ents=[])).get(EpisodesExtractor).value == episodes


def test_a_count_times_minutes_tells_a_series() -> None:
    text = ("Night Harbor, a BBC Two 4 x 60, is made by a film studio. The film director Ana Ruiz "
            "makes her television debut with the drama.")
    assert run_all(make_ctx(text, ents=[])).get(KindExtractor) == "series"


def test_a_title_in_apposition_to_a_count_times_minutes() -> None:
    text = ("Cameras roll on a spy drama\nNight Harbor, a BBC Two 4 x 60, is made by Blue Door "
            "Films with the BBC. Blue Door Films set up its slate in 2010.")
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == "Night Harbor"


def test_the_platform_before_a_count_times_minutes_is_the_works() -> None:
    text = "Night Harbor, a BBC Two 4 x 60, starts shooting in May. The drama is set in Wales."
    assert [p.value for p in run_all(make_ctx(text, ents=[])).get(PlatformsExtractor)] == [
        "BBC Two"]


def test_a_sentence_case_title_after_an_owner_cue_said_twice() -> None:
    text = ("Avanzan grabaciones de La noche clara de EstudioNorte para RCN\n\nSiguen su curso las "
            "grabaciones de La noche clara de EstudioNorte para el canal RCN. Grabar La noche clara "
            "ha sido un reto, dijo EstudioNorte, y EstudioNorte ya prepara otra.")
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == "La noche clara"


def test_a_place_before_for_a_networks_drama_is_no_appositive_title() -> None:
    text = ("Filming began on Port Ora, the island that lies in the Norland Sea, for MBN's new "
            "series 'Night Harbor', with Roh Min in the lead.")
    ents: list[EntSpec] = [("LOC", "Norland Sea"), ("PERSON", "Roh Min")]
    ctx = run_all(make_ctx(text, ents=ents))
    assert "Norland Sea" not in ctx.get(TopicsExtractor).others
    assert [p.value for p in ctx.get(PlatformsExtractor)] == ["MBN"]


def test_a_works_possessive_before_its_numbered_series_and_mentions_in_another_case() -> None:
    text = ("Norland Today\n\nCameras are rolling in Westmoor on Salt of the Earth’s fifth series, "
            "the drama about a police unit. Roh Min said the Salt Of The Earth team is a family. "
            "Salt Of The Earth is his home.")
    ents: list[EntSpec] = [("GPE", "Westmoor"), ("PERSON", "Roh Min")]
    topics = run_all(make_ctx(text, ents=ents)).get(TopicsExtractor)
    assert (topics.title, topics.rule) == ("Salt of the Earth", "work.title_before_cue")


@pytest.mark.parametrize(("text", "title", "kind", "cast", "director"), [
    ("Archive for the author: editor\n\nNIGHT HARBOR\n\nKinostart: 27.05.2031\n\nVerleih: Norland "
     "Pictures\n\nRegie: Lee Jun\n\nDarsteller: Roh Min, Ana Ruiz und Park Ha\n\nInhalt:\n\nEine "
     "Geschichte.", "NIGHT HARBOR", "film", ["Roh Min", "Ana Ruiz", "Park Ha"], ["Lee Jun"]),
    ("Noche de Puerto\n\nDirección: Lee Jun\nReparto: Roh Min, Ana Ruiz y Park Ha\nEpisodios: 10\n"
     "Cadena: Canal 5\n\nUna historia.", "Noche de Puerto", "series", ["Roh Min", "Ana Ruiz",
                                                                    "Park Ha"], ["Lee Jun"]),
])
def test_fact_boxes_in_other_languages_after_a_chrome_line(
        text: str, title: str, kind: str, cast: list[str], director: list[str]) -> None:
    from article_extract.extractors.cast import CastExtractor
    from article_extract.extractors.directors import DirectorsExtractor
    ents: list[EntSpec] = [("PERSON", n) for n in ("Roh Min", "Ana Ruiz", "Park Ha", "Lee Jun")]
    ctx = run_all(make_ctx(text, ents=ents))
    topics = ctx.get(TopicsExtractor)
    assert (topics.title, topics.rule, ctx.get(KindExtractor)) == (title, "work.title_fact_box", kind)
    assert [m.name for m in ctx.get(CastExtractor)] == cast
    assert [d.name for d in ctx.get(DirectorsExtractor)] == director


def test_a_story_told_in_parts_and_a_location_caption() -> None:
    from article_extract.extractors.filming import FilmingExtractor
    text = ("SHOOT FOR NIGHT HARBOR\n\nI directed \"Salt Road\", a tale told in four parts for "
            "the drama Night Harbor.\n\nthe location: Punta Ora in Westmoor, Norland\n\nThe album is "
            "divided into two parts.")
    ents: list[EntSpec] = [("GPE", "Westmoor"), ("GPE", "Norland")]
    ctx = run_all(make_ctx(text, ents=ents))
    assert ctx.get(EpisodesExtractor).value == 4
    assert [p.value for p in ctx.get(FilmingExtractor)] == ["Punta Ora", "Westmoor", "Norland"]


@pytest.mark.parametrize(("text", "platforms"), [
    ("Arrancó el rodaje de Night Harbor, la telenovela que Blue Door hace para el Canal RCN.",
     ["Canal RCN"]),
    ("Альбом «Night Harbor» появится в iTunes в мае.", ["iTunes"]),
    ("La telenovela Night Harbor tendrá escenas en Port Ora; el canal estrenará otra serie.", []),
])
def test_platforms_in_spanish_russian_and_korean_phrasings(text: str, platforms: list[str]) -> None:
    assert [p.value for p in run_all(make_ctx(text, ents=[])).get(PlatformsExtractor)] == platforms


@pytest.mark.parametrize(("text", "platforms"), [
    ("The album Night Harbor is out now; order it on HMV or stream it on Spotify.",
     ["HMV", "Spotify"]),
    ("The film Night Harbor can be rented on Amazon.", ["Amazon"]),
    # 'STORE Original': the studio behind the film, not where the album is sold
    ("Night Harbor (Amazon Original Series Soundtrack) is an album out now.", []),
])
def test_a_store_sells_albums_and_films_alike(text: str, platforms: list[str]) -> None:
    assert [p.value for p in run_all(make_ctx(text, ents=[])).get(PlatformsExtractor)] == platforms


def test_a_platform_after_and_the_goes_with_the_one_before() -> None:
    text = ("Night Harbor began filming in spring; the show will be available in 2027 on BBC One "
            "and the BBC iPlayer. Night Harbor is made for the studio.")
    assert [p.value for p in run_all(make_ctx(text, ents=[])).get(PlatformsExtractor)] == [
        "BBC One", "BBC iPlayer"]


@pytest.mark.parametrize(("head", "ranking"), [
    ("The 5 most expensive dramas of the decade", True),
    ("Top 10 K-dramas to watch this winter", True),
    ("My top 8 favourite movie scores", True),
    ("7 dramas to watch before the year ends", True),
    ("5 Years Later, Night Harbor Returns", False),
    ("Night Harbor tops the ratings for the fifth week", False),
    # a superlative over a plural kind noun that ends the phrase, with no number
    ("Highest-earning local films of 2019", True),
    ("Favourite drama OSTs", True),
    ("The best K-dramas: a winter guide", True),
    ("Best Actress winner Han Eun returns in Night Harbor", False),
    ("The most talked-about series finale of the year", False),
    ("Night Harbor is the biggest film of the year", False),
])
def test_a_headline_that_ranks_several_works(head: str, ranking: bool) -> None:
    from article_extract.extractors.topics_headline import ranking_headline
    from article_extract.rules import RuleSet
    assert ranking_headline(RuleSet(), head) is ranking


@pytest.mark.parametrize(("head", "kinds"), [
    ("Favourite drama OSTs", {"album": 1}),
    ("Top 10 K-dramas of 2021", {"series": 1}),
    ("Highest-earning local films of 2019", {"film": 1}),
    ("Top 10 of 2021", {}),
])
def test_a_ranking_ranks_the_kind_of_its_last_kind_word(head: str, kinds: dict[str, int]) -> None:
    from article_extract.extractors.topics_headline import ranked_kinds
    from article_extract.rules import RuleSet
    assert dict(ranked_kinds(RuleSet(), head)) == kinds


def test_a_ranking_of_fact_boxes_has_no_work_facts_and_the_kind_of_its_headline(run: Run) -> None:
    text = ("Highest-earning Local Films of 2019\n\n. Night Harbor\n\nDirector: Lee Jun Stars: Roh "
            "Min, Park Ha\n\nBox office: RMB 1.2 billion\n\n. Blue Lamp\n\nDirector: Choi Woo\n\n"
            "Stars: Han Eun\n\nBox office: RMB 900 million\n")
    work = run(text)["work"]
    assert (work["title"], work["kind"], work["cast"], work["directors"]) == (None, "film", [], [])


def test_a_ranking_page_has_no_main_work_and_no_work_facts(run: Run) -> None:
    text = ("The 3 most expensive dramas of the decade\n\n1. Night Harbor\nLee Jun directed Night "
            "Harbor, which stars Roh Min. It cost more than 90 million yuan for 36 "
            "episodes, shot in Port Ora.\n\n2. Blue Lamp\nBlue Lamp stars Park Ha.\n\n3. Salt Road\n"
            "Salt Road aired on tvN.")
    work = run(text)["work"]
    assert (work["title"], work["cast"], work["directors"], work["episodes"], work["budget"],
            work["platforms"], work["filming_locations"]) == (None, [], [], None, None, [], [])


def test_a_capitalised_word_a_figure_always_follows_is_a_unit_not_the_title() -> None:
    text = ("The set is Rs. 40 lakhs!\n\n“Night Harbor” is the studio's new "
            "film, shot in Port Ora. One room cost Rs. 40 lakhs, and the hall Rs 2 crore.")
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == "Night Harbor"


@pytest.mark.parametrize(("text", "title"), [
    ("Three players will work together in a fresh series!\n\nThe Harbor: Night of One, a "
     "fresh thriller from tvN, follows a family. Night of One airs in May.",
     "The Harbor: Night of One"),
    ("Title: Night of One\n\nNight of One, a fresh thriller from tvN, follows a family.",
     "Night of One"),
])
def test_the_words_before_a_colon_that_opens_the_paragraph_are_the_titles_first_part(
        text: str, title: str) -> None:
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == title


@pytest.mark.parametrize(("text", "title"), [
    ("Tierra de nadie inicia grabaciones\n\nEn Port Ora se graba un melodrama, Tierra de "
     "nadie, el último trabajo de Blue Door.", "Tierra de nadie"),
    ("Blue Door rueda un melodrama, Night Harbor, el último trabajo. Night Harbor "
     "llega en mayo, la fecha que eligió la cadena.", "Night Harbor"),
])
def test_a_sentence_case_title_in_apposition_to_a_kind_noun_said_twice(text: str, title: str
                                                                        ) -> None:
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == title


def test_a_lede_that_opens_with_a_quoted_title_and_its_credit_names_the_work() -> None:
    text = ("\"Night Harbor,\" starring Roh Min and Lee Jun, is said to start filming in spring "
            "near a harbour town.\nThe actor turned up lately in the crime series "
            "\"Blue Lamp,\" shown on RTÉ.")
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == "Night Harbor"


def test_a_place_before_on_is_where_the_cameras_roll_not_part_of_the_title() -> None:
    # the model calls the title a place too; after 'PLACE on' it is still the work
    text = ("Filming is under way in Westmoor on Salt Road, a police drama fronted by Roh "
            "Min. Salt Road airs next year.")
    ents: list[EntSpec] = [("GPE", "Westmoor"), ("GPE", "Salt Road"), ("PERSON", "Roh Min")]
    assert run_all(make_ctx(text, ents=ents)).get(TopicsExtractor).title == "Salt Road"


def test_a_photo_credit_after_a_kind_word_is_no_title() -> None:
    text = ("Filming of the drama has begun.\n\n3 Filming has begun in Westmoor on the new series "
            "Credit: Ana Ruiz/Blue Lamp\n\nIt airs next year.")
    assert run_all(make_ctx(text, ents=[("PERSON", "Ana Ruiz")])).get(TopicsExtractor).title is None


def test_a_taiwanese_broadcaster_before_a_kind_noun() -> None:
    text = ("Roh Min has joined “Night Harbor”. The producer Lee Jun makes this TVBS drama with "
            "the director Park Ha.")
    assert [p.value for p in run_all(make_ctx(text)).get(PlatformsExtractor)] == ["TVBS"]


def test_a_russian_thriller_in_guillemets_is_the_film() -> None:
    text = "Режиссёры показали мистический триллер «Ночной порт», где главную роль исполняет Иван."
    topics = run_all(make_ctx(text, ents=[("PERSON", "Иван")])).get(TopicsExtractor)
    assert topics.title == "Ночной порт"
    assert run_all(make_ctx(text, ents=[("PERSON", "Иван")])).get(KindExtractor) == "film"


def test_a_section_label_before_the_headlines_colon_is_no_part_of_the_title() -> None:
    text = ("Teaser Corner: Night Harbor\n\nNight Harbor looks set to be the fastest period drama "
            "to air; the 40 episode drama premieres tonight.\n\nIts theme is sung by Roh Min.")
    topics = run_all(make_ctx(text, ents=[("PERSON", "Roh Min")])).get(TopicsExtractor)
    assert topics.title == "Night Harbor"


def test_korean_title_with_its_subtitle_platform_in_a_glued_noun_phrase_and_air_verb() -> None:
    """'PLATFORM가 준비한 금토드라마 ‘TITLE-SUBTITLE’' then '‘TITLE’': the full name, and the
    platform of the Korean noun phrase; 'PLATFORM에서 전파를 탄다' (airs on) counts too."""
    text = ("JTBC가 준비한 금토드라마 '밤바다-항구의 사람들'의 OST를 가수 이준이 부른다.\n\n"
            "'밤바다'는 오는 14일 첫 방송된다. '밤바다'는 매주 tvN에서 전파를 탄다.")
    facts = run_all(make_ctx(text))
    assert facts.get(TopicsExtractor).title == "밤바다-항구의 사람들"
    assert [(p.value, p.rule) for p in facts.get(PlatformsExtractor)] == [
        ("JTBC", "work.platform_noun_phrase"), ("tvN", "work.platform_airs_on")]


def test_korean_ost_album_by_its_size_or_its_release() -> None:
    """'모두 18곡' (18 songs in all), 'OST 발매': the OST put out as a record is the subject;
    a page on one OST part sung by a singer stays about the drama."""
    album = ("tvN 금토드라마 '밤바다'의 OST가 16일 나온다. '밤바다'는 인기 드라마다. 이 드라마의 OST는 "
             "모두 18곡이 실렸다.")
    part = "tvN 금토드라마 '밤바다'의 OST Part.2를 가수 이준이 불렀다. 3곡을 불렀다."
    assert run_all(make_ctx(album)).get(KindExtractor) == "album"
    assert run_all(make_ctx(part)).get(KindExtractor) == "series"


@pytest.mark.parametrize(("text", "title"), [
    # a title in sentence case, shouted in the headline before a colon
    ("UN GIORNO DEL PORTO: IL RITORNO DI ROH MIN STASERA\n\nDa stasera Roh Min è il protagonista "
     "di Un giorno del porto, la nuova miniserie.", "Un giorno del porto"),
    # written as in the prose before the headline's comma
    ("Di notte nel porto, la colonna sonora della serie\n\nLe musiche di Di notte nel porto sono "
     "di Lee Jun.", "Di notte nel porto"),
])
def test_the_words_a_headline_opens_with_repeated_in_the_prose(text: str, title: str) -> None:
    facts = run_all(make_ctx(text, ents=[("PERSON", n) for n in ("Roh Min", "Lee Jun")
                                         if n in text]))
    assert (facts.get(TopicsExtractor).title, facts.get(TopicsExtractor).rule) == (
        title, "work.title_headline_prefix")


def test_a_headline_opening_with_a_person_names_no_work() -> None:
    text = ("ROH MIN HAN: IL RITORNO STASERA\n\nDa stasera Roh Min Han torna in tv. Roh Min Han "
            "parla del suo lavoro.")
    facts = run_all(make_ctx(text, ents=[("PERSON", "Roh Min Han")]))
    assert facts.get(TopicsExtractor).title is None


def test_italian_miniseries_on_its_channel_with_episodes_in_puntate() -> None:
    """'miniserie' is a series; 'arriva su CHANNEL' (on) airs it; 'in 4 puntate' counts its
    episodes; 'Raiuno' is how Italian pages write the channel Rai 1."""
    text = ("Stasera arriva su Raiuno “Porto Nero”, miniserie in 4 puntate. “Porto Nero” racconta "
            "una famiglia.")
    facts = run_all(make_ctx(text, ents=[]))
    assert (facts.get(TopicsExtractor).title, facts.get(KindExtractor)) == ("Porto Nero", "series")
    assert [p.value for p in facts.get(PlatformsExtractor)] == ["Raiuno"]
    assert facts.get(EpisodesExtractor).value == 4


def test_a_one_word_subtitle_written_twice_in_any_case_is_part_of_the_title() -> None:
    """'Night Harbor: Reckoning's soundtrack ... the score of NIGHT HARBOR: RECKONING': the full
    name; a colon written once after the title ('Night Harbor: Tonight ...') may start anything."""
    text = ("Night Harbor: Reckoning's original soundtrack arrives on Friday.\n\n"
            "The studio revealed the score of NIGHT HARBOR: RECKONING, the series that debuted "
            "this fall. The drama Night Harbor is a hit.")
    assert run_all(make_ctx(text, ents=[])).get(TopicsExtractor).title == "Night Harbor: Reckoning"
    once = ("The drama Night Harbor: Tonight the finale airs.\n\nThe drama Night Harbor is a hit. "
            "Night Harbor ends.")
    assert run_all(make_ctx(once, ents=[])).get(TopicsExtractor).title == "Night Harbor"


def test_a_title_in_sentence_case_repeated_inside_sentences() -> None:
    """Spanish capitalizes only a title's first word: the words that follow it identically at
    every mention inside a sentence are the rest of the name (here up to 'puerto'; what follows
    differs). An article word that opens sentences ('La serie ...') is no title."""
    text = ("Quien sigue series busca títulos breves. Una noche en el puerto entra en esa "
            "categoría. La serie es corta.\n\nDetrás de Una noche en el puerto está Ana Ruiz. "
            "La trama de Una noche en el puerto sigue a una familia. La serie gusta.")
    facts = run_all(make_ctx(text, ents=[("PERSON", "Ana Ruiz")]))
    assert (facts.get(TopicsExtractor).title, facts.get(TopicsExtractor).rule) == (
        "Una noche en el puerto", "work.title_sentence_case")


def test_a_thai_drama_word_before_a_quoted_title() -> None:
    """'ละคร' (lakorn, a TV drama) glued before a quote introduces the series; a straight quote
    opens a title in Thai script, which has no capitals."""
    text = ("นักร้องปล่อยเพลงใหม่ของละคร 'ทะเลยามค่ำ' ทางช่อง 7HD\n\n"
            "ละคร 'ทะเลยามค่ำ' ออกอากาศทุกวันศุกร์")
    facts = run_all(make_ctx(text, ents=[]))
    assert (facts.get(TopicsExtractor).title, facts.get(KindExtractor)) == ("ทะเลยามค่ำ", "series")
