"""Known-for credits: the other works the text credits to a cast member ('A (SHOW, SHOW)',
', who starred in X,', 'star of X, A, ...', 'A is best known for X')."""

from __future__ import annotations

import re

from ..context import Context, clause_end
from ..models import CastMember, Mention
from ..rules import CAP, CAPNUM
from ..spans import occurrences, unique
from .kinds import work_words
from .names import (
    caseless_full_name,
    known_for_titles,
    org_word_re,
    paren_spans,
    titles_in,
    without_dots,
)
from .titles import title_like
from .topics import TopicsExtractor


def _name_forms(name: str) -> list[str]:
    words = name.split()
    forms = [name]
    if len(words) >= 2:
        forms += [words[0], words[-1]]
    return forms


# a full stop that ends a clause, not an abbreviation's ('Mr. Holmes')
_NOT_ABBREV = r"(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)"

def with_known_for(ctx: Context, member: CastMember, cast: list[str] | None = None) -> CastMember:
    """The member with the other works the text credits to them, wherever the name occurs
    (and, in a paragraph that names no other cast member, after 'he/she starred in')."""
    titles: list[Mention] = _pronoun_credits(ctx, member.name, cast or [member.name])
    forms = _name_forms(member.name)
    # 'Roh J Min (X)' for 'Roh J. Min': the name without its dots is the name too
    dotless = without_dots(member.name)
    full = [member.name] + ([dotless] if dotless != member.name else [])
    for i, form in enumerate(full + forms[1:]):
        whole = i < len(full)
        for start in occurrences(ctx.text, form):
            end = start + len(form)
            if not whole and _other_full_name(ctx, start, end, member.name):
                continue
            titles.extend(credits_after(ctx, end))
            if whole:
                titles.extend(_credits_before(ctx, start))
                titles.extend(_paired_credit(ctx, start, end))
    if caseless_full_name(member.name):  # '배현성은': a particle glued to the name
        at = ctx.text.find(member.name)
        while at >= 0:
            titles.extend(_korean_credits(ctx, at + len(member.name)))
            at = ctx.text.find(member.name, at + 1)
    values = unique([t.value for t in titles if t.value not in (cast or ())])  # people, not works
    kept = [next(t for t in titles if t.value == v) for v in values]
    return member.model_copy(update={"known_for": values, "known_for_evidence": kept})


