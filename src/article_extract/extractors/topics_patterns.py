"""The title rules' compiled patterns, built once per RuleSet from the lexicon and weights."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..rules import CAP, COUNT_TIMES_MINUTES, UNCASED, RuleSet, alternation, phrase_alternation
from .kinds import WorkWords, work_words


@dataclass(frozen=True)
class TitlePatterns:
    words: WorkWords
    weights: dict[str, Any]
    kind_before: re.Pattern[str]
    after: re.Pattern[str]
    appositive: re.Pattern[str]
    owner: re.Pattern[str]
    song_cue: re.Pattern[str]
    song_after: re.Pattern[str]
    release_suffix: re.Pattern[str]
    format_suffix: re.Pattern[str]
    after_in_run: re.Pattern[str]
    kind_possessive: re.Pattern[str]
    record_after: re.Pattern[str]
    kind_dash: re.Pattern[str]
    copula: re.Pattern[str]
    attributive: re.Pattern[str]
    numbered_part: re.Pattern[str]

    @classmethod
    def build(cls, rules: RuleSet) -> TitlePatterns:
        words = work_words(rules)
        lex = words.lex
        kinds = alternation(list(words.kind_lookup))
        # 'Motion Picture ', 'Broadway ': what may qualify 'Soundtrack' or 'Cast Recording'
        qualifiers = phrase_alternation(lex["release_qualifiers"])
        formats = phrase_alternation(lex["release_formats"])
        ordinals = alternation(list(rules.data("calendar")["ordinal_days"]))
        # Korean broadcast-slot nouns ('수목드라마', the Wednesday-Thursday drama) introduce a
        # drama's title as 'drama' does; they are no kind word elsewhere (a platform before
        # one is often only the drama's channel on an OST album's page). 'serie' introduces a
        # quoted title only ('la serie de "X"'): as a kind word it would count 'ze série OTHER'.
        kind_nouns = [*words.kind_lookup, *lex["genre_words"], *lex["broadcast_slot_words"],
                      *lex["quoted_title_nouns"]]
        return cls(
            words=words, weights=rules.data("title_weights"),
            # 'the tvN K-drama TITLE', 'the film "TITLE"': a kind word right before a title
            kind_before=re.compile(  # or glued to a quoted title in a caseless script ('电视剧《X》')
                rf"(?:(?<![\w-])(?P<kind>{alternation(kind_nouns)})"
                # ('la serie de "TITLE"': a Romance 'de' before a quoted title)
                rf"(?:\s*,)?\s+(?:(?:{alternation(sorted(words.naming))}|,)\s+|"
                r"(?:de|da|do|di)\s+(?=[«“‘'\"]))?|(?P<glued>"
                rf"{alternation([w for w in words.kind_lookup if re.match(UNCASED, w)])})\s*"
                r"(?=[《「『‘“'\"]))(?=\S)", re.I),
            # "TITLE's fifth series", "TITLE's new season": a work's possessive before its part
            numbered_part=re.compile(
                rf"(?<![\w'’])(?P<t>{CAP}[\w'’-]*(?:\s+(?:(?:of|the|a|an|and|&)\s+){{0,2}}{CAP}[\w'’-]*){{0,6}})"
                rf"['’]s\s+(?:new|next|final|latest|{ordinals}|\d{{1,2}}(?:st|nd|rd|th))\s+"
                r"(?:season|series|instal{1,2}ment)(?![\w])"),
            after=re.compile(rf"(?:['’]s?)?,?\s+(?:{alternation(lex['after_title_cues'])})(?![\w])"),
            # searched inside a run: each starts only where its white space does (from inside a
            # run of spaces it rescanned the rest of the run, quadratic)
            after_in_run=re.compile(
                rf"(?:['’]s?|(?<!\s))\s++(?:{alternation(lex['after_title_cues'])})(?![\w])", re.I),
            # a headline's 'TITLE Anime's New Trailer': the kind word's possessive ends the title
            kind_possessive=re.compile(rf"(?<!\s)\s++(?:{kinds})['’]s(?![\w])", re.I),
            # a record word later in the sentence (lexicon record_words_glued: '음반', '盤')
            record_after=re.compile(alternation(rules.words("lexicon", "record_words_glued"))),
            # a headline's 'Mini Album - TITLE': after the kind word and a dash, the rest of the
            # line is the title
            kind_dash=re.compile(rf"(?<![\w-])(?:{kinds})\s*[-–—:]\s+(?P<rest>[^\W\d_]"
                                 r"[^\n]{0,79}?)\s*$", re.I | re.M),
            # 'TITLE is the album that accompanies ...': a sentence that opens with the title
            copula=re.compile(rf"(?P<t>[^\s][^\n]{{0,80}}?)\s+(?:is|was)\s+(?:the|a|an)\s+"
                              rf"(?:[\w-]+\s+){{0,3}}?(?P<kind>{kinds})(?![\w])"),
            # 'the TITLE cast', 'the TITLE anime': a lower-case noun naming a part of the work
            attributive=re.compile(
                rf"\s+(?:{alternation(lex['work_part_nouns'] + list(words.kind_lookup))})"
                r"(?![\w-])"),
            # 'TITLE, the second album from ...', 'TITLE (ALT TITLE), NET's new drama' (no second
            # article inside: 'NAME, a Busan local, ...' is a person; ', for NET's drama' no owner)
            appositive=re.compile(
                rf"['’\"”]?(?:\s*\([^()]{{1,60}}\))?[,:]\s+(?:the|a|an|her|his|their|its|"
                rf"(?!(?:for|on|in|at|by|to|from|with|of)\s)[\w+ ]{{1,20}}['’]s)\s+(?:(?!(?:the|a|an)\s)"
                rf"[\w,+-]+\s+){{0,4}}?(?P<kind>{alternation(list(words.kind_lookup) + lex['genre_words'])}|"
                rf"{COUNT_TIMES_MINUTES})(?![\w])", re.I),  # 'a BBC Two 4 x 60'
            # 'the makers of X', 'the cast of X': the phrase names the work that follows
            owner=re.compile(rf"(?<![\w])(?:{alternation(lex['title_owner_cues'])})\s+", re.I),
            # a quoted title right after 'dance to', 'sang', 'the ballad' is a song
            song_cue=re.compile(rf"(?<![\w])(?:{alternation(lex['song_cues'])})s?\s*,?\s*[\"“‘']?$",
                                re.I),
            # '"X," the theme song of "Y"': a quoted title that an apposition calls a song;
            # '"X", sung by NAME' ('cantada por', 'chantée par'): one a singer is credited with
            song_after=re.compile(r"[,”’\"']{0,3}\s+(?:(?:the|a|an|its|their|his|her)\s+"
                                  r"(?:[\w'’-]+\s+){0,2}?(?:song|single|track|ballad|anthem|duet|"
                                  r"theme\s+song|OST)(?![\w-])|(?:sung|cantad[ao]|interpretad[ao]|"
                                  r"chant[ée]e?)\s+(?:by|por|pela|pelo|par)\s)", re.I),
            # 'X (Original Motion Picture Soundtrack)', 'X: Original Cast Recording'
            release_suffix=re.compile(
                rf"\s*(?:\((?:Original\s+)?(?:{CAP}[a-z]+\s+){{0,2}}?(?:(?:{qualifiers})\s+)?"
                r"(?:Soundtrack|Score|Cast\s+(?:Album|Recording))\)|:\s+(?:The\s+(?:Original\s+)?|"
                rf"Original\s+)(?:(?:{qualifiers})\s+)?(?:Soundtrack|Score|Cast\s+(?:Album|Recording))|"
                # 'X—Norland Original Motion Picture Soundtrack': a dash glued to the title
                rf"[—–](?:{CAP}[a-z]+\s+)?Original\s+(?:(?:{qualifiers})\s+)?(?:Soundtrack|Score))"
                r"(?![\w-])"),
            # 'TITLE: Red Vinyl LP', 'TITLE - 2CD Deluxe Edition': a store names the release's format
            format_suffix=re.compile(rf"\s*(?::|[-–—])\s*(?:{CAP}[\w-]*\s+){{0,2}}?(?:{formats})"
                                     rf"(?:\s+(?:{formats}))?(?![\w-])"))
