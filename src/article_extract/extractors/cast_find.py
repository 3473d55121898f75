"""Cast candidates: every name a cast cue governs, sentence by sentence ('starring A, B and
C', 'A and B lead the cast', 'A plays CHARACTER', 'CHARACTER (played by A)'). Split from cast,
which decides among them, so that the kind stage can ask whether a page names any cast."""

from __future__ import annotations

import re
from collections import Counter

from ..context import Context, clause_end
from ..rules import CAP
from .cast_chinese import chinese_cast
from .cast_hits import CastHit
from .cast_japanese import japanese_cast
from .cast_korean import korean_cast
from .cast_lists import cast_lists, next_groups
from .known_for import credits_after
from .names import NameItem, caseless_full_name, is_role_word, org_word_re, parse_name_list, without_dots
from .names_before import ends_at, list_before, name_before
from .topics_result import Topics, main_work_after, main_work_before, names_main_work, other_work_in_which

# 'NAME (SHOW, SHOW) is the formidable CHARACTER': a name with its credits in brackets,
# then 'is' and the character
_CREDITS_IS = re.compile(rf"\)\s+is\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?)?{CAP}[\w'’-]+(?:\s|,)")


def _item_end(item: NameItem) -> int:
    return item.paren[2] + 1 if item.paren else item.end


def looks_like_person(ctx: Context, item: NameItem) -> bool:
    """A name item that is a person: the model says so, or it has 2-4 words and neither the
    model (labelling the whole name) nor a company word says otherwise."""
    if not re.search(r"[^\W\d_]", item.name) or (item.name.isupper() and len(item.name) > 4):
        return False
    words = item.name.split()
    if ctx.ents_in(item.start, item.end, ("PERSON",)):
        return True
    if caseless_full_name(item.name):
        return True  # the English model reads no hangul or hanzi: its label on one says nothing
    if any(e.start <= item.start and e.end >= item.end for e in ctx.ents_in(
            item.start, item.end, ("GPE", "WORK_OF_ART", "DATE", "NORP", "LOC"))):
        return False  # a label on part of the name ('Rashmika' as a place) says nothing
    if org_word_re(ctx.rules).search(item.name):
        return False  # the model often calls a cast list's names ORG; company words decide
    return 2 <= len(words) <= 4 or caseless_full_name(item.name)


def listed_name(ctx: Context, item: NameItem) -> bool:
    """In a cast list of four or more, a name of two to four capitalized words is a person
    even where the model reads a place ('NAME NAME' as GPE): the list says what it is."""
    words = item.name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not org_word_re(ctx.rules).search(item.name) \
        and not ctx.ents_in(item.start, item.end, ("DATE", "CARDINAL", "MONEY", "ORG"))


def respelled(name: str, known: str) -> bool:
    """'Danila Reyes' after 'Danilo Reyes': the same surname, and a given name of five
    letters or more with one vowel changed, is the person already named (a typo in a caption)."""
    a, b = name.split(), known.split()
    if len(a) != 2 or len(b) != 2 or a[1] != b[1] or len(a[0]) != len(b[0]) or len(a[0]) < 5 \
            or "-" in a[0] + b[0]:
        return False
    diff = [(x, y) for x, y in zip(a[0], b[0], strict=True) if x != y]
    return len(diff) == 1 and all(c in "aeiou" for c in diff[0])


def full_person_names(ctx: Context) -> list[str]:
    """Multi-word person names the text uses, for resolving 'SURNAME' to 'GIVEN SURNAME': the
    model's, and two- or three-word capitalized names the text repeats (the model may call
    'NAME NAME' a company three times over)."""
    def build() -> list[str]:
        names = {e.text for e in ctx.ents if e.label == "PERSON" and len(e.text.split()) >= 2}
        runs = Counter(m.group(0) for m in _TWO_OR_THREE.finditer(ctx.text))
        org = org_word_re(ctx.rules)
        names |= {r for r, n in runs.items() if n >= 2 and not org.search(r)}
        return sorted(n for n in names if "\n" not in n and "\r" not in n)
    return ctx.memo("full_person_names", build)


