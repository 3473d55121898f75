"""Name lists: "A (X), singer B, C of GROUP and D" parsed into names with their parentheticals
and groups, and the known-for phrases that credit a person with another work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..quotes import quoted_spans
from ..rules import CAP, CAPNUM, FEAT, FEAT_DOTTED, RuleSet, alternation
from .name_splits import slash_parts, unopened_close
from .titles import clean_title, run_re

# a list splits at commas, 'and', '&', 'x', 'vs.' (a pairing of two acts), 'with' and ';'
# ('NAME & the NAMES' is one act: an '&' before 'the' and a capitalized word joins a band's name)
# 'and' in English and the one-word 'and' of Italian, Spanish, French and German credits
# ('NAME e NAME'), Romance 'or' ('NAME o NAME', 'NAME ou NAME'), Czech and Polish 'or'/'and'
# ('NAME nebo NAME', 'NAME oraz NAME'), Indonesian 'dan'
_SPLIT = re.compile(rf"\s*,?\s+(?:as\s+well\s+as|mais\s+aussi|ainsi\s+que|así\s+como|bem\s+como|sowie)\s+|"
                    rf"\s*,\s*(?:and|&|dan)\s+|\s*,\s*|\s+(?:and|&(?!\s+[Tt]he\s+{CAP})|x|vs\.?|with|e|y|et|und|och|og|и|і|și|"
                    rf"şi|nebo|či|oraz|dan)\s+|"
                    rf"\s+(?:o|ou)\s+(?={CAP})|"  # Spanish, Italian, Portuguese 'or': 'A, B o C'
                    rf"\s*;\s*|"
                    rf"(?<=\))\s+(?={CAP})|"  # 'A (SHOW, SHOW) B (SHOW)': a scraped list lost its comma
                    rf"\s+{FEAT}\s+")
_TOKEN = re.compile(r"\S+")
# 'AC/DC', 'NAME/NAME Ensemble': a slash between capitalized words stays inside a name
_NAME_TOKEN = re.compile(rf"^(?:{CAP}[\w'’.\-]*(?:/{CAP}[\w'’.\-]*)?|\d+[A-Za-z][\w\-]*|{CAP})$")
_TAIL_STOP = re.compile(r"\s*(?:,?\s*(?:among others|(?:and|&) (?:many )?more|and others|etc\.?|"
                        r"dan lain-lain|dll\.?|(?:and|&) (?:many )?other [^,;()]{1,60}|"
                        r"und weitere|und andere|u\.\s?a\.)|"
                        r"\.\.\.|…)"
                        r"\s*$", re.I)  # '..., and other acts from all over Europe'


MAX_LIST_CHARS = 800  # a list of names never runs longer; the cap bounds work on runaway text


@dataclass(frozen=True)
class NameItem:
    name: str
    start: int
    end: int
    paren: tuple[str, int, int] | None = None
    group: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class NameWords:
    """The word lists a name list is read with, from one RuleSet."""

    roles: frozenset[str]  # 'singer', 'actress', 'boy group' (each word)
    function: frozenset[str]  # never describe a name ('while', 'and', 'topped')
    group_nouns: frozenset[str]  # 'band', 'duo': a band's name after one may hold small words
    band_connectors: frozenset[str]  # 'at', 'of', '&': the small words such a name may hold
    particles: frozenset[str]  # 'dela', 'van', 'bin': small words inside a person's name
    ensembles: frozenset[str]  # 'Trio', 'Duo': capitalized first, the start of a band's name
    kin: frozenset[str]  # 'his', 'nephew': lowercase, 'A and his nephew B' describes B

    @classmethod
    def build(cls, rules: RuleSet) -> NameWords:
        lex = rules.data("lexicon")
        return cls(frozenset(t.lower() for w in lex["role_words"] for t in w.split()),
                   frozenset(lex["function_words"]), frozenset(lex["group_nouns"]),
                   frozenset(lex["band_name_connectors"]), frozenset(lex["name_particles"]),
                   frozenset(lex["ensembles_named"]), frozenset(lex["kinship_words"]))


def name_words(rules: RuleSet) -> NameWords:
    return rules.compiled(NameWords.build)


def role_tokens(rules: RuleSet) -> frozenset[str]:
    return name_words(rules).roles


def paren_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Balanced, non-nested parentheses inside [start, end)."""
    out = []
    depth, open_at = 0, -1
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((open_at, i + 1))
    return out


