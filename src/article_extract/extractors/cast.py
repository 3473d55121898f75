"""Cast: people stated to act in the main work, each with the other works the text credits.

Cast cues: 'starring A, B and C' (when it follows the main work, not another title), 'A and B
lead the cast', 'the cast includes ...', 'A plays CHARACTER', 'CHARACTER (played by A)'."""

from __future__ import annotations

import re

from ..context import Context, clause_end
from ..models import CastMember, Mention
from ..spans import last_match, occurrences, unique
from .names import (
    NameItem,
    is_role_word,
    known_for_titles,
    paren_spans,
    parse_name_list,
    titles_in,
)
from .titles import quoted_spans, run_re
from .work import foreign_topic

_FORWARD = re.compile(
    r"(?<![\w-])(?:starring|co-starring|stars|(?:the\s+)?(?:main\s+|lead\s+|star-studded\s+|"
    r"ensemble\s+|voice\s+|principal\s+|supporting\s+)?cast\s+(?:also\s+)?(?:includes|include|"
    r"including|features|of|is led by|led by|is headlined by|comprises|boasts)|"
    r"(?:joined|rounded out|supported)\s+by|(?:the\s+)?(?:voice\s+)?cast\s*:|"
    r"opposite\s+(?:him|her|them)\s+(?:is|are)|joining\s+(?:him|her|them)\s+(?:is|are))\s+",
    re.I)
_BACKWARD = re.compile(
    r"\s+(?:also\s+)?(?:lead|leads|headline|headlines|front|fronts|round\s+out|rounds\s+out|"
    r"complete|completes)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cast|series|drama|film|movie|show|"
    r"ensemble|leads|trio|duo|quartet|lineup|line-up|love\s+triangle|family|gang|crew|core\s+"
    r"four)(?![\w-])", re.I)
# 'A plays X', 'A (known for Y) stars as X', 'A, who ..., joins him as X', 'A appears as X'
_ROLE_VERB = re.compile(
    r"\s+(?:also\s+|now\s+|then\s+)?(?:(?:plays|will\s+play|portrays|will\s+portray|voices|"
    r"will\s+voice|takes\s+on\s+the\s+role\s+of|plays\s+the\s+role\s+of)(?!\s+(?:over|during|in|on|at|"
    r"under|behind|through|out|along|a\s+(?:key\s+)?(?:part|role)\s+in)\b)"
    r"(?=\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|role|character|lead))|(?:stars|star|appears|appear|leads|joins|returns|turns\s+up|"
    r"shows\s+up|pops\s+up|cameos|makes\s+a\s+cameo|"
    r"co-stars|is\s+cast|was\s+cast|has\s+been\s+cast|features|headlines|rounds\s+out|"
    r"round\s+out|completes|complete)\s+(?:[\w'’-]+\s+){0,5}?as|lends?\s+(?:his|her|their)\s+"
    r"voices?\s+to)"
    r"\s+", re.I)
# 'NAME (SHOW, SHOW) is the formidable CHARACTER': a name with its credits in brackets,
# then 'is' and the character
_CREDITS_IS = re.compile(r"\)\s+is\s+(?:the\s+(?:[\w-]+\s+){0,3}?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s|,)")
_ALONGSIDE = re.compile(r"(?<![\w-])(?:alongside|opposite|together\s+with)\s+", re.I)


def _item_end(item: NameItem) -> int:
    return item.paren[2] + 1 if item.paren else item.end


# a name followed by its role: 'with X in the lead role', 'alongside Y as the foreman'
_AS_ROLE = re.compile(r"\s*(?:as\s+(?!well\b|a\s+result|part\b|of\b|if\b|such\b|the\s+(?:film|series|"
                      r"drama|show)\b)|in\s+the\s+(?:lead|title|leading|main|central)\s+role\b|"
                      r"voicing\s+)", re.I)
_CAST_CONTEXT = re.compile(r"(?<![\w-])(?:cast|stars?|starring|plays?|roles?|lead|leads|voiced|"
                           r"voicing|voice|portrays?|alongside|opposite|ensemble)(?![\w-])", re.I)