def first_spelling(ctx: Context, name: str) -> str:
    """'Roh J Min' after 'Roh J. Min': the same name with and without its dots
    is one person, written as the text first writes it (the model's person names)."""
    def build() -> dict[str, str]:
        out: dict[str, str] = {}
        for e in sorted(ctx.ents, key=lambda e: e.start):
            name = e.text
            if name.endswith(".") and not _INITIAL_END.search(name):
                name = name[:-1]  # 'Lee Jun.': the model took the sentence's full stop too
            if e.label == "PERSON" and "." in name:
                out.setdefault(without_dots(name).casefold(), name)
        return out
    return ctx.memo("first_spelling", build).get(without_dots(name).casefold(), name)


_INITIAL_END = re.compile(r"(?:\b[A-Z]|\bJr|\bSr)\.$")
_TWO_OR_THREE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}(?![\w-])")


def resolve_name(name: str, known: list[str], full: list[str]) -> str | None:
    """A one-word mention maps to the unique full name whose first or last word it is."""
    if len(name.split()) > 1 or caseless_full_name(name):
        return name
    for pool in (known, full):
        hits = sorted({n for n in pool if len(n.split()) > 1 and name in (n.split()[0],
                                                                        n.split()[-1])})
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return None
    return None


def find_cast_hits(ctx: Context, topics: Topics) -> list[CastHit]:
    """Every name a cast cue governs, sentence by sentence; found once per article, since the
    kind stage (does the page name a cast?) and the cast stage both ask."""
    return list(ctx.memo(("cast_hits", id(topics)), lambda: _find_cast_hits(ctx, topics)))


