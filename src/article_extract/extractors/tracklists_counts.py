"""Count statements: what the text says an album or a disc holds ('the 12-track album')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import Context
from ..rules import RuleSet, alternation, number_words

_TRACK_CUE = re.compile(
    r"(?<![\w])(?:tracks?|track\s*list(?:ing)?|tracklist(?:ing)?|songs?|OSTs?|soundtracks?|"
    r"album|EP|LP|CD\s*\d*|dis[ck]\s*\d*|side\s*[A-D1-4]?|singles?|record|numbers|scores?|"
    r"part\s*\d+)(?![\w])", re.I)


def track_cue_other(rules: RuleSet) -> re.Pattern[str]:
    """'앨범', '収録', 'faixas': a list's intro naming tracks or an album in another language;
    words of scripts that glue particles to them ('앨범은') are found inside words."""
    words = rules.words("lexicon", "track_cues_other_languages")
    latin = [w for w in words if w.isascii() or (w[:1].isalpha() and ord(w[0]) < 0x2E80)]
    glued = [w for w in words if w not in latin]
    return re.compile(rf"(?<![^\W\d_])(?i:{alternation(latin)})(?![^\W\d_])|{alternation(glued)}")


_UNITS = (r"(?:new\s+|original\s+|main\s+|total\s+|vocal\s+|instrumental\s+|background\s+|"
          r"score\s+|bonus\s+)*"
          r"(?:tracks|songs|soundtracks|OSTs|numbers|singles|pieces|cues|compositions|"
          r"scores|background\s+scores)")


@dataclass(frozen=True)
class _Counts:
    """The count patterns, built from the RuleSet's number words."""

    numbers: dict[str, int]
    verb: re.Pattern[str]
    adj: re.Pattern[str]
    owned: re.Pattern[str]
    counted_are: re.Pattern[str]
    there_are: re.Pattern[str]  # 'There are 7 tracks on the album'
    unit_after: re.Pattern[str]  # '총 23트랙', '全13曲', '17 faixas': a unit of another language

    @classmethod
    def build(cls, rules: RuleSet) -> _Counts:
        numbers = number_words(rules)
        num = rf"(?P<n>\d{{1,3}}|{alternation(list(numbers))})"
        return cls(
            numbers,
            re.compile(
                r"(?<![\w])(?:consists?\s+of|consisting\s+of|contains?|containing|includes?|"
                r"including|features?|featuring|comprises?|comprising|has|have|boasts?|holds?|"
                r"spans?|with|(?:a\s+)?total\s+of|packs?|offers?|collects?|gathers?|you\s+get|brings?\s+"
                r"together|runs?\s+to|(?:is\s+|are\s+)?made\s+up\s+of)\s+(?:only\s+|just\s+|"
                r"a\s+total\s+of\s+|all\s+|another\s+|the\s+(?:[\w-]+['’]s\s+)?)?" + num +
                r"\s+(?:(?!(?:more|other|hit)\s)[a-z]{3,15}\s+)?" + _UNITS + r"(?![\w])",
                re.I),
            re.compile(r"(?<![\w-])" + num + r"-(?:track|song)(?![\w])", re.I),
            # "the album's six tracks", "the EP's 5 songs": a count owned by the release
            re.compile(r"(?<![\w])(?:(?:album|record|EP|LP|OST|soundtrack|tracklist)['’]s|[Ii]ts)\s+"
                       + num + r"\s+" + _UNITS + r"(?![\w])", re.I),
            # "the album's six tracks are A, B": a counted prose enumeration
            re.compile(r"(?<![\w-])" + num + r"\s+(?:[\w-]+\s+)?(?:tracks|songs)\s+are\s+$",
                       re.I),
            re.compile(r"(?<![\w])there\s+(?:are|were|will\s+be)\s+(?:a\s+total\s+of\s+)?" + num
                       + r"\s+" + _UNITS + r"\s+(?:on|in)\s+(?:the|this|its|their)(?![\w])", re.I),
            re.compile(r"(?<![\d.,])(?P<n>\d{1,3})\s?(?:"
                       + alternation(rules.words("lexicon", "track_count_units_other_languages"))
                       + r")", re.I))


_DISC_REF = re.compile(r"(?<![\w])(?:(?P<label>(?:CD|Dis[ck]|Part|Side)\s*(?P<num>\d{1,2}))|"
                       r"the\s+(?P<ord>first|second|third|fourth)\s+(?:CD|dis[ck]|part))(?![\w])",
                       re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "one": 1, "two": 2, "three": 3,
        "four": 4, "a": 1, "b": 2, "c": 3, "d": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


_OPENS_OR_CLOSES = re.compile(r"(?<![\w])(?:opens|closes|ends|starts|begins|finishes|kicks\s+off|"
                              r"wraps\s+up|rounds\s+off)(?:\s+[\w-]+){0,2}?\s+$", re.I)


@dataclass
class CountStatement:
    count: int
    start: int
    end: int
    disc: int | None  # None: the whole album


def _num(counts: _Counts, raw: str) -> int:
    return int(raw) if raw.isdigit() else counts.numbers[raw.lower()]


def find_counts(ctx: Context) -> list[CountStatement]:
    """'consists of 14 original soundtracks', 'the 8-track album', 'CD2 contains 40 songs'."""
    counts = ctx.rules.compiled(_Counts.build)
    out: list[CountStatement] = []
    for para in ctx.prose():
        for pattern in (counts.verb, counts.adj, counts.owned, counts.there_are,
                        counts.unit_after):
            for m in pattern.finditer(ctx.text, para.start, para.end):
                sent = ctx.sentence_at(m.start())
                scope = ctx.text[sent.start if sent else para.start : m.start()]
                if pattern is counts.verb and not _TRACK_CUE.search(scope + m.group(0)):
                    continue
                if m.group(0)[:4].lower() == "with" and _OPENS_OR_CLOSES.search(
                        ctx.text, max(0, m.start() - 40), m.start()):
                    continue  # 'closes with three score cues': a part of the list, not its size
                disc = None
                refs = list(_DISC_REF.finditer(scope))
                if refs:
                    r = refs[-1]
                    disc = int(r.group("num")) if r.group("num") else _ORD[r.group("ord").lower()]
                out.append(CountStatement(_num(counts, m.group("n")), m.start("n"), m.end("n"),
                                          disc))
    out.sort(key=lambda c: c.start)
    return _totals_first(ctx, out)


# 'a total of', 'in all', '合計', '총', '全部': the count after it is the whole record's
_TOTAL_BEFORE = re.compile(r"(?:total(?:\s+of)?|altogether|in\s+all|合計|総計|計|全部で|共計|总共|共|총)\s*$",
                           re.I)


def _totals_first(ctx: Context, counts: list[CountStatement]) -> list[CountStatement]:
    """'29 score cues and the theme song, a total of 30': where a sentence ends its counts
    with a total, the counts before it are its parts, not the list's size ('songs, 12 in all,
    and 33 cues': a total first is one part's)."""
    by_sentence: dict[int, list[CountStatement]] = {}
    for c in counts:
        sent = ctx.sentence_at(c.start)
        by_sentence.setdefault(sent.start if sent else -1 - c.start, []).append(c)
    out: list[CountStatement] = []
    for same in by_sentence.values():
        last = same[-1]  # a total sums up the parts named before it
        total = _TOTAL_BEFORE.search(ctx.text, max(0, last.start - 14), last.start)
        out += [last] if total else same
    out.sort(key=lambda c: c.start)
    return out
