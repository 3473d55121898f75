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
    platforms: dict[str, str]  # 'Netflix' -> 'video', 'Melon' -> 'music'
    platform_re: re.Pattern[str]
    kind_word_re: re.Pattern[str]
    months: frozenset[str]

    @classmethod
    def build(cls, rules: RuleSet) -> WorkWords:
        lex: dict[str, Any] = rules.data("lexicon")
        kinds: dict[str, list[str]] = lex["kind_words"]
        lookup = {w.lower(): k for k, words in kinds.items() for w in words}
        platforms = rules.platforms()
        return cls(
            lex=lex, kind_lookup=lookup, platforms=platforms,
            platform_re=re.compile(rf"(?<![\w+])(?:{alternation(list(platforms))})(?![\w+])"),
            kind_word_re=re.compile(rf"(?<![\w-])(?:{alternation(list(lookup))})s?(?![\w-])",
                                    re.I),
            months=frozenset(rules.data("calendar")["months"]))


def work_words(rules: RuleSet) -> WorkWords:
    return rules.compiled(WorkWords.build)
