"""Titles in sentence case ('Una noche en el puerto'): Spanish, Italian, Portuguese and French
press capitalize only a title's first word, so no run of capitals finds it whole. The prose
shows where it ends by repeating it: the words that follow the capitalized word identically at
every mention, inside sentences, are the rest of the name."""

from __future__ import annotations

import re
from collections import defaultdict

from ..context import Context
from ..rules import CAP

# a capitalized word inside a sentence (after a lower-case word or a comma), then the words
# that follow it up to the clause's end
_MID = re.compile(rf"(?<=[a-zà-ÿ,] )(?P<w>{CAP}[a-zà-ÿ]+)(?P<rest>(?: [a-zà-ÿ]+){{1,6}})")
_MIN_MENTIONS = 3  # a phrase said three times, twice inside sentences
_MIN_INSIDE = 2
_ARTICLES = frozenset({"la", "el", "il", "lo", "le", "les", "los", "las", "gli", "i", "o", "os",
                       "as", "a", "un", "una", "uno", "une", "der", "die", "das", "the"})


def sentence_case_titles(ctx: Context) -> list[tuple[int, int]]:
    """Where each sentence-case title is first written: a capitalized word (no name the model
    knows) that the text writes three times or more, twice inside sentences, each time followed
    by the same two or more lower-case words; the title is the word and that common run, less a
    function word at its end."""
    function = frozenset(ctx.rules.words("lexicon", "function_words")) | _ARTICLES
    runs: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    for m in _MID.finditer(ctx.text):  # an article opens a title too ('de La casa de X')
        runs[m.group("w")].append((m.start(), m.group("rest").split()))
    out: list[tuple[int, int]] = []
    for word, found in runs.items():
        if len(found) < _MIN_INSIDE:
            continue
        common = found[0][1]
        for _, rest in found[1:]:
            k = 0
            while k < min(len(common), len(rest)) and common[k] == rest[k]:
                k += 1
            common = common[:k]
        while common and common[-1] in function:
            common = common[:-1]
        if len(common) < 2:
            continue
        phrase = " ".join([word, *common])
        if ctx.text.count(phrase) < _MIN_MENTIONS:
            continue
        start = ctx.text.find(phrase)
        end = start + len(phrase)
        if word in ctx.rules.platforms() or any(
                e.start <= start and e.end in (start + len(word), end) for e in ctx.ents_in(
                    start, end, ("PERSON", "GPE", "ORG"))):
            continue  # a name the model reads as the word alone or the whole phrase (a label
            # on part of it, 'Una noche en' as a person, says nothing)
        out.append((start, end))
    return sorted(out)
