"""The closed word sets the work extractors share, compiled once per RuleSet: kind nouns
('drama', 'film', 'album'), platforms, and the patterns built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..rules import RuleSet, alternation


@dataclass(frozen=True)
class WorkWords:
    lex: dict[str, Any]
    kind_lookup: dict[str, str]  # 'k-drama' -> 'series', 'ep' -> 'album'
    platforms: dict[str, str]  # 'Netflix' -> 'video', 'Melon' -> 'music', 'HMV' -> 'store'
    platform_re: re.Pattern[str]
    kind_word_re: re.Pattern[str]
    months: frozenset[str]
    naming: frozenset[str]  # 'titled', 'called': the verb that introduces a work's name

    @classmethod
    def build(cls, rules: RuleSet) -> WorkWords:
        lex: dict[str, Any] = rules.data("lexicon")
        kinds: dict[str, list[str]] = lex["kind_words"]
        lookup = {w.lower(): k for k, words in kinds.items() for w in words}
        platforms = rules.platforms()
        return cls(
            lex=lex, kind_lookup=lookup, platforms=platforms,
            platform_re=_platform_re(list(platforms)),
            # a Latin (or Cyrillic) word's edges: 'のOST' in Japanese text still holds the word,
            # 'фильмы' (films, inflected) is not 'фильм'
            # an acronym of two letters ('EP', 'LP') in capitals only: 'ep'/'eps' are episodes
            kind_word_re=re.compile(rf"(?<![A-Za-z0-9_\u0400-\u04ff-])(?:(?i:{alternation(_loose(kinds))})s?|"
                                    rf"(?:{alternation(_strict(kinds))})s?)(?![A-Za-z0-9_\u0400-\u04ff-])"),
            months=frozenset(rules.data("calendar")["months"]),
            naming=frozenset(w.lower() for w in lex["naming_words"]))


def _strict(kinds: dict[str, list[str]]) -> list[str]:
    return [w for ws in kinds.values() for w in ws if w.isupper() and len(w) <= 2]


def _loose(kinds: dict[str, list[str]]) -> list[str]:
    strict = set(_strict(kinds))
    return [w.lower() for ws in kinds.values() for w in ws if w not in strict]


def _mixed_case(name: str) -> bool:
    """'tvN', 'iQIYI': a name whose capitals are its own, so 'TvN' or 'TVN' is the same name;
    'Sky' or 'Max' stay case-sensitive (ordinary words otherwise)."""
    return " " not in name and name not in (name.capitalize(), name.upper(), name.lower(),
                                            name.title())


def _platform_re(names: list[str]) -> re.Pattern[str]:
    # 'BBC AMERICA' in a headline's capitals is 'BBC America': a name of two words or more in
    # capitals is that name (one word in capitals could be an ordinary word: 'MAX')
    names = names + [n.upper() for n in names if " " in n]
    ordered = sorted(set(names), key=lambda w: (-len(w), w))
    parts = [f"(?i:{re.escape(n)})" if _mixed_case(n) else re.escape(n) for n in ordered]
    # Latin edges: hangul, kana or hanzi glued to a name ('tvN이', 'TOKYO MXなどで') still hold it
    return re.compile(rf"(?<![{_LATIN_WORD}+])(?:{'|'.join(parts)})(?![{_LATIN_WORD}+])")


_LATIN_WORD = "A-Za-z0-9_À-ÖØ-öø-ɏ"


def platform_kind(words: WorkWords, found: str) -> str | None:
    """'video', 'music' or 'store' for a platform name as found in the text ('TvN' is tvN)."""
    if found in words.platforms:
        return words.platforms[found]
    return next((k for n, k in words.platforms.items()
                 if (_mixed_case(n) and n.casefold() == found.casefold())
                 or (" " in n and n.upper() == found)), None)


def work_words(rules: RuleSet) -> WorkWords:
    return rules.compiled(WorkWords.build)