def aside_spans(rules: RuleSet, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """', who was last seen in X' between two names of a list: part of the name before it."""
    return [m.span() for m in rules.cue_regex("known_for.aside").finditer(text, start, end)]


def _mask(rules: RuleSet, text: str, start: int, end: int) -> str:
    chunk = list(text[start:end])
    for s, e in paren_spans(text, start, end):
        for i in range(s + 1, e - 1):
            chunk[i - start] = "x"
    for s, e in aside_spans(rules, text, start, end):
        for i in range(s, e):
            chunk[i - start] = "x"
    return "".join(chunk)


_TURNED = re.compile(r"[^\W\d_]+-turned-[^\W\d_-]+(?:-[^\W\d_]+)?")


def is_role_word(rules: RuleSet, word: str) -> bool:
    """A word that says what a person is ('singer', 'Rapper', 'comedian-turned-actor')."""
    low = word.lower().rstrip(",")
    return low in role_tokens(rules) or bool(_TURNED.fullmatch(low))


def _is_descriptor(rules: RuleSet, tok: str, nxt: str | None) -> bool:
    """Words before a name that describe it: 'singer', 'the show's lead star', 'Hungarian'.
    A capitalized 'The' followed by a capitalized word starts a name ('The Capitalized Words')."""
    low = tok.lower().rstrip(",")
    if tok == "The" and nxt is not None and nxt[:1].isupper():
        return False
    if low.endswith(("'s", "’s")) and tok[0].islower():
        return True
    if tok[:1].islower() and low in name_words(rules).kin:
        return True  # 'A and his nephew B', 'her real-life husband B' (never 'Sister NAME')
    # a role word describes ('singer', 'comedian-turned-actor'); any other lowercase word means
    # the list is over ('by NAME, drops on DATE')
    return is_role_word(rules, tok)


def _adjective_before_role(words: NameWords, toks: list[tuple[int, int, str]], i: int) -> bool:
    """'pop singer X', 'norteño band X': up to two lowercase words right before a role word
    describe the name that follows; elsewhere a lowercase word ends the list."""
    if not toks[i][2][:1].islower() or toks[i][2].rstrip(",") in words.function:
        return False
    for k in range(i + 1, min(i + 3, len(toks))):
        word = toks[k][2].lower().rstrip(",")
        if word in words.function:
            return False
        if not toks[k][2][:1].islower():
            return False  # 'brings Korean Harbor': a capital ends the lowercase run, role or not
        if word in words.roles:
            return (k + 1 < len(toks) and toks[k + 1][2][:1].isupper()) or \
                (k + 1 < len(toks) and toks[k + 1][2].lower() in words.roles)
    return False


# ' of the indie band ', ' from the girl group ', ' of ': what stands between a member and the
# group the text ties them to
OF_GROUP = (r"\s+(?:of|from)\s+(?:(?:the\s+)?(?:(?:boy|girl|K-pop|idol|indie|rock|folk|pop|co-ed|"
            r"project|vocal|dance|[\w-]+-piece)\s+)*(?:group|band|unit|duo|trio)\s+)?")


def _name_run(rules: RuleSet, text: str, s: int, e: int) -> tuple[int, int, bool]:
    """The capitalized run in [s, e) after descriptors; bool = words follow it (list ends).
    'the PLACE band NAME': a run followed by a role word and another run is itself a
    descriptor, so the name is the later run."""
    words = name_words(rules)
    toks = [(m.start() + s, m.end() + s, m.group(0)) for m in _TOKEN.finditer(text[s:e])]
    if len(toks) > 1 and toks[0][2] in words.ensembles and _NAME_TOKEN.match(
            toks[1][2].rstrip(",")):  # 'Trio Vento Sul': the ensemble word opens the name
        j = 2
        while j < len(toks) and _NAME_TOKEN.match(toks[j][2].rstrip(",")):
            j += 1
        return toks[0][0], toks[j - 1][1], j < len(toks)
    i = 0
    while True:
        while i < len(toks) and (
                _is_descriptor(rules, toks[i][2], toks[i + 1][2] if i + 1 < len(toks) else None)
                or _adjective_before_role(words, toks, i)):
            i += 1
        j = i
        while j < len(toks) and (_NAME_TOKEN.match(toks[j][2].rstrip(",")) or (
                # 'NAME dela NAME', 'NAME van NAME': a small word inside a name
                j > i and toks[j][2] in words.particles and j + 1 < len(toks)
                and _NAME_TOKEN.match(toks[j + 1][2].rstrip(",")))) and (
                j == i or toks[j][2].lower() not in words.roles):
            j += 1
        if j == i:
            return s, s, True
        k = j  # 'the PLACE band X', 'the PLACE folk band X': the first run only describes X
        while k < len(toks) and (  # 'the PLACE band X', 'South Korean rock band X'
                (toks[k][2].lower() in words.roles and toks[k][2].lower() not in words.function)
                or _adjective_before_role(words, toks, k)):
            k += 1
        if k > j and k < len(toks) and _NAME_TOKEN.match(toks[k][2]):
            i = k
            continue
        if j + 2 < len(toks) and toks[j][2] == "&" and toks[j + 1][2] == "the" and \
                _NAME_TOKEN.match(toks[j + 2][2].rstrip(",")):
            j += 3  # 'NAME & the NAMES'
            while j < len(toks) and _NAME_TOKEN.match(toks[j][2].rstrip(",")):
                j += 1
        if i > 0 and toks[i - 1][2].lower().rstrip(",") in words.group_nouns:
            # 'the acoustic duo NAME at NAME': a band's name may hold a small lowercase word
            while j + 1 < len(toks) and toks[j][2] in words.band_connectors and \
                    _NAME_TOKEN.match(toks[j + 1][2].rstrip(",")):
                j += 2
                while j < len(toks) and _NAME_TOKEN.match(toks[j][2].rstrip(",")):
                    j += 1
        return toks[i][0], toks[j - 1][1], j < len(toks)


def org_word_re(rules: RuleSet) -> re.Pattern[str]:
    """A company word ('Pictures', 'Records'): a name holding one is not a person."""
    return rules.compiled(_org_word_re)


def _org_word_re(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{rules.fragments['ORG_WORD']})(?![\w])")


_CASELESS_NAME = re.compile(r"[\uac00-\ud7af]{2,5}|[\u3400-\u9fff]{2,4}")


def without_dots(name: str) -> str:
    """'Roh J Min' for 'Roh J. Min': a name as it is also written, without its dots."""
    return " ".join(name.replace(".", " ").split())


def caseless_full_name(name: str) -> bool:
    """A full name in hangul or hanzi, written without spaces ('김하늘', '王小明'): one word that
    is a whole name, where a one-word Latin name is a surname or a nickname."""
    return _CASELESS_NAME.fullmatch(name) is not None


def parse_name_list(rules: RuleSet, text: str, start: int, end: int, *,
                    groups: bool = True) -> list[NameItem]:
    """Parse a coordinated list of names starting at `start`; stops at the first element that
    is not a name or that continues with other words (the clause after the list)."""
    end = min(end, start + MAX_LIST_CHARS, len(text))
    masked = _mask(rules, text, start, end)
    tail = _TAIL_STOP.search(masked)
    if tail:
        end = start + tail.start()
        masked = masked[: tail.start()]
    close = unopened_close(masked)
    if close is not None:  # '(played by A and B)': a list inside brackets ends at the bracket
        end = start + close
        masked = masked[:close]
    items: list[NameItem] = []
    pos = 0
    parts = []
    for m in _SPLIT.finditer(masked):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(masked)))
    for ps, pe in parts:
        s, e = start + ps, start + pe
        while s < e and text[s].isspace():
            s += 1
        feat = _LEADING_FEAT.match(text, s, e)
        s = feat.end() if feat else s  # 'A, B, Feat. C': C is credited too
        if s >= e:
            break
        paren = None
        body_end = e
        for a, b in paren_spans(text, s, e):
            paren = (text[a + 1 : b - 1].strip(), a + 1, b - 1)
            body_end = a
            break
        rest_end = e  # 'A (SHOW), cast as X, and B': the aside after the bracket is A's too
        for a, _b in aside_spans(rules, text, s, e + 1):
            body_end, rest_end = min(body_end, a), a  # the aside belongs to the name before it
            break
        item, stop = _element(rules, text, s, body_end, paren, groups)
        if item is None:
            break
        if paren is not None and text[paren[2] + 1 : max(rest_end, paren[2] + 1)].strip():
            stop = True
        people = slash_parts(item.name, item.start)
        items += [NameItem(*p) for p in people] if people else [item]
        if stop:
            break
    return items