_PLAYED_BY = re.compile(r"\(?\b(?:played|portrayed|voiced)\s+by\s+", re.I)
_ANAPHOR_END = re.compile(
    r"(?:\b(?:the|this|this\s+new|new)\s+(?:[\w+-]+\s+){0,3}?(?:drama|series|show|film|movie|sitcom|"
    r"thriller|romance|production|project|anime)|\bit|\bwhich|\bthat|\bwho)\s*,?\s*$", re.I)
_TRAILING_ASIDE = re.compile(
    r"(?:\s*\([^()]{0,160}\)|,\s+(?:who|whose|fresh|known|best|the|a|an|now|still|also|"
    r"previously|recently|of|back)\b[^;]{2,200}?,[\"”’']?)\s*$")


def _owner_ok(ctx: Context, sent_start: int, cue_start: int, title: str | None) -> bool:
    """'X starring A' belongs to the main work unless another work is named right before the
    cue ('"OTHER TITLE," starring A' is that film's cast)."""
    before = ctx.text[sent_start:cue_start].rstrip()
    core = before.rstrip(" ,")
    if title and core.rstrip("\"”’'").endswith(title):
        return True
    if _ANAPHOR_END.search(core):
        return not foreign_topic(ctx, cue_start, title)  # 'the drama' of a paragraph on a rival
    tail = core[-100:]
    quoted = quoted_spans(tail, 0, len(tail))
    if quoted and quoted[-1][1] >= len(tail.rstrip("\"”’',")) - 1:
        return bool(title and quoted[-1][2] == title)
    runs = list(run_re().finditer(tail))
    if runs and runs[-1].end() == len(tail):
        last = runs[-1].group(0)
        if title and title in last:
            return True
        ents = ctx.ents_in(sent_start + len(core) - len(last), sent_start + len(core),
                           ("PERSON",))
        if len(last.split()) >= 2 and not ents:
            return False
    return not foreign_topic(ctx, cue_start, title)


def _looks_like_person(ctx: Context, item: NameItem) -> bool:
    if not re.search(r"[A-Za-z]", item.name) or (item.name.isupper() and len(item.name) > 4):
        return False
    words = item.name.split()
    if ctx.ents_in(item.start, item.end, ("PERSON",)):
        return True
    if ctx.ents_in(item.start, item.end, ("GPE", "WORK_OF_ART", "DATE", "NORP", "LOC")):
        return False
    if ORG_WORD.search(item.name):
        return False  # the model often calls a cast list's names ORG; company words decide
    return 2 <= len(words) <= 4


ORG_WORD = re.compile(r"(?<![\w])(?:Pictures|Studios?|Records|Entertainment|Music|Films?|Co|Inc|"
                       r"Group|Company|Media|Productions?|Network|Channel|Broadcasting|Labs?|"
                       r"Agency|Festival|Awards?|Council|Orchestra|Academy|University|School)(?![\w])")


def _full_names(ctx: Context) -> list[str]:
    """Multi-word person names the text uses, for resolving 'SURNAME' to 'GIVEN SURNAME'."""
    names = {e.text for e in ctx.ents if e.label == "PERSON" and len(e.text.split()) >= 2}
    return sorted(n for n in names if "\n" not in n and "\r" not in n)


def _resolve(name: str, known: list[str], full: list[str]) -> str | None:
    """A one-word mention maps to the unique full name whose first or last word it is."""
    if len(name.split()) > 1:
        return name
    for pool in (known, full):
        hits = sorted({n for n in pool if len(n.split()) > 1 and name in (n.split()[0],
                                                                        n.split()[-1])})
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return None
    return None