def _find_cast_hits(ctx: Context, topics: Topics) -> list[CastHit]:
    rules = ctx.rules
    forward = rules.cue_set("cast", "forward")
    backward = rules.cue_set("cast", "backward")
    role_verb = rules.cue_regex("cast.plays_role")
    role_verb_other = rules.cue_regex("cast.plays_role_other_languages")
    context = rules.cue_regex("cast.context")
    alongside = rules.cue_regex("cast.alongside")
    played_by = rules.cue_regex("cast.played_by")
    characters = rules.cue_regex("cast.character_context")
    music = rules.cue_regex("soundtrack.music_context")
    found: list[CastHit] = []
    for sent in ctx.sentences:
        for cue in forward.finditer(ctx.text, sent.start, sent.end):
            if cue.rule.id == "cast.actors_noun" and topics.foreign(ctx, cue.start):
                continue  # 'Actors A and B' in a paragraph about another work
            if cue.rule.id == "cast.lineup_is" and music.search(sent.text):
                continue  # 'the OST line-up includes A': singers (artists.performed_by)
            if cue.rule.id in ("cast.led_by", "cast.led_by_other_languages") and \
                    not main_work_before(ctx, topics, sent.start, cue.start) and not (
                        _CAST_NOUN_END.search(ctx.text, sent.start, cue.start)
                        and not topics.foreign(ctx, cue.start)):
                continue  # 'THE WORK, led by A', 'a web series led by A': a band or a company is
                # led by people too; 'la última versión, encabezada por A': another version's cast
            if cue.rule.id in ("cast.starring", "cast.performance_by") and (
                    not names_main_work(ctx, topics, sent.start, cue.start)
                    or re.match(r"\s*(?:opposite|alongside|with)\b", ctx.text[cue.end - 1 :])):
                continue
            items = parse_name_list(rules, ctx.text, cue.end, clause_end(ctx, cue.end),
                                    groups=False)
            if cue.rule.id == "cast.performance_by" and items and _IN_TITLE_AFTER.match(
                    ctx.text, _item_end(items[-1])):
                continue  # 'a turn by A in OTHER': praise for another work
            items += next_groups(ctx, items, clause_end(ctx, cue.end))
            found += [CastHit(i, cue.rule.id, len(items)) for i in items]
        for cue in backward.finditer(ctx.text, sent.start, sent.end):
            if cue.rule.id == "cast.stars_in" and not main_work_after(ctx, topics, cue.start,
                                                                       cue.end):
                continue  # 'A stars in OTHER': that work's cast
            of = _OF_AFTER.match(ctx.text, cue.end) if cue.rule.id == "cast.co_star" else None
            if of and not main_work_after(ctx, topics, cue.start, of.end()):
                continue  # 'A joined the cast of OTHER'

            if cue.rule.id == "cast.among_them":
                found += [CastHit(i, cue.rule.id) for i in _among_them(ctx, sent.start, cue.start)]
                continue
            before = list_before(ctx, sent.start, cue.start)  # its size says what it is
            if not before and cue.rule.id in ("cast.stars_in", "cast.other_languages_backward"):
                run = name_before(ctx, sent.start, cue.start)  # 'Tonight at 9 A stars in TITLE'
                before = [run] if run and ends_at(ctx, run, cue.start) else []
            if before and other_work_in_which(ctx, topics, sent.start, before[0].start):
                continue  # '"OTHER," in which A and B play the leads': that work's cast
            found += [CastHit(i, cue.rule.id, len(before)) for i in before]
        for rule_id, m in [*(("cast.plays_role", m) for m in role_verb.finditer(
                ctx.text, sent.start, sent.end)), *(("cast.plays_role_other_languages", m)
                                                     for m in role_verb_other.finditer(
                                                         ctx.text, sent.start, sent.end))]:
            run = name_before(ctx, sent.start, m.start())
            if run and not run.name.endswith(("'s", "’s")):  # "NAME's plays are": a noun
                # 'A, B and C have signed on as ...': the list that ends at the verb
                items = list_before(ctx, sent.start, m.start())
                many = len(items) > 1 and items[-1].end == run.end
                found += [CastHit(i, rule_id) for i in (items if many else [run])]
        for m in _CREDITS_IS.finditer(ctx.text, sent.start, sent.end):
            run = name_before(ctx, sent.start, m.start() + 1)
            if run and credits_after(ctx, run.end):
                found.append(CastHit(run, "cast.credits_is_role"))  # 'A (SHOW, SHOW) is CHARACTER'
        if context.search(sent.text):
            found += [CastHit(i, "cast.as_role") for i in _names_with_roles(ctx, sent.start,
                                                                            sent.end)]
            for m in alongside.finditer(ctx.text, sent.start, sent.end):
                clause = ctx.text[sent.start : m.start()].rsplit(";", 1)[-1]
                if len(context.findall(sent.text)) < 2 or re.search(
                        r"(?:played|starred|appeared|acted|worked|seen)\s+(?:in|on)\b[^,;]{0,60}$",
                        clause) or _OTHER_ROLE_BEFORE.search(clause) or (
                            _PAST_ACTING.search(clause) and not topics.named_in(
                                ctx.text[m.end() : sent.end])):
                    continue  # not about the cast, or 'played in X alongside Y' (another work);
                    # 'who acted opposite Y in OTHER': a past part, unless in the main work
                items = parse_name_list(rules, ctx.text, m.end(), clause_end(ctx, m.end()),
                                        groups=False)
                if items and not _IN_TITLE_AFTER.match(ctx.text[_item_end(items[-1]):]):
                    found += [CastHit(i, "cast.alongside") for i in items]
        for m in _ROLE_LABEL.finditer(ctx.text, sent.start, sent.end):
            work = m.group("w").strip(" ‘’'\"“”")  # 'A (lead actor in TITLE)', 'B (co-starred in it)'
            if work == topics.title or _ANAPHOR_WORK.fullmatch(work):
                found.append(CastHit(NameItem(m.group("actor"), *m.span("actor")), "cast.role_label"))
        for m in _ROLE_PAIR.finditer(ctx.text, sent.start, sent.end):
            a, b = m.span("actor")  # 'a law student (ACTOR, SHOW)'
            if any(x.start == a and x.end == b for x in ctx.ents_in(a, b, ("PERSON",))):
                found.append(CastHit(NameItem(m.group("actor"), a, b), "cast.role_paren_pair"))
        found += [CastHit(i, rule) for i, rule in korean_cast(ctx, sent.start, sent.end)]
        if not topics.foreign(ctx, sent.start):
            # a line the page broke after '、' goes on in the next one
            tail = ctx.sentence_at(sent.end + 1) if sent.text.rstrip().endswith("、") else None
            found += [CastHit(i, rule) for i, rule in japanese_cast(
                ctx, sent.start, tail.end if tail else sent.end)]
            found += [CastHit(i, rule) for i, rule in chinese_cast(ctx, sent.start, sent.end)
                      if not topics.foreign(ctx, i.start)]  # '新片「OTHER」，則由 A 出演
        found += [CastHit(i, "cast.character_paren") for i in _actors_in_parens(
            ctx, topics, sent.start, sent.end, labelled_only=not characters.search(sent.text))]

        for m in played_by.finditer(ctx.text, sent.start, sent.end):
            items = parse_name_list(rules, ctx.text, m.end(), clause_end(ctx, m.end()),
                                    groups=False)
            if items:  # '(played by A and B)', 'are played by A and B' name both; else the first
                both = m.group(0).startswith("(") or _PLURAL_BEFORE.search(
                    ctx.text, max(0, m.start() - 20), m.start())
                found += [CastHit(i, "cast.played_by") for i in (items if both else items[:1])]
    found += cast_lists(ctx, rules.cue_set("cast_list_header"))
    return found