_PRONOUN_CREDIT = re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he)\s+(?:(?:has|had)\s+)?(?=(?:previously\s+|"
                             r"recently\s+|also\s+)?(?:starred|appeared|acted|played|co-starred)\s+in\s)")


def _pronoun_credits(ctx: Context, name: str, cast: list[str]) -> list[Mention]:
    """'Before that she appeared in "SHOW"': a pronoun's credit goes to the one cast member its
    paragraph names, when the paragraph names no other person before the pronoun."""
    out: list[Mention] = []
    others = [c for c in cast if c != name]
    for para in ctx.prose():
        body = ctx.text[para.start : para.end]
        if name not in body or any(o in body for o in others):
            continue
        for m in _PRONOUN_CREDIT.finditer(ctx.text, para.start, para.end):
            people = [e for e in ctx.ents_in(para.start, m.start(), ("PERSON",))
                      if e.text not in name and name not in e.text]
            if people or ctx.text.find(name, para.start, m.start()) < 0:
                continue  # someone else, or the name only later: whose pronoun is it?
            end = clause_end(ctx, m.end())
            out += _mentions(known_for_titles(ctx.rules, ctx.text, m.end(), end), ctx,
                             "cast.known_for_pronoun")
    return out


def _other_full_name(ctx: Context, s: int, e: int, full: str) -> bool:
    """A bare surname inside another full name ('SURNAME' of 'SURNAME GIVEN-NAME') is not this person."""
    for ent in ctx.ents_in(s, e, ("PERSON",)):
        text = re.sub(r"^.*[a-z]\.\s+", "", ent.text)  # 'X. GIVEN SURNAME': a run across a sentence end
        if text != full and text not in full:
            return True
    word_before = _OTHER_BEFORE.search(ctx.text[max(0, s - 30) : s])
    word_after = _OTHER_AFTER.match(ctx.text[e : e + 30])
    return bool((word_before or word_after) and ctx.text[s:e] != full)


def _paired_credit(ctx: Context, start: int, end: int) -> list[Mention]:
    """'(ACTOR, SHOW)': the actor's bracket after a role holds one earlier work after a comma."""
    if ctx.text[start - 1 : start] != "(" or not _ROLE_WORD_END.search(
            ctx.text, max(0, start - 40), start - 1):
        return []  # no role before the bracket: '- (A, B)' credits two singers
    m = _PAIRED.match(ctx.text, end, min(len(ctx.text), end + 70))
    if not m or not title_like(m.group("t")) or ctx.ents_in(m.start("t"), m.end("t"), (
            "PERSON", "GPE", "DATE", "CARDINAL")):
        return []
    return [Mention(value=m.group("t"), evidence=ctx.evidence(*m.span("t")),
                    rule="cast.known_for_paren_pair")]


_PAIRED = re.compile(r",\s+(?P<t>[^()\n,]{1,60})\)")
_ROLE_WORD_END = re.compile(r"[a-z][\w'’-]*\s+$")  # 'a young law student (A, SHOW)'


def _credits_before(ctx: Context, pos: int) -> list[Mention]:
    """'Star of SHOW, NAME, leads ...': the credit stands before the name."""
    lo = max(0, pos - 120)
    m = _CREDIT_BEFORE.search(ctx.text[lo:pos])
    if not m:
        return _title_before_noun(ctx, lo, pos)
    a, b = lo + m.start("clause"), lo + m.end("clause")
    return _mentions(known_for_titles(ctx.rules, ctx.text, a, b), ctx, "cast.known_for_before")


def _title_before_noun(ctx: Context, lo: int, pos: int) -> list[Mention]:
    """'SHOW actor NAME', 'SHOW co-stars NAME and NAME': a title of two words or more before
    an actor noun. Not a place, a nationality or a company ('Hong Kong star', 'Disney Channel
    star'), nor a prize ('Golden Globe-winning actress')."""
    m = _TITLE_NOUN_BEFORE.search(ctx.text, lo, pos)
    if not m:
        return []
    a, b = m.span("t")
    title = m.group("t")
    if len(title.split()) < 2 or _PRIZE_WORD.search(title) or ctx.ents_in(
            a, b, ("PERSON",)) or _company(ctx, a, b) or any(
            e.start <= a and b <= e.end for e in ctx.ents_in(
                a, b, ("GPE", "NORP", "LOC", "ORG", "DATE", "CARDINAL"))) or any(
            e.end == b for e in ctx.ents_in(a, b, ("NORP",))):  # 'Acclaimed Chinese actor'
        return []
    return _mentions([(title, a, b)], ctx, "cast.known_for_title_noun")


def credits_after(ctx: Context, pos: int) -> list[Mention]:
    """'(starred in X)', ', who played in X,', ', best known for X,', ' is known for X'."""
    text = ctx.text
    out: list[Mention] = []
    m = re.match(r"\s*\(", text[pos : pos + 3])
    if m:
        spans = paren_spans(text, pos, min(len(text), pos + 200))
        if spans and spans[0][0] == pos + m.end() - 1:
            a, b = spans[0]
            out += _mentions(known_for_titles(ctx.rules, text, a + 1, b - 1), ctx, "cast.known_for_paren")
            if not out:
                out += _mentions(_bare_titles(ctx, a + 1, b - 1), ctx, "cast.known_for_paren_bare")
        return out
    # ', best known for X,' and the same aside set off by dashes (' - best known for X - ')
    m = re.match(r"(?:,|\s[-–—])\s+(?P<clause>(?:who|whom|whose|best|known|widely|famous|recognized|"
                 r"the|a|an|star|previously|fresh|recently|of)\s(?:[^;()]|\(\d{4}\)){3,160}?)"
                 rf"(?:,(?P<q>[”\"’']?)(?=\s)|{_NOT_ABBREV}\.(?=\s|$)|;|\s[-–—](?=\s)|$)",
                 text[pos : pos + 200])
    if m:
        a = pos + m.start("clause")
        b = pos + (m.end() if m.group("q") else m.end("clause"))  # 'the film “SHOW,” plays'
        found = known_for_titles(ctx.rules, text, a, b)
        if found and text.startswith(",", b) and not m.group("q"):
            # ', whose credits include X, Y, and Z, will ...': the list runs on past the first
            # comma when punctuation closes it ('who starred in X, A and B lead the cast' does
            # not: A and B are the subject)
            longer = known_for_titles(ctx.rules, text, a, _clause_stop(text, b))
            if len(longer) > len(found) and _CLOSED.match(text, longer[-1][2]):
                found = longer
        out += _mentions(found, ctx, "cast.known_for_appositive")
        return out
    m = re.match(r"\s+(?:is|was|remains)\s+(?P<clause>(?:best\s+|widely\s+)?(?:known|famous|"
                 r"remembered)\s+for(?:[^;()]|\(\d{4}\)){3,160}?)(?:\.(?=\s|$)|;|$)",
                 text[pos : pos + 200])
    if m:
        a = pos + m.start("clause")
        b = pos + m.end("clause")
        out += _mentions(known_for_titles(ctx.rules, text, a, b), ctx, "cast.known_for_clause")
        return out
    m = _WON_FOR.match(text, pos, min(len(text), pos + 240))
    if m:  # 'NAME took the best actress award for "X"'
        out += _mentions(known_for_titles(ctx.rules, text, m.start("clause"), m.end("clause")),
                         ctx, "cast.known_for_clause")
        return out
    m = _LAST_ROLE.match(text, pos, min(len(text), pos + 240))
    if m:  # 'NAME was last seen in X (2018),', "NAME's most recent starring role was in X."
        out += _mentions(known_for_titles(ctx.rules, text, m.start("clause"), m.end("clause")),
                         ctx, "cast.known_for_clause")
    return out


# a prize won for a quoted work (a prize 'for Best Actress' names its category, unquoted)
_WON_FOR = re.compile(
    r"\s+(?P<clause>(?:won|took|earned|received|picked\s+up|scooped|bagged)\s+[^.;()\n]{0,60}?"
    r"(?<![\w])(?:award|prize|trophy|honou?r|statuette)s?\s+for\s+(?:(?:his|her|their)\s+"
    r"(?:role|part|performance|turn)\s+in\s+)?[“\"‘][^”\"’\n]{1,80}[”\"’])")
_LAST_ROLE = re.compile(
    r"(?:\s+|['’]s\s+)(?P<clause>(?:was\s+(?:last|previously|recently)\s+seen|(?:most\s+recent|last|"
    r"latest|previous)\s+(?:(?:starring|lead|leading|TV|film|screen)\s+)?role\s+was)\s+in\s+"
    r"(?:[^;(),]|\(\d{4}\)){3,160}?)(?:[.,](?=\s|$)|;|$)")


# "ACTOR은 넷플릭스 시리즈 'SHOW' 'SHOW' 등": a topic particle, a few words, quoted titles, then
# 'and so on' or 'in'
def _clause_stop(text: str, pos: int) -> int:
    m = _CLAUSE_STOP.search(text, pos, min(len(text), pos + 200))
    return m.start() if m else min(len(text), pos + 200)


_CLOSED = re.compile(r"\s*(?:[,.;!?)]|\Z)")
_CLAUSE_STOP = re.compile(rf"[;!?\n(]|{_NOT_ABBREV}\.|,\s+(?=[a-z])(?!and\s|&\s)")


def _korean_credits(ctx: Context, pos: int) -> list[Mention]:
    """"ACTOR은 'SHOW' 'SHOW' 등 ... 드라마에서": the works after the topic particle (never the
    main work)."""
    m = _KOREAN_CREDITS.match(ctx.text, pos, min(len(ctx.text), pos + 200))
    if not m:
        return []
    names = ctx.facts.get(TopicsExtractor).names
    return [Mention(value=q.group(1), evidence=ctx.evidence(*q.span(1)), rule="cast.known_for_korean")
            for q in _KOREAN_QUOTED.finditer(ctx.text, m.start("run"), m.end("run"))
            if q.group(1) not in names]


_KOREAN_QUOTED = re.compile(r"[‘'\"“]([^’'\"”\n]{1,30})[’'\"”]")
_KOREAN_CREDITS = re.compile(
    r"(?:은|는)\s(?:[\uac00-\ud7a3A-Za-z+]{1,10}\s){0,3}?"
    r"(?P<run>[‘'\"“][^’'\"”\n]{1,30}[’'\"”](?:\s?,?\s?[‘'\"“][^’'\"”\n]{1,30}[’'\"”]){0,8})"
    r"\s?(?:등|에서|에\s|으로|로\s|을|를)")
# '(SHOW, SHOW, the SHOW trilogy)', '(SHOW: SUBTITLE and the film SHOW)': a later one may open
# with 'the' and a kind noun; a colon only before a capital (never a label: 'Role: X')
_BARE_ITEM = rf"{CAPNUM}(?:[^,;:()\"“”‘’]|(?<=\w)’(?=\w)|(?<=\s)’(?=\d\d\b)|:\s(?={CAPNUM})){{1,60}}?"
_BARE_TITLES = re.compile(
    rf"(?![^:()]*?\b(?i:role|character|as|playing|plays|director|voice|episode|ep)\s?:)"
    rf"(?:[\"“‘']?{_BARE_ITEM}[\"”’']?)(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[\"“‘']?"
    rf"(?:the\s+(?:(?:film|movie|series|drama|show|sitcom)\s+)?)?{_BARE_ITEM}[\"”’']?)*")
_HYPHENATED_GIVEN_NAME = re.compile(rf"{CAP}[a-z]+\s+{CAP}[a-z]+-[a-z]+")
_CREDIT_BEFORE = re.compile(r"(?:^|[.;!?]\s+|,\s+)(?P<clause>(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:star|lead|"
                            r"heroine|hero)\s+of\s+[^,;.]{2,100}),\s*$", re.I)
_TITLE_NOUN_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<t>{CAPNUM}[\w'’:-]*(?:\s(?:{CAPNUM}[\w'’:-]*|of|in|the|and|on|to|a)){{0,6}})"
    rf"\s(?:actor|actress|star|co-?stars?|costars?)\s"
    rf"(?:{CAP}[\w'’-]*(?:\s{CAP}[\w'’-]*){{0,3}}\s(?:and|&)\s)?\Z")
