"""Name lists: "A (X), singer B, C of GROUP and D" parsed into names with their parentheticals
and groups, and the known-for phrases that credit a person with another work."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..rules import load_data
from .titles import clean_title, quoted_spans, run_re

# a list splits at commas, 'and', '&', 'x', 'with' and ';' ('NAME & the NAMES' is one act: an
# '&' before 'the' and a capitalized word joins a band's name)
_SPLIT = re.compile(r"\s*,\s*(?:and|&)\s+|\s*,\s*|\s+(?:and|&(?!\s+the\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|x|with)\s+|\s*;\s*|"
                    r"\s+(?:feat\.?|ft\.?|featuring)\s+")
_TOKEN = re.compile(r"\S+")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*|\d+[A-Za-z][\w\-]*|[A-ZÀ-ÖØ-ÞĀ-Ž])$")
_TAIL_STOP = re.compile(r"\s*(?:,?\s*(?:among others|and (?:many )?more|and others|etc\.?)|\.\.\.|…)"
                        r"\s*$", re.I)


MAX_LIST_CHARS = 800  # a list of names never runs longer; the cap bounds work on runaway text


@dataclass(frozen=True)
class NameItem:
    name: str
    start: int
    end: int
    paren: tuple[str, int, int] | None = None
    group: tuple[str, int, int] | None = None


@cache
def role_tokens() -> frozenset[str]:
    words: list[str] = load_data("lexicon")["role_words"]
    return frozenset(t.lower() for w in words for t in w.split())


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


_ASIDE = re.compile(r",\s+(?:who|whose|best\s+known|known|of\s+[^,;]{1,60}\s+fame|a\s+star\s+of|"
                    r"the\s+star\s+of|fresh\s+off|back\s+as)\b[^,;()]{2,150}(?=,)")


def aside_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """', who was last seen in X' between two names of a list: part of the name before it."""
    return [m.span() for m in _ASIDE.finditer(text, start, end)]


def _mask(text: str, start: int, end: int) -> str:
    chunk = list(text[start:end])
    for s, e in paren_spans(text, start, end):
        for i in range(s + 1, e - 1):
            chunk[i - start] = "x"
    for s, e in aside_spans(text, start, end):
        for i in range(s, e):
            chunk[i - start] = "x"
    return "".join(chunk)


_TURNED = re.compile(r"[^\W\d_]+-turned-[^\W\d_-]+(?:-[^\W\d_]+)?")


def is_role_word(word: str) -> bool:
    """A word that says what a person is ('singer', 'Rapper', 'comedian-turned-actor')."""
    low = word.lower().rstrip(",")
    return low in role_tokens() or bool(_TURNED.fullmatch(low))


def _is_descriptor(tok: str, nxt: str | None) -> bool:
    """Words before a name that describe it: 'singer', 'the show's lead star', 'Hungarian'.
    A capitalized 'The' followed by a capitalized word starts a name ('The Capitalized Words')."""
    low = tok.lower().rstrip(",")
    if tok == "The" and nxt is not None and nxt[:1].isupper():
        return False
    if low.endswith(("'s", "’s")) and tok[0].islower():
        return True
    # a role word describes ('singer', 'comedian-turned-actor'); any other lowercase word means
    # the list is over ('by NAME, drops on DATE')
    return is_role_word(tok)


FUNCTION_WORDS = frozenset(load_data("lexicon")["function_words"])  # never describe a name


def _adjective_before_role(toks: list[tuple[int, int, str]], i: int) -> bool:
    """'pop singer X', 'norteño band X': up to two lowercase words right before a role word
    describe the name that follows; elsewhere a lowercase word ends the list."""
    if not toks[i][2][:1].islower() or toks[i][2].rstrip(",") in FUNCTION_WORDS:
        return False
    for k in range(i + 1, min(i + 3, len(toks))):
        word = toks[k][2].lower().rstrip(",")
        if word in FUNCTION_WORDS:
            return False
        if word in role_tokens():
            return (k + 1 < len(toks) and toks[k + 1][2][:1].isupper()) or \
                (k + 1 < len(toks) and toks[k + 1][2].lower() in role_tokens())
        if not toks[k][2][:1].islower():
            return False
    return False


# ' of the indie band ', ' from the girl group ', ' of ': what stands between a member and the
# group the text ties them to
OF_GROUP = (r"\s+(?:of|from)\s+(?:(?:the\s+)?(?:(?:boy|girl|K-pop|idol|indie|rock|folk|pop|co-ed|"
            r"project|vocal|dance|[\w-]+-piece)\s+)*(?:group|band|unit|duo|trio)\s+)?")
_GROUP_NOUNS = frozenset({"band", "duo", "trio", "quartet", "group", "unit", "collective",
                          "orchestra", "ensemble", "outfit", "act"})
_NAME_CONNECTORS = frozenset({"at", "of", "y", "e", "ng", "sa", "de", "da", "del", "la", "the",
                              "and", "&"})


def _name_run(text: str, s: int, e: int) -> tuple[int, int, bool]:
    """The capitalized run in [s, e) after descriptors; bool = words follow it (list ends).
    'the PLACE band NAME': a run followed by a role word and another run is itself a
    descriptor, so the name is the later run."""
    toks = [(m.start() + s, m.end() + s, m.group(0)) for m in _TOKEN.finditer(text[s:e])]
    i = 0
    while True:
        while i < len(toks) and (_is_descriptor(toks[i][2], toks[i + 1][2] if i + 1 < len(toks)
                                                else None) or _adjective_before_role(toks, i)):
            i += 1
        j = i
        while j < len(toks) and _NAME_TOKEN.match(toks[j][2].rstrip(",")) and (
                j == i or toks[j][2].lower() not in role_tokens()):
            j += 1
        if j == i:
            return s, s, True
        k = j  # 'the PLACE band X', 'the PLACE folk band X': the first run only describes X
        while k < len(toks) and ((toks[k][2].lower() in role_tokens() and toks[k][2][0].islower())
                                 or _adjective_before_role(toks, k)):
            k += 1
        if k > j and k < len(toks) and _NAME_TOKEN.match(toks[k][2]):
            i = k
            continue
        if j + 2 < len(toks) and toks[j][2] == "&" and toks[j + 1][2] == "the" and \
                _NAME_TOKEN.match(toks[j + 2][2].rstrip(",")):
            j += 3  # 'NAME & the NAMES'
            while j < len(toks) and _NAME_TOKEN.match(toks[j][2].rstrip(",")):
                j += 1
        if i > 0 and toks[i - 1][2].lower().rstrip(",") in _GROUP_NOUNS:
            # 'the acoustic duo NAME at NAME': a band's name may hold a small lowercase word
            while j + 1 < len(toks) and toks[j][2] in _NAME_CONNECTORS and \
                    _NAME_TOKEN.match(toks[j + 1][2].rstrip(",")):
                j += 2
                while j < len(toks) and _NAME_TOKEN.match(toks[j][2].rstrip(",")):
                    j += 1
        return toks[i][0], toks[j - 1][1], j < len(toks)


def parse_name_list(text: str, start: int, end: int, *, groups: bool = True) -> list[NameItem]:
    """Parse a coordinated list of names starting at `start`; stops at the first element that
    is not a name or that continues with other words (the clause after the list)."""
    end = min(end, start + MAX_LIST_CHARS)
    masked = _mask(text, start, end)
    tail = _TAIL_STOP.search(masked)
    if tail:
        end = start + tail.start()
        masked = masked[: tail.start()]
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
        if s >= e:
            break
        paren = None
        body_end = e
        for a, b in paren_spans(text, s, e):
            paren = (text[a + 1 : b - 1].strip(), a + 1, b - 1)
            body_end = a
            break
        for a, _b in aside_spans(text, s, e + 1):
            body_end = min(body_end, a)  # the aside belongs to the name before it
            break
        item, stop = _element(text, s, body_end, paren, groups)
        if item is None:
            break
        if paren is not None and text[paren[2] + 1 : e].strip():
            stop = True
        items.append(item)
        if stop:
            break
    return items


# "GROUP's NAME" and "NAME of the band GROUP" as one list element
_GROUPS_MEMBER = re.compile(
    r"^(?P<pre>.*?)(?P<g>[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.\-]*)?)(?:['’]s?|’)\s+"
    r"(?P<n>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*){0,2})\s*$")
_MEMBER_OF_GROUP = re.compile(
    r"^(?P<pre>.*?)(?P<n>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*){0,3})" + OF_GROUP
    + r"(?P<g>[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.\-]*){0,2})\s*$")


def _element(text: str, s: int, e: int, paren: tuple[str, int, int] | None,
             groups: bool) -> tuple[NameItem | None, bool]:
    body = text[s:e]
    if groups:
        m = _GROUPS_MEMBER.match(body)
        if m and not m.group("pre").strip(" ,"):
            g = (m.group("g"), s + m.start("g"), s + m.end("g"))
            return NameItem(m.group("n"), s + m.start("n"), s + m.end("n"), paren, g), False
        m = _MEMBER_OF_GROUP.match(body)
        if m and all(t.lower() in role_tokens() or t[0].islower()
                     for t in m.group("pre").split()):
            g = (m.group("g"), s + m.start("g"), s + m.end("g"))
            return NameItem(m.group("n"), s + m.start("n"), s + m.end("n"), paren, g), False
    ns, ne, more = _name_run(text, s, e)
    if ne <= ns:
        return None, True
    name = text[ns:ne].rstrip(",.")
    if name.endswith(("'s", "’s")):
        return None, True  # "and NAME's 'SONG'": the name owns what follows, a new clause
    ne = ns + len(name)
    group = None
    if groups and paren and re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.&\-]*"
                                         r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w.&\-]*){0,2}", paren[0]):
        group = paren
    as_role = re.match(r"\s+as\s+", text[ne:e])
    if as_role:
        more = True
    return NameItem(name, ns, ne, paren, group), more


_KNOWN_CUES = [
    r"(?:who\s+)?(?:previously\s+|recently\s+|also\s+|last\s+)?(?:starred|appeared|featured|played|voiced|"
    r"was seen|were seen|acted|shone|shined|was cast)\s+(?:[\w'’-]+\s+){0,3}?in",
    r"(?:who\s+)?(?:is\s+|was\s+)?(?:best\s+|widely\s+|mostly\s+)?(?:known|famous|recognized|"
    r"remembered|loved|beloved)\s+for(?:\s+(?:his|her|their)\s+(?:\w+\s+)?(?:roles?|turns?|"
    r"performances?)\s+in)?",
    r"(?:who\s+)?(?:was\s+)?(?:previously|recently|last|also)\s+seen\s+in",
    r"(?:who\s+)?(?:broke\s+out|won\s+hearts|made\s+(?:his|her|their)\s+name|shot\s+to\s+fame)\s+"
    r"(?:\w+\s+){0,2}?(?:in|with)",
    r"(?:who\s+)?(?:headlined|fronted|led|anchored|carried)",
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:star|lead|heroine|hero)\s+of",
    r"(?:the\s+)?stars?\s+of",
    r"(?:who\s+)?rose\s+to\s+(?:fame|stardom)\s+(?:with|in|through|thanks\s+to)",
    r"(?:who\s+)?(?:won|earned|received|picked\s+up|took|scooped|bagged)\s+.{0,60}?\s+for",
    r"whose(?=\s+[\"“‘'A-ZÀ-ÖØ-ÞĀ-Ž])",
    r"(?:a|the)\s+(?:[\w-]+\s+)?(?:veteran|alum|alumna|alumnus|graduate)\s+of",
    r"(?:whose\s+)?credits\s+include",
    r"fresh\s+off",
    r"(?:of|from)",
]


@cache
def _known_re() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(_KNOWN_CUES) + r")\s+", re.I)


_KIND_PREFIX = re.compile(
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[\w+]+['’]s|hit|smash|acclaimed|popular|beloved|"
    r"romantic|Netflix|tvN|JTBC|SBS|MBC|KBS2?|Disney\+|TV|\d{4})\s+)*"
    r"(?:(?-i:[a-z][a-z-]+)\s+){0,2}?"  # 'the prison drama X', 'the period series X'

    r"(?:(?:K-|C-|J-)?drama|series|show|film|movie|sitcom|thriller|romance|blockbuster|"
    r"melodrama|anime|hit)s?\s+", re.I)


def known_for_titles(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Titles credited by a known-for phrase such as 'starred in X', 'of X fame', 'known for X
    and Y'. Quoted titles win; otherwise Title Case runs after the cue."""
    chunk = text[start:end]
    fame = re.match(r"^\s*(?:of\s+)?(?P<t>.+?)\s+fame\s*$", chunk)
    if fame:
        s = start + fame.start("t")
        return titles_in(text, s, start + fame.end("t"))
    m = _known_re().match(chunk)
    if not m:
        return []
    s = start + m.end()
    k = _KIND_PREFIX.match(text, s, end)
    if k:
        s = k.end()
    return titles_in(text, s, end)