def performer_word_before(rules: RuleSet) -> re.Pattern[str]:
    """'Rock band ', 'singer ' right before a name (the pattern ends where the name starts):
    the text says the name is a performer. On the same line only: a headline ending in
    '... young fans' says nothing of the name that opens the next paragraph."""
    lex = rules.data("lexicon")
    words = [w for w in lex["group_nouns"] + lex["role_words"] if w[:1].islower() and len(w) > 3
             and w not in ("also", "and", "actor", "actors", "actress", "actresses")]
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})[^\S\n]+\Z", re.I)


_LEADING_FEAT = re.compile(rf"{FEAT_DOTTED}\s+", re.I)
# "GROUP's NAME" and "NAME of the band GROUP" as one list element
_GROUPS_MEMBER = re.compile(
    rf"^(?P<pre>.*?)(?P<g>{CAPNUM}[\w.\-]*(?:['’](?=\s))?(?:\s+{CAPNUM}[\w.\-]*)?)(?:['’]s?|’)\s+"
    rf"(?P<n>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{0,2}})\s*$")
NAME_PREFIX = re.compile(r"(?:^|\s)[A-Z]['’]?$")
_MEMBER_OF_GROUP = re.compile(
    rf"^(?P<pre>.*?)(?P<n>{CAP}[\w'’.\-]*(?:\s+{CAP}[\w'’.\-]*){{0,3}})" + OF_GROUP
    + rf"(?P<g>{CAPNUM}[\w.\-]*(?:\s+{CAPNUM}[\w.\-]*){{0,2}})\s*$")
