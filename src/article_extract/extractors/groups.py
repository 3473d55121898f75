"""Which group an artist belongs to, and which full name a one-word mention abbreviates:
read from anywhere in the text ('NAME of GROUP', "GROUP's NAME", 'NAME (GROUP)')."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..context import Context
from ..models import Artist
from ..rules import CAP, CAPNUM
from ..spans import WORD_CHAR, WORD_OR_APOSTROPHE, occurrences
from .names import NAME_PREFIX, OF_GROUP, SOURCE_TAG, NameItem, name_words, org_word_re

_GROUP_OF = OF_GROUP + rf"(?P<g>{CAPNUM}[\w.&\-]*(?:\s+{CAPNUM}[\w.&\-]*){{0,2}})"
# "GROUP's NAME", "WORDS' WORD's NAME": up to three words, a word may end in an apostrophe
_GW = r"[\w&\-]*(?:\.[\w&\-]+)*"  # a word of a group's name: dots inside only ('f.t.island')
_GROUP_POSS = (rf"(?P<g>{CAPNUM}{_GW}(?:['’](?=\s))?(?:\s+{CAPNUM}{_GW}(?:['’](?=\s))?){{0,2}})"
               rf"(?:['’]s?|’)\s+(?:{CAP}[\w'’\-]*\s+(?:and|&)\s+)?")
_FULL_NAME = re.compile(rf"{CAP}[\w'’.-]*(?:\s+{CAP}[\w'’.-]*){{1,3}}")


def full_name_map(ctx: Context, names: list[str]) -> dict[str, str]:
    """One-word mentions that abbreviate exactly one full name in the text ('Mori' -> 'Aki
    Mori'), and two-word given names of a three-word name ('Min Ji' -> 'Kim Min Ji');
    full names are artists' names or the model's PERSON spans made of capitalized words."""
    function = name_words(ctx.rules).function
    people = set(names) | {e.text for e in ctx.ents if e.label == "PERSON" and
                           _FULL_NAME.fullmatch(e.text) and
                           not any(w.lower() in function for w in e.text.split())}
    out: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) == 2:  # 'Min Ji' -> 'Kim Min Ji': a given name without the surname
            full = sorted(p for p in people if p.split()[1:] == words and len(p.split()) == 3)
        elif len(words) == 1:
            one = abbreviated(name, people)
            if one is not None:
                out[name] = one
            continue
        else:
            continue
        if len(full) == 1:
            out[name] = full[0]
    return out


def abbreviated(name: str, names: Iterable[str]) -> str | None:
    """The one name of several words whose first or last word is the one-word `name` ('Mori'
    of 'Aki Mori'); None when none or more than one is."""
    full = {p for p in names if " " in p and name in (p.split()[0], p.split()[-1])}
    return full.pop() if len(full) == 1 and " " not in name else None


def settle_artists(ctx: Context, artists: list[Artist], full: dict[str, str]) -> list[Artist]:
    """Merge a bare one-word mention into the full name it abbreviates ('SURNAME' ->
    'GIVEN SURNAME'), and give an artist the group the text ties it to anywhere ('NAME of
    GROUP', "GROUP's NAME and NAME", 'NAME (GROUP)')."""
    names = [a.name for a in artists]
    out: list[Artist] = []
    for a in artists:
        if a.name in full:
            if full[a.name] in names:
                continue  # already listed under the full name
            a = a.model_copy(update={"name": full[a.name]})
        if a.group is not None and a.group in _character_words(ctx):
            a = a.model_copy(update={"group": None})  # 'NAME (CHARACTER)': the part sung as
        if a.group is None:
            group = _group_for(ctx, a.name, names)
            if group:
                a = a.model_copy(update={"group": group})
        out.append(a)
    return out


_AFTER_NAME_GROUP = (
    re.compile(_GROUP_OF),
    re.compile(rf"\s*\((?P<g>{CAPNUM}[\w.&\-]*(?:\s+{CAPNUM}[\w.&\-]*)?)\)"),
    # 'NAME, the vocalist of GROUP', 'NAME, a member of GROUP': an apposition names the group
    re.compile(r",\s+(?:the|a|an)\s+(?:(?:main|lead|former|youngest|eldest)\s+)?(?:vocalist|singer|"
               r"frontman|frontwoman|leader|member|rapper|guitarist|drummer|bassist|maknae)"
               + _GROUP_OF),
)
_GROUP_POSS_BEFORE = re.compile(rf"(?<![\w-]){_GROUP_POSS}\Z")
_POSS_REACH = 200  # how far before a name its "GROUP's" may start


def _group_for(ctx: Context, name: str, names: list[str]) -> str | None:
    """The first group the text ties `name` to: 'NAME of GROUP', "GROUP's NAME", 'NAME (GROUP)'.
    The name is found with str.find and only the patterns around it are regexes, compiled once."""
    text = ctx.text
    org = org_word_re(ctx.rules)
    roles = name_words(ctx.rules).roles
    for g in _groups_around(text, name):
        if g != name and not org.search(g) and g.lower() not in roles and not g.islower() and \
                g not in _character_words(ctx) and not SOURCE_TAG.search(g) and \
                not NAME_PREFIX.search(g):  # '(Bonus Track)'; "NAME D’ SURNAME and NAME"
            return g
    return _korean_groups(ctx).get(name)


# '그룹 별빛 하늘과 가수 NAME이 노래한다': the word '그룹' (group), the group's name, then the member,
# a particle glued to the member
_KOREAN_GROUP = re.compile(r"그룹\s(?P<g>[\uac00-\ud7afA-Za-z0-9]{1,12})\s"
                           r"(?P<n>[\uac00-\ud7afA-Za-z0-9]{1,6}?)(?:과|와|이|가|은|는|의|,|\s)")


def _korean_groups(ctx: Context) -> dict[str, str]:
    """Member to group, from every '그룹 GROUP MEMBER' of the text (read once per article);
    only a name already credited as an artist is looked up, so a verb after a group that is
    named alone ('그룹 GROUP 부른') never counts."""
    def build() -> dict[str, str]:
        out: dict[str, str] = {}
        for m in _KOREAN_GROUP.finditer(ctx.text):
            out.setdefault(m.group("n"), m.group("g"))
        return out
    return ctx.memo("korean_groups", build)


def _character_words(ctx: Context) -> frozenset[str]:
    """The names the text calls characters ('the character Cliff WORD'), and their parts: a bracket
    holding one after a singer ('NAME (WORD)') names the part sung as, not a group. Read once
    per article."""
    def build() -> frozenset[str]:
        out: set[str] = set()
        for m in _CHARACTER_NAME.finditer(ctx.text):
            words = m.group("n").split()  # 'Cliff WORD': 'Cliff', 'WORD', 'Cliff WORD'
            out.update(" ".join(words[i:j]) for i in range(len(words))
                       for j in range(i + 1, len(words) + 1))
        return frozenset(out)
    return ctx.memo("character_words", build)


_CHARACTER_NAME = re.compile(rf"\bcharacters?\s+(?P<n>{CAP}[\w'’-]*(?:\s+{CAP}[\w'’-]*){{0,2}})")


_LATIN = re.compile(r"[A-Za-z]")


def same_script(a: str, b: str) -> bool:
    """Both or neither written in Latin letters: a bracket in Latin after a name in hangul
    is its romanization ('김하늘(KIM HANEUL)'), one in the name's own script its group."""
    return bool(_LATIN.search(a)) == bool(_LATIN.search(b))


def _groups_around(text: str, name: str) -> Iterator[str]:
    """Candidate groups in rule order ('of GROUP', "GROUP's", '(GROUP)'), each in text order."""
    rules: list[Iterator[str]] = [
        _group_after(text, name, _AFTER_NAME_GROUP[0]),
        _group_before(text, name),
        # a bracket in Latin letters after a name in another script is its romanization
        # ('김하늘(KIM HANEUL)'), not a group ('김하늘(별빛)')
        (g for g in _group_after(text, name, _AFTER_NAME_GROUP[1]) if same_script(g, name)),
        _group_after(text, name, _AFTER_NAME_GROUP[2]),
    ]
    for found in rules:
        yield from found


def _group_after(text: str, name: str, tail: re.Pattern[str]) -> Iterator[str]:
    done = 0  # matches do not overlap, as with finditer
    for s in occurrences(text, name, WORD_OR_APOSTROPHE, None):
        if s < done:
            continue
        m = tail.match(text, s + len(name))
        if m:
            done = m.end()
            yield m.group("g")


def _group_before(text: str, name: str) -> Iterator[str]:
    done = 0
    for s in occurrences(text, name, WORD_CHAR, WORD_OR_APOSTROPHE):
        m = _GROUP_POSS_BEFORE.search(text, max(done, s - _POSS_REACH), s)
        if m:
            done = s + len(name)
            yield m.group("g")


def item_end(item: NameItem) -> int:
    """Where a list element ends: after its '(GROUP)' or 'of GROUP' part, if any."""
    ends = [item.end]
    if item.group:
        ends.append(item.group[2] + (1 if item.paren else 0))
    if item.paren:
        ends.append(item.paren[2] + 1)
    return max(ends)


def one_act(ctx: Context, items: list[NameItem]) -> list[NameItem]:
    """'WORD & WORD' on a credit line: one act (a band named so) when each side is a single
    word the text never writes on its own elsewhere and carries no bracket of its own; two
    names it also uses alone, or 'A(GROUP) & B(GROUP)', stay two performers."""
    if len(items) != 2 or items[0].paren or items[1].paren or items[0].group or items[1].group:
        return items
    a, b = items
    joint = ctx.text[a.start : b.end]
    if " " in a.name or " " in b.name or _AMPERSAND.fullmatch(ctx.text, a.end, b.start) is None:
        return items
    alone = sum(1 for n in (a.name, b.name) for s in occurrences(ctx.text, n, WORD_CHAR, WORD_CHAR)
                if not a.start <= s < b.end)
    return items if alone else [NameItem(joint, a.start, b.end)]


_AMPERSAND = re.compile(r"\s&\s")