def _among_them(ctx: Context, sent_start: int, cue_start: int) -> list[NameItem]:
    """'a cast picked largely abroad, A and B among them': the names after the comma that
    follows a cast noun ('the guests, A and B among them' are no cast)."""
    nouns = [m.end() for m in _CAST_NOUN.finditer(ctx.text, sent_start, cue_start)]
    comma = ctx.text.rfind(",", nouns[-1], cue_start) if nouns else -1
    if comma < 0:
        return []
    items = parse_name_list(ctx.rules, ctx.text, comma + 1, cue_start, groups=False)
    return items if items and _item_end(items[-1]) >= cue_start - 1 else []


_OF_AFTER = re.compile(r"\s+of\s+")
_CAST_WORD = r"(?<![\w-])(?:cast|ensemble|line-?up)"
_CAST_NOUN = re.compile(rf"{_CAST_WORD}(?![\w-])", re.I)
# 'a big ensemble fronted by A': the cast noun right before 'led by'
_CAST_NOUN_END = re.compile(rf"{_CAST_WORD}$")
_PAST_ACTING = re.compile(r"\b(?:acted|starred|co-starred|appeared|performed|worked)\s+$")
_PLURAL_BEFORE = re.compile(r"\b(?:are|were)(?:\s+being)?\s+\Z")
# '..; she has been seen in SHOW, and in the X films she played Y, opposite Z': the
# clause is about other works
_OTHER_ROLE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?been\s+seen\s+in\b|"
                                r"\bin\s+the\s+[^,;]{1,40}?\s+(?:films|movies|series)\s+(?:he|she|they)\s")
_CHARACTER_PAREN = re.compile(
    rf"(?<![\w'’.-]){CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’\-]*){{0,3}}\s*"
    rf"\((?P<label>(?:actor|actress|played\s+by)\s+)?(?P<actor>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’\-]*){{0,2}})\)")


# 'an idealistic law student (ACTOR, SHOW)': a role in lower case, then the actor and one of
# their earlier works in its bracket (European TV listings)
_ROLE_PAIR = re.compile(
    rf"(?<![\w])(?:a|an|the|his|her|their)\s+(?:[a-z][\w'’-]{{0,30}}\s+){{0,4}}?[a-z][\w'’-]{{0,30}}\s+"
    rf"\((?P<actor>{CAP}[\w'’.\-]{{0,30}}(?:\s+{CAP}[\w'’\-]{{0,30}}){{1,3}}),\s+[^()\n,]{{1,60}}\)")


def _person_exactly(ctx: Context, m: re.Match[str]) -> bool:
    s, e = m.span("actor")
    return any(x.start == s and x.end == e for x in ctx.ents_in(s, e, ("PERSON",)))


