"""Directors of the main work: 'directed by A', 'director A', 'helmed by A', "A's new film"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..context import Context, clause_end
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import Director
from ..rules import RuleSet, alternation
from .cast import CastExtractor
from .cast_find import full_person_names, looks_like_person, resolve_name
from .kind import KindExtractor
from .kinds import work_words
from .names import NameItem, org_word_re, parse_name_list
from .names_before import list_before, name_before
from .topics import TopicsExtractor
from .topics_result import Topics, names_main_work

# credit blocks of Korean and Chinese press, and a name the cue closes around ('with A
# directing', 'the director (A)'): the name is its group "who"
_CREDIT_RULES = ("directors.korean_credit", "directors.korean_credit_after",
                 "directors.korean_directed_earlier",
                 "directors.chinese_directs",
                 "directors.chinese_director_is", "directors.with_directing",
                 "directors.title_paren")


@dataclass(frozen=True)
class DirectorHit:
    """A name a director cue governs, and the cue's rule id."""

    item: NameItem
    rule: str


def _possessive_re(rules: RuleSet) -> re.Pattern[str]:
    """"A's new film", "A's drama": a person's possessive before a kind noun."""
    kinds = rules.data("lexicon")["kind_words"]
    nouns = alternation(kinds["series"] + kinds["film"])
    return re.compile(rf"['’]s\s+(?:(?:new|latest|upcoming|next|debut|first|second|third|"
                      rf"acclaimed|much-anticipated|anticipated|feature|directorial)\s+)*"
                      rf"(?:{nouns}|directorial(?:\s+(?:venture|debut))?)(?![\w-])", re.I)



def _directors_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(x["name"]),), x.get("evidence"), x.get("rule"))
            for x in d["work"].get("directors", [])]


def _directors_jsonld(d: Doc) -> dict[str, Any]:
    """schema.org's `director` of the work: one Person per director."""
    found = d["work"].get("directors", [])
    return {"director": [{"@type": "Person", "name": x["name"]} for x in found]} if found else {}