def find_cast(ctx: Context, title: str | None) -> list[CastMember]:
    found: list[tuple[NameItem, str]] = []
    for sent in ctx.sentences:
        for cue in _FORWARD.finditer(ctx.text, sent.start, sent.end):
            word = cue.group(0).strip().lower()
            if word.startswith(("starring", "co-starring", "stars")) and (
                    not _owner_ok(ctx, sent.start, cue.start(), title)
                    or re.match(r"\s*(?:opposite|alongside|with)\b", ctx.text[cue.end() - 1 :])):
                continue
            rule = "cast.starring" if "star" in word else "cast.cast_includes"
            found += [(i, rule) for i in parse_name_list(ctx.text, cue.end(),
                                                          clause_end(ctx, cue.end()),
                                                          groups=False)]
        for cue in _BACKWARD.finditer(ctx.text, sent.start, sent.end):
            start = _list_start(ctx, sent.start, cue.start())
            items = parse_name_list(ctx.text, start, cue.start(), groups=False)
            if items and _ends_at(ctx, items[-1], cue.start()):
                found += [(i, "cast.lead_the_cast") for i in items]
        for cue in _ROLE_VERB.finditer(ctx.text, sent.start, sent.end):
            run = _run_before(ctx, sent.start, cue.start())
            if run:
                found.append((run, "cast.plays_role"))
        for cue in _CREDITS_IS.finditer(ctx.text, sent.start, sent.end):
            run = _run_before(ctx, sent.start, cue.start() + 1)
            if run and _credits_after(ctx, run.end):
                found.append((run, "cast.credits_is_role"))  # 'A (SHOW, SHOW) is CHARACTER'
        if _CAST_CONTEXT.search(sent.text):
            found += [(i, "cast.as_role") for i in _names_with_roles(ctx, sent.start, sent.end)]
            for cue in _ALONGSIDE.finditer(ctx.text, sent.start, sent.end):
                if len(_CAST_CONTEXT.findall(sent.text)) < 2 or re.search(
                        r"(?:played|starred|appeared|acted|worked|seen)\s+(?:in|on)\b[^,;]{0,60}$",
                        ctx.text[sent.start : cue.start()]):
                    continue  # not about the cast, or 'played in X alongside Y' (another work)
                items = parse_name_list(ctx.text, cue.end(), clause_end(ctx, cue.end()),
                                        groups=False)
                if items and not re.match(r"\s+in\s+[\"“‘']?[A-ZÀ-ÖØ-ÞĀ-Ž]", ctx.text[_item_end(items[-1]):]):
                    found += [(i, "cast.alongside") for i in items]
        for cue in _PLAYED_BY.finditer(ctx.text, sent.start, sent.end):
            items = parse_name_list(ctx.text, cue.end(), clause_end(ctx, cue.end()), groups=False)
            if items:
                found.append((items[0], "cast.played_by"))
    full = _full_names(ctx)
    people: dict[str, CastMember] = {}
    multi = [i.name for i, _ in found if len(i.name.split()) > 1]
    for item, rule in sorted(found, key=lambda f: f[0].start):
        name = _resolve(item.name, multi, full)
        if name is None or (title and (name == title or name in title)):
            continue
        if name == item.name and not _looks_like_person(ctx, item):
            continue
        if name not in people:
            people[name] = CastMember(name=name, known_for=[],
                                      evidence=ctx.evidence(item.start, item.end), rule=rule)
    return [_with_known_for(ctx, m) for m in people.values()]


def _names_with_roles(ctx: Context, start: int, end: int) -> list[NameItem]:
    """In a sentence about the cast, a name directly followed by its role (after an optional
    parenthetical or appositive) is cast: 'with X in the lead role', 'alongside Y, best known
    for Z, as the foreman', 'Q voicing the keeper'."""
    out: list[NameItem] = []
    for m in _NAME_RUN.finditer(ctx.text, start, end):
        pos = m.end()
        while True:
            aside = _LEADING_ASIDE.match(ctx.text, pos, end)
            if not aside or aside.end() == pos:
                break
            pos = aside.end()
        if not _AS_ROLE.match(ctx.text, pos, end):
            continue
        name, s = m.group(0), m.start()
        words = name.split()
        while words and (is_role_word(words[0]) or words[0] in ("With", "And")):
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 1:
            out.append(NameItem(" ".join(words), s, s + len(" ".join(words))))
    return out