def _actors_in_parens(ctx: Context, topics: Topics, start: int, end: int, *,
                      labelled_only: bool = False) -> list[NameItem]:
    """In a sentence about the story's people ('the love story of', 'the second lead couple'),
    'CHARACTER (ACTOR)': the bracket holds nothing but a person's name. A one-word name counts
    only where it is part of a fuller name the text uses ('Kara (Barbie)'). A title with its
    translation ('TITLE (ENGLISH TITLE)') is no character. Outside such a sentence only a
    labelled bracket counts: 'CHARACTER (actor A)'."""
    out: list[NameItem] = []
    full = full_person_names(ctx)
    works = {*topics.names, *topics.others}
    pairs = list(_CHARACTER_PAREN.finditer(ctx.text, start, end))
    para = ctx.paragraph_at(start) if any(_shouted(m.group("actor")) for m in pairs) else None
    shouted_pairs = 0 if para is None else sum(1 for m in _CHARACTER_PAREN.finditer(
        ctx.text, para.start, para.end) if _shouted(m.group("actor")))
    if labelled_only and sum(1 for m in pairs if _person_exactly(ctx, m)) >= 2:
        labelled_only = False  # 'A (X) confesses her love for B (Y)': the pairs speak for it
    for m in pairs:
        s, e = m.span("actor")
        name = m.group("actor")
        # 'Gellie (IWA MOTO)', twice or more in the paragraph: a press kit sets the players'
        # names in capitals, a label of their own (one 'A (GROUP NAME)' is a singer's group)
        shouted = _shouted(name) and shouted_pairs >= 2
        if name in works or ctx.text[m.start() : m.start("actor")].rstrip(" (") in works or (
                labelled_only and not m.group("label") and not shouted):
            continue
        person = bool(m.group("label")) or shouted or _person_exactly(ctx, m) or (
            not labelled_only and len(name.split()) >= 2 and not ctx.ents_in(
                s, e, ("ORG", "GPE", "LOC", "WORK_OF_ART", "NORP", "DATE")))
        if len(name.split()) == 1:
            person = resolve_name(name, [], full) is not None
        if person:
            out.append(NameItem(name, s, e))
    return out


# 'NAME (lead actor in TITLE)', 'NAME (co-starred in the film)': the bracket says the name acts
_ROLE_LABEL = re.compile(
    rf"(?<![\w'’.-])(?P<actor>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’\-]*){{1,3}})\s*\((?:the\s+)?"
    r"(?:(?:lead|leading|main|supporting|co-?)\s*)?(?:actor|actress|star|(?:co-?)?starred|stars)\s+"
    r"(?:in|of)\s+(?P<w>[^()\n]{1,60})\)")
_ANAPHOR_WORK = re.compile(r"it|the\s+(?:movie|film|series|drama|show)", re.I)


def _shouted(name: str) -> bool:
    return name.isupper() and 2 <= len(name.split()) <= 3 and min(map(len, name.split())) > 1


_IN_TITLE_AFTER = re.compile(rf"\s+in\s+[\"“‘']?{CAP}")


def _names_with_roles(ctx: Context, start: int, end: int) -> list[NameItem]:
    """In a sentence about the cast, a name directly followed by its role (after an optional
    parenthetical or appositive) is cast: 'with X in the lead role', 'alongside Y, best known
    for Z, as the foreman', 'Q voicing the keeper'."""
    out: list[NameItem] = []
    as_role = ctx.rules.cue_regex("cast.as_role")
    for m in _NAME_RUN.finditer(ctx.text, start, end):
        pos = m.end()
        while True:
            aside = _LEADING_ASIDE.match(ctx.text, pos, end)
            if not aside or aside.end() == pos:
                break
            pos = aside.end()
        if not as_role.match(ctx.text, pos, end):
            continue
        name, s = m.group(0), m.start()
        words = name.split()
        while words and (is_role_word(ctx.rules, words[0]) or words[0] in ("With", "And")):
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 1:
            out.append(NameItem(" ".join(words), s, s + len(" ".join(words))))
    return out


_NAME_RUN = re.compile(rf"(?<![\w'’.-]){CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’\-]*){{0,3}}(?![\w'’-])")
_LEADING_ASIDE = re.compile(r"\s*\([^()]{0,160}\)|,\s+(?:who|whom|whose|best|known|fresh|the|a|an|now|star|"
                            r"still|also|previously|recently|of)\b[^;]{2,200}?,(?=\s)")