class DirectorsExtractor(Extractor[DirectorHit, list[Director]]):
    """Candidates: the names a director cue governs (data: cues/directors.json): 'directed by
    A (and B)', 'director A', 'PD A', '(dir. A)', "A is at the helm", and "A's new film"
    where A is a person and the sentence names the main work. Policy: never for another work
    (a title named right before the cue, a paragraph about a rival, 'music director A'), never
    a non-person, first mention wins; an album has no director."""

    name = "directors"
    needs = (TopicsExtractor, KindExtractor, CastExtractor)
    rule_ids = ("directors.directed_by", "directors.title_word", "directors.apposition_comma",
                "directors.dir_abbrev",
                "directors.fact_line", "directors.possessive", "directors.at_the_helm",
                "directors.hyphen_directed", "directors.other_languages",
                *_CREDIT_RULES)
    categories = (Category(
        "directors", 7.5, ("name",),
        lambda d, n: [(n(x["name"]),) for x in d["work"].get("directors", [])],
        lambda a, n: [(n(x),) for x in a["work"].get("directors", [])],
        answer_key="work.directors", description="who directed the work",
        evidenced=_directors_evidence,
        jsonld=_directors_jsonld),)

    def match(self, ctx: Context) -> list[DirectorHit]:
        if ctx.facts.get(TopicsExtractor).ranking:
            return []  # a listicle's numbers and people belong to the works it ranks
        if ctx.facts.get(KindExtractor) == "album":
            return []
        topics = ctx.facts.get(TopicsExtractor)
        rules = ctx.rules
        cues = rules.cue_set("director")
        qualifiers = set(rules.words("lexicon", "not_director_qualifiers"))
        # '(극본 A, 연출 B, 제작 C)', '導演 A 執導', '執導的是 A': credits in Korean and Chinese
        credits = [(r, rules.cue_regex(r)) for r in _CREDIT_RULES]
        out: list[DirectorHit] = []
        for sent in ctx.sentences:
            for cue in cues.finditer(ctx.text, sent.start, sent.end):
                if cue.rule.id == "directors.title_word" and _qualified(ctx, cue.start,
                                                                        qualifiers):
                    continue  # 'music director A', 'casting director A'
                if not (_anaphoric_owner(ctx, topics, cue.start, cue.end)
                        if cue.rule.id == "directors.apposition_comma"
                        else names_main_work(ctx, topics, sent.start, cue.start)):
                    continue
                end = clause_end(ctx, cue.end)
                aside = _RELATIVE.search(ctx.text, cue.end, end)
                end = aside.start() if aside else end  # 'A, whose credits include X's Y'
                owner = _POSSESSIVE.search(ctx.text, cue.end, end)
                end = owner.start() if owner else end  # "director A's career": A
                if ctx.text[cue.start] == "(":  # '(dir. A)': the bracket bounds the names
                    close = ctx.text.find(")", cue.end, end)
                    end = close if close >= 0 else end
                items = parse_name_list(rules, ctx.text, cue.end, end, groups=False)
                if ctx.text[cue.start : cue.end].rstrip().endswith(","):
                    items = items[:1]  # 'habló el director de la película, A, y el actor B': one
                if cue.rule.id == "directors.title_word" and items and (
                        items[0].name.split()[0].lower() in qualifiers
                        or _OTHER_JOB.match(ctx.text, items[-1].end, sent.end)):
                    continue  # 'Director General A', 'Filmmaker A is on board as producer'
                other = _ON_WORK.match(ctx.text, items[-1].end, sent.end) if items else None
                if other and not (topics.title and other.group("t").startswith(topics.title)):
                    continue  # 'worked with director A on the film "OTHER"': that work's
                out += [DirectorHit(i, cue.rule.id) for i in _shared_surname(ctx, cue.start, items)]
            for cue in rules.cue_set("director_backward").finditer(ctx.text, sent.start,
                                                                   sent.end):
                subject = name_before(ctx, sent.start, cue.start)  # 'A is at the helm'
                if subject and names_main_work(ctx, topics, sent.start, subject.start):
                    # 'A and B direct the series': the list that ends at the verb
                    items = list_before(ctx, sent.start, cue.start)
                    many = len(items) > 1 and items[-1].end == subject.end
                    out += [DirectorHit(i, cue.rule.id) for i in (items if many else [subject])]
            out += _possessives(ctx, topics, sent.start, sent.end)
            out += [DirectorHit(item, rule)
                    for rule, credit in credits for m in credit.finditer(ctx.text, sent.start,
                                                                          sent.end)
                    if (_credits_main_work(ctx, topics, sent.start, m.start())
                        if rule.startswith("directors.korean_credit")
                        else not topics.foreign(ctx, m.start()))
                    for item in _with_listed(ctx, m, rule, sent.end)]
        return out

    def decide(self, candidates: list[DirectorHit], ctx: Context, /) -> list[Director]:
        title = ctx.facts.get(TopicsExtractor).title
        full = full_person_names(ctx)
        multi = [h.item.name for h in candidates if len(h.item.name.split()) > 1]
        found: dict[str, Director] = {}
        cast = {m.name for m in ctx.facts.get(CastExtractor)}
        for hit in sorted(candidates, key=lambda h: h.item.start):
            item = _without_title_word(hit.item)
            name = resolve_name(item.name, multi, full)  # 'director Kim' -> 'Kim Min-ji'
            if hit.rule == "directors.possessive" and name in cast:
                continue  # "STAR's new movie": the film of its star, not of its director
            if name is None or (title and name in title) or (
                    name == item.name and not _looks_like_director(ctx, item)):
                continue
            found.setdefault(name, Director(
                name=name, evidence=ctx.evidence(item.start, item.end), rule=hit.rule))
        return list(found.values())

    def emit(self, facts: list[Director]) -> Emitted:
        return Emitted({"work.directors": facts})


_POSSESSIVE = re.compile(r"['’]s?(?=\s)")
# '执导该剧的是A、B': the names listed after the credit's own one with '、'
_MORE_CJK = re.compile(r"、(?P<who>[\u4e00-\u9fff]{2,3})(?=[，。,、;；\s]|$)")


def _with_listed(ctx: Context, m: re.Match[str], rule: str, end: int) -> list[NameItem]:
    """The credit's name, and for a Chinese credit the names listed after it."""
    out = [NameItem(m.group("who"), m.start("who"), m.end("who"))]
    pos = m.end("who")
    while rule.startswith("directors.chinese") and (
            more := _MORE_CJK.match(ctx.text, pos, end)) is not None:
        out.append(NameItem(more.group("who"), more.start("who"), more.end("who")))
        pos = more.end("who")
    return out
