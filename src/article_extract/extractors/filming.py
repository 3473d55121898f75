"""Filming locations of the main work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Mention
from ..rules import CAP, RuleSet, alternation
from ..spans import unique
from .topics import TopicsExtractor
from .topics_result import Topics


def _filming_re(rules: RuleSet) -> re.Pattern[str]:
    """A filming cue (data: lexicon filming_cues and filming_cues_other_languages phrases,
    cues/filming.json verb pattern) followed by where the place list starts."""
    cues = alternation(rules.words("lexicon", "filming_cues")
                       + rules.words("lexicon", "filming_cues_other_languages"))
    verb = rules.cue("filming.verb").source(rules.fragments)
    nouns = alternation(rules.words("lexicon", "filming_place_nouns"))
    # 'in the lush forests of PLACE', 'in various parts of PLACE': the place follows the noun
    return re.compile(rf"(?<![\w])(?:{cues}|{verb})\s+(?:(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                      rf"(?:{nouns})\s+(?:of|in|across|around)\s+)?(?:the\s+|(?-i:el|la|los|las)\s+)?"
                      r"(?:(?:my|our|their|his|her)\s+(?:very\s+)?own\s+)?", re.I)


# between two places of one filming list: ', ', ' and ' (' und ', ' y ', ' e ', ' et '), ', then moved
# to ', ' and on soundstages in '
_PLACE_SEP = re.compile(
    r"\s*(?:,\s*(?:and\s+(?:finally\s+)?|as\s+well\s+as\s+)?|\s+and\s+(?:finally\s+)?|\s*&\s*|"
    rf"\s+(?:und|y|e|et|och|og|și|şi)\s+(?:(?:en|em|in|à)\s+)?(?={CAP})|"  # other languages' 'and'
    # ('y en PLACE': the preposition repeated)
    r"\s+as\s+well\s+as\s+)(?:(?:then\s+|before\s+)?(?:the\s+production\s+)?moved\s+(?:on\s+)?"
    r"to\s+|(?:on|at)\s+(?:[a-z]+\s+){1,2}(?:in|at)\s+)?(?:the\s+|in\s+|at\s+)?")
_PLACE = re.compile(rf"{CAP}[\w'’-]*(?:[ \t]+(?:(?:of|de|du|do|da|dos|das|del|di)[ \t]+)?{CAP}[\w'’-]*)*")


_IN = re.compile(r"\s+in\s+(?=\S)")


def _in_place(ctx: Context, pos: int, end: int) -> re.Match[str] | None:
    """'CITY in REGION': a place the model labels a place, inside the one before it."""
    m = _IN.match(ctx.text, pos, end)
    nxt = _PLACE.match(ctx.text, m.end(), end) if m else None
    return m if nxt and ctx.ents_in(nxt.start(), nxt.end(), ("GPE", "LOC")) else None


# ', and NAME arrives on set': after ', and' a name with a verb is a new clause's subject
_CLAUSE_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|at|of|for|to|with|from|as)\b)[a-z]{3,}")
_COMMA_AND = re.compile(r",\s*(?:and|but)\s+$")
_BARE_ON = re.compile(r"\son\s*$", re.I)
_POSSESSIVE = re.compile(r"(.+?)['’]s\s+(\S.*)")


@dataclass(frozen=True)
class PlaceHit:
    name: str
    start: int
    end: int
    rule: str = "work.filming_cue"



_FACT_SEP = re.compile(r"\s*(?:[,;/]|\s(?:and|und|et|y|e)\s)\s*")


def _fact_lines(ctx: Context) -> list[PlaceHit]:
    """'Shooting place : X', 'Location(s) X, Y': a fact box line names the filming places
    outright, each item of its list as written (the label says what they are)."""
    out: list[PlaceHit] = []
    line_re = ctx.rules.cue_regex("filming.fact_line")
    for line in ctx.segments.lines:
        m = line_re.match(ctx.text, line.start, line.end)
        if m is None:
            continue
        pos = m.start("places")
        for sep in [*_FACT_SEP.finditer(ctx.text, pos, m.end("places")), None]:
            end = sep.start() if sep else m.end("places")
            item = ctx.text[pos:end].strip(" .")
            if item[:1].isupper():
                at = ctx.text.index(item, pos)
                out.append(PlaceHit(item, at, at + len(item), "filming.fact_line"))
            pos = sep.end() if sep else end
    return out


def _filming_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(m["value"]),), m.get("evidence"), m.get("rule"))
            for m in d["work"].get("filming_location_evidence", [])]


class FilmingExtractor(Extractor[PlaceHit, list[Mention]]):
    """Candidates: the capitalized places of a list after a filming cue, each a place by the
    model's label or a place suffix ('Island'), not a date or nationality; never where the cue
    is negated or about another work."""

    name = "filming"
    needs = (TopicsExtractor,)
    rule_ids = ("work.filming_cue", "filming.chinese", "filming.korean", "filming.fact_line")
    categories = (Category(
        "filming", 15, ("location",),
        lambda d, n: [(n(p),) for p in d["work"]["filming_locations"]],
        lambda a, n: [(n(p),) for p in a["work"].get("filming_locations", [])],
        description="where the work was filmed",
        evidenced=_filming_evidence),)

    def match(self, ctx: Context) -> list[PlaceHit]:
        if ctx.facts.get(TopicsExtractor).ranking:
            return []  # a listicle's numbers and people belong to the works it ranks
        topics = ctx.facts.get(TopicsExtractor)
        suffixes = set(ctx.rules.words("lexicon", "location_suffixes"))
        months = ctx.rules.data("calendar")["months"]
        negated = ctx.rules.cue_regex("filming.not_ours")
        out: list[PlaceHit] = []
        for para in ctx.prose():
            for cue in ctx.rules.compiled(_filming_re).finditer(ctx.text, para.start, para.end):
                if topics.foreign(ctx, cue.start()) or negated.search(
                        ctx.text, max(para.start, cue.start() - 60), cue.end()):
                    continue
                pos = cue.end()
                bare_on = bool(_BARE_ON.search(cue.group(0)))
                while True:
                    m = _PLACE.match(ctx.text, pos, para.end)
                    if not m:
                        break
                    name = m.group(0).rstrip(".")
                    end = m.start() + len(name)
                    is_place = bool(ctx.ents_in(m.start(), end, ("GPE", "LOC", "FAC"))) or \
                        name.split()[-1] in suffixes
                    first = pos == cue.end()
                    # right after a filming cue the model's PERSON or WORK_OF_ART label is not
                    # trusted
                    after_comma_and = not first and _COMMA_AND.search(
                        ctx.text, max(0, pos - 8), pos) is not None
                    # ', and NAME arrives', ', and NAME, the director of X, is': a new clause
                    odd = ctx.ents_in(m.start(), end, ("DATE", "NORP")) or (after_comma_and and (
                        _CLAUSE_AFTER.match(ctx.text, end) or (not is_place and ctx.ents_in(
                            m.start(), end, ("PERSON",)))))
                    if odd or (not is_place and ((first and name.isupper()) or name in months
                                                 or bare_on)) or (bare_on and (
                            name in topics.names or name in topics.others)) or \
                            _ends_title(ctx, topics, cue.start(), end):
                        break  # after a bare 'on' only a place: 'rolling on the new film', and
                        # never the work itself ('rolling on The Gold Way': no street)
                    own = _POSSESSIVE.match(name)
                    if own and ctx.ents_in(m.start(), m.start() + own.end(1), ("GPE", "LOC")):
                        # "Norway's Solheim Harbour Terminal": the place, and where
                        # it is
                        out.append(PlaceHit(own.group(2), m.start() + own.start(2), end))
                        out.append(PlaceHit(own.group(1), m.start(), m.start() + own.end(1)))
                    else:
                        out.append(PlaceHit(name, m.start(), end))
                    sep = _PLACE_SEP.match(ctx.text, end, para.end) or _in_place(ctx, end, para.end)
                    if not sep:
                        break
                    pos = sep.end()
            out += _cjk_places(ctx, topics, para.start, para.end)
        return out + _fact_lines(ctx)

    def decide(self, candidates: list[PlaceHit], ctx: Context, /) -> list[Mention]:
        return [Mention(value=h.name, evidence=ctx.evidence(h.start, h.end), rule=h.rule)
                for h in candidates]

    def emit(self, facts: list[Mention]) -> Emitted:
        return Emitted({"work.filming_locations": unique([f.value for f in facts]),
                        "work.filming_location_evidence": facts})


_HAN = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]")  # hanzi or hangul
_HAN_SEPARATOR = re.compile(r"[、與与和及]")


def _ends_title(ctx: Context, topics: Topics, cue: int, end: int) -> bool:
    """The cue's object is a work's title that ends at `end` ('rolling on The Gold Way', whose
    'Way' reads like a street); a title that starts before the cue (a quoted sentence) holds it."""
    return any(t and end - len(t) >= cue and ctx.text.startswith(t, end - len(t))
               for t in (topics.title, *topics.others))


def _cjk_places(ctx: Context, topics: Topics, start: int, end: int) -> list[PlaceHit]:
    """'劇組會到 A 及 B 取景', '拍攝地點遍及 A、B、C' (cues/filming.json filming.chinese), 'A에서
    2주 동안 촬영' (filming.korean): the places of a Chinese or Korean filming cue, a Chinese
    list split at '、', '與', '和', '及'."""
    out: list[PlaceHit] = []
    if not _HAN.search(ctx.text, start, end):
        return out
    for rule in ("filming.chinese", "filming.korean"):
        for m in ctx.rules.cue_regex(rule).finditer(ctx.text, start, end):
            group = next(g for g in ("places", "places2", "places3", "places4", "place")
                         if g in m.re.groupindex and m.group(g))
            if topics.foreign(ctx, m.start()):
                continue
            pos = m.start(group)
            for part in _HAN_SEPARATOR.split(m.group(group)):
                out.append(PlaceHit(part, pos, pos + len(part), rule))
                pos += len(part) + 1
    return out