# '(Hong Gil Dong OST)', '(Theme from X)': a bracket that names the work a song comes from
SOURCE_TAG = re.compile(r"(?<![\w])(?:OST|O\.S\.T\.?|Soundtrack|Original|Theme|Part\s*\d+|Ver\.?|Bonus|"
                         r"Version|Remix|Inst\.?|Instrumental)(?![\w])", re.I)
_GROUP_IN_PAREN = re.compile(rf"{CAPNUM}[\w.&\-]*(?:\s+{CAPNUM}[\w.&\-]*){{0,2}}")


# 'X.Y.Z.' and a generational suffix ('NAME Jr.', 'NAME Sr.'): the last dot is the name's own
_INITIALISM = re.compile(r"(?:^|\s)(?:(?:[A-Z]\.){2,}[A-Z]|Jr|Sr)$")


def _element(rules: RuleSet, text: str, s: int, e: int, paren: tuple[str, int, int] | None,
             groups: bool) -> tuple[NameItem | None, bool]:
    body = text[s:e]
    if groups:
        m = _GROUPS_MEMBER.match(body)
        # "NAME D’ SURNAME": a one-letter word before the apostrophe is a surname's prefix
        # (D’, O’), not a group's possessive
        if m and not m.group("pre").strip(" ,") and not NAME_PREFIX.search(m.group("g")):
            g = (m.group("g"), s + m.start("g"), s + m.end("g"))
            return NameItem(m.group("n"), s + m.start("n"), s + m.end("n"), paren, g), False
        m = _MEMBER_OF_GROUP.match(body)
        # 'Band of NAME': a group noun before 'of' is the act's own name, no member
        if m and m.group("n").lower() not in rules.words("lexicon", "group_nouns") and all(
                t.lower() in role_tokens(rules) or t[0].islower() for t in m.group("pre").split()):
            g = (m.group("g"), s + m.start("g"), s + m.end("g"))
            return NameItem(m.group("n"), s + m.start("n"), s + m.end("n"), paren, g), False
    ns, ne, more = _name_run(rules, text, s, e)
    if ne <= ns:
        return None, True
    name = text[ns:ne].rstrip(",.")
    if _INITIALISM.search(name) and text[ns + len(name) : ns + len(name) + 1] == ".":
        name += "."  # 'X.Y.Z.', 'The Mighty X.Y.Z.': the last dot is the name's own
    if name.endswith(("'s", "’s")):
        return None, True  # "and NAME's 'SONG'": the name owns what follows, a new clause
    ne = ns + len(name)
    group = None
    if groups and paren and _GROUP_IN_PAREN.fullmatch(paren[0]) and \
            not SOURCE_TAG.search(paren[0]):
        group = paren
    as_role = re.match(r"\s+as\s+", text[ne:e])
    if as_role:
        more = True
    return NameItem(name, ns, ne, paren, group), more


def _known_re(rules: RuleSet) -> re.Pattern[str]:
    """A known-for cue (data: cues/known_for.json) at the start of a clause."""
    return re.compile(rf"^\s*(?:{rules.cue_source('known_for')})\s+")