_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[\w-]+)['’]s?\s")


_TITLE_WORD = re.compile(r"(?:Director|Filmmaker|Helmer|PD)\s+(?=[A-Z])")


def _without_title_word(item: NameItem) -> NameItem:
    """'Director A, known for X, is at the helm': the subject a sentence opens with carries
    the job's word, which is no part of the name."""
    m = _TITLE_WORD.match(item.name)
    return NameItem(item.name[m.end() :], item.start + m.end(), item.end) if m else item


def _anaphoric_owner(ctx: Context, topics: Topics, start: int, end: int) -> bool:
    """'the film's director, A,' / 'its director, A,': the owner in the cue is the main work
    (a kind word or 'its' outside a paragraph on another work, or the main title itself)."""
    if topics.foreign(ctx, start):
        return False
    m = _OWNER.match(ctx.text, start, end)
    if m is None:
        return True  # 'its director', 'the director'
    owner = m.group("owner")
    return owner in topics.names or owner.lower() in work_words(ctx.rules).kind_lookup
# 'Filmmaker A is on board as executive producer': a director by trade, another job here
_OTHER_JOB = re.compile(r"\s+(?:is|was|will\s+be|serves|served|comes|came|has\s+come)\s+"
                        r"(?:on\s+board\s+|aboard\s+|in\s+)?as\s+(?:an?\s+|the\s+)?(?:co-?)?"
                        r"(?:executive\s+|exec\s+|line\s+)?(?:producer|writer|showrunner|creator)",
                        re.I)
# 'director A on the film "OTHER"', 'director A in the series OTHER': the work A directed
_ON_WORK = re.compile(r"\s+(?:on|in|for)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:(?:\d{4}|[\w-]+)\s+)?"
                      r"(?:film|movie|series|drama|show|feature)\s+[“\"‘']?|[“\"‘'])(?P<t>[^”\"’\n]{1,80})")
_RELATIVE = re.compile(r",\s+(?:who|whose|which|known\s+for|best\s+known)(?![\w])")
_JOINT = re.compile(r"(?:\s(?:and|And|AND)|\s?&)\s+$")
_SIBLINGS = re.compile(r"\b(?:brothers|sisters|siblings)\s+\Z", re.I)


def _shared_surname(ctx: Context, cue_start: int, items: list[NameItem]) -> list[NameItem]:
    """'brothers GIVEN and GIVEN SURNAME': two given names share the surname written once."""
    if len(items) == 2 and len(items[0].name.split()) == 1 and len(items[1].name.split()) > 1 \
            and _SIBLINGS.search(ctx.text, cue_start, items[0].start):
        first = items[0]
        surname = items[1].name.split()[-1]
        return [NameItem(f"{first.name} {surname}", first.start, first.end), items[1]]
    return items


def _credits_main_work(ctx: Context, topics: Topics, sent_start: int, cue_start: int) -> bool:
    """A Korean credit block in brackets right after the work's quoted title ('‘TITLE’(극본 A,
    연출 B)') credits that work; the title there may be the long form of the one the article
    uses ('‘FULL-TITLE’' for 'TITLE')."""
    opened = ctx.text.rfind("(", sent_start, cue_start)
    if opened < 0:
        return False
    return any(not ctx.text[e + 1 : opened].strip() and any(n and n in inner for n in topics.names)
               for _s, e, inner in ctx.quoted(max(sent_start, opened - 62), opened))


def _looks_like_director(ctx: Context, item: NameItem) -> bool:
    """Right after 'directed by' or 'director', a capitalized name of two to four words is a
    person even when the model labels it a nationality or a place (the cue says what it is);
    a company word, a date or a number says it is not."""
    if looks_like_person(ctx, item):
        return True
    return 2 <= len(item.name.split()) <= 4 and not ctx.ents_in(
        item.start, item.end, ("DATE", "CARDINAL", "ORG", "WORK_OF_ART")) and not \
        org_word_re(ctx.rules).search(item.name)


_RUN_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\Z")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s*$")


def _qualified(ctx: Context, pos: int, qualifiers: set[str]) -> bool:
    """The word before 'director' says what kind ('music director', "the show's art
    director")."""
    m = _WORD_BEFORE.search(ctx.text, max(0, pos - 40), pos)
    return bool(m and m.group(1).lower() in qualifiers)


def _possessives(ctx: Context, topics: Topics, start: int, end: int) -> list[DirectorHit]:
    """"A's new film": A counts when the model calls A a person and the sentence names the
    main work and no other work."""
    if not topics.title:
        return []
    sent = ctx.text[start:end]
    if topics.title not in sent or any(t in sent for t in topics.others if t not in
                                       topics.title):
        return []
    out = []
    for m in ctx.rules.compiled(_possessive_re).finditer(ctx.text, start, end):
        if m.group(0).lower().rstrip().endswith(("directorial", "venture", "debut")) and \
                "directorial" in m.group(0).lower():
            run = _RUN_BEFORE.search(ctx.text, max(start, m.start() - 60), m.start())
            if run and not org_word_re(ctx.rules).search(run.group(0)):
                out.append(DirectorHit(NameItem(run.group(0), run.start(), run.end()),
                                       "directors.possessive"))  # the word says what A is
                continue
        for ent in ctx.ents_in(max(start, m.start() - 60), m.start() + 2, ("PERSON",)):
            name = re.sub(r"['’]s$", "", ent.text)  # the model may take the "'s" in
            if _JOINT.search(ctx.text, max(0, ent.start - 6), ent.start):
                continue  # "A and B's drama": the drama of its two stars
            if ent.start + len(name) == m.start():
                out.append(DirectorHit(NameItem(name, ent.start, ent.start + len(name)),
                                       "directors.possessive"))
    return out