_PRIZE_WORD = re.compile(r"-(?:winning|nominated|award)\b|\b(?:Award|Awards|Oscar|Emmy|Globe)\b")
_OTHER_BEFORE = re.compile(rf"{CAP}[\w-]*\s+$")
_OTHER_AFTER = re.compile(rf"\s+{CAP}[\w-]*")


def _bare_titles(ctx: Context, a: int, b: int) -> list[tuple[str, int, int]]:
    """'NAME (SHOW) plays ...': a cast member's bracket holding only titles names the shows
    they are known for. Not when it holds a person (a character: 'NAME (CHARACTER NAME)'), a
    place, a number, an age or a role ('as CHARACTER')."""
    inner = ctx.text[a:b]
    quoted = ctx.quoted(a, b)
    if quoted:  # '(“SHOW,” “SHOW”)': only quoted titles in the bracket
        rest = "".join(ctx.text[x:y] for x, y in zip([a] + [e for _, e, _ in quoted],
                                                      [s for s, _, _ in quoted] + [b], strict=True))
        if not re.fullmatch(r"(?:[\s,;&/\"“”‘’'„«»]|\band\b)*", rest):  # '('X'/'Y')' too
            return []
    elif not _BARE_TITLES.fullmatch(inner) or re.match(r"\s*(?:as|aka|a\.k\.a\.)\s", inner, re.I) \
            or _labelled_not_titles(ctx, a, b) \
            or _company(ctx, a, b) or _HYPHENATED_GIVEN_NAME.search(inner) or inner.isupper():
        return []
    if not quoted and _characters_listed(ctx, a):
        return []
    found = titles_in(ctx.rules, ctx.text, a, b)
    if not quoted:
        found = _whole_pieces(ctx, a, b, found)
    return [(t, s, e) for t, s, e in found if not t.isdigit() and len(t) > 1]