def _kind_prefix(rules: RuleSet) -> re.Pattern[str]:
    """'the hit Netflix drama ' before a credited title: the kind noun and what qualifies it
    (a possessive, a platform, a year, a lowercase adjective) are not part of the title."""
    lex = rules.data("lexicon")
    nouns = alternation(lex["kind_words"]["series"] + lex["kind_words"]["film"]
                        + lex["genre_words"])
    platforms = alternation(list(rules.platforms()))
    return re.compile(
        rf"(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[\w+]+['’]s|hit|smash|acclaimed|popular|"
        rf"beloved|romantic|{platforms}|TV|\d{{4}})\s+)*"
        r"(?:(?-i:[a-z][a-z-]+)\s+){0,2}?"  # 'the prison drama X', 'the period series X'
        rf"(?:{nouns})s?\s+", re.I)


def known_for_titles(rules: RuleSet, text: str, start: int, end: int
                     ) -> list[tuple[str, int, int]]:
    """Titles credited by a known-for phrase such as 'starred in X', 'of X fame', 'known for X
    and Y'. Quoted titles win; otherwise Title Case runs after the cue."""
    chunk = text[start:end]
    fame = re.match(r"^\s*(?:of\s+)?(?P<t>.+?)\s+fame\s*$", chunk)
    if fame:
        s = start + fame.start("t")
        return titles_in(rules, text, s, start + fame.end("t"))
    m = rules.compiled(_known_re).match(chunk)
    if not m:
        return []
    s = start + m.end()
    k = rules.compiled(_kind_prefix).match(text, s, end)
    if k:
        s = k.end()
    return titles_in(rules, text, s, end)


_SUBTITLE = re.compile(r":[^\S\n]+")
_SUBTITLE_MORE = re.compile(r"(?::|[^\S\n][-–—])[^\S\n]+")
# 'SHOW: SUBTITLE and SHOW': after a subtitle, 'and' starts the next credit
_SUBTITLED_PAIR = re.compile(rf"([^:]+:\s[^:]+?)\s+(?:and|&)\s+({CAP}[^:]*)")
# two capitalized titles of two words or more joined by 'and' ('Pride and Prejudice' and
# 'WORD and the WORD' stay whole)
_TWO_TITLES = re.compile(rf"((?:{CAP}[^\s]*\s+)+{CAP}[^\s]*)\s+(?:and|&)\s+"
                         rf"({CAP}[^\s]*(?:\s+{CAP}[^\s]*)+)|"  # ... and 'WORD and The WORDS'
                         rf"({CAP}[^\s]*)\s+(?:and|&)\s+(The\s+{CAP}[^\s]*(?:\s+{CAP}[^\s]*)*)")


def titles_in(rules: RuleSet, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Titles in [start, end): the quoted ones if any, else Title Case runs joined by commas,
    'and' or '&'."""
    quoted = quoted_spans(text, start, end)
    if quoted:
        return [(clean_title(q), s, e) for s, e, q in quoted if clean_title(q)]
    out: list[tuple[str, int, int]] = []
    pos = start
    serial = False  # after a serial ', and' comes the last title, commas and all
    while pos < end:
        m = run_re(rules).match(text, pos, end)
        if not m:
            break
        if serial:  # 'X, and Tinker Jack, Sailor, Thief': one title
            e = m.end()
            while (more := re.match(r",\s*", text[e:end])) and (
                    nxt := run_re(rules).match(text, e + more.end(), end)):
                e = nxt.end()
            last = text[m.start() : e].rstrip(".,")
            out.append((last, m.start(), m.start() + len(last)))
            break
        e = m.end()  # 'SHOW: SUBTITLE' is one title, and so is 'SHOW: SUBTITLE - PART'
        while (sub := (_SUBTITLE if e == m.end() else _SUBTITLE_MORE).match(text, e, end)) and (
                nxt := run_re(rules).match(text, sub.end(), end)):
            e = nxt.end()
        title = re.sub(r"\s*\(\d{4}\)$", "", text[m.start() : e]).rstrip(".,")
        pair = _TWO_TITLES.fullmatch(title) or _SUBTITLED_PAIR.fullmatch(title)
        if pair:  # 'Three Word Title and Two Words': two credits, not one title
            a, b = (1, 2) if pair.group(1) else (3, 4)
            out.append((pair.group(a), m.start(), m.start() + pair.end(a)))
            out.append((pair.group(b), m.start() + pair.start(b), m.start() + len(title)))
        else:
            out.append((title, m.start(), m.start() + len(title)))
        sep = re.match(r"\s*(?:\(\d{4}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+as\s+well\s+as\s+)"
                       r"(?:(?:the\s+)?(?:(?:television|TV|web|K-)\s*)?(?:drama|series|films?|movies?|shows?)\s+)?",
                       text[e:end])
        if not sep:
            break
        serial = bool(out) and re.match(r"\s*,\s*and\s", sep.group(0)) is not None
        pos = e + sep.end()
    return out
