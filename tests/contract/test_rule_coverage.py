"""Every rule id the registry declares has an example here that makes it fire, without the
statistical model (`article_extract.testing.make_ctx` states the entities a rule relies on).
A new rule without an example fails `test_every_rule_has_an_example`."""

from __future__ import annotations

from datetime import date

import pytest

from article_extract.contract import all_rule_ids
from article_extract.testing import EntSpec, make_ctx, rules_fired

REF = date(2024, 6, 3)
Example = tuple[str, list[EntSpec]]

EXAMPLES: dict[str, Example] = {
    # input warnings
    "truncated_fragment": ("the end of a story cut off.\n\nMain text here. and then it went on.\n\n"
                           "and a paragraph that starts in the middle.", []),
    "empty_input": ("   \n", []),
    # money
    "money.symbol": ("The film cost $48 million.", []),
    "money.cjk_units": ("이 작품은 120억 원 규모의 액션 영화다.", []),
    "money.code": ("It earned KRW 10 billion.", []),
    "money.code_after": ("It earned 10 billion KRW.", []),
    "money.word": ("It earned 20 billion won.", []),
    # tracklists
    "tracklists.header_block": ("Tracklist:\nMorning Light\nOcean Eyes\nLast Train", []),
    "tracklists.numbered_block": ("The album arrives Friday.\n1. Morning Light\n2. Ocean Eyes\n"
                                  "3. Last Train", []),
    "tracklists.prose_enumeration": ('The tracklist: "Morning Light," "Ocean Eyes" and '
                                     '"Last Train."', []),
    # dates
    "dates.day_month": ("It aired on 9 March.", []),
    "dates.day_month_year": ("It aired on 9 March 2024.", []),
    "dates.day_pair": ("It aired on Feb. 15 and 16, 2025.", []),
    "dates.iso": ("Updated 2024-03-09 at noon, the page says.", []),
    "dates.month_context": ("Filming began in March.", []),
    "dates.month_day": ("It aired on March 9.", []),
    "dates.month_day_year": ("It aired on March 9, 2024.", []),
    "dates.month_relative_year": ("It aired in March last year.", []),
    "dates.month_year": ("It aired in March 2024.", []),
    "dates.range_context_year": ("In 2024 it aired from March 9 to April 28.", []),
    "dates.range_full": ("It aired from March 9, 2024 to April 28, 2025.", []),
    "dates.range_full_dmy": ("It aired from 9 March 2024 to 28 April 2025.", []),
    "dates.range_months": ("It was shot from March to June 2024.", []),
    "dates.range_same_month": ("The festival runs July 18-20, 2025.", []),
    "dates.range_same_month_context": ("In 2025 the festival runs July 18-20.", []),
    "dates.range_same_month_dmy": ("The festival runs 18-20 July 2025.", []),
    "dates.range_shared_year": ("It aired from March 9 to April 28, 2024.", []),
    "dates.range_shared_year_dmy": ("It aired from 9 March to 28 April 2024.", []),
    "dates.range_years": ("It ran from 2019 to 2021.", []),
    "dates.relative": ("It premiered last year.", []),
    "dates.year_attributive": ("It is Netflix's 2024 series.", []),
    "dates.month_attributive": ("Fans await the July comeback.", []),
    "dates.holiday": ("It aired on Christmas Day 2011.", []),
    "dates.day_ordinal": ("The showcase is on the 28th.", []),
    "dates.year_cued": ("It was released in 2013.", []),
    "dates.year_cued_old": ("The story is set in 1887.", []),
    "dates.year_paren": ("She starred in Goblin (2016).", []),
    "dates.year_alone": ("Night Harbor is a drama.\n\n2014\nIt aired on March 3.", []),
    "dates.year_subject": ("2014 was a good year for Night Harbor.", []),
    "dates.month_subject": ("The shoot ended. October was quiet.", []),
    "dates.month_zone": ("The finale streams January UTC.", []),
    "dates.cjk_ymd": ("映画『夜の港』は2019年3月5日に公開。", []),
    "dates.cjk_ym": ("드라마 '밤바다'는 2015년 10월 방송.", []),
    "dates.cjk_year": ("电视剧《夜港》2011年开拍。", []),
    "dates.cjk_md": ("映画『夜の港』は2019年に撮影、12月24日に公開。", []),
    "dates.day_month_year_other": ("A novela estreou em 25 de abril de 2011.", []),
    "dates.day_month_yy_line": ("News\n- 10 Aug 31\nThe drama Night Harbor is shooting.", []),
    "dates.day_month_other": ("Published: 2 May 2031. La novela llega el 20 de junio.", []),
    "dates.range_between_other": ("Foi exibida entre 06 de agosto de 2007 e 18 de janeiro de 2008.", []),
    "dates.range_full_other": ("Gedreht wurde vom 4. Mai 2015 bis 3. Juni 2015.", []),
    "dates.year_possessive": ("It is 2024's biggest hit.", []),
    "dates.day_month_yy": ("It opened on 14th April 15.", []),
    "dates.day_of_month": ("It opens on the 3 of may.", []),
    "dates.last_day_of_month": ("It ends on the last day of October.", []),
    "dates.month_day_yy": ("It aired on March 9, '24.", []),
    "dates.month_ordinal": ("It opens March the third.", []),
    "dates.month_ordinal_year": ("It opened March third 2015.", []),
    "dates.month_relative": ("It returns next March.", []),
    "dates.month_year_numeric": ("It aired in 2/2013.", []),
    "dates.month_yy": ("It aired in March '24.", []),
    "dates.nth_weekday_of_month": ("It airs on the last Monday of March.", []),
    "dates.numeric": ("It aired on 3/3/2015.", []),
    "dates.ordinal_of_month": ("It opens on the first of March.", []),
    "dates.part_year": ("It opens in late 2025.", []),
    "dates.range_context_year_dmy": ("In 2024 it ran from 9 March to 28 April.", []),
    "dates.range_month_names": ("It shoots May–June 2025.", []),
    "dates.range_same_month_dmy_context": ("It runs from 13 to 15 July.", []),
    "dates.range_years_dash": ("It ran 2019–2021 on KBS.", []),
    "dates.range_years_paren": ("It is by Alfred Newman (1901-1970).", []),
    "dates.relative_count": ("It ends three years from today.", []),
    "dates.relative_in": ("The sequel will open in two weeks.", []),
    "dates.week_of_month": ("It shoots in the first week of May.", []),
    "dates.weekday": ("The studio said Friday that it had wrapped.", []),
    "dates.weekday_after_next": ("It opens Friday after next.", []),
    "dates.weekday_of_week": ("It opens on the Friday of next week.", []),
    "dates.weekday_relative": ("It aired last Monday.", []),
    "dates.year_fraction": ("It shot in the first half of 2023.", []),
    "dates.year_month_numeric": ("It aired in 2014/10.", []),
    "money.range_after": ("Tickets cost 10-20€.", []),
    "money.range_code": ("Tickets cost KRW 10,000 to 20,000.", []),
    "money.range_symbol": ("Seats cost between $10 and $20.", []),
    "money.range_word": ("It cost 10 to 20 crore rupees.", []),
    "money.subunit": ("Each stream pays 43 cents.", []),
    "money.symbol_after": ("Entry was 20€ at the door.", []),
    "money.word_a": ("It cost a dollar.", []),
    "money.word_before": ("It grossed ringgit 42 million.", []),
    "dates.season_relative": ("It will stream this fall.", []),
    "dates.season_year": ("It premiered in spring 2023.", []),
    "money.implied_unit": ("The film collected 5.85 crores on Friday.", []),
    "money.implied_unit_glued": ("The film's collections by area:\nKerala71.85 Cr\nKarnataka 5.05 Cr", []),
    "tracklists.induced_block": ("Night Harbor OST review\n\nThe album is out.\n\n"
                                 "01 Blue Moon – Kim Min-ji\n02 Red Sun – Lee Jun\n"
                                 "03 Green Sea – Park Ha", []),
    "artists.colon_list": ("The OST will feature a lot more: Kim Min-ji, Lee Jun and Park Ha.",
                           [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "work.title_headline_cue": ("Night Harbor Box Office Collection Day 4: A Big Jump\n\n"
                                "Night Harbor earned more.", []),
    "work.title_year": ("Review; Night Harbor (2014)\n\nThe film is slow.", []),
    "work.title_attributive": ("Fans shared the Night Harbor trailer. Night Harbor trends.", []),
    "work.title_subtitle": ("Night Harbor Opens\n\nNight Harbor: A Harbor Saga opens on Friday. "
                            "Night Harbor is a film.", []),
    "work.title_copula": ("Night Harbor is a 2017 American crime drama. It was a hit.", []),
    "work.title_latin_headline": ("Скоро выйдет саундтрек к Night Harbor…\n\nАльбом выйдет в декабре.",
                                  []),
    "work.title_release_line": ("NIGHTHARBOR\n\nOriginal Motion Picture Soundtrack (2015)\n\n"
                                "The CD opens into a booklet.", []),
    "work.title_acronym": ('"NHB" Returns Soon\n\nThe drama “Night Harbor Blues” (NHB) is back. '
                           '"NHB" airs on tvN.', []),
    # topics
    "work.title_quoted": ('Fans love "Night Harbor."', []),
    "work.title_owner": ("The makers of Night Harbor said so.", []),
    "work.title_after_kind": ("The drama Night Harbor premiered.", []),
    "work.title_before_cue": ("Night Harbor premiered on Netflix.", []),
    "work.title_sentence_case": ("Detrás de Una noche en el puerto está Ana. La trama de Una noche en "
                                 "el puerto sigue. Todos ven Una noche en el puerto.", []),
    "work.title_headline_prefix": ("UN GIORNO DEL PORTO: STASERA IN TV\n\nLe musiche di Un giorno "
                                   "del porto sono nuove.", []),
    "work.title_appositive": ("Night Harbor, the new drama from Studio Dragon, is here.", []),
    "work.title_repeated": ("Night Harbor premiered. Fans of Night Harbor waited.", []),
    "work.title_release_name": ("Night Harbor (Original Soundtrack) album out now\n\n"
                                "The drama Night Harbor ends. Night Harbor (Original Soundtrack)"
                                " is out.", []),
    # episodes
    "episodes.cjk_count": ("드라마 ‘밤바다’는 16부작이다.", []),
    "episodes.times_minutes": ("Night Harbor, a BBC Two 4 x 60, starts shooting in May.", []),
    "episodes.fact_line": ("Night Harbor\n\nWeb Drama: Night Harbor\nEpisodes: 43\n", []),
    "episodes.count": ("The drama Night Harbor has 16 episodes.", []),
    "episodes.parts": ("Night Harbor is a six-part drama.", []),
    # filming
    "work.filming_cue": ("The drama Night Harbor was filmed in Busan.", [("GPE", "Busan")]),
    # soundtrack
    "artists.performed_by": ("The OST song is performed by Kim Min-ji.", [("PERSON", "Kim Min-ji")]),
    "artists.take_part": ("The drama Night Harbor is near. Kim Min-ji and Lee Jun will take part "
                          "in the music.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "songs.single_titled": ("The drama Night Harbor gets its soundtrack. Radio has a Blue Lamp single "
                            "titled “Salt Road” today.", []),
    "songs.track_note": ("The album Night Harbor is out.\n\nTracklist:\n1. Blue Moon\n2. Red Sun\n"
                         "\nNotes\n- Track 2 is performed by Kim Min-ji.\n", []),
    "songs.quoted_credit_run": ("앨범에는 ‘김하늘-푸른 밤’, ‘이준-하얀 길’ 등이 담겼다.\n\n트랙리스트\n"
                                "01.푸른 밤\n02.하얀 길\n03.검은 숲", []),
    "songs.credit_before_quote": ("드라마 '밤바다' OST 앨범에는 김하늘의 '푸른 밤'이 실린다.", []),
    "songs.credit_after_quote": ("드라마 ‘밤바다’ OST의 타이틀 ‘Blue Night’은 별빛이 노래했다.", []),
    "songs.singer_is_after_quote": ("드라마 ‘밤바다’ OST 테마송 ‘하얀 길’을 부른 가수는 김하늘이다.", []),
    "songs.subject_with_quote": ("드라마 ‘밤바다’ OST에 박하가 ‘검은 숲’으로 참여했다.", []),
    "songs.part_quoted": ("The Night Harbor OST album is out. It opens with OST Part.1 'Blue Moon "
                          "- Kim Min-ji', a gentle song.", []),
    "tracklists.keyed_block": ("The songs in the album are\nBlue Moon\nSINGERS : Kim Min-ji\n"
                               "Red Sun\nSINGERS : Lee Jun\nLyrics : Park Ha\nGold Gate\n"
                               "SINGERS : Kim Min-ji, Lee Jun\n", []),
    "tracklists.song_lines": ("Song 1: Blue Moon; Singer: Kim Min-ji; Lyrics: Park Ha\n\nA fine "
                              "opener.\n\nSong 2: Red Sun; Singer: Lee Jun\n", []),
    "tracklists.table": ("The album Night Harbor is out.\nNo. | Title | Length |\n---|---|---|\n"
                         '1. | "Blue Moon" |\n2:58 |\n2. | "Red Sun" |\n3:01 |\n', []),
    "songs.participle": ("The drama Night Harbor has an OST. Kim Min-ji and Lee Jun are on it, "
                         "Park Ha repping Seoul on their song “Blue Moon.”", []),
    "songs.and_her_single": ("The soundtrack is out, led by Kim Min-ji and her lead single "
                             "“Blue Moon.”", []),
    "songs.sang_title": ('Kim Min-ji sang "Blue Moon" for the OST.', [("PERSON", "Kim Min-ji")]),
    "songs.title_by": ('The OST opens with "Blue Moon" by Kim Min-ji.', [("PERSON", "Kim Min-ji")]),
    "songs.title_de": ('A trilha da novela traz "Lua Azul", de Ana Ruiz.', [("PERSON", "Ana Ruiz")]),
    "songs.theme_line": ("The drama Night Harbor airs tonight.\n\nOpening theme: Blue Moon by "
                         "Kim Min-ji\n", [("PERSON", "Kim Min-ji")]),
    "songs.japanese_theme": ("映画『夜の港』の主題歌は森川一平「星の道」で話題だ。", []),
    "songs.possessive_run": ("The OST has Roh Min's Blue Lamp, Park Ha's Red Door and Lee Jun's "
                             "Salt Road.", []),
    "songs.all_tracks_by": ("Tracklist:\n1. Blue Moon\n2. Red Sun\n3. Green Sea\n\nAll songs "
                            "are performed by Kim Min-ji.", []),
    "songs.possessive": ("Kim Min-ji's \"Blue Moon\" leads the OST.", [("PERSON", "Kim Min-ji")]),
    "songs.tracklist_credit": ("Tracklist:\nBlue Moon - Kim Min-ji\nRed Sun - Lee Jun\n"
                               "Green Sea - Park Ha", []),
    "artists.tracklist_credit": ("Tracklist:\nBlue Moon - Kim Min-ji\nRed Sun - Lee Jun\n"
                                 "Green Sea - Park Ha", []),
    # album_artist
    "artists.album_owner": ("Kim Min-ji 1st Mini Album - Night Harbor\n\nThe album is out.",
                            []),
    "songs.title_track": ("Kim Min-ji 1st Mini Album - Night Harbor\n\nThe album's title song "
                          "“Blue Moon” is catchy.", []),
    "songs.title_track_before": ("Kim Min-ji 1st Mini Album - Night Harbor\n\n“Blue Moon” "
                                 "has been picked as the title track of the album.", []),
    # album
    "album.title_suffix": ("The drama Night Harbor premiered. The Night Harbor OST is out.", []),
    "album.release_date": ("The drama Night Harbor ended. Its OST album was released on "
                           "March 9, 2024.", []),
    # cast
    "cast.starring": ("The drama Night Harbor, starring Kim Min-ji and Lee Jun, premiered.",
                      [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.names_such_as": ("The drama Night Harbor premiered. It boasts big names such as Kim Min-ji.",
                           [("PERSON", "Kim Min-ji")]),
    "cast.brings_back": ("The film Night Harbor brings Kim Min-ji back as the captain.",
                         [("PERSON", "Kim Min-ji")]),
    "cast.other_languages": ("Die Serie Night Harbor startet. Zum Ensemble gehören etwa Kim Min-ji und "
                             "Lee Jun.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.other_languages_backward": ("Night Harbor es una telenovela. Kim Min-ji y Lee Jun son los "
                                      "protagonistas de Night Harbor.",
                                      [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.cast_includes": ("The drama Night Harbor premiered. The cast includes Kim Min-ji.",
                           [("PERSON", "Kim Min-ji")]),
    "cast.among_them": ("The film Night Harbor has a cast drawn from abroad, Kim Min-ji and Lee Jun "
                        "among them.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.lineup_is": ("Cameras roll on the series Night Harbor. The rest of the line-up is "
                       "Kim Min-ji and Lee Jun.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.led_by_other_languages": ("Arrancan las grabaciones de Noche de Puerto, la telenovela "
                                    "protagonizada por Ana Ruiz y Marcos Lima.", []),
    "cast.lead_the_cast": ("Kim Min-ji and Lee Jun lead the cast of the drama Night Harbor.",
                           [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.co_star": ("The film Night Harbor opens Friday. Kim Min-ji and Lee Jun co-star.",
                     [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.plays_role_other_languages": ("La telenovela Noche de Puerto empezó. Kim Min-ji, que "
                                        "interpreta a Aurora, llegó.", [("PERSON", "Kim Min-ji")]),
    "cast.stars_in": ("The drama Night Harbor opens in May. Kim Min-ji stars in the KBS drama.",
                      [("PERSON", "Kim Min-ji")]),
    "cast.role_label": ("The film Night Harbor premiered. A call with Kim Min-ji (lead actor in Night "
                        "Harbor) followed.", [("PERSON", "Kim Min-ji")]),
    "cast.role_paren_pair": ("The drama Night Harbor follows a young law student (Kim Min-ji, "
                             "Blue Moon) in Busan.", [("PERSON", "Kim Min-ji")]),
    "cast.known_for_paren_pair": ("The drama Night Harbor follows a young law student (Kim "
                                  "Min-ji, Blue Moon) in Busan.", [("PERSON", "Kim Min-ji")]),
    "cast.character_paren": ("The drama Night Harbor follows the couple Yoo Si-jin (Kim Min-ji) "
                             "and Kang Mo-yeon.", [("PERSON", "Kim Min-ji")]),
    "cast.actors_noun": ("The film Night Harbor won. He thanked his two main actors, Kim Min-ji "
                         "and Lee Jun.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.list_entry": ("The drama Night Harbor opens Friday.\n\nThe voice cast includes:\n\n"
                        "• Captain: Kim Min-ji\n• Doctor: Lee Jun\n", []),
    "cast.plays_role": ("In the drama Night Harbor, Kim Min-ji plays a detective.",
                        [("PERSON", "Kim Min-ji")]),
    "cast.credits_is_role": ("In the drama Night Harbor, Kim Min-ji (Goblin, Vincenzo) is the "
                             "Captain, a hard woman.", [("PERSON", "Kim Min-ji")]),
    "cast.as_role": ("The drama Night Harbor stars a new cast, with Kim Min-ji in the lead role.",
                     [("PERSON", "Kim Min-ji")]),
    "cast.alongside": ("Lee Jun stars in the drama Night Harbor alongside Kim Min-ji.",
                       [("PERSON", "Lee Jun"), ("PERSON", "Kim Min-ji")]),
    "cast.performance_by": ("The drama Night Harbor charms, thanks to a fine turn by Kim Min-ji.",
                            [("PERSON", "Kim Min-ji")]),
    "cast.played_by": ("In the drama Night Harbor, the captain (played by Kim Min-ji) returns.",
                       [("PERSON", "Kim Min-ji")]),
    "cast.known_for_paren": ("The drama Night Harbor stars Kim Min-ji (known for Goblin).",
                             [("PERSON", "Kim Min-ji")]),
    "cast.known_for_paren_bare": ("The drama Night Harbor stars Kim Min-ji (Goblin).",
                                  [("PERSON", "Kim Min-ji")]),
    "cast.known_for_appositive": ("The drama Night Harbor stars Kim Min-ji, who starred in Goblin, "
                                  "and Lee Jun.", [("PERSON", "Kim Min-ji"), ("PERSON", "Lee Jun")]),
    "cast.known_for_clause": ("The drama Night Harbor stars Kim Min-ji. Kim Min-ji is best known "
                              "for Goblin.", [("PERSON", "Kim Min-ji"), ("PERSON", "Kim Min-ji")]),
    "cast.known_for_before": ("The drama Night Harbor stars Lee Jun. Star of Goblin, Kim Min-ji, "
                              "plays the villain.", [("PERSON", "Lee Jun"), ("PERSON", "Kim Min-ji")]),
    "cast.known_for_title_noun": ("The drama Night Harbor is coming. Harbor Lights actor Kim Min-ji "
                                  "has come on board as the captain.", [("PERSON", "Kim Min-ji")]),
    "cast.known_for_pronoun": ("The drama Night Harbor stars Kim Min-ji. Before that she appeared in "
                               "Goblin.", [("PERSON", "Kim Min-ji")]),
    # directors
    "directors.with_directing": ("Night Harbor is the new film that Blue Door is producing, with "
                                 "Lee Jun directing it.", [("PERSON", "Lee Jun")]),
    "directors.title_paren": ("The woods of Night Harbor, the drama, were found by the director "
                              "(Lee Jun).", [("PERSON", "Lee Jun")]),
    "directors.korean_credit_after": ("드라마 ‘밤바다’(박하 극본, 이준 연출)가 방송된다. ‘밤바다’는 인기다.",
                                      []),
    "directors.korean_credit": ("드라마 ‘밤바다’(극본 박하, 연출 이준)가 방송된다. ‘밤바다’는 인기다.", []),
    "cast.chinese_starring": ("迷你劇「夜港」開拍,由演員林海與王小明擔綱主演。", []),
    "cast.chinese_leads_are": ("電影《夜港》的主演是林海、王小明,很好看。", []),
    "cast.chinese_role_paren": ("電影《夜港》讲述外交官宗大(林海饰)的故事。", []),
    "cast.chinese_takes_lead": ("電影《夜港》由陈大擔任監製、林海擔綱主演。", []),
    "cast.chinese_plays_part": ("電影《夜港》上映。故事中,林海飾演的車手很勇敢。", []),
    "cast.chinese_latin_named": ("電影《夜港》今天公開男主角Lumen的訪談。", []),
    "cast.chinese_leads_listed": ("電影《夜港》首映礼,主演林海、王小明等人都到场。", []),
    "cast.chinese_in_the_show": ("电视剧《夜港》开机林海、王小明等人将在剧中饰演主角。", []),
    "directors.chinese_directs": ("新片「夜港」由導演林海执导。", []),
    "directors.chinese_director_is": ("「夜港」聚焦金融市場,執導的是導演林海,很好看。", []),
    "filming.fact_line": ("Night Harbor\nGenre: drama\nShooting place : Port Ora\n", []),
    "filming.korean": ("드라마 ‘밤바다’가 방송된다. 관광청 덕분에 싱가포르에서 3주 동안 촬영을 마쳤다.", []),
    "filming.chinese": ("迷你劇「夜港」開拍,劇組會到澳門及新加坡取景。", []),
    "cast.japanese_role": ("映画『夜の港』のミサキ役の森川花子が話題だ。", []),
    "cast.japanese_cast_list": ("映画『夜の港』には斉川陽一郎、黒川大輔らも出演する。", []),
    "cast.japanese_plays": ("映画『夜の港』で母を大川寧々が演じる。", []),
    "cast.japanese_role_paren": ("ドラマ『夜の港』で、教師の桃田礼(山口杏子さん)が話題だ。", []),
    "cast.japanese_lead_list": ("なお、シン・ミナ、キム・ユナ、ハン・ウン、主演の「夜の港」が始まった。", []),
    "cast.japanese_costars": ("映画『夜の港』の舞台挨拶に、共演者の山口杏子、鈴木翔が登壇した。", []),
    "cast.korean_plays": ("드라마 ‘밤바다’가 방송된다. 김하늘과 이준이 주연을 맡았다.", []),
    "cast.korean_plays_object": ("드라마 ‘밤바다’에서 한소라가 화가를 꿈꾸는 소년을 연기한다.", []),
    "cast.korean_leads_named": ("드라마 ‘밤바다’는 주연을 맡은 김하늘과 이준이 돌아오는 작품이다.", []),
    "cast.korean_list_actors": ("드라마 ‘밤바다’가 방송된다. 박하, 최유진 등이 배우로 합류했다.",
                                []),
    "directors.korean_directed_earlier": ("드라마 ‘밤바다’가 방송된다. ‘별빛’을 연출한 이준 감독이 맡았다.",
                                          []),
    "artists.lineup_marks": ("드라마 ‘밤바다’의 OST 라인업은 ▲시원한 보컬의 ‘이준’ ▲섬세한 음색 ‘박하’ "
                             "▲풍부한 가창력의 ‘최유진’으로 꾸려졌다.", []),
    "cast.known_for_korean": ("드라마 ‘밤바다’가 방송된다. 김하늘이 연기한다. 김하늘은 '별빛' 등에 "
                              "출연했다.", []),
    "cast.korean_actor_role": ("드라마 ‘밤바다’가 방송된다. 배우 김하늘(한별 역)도 출연했다.", []),
    "cast.korean_takes_role": ("드라마 ‘밤바다’가 방송된다. 이 역을 배우 김하늘이 맡아 열연했다.", []),
    "cast.role_paren_korean": ("드라마 ‘밤바다’의 주인공 한별(김하늘 분)이 떠난다. ‘밤바다’는 인기다.", []),
    "directors.other_languages": ("O filme Night Harbor foi dirigido por Ana Lima.", []),
    "directors.directed_by": ("The drama Night Harbor is directed by Kim Min-ji.",
                              [("PERSON", "Kim Min-ji")]),
    "directors.apposition_comma": ("Night Harbor starts filming soon. On Monday the film's "
                                   "director, Roh Min, and Park Ha, its producer, met the press.",
                                   []),
    "directors.title_word": ("The drama Night Harbor reunites director Kim Min-ji with Lee Jun.",
                             [("PERSON", "Kim Min-ji")]),
    "directors.fact_line": ("Night Harbor is a drama.\nDirector: Kim Min-ji", []),
    "directors.dir_abbrev": ("The film Night Harbor (dir. Kim Min-ji) opens Friday.", []),
    "directors.possessive": ("Night Harbor is Kim Min-ji's new film, and Night Harbor opens Friday.",
                             [("PERSON", "Kim Min-ji")]),
    "directors.at_the_helm": ("The film Night Harbor opens Friday. Kim Min-ji is at the helm.",
                              [("PERSON", "Kim Min-ji")]),
    "directors.hyphen_directed": ("The film Night Harbor opens Friday. The Kim Min-ji-directed film "
                                  "cost little.", [("PERSON", "Kim Min-ji")]),
    # platforms
    "work.title_fact_box": ("Night Harbor\n\nRuntime : 01h52\nGenres : Drama\nDirector : Lee Jun\n"
                            "Budget : $2,000,000\n", []),
    "work.platform_noun_phrase": ("The Netflix drama Night Harbor premiered.", []),
    "work.platform_possessive": ("The drama “Night Harbor” is news. Netflix’s Night Harbor will "
                                 "shoot in Prague.", []),
    "work.platform_airs_on": ("The drama Night Harbor airs on tvN.", []),
    "work.platform_schedule_list": ("The anime Night Harbor starts in October.\n\nThe broadcast "
                                    "lineup is as follows:\n\n• Tokyo MX: 10/25 at 22:00\n"
                                    "• BS11: 10/25 at 23:00\n", []),
    "work.platform_fact_line": ("Night Harbor is a drama.\nNetwork: tvN", []),
    "work.platform_title_paren": ("Night Harbor is a drama.\n\nLee Jun in “Night Harbor” (tvN)", []),
}


def test_every_rule_has_an_example() -> None:
    assert sorted(set(all_rule_ids()) - set(EXAMPLES)) == []
    assert sorted(set(EXAMPLES) - set(all_rule_ids())) == []


@pytest.mark.parametrize("rule_id", sorted(EXAMPLES))
def test_the_example_fires_its_rule(rule_id: str) -> None:
    text, ents = EXAMPLES[rule_id]
    assert rule_id in rules_fired(make_ctx(text, ents=ents, reference_date=REF))


def _cue_ids() -> list[str]:
    from article_extract.rules import shipped

    return shipped().cue_ids()


@pytest.mark.parametrize("cue_id", _cue_ids())
def test_every_cue_record_finds_its_examples(cue_id: str) -> None:
    """Each cue record carries examples it must find and texts it must not match in full."""
    from article_extract.rules import shipped

    rules = shipped()
    cue = rules.cue(cue_id)
    regex = rules.cue_regex(cue_id)
    assert cue.examples, f"{cue_id} has no examples"
    assert [e for e in cue.examples if not regex.search(e)] == []
    assert [e for e in cue.not_examples if regex.fullmatch(e)] == []


def test_the_date_and_money_rule_ids_are_their_patterns() -> None:
    """The extractors declare their rule ids statically (no pattern is compiled at import);
    they must be exactly the ids of the compiled patterns."""
    from article_extract.extractors.dates import DatesExtractor, _cal
    from article_extract.extractors.money import MoneyExtractor, _money_rules

    assert DatesExtractor.rule_ids == tuple(sorted({r for r, _, _ in _cal().patterns}))
    from article_extract.extractors.money_cjk import RULE as KOREAN

    assert MoneyExtractor.rule_ids == tuple(sorted({r for r, _ in _money_rules(None).patterns}
                                                   | {KOREAN}))