def _characters_listed(ctx: Context, a: int) -> bool:
    """'A (CHARACTER), B (CHARACTER), C (CHARACTER)': in a sentence of three brackets or more,
    each a single capitalized word, one the model reads as a person says the brackets are the
    parts played, not shows (shows come in all lengths: '(Norland), (The Salt Road)')."""
    sent = ctx.sentence_at(a)
    if sent is None:
        return False
    brackets = [m.span(1) for m in _BRACKET.finditer(ctx.text, sent.start, sent.end)]
    return len(brackets) >= 3 and all(
        _ONE_NAME.fullmatch(ctx.text, x, y) for x, y in brackets) and any(
        e.start <= x and e.end >= y for x, y in brackets for e in ctx.ents_in(x, y, ("PERSON",)))


_BRACKET = re.compile(r"\(([^()\n]{1,40})\)")
_ONE_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_PIECE = re.compile(r"[^,]+")
_PIECE_TAIL = re.compile(r"(?:\s+[\w'’.!?-]{1,20}){1,6}")


def _whole_pieces(ctx: Context, a: int, b: int,
                  found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """In a bracket that holds only titles, a comma piece is one title even where the Title
    Case reader stops early: '(SHOW, The Lamp is Lit, SHOW)' keeps its lowercase verb, and
    the titles after it are still read."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    read_to = max((e for _, _, e in found), default=a)
    for m in _PIECE.finditer(text, a, b):
        lo = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        hi = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        inside = [f for f in found if lo <= f[1] and f[2] <= hi]
        if not inside and lo >= read_to:  # the reader stopped before this piece
            inside = titles_in(ctx.rules, text, lo, hi)
        if len(inside) == 1 and inside[0][1] == lo and inside[0][2] < hi and \
                " and " not in text[lo:hi] and _PIECE_TAIL.fullmatch(text, inside[0][2], hi):
            out.append((text[lo:hi], lo, hi))
        else:
            out += inside
    return out


_TITLE_CONNECTOR = re.compile(r"\s(?:The|In|Of|A|An|And|On|At|To|For|From|With|the|in|of|a|an|and|on|"
                              r"at|to|for|from|with)\s")


def _labelled_not_titles(ctx: Context, a: int, b: int) -> bool:
    """The model calls something in the bracket a person, a place, a date or a number. A person
    or a place label does not count on a name with a title's small word in it ('Made In
    PLACE'), nor in a bracket of two works or more ('(SHOW, SHOW)'): a character is one name."""
    titled = ("," in ctx.text[a:b] and len(titles_in(ctx.rules, ctx.text, a, b)) >= 2) or \
        ("," not in ctx.text[a:b] and _TITLE_CONNECTOR.search(ctx.text[a:b]) is not None)
    for e in ctx.ents_in(a, b, ("PERSON", "GPE", "NORP", "DATE", "CARDINAL")):
        if e.label in ("PERSON", "GPE") and titled:
            continue
        if e.label == "CARDINAL" and titled and (ctx.text.count(",", a, b) >= 2
                                                 or ctx.text[e.start].isupper()):
            continue  # '(12, SHOW, SHOW)', '(Nine Lives: SUBTITLE and SHOW)': a title, not an age
        return True
    return False


def _company(ctx: Context, a: int, b: int) -> bool:
    """A bracket that names an agency or a channel ('(NAME Entertainment)', '(PLATFORM)'), not a
    show. The model's ORG label alone does not say so: it gives it to show titles too ('(SHOW
    TITLE)'), so a company word or a platform's name must be there as well."""
    if not ctx.ents_in(a, b, ("ORG",)):
        return False
    inner = ctx.text[a:b]
    return bool(org_word_re(ctx.rules).search(inner) or work_words(ctx.rules).platform_re.search(inner))


def _mentions(found: list[tuple[str, int, int]], ctx: Context, rule: str) -> list[Mention]:
    return [Mention(value=t, evidence=ctx.evidence(s, e), rule=rule) for t, s, e in found]
