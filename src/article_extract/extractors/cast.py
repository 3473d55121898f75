"""Cast: people stated to act in the main work, each with the other works the text credits.

Cast cues: 'starring A, B and C' (when it follows the main work, not another title), 'A and B
lead the cast', 'the cast includes ...', 'A plays CHARACTER', 'CHARACTER (played by A)'."""

from __future__ import annotations

import re

from ..context import Context
from ..contract import Category, Doc, Emitted, Extractor, Fact, Norm
from ..models import CastMember
from .cast_chinese import RULES as CHINESE_RULES
from .cast_find import (
    find_cast_hits,
    first_spelling,
    full_person_names,
    listed_name,
    looks_like_person,
    resolve_name,
    respelled,
)
from .cast_hits import CastHit
from .cast_japanese import RULES as JAPANESE_RULES
from .cast_japanese import surname_to_full
from .cast_korean import RULES as KOREAN_RULES
from .kind import KindExtractor
from .known_for import with_known_for
from .names import NameItem
from .topics import TopicsExtractor


def _cast_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(c["name"]),), c.get("evidence"), c.get("rule")) for c in d["work"]["cast"]]


def _known_for_evidence(d: Doc, n: Norm) -> list[tuple[Fact, Doc | None, str | None]]:
    return [((n(c["name"]), n(k["value"])), k.get("evidence"), k.get("rule"))
            for c in d["work"]["cast"] for k in c.get("known_for_evidence", [])]


def _without_group_owner(item: NameItem) -> NameItem:
    """"GROUP’s NAME NAME" read as one name ('alongside BAND’s A B'): the player is the full
    name after the possessive."""
    m = _GROUP_OWNER.match(item.name)
    if m is None:
        return item
    return NameItem(m.group("rest"), item.start + m.start("rest"), item.end)


_GROUP_OWNER = re.compile(r"[A-Z0-9][\w.&-]*['’]s\s+(?P<rest>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})$")
# cues whose own noun says the name after it is a player ('男主角NAME', the male lead), so a
# name of one word counts there
_ONE_NAME_RULES = ("cast.chinese_latin_named",)


class CastExtractor(Extractor[CastHit, list[CastMember]]):
    """People stated to act in the main work. Candidates: the names a cast cue governs
    (data: cues/cast.json): 'starring A, B and C', 'A and B lead the cast', 'the cast
    includes ...', 'A plays CHARACTER', 'CHARACTER (played by A)', 'A (SHOW, SHOW) is
    CHARACTER', 'alongside A', 'A in the lead role'. Policy: a one-word mention maps to the
    unique full name it abbreviates, the title itself and non-persons are dropped, first
    mention wins; then each member gets the works the text credits them with."""

    name = "cast"
    needs = (TopicsExtractor, KindExtractor)
    rule_ids = ("cast.starring", "cast.performance_by", "cast.cast_includes", "cast.lineup_is",
                "cast.names_such_as",
                "cast.brings_back", "cast.other_languages", "cast.other_languages_backward",
                "cast.lead_the_cast",
                "cast.co_star", "cast.among_them", "cast.stars_in", "cast.plays_role_other_languages",
                "cast.actors_noun", "cast.character_paren", "cast.list_entry", "cast.plays_role",
                "cast.credits_is_role", "cast.as_role", "cast.alongside", "cast.played_by",
                "cast.known_for_paren", "cast.known_for_paren_bare", "cast.known_for_appositive",
                "cast.known_for_clause", "cast.known_for_before", "cast.known_for_title_noun",
                "cast.known_for_pronoun", "cast.known_for_korean", "cast.role_paren_pair",
                "cast.known_for_paren_pair", "cast.led_by_other_languages", "cast.role_label",
                *KOREAN_RULES, *JAPANESE_RULES, *CHINESE_RULES)
    categories = (
        Category("cast", 6, ("name",),
                 lambda d, n: [(n(c["name"]),) for c in d["work"]["cast"]],
                 lambda a, n: [(n(c["name"]),) for c in a.get("cast", [])],
                 description="people who act in the work",
        evidenced=_cast_evidence),
        Category("known_for", 7, ("name", "work"),
                 lambda d, n: [(n(c["name"]), n(k)) for c in d["work"]["cast"]
                            for k in c.get("known_for", [])],
                 lambda a, n: [(n(c["name"]), n(k)) for c in a.get("cast", [])
                            for k in c.get("known_for", [])],
                 description="other works credited to a cast member",
        evidenced=_known_for_evidence),
    )

    def match(self, ctx: Context) -> list[CastHit]:
        if ctx.facts.get(TopicsExtractor).ranking:
            return []  # a listicle's numbers and people belong to the works it ranks
        if ctx.facts.get(KindExtractor) == "album":
            return []
        return find_cast_hits(ctx, ctx.facts.get(TopicsExtractor))

    def decide(self, candidates: list[CastHit], ctx: Context, /) -> list[CastMember]:
        title = ctx.facts.get(TopicsExtractor).title
        full = full_person_names(ctx)
        people: dict[str, CastMember] = {}
        multi = [h.item.name for h in candidates if len(h.item.name.split()) > 1]
        japanese = [h.item.name for h in candidates if h.rule in JAPANESE_RULES]
        for hit in sorted(candidates, key=lambda h: h.item.start):
            item = _without_group_owner(hit.item)
            name = surname_to_full(item.name, japanese) if hit.rule in JAPANESE_RULES else \
                resolve_name(item.name, multi, full)
            if name is None and hit.crowd >= 3 and any(
                    e.start == item.start and e.end == item.end
                    for e in ctx.ents_in(item.start, item.end, ("PERSON",))):
                name = item.name  # 'A, B and NAME': a one-name star in a cast list
            if name is None and hit.rule in _ONE_NAME_RULES:
                name = item.name  # '男主角NAME' (the male lead): the noun says a mononym acts
            if name is None or (title and (name == title or name in title or title in name)):
                continue
            if name == item.name and hit.rule not in (*JAPANESE_RULES, *_ONE_NAME_RULES) and \
                    not looks_like_person(
                    ctx, item) and not (hit.crowd >= 4 and listed_name(ctx, item)) and not (
                    hit.rule == "cast.character_paren" and item.name.isupper()):
                continue  # ('Gellie (IWA MOTO)': the capitals are the bracket's label)
            name = first_spelling(ctx, name)
            if name not in people and not any(respelled(name, known) for known in people):
                people[name] = CastMember(name=name, known_for=[],
                                          evidence=ctx.evidence(item.start, item.end),
                                          rule=hit.rule)
        names = list(people)
        return [with_known_for(ctx, m, names) for m in people.values()]

    def emit(self, facts: list[CastMember]) -> Emitted:
        return Emitted({"work.cast": facts})