_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*){0,3}(?![\w'’-])")
_LEADING_ASIDE = re.compile(r"\s*\([^()]{0,160}\)|,\s+(?:who|whose|best|known|fresh|the|a|an|now|"
                            r"still|also|previously|recently|of)\b[^;]{2,200}?,(?=\s)")


def _ends_at(ctx: Context, item: NameItem, pos: int) -> bool:
    """The list's last name is the cue's subject, maybe with an aside in between."""
    end = item.paren[2] + 1 if item.paren else item.end
    while pos > end:
        aside = _TRAILING_ASIDE.search(ctx.text, end, pos)
        if not aside or aside.start() >= pos:
            break
        pos = aside.start()
    return not ctx.text[end:pos].strip(" ,")


def _list_start(ctx: Context, sent_start: int, cue_start: int) -> int:
    """Where a name list that ends at the cue begins: after the last clause break."""
    m = last_match(r"(?:^|[;:]|,\s+(?:and|while|but)\s+|\b(?:while|but|where)\s+|—|--)\s*",
                   ctx.text[sent_start:cue_start])
    return sent_start + (m.end() if m else 0)


def _run_before(ctx: Context, sent_start: int, pos: int) -> NameItem | None:
    """The name that is the subject of a role verb, skipping a parenthetical or an appositive
    between them ('A (known for X) plays', 'A, who played in X, stars as')."""
    end = pos
    while True:
        aside = _TRAILING_ASIDE.search(ctx.text, sent_start, end)
        if not aside or aside.start() <= sent_start:
            break
        end = aside.start()
    chunk = re.sub(r",\s+who\s*$", "", ctx.text[sent_start:end]).rstrip(" ,")
    m = re.search(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*)(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*){0,3}$", chunk)
    if not m:
        return None
    s = sent_start + m.start()
    name = m.group(0)
    brk = re.search(r"^.*[a-z]\.\s+", name)
    if brk:  # 'as X. GIVEN SURNAME plays': the run began in the previous sentence
        s += brk.end()
        name = name[brk.end() :]
    words = name.split()
    while words and is_role_word(words[0]):
        s += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    return NameItem(name, s, s + len(name))


def _name_forms(name: str) -> list[str]:
    words = name.split()
    forms = [name]
    if len(words) >= 2:
        forms += [words[0], words[-1]]
    return forms


def _with_known_for(ctx: Context, member: CastMember) -> CastMember:
    titles: list[Mention] = []
    forms = _name_forms(member.name)
    for i, form in enumerate(forms):
        for start in occurrences(ctx.text, form):
            end = start + len(form)
            if i and _other_full_name(ctx, start, end, member.name):
                continue
            titles.extend(_credits_after(ctx, end))
            if i == 0:
                titles.extend(_credits_before(ctx, start))
    values = unique([t.value for t in titles])
    kept = [next(t for t in titles if t.value == v) for v in values]
    return member.model_copy(update={"known_for": values, "known_for_evidence": kept})


def _other_full_name(ctx: Context, s: int, e: int, full: str) -> bool:
    """A bare surname inside another full name ('SURNAME' of 'SURNAME GIVEN-NAME') is not this person."""
    for ent in ctx.ents_in(s, e, ("PERSON",)):
        text = re.sub(r"^.*[a-z]\.\s+", "", ent.text)  # 'X. GIVEN SURNAME': a run across a sentence end
        if text != full and text not in full:
            return True
    word_before = re.search(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*\s+$", ctx.text[max(0, s - 30) : s])
    word_after = re.match(r"\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*", ctx.text[e : e + 30])
    return bool((word_before or word_after) and ctx.text[s:e] != full)


def _credits_before(ctx: Context, pos: int) -> list[Mention]:
    """'Star of SHOW, NAME, leads ...': the credit stands before the name."""
    lo = max(0, pos - 120)
    m = re.search(r"(?:^|[.;!?]\s+|,\s+)(?P<clause>(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:star|lead|heroine|"
                  r"hero)\s+of\s+[^,;.]{2,100}),\s*$", ctx.text[lo:pos], re.I)
    if not m:
        return []
    a, b = lo + m.start("clause"), lo + m.end("clause")
    return _mentions(known_for_titles(ctx.text, a, b), ctx, "cast.known_for_before")


def _credits_after(ctx: Context, pos: int) -> list[Mention]:
    """'(starred in X)', ', who played in X,', ', best known for X,', ' is known for X'."""
    text = ctx.text
    out: list[Mention] = []
    m = re.match(r"\s*\(", text[pos : pos + 3])
    if m:
        spans = paren_spans(text, pos, min(len(text), pos + 200))
        if spans and spans[0][0] == pos + m.end() - 1:
            a, b = spans[0]
            out += _mentions(known_for_titles(text, a + 1, b - 1), ctx, "cast.known_for_paren")
            if not out:
                out += _mentions(_bare_titles(ctx, a + 1, b - 1), ctx, "cast.known_for_paren_bare")
        return out
    m = re.match(r",\s+(?P<clause>(?:who|whose|best|known|widely|famous|recognized|the|a|an|"
                 r"previously|fresh|recently|of)\s(?:[^;()]|\(\d{4}\)){3,160}?)"
                 r"(?:,(?P<q>[”\"’']?)(?=\s)|\.(?=\s|$)|;|$)", text[pos : pos + 200])
    if m:
        a = pos + m.start("clause")
        b = pos + (m.end() if m.group("q") else m.end("clause"))  # 'the film “SHOW,” plays'
        out += _mentions(known_for_titles(text, a, b), ctx, "cast.known_for_appositive")
        return out
    m = re.match(r"\s+(?:is|was|remains)\s+(?P<clause>(?:best\s+|widely\s+)?(?:known|famous|"
                 r"remembered)\s+for(?:[^;()]|\(\d{4}\)){3,160}?)(?:\.(?=\s|$)|;|$)",
                 text[pos : pos + 200])
    if m:
        a = pos + m.start("clause")
        b = pos + m.end("clause")
        out += _mentions(known_for_titles(text, a, b), ctx, "cast.known_for_clause")
    return out


_BARE_TITLES = re.compile(
    r"(?:[\"“‘']?[A-ZÀ-ÖØ-ÞĀ-Ž0-9][^,;:()\"“”‘’]{1,60}?[\"”’']?)"
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[\"“‘']?[A-ZÀ-ÖØ-ÞĀ-Ž0-9][^,;:()\"“”‘’]{1,60}?[\"”’']?)*")
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+-[a-z]+")


def _bare_titles(ctx: Context, a: int, b: int) -> list[tuple[str, int, int]]:
    """'NAME (SHOW) plays ...': a cast member's bracket holding only titles names the shows
    they are known for. Not when it holds a person (a character: 'NAME (CHARACTER NAME)'), a
    place, a number, an age or a role ('as CHARACTER')."""
    inner = ctx.text[a:b]
    quoted = quoted_spans(ctx.text, a, b)
    if quoted:  # '(“SHOW,” “SHOW”)': only quoted titles in the bracket
        rest = "".join(ctx.text[x:y] for x, y in zip([a] + [e for _, e, _ in quoted],
                                                      [s for s, _, _ in quoted] + [b], strict=True))
        if not re.fullmatch(r"(?:[\s,;&\"“”‘’']|\band\b)*", rest):
            return []
    elif not _BARE_TITLES.fullmatch(inner) or re.match(r"\s*(?:as|aka|a\.k\.a\.)\s", inner, re.I) \
            or ctx.ents_in(a, b, ("PERSON", "GPE", "NORP", "DATE", "CARDINAL", "ORG")) \
            or _HYPHENATED_GIVEN_NAME.search(inner) or inner.isupper():
        return []
    return [(t, s, e) for t, s, e in titles_in(ctx.text, a, b) if not t.isdigit() and len(t) > 1]


def _mentions(found: list[tuple[str, int, int]], ctx: Context, rule: str) -> list[Mention]:
    return [Mention(value=t, evidence=ctx.evidence(s, e), rule=rule) for t, s, e in found]