# two capitalized titles of two words or more joined by 'and' ('Pride and Prejudice' and
# 'Beauty and the Beast' stay whole)
_TWO_TITLES = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][^\s]*\s+)+[A-ZÀ-ÖØ-ÞĀ-Ž][^\s]*)\s+(?:and|&)\s+"
                         r"([A-ZÀ-ÖØ-ÞĀ-Ž][^\s]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][^\s]*)+)")


def titles_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Titles in [start, end): the quoted ones if any, else Title Case runs joined by commas,
    'and' or '&'."""
    quoted = quoted_spans(text, start, end)
    if quoted:
        return [(clean_title(q), s, e) for s, e, q in quoted if clean_title(q)]
    out: list[tuple[str, int, int]] = []
    pos = start
    while pos < end:
        m = run_re().match(text, pos, end)
        if not m:
            break
        title = re.sub(r"\s*\(\d{4}\)$", "", text[m.start() : m.end()]).rstrip(".,")
        pair = _TWO_TITLES.fullmatch(title)
        if pair:  # 'Three Word Title and Two Words': two credits, not one title
            out.append((pair.group(1), m.start(), m.start() + pair.end(1)))
            out.append((pair.group(2), m.start() + pair.start(2), m.start() + len(title)))
        else:
            out.append((title, m.start(), m.start() + len(title)))
        sep = re.match(r"\s*(?:\(\d{4}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
                       r"(?:(?:the\s+)?(?:(?:K-)?drama|series|film|movie)\s+)?", text[m.end() : end])
        if not sep:
            break
        pos = m.end() + sep.end()
    return out
