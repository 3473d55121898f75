"""Cast named in Japanese press (extractors/cast_japanese.py), on invented names."""

from __future__ import annotations

from article_extract.contract import run_all
from article_extract.extractors.cast import CastExtractor
from article_extract.testing import make_ctx


def _cast(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.rule) for m in run_all(make_ctx(text)).get(CastExtractor)]


def test_role_list_and_plays_cues_name_the_cast() -> None:
    text = ("映画『夜の港』に新キャストが加わった。ミサキ役の森川花子が話題だ。二人の役は山口杏子、"
            "鈴木翔がそれぞれ務める。母・ミユキには大川寧々が扮し、さらに斉川陽一郎、黒川大輔ら演技派も"
            "顔をそろえた。若手の滝川エリカ、きいろ、遊木慎太郎らも出演する。")
    assert _cast(text) == [
        ("森川花子", "cast.japanese_role"), ("山口杏子", "cast.japanese_role"),
        ("鈴木翔", "cast.japanese_role"), ("大川寧々", "cast.japanese_plays"),
        ("斉川陽一郎", "cast.japanese_cast_list"), ("黒川大輔", "cast.japanese_cast_list"),
        ("滝川エリカ", "cast.japanese_cast_list"), ("きいろ", "cast.japanese_cast_list"),
        ("遊木慎太郎", "cast.japanese_cast_list")]


def test_a_surname_alone_is_the_full_name_it_opens() -> None:
    text = "映画『夜の港』でミサキ役の森川花子が話題だ。森川が演じるのは謎の女性だ。"
    assert _cast(text) == [("森川花子", "cast.japanese_role")]


def test_an_honorific_a_lone_name_before_ra_and_a_question_are_not_cast() -> None:
    text = "映画『夜の港』にはミサキ役の森川さんの写真がつく。スタッフらも出演した。誰が演じるのか。"
    assert _cast(text) == []


def test_a_stage_greeting_names_the_lead_and_the_costars_across_a_broken_line() -> None:
    text = ("映画『夜の港』の舞台挨拶が行われ、主演を務めた森川花子のほか、共演者の山口杏子"
            "(BAND)、鈴木翔、\n松たか代、黒川大輔、大川寧々監督、斉川陽一郎(原作)が登壇した。")
    assert _cast(text) == [
        ("森川花子", "cast.japanese_costars"), ("山口杏子", "cast.japanese_costars"),
        ("鈴木翔", "cast.japanese_costars"), ("松たか代", "cast.japanese_costars"),
        ("黒川大輔", "cast.japanese_costars")]


def test_the_lead_with_an_honorific_and_parts_with_their_actors_in_brackets() -> None:
    text = ("森川花子さんが主演を務め、7月に始まる連続ドラマ「#夜の港」が話題だ。青木一平(森川さん)、"
            "教師の川上春(山口杏子さん)、歌手の北野みどり(岸本ゆき代さん)が家族になる。")
    assert _cast(text) == [
        ("森川花子", "cast.japanese_plays"), ("山口杏子", "cast.japanese_role_paren"),
        ("岸本ゆき代", "cast.japanese_role_paren")]


def test_a_voice_lead_and_a_list_with_a_special_appearance_and_a_kana_given_name() -> None:
    text = ("映画『夜の港』で少女の声を担当したのは森川一平で、ほかに山口杏子、鈴木翔(特別出演)、"
            "大川ねね、滝川エリカらも出演。")
    assert _cast(text) == [
        ("森川一平", "cast.japanese_role"), ("山口杏子", "cast.japanese_cast_list"),
        ("鈴木翔", "cast.japanese_cast_list"), ("大川ねね", "cast.japanese_cast_list"),
        ("滝川エリカ", "cast.japanese_cast_list")]


def test_katakana_names_with_a_middle_dot_before_starring_in_the_title() -> None:
    text = "なお、シン・ミナ、キム・ユナ、ハン・ウン、主演の「夜の港」は13日に始まった。"
    assert _cast(text) == [("シン・ミナ", "cast.japanese_lead_list"),
                           ("キム・ユナ", "cast.japanese_lead_list"),
                           ("ハン・ウン", "cast.japanese_lead_list")]
