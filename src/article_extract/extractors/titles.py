"""Title-shaped spans: quoted strings and Title Case runs, the raw material for the main work,
known_for works and song titles. Pure pattern code; scoring lives with each user."""

from __future__ import annotations

import re

from ..rules import CAP, CAPNUM, RuleSet, alternation
from ..segment import ABBREVIATIONS


def connectors(rules: RuleSet) -> frozenset[str]:
    """Small words a title keeps inside ('of', 'the', 'and', 'de')."""
    return rules.compiled(_connectors)


def _connectors(rules: RuleSet) -> frozenset[str]:
    return frozenset(rules.words("lexicon", "title_connectors"))


_WORD = rf"(?:{CAPNUM}[\w'’.&!?\-]*|{CAP})"


def run_re(rules: RuleSet) -> re.Pattern[str]:
    """A Title Case run: capitalized words with lowercase connectors inside, never at the ends."""
    return rules.compiled(_run_re)


def _run_re(rules: RuleSet) -> re.Pattern[str]:
    conn = alternation(sorted(connectors(rules)))
    # 'Night Harbor #2': a number sign and a number go on a run; 'Disney' of 'Disney+' is no run
    return re.compile(rf"(?<![\w'’]){_WORD}(?:(?:\s+(?:{conn}))*\s+(?:{_WORD}|#\d{{1,3}}))*(?![\w+])")


def title_like(s: str) -> bool:
    """Starts with a capital or digit, at most 12 words, and not a whole sentence."""
    words = s.split()
    if not words or len(words) > 12:
        return False
    first = s[1] if s[0] == "#" and len(s) > 1 else s[0]  # '#NAME': a title written as a hashtag
    if not (first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())):
        return False  # a capital, a digit, or a letter of a script without case ('終')
    return not any(not _ABBREV_END.search(s, 0, m.start() + 2)
                   for m in _SENTENCE_BREAK.finditer(s))  # 'Mr. NAME' is one title


_SENTENCE_BREAK = re.compile(rf"[a-z][.!?]\s+{CAP}")
_ABBREV_END = re.compile(rf"(?<![\w.])(?:{ABBREVIATIONS})\.\Z")


_TRAILING_PUNCT = re.compile(r"[,;:]+$")
# a final full stop after a word of two letters or more ('Us.'), not after an initialism
# ('A.B.C.', 'D.C.') or a shortened word ('Vol.', 'Jr.')
_SENTENCE_STOP = re.compile(r"(?<![.\w])(?P<w>[^\W\d_]{2,})\.$")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "st", "vol", "pt", "no", "inc",
                            "ltd", "co", "vs", "feat", "ft", "op", "ed", "pts", "vols"})


def clean_title(s: str) -> str:
    s = s.strip()
    # "Slowin’", "Driftin'": an apostrophe for a dropped 'g' ends the title, no closing quote
    dropped_g = s[:1] not in "\"“‘'" and _DROPPED_G.search(s) is not None
    if dropped_g:
        return s
    s = s.strip("\"“”‘’").strip()
    s = _TRAILING_PUNCT.sub("", s).strip()
    stop = _SENTENCE_STOP.search(s)
    if stop and stop.group("w").casefold() not in _ABBREVIATIONS:
        s = s[:-1]  # 'A scene from TITLE.': the caption's full stop is not the title's
    if len(s) > 2 and s[0] == s[-1] == "'":
        s = s[1:-1].strip()  # a title in straight single quotes: "'TITLE'"
    if s.endswith("'") and s.count("'") % 2:
        s = s[:-1].rstrip()  # a closing straight quote picked up by a Title Case run
    if s.startswith("'") and s.count("'") % 2 and not _ELIDED.match(s):
        s = s[1:].lstrip()
    return s


_DROPPED_G = re.compile(r"[a-z]in['’]$")
# "'Wag Ka Nang Umalis", "'Til Tuesday": a word whose first letters the apostrophe stands for
_ELIDED = re.compile(r"'(?:til|cause|cos|round|twas|tis|em|bout|wag|nuff|n)(?![\w'])", re.I)


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def title_case_line(text: str) -> bool:
    """A headline written in Title Case: most of its longer words are capitalized, so the shape
    of a run there says nothing about titles."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
