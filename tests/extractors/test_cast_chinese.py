"""Cast, directors and filming places named in Chinese (and Korean) press (cast_chinese.py,
directors.py, filming.py), on invented names."""

from __future__ import annotations

from article_extract.contract import run_all
from article_extract.extractors.cast import CastExtractor
from article_extract.extractors.directors import DirectorsExtractor
from article_extract.extractors.filming import FilmingExtractor
from article_extract.quotes import quoted_spans
from article_extract.testing import make_ctx

TEXT = ("迷你劇「夜港」已在昨天開拍,由演員林海與王小明擔綱主演。「夜港」聚焦金融市場,執導的是導演陈大,"
        "劇組接下來會到澳門及新加坡取景,拍攝地點遍及台南、花蓮。電影《白灯》的主演是張一、李二、趙三,"
        "這部作品在片場拍攝,也在台北封街取景。")


def test_chinese_cues_name_cast_director_and_places() -> None:
    facts = run_all(make_ctx(TEXT))
    # the miniseries ('迷你劇') named twice is the work; '電影《白灯》的主演是 A、B、C' names the
    # leads of another film, the subject from its bracketed title on
    assert [(m.name, m.rule) for m in facts.get(CastExtractor)] == [
        ("林海", "cast.chinese_starring"), ("王小明", "cast.chinese_starring")]
    assert [(d.name, d.rule) for d in facts.get(DirectorsExtractor)] == [
        ("陈大", "directors.chinese_director_is")]
    # 'the set' and a place run into 'close the street' are no places
    assert [p.value for p in facts.get(FilmingExtractor)] == ["澳門", "新加坡", "台南", "花蓮"]


def test_a_director_before_the_verb_and_one_before_a_word_that_is_no_name() -> None:
    facts = run_all(make_ctx("新片「夜港」由導演林海执导,导演表示很满意。"))
    assert [(d.name, d.rule) for d in facts.get(DirectorsExtractor)] == [
        ("林海", "directors.chinese_directs")]


def test_korean_filming_place_before_its_verb() -> None:
    text = ("드라마 ‘밤바다’가 방송된다. 관광청 덕분에 싱가포르에서 3주 동안 촬영을 마쳤다. "
            "배우들은 인천 항구 공원에서 5일 동안 이어진 촬영을 꼽았다. 현장에서 촬영을 이어갔다.")
    assert [p.value for p in run_all(make_ctx(text)).get(FilmingExtractor)] == ["싱가포르"]


def test_a_mainland_news_item_count_start_director_and_two_cast_forms() -> None:
    from article_extract.extractors.episodes import EpisodesExtractor
    text = ("这部30集的古装电视剧《夜港》由电视台出品,近期在东海影视基地正式开机。执导本片的是著名导演陈大,"
            "男女主角由著名演员林海、王小明出演,张一、李二等人将在剧中饰演配角。\n"
            "关于┊招聘┊帮助┊Copyright © 1996-2009 Example Corporation, All Rights Reserved")
    facts = run_all(make_ctx(text))
    assert facts.get(EpisodesExtractor).value == 30
    assert [p.value for p in facts.get(FilmingExtractor)] == ["东海影视基地"]
    assert [(d.name, d.rule) for d in facts.get(DirectorsExtractor)] == [
        ("陈大", "directors.chinese_director_is")]
    assert [(m.name, m.rule) for m in facts.get(CastExtractor)] == [
        ("林海", "cast.chinese_starring"), ("王小明", "cast.chinese_starring"),
        ("张一", "cast.chinese_in_the_show"), ("李二", "cast.chinese_in_the_show")]


def test_the_cast_of_a_rival_named_in_corner_brackets_mid_sentence_and_and_others() -> None:
    """'由 A、B等人領銜演出' is A and B (not 'B等人'); '至於新片「OTHER」，則由 C、D等人出演' names the
    other film's cast: the bracketed title makes it the subject wherever it stands."""
    text = ("電影《夜港》由林海、王小明等人領銜演出,故事講的是年輕人的成長。《夜港》26日上映。"
            "至於新片「白灯」,則由張一、李二等人出演。")
    members = run_all(make_ctx(text)).get(CastExtractor)
    assert [(m.name, m.rule) for m in members] == [
        ("林海", "cast.chinese_starring"), ("王小明", "cast.chinese_starring")]


def test_chinese_premiere_credits_and_characters_with_their_players() -> None:
    """'导演A、监制B以及主演C、D、E等人' (director A, producer B and the leads C, D, E and others),
    'CHARACTER(ACTOR饰)': the leads, the players of the parts and the director."""
    text = ("电影《夜港》昨日在上海举行首映礼,导演陈大、监制赵四以及主演林海、王小明、张一等人都到场。"
            "《夜港》讲述外交官宗大(李二饰)和新手(林海饰)撤侨的故事。")
    facts = run_all(make_ctx(text))
    assert [(m.name, m.rule) for m in facts.get(CastExtractor)] == [
        ("林海", "cast.chinese_leads_listed"), ("王小明", "cast.chinese_leads_listed"),
        ("张一", "cast.chinese_leads_listed"), ("李二", "cast.chinese_role_paren")]
    assert [(d.name, d.rule) for d in facts.get(DirectorsExtractor)] == [
        ("陈大", "directors.chinese_director_is")]


def test_chinese_lead_after_a_separator_and_the_player_of_a_part() -> None:
    """'由 A 擔任監製、B擔綱主演' (A produces, B takes the lead): B only; '，C飾演的角色' (the part C
    plays): C."""
    text = ("賽車電影《夜港》由陈大擔任監製、林海擔綱主演,去年開拍。故事中,王小明飾演的車手為了證明自己。"
            "《夜港》上映。")
    members = run_all(make_ctx(text)).get(CastExtractor)
    assert [(m.name, m.rule) for m in members] == [
        ("林海", "cast.chinese_takes_lead"), ("王小明", "cast.chinese_plays_part")]


def test_a_one_word_latin_name_after_the_leads_or_the_actors_noun() -> None:
    """'男主角NAME' (the male lead NAME) and '韓國演員NAME' (the Korean actor NAME): players, even
    with one word; a name in hanzi after '男主角' may be the part's ('男主角小李')."""
    text = ("電影《夜港》今天公開男主角Lumen的訪談。片中扮演漁夫的韓國演員Sela很有經驗。"
            "男主角小李由他扮演。")
    members = run_all(make_ctx(text)).get(CastExtractor)
    assert [(m.name, m.rule) for m in members] == [
        ("Lumen", "cast.chinese_latin_named"), ("Sela", "cast.chinese_latin_named")]
    assert [q for _s, _e, q in quoted_spans("主題曲〈白灯〉", 0, 7)] == ["白灯"]


def test_korean_filming_in_a_spot_of_a_place() -> None:
    """'PLACE의 한 카페에서 촬영을 시작했다' (began shooting in a café in PLACE): the place."""
    text = "드라마 ‘밤바다’가 방송된다. 배우는 지난주 부산의 한 카페에서 촬영을 시작했다."
    assert [p.value for p in run_all(make_ctx(text)).get(FilmingExtractor)] == ["부산"]
